#!/usr/bin/env python3
"""Summaries on real news: dragoman against lead-N and a plain centrality ranking.

Run from the repository root (Python 3 stdlib only):

    python3 dev/summary_eval.py [BIN] [--out FILE.json] [--per-article]
    python3 dev/summary_eval.py target/release/dragoman
    python3 dev/summary_eval.py /work/ref/dragoman          # main's figures
    python3 dev/summary_eval.py BIN --sanity 100            # 100 other articles, no gold
    python3 dev/summary_eval.py BIN --keyfacts [PHASE]      # key facts against the hand judgements

Data: the 40 gold articles of `dev/gold/articles.tsv`, read from `../shared/data/dev/news/articles`
(`$DRAGOMAN_NEWS` overrides), with the two independent briefs `dev/gold/news-summaries/{A,B}`
(3-5 picked sentences each). The articles are for measuring only: nothing here is copied into the
repository.

What is run: `BIN summarize --format json` on the 40 files, once with the default length and once
per reference length (`--sentences N`, N = the number of picks of the reference compared with).

ROUGE (our own, Arabic-aware; the common `rouge_score` tokenizer drops Arabic letters):
* normalize: harakat, superscript alef and tatweel removed; أ إ آ ٱ → ا, ى → ي, ة → ه,
  ؤ → و, ئ → ي; Arabic-Indic and Persian digits → ASCII;
* split on anything that is not a letter or digit;
* strip proclitics: a leading و or ف when at least 3 letters remain, then the article
  (ب|ك|ل)?ال or لل when at least 2 letters remain. No suffix stemming, no stopwords;
* ROUGE-N F1 with overlaps clipped by the reference count (Lin 2004), bigrams across sentences.
Figures are given against A, against B, and against the closer of the two ("best": per article
the higher F1, as usual with several references).

Systems:
* dragoman (default length) and dragoman-N (`--sentences N`);
* lead-N: the first N sentences of the article (this script's own splitter: line ends and
  . ! ? ؟ followed by a space), skipping lines without final punctuation shorter than 13 words
  (bylines, datelines, a headline) - the editor's lead, a stronger baseline than the raw first
  N sentences, which is also printed (lead-N raw);
* centrality-N: the N sentences with the highest degree centrality (sum of TF-IDF cosines of
  their tokens with every other sentence), in document order; same splitter and skipping.

"Main point carried" is a PROXY (the briefs' main point is an English sentence, not comparable):
the reference's first pick (in both briefs it is almost always the sentence with the main facts)
is the main-point sentence; a summary carries the main point when its unigram recall of that
sentence (clipped, tokens as above) is >= 0.6, for either reference. Reported: the share of
articles carried, and the share where dragoman carries it and lead-N does not, or the reverse.

Key facts (`--keyfacts`): the `key_facts` of the default run on the 40 articles, one per line
(number, article, question, kind, English, H when hedged, mentions, the Arabic), matched by
(article, question, English) with `dev/gold/news-summaries/keyfacts-judged.tsv` (phase `after`
unless another is named): how many are right, wrong, and not judged yet (those are printed, to
judge by hand and add to the file; see `news-summaries/KEYFACTS.md` for the criteria).

Seeded samples judged by hand (`--draw SEED`, `--judged FILE`; session 24):

    python3 dev/summary_eval.py BIN --draw 2401 [--n 20] > /tmp/s.tsv   # draw, run, a template
    python3 dev/summary_eval.py BIN --judged dev/gold/news-summaries/picks-s24.tsv [--seed 2401]

`--draw` takes `random.Random(SEED).sample(n)` of the dev article files (sorted names) outside
every article judged for summaries before (`articles.tsv`, `articles-c.tsv`, `articles-d.tsv`,
the held-out key-fact files of sessions 19-20, and every article of any `picks-*.tsv` in
`news-summaries/` when `--exclude-judged` is given), runs BIN on them and prints one row per
picked sentence and per key fact, to judge: `seed, article, item (pick|fact), key (the sentence
number, or the question), english, arabic, verdict, note`. Picks are judged `right`, `wrong`
(not what an editor keeps: background, repetition, a fragment) or `noise` (a byline, tag list,
boilerplate); key facts `ok` or `bad` (criteria of KEYFACTS.md). `--judged` runs BIN on the
articles of a judged file (optionally one seed), matches picks by their Arabic and facts by
(question, English), and prints the right-pick share and the key-fact precision, with every
item the file does not judge yet (to judge and add).

The 40 articles are split in two halves by the order of `articles.tsv` (odd rows: dev, even
rows: check) so that tuning on one half can be checked on the other.
"""
import json
import math
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NEWS = os.environ.get("DRAGOMAN_NEWS", os.path.join(ROOT, "../shared/data/dev/news/articles"))
GOLD = os.path.join(HERE, "gold")

HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    **{chr(0x660 + d): str(d) for d in range(10)},
    **{chr(0x6F0 + d): str(d) for d in range(10)},
})
SPLIT = re.compile(r"[^\w]+|_")
ARTICLE = re.compile(r"^(?:[بكل]?ال|لل)")


def tokens(text):
    text = HARAKAT.sub("", text).translate(FOLD).lower()
    out = []
    for w in SPLIT.split(text):
        if not w:
            continue
        if w[0] in "وف" and len(w) >= 4:
            w = w[1:]
        m = ARTICLE.match(w)
        if m and len(w) - m.end() >= 2:
            w = w[m.end():]
        out.append(w)
    return out


def ngrams(toks, n):
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def prf(cand, ref):
    hits = sum(min(c, ref[g]) for g, c in cand.items())
    c, r = sum(cand.values()), sum(ref.values())
    rec = hits / r if r else 0.0
    pre = hits / c if c else 0.0
    return rec, pre, (2 * rec * pre / (rec + pre) if rec + pre else 0.0)


def rouge(cand, ref):
    """(R1 F1, R2 F1) of candidate text against reference text."""
    c, r = tokens(cand), tokens(ref)
    return prf(ngrams(c, 1), ngrams(r, 1))[2], prf(ngrams(c, 2), ngrams(r, 2))[2]


def recall1(cand, ref):
    return prf(ngrams(tokens(cand), 1), ngrams(tokens(ref), 1))[0]


END = ".!?؟…"


