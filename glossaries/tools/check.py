#!/usr/bin/env python3
"""Format and collision checker for dragoman's glossary CSV files.

Usage: python3 glossaries/tools/check.py [GLOSSARY_DIR]

Checks every *.csv in the glossary directory:
  * header is exactly  arabic,english,category,variants,note,source
    optionally followed by ,guard (the sense guard; `dragoman glossary lint`
    checks its syntax and the collisions)
  * every row has as many fields as the header, LF line ends, UTF-8,
    RFC 4180 quoting
  * category is in the closed set
  * arabic headword and variants: no diacritics, no tatweel, no double or
    leading/trailing spaces, no punctuation/quotes/Latin letters
  * english and source are non-empty
  * month/weekday rows carry a gregorian:N / hijri:N / weekday:N note
  * normalized keys (alef forms -> ا, ى -> ي, ة -> ه, diacritics dropped,
    and the article ال / لل dropped from the start of each word, as the
    matcher does to running text) are unique across ALL files, headwords
    and variants together
Exit status 0 when clean, 1 otherwise.
"""
import csv
import io
import os
import re
import sys

HEADER = ["arabic", "english", "category", "variants", "note", "source"]
CATEGORIES = {"person", "org", "group", "place", "nationality", "title",
              "event", "term", "month", "weekday", "unit", "currency"}
DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
TATWEEL = "\u0640"
ALLOWED = re.compile(r"^[\u0621-\u063A\u0641-\u064A ]+$")
CODE_NOTE = {"month": re.compile(r"^(gregorian|hijri):(\d{1,2})\b"),
             "weekday": re.compile(r"^weekday:([1-7])\b")}


def normalize(s):
    s = DIACRITICS.sub("", s).replace(TATWEEL, "")
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.split())


def strip_article(word):
    for art in ("لل", "ال"):
        if word.startswith(art) and len(word) - len(art) >= 2:
            return word[len(art):]
    return word


def key(s):
    return " ".join(strip_article(w) for w in normalize(s).split())


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..")
    files = sorted(f for f in os.listdir(root) if f.endswith(".csv"))
    errors = []
    seen = {}      # key -> (file, line, english, form)
    total = 0
    counts = {}
    for fn in files:
        path = os.path.join(root, fn)
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            errors.append(f"{fn}: not UTF-8: {e}")
            continue
        if "\r" in text:
            errors.append(f"{fn}: contains CR (line ends must be LF)")
        if text.startswith("\ufeff"):
            errors.append(f"{fn}: has a BOM")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if not rows or rows[0] not in (HEADER, HEADER + ["guard"]):
            errors.append(f"{fn}: bad header {rows[:1]}")
            continue
        n = 0
        for i, row in enumerate(rows[1:], start=2):
            where = f"{fn}:{i}"
            if len(row) != len(rows[0]):
                errors.append(f"{where}: {len(row)} fields")
                continue
            n += 1
            ar, en, cat, var, note, src = row[:6]
            if cat not in CATEGORIES:
                errors.append(f"{where}: bad category {cat!r}")
            if not en.strip() or en != en.strip():
                errors.append(f"{where}: empty or padded english {en!r}")
            if not src.strip():
                errors.append(f"{where}: empty source")
            if cat in CODE_NOTE and not CODE_NOTE[cat].match(note):
                errors.append(f"{where}: {cat} row needs a code note, got {note!r}")
            forms = [ar] + (var.split("|") if var else [])
            for form in forms:
                if not form:
                    errors.append(f"{where}: empty variant in {var!r}")
                    continue
                if form != form.strip() or "  " in form:
                    errors.append(f"{where}: spacing in {form!r}")
                if DIACRITICS.search(form) or TATWEEL in form:
                    errors.append(f"{where}: diacritics/tatweel in {form!r}")
                if not ALLOWED.match(form):
                    bad = sorted(set(c for c in form if not ALLOWED.match(c)))
                    errors.append(f"{where}: bad characters {bad} in {form!r}")
                k = key(form)
                if k in seen:
                    f2, l2, en2, form2 = seen[k]
                    if (f2, l2) == (fn, i) and normalize(form) != normalize(form2):
                        # The same row, differing by the article only (اليونيسف|يونيسف): the
                        # matcher requires a headword's article, so the bare variant is needed.
                        continue
                    rel = "same english" if en2 == en else f"english {en2!r} vs {en!r}"
                    errors.append(f"{where}: key {k!r} ({form}) already at {f2}:{l2} ({form2}); {rel}")
                else:
                    seen[k] = (fn, i, en, form)
        counts[fn] = n
        total += n
    for fn in files:
        print(f"{fn:20s} {counts.get(fn, 0):5d}")
    print(f"{'total':20s} {total:5d}   keys: {len(seen)}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
