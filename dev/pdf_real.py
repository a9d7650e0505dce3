#!/usr/bin/env python3
"""Real PDF extraction: news articles printed to PDF by Chromium and read back by pdftotext,
and how much of dragoman's output on the clean article survives in the extracted text.

dev/pdf_eval.py *simulates* PDF damage; this script makes the real thing, so that the
simulation can be checked against what an extractor actually writes. Chromium lays the
article out (HarfBuzz shaping, an Arabic-capable system font, one column of about 60
characters, paragraphs as in the article) and prints it to PDF; `pdftotext -enc UTF-8`
(poppler, the most common extractor) reads it back. What comes back, on this setup: every
line wrapped in bidi embedding marks (U+202B … U+202C, Latin and digit runs in U+202A …
U+202C), hard line breaks at the printed line ends, paragraphs not marked, the lam-alef
ligature written back in visual order (الاجتماعي → االجتماعي, لإ → إل), spaces moved around
embedded digit runs and punctuation (`العمر ‪ 23‬عامًا`, `البرتقالي‪ .‬`), and a form feed
per page.

Measured per layout (`dragoman … --layout L` on the extracted text) against `dragoman` on the
clean article (layout auto), per document, micro-averaged:
  * sentences: boundary precision/recall/F1, a boundary being the number of letters and
    digits before it (so marks, spaces and the lam-alef order do not move it), carried to
    the clean text through an alignment of the two letter sequences (an extractor may drop
    or move letters: see `mapped`);
  * terms: multisets of (glossary entry, English): recall = shared / clean, precision;
  * facts: multisets of (type, English value): recall and precision the same way (a
    quote by its speaker: its English holds the Arabic quotation as extracted).

Usage (from the repository root; needs `chromium` and `pdftotext`: apt-get install chromium
poppler-utils):
    python3 dev/pdf_real.py make /tmp/pdfreal [--every 6]      # 100 of the 600 articles
    python3 dev/pdf_real.py make /tmp/pdfmupdf --extractor pymupdf   # pip install pymupdf
    python3 dev/pdf_real.py make /tmp/pdfminer --extractor pdfminer  # pip install pdfminer.six
    python3 dev/pdf_real.py score /tmp/pdfreal [--bin target/release/dragoman]
        [--layouts auto,wrapped,pdf]
    python3 dev/pdf_real.py misses /tmp/pdfreal [--bin B]   # each differing boundary, by cause
    python3 dev/pdf_real.py visual /tmp/pdfminer /tmp/pdfreal /tmp/pdfmupdf \
        ../shared/data/dev/news/articles            # visual-order lines found (pdfminer)
    python3 dev/pdf_real.py unreverse /tmp/pdfminer /tmp/pdfminer-logical  # then score it

The news articles (../shared/data/dev/news, CC BY-NC-SA) are read in place, never copied into
the repository; the extracted copies stay in the directory given (outside the repository).
"""
import argparse
import collections
import csv
import html
import io
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CLEAN = os.path.join(ROOT, "..", "shared", "data", "dev", "news", "articles")

PAGE = """<html dir="rtl" lang="ar"><head><meta charset="utf-8"><style>
body {{ font-size: 15px; width: 13cm; line-height: 1.5 }} p {{ margin: 0 0 0.6em 0 }}
</style></head><body>{}</body></html>"""


def make(out_dir, every, extractor):
    os.makedirs(out_dir, exist_ok=True)
    names = sorted(f for f in os.listdir(CLEAN) if f.endswith(".txt"))[::every]
    with tempfile.TemporaryDirectory() as tmp:
        for k, name in enumerate(names):
            text = open(os.path.join(CLEAN, name), encoding="utf-8").read()
            paras = "".join(f"<p>{html.escape(l)}</p>" for l in text.split("\n") if l.strip())
            page = os.path.join(tmp, "a.html")
            pdf = os.path.join(tmp, "a.pdf")
            with open(page, "w", encoding="utf-8") as f:
                f.write(PAGE.format(paras))
            subprocess.run(
                ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                 "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + page],
                check=True, capture_output=True, timeout=120,
            )
            target = os.path.join(out_dir, name)
            if extractor == "pdftotext":
                subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, target], check=True)
            elif extractor == "pymupdf":
                import pymupdf  # PyPI: pip install pymupdf

                with pymupdf.open(pdf) as doc, open(target, "w", encoding="utf-8") as f:
                    f.write("\f".join(page.get_text() for page in doc))
            else:
                from pdfminer.high_level import extract_text  # PyPI: pip install pdfminer.six

                with open(target, "w", encoding="utf-8") as f:
                    f.write(extract_text(pdf))
            print(f"\r{k + 1}/{len(names)}", end="", file=sys.stderr)
    print(file=sys.stderr)


