#!/usr/bin/env python3
"""Do two binaries romanize names the same? A check for speed work on the transliterator.

How to run (from the repository root, after building both binaries):

    python3 dev/translit/same_names.py OLD_BIN NEW_BIN [--names DIR] [--limit N]

Builds a list of names from the name data (`../shared/data/names/*.tsv`, measuring only: the
list stays in a temporary directory): every Arabic token, alone, with the article, after و,
after عبد and أبو, in pairs and triples with its neighbours, and with harakat, tatweel and
hamza seats on some; then runs `BIN transliterate --format tsv` on it with each binary and
compares the outputs line by line (english, source and score). Prints the number of names
and of differing lines, and the first differences. Exit code 1 when they differ. Python 3
stdlib.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = os.path.join(HERE, "..", "..", "..", "shared", "data", "names")


def tokens(names_dir):
    out = []
    for f in sorted(os.listdir(names_dir)):
        if not f.endswith(".tsv"):
            continue
        with open(os.path.join(names_dir, f), encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                ar = line.split("\t", 1)[0].strip()
                if ar:
                    out.append(ar)
    return out


def names(toks, limit):
    out = []
    for i, t in enumerate(toks[:limit]):
        out.append(t)
        out.append("ال" + t)
        out.append("و" + t)
        nxt = toks[(i * 7919 + 13) % len(toks)]
        third = toks[(i * 104729 + 7) % len(toks)]
        out.append(f"{t} {nxt}")
        out.append(f"{t} بن {nxt} ال{third}")
        if i % 5 == 0:
            out.append(f"عبد ال{t}")
            out.append(f"أبو {t} {nxt}الله")
        if i % 7 == 0:
            # Harakat, tatweel, hamza seats, alef maqsura, presentation-form lam-alef.
            marked = t.replace("ا", "أ", 1).replace("ي", "ى", 1)
            out.append("\u064e".join(marked) + " " + "ـ".join(nxt))
            out.append(t.replace("لا", "\ufefb") + " " + nxt + "ة")
    return out


def run(bin_path, path):
    r = subprocess.run(
        [bin_path, "transliterate", "--format", "tsv", path],
        capture_output=True,
        check=True,
    )
    return r.stdout.decode("utf-8").splitlines()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--names", default=NAMES)
    ap.add_argument("--limit", type=int, default=100_000)
    a = ap.parse_args()
    lst = names(tokens(a.names), a.limit)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "names.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lst) + "\n")
        old, new = run(a.old, path), run(a.new, path)
    diff = [(o, n) for o, n in zip(old, new) if o != n]
    if len(old) != len(new):
        diff.append((f"{len(old)} lines", f"{len(new)} lines"))
    print(f"{len(lst)} names, {len(diff)} differing lines")
    for o, n in diff[:10]:
        print(f"  old: {o}\n  new: {n}")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
