"""A plan as the pages see it: its items, their progress and their judgements on a date, kept by each worker
and brought up to date by reading and judging only the items that changed.

A month's end brings many progress reports while the office watches the dashboard. Each report changes the
data version, and every cached page of the plan with it; reading a 2,000-item plan with 48,000 reports
again takes about a second, judging it a tenth of that. So each worker keeps the plan it read last
(`PlanState`) and, at a new version, asks the store only for the keys of the plan (each item's current
revision id and number of reports: `Store.plan_keys`), reads the items whose keys changed, and judges again
only those; the judgements of the others are kept. A plan where more than a quarter of the items changed
(an import) is read whole.

The result of `judged_plan` is cached per (plan, date) at the request's data version like any fragment
(govtargets.web.cache), so it is made once per change however many clients ask.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import Request

from govtargets.cycle.judge import Judgement, judge_item
from govtargets.lexicon import Lexicon, load_lexicon
from govtargets.store import Item, Plan, Progress, Store
from govtargets.web.cache import cached

__all__ = ["PlanState", "JudgedPlan", "read_plan", "judge_plan", "judged_plan"]

# above this share of changed items, the plan is read whole (cheaper than many small reads)
WHOLE_READ_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class PlanState:
    """A plan's items (in order) and each item's progress (superseded reports left out), with the keys they
    were read at. An unchanged item keeps its very objects from one state to the next."""

    plan_id: int
    items: tuple[Item, ...]
    progress: dict[int, Sequence[Progress]]
    keys: dict[int, tuple[int, int]]  # item id → (current revision id, number of reports): Store.plan_keys
    units: tuple[int, int] = (0, 0)  # Store.units_stamp: a merge of units renames items without a revision


@dataclass(frozen=True, slots=True)
class JudgedPlan:
    """A plan's state with every item's judgement on one date, in plan order."""

    plan: Plan
    as_of: date
    state: PlanState
    judgements: tuple[Judgement, ...]


def _whole(store: Store, plan_id: int, keys: dict[int, tuple[int, int]], units: tuple[int, int]) -> PlanState:
    progress: dict[int, Sequence[Progress]] = dict(store.progress(plan_id))
    return PlanState(plan_id, tuple(store.items(plan_id)), progress, keys, units)


def read_plan(store: Store, plan_id: int, old: PlanState | None = None) -> PlanState:
    """The plan now: read whole, or, given the state read before, only the items whose keys changed."""
    keys = store.plan_keys(plan_id)
    units = store.units_stamp()
    if old is None or old.plan_id != plan_id or not set(old.keys) <= set(keys) or old.units != units:
        return _whole(store, plan_id, keys, units)
    changed = {i for i, k in keys.items() if old.keys.get(i) != k}
    if not changed:
        return old
    if len(changed) > WHOLE_READ_SHARE * len(keys):  # read whole, but keep the unchanged objects
        whole = _whole(store, plan_id, keys, units)
        before = {i.id: i for i in old.items}
        kept = tuple(i if i.id in changed or i.id not in before else before[i.id] for i in whole.items)
        progress = {
            i: read if i in changed or i not in old.progress else old.progress[i]
            for i, read in whole.progress.items()
        }
        return PlanState(plan_id, kept, progress, keys, units)
    fresh = {i.id: i for i in store.items(plan_id, item_ids=sorted(changed))}
    fresh_progress = store.progress(plan_id, item_ids=sorted(changed))
    items = [fresh.pop(i.id, i) for i in old.items]
    if fresh:  # items added to the plan: they come after the others (by their order in the plan)
        items = sorted(items + list(fresh.values()), key=lambda i: i.seq)
    progress = dict(old.progress)
    for i in changed:
        if fresh_progress.get(i):
            progress[i] = fresh_progress[i]
        else:
            progress.pop(i, None)
    return PlanState(plan_id, tuple(items), progress, keys, units)


def judge_plan(
    plan: Plan, state: PlanState, as_of: date, lex: Lexicon, before: JudgedPlan | None = None
) -> JudgedPlan:
    """Every item's judgement on as_of; an item whose objects are those of `before` keeps its judgement."""
    kept: dict[int, Judgement] = {}
    if before is not None and before.as_of == as_of and before.plan == plan:
        old_progress = before.state.progress
        kept = {
            j.item.id: j
            for j in before.judgements
            if old_progress.get(j.item.id) is state.progress.get(j.item.id)
        }
    judgements = []
    for item in state.items:
        j = kept.get(item.id)
        if j is None or j.item is not item:
            j = judge_item(item, state.progress.get(item.id, ()), as_of, plan.year, lex=lex)
        judgements.append(j)
    return JudgedPlan(plan, as_of, state, tuple(judgements))


class _Latest:
    """Each worker's last state of each plan, and its last judgement of each (plan, date)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.states: dict[int, PlanState] = {}
        self.judged: dict[tuple[int, date], JudgedPlan] = {}


def _latest(request: Request) -> _Latest:
    app_state: Any = request.app.state
    latest = getattr(app_state, "plan_states", None)
    if latest is None:
        latest = app_state.plan_states = _Latest()
    return latest  # type: ignore[no-any-return]


def judged_plan(request: Request, plan: Plan, as_of: date) -> JudgedPlan:
    """The plan judged on as_of at this request's data version: cached, and made from the last one."""
    store: Store = request.app.state.store
    latest = _latest(request)

    def make() -> JudgedPlan:
        state = cached(request, ("plan-state", plan.id), lambda: _next_state(store, plan.id, latest))
        with latest.lock:
            before = latest.judged.get((plan.id, as_of))
        judged = judge_plan(plan, state, as_of, load_lexicon(), before)
        with latest.lock:
            latest.judged[(plan.id, as_of)] = judged
            if len(latest.judged) > 64:  # dates nobody asks for again
                latest.judged.pop(next(iter(latest.judged)))
        return judged

    return cached(request, ("judged-plan", plan.id, as_of), make)


def _next_state(store: Store, plan_id: int, latest: _Latest) -> PlanState:
    with latest.lock:
        old = latest.states.get(plan_id)
    state = read_plan(store, plan_id, old)
    with latest.lock:
        latest.states[plan_id] = state
    return state
