"""Status sections: a supervision report that sorts its tasks under headings naming a status and a count,

一、已完成的（6项）
    1.城区第三幼儿园建设（牵头单位：县教育局），已开园招生。  → met, item 城区第三幼儿园建设, count 6
三、滞后的（5项）
    ①城北污水处理厂提标改造（牵头单位：县住建局）：…                    → not_met, count 5

gives each numbered item under such a heading that status, up to the next heading of its level. The
heading is read by the status vocabulary (STATUS_RE), so every status word it knows opens a section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govtargets.extract._progress_base import count_of
from govtargets.extract._progress_status import _CIRCLED, _CN, _COUNT, STATUS_RE, status_of
from govtargets.status import Reported
from govtargets.text import regex

__all__ = ["StatusSection", "section_heading", "section_item", "ends_section", "inline_section"]

# 一、已完成的（6项） ; （一）已完成（共6项） ; 三、进度滞后的任务（5项）:
_HEADING_RE = regex(
    rf"""\s*(?:[{_CN}]+[、.．]|[(（][{_CN}\d]+[)）]|\d+[、.．](?!\d))?\s*
         (?P<word>[^\s(（:：。,，;；]{{2,12}}?)的?(?:任务|项目|事项|工作|指标)?\s*
         [(（]\s*共?\s*(?P<n>{_COUNT})\s*[项个]\s*[)）]\s*[:：。]?\s*""",
    re.VERBOSE,
)
# a heading of the level that holds status sections: 一、 （一）
_LEVEL_RE = regex(rf"\s*(?:[{_CN}]+[、.．]|[(（][{_CN}]+[)）])")
# an item under it: 1. 1、 （1） ① — its name up to a bracket, a colon or a clause's end
_ITEM_RE = regex(
    rf"""\s*(?:\d+[.、．](?!\d)|[(（]\d+[)）]|[{_CIRCLED}])\s*
         (?P<name>[^\s(（:：,，。;；][^(（:：,，。;；]{{1,39}}?)\s*(?=[(（:：,，。;；]|$)""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class StatusSection:
    status: Reported | str
    count: int | None


def section_heading(text: str) -> StatusSection | None:
    """The status and count a heading line names (一、已完成的（6项）), or None."""
    m = _HEADING_RE.fullmatch(text)
    if m is None or (w := STATUS_RE.fullmatch(m["word"])) is None:
        return None
    status, confidence = status_of(w)
    if confidence:  # 完成情况较好 is a judgement, not a class of tasks
        return None
    return StatusSection(status, count_of(m["n"]))


def section_item(text: str) -> tuple[int, int] | None:
    """The span of the item's name a numbered line under a status heading opens with, or None."""
    m = _ITEM_RE.match(text)
    return m.span("name") if m else None


def ends_section(text: str) -> bool:
    """A heading of the sections' level (二、有关要求) closes the section before it."""
    return _LEVEL_RE.match(text) is not None


# （一）已完成的任务。A…；B…。 — a numbered heading closed by 。 or ：, its items after it in the paragraph
_INLINE_RE = regex(
    rf"""\s*(?:[{_CN}]+[、.．]|[(（][{_CN}\d]+[)）]|\d+[、.．](?!\d))\s*
         (?P<word>[^\s(（:：。,，;；]{{2,10}}?)的?(?:任务|项目|事项|工作)
         (?:\s*[(（]\s*共?\s*(?P<n>{_COUNT})\s*[项个]\s*[)）])?\s*[。:：]""",
    re.VERBOSE,
)
_SEGMENT_RE = regex(r"[^;；。]+")
_INTRO_RE = regex(
    r"[^:：,，;；。]{0,20}?(?:分别是|分别为|为|是|包括|有)[:：]|\s*[\u2460-\u2487]|\s*\d+[.、．](?!\d)"
)
_NAME_END_RE = regex(r"[,，(（:：]|因|由于|受|经")
_NAME_TAIL_RE = regex(r"(?:已经?|均|都|全部|提前|目前|现已)+$")
_LIST_END_RE = regex(r"等\s*(?:\d+|[一二三四五六七八九十两]+)?\s*[项个]?|[,，(（]")


def inline_section(text: str) -> tuple[StatusSection, list[tuple[int, int]]] | None:
    """A heading that opens its paragraph and names a status (（一）已完成的任务。), with the spans of the
    items after it: the segments between semicolons, each named by its words before a comma, a bracket, a
    reason (因, 受) or its own status word (市儿童医院提前建成投用); a segment listing names with 、
    before 等N项 gives each. None if the paragraph opens with no such heading."""
    m = _INLINE_RE.match(text)
    if m is None or (w := STATUS_RE.fullmatch(m["word"])) is None:
        return None
    status, confidence = status_of(w)
    if confidence:
        return None
    items: list[tuple[int, int]] = []
    for seg in _SEGMENT_RE.finditer(text, m.end()):
        a, b = seg.span()
        while (intro := _INTRO_RE.match(text, a, b)) is not None and intro.end() > a:
            a = intro.end()
        while a < b and text[a] in " \u3000":
            a += 1
        if text.startswith("其中", a):
            continue  # 其中中心城区快速路二期完成年度投资的56%: a comment on an item named before
        first_cut = _NAME_END_RE.search(text, a, b)
        if "、" in text[a : first_cut.start() if first_cut else b]:
            end = _LIST_END_RE.search(text, a, b)
            for x in regex(r"[^、]+").finditer(text, a, end.start() if end else b):
                items.append(x.span())
            continue
        b1 = first_cut.start() if first_cut else b
        if (own := STATUS_RE.search(text, a, b1)) is not None:
            b1 = own.start()
        if (tail := _NAME_TAIL_RE.search(text, a, b1)) is not None:
            b1 = tail.start()
        if 2 <= b1 - a <= _MAX_ITEM:
            items.append((a, b1))
    return StatusSection(status, count_of(m["n"]) if m["n"] else None), items


_MAX_ITEM = 30
