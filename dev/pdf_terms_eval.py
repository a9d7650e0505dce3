#!/usr/bin/env python3
"""End to end: glossary terms found in PDF-damaged news with `--layout auto` and `--layout pdf`.

The clean articles' terms (`dragoman terms`, layout auto) are the reference. The damaged copies
come from `dev/pdf_eval.py --write-degraded DIR` (stray spaces inside words, broken lam-alef,
reversed lines; see that script). Per document, the terms of a run are compared with the
reference as multisets of (glossary entry, English): recall = shared / reference, precision =
shared / found. Python 3 standard library only. Usage, from the repository root:

    cargo build --release --example pdf_repair && cargo build --release
    python3 dev/pdf_eval.py --write-degraded /tmp/pdfdeg
    python3 dev/pdf_terms_eval.py /tmp/pdfdeg [--bin target/release/dragoman]

The news articles (../shared/data/dev/news, CC BY-NC-SA) are read in place, never copied.
"""
import argparse
import collections
import csv
import io
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CLEAN = os.path.join(ROOT, "..", "shared", "data", "dev", "news", "articles")


def terms(binary, path, layout):
    out = subprocess.run(
        [binary, "terms", path, "--layout", layout],
        check=True, capture_output=True, text=True,
    ).stdout
    per_doc = collections.defaultdict(collections.Counter)
    for row in csv.DictReader(io.StringIO(out)):
        per_doc[os.path.basename(row["doc_id"])][(row["arabic"], row["english"])] += 1
    return per_doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("degraded")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "dragoman"))
    a = ap.parse_args()
    ref = terms(a.bin, CLEAN, "auto")
    for layout in ["auto", "pdf"]:
        got = terms(a.bin, a.degraded, layout)
        shared = found = want = 0
        for doc in set(ref) | set(got):
            r, g = ref.get(doc, collections.Counter()), got.get(doc, collections.Counter())
            shared += sum((r & g).values())
            found += sum(g.values())
            want += sum(r.values())
        p, rc = shared / max(found, 1), shared / max(want, 1)
        print(f"damaged text, --layout {layout:4}: terms recall {rc:.3f}  precision {p:.3f}"
              f"  (shared {shared}, found {found}, clean {want})")
    clean_pdf = terms(a.bin, CLEAN, "pdf")
    shared = sum(sum((ref[d] & clean_pdf.get(d, collections.Counter())).values()) for d in ref)
    found = sum(sum(c.values()) for c in clean_pdf.values())
    want = sum(sum(c.values()) for c in ref.values())
    print(f"clean text,   --layout pdf : terms recall {shared / want:.3f}  precision "
          f"{shared / max(found, 1):.3f}  (what forcing the repairs costs clean text)")


if __name__ == "__main__":
    main()
