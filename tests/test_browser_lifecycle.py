"""The 督办 lifecycle in a real browser (Debian's chromium driven by Playwright) against `govtargets serve`,
on SQLite and on PostgreSQL (where a server runs): the office and two units walk 交办 → 签收 → progress →
催办 → reply → 办结申请 → 退回 → 办结申请 → 办结 → 销号, with a 批示 read by the second unit and the
printable 催办单.

Pages are screenshotted to $GOVTARGETS_SHOTS (default /tmp/govtargets-shots/) as lc_*.png, each checked as
test_browser.py checks its pages (no failed request, no CSP refusal, nothing wider than the window); the
unit's item page is also shot at 390×844, as on a phone.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from govtargets.store import ItemDraft, Store

from .browser_helpers import add_user, serve
from .test_browser import SHOTS, Visit, chromium, expect

__all__ = ["chromium"]  # the fixture, shared with test_browser.py

UNIT_A, UNIT_B = "县住建局", "县财政局"
USERS = {
    "duchashi": ("督查室-Passw0rd", "supervisor", None, "督查室王科长"),
    "zhujian": ("住建局-Passw0rd", "reporter", UNIT_A, "住建局李干事"),
    "caizheng": ("财政局-Passw0rd", "reporter", UNIT_B, "财政局赵干事"),
}


@pytest.fixture
def lifecycle_site(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, dict[str, int]]]:
    year = date.today().year
    with Store(store_url, actor="setup") as s:
        plan = s.create_plan("青山县", year, f"青山县{year}年重点工作任务分解表", [])
        a, b = s.add_items(
            plan,
            [
                ItemDraft(
                    "task",
                    "完成老旧小区改造12个、惠及居民3200户",
                    lead_units=(UNIT_A,),
                    co_units=(UNIT_B,),
                    deadline="12月底前",
                    due_date=date(year, 12, 31),
                ),
                ItemDraft("task", "统筹安排城乡公办幼儿园建设资金8000万元", lead_units=(UNIT_B,)),
            ],
        )
    for name, (password, role, unit, display) in USERS.items():
        add_user(store_url, name, password, role, unit=unit, name=display)
    # the evidence folder: beside an SQLite file by default, but in the working directory for PostgreSQL
    monkeypatch.setenv("GOVTARGETS_EVIDENCE_DIR", str(tmp_path / "evidence"))
    with serve(store_url, log=tmp_path / "serve.log") as base:
        yield base, {"plan": plan, "a": a, "b": b}


def _visit(browser: Any, base: str, who: str) -> Visit:
    v = Visit(browser, base, who)
    password, _role, _unit, display = USERS[who]
    v.login(password, display)
    return v


def _step(page: Any, kind: str, note: str | None = None) -> None:
    """Fill the note of the step's form (if given) and press its button; wait for the page it leads to."""
    form = page.locator(f"form:has(button[data-step={kind}])").first
    if note is not None:
        form.locator("textarea[name=note]").fill(note)
    form.locator(f"button[data-step={kind}]").click()
    page.wait_for_load_state("load")


