#!/usr/bin/env python3
"""Fresh held-out check of the fact rules (issue #18, session 15): facts on text nobody tuned on.

The dev news articles are all used by some sample or gold set, so this draws from the Arabic
side of ../shared/data/dev/parallel instead: flores200_devtest_wikinews (100 Wikinews excerpts)
and tico19_wikinews (6 complete COVID-19 Wikinews articles). Both are translated from English
(see their SOURCE.md), so the English line of the same line number helps the judge. No rule
may be drawn from these documents: read a failure here by its family, then fix the family with
examples from elsewhere (or made up), never with this text.

The sample: the documents shuffled with `--seed` (1815: session 15), the first `--docs` of
them (default all 106), and every fact of the listed types on them (`--per-type` caps a type,
seeded too). No reference date is given (the documents carry none), so relative dates stay
relative (`relative:day-1`, `weekday:Monday`) and are judged as such.

Usage (from the repo root):
    python3 dev/facts_fresh.py BIN                 # list the facts to judge (TSV, with context)
    python3 dev/facts_fresh.py BIN --judged dev/gold/heldout-judged-s15.tsv \
        --missed dev/gold/heldout-judged-s15-missed.tsv
    python3 dev/facts_fresh.py BIN --judged dev/gold/heldout-judged-s15.tsv,dev/gold/heldout-judged-s15-after.tsv \
        --missed dev/gold/heldout-judged-s15-missed.tsv     # the same documents after a change
Session 16: `--set nonnews --seed 1816 --per-type 40` is that session's sample (see
dev/gold/heldout-judged-s16.tsv), and `--ref REF_BIN` scores BIN on the items drawn from REF's
facts (the same items before and after a change; new or changed facts judged in an -after file):
    python3 dev/facts_fresh.py BIN --ref /work/ref/dragoman --set nonnews --seed 1816 \
        --per-type 40 --judged dev/gold/heldout-judged-s16.tsv,dev/gold/heldout-judged-s16-after.tsv \
        --missed dev/gold/heldout-judged-s16-missed.tsv
Judged lines: `type<TAB>doc<TAB>start<TAB>end<TAB>value<TAB>verdict[<TAB>note]` (verdict `ok`
or `bad`; keyed by value, so a changed value is judged anew; offsets are code points, as in
the binary's output). Missed lines: `type<TAB>doc<TAB>start<TAB>end<TAB>value<TAB>note`: facts
a reader expects that the judged binary did not give (found by reading every document). It
prints per type: facts, judged ok/bad, precision; missed statements found now (a fact of that
type overlapping the span and judged ok) and recall = ok facts / (ok facts + still missed);
then the unjudged facts with their context, for the judge.
"""
import argparse, collections, glob, os, random, re, sys

from facts_heldout import facts  # the same `facts --format jsonl` reading, with `hedged`

HERE = os.path.dirname(os.path.abspath(__file__))
PAR = os.environ.get("DRAGOMAN_PARALLEL", os.path.join(HERE, "../../shared/data/dev/parallel"))
SETS = ["flores200_devtest_wikinews", "tico19_wikinews"]
# Session 16: `--set nonnews` draws from tico19_longdocs_nonnews instead (8 long Wikipedia,
# Wikisource and Wikivoyage documents on COVID-19; real text but NOT news, and translated from
# English like the rest), since the Wikinews documents above were read for rules in session 15.
NAMED_SETS = {"wikinews": SETS, "nonnews": ["tico19_longdocs_nonnews"], "news": None,
              "aqmar": "aqmar"}
# Session 21: `--set aqmar` draws from the 28 AQMAR Arabic Wikipedia articles of the NER gold
# (../shared/data/dev/ner, CC BY-SA 3.0), which no facts judge has read: the news pool is nearly
# exhausted once every judged item is left out. Not news (history, science, sport), but real
# prose dense in dates, numbers and quantities. The CoNLL tokens are joined back into one text
# file per article, one sentence per line (`aqmar_documents`), and there is no English side.
NER = os.environ.get("DRAGOMAN_NER", os.path.join(HERE, "../../shared/data/dev/ner"))
# Session 17: `--set news` draws from the 600 dev news articles (../shared/data/dev/news), which
# have no English side (the English column stays empty) and carry a crawl date (given as
# `--date`, as dev/facts_heldout.py does). Every one of them has been in some facts sample, so the
# pool is the 400 articles least read for facts: not in a facts gold (articles*.tsv,
# news-facts/A-D) and not in seed 1814's 140 (read in full for missed facts in session 14). The
# rest were in the samples of seeds 18-1813, where at most 50 facts per type and session were
# listed to a judge; leaving out every article named in a judged file would keep 78 articles that
# are fact-poor by that very choice (no number, no casualties), so they stay in, and the script
# prints how many drawn items overlap a fact judged before (`seen before`).
TYPES = ["number", "quantity", "money", "percent", "casualties", "date", "duration", "age", "time"]
# Session 24: `--types` may also name `ordinal` (not in TYPES, so that the other types' `--ref`
# figures are unchanged: an ordinal over a date item is not counted unless asked for).


