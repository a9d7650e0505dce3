#!/usr/bin/env python3
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.environ.get("DRAGOMAN_NEWS", os.path.join(HERE, "../../../shared/data/dev/news/articles"))
out = sys.argv[1]
files = [l.split("\t")[0] for l in open(os.path.join(HERE, "articles.tsv"), encoding="utf-8").read().splitlines()[1:]]
bad = done = 0
for f in files:
    p = os.path.join(out, f + ".json")
    if not os.path.exists(p): print("missing", p); continue
    text = open(os.path.join(ART, f), encoding="utf-8").read()
    try: o = json.load(open(p, encoding="utf-8"))
    except Exception as e: print(p, "bad JSON", e); bad += 1; continue
    done += 1
    for s in o.get("picks", []):
        if s not in text: print(f"{p}: pick not found: {s[:60]!r}"); bad += 1
    if o.get("headline") and o["headline"] not in text: print(f"{p}: headline not found"); bad += 1
print("articles:", done, "problems:", bad)