def run(binary, args):
    return subprocess.run([binary] + args, check=True, capture_output=True, text=True).stdout


def key_chars(s):
    return sum(1 for c in s if c.isalnum())


def boundaries(binary, path, layout):
    """Per document, the set of sentence ends as counts of letters/digits before them."""
    out = run(binary, ["segment", path, "--layout", layout, "--format", "jsonl"])
    docs = collections.defaultdict(set)
    texts = {}

    for line in out.splitlines():
        row = json.loads(line)
        doc = os.path.basename(row["doc_id"])
        if doc not in texts:
            full = os.path.join(path, doc) if os.path.isdir(path) else path
            texts[doc] = open(full, encoding="utf-8").read()
        docs[doc].add(key_chars(texts[doc][: row["end"]]))
    return docs


def alnum(path):
    return "".join(c for c in open(path, encoding="utf-8").read() if c.isalnum())


def mapped(bounds, extracted_dir, docs):
    """The boundaries of the extracted text carried over to the clean text's counts. An
    extractor may drop letters (PyMuPDF writes the ligature لإ as ل) or move a number within
    its line, so counts drift: the two letter sequences are aligned (difflib) and a boundary
    maps through the matching block it falls in or ends; one that falls in none is dropped
    (counted as not found)."""
    import difflib

    out = {}
    for d in docs:
        a = alnum(os.path.join(extracted_dir, d))
        b = alnum(os.path.join(CLEAN, d))
        blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        got = set()
        for c in bounds.get(d, ()):
            for i, j, n in blocks:
                if n and i <= c <= i + n:
                    got.add(j + c - i)
                    break
        out[d] = got
    return out


def rows(binary, cmd, path, layout, key):
    out = run(binary, [cmd, path, "--layout", layout])
    per_doc = collections.defaultdict(collections.Counter)
    for row in csv.DictReader(io.StringIO(out)):
        per_doc[os.path.basename(row["doc_id"])][key(row)] += 1
    return per_doc


