#!/usr/bin/env python3
"""Draw the fourteenth session's sample of `dragoman check` findings for hand judging
(dev/gold/check-judged/s14-judged.tsv; see the README there).

The clean run of dev/check_eval.py (all three parallel sets, 114 documents, untouched human
translations) at info severity; findings that no judged file holds yet, drawn with
random.Random(14) per kind in this order: every default-severity finding (error, warning),
every multiword vocabulary term-missing, 55 vocabulary nouns, 30 vocabulary verbs, 25
term-count findings among those with at most 4 occurrences in the Arabic.

Writes a judging sheet (JSONL, one finding a line with the Arabic around the term and the
gold English line, or for term-count every line with the term): the sheet holds
measuring-only text, so it goes to /tmp and is never committed.

Usage:
  cargo build --profile quick
  python3 dev/check_s14_sample.py --bin target/quick/dragoman --out /tmp/s14-sheet.jsonl
"""
import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_eval as ce  # noqa: E402

QUOTAS = [("default", None), ("term-missing, vocabulary multiword", None),
          ("term-missing, vocabulary noun", 55), ("term-missing, vocabulary verb", 30), ("term-count", 25)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/quick/dragoman")
    ap.add_argument("--out", default="/tmp/s14-sheet.jsonl")
    a = ap.parse_args()
    docs = list(ce.docs(ce.SETS + ce.LONG))
    lines = [json.dumps({"id": i, "text": "\n".join(ar), "english": "\n".join(en)}, ensure_ascii=False) for i, ar, en, _ in docs]
    clean = ce.run(a.bin, ["check", "--input-format", "jsonl", "--format", "jsonl", "--min-severity", "info", "-q", "-"], "\n".join(lines) + "\n")
    judged = {}
    for p in (ce.JUDGED, ce.INFO_JUDGED, ce.POLICY_JUDGED, ce.S12_JUDGED, ce.S13_JUDGED):
        judged.update(ce.load_judged(p))
    rows = ce.glossary_rows()
    by = {}
    for f in clean:
        if ce.finding_id(f) in judged or f["check"] == "forbidden-term":
            continue
        kind = "default" if f["severity"] != "info" else ce.finding_kind(f, rows)
        if kind == "term-count":
            n = int(re.search(r"occurs (\d+) times", f["message"]).group(1))
            if n > 4:
                continue
        by.setdefault(kind, []).append(f)
    text = {i: (ar, en) for i, ar, en, _ in docs}
    rng = random.Random(14)
    out = []
    for kind, quota in QUOTAS:
        pool = by.get(kind, [])
        pick = pool if quota is None or len(pool) <= quota else rng.sample(pool, quota)
        print(f"{kind}: {len(pick)} of {len(pool)} unjudged")
        for f in pick:
            ar, en = text[f["doc_id"]]
            spans = ce.line_spans(ar)
            k = next((n for n, (s, e) in enumerate(spans) if s <= f["start"] <= e), 0)
            s0 = spans[k][0]
            line = ar[k]
            a0, a1 = f["start"] - s0, f["end"] - s0
            window = line[max(0, a0 - 70):a0] + "[[" + line[a0:a1] + "]]" + line[a1:a1 + 70]
            item = {"id": ce.finding_id(f), "kind": kind if kind != "default" else ce.finding_kind(f, rows), "check": f["check"], "severity": f["severity"],
                    "arabic": f["arabic"][:40], "entry": f["entry"], "window": window, "gold_en": en[k] if k < len(en) else "", "pair_en": f["english"]}
            if f["check"] == "term-count":
                word = f["arabic"]
                item["occurrences"] = [(n, l, en[n]) for n, l in enumerate(ar) if word in l or word.lstrip("ال") in l][:6]
                item["message"] = f["message"]
            out.append(item)
    with open(a.out, "w", encoding="utf-8") as o:
        for item in out:
            o.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(out)} findings written to {a.out}")


if __name__ == "__main__":
    main()
