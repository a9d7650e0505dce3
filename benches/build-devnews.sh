#!/usr/bin/env bash
# Build a real-news benchmark corpus from the dev data, beside the repository, in ../bench-corpus:
#   devnews_20mb.jsonl   the 600 SaudiNewsNet articles of ../shared/data/dev/news/articles
#                        repeated to 20 MB as {"id", "text"} JSON Lines (ids ARTICLE-N)
#   devnews_once.jsonl   each article once, with "date": "2015-07-25" (the crawl was
#                        July-August 2015), for `dragoman export` runs whose output is compared
# For measuring only: the articles are CC BY-NC-SA 4.0 (see the data's SOURCE.md) and are never
# copied into this repository. Needs python3; nothing is downloaded.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
src="$here/../shared/data/dev/news/articles"
out="$here/../bench-corpus"
mkdir -p "$out"
python3 - "$src" "$out" <<'PY'
import glob, json, os, sys
src, out = sys.argv[1], sys.argv[2]
files = sorted(glob.glob(os.path.join(src, "*.txt")))
if not files:
    sys.exit(f"no articles in {src}")
docs = [(os.path.basename(f)[:-4], open(f, encoding="utf-8").read()) for f in files]
with open(os.path.join(out, "devnews_once.jsonl"), "w", encoding="utf-8") as f:
    for name, text in docs:
        f.write(json.dumps({"id": name, "text": text, "date": "2015-07-25"}, ensure_ascii=False) + "\n")
size = n = 0
with open(os.path.join(out, "devnews_20mb.jsonl"), "w", encoding="utf-8") as f:
    while size < 20_000_000:
        name, text = docs[n % len(docs)]
        n += 1
        line = json.dumps({"id": f"{name}-{n}", "text": text}, ensure_ascii=False)
        f.write(line + "\n")
        size += len(line.encode()) + 1
print(f"devnews_once.jsonl: {len(docs)} articles; devnews_20mb.jsonl: {n} documents, {size} bytes")
PY
