"""The supervision report: built from a store, written as .docx, .xlsx and HTML, and read back.

All fixture text and figures are invented: a city (临江市) whose work report, task list and mid-year
progress the test writes itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from govtargets import Fact, read_bytes
from govtargets.cycle.judge import Rules, judge, overview, summarize
from govtargets.cycle.report import (
    TABLE_COLUMNS,
    ReportData,
    ReportRow,
    build_report,
    period_label,
    render_html,
    write_docx,
    write_xlsx,
)
from govtargets.store import ItemDraft, ProgressDraft, Store

D = Decimal
AS_OF = date(2024, 6, 30)
REPORT_TEXT = (
    "临江市2024年政府工作报告\n"
    "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；"
    "固定资产投资完成420亿元以上；城镇登记失业率控制在4.5%以内；居民消费价格涨幅3%左右。\n"
    "完成滨江大道二期改造12公里，10月底前全线通车。\n"
)
NOTICE_TEXT = (
    "临江市2024年上半年重点工作督查通报\n截至6月30日，全市固定资产投资完成200亿元，完成全年目标的47.6%。\n"
)
SCRIPT_TEXT = "做好<script>alert(1)</script>政务公开网站安全防护"


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _fact(doc_path: str, text: str, part: str, value: Decimal) -> Fact:
    start, end = _span(text, part)
    return Fact(
        doc=doc_path,
        kind="progress",
        metric="fixed_asset_investment",
        label="固定资产投资",
        measure="level",
        value=value,
        low=value,
        high=value,
        unit="元",
        base_value=None,
        base_low=None,
        base_high=None,
        base_unit="",
        qualifier="exact",
        period="2024",
        start=start,
        end=end,
        quote=text[start:end],
    )


@dataclasses.dataclass
class World:
    store: Store
    plan_id: int
    ids: dict[str, int]
    report_doc: int
    notice_doc: int


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One store for the module: the report only reads it."""
    store = Store(str(tmp_path_factory.mktemp("report") / "r.db"), actor="督查室")
    report = read_bytes(REPORT_TEXT.encode("utf-8"), "临江市2024年政府工作报告.txt")
    report_doc = store.add_document(report)
    notice = read_bytes(NOTICE_TEXT.encode("utf-8"), "临江市2024年上半年督查通报.txt")
    fact = _fact(notice.path, NOTICE_TEXT, "全市固定资产投资完成200亿元", D("20000000000"))
    notice_doc = store.add_document(notice, [fact])
    fact_id = store.facts(notice_doc)[0]["id"]

    def span(part: str) -> dict[str, Any]:
        start, end = _span(REPORT_TEXT, part)
        return {"source_document_id": report_doc, "source_start": start, "source_end": end}

    ind: dict[str, Any] = {"kind": "indicator", "category": "主要经济指标"}
    drafts = {
        "gdp": ItemDraft(
            text="地区生产总值增长6%左右",
            name="地区生产总值",
            metric="gdp",
            measure="growth",
            target_value=D(6),
            target_unit="%",
            qualifier="about",
            lead_units=("市发展改革委",),
            co_units=("市统计局",),
            **ind,
            **span("地区生产总值增长6%左右"),
        ),
        "revenue": ItemDraft(
            text="一般公共预算收入增长5%",
            name="一般公共预算收入",
            measure="growth",
            target_value=D(5),
            target_unit="%",
            qualifier="exact",
            lead_units=("市财政局",),
            **ind,
        ),
        "fai": ItemDraft(
            text="固定资产投资完成420亿元以上",
            name="固定资产投资",
            metric="fixed_asset_investment",
            measure="level",
            target_value=D("42000000000"),
            target_unit="元",
            qualifier="at_least",
            lead_units=("市发展改革委",),
            co_units=("各区县政府",),
            **ind,
            **span("固定资产投资完成420亿元以上"),
        ),
        "jobless": ItemDraft(
            text="城镇登记失业率控制在4.5%以内",
            name="城镇登记失业率",
            measure="level",
            target_value=D("4.5"),
            target_unit="%",
            qualifier="at_most",
            lead_units=("市人力资源社会保障局",),
            **ind,
        ),
        "cpi": ItemDraft(
            text="居民消费价格涨幅3%左右",
            name="居民消费价格涨幅",
            measure="level",
            target_value=D(3),
            target_unit="%",
            qualifier="about",
            lead_units=("市发展改革委",),
            **ind,
        ),
        "road": ItemDraft(
            kind="task",
            category="项目建设",
            text="完成滨江大道二期改造12公里，10月底前全线通车",
            name="滨江大道二期改造",
            measure="level",
            target_value=D(12),
            target_unit="公里",
            deadline="10月底前",
            due_date=date(2024, 10, 31),
            lead_units=("市住房城乡建设局",),
            co_units=("市交通运输局", "滨江区政府"),
            **span("完成滨江大道二期改造12公里"),
        ),
        "schools": ItemDraft(
            kind="task",
            category="项目建设",
            text="新建、改扩建中小学校5所",
            name="新建改扩建中小学校",
            measure="level",
            target_value=D(5),
            target_unit="所",
            deadline="年内",
            lead_units=("市教育局",),
        ),
        "sewage": ItemDraft(
            kind="task",
            category="项目建设",
            text="6月底前建成城北污水处理厂三期工程并投入试运行",
            name="城北污水处理厂三期",
            deadline="6月底前",
            due_date=date(2024, 6, 30),
            lead_units=("市住房城乡建设局",),
            co_units=("市生态环境局",),
        ),
        "bikes": ItemDraft(
            kind="task",
            category="改革开放",
            text="推行公共自行车运营服务市场化改革",
            name="公共自行车运营市场化",
            lead_units=("市城市管理局",),
        ),
        "online": ItemDraft(
            kind="task",
            category="改革开放",
            text="深化“一网通办”改革，政务服务事项网上可办率达到95%以上",
            name="政务服务网上可办率",
            measure="level",
            target_value=D(95),
            target_unit="%",
            qualifier="at_least",
            lead_units=("市政务服务数据管理局",),
        ),
        "jobs": ItemDraft(
            kind="task",
            category="民生保障",
            text="城镇新增就业2.2万人",
            name="城镇新增就业",
            measure="level",
            target_value=D(22000),
            target_unit="人",
            minsheng=True,
            lead_units=("市人力资源社会保障局",),
        ),
        "estates": ItemDraft(
            kind="task",
            category="民生保障",
            text="改造老旧小区30个，惠及居民1.2万户",
            name="老旧小区改造",
            measure="level",
            target_value=D(30),
            target_unit="个",
            minsheng=True,
            lead_units=("市住房城乡建设局",),
            co_units=("各区县政府",),
        ),
        "insurance": ItemDraft(
            kind="task",
            category="民生保障",
            text="实施城乡居民大病保险提标扩面",
            name="大病保险提标扩面",
            lead_units=("市医疗保障局",),
        ),
        "web": ItemDraft(kind="task", text=SCRIPT_TEXT, lead_units=("市政府办公室",)),
        "parking": ItemDraft(
            kind="task",
            category="改革开放",
            text="5月底前完成市民中心停车场智能化改造",
            name="市民中心停车场改造",
            deadline="5月底前",
            due_date=date(2024, 5, 31),
            lead_units=("市机关事务管理局",),
        ),
    }
    plan_id = store.create_plan(
        "临江市", 2024, "临江市2024年《政府工作报告》重点工作任务分解", list(drafts.values())
    )
    ids = {key: item.id for key, item in zip(drafts, store.items(plan_id), strict=True)}
    june = AS_OF
    updates = [
        ("gdp", ProgressDraft(as_of=june, growth=D("5.2"), narrative="上半年经济运行总体平稳")),
        ("revenue", ProgressDraft(as_of=june, growth=D("6.1"))),
        ("fai", ProgressDraft(as_of=date(2024, 3, 31), value=D("9500000000"))),
        ("fai", ProgressDraft(as_of=june, value=D("20000000000"), source_fact_id=fact_id)),
        ("jobless", ProgressDraft(as_of=june, value=D("4.1"))),
        ("road", ProgressDraft(as_of=june, value=D(3), narrative="路基工程完成过半，雨季影响施工进度")),
        ("schools", ProgressDraft(as_of=june, value=D(3), narrative="3所学校主体完工")),
        ("schools", ProgressDraft(as_of=date(2024, 7, 20), value=D(5))),  # after the report's date
        (
            "sewage",
            ProgressDraft(as_of=june, status="partly_met", narrative="主体工程已完工，设备调试完成八成"),
        ),
        (
            "bikes",
            ProgressDraft(
                as_of=date(2024, 5, 20),
                status="cancelled",
                narrative="经市政府第12次常务会议研究同意，因运营模式调整取消该项工作",
            ),
        ),
        ("online", ProgressDraft(as_of=june, value=D(93))),
        ("jobs", ProgressDraft(as_of=june, value=D(11800), unit="市人力资源社会保障局")),
        ("estates", ProgressDraft(as_of=june, completion_pct=D(20), narrative="已开工18个，完工6个")),
        ("insurance", ProgressDraft(as_of=june, narrative="已完成政策测算，正在履行报批程序")),
    ]
    for key, update in updates:
        store.add_progress(ids[key], update)
    yield World(store, plan_id, ids, report_doc, notice_doc)
    store.close()


