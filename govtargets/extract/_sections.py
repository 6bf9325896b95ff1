"""Where in a report a paragraph stands, and what period its numbers cover.

A work report reviews last year (actuals), may review the past five years (multi-year figures), may set
five-year goals, then sets this year's targets and tasks. Mid-year reviews and supervision reports state
the months covered (1-6月, 上半年).

>>> t = SectionTracker("work_report", 2014)
>>> pars = ["一、2013年政府工作回顾", "预计全年实现地区生产总值420亿元", "二、2014年政府工作思路和目标要求",
...         "今年全区经济社会发展的主要预期指标是:生产总值增长7.5%"]
>>> [t.feed(p) for p in pars]
['review', 'review', 'plan', 'targets']
>>> t.feed("各位代表!我们梳理出一批实事,作为2014年为民办实事的重点:一是新建安置房50万平方米")
'minsheng'
>>> t.feed("今后五年的主要目标是:生产总值迈上千亿元台阶"), t.feed("今年的主要预期目标是:增长7%")
('plan_multi', 'targets')
"""

from __future__ import annotations

import re

from govtargets.text import heading_level, regex, to_halfwidth

__all__ = ["SectionTracker", "period_phrase", "REVIEW", "PLAN"]

REVIEW = frozenset({"review", "review_multi", "preamble"})
PLAN = frozenset({"plan", "plan_multi", "targets", "self", "minsheng"})
_MINSHENG_LIST_RE = regex(r"(?:为民办实事|民生实事|惠民实事)[^。]{0,60}?(?:一是|1[.、]|[(（]一[)）])")

_YEAR_RE = regex(r"(\d{4})年")
# each phrase holds 目标 or 指标, which feed() looks for first
_TARGETS_PAR_RE = regex(
    r"主要预期目标|预期目标是|主要目标是|主要预期指标|发展目标是|主要指标是|预期目标为|奋斗目标是|"
    r"总体目标是|目标任务是|主要经济指标是|预期指标是|主要目标为|主要经济社会发展目标|经济社会发展的主要目标"
)
_MULTI_REVIEW_RE = regex(
    r"过去五年|这五年|五年来|回顾过去的?五年|回顾“?十[一二三四五]五”?|^“?十[一二三四五]五”?(?:时期|期间|以来)"
)
_SINGLE_REVIEW_RE = regex(r"过去一年|过去的一年|一年来|刚刚过去的\d{4}年|^\d{4}年(?:以来|,|，|是很|是极)")
_FIVE_YEAR_PLAN_RE = regex(r"十([一二三四五])五")  # 十一五 2006-2010 … 十五五 2026-2030
_ADDRESS_RE = regex(r"^各位代表[!！,，:：]?")
# a goals paragraph about the next five years, not this year: 十五五时期…主要目标是, 今后五年的奋斗目标是
_FIVE_YEAR_GOALS_RE = regex(r"十[一二三四五]五”?(?:时期|期间)|今后五年|未来五年|五年内|今后一个时期")


# a sentence saying last year's goals were met (圆满完成全年主要预期目标, 主要预期目标较好完成, 顺利实现
# 了…预期目标) opens a review: the results after it are actuals, not this year's targets
_ACHIEVED_BEFORE_RE = regex(
    r"""(?<!确保)(?<!力争)(?<!努力)(?<!争取)(?<!为)(?<!要)(?<!将)(?<!能)(?<!可)(?<!以)  # 确保完成: ahead
        (?:完成|实现|达到|达成|超过)了?[^。;；,，:：!！?？]{0,24}$""",
    re.VERBOSE,
)
_ACHIEVED_AFTER_RE = regex(
    r"[^。;；,，:：是为]{0,4}?(?:较好|全面|顺利|胜利|圆满|基本|超额|均已|已经|已|总体|如期|全部|均)(?:完成|实现)"
)


def _states_targets(head: str) -> bool:
    """Whether a targets phrase in head opens a targets paragraph, not a statement that they were met."""
    for m in _TARGETS_PAR_RE.finditer(head):
        if _ACHIEVED_BEFORE_RE.search(head, max(0, m.start() - 30), m.start()):
            continue
        if _ACHIEVED_AFTER_RE.match(head, m.end()):
            continue
        return True
    return False


_DIGITS = frozenset("0123456789０１２３４５６７８９")


