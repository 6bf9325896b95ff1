"""The 督办 lifecycle as the pages show it: who the user is to the lifecycle (`actor_of`), each plan's item
flows (cached per data version), the items a user may open for 督办 (a unit also sees items without a lead
unit, to claim them), and a unit's to-do list on its home page (交办 to sign, 催办 to answer, 批示 to read,
办结 sent back). Shared by routes_lifecycle.py and routes_progress.py; route modules only route.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import HTTPException, Request

from govtargets.cycle.judge import default_as_of
from govtargets.cycle.lifecycle import Actor, Flow, flow_of
from govtargets.status import Stage
from govtargets.store import Item, Plan, User
from govtargets.web.cache import all_plans, cached
from govtargets.web.plan_state import judged_plan
from govtargets.web.security import can_read_item, store_of

__all__ = [
    "EMPTY_FLOW",
    "Todo",
    "actor_of",
    "claimable",
    "flow_item",
    "office_todo",
    "parse_day",
    "plan_flows",
    "unit_todo",
]

EMPTY_FLOW = Flow(Stage.UNASSIGNED)
_MEMO_LOCK = threading.Lock()


def actor_of(user: User) -> Actor:
    """The user as the lifecycle sees it: the office (admin, supervisor), a unit (reporter), or neither."""
    office = user.role in ("admin", "supervisor")
    return Actor(user.username, office=office, unit=user.unit if user.role == "reporter" else None)


def plan_flows(request: Request, plan_id: int) -> dict[int, Flow]:
    """Item id → its lifecycle, for every item of the plan that has a step (others are 待交办): cached per
    data version, and read again only when a step was recorded since (a progress report changes the data
    version, not the steps)."""
    store = store_of(request)
    app_state: Any = request.app.state

    def make() -> dict[int, Flow]:
        stamp = store.events_stamp()  # read before the steps: a step landing meanwhile is read again later
        with _MEMO_LOCK:
            memo = getattr(app_state, "flow_memo", None)
            if memo is None:
                memo = app_state.flow_memo = {}
            hit = memo.get(plan_id)
        if hit is not None and hit[0] == stamp:
            return hit[1]  # type: ignore[no-any-return]
        flows = {i: flow_of(steps) for i, steps in store.plan_events(plan_id).items()}
        with _MEMO_LOCK:
            if len(memo) > 64:
                memo.clear()
            memo[plan_id] = (stamp, flows)
        return flows

    return cached(request, ("flows", plan_id), make)


def claimable(user: User, item: Item) -> bool:
    """An item a unit may see to claim: no lead unit yet."""
    return user.role == "reporter" and user.unit is not None and not item.lead_units


def flow_item(request: Request, user: User, item_id: int) -> Item:
    """The item, if the user may open its 督办 page; else 404 (as every item outside a unit's scope)."""
    history = store_of(request).item_history(item_id)
    if not history or not (can_read_item(user, history[-1]) or claimable(user, history[-1])):
        raise HTTPException(404, "未找到该事项")
    return history[-1]


@dataclass(frozen=True, slots=True)
class Todo:
    """One thing on a home page's to-do list: the item, what is asked, and the words."""

    plan: Plan
    item: Item
    what: str  # 待签收 | 催办 | 批示 | 退回 | 可认领 | 办结待审 | 认领待审
    text: str


def _plans_items(request: Request) -> list[tuple[Plan, tuple[Item, ...]]]:
    return [(p, judged_plan(request, p, default_as_of(p.year)).state.items) for p in all_plans(request)]


def unit_todo(request: Request, user: User, *, limit: int = 200) -> tuple[list[Todo], list[Todo], int]:
    """What a unit must do (sign 交办 items, answer 催办, read 批示, redo what was 退回), the first `limit`
    items it may claim (no lead unit, not claimed yet), and how many it may claim in all."""
    if user.role != "reporter" or user.unit is None:
        return [], [], 0
    unit = user.unit
    out: list[Todo] = []
    claims: list[Todo] = []
    n_claims = 0
    for plan, items in _plans_items(request):
        flows = plan_flows(request, plan.id)
        for item in items:
            flow = flows.get(item.id, EMPTY_FLOW)
            if unit not in item.units:
                if not item.lead_units and flow.stage == Stage.UNASSIGNED:
                    n_claims += 1
                    if len(claims) < limit:
                        claims.append(Todo(plan, item, "可认领", "尚无牵头单位"))
                continue
            assigned = any(e.kind == "assign" for e in flow.steps)
            if flow.stage in (Stage.ASSIGNED, Stage.SIGNED) and unit not in flow.signed and assigned:
                out.append(Todo(plan, item, "待签收", "督查室已交办，请签收"))
            urges, notes = flow.open_for(unit)
            out.extend(Todo(plan, item, "催办", u.note or "请抓紧推进并回复") for u in urges)
            out.extend(Todo(plan, item, "批示", f"{i.leader}批示：{i.step.note or ''}") for i in notes)
            if flow.stage == Stage.RETURNED and unit in item.lead_units and flow.returned is not None:
                out.append(Todo(plan, item, "退回", f"办结申请被退回：{flow.returned.note or ''}"))
    return out[:limit], claims, n_claims


def office_todo(request: Request, plan: Plan) -> list[Todo]:
    """What awaits the office in a plan: 办结申请 to review and 认领 to approve."""
    flows = plan_flows(request, plan.id)
    if not flows:
        return []
    items = {i.id: i for i in judged_plan(request, plan, default_as_of(plan.year)).state.items}
    out = []
    for item_id, flow in flows.items():
        item = items.get(item_id)
        if item is None:
            continue
        if flow.stage == Stage.APPLIED and flow.application is not None:
            out.append(Todo(plan, item, "办结待审", f"{flow.application.unit or ''}申请办结"))
        elif flow.stage == Stage.CLAIMED and flow.claim is not None:
            out.append(Todo(plan, item, "认领待审", f"{flow.claim.unit or ''}申请认领"))
    return sorted(out, key=lambda t: t.item.seq)


def parse_day(text: str | None, default: date) -> date:
    """A date from a query (2025-06-30), or the default; 422 in Chinese if it is not one."""
    if not text:
        return default
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise HTTPException(422, f"日期“{text}”有误，应为“2025-06-30”的格式") from None
