#!/usr/bin/env python3
"""Check blind set s21: every workbook opens, every gold line is well formed and is found in its workbook.

    python3 check.py        prints OK (and the totals) or the problems

It does not import build.py: the cells are read back with openpyxl and rendered as Excel would show them
(number formats, date cells, and the two formula forms used, =Xn/Yn and =SUM(Xa:Xb), evaluated here).
"""
import datetime as dt
import json
import os
import re
import sys

import openpyxl
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = '/work/main/govtargets/lexicon/data/indicators.yaml'

TASK_FILES = ['01_lanxi_merged', '02_hejing_multisheet', '03_qingpi_twoheader']
PROGRESS_FILES = ['04_pingting_indicators_h1', '05_quyang_projects_q3', '06_lanbu_minsheng_yearend_trad']

TASK_KEYS = {'text_start', 'lead_units', 'co_units', 'deadline'}
FACT_KEYS = {'measure', 'metric', 'item', 'value', 'status', 'quote'}
FACT_EXTRA = {'optional', 'count', 'tally', 'rest', 'confidence', 'note'}
MEASURES = {'completion', 'lag', 'status'}
STATUSES = {'met', 'not_met', 'partly_met', 'cancelled', 'on_schedule'}

problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------- rendering cells
def evaluate(ws, formula):
    m = re.fullmatch(r'=([A-Z]+)(\d+)/([A-Z]+)(\d+)', formula)
    if m:
        a = value_of(ws, ws[m.group(1) + m.group(2)])
        b = value_of(ws, ws[m.group(3) + m.group(4)])
        return a / b
    m = re.fullmatch(r'=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)', formula)
    if m and m.group(1) == m.group(3):
        return sum(value_of(ws, ws[f'{m.group(1)}{r}']) or 0
                   for r in range(int(m.group(2)), int(m.group(4)) + 1))
    raise ValueError(f'formula not handled: {formula}')


def value_of(ws, cell):
    v = cell.value
    if isinstance(v, str) and v.startswith('='):
        return evaluate(ws, v)
    return v


def render(ws, cell):
    v = value_of(ws, cell)
    fmt = cell.number_format
    if v is None:
        return ''
    if isinstance(v, dt.datetime):
        if fmt != 'yyyy"年"m"月"d"日"':
            bad(f'{ws.title}!{cell.coordinate}: date cell with format {fmt!r}')
        return f'{v.year}年{v.month}月{v.day}日'
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if fmt == '0.0%':
            return f'{v * 100:.1f}%'
        if fmt == '0.0':
            return f'{v:.1f}'
        if fmt == '0.00':
            return f'{v:.2f}'
        if fmt == '0':
            return f'{v:.0f}'
        if fmt == '+0.0;-0.0;0.0':
            return f'{v:+.1f}' if v != 0 else '0.0'
        if fmt == 'General':
            return str(v) if isinstance(v, int) else repr(v)
        bad(f'{ws.title}!{cell.coordinate}: number format not handled {fmt!r}')
        return str(v)
    return str(v)


def merged_top_left(ws):
    """cell coordinate -> the top-left cell of the merged range covering it"""
    out = {}
    for rng in ws.merged_cells.ranges:
        tl = ws.cell(row=rng.min_row, column=rng.min_col)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                out[(r, c)] = tl
    return out


def rows_of(ws, fill_merged=False):
    """(row number, [rendered cells]) for every row with content; a merged range's value fills its cells
    when fill_merged is set (so a row sees the 牵头单位 / 类别 it is covered by)"""
    tl = merged_top_left(ws) if fill_merged else {}
    out = []
    for r in range(1, ws.max_row + 1):
        cells = []
        for c in range(1, ws.max_column + 1):
            cell = tl.get((r, c), ws.cell(row=r, column=c))
            cells.append(render(ws, cell))
        if any(cells):
            out.append((r, cells))
    return out


def joined(cells):
    cells = list(cells)
    while cells and cells[-1] == '':
        cells.pop()
    return '\t'.join(cells)


def header_row(ws):
    for r, cells in rows_of(ws):
        if '序号' in cells or '序號' in cells or '指标名称' in cells or '项目名称' in cells:
            return r, cells
    return None, None


