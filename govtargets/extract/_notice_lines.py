"""The lines of a notice that came without line breaks (exported from a database, copied from a page).

A notice's structure stands at line starts: its headings (一、 （一）), its items (1. （1） 一是), its
labelled lines (责任单位：…), and the end of a responsibility note (（X同志牵头，A具体实施）). In an unbroken
text these follow a sentence end, a closing bracket or a colon, or (an item) a heading's last word; this
cuts the text back into those lines, so that the notice reader reads it as it reads a notice with its
lines. Labels inside a bracket (（牵头单位：A；配合单位：B）) stay in their note.

>>> t = ("各单位:现将任务分解如下:一、市长牵头重点工作1.推进港区建设。责任单位:市交通局;配合单位:市商务局。"
...      "2.新建学校3所。责任单位:市教育局。")
>>> [t[a:b] for a, b in notice_lines(t)]  # doctest: +NORMALIZE_WHITESPACE
['各单位:现将任务分解如下:', '一、市长牵头重点工作', '1.推进港区建设。',
 '责任单位:市交通局;配合单位:市商务局。', '2.新建学校3所。', '责任单位:市教育局。']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from govtargets.extract._units import LEAD_MARK_RE, vocabulary
from govtargets.numbers import parse_chinese_numeral
from govtargets.text import regex

__all__ = ["notice_lines"]

_AFTER = "。;；:：)）!！?？ \u3000\t"  # what a line start follows in an unbroken text
_LABEL_AFTER = "。)）!！?？ \u3000\t"  # a label after ；stays on its line (责任单位：A；配合单位：B)
_CN = "一二三四五六七八九十"


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    labels = "|".join(sorted(map(re.escape, vocabulary().label_kind), key=len, reverse=True))
    return regex(
        rf"""(?P<h1>[{_CN}]{{1,3}}、(?![{_CN}]{{1,3}}[、产]))      # 一、 (not 一、二、三产业)
          | (?P<h2>[（(][{_CN}]{{1,3}}[)）])                     # （一）
          | (?P<item>(?P<n>\d{{1,3}})(?:[.．、](?!\d)|[)）]|[ \u3000](?=[\u4e00-\u9fff]))  # 1. 1、 1) 1 建
                   | [（(](?P<pn>\d{{1,3}})[)）]                      # （1）
                   | (?P<cn>[{_CN}]{{1,3}})是)                         # 一是
          | (?P<label>【(?:{labels})】|(?:{labels})(?:\s*[:：]|[ \u3000]+))  # 责任单位： 【责任单位】
          | (?P<note>[)）])                                     # a note's end: the next task begins
        """,
        re.VERBOSE,
    )


# a notice's title, up to its last word (…任务分工, …分工方案, …任务分解方案, …责任清单, …分工的通知),
# when the first task follows it with no mark between: the shortest such title, its last word read whole
_TITLE_RE = regex(
    r"""[^。;；:：,，]{4,80}?
        (?: (?:任[务務]|[责責]任)?(?:分工|分解)(?:方案|表)? | (?:任[务務]|[责責]任)?清[单單] )
        (?:的通知)?""",
    re.VERBOSE,
)


def _cn_number(s: str) -> int:
    """一 → 1, 十二 → 12 (0 for anything else)."""
    return int(parse_chinese_numeral(s) or 0)


def _after_note(text: str, at: int, end: int) -> int:
    """Where the line after a note closing at `at` begins: there, or after the sentence the note stood in
    when that sentence goes on (…3万亩（牵头单位：A），力争…以上。) with no other note in it."""
    if at < end and text[at] in "，,；;":
        q = text.find("。", at, end)
        if q >= 0 and text.find("（", at, q) < 0 and text.find("(", at, q) < 0:
            return q + 1
    return at


def notice_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the lines of text[start:end] cut at a notice's line starts (outside brackets)."""
    end = len(text) if end is None else end
    cuts = {start}
    depth = 0
    last = start
    expected = 1  # the next item number: an item may follow a heading's last word with no punctuation
    notes = vocabulary().note_re
    first_note = True  # until a note, an item or a label is seen: the text before is the preamble
    seen_item = False  # the first item may have any number (an excerpt begins at 5.)
    # the next heading numbers: a heading in its order may follow a units line's last word
    # (…县发改局（二）民生实事)
    next_h1 = next_h2 = next_cn = 1  # next_cn: the next 一是, 二是… item
    for m in _starts().finditer(text, start, end):
        p = m.start()
        depth += sum(1 for c in text[last:p] if c in "（(") - sum(1 for c in text[last:p] if c in ")）")
        depth = max(depth, 0)
        last = p
        if m.lastgroup == "note":
            depth = max(depth - 1, 0)
            last = p + 1
            o = max(text.rfind("（", start, p), text.rfind("(", start, p))
            if o >= 0 and LEAD_MARK_RE.fullmatch(text, o, p + 1):
                continue  # 市国资委（牵头）、市财政局: the lead marked in a list of units, no note
            if depth == 0 and o >= 0 and notes.search(text, o, p):  # （X同志牵头，A具体实施）closes a task
                if first_note:  # the first task begins after the preamble's last sentence
                    q = text.rfind("。", start, o - 1)
                    if q >= 0:
                        cuts.add(q + 1)
                    elif title := _TITLE_RE.match(text, start, o):  # …重点工作责任分工实施工业强县战略…
                        cuts.add(title.end())
                first_note = False
                cuts.add(_after_note(text, p + 1, end))
            continue
        if depth > 0 and m.lastgroup != "h2" and not (m.group("pn")):
            continue  # inside a note: （牵头单位：A；配合单位：B）
        prev = text[p - 1] if p > start else "。"
        if m.group("item") is not None:
            first_note = False
            if m.group("cn"):
                n = _cn_number(m.group("cn"))
                if prev in _AFTER or n == 1 or n == next_cn:  # 二是 in its order, after whatever word
                    cuts.add(p)
                    next_cn = n + 1
                continue
            n = int(m.group("n") or m.group("pn"))
            follows_word = not prev.isdigit() and prev not in ".．%"
            if prev in _AFTER or (follows_word and (n in (1, expected) or not seen_item)):
                cuts.add(p)
                expected = n + 1
                seen_item = True
        elif m.lastgroup == "label":
            first_note = False
            if prev in _LABEL_AFTER:
                cuts.add(p)
        elif m.lastgroup == "h2" and (n := _cn_number(m.group()[1:-1])) in (1, next_h2):
            cuts.add(p)  # （一）, （二）… in their order, after whatever word
            next_h2 = n + 1
        elif m.lastgroup == "h1" and (n := _cn_number(m.group()[:-1])) == next_h1 > 1:
            cuts.add(p)  # 二、, 三、… in their order, after whatever word
            next_h1 = n + 1
        elif prev in _AFTER or (m.lastgroup == "h1" and text.startswith("一、", p)):
            cuts.add(p)  # a heading (the first may follow the title); items go on numbering across headings
            if m.lastgroup == "h1":
                next_h1 = _cn_number(m.group()[:-1]) + 1
    bounds = sorted(c for c in cuts if start <= c < end) + [end]
    for a, b in zip(bounds, bounds[1:], strict=False):
        while a < b and text[a] in " \u3000\t":
            a += 1
        if b > a:
            yield a, b
