"""The supervision report: a plan's standing on a date, as a supervision office writes it up.

`build_report` judges every item of a plan on the as-of date and gathers what the report shows: the
title, the 总体情况 sentence and counts, a paragraph per category (二、工作进展情况), the items behind
schedule or not done and their lead units (三、存在的主要问题), and one row per item for the 完成情况表.
Every figure shown keeps the records it came from: the item's revision, the progress update, and where
those were taken from a document, the document and the characters in it. `write_docx`, `write_xlsx` and
`render_html` write the same report as Word, Excel and one self-contained HTML page; all the words a
reader sees are Chinese.

The period in the title, from the as-of date: 3月31日 一季度, 6月30日 上半年, 9月30日 前三季度,
12月31日 (or any date after the plan's year) 全年, the end of another month 1-5月 (1月 for January),
and a date within a month 截至5月15日.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa

from govtargets.cycle import _report_text as text
from govtargets.cycle._report_data import (
    LIGHT_FILLS,
    TABLE_COLUMNS,
    Figure,
    FollowUp,
    ReportData,
    ReportRow,
    Source,
)
from govtargets.cycle._report_format import cn_date, pct, period_label, target_text
from govtargets.cycle._report_format import latest_text as _latest_text
from govtargets.cycle.judge import Judgement, Rules, is_ceiling, judge, overview, summarize
from govtargets.lexicon import Lexicon
from govtargets.status import Status
from govtargets.store import Item, Progress, Store, StoredDocument, StoreError

__all__ = [
    "ReportData",
    "ReportRow",
    "Figure",
    "Source",
    "FollowUp",
    "LOCAL_TIME",
    "build_report",
    "write_docx",
    "write_xlsx",
    "render_html",
    "period_label",
    "TABLE_COLUMNS",
    "LIGHT_FILLS",
]

# China keeps one offset all year (no summer time since 1991), so a fixed zone is exact and needs no tzdata
LOCAL_TIME = timezone(timedelta(hours=8), "Asia/Shanghai")

# where the records came from


class _Sources:
    """The documents and facts behind items and progress, each read from the store once per report."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._docs: dict[int, StoredDocument | None] = {}
        self._facts: dict[int, dict[int, dict[str, Any]]] = {}  # document id → fact id → fact
        self._fact_doc: dict[int, int | None] = {}

    def document(self, doc_id: int) -> StoredDocument | None:
        if doc_id not in self._docs:
            try:
                self._docs[doc_id] = self.store.document(doc_id)
            except StoreError:
                self._docs[doc_id] = None
        return self._docs[doc_id]

    def fact(self, fact_id: int) -> tuple[StoredDocument, dict[str, Any]] | None:
        if fact_id not in self._fact_doc:
            # the store reads facts by document only; one look-up finds the document a fact belongs to
            facts = self.store.t["facts"]
            with self.store.engine.connect() as conn:
                found = conn.execute(sa.select(facts.c.document_id).where(facts.c.id == fact_id)).scalar()
            self._fact_doc[fact_id] = None if found is None else int(found)
        doc_id = self._fact_doc[fact_id]
        doc = None if doc_id is None else self.document(doc_id)
        if doc is None or doc_id is None:
            return None
        if doc_id not in self._facts:
            self._facts[doc_id] = {f["id"]: f for f in self.store.facts(doc_id)}
        fact = self._facts[doc_id].get(fact_id)
        return None if fact is None else (doc, fact)

    def _located(self, fact_id: int | None) -> dict[str, Any]:
        found = None if fact_id is None else self.fact(fact_id)
        if found is None:
            return {"fact_id": fact_id}
        doc, fact = found
        start, end = fact["start"], fact["end"]
        return {
            "fact_id": fact_id,
            "document_id": doc.id,
            "document": doc.path,
            "start": start,
            "end": end,
            "quote": doc.text[start:end],
        }

    def of_item(self, item: Item) -> Source:
        where = self._located(item.source_fact_id)
        doc = None if item.source_document_id is None else self.document(item.source_document_id)
        if doc is not None and item.source_start is not None and item.source_end is not None:
            where.update(
                document_id=doc.id,
                document=doc.path,
                start=item.source_start,
                end=item.source_end,
                quote=doc.text[item.source_start : item.source_end],
            )
        return Source(
            "item",
            item.id,
            revision=item.rev,
            revision_id=item.revision_id,
            reported_by=item.created_by,
            reported_at=item.created_at,
            **where,
        )

    def of_progress(self, p: Progress) -> Source:
        return Source(
            "progress",
            p.id,
            reported_by=p.unit or p.reported_by,
            reported_at=p.reported_at,
            **self._located(p.source_fact_id),
        )


