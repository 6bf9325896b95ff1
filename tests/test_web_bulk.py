"""Bulk work in the web: many facts reviewed in one request (JSON for the page's script, one redirect
without it), the plan searched by words, many items given a unit, deadline or category at once, a unit's
monthly sheet uploaded; roles, CSRF and the audit log as on every route. And a freshly created plan shows
its items as 未报送 (grey), not as a red 未完成. Everything is invented (松溪县, its units and figures).
"""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from govtargets.store import ItemDraft, Store, add_user, fact_reviews
from govtargets.web import create_app

from .test_web_plan import PASSWORDS, REPORT, upload

PASSWORDS = dict(PASSWORDS, jiaotong="correct-horse-4")
UNIT = "县住建局"


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "web.db")
    with Store(path) as s:
        add_user(s, "duchashi", PASSWORDS["duchashi"], "supervisor", display_name="督查室王科长")
        add_user(s, "zhujian", PASSWORDS["zhujian"], "reporter", unit=UNIT)
        add_user(s, "jiaotong", PASSWORDS["jiaotong"], "reporter", unit="县交通运输局")
        add_user(s, "lingdao", PASSWORDS["lingdao"], "viewer", display_name="县领导")
        drafts = [
            ItemDraft(
                kind="task", category="城乡建设", text="改造老旧小区30个，惠及居民6000户", lead_units=(UNIT,)
            ),
            ItemDraft(kind="task", category="城乡建设", text="新增公共停车泊位2000个", lead_units=(UNIT,)),
            ItemDraft(
                kind="task", category="交通", text="完成农村公路提升改造80公里", lead_units=("县交通运输局",)
            ),
            ItemDraft(kind="task", text="推进智慧城市一网统管平台建设"),
        ]
        s.create_plan("松溪县", 2025, "松溪县2025年重点工作任务分解", drafts)
    return path


@pytest.fixture
def app(db):
    return create_app(db, secret="test-secret")


def _login(app, who: str) -> tuple[TestClient, str]:
    """A client logged in as `who`, and its CSRF token (as test_web_plan.login, with this file's users)."""
    client = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    form = {"username": who, "password": PASSWORDS[who], "csrf_token": token, "next": "/"}
    assert client.post("/login", data=form, follow_redirects=False).status_code == 303
    return client, re.search(r'name="csrf-token" content="([^"]+)"', client.get("/login").text).group(1)


def _doc(client: TestClient, token: str) -> int:
    r = upload(client, token, REPORT.encode("utf-8"))
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[-1])


def _audit_count(db: str, action: str) -> int:
    with Store(db) as s:
        return sum(1 for e in s.audit_log() if e.action == action)


