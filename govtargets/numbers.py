"""Chinese and Arabic numbers, multipliers, units, ranges and qualifiers.

Pure functions over normalised text (half-width digits and punctuation, simplified script).
The quantity grammar is one verbose regex; everything else is small helpers around it.

>>> q = next(find_quantities("实现地区生产总值54.17亿元,同比增长8.9%"))
>>> q.value, q.unit, q.base_value, q.base_unit
(Decimal('54.17'), '亿元', Decimal('5417000000'), '元')
>>> [str(q.value) + q.unit for q in find_quantities("分别增长9.4%和11.1%")]
['9.4%', '11.1%']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from govtargets._model import slots_twin
from govtargets.lexicon import load_units
from govtargets.text import regex

__all__ = [
    "Quantity",
    "find_quantities",
    "parse_number",
    "parse_chinese_numeral",
    "split_unit",
    "to_base",
    "qualifier_of",
]

# --- Chinese numerals -------------------------------------------------------------------------

_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS) + "点"


def parse_chinese_numeral(s: str) -> Decimal | None:
    """Value of a Chinese numeral; None if `s` is not one.

    >>> parse_chinese_numeral("一千二百万")
    Decimal('12000000')
    >>> parse_chinese_numeral("两")
    Decimal('2')
    >>> parse_chinese_numeral("二〇一四")
    Decimal('2014')
    >>> parse_chinese_numeral("十五")
    Decimal('15')
    >>> parse_chinese_numeral("三分之一").quantize(Decimal("0.0001"))
    Decimal('0.3333')
    >>> parse_chinese_numeral("五十四点一七亿")
    Decimal('5417000000')
    >>> parse_chinese_numeral("一百零五")
    Decimal('105')
    >>> parse_chinese_numeral("进步") is None
    True
    """
    if not s:
        return None
    if "分之" in s:
        den, _, num = s.partition("分之")
        d, n = parse_chinese_numeral(den), parse_chinese_numeral(num)
        if d is None or n is None or d == 0:
            return None
        return n / d
    if "点" in s:
        int_part, _, frac = s.partition("点")
        # the fraction runs until a big unit: 五十四点一七亿
        mult = Decimal(1)
        while frac and frac[-1] in _BIG_UNITS:
            mult *= _BIG_UNITS[frac[-1]]
            frac = frac[:-1]
        if not frac or any(c not in _DIGITS for c in frac):
            return None
        i = parse_chinese_numeral(int_part) if int_part else Decimal(0)
        if i is None:
            return None
        return _clean((i + Decimal("0." + "".join(str(_DIGITS[c]) for c in frac))) * mult)
    if any(c not in _DIGITS and c not in _SMALL_UNITS and c not in _BIG_UNITS for c in s):
        return None
    if all(c in _DIGITS for c in s):  # digit by digit: 二〇一四
        return Decimal("".join(str(_DIGITS[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[c]
            digit = None
        else:  # 万 / 亿
            section += digit or 0
            if section == 0 and total == 0:
                section = 1
            big = _BIG_UNITS[c]
            if big > 10_000 or total == 0:
                total = (total + section) * big
            else:  # 万 after 亿: 一亿二千万
                total += section * big
            section, digit = 0, None
    return Decimal(total + section + (digit or 0))


def parse_number(s: str) -> Decimal | None:
    """Value of an Arabic or Chinese number, with 万/亿 multipliers and fractions.

    >>> parse_number("54.17")
    Decimal('54.17')
    >>> parse_number("1,200")
    Decimal('1200')
    >>> parse_number("2.8万")
    Decimal('28000.0')
    >>> parse_number("1/3").quantize(Decimal("0.001"))
    Decimal('0.333')
    >>> parse_number("三分之一") == parse_number("1/3")
    True
    >>> parse_number("百分之十五")
    Decimal('15')
    >>> parse_number("abc") is None
    True
    """
    s = s.strip().replace("·", ".").replace("・", ".")
    if s.startswith("百分之"):
        return parse_chinese_numeral(s[3:]) or parse_number(s[3:])
    if "/" in s:
        n, _, d = s.partition("/")
        nv, dv = parse_number(n), parse_number(d)
        if nv is None or dv is None or dv == 0:
            return None
        return nv / dv
    mult = Decimal(1)
    while s and s[-1] in _BIG_UNITS and not all(c in CN_NUMERAL_CHARS for c in s):
        mult *= _BIG_UNITS[s[-1]]
        s = s[:-1]
    try:
        return Decimal(s.replace(",", "")) * mult
    except InvalidOperation:
        v = parse_chinese_numeral(s)
        return None if v is None else v * mult


# --- units ----------------------------------------------------------------------------------------

# units, multipliers and qualifier words: data in govtargets/lexicon/data/units.yaml, validated on load
_UNITS = load_units()
# multiplier prefixes of a unit as written (longest first)
_MULTIPLIERS: list[tuple[str, Decimal]] = list(_UNITS.multipliers)
# unit as written (without multiplier) -> (base unit, factor)
BASE_UNITS: dict[str, tuple[str, Decimal]] = dict(_UNITS.units)


def split_unit(unit: str) -> tuple[Decimal, str]:
    """Split a unit as written into its multiplier and the bare unit.

    >>> split_unit("亿元")
    (Decimal('1E+8'), '元')
    >>> split_unit("万亿斤")
    (Decimal('1E+12'), '斤')
    >>> split_unit("%")
    (Decimal('1'), '%')
    """
    for prefix, factor in _MULTIPLIERS:
        if unit.startswith(prefix) and unit[len(prefix) :] in BASE_UNITS:
            return factor, unit[len(prefix) :]
    return Decimal(1), unit


def to_base(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """The value in its base unit: money in 元 or 美元, people in 人, grain in 吨.

    >>> to_base(Decimal("54.17"), "亿元")
    (Decimal('5417000000'), '元')
    >>> to_base(Decimal("1.3"), "万亿斤")
    (Decimal('650000000'), '吨')
    >>> to_base(Decimal("3.4"), "万人次")
    (Decimal('34000'), '人次')
    >>> to_base(Decimal("2.8"), "亿美元")
    (Decimal('280000000'), '美元')
    """
    mult, bare = split_unit(unit)
    base, factor = BASE_UNITS.get(bare, (bare, Decimal(1)))
    return _clean(value * mult * factor), base


def _clean(d: Decimal) -> Decimal:
    """Drop exponent noise: 5.417E+9 -> 5417000000, 2.50 -> 2.5."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


