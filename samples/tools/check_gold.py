#!/usr/bin/env python3
"""Consistency checks for the gold data in samples/ (stdlib only).

* parallel/*.gold.tsv: header "arabic<TAB>english"; every row has exactly two
  tab-separated cells, at least one of them non-empty; reading the Arabic
  (English) cells top to bottom, skipping empty cells, and splitting each
  cell back into sentences gives exactly the sentences of NAME.ar.txt
  (NAME.en.txt) as segmented by tools/segment.py, in order.
* summaries/NAME.picks: 3-5 distinct 1-based sentence numbers, each within
  the article samples/ar/NAME.txt; summaries/NAME.txt: 2-5 non-empty lines.

Usage: python3 samples/tools/check_gold.py   (exit status 1 on any problem)
"""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from segment import segment  # noqa: E402


def read(p):
    with open(p, encoding="utf-8") as f:
        return f.read()


def check_parallel(errors):
    for gold in sorted(glob.glob(os.path.join(ROOT, "parallel", "*.gold.tsv"))):
        name = gold[: -len(".gold.tsv")]
        rows = read(gold).split("\n")
        if rows and rows[-1] == "":
            rows.pop()
        if rows[0] != "arabic\tenglish":
            errors.append(f"{gold}: bad header {rows[0]!r}")
        sides = {"ar": [], "en": []}
        for k, row in enumerate(rows[1:], 2):
            cells = row.split("\t")
            if len(cells) != 2:
                errors.append(f"{gold}:{k}: {len(cells)} cells")
                continue
            if not cells[0] and not cells[1]:
                errors.append(f"{gold}:{k}: empty row")
            for side, cell in zip(("ar", "en"), cells):
                if cell != cell.strip() or "  " in cell:
                    errors.append(f"{gold}:{k}: stray whitespace in {side} cell")
                if cell:
                    sides[side].append(cell)
        for side in ("ar", "en"):
            want = segment(read(f"{name}.{side}.txt"))
            got = " ".join(sides[side])
            if got != " ".join(want):
                errors.append(f"{gold}: {side} cells do not reproduce {name}.{side}.txt")
            # every cell must be a whole number of sentences
            i = 0
            for cell in sides[side]:
                acc = []
                while i < len(want) and " ".join(acc) != cell and len(" ".join(acc)) < len(cell):
                    acc.append(want[i])
                    i += 1
                if " ".join(acc) != cell:
                    errors.append(f"{gold}: {side} cell does not match sentence boundaries: {cell[:60]!r}")
                    break
        print(f"{os.path.basename(gold)}: {len(rows) - 1} beads, "
              f"{len(segment(read(name + '.ar.txt')))} ar / "
              f"{len(segment(read(name + '.en.txt')))} en sentences")


def check_summaries(errors):
    for picks in sorted(glob.glob(os.path.join(ROOT, "summaries", "*.picks"))):
        base = os.path.basename(picks)[: -len(".picks")]
        art = os.path.join(ROOT, "ar", base + ".txt")
        summ = os.path.join(ROOT, "summaries", base + ".txt")
        if not os.path.exists(art):
            errors.append(f"{picks}: no article {art}")
            continue
        n = len(segment(read(art)))
        nums = [int(x) for x in read(picks).split()]
        if not 3 <= len(nums) <= 5 or len(set(nums)) != len(nums):
            errors.append(f"{picks}: need 3-5 distinct numbers, got {nums}")
        if any(not 1 <= x <= n for x in nums):
            errors.append(f"{picks}: number out of range 1..{n}: {nums}")
        if not os.path.exists(summ):
            errors.append(f"{picks}: no summary {summ}")
            continue
        lines = [l for l in read(summ).split("\n") if l.strip()]
        if not 2 <= len(lines) <= 5:
            errors.append(f"{summ}: {len(lines)} lines")
        print(f"{base}: article {n} sentences, summary {len(lines)} lines, picks {nums}")


def main():
    errors = []
    check_parallel(errors)
    check_summaries(errors)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
