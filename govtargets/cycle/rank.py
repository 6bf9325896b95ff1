"""Rankings as a supervision office draws them: regions by the growth of each indicator, plan units by
completion.

Regions are ranked on each indicator's growth actual (增速排名: 增速均居全市第二): higher is better unless
the indicator's lexicon entry says `better: lower` (CPI, unemployment, energy use). Equal figures share a
rank and the next rank skips (1, 2, 2, 4: 并列第二); regions without a figure come last as 无数据. One period
is ranked per indicator: the year asked for, or else the period most regions report.

>>> units = rank_units([("发改委", 95), ("财政局", "102.5"), ("商务局", 95), ("统计局", None)])
>>> [(u.rank, u.unit, u.tied) for u in units]
[(1, '财政局', False), (2, '发改委', True), (2, '商务局', True), (None, '统计局', False)]
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from govtargets._model import Fact, number_out
from govtargets.cycle.audit import as_documents, describe, fmt_decimal
from govtargets.extract import extract_facts
from govtargets.ingest import Document
from govtargets.lexicon import Lexicon

__all__ = ["RANK_COLUMNS", "RankRow", "UnitRank", "rank_facts", "rank_regions", "rank_table", "rank_units"]

RANK_COLUMNS = ["指标", "期间", "名次", "地区", "增速", "原文"]
NO_DATA = "无数据"


@dataclass(frozen=True, slots=True)
class RankRow:
    """A region's place on one indicator. rank is None where the region gives no figure (无数据)."""

    metric: str
    name: str  # the indicator's display name (lexicon names[0])
    period: str | None
    rank: int | None
    region: str
    value: Decimal | None  # growth, in %
    tied: bool = False
    fact: Fact | None = None
    text: str = ""  # the fact's span as written
    of: int = 0  # how many regions have a figure

    @property
    def rank_text(self) -> str:
        if self.rank is None:
            return NO_DATA
        return f"{self.rank}（并列）" if self.tied else str(self.rank)

    def to_dict(self) -> dict[str, Any]:
        f = self.fact
        return {
            "metric": self.metric,
            "name": self.name,
            "period": self.period,
            "rank": self.rank,
            "rank_text": self.rank_text,
            "tied": self.tied,
            "of": self.of,
            "region": self.region,
            "value": number_out(self.value),
            "doc": f.doc if f else None,
            "start": f.start if f else None,
            "end": f.end if f else None,
            "text": self.text,
            "quote": f.quote if f else None,
        }


@dataclass(frozen=True, slots=True)
class UnitRank:
    """A plan unit's place by completion (% of its target). rank is None where it reported nothing."""

    rank: int | None
    unit: str
    completion: Decimal | None
    tied: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "unit": self.unit,
            "completion": number_out(self.completion),
            "tied": self.tied,
        }


def _decimal(x: object) -> Decimal | None:
    if x is None or x == "":
        return None
    try:
        d = Decimal(str(x))
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def _competition(values: Sequence[Decimal], lower_better: bool) -> list[tuple[int, bool]]:
    """(rank, tied) per value: equal values share a rank, the next rank skips (1, 2, 2, 4)."""
    counts = Counter(values)
    out = []
    for v in values:
        better = sum(n for w, n in counts.items() if (w < v if lower_better else w > v))
        out.append((better + 1, counts[v] > 1))
    return out


def rank_units(pairs: Iterable[tuple[str, object]]) -> list[UnitRank]:
    """Plan units ranked by completion (higher first); ties share a rank; units without a figure last.

    `pairs` are (unit, completion %) with the completion a number, a numeric string or None. Units of equal
    rank keep the order they were given in.
    """
    items = [(unit, _decimal(c)) for unit, c in pairs]
    known = [(u, c) for u, c in items if c is not None]
    ranks = _competition([c for _, c in known], lower_better=False)
    ranked = sorted(
        (UnitRank(r, u, c, tied) for (u, c), (r, tied) in zip(known, ranks, strict=True)),
        key=lambda x: x.rank or 0,
    )
    return ranked + [UnitRank(None, u, None) for u, c in items if c is None]


