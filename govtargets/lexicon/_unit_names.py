"""The names of units (牵头单位, 责任单位): when two ways of writing are one unit, and lists of them split
without cutting a collective name in two.

The rules are data (data/unit_names.yaml, validated on load); the unit directory of the store resolves names
by them, and its migration 0007_unit_directory merged the existing names by them.

>>> rules = load_unit_names()
>>> {unit_key(n, rules) for n in ("市发改委", "市发展改革委", "市发展和改革委员会", "市發展和改革委員會")}
{'市发展和改革委员会'}
>>> unit_key("杭州市", rules) == unit_key("杭州市人民政府", rules) == unit_key("杭州市政府", rules)
True
>>> split_unit_names("省发展改革委、有关市、县（市、区）人民政府", rules)
('省发展改革委', '有关市、县（市、区）人民政府')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from govtargets.lexicon._data import DATA_DIR
from govtargets.text import load_yaml, regex, to_halfwidth, to_simplified

__all__ = [
    "UnitNames",
    "UnitNamesError",
    "build_unit_names",
    "load_unit_names",
    "unit_key",
    "parent_key",
    "is_collective",
    "join_compounds",
    "split_unit_names",
]

_OPEN, _CLOSE = "（(【[", "）)】]"
_SEPARATORS = "、，,；;"
_SPACE_RE = regex(r"\s+")


class UnitNamesError(ValueError):
    """unit_names.yaml breaks a rule: the message names the entry."""


@dataclass(frozen=True, slots=True)
class UnitNames:
    """The rules of unit_names.yaml, checked."""

    bodies: dict[str, str]  # any way a department is written → its full form
    forms: tuple[str, ...]  # the keys of `bodies`, longest first (the first that ends a name wins)
    governments: tuple[str, ...]  # 人民政府, 政府: the full form first
    places: str  # the characters that end a place's name
    collective: tuple[str, ...]  # 各, 有关 …
    joinable_ends: tuple[str, ...]
    level_only_re: re.Pattern[str]  # a piece that is only a (collective) level: 有关市, 各州
    place_re: re.Pattern[str]  # a name that is only a place: 杭州市, 青溪县


def _words(data: dict[str, Any], key: str) -> list[str]:
    v = data.get(key)
    if not isinstance(v, list) or not v or not all(isinstance(w, str) and w.strip() == w and w for w in v):
        raise UnitNamesError(f"unit_names.yaml: {key} must be a non-empty list of words")
    return v


def build_unit_names(data: Any) -> UnitNames:
    """The rules from the parsed YAML; raises UnitNamesError on a form given twice or a malformed entry."""
    if not isinstance(data, dict):
        raise UnitNamesError("unit_names.yaml: a mapping of bodies, governments, places, collective")
    bodies: dict[str, str] = {}
    lines = data.get("bodies")
    if not isinstance(lines, list) or not lines:
        raise UnitNamesError("unit_names.yaml: bodies must be a non-empty list of lines")
    for n, line in enumerate(lines, 1):
        if not isinstance(line, list) or not line or not all(isinstance(w, str) and w for w in line):
            raise UnitNamesError(f"unit_names.yaml: bodies line {n} must be a list of names")
        for form in line:
            if form in bodies:
                raise UnitNamesError(f"unit_names.yaml: {form} is in two bodies lines (line {n})")
            bodies[form] = line[0]
    places = "".join(_words(data, "places"))
    if any(len(p) != 1 for p in _words(data, "places")):
        raise UnitNamesError("unit_names.yaml: places must be single characters")
    collective = tuple(_words(data, "collective"))
    level = f"[{re.escape(places)}]"
    level_only_re = regex(
        rf"""(?:{"|".join(map(re.escape, collective))})?  # 各 / 有关 (optional)
             {level}{{1,2}}                               # 市, 州, 市州""",
        re.VERBOSE,
    )
    place_re = regex(
        rf"""(?!{"|".join(map(re.escape, collective))})  # not 各县, 有关市
             [\u4e00-\u9fff]{{1,10}}{level}              # 杭州市, 青溪县, 西湖区""",
        re.VERBOSE,
    )
    return UnitNames(
        bodies=bodies,
        forms=tuple(sorted(bodies, key=len, reverse=True)),
        governments=tuple(_words(data, "governments")),
        places=places,
        collective=collective,
        joinable_ends=tuple(sorted(_words(data, "joinable_ends"), key=len, reverse=True)),
        level_only_re=level_only_re,
        place_re=place_re,
    )


