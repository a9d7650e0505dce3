#!/usr/bin/env python3
"""Export speed on real news: instructions per byte and best-of-N wall clock.

How to run (from the repository root, after `cargo build --release`):

    python3 dev/export_perf.py BIN [BIN ...] [--runs 6] [--no-callgrind] [--no-wall]

For each binary:
* instructions per byte: `valgrind --tool=callgrind` on
  `export ../bench-corpus/devnews_once.jsonl -j 1` minus the same on an empty file (setup
  excluded: glossary, lexicons, aligner), divided by the corpus bytes;
* wall clock: `export ../bench-corpus/devnews_20mb.jsonl -j 1` and `-j 2` to a file, runs of
  all binaries interleaved, best of N, with the peak RSS (`/usr/bin/time -f`) of the best run.

Corpora come from `benches/build-devnews.sh` (SaudiNewsNet, measuring only). Python 3 stdlib.
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
BIG = os.path.join(CORPUS, "devnews_20mb.jsonl")


def instructions(binary, path, tmp):
    out = os.path.join(tmp, "cg.out")
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
         binary, "export", path, "-j", "1", "-o", os.path.join(tmp, "x.csv"), "-q"],
        check=True, capture_output=True)
    with open(out) as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError("no totals in " + out)


def timed(binary, jobs, tmp):
    r = subprocess.run(
        ["/usr/bin/time", "-f", "%e %U %M", binary, "export", BIG, "-j", str(jobs),
         "-o", os.path.join(tmp, "t.csv"), "-q"],
        check=True, capture_output=True, text=True)
    wall, user, rss = r.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user), int(rss) // 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bins", nargs="+")
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--no-wall", action="store_true")
    a = ap.parse_args()
    size = os.path.getsize(ONCE)
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.jsonl")
        open(empty, "w").close()
        if not a.no_callgrind:
            for b in a.bins:
                full = instructions(b, ONCE, tmp)
                setup = instructions(b, empty, tmp)
                print(f"{b}: {(full - setup) / size:.2f} instructions/byte "
                      f"({full - setup:,} over {size:,} bytes; setup {setup:,})")
        if not a.no_wall:
            big = os.path.getsize(BIG)
            for jobs in (1, 2):
                best = {b: None for b in a.bins}
                for _ in range(a.runs):
                    for b in a.bins:
                        t = timed(b, jobs, tmp)
                        if best[b] is None or t[0] < best[b][0]:
                            best[b] = t
                for b, (wall, user, rss) in best.items():
                    print(f"{b} -j {jobs}: best of {a.runs} {wall:.2f} s wall "
                          f"({big / wall / 1e6:.0f} MB/s), {user:.2f} s user, peak {rss} MB")


if __name__ == "__main__":
    main()
