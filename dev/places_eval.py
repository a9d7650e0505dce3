#!/usr/bin/env python3
"""Place, organization and group facts of `dragoman export` against AQMAR, and what a rule
change adds on real news.

1. AQMAR (../shared/data/dev/ner/aqmar_all.norm.conll, Wikipedia, CC BY-SA; measuring only),
   read as dev/persons_eval.py reads it (each article one document, one sentence a line): a
   token is predicted LOC when a `place` fact overlaps it, ORG when an `org` or `group` fact
   does. Token P/R/F1 and exact-mention P/R/F1 per type, per the paper's split (`dev`: looked
   at; `test`: held out). AQMAR is Wikipedia (history, sport, science), not news: a place of
   the glossary in an adjective (سوري) is no LOC there.
2. The 600 dev news articles (../shared/data/dev/news/articles): place/org/group facts by rule,
   and with --against OTHER_BIN the facts one binary has and the other has not, --sample N of
   them printed at random (seeded) with their context, to judge by hand.

Usage (from the repo root, Python 3 standard library only):
  python3 dev/places_eval.py --bin target/release/dragoman
  python3 dev/places_eval.py --bin target/release/dragoman --against /work/ref/dragoman --sample 60
"""
import argparse
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import persons_eval as pe  # noqa: E402

TYPES = {"LOC": ("place",), "ORG": ("org", "group")}


def aqmar_counts(binary, types=TYPES):
    """Per (split, label) of `types` (AQMAR label -> fact types): token tp, fp, fn and exact
    mention tp, predicted, gold; a token is predicted when a fact of the label's types
    overlaps it."""
    docs, layout, split = pe.aqmar_documents()
    facts = pe.export(binary, docs)
    res = collections.defaultdict(lambda: [0] * 6)
    for name, (_, spans, tags) in layout.items():
        part = split.get(name, "test")
        for label, kinds in types.items():
            r = res[(part, label)]
            pred_tok = [False] * len(spans)
            pred = set()
            for f in facts.get(name, []):
                if f["type"] not in kinds:
                    continue
                idx = [k for k, sp in enumerate(spans) if sp and sp[0] < f["end"] and f["start"] < sp[1]]
                for k in idx:
                    pred_tok[k] = True
                if idx:
                    pred.add((idx[0], idx[-1] + 1))
            gold = pe.gold_mentions(tags, label)
            for k in range(len(spans)):
                g = tags[k].endswith("-" + label)
                r[0] += g and pred_tok[k]
                r[1] += pred_tok[k] and not g
                r[2] += g and not pred_tok[k]
            r[3] += len(pred & gold)
            r[4] += len(pred)
            r[5] += len(gold)
    return res


def aqmar(binary):
    for (part, label), r in sorted(aqmar_counts(binary).items()):
        p, rc, f, npred, ngold = pe.prf(r[0], r[0] + r[1], r[0] + r[2])
        mp, mr, mf, _, _ = pe.prf(r[3], r[4], r[5])
        print(f"AQMAR {part:4} {label}: tokens P {p:.3f} R {rc:.3f} F1 {f:.3f}   "
              f"mentions P {mp:.3f} R {mr:.3f} F1 {mf:.3f} (pred {r[4]}, gold {r[5]})")


def news_facts(binary):
    arts = sorted(os.listdir(pe.NEWS))
    docs = []
    for a in arts:
        with open(os.path.join(pe.NEWS, a), encoding="utf-8") as f:
            docs.append((a, f.read(), "2015-07-25"))
    return dict((d[0], d[1]) for d in docs), pe.export(binary, docs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(pe.ROOT, "target", "release", "dragoman"))
    ap.add_argument("--against")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    aqmar(args.bin)
    texts, facts = news_facts(args.bin)
    by_rule = collections.Counter(
        (f["type"], f.get("rule", "")) for fs in facts.values() for f in fs if f["type"] in ("place", "org", "group"))
    print("news (600):", ", ".join(f"{t} {r} {n}" for (t, r), n in sorted(by_rule.items())))
    if not args.against:
        return
    _, other = news_facts(args.against)
    key = lambda d, f: (d, f["type"], f["start"], f["end"])
    mine = {key(d, f): f for d, fs in facts.items() for f in fs if f["type"] in ("place", "org", "group")}
    theirs = {key(d, f): f for d, fs in other.items() for f in fs if f["type"] in ("place", "org", "group")}
    added = sorted(set(mine) - set(theirs))
    removed = sorted(set(theirs) - set(mine))
    print(f"added {len(added)}, removed {len(removed)} (against {args.against})")
    rng = random.Random(args.seed)
    for label, keys, src in (("+", added, mine), ("-", removed, theirs)):
        for k in rng.sample(keys, min(args.sample, len(keys))):
            f = src[k]
            t = texts[k[0]]
            ctx = t[max(0, f["start"] - 40):f["start"]] + "[" + t[f["start"]:f["end"]] + "]" + t[f["end"]:f["end"] + 30]
            print(f"{label} {k[0]}\t{f['type']}\t{f.get('rule', '')}\t{f['english']}\t{ctx.replace(chr(10), ' ')}")


if __name__ == "__main__":
    main()
