"""层层加码: each region's target beside the target of the region above it, when both are in the corpus.

GB/T 2260 codes nest by prefix: a county 330106 lies in the city 330100, which lies in the province
330000; every province lies in the country (100000, as the national reports are coded). A row's parent is
the nearest of these that has rows in the panel (a county of a municipality, 110105, goes straight to
110000, since 110100 is no region with reports of its own).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["ancestors", "add_parents"]

NATIONAL = "100000"


def ancestors(code: str) -> list[str]:
    """The codes enclosing `code`, nearest first.

    >>> ancestors("330106"), ancestors("330100"), ancestors("330000"), ancestors("100000")
    (['330100', '330000', '100000'], ['330000', '100000'], ['100000'], [])
    """
    if len(code) != 6 or not code.isdigit() or code == NATIONAL:
        return []
    out = []
    if code[4:] != "00":
        out.append(code[:4] + "00")
    if code[2:] != "0000":
        out.append(code[:2] + "0000")
    out.append(NATIONAL)
    return out


def add_parents(rows: Iterable[dict[str, Any]]) -> None:
    """Fill parent_code, parent_target_low/high and markup in place.

    markup (target_low − the parent's) is given for growth and rates only: a city's level (its jobs,
    its revenue) is a part of the province's, not a harder version of it.
    """
    rows = list(rows)
    present = {r["region_code"] for r in rows if r.get("region_code")}
    targets = {
        (r["region_code"], r["year"], r["metric"], r["measure"]): r
        for r in rows
        if r.get("region_code") and r.get("target_low") is not None
    }
    for r in rows:
        code = r.get("region_code")
        if not code:
            continue
        parent = next((c for c in ancestors(code) if c in present), None)
        r["parent_code"] = parent
        p = targets.get((parent, r["year"], r["metric"], r["measure"])) if parent else None
        if p is None:
            continue
        r["parent_target_low"] = p["target_low"]
        r["parent_target_high"] = p["target_high"]
        if r.get("target_low") is not None and r.get("unit") == "%":  # a level of a part is no markup
            r["markup"] = round(r["target_low"] - p["target_low"], 10)
