#!/usr/bin/env python3
"""Measure the name transliterator (Python 3 stdlib only).

Run from the repository root after `cargo build --release`:

    python3 dev/translit/train.py --split english --out /tmp/dragoman-translit-english  # once
    python3 dev/translit/train.py --split arabic --out /tmp/dragoman-translit-arabic    # once
    python3 dev/translit/eval.py [--bin target/release/dragoman] [--split english|arabic]

Reports, per data file of ../shared/data/names and per split (the held-out 10 % never trained
on: tables trained with --split english / --split arabic, read with the hidden
`transliterate --tables DIR`; the built-in tables are trained on all pairs and are never
measured on the held-out items), on the person names of dev/gold/news-facts/A (built-in
tables; earlier sessions looked at these while tuning) and on the fresh news names of
dev/gold/translit-news-parallel.tsv (person names of FLORES-200 and TICO-19 Wikinews articles,
the Arabic paired by hand with the aligned English line; nobody tuned on them; a row per name
and a row per token where the English has as many tokens as the Arabic; references' accents
folded, Erdoğan = Erdogan):

* top-1: the output equals one of the references (case-insensitive);
* loose: the same after dropping hyphens, apostrophes, spaces and a leading al/el (labelled);
* CER: character edit distance to the nearest reference / its length, summed over all items;
* beside a naive letter-by-letter map (one English string per Arabic letter).

Held-out items are the Arabic tokens as train.py reads them (the article ال split off where
the English has none); an Arabic token held out with several English spellings counts once,
and any of them is right. The two splits:

* english (the issue's split, and the shipped tables'): rows whose English name hashes to the
  held-out 10 %. An English spelling held out never occurs in training, so the lexicon (built
  from the training 90 %) can only help when house style or the article rule maps a trained
  spelling onto it; it measures spelling *invention*. "unseen" items are Arabic tokens with no
  training row at all.
* arabic (the standard transliteration split): rows whose folded Arabic token (article off)
  hashes to the held-out 10 %; every English spelling of a held-out token is a reference and
  none of its rows is trained on, so every item is spelled by the model: it measures
  transliteration of names never seen.

The house spellings of names.HOUSE_ARABIC are not learned, so those tokens are left out of the
held-out figures.
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import resource
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import names  # noqa: E402
import train  # noqa: E402

NAIVE = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "و": "u", "ي": "i", "ة": "a", "ء": "", "ؤ": "", "ئ": "",
}


def naive(arabic):
    words = []
    for w in names.fold(arabic).split():
        art = ""
        if w.startswith("ال") and len(w) >= 4:
            art, w = "al-", w[2:]
        words.append(art + "".join(NAIVE.get(c, c) for c in w))
    return " ".join(words)


def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def loose(s):
    s = s.lower().replace("-", "").replace("'", "").replace(" ", "")
    for p in ("al", "el"):
        if s.startswith(p) and len(s) > 4:
            s = s[2:]
    return s.replace(" al", "").replace(" el", "")


def loose_name(s):
    parts = [p for p in s.lower().replace("'", "").split() if p]
    out = []
    for p in parts:
        for art in ("al-", "el-", "al", "el"):
            if p.startswith(art) and len(p) > len(art) + 2 and art.endswith("-"):
                p = p[len(art):]
        out.append(p.replace("-", ""))
    return "".join(out)


def score(items, outputs, loosen):
    top1 = loose_ok = edits = chars = 0
    for (_, refs), out in zip(items, outputs):
        o = out.lower()
        top1 += o in refs
        loose_ok += loosen(o) in {loosen(r) for r in refs}
        e, r = min((edit(o, r), r) for r in refs)
        edits += e
        chars += len(r)
    n = len(items)
    return {"n": n, "top1": top1 / n, "loose": loose_ok / n, "cer": edits / chars}


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


BEAM = None


def run(binary, arabic, tables=None):
    """The rows of `dragoman transliterate` on these names (with the tables of directory
    `tables`, or the built-in ones), and the CPU seconds it took (CPU time, not wall time: the
    machine may be shared)."""
    start = cpu()
    cmd = [binary, "transliterate", "--format", "jsonl", "-j", "1"]
    if tables:
        cmd += ["--tables", tables]
        if BEAM:
            cmd += ["--beam", str(BEAM)]
    p = subprocess.run(cmd, input="\n".join(arabic) + "\n", capture_output=True, text=True,
                       check=True)
    took = cpu() - start
    rows = [json.loads(line) for line in p.stdout.splitlines()]
    assert len(rows) == len(arabic), (len(rows), len(arabic))
    return rows, took


def held_out_items(all_rows, split, f):
    """The held-out items of data file `f` under `split`: [(key, {references})], and the set of
    keys seen in training."""
    trained = [r for r in all_rows if not names.is_held_out(split, r[1], r[2])]
    stem_english = defaultdict(set)
    for _, ar, en, _ in trained:
        stem_english[ar].add(en)
    seen = {train.article_split(ar, en, stem_english)[0] for _, ar, en, _ in trained}
    house_keys = {names.fold(k) for k in names.HOUSE_ARABIC}
    refs = defaultdict(set)
    for file, ar, en, _ in all_rows:
        if file == f and names.is_held_out(split, ar, en):
            key, e = train.article_split(ar, en, stem_english)
            if key not in house_keys:
                refs[key].add(e.strip("-'"))
    return sorted(refs.items()), seen


PARALLEL = os.path.join(names.REPO, "dev", "gold", "translit-news-parallel.tsv")
# Letters of the references that do not decompose to ASCII under NFKD.
LATIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "ı": "i"})


def ascii_fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s.lower().translate(LATIN))
    return "".join(c for c in s if not unicodedata.combining(c))


def parallel_items():
    """[(arabic, {english references, lowercase, accents folded})] of the parallel news set,
    one item per distinct Arabic name, and each item's origin (arab or foreign)."""
    refs, origin = {}, {}
    with open(PARALLEL, encoding="utf-8") as fh:
        for ln in fh:
            if ln.startswith("#") or ln.startswith("arabic\t"):
                continue
            ar, en, _doc, _line, org = ln.rstrip("\n").split("\t")
            refs.setdefault(ar, set()).update(ascii_fold(e) for e in en.split("|"))
            origin[ar] = org
    items = sorted(refs.items())
    return items, [origin[a] for a, _ in items]


