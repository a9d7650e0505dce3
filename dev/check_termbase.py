#!/usr/bin/env python3
"""`dragoman check` with a translation team's own termbase (issue #20, session 28).

The termbase: the TICO-19 translation initiative's COVID-19 terminology (CC0 1.0;
../shared/data/dev/extras/glossary_tico19/: f_en-ar_AR.csv, g_en_ar.csv, g_ar_en.csv), with
which the TICO-19 documents of ../shared/data/dev/parallel (tico19_wikinews,
tico19_longdocs_nonnews; English originals translated into Arabic) were translated. dragoman
checks Arabic source -> English, so the termbase's pairs are read reversed. Measuring only:
nothing of it is copied into the repo.

Conversion, the documented way a user would do it: the three CSV files are written as one
OmegaT glossary (arabic TAB english TAB comment, one row per pair, as the files give it) and
read with `dragoman glossary import --format omegat` into a glossary CSV (category `term`).
A team that forbids a rendering adds a row with the guard `status: forbidden`: the forbidden
injection below uses such a row (`فيروس ووهان,Wuhan virus`).

Runs (JSON Lines, line i of X.ar.txt translates line i of X.en.txt), with the termbase
replacing the built-in glossary (`--glossary TB`) and added to it (`--glossary +TB`):
  clean     the 14 documents as they are: every finding, by check and severity;
  injected  corrupted copies, one error per copy (random.Random(seed)), of three kinds:
    term    a termbase term of an Arabic line (`dragoman terms` with the termbase alone) whose
            rendering (the entry's English, case-insensitive, a plural s allowed) is in the
            English line: those words are deleted -> expect term-missing on the term;
    number  a number written in digits in both the Arabic and the English line (not a lone 1,
            not the digits of a name such as COVID-19 or H1N1, not part of a figure with a
            separator): the English digits are changed (n -> n + 7) -> expect
            number-mismatch in that line;
    forbid  `Wuhan virus` inserted into an English line -> expect forbidden-term.
  An injected error is found when the corrupted copy has a finding of the expected check that
  overlaps the line (term: the term's span) and that the clean copy lacks. Up to --per copies
  per document and kind.

--sample N writes a seeded draw (--sample-seed) of the clean run's default-severity findings
(error and warning; both modes, deduplicated) as TSV for judging; --judged FILE scores the clean
findings of a build against a judged TSV (doc_id, start, end, check, entry, label ok/bad),
matching on doc, span and check.

Usage:
  python3 dev/check_termbase.py --bin /work/ref28/dragoman [--sample 100 --sample-out F]
  python3 dev/check_termbase.py --bin target/release/dragoman --judged dev/gold/check-judged/termbase-s28-judged.tsv
"""
import argparse
import csv
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_eval import line_spans  # noqa: E402  (one copy of the line-span helper)

DATA = os.environ.get("DRAGOMAN_DEV", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "dev"))
TERMBASE = os.path.join(DATA, "extras", "glossary_tico19")
SETS = ["tico19_wikinews", "tico19_longdocs_nonnews"]
FORBIDDEN_ROW = "فيروس ووهان,Wuhan virus,term,,a team's forbidden rendering,team,status: forbidden\n"


