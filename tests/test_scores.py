"""考评 on an invented plan: every figure of the ranking worked out by hand from the rules in
govtargets/cycle/scores.py, without and with lifecycle data (办结, 催办)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from govtargets.cycle.scores import LifecycleCounts, ScoreRules, plan_scores
from govtargets.store import ItemDraft, ProgressDraft, Store

AS_OF = date(2025, 6, 30)
A, B, C = "县住建局", "县水利局", "县教育局"


def task(text: str, lead: str, due: date, co: tuple[str, ...] = ()) -> ItemDraft:
    return ItemDraft(kind="task", text=text, lead_units=(lead,), co_units=co, due_date=due)


@pytest.fixture
def plan(tmp_path):
    """A: a1 done before its deadline, a2 done after it, a3 on schedule, a4 cancelled (not counted).
    B: b1 past due and never reported, b2 on schedule, b3 far behind. C only co-operates: not scored."""
    s = Store(str(tmp_path / "scores.db"), actor="duchashi")
    pid = s.create_plan(
        "松溪县",
        2025,
        "t",
        [
            task("a1 改造老旧小区", A, date(2025, 3, 31), co=(C,)),
            task("a2 新建停车泊位", A, date(2025, 5, 31)),
            task("a3 建设口袋公园", A, date(2025, 12, 31)),
            task("a4 拆除违建", A, date(2025, 4, 30)),
            task("b1 加固病险水库", B, date(2025, 4, 30)),
            task("b2 新建供水工程", B, date(2025, 12, 31)),
            task("b3 治理水土流失", B, date(2025, 12, 31)),
        ],
    )
    ids = {i.text[:2]: i.id for i in s.items(pid)}

    def report(key: str, on: date, **kw) -> None:
        s.add_progress(ids[key], ProgressDraft(as_of=on, unit=A if key[0] == "a" else B, **kw))

    report("a1", date(2025, 3, 20), status="completed")
    report("a2", date(2025, 6, 15), status="completed")
    report("a3", AS_OF, completion_pct=Decimal(55))
    report("a4", date(2025, 2, 1), status="cancelled")
    report("b2", AS_OF, completion_pct=Decimal(60))
    report("b3", AS_OF, completion_pct=Decimal(20))
    yield s, pid, ids
    s.close()


def test_the_ranking_from_what_the_store_holds_today(plan):
    s, pid, _ = plan
    a, b = plan_scores(s, pid, AS_OF)
    assert (a.unit, a.rank, b.unit, b.rank) == (A, 1, B, 2)
    # A: 3 items (a4 cancelled), 2 due, 1 done on time; all 3 done or on schedule
    assert (a.items, a.due, a.on_time, a.completed, a.on_schedule, a.lagging) == (3, 2, 1, 2, 3, 0)
    assert (a.on_time_rate, a.schedule_rate, a.closed_rate) == (Decimal("0.5"), Decimal(1), None)
    assert a.completion_rate == Decimal("0.6667")
    assert a.score == Decimal("75.0")  # (0.5×40 + 1×40) / 80 × 100: 办结 has no data, its weight left out
    # B: 3 items, b1 due and not done; b2 on schedule; b3 (滞后) lags (b1, never reported, is 未报送 past its
    # deadline: not judged 未完成, the 预警 list marks it red)
    assert (b.items, b.due, b.on_time, b.completed, b.on_schedule, b.lagging) == (3, 1, 0, 0, 1, 1)
    assert b.score == Decimal("16.7")  # (0×40 + 1/3×40) / 80 × 100
    assert b.mean_lag is not None and b.mean_lag > 25  # b3: 20% done against about half the year
    assert (a.closed, a.urged, b.closed, b.urged) == (0, 0, 0, 0)
    assert C not in {u.unit for u in (a, b)}


def test_the_ranking_with_lifecycle_data(plan):
    s, pid, ids = plan
    lifecycle = LifecycleCounts(
        closed={ids["a1"]: date(2025, 3, 25), ids["a2"]: date(2025, 6, 20), ids["b2"]: date(2025, 7, 2)},
        urged={ids["b1"]: [date(2025, 5, 5), date(2025, 5, 20)], ids["b3"]: [date(2025, 7, 5)]},
    )
    a, b = plan_scores(s, pid, AS_OF, lifecycle=lifecycle)
    # A: both due items confirmed 办结; a1's confirmation came before its deadline, a2's after
    assert (a.closed, a.closed_rate, a.on_time_rate) == (2, Decimal(1), Decimal("0.5"))
    assert a.score == Decimal("80.0")  # 0.5×40 + 1×40 + 1×20
    # B: nothing 办结 by 30 June (b2's comes later); two 催办 by then (the July one does not count)
    assert (b.closed, b.closed_rate, b.urged) == (0, Decimal(0), 2)
    assert b.score == Decimal("9.3")  # 1/3×40 = 13.3, less 2×2
    heavy = plan_scores(s, pid, AS_OF, lifecycle=lifecycle, rules=ScoreRules(urge_points=Decimal(20)))
    assert heavy[1].score == Decimal("3.3")  # the deduction stops at urge_points_max (10)


def test_ties_share_a_rank_and_a_unit_without_due_items_is_scored_on_schedule(tmp_path):
    with Store(str(tmp_path / "t.db")) as s:
        pid = s.create_plan(
            "松溪县",
            2025,
            "t",
            [
                task("x", A, date(2025, 12, 31)),
                task("y", B, date(2025, 12, 31)),
                task("z", C, date(2025, 3, 1)),
            ],
        )
        x, y, z = (i.id for i in s.items(pid))
        for item, unit in ((x, A), (y, B)):
            s.add_progress(item, ProgressDraft(as_of=AS_OF, unit=unit, completion_pct=Decimal(70)))
        ranked = plan_scores(s, pid, AS_OF)
    assert [(u.unit, u.rank, u.tied, u.score) for u in ranked] == [
        (A, 1, True, Decimal("100.0")),
        (B, 1, True, Decimal("100.0")),
        (C, 3, False, Decimal("0.0")),
    ]
    assert ranked[0].on_time_rate is None and ranked[0].due == 0
