"""任务分解表 received as workbooks: found on blind set s21 (03), whose first run joined a cell's units one
to a line into one name and read the contact row as a task. Invented variants (.xlsx and .docx cells,
ideographic and plain spaces, the contact row's wording)."""

from __future__ import annotations

import io

import pytest

from govtargets import read_bytes
from govtargets.extract import extract_tasks

HEAD = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    [
        1,
        "新建区实验中学东校区，新增初中学位1800个",
        "区教育局",
        "区发改局\n区财政局\n区自然资源局",
        "2025年8月底前",
    ],
    [2, "新建改造城市公厕24座", "区城管局", "区住建局、\n各街道办事处", "2025年6月底前"],
]
CONTACTS = [
    "桐溪区人民政府办公室　联系人：林晓　电话：0000-5520391",
    "区政府督查室  联系人：林晓，联系电话：0000-5520391",
]


def _workbook(contact: str) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["桐溪区2025年政府工作报告重点任务分解表"])
    ws.append(HEAD)
    for r in ROWS:
        ws.append(r)
    ws.append(["注：牵头单位每月25日前报送进展。"])
    ws.append([contact])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _docx(contact: str) -> bytes:
    from docx import Document

    d = Document()
    d.add_paragraph("桐溪区2025年政府工作报告重点任务分解表")
    t = d.add_table(rows=1, cols=len(HEAD))
    for c, h in zip(t.rows[0].cells, HEAD, strict=True):
        c.text = h
    for r in ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, r, strict=True):
            lines = str(v).split("\n")
            c.text = lines[0]
            for line in lines[1:]:
                c.add_paragraph(line)  # one unit a paragraph in the cell
    d.add_paragraph(contact)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("make", [_workbook, _docx], ids=["xlsx", "docx"])
@pytest.mark.parametrize("contact", CONTACTS)
def test_units_one_to_a_line_in_a_cell_and_no_contact_task(make, contact: str) -> None:  # type: ignore[no-untyped-def]
    name = "fenjie.xlsx" if make is _workbook else "fenjie.docx"
    tasks = list(extract_tasks(read_bytes(make(contact), name)))
    assert len(tasks) == 2, [t.text for t in tasks]
    assert tasks[0].lead_units == ("区教育局",)
    assert tasks[0].co_units == ("区发改局", "区财政局", "区自然资源局")
    assert tasks[1].co_units == ("区住建局", "各街道办事处")
