#!/usr/bin/env python3
"""Check blind set s22: documents, gold files and their agreement. Prints OK or the problems.

Run after build.py. It reads nothing of govtargets but the metric ids of its indicators.yaml.
"""
import csv
import io
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
INDICATORS = "/work/main/govtargets/lexicon/data/indicators.yaml"

# file → (encoding, container for html: (attr, value))
DOCS = {
    "01_zhuning_q3_press_release.html": ("utf-8", ("class", "TRS_Editor")),
    "02_yunxi_minsheng_h1_wechat.html": ("utf-8", ("id", "js_content")),
    "03_nanqiu_q3_ledger.csv": ("gb18030", None),
    "04_qinyuan_2024_yearend_review.txt": ("utf-8", None),
    "05_chengyu_oct_bulletin_trad.txt": ("utf-8", None),
    "06_linchuan_h1_oneline_briefing.txt": ("utf-8", None),
}
KEYS = {"measure", "metric", "item", "value", "status", "quote",
        "optional", "count", "tally", "rest", "confidence", "note"}
MEASURES = {"completion", "lag", "status"}
STATUSES = {"met", "not_met", "partly_met", "cancelled", "on_schedule"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
FULL = str.maketrans("０１２３４５６７８９．％－", "0123456789.%-")

problems = []


def bad(msg):
    problems.append(msg)


class Container(HTMLParser):
    """text of the first element whose attribute attr has value (class may list several)"""

    def __init__(self, attr, value):
        super().__init__(convert_charrefs=True)
        self.attr, self.value = attr, value
        self.depth = 0
        self.found = False
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            if tag not in VOID:
                self.depth += 1
            return
        if self.found:
            return
        for k, v in attrs:
            if k == self.attr and v is not None and self.value in v.split():
                self.found = True
                self.depth = 1 if tag not in VOID else 0
                return

    def handle_endtag(self, tag):
        if self.depth and tag not in VOID:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def squeeze(s):
    return re.sub(r"\s+", "", s)


def numbers(s):
    return [float(x) for x in re.findall(r"\d+(?:\.\d+)?", s.translate(FULL))]


def metric_ids():
    ids = set()
    with open(INDICATORS, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*-\s+id:\s*(\S+)", line)
            if m:
                ids.add(m.group(1))
    return ids


def visible(name, data):
    """(visible text used for quotes, article text used for length)"""
    enc, cont = DOCS[name]
    text = data.decode(enc, errors="strict")
    if name.endswith(".html"):
        if not re.search(r'<meta\s+charset="utf-8"', text, re.I):
            bad("%s: no <meta charset=\"utf-8\">" % name)
        p = Container(*cont)
        p.feed(text)
        if not p.found:
            bad("%s: article container %s=%s not found" % (name, *cont))
        art = squeeze("".join(p.parts))
        return art, art
    if name.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(text, newline="")))
        joined = ["\t".join(r) for r in rows] + ["\t".join(r).rstrip("\t") for r in rows]
        return joined, text
    return text, text


