"""The web on a notice and on a supervision report: a notice uploaded makes a plan of its tasks with their
units, leaders and deadlines; a supervision report uploaded is matched to a plan's items and, once confirmed,
gives their progress (once: confirming again stores nothing twice)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from govtargets.store import Store

from .test_web_plan import REPORT, app, db, fact_id, login, upload  # noqa: F401 (fixtures)

NOTICES = Path(__file__).parent / "fixtures" / "notices"


def test_a_notice_uploaded_makes_a_plan_with_its_units(app, db):  # noqa: F811
    client, token = login(app, "duchashi")
    r = upload(client, token, (NOTICES / "b2_labels_lines.txt").read_bytes(), "分解表.txt")
    assert r.status_code == 303
    doc_url = r.headers["location"]
    page = client.get(doc_url).text
    assert "牵头：市交通运输局；配合：市自然资源和规划局、市财政局；责任领导：孙某某" in page
    doc_id = int(doc_url.split("?")[0].rsplit("/", 1)[-1])
    r = client.post(
        f"/documents/{doc_id}/confirm",
        data={"csrf_token": token, "region": "白鹭市", "year": "2023", "title": ""},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    plan_id = int(r.headers["location"].rsplit("/", 1)[-1])
    with Store(db) as s:
        items = s.items(plan_id)
    assert [i.kind for i in items] == ["task"] * 3
    bridge = next(i for i in items if "跨江大桥" in i.text)
    assert bridge.lead_units == ("市交通运输局",)
    assert bridge.co_units == ("市自然资源和规划局", "市财政局")
    assert bridge.deadline == "2023年9月底前" and bridge.note == "责任领导：孙某某"
    assert next(i for i in items if "雨污分流" in i.text).lead_units == ("县商务局",)


SUPERVISION = """松溪县人民政府督查室关于2025年上半年重点工作推进情况的督查通报
各乡镇人民政府，县政府各部门：
根据县政府工作安排，县政府督查室对上半年目标任务推进情况开展了督查，现将有关情况通报如下。
一、主要指标完成情况
上半年，全县实现地区生产总值103.2亿元，增长5.8%；一般公共预算收入8.1亿元，增长4.9%。
二、下步要求
各单位要对照年度目标，加快推进滞后任务。
"""


def test_a_supervision_report_is_matched_to_the_plan_and_confirmed(app, db):  # noqa: F811
    client, token = login(app, "duchashi")
    r = upload(client, token, REPORT.encode())
    doc_id = int(r.headers["location"].split("?")[0].rsplit("/", 1)[-1])
    r = client.post(
        f"/documents/{doc_id}/confirm",
        data={"csrf_token": token, "region": "松溪县", "year": "2025", "title": ""},
        follow_redirects=False,
    )
    plan_id = int(r.headers["location"].rsplit("/", 1)[-1])

    r = upload(client, token, SUPERVISION.encode(), "督查通报.txt")
    sup_url = r.headers["location"].split("?")[0]
    sup_id = int(sup_url.rsplit("/", 1)[-1])
    assert f'action="/documents/{sup_id}/match"' in client.get(sup_url).text
    page = client.get(f"/documents/{sup_id}/match?plan={plan_id}").text
    assert "地区生产总值" in page and "指标相同" in page
    todo = int(re.search(r"确认保存 (\d+) 条进展", page).group(1))
    assert todo >= 2
    r = client.post(
        f"/documents/{sup_id}/match",
        data={"csrf_token": token, "plan": str(plan_id), "as_of": "2025-06-30"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and f"stored={todo}" in r.headers["location"]
    with Store(db) as s:
        items = {i.id: i for i in s.items(plan_id)}
        progress = s.progress(plan_id)
    gdp = next(i for i in items.values() if i.metric == "gdp")
    (report,) = progress[gdp.id]
    assert report.growth == Decimal("5.8") and str(report.as_of) == "2025-06-30"
    assert report.source_fact_id is not None
    r = client.post(
        f"/documents/{sup_id}/match",
        data={"csrf_token": token, "plan": str(plan_id), "as_of": "2025-06-30"},
        follow_redirects=False,
    )
    assert "stored=0" in r.headers["location"]  # confirmed twice: nothing stored twice
    assert "已保存 0 条进展" in client.get(r.headers["location"]).text
    r = client.post(
        f"/documents/{sup_id}/match",
        data={"csrf_token": token, "plan": str(plan_id), "as_of": "六月底"},
        follow_redirects=False,
    )
    assert r.status_code == 422 and "不是有效日期" in r.text