def _plain_growth(f: Fact, metric: str) -> bool:
    return (
        f.kind == "actual"
        and f.metric == metric
        and f.measure == "growth"
        and f.qualifier in ("exact", "about")
        and f.base_value is not None
        and not f.extra.get("multi_year")
    )


def rank_facts(
    facts_by_region: Mapping[str, Iterable[Fact]],
    lex: Lexicon,
    *,
    metrics: Sequence[str] | None = None,
    year: int | str | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[RankRow]:
    """Rank the regions on each metric's growth actual; pure over facts.

    metrics: the indicator ids to rank (default: every indicator some region gives a growth figure for,
    in lexicon order). year: the period to rank (default per indicator: the period most regions report).
    Where a region states a figure more than once, its first statement counts.
    """
    texts = texts or {}
    facts = {region: list(fs) for region, fs in facts_by_region.items()}
    if metrics is None:
        found = {f.metric for fs in facts.values() for f in fs if f.metric and _plain_growth(f, f.metric)}
        metrics = [m for m in lex.indicators if m in found]
    rows: list[RankRow] = []
    for metric in metrics:
        candidates = {
            region: sorted((f for f in fs if _plain_growth(f, metric)), key=lambda f: f.start)
            for region, fs in facts.items()
        }
        periods = Counter(p for fs in candidates.values() for p in {f.period for f in fs})
        if year is not None:
            period: str | None = str(year)
        elif periods:
            period = max(periods, key=lambda p: (periods[p], p or ""))
        else:
            period = None
        chosen: dict[str, Fact] = {}
        for region, fs in candidates.items():
            for f in fs:
                if f.period == period:
                    chosen[region] = f
                    break
        ind = lex.indicators.get(metric)
        name = ind.names[0] if ind else metric
        lower = ind is not None and ind.better == "lower"
        regions = sorted(chosen)
        values = [chosen[r].base_value for r in regions]
        ranks = _competition([v for v in values if v is not None], lower)
        ranked = [
            RankRow(
                metric,
                name,
                period,
                rank,
                region,
                chosen[region].base_value,
                tied,
                chosen[region],
                _span(texts, chosen[region]),
                len(regions),
            )
            for region, (rank, tied) in zip(regions, ranks, strict=True)
        ]
        ranked.sort(key=lambda r: (r.rank or 0, r.region))
        rows += ranked
        rows += [
            RankRow(metric, name, period, None, region, None, of=len(regions))
            for region in sorted(facts)
            if region not in chosen
        ]
    return rows


def _span(texts: Mapping[str, str], f: Fact) -> str:
    text = texts.get(f.doc)
    return text[f.start : f.end] if text is not None else ""


def rank_regions(
    paths_or_docs: Iterable[str | os.PathLike[str] | Document],
    lex: Lexicon,
    *,
    metrics: Sequence[str] | None = None,
    year: int | str | None = None,
) -> list[RankRow]:
    """Rank the regions of the given documents (one report a region; the first one read counts) on the
    growth actuals they report. See `rank_facts` for metrics and year."""
    by_region: dict[str, Document] = {}
    for doc in as_documents(paths_or_docs):
        if doc.region and doc.doc_kind != "task_assignment":
            by_region.setdefault(doc.region, doc)
    facts: dict[str, list[Fact]] = defaultdict(list)
    texts: dict[str, str] = {}
    for region, doc in by_region.items():
        facts[region] = [f for f in extract_facts(doc, lex, dedupe=False) if f.kind == "actual"]
        texts[doc.path] = doc.text
    return rank_facts(facts, lex, metrics=metrics, year=year, texts=texts)


def rank_table(rows: Iterable[RankRow]) -> list[list[str]]:
    """Rows for display, the header first: 指标, 期间, 名次, 地区, 增速, 原文."""
    table = [list(RANK_COLUMNS)]
    for r in rows:
        value = ""
        if r.fact is not None:
            value = describe(r.fact)
        elif r.value is not None:
            value = f"{fmt_decimal(r.value)}%"
        table.append(
            [r.name, r.period or "", r.rank_text, r.region, value, r.text or (r.fact.quote if r.fact else "")]
        )
    return table
