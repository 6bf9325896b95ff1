"""考评: each unit's record on a plan, computed from the data, with every rule written here and nowhere else.

The rules (`ScoreRules` holds the numbers; `RULES_TEXT` says the same in the office's words):

- **Whose item.** An item counts for its first lead unit (牵头单位), as in the dashboard's standings; co-units
  are not scored. Cancelled items (取消) are left out.
- **Due.** An item is due by the as-of date when its due date (完成时限 read as a date; else the year's end)
  is on or before it.
- **按时完成率.** Of the items due, the share done by their due date. Done on a date: the date its 办结 was
  confirmed when the lifecycle gives one, else the as-of date of the first report of 完成 (a unit's
  `completed` report). None when nothing is due yet.
- **完成率.** The share of the unit's items judged 完成 on the as-of date.
- **序时达标率.** The share judged 完成 or 序时推进 (on schedule or done).
- **平均进度.** The mean completion % of the items that have one (capped at 100).
- **滞后.** The items judged 滞后, 部分完成 or 未完成, and their mean lag in percentage points.
- **办结率.** Of the items due, the share whose 办结 was confirmed by the as-of date.
- **催办次数.** 催办 sent on the unit's items up to the as-of date.
- **综合得分 (0–100).** 按时完成率 × 40 + 序时达标率 × 40 + 办结率 × 20, over the weights of the rates that
  exist (a rate that is None, such as 按时完成率 before anything is due, or 办结率 without lifecycle data,
  leaves its weight out and the others are scaled to 100); less 2 points per 催办, at most 10. Units are
  ranked by it, ties sharing a rank.

办结 and 催办 come from the item lifecycle (交办 → 签收 → … → 办结, 催办), kept by another part of the store:
they enter here as `LifecycleCounts`, and `lifecycle_counts` reads them from the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from govtargets.cycle.judge import Judgement, due_date_of, judge
from govtargets.cycle.rank import rank_units
from govtargets.lexicon import load_lexicon
from govtargets.status import PROBLEMS, Reported, Status
from govtargets.store import Progress, Store

__all__ = [
    "ScoreRules",
    "RULES_TEXT",
    "LifecycleCounts",
    "UnitScore",
    "unit_scores",
    "plan_scores",
    "lifecycle_counts",
]

_HUNDRED = Decimal(100)
_DONE_CODES = {Reported.COMPLETED.value, Reported.DONE.value}


@dataclass(frozen=True, slots=True)
class ScoreRules:
    """The weights of 综合得分 and the 催办 deduction (see the module's docstring)."""

    on_time_weight: Decimal = Decimal(40)
    schedule_weight: Decimal = Decimal(40)
    closed_weight: Decimal = Decimal(20)
    urge_points: Decimal = Decimal(2)
    urge_points_max: Decimal = Decimal(10)


RULES_TEXT = (
    "每个事项计入其第一牵头单位，配合单位不计分，已取消事项不计。",
    "到期事项：完成时限（未写明的按年底）在统计日期当日或之前的事项。",
    "按时完成率：到期事项中在完成时限前完成的比例（以办结确认日期为准，未接入办结数据时以首次报送“完成”的日期为准）。",
    "完成率：判定为“完成”的事项占比；序时达标率：判定为“完成”或“序时推进”的事项占比。",
    "滞后事项：判定为“滞后”“部分完成”“未完成”的事项；平均滞后为其滞后百分点的平均数。",
    "办结率：到期事项中已确认办结的比例；催办次数：统计日期前对该单位事项的催办次数。",
    "综合得分（百分制）：按时完成率×40＋序时达标率×40＋办结率×20，无法计算的比率不计其权重、其余按比例折算为百分制；"
    "每次催办扣2分，最多扣10分。得分相同的并列。",
)


@dataclass(frozen=True, slots=True)
class LifecycleCounts:
    """What the item lifecycle knows for scoring: when each item's 办结 was confirmed, and the dates of the
    催办 sent on it. An item without an entry has none."""

    closed: Mapping[int, date] = field(default_factory=dict)  # item id → date its 办结 was confirmed
    urged: Mapping[int, Sequence[date]] = field(default_factory=dict)  # item id → dates of its 催办


@dataclass(frozen=True, slots=True)
class UnitScore:
    """One unit's record on a plan on a date; rates are shares from 0 to 1 (None: nothing to divide by)."""

    unit: str
    items: int
    due: int
    on_time: int
    completed: int
    on_schedule: int
    lagging: int
    closed: int
    urged: int
    on_time_rate: Decimal | None
    completion_rate: Decimal | None
    schedule_rate: Decimal | None
    closed_rate: Decimal | None
    mean_completion: Decimal | None  # %
    mean_lag: Decimal | None  # percentage points
    score: Decimal | None
    rank: int | None = None
    tied: bool = False


def _share(n: int, d: int) -> Decimal | None:
    return (Decimal(n) / Decimal(d)).quantize(Decimal("0.0001")) if d else None


def _mean(xs: Sequence[Decimal]) -> Decimal | None:
    return (sum(xs, Decimal(0)) / len(xs)).quantize(Decimal("0.1")) if xs else None


def _done_on(reports: Sequence[Progress]) -> date | None:
    """The as-of date of the first report of 完成 (reports oldest first, corrections already applied)."""
    return next((p.as_of for p in reports if p.status in _DONE_CODES), None)


def _score(
    on_time: Decimal | None, schedule: Decimal | None, closed: Decimal | None, urged: int, rules: ScoreRules
) -> Decimal | None:
    parts = [
        (rate, weight)
        for rate, weight in (
            (on_time, rules.on_time_weight),
            (schedule, rules.schedule_weight),
            (closed, rules.closed_weight),
        )
        if rate is not None
    ]
    if not parts:
        return None
    total = sum((w for _, w in parts), Decimal(0))
    raw = sum((r * w for r, w in parts), Decimal(0)) / total * _HUNDRED
    deduction = min(rules.urge_points * urged, rules.urge_points_max)
    return max(raw - deduction, Decimal(0)).quantize(Decimal("0.1"))


def unit_scores(
    judgements: Sequence[Judgement],
    progress: Mapping[int, Sequence[Progress]],
    as_of: date,
    year: int,
    *,
    lifecycle: LifecycleCounts | None = None,
    rules: ScoreRules | None = None,
) -> list[UnitScore]:
    """Every lead unit's record, ranked by 综合得分 (best first; ties share a rank; no score last).

    Without `lifecycle` (None), 办结率 is None and 办结/催办 count 0: the score is made of what exists."""
    rules = rules or ScoreRules()
    by_unit: dict[str, list[Judgement]] = {}
    for j in judgements:
        if j.item.lead_units and j.status != Status.CANCELLED:
            by_unit.setdefault(j.item.lead_units[0], []).append(j)
    scored: dict[str, UnitScore] = {}
    for unit, js in by_unit.items():
        due = on_time = closed = urged = 0
        for j in js:
            item = j.item
            deadline = item.due_date or due_date_of(item.deadline, year) or date(year, 12, 31)
            closed_on = lifecycle.closed.get(item.id) if lifecycle else None
            if closed_on is not None and closed_on > as_of:
                closed_on = None
            if lifecycle:
                urged += sum(1 for d in lifecycle.urged.get(item.id, ()) if d <= as_of)
            if deadline > as_of:
                continue
            due += 1
            closed += closed_on is not None
            done_on = closed_on or _done_on(progress.get(item.id, ()))
            on_time += done_on is not None and done_on <= deadline
        completed = sum(j.status == Status.COMPLETED for j in js)
        on_schedule = sum(j.on_schedule for j in js)
        lagging = [j for j in js if j.status in PROBLEMS]
        on_time_rate = _share(on_time, due)
        schedule_rate = _share(on_schedule, len(js))
        closed_rate = _share(closed, due) if lifecycle is not None else None
        scored[unit] = UnitScore(
            unit=unit,
            items=len(js),
            due=due,
            on_time=on_time,
            completed=completed,
            on_schedule=on_schedule,
            lagging=len(lagging),
            closed=closed,
            urged=urged,
            on_time_rate=on_time_rate,
            completion_rate=_share(completed, len(js)),
            schedule_rate=schedule_rate,
            closed_rate=closed_rate,
            mean_completion=_mean(
                [min(j.completion_pct, _HUNDRED) for j in js if j.completion_pct is not None]
            ),
            mean_lag=_mean([j.lag_pp for j in lagging if j.lag_pp is not None]),
            score=_score(on_time_rate, schedule_rate, closed_rate, urged, rules),
        )
    ranked = rank_units((u, s.score) for u, s in sorted(scored.items()))
    return [replace(scored[r.unit], rank=r.rank, tied=r.tied) for r in ranked]


def lifecycle_counts(store: Store, plan_id: int) -> LifecycleCounts | None:
    """办结 and 催办 of the plan's items from their lifecycle steps (govtargets.cycle.lifecycle): an item's
    办结 is the date the office confirmed it (审核办结, or 销号 without one); each 催办 counts on its date.
    None for a plan run without the 督办 steps (no item has any): 办结率 is then unknown, not zero."""
    closed: dict[int, date] = {}
    urged: dict[int, list[date]] = {}
    events_by_item = store.plan_events(plan_id)
    if not events_by_item:
        return None
    for item_id, events in events_by_item.items():
        for e in events:  # oldest first
            if e.kind in ("approve", "close") and item_id not in closed:
                closed[item_id] = e.at.date()
            elif e.kind == "urge":
                urged.setdefault(item_id, []).append(e.at.date())
    return LifecycleCounts(closed=closed, urged=urged)


def plan_scores(
    store: Store,
    plan_id: int,
    as_of: date,
    *,
    lifecycle: LifecycleCounts | None = None,
    rules: ScoreRules | None = None,
) -> list[UnitScore]:
    """The plan's units ranked on as_of, from the store: what the ranking page and the report call."""
    plan = store.plan(plan_id)
    items = store.items(plan_id)
    progress = store.progress(plan_id)
    judgements = judge(items, progress, as_of, plan.year, lex=load_lexicon())
    if lifecycle is None:
        lifecycle = lifecycle_counts(store, plan_id)
    return unit_scores(judgements, progress, as_of, plan.year, lifecycle=lifecycle, rules=rules)
