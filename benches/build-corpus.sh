#!/usr/bin/env bash
# Build the benchmark corpus beside the repository, in ../bench-corpus:
#   corpus_10mb.txt, corpus_100mb.txt  real Arabic from Debian packages + our news samples
#                                      (../shared/bench/build_corpus.py; provenance in its README)
#   corpus_200mb.jsonl                 the same text as 200 MB of JSONL documents (about 3 KB
#                                      each, ids doc-N) for the export benchmark
#   news_20mb.jsonl                    the news articles of samples/ar as 20 MB of JSONL (the
#                                      articles repeated): term- and fact-dense news text
# Needs python3 and apt-get download (Debian registry); about 100 MB of .deb is cached in
# ../bench-cache. Nothing is downloaded at build or run time of dragoman itself.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/../bench-corpus"
cache="$here/../bench-cache"
python3 "$here/../shared/bench/build_corpus.py" "$out" "$cache" --samples "$here/samples/ar/*.txt" >/dev/null
python3 - "$out" <<'PY'
import json, sys, os
out = sys.argv[1]
lines = open(os.path.join(out, "corpus_unique.txt"), encoding="utf-8").read().split("\n")
docs, cur, size, n = [], [], 0, 0
target = 200_000_000
with open(os.path.join(out, "corpus_200mb.jsonl"), "w", encoding="utf-8") as f:
    i = 0
    while size < target:
        cur.append(lines[i % len(lines)])
        i += 1
        if sum(len(l) for l in cur) > 1500:
            n += 1
            rec = json.dumps({"id": f"doc-{n}", "text": "\n".join(cur)}, ensure_ascii=False)
            f.write(rec + "\n")
            size += len(rec.encode()) + 1
            cur = []
print(f"corpus_200mb.jsonl: {n} documents, {size} bytes")
PY
python3 - "$here/samples/ar" "$out" <<'PY'
import glob, json, os, sys
src, out = sys.argv[1], sys.argv[2]
docs = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(src, "*.txt")))]
size = n = 0
with open(os.path.join(out, "news_20mb.jsonl"), "w", encoding="utf-8") as f:
    while size < 20_000_000:
        for d in docs:
            n += 1
            line = json.dumps({"id": f"news-{n}", "text": d}, ensure_ascii=False)
            f.write(line + "\n")
            size += len(line.encode()) + 1
print(f"news_20mb.jsonl: {n} documents, {size} bytes")
PY
