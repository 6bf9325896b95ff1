"""Bounds on the numbers a person enters, and on the numbers read back from the database.

Every figure that enters (the CLI's options, the web form, the API, a progress or plan sheet) goes through
`parse_number`: finite, at most 15 significant digits and 6 decimal places, less than 10^15 in size, and
within the range its field allows (a completion 0–1000 %, a growth −100–1000 %). One oversized value once
made every page that judges the plan fail; now it cannot enter, and `stored` keeps one that an older version
let in (NaN, 1E+999999, 31 digits) from reaching any arithmetic: it reads as missing.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = [
    "MAX_DIGITS",
    "LIMIT",
    "RANGES",
    "COMPLETION_WARNING",
    "parse_number",
    "check_number",
    "completion_warning",
    "stored",
]

MAX_DIGITS = 15
MAX_PLACES = 6
LIMIT = Decimal("1e15")
# (lowest, highest) a field allows, in percent
RANGES: dict[str, tuple[Decimal, Decimal]] = {
    "completion_pct": (Decimal(0), Decimal(1000)),
    "growth": (Decimal(-100), Decimal(1000)),
}
COMPLETION_WARNING = Decimal(150)
# what a stored value must be to be used: a little wider than what may enter, so nothing entered is lost
_STORED_HIGH = Decimal("1e16")
_STORED_LOW = Decimal("1e-6")


def check_number(d: Decimal, label: str, *, field: str | None = None) -> Decimal:
    """`d` if it may be stored as `label` (the field's name as the page shows it); else ValueError in
    Chinese.

    >>> check_number(Decimal("47.6"), "完成率(%)", field="completion_pct")
    Decimal('47.6')
    >>> check_number(Decimal("1E+30"), "累计完成值")
    Traceback (most recent call last):
    ValueError: 累计完成值“1E+30”超出范围：数值应小于10的15次方
    """
    if not d.is_finite():
        raise ValueError(f"{label}“{d}”不是数字")
    if abs(d) >= LIMIT:
        raise ValueError(f"{label}“{d}”超出范围：数值应小于10的15次方")
    shape = d.normalize().as_tuple()
    assert isinstance(shape.exponent, int)
    if len(shape.digits) > MAX_DIGITS:
        raise ValueError(f"{label}“{d}”位数过多：有效数字最多{MAX_DIGITS}位")
    if -shape.exponent > MAX_PLACES:
        raise ValueError(f"{label}“{d}”小数位数过多：最多{MAX_PLACES}位")
    if field in RANGES:
        low, high = RANGES[field]
        if not low <= d <= high:
            raise ValueError(f"{label}应在{low}到{high}之间，而不是“{d}”")
    return d + 0  # -0 becomes 0


def parse_number(raw: Any, label: str, *, field: str | None = None) -> Decimal | None:
    """A figure as a person typed it (thousands separators and a trailing % allowed), checked with
    `check_number`; None for an empty entry; ValueError in Chinese for anything else.

    >>> parse_number(" 1,234.5 ", "累计完成值"), parse_number("12.5%", "增速(%)", field="growth")
    (Decimal('1234.5'), Decimal('12.5'))
    """
    if raw is None:
        return None
    if isinstance(raw, float):
        raw = repr(raw)
    text = str(raw).strip().replace(",", "").replace("，", "").rstrip("%％").strip()
    if not text:
        return None
    try:
        d = Decimal(text)
    except (InvalidOperation, ValueError):
        raise ValueError(f"{label}“{raw}”不是数字") from None
    return check_number(d, label, field=field)


def completion_warning(pct: Decimal | None) -> str | None:
    """A word for a completion above 150 %: accepted (a target can be far exceeded) but worth a look.

    >>> completion_warning(Decimal(250))
    '完成率250%超过150%，请核对是否填错（如把累计值填成了完成率）'
    """
    if pct is None or pct <= COMPLETION_WARNING:
        return None
    return f"完成率{pct}%超过150%，请核对是否填错（如把累计值填成了完成率）"


def stored(text: Any) -> Decimal | None:
    """A decimal read from the database, or None when it is not one any arithmetic can use (not a number,
    not finite, 10^16 or more, or nearer zero than 10^-6): such a value came from an older version that
    did not bound its input, and it must not break every page that judges the plan.

    >>> stored("47.6"), stored("NaN"), stored("1E+999999"), stored(None), stored("-0")
    (Decimal('47.6'), None, None, None, Decimal('-0'))
    """
    if text is None:
        return None
    try:
        d = Decimal(text)
    except (InvalidOperation, ValueError, TypeError):
        return None
    if not d.is_finite() or abs(d) >= _STORED_HIGH or (d and abs(d) < _STORED_LOW):
        return None
    return d
