#!/usr/bin/env python3
"""Agreement between judge 2 (agree2, blind) and judge 1 (key) on the s20n/s20t facts samples.
Usage: python3 agree.py   (run in /work/agree2). Writes disagreements.md, prints tables."""
import collections, os
D = os.path.dirname(os.path.abspath(__file__))
FILES = [('s20n', 'facts-s20n-blind.tsv', 'facts-s20n-first-judge.tsv'),
         ('s20t', 'facts-s20t-blind.tsv', 'facts-s20t-first-judge.tsv')]

def rows(p):
    return [l.rstrip('\n').split('\t') for l in open(os.path.join(D, p), encoding='utf-8')
            if l.strip() and not l.startswith('#')]

def kappa(pairs):
    n = len(pairs)
    if not n: return float('nan'), float('nan')
    po = sum(a == b for a, b in pairs) / n
    pe = sum((sum(a == c for a, _ in pairs) / n) * (sum(b == c for _, b in pairs) / n) for c in ('ok', 'bad'))
    k = (po - pe) / (1 - pe) if pe < 1 else float('nan')
    return po, k

def fmt(x): return 'n/a' if x != x else f'{x:.3f}'

out = ['# Disagreements: agree2 (judge 2, blind) vs key (judge 1)', '']
table = []
allpairs = []
for name, mine, key in FILES:
    A, B = rows(mine), rows(key)
    assert len(A) == len(B), (name, len(A), len(B))
    bytype = collections.OrderedDict()
    dis = []
    for i, (a, b) in enumerate(zip(A, B), 1):
        assert a[:5] == b[:5], (name, i, a[:5], b[:5])
        va, vb = a[5].strip(), b[5].strip()
        assert va in ('ok', 'bad') and vb in ('ok', 'bad'), (name, i, va, vb)
        bytype.setdefault(a[0], []).append((va, vb))
        allpairs.append((va, vb))
        if va != vb:
            dis.append((i, a, b))
    for t, p in list(bytype.items()) + [('ALL', [x for v in bytype.values() for x in v])]:
        po, k = kappa(p)
        c2 = collections.Counter(x for x, _ in p); c1 = collections.Counter(y for _, y in p)
        table.append((name, t, len(p), po, k, c2['ok'], c2['bad'], c1['ok'], c1['bad']))
    out += [f'## {name} ({len(dis)} of {len(A)})', '',
            '| row | type | doc:start-end | value | agree2 | key | agree2 reason | key note |',
            '|---|---|---|---|---|---|---|---|']
    for i, a, b in dis:
        esc = lambda s: (s or '').replace('|', '\\|')
        out.append(f"| {i} | {a[0]} | {a[1]}:{a[2]}-{a[3]} | {esc(a[4])} | {a[5]} | {b[5]} | "
                   f"{esc(a[6] if len(a) > 6 else '')} | {esc(b[6] if len(b) > 6 else '')} |")
    out.append('')
po, k = kappa(allpairs)
c2 = collections.Counter(x for x, _ in allpairs); c1 = collections.Counter(y for _, y in allpairs)
table.append(('both', 'ALL', len(allpairs), po, k, c2['ok'], c2['bad'], c1['ok'], c1['bad']))
hdr = '| file | type | n | raw agreement | Cohen kappa | agree2 ok/bad | key ok/bad | precision agree2 | precision key |'
lines = [hdr, '|---|---|---|---|---|---|---|---|---|']
for f, t, n, po, k, ao, ab, ko, kb in table:
    lines.append(f'| {f} | {t} | {n} | {po:.3f} ({round(po*n)}/{n}) | {fmt(k)} | {ao}/{ab} | {ko}/{kb} | '
                 f'{ao/n:.3f} | {ko/n:.3f} |')
out = out[:2] + ['## Agreement', ''] + lines + [''] + out[2:]
open(os.path.join(D, 'disagreements.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('\n'.join(lines))
