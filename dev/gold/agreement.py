#!/usr/bin/env python3
"""Inter-annotator agreement on the news gold (dev/gold): facts and summary picks.

Facts: each annotation is located in its article (exact text, n-th occurrence); two
annotations agree when they have the same type and their spans overlap. Reported per type:
B's precision and recall against A (F1 is symmetric), and on matched pairs the share with
the same value. Summaries: per article, the share of picks both annotators chose
(Jaccard over sentences, by overlap) and ROUGE-1/2 F1 of one brief against the other.

Usage: python3 dev/gold/agreement.py   (reads ../shared/data/dev/news/articles, or $DRAGOMAN_NEWS)
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.environ.get("DRAGOMAN_NEWS", os.path.join(HERE, "../../../shared/data/dev/news/articles"))
FILES = [l.split("\t")[0] for l in open(os.path.join(HERE, "articles.tsv"), encoding="utf-8").read().splitlines()[1:]]


def locate(text, s, occ):
    at = -1
    for _ in range(occ):
        at = text.find(s, at + 1)
        if at < 0:
            return None
    return (at, at + len(s))


def facts(who, f, text):
    out = []
    for line in open(os.path.join(HERE, "news-facts", who, f + ".jsonl"), encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            span = locate(text, o["text"], int(o.get("occ", 1)))
            if span:
                out.append((o["type"], span, str(o.get("value", ""))))
    return out


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def fact_agreement():
    per = collections.defaultdict(lambda: [0, 0, 0, 0])  # matched, a, b, same value
    for f in FILES:
        text = open(os.path.join(ART, f), encoding="utf-8").read()
        a, b = facts("A", f, text), facts("B", f, text)
        used = set()
        for t, span, value in a:
            per[t][1] += 1
            for k, (tb, sb, vb) in enumerate(b):
                if k not in used and tb == t and overlap(span, sb):
                    used.add(k)
                    per[t][0] += 1
                    per[t][3] += value == vb
                    break
        for tb, _, _ in b:
            per[tb][2] += 1
    print("facts: type, A, B, matched, F1, same value on matched")
    tot = [0, 0, 0, 0]
    for t in sorted(per):
        m, na, nb, same = per[t]
        tot = [x + y for x, y in zip(tot, per[t])]
        f1 = 2 * m / (na + nb) if na + nb else 1.0
        print(f"  {t:11s} {na:4d} {nb:4d} {m:4d}  F1 {f1:.3f}  value {same / m if m else 0:.3f}")
    m, na, nb, same = tot
    print(f"  {'all':11s} {na:4d} {nb:4d} {m:4d}  F1 {2 * m / (na + nb):.3f}  value {same / m:.3f}")


def words(s):
    # Arabic-aware: letters and digits of any script; alef/ya/ta-marbuta folded, harakat dropped.
    s = re.sub("[\u064B-\u0652\u0640]", "", s)
    s = re.sub("[أإآ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return re.findall(r"\w+", s)


def rouge(a, b, n):
    def grams(ws):
        return collections.Counter(tuple(ws[i:i + n]) for i in range(len(ws) - n + 1))
    ga, gb = grams(words(a)), grams(words(b))
    hit = sum((ga & gb).values())
    if not hit:
        return 0.0
    p, r = hit / sum(gb.values()), hit / sum(ga.values())
    return 2 * p * r / (p + r)


def summary_agreement():
    jac, r1, r2 = [], [], []
    for f in FILES:
        text = open(os.path.join(ART, f), encoding="utf-8").read()
        a = json.load(open(os.path.join(HERE, "news-summaries", "A", f + ".json"), encoding="utf-8"))["picks"]
        b = json.load(open(os.path.join(HERE, "news-summaries", "B", f + ".json"), encoding="utf-8"))["picks"]
        sa = [locate(text, p, 1) for p in a]
        sb = [locate(text, p, 1) for p in b]
        shared = sum(1 for x in sa if any(overlap(x, y) for y in sb))
        union = len(sa) + len(sb) - shared
        jac.append(shared / union if union else 1.0)
        r1.append(rouge(" ".join(a), " ".join(b), 1))
        r2.append(rouge(" ".join(a), " ".join(b), 2))
    mean = lambda v: sum(v) / len(v)
    print(f"summaries: {len(FILES)} articles; shared picks (Jaccard) {mean(jac):.3f}; "
          f"ROUGE-1 F1 A~B {mean(r1):.3f}; ROUGE-2 F1 {mean(r2):.3f}")


if __name__ == "__main__":
    fact_agreement()
    summary_agreement()