def sentences(text):
    """Sentences by line ends and . ! ? ؟ + space; each (text, is_body)."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = re.split(r"(?<=[.!?؟])\s+", line)
        for p in parts:
            p = p.strip()
            if not p:
                continue
            ends = p.rstrip("\"'”»)’ ")[-1:] in END if p.rstrip("\"'”»)’ ") else False
            body = ends or len(p.split()) >= 13
            out.append((p, body))
    return out


def lead(sents, n, raw=False):
    pool = [s for s, b in sents if raw or b]
    return pool[:n]


def centrality(sents, n):
    pool = [s for s, b in sents if b]
    toks = [Counter(tokens(s)) for s in pool]
    df = Counter(t for c in toks for t in c)
    N = len(pool)
    vecs = []
    for c in toks:
        v = {t: k * math.log((N + 1) / df[t]) for t, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({t: x / norm for t, x in v.items()})
    deg = []
    for i, v in enumerate(vecs):
        d = 0.0
        for j, w in enumerate(vecs):
            if i != j:
                d += sum(x * w.get(t, 0.0) for t, x in v.items())
        deg.append(d)
    best = sorted(range(N), key=lambda i: (-deg[i], i))[:n]
    return [pool[i] for i in sorted(best)]


def gold():
    rows = [l.split("\t") for l in open(os.path.join(GOLD, "articles.tsv"), encoding="utf-8").read().splitlines()[1:]]
    out = []
    for k, r in enumerate(rows):
        f = r[0]
        refs = {}
        for who in "AB":
            o = json.load(open(os.path.join(GOLD, "news-summaries", who, f + ".json"), encoding="utf-8"))
            refs[who] = o["picks"]
        out.append({"file": f, "half": "dev" if k % 2 == 0 else "check", "refs": refs,
                    "text": open(os.path.join(NEWS, f), encoding="utf-8").read()})
    return out


def run(binary, files, extra):
    """BIN summarize --format json over files: {basename: [pick texts]} and the raw objects."""
    cmd = [binary, "summarize", "--format", "json", "-j", "1", *extra, *files]
    t = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    took = time.time() - t
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd[:6])} ... failed ({p.returncode}): {p.stderr[:2000]}")
    docs = {}
    for line in p.stdout.splitlines():
        o = json.loads(line)
        docs[os.path.basename(o["doc_id"])] = o
    return docs, took


def picks(o):
    return [p["arabic"] for p in o["picks"]]


def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


def evaluate(binary, per_article=False):
    arts = gold()
    files = [os.path.join(NEWS, a["file"]) for a in arts]
    default, took = run(binary, files, [])
    lengths = sorted({len(p) for a in arts for p in a["refs"].values()})
    fixed = {n: run(binary, files, ["--sentences", str(n)])[0] for n in lengths}
    systems = ["dragoman", "dragoman-N", "lead-N", "lead-N raw", "centrality-N"]
    rows = []
    for a in arts:
        sents = sentences(a["text"])
        row = {"file": a["file"], "half": a["half"]}
        for sysname in systems:
            per = {}
            for who, ref in a["refs"].items():
                n = len(ref)
                if sysname == "dragoman":
                    cand = picks(default[a["file"]])
                elif sysname == "dragoman-N":
                    cand = picks(fixed[n][a["file"]])
                elif sysname == "lead-N":
                    cand = lead(sents, n)
                elif sysname == "lead-N raw":
                    cand = lead(sents, n, raw=True)
                else:
                    cand = centrality(sents, n)
                r1, r2 = rouge("\n".join(cand), "\n".join(ref))
                main = recall1("\n".join(cand), ref[0]) if ref else 0.0
                per[who] = (r1, r2, main, len(cand))
            best = max(per.values(), key=lambda x: x[0])
            row[sysname] = {
                "A": per["A"][:2], "B": per["B"][:2], "best": best[:2],
                "main": max(per["A"][2], per["B"][2]), "n": per["A"][3],
            }
        rows.append(row)
    return rows, took, len(default)


def report(rows, took, binary):
    systems = list(k for k in rows[0] if k not in ("file", "half"))
    print(f"binary: {binary}  ({len(rows)} articles, default run {took:.2f}s)")
    for half in ("all", "dev", "check"):
        sel = [r for r in rows if half == "all" or r["half"] == half]
        print(f"\n== {half} ({len(sel)} articles)")
        print(f"{'system':14} {'R1 best':>8} {'R2 best':>8} {'R1 A':>7} {'R1 B':>7} {'R2 A':>7} {'R2 B':>7} {'main':>6} {'sent':>5}")
        for s in systems:
            g = lambda key, i: mean([r[s][key][i] for r in sel])
            carried = mean([1.0 if r[s]["main"] >= 0.6 else 0.0 for r in sel])
            n = mean([r[s]["n"] for r in sel])
            print(f"{s:14} {g('best', 0):8.3f} {g('best', 1):8.3f} {g('A', 0):7.3f} {g('B', 0):7.3f} {g('A', 1):7.3f} {g('B', 1):7.3f} {carried:6.2f} {n:5.1f}")
        for s in ("dragoman", "dragoman-N"):
            worse = sum(1 for r in sel if r[s]["main"] < 0.6 <= r["lead-N"]["main"])
            better = sum(1 for r in sel if r["lead-N"]["main"] < 0.6 <= r[s]["main"])
            ahead = sum(1 for r in sel if r[s]["best"][0] > r["lead-N"]["best"][0] + 1e-9)
            behind = sum(1 for r in sel if r[s]["best"][0] < r["lead-N"]["best"][0] - 1e-9)
            print(f"{s}: main point lost vs lead-N on {worse}/{len(sel)} ({worse / len(sel):.0%}), "
                  f"gained on {better}; R1 ahead of lead-N on {ahead}, behind on {behind}")


def sanity(binary, count):
    """Run on `count` articles outside the gold set: no crash, sane lengths."""
    gold_files = {l.split("\t")[0] for l in open(os.path.join(GOLD, "articles.tsv"), encoding="utf-8").read().splitlines()[1:]}
    names = sorted(f for f in os.listdir(NEWS) if f.endswith(".txt") and f not in gold_files)
    step = max(1, len(names) // count)
    files = [os.path.join(NEWS, f) for f in names[::step][:count]]
    docs, took = run(binary, files, [])
    lens = Counter(len(d["picks"]) for d in docs.values())
    words = [sum(len(p["arabic"].split()) for p in d["picks"]) for d in docs.values()]
    noise = sum(1 for d in docs.values() for p in d["picks"]
                if re.search("اقرأ أيضا|اقرأ ايضا|(^|\\s)شارك (من خلال|على|هذا)|تويتر فيسبوك|رابط الخبر|// انتهى //|مقالات أخرى للكاتب", p["arabic"]))
    empty = sum(1 for d in docs.values() if not d["picks"])
    print(f"{len(docs)}/{len(files)} documents summarized in {took:.2f}s; picks per document {dict(sorted(lens.items()))}; "
          f"words per summary min {min(words)} median {sorted(words)[len(words) // 2]} max {max(words)}; "
          f"empty {empty}; picks with crawl noise {noise}")


def keyfacts(binary, phase):
    """Key facts of the 40 articles against the hand judgements of `phase`."""
    rows = [l.split("\t") for l in open(os.path.join(GOLD, "articles.tsv"), encoding="utf-8").read().splitlines()[1:]]
    files = [os.path.join(NEWS, r[0]) for r in rows]
    docs, _ = run(binary, files, [])
    judged = {}
    path = os.path.join(GOLD, "news-summaries", "keyfacts-judged.tsv")
    for line in open(path, encoding="utf-8").read().splitlines()[1:]:
        c = line.split("\t")
        if c[0] == phase:
            judged[(c[2], c[3], c[5])] = (c[8], c[9] if len(c) > 9 else "")
    counts = Counter()
    k = 0
    for r in rows:
        o = docs[r[0]]
        text = open(os.path.join(NEWS, r[0]), encoding="utf-8").read()
        for e in o["key_facts"]:
            k += 1
            verdict = judged.get((r[0], e["question"], e["english"]))
            counts[verdict[0] if verdict else "not judged"] += 1
            if not verdict or verdict[0] == "wrong":
                arabic = text[e["start"]:e["end"]]
                print(f"{k}\t{r[0]}\t{e['question']}\t{e['kind']}\t{e['english']}\t{'H' if e['hedged'] else ''}"
                      f"\t{e['mentions']}\t{arabic}\t{verdict[0] + ': ' + verdict[1] if verdict else 'NOT JUDGED'}")
    total = sum(counts.values())
    per_q = Counter(e["question"] for o in docs.values() for e in o["key_facts"])
    print(f"{total} key facts on {len(rows)} articles ({dict(sorted(per_q.items()))}); judged against phase "
          f"'{phase}': right {counts['right']}, wrong {counts['wrong']}, not judged {counts['not judged']}"
          + (f"; right {counts['right'] / (counts['right'] + counts['wrong']):.1%} of the judged" if counts['right'] + counts['wrong'] else ""))


def judged_before(extra_files=()):
    """Articles judged for summaries or key facts before (never drawn again)."""
    out = set()
    for name in ("articles.tsv", "articles-c.tsv", "articles-d.tsv"):
        for line in open(os.path.join(GOLD, name), encoding="utf-8").read().splitlines()[1:]:
            out.add(line.split("\t")[0])
    ns = os.path.join(GOLD, "news-summaries")
    for name in sorted(os.listdir(ns)):
        if name.startswith("keyfacts-heldout") or (name in extra_files):
            out |= set(re.findall(r"snn_[a-z0-9]+_\d+\.txt", open(os.path.join(ns, name), encoding="utf-8").read()))
    return out


def draw(binary, seed, n, exclude_judged):
    ns = os.path.join(GOLD, "news-summaries")
    extra = [f for f in os.listdir(ns) if f.startswith("picks-")] if exclude_judged else []
    skip = judged_before(extra)
    names = sorted(f for f in os.listdir(NEWS) if f.endswith(".txt") and f not in skip)
    chosen = sorted(random.Random(seed).sample(names, n))
    docs, _ = run(binary, [os.path.join(NEWS, f) for f in chosen], [])
    print("seed\tarticle\titem\tkey\tenglish\tarabic\tverdict\tnote")
    for f in chosen:
        o = docs[f]
        text = open(os.path.join(NEWS, f), encoding="utf-8").read()
        for p in o["picks"]:
            print(f"{seed}\t{f}\tpick\t{p['sentence']}\t{clean(p['english'])}\t{clean(p['arabic'])}\t\t")
        for e in o["key_facts"]:
            print(f"{seed}\t{f}\tfact\t{e['question']}\t{clean(e['english'])}\t{clean(text[e['start']:e['end']])}\t\t")


def clean(s):
    return re.sub(r"\s+", " ", s).strip()


def load_judged(path, seed=None):
    rows = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if not line or line.startswith("#") or line.startswith("seed\t"):
            continue
        c = line.split("\t") + [""] * 8
        if seed is None or c[0] == str(seed):
            rows.append(c[:8])
    return rows


def score_judged(binary, path, seed=None):
    rows = load_judged(path, seed)
    picks_v = {(r[1], r[5]): (r[6], r[7]) for r in rows if r[2] == "pick"}
    facts_v = {(r[1], r[3], r[4]): (r[6], r[7]) for r in rows if r[2] == "fact"}
    files = sorted({r[1] for r in rows})
    docs, _ = run(binary, [os.path.join(NEWS, f) for f in files], [])
    pc, fc = Counter(), Counter()
    for f in files:
        o = docs[f]
        text = open(os.path.join(NEWS, f), encoding="utf-8").read()
        for p in o["picks"]:
            v = picks_v.get((f, clean(p["arabic"])))
            pc[v[0] if v else "not judged"] += 1
            if not v:
                print(f"{seed or ''}\t{f}\tpick\t{p['sentence']}\t{clean(p['english'])}\t{clean(p['arabic'])}\t\tNOT JUDGED")
        for e in o["key_facts"]:
            v = facts_v.get((f, e["question"], clean(e["english"])))
            fc[v[0] if v else "not judged"] += 1
            if not v:
                print(f"{seed or ''}\t{f}\tfact\t{e['question']}\t{clean(e['english'])}\t{clean(text[e['start']:e['end']])}\t\tNOT JUDGED")
    np_ = sum(pc.values())
    nf = fc["ok"] + fc["bad"]
    print(f"{binary}: {len(files)} articles; picks {np_}: right {pc['right']} ({pc['right'] / max(np_, 1):.1%}), "
          f"wrong {pc['wrong']}, noise {pc['noise']}, not judged {pc['not judged']}; key facts {sum(fc.values())}: "
          f"ok {fc['ok']}, bad {fc['bad']}, not judged {fc['not judged']}"
          + (f"; precision {fc['ok'] / nf:.1%} of the judged" if nf else ""))


def main():
    args = sys.argv[1:]
    binary = next((a for a in args if not a.startswith("--") and not a.isdigit()
                   and a not in ("before", "after")), "target/release/dragoman")
    if "--keyfacts" in args:
        i = args.index("--keyfacts")
        phase = args[i + 1] if i + 1 < len(args) and args[i + 1] in ("before", "after") else "after"
        keyfacts(binary, phase)
        return
    if "--draw" in args:
        n = int(args[args.index("--n") + 1]) if "--n" in args else 20
        draw(binary, int(args[args.index("--draw") + 1]), n, "--exclude-judged" in args)
        return
    if "--judged" in args:
        seed = args[args.index("--seed") + 1] if "--seed" in args else None
        score_judged(binary, args[args.index("--judged") + 1], seed)
        return
    if "--sanity" in args:
        sanity(binary, int(args[args.index("--sanity") + 1]))
        return
    rows, took, _ = evaluate(binary)
    report(rows, took, binary)
    if "--per-article" in args:
        print()
        for r in rows:
            d, l = r["dragoman-N"], r["lead-N"]
            print(f"{r['file']:24} {r['half']:5} dragoman-N {d['best'][0]:.3f} main {d['main']:.2f} | lead-N {l['best'][0]:.3f} main {l['main']:.2f} | default n={r['dragoman']['n']} {r['dragoman']['best'][0]:.3f}")
    if "--out" in args:
        json.dump(rows, open(args[args.index("--out") + 1], "w"), ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
