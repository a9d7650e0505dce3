#!/usr/bin/env python3
"""Recall of `dragoman check` on injected translation errors, and its findings on untouched
human translations (for hand judging).

Data (measuring only, never copied into the repo): ../shared/data/dev/parallel, FLORES-200
devtest wikinews and TICO-19 wikinews, where line i of X.ar.txt translates line i of X.en.txt.
Each document is checked as written (one sentence per line; the aligner pairs them itself).

Injected errors, one per corrupted copy of a document (random.Random(20)), each put in a gold
line whose English really holds what is corrupted:
  term    a glossary term of the Arabic line whose rendering is in the English line: the
          rendering's words are deleted from the English line -> expect term-missing on it;
  number  a number of the Arabic line (a number/percent/money/quantity/casualties fact) that
          the English line writes in digits: the digits are changed (n -> n + 7) -> expect
          number-mismatch in that line's pair;
  forbid  "Daesh" inserted into an English line, with a glossary row that marks Daesh
          forbidden (`--glossary +forbidden.csv`) -> expect forbidden-term.
An injected error is found when the corrupted copy has a finding of the expected check whose
Arabic span overlaps the injected line (term: the term) and that the clean copy lacks.

Precision: the error- and warning-level findings of the clean run on all three parallel sets
(the two news sets and tico19_longdocs_nonnews; 114 documents) are looked up in the hand-judged
file dev/gold/check-judged/judged.tsv (its README says how they were judged) by their Arabic
span and check; printed per half (documents alternate A/B in name order within each set: the
fixes were tuned on A, B is the check that they generalize) with the judged causes. Findings not
yet judged are counted apart (`--unjudged FILE` writes them for judging).

Usage:
  cargo build --release
  python3 dev/check_eval.py [--bin target/release/dragoman] [--findings clean.jsonl] [--verbose]
  python3 dev/check_eval.py --bin /work/ref/dragoman      # the reference build, for before/after
--findings writes the clean run's error- and warning-level findings (all sets).
"""
import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "dev", "parallel")
SETS = ["flores200_devtest_wikinews", "tico19_wikinews"]
# Long TICO-19 documents (Wikipedia, Wikisource, Wikivoyage; not news): judged for precision
# too, so that the judged findings number over 100; never corrupted for recall.
LONG = ["tico19_longdocs_nonnews"]
JUDGED = os.path.join(HERE, "gold", "check-judged", "judged.tsv")


def docs(sets=SETS):
    """(id, arabic lines, english lines, half) of every document; the half alternates A/B
    over each set's documents in name order (tune on A, report both)."""
    for s in sets:
        d = os.path.join(DATA, s)
        names = sorted(n for n in os.listdir(d) if n.endswith(".ar.txt"))
        for k, name in enumerate(names):
            stem = name[: -len(".ar.txt")]
            ar = open(os.path.join(d, name), encoding="utf-8").read().rstrip("\n").split("\n")
            en = open(os.path.join(d, stem + ".en.txt"), encoding="utf-8").read().rstrip("\n").split("\n")
            if len(ar) == len(en):
                yield f"{s}/{stem}", ar, en, "AB"[k % 2]


def finding_id(f):
    """A judged finding's key: stable across alignment changes (the Arabic span, not the pair)."""
    return f"{f['doc_id']}:{f['start']}-{f['end']}:{f['check']}"


def load_judged(path):
    if not path or not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def precision(clean, half_of, judged, dump):
    """Precision of the error- and warning-level findings of the clean run, per half."""
    rows = [f for f in clean if f["severity"] != "info"]
    per = {}
    causes = {}
    unjudged = []
    for f in rows:
        h = half_of[f["doc_id"]]
        j = judged.get(finding_id(f))
        st = per.setdefault(h, [0, 0, 0])
        if j is None:
            st[2] += 1
            unjudged.append(f)
            continue
        st[0] += j["label"] == "right"
        st[1] += 1
        key = (j["label"], j["cause"])
        causes[key] = causes.get(key, 0) + 1
    print(f"\nprecision of error+warning findings on the human translations (judged: {JUDGED_SHOWN}):")
    tot = [0, 0, 0]
    for h in sorted(per):
        r, n, u = per[h]
        tot = [tot[0] + r, tot[1] + n, tot[2] + u]
        print(f"  half {h}: {r}/{n} = {r / n if n else 0:.3f}  (unjudged {u})")
    r, n, u = tot
    print(f"  all   : {r}/{n} = {r / n if n else 0:.3f}  (unjudged {u})")
    for (label, cause), n in sorted(causes.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"    {label:<6} {cause:<14} {n}")
    if dump:
        with open(dump, "w", encoding="utf-8") as out:
            for f in unjudged:
                out.write(json.dumps(f, ensure_ascii=False) + "\n")
        print(f"  {len(unjudged)} unjudged findings written to {dump}")


