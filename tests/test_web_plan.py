"""The web pages from an uploaded report to its plan: upload, facts beside the text, review, confirm, the
任务分解表 (filters, pages, lights), editing an item (optimistic locking) and the .xlsx round trip."""

from __future__ import annotations

import io
import re
import time
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from govtargets.store import ItemDraft, ProgressDraft, Store, add_user
from govtargets.web import create_app

from .conftest import SEEDS, needs_shared

# An invented county's report: last year's actuals, this year's targets, five 为民办实事 items.
REPORT = """政府工作报告
——2025年1月12日在松溪县第十八届人民代表大会第四次会议上
县长 林晓东
一、2024年工作回顾
过去一年，全县实现地区生产总值212.5亿元，增长6.1%；一般公共预算收入15.3亿元，增长4.2%。
二、2025年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；全社会固定资产投资\
增长8%以上；社会消费品零售总额增长7%；城镇调查失业率控制在5.5%以内。
三、扎实办好民生实事
经过广泛征求意见，我们确定了一批事关群众切身利益的实事，作为2025年政府为民办实事的重点，确保年内完成：\
一是新建改建城乡公办幼儿园4所，新增学位1200个；二是改造老旧小区30个，惠及居民6000户；三是新增公共停车泊位\
2000个；四是完成农村公路提升改造80公里；五是为5000名65岁以上老年人提供免费健康体检。
各位代表，让我们凝心聚力，奋发有为，为建设幸福美丽新松溪而努力奋斗！
"""

PASSWORDS = {"duchashi": "correct-horse-1", "zhujian": "correct-horse-2", "lingdao": "correct-horse-3"}


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "web.db")
    with Store(path) as s:
        add_user(s, "duchashi", PASSWORDS["duchashi"], "supervisor", display_name="督查室王科长")
        add_user(s, "zhujian", PASSWORDS["zhujian"], "reporter", unit="县住建局")
        add_user(s, "lingdao", PASSWORDS["lingdao"], "viewer", display_name="县领导")
    return path


@pytest.fixture
def app(db):
    return create_app(db, secret="test-secret")


