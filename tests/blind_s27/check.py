#!/usr/bin/env python3
"""Check the blind_s27 set (does not use govtargets).

For every NN_name.json: the document beside it opens / decodes, the JSON parses with the
four gold keys, 6-15 tasks a file and 80-120 in all; every text_start is found in the
document's text in gold order; every unit and deadline occurs in the text; the full
task text of build.py's data occurs in the text (03: with its cell's wrapped lines
joined); the gold equals what build.py's data gives.  Document text: .docx paragraphs
and table cells; .html the visible text (outside <head>, <script>, <style>, entities
decoded); .xlsx every cell of every sheet; .txt decoded as intended (05 UTF-8 in
traditional script; 07 GB18030, which must decode neither as UTF-8 nor as GBK).
Prints "OK: …" when nothing is wrong.
"""
import glob
import json
import os
import sys
from html.parser import HTMLParser

import docx
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # leave no __pycache__ beside the set
sys.path.insert(0, HERE)
import build  # noqa: E402  (data only; nothing is written on import)

ENCODING = {"07_gb18030_para_units.txt": "gb18030"}


class Visible(HTMLParser):
    SKIP = {"head", "script", "style", "title", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in ("p", "br", "tr", "li", "div", "h1", "h2", "h3", "h4", "ol", "ul"):
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("\t")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth == 0:
            self.out.append(data)


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                parts.append(c.text)
    return "\n".join(parts)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def doc_text(path):
    name = os.path.basename(path)
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".xlsx"):
        return xlsx_text(path)
    raw = open(path, "rb").read()
    if path.endswith(".html"):
        p = Visible()
        p.feed(raw.decode("utf-8"))
        return "".join(p.out)
    enc = ENCODING.get(name, "utf-8")
    if enc == "gb18030":
        for other in ("utf-8", "gbk"):
            try:
                raw.decode(other)
                raise ValueError("%s decodes as %s: not a GB18030-only file" % (name, other))
            except UnicodeDecodeError:
                pass
    if raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("%s: unexpected BOM" % name)
    return raw.decode(enc)


def main():
    problems = 0
    total = 0
    data = build.all_tasks()
    jsons = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.json")))
    if len(jsons) != 8:
        print("expected 8 gold files, found", len(jsons))
        problems += 1
    for j in jsons:
        stem = j[:-5]
        base = os.path.basename(stem)
        docs = [p for p in glob.glob(stem + ".*") if not p.endswith(".json")]
        if len(docs) != 1:
            print(base, ": expected one document, found", docs)
            problems += 1
            continue
        doc = docs[0]
        name = os.path.basename(doc)
        try:
            text = doc_text(doc)
        except Exception as e:  # noqa
            print(name, ": cannot read:", e)
            problems += 1
            continue
        joined = text.replace("\r", "").replace("\n", "")
        gold = json.load(open(j, encoding="utf-8"))
        if gold != build.gold(data[base]):
            print(name, ": gold differs from build.py's data (re-run build.py)")
            problems += 1
        if not (6 <= len(gold) <= 15):
            print(name, ": task count", len(gold), "not in 6-15")
            problems += 1
        pos = -1
        for k, (g, full) in enumerate(zip(gold, data[base]), 1):
            if set(g) != {"text_start", "lead_units", "co_units", "deadline"}:
                print(name, k, ": bad keys", sorted(g))
                problems += 1
            ts = g["text_start"]
            if len(ts) != 8 and not (base.startswith("08_") and ts == build.plain(full["text"])):
                print(name, k, ": text_start not 8 chars:", ts)
                problems += 1
            i = text.find(ts, pos + 1)
            if i < 0:
                print(name, k, ": text_start not found (in order):", ts)
                problems += 1
            else:
                pos = i
            ft = build.plain(full["text"])
            if ft not in text and ft not in joined:
                print(name, k, ": full task text not in document:", ft)
                problems += 1
            if base.startswith("08_") and ("\n" + ft + "\n") not in ("\n" + text + "\n"):
                print(name, k, ": indicator name is not a whole cell:", ft)
                problems += 1
            if not g["lead_units"]:
                print(name, k, ": no lead unit")
                problems += 1
            for u in g["lead_units"] + g["co_units"]:
                if u not in text and u not in joined:
                    print(name, k, ": unit not in text:", u)
                    problems += 1
            if set(g["lead_units"]) & set(g["co_units"]):
                print(name, k, ": a unit is both lead and co")
                problems += 1
            if g["deadline"] is not None and g["deadline"] not in text:
                print(name, k, ": deadline not in text:", g["deadline"])
                problems += 1
        if base.startswith("05_"):
            for ch in "縣單責":
                if ch not in text:
                    print(name, ": not in traditional script (no %s)" % ch)
                    problems += 1
        total += len(gold)
        print("%-32s %2d tasks checked (%d chars)" % (name, len(gold), len(joined)))
    if not (80 <= total <= 120):
        print("total", total, "not in 80-120")
        problems += 1
    if problems:
        print("FAILED: %d problems (%d tasks)" % (problems, total))
        return 1
    print("OK: 8 notices, %d tasks, 0 problems" % total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