@lru_cache(maxsize=1)
def load_unit_names() -> UnitNames:
    """The rules of govtargets/lexicon/data/unit_names.yaml (read once)."""
    return build_unit_names(load_yaml(DATA_DIR / "unit_names.yaml"))


def _plain(name: str) -> str:
    """Simplified script, half-width brackets and punctuation, no spaces."""
    return _SPACE_RE.sub("", to_halfwidth(to_simplified(name))).replace("、", ",")


def is_collective(name: str, rules: UnitNames | None = None) -> bool:
    """Whether the name stands for many units (各县（市、区）人民政府, 有关单位).

    >>> [is_collective(n) for n in ("各县（市、区）人民政府", "有关市、县人民政府", "县财政局")]
    [True, True, False]
    """
    rules = rules or load_unit_names()
    return name.startswith(rules.collective)


def _body(s: str, rules: UnitNames) -> tuple[str, str] | None:
    """(place, full department form) when the name ends with a known department."""
    for form in rules.forms:
        if s.endswith(form):
            return s[: -len(form)], rules.bodies[form]
    return None


def unit_key(name: str, rules: UnitNames | None = None) -> str:
    """The name as the directory compares it: two names with one key are one unit.

    >>> unit_key("县住房城乡建设局")
    '县住房和城乡建设局'
    >>> unit_key("区卫生健康委员会") == unit_key("区卫健委"), unit_key("县统计局") == unit_key("县财政局")
    (True, False)
    >>> unit_key("各县（市、区）人民政府") == unit_key("各县(市,区)政府")
    True
    """
    rules = rules or load_unit_names()
    s = _plain(name)
    found = _body(s, rules)
    if found is not None:
        return found[0] + found[1]
    if s.endswith("委员会") and not s.endswith(rules.joinable_ends):
        s = s[: -len("委员会")] + "委"
    for g in rules.governments:
        if s.endswith(g):
            return s[: -len(g)] + rules.governments[-1]
    if rules.place_re.fullmatch(s):
        return s + rules.governments[-1]
    return s


def parent_key(name: str, rules: UnitNames | None = None) -> str | None:
    """The key of the government a department belongs to (市发改委 → 市人民政府's key), or None when the
    name is no known department of a place.

    >>> parent_key("杭州市发改委") == unit_key("杭州市人民政府")
    True
    >>> parent_key("县住建局") == unit_key("县人民政府")
    True
    >>> parent_key("市人民政府") is None, parent_key("省委人才办") is None
    (True, True)
    """
    rules = rules or load_unit_names()
    found = _body(_plain(name), rules)
    if found is None or not found[0] or found[0][-1] not in rules.places:
        return None
    if found[0].startswith(rules.collective):
        return None
    return found[0] + rules.governments[-1]


def _joins(before: str, after: str, rules: UnitNames) -> bool:
    """Whether two pieces split at 、 are one collective name: 有关市 + 县（市、区）人民政府."""
    return (
        bool(rules.level_only_re.fullmatch(before))
        and after[:1] in rules.places
        and after.endswith(rules.joinable_ends)
    )


def join_compounds(pieces: list[str], rules: UnitNames | None = None) -> list[str]:
    """Pieces of a list put back together where a collective level was cut off its government.

    >>> join_compounds(["市财政局", "有关市", "县（市、区）人民政府"])
    ['市财政局', '有关市、县（市、区）人民政府']
    >>> join_compounds(["各市", "县人民政府", "市", "县政府"])
    ['各市、县人民政府', '市、县政府']
    >>> join_compounds(["有关部门", "市政府"])
    ['有关部门', '市政府']
    """
    rules = rules or load_unit_names()
    out: list[str] = []
    for p in pieces:
        if out and _joins(out[-1], p, rules):
            out[-1] += "、" + p
        else:
            out.append(p)
    return out


def split_unit_names(text: str, rules: UnitNames | None = None) -> tuple[str, ...]:
    """Unit names in a cell or a form field, split at 、，,；; and spaces outside brackets, each once, a
    collective name kept whole.

    >>> split_unit_names(" 县统计局，县经信局；县统计局 ")
    ('县统计局', '县经信局')
    >>> split_unit_names("各县（市、区）人民政府、市住建局")
    ('各县（市、区）人民政府', '市住建局')
    """
    pieces: list[str] = []
    current: list[str] = []
    depth = 0
    for c in text:
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and (c in _SEPARATORS or c.isspace()):
            pieces.append("".join(current))
            current = []
            continue
        current.append(c)
    pieces.append("".join(current))
    names = join_compounds([p.strip() for p in pieces if p.strip()], rules)
    return tuple(dict.fromkeys(names))
