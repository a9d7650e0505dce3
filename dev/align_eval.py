#!/usr/bin/env python3
"""Link precision/recall/F1 and score calibration of `dragoman align`, beside NLTK's
Gale–Church (`nltk.translate.gale_church.align_blocks`) on the same segmented input.

Data (measuring only, never copied into the repo): ../shared/data/dev/parallel, where line i
of X.ar.txt translates line i of X.en.txt (see its SOURCE.md).

Variants, built per document the way a user meets them:
  clean  each side's gold lines joined by a space into running paragraphs (a line without
         final punctuation, e.g. a headline, stands alone: a blank line after it);
  drop   the same with one English line in eight dropped (random.Random(15), per document
         seeded by its name);
  merge  the same with one pair of adjacent English lines in six merged into one sentence
         (the first line's final . ! ? replaced by ";" and the second's first letter
         lowercased);
  wrap   the clean variant with the English hard-wrapped at 60-80 columns (a width per
         document), as e-mail and print archives give it; the Arabic stays in paragraphs;
  byline the clean variant with a byline line before the English and a wire trailer after it,
         each on a line of its own (they belong to no unit: they count only through what they
         do to the other pairs);
  foreign (only with --variants ...,foreign) the Arabic with the English of the next document
         of the set: no pair is right. What a user meets when two files do not translate each
         other; not one of the calibration's variants (see README, "What an align score
         means").
Both aligners see the same sentences: dragoman's own segmentation of the paragraphs (Arabic:
segment::segment_as with the layout detected, as `dragoman align` reads it; English:
segment_english), via `examples/align_spans.rs`.

Link scoring. Units are the gold Arabic lines and the English units (a gold line, or two
merged lines). A unit belongs to the aligned pair whose spans hold the majority of its
non-space characters (a sentence the segmenter cut in two still belongs to one pair; a
sentence that swallowed two gold lines gives both to its pair). Predicted links: for each
pair with both sides, every Arabic unit of the pair × every English unit of the pair. Gold
links: Arabic line i × the English unit holding English line i (none if it was dropped).
P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|, micro-averaged over documents.
A pair is *right* (for calibration) when it holds a letter of some gold unit on each side and
every Arabic unit it holds a letter of is gold-linked to every English unit it holds a letter
of (a sentence the segmenter cut in two pairs rightly with the other side's two halves,
although the majority rule above gives the unit's links to one of the two pairs; until session
12 that rule judged pairs too, and called 71 right pairs of FLORES and TICO-19 wrong); pairs
with an empty side are not scored.

Calibration (--calib SETS): per score band 0-0.1 ... 0.9-1, pooled over the sets and variants:
pairs, mean score, share right with its 95 % Wilson interval, and whether the share is within
0.1 of the mean score (judged for bands of 30 pairs or more). --fit SETS fits the tables of
src/align/score.rs (ONE, MERGED) on the raw scores of SETS (isotonic regression per shape,
blocks of --min-block pairs, see fit_isotonic) and previews them on the --calib sets outside
SETS. The tables in score.rs were fitted with
  python3 dev/align_eval.py --sets flores_odd,tico_odd,flores_even,tico_even \
      --calib flores_even,tico_even --fit flores_odd,tico_odd --min-block 40
and the held-out figures are the "Calibration over flores_even,tico_even" table of that run.

Usage:
  pip install nltk          # PyPI; the baseline
  cargo build --release --example align_spans   # or --profile quick, with
                                                 # ALIGN_SPANS=target/quick/examples/align_spans
  python3 dev/align_eval.py [--sets flores,tico] [--calib flores]
  (sets: flores, tico, tico_odd = Wikinews 1, 3, 5 (may be tuned on), tico_even = 2, 4, 6
  (held out), flores_odd / flores_even = the odd- / even-numbered FLORES documents (the
  odd ones may be tuned on, the even ones are held out), long = TICO-19 Wikipedia,
  Wikisource and Wikivoyage documents, not news)
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "..", "shared", "data", "dev", "parallel")
SETS = {
    "flores": "flores200_devtest_wikinews",
    "tico": "tico19_wikinews",
    "long": "tico19_longdocs_nonnews",
    # The six TICO-19 wikinews documents split in two (fixed before looking at the results):
    # tuning may look at the odd ones, the even ones are held out.
    "tico_odd": "tico19_wikinews",
    "tico_even": "tico19_wikinews",
}
SETS.update({"flores_odd": SETS["flores"], "flores_even": SETS["flores"]})
SUBSET = {"tico_odd": ("1", "3", "5"), "tico_even": ("2", "4", "6")}
# FLORES split by document number (fixed before looking at any result): the odd-numbered
# documents may be tuned and fitted on, the even-numbered ones are held out.
PARITY = {"flores_odd": 1, "flores_even": 0}
BIN = os.environ.get("ALIGN_SPANS") or os.path.join(ROOT, "target", "release", "examples", "align_spans")


def load(set_name):
    d = os.path.join(DATA, SETS[set_name])
    docs = []
    for f in sorted(os.listdir(d)):
        if f.endswith(".ar.txt"):
            stem = f[: -len(".ar.txt")]
            if set_name in SUBSET and stem.rsplit("_", 1)[-1] not in SUBSET[set_name]:
                continue
            if set_name in PARITY and int(stem.rsplit("_", 1)[-1]) % 2 != PARITY[set_name]:
                continue
            ar = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
            en = open(os.path.join(d, stem + ".en.txt"), encoding="utf-8").read().split("\n")
            while ar and not ar[-1].strip() and en and not en[-1].strip():
                ar.pop()
                en.pop()
            assert len(ar) == len(en), stem
            docs.append((stem, [x.strip() for x in ar], [x.strip() for x in en]))
    return docs


def variant(name, stem, ar, en):
    """Returns (ar_units, en_units, gold) where units are strings and gold is a set of
    (ar_unit, en_unit) links."""
    n = len(ar)
    rng = random.Random("15:" + name + ":" + stem)
    en_unit_of = list(range(n))  # English line -> unit index (None: dropped)
    en_units = []
    if name == "clean":
        en_units = list(en)
    elif name == "drop":
        k = max(1, round(n / 8))
        dropped = set(rng.sample(range(n), k)) if n >= 2 else set()
        for i in range(n):
            if i in dropped:
                en_unit_of[i] = None
            else:
                en_unit_of[i] = len(en_units)
                en_units.append(en[i])
    elif name == "merge":
        k = max(1, round(n / 6))
        starts = list(range(n - 1))
        rng.shuffle(starts)
        chosen = set()
        for s in starts:
            if len(chosen) == k:
                break
            if s in chosen or s - 1 in chosen or s + 1 in chosen:
                continue
            chosen.add(s)
        i = 0
        while i < n:
            if i in chosen:
                first = re.sub(r"[.!?]+([\"”’)]*)\s*$", r"\1;", en[i])
                second = en[i + 1]
                if second[:1].isupper() and not second[:2].isupper():
                    second = second[0].lower() + second[1:]
                en_unit_of[i] = en_unit_of[i + 1] = len(en_units)
                en_units.append(first + " " + second)
                i += 2
            else:
                en_unit_of[i] = len(en_units)
                en_units.append(en[i])
                i += 1
    gold = {(i, en_unit_of[i]) for i in range(n) if en_unit_of[i] is not None}
    return list(ar), en_units, gold


FINAL = re.compile(r"[.!?؟…:;\"”’»)\]]\s*$")


def join(units):
    """Running paragraph and the byte span of each unit in it. A line without final
    punctuation (a headline, a heading, a list item) ends a paragraph (a blank line), as it
    would in a published article."""
    text, spans, pos = [], [], 0
    prev = None
    for u in units:
        b = u.encode("utf-8")
        if text:
            sep = b" " if FINAL.search(prev) else b"\n\n"
            text.append(sep)
            pos += len(sep)
        prev = u
        spans.append((pos, pos + len(b)))
        text.append(b)
        pos += len(b)
    return b"".join(text), spans


def hard_wrap(text, rng):
    """The English as an e-mail or a print archive gives it: each paragraph hard-wrapped at a
    width drawn from 60-80 columns (one per document), a space turned into a line break where
    the next word would pass it. Byte offsets do not move (a space and a LF are one byte)."""
    width = rng.randint(60, 80)
    out = []
    for para in text.decode("utf-8").split("\n"):
        chars = list(para)
        col, last_space = 0, None
        for i, c in enumerate(chars):
            if c == " ":
                last_space = i
            col += 1
            if col > width and last_space is not None:
                chars[last_space] = "\n"
                col = i - last_space
                last_space = None
        out.append("".join(chars))
    wrapped = "\n".join(out).encode("utf-8")
    assert len(wrapped) == len(text)
    return wrapped


BYLINES = ["By Staff Reporter", "By Our Correspondent", "From the news desk",
           "By Maria Lopez and Ahmed Hassan"]
TRAILERS = ["(Reporting by the newsroom; editing by the desk)", "Copyright 2020. All rights reserved.",
            "Follow us for more updates"]


def add_lines(text, rng):
    """A byline line before the English and a trailer line after it (wire copy), each on a line
    of its own: no unit, so they link to nothing; returns the text and the shift of the units."""
    head = (rng.choice(BYLINES) + "\n\n").encode("utf-8")
    tail = ("\n\n" + rng.choice(TRAILERS)).encode("utf-8")
    return head + text + tail, len(head)


def nonspace(text, s, e):
    return sum(1 for c in text[s:e].decode("utf-8", "replace") if not c.isspace())


def owner(text, unit_spans, pair_spans):
    """unit index -> pair index holding most of its non-space characters."""
    own = {}
    for u, (us, ue) in enumerate(unit_spans):
        best, best_n = None, 0
        for p, spans in enumerate(pair_spans):
            k = 0
            for s, e in spans:
                lo, hi = max(s, us), min(e, ue)
                if lo < hi:
                    k += nonspace(text, lo, hi)
            if k > best_n:
                best, best_n = p, k
        own[u] = best
    return own


def links(ar_text, ar_units, en_text, en_units, pairs):
    """pairs: list of (ar_spans, en_spans, score). Returns list of (linkset, score)."""
    ao = owner(ar_text, ar_units, [p[0] for p in pairs])
    eo = owner(en_text, en_units, [p[1] for p in pairs])
    by_pair_a, by_pair_e = defaultdict(list), defaultdict(list)
    for u, p in ao.items():
        if p is not None:
            by_pair_a[p].append(u)
    for u, p in eo.items():
        if p is not None:
            by_pair_e[p].append(u)
    out = []
    for p, (a_sp, e_sp, score) in enumerate(pairs):
        if not a_sp or not e_sp:
            continue
        ls = {(a, e) for a in by_pair_a[p] for e in by_pair_e[p]}
        out.append((ls, score))
    return out


def touched(text, unit_spans, spans):
    """The units a pair's spans hold any letter or digit of."""
    out = set()
    for u, (us, ue) in enumerate(unit_spans):
        for s, e in spans:
            lo, hi = max(s, us), min(e, ue)
            if lo < hi and any(c.isalnum() for c in text[lo:hi].decode("utf-8", "replace")):
                out.add(u)
                break
    return out


