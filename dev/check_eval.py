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
Arabic span overlaps the injected line (term: the term) and that the clean copy lacks (forbid:
or on an English-only pair whose English holds the inserted words).

Precision: the error- and warning-level findings of the clean run on all three parallel sets
(the two news sets and tico19_longdocs_nonnews; 114 documents) are looked up in the hand-judged
file dev/gold/check-judged/judged.tsv (its README says how they were judged), then in the
later judged files there by their Arabic
span and check; printed per half (documents alternate A/B in name order within each set: the
fixes were tuned on A, B is the check that they generalize) with the judged causes. Findings not
yet judged are counted apart (`--unjudged FILE` writes them for judging).

Usage:
  cargo build --release
  python3 dev/check_eval.py [--bin target/release/dragoman] [--findings clean.jsonl] [--verbose]
  python3 dev/check_eval.py --bin /work/ref/dragoman      # the reference build, for before/after
--findings writes the clean run's error- and warning-level findings (all sets).

Whole sentences (twelfth session; drawn with their own generator, so the three kinds above keep
their draws; reported apart from them, and in a total with them):
  untranslated  an English line replaced by its Arabic line (a segment nobody translated, its
          source copied into the target as CAT tools do) -> expect untranslated or unaligned
          on that line;
  dropped  an English line deleted (a sentence the translator skipped) -> expect unaligned
          on that line, or a term or number finding there that the clean copy lacks.
A term injection whose entry is a number word (`million`) is also found by a number-mismatch
(the check leaves number words to the number check). `--save-injected FILE` writes the
corrupted copies for reading (measuring-only text: never commit it).

Also printed: the injected errors of the issue's kinds missed at the default severity (found
at info level only, or not at all), and every finding of the clean run by kind (check, term
category, vocabulary noun/verb/multiword) with the judged labels of all the judged files
(judged.tsv, info-judged.tsv, policy-judged.tsv, s12-, s13-, s14-, s17- and s23-judged.tsv). Term
injections are also split into key terms (names, organizations, places, titles,
nationalities) and vocabulary, and by the glossary category of the term dropped.

Also printed (item 1 of the ninth session's brief): the injected errors found only at info level,
grouped by kind and by why the finding was info (for a term: its category, a verb or a noun
entry, and whether the document's English uses the entry's rendering in another pair), and a
what-if table of severity policies for vocabulary terms (recall at the default severity against
the clean findings such a policy would show by default, with their judged labels from
judged.tsv and info-judged.tsv; evidence tried: a multiword term, the same entry rendered by
the glossary in another pair, the rendering used anywhere else in the document). A per-kind
table gives, for term, number and forbidden injections, what is found at the default severity
per half and what that check shows by default on the untouched texts. The policies are computed here from the info findings, with a
Python copy of the check's word folding (approximate: it may differ from the check on a few
words); `--policy-unjudged FILE` writes the clean findings a policy would show that are not
judged yet. Twenty-third session: properties a translator can read off a vocabulary term are
tried as policies too (a classifier before a name: the next Arabic word is a glossary name or
not in the wordfreq list of ../shared/data/dev/freq, measuring only; a rare term by that list;
combinations); dev/check_s23_sample.py draws and scores the held-out sample judged for them.
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
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "dev", "parallel")
SETS = ["flores200_devtest_wikinews", "tico19_wikinews"]
# Long TICO-19 documents (Wikipedia, Wikisource, Wikivoyage; not news): judged for precision
# too, so that the judged findings number over 100; never corrupted for recall.
LONG = ["tico19_longdocs_nonnews"]
JUDGED = os.path.join(HERE, "gold", "check-judged", "judged.tsv")
INFO_JUDGED = os.path.join(HERE, "gold", "check-judged", "info-judged.tsv")
POLICY_JUDGED = os.path.join(HERE, "gold", "check-judged", "policy-judged.tsv")
# The twelfth session's sample of the info-level findings of the then build (all checks and
# kinds; see the README there).
S12_JUDGED = os.path.join(HERE, "gold", "check-judged", "s12-judged.tsv")
# The thirteenth session's sample (100 findings no other file judged, all kinds; see the README).
S13_JUDGED = os.path.join(HERE, "gold", "check-judged", "s13-judged.tsv")
# The fourteenth session's sample (101 findings of the build with synonym groups that no other
# file judged; drawn by dev/check_s14_sample.py; see the README).
S14_JUDGED = os.path.join(HERE, "gold", "check-judged", "s14-judged.tsv")
# The seventeenth session's findings (the default-severity finding nobody had judged and every
# vocabulary term-missing of the two news sets not judged elsewhere; see the README).
S17_JUDGED = os.path.join(HERE, "gold", "check-judged", "s17-judged.tsv")
# The twenty-third session's held-out sample (100 info term-missing findings of two builds,
# drawn by dev/check_s23_sample.py; see the README).
S23_JUDGED = os.path.join(HERE, "gold", "check-judged", "s23-judged.tsv")
ALL_JUDGED = (INFO_JUDGED, POLICY_JUDGED, S12_JUDGED, S13_JUDGED, S14_JUDGED, S17_JUDGED, S23_JUDGED)
# Entries the check leaves to the number check (src/check/mod.rs NUMBER_WORDS): a dropped
# `million` is a number-mismatch, not a term-missing.
# The injection kinds the issue names (term, number, forbidden); the whole-sentence kinds are
# reported apart.
ISSUE_KINDS = ("term", "number", "forbid")
NUMBER_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "percent"}
GLOSSARIES = os.path.join(HERE, "..", "glossaries")


