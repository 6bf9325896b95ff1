"""Cross-year audit: the targets a report set for year N against the actuals the next year's report gives.

A work report of year N sets targets for N (kind target, period N); the report of year N+1 of the same region
reviews N (kind actual, period N). Each annual target of N (growth or level; multi-year facts are left out) is
matched to the actuals of N+1's report with the same metric, measure and period, and judged:

- **met** (完成) / **missed** (未完成), or **not reported** (未报告): N+1's report gives no actual for it;
  **undetermined** (无法判断) where the actual cannot decide (another currency, or a bound such as 超过X that
  falls on both sides of the target).
- The qualifier counts: 左右 (about) allows `Tolerance.rate_pp` percentage points either way for growth and
  rates (% figures), and `Tolerance.level_rel` of the target, relative, for other levels; 以上 (at_least) is
  a floor with no tolerance; 以内/不超过 (at_most) is a ceiling. A plain figure is a floor, or a ceiling
  where the indicator's lexicon entry says `better: lower` (CPI, unemployment, energy use). A range
  (5%—5.5%) is met inside it or beyond it on the good side. A 力争 stretch figure is reported beside the
  main figure, which alone decides.
- The gap is actual − target, in percentage points for growth and rates, otherwise in the target's unit as
  written (base units convert 万元 to 亿元 and the like). For a range the target figure is its low end, or
  its high end for an indicator where lower is better.
- Where several actuals match (a figure restated), the first in the document (lowest offset: the review
  section's opening statement) is used, and the row says how many there were. An actual stated as an
  estimate (预计) is flagged.

Each row carries both source spans side by side, so the target's and the actual's words can be shown
together.

>>> from govtargets.ingest import read_bytes
>>> from govtargets.lexicon import load_lexicon
>>> t = read_bytes("青溪县2025年政府工作报告\\n二、2025年工作安排\\n"
...     "今年的主要预期目标是：地区生产总值增长6%左右。".encode(), "qx_2025.txt")
>>> a = read_bytes("青溪县2026年政府工作报告\\n一、2025年工作回顾\\n"
...     "全年实现地区生产总值300亿元，增长5.6%。".encode(), "qx_2026.txt")
>>> [(r.name, r.outcome, r.gap_text) for r in audit_documents([t, a], load_lexicon())]
[('地区生产总值', 'met', '-0.4个百分点')]
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from govtargets._model import Fact, number_out
from govtargets.extract import extract_facts
from govtargets.ingest import Document, IngestError, read_document
from govtargets.lexicon import Lexicon
from govtargets.status import Status

__all__ = [
    "ABOUT_TOLERANCE",
    "AUDIT_COLUMNS",
    "OUTCOMES",
    "AuditRow",
    "Tolerance",
    "audit_documents",
    "audit_facts",
    "audit_table",
    "as_documents",
    "read_reports",
    "fmt_decimal",
]

OUTCOMES = {
    "met": Status.COMPLETED.value,
    "missed": Status.NOT_MET.value,
    "not_reported": "未报告",
    "undetermined": "无法判断",
}
AUDIT_COLUMNS = ["地区", "年度", "指标", "目标", "实际", "差距", "结论", "目标原文", "实际原文", "备注"]
SOURCE_COLUMNS = ["目标出处", "目标所在句", "实际出处", "实际所在句"]
REPORT_SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".docx", ".pdf")
_MEASURES = ("growth", "level")
_QUALIFIER_TEXT = {"about": "左右", "at_least": "以上", "at_most": "以内", "exact": "", "range": ""}


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far from a 左右 (about) target an actual may fall and still count as met.

    rate_pp: percentage points, for growth and for rates (figures in %): 6%左右 is met from 5.5%.
    level_rel: a share of the target, for other levels: 100亿元左右 is met from 99亿元.
    """

    rate_pp: Decimal = Decimal("0.5")
    level_rel: Decimal = Decimal("0.01")


