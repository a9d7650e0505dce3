#!/usr/bin/env python3
"""Counted nouns and units over all 600 dev news articles (issue #18, session 12).

Two figures:
1. which words follow a number in the raw text but are not in the unit/noun tables of
   src/extract/quantities (tables.rs, nouns.rs), by frequency: the list the English table of
   counted nouns was chosen from (`--words N` prints the top N);
2. with a binary: of its `quantity` facts on the 600 articles, how many have an English noun
   or unit in the `english` column, how many a bare number (a counted noun with no English:
   the number is kept, the Arabic noun is not copied), and how many still carry Arabic.

Usage (from the repo root; articles from ../shared/data/dev/news or $DRAGOMAN_NEWS_ROOT):
    python3 dev/facts_units.py [BIN] [--words 60]
"""
import argparse, collections, json, os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = os.environ.get("DRAGOMAN_NEWS_ROOT", os.path.join(HERE, "../../shared/data/dev/news"))
ART = os.path.join(NEWS, "articles")
ARABIC = re.compile("[\u0600-\u06ff]")
NUM = (r"(?:\d[\d,.]*|ثلاث[ةه]?|أربع[ةه]?|خمس[ةه]?|ست[ةه]?|سبع[ةه]?|ثماني[ةه]?|ثمان|تسع[ةه]?"
       r"|عشر[ةه]?|مائ[ةه]|مئ[ةه]|ألف|آلاف)")


def norm(w):
    w = re.sub("[\u064b-\u065f\u0640]", "", w)
    w = re.sub("[أإآ]", "ا", w)
    return w.replace("ة", "ه").replace("ى", "ي")


def known():
    out = set()
    for f in ("tables.rs", "nouns.rs", "counted.rs"):
        src = open(os.path.join(HERE, "../src/extract/quantities", f), encoding="utf-8").read()
        out |= set(re.findall(r'\("([^"]+)",', src))
    return out


def dated():
    rows = open(os.path.join(NEWS, "metadata.tsv"), encoding="utf-8").read().splitlines()[1:]
    return [(r.split("\t")[0], r.split("\t")[4][:10]) for r in rows]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary", nargs="?")
    ap.add_argument("--words", type=int, default=60)
    a = ap.parse_args()
    table, words, first = known(), collections.Counter(), {}
    for f, _ in dated():
        path = os.path.join(ART, f)
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        for m in re.finditer(NUM + r"[”\"»)]?\s+([\u0621-\u0652\u0640]+)", text):
            w = norm(m.group(1))
            if w in table or w[:-1] in table or w.startswith("ال") or len(w) < 3:
                continue
            words[w] += 1
            first.setdefault(w, m.group(0))
    print(f"words after a number, not in the tables (top {a.words} of {len(words)}):")
    for w, n in words.most_common(a.words):
        print(f"  {n:4d} {w}\t{first[w]}")
    if not a.binary:
        return
    kinds = collections.Counter()
    arabic = collections.Counter()
    for f, date in dated():
        path = os.path.join(ART, f)
        if not os.path.exists(path):
            continue
        p = subprocess.run([a.binary, "facts", "--format", "jsonl", "--date", date, path],
                           capture_output=True, text=True, check=True)
        for line in p.stdout.splitlines():
            o = json.loads(line)
            if o["type"] != "quantity":
                continue
            en = o.get("english", "")
            if ARABIC.search(en):
                kinds["Arabic in english"] += 1
                arabic[re.sub(r"^[^\u0600-\u06ff]*", "", en)] += 1
            elif re.search(r"[A-Za-z]", en.replace("more than", "").replace("about", "")
                           .replace("at least", "").replace("up to", "").replace("less than", "")
                           .replace("million", "").replace("billion", "")):
                kinds["English noun or unit"] += 1
            else:
                kinds["bare number"] += 1
    total = sum(kinds.values())
    print(f"\nquantity facts on the 600 articles: {total}")
    for k, n in kinds.most_common():
        print(f"  {k:22s} {n:5d}  {n / total:.3f}")
    if arabic:
        print("  Arabic left:", ", ".join(f"{w} {n}" for w, n in arabic.most_common(20)))


if __name__ == "__main__":
    main()
