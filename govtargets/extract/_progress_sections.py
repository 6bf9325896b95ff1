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

__all__ = ["StatusSection", "section_heading", "section_item", "ends_section"]

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