def pair_right(ar_text, ar_units, en_text, en_units, pair, gold):
    """Is a pair with both sides right: it holds some gold unit on each side, and every
    Arabic unit it touches is gold-linked to every English unit it touches? (A sentence the
    segmenter cut in two pairs rightly with the other side's two halves although the majority
    rule of the link score gives its units to one pair only.)"""
    ta = touched(ar_text, ar_units, pair[0])
    te = touched(en_text, en_units, pair[1])
    ls = {(a, e) for a in ta for e in te}
    return int(bool(ls) and ls <= gold)


def gale_church(ar_text, ar_sents, en_text, en_sents):
    from nltk.translate.gale_church import align_blocks

    la = [max(1, len(ar_text[s:e].decode("utf-8"))) for s, e in ar_sents]
    le = [max(1, len(en_text[s:e].decode("utf-8"))) for s, e in en_sents]
    if not la or not le:
        return []
    try:
        al = align_blocks(la, le)
    except Exception as exc:  # NLTK fails on a few degenerate inputs
        print(f"gale_church failed: {exc}", file=sys.stderr)
        return []
    # align_blocks gives sentence-index links; group them into beads (connected components).
    a2e, e2a = defaultdict(set), defaultdict(set)
    for a, e in al:
        a2e[a].add(e)
        e2a[e].add(a)
    seen, pairs = set(), []
    for a in range(len(la)):
        if a in seen or a not in a2e:
            continue
        A, E, todo = {a}, set(), [("a", a)]
        while todo:
            side, x = todo.pop()
            for y in (a2e if side == "a" else e2a)[x]:
                tgt = E if side == "a" else A
                if y not in tgt:
                    tgt.add(y)
                    todo.append(("e" if side == "a" else "a", y))
        seen |= A
        pairs.append(([ar_sents[i] for i in sorted(A)], [en_sents[j] for j in sorted(E)], None))
    return pairs


