"""Lines joined back into paragraphs: a hard-wrapped text (a text file saved from a PDF or a fixed-width
page, every line cut at the same width) and a number cut from its unit by a scraped page (74.4 / 万亿元).

A hard-wrapped text is recognised by its line lengths: most lines are "full", within a few characters of
the commonest length. A full line runs on into the next one unless the next begins a paragraph (an indent, a
heading 一、 (一) 1., a dash, 各位代表). The joined paragraph keeps its line breaks; normalize() drops them.

>>> from govtargets.text import paragraphs
>>> t = "一、工作回顾\\n全县地区生产总值增长8\\n%,地方财政收入增长9%\\n。\\n二、2014年安排"
>>> [t[a:b] for a, b in join_wrapped(t, paragraphs(t), 10)]
['一、工作回顾', '全县地区生产总值增长8\\n%,地方财政收入增长9%\\n。', '二、2014年安排']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from govtargets.text._regex import regex

__all__ = ["wrap_width", "wrapping", "join_wrapped", "join_cut_numbers", "CUT_NUMBER_RE"]

_MIN_LINES = 8  # fewer lines than this say nothing about a width
_SLACK = 3  # a full line may fall this many characters short of the width (a wrap before 。 or a digit)
_NEW_PAR_RE = regex(
    r"[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、](?!\d)|—|各位代表|第[一二三四五六七八九十]"
    r"|[①-⑳⑴-⒇]"
    # a form's or a report's label line: 落实情况：, 议定事项：, 目标任务：
    r"|(?:[办辦]理|[进進]展|完成|落[实實]|推[进進]|整改)(?:情[况況]|[结結]果)[:：]|(?:[议議]定|督[办辦]|交[办辦])?事[项項][:：]"
    r"|目[标標]任[务務][:：]"
)
# after a sentence end, the opening of a paragraph: 过去一年, 各位代表, 2014年是
_OPENER_RE = regex(
    r"过去|今年|一年来|五年来|这五年|今后|各位代表|\d{4}年(?:是|以来|,|，)|“?十[一二三四五]五”?(?:时期|期间)"
)
# a line that is all a unit and what follows it: the number before it stood at the end of the line above
_UNIT_START_RE = regex(
    r"[\u200b\ufeff\s]*(?:万亿元|亿元|万元|元|亿美元|万美元|万人|万吨|%|‰)(?:[,，。；;、]|$)"
)
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\ufeff")
# a number opening a line, its half-width characters two to a full one: 44960元 / 2.3% / 5.5%—6%
_LEADING_NUMBER_RE = regex(r"[\d.%‰—-]+")
# a table row flattened to a line: cells apart by a tab, or by two spaces or more (twice), as a .docx or a
# report pasted from a spreadsheet gives them; rows are never wrapped lines, whatever their lengths
_ROW_RE = regex(r"\S(?:\t|[ \u3000]{2,})\S.*?\S(?:\t|[ \u3000]{2,})\S|\t")


def _is_row(text: str, a: int, b: int) -> bool:
    # a row needs a tab or two spaces: str.find screens the regex, which tries every character of the line
    if text.find("\t", a, b) < 0 and text.find("  ", a, b) < 0 and text.find("\u3000", a, b) < 0:
        return False
    return _ROW_RE.search(text, a, b) is not None


# is there any number cut from its unit in the text? (one scan before joining lines for it)
CUT_NUMBER_RE = regex(r"\n[\u200b\ufeff\s]*[万亿元%‰]")


def _cells(text: str, a: int, b: int) -> int:
    """The width of text[a:b] in full-width cells: a half-width character (a digit, a Latin letter) takes
    half of one, as on the page the text was cut from."""
    return b - a - len(text[a:b].encode("ascii", "ignore")) // 2


def _chars(text: str, a: int, b: int) -> int:
    return b - a


def wrap_width(text: str, spans: list[tuple[int, int]], *, cells: bool = False) -> int | None:
    """The width a hard-wrapped text was cut at, or None if its lines are paragraphs: in characters (a
    fixed-width page, a tool that cuts every N characters), or with `cells` in full-width cells (a PDF's
    layout, where a line of digits holds more characters)."""
    measure = _cells if cells else _chars
    if len(spans) >= _MIN_LINES and spans[-1][1] - spans[0][0] > 150 * len(spans):
        return None  # lines of 150 characters on average and more: paragraphs, not a wrap
    spans = [(a, b) for a, b in spans[:3000] if not _is_row(text, a, b)]
    size = {(a, b): measure(text, a, b) for a, b in spans}
    lengths = Counter(c for c in size.values() if c >= 12)
    n = sum(lengths.values())
    if n >= _MIN_LINES and max(lengths.values()) * 10 < n:
        return None  # no length is common: lines are paragraphs (most texts stop here)
    if n < _MIN_LINES:
        # a short text: wrapped if two or more lines share the longest length, none ending a sentence
        width = max(lengths, default=0)
        full = [(a, b) for a, b in spans if size[a, b] >= width - 1]
        if width >= 16 and len(full) >= 2 and not any(text[b - 1] in "。!！;；" for a, b in full):
            return width
        return None
    width = max(lengths, key=lambda w: (sum(lengths[x] for x in range(w - _SLACK, w + 1)), w))
    n_full = sum(c for w, c in lengths.items() if width - _SLACK <= w <= width + 2 * _SLACK)
    if n_full * 2 < n:
        return None
    # a line cut at the width ends a sentence by chance; lines of a like length that mostly end one are
    # paragraphs (a short report's items: 一是…：已全面完成。)
    band = range(width - _SLACK, width + 2 * _SLACK + 1)
    ends = sum(1 for a, b in spans if size[a, b] in band and text[b - 1] in "。!！;；")
    return None if ends * 2 >= n_full else width


def wrapping(text: str, spans: list[tuple[int, int]]) -> tuple[int, bool] | None:
    """(width, cells) of a hard-wrapped text, or None if its lines are paragraphs: measured in characters or
    in cells, whichever puts more lines at the full width (a tool's cut every N characters gives lines of
    one length in characters, a PDF's layout lines of one width in cells)."""
    by_chars = wrap_width(text, spans)
    by_cells = wrap_width(text, spans, cells=True)
    if by_cells is None:
        return None if by_chars is None else (by_chars, False)
    if by_chars is None:
        return by_cells, True
    rows = [(a, b) for a, b in spans[:3000] if not _is_row(text, a, b)]
    full_chars = sum(1 for a, b in rows if by_chars - _SLACK <= _chars(text, a, b) <= by_chars)
    full_cells = sum(1 for a, b in rows if by_cells - _SLACK <= _cells(text, a, b) <= by_cells)
    return (by_cells, True) if full_cells > full_chars else (by_chars, False)


def join_wrapped(
    text: str, spans: Iterable[tuple[int, int]], width: int, *, cells: bool = False
) -> Iterator[tuple[int, int]]:
    """Spans of paragraphs: each full line joined with the next unless the next begins a paragraph (lines
    measured as wrap_width measured them)."""
    measure = _cells if cells else _chars
    cur: tuple[int, int] | None = None
    last_full = False
    short = 0  # the characters the line before fell short of a full line by (0 if full, or a row)
    for a, b in spans:
        if all(c in _ZERO_WIDTH for c in text[a:b]):
            continue  # a line of zero-width characters holds nothing
        indented = a > 0 and text[a - 1] not in "\n"
        row = _is_row(text, a, b)  # a table row stands alone
        opens = text[cur[1] - 1] in "。!！;；:：" and _OPENER_RE.match(text, a) if cur is not None else False
        if not last_full and short and cur is not None and text[cur[1] - 1] not in "。!！;；":
            # a number goes whole to the next line (…可支配收入 / 44960元): the line before was full if
            # the number would not fit in what it fell short by
            m = _LEADING_NUMBER_RE.match(text, a, b)
            last_full = m is not None and (m.end() - a + 1) // 2 >= short
        if (
            cur is not None
            and last_full
            and not (indented or opens or row)
            and not _NEW_PAR_RE.match(text, a)
        ):
            cur = (cur[0], b)
        else:
            if cur is not None:
                yield cur
            cur = (a, b)
        n = measure(text, a, b)
        last_full = n >= width - _SLACK and not row
        short = 0 if last_full or row else width - _SLACK - n
    if cur is not None:
        yield cur


def join_cut_numbers(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of paragraphs, a line ending in a number joined with the line of its unit (74.4 / 万亿元),
    across lines of zero-width characters only."""
    held: tuple[int, int] | None = None
    skipped: list[tuple[int, int]] = []
    for a, b in spans:
        if held is not None:
            if all(c in _ZERO_WIDTH for c in text[a:b]):
                skipped.append((a, b))
                continue
            if _UNIT_START_RE.match(text, a, b):
                held, skipped = (held[0], b), []
                if not (text[b - 1].isdigit() or text[b - 1] == "."):
                    yield held
                    held = None
                continue
            yield held
            yield from skipped
            held, skipped = None, []
        if text[b - 1].isdigit() or text[b - 1] == ".":
            held = (a, b)
        else:
            yield a, b
    if held is not None:
        yield held
        yield from skipped
