"""Virtual paragraphs: a report exported without its line breaks (a database field, a Stata or CSV cell) cut
back into the paragraphs a reader sees, at in-line markers.

A report's structure is carried by where its paragraphs begin: a heading (一、2013年工作回顾),
the address 各位代表, the opening of a review (过去一年, 五年来) and the targets paragraph
(今年…主要预期目标是). With its lines these stand at line starts; in an unbroken text they follow
a sentence end, and a heading, which has no closing punctuation, runs on into its first
sentence. Its end is found from the words headings end with (回顾, 安排, 任务, 工作 …) and the
words paragraphs open with (过去, 今年, 2014年是 …).

Only unbroken text is cut: a text with its lines keeps them (a line over 2,000 characters, which no report
paragraph reaches, is also cut). The markers are found on a half-width, simplified copy of the line, which
has the same length, so positions carry over.

>>> t = ("政府工作报告各位代表:一、2013年工作回顾过去一年,全县生产总值增长8%。"
...      "二、2014年工作安排今年的主要预期目标是:增长7%。")
>>> [t[a:b] for a, b in virtual_paragraphs(t)]  # doctest: +NORMALIZE_WHITESPACE
['政府工作报告', '各位代表:', '一、2013年工作回顾', '过去一年,全县生产总值增长8%。', '二、2014年工作安排',
 '今年的主要预期目标是:增长7%。']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from govtargets.text._normalize import _convert_t2s, to_halfwidth
from govtargets.text._regex import regex
from govtargets.text._segment import paragraphs
from govtargets.text._wrapped import CUT_NUMBER_RE, join_cut_numbers, join_wrapped, wrapping

__all__ = ["virtual_paragraphs", "is_unbroken"]

LONG_LINE = 2000  # characters: longer lines are cut even in a text with its lines
_CHARS_PER_BREAK = 500  # a text with fewer line breaks than one per this many characters is unbroken

_NUM = "[一二三四五六七八九十]{1,3}"
# where a paragraph may begin inside a line: each alternative begins with a character, so the scan is fast
_MARK_RE = regex(
    rf"""
      (?P<h1> {_NUM}[、.](?![一二三四五六七八九十]{{1,3}}[、产]) # 一、 (not 一、二、三产业)
            | 第{_NUM}部分 )
    | (?P<address> 各位代表[!,:])                          # the address, wherever it stands
    | (?P<dash> ——(?!—))                                  # ——经济运行总体平稳: a paragraph of a list
    | (?P<indent> [ ]{{2,}})                                # an indent kept from the lines (　　)
    | (?P<opener>                                         # the opening of a review paragraph
          过去五年 | 这五年 | 五年来 | 回顾过去的?五年 | 过去一年 | 过去的一年 | 一年来 | 刚刚过去的\d{{4}}年
        | \d{{4}}年(?:以来|,|是) | 今年是 )
    | (?P<targets>                                        # the targets paragraph
          主要预期目标 | 预期目标是 | 主要目标是 | 主要预期指标 | 发展目标是 | 主要指标是 | 预期目标为
        | 奋斗目标是 | 总体目标是 | 目标任务是 | 主要经济指标是 | 预期指标是 | 主要目标为 )
    """,
    re.VERBOSE,
)
_SENT_END = "。!;?”’」』)"
# the words a heading ends with, and the words a paragraph opens with: a heading's end in an unbroken text
_HEAD_END_RE = regex(
    r"回顾|工作|任务|建设|安排|发展|要求|部署|建议|方针|政策|改革|开放|事业|成就|举措|目标|思路|重点|计划"
    r"|情况|措施|展望|总结|成效|战略|形势"
)
_PAR_OPEN_RE = regex(
    r"过去|今年|今后|未来|各位代表|一年来|五年来|\d{4}年(?:是|以来|,)|我们|根据|面对|新的一年|“?十[一二三四五]五”?(?:时期|期间)"
)
_PUNCT_RE = regex(r"[,;:。!?、]")
# a heading's first item after a space: 二、进展滞后的事项 2.新建…, 一、主要指标 (1)地区生产总值…,
# 二、财政收支情况 一是一般公共预算收入。
_ITEM = r"(?:\d{1,2}[.、)](?!\d)|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,2}是)"
_ITEM_AFTER_SPACE_RE = regex(rf"[ \u3000]+{_ITEM}")
# right after a heading word: 二、财政收支情况1.一般公共预算收入 (not （一）: a heading's own sub-heading)
_ITEM_RE = regex(r"\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,2}是")


def is_unbroken(text: str, start: int = 0, end: int | None = None) -> bool:
    """True if text[start:end] has (almost) no line breaks for its length: exported as one line. The line
    breaks at its ends do not count: a file's last line break does not make one line a text of lines."""
    end = len(text) if end is None else end
    while end > start and text[end - 1] in "\r\n \t\u3000":
        end -= 1
    while start < end and text[start] in "\r\n \t\u3000\ufeff":
        start += 1
    return text.count("\n", start, end) * _CHARS_PER_BREAK < end - start


