"""Units, multipliers and qualifier words of the quantity grammar: data (data/units.yaml), validated on load.

govtargets/numbers.py builds its tables and its pattern from them once, when it is imported. Validation
refuses what would make a wrong figure silently: a unit whose base unit is unknown, a factor that is not a
positive number, a unit, prefix or word listed twice, a qualifier that is not one of the grammar's.

>>> u = load_units()
>>> u.units["公斤"], u.multipliers[0], u.before["不低于"], u.after["左右"]
(('吨', Decimal('0.001')), ('万亿', Decimal('1E+12')), 'at_least', 'about')
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from govtargets.lexicon._data import DATA_DIR
from govtargets.text import load_yaml

__all__ = ["Units", "UnitsError", "load_units", "build_units", "QUALIFIERS"]

QUALIFIERS = ("about", "at_least", "at_most")  # what a word may make a number; `exact` only before it
_KEYS = {"base_units", "units", "multipliers", "qualifiers_before", "qualifiers_after", "approx_words"}


class UnitsError(ValueError):
    """units.yaml is not valid; the message names the entry and the reason."""


@dataclass(frozen=True, slots=True)
class Units:
    base_units: tuple[str, ...]
    units: dict[str, tuple[str, Decimal]]  # a unit as written (no multiplier) → (base unit, factor), in order
    multipliers: tuple[tuple[str, Decimal], ...]  # prefix → factor, longest first
    before: dict[str, str]  # qualifier word before a number → about | at_least | at_most | exact, in order
    after: dict[str, str]  # qualifier word after a number → about | at_least | at_most, in order
    approx: tuple[str, ...]  # 余, 多


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise UnitsError(f"{where}: expected a word, got {value!r}")
    return value


def _factor(value: Any, where: str) -> Decimal:
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        raise UnitsError(f"{where}: factor {value!r} is not a number") from None
    if not d.is_finite() or d <= 0:
        raise UnitsError(f"{where}: factor {value!r} is not a positive number")
    return d


def _entries(data: dict[str, Any], key: str, fields: set[str], required: set[str]) -> list[dict[str, Any]]:
    entries = data.get(key)
    if not isinstance(entries, list) or not entries:
        raise UnitsError(f"{key}: expected a list of entries")
    for i, e in enumerate(entries):
        if not isinstance(e, dict) or not required <= set(e) <= fields:
            raise UnitsError(f"{key}[{i}]: expected the fields {sorted(fields)}, got {e!r}")
    return entries


def _words_to_qualifiers(
    data: dict[str, Any], key: str, allowed: tuple[str, ...], seen: set[str]
) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in _entries(data, key, {"word", "qualifier"}, {"word", "qualifier"}):
        word = _text(e["word"], key)
        if word in seen:
            raise UnitsError(f"{key}: {word} is listed twice")
        if e["qualifier"] not in allowed:
            raise UnitsError(
                f"{key}: {word} has qualifier {e['qualifier']!r}, not one of {', '.join(allowed)}"
            )
        seen.add(word)
        out[word] = e["qualifier"]
    return out


def build_units(data: Any) -> Units:
    """Validated units from the parsed YAML; UnitsError on the first problem."""
    if not isinstance(data, dict) or set(data) != _KEYS:
        got = sorted(data) if isinstance(data, dict) else type(data).__name__
        raise UnitsError(f"expected the sections {sorted(_KEYS)}, got {got}")
    bases = data["base_units"]
    if not isinstance(bases, list) or not bases:
        raise UnitsError("base_units: expected a list of units")
    base_units = tuple(_text(b, "base_units") for b in bases)
    if len(set(base_units)) != len(base_units):
        raise UnitsError("base_units: a unit is listed twice")

    units: dict[str, tuple[str, Decimal]] = {}
    for e in _entries(data, "units", {"unit", "base", "factor"}, {"unit", "base"}):
        unit = _text(e["unit"], "units")
        where = f"units: {unit}"
        if unit in units:
            raise UnitsError(f"{where}: listed twice")
        base = _text(e["base"], where)
        if base not in base_units:
            raise UnitsError(f"{where}: unknown base unit {base!r} (not in base_units)")
        units[unit] = (base, _factor(e.get("factor", 1), where))
    for b in base_units:
        if units.get(b) != (b, Decimal(1)):
            raise UnitsError(f"base_units: {b} must be a unit of its own, with factor 1")

    multipliers: list[tuple[str, Decimal]] = []
    for e in _entries(data, "multipliers", {"prefix", "factor"}, {"prefix", "factor"}):
        prefix = _text(e["prefix"], "multipliers")
        if prefix in dict(multipliers) or prefix in units:
            raise UnitsError(f"multipliers: {prefix} is listed twice, or is a unit")
        multipliers.append((prefix, _factor(e["factor"], f"multipliers: {prefix}")))
    for i, (short, _) in enumerate(multipliers):  # 万 after 万亿: the grammar tries them in this order
        for long, _ in multipliers[i + 1 :]:
            if long.startswith(short):
                raise UnitsError(f"multipliers: {long} must come before {short}")

    seen: set[str] = set()
    before = _words_to_qualifiers(data, "qualifiers_before", (*QUALIFIERS, "exact"), seen)
    after = _words_to_qualifiers(data, "qualifiers_after", QUALIFIERS, seen)
    approx = data["approx_words"]
    if not isinstance(approx, list) or not approx or len(set(approx)) != len(approx):
        raise UnitsError("approx_words: expected a list of different words")
    return Units(
        base_units, units, tuple(multipliers), before, after, tuple(_text(w, "approx_words") for w in approx)
    )


@lru_cache(maxsize=4)
def load_units(path: str | None = None) -> Units:
    """The units of data/units.yaml (or of the file at `path`); UnitsError naming the file if invalid."""
    source: Any = Path(path) if path else DATA_DIR / "units.yaml"
    data = load_yaml(source)
    try:
        return build_units(data)
    except UnitsError as e:
        raise UnitsError(f"{source}: {e}") from None
