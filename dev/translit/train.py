#!/usr/bin/env python3
"""Train the name transliterator shipped in src/translit/data/ (Python 3 stdlib only).

Run from the repository root (the data is read from ../shared/data/names, see its SOURCE.md):

    python3 dev/translit/train.py            # writes src/translit/data/{lexicon,model}.bin
    python3 dev/translit/train.py --split arabic --out /tmp/ar   # for eval.py's Arabic split

The shipped tables (the default, --split all) are trained on every pair. To measure, train on
90 %: with --split english (the issue's split) on the pairs whose English name is not held out
(names.held_out: crc32 of the English), with --split arabic on those whose Arabic token is not
(names.held_out_arabic), into a directory given to eval.py (--english-tables, --arabic-tables),
which measures on the other 10 %. Until the eleventh session the shipped tables were the
english-split ones: they lacked every held-out spelling (George, David), so جورج came out as
"Filthy", a one-off Wikidata row. Deterministic: the same data gives byte-identical files (binary,
layout in tables.py).

1. Pairs: the Arabic folded (names.fold); a leading article ال is split off ("al-" is a rule at
   run time), unless the English keeps it as part of a foreign name (الفريد → alfred).
2. Lexicon: for every Arabic token the most frequent English spelling after the house style
   (names.HOUSE), with its share of the counts as the score.
3. Model: each Arabic letter is aligned to an English chunk of 0-3 letters by EM (the
   many-to-many aligner of Jiampojamarn et al. 2007, restricted to 1-to-0..3), pairs that align
   badly are dropped as noise, and a 4-gram joint-sequence model (Bisani & Ney 2008) over the
   aligned (letter, chunk) units is estimated with interpolated Kneser-Ney (absolute
   discounting with --smoothing ad: top-1 0.156/0.195 on the English split against 0.160/0.198,
   0.225/0.211 against 0.232/0.216 on the Arabic split). n-grams of order 3+ seen once are
   dropped (--min-count 1 keeps them: +0.001 top-1 for a model three times the size).
4. Tables: written as binary (tables.py), read in place by src/translit.

Tried and not kept (eval.py, both splits): order 5 (Arabic split +0.001/+0.012, English
split -0.002/-0.008, 400 KB more), weighing pairs by 1 + ln(count) (no gain), dropping 2 % or
10 % of the worst-aligned pairs instead of 5 % (Arabic split: the same, and -0.001/-0.004).
"""

import math
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import names  # noqa: E402
import tables  # noqa: E402

MAX_CHUNK = 3
ORDER = 4
DISCOUNT = 0.75
EM_ITERATIONS = 6
MIN_COUNT = 2
SMOOTHING = "kn"
BOS, EOS = "<s>", "</s>"
OUT = os.path.join(names.REPO, "src", "translit", "data")

HEADER = """dragoman name transliterator.
Trained by dev/translit/train.py (run: python3 dev/translit/train.py) from
  Wikidata person-name tokens (Merhav & Ash, COLING 2018; steveash/NETransliteration-COLING2018
  @ 5d5f59e5, data/wd_arabic_80), CC0 1.0, and
  Google ar->en Wikipedia transliteration pairs (Rosca & Breuel 2016; google/transliteration
  @ b2265a64), Apache License 2.0 (https://www.apache.org/licenses/LICENSE-2.0).
Derived data, same terms: this file is distributed under the Apache License 2.0.
Split: {split} ("all": every pair; the held-out figures are measured with tables trained on
the english or arabic split, where 10 % by crc32 of the English name or the folded Arabic is
never used).
"""


def article_split(ar, en, stem_english):
    """(key, english): the article ال split off unless it belongs to a foreign name."""
    if ar.startswith("ال") and len(ar) >= 5 and ar != "الله":
        stem = ar[2:]
        for p in ("al-", "el-"):
            if en.startswith(p):
                return stem, en[len(p):]
        if en[:2] in ("al", "el"):
            if ar.endswith("ي") or en[2:] in stem_english.get(stem, ()):
                return stem, en[2:]
            return ar, en
        return stem, en
    return ar, en


def pairs(split="english"):
    train = [r for r in names.rows() if not names.is_held_out(split, r[1], r[2])]
    stem_english = defaultdict(set)
    for _, ar, en, _ in train:
        stem_english[ar].add(en)
    out = []
    for f, ar, en, c in train:
        key, e = article_split(ar, en, stem_english)
        e = e.strip("-'")
        if key and e:
            out.append((f, key, e, c))
    return out


