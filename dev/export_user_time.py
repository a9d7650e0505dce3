#!/usr/bin/env python3
"""Export CPU time on real news: user seconds of interleaved runs, min and median.

How to run (from the repository root, after `cargo build --release`; copy each binary to a
directory of its own first, e.g. /tmp/new/dragoman, so that a rebuild does not change it):

    python3 dev/export_user_time.py BIN [BIN ...] [--runs 8] [--jobs 1] [--corpus PATH]

Each run is `BIN export CORPUS -j JOBS -o /dev/null -q` under `/usr/bin/time` (the output
goes to /dev/null: writing a file is kernel time, and the target is user time per core);
the binaries take turns, run after run, so that a change in the machine's load falls on all
of them alike. Prints, per binary, the least and the median user time, the MB/s per core the
least one gives, the median system time and the largest peak RSS. On a shared machine the
least user time is the figure to compare; the median says how noisy the runs were.

Corpus: `../bench-corpus/devnews_20mb.jsonl` from `benches/build-devnews.sh` (SaudiNewsNet
articles repeated to 20 MB; measuring only). Python 3 stdlib.
"""

import argparse
import os
import statistics
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "bench-corpus")
if not os.path.isdir(CORPUS):
    CORPUS = "/work/bench-corpus"


def run(binary, corpus, jobs):
    r = subprocess.run(
        ["/usr/bin/time", "-f", "%U %S %M", binary, "export", corpus, "-j", str(jobs),
         "-o", "/dev/null", "-q"],
        check=True, capture_output=True, text=True)
    user, system, rss = r.stderr.strip().splitlines()[-1].split()
    return float(user), float(system), int(rss) // 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bins", nargs="+")
    ap.add_argument("--runs", type=int, default=8)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--corpus", default=os.path.join(CORPUS, "devnews_20mb.jsonl"))
    a = ap.parse_args()
    size = os.path.getsize(a.corpus)
    times = {b: [] for b in a.bins}
    for _ in range(a.runs):
        for b in a.bins:
            times[b].append(run(b, a.corpus, a.jobs))
    for b, ts in times.items():
        users = [t[0] for t in ts]
        best = min(users)
        print(f"{b} -j {a.jobs}: user min {best:.2f} s ({size / best / 1e6:.0f} MB/s per core), "
              f"median {statistics.median(users):.2f} s; system median "
              f"{statistics.median(t[1] for t in ts):.2f} s; peak {max(t[2] for t in ts)} MB "
              f"({a.runs} runs)")


if __name__ == "__main__":
    main()
