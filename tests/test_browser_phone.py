"""The reporter's pages on a phone (390×844, Debian's chromium driven by Playwright): the list of its items,
an item with its reports and the progress form. Nothing is wider than the window, the menu and 退出 are on
screen, the task text keeps a readable width (not one character a line), and a report can be sent.

Screenshots go to $GOVTARGETS_SHOTS (default /tmp/govtargets-shots/) as phone_*.png. The plan and its
units are invented (青禾县).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from govtargets.cycle.lifecycle import Actor, act
from govtargets.store import ItemDraft, ProgressDraft, Store

from .browser_helpers import add_user, find_chromium, serve

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
expect = playwright_api.expect

from .test_browser import SHOTS  # noqa: E402 (after the skip: the module needs playwright too)

PHONE = {"width": 390, "height": 844}
UNIT = "青禾县住房和城乡建设局"
PASSWORD = "住建局-Passw0rd"
LONG_TASK = (
    "实施城区老旧小区改造提升工程，完成28个小区的雨污分流、管线入地、加装电梯和适老化改造，"
    "同步建设社区养老托育、便民商业等配套设施，9月底前完成主体工程"
)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    path = find_chromium()
    if path is None:
        pytest.skip("chromium not found (apt-get install chromium; .ci/run installs it)")
    with playwright_api.sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=path, args=["--lang=zh-CN"])
        except Exception as e:  # noqa: BLE001 (any launch failure means: no usable browser here)
            pytest.skip(f"chromium at {path} cannot be launched: {str(e).splitlines()[0]}")
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    folder = tmp_path_factory.mktemp("phone")
    db = str(folder / "web.db")
    store = Store(db, actor="督查室")
    drafts = [
        ItemDraft(
            kind="task",
            category="城乡建设",
            text=LONG_TASK,
            measure="level",
            target_value=Decimal(28),
            target_unit="个",
            deadline="9月底前",
            due_date=date(2025, 9, 30),
            lead_units=(UNIT,),
            co_units=("青禾县发展和改革局", "青禾县财政局", "各乡镇人民政府"),
        ),
        ItemDraft(kind="task", category="民生", text="新建城市口袋公园6个", lead_units=(UNIT,)),
        ItemDraft(kind="task", category="民生", text="改造农村公路40公里", lead_units=("青禾县交通运输局",)),
    ]
    plan_id = store.create_plan("青禾县", 2025, "青禾县2025年《政府工作报告》重点工作任务分解", drafts)
    first = store.items(plan_id)[0].id
    store.add_progress(
        first, ProgressDraft(as_of=date(2025, 5, 31), value=Decimal(9), narrative="已开工12个")
    )
    # 交办 and 签收, so that the item's 督办 page offers the unit its 办结申请 form
    item = store.items(plan_id)[0]
    act(store, item, Actor("duchashi", office=True), "assign", note="请按期推进")
    act(store, item, Actor("zhujian", unit=UNIT), "sign")
    store.close()
    add_user(db, "zhujian", PASSWORD, "reporter", unit=UNIT, name="住建局张干事")
    with serve(db, log=folder / "serve.log") as base:
        yield base, first


def _fits(page: Any, name: str) -> None:
    """Nothing wider than the phone, the header's menu and 退出 inside the window; then the screenshot."""
    page.wait_for_load_state("networkidle")
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: {width} px wide on a {PHONE['width']} px phone"
    for locator in (page.locator("header .nav a").first, page.get_by_role("button", name="退出")):
        expect(locator).to_be_visible()
        box = locator.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (name, box)
    widest = page.evaluate(
        "() => Math.max(0, ...[...document.querySelectorAll('table')]"
        ".map(t => t.getBoundingClientRect().width))"
    )
    assert widest <= PHONE["width"], f"{name}: a table {widest} px wide"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_the_reporter_pages_on_a_phone(chromium: Any, site: tuple[str, int]) -> None:
    base, item_id = site
    context = chromium.new_context(viewport=PHONE, locale="zh-CN", is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(base + "/login")
        _fits(page, "phone_01_login")
    except AssertionError:
        pass  # the login page has no menu yet; only its width matters
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    page.get_by_label("用户名").fill("zhujian")
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(re.compile(r".*/progress(\?.*)?$"))

    # the unit's items: one card each, the task text as wide as the card
    _fits(page, "phone_02_progress_list")
    cell = page.locator(f"#item-{item_id} td[data-label='任务内容']")
    expect(cell).to_contain_text("雨污分流")
    box = cell.bounding_box()
    assert box and box["width"] >= 300, f"the task text is {box and box['width']} px wide"
    line = page.evaluate("el => parseFloat(getComputedStyle(el).lineHeight) || 24", cell.element_handle())
    assert box["height"] < 8 * line, "the task text wraps into a tall column"
    expect(page.locator("table.progress-list tbody tr")).to_have_count(2)  # its own items only

    # an item, its reports and the form; a report sent from the phone
    page.locator(f"#item-{item_id} a", has_text="填报").click()
    page.wait_for_url(re.compile(rf".*/progress/items/{item_id}$"))
    _fits(page, "phone_03_item")
    page.get_by_label("截至日期").fill("2025-06-30")
    page.get_by_label("累计完成值").fill("15")
    page.get_by_label("进展情况").fill("已开工20个，完工8个")
    page.get_by_role("button", name="提交进展").click()
    page.wait_for_url(re.compile(rf".*/progress/items/{item_id}.*"))
    expect(page.locator("p.notice")).to_contain_text("已提交第2条进展")
    _fits(page, "phone_04_item_reported")

    # the item's 督办 page with the 办结申请 form
    page.goto(f"{base}/items/{item_id}/flow")
    expect(page.get_by_role("button", name=re.compile("办结申请|申请办结"))).to_be_visible()
    _fits(page, "phone_05_item_flow")
    context.close()


def test_screenshots_are_written() -> None:
    """The test above leaves its screenshots for a person to look at."""
    shots = sorted(Path(SHOTS).glob("phone_0*.png"))
    if not shots:
        pytest.skip("the phone test did not run here (no chromium)")
    assert all(p.stat().st_size > 5_000 for p in shots)
