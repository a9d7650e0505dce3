#!/usr/bin/env python3
"""Person mentions and quote speakers of `dragoman export`, against two gold sets.

1. AQMAR (../shared/data/dev/ner/aqmar_all.norm.conll, Wikipedia, CC BY-SA; measuring only):
   each article becomes one document (its sentences' tokens joined by spaces, one sentence a
   line); a token is predicted PER when a `person` fact overlaps it. Token P/R/F1 (PER tokens)
   and mention P/R/F1 (exact token range of a B-/I-PER run vs a person fact's tokens).
   Reported per the paper's split (articles.tsv: `dev` = what rules were looked at against,
   `test` = held out).
2. Our gold (dev/gold/news-facts/A and B, 40 SaudiNewsNet articles read from
   ../shared/data/dev/news/articles or $DRAGOMAN_NEWS): person mention P/R/F1 (a predicted
   person fact and a gold `person` whose spans overlap, matched one to one), the share of
   predicted person facts whose English is in Latin letters, and quote-speaker accuracy: a
   gold quote is right when a predicted `quote` fact overlaps its `text` span and the
   predicted speaker (detail.speaker_arabic, else value) matches the gold `value` (after
   normalizing alef/ya/ta-marbuta, harakat and spaces, one contains the other, 3+ letters),
   or the predicted English speaker equals the gold `english` (case-insensitive).
   "found" is the share of gold quotes with an overlapping prediction; "right|found" the
   accuracy among those. Split: articles at even positions of articles.tsv (0, 2, …) =
   `tune` (looked at), odd = `held` (not looked at while writing rules; since session 10 the
   speaker rules were written with both halves' misses read, so `held` is no clean hold-out).
   The speaker match is by containment of the Arabic: a speaker written otherwise than the
   gold (زوجته الرابعة for الزوجة الرابعة, مختصو الاقتصاد for مختصو اقتصاد) counts as wrong.

Usage (from the repo root):
  cargo build --release
  python3 dev/persons_eval.py --bin target/release/dragoman
  python3 dev/persons_eval.py --bin /work/ref/dragoman          # main, for "before"
  python3 dev/persons_eval.py --bin target/release/dragoman --show news-fp   # list errors
Options: --show news-fp|news-fn|quotes|ner-fp|ner-fn (print misses of the tune/dev part);
  --part tune|held|all and --ann A|B choose what the news lists show.

3. `--diff BEFORE` (session 20): the person facts (and `--kinds person,place` others) of the 600
   dev articles of /work/bench-corpus/devnews_once.jsonl ($DRAGOMAN_DEVNEWS) under BEFORE and
   `--bin`, and every fact removed, added or changed (same start, other end or English), with
   its context, for reading each one before a rule goes in:
  python3 dev/persons_eval.py --bin target/quick/dragoman --diff /work/ref/dragoman
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "..", "shared", "data", "dev")
NEWS = os.environ.get("DRAGOMAN_NEWS", os.path.join(DATA, "news", "articles"))
GOLD = os.path.join(HERE, "gold")


def export(binary, docs):
    """docs: [(id, text, date)] -> {id: [fact dicts with document code-point offsets]}"""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, t, d in docs:
            row = {"id": i, "text": t}
            if d:
                row["date"] = d
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run(
            [binary, "export", "--format", "jsonl", "-q", "-j", "2", path],
            check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    facts = {}
    for line in out.splitlines():
        row = json.loads(line)
        facts.setdefault(row["doc_id"], []).extend(row["facts"])
    return facts


# ---------------------------------------------------------------- AQMAR

def read_conll(path):
    """[(article, [[(token, tag)]])]"""
    arts = []
    sent = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            if sent:
                arts[-1][1].append(sent)
                sent = []
            arts.append((line.split("\t")[2], []))
            continue
        if not line.strip():
            if sent:
                arts[-1][1].append(sent)
                sent = []
            continue
        tok, tag = line.split("\t")[:2]
        sent.append((tok, tag))
    if sent:
        arts[-1][1].append(sent)
    return arts


def aqmar_documents():
    """AQMAR as documents: ([(article, text, None)], {article: (text, token spans, tags)},
    {article: "dev"|"test"}). Each article's sentences' tokens joined by spaces, one sentence
    a line; a `None` span (tag "O") marks each sentence break."""
    path = os.path.join(DATA, "ner", "aqmar_all.norm.conll")
    split = {}
    for line in open(os.path.join(DATA, "ner", "articles.tsv"), encoding="utf-8").read().splitlines()[1:]:
        a, s = line.split("\t")[:2]
        split[a] = s
    docs, layout = [], {}
    for name, sents in read_conll(path):
        parts, spans, tags, pos = [], [], [], 0
        for s in sents:
            for j, (tok, tag) in enumerate(s):
                if j:
                    parts.append(" ")
                    pos += 1
                spans.append((pos, pos + len(tok)))
                tags.append(tag)
                parts.append(tok)
                pos += len(tok)
            spans.append(None)  # sentence break
            tags.append("O")
            parts.append("\n")
            pos += 1
        text = "".join(parts)
        docs.append((name, text, None))
        layout[name] = (text, spans, tags)
    return docs, layout, split


def gold_mentions(tags, label):
    """The token ranges (start, end) of the B-/I-`label` runs of `tags`; an I- that does not
    continue a run of its label starts one."""
    out = set()
    k = 0
    while k < len(tags):
        if tags[k] == "B-" + label or (tags[k] == "I-" + label and (k == 0 or not tags[k - 1].endswith(label))):
            e = k + 1
            while e < len(tags) and tags[e] == "I-" + label:
                e += 1
            out.add((k, e))
            k = e
        else:
            k += 1
    return out


def ner_eval(binary, show):
    docs, layout, split = aqmar_documents()
    facts = export(binary, docs)
    res = {}
    for name, (text, spans, tags) in layout.items():
        part = split.get(name, "test")
        r = res.setdefault(part, [0] * 6)  # tok tp, fp, fn; mention tp, pred, gold
        pred_tok = [False] * len(spans)
        pred_ments = set()
        for f in facts.get(name, []):
            if f["type"] != "person":
                continue
            idx = [k for k, sp in enumerate(spans) if sp and sp[0] < f["end"] and f["start"] < sp[1]]
            for k in idx:
                pred_tok[k] = True
            if idx:
                pred_ments.add((idx[0], idx[-1] + 1))
        gold_ments = gold_mentions(tags, "PER")
        for k, sp in enumerate(spans):
            g = tags[k].endswith("-PER")
            if g and pred_tok[k]:
                r[0] += 1
            elif pred_tok[k]:
                r[1] += 1
            elif g:
                r[2] += 1
        r[3] += len(pred_ments & gold_ments)
        r[4] += len(pred_ments)
        r[5] += len(gold_ments)
        if show and part == "dev" and show.startswith("ner"):
            words = lambda a, b: " ".join(text[spans[x][0]:spans[x][1]] for x in range(a, b) if spans[x])
            if show == "ner-fp":
                for m in sorted(pred_ments - gold_ments):
                    print("FP", name, words(*m), "|", words(max(0, m[0] - 4), m[1] + 3))
            else:
                for m in sorted(gold_ments - pred_ments):
                    print("FN", name, words(*m), "|", words(max(0, m[0] - 4), m[1] + 3))
    rows = []
    for part in ("dev", "test"):
        r = res.get(part, [0] * 6)
        rows.append((f"AQMAR {part} PER tokens", prf(r[0], r[0] + r[1], r[0] + r[2])))
        rows.append((f"AQMAR {part} PER mentions (exact)", prf(r[3], r[4], r[5])))
    return rows


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return (p, r, f, npred, ngold)


# ---------------------------------------------------------------- news gold

HARAKAT = re.compile("[\u064b-\u0652\u0640\u0670]")


def norm(s):
    s = HARAKAT.sub("", s)
    s = re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return re.sub(r"[\s\-«»\"“”()]", "", s)


def find(text, sub, occ):
    k = -1
    for _ in range(occ):
        k = text.find(sub, k + 1)
        if k < 0:
            return None
    return (k, k + len(sub))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def speaker_ok(pred, gold):
    d = pred.get("detail") or {}
    ar = d.get("speaker_arabic") or pred.get("value") or ""
    en = (d.get("speaker") or pred.get("value") or "").strip().lower()
    if en and gold.get("english") and en == gold["english"].strip().lower():
        return True
    a, g = norm(ar), norm(gold["value"])
    if len(a) < 3 or not g:
        return False
    return a in g or g in a


def news_eval(binary, show, show_part="tune", show_ann="A"):
    arts = []
    for line in open(os.path.join(GOLD, "articles.tsv"), encoding="utf-8").read().splitlines()[1:]:
        f, _, date = line.split("\t")[:3]
        arts.append((f, date))
    texts = {f: open(os.path.join(NEWS, f), encoding="utf-8").read() for f, _ in arts}
    facts = export(binary, [(f, texts[f], d) for f, d in arts])
    rows = []
    for ann in ("A", "B"):
        res = {}
        for pos, (f, _) in enumerate(arts):
            part = "tune" if pos % 2 == 0 else "held"
            for p in (part, "all"):
                res.setdefault(p, [0] * 8)
            text = texts[f]
            gold = [json.loads(l) for l in open(os.path.join(GOLD, "news-facts", ann, f + ".jsonl"), encoding="utf-8")]
            gp = [(find(text, g["text"], g["occ"]), g) for g in gold if g["type"] == "person"]
            gq = [(find(text, g["text"], g["occ"]), g) for g in gold if g["type"] == "quote"]
            pp = [p for p in facts.get(f, []) if p["type"] == "person"]
            pq = [p for p in facts.get(f, []) if p["type"] == "quote"]
            used = [False] * len(pp)
            tp = 0
            missed = []
            for sp, g in gp:
                hit = next((k for k, p in enumerate(pp) if not used[k] and sp and overlap(sp, (p["start"], p["end"]))), None)
                if hit is None:
                    missed.append(g)
                else:
                    used[hit] = True
                    tp += 1
            en = sum(1 for p in pp if re.search("[A-Za-z]", p["english"]))
            qfound = qright = 0
            qbad = []
            for sp, g in gq:
                cands = [p for p in pq if sp and overlap(sp, (p["start"], p["end"]))]
                if cands:
                    qfound += 1
                    if any(speaker_ok(p, g) for p in cands):
                        qright += 1
                    else:
                        qbad.append((g, cands[0]))
                else:
                    qbad.append((g, None))
            for p in (part, "all"):
                r = res[p]
                for k, v in enumerate((tp, len(pp), len(gp), en, len(gq), qfound, qright)):
                    r[k] += v
            if show and ann == show_ann and (show_part == "all" or part == show_part):
                if show == "news-fp":
                    for k, p in enumerate(pp):
                        if not used[k]:
                            a, b = p["start"], p["end"]
                            print("FP", f, p["arabic"], "|", text[max(0, a - 30):b + 20].replace("\n", " "))
                elif show == "news-fn":
                    for g in missed:
                        sp = find(text, g["text"], g["occ"]) or (0, 0)
                        print("FN", f, g["text"], "|", text[max(0, sp[0] - 30):sp[1] + 20].replace("\n", " "))
                elif show == "quotes":
                    for g, p in qbad:
                        got = "MISSING" if p is None else ((p.get("detail") or {}).get("speaker_arabic") or p["value"] or "-")
                        sp = find(text, g["text"], g["occ"]) or (0, 0)
                        ctx = text[max(0, sp[0] - 90):sp[1]].replace("\n", " / ")
                        print("Q", f, "gold:", g["value"], "| got:", got, "|", ctx)
        for p in ("tune", "held", "all"):
            r = res[p]
            rows.append((f"news vs {ann} {p} person mentions", prf(r[0], r[1], r[2])))
            rows.append((f"news vs {ann} {p} persons in English", (r[3] / r[1] if r[1] else 0.0, r[3], r[1])))
            rows.append((f"news vs {ann} {p} quotes found / right / right|found",
                         (r[5] / r[4] if r[4] else 0, r[6] / r[4] if r[4] else 0, r[6] / r[5] if r[5] else 0, r[4])))
    return rows


def dev_diff(before, after, kinds):
    """Print the facts of `kinds` that differ between two builds on the 600 dev articles."""
    path = os.environ.get("DRAGOMAN_DEVNEWS", "/work/bench-corpus/devnews_once.jsonl")
    docs = [json.loads(l) for l in open(path, encoding="utf-8")]
    docs = [(d["id"], d["text"], d.get("date")) for d in docs]
    texts = {i: t for i, t, _ in docs}

    def facts(binary):
        got = export(binary, docs)
        return {(i, x["start"]): (x["end"], x["type"], x.get("english", ""))
                for i, xs in got.items() for x in xs if x["type"] in kinds}

    a, b = facts(before), facts(after)
    counts = {"removed": 0, "added": 0, "changed": 0}
    for key in sorted(set(a) | set(b)):
        doc, s = key
        t = texts[doc]
        if key in a and key in b and a[key] == b[key]:
            continue
        state = "removed" if key not in b else "added" if key not in a else "changed"
        counts[state] += 1
        old, new = a.get(key), b.get(key)
        e = max(x[0] for x in (old, new) if x)
        desc = lambda x: f"{x[1]} [{t[s:x[0]]}] {x[2]}" if x else "-"
        print(f"{state.upper():8s} {doc} {s}: {desc(old)}  ->  {desc(new)}")
        print("   ctx:", (t[max(0, s - 70):s] + " [[" + t[s:e] + "]] " + t[e:e + 40]).replace("\n", " / "))
    print(f"# {len(a)} facts before, {len(b)} after; " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "dragoman"))
    ap.add_argument("--show", default="")
    ap.add_argument("--only", default="", help="ner or news")
    ap.add_argument("--part", default="tune", help="which news part --show lists: tune, held or all")
    ap.add_argument("--ann", default="A", help="which annotator --show lists misses against: A or B")
    ap.add_argument("--diff", metavar="BEFORE", help="list the dev articles' changed facts")
    ap.add_argument("--kinds", default="person", help="fact kinds --diff compares (comma-separated)")
    a = ap.parse_args()
    if a.diff:
        return dev_diff(a.diff, a.bin, set(a.kinds.split(",")))
    rows = []
    if a.only in ("", "ner"):
        rows += ner_eval(a.bin, a.show)
    if a.only in ("", "news"):
        rows += news_eval(a.bin, a.show, a.part, a.ann)
    for name, v in rows:
        if "mentions" in name or "tokens" in name:
            print(f"{name:48s} P {v[0]:.3f}  R {v[1]:.3f}  F1 {v[2]:.3f}  (pred {v[3]}, gold {v[4]})")
        elif "English" in name:
            print(f"{name:48s} {v[0]:.3f}  ({v[1]} of {v[2]})")
        else:
            print(f"{name:48s} found {v[0]:.3f}  right {v[1]:.3f}  right|found {v[2]:.3f}  (gold {v[3]})")


if __name__ == "__main__":
    sys.exit(main())
