"""The binary tables compiled into dragoman (src/translit/data/*.bin), written by train.py.

Not run on its own (but `python3 dev/translit/tables.py DIR` converts the older TSV tables in DIR,
lexicon.tsv and model.tsv as shipped up to commit 6c69e0a, to lexicon.bin and model.bin: the
binary tables gave byte-identical output on 8,783 names, a check that the format changes
nothing).

Both files are read in place by `src/translit/{lexicon,model}.rs` (no parsing: sorted arrays and
binary search), so the layout here and there must agree. All integers little-endian; every
section starts on a 4-byte boundary (zero padding); ln-probabilities are stored in thousandths
(i16), the precision the TSV tables had.

lexicon.bin:
    b"DRGLEX01", u32 text_len, provenance text (UTF-8), pad
    u32 n, u32 blob_len
    u32 start[n + 1]     entry i is blob[start[i]:start[i+1]] = key + english
    u8  key_len[n], pad  the folded Arabic is the first key_len bytes (entries sorted by it)
    u16 score[n], pad    the share of the counts, in thousandths
    blob, pad

model.bin:
    b"DRGMOD01", u32 text_len, provenance text, pad
    u32 order, n_units, n_letters, n_cand, n_hist, n_next, n_succ, blob_len
    u32 letter[n_letters]           letter 0 is the end of the word (code point 0)
    u32 cand_start[n_letters + 1]   the candidate units of letter i, most frequent first
    u16 cand[n_cand], pad
    u8  rank[n_units], pad          a unit's place among its letter's candidates (255: none)
    i16 unigram[n_units], pad       ln p of each unit alone
    u32 chunk_start[n_units + 1]    unit i spells blob[chunk_start[i]:chunk_start[i+1]]
    blob, pad
    u32 bucket_start[n_units + 2]   the histories whose last unit is u: hist[bucket_start[u + 1]
                                    :bucket_start[u + 2]]; bucket 0: the start of the word
    u64 hist_key[n_hist]            a packed history with stored n-grams, sorted in its bucket
    i16 hist_backoff[n_hist], pad   its ln backoff weight
    u32 letter_start[n_hist + 1]    its letters: next_letter[letter_start[i]:letter_start[i+1]]
    u8  next_letter[n_next], pad    a letter index (sorted within the history)
    u32 next_start[n_next + 1]      its stored n-grams: succ[next_start[j]:next_start[j+1]]
    u16 succ_unit[n_succ], pad
    i16 succ_lnp[n_succ], pad

A history packs the last units, oldest first, 12 bits each: unit id + 1, or 0xFFF for the start
of the word. Unit 0 is the end of the word (letter 0, chunk ""). Bucketing by the last unit
makes a history's binary search a few steps long.
"""

import struct
import sys

# Chunks tried per letter, the most frequent first: 16 is as accurate as 24 on both held-out
# splits (top-1 within 0.001) and a sixth cheaper per guess; 12 loses 0.002.
CANDIDATES = 16
UNSEEN = -18.0
START = 0xFFF
ID_BITS = 12


def _pad(buf):
    while len(buf) % 4:
        buf.append(0)


def _header(magic, text):
    buf = bytearray(magic)
    t = text.encode("utf-8")
    buf += struct.pack("<I", len(t)) + t
    _pad(buf)
    return buf


def _milli(x):
    v = int(round(x * 1000))
    assert -32768 <= v <= 32767, x
    return v


def _arr(buf, fmt, values):
    buf += struct.pack(f"<{len(values)}{fmt}", *values)
    _pad(buf)


def lexicon_bin(entries, text):
    """entries: [(folded arabic, english, score)]."""
    entries = sorted(entries, key=lambda e: e[0].encode("utf-8"))
    blob = bytearray()
    start, key_len, score = [], [], []
    for ar, en, s in entries:
        k = ar.encode("utf-8")
        assert len(k) < 256, ar
        start.append(len(blob))
        key_len.append(len(k))
        blob += k + en.encode("utf-8")
        score.append(int(round(s * 1000)))
    start.append(len(blob))
    buf = _header(b"DRGLEX01", text)
    buf += struct.pack("<II", len(entries), len(blob))
    _arr(buf, "I", start)
    _arr(buf, "B", key_len)
    _arr(buf, "H", score)
    buf += blob
    _pad(buf)
    return bytes(buf)


def pack(ids):
    """A history (unit ids, -1 for the start of the word) as the decoder keys it."""
    k = 0
    for i in ids:
        k = (k << ID_BITS) | (START if i < 0 else i + 1)
    return k


