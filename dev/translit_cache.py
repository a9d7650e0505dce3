#!/usr/bin/env python3
"""How often the persons' transliteration cache answers, on real news, and what a miss costs.

How to run (from the repository root, after `cargo build --release`; copy the binary to a
path of its own first, e.g. /tmp/new/dragoman):

    python3 dev/translit_cache.py BIN [--no-20mb]

`valgrind --tool=callgrind` of `BIN export CORPUS -j 1 -o FILE -q` on `devnews_once.jsonl`
(600 articles, each once: the honest figure, names repeat only within and across different
articles) and on `devnews_20mb.jsonl` (the same articles repeated to 20 MB: after the first
pass every name is in the cache, so its hit rate flatters). From the call counts of the
profile (`callgrind_annotate --tree=calling`): calls of `persons::transliterate` (every
person without glossary English), of `Transliterator::name` (the misses: the cache is keyed
by the name as written) and of `Model::score` (the spelling model, whose own per-token cache
sits below), with the instructions inside each (inclusive). The 20 MB run takes about two
minutes under callgrind.

Corpora come from `benches/build-devnews.sh` (SaudiNewsNet, measuring only). Python 3 stdlib.
"""

import argparse
import os
import re
import subprocess
import tempfile

from export_perf import BIG, ONCE

CALLEE = re.compile(r"^\s*([\d,]+) \([ \d.]+%\)\s+>\s+[^:\s]+:(\S+) \(([\d,]+)x\)")
WATCH = {
    "dragoman::extract::persons::transliterate": "transliterate (all calls)",
    "dragoman::translit::Transliterator::name": "Transliterator::name (misses)",
    "dragoman::translit::model::Model::score": "Model::score",
}


def calls(binary, path, tmp):
    """{function: (calls, inclusive instructions)} for the watched functions, and the
    whole run's instructions."""
    out = os.path.join(tmp, "cg.out")
    subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
         binary, "export", path, "-j", "1", "-o", os.path.join(tmp, "x.csv"), "-q"],
        check=True, capture_output=True)
    total = 0
    with open(out) as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                total = int(line.split()[1])
    tree = subprocess.run(
        ["callgrind_annotate", "--tree=calling", "--inclusive=yes", "--auto=no",
         "--threshold=100", out],
        check=True, capture_output=True, text=True).stdout
    seen = {}
    for line in tree.splitlines():
        m = CALLEE.match(line)
        if m and m.group(2) in WATCH:
            cost, name, n = m.groups()
            c, i = seen.get(name, (0, 0))
            seen[name] = (c + int(n.replace(",", "")), i + int(cost.replace(",", "")))
    return seen, total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--no-20mb", action="store_true")
    a = ap.parse_args()
    corpora = [ONCE] + ([] if a.no_20mb else [BIG])
    with tempfile.TemporaryDirectory() as tmp:
        for path in corpora:
            seen, total = calls(a.binary, path, tmp)
            print(f"{os.path.basename(path)}: {total / 1e6:.1f} M instructions")
            for name, label in WATCH.items():
                n, cost = seen.get(name, (0, 0))
                each = cost / n if n else 0
                print(f"  {label:32} {n:8,} calls {cost / 1e6:8.1f} M ({each:,.0f} each)")
            every = seen.get("dragoman::extract::persons::transliterate", (0, 0))[0]
            miss = seen.get("dragoman::translit::Transliterator::name", (0, 0))[0]
            if every:
                print(f"  name cache hit rate {1 - miss / every:.1%} ({every - miss:,} of {every:,})")


if __name__ == "__main__":
    main()
