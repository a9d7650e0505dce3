#!/usr/bin/env python3
"""Candidate counted nouns for the unit table (issue #18, session 17), from a general word list.

The unit table (src/extract/quantities/tables.rs NOUNS, nouns.rs MORE_NOUNS) was mined from
the words after numbers in the 600 dev news articles (dev/facts_units.py); those are used up
(its leftovers are function words, months and names), and a fresh news sample still meets
counted nouns the table lacks (650 عقدا، 300 هرم، مئات المسائل). This lists the frequent Arabic
words of a general frequency list (../shared/data/dev/freq, wordfreq: Wikipedia, news crawl,
subtitles, web) that have a counted noun's shape (a broken or sound plural, or a singular in
ة) and are not in the table, by frequency, for a person to pick the countable nouns and write
their English (the list is read by a person, never copied into the table as is).

Usage (from the repo root):
    python3 dev/facts_nouns.py [--top 4000] [--shape plural|singular|all]
"""
import argparse, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
FREQ = os.environ.get("DRAGOMAN_FREQ",
                      os.path.join(HERE, "../../shared/data/dev/freq/ar_wordfreq_top50k.tsv"))


# The same folding and the same table reader as dev/facts_units.py (one copy of each).
from facts_units import known, norm  # noqa: E402


def broken_plural(w):
    """The same shapes as shape.rs broken_plural."""
    if w.endswith("ه"):
        return False
    c = w
    if len(c) == 4:
        return c[2] in "وا"
    if len(c) == 5:
        return ((c[0] == "ا" and c[3] == "ا") or (c[2] == "ا" and c[0] not in "يتا")
                or (c[3] == "ا" and c[4] == "ء"))
    if len(c) == 6:
        return c[2] == "ا" and c[4] == "ي" and c[0] not in "يت"
    return False


def sound_plural(w):
    return len(w) >= 5 and (w.endswith("ات") or (w[-2:] in ("ين", "ون") and w[0] not in "يت"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=4000, help="the first N rows of the list")
    ap.add_argument("--shape", default="plural", choices=["plural", "singular", "all"])
    a = ap.parse_args()
    table = known()
    seen = set()
    for line in open(FREQ, encoding="utf-8").read().splitlines()[1: a.top + 1]:
        rank, word = line.split("\t")[:2]
        w = norm(word)
        # A proclitic or the article starts another form of a listed word.
        if w in seen or w in table or w[:-1] in table or len(w) < 3 or w.startswith(("ال", "و", "ب", "ل", "ف", "ك")):
            continue
        seen.add(w)
        plural = broken_plural(w) or sound_plural(w)
        singular = w.endswith("ه") and len(w) >= 4
        if (a.shape == "plural" and plural) or (a.shape == "singular" and singular) or (
                a.shape == "all" and (plural or singular)):
            print(f"{rank}\t{w}\t{'plural' if plural else 'singular'}")


if __name__ == "__main__":
    main()
