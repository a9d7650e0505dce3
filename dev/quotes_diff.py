#!/usr/bin/env python3
"""Quote facts whose speaker (or span) differs between two builds, with the text before each,
for reading a speaker change on many articles at once.

Input: a JSON Lines corpus ({"id", "text"} per line), by default the 600 dev articles of
/work/bench-corpus/devnews_once.jsonl (SaudiNewsNet, measuring only).

Usage (from the repo root):
  python3 dev/quotes_diff.py /work/ref/dragoman target/quick/dragoman [CORPUS.jsonl]
  python3 dev/quotes_diff.py --english /work/ref/dragoman target/quick/dragoman [CORPUS.jsonl]
Prints `doc start end | before => after | context`, and the number of changed quotes.
With --english the English speaker (the `value` column) is compared instead of the Arabic
one, and each build's quotes with Arabic letters left in their English speaker are counted.
"""
import json
import re
import subprocess
import sys

ARABIC = re.compile("[\u0600-\u06ff]")
ENGLISH = "--english" in sys.argv


def quotes(binary, path):
    out = subprocess.run([binary, "export", "--input-format", "jsonl", "--format", "jsonl",
                          "-q", "-j", "2", path], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        row = json.loads(line)
        for f in row["facts"]:
            if f["type"] == "quote":
                who = (f.get("detail") or {}).get("speaker_arabic", "") or "-"
                if ENGLISH:
                    who = f.get("value", "") or "-"
                found[(row["doc_id"], f["start"], f["end"])] = who
    return found


def main():
    sys.argv = [a for a in sys.argv if a != "--english"]
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    a, b = sys.argv[1], sys.argv[2]
    path = sys.argv[3] if len(sys.argv) > 3 else "/work/bench-corpus/devnews_once.jsonl"
    texts = {}
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        texts[row["id"]] = row["text"]
    qa, qb = quotes(a, path), quotes(b, path)
    changed = 0
    for k in sorted(set(qa) | set(qb)):
        if qa.get(k) != qb.get(k):
            changed += 1
            t = texts[k[0]]
            ctx = t[max(0, k[1] - 150):min(k[2], k[1] + 60)].replace("\n", " / ")
            print(k[0], k[1], k[2], "|", qa.get(k, "(none)"), "=>", qb.get(k, "(none)"), "|", ctx)
    print(f"changed {changed} of {len(qa)} quotes before, {len(qb)} after")
    if ENGLISH:
        left = lambda q: sum(1 for v in q.values() if ARABIC.search(v))
        print(f"Arabic left in the English speaker: {left(qa)} before, {left(qb)} after")
    return 0


if __name__ == "__main__":
    sys.exit(main())