def login(app, username: str) -> tuple[TestClient, str]:
    """A client logged in as username, and its CSRF token."""
    client = TestClient(app)
    page = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    r = client.post(
        "/login",
        data={"username": username, "password": PASSWORDS[username], "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    page = client.get("/healthz")  # any page: the session now has a new CSRF token
    page = client.get("/login").text
    return client, re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


def upload(client: TestClient, token: str, data: bytes, name: str = "songxi_2025.txt", **form: str):
    return client.post(
        "/upload",
        data={"csrf_token": token, **form},
        files={"file": (name, data, "application/octet-stream")},
        follow_redirects=False,
    )


def facts_on(page: str) -> dict[int, str]:
    """The fact list of a document page: fact id → the entry's text."""
    out = {}
    for m in re.finditer(r'<li id="l(\d+)" class="fact-item[^"]*">(.*?)</li>', page, re.S):
        head = m.group(2).split('<div class="fact-actions">')[0]  # not the correction form's choices
        out[int(m.group(1))] = re.sub(r"<[^>]+>|\s+", " ", head)
    return out


def fact_id(page: str, *words: str) -> int:
    found = [i for i, text in facts_on(page).items() if all(w in text for w in words)]
    assert len(found) >= 1, words
    return found[0]


def test_upload_review_confirm_makes_the_plan_the_review_says(app, db):
    client, token = login(app, "duchashi")
    assert "上传" in client.get("/upload").text
    r = upload(client, token, REPORT.encode())
    assert r.status_code == 303 and r.headers["location"].startswith("/documents/")
    doc_url = r.headers["location"]
    page = client.get(doc_url).text

    # every fact is marked in the text and listed with a link to its mark
    facts = facts_on(page)
    assert len(facts) == 14  # 4 actuals, 5 targets, 5 tasks
    marks = set(map(int, re.findall(r'<mark id="f(\d+)" class="fact kind-(?:\w+)"', page)))
    anchors = set(map(int, re.findall(r'<span id="f(\d+)" class="anchor">', page)))
    assert set(facts) == marks | anchors
    for fid in facts:
        assert f'href="#f{fid}"' in page
    gdp_target = fact_id(page, "目标", "地区生产总值", "增长6%")
    assert re.search(rf'<mark id="f{gdp_target}" class="fact kind-target"[^>]*>地区生产总值增长6%', page)
    assert '<script src="/static/document.js"></script>' in page

    # reject the retail sales target, correct the fixed-asset investment target to 9%
    retail = fact_id(page, "目标", "社会消费品零售总额")
    invest = fact_id(page, "目标", "固定资产投资")
    doc_id = int(doc_url.rsplit("/", 1)[-1])
    r = client.post(
        f"/documents/{doc_id}/facts/{retail}/review",
        data={"csrf_token": token, "action": "reject"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == f"/documents/{doc_id}#l{retail}"
    r = client.post(
        f"/documents/{doc_id}/facts/{invest}/review",
        data={"csrf_token": token, "action": "correct", "value": "9", "unit": "%", "qualifier": "at_least"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    task = fact_id(page, "任务", "公共停车泊位")
    client.post(
        f"/documents/{doc_id}/facts/{task}/review",
        data={"csrf_token": token, "action": "correct", "value": "2500"},
    )
    r = client.post(
        f"/documents/{doc_id}/facts/{invest}/review",
        data={"csrf_token": token, "action": "correct", "metric": "幸福指数", "value": "9"},
    )
    assert r.status_code == 422 and "不认识的指标“幸福指数”" in r.text
    page = client.get(doc_url).text
    facts = facts_on(page)
    assert "已剔除" in facts[retail] and "已更正" in facts[invest] and "增长9%以上" in facts[invest]
    assert 'name="region" value="松溪县"' in page and 'name="year" value="2025"' in page

    r = client.post(
        f"/documents/{doc_id}/confirm",
        data={
            "csrf_token": token,
            "region": "松溪县",
            "year": "2025",
            "title": "2025年松溪县政府工作报告任务分解表",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    plan_id = int(r.headers["location"].rsplit("/", 1)[-1])
    with Store(db) as s:
        items = s.items(plan_id)
        log = s.audit_log(actor="duchashi")
    indicators = {i.metric: i for i in items if i.kind == "indicator"}
    assert "retail_sales" not in indicators  # rejected
    assert indicators["fixed_asset_investment"].target_value == Decimal("9")
    assert indicators["fixed_asset_investment"].qualifier == "at_least"
    assert indicators["gdp"].target_value == Decimal("6") and indicators["gdp"].qualifier == "about"
    assert len(indicators) == 4
    tasks = [i for i in items if i.kind == "task"]
    assert len(tasks) == 5 and all(t.category == "为民办实事" and t.deadline == "年内" for t in tasks)
    parking = next(t for t in tasks if "停车泊位" in t.text)
    assert parking.target_value == Decimal("2500") and parking.source_fact_id == task
    assert {e.action for e in log} >= {"reject", "correct", "create"}

    plan_page = client.get(f"/plans/{plan_id}").text
    assert "增长9%以上" in plan_page and "社会消费品零售总额" not in plan_page

    # the same region and year again: refused, said clearly
    r = client.post(
        f"/documents/{doc_id}/confirm",
        data={"csrf_token": token, "region": "松溪县", "year": "2025", "title": "再来一次"},
    )
    assert r.status_code == 409
    assert "松溪县2025年的任务分解表已经存在" in r.text and f"计划编号{plan_id}" in r.text


def test_report_text_is_shown_as_text_never_run(app):
    client, token = login(app, "duchashi")
    hostile = REPORT.replace(
        "县长 林晓东", '县长 林晓东<script>alert(1)</script><img src=x onerror="alert(2)">'
    ).replace("新增公共停车泊位", "新增<b>公共</b>停车泊位")
    r = upload(client, token, hostile.encode())
    page = client.get(r.headers["location"]).text
    assert "<script>alert(1)</script>" not in page and "<img src=x" not in page and "<b>公共</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;公共&lt;/b&gt;" in page  # inside a task's mark and in the fact list
    scripts = re.findall(r"<script[^>]*>", page)  # only our own document.js and bulk.js
    assert scripts == ['<script src="/static/document.js">', '<script src="/static/bulk.js">']


def test_uploads_are_size_limited_and_type_checked(app):
    client, token = login(app, "duchashi")
    started = time.perf_counter()
    r = upload(client, token, b"\xe4\xb8\xad" * (7 * 1024 * 1024))  # 21 MB
    assert r.status_code == 413 and "20 MB" in r.text and "文件过大" in r.text
    assert time.perf_counter() - started < 5

    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
    r = upload(client, token, png, "报告.png")
    assert r.status_code == 415 and "图片" in r.text

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("报告.txt", REPORT)
    r = upload(client, token, buf.getvalue(), "报告.docx")
    assert r.status_code == 415 and "压缩包" in r.text

    r = upload(client, token, b"just some english words, no report here at all", "a.txt")
    assert r.status_code == 415 and "中文" in r.text


def test_who_may_upload_and_see_plans(app):
    reporter, token = login(app, "zhujian")
    assert reporter.get("/upload").status_code == 403
    assert upload(reporter, token, REPORT.encode()).status_code == 403
    assert reporter.get("/plans").status_code == 403
    viewer, vtoken = login(app, "lingdao")
    assert viewer.get("/upload").status_code == 403
    assert viewer.get("/plans").status_code == 200


# a large plan, made straight in the store


UNITS = ["县发改局", "县住建局", "县教育局", "县交通运输局", "县民政局"]
CATEGORIES = ["重大项目建设", "城乡建设", "民生保障", "生态环境"]


@pytest.fixture
def big_plan(db):
    drafts = [
        ItemDraft(
            kind="task",
            text=f"第{n}项重点工作：推进示范工程建设{n}处",
            category=CATEGORIES[n % 4],
            deadline="年内",
            due_date=date(2025, 12, 31),
            lead_units=(UNITS[n % 5],),
            co_units=(UNITS[(n + 1) % 5],),
            measure="level",
            target_value=Decimal(10),
            target_unit="处",
            qualifier="exact",
        )
        for n in range(1, 2001)
    ]
    with Store(db) as s:
        plan_id = s.create_plan("松溪县", 2025, "2025年松溪县重点工作任务分解表", drafts, actor="duchashi")
        items = s.items(plan_id)
        for i in items[:30]:
            s.add_progress(i.id, ProgressDraft(as_of=date(2025, 6, 30), status="completed"), actor="duchashi")
    return plan_id, items


def rows_of(page: str) -> list[int]:
    return [int(x) for x in re.findall(r'<tr id="item-(\d+)">', page)]


def test_plan_page_filters_pages_and_lights(app, big_plan):
    plan_id, items = big_plan
    client, _ = login(app, "duchashi")
    page = client.get(f"/plans/{plan_id}?as_of=2025-07-01").text
    assert rows_of(page) == [i.id for i in items[:100]]
    assert "第 1/20 页" in page and f"/plans/{plan_id}?as_of=2025-07-01&amp;page=20" in page
    for label in (
        "序号",
        "类别",
        "任务内容",
        "指标",
        "目标值",
        "完成时限",
        "牵头单位",
        "责任单位",
        "状态",
        "操作",
        "筛选",
    ):
        assert label in page
    assert '<span class="light green"' in page and "完成" in page  # reported done
    assert '<span class="light grey"' in page and "未报送" in page

    last = client.get(f"/plans/{plan_id}?as_of=2025-07-01&page=20").text
    assert rows_of(last) == [i.id for i in items[1900:]]

    cat = client.get(f"/plans/{plan_id}", params={"category": "城乡建设"}).text
    assert rows_of(cat) == [i.id for i in items if i.category == "城乡建设"][:100] and "共 500 项" in cat
    unit = client.get(f"/plans/{plan_id}", params={"unit": "县住建局"}).text
    want = [i.id for i in items if "县住建局" in i.units]
    assert rows_of(unit) == want[:100] and f"共 {len(want)} 项" in unit
    done = client.get(f"/plans/{plan_id}", params={"status": "完成", "as_of": "2025-07-01"}).text
    assert rows_of(done) == [i.id for i in items[:30]] and "共 30 项" in done


def test_plan_page_of_2000_items_is_judged_once_and_sees_every_change(app, big_plan, db, monkeypatch):
    """The judged plan is cached by data version: pages, filters and clients share one judgement (its speed
    under load is measured by bench/bench_web.py, not here); a change is seen at once, and only the item
    that changed is read and judged again."""
    from govtargets.web import plan_state

    calls = []
    real_judge = plan_state.judge_item
    monkeypatch.setattr(
        plan_state, "judge_item", lambda i, *a, **k: calls.append(i.id) or real_judge(i, *a, **k)
    )
    plan_id, items = big_plan
    client, token = login(app, "duchashi")
    first = client.get(f"/plans/{plan_id}").text
    # no date given: today, moved into the plan's year, as on the dashboard and in the reports
    seen_at = min(max(date.today(), date(2025, 1, 1)), date(2025, 12, 31))
    assert f"截至 {seen_at.isoformat()}" in first
    for query in ("", "?page=2", "?page=20", "?category=城乡建设", "?unit=县住建局", "?status=未报送"):
        assert client.get(f"/plans/{plan_id}{query}").status_code == 200
    viewer, _ = login(app, "lingdao")
    assert viewer.get(f"/plans/{plan_id}").status_code == 200
    assert sorted(calls) == sorted(i.id for i in items)  # each item once
    calls.clear()
    # a change shows at once: the cache is keyed on the data version
    item = items[0]
    r = client.post(
        f"/plans/{plan_id}/items/{item.id}",
        data={
            "csrf_token": token,
            "rev": str(item.rev),
            "text": "第1项重点工作：已调整为新建示范工程12处",
            "category": item.category,
            "deadline": "9月底前",
            "lead_units": "县发改局",
            "co_units": "",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert "已调整为新建示范工程12处" in client.get(f"/plans/{plan_id}").text
    assert calls == [item.id]


def test_item_edit_stale_edit_is_refused_and_history_shown(app, big_plan, db):
    plan_id, items = big_plan
    item = items[5]
    client, token = login(app, "duchashi")
    page = client.get(f"/plans/{plan_id}/items/{item.id}").text
    assert 'name="rev" value="1"' in page and "保存" in page and "修改记录" in page
    form = {
        "csrf_token": token,
        "rev": "1",
        "text": item.text,
        "category": item.category,
        "deadline": "6月底前",
        "lead_units": "县住建局、县发改局",
        "co_units": "县民政局",
    }
    r = client.post(f"/plans/{plan_id}/items/{item.id}", data=form, follow_redirects=False)
    assert r.status_code == 303
    with Store(db) as s:
        now = s.item_history(item.id)[-1]
    assert now.rev == 2 and now.deadline == "6月底前" and now.due_date == date(2025, 6, 30)
    assert now.lead_units == ("县住建局", "县发改局") and now.co_units == ("县民政局",)

    # a second browser still on revision 1
    r = client.post(f"/plans/{plan_id}/items/{item.id}", data={**form, "deadline": "年底前"})
    assert r.status_code == 409
    assert "该事项已被督查室王科长修改（第2版），请刷新后重新修改" in r.text
    assert 'name="rev" value="2"' in r.text  # the page shows the latest, ready for the change again
    with Store(db) as s:
        history = s.item_history(item.id)
    assert len(history) == 2 and history[-1].deadline == "6月底前"

    page = client.get(f"/plans/{plan_id}/items/{item.id}").text
    assert "第2版" in page and "duchashi" in page
    assert re.search(r"完成时限</b>：年内 → 6月底前", page)

    r = client.post(f"/plans/{plan_id}/items/{item.id}", data={**form, "rev": "2", "deadline": "下个月吧"})
    assert r.status_code == 422 and "看不懂的完成时限" in r.text
    assert client.get(f"/plans/{plan_id}/items/{items[0].id + 99999}").status_code == 404


def test_viewer_reads_but_cannot_change_and_reporter_is_kept_out(app, big_plan):
    plan_id, items = big_plan
    viewer, token = login(app, "lingdao")
    page = viewer.get(f"/plans/{plan_id}").text
    assert "导出Excel" in page and "导入Excel" not in page and ">编辑<" not in page
    item_page = viewer.get(f"/plans/{plan_id}/items/{items[0].id}").text
    assert ">保存<" not in item_page
    r = viewer.post(
        f"/plans/{plan_id}/items/{items[0].id}",
        data={"csrf_token": token, "rev": "1", "text": "改", "deadline": "年内"},
    )
    assert r.status_code == 403
    r = viewer.post(
        f"/plans/{plan_id}/import",
        data={"csrf_token": token},
        files={"file": ("a.xlsx", b"PK\x03\x04", "application/octet-stream")},
    )
    assert r.status_code == 403
    reporter, _ = login(app, "zhujian")
    for path in (
        f"/plans/{plan_id}",
        f"/plans/{plan_id}/items/{items[1].id}",
        f"/plans/{plan_id}/export.xlsx",
    ):
        assert reporter.get(path).status_code == 403


def test_xlsx_export_and_import_round_trip(app, db, tmp_path):
    client, token = login(app, "duchashi")
    r = upload(client, token, REPORT.encode())
    doc_id = int(r.headers["location"].rsplit("/", 1)[-1])
    r = client.post(
        f"/documents/{doc_id}/confirm",
        data={"csrf_token": token, "region": "松溪县", "year": "2025", "title": "2025年松溪县任务分解表"},
        follow_redirects=False,
    )
    plan_id = int(r.headers["location"].rsplit("/", 1)[-1])

    r = client.get(f"/plans/{plan_id}/export.xlsx")
    assert r.status_code == 200
    assert "filename*=UTF-8''2025%E5%B9%B4%E6%9D%BE%E6%BA%AA" in r.headers["content-disposition"]
    wb = load_workbook(io.BytesIO(r.content))
    ws = wb.worksheets[0]
    header = [c.value for c in ws[2]]
    assert header[:8] == ["序号", "类别", "任务内容", "指标", "目标值", "完成时限", "牵头单位", "责任单位"]
    col = {name: n + 1 for n, name in enumerate(header)}
    parking_row = next(
        r for r in range(3, ws.max_row + 1) if "停车泊位" in str(ws.cell(r, col["任务内容"]).value)
    )
    ws.cell(parking_row, col["牵头单位"]).value = "县住建局"
    ws.cell(parking_row, col["责任单位"]).value = "县公安局、县交通运输局"
    ws.cell(parking_row, col["完成时限"]).value = "10月底前"
    good = tmp_path / "good.xlsx"
    wb.save(good)
    ws.cell(3, col["完成时限"]).value = "等通知"
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)

    r = client.post(
        f"/plans/{plan_id}/import",
        data={"csrf_token": token},
        files={"file": ("bad.xlsx", bad.read_bytes(), "application/octet-stream")},
    )
    assert r.status_code == 422 and "第3行「完成时限」" in r.text and "未导入任何内容" in r.text
    with Store(db) as s:
        assert all(i.rev == 1 for i in s.items(plan_id))  # nothing landed

    r = client.post(
        f"/plans/{plan_id}/import",
        data={"csrf_token": token},
        files={"file": ("good.xlsx", good.read_bytes(), "application/octet-stream")},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert "修改1项" in client.get(r.headers["location"]).text
    with Store(db) as s:
        parking = next(i for i in s.items(plan_id) if "停车泊位" in i.text)
    assert parking.rev == 2 and parking.lead_units == ("县住建局",)
    assert parking.co_units == ("县公安局", "县交通运输局") and parking.due_date == date(2025, 10, 31)
    assert parking.created_by == "duchashi"

    r = client.post(
        f"/plans/{plan_id}/import",
        data={"csrf_token": token},
        files={"file": ("a.xlsx", b"not a workbook", "application/octet-stream")},
    )
    assert r.status_code == 415 and "不是Excel" in r.text


@needs_shared
def test_seed_003_upload_and_confirm(app, db):
    seed = next(SEEDS.glob("003_*.txt"))
    client, token = login(app, "duchashi")
    r = upload(client, token, seed.read_bytes(), seed.name)
    doc_url = r.headers["location"]
    page = client.get(doc_url).text
    assert "江干区" in page and 'name="year" value="2014"' in page
    r = client.post(
        doc_url + "/confirm",
        data={
            "csrf_token": token,
            "region": "江干区",
            "year": "2014",
            "title": "2014年江干区政府工作报告任务分解表",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    plan_id = int(r.headers["location"].rsplit("/", 1)[-1])
    with Store(db) as s:
        items = s.items(plan_id)
    indicators = {i.metric for i in items if i.kind == "indicator"}
    assert {"gdp", "tertiary_va", "fixed_asset_investment", "retail_sales"} <= indicators
    assert len(indicators) == 11
    minsheng = [i for i in items if i.category == "为民办实事"]
    assert len(minsheng) == 10 and any("停车泊位1500个" in i.text for i in minsheng)
    page = client.get(f"/plans/{plan_id}", params={"category": "为民办实事"}).text
    assert len(rows_of(page)) == 10
