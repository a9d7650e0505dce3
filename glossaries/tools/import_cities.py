#!/usr/bin/env python3
"""Candidate city rows from jamsshhayd/world-cities-translations (CC BY 4.0).

Usage: python3 glossaries/tools/import_cities.py CITIES_CSV FREQ_TSV [MIN_POP] > /tmp/cities.tsv

CITIES_CSV: world-cities-ar-en.csv (CountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population),
from github.com/jamsshhayd/world-cities-translations @ 4f746ebc, Data/world-cities.csv.
FREQ_TSV: wordfreq 3.1.1 Arabic top-50k list (rank, word, frequency, zipf, ...), CC BY-SA 4.0;
read only to reject collisions, never shipped.

Prints one TSV line per candidate: verdict, population, Arabic, English, country, reason.
verdict is `keep` or `reject`; a candidate is rejected when
  * its population is below MIN_POP (default 300000),
  * its Arabic name (normalized as the matcher does) already is a key of a glossary file,
  * after cleaning (see clean()) it has non-Arabic letters (digits, Latin, Persian/Urdu letters),
  * any written form the matcher would accept (proclitics و ف ب ك ل, article, accusative
    alef) of a one-word name is a word of the frequency list with zipf >= 3.0, unless that
    word is the name itself used as a name (the reviewer decides; see `collision` lines).
The kept lines are then reviewed by hand before they enter glossaries/cities.csv; the reviewer's
decisions are recorded in the `note` column there. Python 3 stdlib only.
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import key, normalize  # noqa: E402

PREFIXES = ("ولاية ", "محافظة ", "مقاطعة ", "إقليم ", "منطقة ", "بلدية ", "مدينة ")
CONJ = ["", "و", "ف"]
PREP = ["", "ب", "ك", "ل"]


def clean(ar):
    """Drop an administrative prefix (ولاية قندهار → قندهار), a disambiguating tail after a
    comma or in brackets (كاواساكي، كاناغاوا → كاواساكي) and diacritics; keep hyphenated names
    with a space (they are rejected later if anything but Arabic letters remains)."""
    for sep in ("،", ",", "("):
        ar = ar.split(sep)[0]
    ar = "".join(ch for ch in ar if not ("\u064b" <= ch <= "\u0652" or ch == "\u0640"))
    ar = " ".join(ar.split())
    for p in PREFIXES:
        if ar.startswith(p) and len(ar) > len(p) + 2:
            ar = ar[len(p):]
            break
    return ar


def written_forms(stem):
    out = set()
    for c in CONJ:
        for p in PREP:
            if (c or p) and len(stem) >= 3:
                out.add(c + p + stem)
            out.add(c + ("لل" if p == "ل" else p + "ال") + stem)
    out |= {f + "ا" for f in list(out)} | {stem + "ا"}
    return out


def main():
    cities, freq_path = sys.argv[1], sys.argv[2]
    min_pop = int(sys.argv[3]) if len(sys.argv) > 3 else 300000
    gdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    keys = set()
    for fn in os.listdir(gdir):
        if fn.endswith(".csv") and fn != "cities.csv":
            for r in csv.DictReader(open(os.path.join(gdir, fn), encoding="utf-8")):
                for f in [r["arabic"]] + (r["variants"].split("|") if r["variants"] else []):
                    keys.add(key(f))
    freq = {}
    for line in open(freq_path, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if p[0] != "rank":
            freq.setdefault(normalize(p[1]), (float(p[3]), p[1]))
    seen = set()
    for r in csv.DictReader(open(cities, encoding="utf-8-sig")):
        ar, en, pop = r["CityNameAr"].strip(), r["CityNameEn"].strip(), int(r["Population"] or 0)
        country = r["CountryNameEn"]
        verdict, reason = "keep", ""
        if pop < min_pop:
            continue
        raw = ar
        ar = clean(ar)
        k = key(ar)
        if k in seen:
            continue
        seen.add(k)
        if k in keys:
            verdict, reason = "reject", "already in glossary"
        elif not ar:
            verdict, reason = "reject", "nothing left after cleaning"
        elif not all("\u0621" <= ch <= "\u064a" or ch == " " for ch in ar):
            verdict, reason = "reject", "non-Arabic letters or marks"
        else:
            first = normalize(ar).split()[0]
            hits = sorted((freq[w][0], freq[w][1]) for w in written_forms(first) if w in freq)
            hits = [h for h in hits if h[0] >= 3.0]
            if " " not in ar and hits:
                verdict = "reject"
                reason = "collision " + " ".join(f"{w}:{z:.1f}" for z, w in reversed(hits))
            elif hits:
                reason = "first word frequent: " + " ".join(f"{w}:{z:.1f}" for z, w in reversed(hits))
        if raw != ar:
            reason = (reason + "; " if reason else "") + "cleaned from " + raw
        print("\t".join([verdict, str(pop), ar, en, country, reason]))


if __name__ == "__main__":
    main()
