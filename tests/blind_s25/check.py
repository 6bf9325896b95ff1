#!/usr/bin/env python3
"""Check blind set s25: the documents' encodings and forms, and the gold against the documents.

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
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
YAML = Path("/work/main/govtargets/lexicon/data/indicators.yaml")

DOCS = {
    "01_tanpu_oct_light_ledger": ("xlsx", None),
    "02_qiaochuan_duban_notice_receipts": ("docx", None),
    "03_linjiang_oct_econ_bulletin": ("txt", "utf-8"),
    "04_junling_assessment_results_gb18030": ("html", "gb18030"),
    "05_lanqiao_work_report_trad_big5": ("txt", "big5"),
    "06_zheyang_q3_speech_fullwidth": ("txt", "utf-8"),
}
KEYS = {"measure", "metric", "item", "value", "status", "quote",
        "optional", "count", "tally", "rest", "confidence", "note"}
STATUSES = {"met", "not_met", "partly_met", "cancelled", "on_schedule"}
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

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
    """Numbers in s: ASCII or full-width digits; also 十件 (10) and N成 (N × 10) written in Chinese."""
    s = unicodedata.normalize("NFKC", s)
    out = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", s)]
    out += [float(CN[c] * 10) for c in re.findall(r"([一二三四五六七八九])成", s)]
    out += [float(CN[c]) for c in re.findall(r"([一二两三四五六七八九十])[件项个]", s)]
    return out


def cell_text(c):
    """A workbook cell as Excel shows it: a 0.0% number as a percentage, other numbers as written."""
    v = c.value
    if v is None:
        return None
    if isinstance(v, str):
        return v
    if "%" in (c.number_format or ""):
        return f"{v * 100:.1f}%"
    return str(int(v)) if float(v).is_integer() else str(v)


def docx_text(path):
    """Paragraphs, and tables as rows of tab-joined cells (merged cells once), in body order."""
    d = docx.Document(path)
    blocks = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(el, d).text)
        elif tag == "tbl":
            rows = []
            for row in Table(el, d).rows:
                seen, cells = set(), []
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    cells.append(c.text)
                rows.append("\t".join(cells))
            blocks.append("\n".join(rows))
    return "\n".join(blocks), d


def size_ok(stem, text):
    n = len(nows(text))
    if not 800 <= n <= 3000:
        bad(f"{stem}: {n} characters of text (want 800-3000)")


# ---------------------------------------------------------------- documents: decoding and form
def read_doc(stem, form, enc):
    """Returns (kind, visible text, or list of strings for a workbook)."""
    path = HERE / f"{stem}.{form}"
    if form == "xlsx":
        with zipfile.ZipFile(path) as z:
            if z.testzip() is not None:
                bad(f"{stem}: broken zip member")
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[0]
        if len(wb.worksheets) != 1:
            bad(f"{stem}: sheets {wb.sheetnames}")
        if "A1:G1" not in [str(r) for r in ws.merged_cells.ranges]:
            bad(f"{stem}: the title row is not merged")
        head = [c.value for c in ws[3]]
        if head != ["序号", "重点任务", "责任单位", "年度目标", "1-10月进展", "完成率", "亮灯情况"]:
            bad(f"{stem}: header {head}")
        strings, lights, total, legend = [], Counter(), False, False
        for row in ws.iter_rows():
            cells = [cell_text(c) for c in row if c.value is not None]
            if not cells:
                continue
            if cells[0] == "合计":
                total = True
            if len(row) >= 7 and row[6].value in ("红灯", "黄灯", "绿灯"):
                lights[row[6].value] += 1
                if not isinstance(row[5].value, (float, int)) and row[5].value != "—":
                    bad(f"{stem}: completion cell {row[5].value!r}")
                if isinstance(row[5].value, float) and row[5].number_format != "0.0%":
                    bad(f"{stem}: completion cell not formatted as a percentage")
            if "绿灯为按序时推进，黄灯为滞后序时进度10个百分点以内，红灯为滞后10个百分点以上" in cells[0]:
                legend = True
            strings.append("\t".join(cells))
            strings.extend(cells)
        if not total or not legend or sum(lights.values()) < 10 or set(lights) != {"红灯", "黄灯", "绿灯"}:
            bad(f"{stem}: 合计 row {total}, legend {legend}, lights {dict(lights)}")
        size_ok(stem, "".join(s for s in strings if "\t" not in s))
        return "xlsx", strings
    if form == "docx":
        text, d = docx_text(path)
        tables = d.tables
        if len(tables) < 6 or any(len(t.columns) != 2 for t in tables):
            bad(f"{stem}: want at least 6 two-column tables")
        for label in ("督办事项", "承办单位", "办理时限", "办理情况", "办理结果"):
            if f"\n{label}\t" not in text:
                bad(f"{stem}: no labelled field {label}")
        if "经市政府研究同意，该项目调整出年度计划" not in text or "办理结果\t正在推进" not in text:
            bad(f"{stem}: the cancelled or the ongoing reply is missing")
        size_ok(stem, text)
        return "txt", text
    raw = path.read_bytes()
    try:
        text = raw.decode(enc, errors="strict")
    except UnicodeDecodeError as e:
        bad(f"{stem}: does not decode as {enc}: {e}")
        return form, ""
    if raw.startswith(b"\xef\xbb\xbf") or "\r" in text:
        bad(f"{stem}: BOM or CR")
    if stem.startswith("03"):
        lines = text.split("\n")
        if sum(1 for x in lines if x.count("\t") == 5) != 8:
            bad(f"{stem}: the tab table should have a header and 7 rows")
        if not any(len(x) > 150 for x in lines):
            bad(f"{stem}: no long one-line paragraph")
        size_ok(stem, text)
    if stem.startswith("04"):
        for other in ("utf-8", "gbk"):
            try:
                raw.decode(other)
                bad(f"{stem}: decodes as {other}")
            except UnicodeDecodeError:
                pass
        if '<meta charset="gb18030">' not in text:
            bad(f"{stem}: no gb18030 declaration")
        m = re.search(r'<div id="zoom" class="pages_content">(.*?)</div><!--正文结束-->', text, re.S)
        if not m:
            bad(f"{stem}: no article box")
            return "html", ""
        vis = html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
        size_ok(stem, vis)
        return "html", nows(vis)
    if stem.startswith("05"):
        try:
            raw.decode("utf-8")
            bad(f"{stem}: decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        g = raw.decode("gb18030", errors="replace")
        if "縣人民政府" in g or "县人民政府" in g:
            bad(f"{stem}: reads cleanly as GB18030")
        if opencc.OpenCC("s2tw").convert(text) != text or opencc.OpenCC("tw2s").convert(text) == text:
            bad(f"{stem}: not in traditional script (s2tw)")
        for h in ("一、2026年工作回顧", "三、2027年工作安排"):
            if f"\n{h}\n" not in text:
                bad(f"{stem}: no heading {h}")
        size_ok(stem, text)
    if stem.startswith("06"):
        if re.search(r"[0-9%]", text):
            bad(f"{stem}: ASCII digits or %")
        if not re.search(r"[０-９]．[０-９]", text):
            bad(f"{stem}: no full-width decimals")
        paras = [x for x in text.split("\n") if x]
        if len(paras) > 12 or max(len(x) for x in paras) < 300:
            bad(f"{stem}: paragraphs are not whole lines")
        size_ok(stem, text)
    return form, text


# ---------------------------------------------------------------- gold
def check_gold(stem, kind, visible, ids, totals):
    path = HERE / f"{stem}.progress.jsonl"
    seen, scored = set(), Counter()
    plan_at = visible.find("三、2027年工作安排") if stem.startswith("05") else -1
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{stem}:{n}"
        try:
            f = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f"{where}: {e}")
            continue
        extra = set(f) - KEYS
        if extra:
            bad(f"{where}: keys {extra}")
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
        else:
            if status is not None or not isinstance(value, (int, float)):
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
        # the quote is in the document
        if kind == "xlsx":
            ok = any(quote in x for x in visible)  # within a cell or a row's tab-joined cells
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
        if plan_at >= 0 and at >= plan_at:
            bad(f"{where}: quote in the plan part of the work report")
        if value is not None and abs(value) not in numbers(quote):
            bad(f"{where}: value {value} not in quote")
        if item is not None and nows(item) not in nows(quote):
            bad(f"{where}: item {item} not in quote")
        if "count" in f:
            c = f["count"]
            before = ctx[max(0, at - 600):at] + quote if at >= 0 else quote
            if c not in numbers(before):
                bad(f"{where}: count {c} neither in the quote nor in the 600 characters before it")
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
        t[("optional" if f.get("optional") else "required", meas)] += 1
        if group and not f.get("optional"):
            t[("required", "tally" if f.get("tally") else "rest")] += 1
        if f.get("confidence") == "low":
            t[("required", "low")] += 1


def main():
    verbose = "-v" in sys.argv
    ids = metric_ids()
    totals = {}
    for stem, (form, enc) in DOCS.items():
        if not (HERE / f"{stem}.{form}").exists():
            bad(f"{stem}.{form} missing")
            continue
        kind, visible = read_doc(stem, form, enc)
        check_gold(stem, kind, visible, ids, totals)
    if verbose:
        cols = [("required", "status"), ("required", "completion"), ("required", "lag"),
                ("optional", "status"), ("optional", "completion"), ("optional", "lag")]
        grand = Counter()
        print("file                                       req st/co/lag   opt st/co/lag   tally rest low")
        for stem, t in totals.items():
            grand.update(t)
            req = sum(t[c] for c in cols[:3])
            opt = sum(t[c] for c in cols[3:])
            print(f"{stem:42s} {req:3d} {t[cols[0]]:2d}/{t[cols[1]]:2d}/{t[cols[2]]:2d}"
                  f"   {opt:2d} {t[cols[3]]}/{t[cols[4]]}/{t[cols[5]]}"
                  f"       {t[('required', 'tally')]:2d}   {t[('required', 'rest')]}   {t[('required', 'low')]}")
        req = sum(grand[c] for c in cols[:3])
        opt = sum(grand[c] for c in cols[3:])
        print(f"{'total':42s} {req:3d} {grand[cols[0]]:2d}/{grand[cols[1]]:2d}/{grand[cols[2]]:2d}"
              f"   {opt:2d} {grand[cols[3]]}/{grand[cols[4]]}/{grand[cols[5]]}"
              f"       {grand[('required', 'tally')]:2d}   {grand[('required', 'rest')]}   {grand[('required', 'low')]}")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
