"""Progress reports as the progress pages and the JSON API take them: which items a user may see, the
reports on an item and their corrections, a report drafted from what a person filled in, and the rows of
the progress list. Shared by routes_progress.py and api.py; route modules only route.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from fastapi import HTTPException, Request

from govtargets.bounds import parse_number
from govtargets.cycle.judge import Judgement
from govtargets.cycle.plans import target_text
from govtargets.status import OFFICE_ONLY, Reported
from govtargets.store import Item, Plan, Progress, ProgressDraft, StaleEdit, Store, User, get_user
from govtargets.web.cache import cached
from govtargets.web.plan_state import judged_plan
from govtargets.web.security import can_read_item

__all__ = [
    "STATUS_CHOICES",
    "STATUS_NAMES",
    "UNIT_STATUS_CHOICES",
    "Row",
    "scoped_item",
    "item_reports",
    "corrected_by",
    "display_name",
    "save_report",
    "draft_from",
    "progress_rows",
    "target_of",
    "size_text",
    "fmt",
]

STATUS_CHOICES = Reported.choices()  # what a unit may report, (code, word)
STATUS_NAMES = {r.value: r.label for r in Reported}  # every reported code → the word shown
# what a unit itself may report: 完成 and 取消 only through the office (办结申请 → 审核; 取消 by the office)
UNIT_STATUS_CHOICES = [
    (code, word) for code, word in STATUS_CHOICES if code not in {s.value for s in OFFICE_ONLY}
]


def scoped_item(store: Store, user: User, item_id: int) -> Item:
    """The item, if the user may read it; else 404 (an item outside a reporter's unit does not exist)."""
    history = store.item_history(item_id)
    if not history or not can_read_item(user, history[-1]):
        raise HTTPException(404, "未找到该事项")
    return history[-1]


def item_reports(store: Store, item_id: int) -> list[Progress]:
    """Every report on the item, superseded ones too, in the order they were entered."""
    return store.item_progress(item_id)


def corrected_by(reports: list[Progress]) -> dict[int, Progress]:
    """Superseded report id → the report that corrects it."""
    return {p.supersedes_id: p for p in reports if p.supersedes_id is not None}


def display_name(store: Store, username: str) -> str:
    who = get_user(store, username)
    return who.display_name if who else username


def save_report(store: Store, user: User, item: Item, draft: ProgressDraft) -> int:
    """Add the report as the user; a correction of a report that is not this item's is 422, of a report
    someone corrected already 409 (with who did). A unit may not report 完成 or 取消 itself: 完成 is the
    office's confirmation of its 办结申请, 取消 the office's decision (govtargets.cycle.lifecycle)."""
    if user.role == "reporter" and draft.status in {s.value for s in OFFICE_ONLY}:
        raise HTTPException(422, "完成须经督查室审核确认，请在“督办流程”中提交办结申请；取消由督查室办理")
    if draft.supersedes_id is not None:
        reports = {p.id: p for p in item_reports(store, item.id)}
        if draft.supersedes_id not in reports:
            raise HTTPException(422, "要更正的进展记录不属于该事项")
    try:
        return store.add_progress(item.id, draft, actor=user.username)
    except (StaleEdit, sa.exc.IntegrityError):
        pass
    done = corrected_by(item_reports(store, item.id)).get(draft.supersedes_id or -1)
    who = display_name(store, done.reported_by) if done else "他人"
    raise HTTPException(409, f"该条进展已被{who}更正，请刷新后在最新记录上更正")


def draft_from(
    *,
    user: User,
    as_of: str | date | None,
    value: Any,
    completion_pct: Any,
    growth: Any,
    status: str | None,
    narrative: str | None,
    supersedes_id: int | None,
    evidence: tuple[str, ...] = (),
) -> ProgressDraft:
    """A report from what a person filled in; HTTPException(422) with every problem in Chinese."""
    errors = []
    day: date | None = None
    if isinstance(as_of, date):
        day = as_of
    elif not as_of:
        errors.append("请填写截至日期")
    else:
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            errors.append(f"截至日期“{as_of}”有误，应为“2024-06-30”的格式")
    if day is not None and day > date.today():
        errors.append("截至日期不能晚于今天")
    numbers: dict[str, Decimal | None] = {}
    for key, label, raw in (
        ("value", "累计完成值", value),
        ("completion_pct", "完成率(%)", completion_pct),
        ("growth", "增速(%)", growth),
    ):
        try:
            numbers[key] = parse_number(raw, label, field=key)
        except ValueError as e:
            errors.append(str(e))
            numbers[key] = None
    status = (status or "").strip() or None
    if status is not None and status not in dict(STATUS_CHOICES):
        errors.append("状态无效")
    narrative = (narrative or "").strip() or None
    if narrative is not None and len(narrative) > 5000:
        errors.append("进展情况不能超过5000字")
    if status == Reported.CANCELLED and not narrative:
        errors.append("状态为“取消”时，请在进展情况中写明取消的原因和批准依据")
    if not errors and not any((*numbers.values(), status, narrative, evidence)):
        errors.append("请至少填写累计完成值、完成率、增速、状态或进展情况中的一项")
    if errors:
        raise HTTPException(422, "；".join(errors))
    assert day is not None
    return ProgressDraft(
        as_of=day,
        status=status,
        narrative=narrative,
        evidence=evidence,
        unit=user.unit if user.role == "reporter" else None,
        supersedes_id=supersedes_id,
        value=numbers["value"],
        completion_pct=numbers["completion_pct"],
        growth=numbers["growth"],
    )


@dataclass(frozen=True, slots=True)
class Row:
    plan: Plan
    item: Item
    target: str
    judgement: Judgement


def progress_rows(request: Request, plan: Plan, today: date) -> list[Row]:
    """Every item of the plan with its target and its judgement on that day (cached by data version)."""

    def make() -> list[Row]:
        judged = judged_plan(request, plan, today)
        return [Row(plan, j.item, target_of(j.item), j) for j in judged.judgements]

    return cached(request, ("progress-rows", plan.id, today), make)


def target_of(i: Item) -> str:
    return target_text(i.measure, i.target_value, i.target_low, i.target_high, i.target_unit, i.qualifier)


def size_text(n: int) -> str:
    """A file size as the pages show it: 812 字节, 2.0 KB, 3.4 MB."""
    if n < 1024:
        return f"{n} 字节"
    return f"{n / 1024:.1f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def fmt(v: Decimal | None) -> str:
    return "" if v is None else format(v.normalize(), "f")
