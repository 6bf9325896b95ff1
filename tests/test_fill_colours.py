"""A 亮灯 ledger in Excel that marks its rows by the fill of a cell alone, with a note saying what each colour
means (绿色：按序时推进；黄色：滞后10个百分点以内；红色：滞后10个百分点以上). The reader shows a fill's colour
after the cell's value (77.5（绿色）) when the workbook explains colours, the legend gives each row its
status, and the value stays the row's completion. Without such a note no colour is shown and no status read.
Found on blind set s26 (02: 12 of 26); invented variants: shades, legend wording and place, script."""

from __future__ import annotations

import io

import opencc
import openpyxl
import pytest
from openpyxl.styles import PatternFill

from govtargets import read_bytes
from tests._progress_score import progress_keys

_S2T = opencc.OpenCC("s2t")
SHADES = {
    "plain": {"green": "00B050", "yellow": "FFFF00", "red": "FF0000"},
    "office": {"green": "92D050", "yellow": "FFC000", "red": "C00000"},
}
ROWS = [  # (project, completion, light)
    ("滨江大道东延工程", 77.5, "green"),
    ("县中医院整体迁建", 62.4, "yellow"),
    ("南山抽水蓄能电站配套道路", 40.4, "red"),
    ("城北污水处理厂扩建", 88.0, "green"),
]
STATUS = {"green": "on_schedule", "yellow": "not_met", "red": "not_met"}
LEGENDS = [
    "注：进度栏颜色含义——绿色：按序时推进；黄色：滞后10个百分点以内；红色：滞后10个百分点以上。",
    "说明：绿色表示按序时推进，黄色表示进度滞后，红色表示严重滞后。",
]


def _workbook(
    shades: dict[str, str], legend: str | None, *, legend_first: bool = False, trad: bool = False
) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    conv = (lambda s: str(_S2T.convert(s))) if trad else (lambda s: s)
    ws.append([conv("琨川县2026年重点项目建设进度台账（1-8月）")])
    if legend and legend_first:
        ws.append([conv(legend)])
    ws.append([conv(x) for x in ("序号", "项目名称", "年度计划投资（万元）", "进度（%）", "备注")])
    for n, (name, value, light) in enumerate(ROWS, 1):
        ws.append([n, conv(name), 10000, value, ""])
        ws.cell(row=ws.max_row, column=4).fill = PatternFill("solid", fgColor=shades[light])
    if legend and not legend_first:
        ws.append([conv(legend)])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("shades", list(SHADES))
@pytest.mark.parametrize("legend", LEGENDS, ids=["dashes", "表示"])
@pytest.mark.parametrize("form", ["note under", "note above", "traditional"])
def test_each_rows_light_by_its_fill(shades: str, legend: str, form: str) -> None:
    trad = form == "traditional"
    got = progress_keys(
        _workbook(SHADES[shades], legend, legend_first=form == "note above", trad=trad), "taizhang.xlsx"
    )
    for name, value, light in ROWS:
        item = str(_S2T.convert(name)) if trad else name
        assert got[("status", item, None, STATUS[light])] == 1, (name, got)
        assert got[("completion", item, value, "")] == 1, (name, got)
    assert not [k for k in got if k[1] and "色" in k[1]], got  # the legend is no item


def test_no_note_no_colours() -> None:
    data = _workbook(SHADES["plain"], None)
    assert "色）" not in read_bytes(data, "taizhang.xlsx").text
    got = progress_keys(data, "taizhang.xlsx")
    assert not [k for k in got if k[0] == "status"], got
    assert sum(1 for k in got if k[0] == "completion") == len(ROWS), got
