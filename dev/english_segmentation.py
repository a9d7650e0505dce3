#!/usr/bin/env python3
"""Boundary precision/recall/F1 of dragoman's English segmenter on the gold English sides.

Data: ../shared/data/dev/parallel/<folder>/*.en.txt (one gold sentence per line; FLORES-200
devtest wikinews CC BY-SA 4.0, TICO-19 CC0; see SOURCE.md there). Measuring only: nothing of
it is copied into the repository.

Each document's lines are stripped and joined with one space into running text; the text is
segmented by `segment_english` (through the example binary, which prints one TSV row per
sentence) and the sentence ends inside the document are compared with the gold line ends.
The document end is not counted. `recall (punct.)` counts only gold boundaries whose line
ends in . ! ? … (optionally followed by a closing quote or bracket): a headline line without
a full stop cannot be told from the next sentence once the lines are joined.

Usage (Python 3 standard library only):
    cargo build --release --example segment_english
    python3 dev/english_segmentation.py [--bin target/release/examples/segment_english]
        [--data ../shared/data/dev/parallel] [--show N]

--show N prints up to N missed and N false boundaries per folder, with context.
"""

import argparse
import glob
import os
import subprocess
import sys

FOLDERS = ["flores200_devtest_wikinews", "tico19_wikinews", "tico19_longdocs_nonnews"]
HERE = os.path.dirname(os.path.abspath(__file__))
TERMINATORS = ".!?…"
CLOSERS = "\"'”’)]"


def load(folder):
    """[(doc name, running text, gold boundary offsets, punctuated boundary offsets)]"""
    docs = []
    for path in sorted(glob.glob(os.path.join(folder, "*.en.txt"))):
        with open(path, encoding="utf-8") as f:
            lines = [l.strip() for l in f.read().splitlines()]
        lines = [l for l in lines if l]
        text, gold, punct = "", set(), set()
        for i, line in enumerate(lines):
            if i:
                gold.add(len(text))
                if prev.rstrip(CLOSERS)[-1:] in TERMINATORS:
                    punct.add(len(text))
                text += " "
            text += line
            prev = line
        docs.append((os.path.basename(path)[: -len(".en.txt")], text, gold, punct))
    return docs


def segment(binary, texts):
    inp = "".join(t.replace("\n", " ") + "\n" for t in texts)
    out = subprocess.run([binary], input=inp, capture_output=True, text=True, check=True).stdout
    ends = [[] for _ in texts]
    for row in out.splitlines():
        doc, _start, end, _text = row.split("\t", 3)
        ends[int(doc) - 1].append(int(end))
    # Internal boundaries only: drop the end of each document's last sentence.
    return [set(e) - {len(t)} for e, t in zip(ends, texts)]


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def context(text, at, width=50):
    return (text[max(0, at - width) : at] + " ‖ " + text[at : at + width].lstrip()).replace("\t", " ")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release", "examples", "segment_english"))
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data", "dev", "parallel"))
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin}: not found; build it with `cargo build --release --example segment_english`")

    print(f"{'folder':28} {'docs':>5} {'gold':>6} {'pred':>6} {'P':>7} {'R':>7} {'F1':>7} {'R punct.':>9}")
    total = [0, 0, 0, 0, 0, 0]
    for name in FOLDERS:
        docs = load(os.path.join(args.data, name))
        preds = segment(args.bin, [d[1] for d in docs])
        tp = n_pred = n_gold = tp_p = n_punct = 0
        missed, false = [], []
        for (doc, text, gold, punct), pred in zip(docs, preds):
            tp += len(gold & pred)
            n_pred += len(pred)
            n_gold += len(gold)
            tp_p += len(punct & pred)
            n_punct += len(punct)
            missed += [(doc, context(text, b)) for b in sorted(punct - pred)]
            false += [(doc, context(text, b)) for b in sorted(pred - gold)]
        p, r, f = prf(tp, n_pred, n_gold)
        rp = tp_p / n_punct if n_punct else 1.0
        print(f"{name:28} {len(docs):5} {n_gold:6} {n_pred:6} {p:7.4f} {r:7.4f} {f:7.4f} {rp:9.4f}")
        for i, v in enumerate((len(docs), n_gold, n_pred, tp, tp_p, n_punct)):
            total[i] += v
        for label, rows in (("missed (punctuated)", missed), ("false", false)):
            for doc, ctx in rows[: args.show]:
                print(f"  {label:20} {doc}: {ctx}")
    docs, n_gold, n_pred, tp, tp_p, n_punct = total
    p, r, f = prf(tp, n_pred, n_gold)
    print(f"{'all':28} {docs:5} {n_gold:6} {n_pred:6} {p:7.4f} {r:7.4f} {f:7.4f} {tp_p / n_punct:9.4f}")


if __name__ == "__main__":
    main()