def model_bin(order, units, grams, backoffs, text):
    """units: [(letter, chunk)] by id, units[0] the end of the word ("\\0", "");
    grams: {ids tuple (-1: start): ln p}; backoffs: {history tuple: ln b}."""
    assert len(units) < START - 1
    letters = ["\0"] + sorted({a for a, _ in units[1:]})
    lidx = {a: i for i, a in enumerate(letters)}
    unigram = [UNSEEN] * len(units)
    for g, p in grams.items():
        if len(g) == 1:
            unigram[g[0]] = p
    rank = [255] * len(units)
    rank[0] = 0
    cand_start, cand = [0], [0]  # letter 0 (the end) has one candidate: unit 0
    cand_start.append(1)
    for a in letters[1:]:
        us = [i for i, (b, _) in enumerate(units) if i and b == a]
        us.sort(key=lambda i: (-round(unigram[i], 3), i))
        us = us[:CANDIDATES]
        for r, u in enumerate(us):
            rank[u] = r
        cand += us
        cand_start.append(len(cand))
    blob = bytearray()
    chunk_start = []
    for _, c in units:
        chunk_start.append(len(blob))
        blob += c.encode("utf-8")
    chunk_start.append(len(blob))

    nexts = {}
    for g, p in grams.items():
        if len(g) < 2:
            continue
        nexts.setdefault(pack(g[:-1]), {}).setdefault(lidx[units[g[-1]][0]], []).append((g[-1], p))
    bo = {pack(h): b for h, b in backoffs.items()}
    for h in nexts:
        bo.setdefault(h, 0.0)  # a history with n-grams has a weight (ln 1)
    assert set(bo) == set(nexts), "a backoff weight for a history without n-grams"

    def bucket(k):
        last = k & START
        return 0 if last == START else last

    hkeys = sorted(bo, key=lambda k: (bucket(k), k))
    counts = [0] * (len(units) + 1)
    for k in hkeys:
        counts[bucket(k)] += 1
    bucket_start = [0]
    for c in counts:
        bucket_start.append(bucket_start[-1] + c)
    letter_start, next_letter, next_start, succ_unit, succ_lnp = [], [], [], [], []
    for k in hkeys:
        letter_start.append(len(next_letter))
        for li in sorted(nexts[k]):
            next_letter.append(li)
            next_start.append(len(succ_unit))
            for u, p in sorted(nexts[k][li]):
                succ_unit.append(u)
                succ_lnp.append(_milli(p))
    letter_start.append(len(next_letter))
    next_start.append(len(succ_unit))

    buf = _header(b"DRGMOD01", text)
    buf += struct.pack("<8I", order, len(units), len(letters), len(cand), len(hkeys),
                       len(next_letter), len(succ_unit), len(blob))
    _arr(buf, "I", [ord(a) for a in letters])
    _arr(buf, "I", cand_start)
    _arr(buf, "H", cand)
    _arr(buf, "B", rank)
    _arr(buf, "h", [_milli(p) for p in unigram])
    _arr(buf, "I", chunk_start)
    buf += blob
    _pad(buf)
    _arr(buf, "I", bucket_start)
    _arr(buf, "Q", hkeys)
    _arr(buf, "h", [_milli(bo[k]) for k in hkeys])
    _arr(buf, "I", letter_start)
    _arr(buf, "B", next_letter)
    _arr(buf, "I", next_start)
    _arr(buf, "H", succ_unit)
    _arr(buf, "h", succ_lnp)
    return bytes(buf)


def read_tsv(directory):
    """The older TSV tables: (lexicon entries, order, units, grams, backoffs, header text)."""
    import os
    entries, text = [], []
    with open(os.path.join(directory, "lexicon.tsv"), encoding="utf-8") as f:
        for ln in f:
            ln = ln.rstrip("\n")
            if ln.startswith("#"):
                text.append(ln[2:])
            elif ln:
                ar, en, s = ln.split("\t")
                entries.append((ar, en, float(s)))
    units, grams, backoffs, order = [("\0", "")], {}, {}, 1
    with open(os.path.join(directory, "model.tsv"), encoding="utf-8") as f:
        for ln in f:
            ln = ln.rstrip("\n")
            if not ln or ln.startswith("#"):
                continue
            cells = ln.split("\t")
            if cells[0] == "U":
                units.append((cells[2], cells[3]))
            else:
                ids = tuple(-1 if x == "s" else int(x) for x in cells[2].split(" "))
                order = max(order, len(ids))
                (grams if cells[0] == "G" else backoffs)[ids] = float(cells[1])
    return entries, order, units, grams, backoffs, "\n".join(text)


if __name__ == "__main__":
    import os
    d = sys.argv[1]
    entries, order, units, grams, backoffs, text = read_tsv(d)
    with open(os.path.join(d, "lexicon.bin"), "wb") as f:
        f.write(lexicon_bin(entries, text))
    with open(os.path.join(d, "model.bin"), "wb") as f:
        f.write(model_bin(order, units, grams, backoffs, text))
    print(f"{len(entries)} lexicon entries; order {order}, {len(units)} units, "
          f"{len(grams)} n-grams", file=sys.stderr)
