#!/usr/bin/env python3
"""Check the blind_s17 gold against its documents (does not use govtargets).

  python3 check.py      -> prints OK, or the problems found, and exits non-zero on any problem.

Checks: every document decodes strictly in its encoding (the GB18030 file is not valid UTF-8); the one-line
file has no line break; the traditional file is in traditional script; every gold line parses and has the
allowed fields and values; every metric id is in indicators.yaml; each quote (and quote_also) occurs in its
document (for the .html, in the article container, tags removed, whitespace ignored; for the .docx, in a
paragraph or a table row joined by tabs); each label occurs in its quote; each number (value, low, high,
stretch), converted back from its base unit, is written in its quote once Chinese numerals and full-width
characters are normalised; the report text is 1500-3500 characters (no whitespace); no duplicate facts.
"""
import glob, html, json, os, re, sys, unicodedata
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
YAML = str(Path(__file__).resolve().parents[2] / 'govtargets/lexicon/data/indicators.yaml')
problems = []

def bad(msg):
    problems.append(msg)

# ------------------------------------------------------------------ metric ids
ids = set(re.findall(r'^- id:\s*(\w+)', open(YAML, encoding='utf-8').read(), re.M))
assert 'gdp' in ids and 'grain_output' in ids

# ------------------------------------------------------------------ documents
def read_doc(name, meta):
    path = os.path.join(HERE, name)
    raw = open(path, 'rb').read()
    if name.endswith('.docx'):
        import docx
        d = docx.Document(path)
        lines = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                lines.append('\t'.join(c.text for c in row.cells))
        return '\n'.join(lines), '\n'.join(lines)
    enc = meta['encoding']
    try:
        text = raw.decode(enc, errors='strict')
    except UnicodeDecodeError as e:
        bad(f'{name}: does not decode as {enc}: {e}')
        return '', ''
    if enc.lower() != 'utf-8':
        try:
            raw.decode('utf-8')
            bad(f'{name}: declared {enc} but is also valid UTF-8 (the encoding test would be void)')
        except UnicodeDecodeError:
            pass
    if name.endswith('.html'):
        m = re.search(r'<meta charset="([^"]+)"', text)
        if not m or m.group(1).lower() != enc.lower():
            bad(f'{name}: <meta charset> does not name {enc}')
        art = re.search(r'<div class="article-cont" id="zoom">(.*?)</div>', text, re.S)
        if not art:
            bad(f'{name}: no article container')
            return text, ''
        body = html.unescape(re.sub(r'<[^>]+>', '\n', art.group(1)))
        return text, body
    return text, text

def nows(s):
    return re.sub(r'\s+', '', s)

# ------------------------------------------------------------------ number normalisation
CN_DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}
CN_BIG = {'万': 10**4, '萬': 10**4, '亿': 10**8, '億': 10**8}
CN_CHARS = ''.join(CN_DIG) + ''.join(CN_UNIT) + ''.join(CN_BIG)

