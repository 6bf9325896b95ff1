"""The reading pages: 督查概览 (counts, lights, chart data, cache invalidation, ECharts served or missing),
跨年核对 (both quotes), 督查报告 (real .docx and .xlsx, the HTML preview) and 操作日志 (filters, pages); a
reporter may see none of them."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote

import pytest
from docx import Document as DocxDocument
from fastapi.testclient import TestClient
from markupsafe import escape
from openpyxl import load_workbook

from govtargets.cycle.judge import STATUSES, judge, summarize
from govtargets.extract import extract_facts
from govtargets.ingest import read_document
from govtargets.lexicon import load_lexicon
from govtargets.store import ItemDraft, ProgressDraft, Store, add_user
from govtargets.web import create_app
from govtargets.web.routes_dashboard import dashboard_data, echarts_file

from .conftest import CORPUS, REPO, needs_shared

PASSWORDS = {"duchashi": "correct-horse-1", "zhujian": "correct-horse-2", "lingdao": "correct-horse-3"}
AS_OF = date(2025, 4, 30)

# An invented county's plan: four main indicators, five tasks, four months of progress.
ITEMS = [
    ItemDraft(
        kind="indicator",
        text="地区生产总值增长6%左右",
        category="主要预期目标",
        metric="gdp",
        measure="growth",
        target_value=Decimal(6),
        target_unit="%",
        qualifier="about",
        lead_units=("县发展改革局",),
    ),
    ItemDraft(
        kind="indicator",
        text="一般公共预算收入18亿元",
        category="主要预期目标",
        metric="general_budget_revenue",
        measure="level",
        target_value=Decimal(18),
        target_unit="亿元",
        qualifier="exact",
        lead_units=("县财政局",),
    ),
    ItemDraft(
        kind="indicator",
        text="社会消费品零售总额增长7%",
        category="主要预期目标",
        metric="retail_sales",
        measure="growth",
        target_value=Decimal(7),
        target_unit="%",
        qualifier="exact",
        lead_units=("县商务局",),
    ),
    ItemDraft(
        kind="indicator",
        text="居民消费价格涨幅控制在3%以内",
        category="主要预期目标",
        metric="cpi",
        measure="growth",
        target_value=Decimal(3),
        target_unit="%",
        qualifier="at_most",
        lead_units=("县发展改革局",),
    ),
    ItemDraft(
        kind="task",
        text="新建改建城乡公办幼儿园4所，新增学位1200个",
        name="新建改建公办幼儿园4所",
        category="为民办实事",
        measure="level",
        target_value=Decimal(4),
        target_unit="所",
        qualifier="exact",
        deadline="12月底前",
        due_date=date(2025, 12, 31),
        lead_units=("县教育局",),
    ),
    ItemDraft(
        kind="task",
        text="改造老旧小区30个，惠及居民6000户",
        name="改造老旧小区30个",
        category="为民办实事",
        measure="level",
        target_value=Decimal(30),
        target_unit="个",
        qualifier="exact",
        deadline="12月底前",
        due_date=date(2025, 12, 31),
        lead_units=("县住建局",),
    ),
    ItemDraft(
        kind="task",
        text="完成农村公路提升改造80公里",
        name="农村公路提升改造80公里",
        category="为民办实事",
        measure="level",
        target_value=Decimal(80),
        target_unit="公里",
        qualifier="exact",
        deadline="10月底前",
        due_date=date(2025, 10, 31),
        lead_units=("县交通运输局",),
    ),
    ItemDraft(
        kind="task",
        text="建设县城南部污水处理厂<script>alert(1)</script>",
        name="县城南部污水处理厂<script>",
        category="生态环境",
        deadline="年内",
        lead_units=("县住建局",),
    ),
    ItemDraft(kind="task", text="举办首届溪山文化旅游节", category="文化旅游", lead_units=("县文旅局",)),
]


def _progress(items) -> list[tuple[int, ProgressDraft]]:
    by_name = {i.short_name: i for i in items}
    gdp, revenue, retail, cpi = items[:4]
    out: list[tuple[int, ProgressDraft]] = []
    for m, (g, r, s, c) in enumerate(
        [("5.2", "1.6", "6.1", "1.2"), ("5.5", "3.1", "6.4", "1.5"), ("5.8", "4.9", "6.2", "1.9")], 1
    ):
        when = date(2025, m, 28)
        out += [
            (gdp.id, ProgressDraft(as_of=when, growth=Decimal(g))),
            (revenue.id, ProgressDraft(as_of=when, value=Decimal(r), unit="县财政局")),
            (retail.id, ProgressDraft(as_of=when, growth=Decimal(s))),
            (cpi.id, ProgressDraft(as_of=when, growth=Decimal(c))),
        ]
    out += [
        (by_name["新建改建公办幼儿园4所"].id, ProgressDraft(as_of=date(2025, 3, 31), value=Decimal(1))),
        (by_name["改造老旧小区30个"].id, ProgressDraft(as_of=date(2025, 3, 31), value=Decimal(2))),
        (by_name["农村公路提升改造80公里"].id, ProgressDraft(as_of=date(2025, 3, 31), value=Decimal(30))),
        (
            by_name["县城南部污水处理厂<script>"].id,
            ProgressDraft(as_of=date(2025, 2, 20), status="cancelled", narrative="经县政府常务会议同意取消"),
        ),
    ]
    return out


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "web.db")
    with Store(path) as s:
        add_user(s, "duchashi", PASSWORDS["duchashi"], "supervisor", display_name="督查室王科长")
        add_user(s, "zhujian", PASSWORDS["zhujian"], "reporter", unit="县住建局")
        add_user(s, "lingdao", PASSWORDS["lingdao"], "viewer", display_name="县领导")
        plan_id = s.create_plan(
            "溪山县", 2025, "2025年溪山县《政府工作报告》任务分解表", ITEMS, actor="duchashi"
        )
        s.add_progress_many(_progress(s.items(plan_id)), actor="zhujian")
    return path


@pytest.fixture
def app(db):
    return create_app(db, secret="test-secret")


def login(app, username: str) -> TestClient:
    client = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    r = client.post(
        "/login",
        data={"username": username, "password": PASSWORDS[username], "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    return client


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="dashboard-data">(.*?)</script>', html, re.S)
    assert m, "the dashboard's data block is missing"
    return json.loads(m.group(1))


def counts_in_table(html: str) -> dict[str, tuple[int, int]]:
    rows = re.findall(
        r'<tr data-status="([^"]+)">.*?<td class="num">(\d+)</td><td class="num">(\d+)</td>', html, re.S
    )
    return {s: (int(i), int(t)) for s, i, t in rows}


# 督查概览


def test_dashboard_counts_match_the_judgement_and_the_data_block_holds_the_charts(app, db):
    client = login(app, "duchashi")
    r = client.get(f"/dashboard?as_of={AS_OF}")
    assert r.status_code == 200 and "督查概览" in r.text
    with Store(db) as s:
        plan = s.plans()[0]
        summary = summarize(
            judge(s.items(plan.id), s.progress(plan.id), AS_OF, 2025, lex=load_lexicon()), AS_OF
        )
    expected = {st: (len(summary.indicators.get(st, [])), len(summary.tasks.get(st, []))) for st in STATUSES}
    assert counts_in_table(r.text) == expected
    data = page_data(r.text)
    assert {c["status"]: (c["indicators"], c["tasks"]) for c in data["counts"]} == expected
    assert expected["取消"] == (0, 1) and expected["未报送"] == (0, 1)
    # the 总体情况 sentence, in seed 002's words
    assert "4项主要经济发展指标中" in data["overview"] and str(escape(data["overview"])) in r.text
    # each main indicator: a bullet and its monthly series against the target or 序时进度
    names = [i["name"] for i in data["indicators"]]
    assert names == ["地区生产总值", "一般公共预算收入", "社会消费品零售总额", "居民消费价格指数"]
    gdp, revenue = data["indicators"][:2]
    assert gdp["bullet"]["actual"] == 5.8 and gdp["bullet"]["target"] == 6.0
    assert gdp["series"]["actual"] == [5.2, 5.5, 5.8, None] and gdp["series"]["line"] == [6.0] * 4
    assert gdp["series"]["months"] == ["1月", "2月", "3月", "4月"]
    assert revenue["series"]["line_name"] == "序时进度"
    assert revenue["series"]["line"][2] == pytest.approx(4.5)  # 18亿元 × 3/12 by the end of March
    assert revenue["bullet"]["actual"] == pytest.approx(27.22)  # 4.9 of 18: % of the target done
    assert data["indicators"][3]["lower_better"] is True
    # ranking bars of lead units, and the lagging table
    assert {u["unit"] for u in data["ranking"]} >= {"县住建局", "县教育局", "县财政局"}
    assert [u["rank"] for u in data["ranking"]] == sorted(
        u["rank"] for u in data["ranking"] if u["rank"] is not None
    ) + [None] * sum(u["rank"] is None for u in data["ranking"])
    zhujian = next(u for u in data["ranking"] if u["unit"] == "县住建局")
    assert zhujian["n_items"] == 1 and zhujian["on_schedule"] == 0  # its cancelled item does not count
    assert re.search(r'<td>县住建局</td>\s*<td class="num">1</td><td class="num">0</td>', r.text)
    lagging = {row["name"] for row in data["lagging"]}
    assert "改造老旧小区30个" in lagging and data["lagging_total"] == len(data["lagging"])
    # no inline script, and report text stays text (in the table and in the JSON block)
    assert "<script>alert" not in r.text
    assert not re.search(r"<script(?![^>]*(src=|type=\"application/json\"))", r.text)
    assert 'src="/static/dashboard.js"' in r.text


def test_a_new_progress_report_changes_the_dashboard(app, db):
    client = login(app, "duchashi")
    before = page_data(client.get(f"/dashboard?as_of={AS_OF}").text)
    assert page_data(client.get(f"/dashboard?as_of={AS_OF}").text) == before  # cached: the same
    with Store(db) as s:
        plan = s.plans()[0]
        item = next(i for i in s.items(plan.id) if i.short_name == "举办首届溪山文化旅游节")
        s.add_progress(item.id, ProgressDraft(as_of=date(2025, 4, 20), status="completed"), actor="duchashi")
    after = page_data(client.get(f"/dashboard?as_of={AS_OF}").text)
    done = {c["status"]: c["tasks"] for c in after["counts"]}
    assert (
        done["未报送"] == 0
        and done["完成"] == {c["status"]: c["tasks"] for c in before["counts"]}["完成"] + 1
    )


def test_dashboard_defaults_to_the_latest_plan_in_its_year(app, db):
    with Store(db) as s:
        s.create_plan("溪山县", 2024, "2024年溪山县《政府工作报告》任务分解表", ITEMS[:2], actor="duchashi")
    client = login(app, "lingdao")  # a viewer reads the dashboard too
    data = page_data(client.get("/dashboard").text)
    assert data["plan"]["year"] == 2025
    today = date.today()
    assert data["as_of"] == min(max(today, date(2025, 1, 1)), date(2025, 12, 31)).isoformat()
    old = next(p for p in Store(db).plans() if p.year == 2024)
    data = page_data(client.get(f"/dashboard?plan={old.id}").text)
    assert data["plan"]["id"] == old.id and data["as_of"] <= "2024-12-31"
    assert client.get("/dashboard?plan=999").status_code == 404
    assert client.get("/dashboard?as_of=2025-13-01").status_code == 422


def test_the_dashboard_is_judged_once_per_change_and_date(app, db, monkeypatch):
    """The board is cached by plan, date and data version (its speed under load is measured by
    bench/bench_web.py): ten readers cost one judgement of each item; a new report, one of its item."""
    from govtargets.web import plan_state

    calls = []
    real_judge = plan_state.judge_item
    monkeypatch.setattr(
        plan_state, "judge_item", lambda i, *a, **k: calls.append(i.id) or real_judge(i, *a, **k)
    )
    with Store(db) as s:
        items = s.items(s.plans()[0].id)
    viewer, supervisor = login(app, "lingdao"), login(app, "duchashi")
    for client in (viewer, supervisor) * 5:
        assert client.get(f"/dashboard?as_of={AS_OF}").status_code == 200
    assert sorted(calls) == sorted(i.id for i in items)
    calls.clear()
    assert supervisor.get("/dashboard?as_of=2025-05-31").status_code == 200
    assert sorted(calls) == sorted(i.id for i in items)  # another date: every item again
    calls.clear()
    with Store(db) as s:
        s.add_progress(items[0].id, ProgressDraft(as_of=AS_OF, value=Decimal("5.1")))
    before = page_data(viewer.get(f"/dashboard?as_of={AS_OF}").text)
    assert calls == [items[0].id]
    assert before == dashboard_data(Store(db), Store(db).plans()[0], AS_OF)  # as if read afresh


def test_a_page_served_from_the_cache_stays_on_the_event_loop(app, monkeypatch):
    """cached_or_threaded: the first request of a plan's board goes to a worker thread to judge the plan;
    the next ones find everything cached and never leave the event loop."""
    import asyncio

    from govtargets.web import routes_dashboard

    runs: list[tuple[bool, bool]] = []  # (on the event loop, taking only what is cached)
    real_page = routes_dashboard._dashboard_page

    def page(request, *args):
        try:
            asyncio.get_running_loop()
            on_loop = True
        except RuntimeError:
            on_loop = False
        runs.append((on_loop, request.state.cached_only))
        return real_page(request, *args)

    monkeypatch.setattr(routes_dashboard, "_dashboard_page", page)
    client = login(app, "duchashi")
    assert client.get(f"/dashboard?as_of={AS_OF}").status_code == 200
    assert runs == [(True, True), (False, False)]
    runs.clear()
    assert client.get(f"/dashboard?as_of={AS_OF}").status_code == 200
    assert runs == [(True, True)]


def test_echarts_is_served_from_node_modules_with_a_long_cache(app):
    if echarts_file() is None:
        pytest.skip(f"node_modules/echarts not installed at {REPO / 'node_modules'} (run npm ci; CI does)")
    client = login(app, "duchashi")
    page = client.get("/dashboard").text
    src = re.search(r'<script src="(/static/vendor/echarts\.min\.js\?v=[^"]+)"></script>', page).group(1)
    assert "图表组件（ECharts）尚未安装" not in page and 'class="dash with-charts"' in page
    r = TestClient(app).get(src)  # no login needed: a public library
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
    assert "max-age=31536000" in r.headers["cache-control"]
    assert b"echarts" in r.content[:2000] and len(r.content) > 500_000
    assert not re.search(r'src="https?://', page)  # nothing from the internet


def test_without_echarts_the_dashboard_keeps_its_tables_and_says_how_to_install(app, monkeypatch, tmp_path):
    monkeypatch.setenv("GOVTARGETS_NODE_MODULES", str(tmp_path / "nowhere"))
    client = login(app, "duchashi")
    r = client.get(f"/dashboard?as_of={AS_OF}")
    assert r.status_code == 200
    assert "npm install" in r.text and "图表组件（ECharts）尚未安装" in r.text
    assert "echarts.min.js" not in r.text and 'class="dash no-charts"' in r.text
    assert counts_in_table(r.text)["完成"] is not None and "改造老旧小区30个" in r.text
    assert client.get("/static/vendor/echarts.min.js").status_code == 404


def test_dashboard_data_is_plain_json(db):
    with Store(db) as s:
        data = dashboard_data(s, s.plans()[0], AS_OF)
    assert json.loads(json.dumps(data)) == data


# 跨年核对


@needs_shared
def test_audit_page_shows_both_quotes_side_by_side(app, db):
    lex = load_lexicon()
    with Store(db) as s:
        for name in ("tianjin_2025.docx", "tianjin_2026.txt"):
            doc = read_document(str(CORPUS / name))
            s.add_document(doc, extract_facts(doc, lex), actor="duchashi")
        region = next(d.region for d in s.documents_as_read() if d.region)
    client = login(app, "duchashi")
    r = client.get("/audit", params={"region": region})
    assert r.status_code == 200 and "跨年核对" in r.text
    rows = re.findall(r"<tr>\s*<td>[^<]*</td><td class=\"num\">2025</td>.*?</tr>", r.text, re.S)
    assert len(rows) >= 5
    both = [
        row
        for row in rows
        if re.search(r'class="quote target-quote">[^<]*<mark>', row)
        and re.search(r'class="quote actual-quote">[^<]*<mark>', row)
    ]
    assert both, "no row shows the target's and the actual's words, each with its number marked"
    gdp = next(row for row in both if "地区生产总值" in row)
    target_mark = re.search(r'target-quote">[^<]*<mark>([^<]+)</mark>', gdp).group(1)
    actual_mark = re.search(r'actual-quote">[^<]*<mark>([^<]+)</mark>', gdp).group(1)
    assert re.search(r"\d", target_mark) and re.search(r"\d", actual_mark)
    assert "tianjin_2025.docx" in gdp and "tianjin_2026.txt" in gdp
    assert client.get("/audit", params={"region": "不存在的地区"}).text.count("<mark>") == 0


# 督查报告


def test_report_downloads_are_real_word_and_excel_files(app):
    client = login(app, "duchashi")
    form = client.get("/reports")
    assert form.status_code == 200 and "下载Word" in form.text and "下载Excel" in form.text
    plan_id = re.search(r'<option value="(\d+)" selected', form.text).group(1)
    r = client.get(
        "/reports",
        params={"plan": plan_id, "as_of": AS_OF.isoformat(), "format": "docx"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == f"/reports/{plan_id}.docx?as_of={AS_OF}"
    r = client.get(r.headers["location"])
    assert r.status_code == 200
    disposition = r.headers["content-disposition"]
    name = unquote(disposition.split("filename*=UTF-8''")[1])
    assert name == f"溪山县2025年督查报告_{AS_OF}.docx"
    text = "\n".join(p.text for p in DocxDocument(io.BytesIO(r.content)).paragraphs)
    assert "总体情况" in text and "4项主要经济发展指标中" in text
    r = client.get(f"/reports/{plan_id}.xlsx?as_of={AS_OF}")
    assert r.status_code == 200 and "xlsx" in unquote(r.headers["content-disposition"])
    book = load_workbook(io.BytesIO(r.content))
    assert "完成情况表" in book.sheetnames
    cells = [str(c.value) for row in book["完成情况表"].iter_rows() for c in row if c.value is not None]
    assert any("改造老旧小区30个" in c for c in cells)


def test_report_preview_is_its_own_page_styled_by_a_file(app):
    client = login(app, "duchashi")
    plan_id = re.search(r'<option value="(\d+)" selected', client.get("/reports").text).group(1)
    r = client.get(f"/reports/{plan_id}.html?as_of={AS_OF}")
    assert r.status_code == 200 and "任务指标完成情况的报告" in r.text
    assert "<style>" not in r.text and 'href="/reports/report.css"' in r.text
    assert "<script>alert" not in r.text  # the item's words stay text
    css = client.get("/reports/report.css")
    assert css.status_code == 200 and "border-collapse" in css.text
    assert client.get(f"/reports/{plan_id}.docx?as_of=30-04-2025").status_code == 422
    assert client.get("/reports/999.docx").status_code == 404


# 操作日志


def test_log_filters_by_user_item_and_date_newest_first(app, db):
    with Store(db) as s:
        plan = s.plans()[0]
        item = s.items(plan.id)[5]
        s.revise_item(item.id, {"deadline": "11月底前"}, expected_rev=item.rev, actor="duchashi")
        s.add_progress(item.id, ProgressDraft(as_of=date(2025, 4, 25), value=Decimal(9)), actor="zhujian")
        # an entry from last week, to filter by date (the log is append-only: it is added so)
        a = s.t["audit_log"]
        with s.transaction() as conn:
            conn.execute(
                a.insert().values(
                    at=datetime.now(UTC) - timedelta(days=8),
                    actor="admin",
                    action="add",
                    entity="unit",
                    entity_id=None,
                    old_value=None,
                    new_value={"name": "县文旅局"},
                )
            )
    client = login(app, "lingdao")
    page = client.get("/log")
    assert page.status_code == 200 and "操作日志" in page.text
    ids = [int(x) for x in re.findall(r"#(\d+)</td>", page.text)]
    assert ids  # entities shown
    times = re.findall(r'<td class="num">(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)</td>', page.text)
    assert times == sorted(times, reverse=True)

    mine = client.get("/log", params={"user": "zhujian"}).text
    actors = re.findall(r'</td><td>([^<]+)</td><td class="center">', mine)
    assert actors and set(actors) == {"zhujian"}

    about = client.get("/log", params={"item": str(item.id)}).text
    entries = about.split('<tr class="log-entry">')[1:]
    assert len(entries) == 3  # its revision and the two progress reports on it, newest first
    # the values in Chinese words, not the store's JSON
    assert "zhujian" in entries[0] and "新增" in entries[0]
    assert "<dt>截至日期</dt><dd>2025-04-25</dd>" in entries[0] and "<dt>数值</dt><dd>9</dd>" in entries[0]
    assert "duchashi" in entries[1] and "修改" in entries[1] and f"事项 #{item.id}" in entries[1]
    assert "<tr><th>完成时限</th><td>12月底前</td><td>11月底前</td></tr>" in entries[1]
    assert "&#34;" not in about and "deadline" not in about

    today = date.today().isoformat()
    recent = client.get("/log", params={"since": (date.today() - timedelta(days=1)).isoformat()}).text
    old = client.get("/log", params={"until": (date.today() - timedelta(days=5)).isoformat()}).text
    n_recent = int(re.search(r"共 (\d+) 条记录", recent).group(1))
    n_old = int(re.search(r"共 (\d+) 条记录", old).group(1))
    n_all = int(re.search(r"共 (\d+) 条记录", page.text).group(1))
    assert n_old == 1 and n_recent == n_all - 1
    assert client.get("/log", params={"since": today, "until": today}).status_code == 200
    assert client.get("/log", params={"item": "abc"}).status_code == 422


def test_log_is_paginated(app, db):
    with Store(db) as s:
        plan = s.plans()[0]
        item = s.items(plan.id)[0]
        s.add_progress_many(
            [(item.id, ProgressDraft(as_of=date(2025, 4, 1), growth=Decimal("5.9"))) for _ in range(60)],
            actor="duchashi",
        )
    client = login(app, "duchashi")
    first = client.get("/log").text
    assert len(re.findall(r'<tr class="log-entry">', first)) == 50 and "共 2 页" in first
    second = client.get("/log?page=2").text
    assert 0 < len(re.findall(r'<tr class="log-entry">', second)) <= 50


# permissions


@pytest.mark.parametrize(
    "path", ["/dashboard", "/audit", "/log", "/reports", "/reports/1.docx", "/reports/1.html"]
)
def test_a_reporter_sees_none_of_these_pages(app, path):
    client = login(app, "zhujian")
    assert client.get(path).status_code == 403


def test_pages_need_a_login(app):
    client = TestClient(app)
    for path in ("/dashboard", "/audit", "/log", "/reports"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_report_css_and_js_are_files_not_inline(app):
    js = Path(REPO / "govtargets" / "web" / "static" / "dashboard.js").read_text(encoding="utf-8")
    assert "dashboard-data" in js and "innerHTML" not in js
