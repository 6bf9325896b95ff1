"""The whole cycle in a real browser (Debian's chromium driven by Playwright) against `govtargets serve`:
the supervisor logs in, uploads seed 003, finds a fact's span in the text, corrects one fact and rejects
another, confirms the plan and assigns a unit and a deadline; that unit's reporter logs in and reports
progress; the supervisor sees the dashboard change and downloads the report as .docx.

Every page is screenshotted at 1366×768 to $GOVTARGETS_SHOTS (default /tmp/govtargets-shots/), and every
page is checked for what a screenshot would show: no horizontal overflow, no failed request, no script
or style refused by the Content-Security-Policy.

The browser is never downloaded: chromium comes from apt-get (.ci/run installs it); without it the test is
skipped with the reason.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .browser_helpers import add_user, find_chromium, serve
from .conftest import SEEDS, needs_shared

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
expect = playwright_api.expect

SHOTS = Path(os.environ.get("GOVTARGETS_SHOTS", "/tmp/govtargets-shots"))
VIEWPORT = {"width": 1366, "height": 768}
AS_OF = "2014-06-30"  # the dashboard's and the report's date, and the date of the unit's progress report
USERS = {
    "admin": ("管理员-Passw0rd", "admin", None, "系统管理员"),
    "duchashi": ("督查室-Passw0rd", "supervisor", None, "督查室王科长"),
    "jiaoyu": ("教育局-Passw0rd", "reporter", "区教育局", "区教育局李干事"),
}
UNIT = "区教育局"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    path = find_chromium()
    if path is None:
        pytest.skip("chromium not found (apt-get install chromium; .ci/run installs it)")
    with playwright_api.sync_playwright() as p:
        try:
            # the browser's own widgets (date fields, file pickers) in Chinese, as on an office PC
            # (with Debian's chromium-l10n). LANGUAGE picks the interface; LANG stays a locale that exists
            # here (C.UTF-8), else chromium cannot open a file whose path is not ASCII
            env = dict(os.environ, LANG="C.UTF-8", LANGUAGE="zh_CN")
            browser = p.chromium.launch(executable_path=path, args=["--lang=zh-CN"], env=env)
        except Exception as e:  # noqa: BLE001 (any launch failure means: no usable browser here)
            pytest.skip(f"chromium at {path} cannot be launched: {str(e).splitlines()[0]}")
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("browser")
    db = str(folder / "web.db")
    for name, (password, role, unit, display) in USERS.items():
        add_user(db, name, password, role, unit=unit, name=display)
    with serve(db, log=folder / "serve.log") as base:
        yield base


class Visit:
    """One user's browser context: pages at 1366×768, every failed request and CSP refusal recorded."""

    def __init__(self, browser: Any, base: str, who: str) -> None:
        self.base = base
        self.who = who
        self.context = browser.new_context(viewport=VIEWPORT, locale="zh-CN", accept_downloads=True)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("response", self._response)
        self.page.on("console", self._console)

    def _response(self, response: Any) -> None:
        if response.status >= 400 and not response.url.endswith("/favicon.ico"):
            self.problems.append(f"{response.status} {response.url}")

    def _console(self, message: Any) -> None:
        if (
            message.type == "error"
            and "favicon" not in message.text
            and "Failed to load resource" not in message.text
        ):
            self.problems.append(f"console: {message.text}")

    def go(self, path: str) -> Any:
        response = self.page.goto(self.base + path)
        assert response is not None and response.ok, f"{path}: {response and response.status}"
        return self.page

    def login(self, password: str | None = None, display: str | None = None) -> None:
        """Log in as self.who (one of USERS, or with the password and name given)."""
        page = self.go("/login")
        page.get_by_label("用户名").fill(self.who)
        page.get_by_label("密码").fill(password or USERS[self.who][0])
        page.get_by_role("button", name="登录").click()
        page.wait_for_url(re.compile(r".*/(dashboard|progress)(\?.*)?$"))
        expect(page.locator("header .who")).to_contain_text(display or USERS[self.who][3])

    def shot(self, name: str, settle_ms: int = 0) -> None:
        """A full-page screenshot, after checking that nothing went wrong on the page and nothing is wider
        than the window (`settle_ms`: time for the charts' animations to end)."""
        page = self.page
        page.wait_for_load_state("networkidle")
        if settle_ms:
            page.wait_for_timeout(settle_ms)
        assert not self.problems, f"{name}: {self.problems}"
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= VIEWPORT["width"], f"{name}: {width} px wide, wider than the 1366 px window"
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.context.close()


def _fact(page: Any, kind: str, words: str) -> tuple[Any, str]:
    """The fact list's entry of a kind ("目标", "任务") whose text has these words, and its fact id."""
    item = (
        page.locator("ol.fact-list > li.fact-item")
        .filter(has=page.locator(".fact-head .tag", has_text=kind))
        .filter(has_text=words)
        .first
    )
    fact_id = (item.get_attribute("id") or "")[1:]
    assert fact_id.isdigit(), item.get_attribute("id")
    return item, fact_id