def glossary_rows():
    """The built-in glossary's rows by `arabic = english`, as a finding's `entry` names them."""
    rows = {}
    for name in sorted(os.listdir(GLOSSARIES)):
        if name.endswith(".csv"):
            with open(os.path.join(GLOSSARIES, name), encoding="utf-8") as f:
                for r in csv.DictReader(f):
                    rows.setdefault(f"{r['arabic']} = {r['english']}", r)
    return rows


# A Python copy of src/check/english.rs's folding (approximate), for the what-if policies.
FUNCTION_WORDS = {"the", "of", "for", "to", "in", "on", "a", "an", "and"}


def fold_word(w):
    s = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c)).lower()
    for suf in ("'s", "’s", "'", "’"):
        if s.endswith(suf):
            s = s[: -len(suf)]
            break
    if s.endswith("isation"):
        s = s[:-7] + "ization"
    for british, american in (("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing")):
        if len(s) > len(british) + 3 and s.endswith(british):
            s = s[: -len(british)] + american
            break
    n = len(s)
    if n > 4 and s.endswith(("ied", "ying")):
        s = s[: -3 if s.endswith("ied") else -4] + "y"
    elif n > 4 and s.endswith("ies"):
        s = s[:-3] + "y"
    elif n > 4 and s.endswith(("ches", "shes", "xes")):
        s = s[:-2]
    elif n > 3 and s.endswith("s") and not s.endswith(("ss", "us", "is")):
        s = s[:-1]
    return s


def en_words(text):
    return [fold_word(w) for w in re.findall(r"[^\W_]+(?:['’]s)?", text)]


def agree(a, b):
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    shorter = min(len(a), len(b))
    return (common >= 4 and common + 1 >= shorter) or (common >= 5 and 4 * common >= 3 * shorter)


def contains(hay, needle):
    return bool(needle) and any(
        all(agree(hay[i + k], w) for k, w in enumerate(needle)) for i in range(len(hay) - len(needle) + 1)
    )


def renderings(row):
    """The entry's rendering and its `also:` alternatives, as folded words."""
    alts = [row["english"]]
    for part in (row.get("note") or "").split(";"):
        if "also:" in part:
            alts += [a.split("(")[0].strip() for a in part.split("also:", 1)[1].split(",")]
    out = []
    for a in alts:
        w = en_words(a.split("(")[0])
        while w and w[0] in FUNCTION_WORDS:
            w.pop(0)
        while w and w[-1] in FUNCTION_WORDS:
            w.pop()
        if w:
            out.append(w)
    return out


