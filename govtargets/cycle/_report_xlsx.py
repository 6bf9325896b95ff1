"""The report as a workbook (openpyxl): 完成情况表 (one row per item, status cells coloured by light),
总体情况 (counts by status and by category, the lead units with problem items) and 来源 (each figure's
records and the document characters behind it). The team's conventions from breakdown.py: a merged title
row, a frozen bold header, fixed widths, wrapped text, thin borders, and row heights set from the width of
the Chinese text, because LibreOffice keeps a stored height and Excel only refits a row when it is edited.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from copy import copy
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from govtargets.breakdown import as_text
from govtargets.cycle._report_data import LIGHT_FILLS, TABLE_COLUMNS
from govtargets.status import STATUSES

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from govtargets.cycle._report_data import ReportData

__all__ = ["write_xlsx", "SOURCE_COLUMNS", "PRINT_WIDTH_UNITS"]

# narrow enough that columns A–K print on landscape A4 at about 96 % (10-point text stays readable); the
# 来源 column (L) is for the screen and outside the print area: the 来源 sheet prints the sources
_TABLE_WIDTHS = (5, 9, 36, 12, 9, 12, 12, 32, 7, 7, 7, 26)
_PRINTED_COLUMNS = 11
SOURCE_COLUMNS = ("序号", "事项", "数字", "数值", "记录", "报送/修改", "来源文件", "位置", "原文")
_SOURCE_WIDTHS = (5, 18, 9, 24, 18, 22, 26, 13, 50)
_FONT = "宋体"
# what one page's width holds at 100 %: landscape A4 less 0.4-inch margins is 10.9 inches, about 1,046
# pixels; a column of width w takes about 7·w + 5 pixels (Excel's default font)
PRINT_WIDTH_UNITS = 1046
_LINE_PT = 15  # one line of 10-point text, with room for a CJK fallback font's taller line
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
_CENTERED = {"序号", "完成率", "序时进度", "状态", "位置", "数字"}


def text_lines(value: str, width: float) -> int:
    """Lines a wrapped cell of `width` (Excel's units, about one Latin digit) takes: a Chinese character at
    10 points is about 1.8 units wide (1.9 in Excel with 宋体, 1.5 in LibreOffice with a Noto fallback; too
    many lines leave a little air, too few hide text).

    >>> text_lines("北湖公园改造", 10), text_lines("北湖公园改造提升工程完工", 10), text_lines("a\\nb", 10)
    (2, 3, 2)
    """
    room = max(1.0, width - 1)
    if len(value) * 1.8 <= room and "\n" not in value:  # short enough however wide its characters
        return 1
    lines = 0
    for part in value.split("\n"):
        units = sum(1.8 if unicodedata.east_asian_width(c) in "WF" else 1.0 for c in part)
        lines += max(1, -int(-units // room))
    return lines


def _title(ws: Worksheet, title: str, n_cols: int) -> None:
    ws.append([title])
    as_text(ws[1])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n_cols)
    ws["A1"].font = Font(name=_FONT, size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 30


def _header(ws: Worksheet, columns: Sequence[str]) -> None:
    ws.append(list(columns))
    as_text(ws[ws.max_row])
    for n in range(len(columns)):
        c = ws.cell(row=ws.max_row, column=n + 1)
        c.font = Font(name=_FONT, size=10, bold=True)
        c.fill = _HEAD_FILL
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = _BORDER
    ws.row_dimensions[ws.max_row].height = 2 * _LINE_PT


def _rows(
    ws: Worksheet,
    columns: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[str | int]],
    fills: Sequence[str | None] = (),
    fill_column: str = "",
) -> None:
    """Append bordered, wrapped rows, each as high as its tallest cell; `fills[i]` colours row i's
    `fill_column`."""
    fill_at = columns.index(fill_column) if fill_column in columns else -1
    # the cells' styles are made once on the first data row and copied (openpyxl hashes a style object on
    # every assignment, which costs more than writing the cell)
    protos: dict[tuple[bool, str | None], StyleArray] = {}
    r = ws.max_row  # max_row walks every cell: count rows here instead
    for i, row in enumerate(rows):
        ws.append(list(row))
        r += 1
        for n in range(len(row)):
            c = ws.cell(row=r, column=n + 1)
            if c.data_type == "f":  # a text that starts with = is text, never a formula
                c.data_type = "s"
            key = (
                columns[n] in _CENTERED or isinstance(row[n], int),
                fills[i] if n == fill_at and i < len(fills) and fills[i] else None,
            )
            if key not in protos:
                c.alignment = (
                    Alignment(horizontal="center", vertical="center", wrap_text=True)
                    if key[0]
                    else Alignment(horizontal="left", vertical="top", wrap_text=True)
                )
                c.border = _BORDER
                c.font = Font(name=_FONT, size=10)
                if key[1]:
                    c.fill = PatternFill("solid", fgColor=key[1])
                protos[key] = copy(c._style)
            else:
                c._style = copy(protos[key])
        lines = max(text_lines(str(v), w) for v, w in zip(row, widths, strict=True))
        ws.row_dimensions[r].height = _LINE_PT * lines + 4


def _print_setup(ws: Worksheet) -> None:
    """A4 landscape, narrow margins, every column on one page's width, as many pages down as it takes."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = True


def _layout(ws: Worksheet, widths: Sequence[float], header_row: int) -> None:
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    _print_setup(ws)


def _items_sheet(ws: Worksheet, report: ReportData) -> None:
    ws.title = "完成情况表"
    _title(ws, report.table_title, len(TABLE_COLUMNS))
    _header(ws, TABLE_COLUMNS)
    rows = [r.cells() for r in report.rows]
    fills = [LIGHT_FILLS.get(r.light) for r in report.rows]
    _rows(ws, TABLE_COLUMNS, _TABLE_WIDTHS, rows, fills, "状态")
    _layout(ws, _TABLE_WIDTHS, 2)
    ws.auto_filter.ref = f"A2:{get_column_letter(len(TABLE_COLUMNS))}{ws.max_row}"
    ws.print_area = f"A1:{get_column_letter(_PRINTED_COLUMNS)}{ws.max_row}"


def _counts_sheet(ws: Worksheet, report: ReportData) -> None:
    columns = ("类别", "合计", *STATUSES)
    widths = (18, 8, *(9 for _ in STATUSES))
    _title(ws, f"{report.title}——总体情况", len(columns))
    ws.append([report.overview])
    as_text(ws[2])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(columns))
    ws["A2"].font = Font(name=_FONT, size=10)
    ws["A2"].alignment = Alignment(vertical="top", wrap_text=True)
    ws.row_dimensions[2].height = _LINE_PT * text_lines(report.overview, sum(widths)) + 6

    ws.append([])
    _header(ws, ("状态", "主要指标", "重点工作", "合计"))
    counts = report.status_counts()
    status_rows: list[tuple[str | int, ...]] = [(s, i, t, i + t) for s, i, t in counts]
    n_i, n_t = sum(c[1] for c in counts), sum(c[2] for c in counts)
    status_rows.append(("合计", n_i, n_t, n_i + n_t))
    _rows(ws, columns[:4], widths[:4], status_rows)

    ws.append([])
    _header(ws, columns)
    cat_rows: list[tuple[str | int, ...]] = []
    for category, counter in report.summary.by_category.items():
        cat_rows.append((category, sum(counter.values()), *(counter.get(s, 0) for s in STATUSES)))
    _rows(ws, columns, widths, cat_rows)

    if report.problem_units:
        ws.append([])
        _header(ws, ("牵头单位", "问题事项"))
        _rows(ws, ("牵头单位", "数量"), widths[:2], [(u, n) for u, n in report.problem_units])
    ws.append([])
    ws.append([report.rules_note])
    as_text(ws[ws.max_row])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(columns))
    note = ws.cell(row=ws.max_row, column=1)
    note.font = Font(name=_FONT, size=9, color="444444")
    note.alignment = Alignment(vertical="top", wrap_text=True)
    ws.row_dimensions[ws.max_row].height = _LINE_PT * text_lines(report.rules_note, sum(widths)) + 4
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    _print_setup(ws)