# ---------------------------------------------------------------- tasks
def check_tasks(name):
    path = os.path.join(HERE, name + '.xlsx')
    wb = openpyxl.load_workbook(path)
    gold = json.load(open(os.path.join(HERE, name + '.json'), encoding='utf-8'))
    if not isinstance(gold, list) or not 10 <= len(gold) <= 16:
        bad(f'{name}: gold must be a list of 10-16 tasks, has {len(gold)}')
    # all visible rows, in order, with merged values filled in
    seq = []
    for ws in wb.worksheets:
        if ws.sheet_state != 'visible':
            continue
        hr, hcells = header_row(ws)
        if hr is None:
            bad(f'{name}/{ws.title}: no header row')
            continue
        dl_col = next((i for i, h in enumerate(hcells) if '时限' in h), None)
        if dl_col is None:      # a two-row header: 完成时限 merged down, read from the top row
            bad(f'{name}/{ws.title}: no 时限 column in the header')
        for r, cells in rows_of(ws, fill_merged=True):
            if r > hr:
                seq.append((ws.title, r, cells, dl_col))
    hidden_text = []
    for ws in wb.worksheets:
        if ws.sheet_state != 'visible':
            hidden_text += [render(ws, c) for row in ws.iter_rows() for c in row if c.value is not None]
    pos = -1
    for k, t in enumerate(gold):
        where = f'{name} task {k + 1}'
        if set(t) != TASK_KEYS:
            bad(f'{where}: keys {sorted(t)}')
            continue
        ts = t['text_start']
        if not isinstance(ts, str) or len(ts) != 8:
            bad(f'{where}: text_start must be 8 characters: {ts!r}')
        if not t['lead_units'] or not all(isinstance(u, str) and u for u in t['lead_units']):
            bad(f'{where}: lead_units must be a non-empty list of names')
        if not isinstance(t['co_units'], list) or not all(isinstance(u, str) and u for u in t['co_units']):
            bad(f'{where}: co_units must be a list of names')
        if t['deadline'] is not None and not isinstance(t['deadline'], str):
            bad(f'{where}: deadline must be a string or null')
        found = None
        for i in range(pos + 1, len(seq)):
            if any(c.replace('\n', '').lstrip().startswith(ts) for c in seq[i][2]):
                found = i
                break
        if found is None:
            bad(f'{where}: text_start {ts!r} not found (in gold order) at the start of any cell')
            continue
        pos = found
        sheet, r, cells, dl_col = seq[found]
        row_text = '\n'.join(cells)
        for u in t['lead_units'] + t['co_units']:
            if u not in row_text:
                bad(f'{where}: unit {u!r} not in its row ({sheet} row {r})')
        if set(t['lead_units']) & set(t['co_units']):
            bad(f'{where}: a unit both leads and co-operates')
        if t['deadline'] is None:
            if dl_col is not None and cells[dl_col]:
                bad(f'{where}: deadline null but the 时限 cell reads {cells[dl_col]!r}')
        elif dl_col is None or cells[dl_col] != t['deadline']:
            bad(f'{where}: deadline {t["deadline"]!r} is not the row\'s 时限 cell '
                f'{cells[dl_col] if dl_col is not None else None!r}')
        if any(ts in h for h in hidden_text):
            bad(f'{where}: text_start found in a hidden sheet')
    return wb, len(gold)


# ---------------------------------------------------------------- progress
NUM = re.compile(r'[+\-－−]?\d+(?:\.\d+)?')


def numbers(text):
    return [float(x.replace('－', '-').replace('−', '-')) for x in NUM.findall(text)]


