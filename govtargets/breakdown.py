"""The draft 任务分解表: tasks as rows a supervision office edits (序号, 类别, 任务内容, 目标值, 完成时限,
牵头单位, 责任单位, 来源位置), written as .xlsx, .csv or rows for a table."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from typing import Any

from govtargets.extract import Task

__all__ = ["COLUMNS", "rows", "write_xlsx", "as_text"]

COLUMNS = ["序号", "类别", "任务内容", "目标值", "完成时限", "牵头单位", "责任单位", "来源位置"]
_WIDTHS = [6, 20, 60, 18, 11, 18, 34, 30]
_QUALIFIER_WORDS = {"at_least": "以上", "at_most": "以内", "about": "左右"}


def _target(q: dict[str, Any]) -> str:
    if q["low"] != q["high"]:
        return f"{q['low']}—{q['high']}{q['unit']}"
    return f"{q['value']}{q['unit']}{_QUALIFIER_WORDS.get(q['qualifier'], '')}"


def _category(t: Task) -> str:
    if t.category:
        return t.category
    if t.minsheng:
        return "为民办实事"
    if t.leader:
        return f"{t.leader}牵头重点工作"
    return ""


def _source(t: Task) -> str:
    number = "" if not t.number else f"（第{t.number}项）" if t.number.isdigit() else f"（{t.number}）"
    return f"{os.path.basename(t.doc)}\n第{t.start}–{t.end}字{number}"


def rows(tasks: Iterable[Task]) -> list[list[str]]:
    """One row per task, numbered in order."""
    out = []
    for n, t in enumerate(tasks, 1):
        out.append(
            [
                str(n),
                _category(t),
                t.text.strip(),
                "；".join(_target(q) for q in t.quantities),
                t.deadline or "",
                "、".join(t.lead_units),
                "、".join(t.co_units),
                _source(t),
            ]
        )
    return out


def _lines(value: str, width: int) -> int:
    """Lines a wrapped cell takes: a Chinese character is two columns wide."""
    return sum(
        max(
            1,
            -(
                -int(sum(1.5 if unicodedata.east_asian_width(c) in "WF" else 1 for c in part))
                // max(1, width - 1)
            ),
        )
        for part in value.split("\n")
    )


def as_text(cells: Iterable[Any]) -> None:
    """Make every text cell a string cell: openpyxl writes a text that starts with = as a live formula
    (=HYPERLINK(...) in a task's text would run in the office's Excel), and the sheet must hold what was
    typed, to read back as the same text."""
    for c in cells:
        if c.data_type == "f" and isinstance(c.value, str):
            c.data_type = "s"


def write_xlsx(
    table: list[list[str]],
    path: str,
    title: str,
    *,
    columns: list[str] | None = None,
    widths: list[int] | None = None,
    sheet: str = "任务分解表",
) -> None:
    """An .xlsx with a title, a frozen bold header, set column widths, wrapped text and thin borders."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    columns = columns or COLUMNS
    widths = widths or _WIDTHS
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append([title])
    as_text(ws[1])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 28
    ws.append(columns)
    as_text(ws[2])
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c in ws[2]:
        c.font = Font(name="宋体", bold=True)
        c.fill = PatternFill("solid", fgColor="DDE6F0")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = border
    for row in table:
        ws.append(row)
        as_text(ws[ws.max_row])
        for c in ws[ws.max_row]:
            c.alignment = Alignment(
                vertical="top", wrap_text=True, horizontal="center" if c.column == 1 else None
            )
            c.border = border
            c.font = Font(name="宋体", size=10)
        # wrapped rows need their height set: LibreOffice keeps a stored height, Excel only fits on edit
        lines = max(_lines(v, w) for v, w in zip(row, widths, strict=False))
        ws.row_dimensions[ws.max_row].height = 14 * lines + 4
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(columns))}{ws.max_row}"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