ABOUT_TOLERANCE = Tolerance()


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One target of year N with the actual N+1's report gives for it, and the verdict.

    Invariants: `target_text == <target doc>.text[target.start:target.end]`, likewise for the actual.
    """

    region: str
    year: int  # N: the target's and the actual's period
    metric: str
    name: str  # the indicator's display name (lexicon names[0])
    measure: str  # growth | level
    outcome: str  # met | missed | not_reported | undetermined
    target: Fact
    actual: Fact | None
    gap: Decimal | None  # actual − target, in gap_unit
    gap_unit: str  # 个百分点, or the target's unit as written (亿元, 万人, 亿斤 …)
    bound: str  # floor | ceiling: which side of the target is good
    actual_count: int = 0  # how many actuals matched (restatements included)
    stretch_met: bool | None = None  # the 力争 figure reached, where there is one
    target_text: str = ""  # the target's span as written
    actual_text: str = ""
    note: str = ""  # in Chinese: why undetermined, several actuals differing, …

    @property
    def outcome_zh(self) -> str:
        return OUTCOMES[self.outcome]

    @property
    def estimate(self) -> bool:
        return bool(self.actual and self.actual.estimate)

    @property
    def gap_text(self) -> str:
        if self.gap is None:
            return ""
        sign = "+" if self.gap > 0 else ""
        return f"{sign}{fmt_decimal(self.gap)}{self.gap_unit}"

    def to_dict(self) -> dict[str, Any]:
        t, a = self.target, self.actual
        return {
            "region": self.region,
            "year": self.year,
            "metric": self.metric,
            "name": self.name,
            "measure": self.measure,
            "outcome": self.outcome,
            "outcome_zh": self.outcome_zh,
            "target": describe(t),
            "target_low": number_out(t.low),
            "target_high": number_out(t.high),
            "target_unit": t.unit,
            "target_qualifier": t.qualifier,
            "stretch": number_out(_written(t, t.stretch)),
            "stretch_met": self.stretch_met,
            "actual": describe(a) if a else None,
            "actual_value": number_out(a.value) if a else None,
            "actual_unit": a.unit if a else None,
            "actual_qualifier": a.qualifier if a else None,
            "estimate": self.estimate,
            "actual_count": self.actual_count,
            "gap": number_out(self.gap),
            "gap_unit": self.gap_unit,
            "bound": self.bound,
            "target_doc": t.doc,
            "target_start": t.start,
            "target_end": t.end,
            "target_text": self.target_text,
            "target_quote": t.quote,
            "actual_doc": a.doc if a else None,
            "actual_start": a.start if a else None,
            "actual_end": a.end if a else None,
            "actual_text": self.actual_text,
            "actual_quote": a.quote if a else None,
            "note": self.note,
        }


def fmt_decimal(d: Decimal) -> str:
    """A Decimal as written by a person: no exponent, no trailing zeros.

    >>> fmt_decimal(Decimal("5.50")), fmt_decimal(Decimal("1E+1")), fmt_decimal(Decimal("-0.40"))
    ('5.5', '10', '-0.4')
    """
    s = format(d.normalize(), "f")
    return "0" if s in ("-0", "0") else s


def describe(f: Fact) -> str:
    """A fact's figure in words: 增长5.5%以上, 下降3%, 5%—5.5%, 825亿斤以上.

    >>> from govtargets._model import Fact
    >>> f = Fact("d", "target", "gdp", "生产总值", "growth", Decimal(6), Decimal(6), Decimal(6), "%",
    ...     Decimal(6), Decimal(6), Decimal(6), "%", "about", "2025", 0, 1, "")
    >>> describe(f)
    '增长6%左右'
    >>> from dataclasses import replace
    >>> describe(replace(f, value=Decimal(-3), low=Decimal(-3), high=Decimal(-3), qualifier="at_least"))
    '下降3%以上'
    """
    low: Decimal | None = f.value if f.value is not None else f.low
    high: Decimal | None = low
    if f.qualifier == "range" and f.low is not None and f.high is not None:
        low, high = f.low, f.high
    if low is None or high is None:
        return f.quote
    verb = ""
    if f.measure == "growth":
        verb = "下降" if high < 0 else "增长"
        if high < 0:
            low, high = -high, -low
    figure = f"{verb}{fmt_decimal(low)}{f.unit}"
    if high != low:
        figure += f"—{fmt_decimal(high)}{f.unit}"
    stretch = _written(f, f.stretch)
    if stretch is not None:
        stretch = abs(stretch) if verb == "下降" else stretch
        return f"{figure}{_QUALIFIER_TEXT[f.qualifier]}、力争{fmt_decimal(stretch)}{f.unit}"
    return figure + _QUALIFIER_TEXT[f.qualifier]


def _written(f: Fact, base: Decimal | None) -> Decimal | None:
    """A figure in base units (the stretch figure is kept so) back in the fact's unit as written."""
    if base is None or f.base_value is None or not f.value:
        return base
    return (base * f.value / f.base_value).normalize()