# --- the quantity grammar ---------------------------------------------------------------------------

_UNIT_WORDS = sorted(BASE_UNITS, key=len, reverse=True)
_MULT_WORDS = [m for m, _ in _MULTIPLIERS]


def _multiplier(m: str) -> str:
    """A multiplier, not the first character of a unit that begins with it: 12千瓦 is 12 of 千瓦 (12万千瓦 is
    12万 of 千瓦)."""
    rests = [u[len(m) :] for u in _UNIT_WORDS if u.startswith(m)]
    return re.escape(m) + (f"(?!{'|'.join(map(re.escape, rests))})" if rests else "")


_PRE_WORDS = "|".join(map(re.escape, _UNITS.before))  # 约|接近|近|超过 …, in the data's order
_POST_WORDS = "|".join(map(re.escape, _UNITS.after))  # 左右|以上|以内 …
_APPROX = "|".join(map(re.escape, _UNITS.approx))  # 余|多

_NUM = r"""(?:\d+(?:,\d{3})*(?:[.·・]\d+)?|\d*\.\d+)"""  # 19·5%: a middle dot as the point in older print
_CN = r"""(?:(?:[零〇○一二两三四五六七八九]|十)[零〇○一二两三四五六七八九十百千万]*
           (?:亿[零〇○一二两三四五六七八九十百千]+万?)?  # 四亿二千万吨, 三亿零五百万吨 (not 一千亿元)
           (?:点[零〇一二三四五六七八九]+)?)"""

QUANTITY_RE = regex(
    rf"""
    (?P<pre>{_PRE_WORDS})?                               # qualifier before: 约, 超过, 不低于 …
    (?P<pct_cn>百分之)?                                  # 百分之十五
    (?P<n1>{_NUM}|(?<=百分之){_CN}|{_CN}(?=[多余]?[万亿千百十]*(?:{"|".join(map(re.escape, _UNIT_WORDS))})))
    (?:(?P<frac>/\d+))?                                  # 1/3
    (?P<approx1>{_APPROX})?
    (?P<u1>%|个百分点)?                                  # 6.0%—6.5%: unit on the first bound
    (?:
      (?P<sep>—{{1,2}}|-|–|~|～|至于|至|到)               # a range: 6.0%—6.5%, 4.5%至5%, 2-3家, 6%至於6.5%
      (?P<n2>{_NUM}|{_CN}(?=[万亿千百十]*(?:{"|".join(map(re.escape, _UNIT_WORDS))}))
        |(?(pct_cn)(?:百分之)?{_CN}|(?!)))                # 百分之八至九, 百分之七到百分之八
    )?
    (?P<approx2>{_APPROX})?
    (?P<mult>{"|".join(map(_multiplier, _MULT_WORDS))})?
    (?P<approx3>{_APPROX})?
    (?P<unit>{"|".join(map(re.escape, _UNIT_WORDS))})?
    (?P<post>{_POST_WORDS})?                             # qualifier after: 左右, 以上, 以内 …
    """,
    re.VERBOSE,
)

