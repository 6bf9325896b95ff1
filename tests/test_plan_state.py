"""The web's incremental plan state (govtargets.web.plan_state): after each kind of change, a state brought
up to date from the last one equals the plan read afresh, its judgements equal a fresh judgement, and only
the items that changed were read and judged again."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from govtargets.cycle.judge import judge
from govtargets.lexicon import load_lexicon
from govtargets.store import ProgressDraft, Store
from govtargets.web import plan_state
from govtargets.web.plan_state import judge_plan, read_plan

from .test_store import gdp, task

AS_OF = date(2024, 6, 30)


class Spy:
    """The store, noting which items read_plan reads ("whole" for the whole plan)."""

    def __init__(self, store: Store) -> None:
        self.store, self.reads = store, []

    def plan_keys(self, plan_id):
        return self.store.plan_keys(plan_id)

    def units_stamp(self):
        return self.store.units_stamp()

    def items(self, plan_id, item_ids=None):
        self.reads.append("whole" if item_ids is None else sorted(item_ids))
        return self.store.items(plan_id, item_ids=item_ids)

    def progress(self, plan_id, item_ids=None):
        return self.store.progress(plan_id, item_ids=item_ids)


@pytest.fixture
def store(store_url):
    with Store(store_url, actor="测试员") as s:
        yield s


def test_a_state_brought_up_to_date_equals_a_fresh_read(store, monkeypatch):
    plan_id = store.create_plan("青溪县", 2024, "任务分解表", [gdp()] + [task(n) for n in range(1, 12)])
    plan, items, lex = store.plan(plan_id), store.items(plan_id), load_lexicon()
    spy = Spy(store)
    judged_ids: list[int] = []
    real = plan_state.judge_item
    monkeypatch.setattr(
        plan_state, "judge_item", lambda i, *a, **k: judged_ids.append(i.id) or real(i, *a, **k)
    )
    state = read_plan(spy, plan_id)
    judged = judge_plan(plan, state, AS_OF, lex)
    assert spy.reads == ["whole"] and sorted(judged_ids) == sorted(i.id for i in items)

    def step() -> list:
        nonlocal state, judged
        spy.reads.clear(), judged_ids.clear()
        state = read_plan(spy, plan_id, state)
        judged = judge_plan(plan, state, AS_OF, lex, judged)
        fresh = read_plan(store, plan_id)
        assert state.items == fresh.items and state.keys == fresh.keys
        assert {k: list(v) for k, v in state.progress.items()} == {
            k: list(v) for k, v in fresh.progress.items()
        }
        assert list(judged.judgements) == judge(fresh.items, fresh.progress, AS_OF, plan.year, lex=lex)
        return spy.reads

    assert step() == [] and judged_ids == []  # nothing changed: nothing read or judged
    first = store.add_progress(items[0].id, ProgressDraft(as_of=AS_OF, growth=Decimal("6.1")))
    assert step() == [[items[0].id]] and judged_ids == [items[0].id]  # a report
    store.add_progress(items[0].id, ProgressDraft(as_of=AS_OF, growth=Decimal("6.4"), supersedes_id=first))
    assert step() == [[items[0].id]] and judged_ids == [items[0].id]  # a correction: the first report goes
    store.revise_item(items[2].id, {"text": "完成第2项为民办实事，9月底前投入使用"}, expected_rev=1)
    assert step() == [[items[2].id]] and judged_ids == [items[2].id]  # an edit
    (new,) = store.add_items(plan_id, [task(12)])
    assert step() == [[new]] and judged_ids == [new]  # a new item, at its place in the plan
    other = store.create_plan("青溪县", 2025, "任务分解表", [task(1)])
    store.add_progress(store.items(other)[0].id, ProgressDraft(as_of=AS_OF, completion_pct=Decimal(10)))
    assert step() == [] and judged_ids == []  # another plan's changes
    store.add_progress_many(
        [(i.id, ProgressDraft(as_of=AS_OF, completion_pct=Decimal(40))) for i in items[3:10]]
    )
    assert step() == ["whole"]  # more than a quarter of the items: read whole
    assert sorted(judged_ids) == sorted(i.id for i in items[3:10])  # and still judged only where changed
