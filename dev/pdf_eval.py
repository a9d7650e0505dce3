#!/usr/bin/env python3
"""PDF-extraction damage: a degrader, and word-level precision/recall of `pdf_repairs`.

The degrader does to real Arabic news what PDF text extraction does (issue 15):
  * split:     a word of 4+ letters gets a space at a random inner point (a glyph run or a
               line cut there), with probability --p-split per word;
  * lam-alef:  the ligature's letters come back in visual order, `لا` -> `ال`, with
               probability --p-lamalef per occurrence inside a word;
  * reversed:  a line is stored in visual order (its characters reversed), probability
               --p-reverse per line (measured only as "not detected": see src/segment/pdf.rs).
Seeds: random.Random("pdf:" + file name), so every run degrades the same way.

Measures, over ../shared/data/dev/news/articles (600 real Saudi news articles; read in place,
never copied):
  * split repairs: precision = joins that remove an inserted space / all joins made;
                   recall = inserted spaces removed / inserted spaces;
  * lam-alef repairs: the same for `ال` -> `لا` edits;
  * detection: share of degraded documents read as PDF-like, and of the original (clean)
    documents, with the repairs proposed on clean text when forced (false joins);
  * segmentation: sentence-boundary F1 of `dragoman segment` (layout auto) on the degraded
    text (no reversed lines here) before and after the repairs, against its boundaries on the
    original text; a boundary is compared as the number of non-space chars before it.

Usage (Python 3 standard library only):
    cargo build --release --example pdf_repair && cargo build --release
    python3 dev/pdf_eval.py [--p-split 0.05] [--p-lamalef 0.5] [--write-degraded DIR]
"""
import argparse
import glob
import json
import os
import random
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "..", "shared", "data", "dev", "news", "articles")
BIN = os.environ.get("PDF_REPAIR") or os.path.join(ROOT, "target", "release", "examples", "pdf_repair")
DRAGOMAN = os.environ.get("DRAGOMAN") or os.path.join(ROOT, "target", "release", "dragoman")


def is_ar(c):
    return "\u0621" <= c <= "\u064a"


def degrade(text, rng, p_split, p_lamalef, p_reverse):
    """Degraded text, byte offsets of inserted spaces, byte offsets of broken lam-alefs."""
    out, splits, lams = [], [], []
    nbytes = 0

    def emit(s):
        nonlocal nbytes
        out.append(s)
        nbytes += len(s.encode("utf-8"))

    lines = text.split("\n")
    for li, line in enumerate(lines):
        if li:
            emit("\n")
        if rng.random() < p_reverse:
            emit(line[::-1])
            continue
        i = 0
        while i < len(line):
            if not is_ar(line[i]):
                emit(line[i])
                i += 1
                continue
            j = i
            while j < len(line) and is_ar(line[j]):
                j += 1
            word = line[i:j]
            # lam-alef first (positions inside the word), then at most one split.
            k = 0
            pieces = []
            while k < len(word):
                if word.startswith("لا", k) and rng.random() < p_lamalef:
                    pieces.append(("L", "ال"))
                    k += 2
                else:
                    pieces.append(("c", word[k]))
                    k += 1
            cut = None
            if len(word) >= 4 and rng.random() < p_split:
                cut = rng.randint(1, len(pieces) - 1)
            for n, (kind, s) in enumerate(pieces):
                if n == cut:
                    splits.append(nbytes)
                    emit(" ")
                if kind == "L":
                    lams.append(nbytes)
                emit(s)
            i = j
    return "".join(out), splits, lams


def run(docs):
    inp = "".join(json.dumps({"text": t, "force": f}, ensure_ascii=False) + "\n" for t, f in docs)
    res = subprocess.run([BIN], input=inp.encode("utf-8"), capture_output=True, check=True)
    return [json.loads(l) for l in res.stdout.decode("utf-8").splitlines()]


def apply(text, repairs):
    b = text.encode("utf-8")
    out, at = [], 0
    for s, e, rep in repairs:
        out.append(b[at:s])
        out.append(rep.encode("utf-8"))
        at = e
    out.append(b[at:])
    return b"".join(out).decode("utf-8")