def cn_int(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            section += (num or 1) * CN_UNIT[ch]
            num = 0
        elif ch in CN_BIG:
            total = (total + section + num) * CN_BIG[ch]
            section = num = 0
    return total + section + num

def cn_number(s):
    if '点' in s or '點' in s:
        a, b = re.split('[点點]', s, 1)
        ip = cn_int(a) if a else 0
        frac = ''.join(str(CN_DIG[c]) for c in b if c in CN_DIG)
        return f'{ip}.{frac}'
    return str(cn_int(s))

CN_RUN = re.compile('[%s]+(?:[点點][%s]+)?' % (CN_CHARS, ''.join(CN_DIG)))

def normalise(q):
    q = unicodedata.normalize('NFKC', q)
    def pct(m):
        return cn_number(m.group(1)) + '%'
    q = re.sub('百分之([%s]+(?:[点點][%s]+)?)' % (CN_CHARS, ''.join(CN_DIG)), pct, q)
    def run(m):
        s = m.group(0)
        if not any(c in CN_DIG and CN_DIG[c] for c in s):
            return s                      # no digit 1-9 (万, 百分点, 零售, 十): not a number
        tail = ''
        while s and s[-1] in CN_BIG:      # a trailing 万 / 亿 is the unit (一万人 -> 1万人)
            tail = s[-1] + tail
            s = s[:-1]
        if not s or not any(c in CN_DIG or c in CN_UNIT for c in s):
            return m.group(0)
        return cn_number(s) + tail
    return CN_RUN.sub(run, q)

SCALES = {'元': [1, 1e4, 1e8, 1e12], '美元': [1, 1e4, 1e8], '人': [1, 1e4], '%': [1],
          '吨': [1, 1e4, 0.0005, 0.0005 * 1e4, 0.0005 * 1e8]}

def written(value, unit, q):
    nums = [float(x) for x in re.findall(r'\d+(?:\.\d+)?', q)]
    for sc in SCALES[unit]:
        for n in nums:
            if abs(n * sc - abs(value)) <= 1e-6 * max(1.0, abs(value)):
                return True
    return False

# ------------------------------------------------------------------ gold
ACT_KEYS = {'doc', 'kind', 'metric', 'label', 'measure', 'value', 'unit', 'period', 'quote'}
TGT_KEYS = ACT_KEYS | {'low', 'high', 'qualifier'}
OPT_KEYS = {'note', 'optional', 'qualifier', 'qualifier_alt', 'stretch', 'quote_also'}
QUALS = {'exact', 'about', 'at_least', 'at_most', 'range'}

docs = {}
for line in open(os.path.join(HERE, 'documents.jsonl'), encoding='utf-8'):
    m = json.loads(line)
    docs[m['doc']] = m

gold_files = sorted(glob.glob(os.path.join(HERE, '*.jsonl')))
gold_files = [g for g in gold_files if not g.endswith('documents.jsonl')]
if len(gold_files) != 8 or len(docs) != 8:
    bad(f'expected 8 documents and 8 gold files, got {len(docs)} and {len(gold_files)}')

totals = {'actual': 0, 'target': 0, 'optional': 0}
for g in gold_files:
    name = os.path.basename(g)[:-len('.jsonl')]
    meta = docs.get(name)
    if meta is None:
        bad(f'{name}: not in documents.jsonl')
        continue
    if not os.path.exists(os.path.join(HERE, name)):
        bad(f'{name}: document missing')
        continue
    import hashlib
    if hashlib.sha256(open(os.path.join(HERE, name), 'rb').read()).hexdigest() != meta['sha256']:
        bad(f'{name}: sha256 differs from documents.jsonl')
    full, body = read_doc(name, meta)
    body_nows = nows(body)
    # size of the report text
    n = len(nows(body))
    if not 1500 <= n <= 3500:
        bad(f'{name}: report text has {n} characters, not 1500-3500')
    if name.startswith('03_') and ('\n' in full or '\r' in full):
        bad(f'{name}: must have no line break')
    if meta['script'] == 'traditional':
        import opencc
        if opencc.OpenCC('s2tw').convert(full) != full:   # no simplified character left
            bad(f'{name}: not all in traditional script')
    seen = set()
    for k, line in enumerate(open(g, encoding='utf-8'), 1):
        where = f'{os.path.basename(g)}:{k}'
        try:
            f = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f'{where}: bad JSON: {e}')
            continue
        kind = f.get('kind')
        need = ACT_KEYS if kind == 'actual' else TGT_KEYS if kind == 'target' else None
        if need is None:
            bad(f'{where}: kind {kind!r}')
            continue
        if not need <= set(f):
            bad(f'{where}: missing {need - set(f)}')
            continue
        extra = set(f) - need - OPT_KEYS
        if extra:
            bad(f'{where}: unknown fields {extra}')
        if f['doc'] != name:
            bad(f'{where}: doc {f["doc"]!r} is not {name!r}')
        if f['metric'] not in ids:
            bad(f'{where}: metric {f["metric"]!r} not in indicators.yaml')
        if f['measure'] not in ('level', 'growth'):
            bad(f'{where}: measure {f["measure"]!r}')
        if f['unit'] not in SCALES:
            bad(f'{where}: unit {f["unit"]!r}')
        if f['measure'] == 'growth' and f['unit'] != '%':
            bad(f'{where}: a growth must be in %')
        want_period = meta['actual_period'] if kind == 'actual' else meta['target_period']
        if f['period'] != want_period:
            bad(f'{where}: period {f["period"]!r}, expected {want_period!r}')
        if 'qualifier' in f and f['qualifier'] not in QUALS:
            bad(f'{where}: qualifier {f["qualifier"]!r}')
        for qa in f.get('qualifier_alt', []):
            if qa not in QUALS:
                bad(f'{where}: qualifier_alt {qa!r}')
        nums = []
        if kind == 'target':
            lo, hi, q = f['low'], f['high'], f['qualifier']
            if q == 'range':
                if f['value'] is not None or not lo < hi:
                    bad(f'{where}: a range has value null and low < high')
            elif not (lo == hi == f['value']):
                bad(f'{where}: low, high and value must be equal for {q}')
            nums += [lo, hi]
            if 'stretch' in f:
                nums.append(f['stretch'])
                if not f['stretch'] > hi:
                    bad(f'{where}: stretch not above the target')
        else:
            if not isinstance(f['value'], (int, float)):
                bad(f'{where}: value must be a number')
                continue
            nums.append(f['value'])
        for v in nums:
            if f['unit'] in ('元', '美元', '人') and v != int(v):
                bad(f'{where}: {v} {f["unit"]} is not a whole number (float noise?)')
            if isinstance(v, float) and len(repr(abs(v)).split('.')[-1]) > 6:
                bad(f'{where}: {v} has float noise')
        # quotes
        for key in ('quote', 'quote_also'):
            if key not in f:
                continue
            qt = f[key]
            if name.endswith('.html'):
                if nows(qt) not in body_nows:
                    bad(f'{where}: {key} not in the article container: {qt[:40]}')
            elif qt not in full:
                bad(f'{where}: {key} not in the document: {qt[:40]}')
            nq = normalise(qt)
            for v in nums:
                if not written(v, f['unit'], nq):
                    bad(f'{where}: {v} {f["unit"]} not written in {key}: {nq[:60]}')
            if f['measure'] == 'growth' and any(v < 0 for v in nums):
                if not re.search('下降|降低|減少|减少|下滑|降', qt):
                    bad(f'{where}: a negative growth without 下降 in {key}')
        if f['label'] not in f['quote']:
            bad(f'{where}: label {f["label"]!r} not in quote')
        key = (kind, f['metric'], f['measure'])
        if key in seen:
            bad(f'{where}: duplicate fact {key}')
        seen.add(key)
        if f.get('optional'):
            totals['optional'] += 1
        else:
            totals[kind] += 1

if problems:
    print('\n'.join(problems))
    print(f'{len(problems)} problem(s)')
    sys.exit(1)
print(f"OK: {len(gold_files)} documents, {totals['actual']} actual and {totals['target']} target facts scored, "
      f"{totals['optional']} optional")
