"""An Excel workbook (.xlsx) to text: every visible worksheet's rows as a Word or HTML table's rows read.

- Sheets: every visible worksheet in workbook order; hidden and veryHidden sheets and chartsheets are left
  out. Where more than one visible sheet holds text, each sheet's name is a line of its own before its rows
  (a sheet named 一、稳增长 then reads as a heading), unless it is a default name (Sheet1, 工作表2).
- Rows: in order, each one line of cells joined by tabs (govtargets.ingest._cells: trailing empty cells
  dropped, empty rows dropped, a row of one filled cell is that cell alone, a line break inside a cell
  taken out). Hidden rows and columns are read like the others.
- Merged cells, as the HTML reader renders rowspan and colspan: a range spanning rows gives its value to
  the first cell of each row it covers (a 类别 or 牵头单位 cell merged down a group of tasks stands in each
  task's row); the other columns of a range spanning columns are empty cells, so a title merged across the
  table is one line of text and a two-row header reads 责任单位 over 牵头单位 | 配合单位 as
  序号 | 重点任务 | 责任单位 | (empty) | 完成时限 then 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限.
- Values as Excel shows them under their number formats (govtargets.ingest._numfmt): 1.0 → 1, 0.623
  under 0.0% → 62.3%, 0.1+0.2 → 0.3, a date under yyyy"年"m"月"d"日" or under a plain date format →
  2025年6月30日, booleans 是/否.
- Fills: where a note of the workbook explains colours (绿色：按序时推进；黄色：滞后…), a cell filled with a
  plain green, yellow, red, orange or blue shows its colour after its value (77.5（绿色）): a 亮灯 ledger
  that marks its rows by fill alone says its statuses that way. Without such a note fills are not shown.
- Formulas: the value the workbook stored when it was last calculated (Excel and WPS store it); a formula
  cell with no stored value (a workbook written by a library and never opened) is empty, and counted: the
  count comes back as a note.

The workbook is parsed whole (openpyxl's normal mode: merged ranges are only read there); its size is
bounded first by check_xlsx. The text is deterministic: the same bytes always give the same text.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import warnings
import zipfile
from dataclasses import dataclass
from typing import Any

from govtargets.ingest._cells import cell_text, row_line
from govtargets.ingest._limits import check_xlsx
from govtargets.ingest._numfmt import CN_BUILTIN, format_value

__all__ = ["Workbook", "read_workbook", "xlsx_to_text"]

_DEFAULT_SHEET_RE = re.compile(r"(?:sheet|工作表)\s*\d+", re.I)


@dataclass(frozen=True, slots=True)
class Workbook:
    """A workbook as read: its text, and notes on what could not be shown (for Document.decode_notes)."""

    text: str
    notes: tuple[str, ...] = ()


def xlsx_to_text(data: bytes) -> str:
    """The text of a workbook's visible sheets (see the module's doc)."""
    return read_workbook(data).text


def read_workbook(data: bytes) -> Workbook:
    """The text of a workbook's visible sheets and the notes; raises TooLarge past the limits, and
    openpyxl's or zipfile's errors on a broken file (read_bytes turns both into IngestError)."""
    check_xlsx(data)
    import openpyxl  # loads only when a workbook comes

    with warnings.catch_warnings():  # openpyxl warns of extensions it drops (data validation, slicers)
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True, keep_links=False)
    sheets: list[tuple[str, list[str]]] = []
    visible: set[str] = set()
    for ws in wb.worksheets:  # worksheets only: chartsheets are wb.chartsheets
        if ws.sheet_state != "visible":
            continue
        visible.add(ws.title)
        lines = _sheet_lines(ws, wb.epoch)
        if lines and _COLOUR_NOTE_RE.search("\n".join(lines)):
            lines = _sheet_lines(ws, wb.epoch, fills=True)  # the sheet explains its colours: show them
        if lines:
            sheets.append((ws.title, lines))
    out: list[str] = []
    for title, lines in sheets:
        name = cell_text(title)
        if len(sheets) > 1 and name and not _DEFAULT_SHEET_RE.fullmatch(name):
            out.append(name)
        out += lines
    missing = _formulas_without_value(data, visible)
    notes = (f"{missing} formula cells without a stored value (shown empty)",) if missing else ()
    return Workbook("\n".join(out), notes)


def _sheet_lines(ws: Any, epoch: dt.datetime, *, fills: bool = False) -> list[str]:
    """The lines of one worksheet: its cells, the stored ones only (a sheet styled out to column XFD
    costs nothing), merged ranges filled, each row one line; with `fills`, a filled cell's colour after
    its value."""
    values: dict[tuple[int, int], str] = {}
    for (r, c), cell in ws._cells.items():  # noqa: SLF001 - iter_rows would create every empty cell
        if cell.value is None:
            continue
        text = format_value(cell.value, _number_format(cell), epoch)
        if text and fills and (colour := _fill_colour(cell)) is not None:
            text += f"（{colour}）"
        if text:
            values[(r, c)] = text
    last_row = max((r for r, _ in values), default=0)
    for rng in ws.merged_cells.ranges:
        min_col, min_row, max_col, max_row = rng.bounds
        text = values.get((min_row, min_col), "")
        for r in range(min_row, min(max_row, last_row) + 1):
            for c in range(min_col, max_col + 1):
                values.pop((r, c), None)  # a value hidden under a merge (Excel keeps only the first)
            if text:
                values[(r, min_col)] = text  # down a range spanning rows; across, the other cells are empty
    rows: dict[int, dict[int, str]] = {}
    for (r, c), text in values.items():
        rows.setdefault(r, {})[c] = text
    lines = []
    for r in sorted(rows):
        row = rows[r]
        line = row_line([row.get(c, "") for c in range(1, max(row) + 1)])
        if line:
            lines.append(line)
    return lines


# a note explaining a ledger's colours: two colours, each with what it means (绿色：按序时推进；黄色：…)
_COLOUR_NOTE_RE = re.compile(
    r"[绿綠黄黃红紅蓝藍橙]色\s*(?:[:：=]|表示|为|為)[^\n]{2,40}?[绿綠黄黃红紅蓝藍橙]色\s*(?:[:：=]|表示|为|為)"
)
# hue ranges (degrees) of the colours a ledger uses, for a solid fill of some saturation
_HUES = ((15, "红色"), (45, "橙色"), (70, "黄色"), (170, "绿色"), (260, "蓝色"), (330, None), (360, "红色"))


def _fill_colour(cell: Any) -> str | None:
    """The colour a solid fill shows (绿色, 黄色, 红色, 橙色, 蓝色), or None (no fill, a theme colour, a
    grey)."""
    fill = cell.fill
    if fill is None or fill.patternType != "solid" or fill.fgColor is None or fill.fgColor.type != "rgb":
        return None
    rgb = str(fill.fgColor.rgb or "")[-6:]
    if len(rgb) != 6:
        return None
    import colorsys

    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    if s < 0.25 or v < 0.3:
        return None  # white, grey, black
    hue = h * 360
    return next(name for bound, name in _HUES if hue < bound)


def _number_format(cell: Any) -> str:
    fmt = cell.number_format or "General"
    if fmt == "General":  # a built-in Chinese date format, named by its id alone, reads as General
        fmt = CN_BUILTIN.get(getattr(cell._style, "numFmtId", 0), fmt)  # noqa: SLF001
    return str(fmt)


# formulas


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _formulas_without_value(data: bytes, titles: set[str]) -> int:
    """Formula cells of the named sheets that have no stored value (<f> without <v>, or with an empty <v>
    as openpyxl writes one): data_only gives them as empty, like a truly empty cell, so they are counted
    on the XML itself. A formula whose stored value is an empty string (=IF(A1="","",…)) is marked a
    string, t="str", and is not counted."""
    if not titles:
        return 0
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            parts = _sheet_parts(z, titles, etree)
            missing = 0
            for part in parts:
                xml = z.read(part)
                if b"<f" not in xml and b":f" not in xml:
                    continue
                for _, c in etree.iterparse(io.BytesIO(xml), tag=f"{_MAIN}c", resolve_entities=False):
                    if c.find(f"{_MAIN}f") is not None:
                        v = c.find(f"{_MAIN}v")
                        if v is None or (not v.text and c.get("t") not in ("str", "s", "inlineStr")):
                            missing += 1
                    c.clear()
            return missing
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        return 0  # the sheets were read: a count that cannot be made is no reason to refuse them


def _sheet_parts(z: zipfile.ZipFile, titles: set[str], etree: Any) -> list[str]:
    """The zip parts of the worksheets with these titles, by the workbook's relationships."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root_rels = etree.fromstring(z.read("_rels/.rels"), parser)
    book = next(
        (
            r.get("Target")
            for r in root_rels.iter(f"{_PKG_REL}Relationship")
            if r.get("Type", "").endswith("/officeDocument")
        ),
        "xl/workbook.xml",
    ).lstrip("/")
    folder, name = posixpath.split(book)
    rels = etree.fromstring(z.read(posixpath.join(folder, "_rels", name + ".rels")), parser)
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG_REL}Relationship")}
    parts = []
    for sheet in etree.fromstring(z.read(book), parser).iter(f"{_MAIN}sheet"):
        if sheet.get("name") in titles:
            target = targets.get(sheet.get(f"{_REL}id"), "")
            if target.startswith("/"):
                path = target.lstrip("/")
            else:
                path = posixpath.normpath(posixpath.join(folder, target))
            if path in z.namelist():
                parts.append(path)
    return parts
