"""督办 in the web application: an item's lifecycle page and its steps by the office and by two units, the
unit's to-do list on its home page, the 预警 list with batch 催办, the 督办通知单 download; roles, CSRF and
the audit log on every new route; bad input answered with one Chinese line."""

from __future__ import annotations

import io
import re

from docx import Document

from govtargets.cycle.lifecycle import flow_of
from govtargets.status import Stage

from . import test_web_security as sec
from .test_web_security import SECRET_B, UNIT_A, UNIT_B, login

world_template, world, app = sec.world_template, sec.world, sec.app  # the shared fixtures


def alert(page: str) -> str:
    m = re.search(r'class="alert"[^>]*>([^<]*)', page)
    return m.group(1) if m else ""


def step(client, token, item, kind, **fields):
    return client.post(
        f"/items/{item}/flow", data={"csrf_token": token, "step": kind, **fields}, follow_redirects=False
    )


def stage(app, item) -> Stage:
    return flow_of(app.state.store.item_events(item)).stage


def test_the_whole_lifecycle_through_the_pages(app, world):
    office, ot = login(app, "duchashi")
    unit_a, at = login(app, "zhujian")
    unit_b, bt = login(app, "shuili")
    page = office.get(f"/items/{world.s1}/flow").text
    assert "督办流程" in page and 'data-step="assign"' in page and "尚未交办" in page
    assert step(unit_b, bt, world.s1, "sign").status_code == 422  # not yet assigned
    assert step(office, ot, world.s1, "assign", note="请6月底前完成").status_code == 303
    # both units see it on their home page until they sign
    assert "待签收" in unit_a.get("/progress").text and "待签收" in unit_b.get("/progress").text
    assert step(unit_b, bt, world.s1, "sign").status_code == 303
    assert step(unit_a, at, world.s1, "sign").status_code == 303
    assert "待签收" not in unit_b.get("/progress").text
    # a 催办 stays on the lead unit's home page until it replies
    assert step(office, ot, world.s1, "urge", note="请于本周报送").status_code == 303
    home = unit_b.get("/progress").text
    assert "催办" in home and "请于本周报送" in home
    r = step(unit_b, bt, world.s1, "reply", note="")
    assert r.status_code == 422 and alert(r.text) == "请填写催办回复（整改措施和进展）"
    assert step(unit_b, bt, world.s1, "reply", note="已完成管网铺设8公里").status_code == 303
    assert "请于本周报送" not in unit_b.get("/progress").text
    # 办结申请 with evidence → 退回 → again → 办结 → 销号
    r = unit_b.post(
        f"/items/{world.s1}/flow",
        data={"csrf_token": bt, "step": "apply", "note": "管网全部完工"},
        files=[("evidence", ("验收单.txt", "验收合格".encode(), "text/plain"))],
        follow_redirects=False,
    )
    assert r.status_code == 303, alert(r.text)
    assert step(unit_a, at, world.s1, "apply", note="x").status_code == 422  # a co unit does not apply
    assert "办结待审" in office.get(f"/alerts?plan={world.plan1}").text
    assert step(office, ot, world.s1, "return", note="缺少竣工验收报告").status_code == 303
    assert "缺少竣工验收报告" in unit_b.get("/progress").text
    assert step(unit_b, bt, world.s1, "apply", note="补充竣工验收报告").status_code == 303
    assert step(office, ot, world.s1, "approve", note="同意办结").status_code == 303
    assert stage(app, world.s1) == Stage.DONE
    assert step(office, ot, world.s1, "close").status_code == 303
    page = office.get(f"/items/{world.s1}/flow").text
    assert "已销号" in page
    words = re.findall(r"<tr><td class=\"center\">[^<]*</td><td>([^<]*)</td>", page)
    assert words == [
        "交办",
        "签收",
        "签收",
        "催办",
        "催办回复",
        "办结申请",
        "退回",
        "办结申请",
        "审核办结",
        "销号",
    ]
    store = app.state.store
    assert [e.action for e in store.audit_log(entity="item", entity_id=world.s1)][-1] == "close"
    reports = store.item_progress(world.s1)
    assert reports[-1].status == "completed" and reports[-1].reported_by == "duchashi"
    assert any(p.evidence and p.evidence[0].startswith("验收单.txt#") for p in reports)


def test_roles_hold_on_the_new_routes(app, world):
    unit_a, at = login(app, "zhujian")
    viewer, vt = login(app, "lingdao")
    office, ot = login(app, "duchashi")
    before = len(app.state.store.audit_log())
    # unit A never sees unit B's own item, page or step
    assert unit_a.get(f"/items/{world.b1}/flow").status_code == 404
    assert step(unit_a, at, world.b1, "sign").status_code == 404
    assert unit_a.get(f"/alerts/notice.docx?plan={world.plan1}&unit={UNIT_B}").status_code == 404
    assert unit_a.get("/alerts", follow_redirects=False).status_code == 303
    # a unit cannot take the office's steps
    r = step(unit_a, at, world.a1, "assign")
    assert r.status_code == 403 and alert(r.text) == "只有督查室可以进行此操作"
    r = step(unit_a, at, world.a1, "cancel", note="不做了")
    assert r.status_code == 403
    assert (
        unit_a.post(
            "/alerts/urge", data={"csrf_token": at, "plan": world.plan1, "item": world.a1}
        ).status_code
        == 403
    )
    # a viewer reads, and changes nothing
    page = viewer.get(f"/items/{world.a1}/flow").text
    assert "办理记录" in page and "data-step=" not in page
    assert step(viewer, vt, world.a1, "assign").status_code == 403
    assert viewer.get(f"/alerts?plan={world.plan1}").status_code == 200
    # without the CSRF token nothing happens
    r = office.post(f"/items/{world.a1}/flow", data={"step": "assign"}, follow_redirects=False)
    assert r.status_code == 403
    assert len(app.state.store.audit_log()) == before
    assert SECRET_B not in unit_a.get("/progress").text


