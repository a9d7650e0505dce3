#!/usr/bin/env python3
"""Are two builds' outputs byte-identical? For speed-only changes.

How to run (from the repository root, after `cargo build --release`):

    python3 dev/same_outputs.py REF_BIN NEW_BIN

Compares, byte for byte: `export ../bench-corpus/devnews_once.jsonl` as JSONL and as CSV,
`facts ../bench-corpus/devnews_once.jsonl --format jsonl` and `export samples/ar` (CSV).
Prints `same`/`DIFF` per output; exit status 1 when any differs. The corpus comes from
`benches/build-devnews.sh` (SaudiNewsNet, measuring only). Python 3 stdlib.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "bench-corpus")
if not os.path.isdir(CORPUS):
    CORPUS = "/work/bench-corpus"
ONCE = os.path.join(CORPUS, "devnews_once.jsonl")
SAMPLES = os.path.join(HERE, "..", "samples", "ar")

RUNS = {
    "export devnews_once (jsonl)": ["export", ONCE, "--format", "jsonl", "-q"],
    "export devnews_once (csv)": ["export", ONCE, "-q"],
    "facts devnews_once (jsonl)": ["facts", ONCE, "--format", "jsonl"],
    "export samples/ar (csv)": ["export", SAMPLES, "-q"],
}


def output(binary, args):
    return subprocess.run(
        [binary] + args, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    ).stdout


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ref, new = sys.argv[1:]
    differ = False
    for name, args in RUNS.items():
        a, b = output(ref, args), output(new, args)
        same = a == b
        differ |= not same
        print(f"{'same' if same else 'DIFF'}  {name}  ({len(a):,} / {len(b):,} bytes)")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
