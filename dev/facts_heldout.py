#!/usr/bin/env python3
"""Held-out check of the fact rules (issue #18): what a new binary finds that a reference
binary does not, on news articles that are NOT in the gold (dev/gold/articles.tsv).

It takes 100 other articles of ../shared/data/dev/news (seeded, the same every run), runs
both binaries' `facts --format jsonl --date CRAWL_DATE`, and lists per fact type the facts
that are new or changed (other span or value) in the new binary and the ones it dropped,
with the text around them, so that a person can judge them. With `--judged FILE` (lines
`type<TAB>file<TAB>start<TAB>end<TAB>verdict[<TAB>note]`, verdict `ok` or `bad`; written
by the person judging) it prints the precision of the judged new facts per type: the
held-out figure of the rules, measured on articles no rule was drawn from. `--all` samples
from all the facts of each type instead (the type's held-out precision; judged in
dev/gold/heldout-judged-all.tsv).

Usage (from the repo root; articles from ../shared/data/dev/news or $DRAGOMAN_NEWS):
    python3 dev/facts_heldout.py NEW_BIN REF_BIN [--n 100] [--sample 50] [--types date,...]
                                 [--judged dev/gold/heldout-judged.tsv] [--all] [--seed 1811]
e.g. python3 dev/facts_heldout.py target/release/dragoman /work/ref/dragoman

Same items before and after (session 12): `--same BEFORE.tsv` takes the items judged on the
reference binary (type, article, start, end, verdict, note) and, for each, the new binary's
fact of that type at that place (overlapping span), judged in `--judged AFTER.tsv` (lines
`type<TAB>article<TAB>start<TAB>end<TAB>value<TAB>verdict[<TAB>note]`: keyed by value too, so
that a changed value is judged anew). It prints per type: items, dropped (no fact there now),
judged ok/bad, precision before and after on the same items, plus the precision of the new
binary's new or changed facts of the type (not in the reference's output) that overlap no
item (also judged in AFTER.tsv), and lists the unjudged ones.
    python3 dev/facts_heldout.py NEW REF --seed 1812 --same dev/gold/heldout-judged-s12.tsv \
        --judged dev/gold/heldout-judged-s12-after.tsv
"""
import argparse, collections, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = os.environ.get("DRAGOMAN_NEWS_ROOT", os.path.join(HERE, "../../shared/data/dev/news"))
ART = os.environ.get("DRAGOMAN_NEWS", os.path.join(NEWS, "articles"))
TYPES = ["date", "time", "number", "ordinal", "quantity", "money", "percent", "duration", "age",
         "casualties"]


def others(n, seed=18):
    """`n` articles outside the gold, shuffled with `seed`. Seed 18 is the sample of session 10
    (excluding only articles.tsv, as then); any other seed also leaves out set C
    (articles-c.tsv) and seed 18's 100 articles, so that it draws articles no rule was read
    from (session 11: seed 1811); a seed other than 18 and 1811 also leaves out seed 1811's
    100 (session 12: seed 1812); a seed other than those also leaves out seed 1812's 100 and
    gold set D (articles-d.tsv) (session 13: seed 1813); a seed other than those also leaves
    out seed 1813's 100 (session 14: seed 1814)."""
    listed = lambda f: {l.split("\t")[0] for l in
                        open(os.path.join(HERE, "gold", f), encoding="utf-8").read().splitlines()[1:]}
    gold = listed("articles.tsv")
    if seed != 18:
        gold |= listed("articles-c.tsv") | {f for f, _ in others(100, 18)}
    if seed not in (18, 1811):
        gold |= {f for f, _ in others(100, 1811)}
    if seed not in (18, 1811, 1812):
        # Session 13 (seed 1813): also leaves out seed 1812's 100 and gold set D.
        gold |= {f for f, _ in others(100, 1812)} | listed("articles-d.tsv")
    if seed not in (18, 1811, 1812, 1813):
        # Session 14 (seed 1814): also leaves out seed 1813's 100.
        gold |= {f for f, _ in others(100, 1813)}
    dates = {}
    for line in open(os.path.join(NEWS, "metadata.tsv"), encoding="utf-8").read().splitlines()[1:]:
        f = line.split("\t")
        dates[f[0]] = f[4][:10]
    files = sorted(f for f in dates if f not in gold and os.path.exists(os.path.join(ART, f)))
    random.Random(seed).shuffle(files)
    return [(f, dates[f]) for f in files[:n]]