def news_pool():
    """The news articles least read for facts (see `--set news` above), with their crawl
    dates."""
    from facts_heldout import ART, others
    gold = set()
    for f in glob.glob(os.path.join(HERE, "gold", "articles*.tsv")):
        gold |= {l.split("\t")[0] for l in open(f, encoding="utf-8").read().splitlines()[1:]}
    for f in glob.glob(os.path.join(HERE, "gold", "news-facts", "*", "*.jsonl")):
        gold.add(os.path.basename(f)[: -len(".jsonl")])
    gold |= {f for f, _ in others(140, 1814)}
    dated = dict(others(10**6, 18))  # every article outside articles.tsv and set C, with its date
    return {os.path.join(ART, f): d for f, d in sorted(dated.items()) if f not in gold}


def seen_before(by_type):
    """How many drawn news items overlap an item of the same article judged in an earlier
    session (any type): the exposure of `--set news` to the fact rules."""
    # The news samples' own files (sessions 17, 18): not the earlier exposure measured.
    earlier = judged_spans(
        f for f in glob.glob(os.path.join(HERE, "gold", "heldout-judged*.tsv"))
        if not os.path.basename(f).startswith(("heldout-judged-s17", "heldout-judged-s18")))
    return sum(overlaps(earlier, doc, x) for rows in by_type.values() for doc, x in rows)


def judged_spans(paths):
    """The spans (code points) of the items of judged or missed files, by document."""
    spans = collections.defaultdict(list)
    for f in paths:
        for p in read_rows(f, 4):
            if p[2].isdigit() and p[3].isdigit():
                spans[p[1]].append((int(p[2]), int(p[3])))
    return spans


def overlaps(spans, doc, x):
    """Whether fact `x` (kind, start, end, …) of `doc` overlaps one of `spans[doc]`."""
    return any(s < x[2] and x[1] < e for s, e in spans[doc])