def test_facts_of_a_kind_are_accepted_in_one_request(app, db) -> None:
    client, token = _login(app, "duchashi")
    doc_id = _doc(client, token)
    with Store(db) as s:
        facts = s.facts(doc_id)
    tasks = [f["id"] for f in facts if f["kind"] == "task"]
    assert len(tasks) >= 5
    before = _audit_count(db, "accept")
    r = client.post(
        f"/documents/{doc_id}/facts/batch",
        data={"action": "accept-all", "kind": "task"},
        headers={"Accept": "application/json", "X-CSRF-Token": token},
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["done"], body["action"], body["name"]) == (len(tasks), "accept", "已接受")
    assert sorted(body["ids"]) == sorted(tasks) and body["reviewed"] == len(tasks)
    assert _audit_count(db, "accept") == before + len(tasks)  # one audit entry per fact

    # a selection rejected by a plain form: one redirect for the whole batch
    chosen = [f["id"] for f in facts if f["kind"] != "task"][:2]
    r = client.post(
        f"/documents/{doc_id}/facts/batch",
        data={"action": "reject", "fact_ids": [str(i) for i in chosen], "csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == f"/documents/{doc_id}"
    with Store(db) as s:
        reviews = fact_reviews(s, [f["id"] for f in facts])
    assert {reviews[i].action for i in chosen} == {"reject"}
    page = client.get(f"/documents/{doc_id}").text
    assert 'id="fact-batch"' in page and "/static/bulk.js" in page
    assert f'<span id="n-rejected">{len(chosen)}</span>' in page


def test_review_batch_refuses_bad_input_in_chinese(app, db) -> None:
    client, token = _login(app, "duchashi")
    doc_id = _doc(client, token)
    json = {"Accept": "application/json", "X-CSRF-Token": token}
    url = f"/documents/{doc_id}/facts/batch"
    r = client.post(url, data={"action": "accept"}, headers=json)
    assert r.status_code == 422 and r.json()["detail"] == "请先勾选要处理的条目"
    r = client.post(url, data={"action": "accept", "fact_ids": "999999"}, headers=json)
    assert r.status_code == 404 and "不属于该文档" in r.json()["detail"]
    r = client.post(url, data={"action": "delete", "fact_ids": "1"}, headers=json)
    assert r.status_code == 400 and "接受" in r.json()["detail"]
    r = client.post(url, data={"action": "accept", "fact_ids": "1"}, headers={"Accept": "application/json"})
    assert r.status_code == 403  # no CSRF token
    viewer, vtoken = _login(app, "lingdao")
    r = viewer.post(
        url, data={"action": "accept-all"}, headers={"Accept": "application/json", "X-CSRF-Token": vtoken}
    )
    assert r.status_code == 403


def test_the_plan_is_searched_by_words(app) -> None:
    client, _ = _login(app, "duchashi")
    page = client.get("/plans/1?q=停车").text
    assert "新增公共停车泊位2000个" in page and "改造老旧小区" not in page and "共 1 项" in page
    page = client.get("/plans/1?q=县住建局 小区").text  # every word must match
    assert "共 1 项" in page and "改造老旧小区30个" in page
    assert "共 0 项" in client.get("/plans/1?q=不存在的词").text
    assert 'name="q" value="停车"' in client.get("/plans/1?q=停车").text


def test_items_get_a_unit_deadline_and_category_at_once(app, db) -> None:
    client, token = _login(app, "duchashi")
    with Store(db) as s:
        items = s.items(1)
    chosen = [items[1].id, items[3].id]
    r = client.post(
        "/plans/1/items/batch",
        data={
            "item_ids": [str(i) for i in chosen],
            "lead_units": "县数据局",
            "deadline": "9月底前",
            "category": "数字政府",
            "back": "/plans/1?q=停车",
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/plans/1?q=")
    assert "已批量修改2项" in client.get(r.headers["location"]).text
    with Store(db) as s:
        after = {i.id: i for i in s.items(1)}
        revised = sum(1 for e in s.audit_log() if e.action == "revise")
    for i in chosen:
        assert after[i].lead_units == ("县数据局",) and after[i].deadline == "9月底前"
        assert (
            after[i].due_date == date(2025, 9, 30) and after[i].category == "数字政府" and after[i].rev == 2
        )
    assert after[items[0].id].rev == 1 and revised == 2

    bad = {"item_ids": [str(chosen[0])], "deadline": "尽快", "csrf_token": token}
    r = client.post("/plans/1/items/batch", data=bad)
    assert r.status_code == 422 and "看不懂的完成时限“尽快”" in r.text and "Traceback" not in r.text
    r = client.post("/plans/1/items/batch", data={"item_ids": [str(chosen[0])], "csrf_token": token})
    assert r.status_code == 422 and "请填写要统一设置的" in r.text
    viewer, vtoken = _login(app, "lingdao")
    r = viewer.post("/plans/1/items/batch", data={"item_ids": "1", "category": "x", "csrf_token": vtoken})
    assert r.status_code == 403
    assert 'id="bulk"' not in viewer.get("/plans/1").text  # a viewer reads only


def test_a_unit_uploads_its_monthly_sheet(app, db) -> None:
    client, token = _login(app, "zhujian")
    r = client.get("/progress/sheet.xlsx?plan=1")
    assert r.status_code == 200
    wb = load_workbook(io.BytesIO(r.content))
    ws = wb.worksheets[0]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    head_at = next(n for n, row in enumerate(rows) if "编号" in row)
    head = rows[head_at]
    body = rows[head_at + 1 :]
    assert len(body) == 2  # its own two items only
    col = {name: n + 1 for n, name in enumerate(head) if name}
    for k in range(len(body)):
        ws.cell(row=head_at + 2 + k, column=col["截至日期"], value="2025-06-30")
        ws.cell(row=head_at + 2 + k, column=col["进展情况"], value=f"已完成第{k + 1}批")
    out = io.BytesIO()
    wb.save(out)
    r = client.post(
        "/progress/sheet",
        data={"plan": "1", "csrf_token": token},
        files={"file": ("住建局6月.xlsx", out.getvalue(), "application/octet-stream")},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/progress?plan=1&imported=2"
    assert "已导入2条进展" in client.get(r.headers["location"]).text
    with Store(db) as s:
        reported = s.progress(1)
    assert sorted(len(v) for v in reported.values()) == [1, 1]

    # another unit's sheet: refused whole, in one line of Chinese
    other, otoken = _login(app, "jiaotong")
    r = other.post(
        "/progress/sheet",
        data={"plan": "1", "csrf_token": otoken},
        files={"file": ("x.xlsx", out.getvalue(), "application/octet-stream")},
    )
    assert (
        r.status_code == 422
        and "导入失败，未导入任何内容" in r.text
        and "不由县交通运输局牵头或负责" in r.text
    )
    r = other.post(
        "/progress/sheet",
        data={"plan": "1", "csrf_token": otoken},
        files={"file": ("x.xlsx", b"not a workbook", "application/octet-stream")},
    )
    assert r.status_code == 415 and "不是Excel" in r.text
    viewer, vtoken = _login(app, "lingdao")
    assert viewer.get("/progress/sheet.xlsx?plan=1").status_code == 403


def test_a_fresh_plan_is_not_a_red_board(app) -> None:
    """No progress yet: every item 未报送 and grey on the plan page and the dashboard."""
    client, _ = _login(app, "duchashi")
    for url in ("/plans/1?as_of=2025-12-31", "/plans/1"):
        page = client.get(url).text
        lights = re.findall(r'<span class="light (\w+)"[^>]*>([^<]+)</span>', page)
        assert lights and set(lights) == {("grey", "未报送")}, (url, lights)
    board = client.get("/dashboard?plan=1&as_of=2025-12-31").text
    assert "light red" not in board


def test_items_get_a_milestone_at_once(app, db) -> None:
    """倒排时间表: one 节点 (date and what must be done by it) for every item chosen, on record in each item's
    lifecycle; a 节点 without its date or its requirement is refused in Chinese and nothing is written."""
    client, token = _login(app, "duchashi")
    with Store(db) as s:
        items = s.items(1)
    chosen = [items[0].id, items[1].id]
    data = {"item_ids": [str(i) for i in chosen], "csrf_token": token}
    r = client.post("/plans/1/items/batch", data={**data, "milestone_date": "2025-09-30"})
    assert r.status_code == 422 and "请填写节点要求" in r.text
    r = client.post("/plans/1/items/batch", data={**data, "milestone_note": "完成主体工程"})
    assert r.status_code == 422 and "请填写节点日期" in r.text
    with Store(db) as s:
        assert all(not s.item_events(i) for i in chosen)
    r = client.post(
        "/plans/1/items/batch",
        data={**data, "milestone_date": "2025-09-30", "milestone_note": "完成主体工程"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    with Store(db) as s:
        for i in chosen:
            (e,) = s.item_events(i)
            assert (e.kind, e.note, e.data["due"], e.actor) == (
                "milestone",
                "完成主体工程",
                "2025-09-30",
                "duchashi",
            )
        assert not s.item_events(items[2].id)
    reporter, rtoken = _login(app, "zhujian")
    r = reporter.post(
        "/plans/1/items/batch",
        data={
            "item_ids": str(chosen[0]),
            "milestone_date": "2025-10-31",
            "milestone_note": "x",
            "csrf_token": rtoken,
        },
    )
    assert r.status_code == 403
