"""Years written in a sentence, and the spans they make of a figure.

A figure is the year's own unless the sentence says otherwise: 与2010年相比增长40.2% (a growth over a span
that starts before the year reviewed), 一九九〇年工农业总产值达到… in a 1986 report (a goal for a later year),
五年内…, “七五”期间… (a five-year span). Years come in Arabic or Chinese numerals (older reports: 一九八二年).

>>> text = "地区生产总值与2010年相比增长40.2%"
>>> year_span(sentence_years(text, 0, len(text)), len(text), "2013", "2014")
True
>>> year_span(sentence_years("比2012年增长8.1%", 0, 12), 12, "2013", "2014")
False
"""

from __future__ import annotations

import re

from govtargets.numbers import parse_chinese_numeral
from govtargets.text import regex

__all__ = ["YEAR", "VERSUS_YEAR_RE", "PLAN_SPAN_RE", "sentence_years", "year_number", "year_span"]

# a year in Arabic or Chinese numerals
YEAR = r"(?:\d{4}|[一二三四五六七八九〇○零]{4})"
# 比2012年, 与2010年相比: the growth is over the span from that year (multi-year unless it is the year before)
# (in Arabic numerals only: removed from the words between a name and its figure, it lets the figure through;
# older reports' 一九八一年比一九八〇年 stays a break, their sections being the least certain)
VERSUS_YEAR_RE = regex(r"(?:比|较|与|同|和)(\d{4})年(?:相比|相较|比较)?,?")
# a five-year span named: 五年内, “七五”期间, 十五时期 (the plans' own names, quoted or not)
PLAN_SPAN_RE = regex(
    r"""五年(?:内|中|里|间|来) | 本世纪末
      | [“"「]?(?:十[一二三四五六七八九]?|[一二三四五六七八九])五[”"」]?(?:时期|期间|以来)""",
    re.VERBOSE,
)
_CN_DIGITS = frozenset("一二三四五六七八九〇○零")


def sentence_years(text: str, s0: int, s1: int) -> list[tuple[int, int, bool]]:
    """(position, year, compared with: 比/与2010年) of each year written in text[s0:s1], 2013年 or 二〇一三年.
    Found once per sentence with str.find over 年 (a regex over the prefix of each fact was slower)."""
    out = []
    pos = text.find("年", s0 + 4, s1)
    while pos >= 0:
        last = text[pos - 1]
        y = text[pos - 4 : pos] if last.isdigit() or last in _CN_DIGITS else ""  # 全年, 上年: at once
        if y and (y.isdigit() or all(d in _CN_DIGITS for d in y)):
            out.append((pos, _year(y), pos - 5 >= s0 and text[pos - 5] in "比较与同和"))
        pos = text.find("年", pos + 1, s1)
    return out


def year_span(
    years: list[tuple[int, int, bool]],
    before: int,
    period: str | None,
    report_year: str | None,
    compared: bool = True,
) -> bool:
    """A year written before position `before` makes the figure multi-year: 比2010年, 与2010年相比 in a 2013
    review (a year before the period's previous year compared with), or 一九九〇年 in a 1986 report (a goal
    for a year after the report's). compared=False: a comparison does not count (1992年同1987年相比，…
    达到1826元: a level reached is the year's own, whatever it is compared with)."""
    earliest = int(period[:4]) - 1 if period and period[:4].isdigit() else None
    latest = int(report_year[:4]) if report_year and report_year[:4].isdigit() else None
    # the nearest 比…年 before the figure governs it: 1981年比1980年增长…,1982年比1981年增长…
    versus_year = None
    for pos, y, versus in years:
        if pos >= before:
            break
        if latest is not None and y > latest:
            return True
        if versus:
            versus_year = y
    return compared and versus_year is not None and earliest is not None and versus_year < earliest


def _year(s: str) -> int:
    """2013 or 二〇一三 as a number."""
    return int(s) if s.isdigit() else int(parse_chinese_numeral(s) or 0)


def year_number(s: str) -> int:
    """2013 or 二〇一三 (一九八二, 一九八○) as a number.

    >>> year_number("一九八○"), year_number("2013")
    (1980, 2013)
    """
    if s.isdigit():
        return int(s)
    return int("".join(str("〇一二三四五六七八九".index(c)) for c in s.translate(_ZERO)))


_ZERO = str.maketrans("○零", "〇〇")