def boundaries(texts):
    """Per text, the sentence ends (but the last) as non-space chars before them."""
    payload = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                      for i, t in enumerate(texts))
    out = subprocess.run(
        [DRAGOMAN, "segment", "--format", "jsonl", "--input-format", "jsonl", "-"],
        input=payload.encode(), capture_output=True, check=True).stdout.decode()
    ends = [[] for _ in texts]
    for line in out.splitlines():
        r = json.loads(line)
        ends[int(r["doc_id"])].append(r["end"])
    res = []
    for t, e in zip(texts, ends):
        res.append({sum(1 for c in t[:x] if not c.isspace()) for x in e[:-1]})
    return res


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (true {tp}, made {npred}, to find {ngold})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--p-split", type=float, default=0.05)
    ap.add_argument("--p-lamalef", type=float, default=0.5)
    ap.add_argument("--p-reverse", type=float, default=0.1)
    ap.add_argument("--write-degraded", help="also write the degraded articles to this dir")
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(DATA, "*.txt")))
    clean, degraded = [], []
    for f in files:
        text = open(f, encoding="utf-8").read()
        rng = random.Random("pdf:" + os.path.basename(f))
        d = degrade(text, rng, args.p_split, args.p_lamalef, args.p_reverse)
        clean.append(text)
        degraded.append(d)
        if args.write_degraded:
            os.makedirs(args.write_degraded, exist_ok=True)
            with open(os.path.join(args.write_degraded, os.path.basename(f)), "w") as o:
                o.write(d[0])
    out = run([(d[0], False) for d in degraded] + [(t, False) for t in clean]
              + [(t, True) for t in clean])
    n = len(files)
    deg_out, clean_out, forced_out = out[:n], out[n : 2 * n], out[2 * n :]
    s_tp = s_pred = s_gold = l_tp = l_pred = l_gold = 0
    for (text, splits, lams), o in zip(degraded, deg_out):
        js = {r[0] for r in o["repairs"] if r[2] == ""}
        ls = {r[0] for r in o["repairs"] if r[2] == "لا"}
        s_tp += len(js & set(splits))
        s_pred += len(js)
        s_gold += len(splits)
        l_tp += len(ls & set(lams))
        l_pred += len(ls)
        l_gold += len(lams)
    print(f"articles: {n}; p_split {args.p_split}, p_lamalef {args.p_lamalef}, "
          f"p_reverse {args.p_reverse}")
    print("split repairs (degraded, auto detection):   ", prf(s_tp, s_pred, s_gold))
    print("lam-alef repairs (degraded, auto detection):", prf(l_tp, l_pred, l_gold))
    det = sum(o["pdf_like"] for o in deg_out)
    fp = sum(o["pdf_like"] for o in clean_out)
    forced = sum(len(o["repairs"]) for o in forced_out)
    words = sum(len(t.split()) for t in clean)
    print(f"read as PDF-like: degraded {det}/{n}, clean {fp}/{n}")
    print(f"repairs proposed on clean text when forced: {forced} in {words} words "
          f"({1000 * forced / max(1, words):.2f} per 1000 words; every one is wrong)")
    print("reversed (visual-order) lines: not detected (see src/segment/pdf.rs)")
    if os.path.exists(DRAGOMAN):
        deg = [degrade(t, random.Random("pdf:" + os.path.basename(f)), args.p_split,
                       args.p_lamalef, 0.0)[0] for f, t in zip(files, clean)]
        rep = run([(d, False) for d in deg])
        fixed = [apply(d, o["repairs"]) for d, o in zip(deg, rep)]
        gold = boundaries(clean)
        for name, texts in (("before repairs", deg), ("after repairs", fixed)):
            pred = boundaries(texts)
            tp = sum(len(g & p) for g, p in zip(gold, pred))
            print(f"segmentation, {name}: " + prf(tp, sum(map(len, pred)), sum(map(len, gold))))


if __name__ == "__main__":
    main()