def aqmar_documents():
    """The AQMAR articles as text files under $TMPDIR/dragoman-aqmar (rewritten each run, so the
    offsets are those of this detokenization): tokens joined by a space, with no space before
    closing punctuation or after an opening bracket."""
    import tempfile
    out = os.path.join(tempfile.gettempdir(), "dragoman-aqmar")
    os.makedirs(out, exist_ok=True)
    docs, name, sent = {}, None, []
    for line in open(os.path.join(NER, "aqmar_all.norm.conll"), encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if p[0] == "-DOCSTART-":
            name = p[2] if len(p) > 2 else f"doc{len(docs)}"
            docs[name] = []
        elif not p[0].strip():
            if sent:
                docs[name].append(sent)
            sent = []
        else:
            sent.append(p[0])
    if sent:
        docs[name].append(sent)
    files = []
    for name, sents in docs.items():
        lines = []
        for toks in sents:
            t = " ".join(toks)
            t = re.sub(r" ([.,،؛:!?؟)\]»])", r"\1", t)
            t = re.sub(r"([(\[«]) ", r"\1", t)
            lines.append(t)
        text = rejoin_numbers("\n".join(lines) + "\n")
        path = os.path.join(out, name + ".ar.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        files.append(path)
    return sorted(files)


def rejoin_numbers(text):
    """Session 22: undo the two ways the AQMAR CoNLL breaks numbers, without moving any later
    offset (the space taken out is put back after the number, so judged files keep their keys):
    a decimal point read as a sentence end (`12.` / `24 مليون` → `12.24  مليون`, 31 places) and
    spaced thousands separators (`120، 000` / `22 , 500` → `120,000 `, 19 places). Reversed
    decimals with و (`5و3 %`, 9 places) are left alone: what they stood for is a guess."""
    text = re.sub(r"(\d)\.\n(\d+)", lambda m: m.group(1) + "." + m.group(2) + " ", text)

    def thousands(m):
        digits = re.sub(r"[,،] ", ",", m.group(0))
        return digits + " " * (len(m.group(0)) - len(digits))
    return re.sub(r"(?<![\d.])\d{1,3}(?:[,،] \d{3})+(?!\d)", thousands, text)


def documents(seed, n, sets=SETS):
    if sets == "aqmar":
        files = aqmar_documents()
        random.Random(seed).shuffle(files)
        return files[:n] if n else files
    if sets is None:
        files = sorted(news_pool())
        random.Random(seed).shuffle(files)
        return files[:n] if n else files
    files = sorted(p for s in sets for p in glob.glob(os.path.join(PAR, s, "*.ar.txt")))
    if not files:
        sys.exit(f"no documents under {PAR} (set DRAGOMAN_PARALLEL)")
    random.Random(seed).shuffle(files)
    return files[:n] if n else files


def context(text, en, s, e):
    """The fact in its line, bracketed, and the English line of the same number."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    i = text.count("\n", 0, s)
    en_lines = en.split("\n")
    return (text[ls:s] + "[" + text[s:e] + "]" + text[e:le],
            en_lines[i] if i < len(en_lines) else "")


def read_rows(path, width):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) >= width:
            rows.append(p)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("--seed", type=int, default=1815)
    ap.add_argument("--docs", type=int, default=0, help="first N documents of the shuffle (0: all)")
    ap.add_argument("--per-type", type=int, default=0, help="at most N facts per type (0: all)")
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("--ref", help="draw the sample from this binary's facts and score BIN on "
                    "the same items (see the docstring)")
    ap.add_argument("--set", default="wikinews", choices=sorted(NAMED_SETS),
                    help="documents to draw from (wikinews: session 15; nonnews: session 16's; "
                         "news: session 17's, dev news articles no facts judge has read; aqmar: "
                         "session 21's, the NER gold's Wikipedia articles)")
    ap.add_argument("--judged")
    ap.add_argument("--exclude-judged",
                    help="comma-separated judged files: drawn items overlapping one of their "
                         "items are left out before sampling (session 18: a sample with no item "
                         "a judge has read, e.g. the seed-1817 files)")
    ap.add_argument("--missed")
    a = ap.parse_args()
    types = a.types.split(",")
    texts, by_type = {}, collections.defaultdict(list)
    new_facts = collections.defaultdict(list)
    dates = news_pool() if a.set == "news" else {}
    for path in documents(a.seed, a.docs, NAMED_SETS[a.set]):
        date = dates.get(path)
        if date:
            doc = os.path.basename(path)
            en = ""
        elif a.set == "aqmar":
            doc = os.path.basename(path)[: -len(".ar.txt")]
            en = ""
        else:
            doc = os.path.basename(path)[: -len(".ar.txt")]
            en = open(path[: -len(".ar.txt")] + ".en.txt", encoding="utf-8").read()
        text = open(path, encoding="utf-8").read()
        texts[doc] = (text, en)
        for x in facts(a.ref or a.bin, path, date, hedged=True):
            if x[0] in types:
                by_type[x[0]].append((doc, x))
        if a.ref:
            new_facts[doc] = [x for x in facts(a.bin, path, date, hedged=True)
                              if x[0] in TYPES or x[0] in types]
    if a.exclude_judged:
        done = judged_spans(a.exclude_judged.split(","))
        for t in types:
            by_type[t] = [(doc, x) for doc, x in by_type[t] if not overlaps(done, doc, x)]
    for t in types:
        rows = by_type[t]
        if a.per_type and len(rows) > a.per_type:
            rows = random.Random(a.seed).sample(rows, a.per_type)
        by_type[t] = sorted(rows, key=lambda r: (r[0], r[1][1]))
    judged = {}
    # Several files may be given, comma-separated: the judgments of the reference binary, then
    # those of a new binary's new or changed facts (heldout-judged-s15-after.tsv).
    for f in a.judged.split(",") if a.judged else []:
        for p in read_rows(f, 6):
            judged[(p[0], p[1], int(p[2]), int(p[3]), p[4])] = p[5]
    missed = collections.defaultdict(list)
    for p in read_rows(a.missed, 5) if a.missed else []:
        missed[p[0]].append((p[1], int(p[2]), int(p[3]), p[4]))
    if a.set == "news":
        print(f"seen before: {seen_before(by_type)} drawn items overlap a fact of the same article "
              "in an earlier dev/gold/heldout-judged file (sessions 10-13)")
    if a.ref:
        return same_items(a, types, texts, by_type, new_facts, judged, missed)
    unjudged = []
    print(f"{len(texts)} documents (seed {a.seed}); per type: facts, judged ok/bad, precision; "
          "missed statements found now; recall = ok / (ok + still missed)")
    for t in types:
        ok = bad = 0
        oks = []
        for doc, x in by_type[t]:
            v = judged.get((t, doc, x[1], x[2], x[3]))
            if v is None:
                unjudged.append((t, doc, x))
            elif v == "ok":
                ok += 1
                oks.append((doc, x[1], x[2]))
            else:
                bad += 1
        found = sum(any(d == doc and s < e0 and s0 < e for d, s, e in oks)
                    for doc, s0, e0, _ in missed[t])
        still = len(missed[t]) - found
        p = f"{ok / (ok + bad):.3f}" if ok + bad else "-"
        r = f"{ok / (ok + still):.3f}" if a.missed and ok + still else "-"
        print(f"  {t:10s} facts {len(by_type[t]):4d}  ok {ok:4d} bad {bad:4d}  P {p}"
              f"  missed {len(missed[t]):3d} found now {found:3d}  R {r}")
    for t, doc, x in unjudged:
        ar, en = context(*texts[doc], x[1], x[2])
        print("\t".join(["UNJUDGED", t, doc, str(x[1]), str(x[2]), x[3], x[4], x[5], ar, en]))


def same_items(a, types, texts, by_type, new_facts, judged, missed):
    """`--ref REF`: the sample drawn from REF's facts (the items judged before a change), and
    BIN's facts of the listed types that overlap an item, judged anew when new or changed
    (keyed by type and value, so an unchanged fact keeps its verdict). Per type of BIN's fact:
    precision over the facts overlapping the sampled items; an item with no fact over it is
    dropped (a bad item dropped is a gain; an ok one a new miss). Recall = ok facts over items
    / (that + missed statements that no ok fact of BIN overlaps + ok items dropped)."""
    over = lambda doc, s, e: [x for x in new_facts[doc] if x[1] < e and s < x[2]]
    unjudged, seen = [], set()
    stats = collections.defaultdict(collections.Counter)

    def verdict(t, doc, x):
        v = judged.get((x[0], doc, x[1], x[2], x[3]))
        if v is None and (x[0], doc, x[1], x[2], x[3]) not in seen:
            seen.add((x[0], doc, x[1], x[2], x[3]))
            unjudged.append((x[0], doc, x))
        return v

    counted = set()
    for t in types:
        for doc, x in by_type[t]:
            before = judged.get((t, doc, x[1], x[2], x[3]))
            now = over(doc, x[1], x[2])
            if not now:
                stats[t]["dropped " + (before or "?")] += 1
            for y in now:
                if (doc, y[1], y[2], y[0]) in counted:
                    continue
                counted.add((doc, y[1], y[2], y[0]))
                v = verdict(t, doc, y)
                stats[y[0]][v or "unjudged"] += 1
    print(f"{len(texts)} documents (seed {a.seed}); BIN's facts over REF's sampled items, per "
          "type of BIN's fact: ok/bad/unjudged, precision; items dropped (before: ok/bad); "
          "missed statements found now; recall = ok / (ok + still missed + ok items dropped)")
    for t in types:
        c = stats[t]
        found = 0
        for doc, s0, e0, _ in missed[t]:
            if any(y[0] == t and verdict(t, doc, y) == "ok" for y in over(doc, s0, e0)):
                found += 1
        still = len(missed[t]) - found
        ok, bad = c["ok"], c["bad"]
        p = f"{ok / (ok + bad):.3f}" if ok + bad else "-"
        lost = c["dropped ok"]
        r = f"{ok / (ok + still + lost):.3f}" if a.missed and ok + still + lost else "-"
        print(f"  {t:10s} ok {ok:4d} bad {bad:4d} unjudged {c['unjudged']:3d}  P {p}  dropped "
              f"ok {lost:2d} bad {c['dropped bad']:2d}  missed {len(missed[t]):3d} found now "
              f"{found:3d}  R {r}")
    for t, doc, x in unjudged:
        ar, en = context(*texts[doc], x[1], x[2])
        print("\t".join(["UNJUDGED", t, doc, str(x[1]), str(x[2]), x[3], x[4], x[5], ar, en]))


if __name__ == "__main__":
    main()
