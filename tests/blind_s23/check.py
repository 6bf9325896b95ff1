#!/usr/bin/env python3
"""Check blind set s23: the documents' encodings and forms, and the gold against the documents.

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

import opencc
import openpyxl

HERE = Path(__file__).resolve().parent
YAML = Path("/work/main/govtargets/lexicon/data/indicators.yaml")

DOCS = {
    "01_liaoxi_oct_dept_sheets": ("xlsx", None),
    "02_meiping_h1_supervision_pdf_copy": ("txt", "utf-8"),
    "03_yutang_renda_reply": ("txt", "utf-8-sig"),
    "04_langyu_county_meeting_trad": ("txt", "big5"),
    "05_yuanze_q3_quarterly_table": ("html", "gb2312"),
    "06_xiuchuan_h1_oneline_trad_fullwidth": ("txt", "utf-8"),
}
KEYS = {"measure", "metric", "item", "value", "status", "quote",
        "optional", "count", "tally", "rest", "confidence", "note"}
STATUSES = {"met", "not_met", "partly_met", "cancelled", "on_schedule"}

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
    s = unicodedata.normalize("NFKC", s)
    return [float(x) for x in re.findall(r"\d+(?:\.\d+)?", s)]


# ---------------------------------------------------------------- documents: decoding and form
def read_doc(stem, form, enc):
    """Returns (kind, visible text or list of xlsx strings)."""
    if form == "xlsx":
        path = HERE / f"{stem}.xlsx"
        with zipfile.ZipFile(path) as z:
            if z.testzip() is not None:
                bad(f"{stem}: broken zip member")
        wb = openpyxl.load_workbook(path)
        names = wb.sheetnames
        if names[0] != "汇总" or len(names) < 4:
            bad(f"{stem}: sheets are {names}")
        strings = []
        for ws in wb.worksheets:
            if ws.title != "汇总":
                head = [c.value for c in ws[3]]
                if head != ["序号", "任务内容", "月度进展", "完成进度(%)", "是否滞后"]:
                    bad(f"{stem}/{ws.title}: header {head}")
            for row in ws.iter_rows(values_only=True):
                cells = [c for c in row if c is not None]
                if not cells:
                    continue
                txt = [c if isinstance(c, str) else (str(int(c)) if float(c).is_integer() else str(c))
                       for c in cells]
                strings.append("\t".join(txt))
                strings.extend(txt)
        return "xlsx", strings
    path = HERE / f"{stem}.{form}"
    raw = path.read_bytes()
    try:
        text = raw.decode(enc, errors="strict")
    except UnicodeDecodeError as e:
        bad(f"{stem}: does not decode as {enc}: {e}")
        return form, ""
    if stem.startswith("03"):
        if not raw.startswith(b"\xef\xbb\xbf"):
            bad(f"{stem}: no UTF-8 BOM")
        if "\n" in text.replace("\r\n", "") or "\r" in text.replace("\r\n", ""):
            bad(f"{stem}: a line end that is not CRLF")
    if stem.startswith("02"):
        if "\r" in text or raw.startswith(b"\xef\xbb\xbf"):
            bad(f"{stem}: CR or BOM")
        if len(re.findall(r"^— \d+ —$", text, re.M)) < 3:
            bad(f"{stem}: fewer than 3 page numbers")
        header = "湄坪市人民政府督查室　　　　　　　　　督查通报〔2024〕第7期"
        if text.count(header) < 3:
            bad(f"{stem}: the running header is not repeated on each page")
        if text.count("指标名称\n单位\n年度目标\n1-6月完成\n完成进度(%)") != 2:
            bad(f"{stem}: the table header is not repeated after the page break")
        lines = text.split("\n")
        if max(len(line) for line in lines) > 40:
            bad(f"{stem}: a line longer than a page's")
    if stem.startswith("04"):
        try:
            raw.decode("utf-8")
            bad(f"{stem}: decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        try:
            raw.decode("gbk")
            bad(f"{stem}: decodes as GBK")
        except UnicodeDecodeError:
            pass
        # Every Big5 pair is also a well-formed GB18030 pair, so GB18030 cannot fail on structure;
        # "not clean" here means mojibake: private-use characters, and none of the document's words.
        g = raw.decode("gb18030", errors="replace")
        pua = sum(1 for ch in g if 0xE000 <= ord(ch) <= 0xF8FF)
        if pua == 0 or "縣長辦公會議" in g or "县长办公会议" in g or "\ufffd" in g and pua == 0:
            bad(f"{stem}: reads cleanly as GB18030")
        if opencc.OpenCC("s2tw").convert(text) != text or opencc.OpenCC("tw2s").convert(text) == text:
            bad(f"{stem}: not in traditional script (s2tw)")
    if stem.startswith("05"):
        try:
            raw.decode("utf-8")
            bad(f"{stem}: decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        if 'charset=gb2312' not in text:
            bad(f"{stem}: no gb2312 declaration")
        m = re.search(r'<div class="TRS_Editor">(.*?)</div></div>', text, re.S)
        if not m:
            bad(f"{stem}: no TRS_Editor box")
            return "html", ""
        box = m.group(1)
        if "rowspan" not in box:
            bad(f"{stem}: no rowspan")
        vis = html.unescape(re.sub(r"<[^>]+>", "", box))
        return "html", nows(vis)
    if stem.startswith("06"):
        if "\n" in text or "\r" in text:
            bad(f"{stem}: has a line end")
        if re.search(r"[0-9%]", text):
            bad(f"{stem}: ASCII digits or %")
        if not re.search(r"[０-９]．[０-９]", text):
            bad(f"{stem}: no full-width decimals")
        if opencc.OpenCC("s2t").convert(text) != text or opencc.OpenCC("t2s").convert(text) == text:
            bad(f"{stem}: not in traditional script (s2t)")
    return form, text


# ---------------------------------------------------------------- gold
def check_gold(stem, kind, visible, ids, totals):
    path = HERE / f"{stem}.progress.jsonl"
    seen, scored = set(), Counter()
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
        elif (metric is None) == (item is None):
            bad(f"{where}: exactly one of metric and item is needed")
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
            ok = quote in visible
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
