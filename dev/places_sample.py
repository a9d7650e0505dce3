#!/usr/bin/env python3
"""Place facts of a binary on the 600 dev news articles, for judging by hand (issue 17, session 25).

    python3 dev/places_sample.py draw --bin BIN --seed 2501 --model 60 [--exclude FILE ...]
    python3 dev/places_sample.py draw --bin BIN --seed 2502 --all 40 [--exclude FILE ...]
    python3 dev/places_sample.py rescore JUDGED --bin BIN      # the judged rows on another binary
    python3 dev/places_sample.py census --bin BIN --against REF [--sample 60 --seed 2505]

`draw --model N` samples N place facts whose English is spelled by the transliterator
(`english_source` lexicon or model: the rule `place.named` when no glossary place matches);
`draw --all N` samples N of all place facts (glossary places, facilities and named places).
Facts of the articles of `--exclude` files (earlier draws) are left out. Rows (TSV): article,
start, end (code points), Arabic, English, english_source, rule, context, verdict, note. The
articles are not copied (CC BY-NC-SA 4.0): `../shared/data/dev/news/articles`, or
`$DRAGOMAN_NEWS`; the context column quotes 30 characters either side of the fact.

`rescore` prints each judged row beside the other binary's fact over the same span (its
English and source, or `-` when the fact is gone). `census` lists every place fact one binary
has and the other has not, or has with another English.
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import orgs_sample  # noqa: E402  (the same export of the 600 and article reader)

NEWS = orgs_sample.NEWS
text = orgs_sample.text


def export(binary):
    """Place facts of every article, by article."""
    return {doc: [f for f in facts if f["type"] == "place"]
            for doc, facts in orgs_sample.export(binary).items()}


def context(article, f, width=30):
    t = text(article)
    s, e = f["start"], f["end"]
    c = t[max(0, s - width):s] + "[" + t[s:e] + "]" + t[e:e + width]
    return " ".join(c.split())


def source(f):
    return (f.get("detail") or {}).get("english_source") or "-"


def excluded(paths):
    arts = set()
    for p in paths or []:
        for line in open(p, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            arts.add(line.split("\t")[0])
    return arts


def draw(args):
    facts = export(args.bin)
    skip = excluded(args.exclude)
    pool = []
    for a in sorted(facts):
        if a in skip:
            continue
        for f in sorted(facts[a], key=lambda f: (f["start"], f["end"])):
            if args.model and source(f) not in ("model", "lexicon"):
                continue
            pool.append((a, f))
    n = args.model or args.all
    rng = random.Random(args.seed)
    pick = sorted(rng.sample(range(len(pool)), min(n, len(pool))))
    what = "model-spelled (lexicon/model)" if args.model else "all"
    print(f"# {args.bin}; dev/places_sample.py draw --seed {args.seed} --{'model' if args.model else 'all'} {n}"
          + (f" --exclude {' '.join(args.exclude)}" if args.exclude else "")
          + f": {len(pick)} of {len(pool)} {what} place facts")
    print("# article\tstart\tend\tarabic\tenglish\tsource\trule\tcontext\tverdict\tnote")
    for i in pick:
        a, f = pool[i]
        print("\t".join([a, str(f["start"]), str(f["end"]), f["arabic"], f["english"], source(f),
                         f.get("rule", ""), context(a, f), "", ""]))


def rescore(args):
    facts = export(args.bin)
    for line in open(args.judged, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c = line.rstrip("\n").split("\t")
        a, s, e = c[0], int(c[1]), int(c[2])
        hit = [f for f in facts.get(a, []) if f["start"] == s and f["end"] == e]
        new = (hit[0]["english"], source(hit[0])) if hit else ("-", "-")
        same = "same" if hit and new[0] == c[4] else "CHANGED"
        print("\t".join(c[:5] + [new[0], new[1], same] + c[8:10]))


def census(args):
    mine, ref = export(args.bin), export(args.against)
    key = lambda a, f: (a, f["start"], f["end"])
    m = {key(a, f): f for a, fs in mine.items() for f in fs}
    r = {key(a, f): f for a, fs in ref.items() for f in fs}
    rows = []
    for k in sorted(set(m) | set(r)):
        fm, fr = m.get(k), r.get(k)
        if fm and fr and fm["english"] == fr["english"]:
            continue
        kind = "new" if not fr else "lost" if not fm else "changed"
        f = fm or fr
        rows.append((kind, k[0], f, fr["english"] if fr else "-", source(fr) if fr else "-",
                     fm["english"] if fm else "-", source(fm) if fm else "-"))
    counts = {}
    for r_ in rows:
        counts[r_[0]] = counts.get(r_[0], 0) + 1
    print(f"# census {args.bin} against {args.against}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if args.sample and len(rows) > 150:
        rows = [rows[i] for i in sorted(random.Random(args.seed).sample(range(len(rows)), args.sample))]
        print(f"# seeded sample {args.sample} (seed {args.seed})")
    print("# kind\tarticle\tstart\tend\tarabic\tref_english\tref_source\tbranch_english\tbranch_source\tcontext\tverdict\tnote")
    for kind, a, f, re_, rs, me, ms in rows:
        print("\t".join([kind, a, str(f["start"]), str(f["end"]), f["arabic"], re_, rs, me, ms, context(a, f), "", ""]))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--bin", required=True)
    d.add_argument("--seed", type=int, required=True)
    g = d.add_mutually_exclusive_group(required=True)
    g.add_argument("--model", type=int, default=0)
    g.add_argument("--all", type=int, default=0)
    d.add_argument("--exclude", nargs="*")
    r = sub.add_parser("rescore")
    r.add_argument("judged")
    r.add_argument("--bin", required=True)
    c = sub.add_parser("census")
    c.add_argument("--bin", required=True)
    c.add_argument("--against", required=True)
    c.add_argument("--sample", type=int, default=60)
    c.add_argument("--seed", type=int, default=2505)
    args = ap.parse_args()
    {"draw": draw, "rescore": rescore, "census": census}[args.cmd](args)


if __name__ == "__main__":
    main()
