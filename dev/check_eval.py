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

Usage:
  cargo build --release
  python3 dev/check_eval.py [--bin target/release/dragoman] [--findings clean.jsonl]
--findings writes the clean run's error- and warning-level findings, for judging by hand.
"""
import argparse
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


def docs():
    for s in SETS:
        d = os.path.join(DATA, s)
        for name in sorted(os.listdir(d)):
            if name.endswith(".ar.txt"):
                stem = name[: -len(".ar.txt")]
                ar = open(os.path.join(d, name), encoding="utf-8").read().rstrip("\n").split("\n")
                en = open(os.path.join(d, stem + ".en.txt"), encoding="utf-8").read().rstrip("\n").split("\n")
                if len(ar) == len(en):
                    yield f"{s}/{stem}", ar, en


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
    a = ap.parse_args()
    rng = random.Random(20)
    tmp = tempfile.mkdtemp()
    forbidden = os.path.join(tmp, "forbidden.csv")
    with open(forbidden, "w", encoding="utf-8") as f:
        f.write("arabic,english,category,variants,note,source,guard\n")
        f.write("دولة داعش المزعومة,Daesh,group,,,curated,status: forbidden\n")
    gl = ["--glossary", "+" + forbidden]

    all_docs = list(docs())
    clean_lines = [json.dumps({"id": i, "text": "\n".join(ar), "english": "\n".join(en)}, ensure_ascii=False) for i, ar, en in all_docs]
    clean = run(a.bin, ["check", "--input-format", "jsonl", "--format", "jsonl", "-q", "-"] + gl, "\n".join(clean_lines) + "\n")
    by_doc = {}
    for f in clean:
        by_doc.setdefault(f["doc_id"], []).append(f)
    if a.findings:
        with open(a.findings, "w", encoding="utf-8") as out:
            for f in clean:
                if f["severity"] != "info":
                    out.write(json.dumps(f, ensure_ascii=False) + "\n")
    sev = {}
    for f in clean:
        sev[(f["check"], f["severity"])] = sev.get((f["check"], f["severity"]), 0) + 1
    words = sum(len(" ".join(ar).split()) for _, ar, _ in all_docs)
    print(f"clean run: {len(all_docs)} documents, {words} Arabic words, {len(clean)} findings")
    for k in sorted(sev):
        print(f"  {k[0]:<16} {k[1]:<8} {sev[k]}")

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
    got = run(a.bin, ["check", "--input-format", "jsonl", "--format", "jsonl", "-q", "-"] + gl, "\n".join(lines) + "\n")
    per = {}
    for f in got:
        per.setdefault(f["doc_id"], []).append(f)
    stats = {}
    missed = []
    for n, (kind, i, doc, check, (s, e)) in enumerate(injected):
        base = {(f["check"], f["start"], f["end"]) for f in by_doc.get(i, [])}
        hit = any(
            f["check"] == check and f["start"] < e + 1 and f["end"] > s - 1 and (f["check"], f["start"], f["end"]) not in base
            for f in per.get(f"{n}|{i}", [])
        )
        st = stats.setdefault(kind, [0, 0])
        st[0] += hit
        st[1] += 1
        if not hit:
            missed.append((kind, i, doc.get("why", "")))
    total = [0, 0]
    print("\ninjected errors found:")
    for kind, (h, n) in stats.items():
        print(f"  {kind:<8} {h}/{n} = {h / n:.3f}")
        total[0] += h
        total[1] += n
    print(f"  {'all':<8} {total[0]}/{total[1]} = {total[0] / total[1]:.3f}")
    if a.verbose:
        for kind, i, why in missed:
            print(f"  missed {kind} in {i}: {why}")


if __name__ == "__main__":
    main()
