"""Indicator tables: a header of columns (目标, 实际 …), then one row per indicator.

Two layouts reach us: a .docx table, one row per line with cells separated by tabs, and a web page
flattened to one cell per line (指标名称 / 2021年目标增长(%) / 2021年实际增长(%) / 地区生产总值 / 6.5左右
/ 6.1).
Each row gives one fact per column that is a target or an actual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from govtargets._model import Fact, new_fact
from govtargets.extract._sections import period_phrase
from govtargets.lexicon import Lexicon
from govtargets.numbers import qualifier_of, to_base
from govtargets.text import normalize, regex, to_halfwidth

__all__ = ["table_facts"]

_TARGET_COL = regex(r"目标|预期|计划|任务")
_ACTUAL_COL = regex(r"实际|完成|实绩|预计完成|执行")
_GROWTH_COL = regex(r"增长|增速|增幅|涨幅|[%％]|±")
# (完成年度目标(%) / 完成年度计划% : the share of the goal done, not a growth)
_PROGRESS_COL = regex(
    r"进度|完成率|完成比例|占(?:年度|全年)|完成(?:年度|全年)?(?:目标|计划|预算|任务)的?\s*[(（]?\s*[%％]"
)
_UNIT_RE = regex(r"[(（]\s*([^()（）]{1,6})\s*[)）]")
_YEAR_RE = regex(r"(\d{4})年")
_CELL_RE = regex(
    r"""^(?P<pre>约|不低于|不高于|不超过|控制在|力争)?
        (?P<n1>-?\d+(?:\.\d+)?)(?:(?:—{1,2}|-|~|至|到)(?P<n2>-?\d+(?:\.\d+)?))?
        (?P<pct>%|‰)?(?P<post>左右|以上|以内|以下)?$""",
    re.VERBOSE,
)
_UNIT_COL = regex(r"^(?:计量)?单位$")  # a column of each row's unit: 亿元, 万人, %
_HEADER_FIRST = regex(r"^(?:指标(?:名称)?|项目|主要指标|序号)$")
_NUMBERING = regex(r"^\d{1,2}[.、]|^[(（]\d{1,2}[)）]")


@dataclass(slots=True)
class _Column:
    kind: str | None  # target | actual | None (a column we do not read: 单位, 备注)
    growth: bool
    unit: str | None
    year: int | None
    period: str | None = None  # part of the year its header names: 1-9月完成 → 2020Q1-Q3


def _column(header: str, default_year: int | None) -> _Column:
    h = normalize(header, traditional=True).text
    kind = "target" if _TARGET_COL.search(h) else "actual" if _ACTUAL_COL.search(h) else None
    if _PROGRESS_COL.search(h):
        kind = None  # 完成进度(%), 完成率: how far the goal is done, a progress fact (read as progress)
    if kind == "target" and _ACTUAL_COL.search(h) and not re.search(r"目标值|预期目标", h):
        kind = "actual"  # 完成目标 … is a done column
    unit = m.group(1) if (m := _UNIT_RE.search(h)) else None
    y = _YEAR_RE.search(h)
    year = int(y.group(1)) if y else default_year
    return _Column(kind, bool(_GROWTH_COL.search(h)) or unit == "%", unit, year, period_phrase(h, year))


@dataclass(slots=True)
class _Cell:
    text: str
    start: int
    end: int


def _name(
    lex: Lexicon, cell: str, traditional: bool = False
) -> tuple[tuple[str, ...], str | None, bool, int] | None:
    """(ids, unit, growth, sign) of a first cell that is an indicator name, e.g. 地区生产总值(亿元); the
    sign is -1 for a name of a fall (…能耗下降)."""
    s = normalize(cell, traditional=traditional).text
    s = _NUMBERING.sub("", s)
    unit = m.group(1) if (m := _UNIT_RE.search(s)) else None
    s = _UNIT_RE.sub("", s)
    s = re.sub(r"^(?:全省|全市|全区|全县)", "", s)
    growth = False
    sign = 1
    if s.endswith(("增长", "增速", "增幅")) and lex.lookup(s[:-2]):
        s, growth = s[:-2], True
    elif s.endswith(("下降", "降低")) and lex.lookup(s[:-2]):
        s, growth, sign = s[:-2], True, -1  # 单位地区生产总值能耗下降 / % / 3.3: a fall of 3.3%
    name = lex.lookup(s)
    if name is None:
        return None
    return name.ids, unit, growth or name.growth, sign


def _value(
    lex: Lexicon, metric: str, col: _Column, name_unit: str | None, name_growth: bool, cell: str
) -> tuple[str, Decimal, Decimal, str, Decimal, Decimal, str, str] | None:
    m = _CELL_RE.match(to_halfwidth(cell).replace(" ", ""))
    if not m:
        return None
    lo = Decimal(m["n1"])
    hi = Decimal(m["n2"]) if m["n2"] else lo
    unit = "%" if m["pct"] == "%" else m["pct"] or col.unit or name_unit or ""
    kind = lex.kind_of(metric)
    if col.growth or name_growth or (unit == "%" and kind not in ("rate",)):
        if kind == "rate":
            measure = "level"
        else:
            measure, unit = "growth", "%"
    else:
        measure = "level"
    if measure == "level":
        _, base_unit = to_base(lo, unit)
        if base_unit not in lex.indicators[metric].level_units:
            return None
    b_lo, base_unit = to_base(lo, unit)
    b_hi, _ = to_base(hi, unit)
    q = qualifier_of(m["pre"] if m["pre"] != "控制在" else None, m["post"], m["n2"] is not None)
    return measure, lo, hi, unit, b_lo, b_hi, base_unit, q


def _rows(doc_text: str, spans: list[tuple[int, int]]) -> list[list[_Cell]]:
    rows = []
    for a, b in spans:
        cells, pos = [], a
        for part in doc_text[a:b].split("\t"):
            cells.append(_Cell(part.strip(), pos, pos + len(part)))
            pos += len(part) + 1
        rows.append(cells)
    return rows


def table_facts(
    doc_name: str,
    doc_text: str,
    paragraph_spans: list[tuple[int, int]],
    lex: Lexicon,
    report_year: int | None,
    actual_period: str | None,
    *,
    traditional: bool = False,
) -> Iterator[Fact]:
    """Facts of the indicator tables among the given paragraphs (document offsets)."""
    rows = _rows(doc_text, paragraph_spans)
    i = 0
    while i < len(rows):
        row = rows[i]
        texts = [c.text for c in row]
        # a tab-separated header row
        if len(row) >= 2 and any(_TARGET_COL.search(t) or _ACTUAL_COL.search(t) for t in texts[1:]):
            cols = [_column(t, report_year) for t in texts[1:]]
            unit_col = next((k for k, t in enumerate(texts[1:]) if _UNIT_COL.match(t.replace(" ", ""))), None)
            if any(c.kind for c in cols):
                j = i + 1
                while j < len(rows) and len(rows[j]) == len(row):
                    yield from _row_facts(
                        doc_name,
                        doc_text,
                        rows[j][0],
                        rows[j][1:],
                        cols,
                        lex,
                        report_year,
                        actual_period,
                        traditional,
                        unit_col,
                    )
                    j += 1
                i = j
                continue
        # one cell per line: 指标名称 / header cells / then rows of 1 + n cells
        if len(row) == 1 and _HEADER_FIRST.match(to_halfwidth(texts[0]).replace(" ", "")):
            j = i + 1
            header: list[str] = []
            while (
                j < len(rows)
                and len(rows[j]) == 1
                and len(rows[j][0].text) <= 30
                and _name(lex, rows[j][0].text, traditional) is None
                and not _CELL_RE.match(rows[j][0].text)
            ):
                header.append(rows[j][0].text)
                j += 1
            cols = [_column(h, report_year) for h in header]
            unit_col = next((k for k, h in enumerate(header) if _UNIT_COL.match(h.replace(" ", ""))), None)
            if cols and any(c.kind for c in cols):
                n = len(cols)
                while (
                    j + n < len(rows) + 0
                    and all(len(rows[k]) == 1 for k in range(j, j + n + 1))
                    and _name(lex, rows[j][0].text, traditional) is not None
                ):
                    cells = [rows[k][0] for k in range(j + 1, j + n + 1)]
                    yield from _row_facts(
                        doc_name,
                        doc_text,
                        rows[j][0],
                        cells,
                        cols,
                        lex,
                        report_year,
                        actual_period,
                        traditional,
                        unit_col,
                    )
                    j += n + 1
                i = j
                continue
        i += 1


def _row_facts(
    doc_name: str,
    doc_text: str,
    name_cell: _Cell,
    cells: list[_Cell],
    cols: list[_Column],
    lex: Lexicon,
    report_year: int | None,
    actual_period: str | None,
    traditional: bool,
    unit_col: int | None = None,
) -> Iterator[Fact]:
    named = _name(lex, name_cell.text, traditional)
    if named is None or len(named[0]) != 1:
        return
    (metric,), name_unit, name_growth, sign = named
    if name_unit is None and unit_col is not None and unit_col < len(cells):
        name_unit = normalize(cells[unit_col].text, traditional=traditional).text or None  # the 单位 column
    for cell, col in zip(cells, cols, strict=False):
        if col.kind is None or not cell.text:
            continue
        v = _value(lex, metric, col, name_unit, name_growth, cell.text)
        if v is None:
            continue
        measure, lo, hi, unit, b_lo, b_hi, base_unit, q = v
        if sign < 0 and measure == "growth":
            lo, hi, b_lo, b_hi = -hi, -lo, -b_hi, -b_lo
        if col.kind == "target":
            period = str(col.year) if col.year else (str(report_year) if report_year else None)
        else:
            period = col.period or (str(col.year) if col.year else actual_period)
        raw = doc_text[cell.start : cell.end]
        offset = raw.find(raw.strip()) if raw.strip() else 0
        yield new_fact(
            doc=doc_name,
            kind=col.kind,
            metric=metric,
            label=name_cell.text,
            measure=measure,
            value=lo,
            low=lo,
            high=hi,
            unit=unit,
            base_value=b_lo,
            base_low=b_lo,
            base_high=b_hi,
            base_unit=base_unit,
            qualifier=q,
            period=period,
            start=name_cell.start,
            end=cell.end,
            quote=doc_text[name_cell.start : cell.end].replace("\n", " / ").replace("\t", " | "),
            extra={"surface": raw.strip(), "table": True, "surface_start": cell.start + offset},
        )
