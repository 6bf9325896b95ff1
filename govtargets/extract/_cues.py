"""Cue-word patterns of the fact grammar, compiled once per lexicon; names written with a mirror site's
replacement marks (地区生?总值); and the sentence cues that say whether a figure is a target or an actual
(see reading())."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from govtargets.lexicon import Lexicon

if TYPE_CHECKING:
    from govtargets.extract._grammar import Context

__all__ = [
    "patterns",
    "fuzzy_hits",
    "MARK_RE",
    "GRAIN_ELLIPSIS_RE",
    "Cues",
    "CueError",
    "load_cues",
    "sentence_cues",
    "reading",
    "year_named",
]


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PATTERNS: dict[int, dict[str, Any]] = {}
# 、产量 / ,总产量 after a grain figure; and ? or * where a mirror site lost a character. Each begins with
# a character, not a lookbehind, so that the regex engine scans for it quickly
GRAIN_ELLIPSIS_RE = re.compile(r"总(?<=[、,]总)产量?|产(?<=[、,]产)量")
MARK_RE = re.compile(r"[?*�□■](?<=[\u4e00-\u9fff].)")
_FUZZY: dict[int, tuple[Lexicon, dict[str, str], int]] = {}


def _fuzzy(lex: Lexicon) -> tuple[dict[str, str], int]:
    """Names of four or more characters with any one of them written ? (地区生?总值 -> 地区生产总值), and the
    longest such name. Built on first need: most documents never need it."""
    if (f := _FUZZY.get(id(lex))) is not None and f[0] is lex:
        return f[1], f[2]
    variants: dict[str, str] = {}
    for name in lex.names:
        if len(name) >= 4 and not any(c.isascii() for c in name):
            for i in range(len(name)):
                variants.setdefault(name[:i] + "?" + name[i + 1 :], name)
    longest = max(map(len, variants), default=0)
    _FUZZY[id(lex)] = (lex, variants, longest)
    return variants, longest


def fuzzy_hits(lex: Lexicon, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Names around each replacement mark in text[start:end], the longest at each mark."""
    variants, longest = _fuzzy(lex)
    hits = []
    for m in MARK_RE.finditer(text, start, end):
        p = m.start()
        best = None
        for length in range(min(longest, end - start), 3, -1):
            for a in range(max(start, p - length + 1), min(p, end - length) + 1):
                key = text[a:p] + "?" + text[p + 1 : a + length]
                if key in variants:
                    best = (a, a + length, variants[key])
                    break
            if best:
                break
        if best:
            hits.append(best)
    return hits


def patterns(lex: Lexicon) -> dict[str, Any]:
    """The lexicon's cue-word patterns, compiled once per lexicon."""
    if (p := _PATTERNS.get(id(lex))) is not None and p["lex"] is lex:
        return p
    w = lex.words
    cue = {
        **{x: "up" for x in w["growth_up"]},
        **{x: "down" for x in w["growth_down"]},
        **{x: "level" for x in w["level_verbs"]},
    }
    link = (
        w["linking"]
        + w["growth_up"]
        + w["growth_down"]
        + w["level_verbs"]
        + (
            "约",
            "近",
            "超过",
            "不低于",
            "不少于",
            "不高于",
            "不超过",
            "低于",
            "左右",
            "以上",
            "以内",
            "现价",
            "按现价计算",
            "总额为",
            "达到了",
            "到",
        )
    )
    p = {
        "lex": lex,
        "left": re.compile(f"(?:{_alternation(w['region_prefixes'] + w['left_context'])})$"),
        "cue_words": cue,
        "cue": re.compile(_alternation(tuple(cue))),
        "link": re.compile(_alternation(link)),
        "multi": re.compile(_alternation(w["multi_year"])),
        "avg": re.compile(_alternation(w["avg_growth"])),
        "progress": re.compile(_alternation(w["progress_markers"])),
        "target": re.compile(r"确保|力争|争取|预期目标|目标是|目标为|计划|全年目标"),
        "future_year": re.compile(r"到(\d{4})年"),
        "estimate": re.compile(r"预计|初步核算|初步统计"),
        # 由5.5%下降至5.3%, 从上半年的5.5%降到5.3%: the figure left behind is not the one reached
        "from": re.compile(r"[从由](?:\d{4}年|上年|去年|年初|上半年|一季度|前三季度)?(?:的|底|末)?$"),
        "to": re.compile(
            r"(?:增长|增加|提高|提升|扩大|跃升|攀升|上升|突破|达|增)(?:到|至)(?:(\d{4})年(?:的|底|末)?)?$"
        ),
    }
    _PATTERNS[id(lex)] = p
    return p


# --- target or actual: the sentence's own cues, with the section as a prior ---------------------------------

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
    time = (
        f"(?P<not>{_alternation(words['not_time'])})|(?P<this>{_alternation(words['this_year'])})"
        f"|(?P<last>{_alternation(words['last_year'])})|{_YEAR}"
    )
    return Cues(
        words=words,
        target=re.compile(_alternation(words["target"])),
        target_after=re.compile(f"(?:左右|以上|以内|上下)?(?:{_alternation(words['target_after'])})"),
        time=re.compile(time),
        estimate=re.compile(_alternation(words["estimate"])),
    )


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The package's cues.yaml, validated and compiled once."""
    path = resources.files("govtargets.lexicon") / "data" / "cues.yaml"
    with path.open("rb") as fh:
        return sentence_cues(yaml.safe_load(fh))


def _time_cue(
    cues: Cues, text: str, s0: int, q0: int, target_year: int | None
) -> tuple[str | None, int | None]:
    """The last time cue before the figure: ('this' | 'last' | None, the year it names)."""
    cue: tuple[str | None, int | None] = (None, None)
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
    cues: Cues, text: str, s0: int, clause0: int, q0: int, q1: int, ctx: Context
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
        return kind, period
    estimate = cues.estimate.search(text, s0, q0) is not None
    named_goal = cues.target_after.match(text, q1) is not None
    if ctx.section in ("review", "review_multi") or ctx.midyear:
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
    if named_goal or (goal and (not estimate or time == "this")) or time == "this":
        return "target", str(year) if year is not None else t
    if year is not None and target_year is None:
        return kind, str(year)  # the only year there is: 2012年全省生产总值增长…
    return kind, period


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
