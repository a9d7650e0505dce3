#!/usr/bin/env python3
"""Layout detection and segmentation of hard-wrapped text (issue 15, item 1).

Measures, with `dragoman segment --format jsonl`:

(a) sentence-boundary F1 on hard-wrapped copies of gold-segmented Arabic: the gold sentences
    of ../shared/data/dev/parallel/*/X.ar.txt (one sentence per line) joined into paragraphs
    of 3-6 sentences (blank line between), wrapped at 60-80 columns (one width per document),
    a headline (a first gold line without final punctuation) kept on a line of its own;
(b) the same text unwrapped: paragraphs as single lines (blank line between), and one
    sentence per line (the gold layout);
(c) layout detection on those variants;
(d) the 600 real articles of ../shared/data/dev/news/articles with their own line breaks:
    how many are read as wrapped, and 10 of them printed to eyeball.

"Before" is `--layout lines` (every line break ends a sentence: what dragoman did before
layouts; the property test in src/segment/layout/tests.rs checks that `lines` and
`paragraphs` give exactly the sentences of the old `segment`). "After" is the default,
`--layout auto`.

A boundary is the code-point offset where a sentence ends (the last sentence's end is left
out); predicted and gold boundaries are compared exactly.

Usage (Python 3 standard library only; build first with `cargo build --release`):

    python3 dev/layout_eval.py [--bin target/release/dragoman] [--data ../shared/data/dev]
                               [--show 10] [--misses]

The data is read in place and never copied into the repository.
"""

import argparse
import glob
import json
import os
import random
import subprocess
import sys
import textwrap

WIDTHS = (60, 80)  # wrap widths in columns, set by --widths

TERMINATORS = ".!?؟…۔"


def gold_docs(data):
    """(name, [sentences]) of every parallel X.ar.txt, in a fixed order."""
    docs = []
    for path in sorted(glob.glob(os.path.join(data, "parallel", "*", "*.ar.txt"))):
        with open(path, encoding="utf-8") as f:
            sents = [line.strip() for line in f if line.strip()]
        if sents:
            name = os.path.relpath(path, os.path.join(data, "parallel"))
            docs.append((name, sents))
    return docs


def closed(s):
    return s.rstrip("»”\"›)]").endswith(tuple(TERMINATORS))


def build(sents, variant, rng):
    """The document text of `variant` and the code-point spans of the gold sentences in it.

    Every gold sentence appears verbatim in every variant, except that wrapping turns some of
    its spaces into line breaks (same length): offsets inside a sentence carry over."""
    head = []
    body = list(sents)
    # A headline (no final punctuation) on a line of its own, in every variant.
    if variant != "lines" and len(body) > 1 and not closed(body[0]):
        head = [body.pop(0)]
    paras = []
    i = 0
    while i < len(body):
        n = rng.randint(3, 6)
        paras.append(body[i : i + n])
        i += n
    width = rng.randint(*WIDTHS)
    text = ""
    spans = []

    def add(piece, sentence_end):
        nonlocal text
        if sentence_end:
            spans.append((len(text), len(text) + len(piece)))
        text += piece

    if variant == "lines":
        for k, s in enumerate(sents):
            add(s, True)
            add("\n", False)
        return text, spans
    for s in head:
        add(s, True)
        add("\n", False)
    for p_i, para in enumerate(paras):
        if p_i:
            add("\n\n", False)
        if variant == "paragraphs":
            for k, s in enumerate(para):
                if k:
                    add(" ", False)
                add(s, True)
            continue
        # wrapped: wrap the paragraph's text, keeping track of where each sentence ends.
        joined = " ".join(para)
        sent_spans = []
        at = 0
        for s in para:
            sent_spans.append((at, at + len(s)))
            at += len(s) + 1
        lines = textwrap.wrap(joined, width=width, break_long_words=False, break_on_hyphens=False)
        # Map offsets of `joined` to offsets of the wrapped text: textwrap only turns single
        # spaces into line breaks (the gold text has no runs of spaces after strip/joins, but
        # check).
        wrapped = "\n".join(lines)
        if wrapped.replace("\n", " ") != joined:
            # Runs of spaces were dropped: fall back to joining as written.
            wrapped = joined
        base = len(text)
        add(wrapped, False)
        spans.extend((base + a, base + b) for a, b in sent_spans)
    add("\n", False)
    return text, spans


def wrap_in_place(line, width):
    """`line` greedily wrapped at `width` columns by turning single spaces into line breaks: the
    same length, so every offset stays where it was."""
    chars = list(line)
    start = 0  # start of the current output line
    last_space = -1
    for i, c in enumerate(chars):
        if c == " " and i > start:
            if i - start > width and last_space > start:
                chars[last_space] = "\n"
                start = last_space + 1
            last_space = i
    if len(chars) - start > width and last_space > start:
        chars[last_space] = "\n"
    return "".join(chars)


