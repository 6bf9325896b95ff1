"""Status markers and their legend: a weekly report or a ledger marks each item with a symbol (✅ ⏳ ⚠️ ❌,
🟢 🟡 🔴) and says once, in a legend, what each symbol means (图例：✅已完成 ⏳按序时推进 ⚠️滞后序时进度
❌未启动). The legend is read from the document, never assumed: a symbol no legend explains gives no
status (✅ alone is read as done by the progress grammar where a word stands beside it).

>>> legend = read_legend("图例：✅已完成　⏳按序时推进　⚠️滞后序时进度　❌未启动\\n1. 南环路改造 ✅")
>>> sorted((k, str(v)) for k, v in legend.items())
[('⏳', 'on_schedule'), ('⚠', 'not_met'), ('✅', 'met'), ('❌', 'not_met')]
>>> m = MARKED_ITEM_RE.match("5. 县人民医院医技综合楼 ⚠️ 滞后序时进度9个百分点")
>>> m["name"], m["mark"]
('县人民医院医技综合楼', '⚠')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govtargets.extract._progress_status import STATUS_RE, status_of
from govtargets.status import Reported
from govtargets.text import regex

__all__ = ["MARKS", "read_legend", "is_legend", "MARKED_ITEM_RE", "ROW_COLOUR_RE"]

# the symbols offices mark items with (a variation selector U+FE0F may follow any of them)
MARKS = "✅☑✔⏳⌛🔄⚠❌✖⭕🟢🟡🔴🟠🔵"
_PAIR_RE = regex(rf"(?P<mark>[{MARKS}])\ufe0f?\s*[:：=为]?\s*(?P<words>[^\s{MARKS}，,；;。、]{{2,12}})")
# a colour a ledger's legend explains (绿色：按序时推进；黄色：滞后10个百分点以内), and a cell's fill as the
# spreadsheet reader writes it after the cell's value: 77.5（绿色）
_COLOUR_PAIR_RE = regex(r"(?P<mark>[绿黄红蓝橙]色)\s*(?:[:：=]|表示|为)\s*(?P<words>[^\s，,；;。、]{2,12})")
ROW_COLOUR_RE = regex(r"[(（](?P<mark>[绿黄红蓝橙]色)[)）]")
# a numbered item, its name, then its marker: 5. 县人民医院医技综合楼 ⚠️ …
MARKED_ITEM_RE = regex(
    rf"""\s*(?:\d{{1,3}}[.、．]|[(（]\d{{1,3}}[)）]|[一二三四五六七八九十]{{1,3}}[、.．])\s*
         (?P<name>[^\s{MARKS}:：。;；,，()（）]{{2,40}}?)\s*(?P<mark>[{MARKS}])\ufe0f?""",
    re.VERBOSE,
)
_LEGEND_HEAD = 5000  # characters at the start where a legend is looked for (and a table's note after it)


def _pairs(line: str) -> dict[str, Reported]:
    found: dict[str, Reported] = {}
    pairs = list(_PAIR_RE.finditer(line)) if any(c in line for c in MARKS) else []
    if "色" in line:
        pairs += _COLOUR_PAIR_RE.finditer(line)
    for m in pairs:
        s = STATUS_RE.match(m["words"])
        if s is None or s.start() != 0:
            continue
        status, confidence = status_of(s)
        if isinstance(status, Reported) and confidence is None:
            found[m["mark"]] = status
    return found


def is_legend(line: str) -> bool:
    """Whether a line explains two symbols or more (图例：✅已完成 ⏳按序时推进 …): a legend, no item."""
    return len(_pairs(line)) >= 2


def read_legend(text: str, simplify: Callable[[str], str] | None = None) -> dict[str, Reported]:
    """The meaning of each symbol, from the first legend line of the document (its lines made simplified and
    half-width by `simplify` first, for a document in traditional script)."""
    colours = ROW_COLOUR_RE.search(text) is not None  # a ledger's fills, as the spreadsheet reader wrote them
    if not colours and not any(c in text for c in MARKS):
        return {}
    lines = text.splitlines()
    # a legend stands before the items, or (a ledger's note) under its table
    for line in lines[:80] + lines[-40:] if colours else text[:_LEGEND_HEAD].splitlines():
        if ((colours and "色" in line) or any(c in line for c in MARKS)) and len(
            found := _pairs(simplify(line) if simplify else line)
        ) >= 2:
            return found
    return {}