def _counts(page: Any) -> dict[str, int]:
    """The dashboard's counts by status (the 合计 column of its table)."""
    out = {}
    for row in page.locator("table.counts tbody tr[data-status]").all():
        out[row.get_attribute("data-status")] = int(row.locator("td").nth(3).inner_text())
    return out


@needs_shared
def test_the_whole_cycle_in_a_browser(chromium: Any, site: str, tmp_path: Path) -> None:
    seed = next(SEEDS.glob("003_*.txt"))
    boss = Visit(chromium, site, "duchashi")

    # 1. the supervisor logs in: the login page, then the (empty) dashboard
    boss.go("/login")
    boss.shot("01_login")
    boss.login()
    page = boss.page
    expect(page.locator("h1")).to_have_text("督查概览")
    boss.shot("02_dashboard_empty")

    # 2. uploads seed 003 → the document page: the text with the facts marked, the list beside it
    boss.go("/upload")
    boss.shot("03_upload")
    page.locator("input[type=file][name=file]").set_input_files(str(seed))
    page.get_by_role("button", name="上传", exact=True).click()
    page.wait_for_url(re.compile(r".*/documents/\d+"))
    doc_url = page.url.split("#")[0]
    expect(page.locator("#doc-text mark.fact").first).to_be_visible()
    boss.shot("04_document")

    # 3. a click on a fact in the list brings its span in the text into view, highlighted
    item, fact_id = _fact(page, "目标", "城镇新增就业")
    item.locator("a.jump").click()
    span = page.locator(f"#f{fact_id}")
    mark = page.locator(f"mark:has(#f{fact_id}), mark#f{fact_id}").last
    expect(mark).to_have_class(re.compile(r"\bflash\b"))
    expect(item).to_have_class(re.compile(r"\bcurrent\b"))
    assert "24500" in mark.inner_text() or "24500" in span.inner_text() or "2.45" in mark.inner_text()
    page.wait_for_function(
        """id => {
            const a = document.getElementById('f' + id), m = a.closest('mark') || a;
            const r = m.getBoundingClientRect();
            const box = document.getElementById('doc-text').getBoundingClientRect();
            return r.top >= box.top && r.bottom <= box.bottom && r.top >= 0 && r.bottom <= innerHeight;
        }""",
        arg=fact_id,
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "05_document_fact_highlighted.png"))  # the window, as the user sees it

    # 4. corrects one fact (the fixed-asset investment target: 10% → 12%) and rejects a slogan
    item, fixed_id = _fact(page, "目标", "固定资产投资")
    item.locator("summary", has_text="修改").click()
    item.locator("input[name=value]").fill("12")
    item.get_by_role("button", name="更正").click()
    page.wait_for_url(re.compile(r".*/documents/\d+.*"))
    item = page.locator(f"#l{fixed_id}")
    expect(item.locator(".fact-fix")).to_contain_text("12")
    expect(item.locator(".rstatus")).to_have_text("已更正")
    item, slogan_id = _fact(page, "任务", "始终坚持以改革统领经济社会转型发展")
    item.get_by_role("button", name="剔除").click()
    expect(page.locator(f"#l{slogan_id} .rstatus")).to_have_text("已剔除")
    assert page.url.split("#")[0] == doc_url
    boss.shot("06_document_reviewed")

    # 5. confirms the plan → the 任务分解表 (the correction in it, the rejected slogan not)
    page.get_by_role("button", name="确认生成任务分解表").click()
    page.wait_for_url(re.compile(r".*/plans/\d+$"))
    plan_id = int(page.url.rsplit("/", 1)[1])
    table = page.locator("table.plan")
    expect(table.locator("tr", has_text="固定资产投资")).to_contain_text("12%")
    expect(table).not_to_contain_text("始终坚持以改革统领经济社会转型发展")
    other_id = int((table.locator("tr", has_text="固定资产投资").get_attribute("id") or "")[5:])
    expect(page.get_by_role("link", name="导出Excel")).to_be_visible()
    boss.shot("07_plan")

    # 6. assigns a lead unit and a deadline to a 为民办实事 item (seed 003's tasks have none): the schools
    page.locator("select[name=category]").select_option("为民办实事")
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url(re.compile(r".*category=.*"))
    expect(table.locator("tbody tr")).to_have_count(10)
    row = table.locator("tbody tr", has_text="幼儿园").first
    task_text = row.locator("td").nth(3).inner_text().strip()  # after the pick box, 序号 and 类别
    assert task_text, "no 为民办实事 item in the plan"
    row.get_by_role("link", name="编辑").click()
    page.wait_for_url(re.compile(r".*/plans/\d+/items/\d+$"))
    item_id = int(page.url.rsplit("/", 1)[1])
    page.locator("input[name=lead_units]").fill(UNIT)
    page.locator("input[name=co_units]").fill("区财政局、区建设局")
    page.locator("input[name=deadline]").fill("9月底前")
    page.get_by_role("button", name="保存").click()
    page.wait_for_url(re.compile(r".*saved=1$"))
    expect(page.locator(".notice")).to_contain_text("第2版")
    boss.shot("08_item_edit")

    # the dashboard on 30 June, before the unit reports
    boss.go(f"/dashboard?plan={plan_id}&as_of={AS_OF}")
    expect(page.locator("h1")).to_have_text("督查概览")
    before = _counts(page)
    assert before.get("未报送", 0) >= 1, before
    boss.shot("09_dashboard_before", settle_ms=1200)

    # 7. the unit's reporter, in a browser of its own: its items only; reports progress with evidence
    clerk = Visit(chromium, site, "jiaoyu")
    clerk.login()
    cpage = clerk.page
    expect(cpage.locator("h1")).to_have_text("进展填报")
    rows = cpage.locator("table.progress-list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(task_text[:20])
    clerk.shot("10_progress_list_reporter")
    rows.first.get_by_role("link", name="填报").click()
    cpage.wait_for_url(re.compile(rf".*/progress/items/{item_id}$"))
    evidence = tmp_path / "进展佐证.txt"
    evidence.write_text("区教育局2014年上半年学校（幼儿园）建设推进情况：交付2所，竣工1所，开工3所。\n")
    cpage.locator("input[name=as_of]").fill(AS_OF)
    cpage.locator("input[name=completion_pct]").fill("60")
    cpage.locator("textarea[name=narrative]").fill(
        "已交付学校（幼儿园）2所、竣工1所、开工3所，累计完成年度任务的60%。"
    )
    cpage.locator("input[name=evidence]").set_input_files(str(evidence))
    cpage.get_by_role("button", name="提交进展").click()
    cpage.wait_for_url(re.compile(rf".*/progress/items/{item_id}.*"))
    expect(cpage.locator("table.history tbody")).to_contain_text("累计完成年度任务的60%")
    expect(cpage.locator("table.history tbody")).to_contain_text("进展佐证.txt")
    clerk.shot("11_progress_item_reporter")
    # an item outside the unit is not found (404, so that ids cannot be probed); the plan's edit page is
    # not a reporter's page at all
    response = cpage.goto(f"{site}/progress/items/{other_id}")
    assert response is not None and response.status == 404
    response = cpage.goto(f"{site}/plans/{plan_id}/items/{item_id}")
    assert response is not None and response.status in (403, 404)
    clerk.problems.clear()
    clerk.close()

    # 8. back as the supervisor: the dashboard changed
    boss.go(f"/dashboard?plan={plan_id}&as_of={AS_OF}")
    after = _counts(page)
    assert after["未报送"] == before["未报送"] - 1, (before, after)
    assert sum(after.values()) == sum(before.values())
    lagging = page.locator("section.card", has_text="滞后及未完成事项")
    expect(lagging).to_contain_text(task_text[:12])
    boss.shot("12_dashboard_after", settle_ms=1200)
    boss.go(f"/plans/{plan_id}?unit={UNIT}&as_of={AS_OF}")
    expect(table.locator(f"tr#item-{item_id} .light")).not_to_have_text("未报送")
    boss.shot("13_plan_unit_filtered")

    # 9. downloads the report (.docx) from the reports page: a real Word file naming the item's progress
    boss.go("/reports")
    expect(page.locator("h1")).to_have_text("督查报告")
    page.locator("select[name=plan]").select_option(str(plan_id))
    page.locator("input[name=as_of]").fill(AS_OF)
    boss.shot("14_reports")
    with page.expect_download() as info:
        page.get_by_role("button", name="下载Word").click()
    download = info.value
    assert download.suggested_filename.endswith(".docx")
    saved = tmp_path / "report.docx"
    download.save_as(saved)
    with zipfile.ZipFile(saved) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "总体情况" in body and "江干区" in body

    # 10. the other pages of the cycle: cross-year audit and the audit log (naming the unit's report)
    boss.go("/audit")
    expect(page.locator("h1")).to_have_text("跨年核对")
    boss.shot("15_audit")
    boss.go("/log")
    expect(page.locator("h1")).to_have_text("操作日志")
    expect(page.locator("table.log")).to_contain_text("jiaoyu")
    boss.shot("16_log")
    boss.close()

    # 11. the admin adds a viewer for the 区领导 on 用户管理, who can then log in and read the dashboard
    admin = Visit(chromium, site, "admin")
    admin.login()
    page = admin.page
    page.get_by_role("link", name="用户管理").click()
    expect(page.locator("h1")).to_have_text("用户管理")
    page.get_by_label("用户名").fill("quzhang")
    page.get_by_label("姓名或单位简称").fill("区领导")
    page.get_by_label("角色").select_option(label="只读")
    page.get_by_label("初始密码（至少8位）").fill("区领导-Passw0rd")
    page.get_by_label("再次输入密码").fill("区领导-Passw0rd")
    page.get_by_role("button", name="添加").click()
    expect(page.locator("p.notice")).to_contain_text("已添加用户quzhang")
    expect(page.locator("table.users")).to_contain_text("区领导")
    admin.shot("17_users")
    admin.close()
    leader = Visit(chromium, site, "quzhang")
    leader.login("区领导-Passw0rd", "区领导")
    expect(leader.page.locator("h1")).to_have_text("督查概览")
    leader.close()
