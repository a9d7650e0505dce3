#!/usr/bin/env python3
"""Check an annotator's fact files: JSON lines, known types, text is an exact substring, occ exists."""
import json, os, sys
TYPES = {"date","time","number","ordinal","quantity","money","percent","duration","age","casualties","person","quote"}
HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.environ.get("DRAGOMAN_NEWS", os.path.join(HERE, "../../../shared/data/dev/news/articles"))
out = sys.argv[1]
files = [l.split("\t")[0] for l in open(os.path.join(HERE, "articles.tsv"), encoding="utf-8").read().splitlines()[1:]]
bad = 0; counts = {}
for f in files:
    p = os.path.join(out, f + ".jsonl")
    if not os.path.exists(p):
        print("missing", p); continue
    text = open(os.path.join(ART, f), encoding="utf-8").read()
    for n, line in enumerate(open(p, encoding="utf-8"), 1):
        if not line.strip(): continue
        try:
            o = json.loads(line)
        except Exception as e:
            print(f"{p}:{n}: bad JSON: {e}"); bad += 1; continue
        t = o.get("type")
        if t not in TYPES: print(f"{p}:{n}: unknown type {t!r}"); bad += 1
        s = o.get("text", ""); occ = int(o.get("occ", 1))
        if not s or text.count(s) < occ:
            print(f"{p}:{n}: text not found {occ} times: {s!r}"); bad += 1
        for k in ("value", "english"):
            if k not in o: print(f"{p}:{n}: no {k}"); bad += 1
        counts[t] = counts.get(t, 0) + 1
print("problems:", bad, "counts:", dict(sorted(counts.items())))