def line(label, s):
    return (f"| {label} | {s['n']} | {s['top1']:.3f} | {s['loose']:.3f} | {s['cer']:.3f} |")


def callgrind(binary, all_rows):
    """Instructions of `transliterate -j 1` on 1,000 held-out tokens (the first of the English
    split in file order) and on one name (start-up and table load), by valgrind's callgrind."""
    import re
    import tempfile
    keys = []
    for _, ar, en, _ in all_rows:
        if names.held_out(en) and ar not in keys:
            keys.append(ar)
        if len(keys) == 1000:
            break
    with tempfile.TemporaryDirectory() as tmp:
        def count(lines):
            src = os.path.join(tmp, "names.txt")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
            p = subprocess.run(["valgrind", "--tool=callgrind",
                                f"--callgrind-out-file={tmp}/cg.out", binary, "transliterate",
                                src, "-j", "1", "-o", os.path.join(tmp, "out.txt")],
                               capture_output=True, text=True, check=True)
            return int(re.search(r"Collected : (\d+)", p.stderr).group(1))
        one, many = count(["محمد"]), count(keys)
    print(f"\ncallgrind: one name {one / 1e6:.1f} M instructions (start-up and table load); "
          f"{len(keys)} held-out tokens {many / 1e6:.1f} M")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(names.REPO, "target", "release", "dragoman"))
    ap.add_argument("--split", choices=names.SPLITS + ("both",), default="both")
    ap.add_argument("--english-tables", metavar="DIR", default="/tmp/dragoman-translit-english",
                    help="tables trained on the English split (train.py --split english --out "
                         "DIR; default %(default)s)")
    ap.add_argument("--arabic-tables", metavar="DIR", default="/tmp/dragoman-translit-arabic",
                    help="tables trained on the Arabic split (train.py --split arabic --out "
                         "DIR; default %(default)s)")
    ap.add_argument("--beam", type=int, help="the model's beam width (with tables given)")
    ap.add_argument("--news-tables", metavar="DIR",
                    help="measure the news rows with the tables in DIR (trained with --split "
                         "all) instead of the built-in ones: to try a change before building")
    ap.add_argument("--cost", action="store_true", help="also time the binary")
    ap.add_argument("--callgrind", action="store_true",
                    help="also count instructions with valgrind: `transliterate` on the first "
                         "1,000 held-out tokens (English split), and the table load")
    ap.add_argument("-v", action="store_true", help="list the news persons")
    args = ap.parse_args()
    global BEAM
    BEAM = args.beam

    all_rows = list(names.rows())
    splits = names.SPLITS if args.split == "both" else (args.split,)
    print("| split | set | items | top-1 | loose | CER |")
    print("|---|---|---|---|---|---|")
    for split in splits:
        tables = args.english_tables if split == "english" else args.arabic_tables
        for f in names.FILES:
            items, seen = held_out_items(all_rows, split, f)
            rows, _ = run(args.bin, [k for k, _ in items], tables)
            outs = [r["english"] for r in rows]
            short = f.split("-")[0]
            print(line(f"{split} | {short} held-out, dragoman", score(items, outs, loose)))
            if split == "english":
                unseen = [i for i, (k, _) in enumerate(items) if k not in seen]
                print(line(f"{split} | {short} held-out, Arabic unseen in training, dragoman",
                           score([items[i] for i in unseen], [outs[i] for i in unseen],
                                 loose)))
            print(line(f"{split} | {short} held-out, naive letter map",
                       score(items, [naive(k) for k, _ in items], loose)))
            sources = defaultdict(int)
            for r in rows:
                sources[r["source"]] += 1
            print(f"| {split} | sources: {dict(sorted(sources.items()))} | | | | |")

    # The real-news figure: person names of our gold facts (annotator A), shipped tables.
    gold = {}
    for path in sorted(glob.glob(os.path.join(names.REPO, "dev", "gold", "news-facts", "A",
                                               "*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for ln in fh:
                d = json.loads(ln)
                if d.get("type") == "person" and d.get("english"):
                    gold.setdefault(d["value"], {d["english"].lower()})
    items = sorted(gold.items())
    rows, _ = run(args.bin, [k for k, _ in items], args.news_tables)  # built-in by default
    outs = [r["english"] for r in rows]
    print(line("news | gold news persons (A), dragoman", score(items, outs, loose_name)))
    print(line("news | gold news persons (A), naive letter map",
               score(items, [naive(k) for k, _ in items], loose_name)))
    if args.v:
        for (k, refs), o in zip(items, outs):
            print(f"  {k} | {o} | {'/'.join(refs)}")

    # Fresh news names nobody tuned on: persons of Wikinews articles in Arabic paired with the
    # aligned English line (dev/gold/translit-news-parallel.tsv), built-in tables.
    items, origin = parallel_items()
    rows, _ = run(args.bin, [k for k, _ in items], args.news_tables)
    outs = [r["english"] for r in rows]
    print(line("news | parallel news persons, dragoman", score(items, outs, loose_name)))
    print(line("news | parallel news persons, naive letter map",
               score(items, [naive(k) for k, _ in items], loose_name)))
    toks = [((a, {r.split()[i] for r in refs}), o.split()[i])
            for (a, refs), o in zip(items, outs)
            for i in range(len(a.split()))
            if len(o.split()) == len(a.split()) and all(len(r.split()) == len(a.split())
                                                         for r in refs)]
    print(line("news | parallel news persons, per token, dragoman",
               score([t for t, _ in toks], [o for _, o in toks], loose_name)))
    if args.v:
        for (k, refs), o, g in zip(items, outs, origin):
            mark = "ok" if o.lower() in refs else "  "
            print(f"  {mark} {g:7} {k} | {o} | {'/'.join(sorted(refs))}")
    if args.callgrind:
        callgrind(args.bin, all_rows)
    if not args.cost:
        return

    # Cost: start-up (one name) and per name (all English-split held-out tokens, 10 rounds).
    _, one = run(args.bin, ["محمد"])
    many = sorted(k for f in names.FILES for k, _ in held_out_items(all_rows, "english", f)[0])
    many = many * 10
    _, took = run(args.bin, many)
    print(f"\ncost (CPU time): one name (process start-up + table load) {one * 1000:.1f} ms; "
          f"{len(many)} held-out tokens {took:.2f} s → {(took - one) / len(many) * 1e6:.1f} µs "
          "per name")


if __name__ == "__main__":
    main()
