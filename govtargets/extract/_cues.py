"""Cue-word patterns of the fact grammar, compiled once per lexicon, and names written with a mirror
site's replacement marks (地区生?总值)."""

from __future__ import annotations

import re
from typing import Any

from govtargets.lexicon import Lexicon
from govtargets.text import regex

__all__ = ["patterns", "fuzzy_hits", "MARK_RE", "GRAIN_ELLIPSIS_RE"]


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PATTERNS: dict[int, dict[str, Any]] = {}
# 、产量 / ,总产量 after a grain figure; and ? or * where a mirror site lost a character. Each begins with
# a character, not a lookbehind, so that the regex engine scans for it quickly
# (,2012年产量: the year's output of the grain named before)
GRAIN_ELLIPSIS_RE = regex(r"总(?<=[、,]总)产量?|产(?<=[、,]产)量|产(?<=[、,]\d\d\d\d年产)量")
MARK_RE = regex(r"[?*�□■](?<=[\u4e00-\u9fff].)")
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
        "left": regex(f"(?:{_alternation(w['region_prefixes'] + w['left_context'])})$"),
        "cue_words": cue,
        "cue": regex(_alternation(tuple(cue))),
        "link": regex(_alternation(link)),
        "multi": regex(_alternation(w["multi_year"])),
        "avg": regex(_alternation(w["avg_growth"])),
        "progress": regex(_alternation(w["progress_markers"])),
        "target": regex(r"确保|力争|争取|预期目标|目标是|目标为|计划|全年目标"),
        "future_year": regex(r"到(\d{4})年"),
        "estimate": regex(r"预计|初步核算|初步统计"),
        # 由5.5%下降至5.3%, 从上半年的5.5%降到5.3%: the figure left behind is not the one reached
        "from": regex(r"[从由](?:\d{4}年|上年|去年|年初|上半年|一季度|前三季度)?(?:的|底|末)?$"),
        "to": regex(
            r"(?:增长|增加|提高|提升|扩大|跃升|攀升|上升|突破|达|增)(?:到|至)(?:(\d{4})年(?:的|底|末)?)?$"
        ),
    }
    _PATTERNS[id(lex)] = p
    return p
