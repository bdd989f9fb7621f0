"""decision 540: every pledge-complete gold's sentence of a multi-year context (今后五年, 十X五, 到20XX年…) holding an act with a
count, and the pledges its gold gives (evidence.tsv; rows that look back, 五年来/“十三五”时期 in a later report, are results)."""
import json,glob,os,re,sys
B='benchmarks/blind'  # run from the project's root: python3 benchmarks/blind/stl64/evidence.py
sets=[('/work/shared/gold/dev','/work/shared/dev/texts'),('/work/shared/gold/seeds','/work/shared/seeds')]
for d in sorted(glob.glob(B+'/*/gold')): sets.append((d,os.path.dirname(d)+'/texts'))
MY=re.compile(r'今后五年|未来五年|“?十[三四五]五”?(时期|期间|末)|到20\d\d年|20\d\d年前|到“十[三四五]五”末|五年(内|间)')
ACT=re.compile(r'(建成|新建|改造|培育|新增|引进|打造|实施|完成|建设|创建|累计|开工|提升|改善|植树|造林|治理|新开工)[^，。；]{0,20}?\d+(\.\d+)?(万|亿)?(个|座|所|家|公里|千米|万亩|亩|套|户|条|处|项|张|辆|栋|吨|人|千瓦|万千瓦|台)')
rows=[]
for g,t in sets:
  for f in sorted(glob.glob(g+'/*.json')):
    d=json.load(open(f))
    if 'pledges' not in d: continue
    p=os.path.join(t,d['doc'])
    if not os.path.exists(p): print('NOTEXT',f);continue
    txt=open(p,encoding='utf-8').read()
    ry=d['meta'].get('report_year')
    # sentences
    for m in re.finditer(r'[^。！\n]+[。！\n]?',txt):
      s=m.group(0); a,b=m.span()
      ctx=txt[max(0,a-300):a]
      if not ACT.search(s): continue
      if not (MY.search(s)): continue
      pl=[x for x in d['pledges'] if x['start']<b and x['end']>a]
      rows.append((f.replace('/work/shared/gold/','').replace(B+'/',''),ry,s.strip()[:110],len(pl),[(x['object'],x['value'],x['period']) for x in pl]))
for r in rows: print('\t'.join(map(str,r)))
