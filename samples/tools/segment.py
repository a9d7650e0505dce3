#!/usr/bin/env python3
"""Reference sentence segmenter for the dragoman sample data (stdlib only).

This encodes the segmentation rules the gold files in samples/ were written
against (see samples/parallel/README.md):

* every line is segmented on its own; a line end always ends a sentence
  (so a headline line without a full stop is one sentence);
* a sentence ends after . ! ? ؟ … (or "...") when it is followed, possibly
  after closing quotes/brackets, by whitespace or the line end;
* no split while inside «…» or "…" quotes (a terminator immediately followed
  by the closing quote ends the quote and may end the sentence);
* no split after known abbreviations (U.S., Mr., Dr., د., أ.ف.ب, هـ ...),
  nor inside numbers, URLs or e-mail addresses (no whitespace follows).

Usage: segment.py FILE            -> prints "N<TAB>sentence" lines
       segment.py --count FILE... -> prints sentence counts
"""
import sys

TERMINATORS = set(".!?؟…")
CLOSERS = set("»\"”)]’'")
ABBREVIATIONS = {
    # English
    "u.s", "u.n", "u.k", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen",
    "rep", "st", "no", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
    "a.m", "p.m", "e.g", "i.e", "inc", "co", "corp", "vs", "jr", "sr", "prof",
    "gov", "maj", "capt", "sgt", "ft", "mt", "adm", "brig", "lt.gen",
    # Arabic
    "د", "م", "هـ", "ه", "ص.ب", "ص", "ب", "أ.ف.ب", "أ", "ق.م", "ق", "ت",
}


def _word_before(line, i):
    """The token that ends right before position i (a period)."""
    j = i
    while j > 0 and not line[j - 1].isspace() and line[j - 1] not in "«(\"“[":
        j -= 1
    return line[j:i]


def split_line(line):
    sents = []
    start = 0
    depth_guillemet = 0
    in_dquote = False
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if c == "«":
            depth_guillemet += 1
        elif c == "»":
            depth_guillemet = max(0, depth_guillemet - 1)
        elif c in "\"":
            in_dquote = not in_dquote
        elif c == "“":
            in_dquote = True
        elif c == "”":
            in_dquote = False
        if c in TERMINATORS:
            k = i + 1
            while k < n and line[k] in TERMINATORS:
                k += 1
            # consume closing quotes / brackets
            g, d = depth_guillemet, in_dquote
            while k < n and line[k] in CLOSERS:
                ch = line[k]
                if ch == "»":
                    g = max(0, g - 1)
                elif ch == "\"":
                    if not d:
                        break  # an opening straight quote, not a closer
                    d = False
                elif ch == "”":
                    d = False
                k += 1
            at_end = k >= n
            followed_by_space = at_end or line[k].isspace()
            is_abbrev = (c == "." and k == i + 1 and
                         _word_before(line, i).lower() in ABBREVIATIONS)
            if followed_by_space and g == 0 and not d and not is_abbrev:
                sents.append(line[start:k].strip())
                depth_guillemet, in_dquote = g, d
                while k < n and line[k].isspace():
                    k += 1
                start = k
                i = k
                continue
        i += 1
    rest = line[start:].strip()
    if rest:
        sents.append(rest)
    return sents


def segment(text):
    text = text.lstrip("\ufeff")
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            out.extend(split_line(line))
    return out


def main(argv):
    if argv and argv[0] == "--count":
        for p in argv[1:]:
            with open(p, encoding="utf-8") as f:
                print(f"{len(segment(f.read()))}\t{p}")
        return
    for p in argv:
        with open(p, encoding="utf-8") as f:
            for k, s in enumerate(segment(f.read()), 1):
                print(f"{k}\t{s}")


if __name__ == "__main__":
    main(sys.argv[1:])
