"""Task notices in forms found on blind set s27 (first run: 64 of 100 tasks found, 37 with leads and co
units right): units after a dash closing the task's line (——县住建局牵头，县财政局配合); a responsible
cell whose lead is marked wherever it stands (县金融服务中心、县公安局（牵头）) in a table whose rows drop a
blank 备注; a 填报说明 whose numbered points are no tasks; a table of indicators (指标名称 | 年度目标 |
责任单位 | 配合单位) whose task is the indicator with its target. Invented variants: wording, script,
.txt/.xlsx/.docx."""

from __future__ import annotations

import io

import opencc
import pytest

from govtargets import read_bytes
from govtargets.extract import extract_tasks
from govtargets.text import to_simplified

_S2T = opencc.OpenCC("s2t")


def _tasks(data: bytes, name: str) -> list[tuple[str, list[str], list[str]]]:
    doc = read_bytes(data, name)
    return [(t.text, list(t.lead_units), list(t.co_units)) for t in extract_tasks(doc)]


DASH = (
    "澄川县人民政府\n关于印发2026年县政府工作报告重点工作任务分工的通知\n"
    "各乡镇人民政府、县政府各部门：\n"
    "　　现将重点工作任务分工如下。每项任务后按“牵头单位——配合单位”的顺序列明责任单位。\n"
    "一、聚力产业发展\n"
    "1. 新建城北污水处理厂，2026年底前建成投用。——县住房和城乡建设局牵头，县生态环境局、县财政局配合\n"
    "2. 实施“绿满城乡——千村万树”行动，新增造林面积1.5万亩。——县林业局牵头，各乡镇（街道）配合\n"
    "3. 推进电商产业园建设。——县商务局负责\n"
    "4. 完成城东片区棚户区改造征收。——县住房和城乡建设局、县自然资源局牵头，县城市管理局配合\n"
)
DASH_WANT = [
    ("新建城北污水处理厂", ["县住房和城乡建设局"], ["县生态环境局", "县财政局"]),
    ("实施“绿满城乡——千村万树”行动", ["县林业局"], ["各乡镇（街道）"]),
    ("推进电商产业园建设", ["县商务局"], []),
    ("完成城东片区棚户区改造征收", ["县住房和城乡建设局", "县自然资源局"], ["县城市管理局"]),
]


@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_units_after_a_dash(traditional: bool) -> None:
    conv = (lambda s: str(_S2T.convert(s))) if traditional else (lambda s: s)
    got = _tasks(conv(DASH).encode("utf-8"), "fengong.txt")
    assert len(got) == len(DASH_WANT), got
    for (text, leads, co), (start, want_leads, want_co) in zip(got, DASH_WANT, strict=True):
        assert text.startswith(conv(start)), text
        # (units compared in simplified script, as the notice scorer compares them)
        assert ([to_simplified(u) for u in leads], [to_simplified(u) for u in co]) == (want_leads, want_co), (
            text
        )


MARKED = [  # (task, responsible cell, remark, lead, co)
    ("全年争取专项债券资金15亿元", "县财政局（牵头）、县发展和改革局", "", ["县财政局"], ["县发展和改革局"]),
    (
        "开展非法集资风险排查整治",
        "县金融服务中心、县公安局（牵头）、县市场监管局",
        "按月调度",
        ["县公安局"],
        ["县金融服务中心", "县市场监管局"],
    ),
    ("建设高标准农田2.8万亩", "县农业农村局(牵头)、县财政局", "", ["县农业农村局"], ["县财政局"]),
    ("推进综合客运枢纽建设", "县交通运输局", "", ["县交通运输局"], []),
]
NOTES = [
    "填报说明",
    "1．本清单按县政府领导分工分表列出。",
    "2．责任单位中标注“（牵头）”的为牵头单位，其余为配合单位。",
]


def _marked_xlsx() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    for line in NOTES:
        ws.append([line])
    ws2 = wb.create_sheet("王副县长分管")
    ws2.append(["序号", "工作任务", "责任单位", "完成时限", "备注"])
    for n, (task, units, remark, _, _) in enumerate(MARKED, 1):
        ws2.append([n, task, units, "2026年12月底前"] + ([remark] if remark else []))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _marked_text() -> bytes:
    rows = "".join(
        f"{n}\t{task}\t{units}\t2026年12月底前" + (f"\t{remark}" if remark else "") + "\n"
        for n, (task, units, remark, _, _) in enumerate(MARKED, 1)
    )
    head = (
        "关于印发重点工作任务清单的通知\n" + "\n".join(NOTES) + "\n序号\t工作任务\t责任单位\t完成时限\t备注\n"
    )
    return (head + rows).encode("utf-8")


@pytest.mark.parametrize("form", ["xlsx", "txt"])
def test_a_lead_marked_wherever_it_stands(form: str) -> None:
    got = _tasks(_marked_xlsx(), "qingdan.xlsx") if form == "xlsx" else _tasks(_marked_text(), "qingdan.txt")
    assert [(t, leads, co) for t, leads, co in got] == [(t, lead, co) for t, _, _, lead, co in MARKED], got


INDICATORS = [
    ("地区生产总值", "增长6%左右", "县发展和改革局", "县统计局"),
    ("规模以上工业增加值", "增长8%以上", "县工业和信息化局", "县统计局"),
    ("城镇调查失业率", "5.5%以内", "县人力资源和社会保障局", ""),
]