def _is_rate(f: Fact) -> bool:
    return f.measure == "growth" or f.base_unit == "%"


def _bound(target: Fact, lex: Lexicon) -> str:
    if target.qualifier == "at_least":
        return "floor"
    if target.qualifier == "at_most":
        return "ceiling"
    ind = lex.indicators.get(target.metric or "")
    return "ceiling" if ind is not None and ind.better == "lower" else "floor"


def _threshold(target: Fact, bound: str, tol: Tolerance) -> tuple[Decimal, Decimal] | None:
    """(the target figure the gap is taken from, the figure the actual must reach), in base units."""
    ref = target.base_low if bound == "floor" else target.base_high
    if ref is None:
        return None
    need = ref
    if target.qualifier == "about":
        slack = tol.rate_pp if _is_rate(target) else abs(ref) * tol.level_rel
        need = ref - slack if bound == "floor" else ref + slack
    return ref, need


def _interval(actual: Fact) -> tuple[Decimal | None, Decimal | None]:
    """What the actual says, as an interval in base units (None: unbounded on that side)."""
    if actual.qualifier == "at_least":
        return actual.base_low, None
    if actual.qualifier == "at_most":
        return None, actual.base_high
    if actual.qualifier == "range":
        return actual.base_low, actual.base_high
    return actual.base_value, actual.base_value


def _reaches(low: Decimal | None, high: Decimal | None, need: Decimal, bound: str) -> bool | None:
    """True if every value in [low, high] meets the need, False if none does, None if it cannot say."""
    if bound == "floor":
        if low is not None and low >= need:
            return True
        if high is not None and high < need:
            return False
    else:
        if high is not None and high <= need:
            return True
        if low is not None and low > need:
            return False
    return None


def _gap(target: Fact, actual: Fact, ref: Decimal) -> tuple[Decimal | None, str]:
    """actual − target: percentage points for rates, else in the target's unit as written."""
    if _is_rate(target):
        unit = "个百分点"
        if actual.base_value is None:
            return None, unit
        return actual.base_value - ref, unit
    if actual.base_value is None:
        return None, target.unit
    if actual.unit == target.unit and actual.value is not None:
        written_ref = target.low if ref == target.base_low else target.high
        if written_ref is not None:
            return actual.value - written_ref, target.unit
    # units differ (亿元 vs 万元): through base units, back to the target's unit
    if target.value and target.base_value:
        factor = target.base_value / target.value
        return ((actual.base_value - ref) / factor).quantize(Decimal("0.0001")).normalize(), target.unit
    return actual.base_value - ref, target.base_unit


def _plain(f: Fact) -> bool:
    return f.qualifier in ("exact", "about")