def _row(number: int, j: Judgement, sources: _Sources, lex: Lexicon | None) -> ReportRow:
    item = j.item
    of_item = sources.of_item(item)
    ceiling = is_ceiling(item, lex)
    target = target_text(item, ceiling=ceiling)
    figures = []
    if target:
        figures.append(Figure("目标值", target, (of_item,)))
    latest = ""
    if j.latest is not None:
        latest = _latest_text(j.latest, item, ceiling=ceiling)
        of_latest = sources.of_progress(j.latest)
        figures.append(Figure("最新进展", latest, (of_latest,)))
        if j.completion_pct is not None:
            figures.append(Figure("完成率", pct(j.completion_pct), (of_latest, of_item)))
    # the share of time elapsed says nothing for a growth or a rate, nor for an item no longer wanted
    rate = item.measure == "growth" or (item.target_unit in ("%", "‰") and j.completion_pct is None)
    schedule = "—" if j.schedule_pct is None or j.status == Status.CANCELLED or rate else pct(j.schedule_pct)
    if schedule != "—":
        figures.append(Figure("序时进度", schedule, (of_item,)))
    return ReportRow(
        number=number,
        judgement=j,
        category=item.category or "其他",
        target=target,
        deadline=item.deadline or ("" if item.due_date is None else cn_date(item.due_date)),
        lead="、".join(item.lead_units),
        co="、".join(item.co_units),
        latest=latest or Status.NOT_REPORTED.value,
        completion="—" if j.completion_pct is None else pct(j.completion_pct),
        schedule=schedule,
        figures=tuple(figures),
    )


def build_report(
    store: Store,
    plan_id: int,
    as_of: date,
    *,
    lex: Lexicon | None = None,
    rules: Rules | None = None,
    office: str | None = None,
    followups: Sequence[FollowUp] | None = None,
    compact: bool | None = None,
    now: datetime | None = None,
) -> ReportData:
    """The report on a plan as it stands on `as_of`: every item judged with `judge` (progress after as_of
    unseen), summarised, written up in Chinese, each figure traced to its records.

    `lex` tells the judgement which indicators are cumulative and which are ceilings (CPI, unemployment);
    without it only each item's own fields decide. `office` signs the report (default: 某市人民政府督查室);
    `followups` are the 预警 and 催办 records 下一步工作建议 counts (default: the 催办 stored in the
    items' lifecycle steps); `compact` (default: from
    text.COMPACT_FROM items) details only the problem items; `now` is when it was made (default: now, in
    Asia/Shanghai time).
    """
    plan = store.plan(plan_id)
    items = store.items(plan_id)
    rules = rules or Rules()
    judgements = judge(items, store.progress(plan_id), as_of, plan.year, lex=lex, rules=rules)
    summary = summarize(judgements, as_of)
    sources = _Sources(store)
    rows = tuple(_row(n, j, sources, lex) for n, j in enumerate(judgements, 1))
    period = period_label(as_of, plan.year)
    compact = len(rows) >= text.COMPACT_FROM if compact is None else compact
    problems, units = text.problems(rows, as_of, compact=compact)
    return ReportData(
        plan=plan,
        as_of=as_of,
        generated_at=(now or datetime.now(LOCAL_TIME)).astimezone(LOCAL_TIME),
        rules=rules,
        items=tuple(items),
        judgements=tuple(judgements),
        summary=summary,
        overview=overview(summary, subject=f"{plan.region}《政府工作报告》任务分解表"),
        rows=rows,
        title=f"关于{plan.year}年{period}《政府工作报告》任务指标完成情况的报告",
        period=period,
        intro=text.intro(plan, as_of, summary),
        progress=text.progress(rows, compact=compact),
        problems=problems,
        problem_units=units,
        rules_note=text.rules_note(rules),
        suggestions=text.suggestions(
            rows,
            as_of,
            stored_followups(store, plan_id, as_of) if followups is None else followups,
            compact=compact,
        ),
        office=office or f"{plan.region}人民政府督查室",
        compact=compact,
    )


# The writers import python-docx, openpyxl and Jinja2 when a report is written, not when this module loads.


def write_docx(report: ReportData, path: str) -> None:
    """The report as a Word document: A4, 仿宋 body, the 完成情况表 on landscape pages."""
    from govtargets.cycle._report_docx import write_docx as write

    write(report, path)


def write_xlsx(report: ReportData, path: str) -> None:
    """The report as a workbook: sheets 完成情况表, 总体情况 and 来源."""
    from govtargets.cycle._report_xlsx import write_xlsx as write

    write(report, path)


def render_html(report: ReportData) -> str:
    """The report as one self-contained HTML page (inline CSS, no scripts, no external resources)."""
    from govtargets.cycle._report_html import render_html as render

    return render(report)


def stored_followups(store: Store, plan_id: int, as_of: date) -> list[FollowUp]:
    """The 催办 sent on the plan's items up to as_of, from their lifecycle steps (govtargets.cycle.lifecycle),
    each answered if the unit has replied to it: what 下一步工作建议 counts."""
    out = []
    for item_id, events in store.plan_events(plan_id).items():
        replied = {e.ref_id for e in events if e.kind == "reply" and e.ref_id is not None}
        for e in events:
            if e.kind == "urge" and e.at.date() <= as_of:
                out.append(FollowUp("催办", item_id, e.unit or "", e.at, e.id in replied))
    return out
