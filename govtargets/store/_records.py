"""The store's records: what goes in (drafts) and what comes out (with ids, revisions and who did it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

__all__ = ["ItemDraft", "Item", "ProgressDraft", "Progress", "Plan", "StoredDocument", "AuditEntry"]


@dataclass(frozen=True, slots=True)
class ItemDraft:
    """A plan item as a report, a notice, a spreadsheet or a person gives it.

    kind is "indicator" (a main indicator's target: metric and measure set) or "task" (a commitment, possibly
    with a quantified target). Units are names; the first lead unit is the 牵头单位.
    """

    kind: str
    text: str
    name: str | None = None  # short name for lists (北湖公园改造); the text's first clause if not given
    category: str | None = None
    metric: str | None = None
    measure: str | None = None  # level | growth, for an indicator or a quantified task
    target_value: Decimal | None = None
    target_low: Decimal | None = None
    target_high: Decimal | None = None
    target_unit: str | None = None
    qualifier: str | None = None  # exact | about | at_least | at_most | range
    deadline: str | None = None
    due_date: date | None = None
    minsheng: bool = False
    lead_units: tuple[str, ...] = ()
    co_units: tuple[str, ...] = ()
    source_fact_id: int | None = None
    source_document_id: int | None = None
    source_start: int | None = None
    source_end: int | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Item(ItemDraft):
    """A plan item as it stands now: its latest revision."""

    id: int = 0
    plan_id: int = 0
    seq: int = 0
    rev: int = 0
    revision_id: int = 0
    created_at: datetime | None = None
    created_by: str = ""

    @property
    def units(self) -> tuple[str, ...]:
        return self.lead_units + self.co_units

    @property
    def short_name(self) -> str:
        """The name for lists: `name`, else the text's first clause, cut only where a word ends.

        >>> Item("task", "推进城市更新行动，力争达到120个小区").short_name
        '推进城市更新行动'
        >>> Item("task", "全面完成城区老旧供水管网改造和二次供水设施提标改造工程力争达到120公里").short_name
        '全面完成城区老旧供水管网改造和二次供水设施提标改造工程力争达到120公里'
        >>> Item("task", "加快建设、改造、提升" + "城乡公共文化设施" * 6).short_name
        '加快建设、改造、…'
        """
        if self.name:
            return self.name
        head = self.text.split("，")[0].split("。")[0].split("；")[0].strip()
        return clip_name(head)


@dataclass(frozen=True, slots=True)
class ProgressDraft:
    """One progress report on an item: a cumulative value, a completion %, a growth, or a status and note."""

    as_of: date
    period: str | None = None
    value: Decimal | None = None
    completion_pct: Decimal | None = None
    growth: Decimal | None = None
    status: str | None = None  # completed | cancelled | partly_met | not_met | on_schedule | behind
    narrative: str | None = None
    evidence: tuple[str, ...] = ()
    unit: str | None = None
    source_fact_id: int | None = None
    match_score: float | None = None
    supersedes_id: int | None = None


@dataclass(frozen=True, slots=True)
class Progress(ProgressDraft):
    id: int = 0
    item_id: int = 0
    reported_by: str = ""
    reported_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    id: int
    region: str
    year: int
    title: str
    source_document_id: int | None
    created_at: datetime
    created_by: str


@dataclass(frozen=True, slots=True)
class StoredDocument:
    id: int
    sha256: str
    path: str
    title: str | None
    region: str | None
    admin_level: str | None
    report_year: int | None
    doc_kind: str | None
    text: str


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    old_value: Any
    new_value: Any
    extra: dict[str, Any] = field(default_factory=dict)


_NAME_ROOM = 48  # a clause up to this long is shown whole: a cut word misleads more than a long name
_NAME_BREAKS = "、；：（ "  # a name may be cut after one of these (before （)


def clip_name(head: str, room: int = _NAME_ROOM) -> str:
    """`head` whole when it fits in `room`, else cut after its last list comma (or before a bracket) within
    `room`, never inside a word or a number: a clause without such a place is kept whole.

    >>> clip_name("新建改扩建中小学校5所"), clip_name("甲、乙、丙丁戊己庚", room=6)
    ('新建改扩建中小学校5所', '甲、乙、…')
    """
    if len(head) <= room:
        return head
    cut = max(head.rfind(c, 0, room) for c in _NAME_BREAKS)
    if cut <= 0:
        return head
    return head[: cut + (0 if head[cut] in "（ " else 1)] + "…"
