"""A text copied out of a PDF, without its pages' furniture.

Such a text carries, at every page break, a page number (- 1 -, —2—, 第 3 页 共 6 页, or a form feed),
often a running header (the title, 某某人民政府办公室文件) and, in a table, its header row again. Read as they
stand they cut a sentence or a unit's name in two (各街道办事 | - 1 - | 处) and add lines that are no part of
the text.
`strip_page_furniture` drops them, as the .pdf reader drops page numbers: the text as read is the document's
own. A text shows furniture only with two page numbers or more (or a form feed); one such line alone, a bare
number (a table's 序号) or a title said twice is left as it is.
"""

from __future__ import annotations

import re

from govtargets.text import regex

__all__ = ["PAGE_NUMBER_RE", "strip_page_furniture"]

_SPACE = r"[ \t\u3000]*"
_OF_PAGES = rf"(?:{_SPACE}[,，/、]?{_SPACE}共{_SPACE}\d{{1,4}}{_SPACE}页)?"  # 第 3 页 共 6 页
_PAGE_NUMBER = rf"""{_SPACE}(?: [-－—–]{{1,2}}{_SPACE}\d{{1,4}}{_SPACE}[-－—–]{{1,2}}
                 | 第{_SPACE}\d{{1,4}}{_SPACE}页{_OF_PAGES} ){_SPACE}"""
PAGE_NUMBER_RE = regex(_PAGE_NUMBER, re.VERBOSE)  # a line that is a page number (fullmatch)
# a line that is a page number, found after its line break: a literal first, which the regex engine scans
# for fast (a pattern anchored with ^ in MULTILINE mode is tried at every character: 5% of reading a text)
_PAGE_LINE_RE = regex(rf"\n{_PAGE_NUMBER}\r?(?=\n|$)", re.VERBOSE)
_HEADER_MAX = 40  # characters: a running header is a short line
_TABLE_HEADER_MAX = 8  # lines: a table's header row repeated after a break, one cell a line


def strip_page_furniture(text: str) -> str:
    """`text` without its page numbers, running headers and repeated table headers (or `text` itself)."""
    if "\f" not in text and _count_page_lines(text, 2) < 2:
        return text  # no page number, or one alone
    lines = text.split("\n")
    breaks = []  # indexes of the lines a page starts with
    keep = [True] * len(lines)
    for i, line in enumerate(lines):
        if "\f" in line:
            lines[i] = line.replace("\f", "")
            breaks.append(i)
        if PAGE_NUMBER_RE.fullmatch(lines[i].rstrip("\r")) is not None:
            keep[i] = False
            breaks.append(i + 1)
    breaks = sorted(set(breaks))  # a page number and the form feed after it are one break
    # a running header: a short line that follows two breaks or more, or one break and the text's start
    after: dict[str, list[int]] = {}
    first = next((s for s in (x.strip() for x in lines) if s), "")
    for b in breaks:
        for j in _next_lines(lines, keep, b, 2):
            s = lines[j].strip()
            if s and len(s) <= _HEADER_MAX and j not in after.get(s, ()):
                after.setdefault(s, []).append(j)
    for s, where in after.items():
        if len(where) >= 2 or s == first:
            for j in where:
                keep[j] = False
    # a table's header row again after a break: the same lines as a block before it
    for b in breaks:
        nxt = _next_lines(lines, keep, b, _TABLE_HEADER_MAX)
        for k in range(len(nxt), 1, -1):
            block = [lines[j].strip() for j in nxt[:k]]
            if _occurs_before(lines, keep, block, nxt[0]):
                for j in nxt[:k]:
                    keep[j] = False
                break
    # blank lines the furniture leaves at a break: none, so that a line cut by it meets its end
    for b in breaks:
        j = b - 1
        while j >= 0 and (not keep[j] or not lines[j].strip()):
            keep[j] = keep[j] and bool(lines[j].strip())
            j -= 1
        j = b
        while j < len(lines) and (not keep[j] or not lines[j].strip()):
            keep[j] = keep[j] and bool(lines[j].strip())
            j += 1
    return "\n".join(line for line, k in zip(lines, keep, strict=True) if k)


def _next_lines(lines: list[str], keep: list[bool], start: int, n: int) -> list[int]:
    """The indexes of the next n kept, non-blank lines from `start`."""
    out: list[int] = []
    j = start
    while j < len(lines) and len(out) < n:
        if keep[j] and lines[j].strip():
            out.append(j)
        j += 1
    return out


def _occurs_before(lines: list[str], keep: list[bool], block: list[str], end: int) -> bool:
    """Whether the lines of `block` stand one after another, kept, somewhere before line `end`."""
    k = len(block)
    kept = [lines[j].strip() for j in range(end) if keep[j] and lines[j].strip()]
    return any(kept[i : i + k] == block for i in range(len(kept) - k + 1))


def _count_page_lines(text: str, enough: int) -> int:
    """How many lines of `text` (after its first) are a page number alone, counting up to `enough`."""
    n = 0
    for _m in _PAGE_LINE_RE.finditer(text):
        n += 1
        if n >= enough:
            break
    return n