def run_dragoman(batch):
    inp = "".join(
        json.dumps({"ar": a.decode("utf-8"), "en": e.decode("utf-8")}, ensure_ascii=False) + "\n"
        for a, e in batch
    )
    out = subprocess.run([BIN], input=inp.encode("utf-8"), capture_output=True, check=True)
    return [json.loads(l) for l in out.stdout.decode("utf-8").splitlines()]


def evaluate(set_names, calib_sets):
    results = {}
    calib = []  # (score, right) of the pairs of calib_sets
    for set_name in set_names:
        docs = load(set_name)
        for vname in VARIANTS:
            built = []
            for k, (stem, ar, en) in enumerate(docs):
                base = "clean" if vname in ("wrap", "byline", "foreign") else vname
                au, eu, gold = variant(base, stem, ar, en)
                if vname == "foreign":
                    # The English of the next document of the set: nothing is a translation.
                    eu, gold = docs[(k + 1) % len(docs)][2], set()
                at, asp = join(au)
                et, esp = join(eu)
                rng = random.Random("15:" + vname + ":" + stem)
                if vname == "wrap":
                    et = hard_wrap(et, rng)
                elif vname == "byline":
                    et, shift = add_lines(et, rng)
                    esp = [(a + shift, b + shift) for a, b in esp]
                stem_of[id(at)] = stem
                built.append((at, asp, et, esp, gold))
            outs = run_dragoman([(b[0], b[2]) for b in built])
            tot = {"dragoman": [0, 0, 0], "gale_church": [0, 0, 0]}
            for (at, asp, et, esp, gold), o in zip(built, outs):
                # Byte offsets from Rust are into the UTF-8 text: same as ours.
                ar_s = [tuple(x) for x in o["ar"]]
                en_s = [tuple(x) for x in o["en"]]
                dp = [
                    (ar_s[p[0] : p[1]], en_s[p[2] : p[3]], (p[4], p[5], p[1] - p[0], p[3] - p[2]))
                    for p in o["pairs"]
                ]
                if DOC and DOC in stem_of.get(id(at), ""):
                    dump(set_name, vname, at, asp, et, esp, gold, o)
                for sysname, pairs in (
                    ("dragoman", dp),
                    ("gale_church", gale_church(at, ar_s, et, en_s)),
                ):
                    pl = links(at, asp, et, esp, pairs)
                    pred = set().union(*[l for l, _ in pl]) if pl else set()
                    if SHOW and sysname in SHOW and pred != gold:
                        show(set_name, vname, sysname, at, asp, et, esp, gold, pred)
                    t = tot[sysname]
                    t[0] += len(pred & gold)
                    t[1] += len(pred)
                    t[2] += len(gold)
                    if sysname == "dragoman":
                        for pair in pairs:
                            if not pair[0] or not pair[1]:
                                continue
                            score, raw, na, ne = pair[2]
                            right = pair_right(at, asp, et, esp, pair, gold)
                            raw_log.append((set_name, vname, score, raw, na, ne, right,
                                            stem_of.get(id(at), "")))
                            if set_name in calib_sets:
                                calib.append((score, right))
            results[(set_name, vname)] = tot
    return results, calib