def glossary_english():
    """The one-word English of the glossaries' places, terms and organizations (not people.csv):
    a name token's data spelling that is one of these is often a label's translation."""
    import csv
    import glob
    out = set()
    for path in sorted(glob.glob(os.path.join(names.REPO, "glossaries", "*.csv"))):
        if os.path.basename(path) == "people.csv":
            continue
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                en = (r.get("english") or "").strip().lower()
                if en.isalpha():
                    out.add(en)
    return out


def lexicon(prs):
    glossed = glossary_english()
    counts = defaultdict(lambda: defaultdict(int))
    for f, ar, en, c in prs:
        # A Google pair counts twice: its pairs are whole words, where Wikidata's tokens are cut
        # from multi-word names and sometimes misaligned (جورج → "filthy", ديفيد → "d'angers").
        c = c * (2 if f.startswith("google") else 1)
        # French and Turkish spellings (Achraf, Kadri) count for a tenth: house style is English.
        # A spelling much shorter than the Arabic (ريتشارد → "ric": a Wikidata token of
        # another name) counts for a tenth too: Arabic writes long vowels only, so English is
        # rarely shorter than seven tenths of it.
        w = 0.1 if names.french(ar, en) or len(en) < 0.7 * len(ar) else 1.0
        # Session 19: a place's or a word's English that the Arabic
        # cannot spell (سويد → sweden, سنوسي → libya: a label translated) counts for a
        # hundredth, so that any real spelling wins; alone, it stays (واشنطن → washington does not
        # fit either). Below, other houses' spellings of Arab names (مراد Murat, طاهر Tahar,
        # سهيلة Souhila) count for a tenth.
        if en in glossed and not names.fits(ar, en):
            w = 0.01
        counts[ar][names.house(en)] += c * w
    for ar, cs in counts.items():
        # Only where a spelling of neither kind that fits the Arabic is there to win (دلال:
        # dellal, and no other that fits stays dellal). 26 of 41,663 entries change, all read.
        other = [en for en in cs if names.other_house(ar, en)]
        if other and any(names.fits(ar, en) and en not in other for en in cs):
            for en in other:
                cs[en] *= 0.1
    for ar, en in names.HOUSE_ARABIC.items():
        counts[names.fold(ar)] = {en: 1.0}
    entries = []
    for ar in sorted(counts):
        cs = counts[ar]
        total = sum(cs.values())
        best = sorted(cs.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        english = best[0]
        if ar.endswith("ة") and english.endswith("ah"):
            english = english[:-1]  # ة: Hamza, Fatima, not Hamzah
        entries.append((ar, english, round(best[1] / total, 3)))
    return entries


def em(data):
    """EM over 1-to-0..MAX_CHUNK alignments; returns unit probabilities {(letter, chunk): p}."""
    prob = defaultdict(lambda: 1.0)
    for it in range(EM_ITERATIONS):
        counts = defaultdict(float)
        loglik = 0.0
        for ar, en, w in data:
            n, m = len(ar), len(en)
            fwd = [[0.0] * (m + 1) for _ in range(n + 1)]
            fwd[0][0] = 1.0
            for i in range(n):
                a = ar[i]
                row, nxt = fwd[i], fwd[i + 1]
                for j in range(m + 1):
                    f = row[j]
                    if f == 0.0:
                        continue
                    for k in range(j, min(m, j + MAX_CHUNK) + 1):
                        nxt[k] += f * prob[(a, en[j:k])]
            z = fwd[n][m]
            if z <= 0.0:
                continue
            loglik += w * math.log(z)
            bwd = [[0.0] * (m + 1) for _ in range(n + 1)]
            bwd[n][m] = 1.0
            for i in range(n - 1, -1, -1):
                a = ar[i]
                for j in range(m + 1):
                    s = 0.0
                    for k in range(j, min(m, j + MAX_CHUNK) + 1):
                        b = bwd[i + 1][k]
                        if b:
                            p = prob[(a, en[j:k])]
                            s += p * b
                            if fwd[i][j]:
                                counts[(a, en[j:k])] += w * fwd[i][j] * p * b / z
                    bwd[i][j] = s
        # Normalize jointly over all units (a joint unigram, as in the m2m aligner).
        total = sum(counts.values())
        prob = defaultdict(float, {u: c / total for u, c in counts.items()})
        print(f"  EM iteration {it + 1}: log-likelihood {loglik:.0f}, {len(prob)} units",
              file=sys.stderr)
    return prob


def viterbi(ar, en, prob):
    n, m = len(ar), len(en)
    best = [[(-math.inf, None)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = (0.0, None)
    for i in range(n):
        a = ar[i]
        for j in range(m + 1):
            s = best[i][j][0]
            if s == -math.inf:
                continue
            for k in range(j, min(m, j + MAX_CHUNK) + 1):
                p = prob.get((a, en[j:k]), 0.0)
                if p > 0.0:
                    t = s + math.log(p)
                    if t > best[i + 1][k][0]:
                        best[i + 1][k] = (t, j)
    if best[n][m][0] == -math.inf:
        return None, -math.inf
    units, k = [], m
    for i in range(n, 0, -1):
        j = best[i][k][1]
        units.append((ar[i - 1], en[j:k]))
        k = j
    units.reverse()
    return units, best[n][m][0]


def ngram_model(seqs):
    """Interpolated absolute discounting; returns {ngram tuple: (logp, backoff)}."""
    counts = [defaultdict(float) for _ in range(ORDER + 1)]
    for seq, w in seqs:
        s = [BOS] * (ORDER - 1) + seq + [EOS]
        for i in range(ORDER - 1, len(s)):
            for n in range(1, ORDER + 1):
                g = tuple(s[i - n + 1:i + 1])
                if n > 1 and g[-2] == BOS and g[0] != BOS:
                    continue
                counts[n][g] += w
    used = counts
    discount = [DISCOUNT] * (ORDER + 1)
    if SMOOTHING == "kn":
        # Kneser-Ney: a lower order counts the distinct contexts an n-gram follows, not its
        # occurrences (a unit seen often but only after one history is a poor backoff guess);
        # the discount per order is n1 / (n1 + 2 n2) of the counts it discounts. The n-grams at
        # the start of the word (after the padding) are counted the same way; counting their
        # occurrences instead, as textbook KN does, measured the same (top-1 within 0.002).
        used = [defaultdict(float) for _ in range(ORDER + 1)]
        used[ORDER] = counts[ORDER]
        for n in range(ORDER, 1, -1):
            for g in counts[n]:
                used[n - 1][g[1:]] += 1.0
        for n in range(2, ORDER + 1):
            n1 = sum(1 for c in used[n].values() if c == 1)
            n2 = sum(1 for c in used[n].values() if c == 2)
            if n1 and n2:
                discount[n] = n1 / (n1 + 2 * n2)
    vocab = sorted(g[0] for g in used[1])
    total = sum(used[1].values())
    prob = {}
    for g, c in used[1].items():
        prob[g] = (c + 0.5) / (total + 0.5 * len(vocab))
    hist_count = [defaultdict(float) for _ in range(ORDER + 1)]
    hist_types = [defaultdict(int) for _ in range(ORDER + 1)]
    for n in range(2, ORDER + 1):
        for g, c in used[n].items():
            hist_count[n][g[:-1]] += c
            hist_types[n][g[:-1]] += 1
    backoff = {}
    for n in range(2, ORDER + 1):
        d = discount[n]
        for h, hc in hist_count[n].items():
            backoff[h] = d * hist_types[n][h] / hc
        for g, c in sorted(used[n].items()):
            h = g[:-1]
            lower = lower_prob(g[1:], prob, backoff)
            prob[g] = max(c - d, 0.0) / hist_count[n][h] + backoff[h] * lower
    # Count cut-off: n-grams of order 3 and more seen once are left to the backoff (this halves
    # the model and costs little accuracy); a history without kept n-grams backs off for free.
    for n in range(3, ORDER + 1):
        for g, c in counts[n].items():
            if c < MIN_COUNT:
                del prob[g]
    kept = {g[:-1] for g in prob if len(g) > 1}
    backoff = {h: b for h, b in backoff.items() if h in kept}
    return prob, backoff


def lower_prob(g, prob, backoff):
    if g in prob:
        return prob[g]
    if len(g) == 1:
        return 1e-7
    return backoff.get(g[:-1], 1.0) * lower_prob(g[1:], prob, backoff)


NOISE = 0.05


def align(prs, weighted):
    """The training pairs as unit sequences [([letter|chunk…], weight)], by EM then Viterbi."""
    # One sample per distinct pair (the spelling, not its popularity, is what to learn).
    weight = defaultdict(int)
    for _, ar, en, c in prs:
        if len(en) <= MAX_CHUNK * len(ar) and not names.french(ar, en):
            weight[(ar, en)] += c
    data = [(ar, en, 1.0 + math.log(c) if weighted else 1.0)
            for (ar, en), c in sorted(weight.items())]
    prob = em(data)
    aligned = []
    for ar, en, w in data:
        units, score = viterbi(ar, en, prob)
        if units is not None:
            aligned.append((units, score / len(ar), w))
    # Noise: pairs whose alignment is far worse than usual (محمد → morocco) are not learned.
    scores = sorted(s for _, s, _ in aligned)
    cut = scores[int(len(scores) * NOISE)]
    seqs = [([f"{a}|{e}" for a, e in u], w) for u, s, w in aligned if s >= cut]
    print(f"{len(seqs)} aligned pairs kept of {len(aligned)} (cut {cut:.2f}/letter)",
          file=sys.stderr)
    return seqs


def main():
    global ORDER, OUT, SMOOTHING, MIN_COUNT, NOISE
    import argparse
    import json
    ap = argparse.ArgumentParser()
    ap.add_argument("--order", type=int, default=ORDER, help="n-gram order (default %(default)s)")
    ap.add_argument("--out", default=OUT, help="output directory (default src/translit/data)")
    ap.add_argument("--split", choices=names.TRAIN_SPLITS, default="all",
                    help="which 10 %% to hold out: by English name (the issue's split), by "
                         "Arabic token, or none (the shipped tables; default %(default)s)")
    ap.add_argument("--weighted", action="store_true",
                    help="weigh each pair by 1 + ln(its count) (default: each pair once)")
    ap.add_argument("--count-weight", choices=("none", "log", "sqrt"), default="none",
                    help="weigh each aligned pair by a function of its count when counting "
                         "n-grams (default %(default)s)")
    ap.add_argument("--candidates", type=int, default=tables.CANDIDATES,
                    help="chunks tried per letter, the most frequent first (default %(default)s)")
    ap.add_argument("--noise", type=float, default=NOISE,
                    help="share of the worst-aligned pairs dropped (default %(default)s)")
    ap.add_argument("--align-cache", metavar="FILE",
                    help="keep the EM alignment in FILE (JSON) and reuse it when it exists")
    ap.add_argument("--smoothing", choices=("ad", "kn"), default=SMOOTHING,
                    help="absolute discounting or Kneser-Ney (default %(default)s)")
    ap.add_argument("--min-count", type=int, default=MIN_COUNT,
                    help="n-grams of order 3+ seen fewer times are dropped (default %(default)s)")
    ap.add_argument("--lexicon-only", action="store_true", help="do not retrain the model")
    args = ap.parse_args()
    ORDER, OUT, SMOOTHING, MIN_COUNT = args.order, args.out, args.smoothing, args.min_count
    NOISE = args.noise
    tables.CANDIDATES = args.candidates
    prs = pairs(args.split)
    print(f"{len(prs)} training pairs ({args.split} split)", file=sys.stderr)
    os.makedirs(OUT, exist_ok=True)
    header = HEADER.format(split=args.split)
    with open(os.path.join(OUT, "lexicon.bin"), "wb") as f:
        f.write(tables.lexicon_bin(lexicon(prs), header + "lexicon: arabic, english, share\n"))
    if args.lexicon_only:
        return

    if args.align_cache and os.path.exists(args.align_cache):
        with open(args.align_cache, encoding="utf-8") as f:
            seqs = [(u, w) for u, w in json.load(f)]
    else:
        seqs = align(prs, args.weighted)
        if args.align_cache:
            with open(args.align_cache, "w", encoding="utf-8") as f:
                json.dump(seqs, f, ensure_ascii=False)
    if args.count_weight != "none":
        # Popular spellings count more: each aligned pair weighs f(its count in the data).
        count = defaultdict(int)
        for _, ar, en, c in prs:
            count[(ar, en)] += c
        f = {"log": lambda c: 1.0 + math.log(c), "sqrt": math.sqrt}[args.count_weight]
        seqs = [(u, w * f(count[("".join(x.split("|", 1)[0] for x in u),
                                  "".join(x.split("|", 1)[1] for x in u))]))
                for u, w in seqs]
    lm, backoff = ngram_model(seqs)

    names_ = [EOS] + sorted(g[0] for g in lm if len(g) == 1 and g[0] != EOS)
    ids = {u: i for i, u in enumerate(names_)}
    ids[BOS] = -1
    units = [("\0", "")] + [tuple(u.split("|", 1)) for u in names_[1:]]
    grams = {tuple(ids[x] for x in g): round(math.log(p), 3) for g, p in lm.items()}
    backoffs = {tuple(ids[x] for x in h): round(math.log(b), 3) for h, b in backoff.items()}
    with open(os.path.join(OUT, "model.bin"), "wb") as f:
        f.write(tables.model_bin(ORDER, units, grams, backoffs,
                                 header + f"model: joint-sequence {ORDER}-gram\n"))
    print(f"{len(units)} units, {len(lm)} n-grams", file=sys.stderr)


if __name__ == "__main__":
    main()