@pytest.fixture(scope="module")
def report(world: World) -> ReportData:
    return build_report(world.store, world.plan_id, AS_OF)


def _row(report: ReportData, world: World, key: str) -> ReportRow:
    return next(r for r in report.rows if r.item.id == world.ids[key])


def test_report_data(report: ReportData, world: World) -> None:
    store, plan_id = world.store, world.plan_id
    expected = judge(store.items(plan_id), store.progress(plan_id), AS_OF, 2024)
    assert [j.status for j in report.judgements] == [j.status for j in expected]
    assert report.overview == overview(summarize(expected, AS_OF), subject="临江市《政府工作报告》任务分解表")
    assert report.title == "关于2024年上半年《政府工作报告》任务指标完成情况的报告"
    assert len(report.rows) == len(report.items) == 15
    status = {key: _row(report, world, key).status for key in world.ids}
    assert status == {
        "gdp": "滞后",
        "revenue": "序时推进",
        "fai": "序时推进",
        "jobless": "序时推进",
        "cpi": "未报送",
        "road": "滞后",
        "schools": "序时推进",
        "sewage": "部分完成",
        "bikes": "取消",
        "online": "滞后",  # a rate target (95%以上) is a threshold, not an amount: 93 misses it
        "jobs": "序时推进",
        "estates": "滞后",
        "insurance": "序时推进",
        "web": "未报送",
        "parking": "未报送",  # nothing reported is 未报送 (grey), also past its deadline
    }

    fai = _row(report, world, "fai")
    assert (fai.target, fai.latest, fai.completion, fai.schedule) == (
        "420亿元以上",
        "6月30日：200亿元",
        "47.6%",
        "50%",
    )
    assert fai.light == "yellow"
    schools = _row(report, world, "schools")
    assert schools.latest == "6月30日：3所；3所学校主体完工"  # the July report is not seen
    assert _row(report, world, "gdp").target == "增长6%左右"
    assert _row(report, world, "jobless").target == "控制在4.5%以内"  # a ceiling (以内)
    assert _row(report, world, "jobs").target == "2.2万人"
    assert _row(report, world, "web").category == "其他"
    bikes = _row(report, world, "bikes")
    assert (bikes.light, bikes.schedule) == ("grey", "—")
    assert "第12次常务会议" in bikes.latest and "第12次常务会议" in bikes.judgement.basis