def run_segment(binary, docs, layout):
    """{id: (layout, [end offsets])} from `dragoman segment --format jsonl`."""
    payload = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in docs)
    out = subprocess.run(
        [binary, "segment", "--format", "jsonl", "--input-format", "jsonl", "--layout", layout, "-"],
        input=payload.encode(),
        capture_output=True,
        check=True,
    ).stdout.decode()
    res = {}
    for line in out.splitlines():
        r = json.loads(line)
        lay, ends = res.setdefault(r["doc_id"], [r.get("layout"), []])
        ends.append(r["end"])
    return {k: (v[0], v[1][:-1]) for k, v in res.items()}


def f1(gold, pred):
    tp = fp = fn = 0
    for k, g in gold.items():
        p = set(pred.get(k, (None, []))[1])
        g = set(g)
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f, tp, fp, fn


def miss_cause(text, at, layout, extra):
    """Why a boundary of the wrapped text differs from the unwrapped one (`extra`: found but
    not wanted)."""
    if layout != "wrapped":
        return f"document read as {layout}"
    line_end = text.startswith("\n", at) or text[at:].lstrip(" \u00a0").startswith("\n")
    if not line_end:
        return "extra boundary inside a line" if extra else "missed boundary inside a line"
    before = text[:at].rstrip(" \u00a0")
    last = before[-1:] or " "
    kind = ("':'" if last == ":" else "'،'" if last in "،," else "sentence punctuation"
            if last in TERMINATORS + "»”\")" else "no punctuation")
    if extra:
        return f"extra boundary at a line end after {kind}"
    return f"paragraph end read as a wrap, line ending in {kind}"