class SectionTracker:
    """Feed paragraphs (normalised text) in order; each feed returns that paragraph's section:
    preamble, review, review_multi, plan, plan_multi, targets (the targets paragraph), self
    (government self-building) or minsheng (the 为民办实事 list of the year)."""

    def __init__(self, doc_kind: str, report_year: int | None) -> None:
        self.doc_kind = doc_kind
        self.year = report_year
        self.state = "plan" if doc_kind == "task_assignment" else "preamble"
        self.heading_year: int | None = None

    def feed(self, par: str) -> str:
        level = heading_level(par)
        # (三、老旧小区改造。改造老旧小区14个…: a numbered item with its body, no section's heading)
        if level == 1 and len(par) <= 60 and "。" not in par.rstrip().rstrip("。"):
            self._heading(par)
            return self.state
        if self.state in ("review", "review_multi", "preamble"):
            # the opening of a paragraph says whether it reviews the past five years or the last one
            head = _ADDRESS_RE.sub("", par[:90]) if par.startswith("各位代表") else par[:90]
            # every phrase of the first holds 五, of the second 年: an `in` test spares most regex scans
            multi = _MULTI_REVIEW_RE.search(head) if "五" in head else None
            single = _SINGLE_REVIEW_RE.search(head) if "年" in head else None
            if multi and (not single or multi.start() < single.start()):
                ahead = self.state == "preamble" and self._plan_ahead(multi.group())
                # “十二五”期间 opening a 2011 page without headings: the plan ahead, not a review
                self.state = "plan_multi" if ahead else "review_multi"
            elif self.state == "review_multi" and (single or self._last_year_opens(par)):
                self.state = "review"
        elif (
            self.state == "plan"
            and self.year is not None
            and par[:1] in _DIGITS  # a cheap test first: most paragraphs open with a word
            and to_halfwidth(par[:6]).startswith(f"{self.year - 1}年是")
        ):
            # 1986年是…的一年 opening a paragraph under a heading read as the plan (一、当前形势和基本任务):
            # last year reviewed
            self.state = "review"
        if self.state in ("plan", "self") and "实事" in par and _MINSHENG_LIST_RE.search(par):
            return "minsheng"
        head = par[:200]
        targets = ("目标" in head or "指标" in head) and _states_targets(head)
        if targets and self.doc_kind not in ("midyear_review", "supervision_report"):
            this_year = "今年" in par[:40] or (self.year is not None and f"{self.year}年" in par[:40])
            if self.state in ("preamble", "review", "review_multi") or this_year:
                self.state = "plan"
            if not this_year and _FIVE_YEAR_GOALS_RE.search(head, 0, 60):
                return "plan_multi"  # the five-year goals, stated inside this year's plan
            return "targets" if self.state != "plan_multi" else "plan_multi"
        return self.state

    def _last_year_opens(self, par: str) -> bool:
        """Whether the paragraph opens with the year before the report's (2025年是“十四五”收官之年。;
        2025年全年,) or with 去年: after the five years, the last one."""
        if par.startswith(("去年", "上年")):
            return par[2:3] in ",，是全我"
        return self.year is not None and par[:1] in _DIGITS and to_halfwidth(par[:5]) == f"{self.year - 1}年"

    def _plan_ahead(self, phrase: str) -> bool:
        """A five-year plan (十二五) that starts in or after the report's year."""
        m = _FIVE_YEAR_PLAN_RE.search(phrase)
        if m is None or self.year is None or "回顾" in phrase:
            return False
        return 2006 + 5 * "一二三四五".index(m.group(1)) >= self.year

    def _heading(self, par: str) -> None:
        years = [int(y) for y in _YEAR_RE.findall(par)]
        y = self.year
        if "自身建设" in par or "政府建设" in par:
            self.state = "self"
        elif "回顾" in par or "过去" in par or (y is not None and y - 1 in years and "安排" not in par):
            multi = re.search(r"十[一二三四五]五|五年", par) and not (y is not None and y - 1 in years)
            self.state = "review_multi" if multi else "review"
        elif re.search(r"开好局|起好步|开局之年", par):
            self.state = "plan"
        elif re.search(r"十[一二三四五]五", par) and not (y is not None and y in years):
            self.state = "plan_multi"
        elif re.search(r"安排|目标|任务|思路|要求|今年|重点|工作部署", par) or (y is not None and y in years):
            self.state = "plan"
        self.heading_year = years[0] if years else None


# the part of a year a statement covers; not one it is compared with (增速比上半年加快, 与一季度基本持平)
_PERIOD_RE = regex(
    r"""(?<![比较与])(?:(?P<h1>上半年|1-6月)|(?P<q3>前三季度)|(?P<q1>第?一季度)
      |(?:^|(?<=[^\d]))1[-—~至到](?P<m>[1-9]|1[0-2])月(?:份)?|截至(?P<u>[1-9]|1[0-2])月(?:末|底))""",
    re.VERBOSE,
)


def period_phrase(text: str, year: int | None) -> str | None:
    """The part of a year a mid-year statement covers, as a period string: the last one the text names,
    not counting a period it is compared with.

    >>> period_phrase("1-6月,实现地区生产总值54.17亿元", 2014)
    '2014H1'
    >>> period_phrase("前三季度", 2014), period_phrase("一季度", 2014), period_phrase("1-5月", 2014)
    ('2014Q1-Q3', '2014Q1', '2014-01..2014-05')
    >>> period_phrase("截至6月末,全市城镇新增就业8650人", 2016)
    '2016H1'
    >>> period_phrase("全年", 2016) is None
    True
    >>> period_phrase("前三季度,地区生产总值增长5.4%,增速比上半年加快0.3个百分点", 2025)
    '2025Q1-Q3'
    """
    if year is None or not ("半年" in text or "季度" in text or "月" in text):
        return None
    months = None
    for m in _PERIOD_RE.finditer(text):
        if m["h1"]:
            months = 6
        elif m["q3"]:
            months = 9
        elif m["q1"]:
            months = 3
        else:
            months = int(m["m"] or m["u"])
    if months is None:
        return None
    return {3: f"{year}Q1", 6: f"{year}H1", 9: f"{year}Q1-Q3", 12: f"{year}"}.get(
        months, f"{year}-01..{year}-{months:02d}"
    )