def test_a_unit_cannot_report_completion_itself(app, world):
    unit_a, at = login(app, "zhujian")
    page = unit_a.get(f"/progress/items/{world.a1}").text
    assert 'value="completed"' not in page and 'value="cancelled"' not in page
    r = unit_a.post(
        f"/progress/items/{world.a1}",
        data={"csrf_token": at, "as_of": "2025-04-30", "status": "completed"},
        follow_redirects=False,
    )
    assert r.status_code == 422 and "完成须经督查室审核确认" in r.text
    # the JSON API says the same; the office may still record 完成 itself
    r = unit_a.post(
        f"/api/items/{world.a1}/progress",
        json={"as_of": "2025-04-30", "status": "completed"},
        headers={"X-CSRF-Token": at},
    )
    assert r.status_code == 422 and "完成须经督查室审核确认" in r.json()["detail"]
    office, ot = login(app, "duchashi")
    r = office.post(
        f"/api/items/{world.a1}/progress",
        json={"as_of": "2025-04-30", "status": "completed"},
        headers={"X-CSRF-Token": ot},
    )
    assert r.status_code == 201


def test_claim_milestones_and_instructions(app, world):
    office, ot = login(app, "duchashi")
    unit_a, at = login(app, "zhujian")
    store = app.state.store
    store.revise_item(world.a2, {"lead_units": (), "co_units": ()}, actor="duchashi")
    assert "可认领事项（1项" in unit_a.get("/progress").text
    assert unit_a.get(f"/items/{world.a2}/flow").status_code == 200
    assert step(unit_a, at, world.a2, "claim", note="我局负责").status_code == 303
    assert "认领待审" in office.get(f"/alerts?plan={world.plan2}").text
    assert step(office, ot, world.a2, "claim_ok").status_code == 303
    assert store.item_history(world.a2)[-1].lead_units == (UNIT_A,)
    r = step(office, ot, world.a2, "milestone", due="2025-13-01", note="完成主体")
    assert r.status_code == 422 and alert(r.text) == "节点日期“2025-13-01”有误，应为“2025-03-31”的格式"
    assert step(office, ot, world.a2, "milestone", due="2025-03-31", note="完成主体").status_code == 303
    assert step(office, ot, world.a2, "instruct", note="务必按期完成", leader="李县长").status_code == 303
    home = unit_a.get("/progress").text
    assert "李县长批示：务必按期完成" in home
    ref = flow_of(store.item_events(world.a2)).instructions[0].step.id
    assert step(unit_a, at, world.a2, "ack", ref=str(ref)).status_code == 303
    assert "李县长批示" not in unit_a.get("/progress").text
    page = unit_a.get(f"/items/{world.a2}/flow").text
    assert "2025-03-31" in page and f"{UNIT_A}已阅" in page
    assert '<span class="light green">已报送</span>' in page  # the unit reported on the node's date
    assert step(unit_a, at, world.a2, "bogus").status_code == 422


def test_the_alert_list_batch_urge_and_the_notice(app, world):
    office, ot = login(app, "duchashi")
    page = office.get(f"/alerts?plan={world.plan1}&as_of=2025-12-31").text
    assert "预警督办" in page and "红色预警" in page
    shown = set(map(int, re.findall(r'<tr id="alert-(\d+)">', page)))
    assert shown  # past the year's end, every unfinished item is late
    r = office.post(
        "/alerts/urge",
        data={"csrf_token": ot, "plan": world.plan1, "item": [world.a1, world.b1], "note": "请加快进度"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and "urged=2" in r.headers["location"]
    assert "已催办2项" in office.get(r.headers["location"]).text
    assert office.post("/alerts/urge", data={"csrf_token": ot, "plan": world.plan1}).status_code == 422
    assert office.get("/alerts?plan=1&as_of=2025-02-30").status_code == 422
    d = office.get(f"/alerts/notice.docx?plan={world.plan1}&unit={UNIT_A}&kind=催办")
    assert d.status_code == 200 and d.headers["content-disposition"].startswith("attachment;")
    doc = Document(io.BytesIO(d.content))
    assert doc.paragraphs[0].text == "催办单"
    assert f"{UNIT_A}：" in [p.text for p in doc.paragraphs]
    assert len(doc.tables[0].rows) >= 2
    unit_a, _ = login(app, "zhujian")
    assert unit_a.get(f"/alerts/notice.docx?plan={world.plan1}&unit={UNIT_A}").status_code == 200