def misses(texts, ref, pred):
    """(e)'s differing boundaries with their context and a cause, and a cause -> count table."""
    causes = {}
    for k in sorted(ref):
        t = texts[k]
        lay, got = pred[k]
        for e, extra in [(e, True) for e in set(got) - set(ref[k])] + [
                (e, False) for e in set(ref[k]) - set(got)]:
            c = miss_cause(t, e, lay, extra)
            causes[c] = causes.get(c, 0) + 1
            print(f"  {'FP' if extra else 'FN'} {k} [{c}] {t[max(0, e - 50):e]!r} | {t[e:e + 25]!r}")
    print()
    print("| cause | count |")
    print("|---|---|")
    for c, n in sorted(causes.items(), key=lambda x: -x[1]):
        print(f"| {c} | {n} |")


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "dragoman"))
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data", "dev"))
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--widths", default="60-80",
                    help="wrap widths LO-HI in columns for (a) and (e), one per document (narrow "
                         "newspaper columns: 25-40)")
    ap.add_argument("--misses", action="store_true",
                    help="list (e)'s differing boundaries with a cause, and count them by cause")
    args = ap.parse_args()
    global WIDTHS
    WIDTHS = tuple(int(x) for x in args.widths.split("-"))

    docs = gold_docs(args.data)
    print(f"gold: {len(docs)} documents, {sum(len(s) for _, s in docs)} sentences")
    variants = ["wrapped", "paragraphs", "lines"]
    expected = {"wrapped": {"wrapped"}, "paragraphs": {"paragraphs", "lines"}, "lines": {"lines", "paragraphs"}}
    print()
    print("| variant | run | reference | set | P | R | F1 | tp | fp | fn |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    detection = {}
    # The boundaries dragoman finds inside a gold line when it stands alone (a gold line
    # holding two sentences by dragoman's rules): relative offsets per sentence, read from
    # the `lines` variant. Added to gold for the "layout only" score, which measures what the
    # layout loses against the clean layout rather than the segmenter's disagreement with gold.
    rng = random.Random(args.seed)
    clean = {name: build(sents, "lines", rng) for name, sents in docs}
    clean_pred = run_segment(args.bin, [(k, t) for k, (t, _) in clean.items()], "lines")
    inner = {}
    for k, (_, spans) in clean.items():
        ends = clean_pred[k][1]
        inner[k] = [[e - a for e in ends if a < e < b] for a, b in spans]
    sets = sorted({name.split("/")[0] for name, _ in docs})
    for v in variants:
        rng = random.Random(args.seed)
        built = {}
        for name, sents in docs:
            built[name] = build(sents, v, rng)
        gold = {k: [b for _, b in spans][:-1] for k, (t, spans) in built.items()}
        ref = {
            k: sorted(set(gold[k]) | {a + r for (a, _), rs in zip(spans, inner[k]) for r in rs})
            for k, (t, spans) in built.items()
        }
        items = [(k, t) for k, (t, e) in built.items()]
        for layout in ["lines", "auto"]:
            pred = run_segment(args.bin, items, layout)
            if v == "wrapped" and layout == "lines":
                wrapped_before = pred
            tag = "before (lines)" if layout == "lines" else "after (auto)"
            for which, g in (("gold", gold), ("layout only", ref)):
                p, r, f, tp, fp, fn = f1(g, pred)
                print(f"| {v} | {tag} | {which} | all | {p:.4f} | {r:.4f} | {f:.4f} | {tp} | {fp} | {fn} |")
                for sub_set in sets:
                    gs = {k: x for k, x in g.items() if k.startswith(sub_set + "/")}
                    p, r, f, tp, fp, fn = f1(gs, pred)
                    print(f"| {v} | {tag} | {which} | {sub_set} | {p:.4f} | {r:.4f} | {f:.4f} | {tp} | {fp} | {fn} |")
            if layout == "auto":
                detection[v] = pred
            # The same paragraphs on single lines, segmented: what the wrapped text should give.
            if v == "paragraphs" and layout == "auto":
                unwrapped = {k: e for k, (_, e) in pred.items()}
    # The wrapped variant against its own paragraphs on single lines (offsets are the same:
    # wrapping only turned spaces into line breaks): the loss the wraps alone cause.
    print()
    print("| wrapped vs. the same paragraphs unwrapped | P | R | F1 | tp | fp | fn |")
    print("|---|---|---|---|---|---|---|")
    for layout, pred in (("before (lines)", wrapped_before), ("after (auto)", detection["wrapped"])):
        p, r, f, tp, fp, fn = f1(unwrapped, pred)
        print(f"| {layout} | {p:.4f} | {r:.4f} | {f:.4f} | {tp} | {fp} | {fn} |")
    print()
    print("(c) layout detection (auto) on the variants")
    print()
    print("| variant | docs | detected as | accuracy (lines≡paragraphs) |")
    print("|---|---|---|---|")
    for v in variants:
        pred = detection[v]
        counts = {}
        for k, (lay, _) in pred.items():
            counts[lay] = counts.get(lay, 0) + 1
        ok = sum(n for lay, n in counts.items() if lay in expected[v])
        total = sum(counts.values())
        shown = ", ".join(f"{lay} {n}" for lay, n in sorted(counts.items()))
        print(f"| {v} | {total} | {shown} | {ok / total:.3f} |")
    # Detection on multi-line wrapped documents only (a doc of 1-2 wrapped lines cannot tell).
    wr = detection["wrapped"]
    rng = random.Random(args.seed)
    multi = [name for name, sents in docs if build(sents, "wrapped", rng)[0].count("\n") >= 4]
    ok = sum(1 for k in multi if wr[k][0] == "wrapped")
    print(f"\nwrapped variant, documents of 4 lines or more: {ok}/{len(multi)} detected as wrapped")

    # (d) real articles.
    arts = sorted(glob.glob(os.path.join(args.data, "news", "articles", "*.txt")))
    items = []
    for path in arts:
        with open(path, encoding="utf-8") as f:
            items.append((os.path.basename(path), f.read()))
    texts = dict(items)
    before = run_segment(args.bin, items, "lines")
    after = run_segment(args.bin, items, "auto")
    counts = {}
    for k, (lay, _) in after.items():
        counts[lay] = counts.get(lay, 0) + 1
    ns_before = sum(len(e) + 1 for _, e in before.values())
    ns_after = sum(len(e) + 1 for _, e in after.values())
    print(f"\n(d) news articles: {len(items)}; detected: {counts}")
    print(f"sentences: before {ns_before}, after {ns_after}")
    changed = [k for k in after if after[k][1] != before[k][1]]
    print(f"documents whose sentences changed: {len(changed)}")

    # (e) the same real articles hard-wrapped in place (spaces become line breaks at 60-80
    # columns, one width per article; no blank lines added: paragraph ends must be found from
    # the short last line), scored against the articles as published, segmented `auto`.
    rng = random.Random(args.seed)
    wrapped_items = []
    for k, t in items:
        width = rng.randint(*WIDTHS)
        wrapped_items.append((k, "\n".join(wrap_in_place(line, width) for line in t.split("\n"))))
    ref = {k: e for k, (_, e) in after.items()}
    print()
    print(f"(e) the 600 articles hard-wrapped at {WIDTHS[0]}-{WIDTHS[1]} columns, against the same articles unwrapped")
    print()
    print("| run | P | R | F1 | tp | fp | fn | detected wrapped |")
    print("|---|---|---|---|---|---|---|---|")
    for layout, tag in (("lines", "before (lines)"), ("auto", "after (auto)")):
        pred = run_segment(args.bin, wrapped_items, layout)
        p, r, f, tp, fp, fn = f1(ref, pred)
        nw = sum(1 for lay, _ in pred.values() if lay == "wrapped")
        print(f"| {tag} | {p:.4f} | {r:.4f} | {f:.4f} | {tp} | {fp} | {fn} | {nw if layout == 'auto' else '-'} |")
        if layout == "auto":
            bad = sorted(((len(set(ref[k]) ^ set(pred[k][1])), k) for k in ref), reverse=True)[:5]
            print("\nworst documents (boundaries differing):", ", ".join(f"{k} {n}" for n, k in bad if n))
            if args.misses:
                misses(dict(wrapped_items), ref, pred)
    wrapped = [k for k in after if after[k][0] == "wrapped"]
    rng = random.Random(args.seed)
    show = wrapped[: args.show]
    rest = [k for k in after if k not in show]
    rng.shuffle(rest)
    show += rest[: max(0, args.show - len(show))]
    for k in show:
        t = texts[k]
        print(f"\n--- {k}: {after[k][0]}; {len(before[k][1]) + 1} -> {len(after[k][1]) + 1} sentences")
        for line in t.splitlines()[:6]:
            print("  | " + line[:110])


if __name__ == "__main__":
    sys.exit(main())
