"""The panel: one row per region × year × indicator × measure, the target of year Y beside its actual.

The target of year Y comes from the region's work report of year Y; the actual from its report of Y+1 (the
review of last year), or, where that report gives none, from a later review of year Y (a supervision
report or review whose figures are for Y). Reports are paired on `Document.region_key` (the GB/T 2260 code,
else the name), and each target is judged by the audit's own rules (`govtargets.cycle.audit.audit_facts`),
so the panel and `govtargets audit` agree.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from govtargets._model import Fact
from govtargets.corpus._hierarchy import add_parents
from govtargets.corpus._schema import PANEL_COLUMNS
from govtargets.cycle.audit import audit_facts
from govtargets.lexicon import Lexicon

__all__ = ["build_panel", "target_point"]

_MEASURES = ("growth", "level")


def _dec(x: Any) -> Decimal | None:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return Decimal(repr(x)) if isinstance(x, float) else Decimal(x)


def _fact(r: Mapping[str, Any]) -> Fact:
    """A fact row of facts.parquet back as a Fact (doc: the document's sha256)."""
    return Fact(
        doc=r["doc_sha256"],
        kind=r["kind"],
        metric=r["metric"],
        label=r["label"] or "",
        measure=r["measure"],
        value=_dec(r["value"]),
        low=_dec(r["low"]),
        high=_dec(r["high"]),
        unit=r["unit"] or "",
        base_value=_dec(r["base_value"]),
        base_low=_dec(r["base_low"]),
        base_high=_dec(r["base_high"]),
        base_unit=r["base_unit"] or "",
        qualifier=r["qualifier"] or "exact",
        period=r["period"],
        start=int(r["start"]),
        end=int(r["end"]),
        quote=r["quote"] or "",
        status=r["status"],
        estimate=bool(r["estimate"]),
        stretch=_dec(r["stretch"]),
        extra={"span_text": r["span_text"] or ""},
    )


def _f(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def target_point(t: Fact, at_least_plus: Decimal | None = None) -> Decimal | None:
    """One number for a target: the figure; a range's midpoint; a floor plus `at_least_plus` if given.

    >>> from decimal import Decimal as D
    >>> f = Fact("d", "target", "gdp", "", "growth", D(8), D(8), D(8), "%", D(8), D(8), D(8), "%",
    ...     "at_least", "2014", 0, 1, "")
    >>> target_point(f), target_point(f, D("0.05"))
    (Decimal('8'), Decimal('8.05'))
    """
    if t.base_low is None or t.base_high is None:
        return t.base_value
    if t.qualifier == "range":
        return (t.base_low + t.base_high) / 2
    if t.qualifier == "at_least":
        return t.base_low + (at_least_plus or 0)
    if t.qualifier == "at_most":
        return t.base_high
    return t.base_value if t.base_value is not None else t.base_low


def _clean(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row with NaN as None (rows from a DataFrame carry NaN for missing strings and numbers)."""
    return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in row.items()}


def _plain(f: Fact) -> bool:
    return f.qualifier in ("exact", "about")


def _annual(r: Mapping[str, Any]) -> bool:
    p = r["period"]
    return (
        r["metric"] is not None
        and r["measure"] in _MEASURES
        and not r["multi_year"]
        and isinstance(p, str)
        and len(p) == 4
        and p.isdigit()
    )


def build_panel(
    facts: Iterable[Mapping[str, Any]],
    documents: Iterable[Mapping[str, Any]],
    lex: Lexicon,
    *,
    at_least_plus: Decimal | None = None,
) -> list[dict[str, Any]]:
    """Panel rows (dicts in PANEL_COLUMNS order) from fact rows and document rows of the documents read.

    `facts`: rows of facts.parquet (only annual actuals and targets of known indicators are used);
    `documents`: rows of documents.parquet, duplicates excluded.
    """
    docs = {d["sha256"]: d for d in map(_clean, documents) if not d.get("duplicate_of")}
    # region_key -> year -> the work report of that year; region_key -> other documents
    reports: dict[str, dict[int, str]] = defaultdict(dict)
    others: dict[str, list[str]] = defaultdict(list)
    for sha, d in sorted(docs.items(), key=lambda kv: kv[1]["path"]):
        key = d.get("region_code") or d.get("region")
        if not key or d.get("report_year") is None:
            continue
        if d["doc_kind"] == "work_report":
            reports[key].setdefault(int(d["report_year"]), sha)
        else:
            others[key].append(sha)
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for r in map(_clean, facts):
        if r["kind"] in ("target", "actual") and r["doc_sha256"] in docs and _annual(r):
            by_doc[r["doc_sha256"]].append(_fact(r))
    rows: list[dict[str, Any]] = []
    for key in sorted(set(reports) | set(others)):
        rows += _region_rows(key, reports[key], others[key], docs, by_doc, lex, at_least_plus)
    add_parents(rows)
    rows.sort(key=lambda r: (r["region_code"] or "", r["region"] or "", r["year"], r["metric"], r["measure"]))
    return [{c.name: r.get(c.name) for c in PANEL_COLUMNS} for r in rows]


def _region_rows(
    key: str,
    reports: Mapping[int, str],
    others: list[str],
    docs: Mapping[str, Mapping[str, Any]],
    by_doc: Mapping[str, list[Fact]],
    lex: Lexicon,
    at_least_plus: Decimal | None,
) -> list[dict[str, Any]]:
    years: set[int] = set()
    targets: dict[tuple[int, str, str], Fact] = {}
    for year, sha in reports.items():
        for f in by_doc.get(sha, []):
            if f.kind == "target" and f.period == str(year):
                k = (year, f.metric or "", f.measure)
                if k not in targets or f.start < targets[k].start:
                    targets[k] = f
                years.add(year)
    actual_docs = list(reports.values()) + others
    actuals: dict[tuple[int, str, str], list[Fact]] = defaultdict(list)
    for sha in actual_docs:
        d = docs[sha]
        for f in by_doc.get(sha, []):
            if f.kind != "actual" or f.period is None:
                continue
            y = int(f.period)
            # the review of Y: the report of Y+1, else a later document (not Y's own report)
            if d["doc_kind"] == "work_report" and int(d["report_year"]) != y + 1:
                continue
            if d["doc_kind"] != "work_report" and int(d["report_year"]) <= y:
                continue
            actuals[(y, f.metric or "", f.measure)].append(f)
    rows = []
    for k in sorted(set(targets) | set(actuals)):
        year, metric, measure = k
        t = targets.get(k)
        cands = _first_source(actuals.get(k, []), reports.get(year + 1), docs)
        src = docs[(t or cands[0]).doc]
        row: dict[str, Any] = {
            "region": src.get("region"),
            "region_code": src.get("region_code"),
            "admin_level": src.get("admin_level"),
            "year": year,
            "metric": metric,
            "metric_name": lex.indicators[metric].names[0] if metric in lex.indicators else metric,
            "measure": measure,
            "next_doc": reports.get(year + 1),
        }
        a: Fact | None
        if t is not None:
            audit = audit_facts([t], cands, lex, region=src.get("region") or key, year=year)[0]
            a, outcome, bound = audit.actual, audit.outcome, audit.bound
            row.update(_target_cells(t, docs, at_least_plus))
        else:
            a = min(cands, key=lambda f: (not _plain(f), f.start))
            outcome, bound = "no_target", "floor"
        row["outcome"] = outcome
        either = t if t is not None else a
        row["unit"] = "%" if measure == "growth" else (either.base_unit if either is not None else None)
        if a is not None:
            row.update(_actual_cells(a, docs))
            if t is not None and _plain(a) and a.base_value is not None and t.base_unit == a.base_unit:
                ref = t.base_low if bound == "floor" else t.base_high
                if ref is not None:
                    row["gap"] = float(a.base_value - ref)
        rows.append(row)
    return rows


def _first_source(
    cands: list[Fact], next_report: str | None, docs: Mapping[str, Mapping[str, Any]]
) -> list[Fact]:
    """The actuals of one source: the next year's report if it gives any, else the earliest later review."""
    if not cands:
        return []
    if next_report is not None:
        own = [f for f in cands if f.doc == next_report]
        if own:
            return own
    first = min(cands, key=lambda f: (docs[f.doc]["report_year"], docs[f.doc]["path"]))
    return [f for f in cands if f.doc == first.doc]


def _target_cells(t: Fact, docs: Mapping[str, Mapping[str, Any]], plus: Decimal | None) -> dict[str, Any]:
    return {
        "target_low": _f(t.base_low),
        "target_high": _f(t.base_high),
        "target_qualifier": t.qualifier,
        "target_stretch": _f(t.stretch),
        "target_point": _f(target_point(t, plus)),
        "target_doc": t.doc,
        "target_file": docs[t.doc]["path"],
        "target_start": t.start,
        "target_end": t.end,
        "target_text": t.extra["span_text"],
    }


def _actual_cells(a: Fact, docs: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    return {
        "actual_value": _f(a.base_value),
        "actual_unit": a.base_unit,
        "actual_qualifier": a.qualifier,
        "actual_estimate": bool(a.estimate),
        "actual_doc": a.doc,
        "actual_file": docs[a.doc]["path"],
        "actual_start": a.start,
        "actual_end": a.end,
        "actual_text": a.extra["span_text"],
    }