def run(binary, args, stdin):
    p = subprocess.run([binary] + args, input=stdin.encode(), capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit(p.stderr.decode())
    return [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]


def line_spans(lines):
    """Code-point spans of each line in the text joined by newlines."""
    spans, pos = [], 0
    for l in lines:
        spans.append((pos, pos + len(l)))
        pos += len(l) + 1
    return spans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release", "dragoman"))
    ap.add_argument("--findings")
    ap.add_argument("--verbose", action="store_true", help="list the injected errors missed")
    ap.add_argument("--judged", default=JUDGED, help="hand-judged findings (TSV, see dev/gold/check-judged/README.md)")
    ap.add_argument("--unjudged", help="write the error/warning findings not yet judged here (JSONL)")
    a = ap.parse_args()
    global JUDGED_SHOWN
    JUDGED_SHOWN = os.path.relpath(a.judged) if a.judged else "none"
    rng = random.Random(20)
    tmp = tempfile.mkdtemp()
    forbidden = os.path.join(tmp, "forbidden.csv")
    with open(forbidden, "w", encoding="utf-8") as f:
        f.write("arabic,english,category,variants,note,source,guard\n")
        f.write("دولة داعش المزعومة,Daesh,group,,,curated,status: forbidden\n")
    gl = ["--glossary", "+" + forbidden]

    judged_docs = list(docs(SETS + LONG))
    half_of = {i: h for i, _, _, h in judged_docs}
    all_docs = [(i, ar, en) for i, ar, en, _ in judged_docs if i.split("/")[0] in SETS]
    clean_lines = [json.dumps({"id": i, "text": "\n".join(ar), "english": "\n".join(en)}, ensure_ascii=False) for i, ar, en in all_docs]
    long_lines = [json.dumps({"id": i, "text": "\n".join(ar), "english": "\n".join(en)}, ensure_ascii=False) for i, ar, en, _ in judged_docs if i.split("/")[0] in LONG]
    clean_all = run(a.bin, ["check", "--input-format", "jsonl", "--format", "jsonl", "--min-severity", "info", "-q", "-"] + gl, "\n".join(clean_lines + long_lines) + "\n")
    clean = [f for f in clean_all if f["doc_id"].split("/")[0] in SETS]
    by_doc = {}
    for f in clean:
        by_doc.setdefault(f["doc_id"], []).append(f)
    if a.findings:
        with open(a.findings, "w", encoding="utf-8") as out:
            for f in clean_all:
                if f["severity"] != "info":
                    out.write(json.dumps(f, ensure_ascii=False) + "\n")
    sev = {}
    for f in clean:
        sev[(f["check"], f["severity"])] = sev.get((f["check"], f["severity"]), 0) + 1
    words = sum(len(" ".join(ar).split()) for _, ar, _ in all_docs)
    print(f"clean run: {len(all_docs)} documents, {words} Arabic words, {len(clean)} findings")
    for k in sorted(sev):
        print(f"  {k[0]:<16} {k[1]:<8} {sev[k]}")
    # The forbidden-term row of the injection glossary is not the built-in glossary's: its
    # findings on the clean run are left out of the precision figure.
    precision([f for f in clean_all if f["check"] != "forbidden-term"], half_of, load_judged(a.judged), a.unjudged)

    # Terms and facts of every document, for choosing what to corrupt.
    terms = run(a.bin, ["terms", "--input-format", "jsonl", "--format", "jsonl", "-"], "\n".join(clean_lines) + "\n")
    facts = run(a.bin, ["facts", "--input-format", "jsonl", "--format", "jsonl", "-"], "\n".join(clean_lines) + "\n")
    injected = []  # (kind, id, jsonl line, expected check, (start, end))
    for i, ar, en in all_docs:
        spans = line_spans(ar)
        line_of = lambda cp: next((k for k, (s, e) in enumerate(spans) if s <= cp <= e), None)
        # term
        cands = []
        for t in terms:
            if t["doc_id"] != i or t["category"] in ("month", "weekday", "unit", "currency"):
                continue
            k = line_of(t["start"])
            eng = t["english"]
            if k is None or not re.search(r"\b" + re.escape(eng) + r"\b", en[k], re.I):
                continue
            cands.append((t, k))
        if cands:
            t, k = rng.choice(cands)
            en2 = list(en)
            en2[k] = re.sub(r"\s*\b" + re.escape(t["english"]) + r"\w*", "", en2[k], flags=re.I)
            injected.append(("term", i, {"id": i, "text": "\n".join(ar), "english": "\n".join(en2), "why": f"{t['arabic']} = {t['english']}: {en2[k]}"}, "term-missing", (t["start"], t["end"])))
        # number
        cands = []
        for f in facts:
            if f["doc_id"] != i or f["type"] not in ("number", "percent", "money", "quantity", "casualties"):
                continue
            k = line_of(f["start"])
            m = re.fullmatch(r"[<>=~]*(\d+)", f["value"].split(" ")[0].rstrip("%")) if f["type"] != "casualties" else None
            if k is None or not m:
                continue
            n = m.group(1)
            if re.search(r"(?<![\d.,])" + n + r"(?![\d.,]\d)", en[k]):
                cands.append((k, n))
        if cands:
            k, n = rng.choice(cands)
            en2 = list(en)
            en2[k] = re.sub(r"(?<![\d.,])" + n + r"(?![\d.,]\d)", str(int(n) + 7), en2[k], count=1)
            injected.append(("number", i, {"id": i, "text": "\n".join(ar), "english": "\n".join(en2)}, "number-mismatch", spans[k]))
        # forbidden
        k = rng.randrange(len(en))
        en2 = list(en)
        en2[k] = en2[k].rstrip(".") + ", Daesh said."
        injected.append(("forbid", i, {"id": i, "text": "\n".join(ar), "english": "\n".join(en2)}, "forbidden-term", spans[k]))

    lines = []
    for n, (kind, i, doc, _, _) in enumerate(injected):
        doc = dict(doc)
        doc["id"] = f"{n}|{i}"
        doc.pop("why", None)
        lines.append(json.dumps(doc, ensure_ascii=False))
    got = run(a.bin, ["check", "--input-format", "jsonl", "--format", "jsonl", "--min-severity", "info", "-q", "-"] + gl, "\n".join(lines) + "\n")
    per = {}
    for f in got:
        per.setdefault(f["doc_id"], []).append(f)
    stats = {}
    missed = []
    for n, (kind, i, doc, check, (s, e)) in enumerate(injected):
        base = {(f["check"], f["start"], f["end"]) for f in by_doc.get(i, [])}
        found = [
            f for f in per.get(f"{n}|{i}", [])
            if f["check"] == check and f["start"] < e + 1 and f["end"] > s - 1 and (f["check"], f["start"], f["end"]) not in base
        ]
        hit = bool(found)
        # What a user sees by default (`--min-severity warning`): no info-level finding.
        shown = any(f["severity"] != "info" for f in found)
        for key in (kind, "half " + half_of[i]):
            st = stats.setdefault(key, [0, 0, 0])
            st[0] += hit
            st[1] += 1
            st[2] += shown
        if not hit:
            missed.append((kind, i, doc.get("why", "")))
    total = [0, 0, 0]
    print("\ninjected errors found (any severity; at the default --min-severity warning):")
    for kind, (h, n, d) in sorted(stats.items()):
        print(f"  {kind:<8} {h}/{n} = {h / n:.3f}   default: {d}/{n} = {d / n:.3f}")
        if not kind.startswith("half"):
            total[0] += h
            total[1] += n
            total[2] += d
    print(f"  {'all':<8} {total[0]}/{total[1]} = {total[0] / total[1]:.3f}   default: {total[2]}/{total[1]} = {total[2] / total[1]:.3f}")
    if a.verbose:
        for kind, i, why in missed:
            print(f"  missed {kind} in {i}: {why}")


if __name__ == "__main__":
    main()
