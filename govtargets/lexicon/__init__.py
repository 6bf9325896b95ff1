"""The indicator lexicon: ids, names and cue words, as YAML data validated on load.

>>> lex = load_lexicon()
>>> lex.lookup("区内生产总值")
Name(ids=('gdp',), growth=False)
>>> lex.lookup("经济增长")
Name(ids=('gdp',), growth=True)
>>> lex.lookup("城乡居民收入").ids
('urban_income', 'rural_income')

A short name (固投, 外资) stands for its indicator only as a whole word:
>>> [m.group() for m in lex.name_re.finditer("外资增长5%，外资企业12家，固投增长8%")]
['外资', '外资企', '固投']
>>> lex.lookup("外资企") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from govtargets.lexicon._data import DATA_DIR
from govtargets.lexicon._unit_names import (
    UnitNames,
    UnitNamesError,
    build_unit_names,
    is_collective,
    join_compounds,
    load_unit_names,
    parent_key,
    split_unit_names,
    unit_key,
)
from govtargets.lexicon._units import Units, UnitsError, build_units, load_units
from govtargets.text import load_yaml, regex

__all__ = [
    "DATA_DIR",
    "Lexicon",
    "Indicator",
    "Name",
    "LexiconError",
    "load_lexicon",
    "KINDS",
    "Units",
    "UnitsError",
    "build_units",
    "load_units",
    "UnitNames",
    "UnitNamesError",
    "build_unit_names",
    "is_collective",
    "join_compounds",
    "load_unit_names",
    "parent_key",
    "split_unit_names",
    "unit_key",
]

KINDS = {
    # kind -> base units a level of it may carry
    "money": frozenset({"元", "美元"}),
    "people": frozenset({"人", "个", "人次"}),
    "rate": frozenset({"%"}),  # ‰ converts to % (units.yaml)
    "grain": frozenset({"吨"}),
    "index": frozenset(),
}
_WORD_LISTS = (
    "growth_up",
    "growth_down",
    "level_verbs",
    "linking",
    "region_prefixes",
    "left_context",
    "multi_year",
    "avg_growth",
    "other_scope",
    "target_markers",
    "result_markers",
    "progress_markers",
)


_FULLWIDTH = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}
# matched by the name pattern only to screen a paragraph in (no indicator of their own): the owners of a name
# a sentence leaves out (规模以上工业企业达2.2万家、增加值增长6%: extract/_mentions.py puts the name back)
SCREEN_ONLY = ("规模以上工业企业", "规上工业企业", "规模工业企业")

# Characters that may follow a short name (固投, 社零, 外资, 进出口) without making it part of a longer word:
# cue words (增长, 下降, 同比, 完成, 达到, 占, 低于, 快于, 滞后 …), coordination (、和及与等), counts
# (3个指标, 两项), the words of progress statements (进度, 目标, 情况) and 贸易, 规模, 量. Any other character
# (外资企业, 进出口银行, 规上工业企业) makes it part of a longer word, and the name does not match there.
_SHORT_FOLLOW = (
    "增下降减同比较完实达为分均额总等和及与指两一二三四五六七八九十个项预累占超高低快慢滞落未没尚已仍也都"
    "在由从回上突居排位的情进序任目计年月季共保稳持只仅贸规量"
)


class LexiconError(ValueError):
    """The lexicon data is inconsistent (duplicate id or name, unknown kind or key)."""


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    kind: str
    names: tuple[str, ...]
    growth_names: tuple[str, ...]
    better: str = "higher"  # lower: the target is a ceiling (CPI, unemployment, energy use)

    @property
    def level_units(self) -> frozenset[str]:
        return KINDS[self.kind]


@dataclass(frozen=True, slots=True)
class Name:
    """What a name in the text stands for."""

    ids: tuple[str, ...]  # one id, or two for a pair name (城乡居民收入)
    growth: bool  # the name itself says "growth of" (经济增长)


@dataclass(frozen=True)
class Lexicon:
    indicators: dict[str, Indicator]
    names: dict[str, Name]
    words: dict[str, tuple[str, ...]]
    name_re: re.Pattern[str]
    national_names: dict[str, Name] = field(default_factory=dict)  # names only a national report uses

    def lookup(self, name: str) -> Name | None:
        return self.names.get(name)

    def kind_of(self, metric: str) -> str:
        return self.indicators[metric].kind


def _load_yaml(path: Path | Any) -> Any:
    return load_yaml(path)


def _check_keys(entry: Any, allowed: set[str], required: set[str], where: str) -> None:
    if not isinstance(entry, dict):
        raise LexiconError(f"{where}: expected a mapping, got {entry!r}")
    unknown = set(entry) - allowed
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {sorted(unknown)}")
    missing = required - set(entry)
    if missing:
        raise LexiconError(f"{where}: missing key(s) {sorted(missing)}")


_ALTERNATIVES_RE = regex(r"\{([^{}]*)\}")


def expand_name(name: Any) -> list[Any]:
    """The names a name with {a|b|} alternatives stands for (a long family of names in one line).

    >>> expand_name("{全社会|}研发经费{支出|投入}")
    ['全社会研发经费支出', '全社会研发经费投入', '研发经费支出', '研发经费投入']
    >>> expand_name("生产总值")
    ['生产总值']
    """
    if not isinstance(name, str) or "{" not in name:
        return [name]
    m = _ALTERNATIVES_RE.search(name)
    if m is None:
        raise LexiconError(f"unbalanced braces in name {name!r}")
    return [
        n for alt in m.group(1).split("|") for n in expand_name(name[: m.start()] + alt + name[m.end() :])
    ]


def _names(values: Any) -> tuple[Any, ...]:
    return tuple(n for v in values or () for n in expand_name(v))


def build_lexicon(indicators: list[Any], pairs: list[Any], words: dict[str, Any]) -> Lexicon:
    """Validate raw YAML data and build a lexicon; raises LexiconError on any inconsistency."""
    inds: dict[str, Indicator] = {}
    names: dict[str, Name] = {}
    national: dict[str, Name] = {}
    short: set[str] = set()

    def add_name(name: Any, value: Name, where: str) -> None:
        if not isinstance(name, str) or not name.strip():
            raise LexiconError(f"{where}: bad name {name!r}")
        if name in names:
            raise LexiconError(f"{where}: duplicate name {name!r} (already {names[name].ids})")
        names[name] = value

    for i, e in enumerate(indicators):
        where = f"indicators.yaml entry {i}"
        if isinstance(e, dict) and "short" in e:  # short names of an indicator given above
            _check_keys(e, {"short", "names"}, {"short", "names"}, where)
            if e["short"] not in inds:
                raise LexiconError(f"{where}: short names of an unknown id {e['short']!r}")
            for n in e["names"]:
                add_name(n, Name((e["short"],), False), f"{where} ({e['short']})")
                short.add(n)
            continue
        _check_keys(
            e,
            {"id", "kind", "names", "growth_names", "national_names", "better"},
            {"id", "kind", "names"},
            where,
        )
        if e.get("better", "higher") not in ("higher", "lower"):
            raise LexiconError(f"{where}: better must be higher or lower, not {e['better']!r}")
        if e["id"] in inds:
            raise LexiconError(f"{where}: duplicate id {e['id']!r}")
        if e["kind"] not in KINDS:
            raise LexiconError(f"{where}: unknown kind {e['kind']!r} (one of {sorted(KINDS)})")
        ind = Indicator(
            e["id"],
            e["kind"],
            _names(e["names"]),
            _names(e.get("growth_names")),
            e.get("better", "higher"),
        )
        inds[ind.id] = ind
        for n in ind.names:
            add_name(n, Name((ind.id,), False), f"{where} ({ind.id})")
        for n in ind.growth_names:
            add_name(n, Name((ind.id,), True), f"{where} ({ind.id})")
        for n in _names(e.get("national_names")):
            if n in names or n in national:
                raise LexiconError(f"{where}: duplicate name {n!r}")
            national[n] = Name((ind.id,), False)
    for i, e in enumerate(pairs):
        where = f"pairs.yaml entry {i}"
        _check_keys(e, {"names", "ids"}, {"names", "ids"}, where)
        for id_ in e["ids"]:
            if id_ not in inds:
                raise LexiconError(f"{where}: unknown id {id_!r}")
        for n in e["names"]:
            add_name(n, Name(tuple(e["ids"]), False), where)
    _check_keys(words, set(_WORD_LISTS), set(_WORD_LISTS), "words.yaml")
    # longest first, then by code point: the same order (and compiled patterns) in every process
    wl = {k: tuple(sorted(set(map(str, v)), key=lambda w: (-len(w), w))) for k, v in words.items()}
    # full-width Latin names (ＧＤＰ): a raw, unnormalised paragraph is screened with the same pattern
    fullwidth = {n.translate(_FULLWIDTH) for n in names if not n.isascii()} | {
        n.translate(_FULLWIDTH) for n in names if n.isascii()
    }
    name_re = regex(_names_pattern((set(names) | fullwidth | set(SCREEN_ONLY)) - short, short))
    return Lexicon(inds, names, wl, name_re, national)


def _names_pattern(names: set[str], short: set[str]) -> str:
    """Any name, longest first; a short name only as a whole word. A short name inside a longer word
    (外资企业) is consumed with the character after it, which no name is, so that nothing inside it (资企)
    matches either; the grammar skips a match that is no name. One trie for both keeps the regex engine's
    fast scan for the first characters.
    """
    # a follow character stays outside the match; any other CJK character is consumed; else nothing (one CJK
    # class, not two: a class of 21,000 characters costs a millisecond to compile, and it is written per name)
    guard = f"(?:(?=[{_SHORT_FOLLOW}])|[\u4e00-\u9fff])?"
    return trie_pattern(names | short, guarded=short, guard=guard)


def trie_pattern(words: Iterable[str], *, guarded: Iterable[str] = (), guard: str = "") -> str:
    """A regex matching any of `words`, longest first, as a trie (much faster than a flat alternation).
    A word in `guarded` ends with the alternatives `guard` instead of simply ending.

    >>> trie_pattern(["生产总值", "生产总值增速", "GDP"])
    '(?:GDP|生产总值(?:增速)?)'
    >>> re.findall(trie_pattern(["进出口", "出口"]), "进出口和出口")
    ['进出口', '出口']
    >>> trie_pattern(["外资", "外资到位"], guarded=["外资"], guard="(?!企)")
    '外资(?:到位|(?!企))'
    """
    trie: dict[str, Any] = {}
    marked = set(guarded)
    for w in set(words) | marked:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node["\x00" if w in marked else ""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(c) + build(node[c]) for c in sorted(k for k in node if k and k != "\x00")]
        if "\x00" in node:
            return "(?:" + "|".join([*alts, guard]) + ")"
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return body

    return build(trie)


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Load the lexicon from `directory` (default: the package's own data)."""
    base: Any = Path(directory) if directory else DATA_DIR
    return build_lexicon(
        _load_yaml(base / "indicators.yaml") or [],
        _load_yaml(base / "pairs.yaml") or [],
        _load_yaml(base / "words.yaml") or {},
    )
