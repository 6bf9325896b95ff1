"""Task-assignment notices as offices write them in Word, built here with python-docx: a table whose
category rows span the whole row (一、经济发展) beside a 责任领导 column; items numbered by Word's automatic
numbering (the number is not in the text); a 序号 column numbered the same way; a remark below the table
(注：…) and the signature and date below the last item. Found on the first run of the blind set
tests/blind_s12 (.docx notices: co units missing on a whole table, four items lost to automatic numbering)."""

from __future__ import annotations

import io
from copy import deepcopy

import docx
import pytest
from docx.oxml.ns import qn

from govtargets import read_bytes
from govtargets.extract import extract_tasks

ROWS = [
    (
        "实施市级重点项目120个，年度完成投资300亿元以上。",
        "王某某",
        "市发改委",
        "市财政局、各县（市、区）人民政府",
        "12月底",
    ),
    (
        "规上工业增加值增长7%，新增规上工业企业60家。",
        "李某某",
        "市工信局",
        "市统计局、市市场监管局",
        "12月底",
    ),
    ("开工改造城中村项目8个。", "张某某、赵某某", "市住建局", "市自然资源和规划局", "11月底"),
]


def _tasks(d: docx.document.Document) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "notice.docx")
    return [(t.text[:6], t.lead_units, t.co_units) for t in extract_tasks(doc)]


def _want() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (
            task[:6],
            (lead,),
            tuple(co.split("、"))
            if co != "市财政局、各县（市、区）人民政府"
            else ("市财政局", "各县（市、区）人民政府"),
        )
        for task, _l, lead, co, _d in ROWS
    ]


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize("remark", [True, False])
def test_a_table_with_category_rows_and_a_leader_column(categories: bool, remark: bool) -> None:
    d = docx.Document()
    d.add_paragraph("临溪市2025年政府工作报告重点工作任务分工方案")
    table = d.add_table(rows=1, cols=6)
    for cell, word in zip(
        table.rows[0].cells,
        ["序号", "重点工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"],
        strict=True,
    ):
        cell.text = word
    for i, (task, leader, lead, co, deadline) in enumerate(ROWS, 1):
        if categories and i in (1, 3):
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[5])
            merged.text = "一、经济发展" if i == 1 else "二、城乡建设"
        row = table.add_row()
        for cell, text in zip(row.cells, [str(i), task, leader, lead, co, deadline], strict=True):
            cell.text = text
    if remark:
        d.add_paragraph("注：各责任单位于每月5日前将上月工作进展报市政府督查室。")
    d.add_paragraph("临溪市人民政府办公室")
    d.add_paragraph("2025年2月20日")
    assert _tasks(d) == _want()


def _numbered(d: docx.document.Document, fmt: str, text: str) -> str:
    """The numId of a new list numbered `fmt` (decimal, chineseCounting …) as `text` (%1., %1、, （%1）)."""
    numbering = d.part.numbering_part.element
    abstract = deepcopy(numbering.findall(qn("w:abstractNum"))[0])
    new_id = str(900 + len(numbering.findall(qn("w:abstractNum"))))
    abstract.set(qn("w:abstractNumId"), new_id)
    lvl = abstract.find(qn("w:lvl"))
    lvl.find(qn("w:numFmt")).set(qn("w:val"), fmt)
    lvl.find(qn("w:lvlText")).set(qn("w:val"), text)
    numbering.insert(0, abstract)
    num = numbering.add_num(int(new_id))
    return str(num.numId)


def _number(paragraph, num_id: str) -> None:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = int(num_id)


@pytest.mark.parametrize(
    ("fmt", "text"), [("decimal", "%1."), ("decimal", "（%1）"), ("chineseCounting", "%1是")]
)
@pytest.mark.parametrize("style", [False, True])
def test_items_numbered_by_word(fmt: str, text: str, style: bool) -> None:
    """Word's own numbering: the items' numbers are in no run of text; read as Word shows them."""
    d = docx.Document()
    d.add_paragraph("云台市2025年政府工作报告重点工作责任分工")
    d.add_paragraph("一、加快发展新质生产力")
    num_id = None if style else _numbered(d, fmt, text)
    for task, _leader, lead, co, _deadline in ROWS:
        p = d.add_paragraph(task, style="List Number" if style else None)
        if num_id is not None:
            _number(p, num_id)
        d.add_paragraph(f"责任单位：{lead}、{co}")
    d.add_paragraph("云台市人民政府办公室")
    d.add_paragraph("2025年3月10日")
    got = _tasks(d)
    assert [lead for _t, lead, _c in got] == [(lead,) for _t, _l, lead, _c, _d in ROWS]
    assert len(got) == len(ROWS)  # neither the signature nor the date is a task


def test_a_seq_column_numbered_by_word() -> None:
    d = docx.Document()
    d.add_paragraph("临溪市2025年政府工作报告重点工作任务分工方案")
    num_id = _numbered(d, "decimal", "%1")
    table = d.add_table(rows=1, cols=4)
    for cell, word in zip(table.rows[0].cells, ["序号", "重点工作任务", "牵头单位", "配合单位"], strict=True):
        cell.text = word
    for task, _leader, lead, co, _deadline in ROWS:
        row = table.add_row()
        _number(row.cells[0].paragraphs[0], num_id)
        for cell, value in zip(row.cells[1:], [task, lead, co], strict=True):
            cell.text = value
    got = _tasks(d)
    assert got == _want()


def test_a_malformed_numbering_level_is_read_without_its_number() -> None:
    """A hand-edited numbering.xml (ilvl="x"): the document is read, the paragraph without a number."""
    d = docx.Document()
    d.add_paragraph("云台市2025年政府工作报告重点工作责任分工")
    num_id = _numbered(d, "decimal", "%1.")
    p = d.add_paragraph(ROWS[0][0])
    _number(p, num_id)
    p._p.pPr.numPr.ilvl.set(qn("w:val"), "x")
    d.add_paragraph(f"责任单位：{ROWS[0][2]}")
    assert [lead for _t, lead, _c in _tasks(d)] == [(ROWS[0][2],)]