def facts(binary, path, date=None, hedged=False):
    """The facts of TYPES in `path` as (type, start, end, value, english[, hedged]) tuples; a
    clock-time date is `time`. Without `date` the binary's own reference date is used."""
    dated = ["--date", date] if date else []
    p = subprocess.run([binary, "facts", "--format", "jsonl", *dated, path],
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{binary} failed on {path}: {p.stderr}")
    out = []
    for line in p.stdout.splitlines():
        o = json.loads(line)
        t = o["type"]
        if t == "date" and str(o.get("value", "")).startswith("T"):
            t = "time"
        if t in TYPES:
            x = (t, o["start"], o["end"], str(o.get("value", "")), o.get("english", ""))
            out.append(x + (o.get("hedged", ""),) if hedged else x)
    return out


DATE_WORD = re.compile(
    "يناير|فبراير|مارس|[أا]بريل|مايو|يوني[وه]|يولي[وه]|[أا]غسطس|سبتمبر|[أا]كتوبر|نوفمبر|ديسمبر|"
    "كانون|شباط|آذار|نيسان|[أا]يار|حزيران|تموز|آب|[أا]يلول|تشرين|محرم|ربيع|جماد[ىي]|رجب|شعبان|"
    "رمضان|شوال|القعدة|الحجة|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|"
    "عام|سنة|العام|السنة|القرن|[0-9]{4}")
SENT_END = re.compile(r"[.!?؟\n]+")


def sentences(text):
    """(start, end) of each sentence of `text`: split after . ! ? ؟ and newlines."""
    out, at = [], 0
    for m in SENT_END.finditer(text):
        if text[at:m.start()].strip():
            out.append((at, m.end()))
        at = m.end()
    if text[at:].strip():
        out.append((at, len(text)))
    return out


def date_sentences(a):
    """Session 27 (dates): a sentence-level draw over all the dev articles (see --date-sentences).
    Judged file lines: `date<TAB>article<TAB>start<TAB>end<TAB>value<TAB>verdict<TAB>note`,
    verdict ok, bad or miss (a date a reader expects that the binary does not give; an unjudged
    fact with the same value over an overlapping span finds it and is ok). Prints P = ok / (ok + bad) and R = ok / (ok + misses not
    found) of both binaries over the sampled sentences."""
    judged_spans = collections.defaultdict(list)
    gold = os.path.join(HERE, "gold")
    # every judged file but this session's own (a.own), which --exclude-also names for the held-out draw
    files = [os.path.join(gold, f) for f in sorted(os.listdir(gold)) if f.startswith("heldout-judged-")
             and not f.startswith(a.own)]
    files += [f for f in a.exclude_also.split(",") if f]
    for name in files:
        for line in open(name, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 4 and p[0] == "date" and p[2].isdigit() and p[3].isdigit():
                judged_spans[p[1]].append((int(p[2]), int(p[3])))
    dates = {}
    for line in open(os.path.join(NEWS, "metadata.tsv"), encoding="utf-8").read().splitlines()[1:]:
        f = line.split("\t")
        dates[f[0]] = f[4][:10]
    pool = []
    for f in sorted(dates):
        path = os.path.join(ART, f)
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        ref = [x for x in facts(a.ref, path, dates[f]) if x[0] == "date"]
        for s, e in sentences(text):
            if any(js < e and je > s for js, je in judged_spans[f]):
                continue
            if any(x[1] < e and x[2] > s for x in ref) or DATE_WORD.search(text[s:e]):
                pool.append((f, s, e))
    random.Random(a.seed).shuffle(pool)
    drawn = sorted(pool[:a.date_sentences])
    verdicts = {}
    if a.judged:
        for line in open(a.judged, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 6 and not line.startswith("#"):
                verdicts[(p[1], int(p[2]), int(p[3]), p[4])] = p[5]
    print(f"{len(pool)} sentences in the pool, {len(drawn)} drawn (seed {a.seed})")
    score = {}
    for name, binary in (("ref", a.ref), ("new", a.new)):
        ok = bad = 0
        found, unjudged = set(), []
        by_file = collections.defaultdict(list)
        for f, s, e in drawn:
            by_file[f].append((s, e))
        for f, spans in sorted(by_file.items()):
            path = os.path.join(ART, f)
            text = open(path, encoding="utf-8").read()
            for x in facts(binary, path, dates[f]):
                if x[0] != "date" or not any(x[1] < e and x[2] > s for s, e in spans):
                    continue
                v = verdicts.get((f, x[1], x[2], x[3]))
                m = [k for k, w in verdicts.items() if w == "miss" and k[0] == f and k[3] == x[3]
                     and k[1] < x[2] and k[2] > x[1]]
                if v == "ok" or (v in (None, "miss") and m):
                    ok += 1
                    found.update(m)
                elif v == "bad":
                    bad += 1
                else:
                    unjudged.append((f, x, text[x[1]:x[2]]))
        misses = sum(1 for k, v in verdicts.items() if v == "miss" and k not in found)
        score[name] = (ok, bad, misses, unjudged)
    if not a.judged:
        for f, s, e in drawn:
            text = open(os.path.join(ART, f), encoding="utf-8").read()
            print(f"\n## {f} {s} {e} (crawl {dates[f]})\n{text[s:e].strip()}")
            for name, binary in (("ref", a.ref), ("new", a.new)):
                for x in facts(binary, os.path.join(ART, f), dates[f]):
                    if x[0] == "date" and x[1] < e and x[2] > s:
                        print(f"  {name}\tdate\t{f}\t{x[1]}\t{x[2]}\t{x[3]}\t{text[x[1]:x[2]]}")
        return
    for name, (ok, bad, misses, unjudged) in score.items():
        p = ok / (ok + bad) if ok + bad else 0
        r = ok / (ok + misses) if ok + misses else 0
        print(f"{name}: ok {ok} bad {bad} missed {misses} unjudged {len(unjudged)}  P {p:.3f} R {r:.3f}")
        for f, x, t in unjudged:
            print(f"  UNJUDGED\tdate\t{f}\t{x[1]}\t{x[2]}\t{x[3]}\t{t}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("new")
    ap.add_argument("ref")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("--seed", type=int, default=18,
                    help="18: session 10's sample; 1811: session 11's (disjoint from 18's, the "
                         "gold and set C); 1812: session 12's (disjoint from all of those); "
                         "1813: session 13's (also disjoint from 1812's and set D); 1814: session "
                         "14's (also disjoint from 1813's)")
    ap.add_argument("--judged")
    ap.add_argument("--all", action="store_true",
                    help="sample from all the new binary's facts of each type, not only the new "
                         "or changed ones (the type's held-out precision)")
    ap.add_argument("--same", help="judged items of the reference binary (see the doc)")
    ap.add_argument("--missed", help="with --same: statements the reference missed (type, article, "
                                     "start, end, value, note; session 14): how many the new "
                                     "binary finds, with the same value or another")
    ap.add_argument("--carry", help="with --same: append to this file the verdicts of the items "
                                    "whose fact did not change (same span, value, English), so "
                                    "that only changed ones are judged anew (session 13)")
    ap.add_argument("--date-sentences", type=int, default=0,
                    help="dates, session 27: draw N sentences of all the dev articles that hold a "
                         "date fact of REF or a month, weekday or year word, none holding a date "
                         "judged in a dev/gold/heldout-judged-* file but --own's, and list both binaries' dates in them; with --judged, score them")
    ap.add_argument("--own", default="heldout-judged-s28d",
                    help="with --date-sentences: judged files of this prefix (the session's own) are "
                         "not left out unless --exclude-also names them (session 27 drew with "
                         "heldout-judged-s27 and the s28 files absent)")
    ap.add_argument("--exclude-also", default="",
                    help="with --date-sentences: comma-separated judged TSVs whose sentences are "
                         "also left out (the step-1 sample, for the held-out draw)")
    a = ap.parse_args()
    types = a.types.split(",")
    if a.date_sentences:
        return date_sentences(a)
    if a.same:
        return same_items(a, types)
    added, dropped, total = (collections.defaultdict(list) for _ in range(3))
    for f, date in others(a.n, a.seed):
        path = os.path.join(ART, f)
        text = open(path, encoding="utf-8").read()
        new, ref = facts(a.new, path, date), facts(a.ref, path, date)
        rs, ns = set(ref), set(new)
        for x in new:
            total[x[0]].append((f, text, x))
            if x not in rs:
                added[x[0]].append((f, text, x))
        for x in ref:
            if x not in ns:
                dropped[x[0]].append((f, text, x))
    judged = {}
    if a.judged:
        for line in open(a.judged, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 5 and not line.startswith("#"):
                # Session 12's files carry the value before the verdict.
                v = p[5] if len(p) >= 6 and p[4] not in ("ok", "bad") else p[4]
                judged[(p[0], p[1], int(p[2]), int(p[3]))] = v
    print(f"{a.n} held-out articles; per type: facts (new binary), new or changed, dropped")
    for t in types:
        print(f"  {t:10s} {len(total[t]):5d} {len(added[t]):5d} {len(dropped[t]):5d}")
    for t in types:
        rows = total[t] if a.all else added[t]
        sample = rows if len(rows) <= a.sample else random.Random(7).sample(rows, a.sample)
        sample.sort(key=lambda r: (r[0], r[2][1]))
        verdicts = [judged.get((t, f, x[1], x[2])) for f, _, x in sample]
        ok, bad = verdicts.count("ok"), verdicts.count("bad")
        head = f"\n== {t}: {len(sample)} of {len(rows)} {'facts' if a.all else 'new or changed'}"
        if ok + bad:
            head += f"; judged {ok + bad}: precision {ok / (ok + bad):.3f}"
        print(head)
        if not a.judged:
            for f, text, x in sample:
                ctx = (text[max(0, x[1] - 45):x[1]] + "[" + text[x[1]:x[2]] + "]"
                       + text[x[2]:x[2] + 35]).replace("\n", " ")
                print(f"{t}\t{f}\t{x[1]}\t{x[2]}\t{x[3]}\t{x[4]}\t{ctx}")
        if dropped[t] and not a.judged:
            print(f"-- {t}: dropped {len(dropped[t])}")
            for f, text, x in dropped[t][:a.sample]:
                ctx = (text[max(0, x[1] - 45):x[1]] + "[" + text[x[1]:x[2]] + "]"
                       + text[x[2]:x[2] + 35]).replace("\n", " ")
                print(f"DROP {t}\t{f}\t{x[1]}\t{x[2]}\t{x[3]}\t{ctx}")


def same_items(a, types):
    """Precision on the same items before (reference) and after (new binary)."""
    before = collections.defaultdict(dict)
    for line in open(a.same, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) >= 5 and not line.startswith("#"):
            before[p[0]][(p[1], int(p[2]), int(p[3]))] = p[4]
    after = {}
    # Several files may be given, comma-separated (session 13: the seed-1812 items judged
    # again in heldout-judged-s13-seed1812.tsv on top of session 12's file).
    for judged in (a.judged.split(",") if a.judged else []):
        for line in open(judged, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) >= 6 and not line.startswith("#"):
                after[(p[0], p[1], int(p[2]), int(p[3]), p[4])] = p[5]
    arts = {f for t in before for (f, _, _) in before[t]}
    if a.missed:
        arts |= {l.split("\t")[1] for l in open(a.missed, encoding="utf-8")
                 if not l.startswith("#") and l.strip()}
    new, ref = collections.defaultdict(list), set()
    texts = {}
    for f, date in others(a.n, a.seed):
        if f not in arts and not a.all:
            continue
        path = os.path.join(ART, f)
        texts[f] = open(path, encoding="utf-8").read()
        for x in facts(a.new, path, date):
            new[(x[0], f)].append(x)
        for x in facts(a.ref, path, date):
            ref.add((f, x))
    if a.carry:
        # Facts the new binary gives unchanged (same type, span, value and English as the
        # reference's fact at a judged item) keep the item's verdict; the rest stay for a person.
        carried = []
        for t in types:
            for (f, s0, e0), v in sorted(before.get(t, {}).items()):
                hit = next((x for x in new[(t, f)] if x[1] < e0 and s0 < x[2]), None)
                if hit and hit[1] == s0 and hit[2] == e0 and (f, hit) in ref \
                        and (t, f, s0, e0, hit[3]) not in after:
                    after[(t, f, s0, e0, hit[3])] = v
                    carried.append(f"{t}\t{f}\t{s0}\t{e0}\t{hit[3]}\t{v}\tcarried: unchanged")
        with open(a.carry, "a", encoding="utf-8") as o:
            o.write("\n".join(carried) + ("\n" if carried else ""))
    unjudged = []
    print("type, items, dropped, before ok/judged P, after ok/judged P (same items); "
          "new or changed facts elsewhere on the same articles: ok/judged P")
    for t in types:
        items = before.get(t, {})
        if not items:
            continue
        b_ok = sum(v == "ok" for v in items.values())
        seen, dropped, ok, bad = set(), 0, 0, 0
        for (f, s0, e0), _ in sorted(items.items()):
            hit = next((x for x in new[(t, f)] if x[1] < e0 and s0 < x[2]), None)
            if hit is None:
                dropped += 1
                continue
            seen.add((f, hit[1], hit[2]))
            v = after.get((t, f, hit[1], hit[2], hit[3]))
            if v is None:
                unjudged.append((t, f, hit))
            ok, bad = ok + (v == "ok"), bad + (v == "bad")
        o_ok = o_bad = 0
        for f in sorted({f for (f, _, _) in items}):
            for x in new[(t, f)]:
                if (f, x[1], x[2]) in seen or (f, x) in ref:
                    continue
                v = after.get((t, f, x[1], x[2], x[3]))
                if v is None:
                    unjudged.append((t, f, x))
                o_ok, o_bad = o_ok + (v == "ok"), o_bad + (v == "bad")
        pb = b_ok / len(items)
        pa = ok / (ok + bad) if ok + bad else 0
        po = f"{o_ok}/{o_ok + o_bad} {o_ok / (o_ok + o_bad):.3f}" if o_ok + o_bad else "-"
        print(f"  {t:10s} {len(items):4d} {dropped:4d}  {b_ok}/{len(items)} {pb:.3f}"
              f"  {ok}/{ok + bad} {pa:.3f}   {po}")
    if a.missed:
        rows = [l.rstrip("\n").split("\t") for l in open(a.missed, encoding="utf-8")
                if not l.startswith("#") and l.strip()]
        found = same = 0
        for t, f, s0, e0, v, *_ in rows:
            s0, e0 = int(s0), int(e0)
            hit = next((x for x in new[(t, f)] if x[1] < e0 and s0 < x[2]), None)
            found += hit is not None
            same += hit is not None and hit[3] == v
            print(f"MISSED\t{t}\t{f}\t{s0}\t{v}\t"
                  + (f"found {hit[3]} {'(same)' if hit[3] == v else ''}" if hit else "still missed"))
        print(f"missed statements: {len(rows)}; found now {found}, with the same value {same}")
    for t, f, x in unjudged:
        text = texts[f]
        ctx = (text[max(0, x[1] - 45):x[1]] + "[" + text[x[1]:x[2]] + "]"
               + text[x[2]:x[2] + 35]).replace("\n", " ")
        print(f"UNJUDGED\t{t}\t{f}\t{x[1]}\t{x[2]}\t{x[3]}\t{x[4]}\t{ctx}")


if __name__ == "__main__":
    main()
