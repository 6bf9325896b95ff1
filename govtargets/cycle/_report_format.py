"""Numbers, dates and targets as the team writes them: 47.6%, 54.17亿元, 2024年6月30日, 增长6.5%左右."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from govtargets.store import Item, Progress

__all__ = ["num", "pct", "amount", "cn_date", "period_label", "target_text", "latest_text"]

_QUALIFIER_WORDS = {"at_least": "以上", "at_most": "以内", "about": "左右"}
_SCALED_UNITS = {"元", "美元", "人", "人次", "吨"}  # base units a stored figure may carry: 5417000000元


def num(d: Decimal) -> str:
    """A decimal without trailing zeros or exponent.

    >>> num(Decimal("47.60")), num(Decimal("1E+2")), num(Decimal("-3.0"))
    ('47.6', '100', '-3')
    """
    return format(d.normalize(), "f")


def pct(d: Decimal) -> str:
    """A percentage to one decimal place, without trailing zeros.

    >>> pct(Decimal("47.619")), pct(Decimal("50.00")), pct(Decimal("105.55"))
    ('47.6%', '50%', '105.6%')
    """
    return num(d.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)) + "%"


def amount(value: Decimal, unit: str | None) -> str:
    """A level with its unit; a figure stored in a base unit is written in 万 or 亿 as a report writes it.

    >>> amount(Decimal("5417000000"), "元"), amount(Decimal("22000"), "人"), amount(Decimal("42356"), "元")
    ('54.17亿元', '2.2万人', '42356元')
    >>> amount(Decimal("238.5"), "亿元"), amount(Decimal("8650"), "人")
    ('238.5亿元', '8650人')
    """
    unit = unit or ""
    if unit in _SCALED_UNITS and abs(value) >= 10_000:
        if abs(value) >= 100_000_000:
            return num((value / 100_000_000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + "亿" + unit
        tens_of_thousands = value / 10_000
        if tens_of_thousands == tens_of_thousands.quantize(Decimal("0.01")):  # 2.2万人, but 42356元
            return num(tens_of_thousands) + "万" + unit
    return num(value) + unit


def cn_date(d: date) -> str:
    """2024年6月30日."""
    return f"{d.year}年{d.month}月{d.day}日"


def period_label(as_of: date, year: int) -> str:
    """The period a report covers, for its title.

    >>> [period_label(date(2024, m, d), 2024) for m, d in ((3, 31), (6, 30), (9, 30), (12, 31))]
    ['一季度', '上半年', '前三季度', '全年']
    >>> period_label(date(2024, 5, 31), 2024), period_label(date(2024, 1, 31), 2024)
    ('1-5月', '1月')
    >>> period_label(date(2024, 5, 15), 2024), period_label(date(2025, 1, 20), 2024)
    ('截至5月15日', '全年')
    """
    if as_of.year > year:
        return "全年"
    if as_of.year < year:
        return f"截至{cn_date(as_of)}"
    if (as_of + timedelta(days=1)).day != 1:  # not the last day of a month
        return f"截至{as_of.month}月{as_of.day}日"
    return {3: "一季度", 6: "上半年", 9: "前三季度", 12: "全年", 1: "1月"}.get(
        as_of.month, f"1-{as_of.month}月"
    )


def target_text(item: Item, *, ceiling: bool = False) -> str:
    """The 指标/目标值 cell: 增长6.5%左右, 下降3%, 500亿元以上, 6%—6.5%, 5所; '' without a figure. A
    ceiling (CPI, unemployment: `judge.is_ceiling`) is 控制在3%左右 or 控制在4.5%以内, never 增长.

    >>> from govtargets.store import Item
    >>> target_text(Item("indicator", "x", measure="growth", target_value=Decimal("6.5"), qualifier="about"))
    '增长6.5%左右'
    >>> target_text(Item("task", "x", measure="level", target_value=Decimal(5), target_unit="所"))
    '5所'
    >>> cpi = Item("indicator", "x", measure="growth", target_value=Decimal(3), qualifier="about")
    >>> jobless = Item("indicator", "x", measure="level", target_value=Decimal("4.5"), target_unit="%")
    >>> energy = Item("indicator", "x", measure="growth", target_value=Decimal(-3))
    >>> [target_text(i, ceiling=True) for i in (cpi, jobless, energy)]
    ['控制在3%左右', '控制在4.5%以内', '下降3%']
    """
    low, high, value = item.target_low, item.target_high, item.target_value
    growth = item.measure == "growth"
    unit = item.target_unit or ("%" if growth else "")
    if ceiling:
        bound = high if high is not None and value is None else value if value is not None else low
        if bound is not None:
            if bound < 0:
                return f"下降{num(-bound)}{unit}" + ("左右" if item.qualifier == "about" else "")
            return f"控制在{amount(bound, unit)}" + ("左右" if item.qualifier == "about" else "以内")
    if value is None and low is not None and high is not None and low != high:
        body = f"{num(low)}{unit}—{num(high)}{unit}" if unit == "%" else f"{num(low)}—{amount(high, unit)}"
        return ("增长" if growth else "") + body
    value = value if value is not None else low if low is not None else high
    if value is None:
        return ""
    qualifier = _QUALIFIER_WORDS.get(item.qualifier or "", "")
    if growth:
        word = "下降" if value < 0 else "增长"
        return f"{word}{num(abs(value))}{unit}{qualifier}"
    return f"{amount(value, unit)}{qualifier}"


def latest_text(p: Progress, item: Item, *, ceiling: bool = False) -> str:
    """The 最新进展 cell: the report's date, its figures and its words (a ceiling's change is 为2.1%, not
    增长2.1%)."""
    figures = []
    if p.value is not None:
        figures.append(amount(p.value, item.target_unit or ("%" if item.measure == "growth" else "")))
    if p.growth is not None:
        rise = "为" if ceiling else "增长"
        figures.append(f"下降{num(-p.growth)}%" if p.growth < 0 else f"{rise}{num(p.growth)}%")
    if p.completion_pct is not None:
        figures.append(f"完成{pct(p.completion_pct)}")
    body = "；".join(x for x in ("，".join(figures), (p.narrative or "").strip()) if x)
    md = f"{p.as_of.month}月{p.as_of.day}日"
    return f"{md}：{body}" if body else f"{md}报送"
