"""The text a notice is read in, the shapes of its lines, and the cheap look for notice structure that decides
whether to read a document at all.

A notice is read converted to simplified script, with the pinyin a converter site puts after characters
(推進(jìn)) dropped; whitespace and widths are kept (a flattened table's cells are separated by spaces), and
every position maps back to the text as read. Before a document not classified as a notice is read at all,
a few fast searches look for a label and its colon, a note verb closing a bracket or a flattened table row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govtargets.text import NormText, drop_matches, regex, to_simplified

__all__ = ["reading_text", "NOT_AN_ITEM_RE"]

# a line that is never a task: a remark (注:, 备注:, 说明:), the notice's date, an annex's title
# (各责任单位要对照本方案…: a closing call, no item)
NOT_AN_ITEM_RE = regex(
    r"(?:注|备注|说明|附件\s*\d*|联\s*系\s*人|联系电话)\s*[:：]|\d{4}年\d{1,2}月\d{1,2}日\s*$|附件\s*\d*\s*$"
    # 县政府办公室　联系人：… (a contact row)
    r"|[^。;；\t]{0,30}?[\s\u3000](?:联\s*系\s*人|联系电话)\s*[:：]"
    r"|各[^,，。:：]{0,8}?(?:单位|部门)要(?:对照|按照|加强|认真|切实|严格|结合)"
)

# the shapes of a notice's lines

# an item's number: 1. 1、 1． (1) ① 一是 (一) 一、 — not 1.5万
ITEM_RE = regex(
    r"""\s*(?:
        (?P<d>\d{1,3})\s*[.．、](?!\d)
      | [（(]\s*(?P<p>\d{1,3})\s*[)）]
      | (?P<r>\d{1,3})[)）]
      | (?P<s>\d{1,3})[ \u3000]+(?=[^\d\s])
      | (?P<c>[①-⑳])
      | (?P<o>[一二三四五六七八九十]{1,3}是)
      | [（(](?P<hp>[一二三四五六七八九十]{1,3})[)）]
      | (?P<h>[一二三四五六七八九十]{1,3})[、.．]
    )\s*""",
    re.VERBOSE,
)
# 二、常务副市长牵头重点工作 / （三）由副市长周某某分管的工作
LEADER_RE = regex(
    r"""^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*由?
        (?P<leader>.{2,14}?)(?:牵头|负责|分管|联系)(?:负责)?(?:的)?(?:重点)?工作""",
    re.VERBOSE,
)
PART_RE = regex(r"责任分解|任务分工|任务分解|分工方案|分工意见|分解表|任务清单|分解落实|目标任务")
MINSHENG_RE = regex(r"为民办实事|民生实事|惠民实事|民生工程")
# a note: brackets around up to 300 characters, which may hold short brackets of their own
BRACKET_RE = regex(r"[（(](?P<note>[^（()）]{0,300}?(?:[（(][^（()）]{1,20}[)）][^（()）]{0,300}?)*)[)）]")
SEPARATORS = " \t\u3000。；;，,、"
# an item number after a space, in a heading's line: 二、城乡建设 1.新建…
RUN_IN_ITEM_RE = regex(r"\s(?=\d{1,3}\s*[.．、](?!\d)|[（(]\d{1,3}[)）])")
# the notice's own words: its addressees (各乡镇人民政府，县政府各部门：), what it asks of them
PREAMBLE_RE = regex(
    r"^[^。]{0,80}?(?:各部门|各单位|直属各单位|各委办局|有关单位|人民政府)[:：]|现将|印发给你们|遵照执行|如下[:：。]"
)
# what closes a line that is not continued on the next
CLOSED = frozenset("。；;！!？?)）：:")
# a unit's own mark in a list (市国资委（牵头）), not a note
LEAD_MARKS = frozenset({"牵头", "牵头单位", "主办"})
# what a paragraph that may be a heading or an item begins with
START_RE = regex(r"[\d（(①-⑳一二三四五六七八九十]")
# where an inline label may begin: the paragraph's start, or after a space or punctuation
LABEL_BOUNDARY = " \t\u3000。；;，,)）"


def item_number(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g)


@dataclass(slots=True)
class Item:
    """An item waiting for its units line."""

    a: int
    b: int
    number: str | None
    category: str | None
    leader: str | None
    minsheng: bool
    quote: tuple[int, int]
    heading: bool = False


# a pinyin or zhuyin reading a converter site puts after a character: 推進(jìn), 園(yuán), 区(qu1)
_GLOSS_RE = regex(
    r"""[(（](?<=[\u4e00-\u9fff][(（])  # the bracket first: a class the regex engine scans for fast
        (?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[1-5]?   # pinyin, tone marks or a tone digit
          | [\u3105-\u312fˊˇˋ˙]{1,5} )                  # zhuyin
        [)）]""",
    re.VERBOSE,
)


def reading_text(line: str, traditional: bool, base: int) -> NormText:
    """The line converted to simplified script, without pinyin glosses; whitespace and widths kept."""
    s = to_simplified(line) if traditional else line
    if ("(" not in s and "（" not in s) or not _GLOSS_RE.search(s):
        return NormText(s, (0,), (0,), base)
    return drop_matches(s, _GLOSS_RE, base)
