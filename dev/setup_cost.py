#!/usr/bin/env python3
"""Start-up cost of a command: instructions before the first document, by part.

How to run (from the repository root, after `cargo build --release`; needs valgrind):

    python3 dev/setup_cost.py BIN [BIN ...]

For each binary, `valgrind --tool=callgrind` runs `BIN export EMPTY -j 1` on an empty input
(so everything counted is set-up: the glossary, its matcher, the word lexicons, the
normalizers) and `callgrind_annotate --inclusive=yes` gives the parts below. A part that a
binary inlined away prints as "-". Python 3 stdlib.
"""

import os
import re
import subprocess
import sys
import tempfile

# (label, the function as callgrind_annotate names it: source file and path). The largest count
# of a line naming it (with or without the binary after it) is the part's inclusive cost.
PARTS = [
    ("glossary load (CSV)", r"common\.rs:dragoman::cli::common::GlossaryArgs::load"),
    ("Matcher::new", r"matcher\.rs:dragoman::glossary::matcher::Matcher::new"),
    ("  FormTable::new", r"matcher/table\.rs:dragoman::glossary::matcher::table::FormTable::new"),
    ("Exporter::new (word classes)", r"export/mod\.rs:dragoman::export::Exporter::new"),
    ("  class_words", r"lexicon\.rs:dragoman::extract::lexicon::class_words"),
    ("  Lexicon::new", r"tokens/lexicon\.rs:dragoman::tokens::lexicon::Lexicon::new"),
]


def run(binary, tmp):
    empty = os.path.join(tmp, "empty.jsonl")
    open(empty, "w").close()
    out = os.path.join(tmp, "cg.out")
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
         binary, "export", empty, "-j", "1", "-o", os.path.join(tmp, "x.csv"), "-q"],
        check=True, capture_output=True)
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", out],
                          check=True, capture_output=True, text=True).stdout
    total = re.search(r"^([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", text, re.M)
    parts = {}
    for label, pattern in PARTS:
        best = None
        for line in text.splitlines():
            m = re.match(r"\s*([\d,]+) \(", line)
            if m and re.search(pattern + r"( \[[^\]]*\])?$", line):
                n = int(m.group(1).replace(",", ""))
                best = n if best is None else max(best, n)
        parts[label] = best
    return int(total.group(1).replace(",", "")), parts


def main():
    binaries = sys.argv[1:]
    if not binaries:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        results = [run(b, tmp) for b in binaries]
    width = max(len(label) for label, _ in PARTS) + 2
    print("".ljust(width) + "".join(os.path.basename(os.path.dirname(b) or b)[:14].rjust(16)
                                    for b in binaries))
    print("setup total".ljust(width) + "".join(f"{t / 1e6:14.1f} M" for t, _ in results))
    for label, _ in PARTS:
        cells = []
        for _, parts in results:
            n = parts[label]
            cells.append("-".rjust(16) if n is None else f"{n / 1e6:14.1f} M")
        print(label.ljust(width) + "".join(cells))


if __name__ == "__main__":
    main()
