"""The supervision report in the form an office writes it: four sections and a 落款, ceilings worded
控制在…以内, heading numbers never doubled, names never cut mid-word, local time, the .xlsx set to print,
and a compact form for a large plan. Every plan here is invented (东湖市, 南岭县, their units and figures).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from govtargets.cycle.judge import judge
from govtargets.cycle.report import FollowUp, ReportData, build_report, render_html, write_docx, write_xlsx
from govtargets.lexicon import load_lexicon
from govtargets.store import ItemDraft, ProgressDraft, Store

D = Decimal
AS_OF = date(2025, 6, 30)
LONG_TASK = (
    "全面完成城区老旧供水管网改造和二次供水设施提标改造工程力争达到1200公里"  # 38 characters, no comma
)


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def _plan(store: Store) -> tuple[int, dict[str, int]]:
    ind = {"kind": "indicator", "category": "（一）主要经济指标"}
    drafts = {
        "gdp": ItemDraft(
            text="地区生产总值增长5.5%左右",
            name="地区生产总值",
            metric="gdp",
            measure="growth",
            target_value=D("5.5"),
            target_unit="%",
            qualifier="about",
            lead_units=("市发展改革委",),
            **ind,
        ),
        "cpi": ItemDraft(
            text="居民消费价格涨幅3%左右",
            name="居民消费价格涨幅",
            metric="cpi",
            measure="growth",
            target_value=D(3),
            target_unit="%",
            qualifier="about",
            lead_units=("市发展改革委",),
            **ind,
        ),
        "jobless": ItemDraft(
            text="城镇登记失业率4.5%",
            name="城镇登记失业率",
            metric="registered_unemployment_rate",
            measure="level",
            target_value=D("4.5"),
            target_unit="%",
            qualifier="exact",
            lead_units=("市人力资源社会保障局",),
            **ind,
        ),
        "energy": ItemDraft(
            text="单位地区生产总值能耗下降3%",
            name="单位地区生产总值能耗",
            metric="energy_intensity",
            measure="growth",
            target_value=D(-3),
            target_unit="%",
            lead_units=("市发展改革委",),
            **ind,
        ),
        "pipes": ItemDraft(
            kind="task",
            category="二、城市建设",
            text=LONG_TASK,
            measure="level",
            target_value=D(1200),
            target_unit="公里",
            lead_units=("市住房城乡建设局",),
        ),
        "park": ItemDraft(
            kind="task",
            category="二、城市建设",
            text="7月15日前建成东湖湿地公园二期",
            name="东湖湿地公园二期",
            deadline="7月15日前",
            due_date=date(2025, 7, 15),
            lead_units=("市园林局",),
        ),
        "orphan": ItemDraft(kind="task", category="3.民生保障", text="推进社区嵌入式托育服务试点"),
    }
    plan_id = store.create_plan("东湖市", 2025, "东湖市2025年任务分解", list(drafts.values()))
    ids = {k: i.id for k, i in zip(drafts, store.items(plan_id), strict=True)}
    for key, update in (
        ("gdp", ProgressDraft(as_of=AS_OF, growth=D("5.8"))),
        ("cpi", ProgressDraft(as_of=AS_OF, growth=D("2.1"))),
        ("jobless", ProgressDraft(as_of=AS_OF, value=D("4.9"))),
        ("energy", ProgressDraft(as_of=AS_OF, growth=D("-3.4"))),
        ("pipes", ProgressDraft(as_of=AS_OF, value=D(300), narrative="受汛期影响，部分管段暂缓开挖")),
    ):
        store.add_progress(ids[key], update)
    return plan_id, ids


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, lex):
    store = Store(str(tmp_path_factory.mktemp("form") / "f.db"), actor="督查室")
    plan_id, ids = _plan(store)
    now = datetime(2025, 7, 1, 18, 30, tzinfo=UTC)  # 2 July 02:30 in Beijing
    followups = (
        FollowUp("催办", ids["pipes"], "市住房城乡建设局"),
        FollowUp("预警", ids["park"], answered=True),
    )
    report = build_report(store, plan_id, AS_OF, lex=lex, now=now, followups=followups)
    yield store, plan_id, ids, report
    store.close()


def _row(report: ReportData, ids: dict[str, int], key: str):
    return next(r for r in report.rows if r.item.id == ids[key])


def _all_text(report: ReportData) -> str:
    return "\n".join(
        [report.overview, *[h + t for h, t in report.progress], *report.problems, *report.suggestions]
    )


def test_ceilings_are_held_under_never_grown(world) -> None:
    _, _, ids, report = world
    cpi, jobless, energy = (_row(report, ids, k) for k in ("cpi", "jobless", "energy"))
    assert (cpi.target, jobless.target, energy.target) == ("控制在3%左右", "控制在4.5%以内", "下降3%")
    assert cpi.status == "序时推进"
    assert cpi.judgement.basis == "截至6月30日为2.1%，目标控制在3%左右，控制在目标范围内"
    assert jobless.judgement.basis.startswith("截至6月30日为4.9%，目标控制在4.5%以内")
    assert (jobless.status, jobless.light) == ("滞后", "yellow")
    assert "高于控制目标0.4个百分点" in jobless.judgement.basis
    assert energy.status == "序时推进" and "下降3.4%" in energy.judgement.basis
    for r in (cpi, jobless, energy):
        for words in (r.target, r.latest, r.judgement.basis):
            assert "增长" not in words and "达到目标" not in words, words
    assert "控制在" in _row(report, ids, "cpi").judgement.basis
    gdp = _row(report, ids, "gdp")  # a floor keeps its words
    assert gdp.target == "增长5.5%左右" and "达到目标" in gdp.judgement.basis


def test_the_four_sections_and_the_signature(world, tmp_path: Path) -> None:
    import docx

    _, _, ids, report = world
    path = tmp_path / "r.docx"
    write_docx(report, str(path))
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    heads = [t for t in texts if re.match(r"^[一二三四五]、", t)]
    assert heads == ["一、总体情况", "二、工作进展情况", "三、存在的主要问题", "四、下一步工作建议"]
    attach = next(i for i, t in enumerate(texts) if t.startswith("附件：") and "完成情况表" in t)
    assert texts[attach + 2 : attach + 4] == ["东湖市人民政府督查室", "2025年7月2日"]
    page = render_html(report)
    assert "四、下一步工作建议" in page and "东湖市人民政府督查室<br>2025年7月2日" in page

    advice = "".join(report.suggestions)
    assert report.suggestions[0].startswith("一是加快推进滞后事项。")
    assert "市住房城乡建设局" in advice  # the lagging pipes' lead unit
    assert "1项事项将在30日内到期（东湖湿地公园二期）" in advice
    assert "尚未明确牵头单位（推进社区嵌入式托育服务试点）" in advice
    assert "本期已发出催办1次、预警1次，其中1项尚未回复" in advice


def test_heading_numbers_are_never_doubled(world) -> None:
    _, _, _, report = world
    assert [h for h, _ in report.progress] == ["（一）主要经济指标", "（二）城市建设", "（三）民生保障"]
    assert not re.search(r"[）)][（(][一二三四五六七八九十]", _all_text(report))
    assert not re.search(r"（[一二三四五六七八九十]+）[一二三四五六七八九十]+、", _all_text(report))


def test_names_are_never_cut_mid_word(world) -> None:
    _, _, ids, report = world
    assert _row(report, ids, "pipes").item.short_name == LONG_TASK
    text = _all_text(report)
    assert LONG_TASK in text and "力争达到1…" not in text
    assert not re.search(r"[\w\d]…", text.replace("、…", ""))  # an ellipsis only after a list comma


def test_local_time_is_beijing_time(world) -> None:
    _, _, _, report = world
    assert report.generated_text == "2025年7月2日 02:30" and report.signed_text == "2025年7月2日"
    assert report.generated_at.utcoffset().total_seconds() == 8 * 3600


def test_the_workbook_prints_landscape_fitted_and_readable(world, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from govtargets.cycle._report_xlsx import PRINT_WIDTH_UNITS

    _, _, _, report = world
    path = tmp_path / "r.xlsx"
    write_xlsx(report, str(path))
    wb = load_workbook(str(path))
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9), ws.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0) and ws.sheet_properties.pageSetUpPr.fitToPage
    ws = wb["完成情况表"]
    assert ws.print_area == "'完成情况表'!$A$1:$K$9"
    printed = sum(ws.column_dimensions[c].width * 7 + 5 for c in "ABCDEFGHIJK")
    scale = min(1.0, PRINT_WIDTH_UNITS / printed)
    size = ws.cell(row=3, column=3).font.sz
    assert size >= 10 and size * scale >= 9, (size, scale)  # about 5 pt before: portrait, 12 wide columns


def test_a_fresh_plan_is_unreported_not_failed(tmp_path: Path, lex) -> None:
    """No progress yet, judged at the year's end: every item 未报送 and grey, none a red 未完成."""
    store = Store(str(tmp_path / "fresh.db"))
    plan_id, _ = _plan_no_progress(store)
    js = judge(store.items(plan_id), store.progress(plan_id), date(2025, 12, 31), 2025, lex=lex)
    assert {(j.status, j.light) for j in js} == {("未报送", "grey")}
    assert any("已过完成时限" in j.basis for j in js)
    store.close()


