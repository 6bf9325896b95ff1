"""Target or actual: a figure's reading from its sentence's own cues, with the report section as a prior.

The cue words are vocabulary, in govtargets/lexicon/data/cues.yaml, validated on load (CueError names
the problem). reading() decides; year_named() says when a sentence of a multi-year paragraph speaks of one
year (2011年, 今年).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from govtargets.extract._years import year_number
from govtargets.lexicon import DATA_DIR
from govtargets.text import load_yaml, regex

if TYPE_CHECKING:
    from govtargets.extract._grammar import Context

__all__ = ["Cues", "CueError", "load_cues", "sentence_cues", "reading", "year_named"]


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CUE_LISTS = ("target", "target_after", "this_year", "last_year", "not_time", "estimate")
# a year named in the sentence: not 比2013年, 到2025年, 2013年以来 nor a date (2014年1月20日)
_YEAR = r"(?<![比较到至与从由同])(?P<year>(?:19|20)\d\d)年(?!以来|以前|以后|代|\d{1,2}月\d{1,2}日)"


class CueError(ValueError):
    """cues.yaml is malformed: a missing or unknown list, or an entry that is not a word."""


@dataclass(frozen=True, slots=True)
class Cues:
    """The compiled cue lists of cues.yaml."""

    words: dict[str, tuple[str, ...]]
    target: re.Pattern[str]
    target_after: re.Pattern[str]
    time: re.Pattern[str]  # groups: this, last, not (a time word that is no cue) and year
    estimate: re.Pattern[str]


def sentence_cues(data: Any) -> Cues:
    """Validate the raw YAML mapping and compile it; raises CueError naming the problem."""
    if not isinstance(data, dict):
        raise CueError(f"cues.yaml: expected a mapping of lists, got {type(data).__name__}")
    unknown = sorted(set(data) - set(_CUE_LISTS))
    if unknown:
        raise CueError(f"cues.yaml: unknown key(s) {unknown}")
    missing = sorted(set(_CUE_LISTS) - set(data))
    if missing:
        raise CueError(f"cues.yaml: missing list(s) {missing}")
    words: dict[str, tuple[str, ...]] = {}
    for key in _CUE_LISTS:
        value = data[key]
        if not isinstance(value, list) or not value:
            raise CueError(f"cues.yaml: {key} must be a non-empty list of words")
        for w in value:
            if not isinstance(w, str) or not w.strip() or w != w.strip():
                raise CueError(f"cues.yaml: {key}: bad entry {w!r}")
        words[key] = tuple(value)
    for key in ("this_year", "last_year", "not_time"):
        if missing := [w for w in words[key] if "年" not in w]:
            raise CueError(
                f"cues.yaml: {key}: every time word holds 年 (the reader screens on it): {missing}"
            )
    time = (
        f"(?P<not>{_alternation(words['not_time'])})|(?P<this>{_alternation(words['this_year'])})"
        f"|(?P<last>{_alternation(words['last_year'])})|{_YEAR}"
    )
    return Cues(
        words=words,
        target=regex(_alternation(words["target"])),
        target_after=regex(f"(?:左右|以上|以内|上下)?(?:{_alternation(words['target_after'])})"),
        time=regex(time),
        estimate=regex(_alternation(words["estimate"])),
    )


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The package's cues.yaml, validated and compiled once."""
    path = DATA_DIR / "cues.yaml"
    return sentence_cues(load_yaml(path))


def _time_cue(
    cues: Cues, text: str, s0: int, q0: int, target_year: int | None
) -> tuple[str | None, int | None]:
    """The last time cue before the figure: ('this' | 'last' | None, the year it names)."""
    cue: tuple[str | None, int | None] = (None, None)
    if text.find("年", s0, q0) < 0:  # every time word holds 年 (今年, 上年, 2013年): no scan without one
        return cue
    for m in cues.time.finditer(text, s0, q0):
        if m.lastgroup == "not":
            continue
        if m.lastgroup == "year":
            y = int(m.group("year"))
            if target_year is None:
                cue = (None, y)
            elif y == target_year:
                cue = ("this", y)
            elif y == target_year - 1:
                cue = ("last", y)
            continue
        cue = (m.lastgroup, None)
    return cue


