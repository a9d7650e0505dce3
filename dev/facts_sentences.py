#!/usr/bin/env python3
"""Sentence-level seeded draw of the numeric facts (issue #18, session 27): sentences, not facts.

A fact-level draw only sees what the binary gives; a sentence-level draw also shows what it
misses. The pool: every sentence of the 600 dev news articles (../shared/data/dev/news, read
with their crawl date as the reference date) that holds a numeric fact OR a digit (Latin or
Arabic-Indic) OR a spelled number word (ثلاثة, مئة, ألف, مليون, نصف, …, through و ف ب ل ال).
Sentences that overlap an item of an `--exclude`d judged file are left out. The pool is
shuffled with `--seed` and the first `--n` are drawn.

Numeric types (dates are the dates helper's and are not judged here): number, ordinal,
quantity, percent, money, casualties, duration, age, time (a date whose value is a clock time).

Usage (from the repo root):
    python3 dev/facts_sentences.py draw BIN --seed 2701 --n 100 [--exclude F1,F2]
        # prints a TSV skeleton to judge: one row per numeric fact, one `-` row per sentence
    python3 dev/facts_sentences.py score BIN dev/gold/heldout-judged-s27n.tsv[,AFTER.tsv]
        # per type: facts, ok, precision; missed statements and recall; unjudged facts listed
Judged TSV rows (tab-separated; `#` lines are comments):
    doc  sent_start  sent_end  type  start  end  value  english  verdict  note
verdict: `ok`, `value` (wrong value), `type` (wrong type or unit), `english` (bad English),
`spurious` (no such fact), `missed` (a fact the reader expects that the judged binary did not
give; value is the expected one), or `none` on the `-` row of a sentence read in full. Offsets
are code points in the article, as the binary prints them. A fact is keyed by (doc, type,
start, end, value, english): a changed fact is judged anew (in an -after file). A missed
statement counts as found when the scored binary has an ok fact of its type overlapping it.
"""
import argparse, collections, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = os.environ.get("DRAGOMAN_NEWS", os.path.join(HERE, "../../shared/data/dev/news"))
TYPES = ["number", "ordinal", "quantity", "percent", "money", "casualties", "duration", "age",
         "time"]
# Spelled number words (after the clitics و ف ب ل ك and the article are stripped), normalized
# (ة→ه, أإآ→ا, ى→ي), compared as the whole token or the token minus a dual/plural/case suffix.
WORDS = set("""واحد واحده اثنان اثنين اثنتان اثنتين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع
سبعه ثمان ثماني ثمانيه تسع تسعه عشر عشره عشرون عشرين ثلاثون ثلاثين اربعون اربعين خمسون خمسين
ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين مئه مائه مئات مئتين مئتان مائتين مائتان الف الفا
الفين الفان الاف مليون ملايين مليونا مليونين مليار مليارات مليارا مليارين ترليون تريليون بليون
نصف ثلث ربع خمس ثلثي ثلثا ارباع عشرات دزينه""".split())
SUFFIXES = ("ا", "ات", "ين", "ان")
DIGIT = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")


def fold(w):
    w = re.sub("[\u064B-\u0652\u0640]", "", w)
    return w.translate(str.maketrans("أإآٱىة", "اااايه"))


def has_number_word(text):
    for tok in re.findall(r"[\u0621-\u064A\u0640\u064B-\u0652]+", text):
        w = fold(tok)
        cands = {w}
        for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"):
            if w.startswith(p):
                cands.add(w[len(p):])
        for c in list(cands):
            if c.startswith("ال"):
                cands.add(c[2:])
            if c.startswith("لل"):
                cands.add(c[2:])
        for c in list(cands):
            for s in SUFFIXES:
                if c.endswith(s) and len(c) > len(s) + 1:
                    cands.add(c[: -len(s)])
        if cands & WORDS:
            return True
    return False


def dates():
    out = {}
    for i, line in enumerate(open(os.path.join(NEWS, "metadata.tsv"), encoding="utf-8")):
        p = line.rstrip("\n").split("\t")
        if i and len(p) > 4:
            out[p[0]] = p[4][:10]
    return out


