"""Status markers explained by a legend: a weekly report marks each item with a symbol (✅ ⏳ ⚠️ ❌, or
🟢 🟡 🔴) and says once what each means (图例：✅已完成 ⏳按序时推进 ⚠️滞后序时进度 ❌未启动). The marker gives
the item its status, the rest of the line is the item's (⚠️ 完成工程量的58%), the marker is no part of the
item's name, and the legend line is no item. A symbol no legend explains gives nothing. Found on blind set
s26 (01: 4 of 24); invented variants: symbols, legend wording and place, a marker alone at the line's end,
a missing variation selector, script."""

from __future__ import annotations

import opencc
import pytest

from tests._progress_score import progress_keys

_S2T = opencc.OpenCC("s2t")
LEGENDS = {
    "emoji": ("图例：✅已完成　⏳按序时推进　⚠️滞后序时进度　❌未启动", "✅⏳⚠️❌"),
    "emoji, colons": ("说明：✅=已完成；⏳=按序时推进；⚠️=滞后序时进度；❌=未启动", "✅⏳⚠️❌"),
    "discs": ("图例：🟢按序时推进 🟡进度滞后 🔴严重滞后 ✅已完成", "✅🟢🟡🔴"),
}
# (name, the marker's place in the legend's symbols, the rest of the line, what the rest adds)
ITEMS = [
    ("县城南环路改造工程", 0, " 已完成，5月28日通过交工验收", None),
    ("高铁站站前广场", 1, " 推进中，完成工程量的46%", ("completion", 46.0)),
    ("城西片区污水管网改造", 2, " 完成工程量的58%", ("completion", 58.0)),
    ("县人民医院医技综合楼", 2, " 滞后序时进度9个百分点", ("lag", 9.0)),
    ("城乡公交一体化改造", 0, "", None),
]
STATUS = {  # each legend's status of the symbol at each place
    "emoji": ["met", "on_schedule", "not_met", "not_met"],
    "emoji, colons": ["met", "on_schedule", "not_met", "not_met"],
    "discs": ["met", "on_schedule", "not_met", "not_met"],
}


def _mark(symbols: str, place: int) -> str:
    marks = [m for m in symbols.replace("\ufe0f", "")]
    return marks[place] + ("\ufe0f" if marks[place] == "⚠" else "")


def _text(legend: str, symbols: str, *, selector: bool = True, legend_last: bool = False) -> str:
    lines = [
        f"{n}. {name} {_mark(symbols, place)}{rest}" for n, (name, place, rest, _) in enumerate(ITEMS, 1)
    ]
    body = "\n".join(lines)
    if not selector:
        body = body.replace("\ufe0f", "")
    head = "蓼川县重点工作推进周报\n2026年第22期\n"
    return head + (body + "\n" + legend if legend_last else legend + "\n" + body) + "\n"


@pytest.mark.parametrize("legend", list(LEGENDS))
@pytest.mark.parametrize("form", ["plain", "no selector", "legend last", "traditional"])
def test_each_marker_as_its_legend_says(legend: str, form: str) -> None:
    words, symbols = LEGENDS[legend]
    text = _text(words, symbols, selector=form != "no selector", legend_last=form == "legend last")
    if form == "traditional":
        text = str(_S2T.convert(text))
    got = progress_keys(text.encode("utf-8"), "zhoubao.txt")

    def name(x: str) -> str:
        return str(_S2T.convert(x)) if form == "traditional" else x

    for item, place, _, more in ITEMS:
        assert got[("status", name(item), None, STATUS[legend][place])] == 1, (item, got)
        if more is not None:
            assert got[(more[0], name(item), more[1], "")] == 1, (item, got)
    assert not [k for k in got if k[1] and any(c in k[1] for c in "✅⏳⚠❌🟢🟡🔴")], got
    assert not [k for k in got if k[1] and ("图例" in k[1] or "说明" in k[1])], got


def test_a_marker_no_legend_explains_gives_no_status() -> None:
    text = "蓼川县重点工作推进周报\n1. 城西片区污水管网改造 🟣\n2. 高铁站站前广场 🟣 完成工程量的46%\n"
    got = progress_keys(text.encode("utf-8"), "zhoubao.txt")
    assert not [k for k in got if k[0] == "status"], got
