#!/usr/bin/env python3
"""The twenty-third session's held-out sample of `dragoman check` findings, and its scores.

Draws 100 info-level `term-missing` findings (the vocabulary findings a promotion to the
default severity would show) of the untouched human translations (all three parallel sets,
114 documents, as dev/check_eval.py runs them) from the union of two builds' findings (the
reference build before the session's rules and the build after), by `finding_id`, sorted, with
`random.Random(23).sample`. The draw was made after the session's rules were final; the judged
labels are in dev/gold/check-judged/s23-judged.tsv (see the README there).

Then prints, from that file: right / judged per build and half, causes, the judged precision
of each what-if property of dev/check_eval.py on the sample, the agreement with the labels of
earlier judged files, and the judged precision of vocabulary misses by the aligner's score of
their pair (all judged files; `dragoman align` on the same documents).

Usage:
  python3 dev/check_s23_sample.py --ref /work/ref23/dragoman --new target/release/dragoman
  python3 dev/check_s23_sample.py ... --draw FILE   # write the drawn findings (JSONL) for judging
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_eval as ce  # noqa: E402

S23 = os.path.join(ce.HERE, "gold", "check-judged", "s23-judged.tsv")


def findings(binary, docs):
    lines = [json.dumps({"id": i, "text": "\n".join(ar), "english": "\n".join(en)}, ensure_ascii=False) for i, ar, en, _ in docs]
    return ce.run(binary, ["check", "--input-format", "jsonl", "--format", "jsonl", "--min-severity", "info", "-q", "-"], "\n".join(lines) + "\n")


def align_scores(binary, docs):
    """(doc id, English of a pair) -> the aligner's score of that pair."""
    d = tempfile.mkdtemp()
    for i, ar, en, _ in docs:
        n = i.replace("/", "__")
        with open(os.path.join(d, n + ".ar.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(ar) + "\n")
        with open(os.path.join(d, n + ".en.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(en) + "\n")
    out = subprocess.run([binary, "align", "--arabic", d, "--english", d, "--format", "jsonl"], capture_output=True, check=True)
    scores = {}
    for line in out.stdout.decode().splitlines():
        x = json.loads(line)
        scores[(x["doc_id"].replace("__", "/"), x["english"].strip())] = float(x["score"])
    return scores


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ref", required=True, help="the build before the session's rules")
    ap.add_argument("--new", required=True, help="the build after")
    ap.add_argument("--draw", help="write the drawn findings (JSONL) for judging")
    a = ap.parse_args()
    docs = list(ce.docs(ce.SETS + ce.LONG))
    half = {i: h for i, _, _, h in docs}
    keep = lambda f: f["check"] == "term-missing" and f["severity"] == "info"
    runs = {"ref": findings(a.ref, docs), "new": findings(a.new, docs)}
    pool = {}
    for build, fs in runs.items():
        for f in fs:
            if keep(f):
                pool.setdefault(ce.finding_id(f), (f, set()))[1].add(build)
    sample = random.Random(23).sample(sorted(pool), 100)
    print(f"pool: {len(pool)} info term-missing findings ({sum(b == {'ref'} for _, b in pool.values())} of the reference build only, {sum(b == {'new'} for _, b in pool.values())} of the new build only)")
    if a.draw:
        with open(a.draw, "w", encoding="utf-8") as out:
            for k in sample:
                out.write(json.dumps({**pool[k][0], "builds": sorted(pool[k][1])}, ensure_ascii=False) + "\n")
    judged = ce.load_judged(S23)
    missing = [k for k in sample if k not in judged]
    if missing:
        sys.exit(f"{len(missing)} drawn findings are not in {S23} (first: {missing[0]})")
    print("\njudged right / judged, per build (the sample's findings that build has):")
    for build in ("ref", "new"):
        cells = []
        for h in ("A", "B", "AB"):
            ks = [k for k in sample if build in pool[k][1] and half[pool[k][0]["doc_id"]] in h]
            r = sum(judged[k]["label"] == "right" for k in ks)
            cells.append(f"{'all' if h == 'AB' else h} {r}/{len(ks)} = {r / max(1, len(ks)):.2f}")
        print(f"  {build}: " + ";  ".join(cells))
    print("\ncauses (new build):")
    causes = collections.Counter((judged[k]["label"], judged[k]["cause"]) for k in sample if "new" in pool[k][1])
    for (label, cause), n in causes.most_common():
        print(f"  {label:<6} {cause:<14} {n}")
    print("  gone in the new build: " + ", ".join(f"{judged[k]['label']} {judged[k]['cause']}" for k in sample if pool[k][1] == {"ref"}))

    # The what-if properties of check_eval.py on the sample (new build).
    rows = ce.glossary_rows()
    terms = ce.run(a.new, ["terms", "--input-format", "jsonl", "--format", "jsonl", "-"],
                   "\n".join(json.dumps({"id": i, "text": "\n".join(ar), "english": "\n".join(en)}, ensure_ascii=False) for i, ar, en, _ in docs) + "\n")
    terms_of = collections.defaultdict(list)
    for t in terms:
        terms_of[t["doc_id"]].append(t)
    text = {i: (ar, en) for i, ar, en, _ in docs}
    print("\nwhat-if properties on the sample (new build): judged right / shown")
    for name, pol in ce.POLICIES.items():
        if name == "now" or name.startswith("pair"):
            continue
        shown = []
        for k in sample:
            f, builds = pool[k]
            if "new" not in builds:
                continue
            ar, en = text[f["doc_id"]]
            if pol(ce.vocabulary_reason(f, "\n".join(en), rows, ar, en, terms_of[f["doc_id"]])):
                shown.append(k)
        r = sum(judged[k]["label"] == "right" for k in shown)
        print(f"  {name:<36} {r}/{len(shown)}" + (f" = {r / len(shown):.2f}" if shown else ""))

    # Agreement with the labels of the earlier judged files (same finding id).
    earlier = {}
    for path in (ce.JUDGED,) + ce.ALL_JUDGED:
        if path != S23:
            earlier.update(ce.load_judged(path))
    both = [k for k in sample if k in earlier]
    same = [k for k in both if earlier[k]["label"] == judged[k]["label"]]
    print(f"\nagreement with earlier judged files: {len(same)}/{len(both)} labels")
    for k in both:
        if k not in same:
            print(f"  {k}: earlier {earlier[k]['label']} {earlier[k]['cause']}, now {judged[k]['label']} {judged[k]['cause']}")

    # The aligner's score of the pair as evidence (the brief's "high alignment confidence").
    scores = align_scores(a.new, docs)
    every = dict(earlier)
    every.update(judged)
    bins = collections.defaultdict(lambda: [0, 0])
    unmapped = 0
    for f in runs["new"]:
        j = every.get(ce.finding_id(f))
        if not keep(f) or not j:
            continue
        s = scores.get((f["doc_id"], f["english"].strip()))
        if s is None:
            unmapped += 1
            continue
        b = "score 1.0" if s >= 0.995 else "score 0.965-0.99" if s >= 0.965 else "score < 0.965"
        bins[b][0] += j["label"] == "right"
        bins[b][1] += 1
    print(f"\njudged info term-missing of the new build (all judged files) by the aligner's score of the pair ({unmapped} pairs not matched to an `align` pair):")
    for b, (r, n) in sorted(bins.items()):
        print(f"  {b:<18} {r}/{n} = {r / n:.2f}")


if __name__ == "__main__":
    main()
