#!/usr/bin/env python3
"""Check blind set s26: the documents' encodings and forms, and the gold against the documents.

    python3 check.py        # prints OK, or the problems
    python3 check.py -v     # also the counts by file and measure
"""
import html
import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

import docx
import opencc
import openpyxl

HERE = Path(__file__).resolve().parent
YAML = Path("/work/main/govtargets/lexicon/data/indicators.yaml")

DOCS = {
    "01_liaoting_weekly_emoji_report": ("txt", "utf-8"),
    "02_kunjiang_project_ledger_fill_colours": ("xlsx", None),
    "03_ziling_q1_kaimenhong_table": ("html", "utf-8"),
    "04_danchuan_midyear_summary_pairs": ("docx", None),
    "05_hexun_meeting_decisions_gb18030": ("txt", "gb18030"),
    "06_liuxia_red_black_list_trad": ("txt", "utf-8"),
}
KEYS = {"measure", "metric", "item", "value", "status", "quote",
        "optional", "count", "tally", "rest", "confidence", "note"}
STATUSES = {"met", "not_met", "partly_met", "cancelled", "on_schedule"}
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
GREEN, YELLOW, RED = "FF92D050", "FFFFFF00", "FFFF0000"
MARKERS = ("✅", "⏳", "⚠", "❌")

problems = []


def bad(msg):
    problems.append(msg)


def metric_ids():
    ids = set()
    for line in YAML.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*-\s*id:\s*([A-Za-z0-9_]+)", line)
        if m:
            ids.add(m.group(1))
    if not ids:
        bad(f"no metric ids read from {YAML}")
    return ids


def nows(s):
    return re.sub(r"\s+", "", s)


def numbers(s):
    """Numbers in s: ASCII or full-width digits; also 十件 (10) written in Chinese."""
    s = unicodedata.normalize("NFKC", s)
    out = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", s)]
    out += [float(CN[c]) for c in re.findall(r"([一二两三四五六七八九十])[件项个]", s)]
    return out


def size_ok(stem, text):
    n = len(nows(text))
    if not 800 <= n <= 3000:
        bad(f"{stem}: {n} characters of text (want 800-3000)")
    return n


def cell_text(c):
    """A workbook cell as Excel shows it: 0.0 with one decimal, whole numbers without."""
    v = c.value
    if v is None:
        return None
    if isinstance(v, str):
        return v
    if c.number_format == "0.0":
        return f"{v:.1f}"
    return str(int(v)) if float(v).is_integer() else str(v)


def fill_of(c):
    f = c.fill
    if f is None or f.fill_type != "solid":
        return None
    return (f.start_color.rgb or "").upper()