def run(binary, args, stdin=None):
    p = subprocess.run([binary] + args, input=stdin.encode() if stdin is not None else None, capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit(p.stderr.decode())
    return p.stdout.decode()


def jsonl(text):
    return [json.loads(l) for l in text.splitlines() if l.strip()]


def build_termbase(binary, tmp):
    rows = []
    for name, ar_first in [("f_en-ar_AR.csv", False), ("g_en_ar.csv", False), ("g_ar_en.csv", True)]:
        with open(os.path.join(TERMBASE, name), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                src, tgt = r["sourceString"].strip(), r["targetString"].strip()
                ar, en = (src, tgt) if ar_first else (tgt, src)
                if ar and en:
                    rows.append((ar, en, f"TICO-19 {name}"))
    omegat = os.path.join(tmp, "termbase.txt")
    with open(omegat, "w", encoding="utf-8") as f:
        for ar, en, c in rows:
            f.write(f"{ar}\t{en}\t{c}\n")
    out = os.path.join(tmp, "termbase.csv")
    run(binary, ["glossary", "import", "--format", "omegat", omegat, "-o", out])
    forbidden = os.path.join(tmp, "forbidden.csv")
    with open(forbidden, "w", encoding="utf-8") as f:
        f.write("arabic,english,category,variants,note,source,guard\n" + FORBIDDEN_ROW)
    return out, forbidden, len(rows)


def docs():
    out = []
    for s in SETS:
        for a in sorted(glob.glob(os.path.join(DATA, "parallel", s, "*.ar.txt"))):
            e = a[: -len(".ar.txt")] + ".en.txt"
            ar = open(a, encoding="utf-8").read().rstrip("\n").split("\n")
            en = open(e, encoding="utf-8").read().rstrip("\n").split("\n")
            out.append((s + "/" + os.path.basename(a)[: -len(".ar.txt")], ar, en))
    return out


def line_of(spans, pos):
    for k, (s, e) in enumerate(spans):
        if s <= pos <= e:
            return k
    return None


def rendering_re(english):
    words = [re.escape(w) for w in re.findall(r"[\w'’-]+", english)]
    if not words:
        return None
    return re.compile(r"\b" + r"[\s-]+".join(words) + r"(?:e?s)?\b", re.I)


def inject(binary, tb, all_docs, rng, per):
    """Corrupted copies: (doc, kind, ar lines, en lines, expected span or line)."""
    text = "\n".join(json.dumps({"id": i, "text": "\n".join(ar), "english": "\n".join(en)}, ensure_ascii=False) for i, ar, en in all_docs) + "\n"
    terms = jsonl(run(binary, ["terms", "--input-format", "jsonl", "--format", "jsonl", "--glossary", tb, "-"], text))
    by_doc = {}
    for t in terms:
        by_doc.setdefault(t["doc_id"], []).append(t)
    copies = []
    for i, ar, en in all_docs:
        spans = line_spans(ar)
        cands = {"term": [], "number": [], "forbid": []}
        for t in by_doc.get(i, []):
            k = line_of(spans, t["start"])
            if k is None or k >= len(en):
                continue
            r = rendering_re(t["english"])
            m = r.search(en[k]) if r else None
            if m:
                cands["term"].append((k, (t["start"], t["end"]), m.span(), t["english"]))
        for k in range(min(len(ar), len(en))):
            arabic_digits = ar[k].translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
            nums = set(re.findall(r"\d+", arabic_digits))
            # A number, not the digits of a name (COVID-19, SARS-CoV-2, H1N1) or a figure.
            for m in re.finditer(r"(?<![\w.,-])\d+(?![\w-]|[.,]\d)", en[k]):
                if m.group() in nums and m.group() != "1":
                    cands["number"].append((k, spans[k], m.span(), m.group()))
            if len(en[k].split()) >= 6:
                cands["forbid"].append((k, spans[k], None, None))
        for kind, cs in cands.items():
            # One injection per line and kind at most; up to `per` per document.
            seen, pool = set(), []
            for c in cs:
                if c[0] not in seen:
                    seen.add(c[0])
                    pool.append(c)
            # The picks of a kind go into one corrupted copy of the document (distinct lines,
            # so each is judged on its own line; one check run per copy keeps this fast).
            new = list(en)
            picks = []
            for k, span, span2, what in rng.sample(pool, min(per, len(pool))):
                if kind == "term":
                    s, e = span2
                    new[k] = re.sub(r"\s{2,}", " ", (en[k][:s] + en[k][e:])).strip()
                elif kind == "number":
                    s, e = span2
                    new[k] = en[k][:s] + str(int(what) + 7) + en[k][e:]
                else:
                    words = en[k].split()
                    at = rng.randrange(1, len(words))
                    new[k] = " ".join(words[:at] + ["the Wuhan virus"] + words[at:])
                    what = " ".join([words[at - 1], "the Wuhan virus", words[at]])
                picks.append((span, k, what))
            if picks:
                copies.append((i, kind, ar, new, picks))
    return copies


def found(run_findings, clean_keys, kind, span):
    want = {"term": "term-missing", "number": "number-mismatch", "forbid": "forbidden-term"}[kind]
    s, e = span
    hits = [f for f in run_findings if f["check"] == want and f["start"] < e + 1 and f["end"] > s - 1 and (f["check"], f["start"], f["end"], f["pair"]) not in clean_keys]
    return hits


def measure(binary, tb, forbidden, all_docs, copies, mode):
    gl = ["--glossary", ("+" if mode == "added" else "") + tb, "--glossary", "+" + forbidden]
    clean_text = "\n".join(json.dumps({"id": i, "text": "\n".join(ar), "english": "\n".join(en)}, ensure_ascii=False) for i, ar, en in all_docs) + "\n"
    clean = jsonl(run(binary, ["check", "--input-format", "jsonl", "--format", "jsonl", "--min-severity", "info", "-q", "-"] + gl, clean_text))
    clean_by = {}
    for f in clean:
        clean_by.setdefault(f["doc_id"], set()).add((f["check"], f["start"], f["end"], f["pair"]))
    lines = [json.dumps({"id": f"{i}#{n}", "text": "\n".join(ar), "english": "\n".join(en)}, ensure_ascii=False) for n, (i, kind, ar, en, picks) in enumerate(copies)]
    got = jsonl(run(binary, ["check", "--input-format", "jsonl", "--format", "jsonl", "--min-severity", "info", "-q", "-"] + gl, "\n".join(lines) + "\n"))
    by = {}
    for f in got:
        by.setdefault(f["doc_id"], []).append(f)
    res = {}
    missed = []
    for n, (i, kind, ar, en, picks) in enumerate(copies):
        for span, k, what in picks:
            fs = by.get(f"{i}#{n}", [])
            if kind == "forbid":
                # The pair that holds the corrupted line (its Arabic may be empty: English only).
                fs = [f for f in fs if what in f["english"]]
                span = (0, 10**9)
            hits = found(fs, clean_by.get(i, set()), kind, span)
            r = res.setdefault(kind, [0, 0, 0])
            r[0] += 1
            r[1] += bool(hits)
            r[2] += any(h["severity"] != "info" for h in hits)
            if not any(h["severity"] != "info" for h in hits):
                missed.append((kind, i, k, what, sorted({h["severity"] for h in hits})))
    return clean, res, missed


def key(f):
    return (f["doc_id"], int(f["start"]), int(f["end"]), f["check"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "dragoman"))
    ap.add_argument("--seed", type=int, default=2801, help="the injections' random seed")
    ap.add_argument("--per", type=int, default=5, help="injected copies per document and kind")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--sample-seed", type=int, default=2811)
    ap.add_argument("--sample-out")
    ap.add_argument("--exclude", action="append", default=[], help="judged TSV whose findings the sample leaves out")
    ap.add_argument("--judged", action="append", default=[], help="judged TSV to score the clean default findings with")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp()
    # The termbase is converted with the reference import so both builds read the same file.
    tb, forbidden, n = build_termbase(a.bin, tmp)
    all_docs = docs()
    copies = inject(a.bin, tb, all_docs, random.Random(a.seed), a.per)
    print(f"termbase: {n} pairs (TICO-19, CC0), {len(all_docs)} documents; injections seed {a.seed}, up to {a.per} per document and kind")
    judged = {}
    for path in a.judged:
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                judged[(r["doc_id"], int(r["start"]), int(r["end"]), r["check"])] = r["label"]
    shown_all = {}
    for mode in ["replacing", "added"]:
        clean, res, missed = measure(a.bin, tb, forbidden, all_docs, copies, mode)
        print(f"\n== --glossary {'' if mode == 'replacing' else '+'}TERMBASE ({mode} the built-in)")
        ta = [0, 0, 0]
        for kind in ["term", "number", "forbid"]:
            r = res.get(kind, [0, 0, 0])
            ta = [x + y for x, y in zip(ta, r)]
            print(f"  {kind:<7} injected {r[0]:>3}  found at any {r[1]:>3}  at the default {r[2]:>3}")
        print(f"  all     injected {ta[0]:>3}  found at any {ta[1]:>3} ({ta[1] / max(ta[0], 1):.3f})  at the default {ta[2]:>3} ({ta[2] / max(ta[0], 1):.3f})")
        counts = {}
        for f in clean:
            counts[(f["check"], f["severity"])] = counts.get((f["check"], f["severity"]), 0) + 1
        print("  clean findings: " + ", ".join(f"{c} {s} {n}" for (c, s), n in sorted(counts.items())))
        shown = [f for f in clean if f["severity"] != "info" and f["check"] != "forbidden-term"]
        for f in shown:
            shown_all.setdefault(key(f), f)
        if judged:
            lab = [judged.get(key(f)) for f in shown]
            ok, bad, un = lab.count("right"), lab.count("false"), lab.count(None)
            print(f"  default findings on the clean documents: {len(shown)}; judged right {ok} / {ok + bad} = {ok / max(ok + bad, 1):.3f} (unjudged {un})")
        if a.verbose:
            for m in missed:
                print("   missed at the default:", m)
    if a.sample:
        excluded = set()
        for path in a.exclude:
            with open(path, encoding="utf-8") as f:
                excluded |= {(r["doc_id"], int(r["start"]), int(r["end"]), r["check"]) for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}
        pool = sorted(k for k in shown_all if k not in excluded)
        pick = sorted(random.Random(a.sample_seed).sample(pool, min(a.sample, len(pool))))
        with open(a.sample_out, "w", encoding="utf-8") as out:
            out.write("doc_id\tpair\tstart\tend\tcheck\tseverity\tarabic\tentry\tenglish\tlabel\tnote\n")
            for k in pick:
                f = shown_all[k]
                out.write("\t".join(str(x) for x in [f["doc_id"], f["pair"], f["start"], f["end"], f["check"], f["severity"], f["arabic"], f["entry"], " / ".join(f["english"].split("\n")).replace("\t", " "), "", ""]) + "\n")
        print(f"\nsample: {len(pick)} of {len(pool)} default findings (seed {a.sample_seed}) -> {a.sample_out}")


if __name__ == "__main__":
    main()
