"""A spreadsheet's cells and rows as text lines, shaped as the HTML and Word readers shape a table's rows.

A row is one line, its cells joined by tabs; an empty cell keeps its place, trailing empty cells are
dropped, a row of empty cells gives no line, and a row of one filled cell (a title or a 一、稳增长 heading
across the table) is that cell alone, as the HTML reader renders it. The readers of notice and progress
tables know these tabbed rows.

A line break inside a cell (Alt+Enter in Excel, a newline inside a quoted CSV field) would break the row
into two lines: it is taken out, with the spaces around it, and nothing put in its place where it touches
full-width punctuation or joins a figure to a word (县财政局、⏎各乡镇人民政府 → 县财政局、各乡镇人民政府;
完成投资158⏎亿元 → 158亿元); a space where it stands between two Chinese characters, as the Word reader
joins a cell's paragraphs (县发改局⏎县财政局 → 县发改局 县财政局: units one to a line are a list, and the
fact readers drop the space), or between two narrow characters (GDP⏎growth → GDP growth). A tab inside a
cell becomes a space.

>>> cell_text("县财政局、\\n各乡镇人民政府"), cell_text("完成投资158\\r\\n亿元"), cell_text(" GDP\\ngrowth ")
('县财政局、各乡镇人民政府', '完成投资158亿元', 'GDP growth')
>>> cell_text("县发改局\\n县财政局")
'县发改局 县财政局'
>>> row_line(["1", "新建幼儿园5所", "县教育局", "", ""]), row_line(["", "一、稳增长", ""]), row_line(["", ""])
('1\\t新建幼儿园5所\\t县教育局', '一、稳增长', '')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = ["cell_text", "row_line"]

_BREAKS = "\r\n\v\f\u2028\u2029"
# a line break inside a cell with the blanks around it (several breaks in a row are one)
_BREAK_RE = re.compile(rf"[ \t\u3000]*[{_BREAKS}](?:[ \t\u3000]*[{_BREAKS}])*[ \t\u3000]*")


def _wide(c: str) -> bool:
    """A CJK character or full-width form (an empty neighbour, at a cell's edge, counts as wide)."""
    return not c or unicodedata.east_asian_width(c) in "WF"


def _join(m: re.Match[str]) -> str:
    s = m.string
    before = s[m.start() - 1] if m.start() else ""
    after = s[m.end()] if m.end() < len(s) else ""
    if _ideograph(before) and _ideograph(after):
        return " "
    return "" if _wide(before) or _wide(after) else " "


def _ideograph(c: str) -> bool:
    return bool(c) and unicodedata.category(c) == "Lo" and _wide(c)


def cell_text(value: str) -> str:
    """A cell's text on one line (see the module's doc), without blanks at its ends."""
    if any(c in value for c in _BREAKS):
        value = _BREAK_RE.sub(_join, value)
    if "\t" in value:
        value = value.replace("\t", " ")
    return value.strip(" \u3000\xa0")


def row_line(cells: Sequence[str]) -> str:
    """A row's line: cells joined by tabs, trailing empty ones dropped; one filled cell alone; "" for none."""
    filled = [c for c in cells if c]
    if not filled:
        return ""
    if len(filled) == 1:
        return filled[0]
    end = len(cells)
    while not cells[end - 1]:
        end -= 1
    return "\t".join(cells[:end])