raw_log = []
SHOW = ()
VARIANTS = ("clean", "drop", "merge", "wrap", "byline")
DOC = ""
stem_of = {}


def dump(set_name, vname, at, asp, et, esp, gold, o):
    """--doc: dragoman's pairs of one document, with each pair's gold verdict."""
    print(f"== {set_name}/{vname} {stem_of[id(at)]}  gold {sorted(gold)}", file=sys.stderr)
    for a0, a1, e0, e1, score, raw in o["pairs"]:
        ta = " | ".join(at[s:e].decode("utf-8") for s, e in o["ar"][a0:a1])
        te = " | ".join(et[s:e].decode("utf-8") for s, e in o["en"][e0:e1])
        print(f"  [{a0}:{a1}]x[{e0}:{e1}] {score:.3f} (raw {raw:.3f})\n    AR {ta[:160]}\n    EN {te[:160]}",
              file=sys.stderr)


def show(set_name, vname, sysname, at, asp, et, esp, gold, pred):
    """--show: the links a system got wrong or missed, with both sides' text."""
    def txt(text, spans, i):
        s, e = spans[i]
        return text[s:e].decode("utf-8")[:90]

    for kind, ls in (("wrong", pred - gold), ("missed", gold - pred)):
        for a, e in sorted(ls):
            print(f"[{set_name}/{vname}/{sysname}] {stem_of.get(id(at), '')} {kind} ar {a} × en {e}\n  AR {txt(at, asp, a)}"
                  f"\n  EN {txt(et, esp, e)}", file=sys.stderr)


