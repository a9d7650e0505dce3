#!/usr/bin/env python3
"""Org facts of a binary on news articles, for judging by hand (issue 17, session 23).

    python3 dev/orgs_sample.py draw --bin BIN --seed 2301 [--exclude FILE ...]   # 15 articles, <= 60 org facts
    python3 dev/orgs_sample.py text --seed 2301 [--exclude FILE ...]            # the drawn articles, to find missed orgs
    python3 dev/orgs_sample.py rescore JUDGED MISSED --bin BIN                  # the judged rows on another binary
    python3 dev/orgs_sample.py count --bin BIN                                  # org / person facts on the 600 articles
    python3 dev/orgs_sample.py ner --bin BIN                                    # AQMAR ORG tokens and mentions

`draw` picks 15 articles at random (seeded) among those where the binary gives at least one org
fact or that hold an organization head noun (شركة، بنك، مصرف، مجموعة، نادي، صحيفة، قناة، مجلة،
وكالة), leaving out the articles of `--exclude` files (earlier draws), then lists their org
facts (at most 60, a seeded sample when more) as TSV rows to judge: article, start, end (code
points), Arabic, English, rule, verdict, english_verdict, note. The articles are not copied
(CC BY-NC-SA 4.0): `../shared/data/dev/news/articles`, or `$DRAGOMAN_NEWS`.
"""
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEWS = os.environ.get("DRAGOMAN_NEWS", os.path.join(ROOT, "..", "shared", "data", "dev", "news", "articles"))
if not os.path.isdir(NEWS):
    NEWS = "/work/shared/data/dev/news/articles"
HEAD = re.compile(r"(?:^|[\s«\"“(])(?:و|ف)?(?:ب|ل)?(?:شرك[ةه]|بنك|مصرف|مجموع[ةه]|ناد[يى]|صحيف[ةه]|قنا[ةه]|مجل[ةه]|وكال[ةه])\s")


def export(binary):
    out = subprocess.run([binary, "export", "--format", "jsonl", "-q", "-j", "2", NEWS],
                         capture_output=True, text=True, check=True).stdout
    facts = {}
    for line in out.splitlines():
        row = json.loads(line)
        facts.setdefault(row["doc_id"], []).extend(row["facts"])
    return facts


def text(doc):
    with open(os.path.join(NEWS, doc), encoding="utf-8") as f:
        return f.read()


def excluded(argv):
    docs = set()
    for i, a in enumerate(argv):
        if a == "--exclude":
            for line in open(argv[i + 1], encoding="utf-8"):
                if line.strip() and not line.startswith("#"):
                    docs.add(line.split("\t")[0])
    return docs


def pick(facts, seed, exclude):
    docs = sorted(d for d in os.listdir(NEWS) if d.endswith(".txt") and d not in exclude
                  and (any(x["type"] == "org" for x in facts.get(d, [])) or HEAD.search(text(d))))
    return sorted(random.Random(seed).sample(docs, 15))


def draw(binary, seed, exclude):
    facts = export(binary)
    docs = pick(facts, seed, exclude)
    rows = [(d, x) for d in docs for x in facts.get(d, []) if x["type"] == "org"]
    if len(rows) > 60:
        rows = sorted(random.Random(seed).sample(rows, 60), key=lambda r: (r[0], r[1]["start"]))
    print(f"# {binary}; dev/orgs_sample.py draw --seed {seed}: articles {' '.join(docs)}")
    print("# article\tstart\tend\tarabic\tenglish\trule\tverdict\tenglish_verdict\tnote")
    for d, x in rows:
        t = text(d)
        print("\t".join([d, str(x["start"]), str(x["end"]), x["arabic"], x["english"], x["rule"], "", "", ""]))
        print("#   ctx:", (t[max(0, x["start"] - 80):x["start"]] + " [[" + t[x["start"]:x["end"]] + "]] "
                            + t[x["end"]:x["end"] + 60]).replace("\n", " / "))


def rescore(judged, missed, binary):
    facts = export(binary)
    for line in open(judged, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        r = line.rstrip("\n").split("\t")
        d, a, b = r[0], int(r[1]), int(r[2])
        same = [x for x in facts.get(d, []) if x["type"] == "org" and x["start"] == a and x["end"] == b]
        over = [x for x in facts.get(d, []) if x["end"] > a and x["start"] < b and x["type"] in ("org", "person", "place", "group")]
        if same:
            state = "same" if same[0]["english"] == r[4] else "changed"
            now = same[0]
        elif over:
            state, now = "changed", over[0]
        else:
            state, now = "gone", None
        print("\t".join(r[:6] + [state, now["type"] if now else "-", now["arabic"] if now else "-",
                                 now["english"] if now else "-"] + r[6:]))
    if missed:
        for line in open(missed, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            r = line.rstrip("\n").split("\t")
            d, a, b = r[0], int(r[1]), int(r[2])
            over = [x for x in facts.get(d, []) if x["type"] == "org" and x["end"] > a and x["start"] < b]
            print("\t".join(["MISSED"] + r[:5] + ["found" if over else "missed"]
                            + ([over[0]["arabic"], over[0]["english"]] if over else ["-", "-"])))


def count(binary):
    facts = export(binary)
    n = {}
    for d, xs in facts.items():
        for x in xs:
            if x["type"] in ("org", "person"):
                n[(x["type"], x["rule"])] = n.get((x["type"], x["rule"]), 0) + 1
    for k in sorted(n):
        print(*k, n[k], sep="\t")
    for t in ("org", "person"):
        print(t, sum(v for k, v in n.items() if k[0] == t), sep="\t")


def ner(binary):
    """AQMAR (Wikipedia NER, measuring only) scored for ORG as `dev/persons_eval.py` scores
    PER: a token is predicted ORG when an `org` fact overlaps it; token P/R/F1 and exact
    mentions, per the dev/test split."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import persons_eval as pe
    import places_eval
    counts = places_eval.aqmar_counts(binary, {"ORG": ("org",)})
    res = {part: counts[(part, "ORG")] for part, _ in counts}
    for part in ("dev", "test"):
        r = res.get(part, [0] * 6)
        for what, (tp, npred, ngold) in (("tokens", (r[0], r[0] + r[1], r[0] + r[2])),
                                         ("mentions (exact)", (r[3], r[4], r[5]))):
            p, rc, f, _, _ = pe.prf(tp, npred, ngold)
            print(f"AQMAR {part} ORG {what}\tP {p:.3f}\tR {rc:.3f}\tF1 {f:.3f}\t(tp {tp}, pred {npred}, gold {ngold})")


def main(argv):
    arg = lambda k, d: argv[argv.index(k) + 1] if k in argv else d
    binary = arg("--bin", os.path.join(ROOT, "target", "release", "dragoman"))
    if argv[1] == "draw":
        draw(binary, int(arg("--seed", "2301")), excluded(argv))
    elif argv[1] == "text":
        facts = export(binary)
        for d in pick(facts, int(arg("--seed", "2301")), excluded(argv)):
            print("=====", d)
            print(text(d))
    elif argv[1] == "rescore":
        rescore(argv[2], argv[3] if len(argv) > 3 and not argv[3].startswith("--") else None, binary)
    elif argv[1] == "ner":
        ner(binary)
    elif argv[1] == "count":
        count(binary)


if __name__ == "__main__":
    main(sys.argv)
