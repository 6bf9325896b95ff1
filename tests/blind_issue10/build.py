"""Build the blind set of issue 10: documents and gold from the annotated sources in src/.

A source is the document text with its annotations inline:

    «text of the task»{T|n=3|lead=市科技局|co=市发改委,市财政局|ld=王某某|dl=年底前}
    «一般公共预算收入»{P|status|m=general_budget_revenue|s=met|c=3}
    «47.6%»{P|completion|m=gdp|v=47.6}    «2.3»{P|lag|m=retail_sales|v=2.3}
    «规上工业增加值»{P|status|m=industrial_va_above_scale|s=met|low}     (qualitative: a separate file)
    «…»{P|status|s=met|opt}                                            (either reading accepted)

«» mark the supporting span, each {…} block after it is one gold line for that span (a span may carry
several). The markers are removed; offsets are computed here over the text that remains, never by hand.
Header lines of a source (before the first line that does not start with #!):
    #!doc=<file name in docs/>  #!encoding=gb18030  #!period=2021H1  #!kind=notice|excerpt|report|negative

The .docx notice is built from src/n6_*.py-like data below (a python-docx table); its offsets follow the
way govtargets flattens a .docx (paragraphs joined by newlines, a table row a line, cells joined by tabs),
and every gold line keeps its `quote`, so the scorer can re-anchor a span if the reader flattens otherwise.

Run: python3 tests/blind_issue10/build.py   (rewrites docs/ and gold/)
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, DOCS, GOLD = HERE / "src", HERE / "docs", HERE / "gold"

_OPEN, _CLOSE = "«‹", "»›"
_ATTRS_RE = re.compile(r"(?:\{[^{}]*\})+")
_ATTR_RE = re.compile(r"\{([^{}]*)\}")


def _strip(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text without markers, and (start, end, attribute block) for every annotated span.

    «…» and ‹…› both mark a span; they may nest (‹ wide span for an optional reading «name» … ›).
    """
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    stack: list[int] = []
    length = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _OPEN:
            stack.append(length)
            i += 1
            continue
        if ch in _CLOSE:
            start = stack.pop()
            m = _ATTRS_RE.match(text, i + 1)
            if not m:
                raise ValueError(f"span without attributes near {text[max(0, i - 20) : i + 5]!r}")
            for a in _ATTR_RE.findall(m.group(0)):
                spans.append((start, length, a))
            i = m.end()
            continue
        out.append(ch)
        length += 1
        i += 1
    if stack:
        raise ValueError("unclosed span")
    plain = "".join(out)
    for ch in "«»‹›{}":
        if ch in plain:
            j = plain.index(ch)
            raise ValueError(f"stray marker {ch!r} near {plain[max(0, j - 20) : j + 20]!r}")
    return plain, spans


def _units(v: str | None) -> list[str]:
    return [u for u in (v or "").split(",") if u]


def _record(doc: str, text: str, start: int, end: int, attrs: str, period: str | None) -> dict:
    parts = attrs.split("|")
    kind, rest = parts[0], parts[1:]
    kv = dict(p.split("=", 1) for p in rest if "=" in p)
    flags = {p for p in rest if "=" not in p}
    quote = text[start:end]
    if kind == "T":
        unknown = set(kv) - {"n", "lead", "co", "ld", "dl"} or flags - {"ms"}
        if unknown:
            raise ValueError(f"{doc}: unknown task attribute {unknown} at {quote[:20]!r}")
        return {
            "doc": doc,
            "kind": "task",
            "start": start,
            "end": end,
            "number": kv.get("n"),
            "lead_units": _units(kv.get("lead")),
            "co_units": _units(kv.get("co")),
            "leaders": _units(kv.get("ld")),
            "deadline": kv.get("dl"),
            "minsheng": "ms" in flags,
            "quote": quote,
        }
    if kind == "P":
        measure = next(f for f in flags if f in ("status", "completion", "lag"))
        value = kv.get("v")
        rec = {
            "doc": doc,
            "kind": "progress",
            "measure": measure,
            "metric": kv.get("m"),
            "value": None if value is None else float(value),
            "unit": {"completion": "%", "lag": "百分点"}.get(measure),
            "status": kv.get("s"),
            "period": kv.get("per", period),
            "start": start,
            "end": end,
            "count": int(kv["c"]) if "c" in kv else None,
            "quote": quote,
        }
        if measure == "status" and rec["status"] not in (
            "met",
            "not_met",
            "partly_met",
            "cancelled",
            "on_schedule",
        ):
            raise ValueError(f"{doc}: bad status at {quote!r}")
        if measure != "status" and value is None:
            raise ValueError(f"{doc}: {measure} without value at {quote!r}")
        if "low" in flags:
            rec["confidence"] = "low"
        if "opt" in flags:
            rec["optional"] = True
        return rec
    raise ValueError(f"{doc}: unknown annotation kind {kind!r}")