# the first character of every match of QUANTITY_RE: of a qualifier word before (约, 超过, 不低于 …), of
# 百分之, or of the number (a digit, a point, a Chinese numeral); tests/test_numbers.py checks it
_QUALIFIER_STARTS = "".join(dict.fromkeys(re.escape(w[0]) for w in _UNITS.before))  # 约接近超突不低高达逾
_START_RE = regex(f"[{_QUALIFIER_STARTS}" + r"百\d.零〇○一二两三四五六七八九十]")

_PRE_QUALIFIER = {w: q for w, q in _UNITS.before.items() if q != "exact"}  # 达到: no qualifier
_POST_QUALIFIER = dict(_UNITS.after)


def qualifier_of(pre: str | None, post: str | None, is_range: bool) -> str:
    """The qualifier of a quantity from the words around it.

    >>> qualifier_of(None, "左右", False)
    'about'
    >>> qualifier_of("不低于", None, False)
    'at_least'
    >>> qualifier_of(None, None, True)
    'range'
    >>> qualifier_of(None, None, False)
    'exact'
    """
    if is_range:
        return "range"
    if post in _POST_QUALIFIER:
        return _POST_QUALIFIER[post]
    if pre in _PRE_QUALIFIER:
        return _PRE_QUALIFIER[pre]
    return "exact"


@lru_cache(maxsize=512)
def _unit_info(unit: str) -> tuple[Decimal, str]:
    """(factor to the base unit, base unit) of a unit as written."""
    mult, bare = split_unit(unit)
    base, factor = BASE_UNITS.get(bare, (bare, Decimal(1)))
    return mult * factor, base


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit and qualifier, as found in normalised text."""

    value: Decimal  # the number as written (the lower bound of a range)
    low: Decimal
    high: Decimal
    unit: str  # as written, multiplier included: 亿元, 万人, %, 个百分点
    base_unit: str  # 元, 美元, 人, 吨, %, 百分点 …
    qualifier: str  # exact | about | at_least | at_most | range
    approx: bool  # 余 / 多: "more than", as written
    span: tuple[int, int]  # number start (after any qualifier word before it) .. end
    full_span: tuple[int, int]  # including the qualifier words
    pre: str | None  # qualifier word before, as written
    post: str | None  # qualifier word after, as written

    @property
    def base_value(self) -> Decimal:
        return _in_base(self.value, self.unit)

    @property
    def base_low(self) -> Decimal:
        return _in_base(self.low, self.unit)

    @property
    def base_high(self) -> Decimal:
        return _in_base(self.high, self.unit)


@lru_cache(maxsize=4096)
def _in_base(value: Decimal, unit: str) -> Decimal:
    """A value in a unit as written, in the base unit (cleaned). Equal values give the same cleaned
    Decimal (_clean is canonical), so a value cached under an equal one is the right answer."""
    return _clean(value * _unit_info(unit)[0])


# Quantity(*values), the fields in order, three times faster than its frozen __init__ (_model.slots_twin)
_new_quantity = slots_twin(Quantity)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Every quantity in `text[start:end]` that carries a unit (bare numbers are skipped).

    >>> [(str(q.low), str(q.high), q.unit, q.qualifier) for q in find_quantities("增长6.0%—6.5%")]
    [('6.0', '6.5', '%', 'range')]
    >>> [(str(q.low), str(q.high), q.qualifier) for q in find_quantities("增长4.5%至5%")]
    [('4.5', '5', 'range')]
    >>> [(str(q.low), str(q.high), q.unit, q.qualifier) for q in find_quantities("增长百分之八至九")]
    [('8', '9', '%', 'range')]
    >>> [(str(q.value), q.unit, q.qualifier) for q in find_quantities("增长7%以上、力争达到8%")]
    [('7', '%', 'at_least'), ('8', '%', 'exact')]
    >>> [(str(q.base_value), q.base_unit, q.approx) for q in find_quantities("发放资金6840余万元")]
    [('68400000', '元', True)]
    >>> [(str(q.low), str(q.high), q.unit) for q in find_quantities("新发展2-3家")]
    [('2', '3', '家')]
    >>> [(str(q.value), q.unit) for q in find_quantities("新增城镇就业岗位3万个")]
    [('3', '万个')]
    >>> [(str(q.base_value), q.unit) for q in find_quantities("提高0.5个百分点")]
    [('0.5', '个百分点')]
    >>> [(str(q.value), q.unit) for q in find_quantities("新增就业一千二百人")]
    [('1200', '人')]
    >>> list(find_quantities("进一步推进统一市场"))
    []
    """
    end = len(text) if end is None else end
    # QUANTITY_RE.finditer, three times faster: try the pattern only where a match can start
    search, match = _START_RE.search, QUANTITY_RE.match
    pos = start
    while (a := search(text, pos, end)) is not None:
        m = match(text, a.start(), end)
        if m is None:
            pos = a.start() + 1
            continue
        pos = m.end()
        q = _quantity(m)
        if q is not None:
            yield q


