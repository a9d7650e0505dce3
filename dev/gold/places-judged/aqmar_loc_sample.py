#!/usr/bin/env python3
"""AQMAR test-set LOC mentions whose English a binary spells with the transliterator (issue 17,
session 25, round 2): a seeded sample for judging the English of places by hand.

    python3 dev/gold/places-judged/aqmar_loc_sample.py --ref REF --bin BIN --seed 2511 --n 40

Gold LOC mentions (B-LOC/I-LOC runs) of the AQMAR `test` split (../shared/data/dev/ner,
Wikipedia, CC BY-SA 4.0; measuring only) that a `place` fact of REF overlaps with
`english_source` lexicon or model are the pool; N of them are drawn (seeded). Each row gives
the mention, REF's fact (Arabic, English, source) and BIN's fact over the same span (or `-`).
`--pool noglossary` adds the mentions no place fact of REF overlaps (REF's columns `-`): what a
glossary row could add.
Rows (TSV): article, start, end, mention, ref_arabic, ref_english, ref_source, bin_english,
bin_source, verdict_ref, verdict_bin, note (the last three left empty for the judge).
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import persons_eval as pe  # noqa: E402


def mentions(layout, split):
    for name, (text, spans, tags) in layout.items():
        if split.get(name) != "test":
            continue
        cur = None
        for sp, tag in zip(spans + [None], tags + ["O"]):
            if cur and (sp is None or tag != "I-LOC"):
                yield name, cur[0], cur[1], text[cur[0]:cur[1]]
                cur = None
            if sp is not None and tag == "B-LOC":
                cur = [sp[0], sp[1]]
            elif sp is not None and tag == "I-LOC" and cur:
                cur[1] = sp[1]


def overlap(facts, s, e):
    for f in facts:
        if f["type"] == "place" and f["start"] < e and s < f["end"]:
            return f
    return None


def src(f):
    return ((f or {}).get("detail") or {}).get("english_source") or "-"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ref", required=True)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--seed", type=int, default=2511)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--pool", choices=("model", "noglossary"), default="model",
                    help="model: REF's English is transliterated; noglossary: that, or no place "
                         "fact of REF over the mention (what a glossary row could change)")
    a = ap.parse_args()
    docs, layout, split = pe.aqmar_documents()
    rf = pe.export(a.ref, docs)
    bf = pe.export(a.bin, docs)
    pool = []
    for name, s, e, m in mentions(layout, split):
        f = overlap(rf.get(name, []), s, e)
        if f and src(f) in ("lexicon", "model"):
            pool.append((name, s, e, m, f))
        elif f is None and a.pool == "noglossary":
            pool.append((name, s, e, m, {"start": s, "end": e}))
    random.Random(a.seed).shuffle(pool)
    print(f"# pool {len(pool)} test LOC mentions ({a.pool}) on --ref; "
          f"seed {a.seed}, n {min(a.n, len(pool))}", file=sys.stderr)
    print("\t".join("article start end mention ref_arabic ref_english ref_source bin_english "
                    "bin_source verdict_ref verdict_bin note".split()))
    for name, s, e, m, f in sorted(pool[:a.n], key=lambda r: (r[0], r[1])):
        g = overlap(bf.get(name, []), f["start"], f["end"])
        print("\t".join(map(str, [name, s, e, m, f.get("arabic", "-"),
                                  f.get("english", "-"), src(f), (g or {}).get("english", "-"),
                                  src(g), "", "", ""])))


if __name__ == "__main__":
    main()