# ---------------------------------------------------------------- documents: decoding and form
def read_doc(stem, form, enc):
    """Returns (kind, visible text or a list of strings for a workbook, extra)."""
    path = HERE / f"{stem}.{form}"
    if form == "xlsx":
        with zipfile.ZipFile(path) as z:
            if z.testzip() is not None:
                bad(f"{stem}: broken zip member")
        wb = openpyxl.load_workbook(path)
        if len(wb.worksheets) != 1:
            bad(f"{stem}: sheets {wb.sheetnames}")
        ws = wb.worksheets[0]
        if "A1:G1" not in [str(r) for r in ws.merged_cells.ranges]:
            bad(f"{stem}: the title row is not merged")
        head = [c.value for c in ws[3]]
        if head != ["序号", "项目名称", "建设内容及规模", "年度计划投资（万元）", "1-8月完成投资（万元）", "进度（%）", "备注"]:
            bad(f"{stem}: header {head}")
        strings, cells_only, colours, row_colour = [], [], Counter(), {}
        legend = sched = None
        total = False
        for row in ws.iter_rows():
            cells = [cell_text(c) for c in row if c.value is not None]
            if not cells:
                continue
            joined = "\t".join(cells)
            if isinstance(row[0].value, int) and len(row) >= 6:
                p = row[5]
                if not isinstance(p.value, (int, float)) or p.number_format != "0.0":
                    bad(f"{stem}: 进度 cell {p.coordinate} is not a number shown as 0.0")
                col = fill_of(p)
                if col not in (GREEN, YELLOW, RED):
                    bad(f"{stem}: 进度 cell {p.coordinate} fill {col}")
                colours[col] += 1
                row_colour[joined] = (col, p.value, row[6].value or "")
                # no other cell of the row is coloured: the colour is the 进度 cell's only
                if any(fill_of(c) for i, c in enumerate(row) if i != 5):
                    bad(f"{stem}: row {row[0].row} has another coloured cell")
            if cells[0] == "合计":
                total = True
                if fill_of(row[5]):
                    bad(f"{stem}: the 合计 row is coloured")
            m = re.search(r"绿色：按序时推进；黄色：滞后10个百分点以内；红色：滞后10个百分点以上。序时进度按([\d.]+)%计", cells[0])
            if m:
                legend, sched = True, float(m.group(1))
            # the status is in no cell's words: no light or colour word in a data row
            if isinstance(row[0].value, int) and re.search(r"绿|黄|红|灯|滞后|序时", joined):
                bad(f"{stem}: a data row states its status in words: {joined[:40]}")
            strings.append(joined)
            strings.extend(cells)
            cells_only.extend(cells)
        if not legend or not total or dict(colours) != {GREEN: 7, YELLOW: 3, RED: 2}:
            bad(f"{stem}: legend {legend}, 合计 {total}, colours {dict(colours)}")
        for joined, (col, p, _) in row_colour.items():
            want = GREEN if p >= sched else (YELLOW if sched - p <= 10 else RED)
            if col != want:
                bad(f"{stem}: fill {col} contradicts the legend for {joined[:30]}")
        size_ok(stem, "".join(cells_only))
        return "xlsx", strings, row_colour
    if form == "docx":
        d = docx.Document(path)
        if d.tables:
            bad(f"{stem}: tables in a paragraph-only summary")
        paras = [p.text for p in d.paragraphs]
        text = "\n".join(paras)
        heads = [i for i, p in enumerate(paras) if re.match(r"（[一二三四五六七八九十]）\S", p) and len(p) < 30]
        if len(heads) != 6:
            bad(f"{stem}: {len(heads)} numbered items (want 6)")
        for i in heads:
            if not (paras[i + 1].startswith("目标任务：") and paras[i + 2].startswith("完成情况：")):
                bad(f"{stem}: item {paras[i]} is not followed by 目标任务 / 完成情况")
        if "经县政府同意调整" not in text or "尚未启动" not in text:
            bad(f"{stem}: the cancelled or the not-started item is missing")
        size_ok(stem, text)
        return "txt", text, None
    raw = path.read_bytes()
    try:
        text = raw.decode(enc, errors="strict")
    except UnicodeDecodeError as e:
        bad(f"{stem}: does not decode as {enc}: {e}")
        return form, "", None
    if raw.startswith(b"\xef\xbb\xbf") or "\r" in text:
        bad(f"{stem}: BOM or CR")
    if stem.startswith("01"):
        if "图例：✅已完成　⏳按序时推进　⚠️滞后序时进度　❌未启动" not in text:
            bad(f"{stem}: no legend line")
        items = [x for x in text.split("\n") if re.match(r"\d+\. ", x)]
        if len(items) != 14 or any(sum(x.count(m) for m in MARKERS) != 1 for x in items):
            bad(f"{stem}: want 14 item lines with one marker each")
        if not any(x.rstrip().endswith(MARKERS) for x in items):
            bad(f"{stem}: no item whose marker ends its line")
        if not re.search("⚠(?!\ufe0f)", text) or "⚠\ufe0f" not in text:
            bad(f"{stem}: want ⚠ both with and without U+FE0F")
        if not re.search(r"[０-９]", text):
            bad(f"{stem}: no full-width digits")
        size_ok(stem, text)
    if stem.startswith("03"):
        if '<meta charset="utf-8">' not in text:
            bad(f"{stem}: no utf-8 declaration")
        m = re.search(r'<div class="TRS_Editor">(.*?)</div><!--/TRS_Editor-->', text, re.S)
        if not m:
            bad(f"{stem}: no article box")
            return "html", "", None
        box = m.group(1)
        for h in ('<th rowspan="2">指标名称</th><th colspan="2">1-3月</th>', "<th>绝对值</th><th>同比增长(%)</th>",
                  '<th rowspan="2">与序时进度比(±百分点)</th>'):
            if h not in box:
                bad(f"{stem}: two-row header lacks {h}")
        if "正数表示快于序时进度，负数表示慢于序时进度" not in box:
            bad(f"{stem}: no sign convention under the table")
        sched = float(re.search(r"序时进度按([\d.]+)%计", box).group(1))
        rows = re.findall(r"<tr>((?:<td>[^<]*</td>)+)</tr>", box)
        if len(rows) != 10:
            bad(f"{stem}: {len(rows)} data rows (want 10)")
        for r in rows:
            c = re.findall(r"<td>([^<]*)</td>", r)
            if c[4] != "—" and abs(float(c[4]) - sched - float(c[5])) > 1e-9:
                bad(f"{stem}: {c[0]}: 与序时进度比 {c[5]} is not {c[4]} − {sched}")
        vis = html.unescape(re.sub(r"<[^>]+>", "", box))
        size_ok(stem, vis)
        return "html", nows(vis), None
    if stem.startswith("05"):
        for other in ("utf-8", "gbk"):
            try:
                raw.decode(other)
                bad(f"{stem}: decodes as {other}")
            except UnicodeDecodeError:
                pass
        lines = text.split("\n")
        circ = [x for x in lines if x and x[0] in "①②③④⑤⑥⑦⑧⑨⑩"]
        if len(circ) != 8 or sum(x.startswith("议定事项：") for x in lines) != 8 \
                or sum(x.startswith("落实情况：") for x in lines) != 8:
            bad(f"{stem}: want 8 ①… items, each with 议定事项 and 落实情况")
        if "共交办议定事项15项，已落实11项，正在落实3项，逾期未落实1项" not in text:
            bad(f"{stem}: no closing tally")
        size_ok(stem, text)
    if stem.startswith("06"):
        if opencc.OpenCC("s2tw").convert(text) != text or opencc.OpenCC("tw2s").convert(text) == text:
            bad(f"{stem}: not in traditional script (s2tw)")
        for h in ("\n一、紅榜（6個）\n", "\n二、黑榜（5個）\n", "\n三、周邊縣區項目建設情況（供參考）\n"):
            if h not in text:
                bad(f"{stem}: no heading {h.strip()}")
        size_ok(stem, text)
    return form, text, None