def _judge(
    target: Fact,
    actuals: Sequence[Fact],
    lex: Lexicon,
    tol: Tolerance,
    region: str,
    year: int,
    texts: Mapping[str, str],
) -> AuditRow:
    ind = lex.indicators.get(target.metric or "")
    name = ind.names[0] if ind else (target.metric or target.label)
    bound = _bound(target, lex)
    row = AuditRow(  # not reported, until an actual is found
        region=region,
        year=year,
        metric=target.metric or "",
        name=name,
        measure=target.measure,
        outcome="not_reported",
        target=target,
        actual=None,
        gap=None,
        gap_unit="",
        bound=bound,
        target_text=_span(texts, target),
    )
    if not actuals:
        return row
    same_unit = [a for a in actuals if a.base_unit == target.base_unit]
    if not same_unit:
        a = min(actuals, key=lambda f: f.start)
        note = f"实际值单位（{a.unit}）与目标（{target.unit}）不可比"
        return replace(
            row,
            outcome="undetermined",
            actual=a,
            actual_count=len(actuals),
            actual_text=_span(texts, a),
            note=note,
        )
    # a plain figure before a bound (超过X), then the first in the document
    actual = min(same_unit, key=lambda f: (not _plain(f), f.start))
    notes: list[str] = []
    values = {a.base_value for a in same_unit if _plain(a)}
    if len(same_unit) > 1:
        notes.append(f"实际值出现{len(same_unit)}次" + ("，数值不一" if len(values) > 1 else "") + "，取首次")
    if actual.estimate:
        notes.append("实际值为预计数")
    th = _threshold(target, bound, tol)
    gap: Decimal | None = None
    gap_unit = ""
    stretch_met: bool | None = None
    if th is None:
        outcome = "undetermined"
        notes.append("目标无数值")
    else:
        ref, need = th
        low, high = _interval(actual)
        verdict = _reaches(low, high, need, bound)
        outcome = {True: "met", False: "missed", None: "undetermined"}[verdict]
        if verdict is None:
            notes.append("实际值仅为界限，无法判断")
        if _plain(actual):
            gap, gap_unit = _gap(target, actual, ref)
        if target.stretch is not None:  # in base units
            stretch_met = _reaches(low, high, target.stretch, bound)
            if stretch_met is not None:
                notes.append("达到力争目标" if stretch_met else "未达力争目标")
    if target.qualifier == "about" and outcome == "met" and gap is not None:
        short = gap < 0 if bound == "floor" else gap > 0
        if short:
            notes.append("在“左右”容差内")
    return replace(
        row,
        outcome=outcome,
        actual=actual,
        gap=gap,
        gap_unit=gap_unit,
        actual_count=len(same_unit),
        stretch_met=stretch_met,
        actual_text=_span(texts, actual),
        note="；".join(notes),
    )


def _span(texts: Mapping[str, str], f: Fact) -> str:
    text = texts.get(f.doc)
    return text[f.start : f.end] if text is not None else ""


def audit_facts(
    targets: Iterable[Fact],
    actuals: Iterable[Fact],
    lex: Lexicon,
    *,
    region: str,
    year: int,
    texts: Mapping[str, str] | None = None,
    tolerance: Tolerance = ABOUT_TOLERANCE,
) -> list[AuditRow]:
    """The audit of one region's year: its targets for `year` against the actuals reported for it.

    Pure over facts, so stored facts can be audited as well: `targets` are the target facts of year N's
    report, `actuals` the actual facts of year N+1's report (other kinds, periods and measures are left
    out). `texts` maps a fact's doc to its document text, to give each span's words.
    """
    texts = texts or {}
    period = str(year)
    by_key: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for a in actuals:
        if a.kind == "actual" and a.period == period and a.measure in _MEASURES and a.metric:
            by_key[(a.metric, a.measure)].append(a)
    rows: list[AuditRow] = []
    seen: set[tuple[object, ...]] = set()
    for t in sorted(targets, key=lambda f: (f.doc, f.start)):
        if t.kind != "target" or t.period != period or t.measure not in _MEASURES or not t.metric:
            continue
        if t.extra.get("multi_year"):
            continue
        key = (t.metric, t.measure, t.base_low, t.base_high, t.qualifier)
        if key in seen:  # the same target restated in a task section
            continue
        seen.add(key)
        rows.append(_judge(t, by_key.get((t.metric, t.measure), []), lex, tolerance, region, year, texts))
    return rows