def test_the_lifecycle_in_a_browser(
    chromium: Any, lifecycle_site: tuple[str, dict[str, int]], tmp_path: Path
):
    base, ids = lifecycle_site
    a, b, plan = ids["a"], ids["b"], ids["plan"]
    office = _visit(chromium, base, "duchashi")
    page = office.page

    # 交办: the office opens the item's 督办 page and assigns it to its units; a 批示 on the second item
    office.go(f"/items/{a}/flow")
    expect(page.locator("h1 .stage")).to_have_text("待交办")
    _step(page, "assign", "请按月报送进展")
    expect(page.locator("h1 .stage")).to_have_text("已交办")
    office.shot("lc_01_assigned")
    office.go(f"/items/{b}/flow")
    _step(page, "assign")
    form = page.locator("form:has(button[data-step=instruct])")
    form.locator("input[name=leader]").fill("张县长")
    _step(page, "instruct", "资金务必于三季度前拨付到位")
    expect(page.locator(".instruction")).to_contain_text("张县长")

    # 签收: each unit sees the item on its home page, opens it and signs
    unit_a = _visit(chromium, base, "zhujian")
    upage = unit_a.page
    todo = upage.locator("section.todo-card")
    expect(todo).to_contain_text("待签收")
    unit_a.shot("lc_02_unit_home_to_sign")
    todo.get_by_role("link", name=re.compile("老旧小区")).click()
    _step(upage, "sign")
    expect(upage.locator("h1 .stage")).to_have_text("已签收")
    unit_b = _visit(chromium, base, "caizheng")
    bpage = unit_b.page
    expect(bpage.locator("section.todo-card")).to_contain_text("张县长批示")
    unit_b.go(f"/items/{a}/flow")
    _step(bpage, "sign")
    unit_b.go(f"/items/{b}/flow")
    _step(bpage, "sign")
    _step(bpage, "ack", "已安排资金拨付计划")
    expect(bpage.locator(".instruction")).to_contain_text(f"{UNIT_B}已阅")
    unit_b.shot("lc_03_instruction_read")

    # progress, as today
    unit_a.go(f"/progress/items/{a}")
    upage.locator("input[name=as_of]").fill(date.today().isoformat())
    upage.locator("input[name=completion_pct]").fill("40")
    upage.locator("textarea[name=narrative]").fill("已完工5个小区，其余7个正在施工")
    upage.get_by_role("button", name="提交进展").click()
    expect(upage.locator("table.history tbody")).to_contain_text("已完工5个小区")

    # 催办: the office picks the item on the 预警 list and urges it; the unit sees it until it replies
    office.go(f"/alerts?plan={plan}&as_of={date.today().year}-12-20")
    expect(page.locator(f"tr#alert-{a}")).to_contain_text("完成时限还剩11天")
    page.locator(f"tr#alert-{a} input[name=item]").check()
    page.locator("input[name=note]").fill("请于3个工作日内报送施工计划")
    page.get_by_role("button", name="催办所选事项").click()
    expect(page.locator("p.notice")).to_contain_text("已催办1项")
    office.shot("lc_04_alerts_urged")
    with page.expect_download() as info:
        form = page.locator("#notice-form")
        form.locator("select[name=kind]").select_option("催办")
        form.locator("select[name=unit]").select_option(UNIT_A)
        form.get_by_role("button", name="下载（.docx）").click()
    notice = Document(io.BytesIO(Path(info.value.path()).read_bytes()))
    assert notice.paragraphs[0].text == "催办单" and "老旧小区" in notice.tables[0].rows[1].cells[1].text
    unit_a.go("/progress")
    expect(upage.locator("section.todo-card")).to_contain_text("请于3个工作日内报送施工计划")
    unit_a.go(f"/items/{a}/flow")
    _step(upage, "reply", "已报送施工计划，11月底全部完工")
    unit_a.go("/progress")
    expect(upage.locator("body")).not_to_contain_text("请于3个工作日内报送施工计划")

    # 办结申请 with evidence → 退回 with a reason → again → 办结 → 销号
    unit_a.go(f"/items/{a}/flow")
    evidence = tmp_path / "竣工验收单.txt"
    evidence.write_text("12个小区改造工程竣工验收合格。\n", encoding="utf-8")
    upage.locator("input[name=evidence]").set_input_files(str(evidence))
    _step(upage, "apply", "12个小区全部完工")
    expect(upage.locator("h1 .stage")).to_have_text("办结待审")
    unit_a.shot("lc_05_applied")
    office.go(f"/alerts?plan={plan}")
    page.locator("section.card", has_text="待督查室审核").get_by_role("link").first.click()
    _step(page, "return", "缺少竣工验收报告原件扫描件")
    expect(page.locator("h1 .stage")).to_have_text("已退回")
    unit_a.go("/progress")
    expect(upage.locator("section.todo-card")).to_contain_text("缺少竣工验收报告原件扫描件")
    unit_a.go(f"/items/{a}/flow")
    _step(upage, "apply", "已补充竣工验收报告扫描件")
    office.go(f"/items/{a}/flow")
    _step(page, "approve", "材料齐全，同意办结")
    expect(page.locator("h1 .stage")).to_have_text("已办结")
    _step(page, "close")
    expect(page.locator("h1 .stage")).to_have_text("已销号")
    steps = [t.strip() for t in page.locator("#history tbody tr td:nth-child(2)").all_inner_texts()]
    assert steps == [
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
    office.shot("lc_06_closed_history")
    office.go(f"/progress/items/{a}")
    expect(page.locator("table.history tbody")).to_contain_text("经督查室审核办结")

    # the unit's pages on a phone
    upage.set_viewport_size({"width": 390, "height": 844})
    unit_a.go(f"/items/{a}/flow")
    SHOTS.mkdir(parents=True, exist_ok=True)
    upage.screenshot(path=str(SHOTS / "lc_07_item_flow_phone.png"), full_page=True)
    # the office's audit log names every step
    office.go("/log")
    expect(page.locator("table.log")).to_contain_text("zhujian")
    for v in (office, unit_a, unit_b):
        assert not v.problems, v.problems
        v.close()