def _plan_no_progress(store: Store) -> tuple[int, None]:
    drafts = [
        ItemDraft(kind="task", text=f"南岭县第{n}项重点工作", deadline="9月底前", due_date=date(2025, 9, 30))
        for n in range(5)
    ]
    return store.create_plan("南岭县", 2025, "南岭县2025年任务分解", drafts), None


# --- a large plan: the compact form ----------------------------------------------------------------------

CHARS_PER_PAGE = 22 * 28  # 三号仿宋 on A4 with a government document's margins: 22 lines of 28 characters
ROWS_PER_PAGE = 12  # the 完成情况表 on landscape A4, rows of two or three lines


def _big_plan(store: Store, n: int = 460) -> int:
    categories = ("一、经济发展", "二、城乡建设", "三、改革开放", "四、民生保障", "五、政府建设")
    drafts = [
        ItemDraft(
            kind="task",
            category=categories[k % len(categories)],
            text=f"推进南岭县第{k + 1}项重点工作，完成年度建设任务{k % 7 + 3}项",
            measure="level",
            target_value=D(10),
            target_unit="项",
            lead_units=(f"县第{k % 23 + 1}局",),
        )
        for k in range(n)
    ]
    plan_id = store.create_plan("南岭县", 2025, "南岭县2025年任务分解", drafts)
    items = store.items(plan_id)
    updates = []
    for k, item in enumerate(items):
        if k % 4 == 0:  # a quarter report: some ahead, a few far behind; three quarters report nothing
            updates.append((item.id, ProgressDraft(as_of=AS_OF, value=D(6 if k % 16 else 1))))
    store.add_progress_many(updates)
    return plan_id


