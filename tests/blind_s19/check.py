#!/usr/bin/env python3
"""Check blind set s19 without running govtargets.

- every document opens / decodes (GB18030 file strictly, and it must not be valid UTF-8; the .html is UTF-8
  and its article container is found; the traditional file has no simplified-only characters; the one-line
  file has no line break);
- 800-2500 characters (whitespace not counted; for the .html only the article container);
- every gold line is JSON with the allowed keys and values, metric ids exist in indicators.yaml;
- each quote occurs in its document (.docx: in one paragraph, or in one table row with cells joined by tabs;
  .html: in one <p> of the article);
- each value (without sign) is written in its quote, each item is in the quote or in the heading text just
  before it, each count is in the quote or in the 600 characters before it;
- no duplicate facts.
Prints OK or the problems (exit 1).
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
YAML = Path(__file__).resolve().parents[2] / "govtargets/lexicon/data/indicators.yaml"
IDS = set(re.findall(r"^- id: (\w+)", YAML.read_text(encoding="utf-8"), re.M)) if YAML.exists() else None

KEYS = ["measure", "metric", "item", "value", "status", "quote"]
EXTRA = {"optional", "count", "tally", "rest", "confidence", "note"}
MEASURES = {"completion", "lag", "status"}
STATUSES = {"met", "not_met", "partly_met", "cancelled", "on_schedule"}
SIMPLIFIED_ONLY = set("们这发县区经济业进实项务计报达较总设产资预个门为对与东节时间农处过标统开长乡镇级续调")

problems = []


def bad(msg):
    problems.append(msg)


class Article(HTMLParser):
    def __init__(self, cid):
        super().__init__()
        self.cid, self.depth, self.paras, self.cur, self.inp = cid, 0, [], [], False

    def handle_starttag(self, tag, attrs):
        if self.depth:
            if tag == "div":
                self.depth += 1
            if tag == "p":
                self.inp, self.cur = True, []
        elif tag == "div" and dict(attrs).get("id") == self.cid:
            self.depth = 1

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag == "p" and self.inp:
            self.paras.append("".join(self.cur))
            self.inp = False
        elif tag == "div":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and self.inp:
            self.cur.append(data)


def load(path):
    """(segments a quote must fit in, the whole text as read)."""
    if path.suffix == ".docx":
        d = Document(str(path))
        segs = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                segs.append("\t".join(c.text for c in r.cells))
        return segs, "\n".join(segs)
    raw = path.read_bytes()
    if "gb18030" in path.name:
        try:
            raw.decode("utf-8")
            bad(f"{path.name}: valid UTF-8, expected GB18030 bytes")
        except UnicodeDecodeError:
            pass
        text = raw.decode("gb18030", errors="strict")
    else:
        text = raw.decode("utf-8", errors="strict")
    if path.suffix == ".html":
        m = re.search(r'<meta charset="([^"]+)"', text)
        if not m or m.group(1).lower() != "utf-8":
            bad(f"{path.name}: meta charset is not utf-8")
        a = Article("zoom")
        a.feed(text)
        if not a.paras:
            bad(f"{path.name}: article container not found")
        return a.paras, "\n".join(a.paras)
    return [text], text


def value_forms(v):
    v = abs(v)
    out = {repr(float(v))}
    if float(v) == int(v):
        out.add(str(int(v)))
    return out


def main():
    docs = sorted(p for p in HERE.iterdir() if p.suffix in (".txt", ".html", ".docx"))
    golds = sorted(HERE.glob("*.progress.jsonl"))
    if len(docs) != 7 or len(golds) != 7:
        bad(f"{len(docs)} documents, {len(golds)} gold files (want 7 and 7)")
    totals = {"req": 0, "opt": 0}
    rows = []
    for path in docs:
        stem = path.name[: -len(path.suffix)]
        gold = HERE / f"{stem}.progress.jsonl"
        if not gold.exists():
            bad(f"{path.name}: no gold file")
            continue
        segs, text = load(path)
        n = len(re.sub(r"\s+", "", text))
        if not 800 <= n <= 2500:
            bad(f"{path.name}: {n} characters, want 800-2500")
        if "oneline" in path.name and ("\n" in text or "\r" in text):
            bad(f"{path.name}: has a line break")
        if "trad" in path.name:
            left = sorted(set(text) & SIMPLIFIED_ONLY)
            if left:
                bad(f"{path.name}: simplified-only characters left: {''.join(left)}")
        seen = set()
        req = opt = 0
        for ln, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
            w = f"{gold.name}:{ln}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"{w}: bad JSON ({e})")
                continue
            if list(d)[:6] != KEYS or set(d) - set(KEYS) - EXTRA:
                bad(f"{w}: keys {list(d)}")
                continue
            m, st, v = d["measure"], d["status"], d["value"]
            if m not in MEASURES:
                bad(f"{w}: measure {m}")
            if m == "status":
                if st not in STATUSES or v is not None:
                    bad(f"{w}: status fact needs a status and no value")
            else:
                if st is not None or not isinstance(v, (int, float)):
                    bad(f"{w}: {m} needs a number and no status")
            if d["metric"] is not None:
                if IDS is not None and d["metric"] not in IDS:
                    bad(f"{w}: unknown metric {d['metric']}")
                if d["item"] is not None:
                    bad(f"{w}: metric and item both set")
            elif d["item"] is None and not (d.get("tally") or d.get("rest")):
                bad(f"{w}: no metric, no item, and not a tally or rest")
            if d.get("tally") and (d["item"] or d["metric"] or d.get("count") is None):
                bad(f"{w}: a tally names nothing and has a count")
            for k in ("optional", "tally", "rest"):
                if k in d and d[k] is not True:
                    bad(f"{w}: {k} must be true")
            if "confidence" in d and d["confidence"] != "low":
                bad(f"{w}: confidence must be low")
            q = d["quote"]
            hits = [s for s in segs if q in s]
            if not hits:
                bad(f"{w}: quote not in {path.name}: {q}")
                continue
            seg = hits[0]
            pos = text.find(q) if q in text else 0
            before = text[max(0, pos - 600): pos]
            if v is not None and not any(f in q for f in value_forms(v)):
                bad(f"{w}: value {v} not in quote")
            it = d["item"]
            if it is not None and it not in q and it not in text[max(0, pos - 200): pos]:
                bad(f"{w}: item {it} neither in the quote nor in the heading before it")
            c = d.get("count")
            if c is not None and str(c) not in q and str(c) not in before:
                bad(f"{w}: count {c} not in quote or before it")
            key = (m, d["metric"], it, v, st, c, bool(d.get("optional")))
            if key in seen:
                bad(f"{w}: duplicate fact {key}")
            seen.add(key)
            if d.get("optional"):
                opt += 1
            else:
                req += 1
        totals["req"] += req
        totals["opt"] += opt
        rows.append(f"  {path.name}: {n} chars, {req} required + {opt} optional")
    print("\n".join(rows))
    print(f"  total: {totals['req']} required + {totals['opt']} optional")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