# QUANTITY_RE's groups by number (m.groups() is a tuple: one call instead of a lookup per group)
_NAMES = ("pre", "pct_cn", "n1", "frac", "approx1", "u1", "n2", "approx2", "mult", "approx3", "unit", "post")
_PRE, _PCT_CN, _N1, _FRAC, _APPROX1, _U1, _N2, _APPROX2, _MULT, _APPROX3, _UNIT, _POST = (
    QUANTITY_RE.groupindex[name] - 1 for name in _NAMES
)
_WORD_BEFORE_NUMERAL = "第统唯进之单同专万逐初星"  # 第一个, 统一, 唯一, 进一步, 之一, 同一: part of a word
# what a match's groups give (the same words come back in every report: 增长5%, 6%左右), by its groups
_PARSED: dict[tuple[str | None, ...], tuple[Any, ...] | None] = {}


def _parse_groups(g: tuple[str | None, ...]) -> tuple[Any, ...] | None:
    """(low, high, unit, base unit, qualifier, approx, Chinese numeral first) of a match's groups, or None."""
    unit = g[_UNIT] or g[_U1] or ("%" if g[_PCT_CN] else None)
    if unit is None:
        return None
    if g[_U1] and g[_UNIT] and g[_U1] != g[_UNIT]:
        return None
    if g[_PCT_CN]:
        if unit not in (None, "%"):
            return None
        unit = "%"
    n1, n2 = g[_N1], g[_N2]
    assert n1 is not None
    mult = g[_MULT] or ""
    if mult == "万" and "亿" in n1 and not n1[0].isdigit():
        n1, mult = n1 + "万", ""  # 四亿零七百多万吨: the 万 belongs to the part after 亿
    v1 = parse_number(n1 + (g[_FRAC] or ""))
    if v1 is None:
        return None
    v2 = parse_number(n2) if n2 else None
    full_unit = mult + unit
    lo, hi = v1, (v2 if v2 is not None else v1)
    is_range = v2 is not None
    if is_range and hi < lo:  # 2014-2015 style year spans or dates: not a quantity range
        return None
    qualifier = qualifier_of(g[_PRE], g[_POST], is_range)
    approx = bool(g[_APPROX1] or g[_APPROX2] or g[_APPROX3])
    if approx and qualifier == "exact":
        qualifier = "at_least"
    numeral = not n1[0].isdigit() and n1[0] != "." and not g[_PCT_CN]
    return lo, hi, full_unit, _unit_info(full_unit)[1], qualifier, approx, numeral


def _quantity(m: re.Match[str]) -> Quantity | None:
    g = m.groups()
    parsed = _PARSED.get(g, _PARSED)
    if parsed is _PARSED:
        parsed = _parse_groups(g)
        if len(_PARSED) < 20_000:
            _PARSED[g] = parsed
    if parsed is None:
        return None
    lo, hi, full_unit, base_unit, qualifier, approx, numeral = parsed
    n1_start = m.start(_N1 + 1)
    # a Chinese numeral straight after another CJK word char is part of a word: 统一, 进一步
    if numeral and n1_start > 0 and m.string[n1_start - 1] in _WORD_BEFORE_NUMERAL:
        return None
    return _new_quantity(
        lo,  # value
        lo,  # low
        hi,  # high
        full_unit,
        base_unit,
        qualifier,
        approx,
        (n1_start - (3 if g[_PCT_CN] else 0), m.end()),  # span
        m.span(),  # full_span
        g[_PRE],
        g[_POST],
    )
