#!/usr/bin/env python3
"""Glossary coverage/precision proxy on the parallel dev documents (issue #16 "Measure").

Usage (from the repo root):
    python3 dev/entries_eval.py BIN [--glossary DIR] [--top N] [--base-glossary DIR]
e.g.
    python3 dev/entries_eval.py /work/ref/dragoman                         # built-in glossary
    python3 dev/entries_eval.py /work/ref/dragoman --glossary glossaries   # this checkout's CSVs
    python3 dev/entries_eval.py /work/ref/dragoman --glossary glossaries --base-glossary /tmp/old

Runs `BIN terms --format jsonl --layout lines` on every *.ar.txt of
../shared/data/dev/parallel/{flores200_devtest_wikinews,tico19_wikinews} (gold line alignment).
A match is *confirmed* when a content word of its English (lowercased, stopwords dropped, crude
suffix stemming) occurs in the aligned English line. Prints matches, confirmed share and
confirmed matches per 100 Arabic words, plus the most frequent unconfirmed matches; with
--base-glossary also the unconfirmed matches that are new against that base (keyed by span).
Python 3 stdlib only; the data is read, never copied.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "dev", "parallel")
SETS = ["flores200_devtest_wikinews", "tico19_wikinews"]
STOP = set("""a an the of in on at to for from by with and or but as is are was were be been
being this that these those it its his her their our your my he she they we you i not no
u.s s mr mrs ms al el de la le von van der bin ibn abu""".split())
AR_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+")


def stem(w):
    for suf in ("'s", "ies", "ing", "ied", "ed", "es", "s", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def words_en(s):
    return [w for w in re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())]


def content(s):
    return {stem(w) for w in words_en(s) if w not in STOP and len(w) >= 2}


IRREGULAR = {"said": "say", "says": "say", "killed": "kill", "dead": "die", "died": "die",
             "told": "tell", "held": "hold", "met": "meet", "struck": "strike",
             "wounded": "wound", "injured": "injur", "arrested": "arrest"}


def norm_set(words):
    out = set()
    for w in words:
        out.add(w)
        out.add(stem(IRREGULAR.get(w, w)))
    return out


def run(binary, glossary, files):
    cmd = [binary, "terms", "--format", "jsonl", "--layout", "lines", "-j", "1"]
    if glossary:
        cmd += ["--glossary", glossary]
    out = subprocess.run(cmd + files, capture_output=True, text=True, check=True).stdout
    res = collections.defaultdict(list)
    for line in out.splitlines():
        m = json.loads(line)
        res[m["doc_id"]].append(m)
    return res


def evaluate(binary, glossary, files):
    matches = run(binary, glossary, files)
    tot = conf = words = 0
    unconf = collections.Counter()
    rows = {}
    for f in files:
        ar = open(f, encoding="utf-8").read()
        en_lines = open(f.replace(".ar.txt", ".en.txt"), encoding="utf-8").read().split("\n")
        words += len(AR_WORD.findall(ar))
        starts = [0]
        for i, ch in enumerate(ar):
            if ch == "\n":
                starts.append(i + 1)
        for m in matches.get(f, []):
            line = sum(1 for s in starts if s <= m["start"]) - 1
            en = norm_set(content(en_lines[line] if line < len(en_lines) else ""))
            want = norm_set(content(m["english"]))
            ok = bool(want & en)
            tot += 1
            conf += ok
            rows[(f, m["start"], m["end"])] = (ok, m)
            if not ok:
                unconf[(m["arabic"], m["english"])] += 1
    return tot, conf, words, unconf, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--glossary")
    ap.add_argument("--base-glossary")
    ap.add_argument("--top", type=int, default=30)
    a = ap.parse_args()
    files = sorted(os.path.join(DATA, s, f) for s in SETS for f in os.listdir(os.path.join(DATA, s))
                   if f.endswith(".ar.txt"))
    tot, conf, words, unconf, rows = evaluate(a.binary, a.glossary, files)
    print(f"docs {len(files)}  arabic words {words}")
    print(f"matches {tot}  confirmed {conf}  share {conf / max(tot, 1):.3f}  "
          f"confirmed/100 words {100 * conf / max(words, 1):.2f}  matches/100 words {100 * tot / max(words, 1):.2f}")
    print(f"top {a.top} unconfirmed:")
    for (ar, en), n in unconf.most_common(a.top):
        print(f"  {n:3d}  {ar}  → {en}")
    if a.base_glossary:
        _, _, _, _, base = evaluate(a.binary, a.base_glossary, files)
        new = {k: v for k, v in rows.items() if k not in base or base[k][1]["arabic"] != v[1]["arabic"]}
        nc = sum(1 for ok, _ in new.values() if ok)
        print(f"new/changed matches vs base: {len(new)}  confirmed {nc}")
        c = collections.Counter((m["arabic"], m["english"]) for ok, m in new.values() if not ok)
        print(f"top {a.top} unconfirmed new/changed matches:")
        for (ar, en), n in c.most_common(a.top):
            print(f"  {n:3d}  {ar}  → {en}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