def check_progress(name, ids):
    path = os.path.join(HERE, name + '.xlsx')
    wb = openpyxl.load_workbook(path)
    rows = []      # (sheet, row, cells, header cells)
    cells_text = []
    for ws in wb.worksheets:
        if ws.sheet_state != 'visible':
            continue
        hr, hcells = header_row(ws)
        for r, cells in rows_of(ws):
            rows.append((ws.title, r, cells, hcells if hr and r > hr else None))
            cells_text += [c for c in cells if c]
    facts = []
    seen = set()
    scored = set()
    for n, line in enumerate(open(os.path.join(HERE, name + '.progress.jsonl'), encoding='utf-8'), 1):
        where = f'{name} line {n}'
        try:
            f = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f'{where}: {e}')
            continue
        facts.append(f)
        keys = set(f)
        if not FACT_KEYS <= keys or not keys <= FACT_KEYS | FACT_EXTRA:
            bad(f'{where}: keys {sorted(keys)}')
            continue
        if f['measure'] not in MEASURES:
            bad(f'{where}: measure {f["measure"]!r}')
        if f['measure'] == 'status':
            if f['value'] is not None or f['status'] not in STATUSES:
                bad(f'{where}: a status needs value null and a status in {sorted(STATUSES)}')
        else:
            if not isinstance(f['value'], (int, float)) or f['status'] is not None:
                bad(f'{where}: a {f["measure"]} needs a number and status null')
        if f['metric'] is not None:
            if f['metric'] not in ids:
                bad(f'{where}: metric {f["metric"]!r} is not in indicators.yaml')
            if f['item'] is not None:
                bad(f'{where}: metric and item both set')
        elif not f.get('tally') and not f.get('rest'):
            if not isinstance(f['item'], str) or not f['item']:
                bad(f'{where}: no metric, so an item is needed')
        if f.get('tally') and f['item'] is not None:
            bad(f'{where}: a tally names nothing')
        for k in ('optional', 'tally', 'rest'):
            if k in f and f[k] is not True:
                bad(f'{where}: {k} must be true when present')
        if 'confidence' in f and f['confidence'] != 'low':
            bad(f'{where}: confidence must be "low"')
        key = (f['measure'], f['metric'] or f['item'], f['value'], f['status'], f.get('count'),
               f.get('tally', False), f.get('optional', False))
        if key in seen and not f.get('tally'):
            bad(f'{where}: duplicate fact {key}')
        seen.add(key)
        score = (f['measure'], f['metric'] or f['item'], f['value'], f['status'])
        if not f.get('tally'):
            if score in scored:
                bad(f'{where}: the same scoring key as an earlier line {score}')
            scored.add(score)
        q = f['quote']
        # the quote is a row (cells joined by tabs) or lies inside one cell
        row = next((x for x in rows if joined(x[2]) == q), None)
        if row is None and not any(q in c for c in cells_text):
            bad(f'{where}: quote not found as a row or inside a cell: {q!r}')
            continue
        if f['item'] is not None and f['item'] not in q:
            bad(f'{where}: item {f["item"]!r} not in the quote')
        if 'count' in f and not re.search(rf'(?<!\d){f["count"]}(?!\d)', q):
            bad(f'{where}: count {f["count"]} not in the quote')
        if f['measure'] == 'status':
            continue
        v = float(f['value'])
        if row is not None:
            sheet, r, cells, hcells = row
            if f['measure'] == 'lag' and hcells and any('快慢' in h for h in hcells):
                j = next(i for i, h in enumerate(hcells) if '快慢' in h)
                shown = numbers(cells[j])
                if len(shown) != 1 or abs(-shown[0] - v) > 1e-9:
                    bad(f'{where}: lag {v} is not minus the 快慢 cell {cells[j]!r} (+ is ahead)')
                continue
            shown = [x for c in cells for x in numbers(c)]
        else:
            shown = numbers(q)
        if not any(abs(abs(x) - abs(v)) < 1e-9 for x in shown):
            bad(f'{where}: value {v} is not a number shown in its row / quote')
        if f['measure'] == 'completion' and row is not None:
            sheet, r, cells, hcells = row
            # a completion is the value of the completion column or a 完成…X% phrase in a cell of the row
            col = next((i for i, h in enumerate(hcells or []) if '(%)' in h and ('完成' in h or '占' in h)
                        and '序时' not in h), None)
            in_col = col is not None and numbers(cells[col]) and abs(numbers(cells[col])[0] - v) < 1e-9
            in_prose = any(re.search(rf'(完成[^，。；]*?|完成率为?){re.escape(_fmt(v))}%', c) for c in cells)
            if not (in_col or in_prose):
                bad(f'{where}: completion {v} is neither the completion column nor a 完成…{v}% phrase')
    return wb, facts


def _fmt(v):
    return str(int(v)) if float(v).is_integer() else str(v)


