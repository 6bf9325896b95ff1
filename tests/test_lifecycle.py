"""The 督办 lifecycle on the store (SQLite, and PostgreSQL where one runs): every step checked against the
stage and the actor's part, recorded with its audit entry, read back as the item's stage; 完成 only by the
office; 预警 by the office's rules; 催办 notices through a channel; the 督办通知单 as .docx."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from docx import Document

from govtargets.cycle.alerts import WarningRules, alerts_for, run_rules
from govtargets.cycle.judge import judge
from govtargets.cycle.lifecycle import Actor, LifecycleError, act, allowed, flow_of
from govtargets.cycle.notices import Notice, NoticeLine, notice_docx, urge
from govtargets.status import Stage, Status
from govtargets.store import ItemDraft, ProgressDraft, Store

OFFICE = Actor("duchashi", office=True)
LEAD = Actor("zhujian", unit="县住建局")
CO = Actor("caizheng", unit="县财政局")
OTHER = Actor("jiaoyu", unit="县教育局")


@pytest.fixture
def world(store_url):
    with Store(store_url, actor="test") as s:
        plan = s.create_plan("青山县", 2025, "青山县2025年任务分解表", [])
        ids = s.add_items(
            plan,
            [
                ItemDraft("task", "完成老旧小区改造12个", lead_units=("县住建局",), co_units=("县财政局",)),
                ItemDraft("task", "建设口袋公园5个"),  # no lead unit: to be claimed
                ItemDraft("task", "新建污水管网8公里", lead_units=("县住建局",), due_date=date(2025, 7, 10)),
            ],
        )
        yield s, plan, ids


def _item(s, item_id):
    return s.item_history(item_id)[-1]


def _stage(s, item_id):
    return flow_of(s.item_events(item_id)).stage


def test_the_whole_lifecycle_with_every_step_on_record(world):
    s, plan, (a, _b, _c) = world
    item = _item(s, a)
    assert _stage(s, a) == Stage.UNASSIGNED
    with pytest.raises(LifecycleError, match="尚未交办"):
        act(s, item, LEAD, "sign")
    with pytest.raises(LifecycleError, match="只有督查室"):
        act(s, item, LEAD, "assign")
    act(s, item, OFFICE, "assign", note="请按期推进")
    assert _stage(s, a) == Stage.ASSIGNED
    with pytest.raises(LifecycleError, match="不属于本单位"):
        act(s, item, OTHER, "sign")
    act(s, item, CO, "sign")
    act(s, item, LEAD, "sign")
    assert _stage(s, a) == Stage.SIGNED
    with pytest.raises(LifecycleError, match="已签收"):
        act(s, item, LEAD, "sign")
    with pytest.raises(LifecycleError, match="牵头单位"):
        act(s, item, CO, "apply", note="已完成")
    with pytest.raises(LifecycleError, match="办结情况"):
        act(s, item, LEAD, "apply", note="  ")
    act(s, item, LEAD, "apply", note="12个小区全部完工，附验收单")
    assert _stage(s, a) == Stage.APPLIED
    with pytest.raises(LifecycleError, match="退回理由"):
        act(s, item, OFFICE, "return")
    act(s, item, OFFICE, "return", note="缺少竣工验收材料")
    flow = flow_of(s.item_events(a))
    assert flow.stage == Stage.RETURNED and flow.returned and flow.returned.note == "缺少竣工验收材料"
    assert not any(p.status == "completed" for p in s.item_progress(a))  # no 完成 without the office
    act(s, item, LEAD, "apply", note="补充竣工验收报告")
    act(s, item, OFFICE, "approve", note="材料齐全", as_of=date(2025, 6, 30))
    assert _stage(s, a) == Stage.DONE
    (done,) = [p for p in s.item_progress(a) if p.status == "completed"]
    assert done.reported_by == "duchashi" and "审核办结" in (done.narrative or "")
    with pytest.raises(LifecycleError, match="无需催办"):
        act(s, item, OFFICE, "urge")
    act(s, item, OFFICE, "close")
    assert _stage(s, a) == Stage.CLOSED
    steps = s.item_events(a)
    assert [e.kind for e in steps] == [
        "assign", "sign", "sign", "apply", "return", "apply", "approve", "close"
    ]  # fmt: skip
    assert [e.actor for e in steps][:3] == ["duchashi", "caizheng", "zhujian"]
    assert all(e.at is not None for e in steps)
    logged = [e for e in s.audit_log(entity="item", entity_id=a)]
    assert [e.action for e in logged] == [e.kind for e in steps]
    assert logged[4].new_value["note"] == "缺少竣工验收材料"


def test_steps_are_append_only(world):
    s, _plan, (a, _b, _c) = world
    act(s, _item(s, a), OFFICE, "assign")
    with pytest.raises(sa.exc.DBAPIError), s.transaction() as conn:
        conn.execute(sa.text("UPDATE item_events SET note = 'x'"))


def test_a_claim_needs_the_office_and_makes_the_unit_the_lead(world):
    s, _plan, (a, b, _c) = world
    with pytest.raises(LifecycleError, match="已有牵头单位"):
        act(s, _item(s, a), OTHER, "claim")
    with pytest.raises(LifecycleError, match="请先确定牵头单位"):
        act(s, _item(s, b), OFFICE, "assign")
    act(s, _item(s, b), OTHER, "claim", note="我局负责公园建设")
    assert _stage(s, b) == Stage.CLAIMED
    with pytest.raises(LifecycleError, match="待审核"):
        act(s, _item(s, b), LEAD, "claim")
    with pytest.raises(LifecycleError, match="不同意认领的理由"):
        act(s, _item(s, b), OFFICE, "claim_no")
    act(s, _item(s, b), OFFICE, "claim_ok")
    assert _stage(s, b) == Stage.SIGNED
    assert _item(s, b).lead_units == ("县教育局",)
    assert "apply" in allowed(_item(s, b), flow_of(s.item_events(b)), OTHER)


def test_cancel_only_by_the_office_with_a_reason(world):
    s, _plan, (a, _b, _c) = world
    item = _item(s, a)
    with pytest.raises(LifecycleError, match="只有督查室"):
        act(s, item, LEAD, "cancel", note="不做了")
    with pytest.raises(LifecycleError, match="取消理由"):
        act(s, item, OFFICE, "cancel")
    act(s, item, OFFICE, "cancel", note="县政府常务会议决定调整")
    assert _stage(s, a) == Stage.CANCELLED
    assert [p.status for p in s.item_progress(a)] == ["cancelled"]
    with pytest.raises(LifecycleError, match="已取消"):
        act(s, item, OFFICE, "cancel", note="again")


def test_urges_and_instructions_stay_open_until_the_unit_answers(world):
    s, _plan, (a, _b, c) = world
    seen: list[Notice] = []

    class Outbox:
        def deliver(self, notice: Notice) -> None:
            seen.append(notice)

    sent, skipped = urge(s, [_item(s, a), _item(s, c)], OFFICE, "请于本周内报送", channels=[Outbox()])
    assert [(n.unit, n.item_id) for n in sent] == [("县住建局", a), ("县住建局", c)]
    assert seen == sent and skipped == {}
    flow = flow_of(s.item_events(a))
    assert flow.urges == 1 and flow.open_for("县住建局")[0] and not flow.open_for("县财政局")[0]
    with pytest.raises(LifecycleError, match="没有待回复"):
        act(s, _item(s, a), CO, "reply", note="已推进")
    act(s, _item(s, a), LEAD, "reply", note="已完成9个，其余月底完工")
    assert not flow_of(s.item_events(a)).open_urges
    act(s, _item(s, a), OFFICE, "instruct", note="务必6月底前完成", leader="张县长")
    flow = flow_of(s.item_events(a))
    assert flow.instructions[0].leader == "张县长" and flow.open_for("县财政局")[1]
    act(s, _item(s, a), CO, "ack")
    flow = flow_of(s.item_events(a))
    assert not flow.open_for("县财政局")[1] and flow.open_for("县住建局")[1]
    with pytest.raises(LifecycleError, match="批示领导"):
        act(s, _item(s, a), OFFICE, "instruct", note="抓紧")


def test_alerts_follow_the_office_rules(world):
    s, plan, (a, b, c) = world
    as_of = date(2025, 7, 1)
    act(s, _item(s, a), OFFICE, "milestone", note="完成主体工程", due=date(2025, 6, 20))
    s.add_progress(c, ProgressDraft(as_of=date(2025, 3, 31), completion_pct=60), actor="zhujian")
    items = s.items(plan)
    js = judge(items, s.progress(plan), as_of, 2025)
    flows = {i: flow_of(e) for i, e in s.plan_events(plan).items()}
    found = {w.item_id: w for w in alerts_for(js, s.progress(plan), flows, as_of)}
    assert found[a].light == "red" and any("节点“完成主体工程”已逾期11天" in r for r in found[a].reasons)
    assert found[c].light == "red"  # due in 9 days is yellow, but 92 days silent is red
    assert any("完成时限还剩9天" in r for r in found[c].reasons)
    assert any("已92天未报送进展" in r for r in found[c].reasons)
    assert b not in found  # not assigned, not due, not reported: 未报送, nobody's silence
    assert {j.item.id: j.status for j in js}[b] == Status.NOT_REPORTED
    lenient = WarningRules(due_yellow_days=5, due_red_days=1, silent_yellow_days=100, silent_red_days=200)
    again = {w.item_id: w for w in alerts_for(js, s.progress(plan), flows, as_of, lenient)}
    assert [r[:4] for r in again[c].reasons] == ["研判为滞"]  # 60% done against a schedule of 97%
    assert run_rules(warning_rules=lenient)["warnings"]["silent_red_days"] == 200


def test_the_notice_is_a_word_document_listing_the_units_items(world):
    s, plan, _ids = world
    data = notice_docx(
        s.plan(plan),
        "县住建局",
        [NoticeLine(1, "完成老旧小区改造12个", "6月底前", "已签收", "请报送进展")],
        "青山县人民政府督查室",
        date(2025, 7, 1) + timedelta(days=0),
        "催办单",
    )
    doc = Document(io.BytesIO(data))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "催办单" in text and "县住建局：" in text and "2025年7月1日" in text
    assert doc.tables[0].rows[1].cells[1].text == "完成老旧小区改造12个"