def compare(ref, got, docs):
    shared = found = want = 0
    for d in docs:
        r, g = ref.get(d, collections.Counter()), got.get(d, collections.Counter())
        if isinstance(r, set):
            r, g = collections.Counter(r), collections.Counter(g)
        shared += sum((r & g).values())
        found += sum(g.values())
        want += sum(r.values())
    p, r = shared / max(found, 1), shared / max(want, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def score(out_dir, binary, layouts):
    docs = sorted(f for f in os.listdir(out_dir) if f.endswith(".txt"))
    with tempfile.TemporaryDirectory() as tmp:
        for d in docs:
            os.symlink(os.path.abspath(os.path.join(CLEAN, d)), os.path.join(tmp, d))
        term_key = lambda r: (r["arabic"], r["english"])  # noqa: E731
        # A quote's English holds its Arabic text, which line breaks and marks change:
        # quotes are compared by their speaker.
        fact_key = lambda r: (  # noqa: E731
            r["type"], r["value"] if r["type"] == "quote" else r["english"])
        ref_b = boundaries(binary, tmp, "auto")
        ref_t = rows(binary, "terms", tmp, "auto", term_key)
        ref_f = rows(binary, "facts", tmp, "auto", fact_key)
    print(f"{len(docs)} documents; reference: the clean articles, layout auto")
    print("| layout | sentences P / R / F1 | terms P / R | facts P / R |")
    print("|---|---|---|---|")
    for layout in layouts:
        b = compare(ref_b, mapped(boundaries(binary, out_dir, layout), out_dir, docs), docs)
        t = compare(ref_t, rows(binary, "terms", out_dir, layout, term_key), docs)
        f = compare(ref_f, rows(binary, "facts", out_dir, layout, fact_key), docs)
        print(f"| {layout} | {b[0]:.3f} / {b[1]:.3f} / **{b[2]:.3f}** | {t[0]:.3f} / "
              f"**{t[1]:.3f}** | {f[0]:.3f} / **{f[1]:.3f}** |")


def at_count(text, n):
    """The index in text after its n-th letter or digit."""
    c = 0
    for i, ch in enumerate(text):
        if c == n:
            return i
        c += ch.isalnum()
    return len(text)


def pdf_cause(text, i, extra):
    """A rough cause for a boundary that differs, from the extracted text around index i."""
    after = text[i:i + 12]
    if "\f" in after:
        where = "at a page break"
    elif "\n" in after.lstrip(" .\u202a\u202b\u202c\u200f")[:1] or after.lstrip(
            " .\u202a\u202b\u202c\u200f").startswith("\n"):
        where = "at a line break"
    else:
        where = "inside a line"
    return ("extra boundary " if extra else "missed boundary ") + where


def misses(out_dir, binary, layout):
    """Every boundary that differs from the clean article's, with context and a rough cause,
    and a cause -> count table."""
    import difflib

    docs = sorted(f for f in os.listdir(out_dir) if f.endswith(".txt"))
    with tempfile.TemporaryDirectory() as tmp:
        for d in docs:
            os.symlink(os.path.abspath(os.path.join(CLEAN, d)), os.path.join(tmp, d))
        ref = boundaries(binary, tmp, "auto")
    got = boundaries(binary, out_dir, layout)
    causes = collections.Counter()
    for d in docs:
        ext = open(os.path.join(out_dir, d), encoding="utf-8").read()
        clean = open(os.path.join(CLEAN, d), encoding="utf-8").read()
        a = "".join(c for c in ext if c.isalnum())
        b = "".join(c for c in clean if c.isalnum())
        blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        carried = {}
        for c in got.get(d, ()):
            for i, j, n in blocks:
                if n and i <= c <= i + n:
                    carried[j + c - i] = c
                    break
            else:
                carried[("unmapped", c)] = c
        want = ref.get(d, set())
        for k, c in sorted(carried.items(), key=lambda x: x[1]):
            if k not in want:
                i = at_count(ext, c)
                cause = pdf_cause(ext, i, True)
                causes[cause] += 1
                print(f"  FP {d} [{cause}] {ext[max(0, i - 50):i]!r} | {ext[i:i + 25]!r}")
        for c in sorted(want - set(carried)):
            i = at_count(clean, c)
            causes["missed boundary"] += 1
            print(f"  FN {d} {clean[max(0, i - 50):i]!r} | {clean[i:i + 25]!r}")
    print("\n| cause | count |\n|---|---|")
    for c, n in causes.most_common():
        print(f"| {c} | {n} |")


# Visual order (pdfminer): the rule of src/segment/visual.rs, mirrored here to measure it on
# directories of text (the Rust tests check the same rule on their own rows).
FORMS_B = [1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
           4, 4, 4, 4, 2, 2, 4, 2, 2, 2, 2]


def form(c):
    """'iso', 'fin', 'ini', 'med' for a presentation form of U+FE80-U+FEFC, else None."""
    k = ord(c) - 0xFE80
    if k < 0:
        return None
    for n in FORMS_B:
        if k < n:
            return ("iso", "fin", "ini", "med")[k]
        k -= n
    return None


def is_form_letter(c):
    o = ord(c)
    return (0x0620 <= o <= 0x064A or 0x066E <= o <= 0x06D3 or 0xFB50 <= o <= 0xFDFF
            or 0xFE70 <= o <= 0xFEFC) and not (0xFE70 <= o <= 0xFE7F)


def evidence(line):
    back = fwd = 0
    word = []
    for c in line + " ":
        if is_form_letter(c):
            word.append(c)
        elif not (0x064B <= ord(c) <= 0x065F or c == "\u0640" or 0xFE70 <= ord(c) <= 0xFE7F):
            if len(word) >= 2:
                f, l = form(word[0]), form(word[-1])
                back += f == "fin" or l == "ini"
                fwd += f == "ini" or l == "fin"
            word = []
    return back, fwd


def is_visual_line(line):
    if not any(form(c) for c in line):
        return False
    back, fwd = evidence(line)
    return back >= 2 and back > 2 * fwd


def visual_lines(lines):
    """The indices of the visual lines of a document (as visual_lines in visual.rs)."""
    ev = [evidence(l) for l in lines]
    own = [is_visual_line(l) for l in lines]
    document = sum(own) >= 3 and not any(f >= 2 and f > 2 * b for b, f in ev)
    return {k for k, l in enumerate(lines)
            if own[k] or (document and any(is_form_letter(c) for c in l) and ev[k][1] <= ev[k][0])}


def logical_line(line):
    """The line in logical order: reversed, runs of ASCII letters and digits (with . , : / %
    - between two of them) kept in their order."""
    ltr = [c.isascii() and c.isalnum() for c in line]
    for k in range(1, len(line) - 1):
        if line[k] in ".,:/%-" and ltr[k - 1] and ltr[k + 1]:
            ltr[k] = True
    runs = []
    for k, c in enumerate(line):
        if runs and runs[-1][1] and ltr[k]:
            runs[-1][0].append(c)
        else:
            runs.append(([c], ltr[k]))
    return "".join("".join(r) if is_ltr else "".join(reversed(r)) for r, is_ltr in reversed(runs))


def visual(dirs):
    """Lines detected as visual order, per directory (false detections where none is)."""
    print("| directory | documents | lines | visual lines | documents with one |")
    print("|---|---|---|---|---|")
    for d in dirs:
        docs = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
        lines = vis = with_one = 0
        for f in docs:
            ls = [l for l in open(os.path.join(d, f), encoding="utf-8").read().split("\n") if l.strip()]
            n = len(visual_lines(ls))
            lines += len(ls)
            vis += n
            with_one += n > 0
        print(f"| {d} | {len(docs)} | {lines} | {vis} | {with_one} |")


def unreverse(src, dst):
    """Copies of src's documents with their visual lines in logical order."""
    os.makedirs(dst, exist_ok=True)
    for f in sorted(os.listdir(src)):
        if f.endswith(".txt"):
            text = open(os.path.join(src, f), encoding="utf-8").read()
            lines = text.split("\n")
            vis = visual_lines(lines)
            out = "\n".join(logical_line(l) if k in vis else l for k, l in enumerate(lines))
            open(os.path.join(dst, f), "w", encoding="utf-8").write(out)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("dir")
    m.add_argument("--every", type=int, default=6)
    m.add_argument("--extractor", choices=["pdftotext", "pymupdf", "pdfminer"], default="pdftotext")
    s = sub.add_parser("score")
    s.add_argument("dir")
    s.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "dragoman"))
    s.add_argument("--layouts", default="auto,wrapped,pdf")
    ms = sub.add_parser("misses")
    ms.add_argument("dir")
    ms.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "dragoman"))
    ms.add_argument("--layout", default="auto")
    v = sub.add_parser("visual")
    v.add_argument("dirs", nargs="+")
    u = sub.add_parser("unreverse")
    u.add_argument("src")
    u.add_argument("dst")
    a = ap.parse_args()
    if a.cmd == "make":
        make(a.dir, a.every, a.extractor)
    elif a.cmd == "misses":
        misses(a.dir, a.bin, a.layout)
    elif a.cmd == "visual":
        visual(a.dirs)
    elif a.cmd == "unreverse":
        unreverse(a.src, a.dst)
    else:
        score(a.dir, a.bin, a.layouts.split(","))


if __name__ == "__main__":
    main()
