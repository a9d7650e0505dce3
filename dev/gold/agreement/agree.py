from collections import Counter
def load(p,skip): return [l.rstrip('\n').split('\t') for l in open(p,encoding='utf-8')][skip:]
def kappa(a,b):
    n=len(a); po=sum(x==y for x,y in zip(a,b))/n
    ca,cb=Counter(a),Counter(b); pe=sum(ca[k]*cb[k] for k in set(a)|set(b))/n/n
    return po, (po-pe)/(1-pe) if pe<1 else float('nan'), n
out=[]
def rep(name,a,b):
    po,k,n=kappa(a,b); out.append(f"| {name} | {n} | {po*100:.1f}% | {k:.3f} |")
# speakers
M=load('speakers-blind.tsv',1); K=load('speakers-first-judge.tsv',0)
assert all(m[1:4]==k[1:4] for m,k in zip(M,K))
me=[m[5] for m in M]; fj=[k[5] for k in K]
rep('speakers ok vs not-ok',[x=='ok' for x in me],[x=='ok' for x in fj])
rep('speakers 4-way',me,fj)
print('SP me',Counter(me),'\nSP first',Counter(fj))
dis_sp=[(i+1,M[i],K[i]) for i in range(len(M)) if me[i]!=fj[i]]
# persons
M=load('persons-blind.tsv',1); K=load('persons-first-judge.tsv',0)
assert all(m[0:3]==k[0:3] for m,k in zip(M,K))
me=[m[6] for m in M]; fj=[k[6] for k in K]
rep('persons ok vs span/fp',[x=='ok' for x in me],[x=='ok' for x in fj])
rep('persons 3-way',me,fj)
both=[i for i in range(len(M)) if me[i]=='ok' and fj[i]=='ok']
rep('persons english (both ok)',[M[i][7] for i in both],[K[i][7] for i in both])
print('PE me',Counter(me),Counter(m[7] for m in M),'\nPE first',Counter(fj),Counter(k[7] for k in K))
dis_pe=[(i+1,M[i],K[i]) for i in range(len(M)) if me[i]!=fj[i] or M[i][7]!=K[i][7]]
# glossary
M=load('glossary-blind.tsv',1); K=load('glossary-first-judge.tsv',0)
assert all(m[0:3]==k[0:3] for m,k in zip(M,K))
me=[m[5] for m in M]; fj=[k[5] for k in K]
rep('glossary correct vs wrong',[x=='correct' for x in me],[x=='correct' for x in fj])
rep('glossary 3-way',me,fj)
print('GL me',Counter(me),'\nGL first',Counter(fj))
dis_gl=[(i+1,M[i],K[i]) for i in range(len(M)) if me[i]!=fj[i]]
print('\n'.join(out))
import json
for name,d,cols in [('SP',dis_sp,(4,5,6)),('PE',dis_pe,(3,6,7,8)),('GL',dis_gl,(3,4,5,6))]:
    print('##',name)
    for i,m,k in d: print(i,'|',' / '.join(m[c] for c in cols),'|| FIRST:',' / '.join(k[c] for c in cols[1:] if c<len(k)), '|', k[-1] if name=='GL' else '')