def read_reports(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
    """The documents at `paths`; a folder stands for every report in it (files that cannot be read as a
    document are skipped there; a file named directly that cannot be read raises IngestError)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.suffix.lower() in REPORT_SUFFIXES:
                    try:
                        yield read_document(str(child))
                    except IngestError:
                        continue
        else:
            yield read_document(str(p))


def as_documents(paths_or_docs: Iterable[str | os.PathLike[str] | Document]) -> list[Document]:
    """Documents as given, paths read, folders expanded (see `read_reports`)."""
    docs: list[Document] = []
    for x in paths_or_docs:
        if isinstance(x, Document):
            docs.append(x)
        else:
            docs.extend(read_reports([x]))
    return docs


def _region_matches(doc_region: str, wanted: str) -> bool:
    return doc_region == wanted or wanted in doc_region or doc_region in wanted


def audit_documents(
    paths_or_docs: Iterable[str | os.PathLike[str] | Document],
    lex: Lexicon,
    *,
    region: str | None = None,
    tolerance: Tolerance = ABOUT_TOLERANCE,
) -> list[AuditRow]:
    """Audit every region that has work reports of two consecutive years among the documents.

    Documents are grouped by region (`Document.region_key`: its code, else its name) and report year; for
    each report of year N with one of year N+1, N's targets are judged against N+1's actuals. `region` keeps
    one region (its name as written, or part of it: 海拉尔 finds 海拉尔区). Rows come by region, year, then
    the target's place in the report.
    """
    # paired on region_key (the GB/T 2260 code, else the name): 杭州 and 杭州市 are one region
    groups: dict[str, dict[int, Document]] = defaultdict(dict)
    for doc in as_documents(paths_or_docs):
        if doc.doc_kind != "work_report" or not doc.region or not doc.report_year:
            continue
        if region is not None and not _region_matches(doc.region, region):
            continue
        groups[doc.region_key or doc.region].setdefault(doc.report_year, doc)  # the first copy counts
    rows: list[AuditRow] = []
    for key in sorted(groups, key=lambda k: (min(d.region or "" for d in groups[k].values()), k)):
        by_year = groups[key]
        for year in sorted(by_year):
            nxt = by_year.get(year + 1)
            if nxt is None:
                continue
            cur = by_year[year]
            reg = cur.region or key
            targets = [f for f in extract_facts(cur, lex, dedupe=False) if f.kind == "target"]
            actuals = [f for f in extract_facts(nxt, lex, dedupe=False) if f.kind == "actual"]
            texts = {cur.path: cur.text, nxt.path: nxt.text}
            rows += audit_facts(
                targets, actuals, lex, region=reg, year=year, texts=texts, tolerance=tolerance
            )
    return rows


def audit_table(rows: Iterable[AuditRow], *, sources: bool = False) -> list[list[str]]:
    """Rows for display, the header first: 地区, 年度, 指标, 目标, 实际, 差距, 结论, 目标原文, 实际原文, 备注.

    With sources=True, four more columns give each side's place (path:start-end) and whole sentence.
    """
    table = [AUDIT_COLUMNS + (SOURCE_COLUMNS if sources else [])]
    for r in rows:
        a = r.actual
        actual = describe(a) if a else ""
        if a and a.estimate:
            actual = "预计" + actual
        line = [
            r.region,
            str(r.year),
            r.name,
            describe(r.target),
            actual,
            r.gap_text,
            r.outcome_zh,
            r.target_text or r.target.quote,
            (r.actual_text or a.quote) if a else "",
            r.note,
        ]
        if sources:
            t = r.target
            line += [
                f"{t.doc}:{t.start}-{t.end}",
                t.quote,
                f"{a.doc}:{a.start}-{a.end}" if a else "",
                a.quote if a else "",
            ]
        table.append(line)
    return table
