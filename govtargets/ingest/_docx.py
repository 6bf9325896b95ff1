"""A .docx report to text: body paragraphs and tables, in document order (a table row is one line).

Word's automatic numbering is written out: a paragraph numbered by its list (or by its style, as 列表编号
is) begins with its number as Word shows it (1., （二）, 三、), counted per list, deeper levels restarting
under a shallower one. Without it a notice's items and headings lose the numbers that structure them, and
a table's 序号 column is empty.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

__all__ = ["docx_to_text"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "〇一二三四五六七八九"


def docx_to_text(data: bytes) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(io.BytesIO(data))
    number = _Numbering(d)
    lines: list[str] = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(child, d)
            lines.append(number(p) + p.text)
        elif tag == "tbl":
            _table_lines(Table(child, d), lines, number)
    return "\n".join(lines)


def _table_lines(table: Any, lines: list[str], number: Callable[[Any], str]) -> None:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:  # merged cells repeat: keep each once
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            texts = [number(p) + p.text.strip() for p in cell.paragraphs]
            cells.append(" ".join(t for t in texts if t))
        lines.append("\t".join(cells))


class _Numbering:
    """The number Word shows before each numbered paragraph, counted as the paragraphs come."""

    def __init__(self, d: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.counts: dict[str, dict[int, int]] = {}
        try:
            root = d.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return  # no numbering part: nothing is numbered
        abstract: dict[str | None, dict[int, tuple[str, str, int]]] = {}
        for an in root.findall(_W + "abstractNum"):
            levels = {}
            for lvl in an.findall(_W + "lvl"):
                fmt, text, start = lvl.find(_W + "numFmt"), lvl.find(_W + "lvlText"), lvl.find(_W + "start")
                levels[_int(lvl.get(_W + "ilvl"), 0)] = (
                    fmt.get(_W + "val", "decimal") if fmt is not None else "decimal",
                    text.get(_W + "val", "") if text is not None else "",
                    _int(start.get(_W + "val"), 1) if start is not None else 1,
                )
            abstract[an.get(_W + "abstractNumId")] = levels
        for num in root.findall(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is not None:
                self.levels[num.get(_W + "numId", "")] = abstract.get(ref.get(_W + "val"), {})

    def __call__(self, p: Any) -> str:
        if not self.levels:
            return ""
        found = _num_pr(p)
        if found is None:
            return ""
        num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counts = self.counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a deeper list restarts under each item of this level
        fmt, text, _start = levels[ilvl]
        if fmt in ("bullet", "none"):
            return ""
        out = text
        for k in range(ilvl, -1, -1):  # %1 … %9, the deepest first (so %1 does not eat %10)
            if f"%{k + 1}" in out:
                value = counts.get(k, levels.get(k, ("decimal", "", 1))[2])
                out = out.replace(f"%{k + 1}", _format(value, levels.get(k, ("decimal", "", 1))[0]))
        return out


def _num_pr(p: Any) -> tuple[str, int] | None:
    """(numId, level) of a paragraph: its own numbering, else its style's (or the style it is based on)."""
    candidates = [p._p.pPr]
    style = p.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        pr = ppr.find(_W + "numPr") if ppr is not None else None
        if pr is None:
            continue
        num_id, ilvl = pr.find(_W + "numId"), pr.find(_W + "ilvl")
        if num_id is None:
            continue
        value = num_id.get(_W + "val", "0")
        if value == "0":
            return None  # numId 0: the style's numbering switched off for this paragraph
        return value, _int(ilvl.get(_W + "val"), 0) if ilvl is not None else 0
    return None


def _int(value: str | None, default: int) -> int:
    """An attribute's number; a missing or malformed one (a hand-edited file) is the default, so that the
    document is still read (without that number) rather than refused."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _format(n: int, fmt: str) -> str:
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "chineseLegalSimplified",
        "ideographTraditional",
    ):
        return _chinese(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _chinese(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 105 (lists of a notice stay far below)."""
    if n < 10:
        return _CN[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN[tens]) + "十" + ("" if ones == 0 else _CN[ones])
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    for value, letters in ((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out