def vocabulary_reason(f, doc_english, rows, ar_lines=None, en_lines=None, doc_terms=()):
    """The evidence on a vocabulary term-missing finding, as a dict: `verb` (a verb entry),
    `used` (the document's English uses a rendering of the entry in another pair), `consistent`
    (the same entry occurs in another Arabic line whose English line has a rendering: the
    translator follows the glossary for it elsewhere), `multi` (the Arabic term is more than
    one word)."""
    row = rows.get(f["entry"], {})
    verb = "no-article" in (row.get("guard") or "")
    others = en_words(doc_english.replace(f["english"], " ", 1))
    rs = renderings(row) if row else []
    used = any(contains(others, r) for r in rs)
    consistent = False
    if ar_lines and en_lines:
        spans = line_spans(ar_lines)
        line = lambda cp: next((k for k, (s, e) in enumerate(spans) if s <= cp <= e), None)
        k = line(f["start"])
        for t in doc_terms:
            if f"{t['arabic']} = {t['english']}" != f["entry"]:
                continue
            k2 = line(t["start"])
            if k2 is not None and k2 != k and k2 < len(en_lines):
                w = en_words(en_lines[k2])
                if any(contains(w, r) for r in rs):
                    consistent = True
                    break
    # A classifier before a name (twenty-third session): the term is directly followed by a
    # name the glossary knows (مدينة مانيلا, نادي يوتا جاز) or by a word common Arabic does not
    # use (a transliterated name, not in the wordfreq list); the English names it without the
    # classifier (`Manila`, `the Utah Jazz`): true and harmless.
    before_name = False
    if ar_lines is not None:
        text = "\n".join(ar_lines)
        after = text[f["end"]:f["end"] + 40].split()
        nxt = after[0] if after else ""
        before_name = any(
            t["start"] in range(f["end"], f["end"] + 3) and t["category"] in NAME_CATEGORIES
            for t in doc_terms
        ) or bool(nxt and re.fullmatch(r"[\u0621-\u064a]+", nxt) and not common_arabic(nxt))
    return {"verb": verb, "used": used, "consistent": consistent, "multi": len(f["arabic"].split()) > 1,
            "before_name": before_name, "zipf": arabic_zipf(row.get("arabic") or f["arabic"])}


NAME_CATEGORIES = {"person", "org", "group", "place", "event"}
FREQ = os.path.join(HERE, "..", "..", "shared", "data", "dev", "freq", "ar_wordfreq_top50k.tsv")
_ZIPF = {}