def _header(src: str) -> tuple[dict[str, str], str]:
    head: dict[str, str] = {}
    lines = src.split("\n")
    while lines and lines[0].startswith("#!"):
        k, v = lines.pop(0)[2:].split("=", 1)
        head[k.strip()] = v.strip()
    return head, "\n".join(lines)


def _write_gold(doc: str, recs: list[dict]) -> dict[str, int]:
    tasks = [r for r in recs if r["kind"] == "task"]
    prog = [r for r in recs if r["kind"] == "progress" and r.get("confidence") != "low"]
    low = [r for r in recs if r["kind"] == "progress" and r.get("confidence") == "low"]
    counts = {}
    for suffix, rows in (("tasks", tasks), ("progress", prog), ("progress_low", low)):
        path = GOLD / f"{doc}.{suffix}.jsonl"
        if rows:
            rows.sort(key=lambda r: (r["start"], r["end"]))
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        elif path.exists():
            path.unlink()
        counts[suffix] = len(rows)
    return counts


def build_text(src_path: Path) -> tuple[str, dict[str, object], str]:
    head, body = _header(src_path.read_text(encoding="utf-8"))
    doc = head["doc"]
    if head.get("nobreaks") == "1":  # the source is written in lines for the annotator; the document has none
        body = body.replace("\n", "")
    text, spans = _strip(body)
    recs = [_record(doc, text, a, b, attrs, head.get("period")) for a, b, attrs in spans]
    (DOCS / doc).write_bytes(text.encode(head.get("encoding", "utf-8")))
    encoding = head.get("encoding", "utf-8")
    return doc, {**_write_gold(doc, recs), "encoding": encoding}, head["kind"]


# The .docx notice ---------------------------------------------------------------------------------------


def build_docx() -> tuple[str, dict[str, int], str]:
    """The table notice as a real .docx: paragraphs, then a table whose cells carry the annotations."""
    import docx

    sys.path.insert(0, str(SRC))
    from n6_docx_table import DOC, PARAGRAPHS, ROWS, TAIL  # type: ignore[import-not-found]

    d = docx.Document()
    lines: list[str] = []
    recs: list[dict] = []

    def offset() -> int:
        return sum(len(x) + 1 for x in lines)

    for p in PARAGRAPHS:
        d.add_paragraph(p)
        lines.append(p)
    table = d.add_table(rows=0, cols=len(ROWS[0]))
    table.style = "Table Grid"
    for row in ROWS:
        cells = table.add_row().cells
        if len(row) == 1 or all(c == "" for c in row[1:]):  # a category row: one merged cell
            merged = cells[0].merge(cells[-1])
            merged.text = row[0]
            lines.append(row[0])
            continue
        base = offset()
        plain_cells: list[str] = []
        for i, raw in enumerate(row):
            plain, spans = _strip(raw)
            cells[i].text = plain
            cell_start = base + sum(len(c) + 1 for c in plain_cells)
            for a, b, attrs in spans:
                recs.append(
                    _record(DOC, "", 0, 0, attrs, None) | {"start": cell_start + a, "end": cell_start + b}
                )
            plain_cells.append(plain)
        lines.append("\t".join(plain_cells))
    for p in TAIL:
        d.add_paragraph(p)
        lines.append(p)
    flat = "\n".join(lines)
    for r in recs:
        r["quote"] = flat[r["start"] : r["end"]]
    fixed = datetime(2023, 2, 10, 9, 0, 0)  # the same bytes on every build
    d.core_properties.created = d.core_properties.modified = fixed
    d.core_properties.author = d.core_properties.last_modified_by = "鹤汀区人民政府办公室"
    d.save(DOCS / DOC)
    return DOC, {**_write_gold(DOC, recs), "encoding": "docx"}, "notice"


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    manifest = {}
    for src in sorted(SRC.glob("*.src")):
        doc, counts, kind = build_text(src)
        manifest[doc] = {"kind": kind, **counts}
    doc, counts, kind = build_docx()
    manifest[doc] = {"kind": kind, **counts}
    (GOLD / "manifest.json").write_text(
        json.dumps(dict(sorted(manifest.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for doc, m in sorted(manifest.items()):
        print(f"{doc:55} {m}")


if __name__ == "__main__":
    main()