def test_every_figure_is_traced(report: ReportData, world: World) -> None:
    fai = _row(report, world, "fai")
    figures = {f.label: f for f in fai.figures}
    assert set(figures) == {"目标值", "最新进展", "完成率", "序时进度"}
    (target,) = figures["目标值"].sources
    assert (target.record, target.record_id, target.revision) == ("item", world.ids["fai"], 1)
    assert target.document_id == world.report_doc and target.quote == "固定资产投资完成420亿元以上"
    assert target.location == f"临江市2024年政府工作报告.txt 第{target.start}–{target.end}字"
    (latest,) = figures["最新进展"].sources
    progress = world.store.progress(world.plan_id)[world.ids["fai"]][-1]
    assert (latest.record, latest.record_id) == ("progress", progress.id)
    assert latest.fact_id == progress.source_fact_id and latest.document_id == world.notice_doc
    assert latest.quote == NOTICE_TEXT[latest.start : latest.end] == "全市固定资产投资完成200亿元"
    assert [s.record for s in figures["完成率"].sources] == ["progress", "item"]
    assert fai.source == f"{target.location}\n进展报送 #{progress.id}（{latest.location}）"
    # without a document, the record itself is the source
    jobs = _row(report, world, "jobs")
    assert jobs.source.startswith("进展报送 #") and {f.label for f in jobs.figures} >= {"目标值", "完成率"}
    assert _row(report, world, "cpi").source == f"事项 #{world.ids['cpi']} 第1版"
    for row in report.rows:
        for f in row.figures:
            for s in f.sources:
                if s.document_id is not None:
                    text = world.store.document(s.document_id).text
                    assert text[s.start : s.end] == s.quote


