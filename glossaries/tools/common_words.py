#!/usr/bin/env python3
"""Derive glossaries/common-words.txt, the common Arabic words `dragoman glossary lint`
looks glossary spellings up in (the collision check), from the wordfreq top-50k list.

Input: ar_wordfreq_top50k.tsv (columns rank, word, frequency, zipf, per_million,
arabic_script_only), made from PyPI `wordfreq` 3.1.1 (Robyn Speer), data file
`wordfreq/data/large_ar.msgpack.gz`; the data is CC BY-SA 4.0. Kept: words written in Arabic
script only with a Zipf frequency of at least 3.3 (about two per million words or more),
written as wordfreq writes them (not folded: the lint tells جده from جدة), one per line with
the Zipf value, most frequent first. The output is a derived work of wordfreq's data and is
itself CC BY-SA 4.0 (the header says so).

Usage (Python 3 stdlib only; dev data is not shipped, the output is):
  python3 glossaries/tools/common_words.py ../shared/data/dev/freq/ar_wordfreq_top50k.tsv \\
      > glossaries/common-words.txt
"""

import csv
import sys

MIN_ZIPF = 3.3

HEADER = f"""# Common Arabic words for `dragoman glossary lint` (the collision check).
# Derived from wordfreq 3.1.1 (Robyn Speer, https://github.com/rspeer/wordfreq), data file
# large_ar (sources: Wikipedia, OpenSubtitles 2018, NewsCrawl 2014, GlobalVoices, OSCAR,
# Twitter), licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this
# list is a derived work under the same licence. Kept: Arabic-script words with Zipf >= {MIN_ZIPF},
# as wordfreq writes them; columns: word<TAB>zipf. Made by glossaries/tools/common_words.py.
"""


def main():
    path = sys.argv[1]
    out = [HEADER]
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["arabic_script_only"] != "1" or float(row["zipf"]) < MIN_ZIPF:
                continue
            out.append(f"{row['word']}\t{row['zipf']}\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
