#!/usr/bin/env python3
"""Held-out check of quote speakers: sample quote facts from news articles that are NOT in
the gold set, print them with their sentence for a person to judge, and score a judged file.

Articles: ../shared/data/dev/news/articles (SaudiNewsNet, CC BY-NC-SA 4.0, measuring only;
$DRAGOMAN_NEWS overrides). The 100 articles are drawn with seed 17 from those not listed in
dev/gold/articles.tsv; the 50 quotes with seed 17 from all their quote facts.

Usage (from the repo root):
  cargo build --release
  python3 dev/speakers_sample.py show  --bin target/release/dragoman > /tmp/sample.txt
  python3 dev/speakers_sample.py score dev/gold/speakers-judged/judged.tsv
  python3 dev/speakers_sample.py pair --before /work/ref/dragoman --bin target/release/dragoman --seed 18
  python3 dev/speakers_sample.py pair --before /work/ref28/dragoman --bin /work/ref28/dragoman --seed 2801 --n 60 --fresh-articles
  python3 dev/speakers_sample.py rescore dev/gold/speakers-judged/seed28-before.tsv --bin target/release/dragoman
  python3 dev/speakers_sample.py persons-after dev/gold/persons-judged/seed28-before.tsv --bin target/release/dragoman
  python3 dev/speakers_sample.py wikinews --half A --before /work/ref26/dragoman --bin target/release/dragoman
  python3 dev/speakers_sample.py rescore dev/gold/speakers-judged/wikinews-A-before.tsv --set wikinews --bin target/release/dragoman
`wikinews` (session 26, `--set wikinews` for `rescore` and `score`): the FLORES-200 devtest and
TICO-19 Wikinews documents of ../shared/data/dev/parallel (CC BY-SA 4.0 / CC0, measuring only;
one sentence a line, the English line-aligned in *.en.txt), split in two halves by a seeded
draw (`--seed 61`): every quote of the half's documents on `--before`, with the speaker
`--bin` gives the overlapping quote, both English speakers and the English line; then every
line of the half with «», “” or a قال/أضاف … that no quote of `--before` overlaps, for judging
the quotes a build missed.
`persons-after` prints a judged person file's own columns (arabic, english, rule, verdict, note)
and the state on the build (same / gone / changed: …); session 20 fixed it printing the English
where the verdict belongs.
`rescore` (session 14): the speaker a build now gives each judged quote, `CHANGED` rows with
their text, to re-judge only those (the judged file's other verdicts stand).
Session 11: seed 23 = 60 quotes from seed 21's articles, none of those judged in seed 21:
  python3 dev/speakers_sample.py pair --before /work/ref/dragoman --bin target/release/dragoman \
      --seed 23 --n 60 --articles-of 21 --exclude dev/gold/speakers-judged/seed21-before.tsv
`pair`: a fresh 100 articles (seed 18, none of the gold nor of seed 17's 100), 50 quotes of
the `--before` build (`--n 60` for another count), each with the speaker of the `--bin` build's overlapping quote, for a
before/after judgement of the same quotes (two judged files, scored with `score`).
The judged file (tab-separated, one line per sampled quote, the `show` order): article,
start, end (code points), predicted speaker, verdict (ok | wrong | none-ok | none-wrong),
a short English note. `ok`: the speaker is right (a title or description for an unnamed
speaker counts); `wrong`: another party said it, or the speaker is not a speaker at all;
`none-ok`: no speaker given and none is written in the article; `none-wrong`: no speaker
given though the article says who; `gone` (re-judged rows only): the sampled quote was no
speech and the build gives no quote there any more.
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NEWS = os.environ.get("DRAGOMAN_NEWS", os.path.join(ROOT, "..", "shared", "data", "dev", "news", "articles"))
PARALLEL = os.path.join(ROOT, "..", "shared", "data", "dev", "parallel")
WIKINEWS = ("flores200_devtest_wikinews", "tico19_wikinews")


def wikinews_docs():
    """{doc id: (Arabic text, English lines)} of the FLORES-200 and TICO-19 Wikinews documents."""
    docs = {}
    for folder in WIKINEWS:
        d = os.path.join(PARALLEL, folder)
        for f in sorted(os.listdir(d)):
            if f.endswith(".ar.txt"):
                doc = f[: -len(".ar.txt")]
                en = open(os.path.join(d, doc + ".en.txt"), encoding="utf-8").read().splitlines()
                docs[doc] = (open(os.path.join(d, f), encoding="utf-8").read(), en)
    return docs


def wikinews_half(half, seed=61):
    """The documents of half A or B: the sorted ids shuffled with `seed`, A the first half."""
    ids = sorted(wikinews_docs())
    random.Random(seed).shuffle(ids)
    a = ids[: len(ids) // 2]
    return sorted(a if half == "A" else [i for i in ids if i not in set(a)])


def texts_of(arts, corpus):
    """The text of each article: a news file, or (`corpus == "wikinews"`) a Wikinews document."""
    if corpus == "wikinews":
        docs = wikinews_docs()
        return {a: docs[a][0] for a in arts}
    return {a: open(os.path.join(NEWS, a), encoding="utf-8").read() for a in arts}


# A line that may hold a quote: quotation marks, or a word of saying (any form holding it).
SAYING = re.compile("[«“”\"]|(قال|قائل|يقول|تقول|أضاف|أكد|أوضح|صرح|أفاد|ذكر|أعلن|أشار|وفق|بحسب|حسب ما|أبلغ|كتب)")


def wikinews(half, before, after, seed=61):
    """Every quote of `before` in half `half`'s documents, with `after`'s speaker of the same
    quote, both English speakers, the sentence and its English line; then the lines of the
    half with quotation marks or a verb of saying that no quote of `before` overlaps."""
    docs = wikinews_docs()
    arts = wikinews_half(half, seed)
    texts = {a: docs[a][0] for a in arts}
    qb, qa = facts_of(before, arts, texts, "quote"), facts_of(after, arts, texts, "quote")
    print(f"# wikinews half {half} (seed {seed}): {len(arts)} documents, {len(qb)} quote facts before, {len(qa)} after")
    who = lambda x: (x.get("detail") or {}).get("speaker_arabic", "") or "-"
    en = lambda x: x.get("value", "") or "-"
    line_of = lambda doc, i: docs[doc][0][:i].count("\n")
    for doc, x in qb:
        best = overlapping(qa, doc, x["start"], x["end"])
        text = texts[doc]
        n = line_of(doc, x["start"])
        print("\t".join([doc, str(x["start"]), str(x["end"]), who(x), who(best) if best else "(no quote)"]))
        print("   en:", en(x), "=>", en(best) if best else "(no quote)")
        print("   ctx:", (text[max(0, x["start"] - 200):x["start"]] + " [[" + text[x["start"]:x["end"]] + "]] "
                        + text[x["end"]:x["end"] + 80]).replace("\n", " / "))
        print("   EN:", docs[doc][1][n] if n < len(docs[doc][1]) else "")
        print()
    for doc, x in qa:
        if not overlapping(qb, doc, x["start"], x["end"]):
            print("\t".join([doc, str(x["start"]), str(x["end"]), "(no quote)", who(x)]), "NEW")
            print("   en: (no quote) =>", en(x))
            print()
    print("# lines with quotation marks or a verb of saying that no quote of the first build overlaps")
    for doc in arts:
        text, pos = texts[doc], 0
        for n, line in enumerate(text.split("\n")):
            a, b = pos, pos + len(line)
            pos = b + 1
            if SAYING.search(line) and not any(d == doc and x["start"] < b and x["end"] > a for d, x in qb):
                print("\t".join([doc, str(a), str(b), "MISSED?"]))
                print("   ar:", line)
                print("   EN:", docs[doc][1][n] if n < len(docs[doc][1]) else "")
                print()


def overlapping(quotes, doc, start, end):
    """The quote of `doc` among `quotes` with the same span as start..end, else the one that
    overlaps it most, else None."""
    best, size = None, 0
    for d, y in quotes:
        o = min(end, y["end"]) - max(start, y["start"])
        same = (y["start"], y["end"]) == (start, end)
        if d == doc and (o > size or same):
            best, size = y, o if not same else 1 << 30
    return best


def articles(seed=17):
    """100 articles not in the gold; a seed other than 17 also leaves out seed 17's 100
    (looked at while writing rules), and a seed from 20 on those of seeds 18 up to it, so its
    sample is fresh. Seeds 18 and 19 draw as they did in session 9 (their judged files)."""
    gold = {l.split("\t")[0] for l in open(os.path.join(HERE, "gold", "articles.tsv"), encoding="utf-8").read().splitlines()[1:]}
    names = sorted(f for f in os.listdir(NEWS) if f.endswith(".txt") and f not in gold)
    first = random.Random(17).sample(names, 100)
    if seed == 17:
        return first
    rest = [n for n in names if n not in set(first)]
    if seed <= 19:
        return random.Random(seed).sample(rest, 100)
    # From seed 20 on, the articles of every earlier seed (18, 19, …) are left out as well.
    seen = set(first)
    for s in range(18, seed):
        seen |= set(articles(s))
    rest = [n for n in names if n not in seen]
    # Seed 22 on: fewer than 100 articles are left unseen; all of them are taken.
    return random.Random(seed).sample(rest, min(100, len(rest)))


def all_articles():
    """Every article not in the gold (seed 24 on: every article has been drawn by some seed, so
    a fresh sample is of quotes no judged file holds, `judged_quotes`)."""
    gold = {l.split("\t")[0] for l in open(os.path.join(HERE, "gold", "articles.tsv"), encoding="utf-8").read().splitlines()[1:]}
    return sorted(f for f in os.listdir(NEWS) if f.endswith(".txt") and f not in gold)


def judged_quotes(seed):
    """(article, start, end) of every quote in a judged file of dev/gold/speakers-judged, but
    for seed `seed`'s own files (its sample draws the same quotes again)."""
    d = os.path.join(HERE, "gold", "speakers-judged")
    seen = set()
    for f in os.listdir(d):
        # wikinews-*.tsv (session 26) judge the Wikinews documents, not the news.
        if f.endswith(".tsv") and not f.startswith((f"seed{seed}-", "wikinews-")):
            for l in open(os.path.join(d, f), encoding="utf-8"):
                r = l.split("\t")
                if l.startswith("#") or len(r) < 4:
                    continue
                # seen-s16.tsv (session 16) names the file of the row first; the census files
                # (census-*.tsv, sessions 26-27) name the article without ".txt" and have a
                # header line (session 28: they were read as (start, end, speaker) before).
                if r[0].endswith(".txt") and r[1].isdigit():
                    seen.add(tuple(r[:3]))
                elif r[1].endswith(".txt") and r[2].isdigit():
                    seen.add(tuple(r[1:4]))
                elif r[0].startswith("snn_") and r[1].isdigit() and r[2].isdigit():
                    seen.add((r[0] + ".txt", r[1], r[2]))
    return seen