def _sources_sheet(ws: Worksheet, report: ReportData) -> None:
    _title(ws, f"{report.table_title}——数据来源", len(SOURCE_COLUMNS))
    _header(ws, SOURCE_COLUMNS)
    rows = []
    for r in report.rows:
        for f in r.figures:
            for s in f.sources:
                when = "" if s.reported_at is None else s.reported_at.strftime("%Y-%m-%d %H:%M")
                rows.append(
                    (
                        r.number,
                        r.item.short_name,
                        f.label,
                        f.text,
                        s.record_label + ("" if s.fact_id is None else f"\n事实 #{s.fact_id}"),
                        " ".join(x for x in (s.reported_by, when) if x),
                        "" if s.document is None else s.document,
                        "" if s.start is None else f"第{s.start}–{s.end}字",
                        s.quote or "",
                    )
                )
    _rows(ws, SOURCE_COLUMNS, _SOURCE_WIDTHS, rows)
    _layout(ws, _SOURCE_WIDTHS, 2)


def write_xlsx(report: ReportData, path: str) -> None:
    """Write the report's three sheets to `path` (.xlsx)."""
    wb = Workbook()
    _items_sheet(wb.active, report)
    _counts_sheet(wb.create_sheet("总体情况"), report)
    _sources_sheet(wb.create_sheet("来源"), report)
    wb.properties.title = report.title
    wb.save(path)