def test_progress_and_problems(report: ReportData, world: World) -> None:
    headings = [h for h, _ in report.progress]
    assert headings == [
        "（一）主要经济指标",
        "（二）项目建设",
        "（三）改革开放",
        "（四）民生保障",
        "（五）其他",
    ]
    projects = dict(report.progress)["（二）项目建设"]
    assert projects.startswith("本类共3项，其中序时推进1项、滞后1项、部分完成1项。")
    assert "1.滨江大道二期改造：" in projects and "雨季影响施工进度" in projects
    assert report.problems[0].startswith("一是1项主要指标未完成序时进度：地区生产总值（截至6月30日增长5.2%")
    assert report.problem_units[0] == ("市住房城乡建设局", 3)
    assert dict(report.problem_units)["市发展改革委"] == 1
    units = next(p for p in report.problems if "从牵头单位看" in p)
    assert "市住房城乡建设局3项" in units
    web = _row(report, world, "web").item.short_name
    assert report.problems[-1] == (
        f"五是有3项截至2024年6月30日尚未报送进展：居民消费价格涨幅、{web}、市民中心停车场改造；"
        "其中1项已过完成时限（市民中心停车场改造）。"
    )
    assert "不超过5个百分点" in report.rules_note


def test_rules_change_the_report(world: World) -> None:
    strict = build_report(world.store, world.plan_id, AS_OF, rules=Rules(yellow_pp=D(2)))
    fai = _row(strict, world, "fai")
    assert (fai.status, fai.light) == ("滞后", "red")  # 2.4 points behind, more than 2
    assert "不超过2个百分点" in strict.rules_note and strict.rules == Rules(yellow_pp=D(2))
    assert "市发展改革委2项" in strict.problems[-2]


def test_period_words() -> None:
    assert period_label(date(2024, 9, 30), 2024) == "前三季度"
    assert period_label(date(2024, 8, 31), 2024) == "1-8月"
    assert period_label(date(2024, 8, 15), 2024) == "截至8月15日"