# ---------------------------------------------------------------- gold
def check_gold(stem, kind, visible, extra, ids, totals):
    path = HERE / f"{stem}.progress.jsonl"
    seen, scored = set(), Counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{stem}:{n}"
        try:
            f = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f"{where}: {e}")
            continue
        if set(f) - KEYS:
            bad(f"{where}: keys {set(f) - KEYS}")
        for k in ("measure", "metric", "item", "value", "status", "quote"):
            if k not in f:
                bad(f"{where}: no {k}")
        meas, metric, item, value, status, quote = (f.get(k) for k in
                                                    ("measure", "metric", "item", "value", "status", "quote"))
        if meas not in ("completion", "lag", "status"):
            bad(f"{where}: measure {meas}")
        if meas == "status":
            if status not in STATUSES or value is not None:
                bad(f"{where}: status {status} value {value}")
        elif status is not None or not isinstance(value, (int, float)):
            bad(f"{where}: {meas} with status {status} value {value}")
        if metric is not None and metric not in ids:
            bad(f"{where}: metric {metric} not in indicators.yaml")
        group = f.get("tally") or f.get("rest")
        if group:
            if metric or item or meas != "status" or not isinstance(f.get("count"), int):
                bad(f"{where}: a tally or rest names something or has no count")
        elif metric is not None and item is not None:
            bad(f"{where}: both metric and item")
        elif metric is None and item is None and not f.get("optional"):
            bad(f"{where}: neither metric nor item (allowed only on an optional group completion)")
        if "confidence" in f and f["confidence"] != "low":
            bad(f"{where}: confidence {f['confidence']}")
        for k in ("optional", "tally", "rest"):
            if k in f and f[k] is not True:
                bad(f"{where}: {k} must be true when present")
        if not isinstance(quote, str) or not quote:
            bad(f"{where}: empty quote")
            continue
        if kind == "xlsx":
            ok = any(quote in x for x in visible)
            ctx = "\n".join(visible)
            at = ctx.find(quote)
        elif kind == "html":
            ok = nows(quote) in visible
            at = visible.find(nows(quote))
            ctx = visible
        else:
            ok = quote in visible
            at = visible.find(quote)
            ctx = visible
            if visible.count(quote) > 1 and not group:
                bad(f"{where}: the quote occurs more than once")
        if not ok:
            bad(f"{where}: quote not in the document: {quote[:60]!r}")
        if value is not None and abs(value) not in numbers(quote):
            bad(f"{where}: value {value} not in quote")
        if item is not None and nows(item) not in nows(quote):
            bad(f"{where}: item {item} not in quote")
        if "count" in f:
            c = f["count"]
            before = ctx[max(0, at - 600):at] + quote if at >= 0 else quote
            if c not in numbers(before):
                bad(f"{where}: count {c} neither in the quote nor in the 600 characters before it")
        # 02: a status quoted from a row agrees with the row's fill (green: on_schedule, else not_met),
        # unless the row's 备注 carries a done-word (then met, and the fill's reading is optional)
        if kind == "xlsx" and meas == "status" and quote in extra:
            col, _, remark = extra[quote]
            fill_reading = "on_schedule" if col == GREEN else "not_met"
            if "已竣工" in remark and not f.get("optional"):
                if status != "met":
                    bad(f"{where}: a done-word in 备注 is met")
            elif status != fill_reading:
                bad(f"{where}: status {status} but the fill reads {fill_reading}")
        key = (meas, metric or item, value, status, f.get("count"), quote)
        if key in seen:
            bad(f"{where}: repeated fact")
        seen.add(key)
        if not group:
            skey = (meas, metric or item, value, status)
            scored[skey] += 1
            if scored[skey] > 1:
                bad(f"{where}: the same scored key twice: {skey}")
        t = totals.setdefault(stem, Counter())
        loose = f.get("optional") or f.get("confidence") == "low"
        t[("optional" if loose else "required", meas)] += 1
        if group and not loose:
            t[("required", "tally" if f.get("tally") else "rest")] += 1
        if f.get("confidence") == "low":
            t[("optional", "low")] += 1