def reading(
    cues: Cues, text: str, s0: int, clause0: int, q0: int, q1: int, ctx: Context, *, exact: bool = True
) -> tuple[str, str | None]:
    """Target or actual, and its period, for the figure text[q0:q1] of the sentence starting at s0 (its
    clause starting at clause0).

    The section gives the prior (ctx.kind). A plan section's figure is a target unless the sentence speaks of
    last year (去年, 上年, 2013年 in a 2014 report). A review's figure is an actual unless its clause states a
    goal (确保, 力争, 目标是) or the figure is called one (增长8.5%以上的目标), and not as an estimate
    (预计全年实现). A text without sections (a news page, an excerpt) leans on the sentence: last
    year's figure is an actual, this year's (今年, 2012年 in a 2012 page) or a goal is a target.
    """
    kind, period = ctx.kind, ctx.period
    t = ctx.target_period
    target_year = int(t) if t and t.isdigit() else None
    if kind == "target":
        if ctx.midyear:
            return kind, period
        time, year = _time_cue(cues, text, s0, q0, target_year)
        if time == "last":
            return "actual", str(year) if year is not None else _previous(t)
        if (
            time is None
            and exact
            and _after_last_year_sentence(cues, text, s0)
            and cues.target.search(text, s0, q0) is None
            and cues.target_after.match(text, q1) is None
        ):
            # 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，…: the sentence before names last
            # year and this one no time of its own nor a goal: still last year's results
            return "actual", _previous(t)
        # 一九八二年预计比一九八一年增长: a year's result estimated, not a plan
        if (y := _estimated_year(text, clause0, q0)) is not None and (
            target_year is None or y <= target_year
        ):
            return "actual", str(y)
        # 一九八一年计划为3.7%，实际达到4.6%: an earlier year's result
        if (y := _result_year(text, clause0, q0)) is not None and target_year is not None and y < target_year:
            return "actual", str(y)
        return kind, period
    estimate = cues.estimate.search(text, s0, q0) is not None
    named_goal = cues.target_after.match(text, q1) is not None
    if ctx.section in ("review", "review_multi") or ctx.midyear:
        # 一九八一年计划为3.7%，实际达到4.6%: the result of a year before, whatever the clause's 计划 says
        y = None if ctx.midyear or target_year is None else _result_year(text, clause0, q0)
        if y is not None and y < target_year:  # type: ignore[operator]
            return "actual", str(y)
        if (cues.target.search(text, clause0, q0) and not estimate) or named_goal:
            return "target", t
        if not ctx.midyear and not estimate and _this_year_word(cues, text, s0, q0):
            return "target", t  # 今年全省生产总值增长10% after a review: this year's figure is a goal
        return kind, period
    # no review around it: a news page, an excerpt, the preamble of a report
    time, year = _time_cue(cues, text, s0, q0, target_year)
    if time == "last":
        return "actual", str(year) if year is not None else _previous(t)
    goal = cues.target.search(text, s0, q0) is not None
    if estimate and time == "this" and year is not None and not goal and not named_goal:
        return kind, str(year)  # 一九八二年预计比上年增长5% in a report of December 1982: the year's estimate
    if named_goal or (goal and (not estimate or time == "this")) or time == "this":
        return "target", str(year) if year is not None else t
    if year is not None and target_year is None:
        return kind, str(year)  # the only year there is: 2012年全省生产总值增长…
    return kind, period


def _after_last_year_sentence(cues: Cues, text: str, s0: int) -> bool:
    """Whether the sentence before the one at s0 (same paragraph) opens with last year (过去一年, 去年)."""
    if s0 <= 0:
        return False
    start = max(text.rfind(c, 0, s0 - 1) for c in "。!;?") + 1
    while start < s0 and text[start] in " ,":
        start += 1
    return text.startswith(cues.words["last_year"], start)


# a year followed by 预计: that year's result as estimated (older reports: 一九八二年预计比上年增长百分之五)
_ESTIMATED_YEAR_RE = regex(r"((?:19|20)\d\d|[一九二〇○零三四五六七八]{4})年预计")
_NAMED_YEAR_RE = regex(r"((?:19|20)\d\d|[一九二〇○零三四五六七八]{4})年")


def _estimated_year(text: str, clause0: int, q0: int) -> int | None:
    """The year whose result the clause says is estimated (一九八二年预计…), else None."""
    if text.find("年预计", clause0, q0) < 0:  # a cheap screen
        return None
    last = None
    for last in _ESTIMATED_YEAR_RE.finditer(text, clause0, q0):  # noqa: B007 (the last one counts)
        pass
    return None if last is None else year_number(last.group(1))


def _result_year(text: str, clause0: int, q0: int) -> int | None:
    """The year named last before a figure that 实际 introduces (一九八一年计划为…，实际达到4.6%)."""
    if text.find("实际", max(clause0, q0 - 8), q0) < 0:  # a cheap screen
        return None
    last = None
    for last in _NAMED_YEAR_RE.finditer(text, clause0, q0):  # noqa: B007 (the last one counts)
        pass
    return None if last is None else year_number(last.group(1))


def _this_year_word(cues: Cues, text: str, s0: int, q0: int) -> bool:
    """The sentence's last time cue before the figure is 今年 (not a year written out)."""
    if text.find("今年", s0, q0) < 0 and text.find("本年", s0, q0) < 0:
        return False  # most sentences: no scan
    last = None
    for m in cues.time.finditer(text, s0, q0):
        if m.lastgroup != "not":
            last = m
    return last is not None and last.lastgroup == "this"


def year_named(cues: Cues, text: str, s0: int, q0: int, period: str | None) -> int | None:
    """Where the sentence names a single year as its last time cue before the figure (2011年,全省…;
    今年, 去年), else None: a figure of a multi-year paragraph that is that one year's."""
    if not (period and period.isdigit()):
        return None
    last = None
    for m in cues.time.finditer(text, s0, q0):
        if m.lastgroup != "not":
            last = m
    if last is None:
        return None
    return last.start() if last.lastgroup in ("this", "last") or last.group("year") == period else None


def _previous(period: str | None) -> str | None:
    return str(int(period) - 1) if period and period.isdigit() else period
