#!/usr/bin/env python3
"""Per-document cost of fact extraction, in instructions (callgrind), on real news.

How to run (from the repository root, after `cargo build --release`; needs valgrind):

    python3 dev/facts_perf.py BIN [BIN ...] [--corpus PATH]

For each binary: `valgrind --tool=callgrind BIN export CORPUS -j 1` (default corpus
`../bench-corpus/devnews_once.jsonl`: 600 real news articles, each once, measuring only), then
`callgrind_annotate --inclusive=yes`, and prints
* the program total;
* `Extractor::extract_tokens` inclusive (every fact rule, per sentence), and that minus
  `entities::extract` and `quotes::extract` (people, places and quotes): the rest is the
  rule families dates, numbers, quantities, casualties, hedge and the per-sentence loop;
* the inclusive cost of each rule family's entry point, for orientation.

Inclusive costs of functions the compiler inlines move between entries from one build to the
next (16 codegen units): compare the total and the `extract_tokens` figures, which are
stable, and read the families as a guide. Python 3 stdlib.
"""

import argparse
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "bench-corpus")
if not os.path.isdir(CORPUS):
    CORPUS = "/work/bench-corpus"
ONCE = os.path.join(CORPUS, "devnews_once.jsonl")

# (label, function path inside the crate)
ENTRIES = [
    ("extract_tokens", "extract::Extractor::extract_tokens"),
    ("entities", "extract::entities::extract"),
    ("quotes", "extract::quotes::extract"),
    ("dates", "extract::dates::extract"),
    ("numbers", "extract::numbers::extract"),
    ("quantities", "extract::quantities::extract"),
    ("qualifier_before", "extract::quantities::qualifier_before"),
    ("casualties", "extract::casualties::extract"),
    ("hedge", "extract::hedge::mark"),
    ("term_ranges", "extract::sent::term_ranges"),
    ("Sent::new", "extract::sent::Sent::new"),
]


def profile(binary, corpus, tmp):
    out = os.path.join(tmp, "cg.out")
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
         binary, "export", corpus, "-j", "1", "-o", os.path.join(tmp, "x.csv"), "-q"],
        check=True, capture_output=True)
    text = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
        check=True, capture_output=True, text=True).stdout
    total, costs = None, {}
    line_re = re.compile(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$")
    for line in text.splitlines():
        m = line_re.match(line)
        if not m:
            continue
        value, what = int(m.group(1).replace(",", "")), m.group(2)
        if "PROGRAM TOTALS" in what:
            total = value
            continue
        for label, path in ENTRIES:
            # An entry reads `file:dragoman::path [binary]` or `file:dragoman::path` (the
            # part inlined elsewhere): the larger is the function's inclusive cost.
            if re.search(r":dragoman::" + re.escape(path) + r"( \[|$)", what):
                costs[label] = max(costs.get(label, 0), value)
    return total, costs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binaries", nargs="+")
    ap.add_argument("--corpus", default=ONCE)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for binary in args.binaries:
            total, c = profile(binary, args.corpus, tmp)
            mine = c.get("extract_tokens", 0) - c.get("entities", 0) - c.get("quotes", 0)
            print(f"{binary}")
            print(f"  total                                  {total / 1e6:9.2f} M")
            print(f"  extract_tokens                         {c.get('extract_tokens', 0) / 1e6:9.2f} M")
            print(f"  extract_tokens - entities - quotes     {mine / 1e6:9.2f} M")
            for label, _ in ENTRIES[1:]:
                note = "" if label in c else "  (inlined in this build: no entry)"
                print(f"    {label:<36} {c.get(label, 0) / 1e6:9.2f} M{note}")


if __name__ == "__main__":
    main()