def main():
    verbose = "-v" in sys.argv
    ids = metric_ids()
    totals = {}
    for stem, (form, enc) in DOCS.items():
        if not (HERE / f"{stem}.{form}").exists():
            bad(f"{stem}.{form} missing")
            continue
        kind, visible, extra = read_doc(stem, form, enc)
        check_gold(stem, kind, visible, extra, ids, totals)
    if verbose:
        cols = [("required", "status"), ("required", "completion"), ("required", "lag"),
                ("optional", "status"), ("optional", "completion"), ("optional", "lag")]
        grand = Counter()
        print("file                                       req st/co/lag   opt st/co/lag  (low)   tally rest")
        for stem, t in totals.items():
            grand.update(t)
            req = sum(t[c] for c in cols[:3])
            opt = sum(t[c] for c in cols[3:])
            print(f"{stem:42s} {req:3d} {t[cols[0]]:2d}/{t[cols[1]]:2d}/{t[cols[2]]:2d}"
                  f"   {opt:2d} {t[cols[3]]}/{t[cols[4]]}/{t[cols[5]]}    ({t[('optional', 'low')]})"
                  f"     {t[('required', 'tally')]:2d}   {t[('required', 'rest')]}")
        req = sum(grand[c] for c in cols[:3])
        opt = sum(grand[c] for c in cols[3:])
        print(f"{'total':42s} {req:3d} {grand[cols[0]]:2d}/{grand[cols[1]]:2d}/{grand[cols[2]]:2d}"
              f"   {opt:2d} {grand[cols[3]]}/{grand[cols[4]]}/{grand[cols[5]]}    ({grand[('optional', 'low')]})"
              f"     {grand[('required', 'tally')]:2d}   {grand[('required', 'rest')]}")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
