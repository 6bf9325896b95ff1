"""Indicator names in a stretch of text that stand as the region's own indicator.

A name found by the lexicon's pattern is kept only when what stands before it leaves it the region's:
a longer noun ending in the name (园区规模工业增加值), a quoted term (“新三样”出口), 全国 in a local
report, or a figure owed to something else (带动…进出口) drop it. Names a sentence leaves out are put back
where the words around make them certain: 粮食…、产量 is grain output, 规模以上工业企业达2.2万家、增加值
the above-scale industry's value added.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from govtargets.extract._cues import GRAIN_ELLIPSIS_RE, MARK_RE, fuzzy_hits, patterns
from govtargets.lexicon import Lexicon
from govtargets.text import regex

__all__ = ["Mention", "MentionFinder", "ELLIPSIS_SCREEN_RE"]


class Mention(NamedTuple):  # a tuple: made for every name found, and cheaper to make than a dataclass
    start: int
    end: int
    ids: tuple[str, ...]
    growth: bool


_COUNTRY = ("我国", "全国")
_LEVELS = frozenset("省市县区州盟旗")
_ATTRIBUTED_RE = regex(r"带动|拉动|贡献")
# the firms above scale, named before a bare 增加值 that is theirs: 规模以上工业企业达2.2万家、增加值增长6%
_ABOVE_SCALE_FIRMS_RE = regex(r"规(?:模以上|上|模)工业企业")


# raw (unnormalised, simplified) text that may hold a name only an ellipsis gives: screens a paragraph in.
# (规模以上工业企业…、增加值 is screened in by the lexicon's name pattern: lexicon.SCREEN_ONLY)
ELLIPSIS_SCREEN_RE = regex(r"粮食[^。;；]{0,30}[、,，](?:总产量|总产|产量|\d{4}年产量)")


# a scope word and what it set, right before a name: 全区确定的, 全省提出的 (全X directly before: above)
_OTHER_SCOPE_RE = regex(r"全([省市区县州])(?:确定|提出|设定|下达|安排|要求)的$")


class MentionFinder:
    """Finds the mentions of one lexicon's names for one document's region."""

    def __init__(self, lex: Lexicon, region: str | None = None, *, marks: bool = True) -> None:
        """marks=False: the document holds none of a mirror site's marks (? * � □ ■), none is looked for."""
        self.lex = lex
        self._marks = marks
        self._region_words: tuple[str, ...] = ()
        if region:
            short = re.sub(r"(?:壮族|回族|维吾尔)?(?:自治区|省|市|区|县|旗|州|盟)$", "", region)
            self._region_words = tuple({region, short} - {""})
        self._region_chars = frozenset(region or "") - set("省市区县旗州盟自治")
        # the level word of the region's own 全X (全县 in a county's report); 全市 there is its city's
        self._own_level = region[-1] if region and region[-1] in _LEVELS else None
        self._left_re = patterns(lex)["left"]

    def __call__(self, text: str, start: int, end: int, national: bool) -> list[Mention]:
        out: list[Mention] = []
        names = self.lex.names
        hits = self._hits(text, start, end, national)
        # screens the clause test below (str.find: a regex over the paragraph costs ten times more)
        attributed = (
            text.find("带动", start, end) >= 0
            or text.find("拉动", start, end) >= 0
            or text.find("贡献", start, end) >= 0
        )
        for a, b, name_text in hits:
            if text.startswith("企业", b):
                continue  # 受主要出口企业订单下滑影响: the firms, not the indicator
            if a > start:
                prev = text[a - 1]
                if (
                    "\u4e00" <= prev <= "\u9fff"
                    and not self._left_re.search(text, max(start, a - 10), a)
                    and not any(text.endswith(r, start, a) for r in self._region_words)
                    and not (prev in self._region_chars and text.startswith("全", a - 2))  # 全疆, 全川
                    and not (national and text.startswith(_COUNTRY, a - 2))  # 我国, 全国: the country's own
                ):
                    continue  # a longer noun ends here: 园区规模工业增加值, 高端装备产业增加值
                if prev in "”’」』》":
                    continue  # a quoted term qualifies the name: “新三样”出口
                if prev == "(" and out and out[-1].end == a - 1:
                    continue  # 地区生产总值(GDP): the abbreviation of the name before
                if text.startswith("全国", a - 2) and not national:
                    continue
                if (
                    self._own_level is not None
                    and prev in _LEVELS
                    and prev != self._own_level
                    and text[a - 2 : a - 1] == "全"
                ):
                    continue  # 鹿原市提出的全市经济增长6%左右 in a county's report: its city's figure
                if (
                    self._own_level is not None
                    and (other := _OTHER_SCOPE_RE.search(text, max(start, a - 8), a)) is not None
                    and other.group(1) != self._own_level
                ):
                    continue  # 全区确定的地区生产总值增长目标 in a city's report (广西: 全区 the region)
                if prev == "、" and len(name_text) <= 3 and not (out and _same_clause(text, out[-1].end, a)):
                    continue  # 猕猴桃产值增长8.5%、出口增长53.6%: a short name after another thing's figure
            if (
                attributed
                and _ATTRIBUTED_RE.search(text, _clause_start(text, start, a), a)
                and not text.startswith("全", a - 2)
            ):
                continue  # 带动陕西进出口415.4亿元: a figure owed to something else
            name = names.get(name_text) or (self.lex.national_names.get(name_text) if national else None)
            if name is not None:  # None: a full-width form, only for screening raw text
                out.append(Mention(a, b, name.ids, name.growth))
        firms = text.find("工业企业", start, end) >= 0
        elided = _above_scale_value_added(text, start, end, hits) if firms else []
        if text.find("经费", start, end) >= 0 and text.find("比", start, end) >= 0:
            elided += _rd_share(text, start, end, out)
            if elided:  # the share's words hold 国内生产总值, no GDP figure of their own
                out = [m for m in out if not any(e.start <= m.start < e.end for e in elided)]
        if elided:
            out = sorted(out + elided, key=lambda m: m.start)
        return out

    def _hits(self, text: str, start: int, end: int, national: bool) -> list[tuple[int, int, str]]:
        """Every name written in text[start:end] (with a mirror site's marks too), in order."""
        matches = list(self.lex.name_re.finditer(text, start, end))
        if self._marks and MARK_RE.search(text, start, end):  # a mirror site put ? or * for a character
            found = fuzzy_hits(self.lex, text, start, end)
            plain = [(m.start(), m.end(), m.group()) for m in matches]
            hits = sorted(plain + [h for h in found if not any(a <= h[0] < b for a, b, _ in plain)])
        else:
            hits = [(m.start(), m.end(), m.group()) for m in matches]
        if national and self.lex.national_names:  # 财政收入 in a national report
            for name_text in sorted(self.lex.national_names, key=len, reverse=True):  # 国家财政收入 first
                pos = text.find(name_text, start, end)
                while pos >= 0:
                    if not any(a <= pos < b or pos <= a < pos + len(name_text) for a, b, _ in hits):
                        hits.append((pos, pos + len(name_text), name_text))
                    pos = text.find(name_text, pos + len(name_text), end)
            hits.sort()
        # 城镇、农村常住居民人均可支配收入: the first word stands for its own name, with the second's words
        if any(a > start + 2 and text[a - 1] in "、和与及" for a, _b, _n in hits):
            hits = _shared_tails(self.lex.names, text, start, hits)
        # 粮食播种面积86.5万亩、产量38.2万吨: only after 粮食 (str.find screens the regex, ten times dearer)
        if text.find("粮食", start, end) < 0:
            return hits
        for m in GRAIN_ELLIPSIS_RE.finditer(text, start, end):
            if "粮食" in text[max(start, m.start() - 30) : m.start()] and not any(
                a <= m.start() < b for a, b, _ in hits
            ):
                hits.append((m.start(), m.end(), "粮食产量"))
                hits.sort()
        return hits