def prf(t):
    tp, np_, ng = t
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="flores,tico")
    ap.add_argument("--variants", default="clean,drop,merge,wrap,byline")
    ap.add_argument("--calib", default="flores,tico", help="sets whose pairs go into calibration")
    ap.add_argument("--show", default="", help="print wrong/missed links of these systems "
                    "(dragoman,gale_church) to stderr")
    ap.add_argument("--doc", default="", help="print dragoman's pairs of the documents whose "
                    "name contains this (to stderr)")
    ap.add_argument("--dump-scores", help="write set, variant, score, raw score, sentences "
                    "per side and right (0/1) per pair, tab-separated")
    ap.add_argument("--fit", default="", help="fit the calibration table (isotonic) on the raw "
                    "scores of these sets, print it, and preview it on the --calib sets not in it")
    ap.add_argument("--min-block", type=int, default=40, help="--fit: pairs per block at least")
    args = ap.parse_args()
    global SHOW
    SHOW = tuple(x for x in args.show.split(",") if x)
    global DOC, VARIANTS
    DOC = args.doc
    VARIANTS = tuple(args.variants.split(","))
    sets = args.sets.split(",")
    results, calib = evaluate(sets, set(args.calib.split(",")))
    print("| set | variant | dragoman P / R / F1 | Gale–Church P / R / F1 |")
    print("|---|---|---|---|")
    for (s, v), tot in results.items():
        if v == "foreign":
            print(f"| {s} | {v} | no gold links: {tot['dragoman'][1]} links predicted "
                  f"| {tot['gale_church'][1]} |")
            continue
        d = prf(tot["dragoman"])
        g = prf(tot["gale_church"])
        print(
            f"| {s} | {v} | {d[0]:.3f} / {d[1]:.3f} / **{d[2]:.3f}** "
            f"| {g[0]:.3f} / {g[1]:.3f} / {g[2]:.3f} |"
        )
    print()
    print(f"Calibration over {args.calib}, all variants pooled (pairs with both sides):")
    calibration_table(calib)
    if args.fit:
        fit_sets = set(args.fit.split(","))
        tables = {}
        for cls in CLASSES:
            pairs = [(raw, right) for (st, _, _, raw, na, ne, right, _) in raw_log
                     if st in fit_sets and shape_class(na, ne) == cls]
            table = fit_isotonic(pairs, args.min_block)
            tables[cls] = knots(table)
            print()
            print(f"Isotonic fit, {cls} pairs of {args.fit} ({len(pairs)} pairs, blocks of "
                  f">= {args.min_block}):")
            print("| raw from | raw to | raw median | pairs | right | table value |")
            print("|---|---|---|---|---|---|")
            for lo, hi, med, n, r, v in table:
                print(f"| {lo:.4f} | {hi:.4f} | {med:.4f} | {n} | {r} | {v:.3f} |")
        print()
        print("Rust tables (raw, calibrated):")
        for cls in CLASSES:
            print(f"    {cls}: " + ", ".join(f"({x:.4f}, {y:.3f})" for x, y in tables[cls]))
        held = [st for st in args.calib.split(",") if st not in fit_sets]
        if held:
            preview = [(apply_table(tables[shape_class(na, ne)], raw), right)
                       for (st, _, _, raw, na, ne, right, _) in raw_log if st in held]
            print()
            print(f"Preview: the fitted tables applied (in Python) on {','.join(held)}:")
            calibration_table(preview)
    if args.dump_scores:
        with open(args.dump_scores, "w") as f:
            f.write("set\tvariant\tscore\traw\tar\ten\tright\tdoc\n")
            for row in raw_log:
                f.write("\t".join(str(x) for x in row) + "\n")


def wilson(r, n, z=1.96):
    """95 % Wilson score interval of r successes in n trials."""
    if n == 0:
        return 0.0, 1.0
    p = r / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / d
    return max(0.0, c - h), min(1.0, c + h)