def virtual_paragraphs(
    text: str, start: int = 0, end: int | None = None, *, traditional: bool = False
) -> Iterator[tuple[int, int]]:
    """Paragraph spans of text[start:end]: its lines (those of a hard-wrapped text joined, and a number
    cut from its unit joined), and in an unbroken text (or a very long line) the paragraphs marked in-line.
    A span may hold line breaks: normalize() drops them."""
    end = len(text) if end is None else end
    unbroken = is_unbroken(text, start, end)
    spans: Iterable[tuple[int, int]] = paragraphs(text, start, end)
    if not unbroken:
        lines = iter(spans)
        head = list(islice(lines, 3000))
        spans = chain(head, lines)
        wrapped = wrapping(text, head)
        width = None if wrapped is None else wrapped[0]
        if wrapped is not None:  # a hard-wrapped text: lines back into paragraphs
            spans = join_wrapped(text, spans, wrapped[0], cells=wrapped[1])
        if CUT_NUMBER_RE.search(text, start, end):
            spans = join_cut_numbers(text, spans)
        elif width is None and len(head) < 3000 and all(b - a <= LONG_LINE for a, b in head):
            yield from head  # every line read, none joined or cut (most reports): the list as it is
            return
        for a, b in spans:
            if b - a <= LONG_LINE:
                yield a, b
            else:
                yield from _inline(text, a, b, traditional)
        return
    for a, b in spans:
        yield from _inline(text, a, b, traditional)


def _inline(text: str, a: int, b: int, traditional: bool) -> Iterator[tuple[int, int]]:
    """The paragraphs marked in-line in text[a:b]."""
    probe = to_halfwidth(text[a:b])
    if traditional:
        probe = _convert_t2s(probe)
    cuts = _cuts(probe)
    for x, y in zip([0, *cuts], [*cuts, len(probe)], strict=True):
        x, y = _strip(text, a + x, a + y)
        if y > x:
            yield x, y


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\r\u3000\xa0\ufeff":
        a += 1
    while b > a and text[b - 1] in " \t\r\u3000\xa0":
        b -= 1
    return a, b


def _cuts(s: str) -> list[int]:
    """Positions in s where a paragraph begins (never 0), in order."""
    cuts: set[int] = set()
    n = len(s)
    last_heading = 0  # a heading not after a sentence end must be numbered one more than the last
    for m in _MARK_RE.finditer(s):
        p = m.start()
        prev = _prev_char(s, p)
        after_end = prev is None or prev in _SENT_END
        kind = m.lastgroup
        if kind == "h1":
            if prev == "第":
                continue  # 第一、关于基本建设: numbered so, not a heading of a report (as on a line)
            number = _number(m.group())
            stop = _heading_end(s, m.end())
            if not after_end and (
                stop is None or (number != last_heading + 1 and (last_heading or prev in _BEFORE_NUMBER))
            ):
                continue  # 一、二、三产业, 在三、五年内建设: not a heading
            last_heading = number
            if p > 0:
                cuts.add(p)
            if stop is not None and stop < n:
                cuts.add(stop)
        elif kind == "address":
            if p > 0:
                cuts.add(p)
            cuts.add(m.end())
        elif kind == "indent":
            cuts.add(m.end())
        elif kind == "dash":
            if prev is not None and prev in "。!;":
                cuts.add(p)
        elif kind == "opener":
            if after_end and p > 0 and not (s[p].isdigit() and _bullet_title_before(s, p)):
                cuts.add(p)
            elif prev == "—" and p >= 2 and _prev_char(s, p - 2) in (None, *"。!;"):
                cuts.add(p - 2)  # 。——这五年,
        else:  # the targets phrase: its sentence begins a paragraph
            q = max(s.rfind(c, max(0, p - 200), p) for c in "。!;")
            if q >= 0 and q + 1 < p:
                cuts.add(q + 1)
    return sorted(c for c in cuts if 0 < c < n)


def _bullet_title_before(s: str, p: int) -> bool:
    """The sentence before p is a list item's short title (——经济跨上新台阶。2007年,…): the year opens
    the item's body, not a paragraph of its own (a five-year review's list stays one section)."""
    q = max(s.rfind(c, max(0, p - 40), p - 1) for c in "。!;") + 1
    return s.startswith("——", q) and p - q <= 30


# words that stand before a number in a sentence, never before a heading: 在三、五年内
_BEFORE_NUMBER = frozenset("在于的和或至到等近约这那前后每各是为有了与及")
_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}


def _number(marker: str) -> int:
    """一、 -> 1, 十二、 -> 12, 第三部分 -> 3."""
    digits = [c for c in marker if c in _NUMERALS or c == "十"]
    if not digits:
        return 0
    if "十" not in digits:
        return _NUMERALS.get(digits[-1], 0)
    i = digits.index("十")
    tens = _NUMERALS.get(digits[i - 1], 1) if i > 0 else 1
    units = _NUMERALS.get(digits[i + 1], 0) if i + 1 < len(digits) else 0
    return tens * 10 + units


def _prev_char(s: str, p: int) -> str | None:
    while p > 0 and s[p - 1] in " \t\r\u3000\xa0":
        p -= 1
    return s[p - 1] if p > 0 else None


def _heading_end(s: str, body: int) -> int | None:
    """Where a heading that begins its text at `body` ends: after the last heading word before its first
    punctuation (and before the first paragraph opener after a heading word), within 60 characters."""
    limit = min(len(s), body + 58)
    if (m := _PUNCT_RE.search(s, body, limit)) is not None:
        limit = m.start()
    if (m := _ITEM_AFTER_SPACE_RE.search(s, body, limit)) is not None:
        return m.start()  # the heading ends where its first item begins
    ends = [m.end() for m in _HEAD_END_RE.finditer(s, body, limit)]
    if not ends:
        return None
    for e in ends:
        if _ITEM_RE.match(s, e):
            return e  # the heading ends where its first item begins
    for o in _PAR_OPEN_RE.finditer(s, ends[0], limit):
        before = [e for e in ends if e <= o.start()]
        if before:
            return before[-1]
    if limit < len(s) and s[limit] in "。!;":
        return limit + 1  # a heading written with a full stop: 三、加强政府自身建设。
    return ends[-1]
