"""The records govtargets produces: facts with their source spans, and the document line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, TypeVar

__all__ = ["Fact", "new_fact", "number_out", "slots_twin"]

_T = TypeVar("_T")


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


def slots_twin(cls: type[_T]) -> Callable[..., _T]:
    """A builder of `cls` (a frozen dataclass with slots) for code that makes many: builder(*fields), every
    field given in order, is cls(*fields), three times faster.

    A frozen dataclass's __init__ sets each field through object.__setattr__ (22 calls for a Fact). The
    builder is a plain class with the same slots, whose generated __init__ stores each field directly and
    then gives the object cls as its class (CPython allows it between classes of the same layout): what it
    returns is a cls like any other (frozen, compared, hashed and pickled as one).
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    if getattr(cls, "__slots__", None) != names:
        raise TypeError(f"{cls.__name__}: its slots are not its fields in order")
    namespace: dict[str, Any] = {"_cls": cls}
    # generated as dataclasses generates __init__: one store per field, no loop
    exec(
        f"def __init__(self, {', '.join(names)}):\n"
        + "".join(f"    self.{n} = {n}\n" for n in names)
        + "    self.__class__ = _cls\n",
        namespace,
    )
    twin = type(f"_{cls.__name__}Twin", (), {"__slots__": names, "__init__": namespace["__init__"]})
    twin(*names)  # the layouts agree, or this raises TypeError at import
    return twin


_FactTwin = slots_twin(Fact)


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
    return _FactTwin(
        doc,
        kind,
        metric,
        label,
        measure,
        value,
        low,
        high,
        unit,
        base_value,
        base_low,
        base_high,
        base_unit,
        qualifier,
        period,
        start,
        end,
        quote,
        status,
        estimate,
        stretch,
        {} if extra is None else extra,
    )
