#!/usr/bin/env python3
"""Check the blind_s18 set (does not use govtargets).

For every NN_name.json: the document beside it opens / decodes, the JSON parses and has
the gold shape, 8-20 tasks, and every text_start, unit and deadline occurs in the
document's text (for .html: in the visible text, outside <head>, <script>, <style>).
Also: text_starts appear in the document in gold order; .txt encodings are as intended.
"""
import glob
import json
import os
import sys
from html.parser import HTMLParser

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
ENCODING = {"06_trad_tab_rows.txt": "utf-8-sig", "07_gb18030_bracket_labels.txt": "gb18030"}


class Visible(HTMLParser):
    SKIP = {"head", "script", "style", "title", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in ("p", "br", "tr", "li", "div", "h1", "h2", "h3"):
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


def doc_text(path):
    name = os.path.basename(path)
    if path.endswith(".docx"):
        return docx_text(path)
    raw = open(path, "rb").read()
    if path.endswith(".html"):
        p = Visible()
        p.feed(raw.decode("utf-8"))
        return "".join(p.out)
    enc = ENCODING.get(name, "utf-8")
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            raise ValueError("%s decodes as UTF-8: not really GB18030" % name)
        except UnicodeDecodeError:
            pass
        try:
            raw.decode("gbk")
            print("  note: %s also decodes as GBK" % name)
        except UnicodeDecodeError:
            pass
    if enc == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("%s: expected a UTF-8 BOM" % name)
    return raw.decode(enc)


def main():
    problems = 0
    total = 0
    jsons = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.json")))
    if len(jsons) != 8:
        print("expected 8 gold files, found", len(jsons))
        problems += 1
    for j in jsons:
        stem = j[:-5]
        docs = [p for p in glob.glob(stem + ".*") if not p.endswith(".json")]
        if len(docs) != 1:
            print(os.path.basename(j), ": expected one document, found", docs)
            problems += 1
            continue
        doc = docs[0]
        try:
            text = doc_text(doc)
        except Exception as e:  # noqa
            print(os.path.basename(doc), ": cannot read:", e)
            problems += 1
            continue
        flat = text.replace("\n", "").replace("\r", "")
        gold = json.load(open(j, encoding="utf-8"))
        name = os.path.basename(doc)
        if not (8 <= len(gold) <= 20):
            print(name, ": task count", len(gold), "not in 8-20")
            problems += 1
        pos = -1
        for k, g in enumerate(gold, 1):
            if set(g) != {"text_start", "lead_units", "co_units", "deadline"}:
                print(name, k, ": bad keys", sorted(g))
                problems += 1
            ts = g["text_start"]
            if len(ts) != 8:
                print(name, k, ": text_start not 8 chars:", ts)
                problems += 1
            i = text.find(ts, pos + 1)
            if i < 0:
                print(name, k, ": text_start not found (in order):", ts)
                problems += 1
            else:
                pos = i
            if not g["lead_units"]:
                print(name, k, ": no lead unit")
                problems += 1
            for u in g["lead_units"] + g["co_units"]:
                if u not in text:
                    print(name, k, ": unit not in text:", u)
                    problems += 1
            if set(g["lead_units"]) & set(g["co_units"]):
                print(name, k, ": a unit is both lead and co")
                problems += 1
            if g["deadline"] is not None and g["deadline"] not in text:
                print(name, k, ": deadline not in text:", g["deadline"])
                problems += 1
        total += len(gold)
        print("%-36s %2d tasks ok-checked (%d chars)" % (name, len(gold), len(flat)))
    print("total tasks:", total, " problems:", problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