# ---------------------------------------------------------------- layout checks
def layout_checks(wbs):
    wb = wbs['01_lanxi_merged']
    ws = wb.active
    merged = {str(r) for r in ws.merged_cells.ranges}
    if 'A1:F1' not in merged:
        bad('01: title row is not merged across A1:F1')
    if not any(r.min_col == r.max_col == 2 and r.max_row > r.min_row for r in ws.merged_cells.ranges):
        bad('01: no 类别 cell merged vertically')
    if not any(r.min_col == r.max_col == 4 and r.max_row - r.min_row == 1 for r in ws.merged_cells.ranges):
        bad('01: no 牵头单位 cell merged over two rows')
    dates = [c for row in ws.iter_rows() for c in row if isinstance(c.value, dt.datetime)]
    if len(dates) != 1:
        bad(f'01: expected one date cell, found {len(dates)}')
    ints = [c for c in ws['A'] if isinstance(c.value, int)]
    if len(ints) < 10:
        bad('01: 序号 should be integer cells')
    wb = wbs['02_hejing_multisheet']
    states = [ws.sheet_state for ws in wb.worksheets]
    if len(states) != 4 or states[3] != 'hidden' or states[:3] != ['visible'] * 3:
        bad(f'02: expected three visible sheets and a hidden fourth, got {states}')
    wb = wbs['03_qingpi_twoheader']
    ws = wb.active
    merged = {str(r) for r in ws.merged_cells.ranges}
    for rng in ('A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3'):
        if rng not in merged:
            bad(f'03: header range {rng} not merged')
    if not any(isinstance(c.value, str) and '\n' in c.value for row in ws.iter_rows() for c in row):
        bad('03: no cell with a line break')
    wb = wbs['04_pingting_indicators_h1']
    ws = wb.active
    fmts = {c.number_format for c in ws['E'] if isinstance(c.value, float)}
    if not {'0.0', '0.0%'} <= fmts:
        bad(f'04: completion column should mix 0.0 and 0.0% cells, has {fmts}')
    wb = wbs['05_quyang_projects_q3']
    ws = wb.active
    formulas = [c for c in ws['E'] if isinstance(c.value, str) and c.value.startswith('=')]
    cached = openpyxl.load_workbook(os.path.join(HERE, '05_quyang_projects_q3.xlsx'), data_only=True).active
    if not formulas:
        bad('05: no formula column')
    if any(cached[c.coordinate].value is not None for c in formulas):
        bad('05: a formula cell carries a cached value (the gold assumes none)')
    try:
        import opencc
        s2t = opencc.OpenCC('s2tw').convert
        wb = wbs['06_lanbu_minsheng_yearend_trad']
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and s2t(c.value) != c.value:
                        bad(f'06: simplified characters left in {c.coordinate}: {c.value!r}')
    except ImportError:
        print('(opencc not installed: the script check of 06 is skipped)')


def main():
    ids = {e['id'] for e in yaml.safe_load(open(INDICATORS, encoding='utf-8')) if 'id' in e}
    wbs = {}
    ntasks = 0
    for name in TASK_FILES:
        wb, n = check_tasks(name)
        wbs[name] = wb
        ntasks += n
    totals = {}
    for name in PROGRESS_FILES:
        wb, facts = check_progress(name, ids)
        wbs[name] = wb
        totals[name] = facts
    layout_checks(wbs)
    # nothing but this set's own files in the directory
    expected = {n + '.xlsx' for n in TASK_FILES + PROGRESS_FILES} | {n + '.json' for n in TASK_FILES} | \
               {n + '.progress.jsonl' for n in PROGRESS_FILES} | {'build.py', 'check.py', 'README.md'}
    extra = set(os.listdir(HERE)) - expected - {'__pycache__'}
    if extra:
        bad(f'unexpected files: {sorted(extra)}')
    print(f'tasks: {ntasks}')
    req_all = opt_all = 0
    for name, facts in totals.items():
        req = [f for f in facts if not f.get('optional')]
        by = {}
        for f in req:
            by[f['measure']] = by.get(f['measure'], 0) + 1
        req_all += len(req)
        opt_all += len(facts) - len(req)
        print(f'{name}: {len(req)} required + {len(facts) - len(req)} optional  '
              + ', '.join(f'{k} {v}' for k, v in sorted(by.items())))
    print(f'progress facts: {req_all} required + {opt_all} optional')
    if problems:
        for p in problems:
            print('PROBLEM:', p)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
