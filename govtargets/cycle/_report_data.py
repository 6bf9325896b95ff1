"""What the supervision report shows, computed once: the records the writers (.docx, .xlsx, HTML) lay out.

Apart from govtargets/cycle/report.py, which builds them, so that the writers import the records and the
report imports the writers, one way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime

from govtargets.cycle._report_format import cn_date
from govtargets.cycle.judge import Judgement, Rules, Summary
from govtargets.status import STATUSES
from govtargets.store import Item, Plan

__all__ = ["TABLE_COLUMNS", "LIGHT_FILLS", "Source", "Figure", "ReportRow", "ReportData", "FollowUp"]

TABLE_COLUMNS = (  # the 完成情况表
    "序号",
    "类别",
    "任务内容",
    "指标/目标值",
    "完成时限",
    "牵头单位",
    "责任单位",
    "最新进展",
    "完成率",
    "序时进度",
    "状态",
    "来源",
)
LIGHT_FILLS = {"green": "C6EFCE", "yellow": "FFEB9C", "red": "FFC7CE", "grey": "D9D9D9"}  # as Excel's own


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A 预警 or 催办 on an item, as the report's 下一步工作建议 counts it. The hook for the item lifecycle's
    records: whoever stores them passes them to `build_report(followups=...)`; the report only reads."""

    kind: str  # 预警 | 催办 | 批示 …, as shown
    item_id: int
    unit: str = ""
    at: datetime | None = None
    answered: bool = False


@dataclass(frozen=True, slots=True)
class Source:
    """One record behind a figure: a plan item's revision or a progress update, and where that record was
    taken from a document, the document and its characters (`document text[start:end] == quote`)."""

    record: str  # item | progress
    record_id: int  # the item's id or the progress update's id
    revision: int | None = None  # the item's revision number
    revision_id: int | None = None
    reported_by: str = ""
    reported_at: datetime | None = None
    fact_id: int | None = None
    document_id: int | None = None
    document: str | None = None  # the document's path as stored
    start: int | None = None
    end: int | None = None
    quote: str | None = None

    @property
    def record_label(self) -> str:
        """事项 #3 第2版, or 进展报送 #12."""
        if self.record == "item":
            return f"事项 #{self.record_id} 第{self.revision}版"
        return f"进展报送 #{self.record_id}"

    @property
    def location(self) -> str:
        """青溪县2024年政府工作报告.txt 第675–689字, or '' when the record was not taken from a document."""
        if self.document is None or self.start is None or self.end is None:
            return ""
        return f"{os.path.basename(self.document)} 第{self.start}–{self.end}字"


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as the report shows it (目标值, 最新进展, 完成率, 序时进度) and the records it comes from."""

    label: str
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One row of the 完成情况表, every cell as shown."""

    number: int
    judgement: Judgement
    category: str
    target: str  # 指标/目标值: 增长6.5%左右, 500亿元以上, 5所; '' for a task without a figure
    deadline: str
    lead: str
    co: str
    latest: str  # 6月30日：238亿元；narrative
    completion: str  # 47.6%, or —
    schedule: str  # 50%, or —
    figures: tuple[Figure, ...]

    @property
    def item(self) -> Item:
        return self.judgement.item

    @property
    def status(self) -> str:
        return self.judgement.status

    @property
    def light(self) -> str:
        return self.judgement.light

    def cells(self) -> tuple[int | str, ...]:
        """The row of the 完成情况表 as the .docx and .xlsx writers lay it out, one value per TABLE_COLUMNS;
        the number is a number, a task without a figure or a deadline has ''."""
        return (
            self.number,
            self.category,
            self.item.text,
            self.target,
            self.deadline,
            self.lead,
            self.co,
            self.latest,
            self.completion,
            self.schedule,
            str(self.status),
            self.source,
        )

    @property
    def source(self) -> str:
        """The 来源 cell: the document span of the item and of its latest progress, else the record ids."""
        lines: list[str] = []
        for f in self.figures:
            for s in f.sources:
                if s.record == "progress":
                    line = f"{s.record_label}（{s.location}）" if s.location else s.record_label
                else:
                    line = s.location
                if line and line not in lines:
                    lines.append(line)
        return "\n".join(lines) or f"事项 #{self.item.id} 第{self.item.rev}版"


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything the report shows, computed once; the writers only lay it out."""

    plan: Plan
    as_of: date
    generated_at: datetime
    rules: Rules
    items: tuple[Item, ...]
    judgements: tuple[Judgement, ...]
    summary: Summary
    overview: str  # the 总体情况 sentence, exactly as `overview()` gives it
    rows: tuple[ReportRow, ...]
    title: str
    period: str  # 上半年, 1-5月, 截至5月15日 …
    intro: str
    progress: tuple[tuple[str, str], ...]  # (（一）经济发展, its paragraph), in plan order
    problems: tuple[str, ...]  # 一是…, 二是…
    problem_units: tuple[tuple[str, int], ...]  # lead units with items behind or not done, and how many
    rules_note: str  # the thresholds in words
    suggestions: tuple[str, ...] = ()  # 四、下一步工作建议: 一是…, 二是…
    office: str = ""  # the 落款: who writes the report
    compact: bool = False  # a large plan: only problem items in detail, the rest in the table

    @property
    def signed_text(self) -> str:
        """The 落款's date: the day the report was made, in the office's time zone."""
        return cn_date(self.generated_at.date())

    @property
    def as_of_text(self) -> str:
        return cn_date(self.as_of)

    @property
    def generated_text(self) -> str:
        g = self.generated_at
        return f"{cn_date(g.date())} {g.hour:02d}:{g.minute:02d}"

    @property
    def table_title(self) -> str:
        return (
            f"{self.plan.year}年{self.plan.region}《政府工作报告》任务指标完成情况表（截至{self.as_of_text}）"
        )

    def status_counts(self) -> list[tuple[str, int, int]]:
        """(status, indicators, tasks) for every status, in the order of STATUSES."""
        s = self.summary
        return [(st, len(s.indicators.get(st, [])), len(s.tasks.get(st, []))) for st in STATUSES]
