#!/usr/bin/env python3
"""Speech-verb candidates by form, checked against the Arabic frequency list: for each lemma of
saying/adding/stating below, the past (he/she/they/two), present (he/she/they) and active
participle (masc./fem., accusative as news writes it: مضيفا، مضيفة) are built from templates
typed with the lemma, folded like dragoman's `match` normalization (alef variants → ا, ى → ي,
ة → ه, no harakat), and kept when the frequency list has the form with و (وأضاف) or alone, at
zipf ≥ 2.0. The output lists each kept form with its zipf and whether src/extract/quotes
already has it, so a person can check the new ones before adding them to MORE_VERBS.

Data: ../shared/data/dev/freq/ar_wordfreq_top50k.tsv (wordfreq 3.1.1, CC BY-SA 4.0; measuring
only: the forms chosen are typed into the Rust tables, no list is copied).

Usage (from the repo root): python3 dev/speech_verbs.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FREQ = os.path.join(HERE, "..", "..", "shared", "data", "dev", "freq", "ar_wordfreq_top50k.tsv")
QUOTES = os.path.join(HERE, "..", "src", "extract", "quotes", "mod.rs")

# lemma: (past he, present he, participle he): the forms of the other persons follow by rule.
LEMMAS = {
    "continued (digressed)": ("استطرد", "يستطرد", "مستطرد"),
    "went on": ("أردف", "يردف", "مردف"),
    "noted": ("نوه", "ينوه", "منوه"),
    "stipulated": ("نص", "ينص", None),
    "went on (continued)": ("واصل", "يواصل", "مواصل"),
    "corrected (added)": ("استدرك", "يستدرك", "مستدرك"),
    "commented": ("علق", "يعلق", "معلق"),
    "affirmed": ("أكد", "يؤكد", "مؤكد"),
    "added": ("أضاف", "يضيف", "مضيف"),
    "explained": ("أوضح", "يوضح", "موضح"),
    "stated": ("صرح", "يصرح", "مصرح"),
    "said": ("قال", "يقول", "قائل"),
    "expressed": ("أبدى", "يبدي", "مبدي"),
    "clarified": ("بين", "يبين", "مبين"),
    "wondered": ("تساءل", "يتساءل", "متسائل"),
    "replied": ("رد", "يرد", None),
    "answered": ("أجاب", "يجيب", "مجيب"),
    "praised": ("أشاد", "يشيد", "مشيد"),
    "demanded": ("طالب", "يطالب", "مطالب"),
    "called for": ("دعا", "يدعو", "داعي"),
}

HARAKAT = re.compile("[\u064b-\u0652\u0640\u0670]")


def fold(s):
    s = HARAKAT.sub("", s)
    return re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")


def forms(past, present, part):
    """Past he/she/they/two, present he/she/they, participle he/she (accusative)."""
    out = [past, past + "ت", past + "وا", past + "ا", present, "ت" + present[1:], present + "ون"]
    if past.endswith("ى"):
        out[1:4] = [past[:-1] + "ت", past[:-1] + "وا", past[:-1] + "يا"]
    if part:
        out += [part + "ا", part + "ة"] if not part.endswith("ي") else [part[:-1] + "يا", part + "ة"]
    return [fold(f) for f in out]


def main():
    zipf = {}
    for line in open(FREQ, encoding="utf-8").read().splitlines()[1:]:
        cols = line.split("\t")
        zipf.setdefault(fold(cols[1]), float(cols[3]))
    have = set(re.findall(r'\("([\u0621-\u064a]+)", \("', open(QUOTES, encoding="utf-8").read()))
    for gloss, lemma in LEMMAS.items():
        kept = []
        for f in forms(*lemma):
            z = max(zipf.get(f, 0), zipf.get("و" + f, 0))
            if z >= 2.0:
                kept.append(f"{f}({z:.1f}{'' if f in have else ' NEW'})")
        print(f"{gloss:24} {' '.join(kept)}")


if __name__ == "__main__":
    main()