def _body_pages(path: Path) -> tuple[float, int]:
    """The .docx's pages as a proxy: body characters over a page's worth, plus the table's rows per page."""
    import docx

    doc = docx.Document(str(path))
    chars = sum(len(p.text) for p in doc.paragraphs)
    rows = len(doc.tables[-1].rows)
    return chars / CHARS_PER_PAGE + rows / ROWS_PER_PAGE, rows


def test_a_large_plan_gets_the_compact_form(tmp_path: Path, lex) -> None:
    store = Store(str(tmp_path / "big.db"))
    plan_id = _big_plan(store)
    full = build_report(store, plan_id, AS_OF, lex=lex, compact=False)
    report = build_report(store, plan_id, AS_OF, lex=lex)
    assert report.compact and not full.compact
    assert len(report.rows) == 460

    write_docx(full, str(tmp_path / "full.docx"))
    write_docx(report, str(tmp_path / "compact.docx"))
    pages_full, _ = _body_pages(tmp_path / "full.docx")
    pages, rows = _body_pages(tmp_path / "compact.docx")
    assert rows == 461  # every item is still in the table
    prose = sum(len(t) for t in _all_text(report).split("\n"))
    assert prose / CHARS_PER_PAGE < 8, prose  # the prose: a few pages, not a hundred
    assert pages < 0.6 * pages_full and pages < 50, (pages, pages_full)
    text = _all_text(report)
    assert text.count("未报送进展") <= 3  # said once with the counts by unit, never item by item
    assert "县第1局" in text and "详见附件完成情况表" in text
    lagging = [r for r in report.rows if r.status == "滞后"]
    assert lagging and all(r.item.short_name in text for r in lagging)  # the problems stay in detail

    html_full, html = render_html(full), render_html(report)
    assert len(html) < len(html_full) and html.count("未报送进展") < 5
    store.close()
