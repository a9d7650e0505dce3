#!/usr/bin/env python3
"""Adjacent date facts on the 600 dev news articles (issue #18, session 23): "one fact per thing".

A weekday or a relative day next to an explicit date (`اليوم الأحد 2 أغسطس`, `أمس الثلاثاء 28
يوليو`, `يوم السبت القادم 1 أغسطس 2015م`, `الأحد (2 أغسطس)`) names one day, and should be one
fact. This lists the pairs of date facts (clock times left out) of one article with nothing but
a joiner between them: spaces, brackets, a comma, a dash, الموافق (optionally with ل), or يوم.
Each pair is printed with its family (which fact is a weekday, a relative day, a day date, a
month, a year, a Hijri date) so the families can be counted.

Every article is read with the crawl date 2015-07-25, as the session-22 reading did (this is
not each article's own crawl date: the pairs, not the resolved values, are counted).

Usage (from the repo root):
    python3 dev/date_pairs.py BIN                  # count and list BIN's adjacent pairs
    python3 dev/date_pairs.py BIN --ref REF        # also list every date fact that differs
"""
import argparse, collections, json, os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = os.environ.get("DRAGOMAN_NEWS_ROOT", os.path.join(HERE, "../../shared/data/dev/news"))
ART = os.environ.get("DRAGOMAN_NEWS", os.path.join(NEWS, "articles"))
JOINER = re.compile(r"^[\s(),،\-–]*(?:(?:الموافق|يوم|الموافقة)\s*(?:لـ?\s*)?)?[\s(),،\-–]*$")


def dates(binary):
    """Date facts (not clock times) by article: (start, end, arabic, value, english)."""
    p = subprocess.run([binary, "facts", "--format", "jsonl", "--date", "2015-07-25", ART],
                       capture_output=True, text=True, check=True)
    by_doc = collections.defaultdict(list)
    for line in p.stdout.splitlines():
        o = json.loads(line)
        if o["type"] == "date" and not str(o.get("value", "")).startswith("T"):
            by_doc[os.path.basename(o["doc_id"])].append(
                (o["start"], o["end"], o["arabic"], str(o["value"]), o["english"]))
    return by_doc


def family(value):
    v = value
    if v.startswith("hijri:"):
        return "hijri"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v) or re.fullmatch(r"--\d\d-\d\d", v):
        return "day"
    if re.fullmatch(r"(\d{4}|-)-\d\d", v):
        return "month"
    if re.fullmatch(r"\d{4}", v):
        return "year"
    return "other"


def pairs(by_doc):
    texts = {}
    out = []
    for doc, fs in sorted(by_doc.items()):
        fs.sort()
        if doc not in texts:
            texts[doc] = open(os.path.join(ART, doc), encoding="utf-8").read()
        t = texts[doc]
        for a, b in zip(fs, fs[1:]):
            gap = t[a[1]:b[0]]
            if a[1] <= b[0] and JOINER.match(gap) and "\n" not in gap:
                out.append((doc, a, b, gap))
    return out


def kind(f):
    """weekday / relative day / the family of the value."""
    ar = f[2]
    if re.search(r"(الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)", ar) \
            and not re.search(r"\d", ar):
        return "weekday"
    if re.fullmatch(r"\S*(اليوم|أمس|الأمس|غد|غدا|غداً|البارحة)\S*", ar.strip()):
        return "relday"
    return family(f[3])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("--ref")
    ap.add_argument("--list", action="store_true", help="print every pair")
    a = ap.parse_args()
    got = dates(a.bin)
    ps = pairs(got)
    fam = collections.Counter(f"{kind(x)}+{kind(y)}" for _, x, y, _ in ps)
    print(f"{len(ps)} adjacent date pairs in {len(got)} articles with dates")
    for k, n in fam.most_common():
        print(f"  {n:4d}  {k}")
    if a.list:
        for doc, x, y, gap in ps:
            print("\t".join([doc, str(x[0]), x[2], x[3], repr(gap), y[2], y[3], kind(x) + "+" + kind(y)]))
    if a.ref:
        ref = dates(a.ref)
        changed = 0
        for doc in sorted(set(ref) | set(got)):
            r, g = set(ref.get(doc, [])), set(got.get(doc, []))
            for f in sorted(r - g):
                print("\t".join(["-", doc, str(f[0]), str(f[1]), f[2], f[3], f[4]]))
            for f in sorted(g - r):
                print("\t".join(["+", doc, str(f[0]), str(f[1]), f[2], f[3], f[4]]))
            changed += bool(r != g)
        print(f"{changed} articles with a changed date fact")


if __name__ == "__main__":
    main()