def facts_of(binary, arts, texts, kind):
    """`(doc, fact)` for every fact of type `kind` that `binary export` gives the articles."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": a, "text": texts[a], "date": "2015-07-25"}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run([binary, "export", "--format", "jsonl", "-q", "-j", "2", path],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    facts = []
    for line in out.splitlines():
        row = json.loads(line)
        facts += [(row["doc_id"], x) for x in row["facts"] if x["type"] == kind]
    return facts


def pair(before, after, seed, n=50, articles_of=None, exclude=None, fresh_articles=False):
    """`n` quotes of `before` (seed `seed`; with `articles_of` M, from seed M's articles,
    leaving out the quotes listed in the judged file `exclude`), each with the speaker `after` gives the quote of
    the same article that overlaps it most ("(no quote)" if none): judge both columns.
    `fresh_articles` (session 28, `--fresh-articles`): the pool is all 600 dev articles, the 40
    gold ones included, less every article of which any judged news file holds a quote."""
    arts = all_articles() if seed >= 24 else articles(articles_of or seed)
    if fresh_articles:
        held = {d for d, _, _ in judged_quotes(seed)}
        arts = sorted(f for f in os.listdir(NEWS) if f.endswith(".txt") and f not in held)
    texts = {a: open(os.path.join(NEWS, a), encoding="utf-8").read() for a in arts}
    qb = facts_of(before, arts, texts, "quote")
    if exclude:
        seen = {tuple(l.split("\t")[:3]) for l in open(exclude, encoding="utf-8") if not l.startswith("#")}
        qb = [(d, x) for d, x in qb if (d, str(x["start"]), str(x["end"])) not in seen]
    if seed >= 24:
        # No quote any judged file holds, nor one overlapping it.
        seen = judged_quotes(seed)
        by_doc = {}
        for d, a, b in seen:
            by_doc.setdefault(d, []).append((int(a), int(b)))
        qb = [(d, x) for d, x in qb if not any(min(x["end"], b) > max(x["start"], a) for a, b in by_doc.get(d, []))]
    qa = facts_of(after, arts, texts, "quote")
    print(f"# seed {seed}: {len(qb)} quote facts before, {len(qa)} after, in {len(arts)} articles")
    who = lambda x: (x.get("detail") or {}).get("speaker_arabic", "") or "-"
    for doc, x in random.Random(seed).sample(qb, min(n, len(qb))):
        best = overlapping(qa, doc, x["start"], x["end"])
        text = texts[doc]
        print("\t".join([doc, str(x["start"]), str(x["end"]), who(x), who(best) if best else "(no quote)"]))
        # Session 25: the English speaker of each build too (judged in an optional 7th column).
        print("   en:", x.get("value", "") or "-", "=>", (best.get("value", "") or "-") if best else "(no quote)")
        print("   ctx:", (text[max(0, x["start"] - 300):x["start"]] + " [[" + text[x["start"]:x["end"]] + "]] "
                        + text[x["end"]:x["end"] + 80]).replace("\n", " / "))
        print()


def rescore(judged, binary, corpus="news"):
    """For each quote of a judged file, the speaker `binary` now gives the quote of the same
    article that overlaps it most (as `pair` matches them; "(no quote)" if none): `same` when
    it is the speaker judged, else `CHANGED`, for re-judging only the rows that changed."""
    rows = [l.rstrip("\n").split("\t") for l in open(judged, encoding="utf-8") if l.strip() and not l.startswith("#")]
    arts = sorted({r[0] for r in rows})
    texts = texts_of(arts, corpus)
    qa = facts_of(binary, arts, texts, "quote")
    who = lambda x: (x.get("detail") or {}).get("speaker_arabic", "") or "-"
    for r in rows:
        doc, a, b = r[0], int(r[1]), int(r[2])
        best = overlapping(qa, doc, a, b)
        now = who(best) if best else "(no quote)"
        state = "same" if now == r[3] else "CHANGED"
        print("\t".join([doc, r[1], r[2], r[3], r[4], now, state]))
        if state == "CHANGED":
            t = texts[doc]
            print("   ctx:", (t[max(0, a - 300):a] + " [[" + t[a:b] + "]] " + t[b:b + 80]).replace("\n", " / "))


def persons(binary, seed, n):
    """`n` person facts (seed `seed`) of every non-gold article, each with its English, rule and
    the text around it, for judging precision (dev/gold/persons-judged)."""
    arts = all_articles()
    texts = {a: open(os.path.join(NEWS, a), encoding="utf-8").read() for a in arts}
    facts = facts_of(binary, arts, texts, "person")
    print(f"# seed {seed}: {len(facts)} person facts in {len(arts)} articles")
    for doc, x in random.Random(seed).sample(facts, min(n, len(facts))):
        t = texts[doc]
        s, e = x["start"], x["end"]
        print("\t".join([doc, str(s), str(e), t[s:e], x.get("english", ""), x.get("rule", "")]))
        print("   ctx:", (t[max(0, s - 80):s] + " [[" + t[s:e] + "]] " + t[e:e + 50]).replace("\n", " / "))


def person_facts(binary):
    """{(article, start, end): (arabic, english)} of `binary`'s person facts in every non-gold
    article."""
    arts = all_articles()
    texts = {a: open(os.path.join(NEWS, a), encoding="utf-8").read() for a in arts}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": a, "text": texts[a], "date": "2015-07-25"}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run([binary, "export", "--format", "jsonl", "-q", "-j", "2", path],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    got = {}
    for line in out.splitlines():
        row = json.loads(line)
        for x in row["facts"]:
            if x["type"] == "person":
                got[(row["doc_id"], str(x["start"]), str(x["end"]))] = texts[row["doc_id"]][x["start"]:x["end"]]
    return got


def persons_after(judged, binary):
    """Re-score a judged person sample on `binary`: a judged fact `ok` stays right when the
    same span is still a person; a `fp` is fixed when no person fact overlaps it any more
    (or one that is judged right: printed for reading)."""
    got = person_facts(binary)
    rows = [l.rstrip("\n").split("\t") for l in open(judged, encoding="utf-8") if l.strip() and not l.startswith("#")]
    by_doc = {}
    for (d, a, b), ar in got.items():
        by_doc.setdefault(d, []).append((int(a), int(b), ar))
    for r in rows:
        # A judged person file's columns: article, start, end, arabic, english, rule, verdict,
        # note (dev/gold/persons-judged); the verdict is the seventh, not the English (fifth).
        r += [""] * (8 - len(r))
        d, a, b, ar, en, rule, verdict, note = r[0], int(r[1]), int(r[2]), r[3], r[4], r[5], r[6], r[7]
        now = [x for x in by_doc.get(d, []) if x[1] > a and x[0] < b]
        same = any((x[0], x[1]) == (a, b) for x in now)
        state = "same" if same else ("gone" if not now else "changed: " + " | ".join(x[2] for x in now))
        # The columns of a judged "after" file (seed24-after.tsv): the verdict and note stand
        # for `same` rows; the others are re-judged.
        print("\t".join([d, str(a), str(b), ar, en, rule, verdict, note, state]))


def show(binary):
    arts = articles()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        texts = {}
        for a in arts:
            texts[a] = open(os.path.join(NEWS, a), encoding="utf-8").read()
            f.write(json.dumps({"id": a, "text": texts[a], "date": "2015-07-25"}, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run([binary, "export", "--format", "jsonl", "-q", "-j", "2", path],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    quotes = []
    for line in out.splitlines():
        row = json.loads(line)
        for x in row["facts"]:
            if x["type"] == "quote":
                quotes.append((row["doc_id"], row["start"], row["end"], x))
    print(f"# {len(quotes)} quote facts in {len(arts)} articles")
    for doc, s, e, x in random.Random(17).sample(quotes, min(50, len(quotes))):
        d = x.get("detail") or {}
        text = texts[doc]
        ctx = text[max(0, x["start"] - 300):x["end"]].replace("\n", " / ")
        print("\t".join([doc, str(x["start"]), str(x["end"]), d.get("speaker_arabic", "") or "-"]))
        print("   rule:", x.get("rule"), "| resolved:", d.get("resolved", False), "| source:", d.get("source", ""))
        print("   ctx:", ctx)
        print()


def score(path):
    rows = [l.split("\t") for l in open(path, encoding="utf-8").read().splitlines() if l and not l.startswith("#")]
    n = len(rows)
    count = {}
    for r in rows:
        count[r[4]] = count.get(r[4], 0) + 1
    right = count.get("ok", 0) + count.get("none-ok", 0)
    print(f"judged {n}: right {right} ({right / n:.2f}); " + ", ".join(f"{k} {v}" for k, v in sorted(count.items())))
    # `gone` (session 14): a sampled quote that was no speech is no quote any more; counted
    # wrong above (as sessions before did), right here.
    if count.get("gone"):
        print(f"with quotes rightly gone: right {right + count['gone']} ({(right + count['gone']) / n:.2f})")
    ok, wrong, missed = count.get("ok", 0), count.get("wrong", 0), count.get("none-wrong", 0)
    if ok + wrong:
        print(f"speaker given: right {ok} of {ok + wrong} ({ok / (ok + wrong):.2f})")
    # Session 25: an optional 7th column judges the English of the speaker (en-ok | en-bad);
    # a row whose speaker is wrong or absent is not judged there (-).
    en = [r[6] for r in rows if len(r) > 6 and r[6] in ("en-ok", "en-bad")]
    if en:
        good = en.count("en-ok")
        print(f"English of the speakers given: right {good} of {len(en)} ({good / len(en):.2f})")
        both = sum(1 for r in rows if r[4] in ("ok", "none-ok") and (r[4] == "none-ok" or (len(r) > 6 and r[6] == "en-ok")))
        print(f"speaker and its English right: {both} of {n} ({both / n:.2f})")
    if ok + wrong + missed:
        print(f"real quotes (names and scare quotes left out): right {ok} of {ok + wrong + missed} ({ok / (ok + wrong + missed):.2f})")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "pair":
        arg = lambda k, d: sys.argv[sys.argv.index(k) + 1] if k in sys.argv else d
        pair(arg("--before", "/work/ref/dragoman"), arg("--bin", os.path.join(ROOT, "target", "release", "dragoman")),
             int(arg("--seed", "18")), int(arg("--n", "50")),
             int(arg("--articles-of", "0")) or None, arg("--exclude", None), "--fresh-articles" in sys.argv)
    elif len(sys.argv) >= 2 and sys.argv[1] == "persons":
        arg = lambda k, d: sys.argv[sys.argv.index(k) + 1] if k in sys.argv else d
        persons(arg("--bin", "/work/ref/dragoman"), int(arg("--seed", "24")), int(arg("--n", "110")))
    elif len(sys.argv) >= 3 and sys.argv[1] == "rescore":
        arg = lambda k, d: sys.argv[sys.argv.index(k) + 1] if k in sys.argv else d
        rescore(sys.argv[2], arg("--bin", os.path.join(ROOT, "target", "release", "dragoman")), arg("--set", "news"))
    elif len(sys.argv) >= 2 and sys.argv[1] == "wikinews":
        arg = lambda k, d: sys.argv[sys.argv.index(k) + 1] if k in sys.argv else d
        wikinews(arg("--half", "A"), arg("--before", "/work/ref26/dragoman"),
                 arg("--bin", os.path.join(ROOT, "target", "release", "dragoman")), int(arg("--seed", "61")))
    elif len(sys.argv) >= 2 and sys.argv[1] == "persons-after":
        arg = lambda k, d: sys.argv[sys.argv.index(k) + 1] if k in sys.argv else d
        persons_after(sys.argv[2], arg("--bin", os.path.join(ROOT, "target", "release", "dragoman")))
    elif len(sys.argv) >= 2 and sys.argv[1] == "show":
        b = sys.argv[sys.argv.index("--bin") + 1] if "--bin" in sys.argv else os.path.join(ROOT, "target", "release", "dragoman")
        show(b)
    elif len(sys.argv) == 3 and sys.argv[1] == "score":
        score(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(2)
