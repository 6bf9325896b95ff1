"""What the invented-variant tests compare: the actuals and targets read from a text, as plain tuples."""

from __future__ import annotations

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

# an actual or target as the tests compare it: kind, indicator, measure, value
FactKey = tuple[str, str | None, str, float | None]


def fact_keys(
    text: str, name: str = "gzbg.txt", kinds: tuple[str, ...] = ("actual", "target")
) -> set[FactKey]:
    """The facts of `kinds` read from a text (encoded UTF-8, named `name`)."""
    doc = read_bytes(text.encode("utf-8"), name)
    return {
        (f.kind, f.metric, f.measure, None if f.value is None else float(f.value))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind in kinds
    }
