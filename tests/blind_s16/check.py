#!/usr/bin/env python3
"""Check blind set s16: documents open/decode, gold lines parse, every quote is in its document,
every value / item / count is where it should be. Prints OK or the problems. Never runs govtargets."""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
YAML = Path(__file__).resolve().parents[2] / "govtargets/lexicon/data/indicators.yaml"
IDS = set(re.findall(r"^- id: (\w+)", YAML.read_text(encoding="utf-8"), re.M)) if YAML.exists() else None

MEASURES = {"completion", "lag", "status"}
STATUSES = {"met", "not_met", "partly_met", "cancelled", "on_schedule"}
KEYS = {"measure", "metric", "item", "value", "status", "quote"}
EXTRA = {"optional", "count", "tally", "rest", "confidence", "note"}
# characters that only exist in simplified script: none may be left in the traditional document
SIMPLIFIED_ONLY = set("们这发县区经济业进实项务计报达较总设产资预个门为对与东节时间农处过标统开长")

problems = []


def bad(msg):
    problems.append(msg)


class Article(HTMLParser):
    """Text of <div id="zoom">: one line per <p>, table rows as cells joined by tabs."""

    def __init__(self):
        super().__init__()
        self.depth = 0          # >0 while inside the article container
        self.lines, self.cur, self.cells, self.cell = [], [], None, None
        self.outside = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth:
            if tag == "div":
                self.depth += 1
            if tag == "tr":
                self.cells = []
            if tag in ("td", "th"):
                self.cell = []
        elif tag == "div" and a.get("id") == "zoom":
            self.depth = 1

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag in ("td", "th") and self.cell is not None:
            self.cells.append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr" and self.cells is not None:
            self.lines.append("\t".join(self.cells))
            self.cells = None
        elif tag == "p":
            self.lines.append("".join(self.cur))
            self.cur = []
        elif tag == "div":
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.outside.append(data)
        elif self.cell is not None:
            self.cell.append(data)
        else:
            self.cur.append(data)


def squeeze(s):
    return re.sub(r"\s+", "", s)


def load(path):
    """Return (segments, whole text) of a document: segments are the units a quote must fit in."""
    raw = path.read_bytes()
    if path.suffix == ".docx":
        doc = Document(str(path))
        segs = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for r in t.rows:
                segs.append("\t".join(c.text for c in r.cells))
        return segs, "\n".join(segs)
    if "gb18030" in path.name:
        try:
            raw.decode("utf-8")
            bad(f"{path.name}: decodes as UTF-8, expected GB18030 bytes")
        except UnicodeDecodeError:
            pass
        text = raw.decode("gb18030")
    else:
        text = raw.decode("utf-8")
    if path.suffix == ".html":
        m = re.search(r'<meta charset="([^"]+)"', text)
        if not m or m.group(1).lower() != "utf-8":
            bad(f"{path.name}: meta charset")
        a = Article()
        a.feed(text)
        if not a.lines:
            bad(f"{path.name}: no article container")
        return a.lines, "\n".join(a.lines)
    return [text], text


def value_strings(v):
    v = abs(v)
    out = {repr(v)}
    if v == int(v):
        out.add(str(int(v)))
    return out


def main():
    docs = sorted(p for p in HERE.iterdir() if p.suffix in (".html", ".txt", ".docx"))
    golds = sorted(HERE.glob("*.progress.jsonl"))
    if len(docs) != len(golds):
        bad(f"{len(docs)} documents but {len(golds)} gold files")
    total_req = total_opt = 0
    for path in docs:
        stem = path.name[: -len(path.suffix)]
        gold = HERE / f"{stem}.progress.jsonl"
        if not gold.exists():
            bad(f"{path.name}: no gold file")
            continue
        segs, text = load(path)
        n = len(squeeze(text))
        if not 800 <= n <= 2500:
            bad(f"{path.name}: {n} characters (want 800-2500)")
        if "oneline" in path.name and ("\n" in text or "\r" in text):
            bad(f"{path.name}: has a line break")
        if "trad" in path.name:
            left = sorted(set(text) & SIMPLIFIED_ONLY)
            if left:
                bad(f"{path.name}: simplified characters left: {''.join(left)}")
        seen = set()
        req = opt = 0
        for ln, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{gold.name}:{ln}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"{where}: JSON {e}")
                continue
            if not KEYS <= set(d) or set(d) - KEYS - EXTRA:
                bad(f"{where}: keys {sorted(d)}")
                continue
            m, q = d["measure"], d["quote"]
            if m not in MEASURES:
                bad(f"{where}: measure {m}")
            if d["metric"] is not None and IDS is not None and d["metric"] not in IDS:
                bad(f"{where}: unknown metric {d['metric']}")
            if m == "status":
                if d["status"] not in STATUSES or d["value"] is not None:
                    bad(f"{where}: status/value")
            else:
                if d["status"] is not None or not isinstance(d["value"], (int, float)):
                    bad(f"{where}: completion/lag needs a value and no status")
                elif not any(s in q for s in value_strings(d["value"])):
                    bad(f"{where}: value {d['value']} not in quote")
            if d.get("tally"):
                if d["metric"] or d["item"] or m != "status" or "count" not in d:
                    bad(f"{where}: a tally has a status and a count and no subject")
            elif d.get("rest"):
                if d["metric"] or d["item"]:
                    bad(f"{where}: rest with a subject")
            else:
                if (d["metric"] is None) == (d["item"] is None):
                    bad(f"{where}: exactly one of metric / item")
            if d["item"] and d["item"] not in q:
                bad(f"{where}: item {d['item']} not in quote")
            # the quote: in one segment (paragraph, table row, line); for html whitespace is ignored
            if path.suffix == ".html":
                ok = any(squeeze(q) in squeeze(s) for s in segs)
            else:
                ok = any(q in s for s in segs)
            if not ok:
                bad(f"{where}: quote not in document: {q[:40]}")
            if "count" in d:
                c = str(d["count"])
                pos = squeeze(text).find(squeeze(q))
                before = squeeze(text)[max(0, pos - 600): pos] if pos >= 0 else ""
                if c not in q and c not in before:
                    bad(f"{where}: count {c} neither in quote nor just before it")
            key = (m, d["metric"], d["item"], d["value"], d["status"], bool(d.get("tally")),
                   d.get("count"), bool(d.get("optional")))
            if key in seen:
                bad(f"{where}: duplicate fact {key}")
            seen.add(key)
            if d.get("optional"):
                opt += 1
            else:
                req += 1
        print(f"{path.name:45s} {n:5d} chars  {req:3d} required + {opt} optional")
        total_req += req
        total_opt += opt
    print(f"{'total':45s}        {total_req:3d} required + {total_opt} optional")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