def main():
    ids = metric_ids()
    if not ids:
        bad("no metric ids read from indicators.yaml")
    totals = {}
    for name, (enc, _) in DOCS.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            bad("%s: missing" % name)
            continue
        data = open(path, "rb").read()
        try:
            vis, art = visible(name, data)
        except UnicodeDecodeError as e:
            bad("%s: does not decode as %s: %s" % (name, enc, e))
            continue
        if enc == "gb18030":
            try:
                data.decode("utf-8")
                bad("%s: decodes as UTF-8, must not" % name)
            except UnicodeDecodeError:
                pass
            if b"\r\n" not in data:
                bad("%s: no CRLF line ends" % name)
        n = len(squeeze(art))
        if not 600 <= n <= 1800:
            bad("%s: article text %d characters without whitespace, not 600-1800" % (name, n))
        if "oneline" in name and ("\n" in art or "\r" in art):
            bad("%s: has a line break" % name)
        if "_trad" in name:
            import opencc
            if opencc.OpenCC("s2hk").convert(art) != art:
                bad("%s: simplified characters left (s2hk changes it)" % name)
            if opencc.OpenCC("hk2s").convert(art) == art:
                bad("%s: no traditional characters" % name)
            if not re.search(r"[０-９]．[０-９]", art):
                bad("%s: no full-width decimal" % name)

        gname = re.sub(r"\.(html|csv|txt)$", ".progress.jsonl", name)
        gpath = os.path.join(HERE, gname)
        if not os.path.exists(gpath):
            bad("%s: missing" % gname)
            continue
        seen = set()
        for ln, line in enumerate(open(gpath, encoding="utf-8"), 1):
            where = "%s:%d" % (gname, ln)
            try:
                d = json.loads(line)
            except ValueError as e:
                bad("%s: not JSON: %s" % (where, e))
                continue
            extra = set(d) - KEYS
            if extra:
                bad("%s: keys not allowed: %s" % (where, sorted(extra)))
            for k in ("measure", "metric", "item", "value", "status", "quote"):
                if k not in d:
                    bad("%s: no %s" % (where, k))
            m, metric, item, value, status, quote = (d.get(k) for k in
                                                     ("measure", "metric", "item", "value", "status", "quote"))
            if m not in MEASURES:
                bad("%s: measure %r" % (where, m))
            if m == "status":
                if value is not None or status not in STATUSES:
                    bad("%s: a status needs value null and a known status" % where)
            else:
                if not isinstance(value, (int, float)) or isinstance(value, bool) or status is not None:
                    bad("%s: a %s needs a number and status null" % (where, m))
            if metric is not None and metric not in ids:
                bad("%s: metric %r not in indicators.yaml" % (where, metric))
            if metric is not None and item is not None:
                bad("%s: both metric and item" % where)
            if metric is None and item is None and not (d.get("tally") or d.get("rest")):
                bad("%s: no subject (metric, item, tally or rest)" % where)
            if d.get("tally") and (m != "status" or not isinstance(d.get("count"), int)):
                bad("%s: a tally is a status with a count" % where)
            for k in ("optional", "tally", "rest"):
                if k in d and d[k] is not True:
                    bad("%s: %s must be true when present" % (where, k))
            if "confidence" in d and d["confidence"] != "low":
                bad("%s: confidence must be \"low\"" % where)
            if not isinstance(quote, str) or not quote:
                bad("%s: empty quote" % where)
                continue
            # the quote in the document's visible text
            if isinstance(vis, list):
                pos = None
                ok = any(quote in row for row in vis)
            else:
                hay = vis if name.endswith(".html") else vis
                q = squeeze(quote) if name.endswith(".html") else quote
                pos = hay.find(q)
                ok = pos >= 0
            if not ok:
                bad("%s: quote not in %s: %s" % (where, name, quote[:60]))
            # the value in the quote
            if value is not None:
                nums = numbers(quote)
                okv = any(abs(x - abs(value)) < 1e-9 for x in nums)
                if not okv and name.endswith(".csv"):
                    okv = any(x < 2 and abs(x * 100 - abs(value)) < 1e-6 for x in nums)
                if not okv:
                    bad("%s: value %s not in its quote" % (where, value))
            if item is not None and squeeze(item) not in squeeze(quote):
                bad("%s: item %s not in its quote" % (where, item))
            # the count in the quote or the 600 characters before it
            if "count" in d:
                c = d["count"]
                near = quote
                if isinstance(vis, str) and pos is not None and pos >= 0:
                    near = vis[max(0, pos - 600):pos] + quote
                if c not in [int(x) for x in numbers(near) if x == int(x)]:
                    bad("%s: count %s not in or before its quote" % (where, c))
            subject = metric or item
            key = (m, subject, value, status)
            full = key + (d.get("count"), bool(d.get("tally")), quote if d.get("tally") else None)
            if d.get("tally"):
                if full in seen:
                    bad("%s: repeated tally" % where)
                seen.add(full)
            else:
                if key in seen:
                    bad("%s: repeated fact %s" % (where, key))
                seen.add(key)
            t = totals.setdefault(name, {"req": {}, "opt": {}})
            bucket = t["opt" if d.get("optional") else "req"]
            bucket[m] = bucket.get(m, 0) + 1
            if d.get("tally") and not d.get("optional"):
                bucket["tally"] = bucket.get("tally", 0) + 1
    if "-v" in sys.argv:
        for name, t in totals.items():
            print(name, "required", t["req"], "optional", t["opt"])
    if problems:
        for p in problems:
            print(p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