def calibration_table(pairs):
    """Per score band 0-0.1 ... 0.9-1: pairs, mean score, share right, its Wilson interval,
    and whether the share is within 0.1 of the mean score (judged for n >= 30 only)."""
    print("| score band | pairs | mean score | right | 95 % interval | within ±0.1 |")
    print("|---|---|---|---|---|---|")
    bands = defaultdict(list)
    for score, right in pairs:
        bands[min(9, int(score * 10))].append((score, right))
    for b in range(10):
        xs = bands[b]
        n = len(xs)
        if not n:
            print(f"| {b / 10:.1f}–{(b + 1) / 10:.1f} | 0 | – | – | – | – |")
            continue
        r = sum(x[1] for x in xs)
        mean = sum(x[0] for x in xs) / n
        lo, hi = wilson(r, n)
        ok = abs(r / n - mean) <= 0.1
        verdict = ("yes" if ok else "**no**") if n >= 30 else ("(yes)" if ok else "(no)")
        print(f"| {b / 10:.1f}–{(b + 1) / 10:.1f} | {n} | {mean:.3f} | {r / n:.3f} "
              f"| {lo:.2f}–{hi:.2f} | {verdict} |")
    n = len(pairs)
    r = sum(x[1] for x in pairs)
    mean = sum(x[0] for x in pairs) / n if n else 0
    brier = sum((x[0] - x[1]) ** 2 for x in pairs) / n if n else 0
    print(f"| all | {n} | {mean:.3f} | {r / n if n else 0:.3f} | | Brier {brier:.4f} |")


def fit_isotonic(pairs, min_block):
    """Pool adjacent violators on (raw, right) sorted by raw, then merge blocks until each
    holds min_block pairs (a block of 5 pairs says nothing): [(raw lo, raw hi, n, right,
    value)], value = (right + 1) / (n + 2) (Laplace: a block all right is not certainty)."""
    pairs = sorted(pairs)
    blocks = []  # [lo, hi, n, right]
    for raw, right in pairs:
        blocks.append([raw, raw, 1, right])
        while len(blocks) > 1 and (blocks[-2][3] / blocks[-2][2] >= blocks[-1][3] / blocks[-1][2]):
            b = blocks.pop()
            a = blocks[-1]
            a[1], a[2], a[3] = b[1], a[2] + b[2], a[3] + b[3]
    # Small blocks: merge into the smaller neighbour, then restore monotonicity.
    changed = True
    while changed:
        changed = False
        for k, b in enumerate(blocks):
            if b[2] < min_block and len(blocks) > 1:
                if k == 0:
                    m = 1
                elif k == len(blocks) - 1:
                    m = k - 1
                else:
                    m = k - 1 if blocks[k - 1][2] <= blocks[k + 1][2] else k + 1
                lo, hi = sorted((k, m))
                a, c = blocks[lo], blocks[hi]
                blocks[lo:hi + 1] = [[a[0], c[1], a[2] + c[2], a[3] + c[3]]]
                changed = True
                break
        k = 1
        while k < len(blocks):
            a, c = blocks[k - 1], blocks[k]
            if a[3] / a[2] >= c[3] / c[2]:
                blocks[k - 1:k + 1] = [[a[0], c[1], a[2] + c[2], a[3] + c[3]]]
                changed = True
            else:
                k += 1
    out, at = [], 0
    for lo, hi, n, r in blocks:
        med = pairs[at + n // 2][0]
        at += n
        out.append((lo, hi, med, n, r, (r + 1) / (n + 2)))
    return out


# Pair shapes, calibrated apart: the path's merges are right less often than its 1-1 pairs at
# the same raw score (a dropped sentence is hidden in a 2-1 more often than in a 1-1).
# (2-2 pairs, 7 of 2,002 on FLORES and TICO-19, are too few for a class of their own.)
CLASSES = ("one", "merged")


def shape_class(na, ne):
    """one: 1-1; merged: any other pair with both sides."""
    return "one" if na == 1 and ne == 1 else "merged"


def knots(table):
    """Each block's value at its median raw score: the table the Rust side reads by linear
    interpolation between knots (flat beyond the first and last)."""
    return [(med, v) for lo, hi, med, n, r, v in table]


def apply_table(ks, raw):
    """Linear interpolation between knots, flat outside (as score.rs reads its tables)."""
    if raw <= ks[0][0]:
        return ks[0][1]
    for (x0, y0), (x1, y1) in zip(ks, ks[1:]):
        if raw <= x1:
            return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1
    return ks[-1][1]

if __name__ == "__main__":
    main()
