#!/usr/bin/env python3
"""Export instructions on real news, whole runs: what the speed budget is judged on.

How to run (from the repository root, after `cargo build --release`; copy each binary to a
path of its own first, e.g. /tmp/new/dragoman, so that a rebuild does not change it):

    python3 dev/export_instructions.py BIN [BIN ...] [--no-20mb]

For each binary, `valgrind --tool=callgrind` of `BIN export CORPUS -j 1 -o FILE -q` on
`devnews_once.jsonl` (600 articles once, start-up included) and on `devnews_20mb.jsonl` (the
same articles repeated to 20 MB: per-document work dominates), whole runs. Prints each
count and, for the second and later binaries, the change against the first (the reference,
e.g. `/work/ref/dragoman`). Instruction counts, unlike wall or user time, hardly move with
the machine's load; they do not see cache misses (use `dev/export_user_time.py` for time).
The 20 MB run takes about two minutes per binary under callgrind.

Corpora come from `benches/build-devnews.sh` (SaudiNewsNet, measuring only). Python 3 stdlib.
"""

import argparse
import os
import tempfile

# The callgrind run and the corpus directory are export_perf.py's (this directory).
from export_perf import CORPUS, instructions


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binaries", nargs="+")
    ap.add_argument("--no-20mb", action="store_true", help="only devnews_once")
    args = ap.parse_args()
    corpora = ["devnews_once.jsonl"] + ([] if args.no_20mb else ["devnews_20mb.jsonl"])
    with tempfile.TemporaryDirectory() as tmp:
        for name in corpora:
            path = os.path.join(CORPUS, name)
            first = None
            for b in args.binaries:
                n = instructions(b, path, tmp)
                delta = ""
                if first is None:
                    first = n
                else:
                    delta = f"  {100.0 * (n - first) / first:+.2f} % against {args.binaries[0]}"
                print(f"{name}  {b}: {n / 1e6:,.1f} M instructions{delta}", flush=True)


if __name__ == "__main__":
    main()