def test_docx(report: ReportData, tmp_path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Length

    path = tmp_path / "report.docx"
    write_docx(report, str(path))
    doc = docx.Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == report.title
    after = texts.index("一、总体情况")
    assert texts[after + 1] == report.overview
    heading = doc.paragraphs[after].style
    assert heading is not None and heading.name == "Heading 1"
    assert texts.index("二、工作进展情况") < texts.index("三、存在的主要问题")
    assert report.problems[0] in texts
    counts, items = doc.tables
    assert [c.text for c in counts.rows[-1].cells] == ["合计", "5", "10", "15"]
    assert len(items.rows) == 1 + len(report.rows)
    assert tuple(c.text for c in items.rows[0].cells) == TABLE_COLUMNS
    assert items.rows[0]._tr.xpath("./w:trPr/w:tblHeader")
    cells = {r.cells[0].text: r.cells for r in items.rows[1:]}
    assert cells["14"][2].text == SCRIPT_TEXT
    bikes = next(r for r in report.rows if r.status == "取消")
    assert "第12次常务会议" in cells[str(bikes.number)][7].text
    (fill,) = cells["6"][10]._tc.xpath("./w:tcPr/w:shd/@w:fill")
    assert (cells["6"][10].text, fill) == ("滞后", "FFC7CE")
    rfonts = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "仿宋"
    portrait, landscape = doc.sections
    assert portrait.orientation == WD_ORIENT.PORTRAIT and landscape.orientation == WD_ORIENT.LANDSCAPE
    assert (round(Length(portrait.page_width or 0).mm), round(Length(portrait.page_height or 0).mm)) == (
        210,
        297,
    )
    assert (round(Length(landscape.page_width or 0).mm), round(Length(landscape.page_height or 0).mm)) == (
        297,
        210,
    )


def test_xlsx(report: ReportData, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "report.xlsx"
    write_xlsx(report, str(path))
    wb = load_workbook(str(path))
    assert wb.sheetnames == ["完成情况表", "总体情况", "来源"]
    ws = wb["完成情况表"]
    assert ws["A1"].value == report.table_title
    assert tuple(c.value for c in ws[2]) == TABLE_COLUMNS
    assert ws.freeze_panes == "A3"
    assert ws.max_row == 2 + len(report.rows)
    by_number = {row[0].value: row for row in ws.iter_rows(min_row=3)}
    road = by_number[6]
    assert road[10].value == "滞后" and road[10].fill.fgColor.rgb.endswith("FFC7CE")
    assert by_number[9][10].fill.fgColor.rgb.endswith("D9D9D9")  # 取消: grey
    assert by_number[14][2].value == SCRIPT_TEXT
    assert ws.column_dimensions["C"].width == 36 and road[2].alignment.wrap_text
    assert ws.row_dimensions[3].height > 15  # fitted to the wrapped text, not left at the default

    counts = wb["总体情况"]
    assert counts["A2"].value == report.overview
    values = [[c.value for c in row] for row in counts.iter_rows()]
    assert ["合计", 5, 10, 15] in [v[:4] for v in values]
    assert ["项目建设", 3, 0, 1, 1, 1, 0, 0, 0] in values

    sources = wb["来源"]
    quotes = [row[8].value for row in sources.iter_rows(min_row=3)]
    assert "全市固定资产投资完成200亿元" in quotes and "固定资产投资完成420亿元以上" in quotes


def test_html(report: ReportData) -> None:
    page = render_html(report)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "alert(1)</script>" not in page
    assert str(escape(SCRIPT_TEXT)) in page
    assert str(escape(report.overview)) in page
    assert "http://" not in page and "https://" not in page and "<link" not in page
    assert page.count('<td class="c red">') == sum(r.light == "red" for r in report.rows) > 0
    assert "全市固定资产投资完成200亿元" in page


def test_an_empty_plan_still_writes(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "e.db"))
    plan_id = store.create_plan("白沙县", 2023, "白沙县2023年任务分解", [])
    report = build_report(store, plan_id, date(2023, 12, 31))
    assert report.title == "关于2023年全年《政府工作报告》任务指标完成情况的报告"
    assert (report.rows, report.overview, report.problems) == ((), "", ("计划中尚未列入任务指标。",))
    write_docx(report, str(tmp_path / "e.docx"))
    write_xlsx(report, str(tmp_path / "e.xlsx"))
    assert "计划中尚未列入任务指标。" in render_html(report)