@pytest.mark.parametrize(
    "header", [("指标名称", "年度目标"), ("指标名称", "目标值"), ("指标项目", "预期目标")]
)
def test_an_indicator_with_its_target_is_the_task(header: tuple[str, str]) -> None:
    from docx import Document

    d = Document()
    d.add_paragraph("关于印发2026年主要目标任务分解表的通知")
    table = d.add_table(rows=1 + len(INDICATORS), cols=4)
    for cell, text in zip(table.rows[0].cells, (*header, "责任单位", "配合单位"), strict=True):
        cell.text = text
    for row, values in zip(table.rows[1:], INDICATORS, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    d.add_paragraph("各责任单位要对照分解目标，逐月跟踪监测。")
    buf = io.BytesIO()
    d.save(buf)
    got = _tasks(buf.getvalue(), "fenjie.docx")
    assert len(got) == len(INDICATORS), got
    for (text, leads, co), (name, target, lead, co_unit) in zip(got, INDICATORS, strict=True):
        assert text.startswith(name) and text.endswith(target), text
        assert (leads, co) == ([lead], [co_unit] if co_unit else []), text


PARAGRAPHS = (
    "鹭川县人民政府办公室关于印发重点工作任务分解的通知\n"
    "各乡镇人民政府，县政府各部门：\n"
    "　　现将2026年重点工作分解如下。每段所列工作的牵头单位、配合单位在该段末尾统一注明。\n"
    "　　（一）稳定粮食生产。{n1}全年粮食播种面积稳定在56万亩以上；{n2}新建高标准农田2.6万亩；"
    "{n3}新建“菜篮子”保供基地5个。以上工作由县农业农村局牵头，县水利局、县自然资源局配合，12月底前完成。\n"
    "　　（二）提升公共服务。{n1}新建县第一中学新校区；{n2}建成县急救指挥中心。"
    "上述任务由县教育局、县卫生健康局分别牵头，县财政局配合。\n"
    "　　各单位要按照分工，于3月20日前制定具体工作方案。\n"
)
PARAGRAPHS_WANT = [
    ("全年粮食播种面积稳定在56万亩以上", ["县农业农村局"], ["县水利局", "县自然资源局"]),
    ("新建高标准农田2.6万亩", ["县农业农村局"], ["县水利局", "县自然资源局"]),
    ("新建“菜篮子”保供基地5个", ["县农业农村局"], ["县水利局", "县自然资源局"]),
    ("新建县第一中学新校区", ["县教育局"], ["县财政局"]),
    ("建成县急救指挥中心", ["县卫生健康局"], ["县财政局"]),
]


@pytest.mark.parametrize("numbers", [("(1)", "(2)", "(3)"), ("（1）", "（2）", "（3）"), ("⑴", "⑵", "⑶")])
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_items_numbered_inline_with_their_units_at_the_end(numbers: tuple[str, ...], encoding: str) -> None:
    text = PARAGRAPHS.format(n1=numbers[0], n2=numbers[1], n3=numbers[2])
    got = _tasks(text.encode(encoding), "fenjie.txt")
    assert got == PARAGRAPHS_WANT, got


# a table copied from a PDF one cell a line: its title's last line right above the header, a heading row
# after it, task cells cut at unequal widths (a PDF's columns differ), a page number between rows
PDF_CELLS = (
    "澄源县人民政府办公室\n关于印发2026年政府工作报告重点工作任务分工方案的通知\n附件\n"
    "澄源县2026年政府工作报告\n重点工作任务分工方案\n"
    "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
    "一、推动产业提质增效\n"
    "1\n加快高铁站站前综合\n交通枢纽建设\n县交通运输局\n县发展和改革局、县自然资源局\n2026年12月底前\n"
    "2\n新增规模以上工业企业20家，新培育\n国家级专精特新企业2家\n县经济和信息化局\n县科学技术局\n2026年12月底前\n"
    "- 2 -\n"
    "二、建设宜居城乡\n"
    "3\n完成县城老旧小区改造28个\n县住房和城乡建设局\n各乡镇（街道）\n2026年11月底前\n"
)
PDF_WANT = [
    ("加快高铁站站前综合交通枢纽建设", ["县交通运输局"], ["县发展和改革局", "县自然资源局"]),
    ("新增规模以上工业企业20家，新培育国家级专精特新企业2家", ["县经济和信息化局"], ["县科学技术局"]),
    ("完成县城老旧小区改造28个", ["县住房和城乡建设局"], ["各乡镇（街道）"]),
]


def test_a_pdf_table_one_cell_a_line_under_its_title_and_heading_rows() -> None:
    got = [
        (text.replace("\n", ""), leads, co) for text, leads, co in _tasks(PDF_CELLS.encode(), "fengong.txt")
    ]
    assert got == PDF_WANT, got


@pytest.mark.parametrize("empty", ["/", "／", "—", "－", "无"])
@pytest.mark.parametrize("form", ["tabbed", "one cell a line"])
def test_an_empty_cells_mark_is_no_unit(empty: str, form: str) -> None:
    # a table copied from a PDF or a workbook writes / or — or 无 where a cell is empty: no co unit
    head = "关于印发重点工作任务分工方案的通知\n"
    cells = [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "新建改建农村供水工程12处", "县水利局", empty, "2026年9月30日前"],
        ["2", "新建城区智慧停车泊位2000个", "县城市管理局", "县公安局", "2026年12月底前"],
    ]
    sep = "\t" if form == "tabbed" else "\n"
    text = head + "".join(sep.join(row) + "\n" for row in cells)
    got = _tasks(text.encode("utf-8"), "fengong.txt")
    assert [(leads, co) for _, leads, co in got] == [(["县水利局"], []), (["县城市管理局"], ["县公安局"])], (
        got
    )
