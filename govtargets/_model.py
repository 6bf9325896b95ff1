"""The records govtargets produces: facts with their source spans, and the document line."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

__all__ = ["Fact", "new_fact", "number_out"]


def number_out(d: Decimal | None) -> int | float | None:
    """A Decimal as a plain JSON number: 5417000000, 8.9.

    >>> number_out(Decimal("5.417E+9")), number_out(Decimal("8.90")), number_out(None)
    (5417000000, 8.9, None)
    """
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact: a reported value (actual), a goal (target), a progress statement or a task.

    Invariant: `document.text[start:end]` contains the number as written (and usually the indicator name).
    """

    doc: str
    kind: str  # actual | target | progress | task
    metric: str | None
    label: str  # the indicator name as written
    measure: str  # level | growth | avg_growth | completion | lag | status
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str
    base_value: Decimal | None
    base_low: Decimal | None
    base_high: Decimal | None
    base_unit: str
    qualifier: str  # exact | about | at_least | at_most | range
    period: str | None
    start: int
    end: int
    quote: str
    status: str | None = None
    estimate: bool = False  # 预计 / 初步核算
    stretch: Decimal | None = None  # 力争 figure after the target (增长7%以上、力争8%)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "doc": self.doc,
            "kind": self.kind,
            "metric": self.metric,
            "label": self.label,
            "measure": self.measure,
            "value": number_out(self.value),
            "low": number_out(self.low),
            "high": number_out(self.high),
            "unit": self.unit,
            "base_value": number_out(self.base_value),
            "base_low": number_out(self.base_low),
            "base_high": number_out(self.base_high),
            "base_unit": self.base_unit,
            "qualifier": self.qualifier,
            "status": self.status,
            "period": self.period,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
        }
        if self.estimate:
            d["estimate"] = True
        if self.stretch is not None:
            d["stretch"] = number_out(self.stretch)
        d.update(self.extra)
        return d


# the slots' setters in field order: a frozen dataclass's own __init__ calls object.__setattr__ for each of
# its 22 fields, twice the cost of setting the slots directly (new_fact, for the grammar's every fact)
_FACT_SETTERS = tuple(Fact.__dict__[f.name].__set__ for f in fields(Fact))
assert len(_FACT_SETTERS) == 22  # new_fact sets each


def new_fact(
    doc: str,
    kind: str,
    metric: str | None,
    label: str,
    measure: str,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    unit: str,
    base_value: Decimal | None,
    base_low: Decimal | None,
    base_high: Decimal | None,
    base_unit: str,
    qualifier: str,
    period: str | None,
    start: int,
    end: int,
    quote: str,
    status: str | None = None,
    estimate: bool = False,
    stretch: Decimal | None = None,
    extra: dict[str, Any] | None = None,
) -> Fact:
    """Fact(...) with these fields (like the dataclass's __init__, it checks nothing).

    >>> args = ("d", "actual", "gdp", "GDP", "growth", None, None, None, "%", None, None, None, "%")
    >>> new_fact(*args, "exact", "2024", 0, 3, "q") == Fact(*args, "exact", "2024", 0, 3, "q")
    True
    """
    f = object.__new__(Fact)
    s = _FACT_SETTERS
    s[0](f, doc)
    s[1](f, kind)
    s[2](f, metric)
    s[3](f, label)
    s[4](f, measure)
    s[5](f, value)
    s[6](f, low)
    s[7](f, high)
    s[8](f, unit)
    s[9](f, base_value)
    s[10](f, base_low)
    s[11](f, base_high)
    s[12](f, base_unit)
    s[13](f, qualifier)
    s[14](f, period)
    s[15](f, start)
    s[16](f, end)
    s[17](f, quote)
    s[18](f, status)
    s[19](f, estimate)
    s[20](f, stretch)
    s[21](f, {} if extra is None else extra)
    return f