def _zipf_table():
    if not _ZIPF and os.path.exists(FREQ):
        with open(FREQ, encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if p[0] != "rank":
                    _ZIPF.setdefault(p[1], float(p[3]))
    return _ZIPF


def arabic_zipf(word):
    """The wordfreq zipf of an Arabic word (with or without its article; 0 when not in the
    top 50,000): measuring only, for the `rare term` what-if policy."""
    w = re.sub("[\u064b-\u0652\u0640]", "", word)
    forms = [w, w[2:] if w.startswith("ال") else "ال" + w]
    return max(_zipf_table().get(x, 0.0) for x in forms)


def common_arabic(word):
    """Whether an Arabic word (or it without a one-letter clitic) is in the wordfreq list."""
    w = re.sub("[\u064b-\u0652\u0640]", "", word)
    return any(x in _zipf_table() for x in (w, w[1:], w[2:] if w.startswith("ال") else w))


def pair_evidence(f, run, ar_lines, doc_terms):
    """Whole-pair evidence on a term-missing finding (fourteenth session): how many other
    checked terms its Arabic line has (`others`), and how many of those the same run reports
    missing too (`others_missing`). A translator who follows the glossary for every other term
    of the sentence and leaves out this one looks more like an omission than a paraphrase of
    the whole sentence. Lines are the gold lines (the aligner's pairs are not in the output)."""
    spans = line_spans(ar_lines)
    line = lambda cp: next((k for k, (s, e) in enumerate(spans) if s <= cp <= e), None)
    k = line(f["start"])
    skip = ("month", "weekday", "unit", "currency")
    others = {
        (t["start"], t["end"]) for t in doc_terms
        if t["category"] not in skip and t["english"] not in NUMBER_WORDS and line(t["start"]) == k and (t["start"], t["end"]) != (f["start"], f["end"])
    }
    missing = {(g["start"], g["end"]) for g in run if g["check"] == "term-missing" and line(g["start"]) == k} - {(f["start"], f["end"])}
    return {"others": len(others), "others_missing": len(missing & others) or len(missing)}


# What-if severity policies for a vocabulary (info) term-missing finding: shown by default?
# Each is a piece of evidence that might tell a dropped rendering from a translator's choice.
POLICIES = {
    "now": lambda r: False,
    "multiword term": lambda r: r["multi"],
    "consistent elsewhere": lambda r: r["consistent"],
    "used-elsewhere nouns": lambda r: r["used"] and not r["verb"],
    "used-elsewhere": lambda r: r["used"],
    "pair: 2+ others, all found": lambda r: r.get("others", 0) >= 2 and r.get("others_missing", 1) == 0,
    "pair: 3+ others, all found": lambda r: r.get("others", 0) >= 3 and r.get("others_missing", 1) == 0,
    "pair: 4+ others, all found": lambda r: r.get("others", 0) >= 4 and r.get("others_missing", 1) == 0,
    # Twenty-third session: properties a translator can read off the term, tried as what-ifs.
    "classifier before a name": lambda r: r.get("before_name", False),
    "not before a name": lambda r: not r.get("before_name", False),
    "rare term (zipf < 4.5)": lambda r: 0 < r.get("zipf", 9) < 4.5,
    "used-elsewhere, not before a name": lambda r: r["used"] and not r.get("before_name", False),
    "multiword or used-elsewhere nouns": lambda r: r["multi"] or (r["used"] and not r["verb"]),
    "all vocabulary nouns": lambda r: not r["verb"],
    "all vocabulary": lambda r: True,
}


def finding_kind(f, rows):
    """A finding's kind for the per-kind tables: its check, and for term-missing the entry's
    category (vocabulary split into noun, verb and multiword); for unaligned, which side."""
    kind = f["check"]
    if f["check"] == "term-missing":
        row = rows.get(f["entry"], {})
        if row.get("category") == "term":
            kind += ", vocabulary " + ("multiword" if len(f["arabic"].split()) > 1 else "verb" if "no-article" in (row.get("guard") or "") else "noun")
        else:
            kind += ", " + (row.get("category") or "?")
    elif f["check"] == "unaligned" and f["start"] < f["end"]:
        kind += ", Arabic" if f["english"] == "" else ", sentence of a merged pair"
    elif f["check"] == "unaligned":
        kind += ", English"
    return kind


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
    key = f"{f['doc_id']}:{f['start']}-{f['end']}:{f['check']}"
    # An English-only pair has the Arabic span 0-0: its pair keeps the key unique.
    return key + (f"@p{f['pair']}" if f["start"] == f["end"] else "")


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
    ap.add_argument("--policy-unjudged", help="write the clean findings the what-if policies would show that are not judged yet (JSONL)")
    ap.add_argument("--save-injected", help="write the corrupted copies (JSONL with `kind`; not to be committed: the texts are measuring-only data)")
    ap.add_argument("--seed", type=int, default=20, help="the injections' random seed (20 is the reported draw)")
    a = ap.parse_args()
    global JUDGED_SHOWN
    JUDGED_SHOWN = os.path.relpath(a.judged) if a.judged else "none"
    rng = random.Random(a.seed)
    rng_sentences = random.Random(a.seed * 1000 + 12)
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
    # judged.tsv first; a default-severity finding it lacks may be judged in a later file.
    judged_default = {}
    for path in ALL_JUDGED[::-1] + (a.judged,):
        judged_default.update(load_judged(path))
    precision([f for f in clean_all if f["check"] != "forbidden-term"], half_of, judged_default, a.unjudged)

    # Terms and facts of every document, for choosing what to corrupt.
    all_terms = run(a.bin, ["terms", "--input-format", "jsonl", "--format", "jsonl", "-"], "\n".join(clean_lines + long_lines) + "\n")
    terms = [t for t in all_terms if t["doc_id"].split("/")[0] in SETS]
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
            injected.append(("term", i, {"id": i, "text": "\n".join(ar), "english": "\n".join(en2), "why": f"{t['arabic']} = {t['english']}: {en2[k]}", "cat": t["category"]}, ("term-missing", "number-mismatch") if t["english"] in NUMBER_WORDS else ("term-missing",), (t["start"], t["end"])))
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
            injected.append(("number", i, {"id": i, "text": "\n".join(ar), "english": "\n".join(en2)}, ("number-mismatch",), spans[k]))
        # forbidden
        k = rng.randrange(len(en))
        en2 = list(en)
        en2[k] = en2[k].rstrip(".") + ", Daesh said."
        injected.append(("forbid", i, {"id": i, "text": "\n".join(ar), "english": "\n".join(en2)}, ("forbidden-term",), spans[k]))
        # Whole sentences (twelfth session), drawn with their own generator so that the draws
        # above stay those of earlier sessions: a segment left untranslated (the Arabic copied
        # into the English, as a CAT tool leaves a segment nobody translated) -> expect
        # untranslated or unaligned on that line; a sentence the translator skipped (the
        # English line deleted) -> expect unaligned, or (when the aligner joins the orphan
        # Arabic to a neighbour) a term or number finding on that line the clean copy lacks.
        k = rng_sentences.randrange(len(en))
        en2 = list(en)
        en2[k] = ar[k]
        injected.append(("untranslated", i, {"id": i, "text": "\n".join(ar), "english": "\n".join(en2)}, ("untranslated", "unaligned"), spans[k]))
        if len(en) > 1:
            k = rng_sentences.randrange(len(en))
            en2 = en[:k] + en[k + 1 :]
            injected.append(("dropped", i, {"id": i, "text": "\n".join(ar), "english": "\n".join(en2)}, ("unaligned", "term-missing", "number-mismatch"), spans[k]))

    lines = []
    for n, (kind, i, doc, _, _) in enumerate(injected):
        doc = dict(doc)
        doc["id"] = f"{n}|{i}"
        doc.pop("why", None)
        doc.pop("cat", None)
        lines.append(json.dumps(doc, ensure_ascii=False))
    if a.save_injected:
        with open(a.save_injected, "w", encoding="utf-8") as out:
            for n, line in enumerate(lines):
                out.write(json.dumps({"kind": injected[n][0], **json.loads(line)}, ensure_ascii=False) + "\n")
    got = run(a.bin, ["check", "--input-format", "jsonl", "--format", "jsonl", "--min-severity", "info", "-q", "-"] + gl, "\n".join(lines) + "\n")
    per = {}
    for f in got:
        per.setdefault(f["doc_id"], []).append(f)
    stats = {}
    missed = []
    found_of = {}
    for n, (kind, i, doc, check, (s, e)) in enumerate(injected):
        base = {(f["check"], f["start"], f["end"]) for f in by_doc.get(i, [])}
        # A forbidden term is about the English: when the aligner leaves the corrupted English
        # sentence without Arabic (an English-only pair, Arabic span 0-0), the finding is
        # matched by the English it quotes.
        found = [
            f for f in per.get(f"{n}|{i}", [])
            if f["check"] in check
            and (
                (f["start"] < e + 1 and f["end"] > s - 1 and (f["check"], f["start"], f["end"]) not in base)
                or (kind == "forbid" and f["start"] == f["end"] and "Daesh said" in f["english"])
            )
        ]
        hit = bool(found)
        found_of[n] = found
        # What a user sees by default (`--min-severity warning`): no info-level finding.
        shown = any(f["severity"] != "info" for f in found)
        # Vocabulary (category `term`) is info by design: recall is also shown with and without it.
        vocabulary = kind == "term" and doc.get("cat") == "term"
        group = "@" + ("vocabulary terms" if vocabulary else "all but vocabulary")
        keys = [kind, "half " + half_of[i], group, f"{group}, half {half_of[i]}"] if kind in ISSUE_KINDS else ["sentence: " + kind]
        # Term injections split (fourteenth session): key terms (names, organizations,
        # places, titles, nationalities) against vocabulary, and by category.
        if kind == "term":
            keys += ["term: vocabulary" if vocabulary else "term: key terms (not vocabulary)", f"term: category {doc.get('cat')}"]
        if kind not in ISSUE_KINDS:
            by = sorted({f["check"] for f in found if f["severity"] != "info"} or {f["check"] for f in found})
            keys.append(f"sentence: {kind} by {'+'.join(by) or 'nothing'}")
        for key in keys:
            st = stats.setdefault(key, [0, 0, 0])
            st[0] += hit
            st[1] += 1
            st[2] += shown
        if not hit:
            missed.append((kind, i, doc.get("why", "")))
    total = [0, 0, 0]
    print("\ninjected errors found (any severity; at the default --min-severity warning):")
    for kind, (h, n, d) in sorted(stats.items()):
        print(f"  {kind:<30} {h}/{n} = {h / n:.3f}   default: {d}/{n} = {d / n:.3f}")
        if kind in ISSUE_KINDS:
            total[0] += h
            total[1] += n
            total[2] += d
    print(f"  {'all (the issue`s three kinds)':<30} {total[0]}/{total[1]} = {total[0] / total[1]:.3f}   default: {total[2]}/{total[1]} = {total[2] / total[1]:.3f}")
    for kind in ("untranslated", "dropped"):
        h, n, d = stats.get("sentence: " + kind, [0, 0, 0])
        total = [total[0] + h, total[1] + n, total[2] + d]
    print(f"  {'all with the sentence kinds':<30} {total[0]}/{total[1]} = {total[0] / total[1]:.3f}   default: {total[2]}/{total[1]} = {total[2] / total[1]:.3f}")
    if a.verbose:
        for kind, i, why in missed:
            print(f"  missed {kind} in {i}: {why}")

    # Per kind: what a user sees by default on the corrupted copies, against the default
    # findings of that check on the untouched translations (judged right / judged; unjudged).
    check_of = {"term": "term-missing", "number": "number-mismatch", "forbid": "forbidden-term"}
    judged_all = judged_default
    print("\nper kind at the default severity: injected found (A | B), and the findings of its check on the untouched texts:")
    for kind in ("term", "number", "forbid"):
        rec = {"A": [0, 0], "B": [0, 0]}
        for n, (k, i, doc, check, _) in enumerate(injected):
            if k == kind:
                rec[half_of[i]][0] += any(f["severity"] != "info" for f in found_of[n])
                rec[half_of[i]][1] += 1
        shown = [f for f in clean_all if f["severity"] != "info" and f["check"] == check_of[kind]]
        if kind == "forbid":
            shown = []  # the injection glossary's row is no built-in one (see the precision note)
        right = sum(judged_all.get(finding_id(f), {}).get("label") == "right" for f in shown)
        false = sum(judged_all.get(finding_id(f), {}).get("label") == "false" for f in shown)
        unj = len(shown) - right - false
        (ra, na), (rb, nb) = rec["A"], rec["B"]
        print(f"  {kind:<7} injected {ra}/{na} | {rb}/{nb} = {(ra + rb) / max(1, na + nb):.3f};  untouched: {len(shown)} shown, {right} right, {false} false alarms, {unj} unjudged")

    # The injected errors found only at info level, by kind and why they were info.
    rows = glossary_rows()
    only_info = {}
    for n, (kind, i, doc, _, _) in enumerate(injected):
        found = found_of[n]
        if not found or any(f["severity"] != "info" for f in found):
            continue
        f = found[0]
        if f["check"] == "term-missing":
            r = vocabulary_reason(f, doc["english"], rows)
            verb, used = r["verb"], r["used"]
            why = f"vocabulary {'verb' if verb else 'noun'}, rendering {'used' if used else 'not used'} in another pair"
        else:
            why = f["message"].split(";")[0]
        only_info.setdefault((kind, why), []).append((i, f))
    print("\ninjected errors found only at info level (kind, why info):")
    for (kind, why), fs in sorted(only_info.items(), key=lambda x: (x[0][0], -len(x[1]))):
        halves = "".join(sorted(half_of[i] for i, _ in fs))
        print(f"  {kind:<7} {len(fs):>3}  {why}  (A {halves.count('A')}, B {halves.count('B')})")
        if a.verbose:
            for i, f in fs:
                print(f"            {i}: {f['arabic']} ({f['entry']})")

    # The injected errors of the issue's kinds missed at the default severity: found at info
    # level only (the table above says why) or not found at all.
    below = {}
    for n, (kind, i, doc, _, _) in enumerate(injected):
        if kind not in ISSUE_KINDS or any(f["severity"] != "info" for f in found_of[n]):
            continue
        why = "found at info level only" if found_of[n] else "not found at any severity"
        below[(kind, why)] = below.get((kind, why), 0) + 1
    print("\ninjected errors (the issue's kinds) missed at the default severity:")
    for (kind, why), c in sorted(below.items()):
        print(f"  {kind:<7} {c:>3}  {why}")

    # Every finding of the clean run (all three sets) by kind, with the judged labels of all
    # the judged files: what each kind would be worth at the default severity.
    judged_every = {}
    for path in (a.judged,) + ALL_JUDGED:
        judged_every.update(load_judged(path))
    per_kind = {}
    for f in clean_all:
        if f["check"] == "forbidden-term":
            continue
        kind = finding_kind(f, rows)
        st = per_kind.setdefault((f["severity"], kind), [0, 0, 0])
        j = judged_every.get(finding_id(f))
        st[0] += 1
        if j:
            st[1] += 1
            st[2] += j["label"] == "right"
    print("\nfindings on the untouched human translations (all sets) by kind: judged right / judged (all judged files):")
    for (sev, kind), (n, jn, r) in sorted(per_kind.items(), key=lambda x: ("ewi".index(x[0][0][0]), x[0][1])):
        print(f"  {sev:<8} {kind:<44} {n:>4} findings; judged {r}/{jn}" + (f" = {r / jn:.2f}" if jn else ""))

    # A ceiling (seventeenth session): the judged precision vocabulary term-missing would have
    # at the default if filters removed every false alarm of the causes the brief named
    # (alternative, sense, part-of-name) and no right finding: what is left is compounds,
    # English forms and segmentation, against the right findings.
    ceiling = {"A": [0, 0], "B": [0, 0]}
    for f in clean_all:
        j = judged_every.get(finding_id(f))
        if f["check"] != "term-missing" or f["severity"] != "info" or not j:
            continue
        if j["cause"] in ("alternative", "sense", "part-of-name"):
            continue
        ceiling[half_of[f["doc_id"]]][0] += j["label"] == "right"
        ceiling[half_of[f["doc_id"]]][1] += 1
    (ra, na), (rb, nb) = ceiling["A"], ceiling["B"]
    print(f"\nceiling: judged vocabulary term-missing without the false alarms of alternative, sense and part-of-name: A {ra}/{na} = {ra / max(1, na):.2f}, B {rb}/{nb} = {rb / max(1, nb):.2f}")

    # The injected errors of the issue's kinds missed at the default severity, by the finding
    # that would show them (its kind, at info level) and what that kind shows on the untouched
    # texts: judged right / judged there, so what promoting it would cost.
    print("\ninjected errors (the issue's kinds) missed at the default, by the info finding that has them, against that kind's judged precision on the untouched texts:")
    missed_by = {}
    for n, (kind, i, doc, _, _) in enumerate(injected):
        if kind not in ISSUE_KINDS or any(f["severity"] != "info" for f in found_of[n]):
            continue
        k = finding_kind(found_of[n][0], rows) if found_of[n] else "not found at any severity"
        m = missed_by.setdefault((kind, k), {"A": 0, "B": 0})
        m[half_of[i]] += 1
    for (kind, k), m in sorted(missed_by.items(), key=lambda x: -(x[1]["A"] + x[1]["B"])):
        n, jn, r = per_kind.get(("info", k), (0, 0, 0))
        cost = f"untouched: {n} info findings, judged right {r}/{jn}" + (f" = {r / jn:.2f}" if jn else "")
        print(f"  {kind:<7} {m['A'] + m['B']:>3} (A {m['A']}, B {m['B']})  {k:<38} {cost}")

    # What-if: vocabulary term-missing findings shown by default under each policy.
    en_of = {i: "\n".join(en) for i, _, en, _ in judged_docs}
    judged = load_judged(a.judged)
    for path in ALL_JUDGED:
        judged.update(load_judged(path))
    ar_of = {i: ar for i, ar, _, _ in judged_docs}
    en_lines_of = {i: en for i, _, en, _ in judged_docs}
    terms_of = {}
    for t in all_terms:
        terms_of.setdefault(t["doc_id"], []).append(t)
    run_of_doc = {}
    for f in clean_all:
        run_of_doc.setdefault(f["doc_id"], []).append(f)
    clean_reasons = [
        (f, {**vocabulary_reason(f, en_of[f["doc_id"]], rows, ar_of[f["doc_id"]], en_lines_of[f["doc_id"]], terms_of.get(f["doc_id"], ())),
             **pair_evidence(f, run_of_doc[f["doc_id"]], ar_of[f["doc_id"]], terms_of.get(f["doc_id"], ()))})
        for f in clean_all
        if f["check"] == "term-missing" and f["severity"] == "info"
    ]
    inj_reasons = {
        n: [
            {**vocabulary_reason(f, injected[n][2]["english"], rows, ar_of[injected[n][1]], injected[n][2]["english"].split("\n"), terms_of.get(injected[n][1], ())),
             **pair_evidence(f, per.get(f"{n}|{injected[n][1]}", []), ar_of[injected[n][1]], terms_of.get(injected[n][1], ()))}
            for f in fs
            if f["check"] == "term-missing" and f["severity"] == "info"
        ]
        for n, fs in found_of.items()
    }
    base_shown = [f for f in clean_all if f["severity"] != "info" and f["check"] != "forbidden-term"]
    print("\nwhat-if policies for vocabulary term-missing (shown by default when the policy says so):")
    print(f"  {'policy':<22} {'recall A':>9} {'recall B':>9} {'recall':>9}   clean shown: judged right/judged (unjudged), A | B; precision of the judged")
    unj_out = []
    for name, pol in POLICIES.items():
        rec = {"A": [0, 0], "B": [0, 0]}
        for n, (kind, i, doc, _, _) in enumerate(injected):
            if kind not in ISSUE_KINDS:
                continue
            found = found_of[n]
            shown = any(f["severity"] != "info" for f in found) or any(pol(r) for r in inj_reasons[n])
            rec[half_of[i]][0] += shown
            rec[half_of[i]][1] += 1
        shown = base_shown + [f for f, r in clean_reasons if pol(r)]
        prec = {"A": [0, 0, 0], "B": [0, 0, 0]}
        for f in shown:
            j = judged.get(finding_id(f))
            st = prec[half_of[f["doc_id"]]]
            if j is None:
                st[2] += 1
                if name != "all vocabulary":
                    unj_out.append(f)
            else:
                st[0] += j["label"] == "right"
                st[1] += 1
        ra, rb = rec["A"], rec["B"]
        pa, pb = prec["A"], prec["B"]
        print(
            f"  {name:<22} {ra[0] / ra[1]:>9.3f} {rb[0] / rb[1]:>9.3f} {(ra[0] + rb[0]) / (ra[1] + rb[1]):>9.3f}"
            f"   {pa[0]}/{pa[1]} ({pa[2]}) | {pb[0]}/{pb[1]} ({pb[2]}); {(pa[0] + pb[0]) / max(1, pa[1] + pb[1]):.2f}"
        )
    if a.policy_unjudged:
        seen = set()
        with open(a.policy_unjudged, "w", encoding="utf-8") as out:
            for f in unj_out:
                if finding_id(f) not in seen:
                    seen.add(finding_id(f))
                    out.write(json.dumps(f, ensure_ascii=False) + "\n")
        print(f"  {len(seen)} findings of the policies not judged yet written to {a.policy_unjudged}")


if __name__ == "__main__":
    main()
