"""The review page's bulk work in a real browser (Debian's chromium): 接受/剔除 of one fact and 全部接受本类
are saved without reloading the page (bulk.js, fetch with the CSRF header), the list and the counts change in
place, and a reload shows the same. The report uploaded is the invented 松溪县 report of test_web_plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from .browser_helpers import add_user, serve
from .test_browser_phone import SHOTS, chromium, expect  # noqa: F401 (the chromium fixture)
from .test_web_plan import REPORT

PASSWORD = "督查室-Passw0rd"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    folder = tmp_path_factory.mktemp("bulk")
    db = str(folder / "web.db")
    add_user(db, "duchashi", PASSWORD, "supervisor", name="督查室王科长")
    report = folder / "songxi_2025.txt"
    report.write_text(REPORT, encoding="utf-8")
    with serve(db, log=folder / "serve.log") as base:
        yield base, report


def test_facts_are_reviewed_without_a_reload(chromium: Any, site: tuple[str, Any]) -> None:  # noqa: F811
    base, report = site
    context = chromium.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
    page = context.new_page()
    page.goto(base + "/login")
    page.get_by_label("用户名").fill("duchashi")
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(re.compile(r".*/dashboard.*"))
    page.goto(base + "/upload")
    page.locator("input[type=file][name=file]").set_input_files(str(report))
    page.get_by_role("button", name="上传", exact=True).click()
    page.wait_for_url(re.compile(r".*/documents/\d+"))
    doc_url = page.url.split("#")[0]
    page.evaluate("() => { window.notReloaded = true; }")  # gone if the page reloads

    # one fact rejected from its own buttons
    first = page.locator("ol.fact-list > li.fact-item").first
    first.get_by_role("button", name="剔除").click()
    expect(first.locator(".rstatus")).to_have_text("已剔除")
    expect(page.locator("#n-rejected")).to_have_text("1")

    # the task tab: all of its facts accepted at once
    page.goto(doc_url + "?kind=task")
    page.evaluate("() => { window.notReloaded = true; }")
    tasks = page.locator("ol.fact-list > li.fact-item")
    n = tasks.count()
    assert n >= 5
    page.get_by_role("button", name=re.compile(r"全部接受本类")).click()
    expect(page.locator(".batch-msg")).to_have_text(f"已接受{n}条")
    expect(page.locator("ol.fact-list .rstatus.r-accept")).to_have_count(n)
    assert page.evaluate("() => window.notReloaded === true"), "the page was reloaded"

    # two ticked and rejected
    boxes = page.locator("input.fact-pick")
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_role("button", name="剔除所选").click()
    expect(page.locator(".batch-msg")).to_have_text("已剔除2条")
    expect(tasks.nth(0).locator(".rstatus")).to_have_text("已剔除")
    assert page.evaluate("() => window.notReloaded === true")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "bulk_review.png"))

    page.reload()  # what was saved
    expect(page.locator("ol.fact-list .rstatus.r-accept")).to_have_count(n - 2)
    expect(page.locator("#n-rejected")).to_have_text("3")
    context.close()
