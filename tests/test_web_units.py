"""单位名录 and 单位考评 in the browser: only the office edits the directory (a viewer reads it, a unit sees
neither), every change needs the CSRF token and is audited, a bad form says what is wrong in one Chinese line
and changes nothing, a merge shows at once on the plan page and in what a unit may see, and the plan's unit
filter lists directory units."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from fastapi.testclient import TestClient

from govtargets.store import ItemDraft, ProgressDraft

from . import test_web_security as sec
from .test_web_security import UNIT_A, UNIT_B, login

world_template, world, app = sec.world_template, sec.world, sec.app  # the shared fixtures


def unit_id(store, name: str) -> int:
    return store.find_unit(name).id


def error_line(page: str) -> str:
    m = re.search(r'<p class="alert" role="alert">([^<]*)</p>', page)
    assert m, "no error line on the page"
    return m.group(1)


def test_roles_on_the_directory_and_the_ranking(app, world):
    store = app.state.store
    before = sec.snapshot(store)
    viewer, vtoken = login(app, "lingdao")
    assert viewer.get("/units").status_code == 200 and viewer.get("/scores").status_code == 200
    assert "维护" not in viewer.get("/units").text  # no edit forms for a viewer
    target = unit_id(store, UNIT_A)
    r = viewer.post("/units/alias", data={"csrf_token": vtoken, "unit_id": target, "alias": "县住房局"})
    assert r.status_code == 403
    reporter, rtoken = login(app, "zhujian")
    for path in ("/units", "/units/review", "/scores"):
        assert reporter.get(path, follow_redirects=False).status_code == 403, path
    r = reporter.post("/units/accept", data={"csrf_token": rtoken, "unit_id": target})
    assert r.status_code == 403
    office, _ = login(app, "duchashi")
    for path in ("/units", "/units/alias", "/units/parent", "/units/merge", "/units/accept"):
        r = office.post(path, data={"unit_id": target, "name": "县档案馆", "alias": "县住房局"})
        assert r.status_code == 403 and "CSRF" in r.text, path  # no token: refused
    assert sec.snapshot(store) == before
    assert "单位名录" in office.get("/plans").text and "单位名录" not in reporter.get("/progress").text


def test_the_office_reviews_new_names_and_merges_with_history_kept(app, world):
    store = app.state.store
    office, token = login(app, "duchashi")
    # a notice names the housing bureau in full (resolved by the rules) and a unit nobody knows yet
    (full, other) = store.add_items(
        world.plan1,
        [
            ItemDraft(kind="task", text="建设保障性租赁住房200套", lead_units=("县住房和城乡建设局",)),
            ItemDraft(kind="task", text="改造城中村2个", lead_units=("县住房保障服务中心",)),
        ],
        actor="duchashi",
    )
    store.add_progress(
        other, ProgressDraft(as_of=date(2025, 4, 30), completion_pct=Decimal(30), unit="县住房保障服务中心")
    )
    assert store.items(world.plan1, item_ids=[full])[0].lead_units == (UNIT_A,)
    page = office.get("/units/review").text
    assert "县住房保障服务中心" in page and "确认为新单位" in page
    zhujian, _ = login(app, "zhujian")
    assert zhujian.get(f"/progress/items/{full}").status_code == 200  # its own unit, written in full
    assert zhujian.get(f"/progress/items/{other}").status_code == 404
    plan_page = office.get(f"/plans/{world.plan1}").text  # cached before the merge
    assert "县住房保障服务中心" in plan_page
    r = office.post(
        "/units/merge",
        data={
            "csrf_token": token,
            "unit_id": unit_id(store, "县住房保障服务中心"),
            "target": "县住房和城乡建设局",  # another name of UNIT_A is enough
            "source": "review",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    done = office.get(r.headers["location"]).text
    assert f"已将单位并入“{UNIT_A}”" in done
    assert zhujian.get(f"/progress/items/{other}").status_code == 200  # the unit now sees the item
    plan_page = office.get(f"/plans/{world.plan1}").text
    assert "县住房保障服务中心" not in plan_page.split("<table", 1)[-1]
    (entry,) = [e for e in store.audit_log(entity="unit") if e.action == "merge"]
    assert entry.actor == "duchashi" and entry.new_value["progress"] == 1
    directory = office.get("/units").text
    assert "县住房保障服务中心" in directory and "县住房和城乡建设局" in directory  # both kept as aliases


def test_a_bad_form_says_why_in_one_line_and_changes_nothing(app, world):
    store = app.state.store
    office, token = login(app, "duchashi")
    a, b = unit_id(store, UNIT_A), unit_id(store, UNIT_B)
    before = sec.snapshot(store)
    for path, data, words in [
        ("/units/merge", {"unit_id": a, "target": UNIT_A}, "不能将单位并入其自身"),
        ("/units/merge", {"unit_id": a, "target": "县档案馆"}, "不在单位名录中"),
        ("/units/merge", {"unit_id": 99999, "target": UNIT_A}, "未找到该单位"),
        ("/units/merge", {"unit_id": "abc", "target": UNIT_A}, ""),
        ("/units/alias", {"unit_id": a, "alias": UNIT_B}, "请用“并入”"),
        ("/units/alias", {"unit_id": a, "alias": "  "}, "别名应为"),
        ("/units/parent", {"unit_id": a, "parent": "县档案馆"}, "不在单位名录中"),
        ("/units", {"name": UNIT_A}, "已在名录中"),
        ("/units", {"name": "县住房和城乡建设局"}, "已在名录中"),  # the same unit, written in full
        ("/units", {"name": "x" * 101}, "1—100个字"),
    ]:
        r = office.post(path, data={"csrf_token": token, **data}, follow_redirects=False)
        assert 400 <= r.status_code < 500 and "Traceback" not in r.text, (path, data)
        if words:
            assert words in error_line(r.text), (path, data, r.text[-500:])
    assert sec.snapshot(store) == before
    r = office.post("/units/parent", data={"csrf_token": token, "unit_id": b, "parent": "县人民政府"})
    assert "不在单位名录中" in error_line(r.text)
    r = office.post("/units", data={"csrf_token": token, "name": "县人民政府"}, follow_redirects=False)
    assert r.status_code == 303
    r = office.post("/units/parent", data={"csrf_token": token, "unit_id": b, "parent": "县政府"})
    assert r.status_code == 200 and "已设置“县水利局”的上级单位" in r.text
    assert [e.action for e in store.audit_log(entity="unit")] == ["add", "set_parent"]


def test_the_plan_filter_lists_directory_units_and_the_ranking_shows_them(app, world):
    store = app.state.store
    store.add_items(
        world.plan1,
        [
            ItemDraft(
                kind="task", text="新建雨水泵站", lead_units=("县水利局",), co_units=("县住房城乡建设局",)
            ),
            ItemDraft(
                kind="task", text="整治黑臭水体", lead_units=("县水務局",), co_units=("县住房和城乡建设局",)
            ),
        ],
    )
    office, _ = login(app, "duchashi")
    page = office.get(f"/plans/{world.plan1}").text
    select = page.split('<select name="unit">', 1)[1].split("</select>", 1)[0]
    options = re.findall(r'<option value="([^"]*)"', select)
    assert sorted(o for o in options if o) == sorted([UNIT_A, UNIT_B, "县水務局"])
    scores = office.get(f"/scores?plan={world.plan1}&as_of=2025-06-30").text
    assert "单位考评" in scores and "考评规则" in scores
    assert UNIT_A in scores and UNIT_B in scores and "综合得分" in scores
    # 县水利局 leads two items of the plan from the start, and now the pumping station
    assert re.search(rf'<td>{UNIT_B}</td><td class="center">3</td>', scores), scores
    assert office.get("/scores?as_of=2025-13-01").status_code == 422
    assert TestClient(app).get("/units", follow_redirects=False).status_code in (302, 303, 307)