# (length of the word before 、, length of the name's own first word): equal lengths first
_WORD_LENGTHS = sorted(((k, j) for k in (2, 3, 4) for j in (2, 3, 4)), key=lambda kj: (kj[0] != kj[1], kj))


def _shared_tails(
    names: Mapping[str, object], text: str, start: int, hits: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Hits with the names an ellipsis gives: in 城镇、农村常住居民人均可支配收入 the word before 、 (城镇),
    as long as the name's first word (农村), with the name's other words is a name too
    (城镇常住居民人均可支配收入)."""
    out = list(hits)
    todo = list(hits)
    while todo:  # 一产、二产、三产增加值: each word found makes the one before it a candidate
        a, _b, name_text = todo.pop()
        if a <= start + 2 or text[a - 1] not in "、和与及":
            continue
        # 城镇、农村; 一产、二产; 第二产业、第三产业增加值; 城镇和农村牧区…: the name's own first word (j)
        # as long as the word before (k) first, then longer or shorter
        for k, j in _WORD_LENGTHS:
            x0 = a - 1 - k
            if x0 < start or any(h[0] <= x0 < h[1] for h in out):
                continue
            word = text[x0 : a - 1]
            candidate = word + name_text[j:]
            if candidate != name_text and candidate in names and all("\u4e00" <= c <= "\u9fff" for c in word):
                out.append((x0, a - 1, candidate))
                todo.append((x0, a - 1, candidate))
                break
    return sorted(out)


def _above_scale_value_added(
    text: str, start: int, end: int, hits: list[tuple[int, int, str]]
) -> list[Mention]:
    """Bare 增加值 whose owner, the firms above scale, is named just before in the clause or sentence:
    规模以上工业企业达2.2万家、增加值增长6%; 规上工业企业156家,实现增加值48.5亿元."""
    out = []
    pos = text.find("增加值", start, end)
    while pos >= 0:
        b = pos + 3
        if (
            pos > start
            and (text[pos - 1] in "、," or text.endswith(("实现", "完成"), start, pos))
            and not (b < end and text[b] in "率能占比")  # 增加值率, 增加值能耗: another measure
            and not any(a <= pos < e for a, e, _ in hits)
        ):
            lo = max(start, pos - 30)
            firms = list(_ABOVE_SCALE_FIRMS_RE.finditer(text, lo, pos))
            if (
                firms
                and not any(c in text[firms[-1].end() : pos] for c in "。;!?")
                and not any(firms[-1].end() <= a < pos for a, _e, _n in hits)
            ):
                out.append(Mention(pos, b, ("industrial_va_above_scale",), False))
        pos = text.find("增加值", b, end)
    return out


# R&D spending named, then its share of GDP: 研究与实验发展经费…，占国内生产总值比重从1.07%提高到1.49%
_RD_SHARE_RE = regex(r"占(?:国内|地区)?生产总值(?:的)?比(?:重|例)")
_RD_SPENDING_RE = regex(r"研究与(?:试验|实验)发展经费|研发经费|R&D经费|科技研发经费")


def _rd_share(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """占国内生产总值比重 whose R&D spending is named just before in the sentence: the R&D intensity."""
    out = []
    for m in _RD_SHARE_RE.finditer(text, start, end):
        lo = max(start, m.start() - 40)
        spending = list(_RD_SPENDING_RE.finditer(text, lo, m.start()))
        if (
            spending
            and not any(c in text[spending[-1].end() : m.start()] for c in "。;!?")
            and not any(f.start < m.start() < f.end or "rd_intensity" in f.ids for f in found)
        ):
            out.append(Mention(m.start(), m.end(), ("rd_intensity",), False))
    return out


def _clause_start(text: str, start: int, a: int) -> int:
    """Where the clause holding position a starts: after the last , ; or sentence end before it (the
    mentions of a whole paragraph are found at once: 贡献了全国… in the sentence before is not this one's)."""
    lo = max(start, a - 200)  # a clause is shorter: rfind of a rare mark need not scan the paragraph
    return max(lo, *(text.rfind(c, lo, a) for c in ",;。!?"))


def _same_clause(text: str, a: int, b: int) -> bool:
    return not any(c in ",;。" for c in text[a:b])