def export(binary):
    """Every sentence of the 600 articles: {(doc, start): (end, arabic, [facts])}."""
    art = os.path.join(NEWS, "articles")
    lines = []
    for f, d in sorted(dates().items()):
        text = open(os.path.join(art, f), encoding="utf-8").read()
        lines.append(json.dumps({"id": f, "text": text, "date": d}, ensure_ascii=False))
    p = subprocess.run([binary, "export", "--input-format", "jsonl", "--format", "jsonl",
                        "--threads", "1"], input="\n".join(lines) + "\n",
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{binary} failed: {p.stderr}")
    sents = {}
    for line in p.stdout.splitlines():
        o = json.loads(line)
        fs = []
        for x in o.get("facts", []):
            t = x["type"]
            v = x.get("value", "")
            v = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v
            if t == "date" and v.startswith("T"):
                t = "time"
            if t in TYPES:
                fs.append((t, x["start"], x["end"], v, x.get("english", ""), x.get("arabic", "")))
        sents[(o["doc_id"], o["start"])] = (o["end"], o["arabic"], fs)
    return sents


def rows(path):
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p = line.rstrip("\n").split("\t")
        p += [""] * (10 - len(p))
        yield p


def excluded(paths):
    """Spans (code points) per document of the items of judged files: the sentence-level
    files' own sentence spans, and other judged files' (type, doc, start, end, …) items."""
    spans = collections.defaultdict(list)
    for f in paths:
        for p in rows(f):
            if p[1].isdigit() and p[2].isdigit():  # this script's format
                spans[p[0]].append((int(p[1]), int(p[2])))
            elif p[2].isdigit() and p[3].isdigit():  # facts_fresh.py's format
                spans[os.path.basename(p[1])].append((int(p[2]), int(p[3])))
    return spans


def draw(a):
    sents = export(a.binary)
    ex = excluded(a.exclude.split(",")) if a.exclude else {}
    pool = []
    for (doc, s), (e, ar, fs) in sorted(sents.items()):
        if not (fs or DIGIT.search(ar) or has_number_word(ar)):
            continue
        if any(x < e and s < y for x, y in ex.get(doc, [])):
            continue
        pool.append((doc, s))
    random.Random(a.seed).shuffle(pool)
    print(f"# facts_sentences.py draw {os.path.basename(a.binary)} --seed {a.seed} --n {a.n}"
          f" (pool {len(pool)} sentences)")
    for doc, s in pool[: a.n]:
        e, ar, fs = sents[(doc, s)]
        print(f"# {doc} {s}-{e}: {ar}")
        print("\t".join([doc, str(s), str(e), "-", "", "", "", "", "none", ""]))
        for t, fs_, fe, v, en, arb in fs:
            print("\t".join([doc, str(s), str(e), t, str(fs_), str(fe), v, en, "", arb]))


def score(a):
    sents = export(a.binary)
    verdict, missed, drawn = {}, [], []
    for f in a.judged.split(","):
        for p in rows(f):
            doc, s, e = p[0], int(p[1]), int(p[2])
            if p[3] == "-":
                drawn.append((doc, s, e))
            elif p[8] == "missed":
                missed.append((p[3], doc, int(p[4]), int(p[5]), p[6], p[9]))
            elif p[8]:
                verdict[(doc, p[3], int(p[4]), int(p[5]), p[6], p[7])] = p[8]
    n = collections.Counter()
    ok = collections.Counter()
    bad = collections.defaultdict(collections.Counter)
    oks = collections.defaultdict(list)
    unjudged = []
    for doc, s, e in drawn:
        end, ar, fs = sents.get((doc, s), (None, None, []))
        if end != e:
            sys.exit(f"{doc} {s}-{e}: the binary segments this sentence differently")
        for t, fs_, fe, v, en, arb in fs:
            k = (doc, t, fs_, fe, v, en)
            if k not in verdict:
                unjudged.append((doc, s, e, t, fs_, fe, v, en, arb, ar))
                continue
            n[t] += 1
            if verdict[k] == "ok":
                ok[t] += 1
                oks[(doc, t)].append((fs_, fe))
            else:
                bad[t][verdict[k]] += 1
    still = collections.Counter()
    found = collections.Counter()
    for t, doc, s, e, v, note in missed:
        if any(x < e and s < y for x, y in oks[(doc, t)]):
            found[t] += 1
        else:
            still[t] += 1
    print(f"{len(drawn)} sentences; {len(verdict)} judged facts, {len(missed)} missed statements")
    print("type\tfacts\tok\tP\tmissed\tfound\tR\tbad by kind")
    for t in TYPES:
        if not (n[t] or still[t] or found[t]):
            continue
        p = ok[t] / n[t] if n[t] else float("nan")
        r = ok[t] / (ok[t] + still[t]) if ok[t] + still[t] else float("nan")
        kinds = " ".join(f"{k}:{c}" for k, c in sorted(bad[t].items()))
        print(f"{t}\t{n[t]}\t{ok[t]}\t{p:.3f}\t{still[t]}\t{found[t]}\t{r:.3f}\t{kinds}")
    tn, tok, ts = sum(n.values()), sum(ok.values()), sum(still.values())
    if tn:
        print(f"all\t{tn}\t{tok}\t{tok / tn:.3f}\t{ts}\t{sum(found.values())}\t"
              f"{tok / (tok + ts):.3f}")
    if unjudged:
        print(f"\n{len(unjudged)} unjudged facts (judge them in an -after file):")
        for u in unjudged:
            print("\t".join(map(str, u[:8])) + "\t\t" + u[8] + "\t# " + u[9])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("binary")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--n", type=int, default=100)
    d.add_argument("--exclude", help="comma-separated judged files whose sentences are left out")
    s = sub.add_parser("score")
    s.add_argument("binary")
    s.add_argument("judged", help="comma-separated judged TSVs (the first the draw's)")
    a = ap.parse_args()
    draw(a) if a.cmd == "draw" else score(a)


if __name__ == "__main__":
    main()
