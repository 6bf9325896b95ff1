"""A sentence about a neighbour (同期，邻近的琮山县6个省重点项目平均完成年度计划投资的61.2%，其中…完成…
的85.6%，快于序时进度35.6个百分点) gives no progress of ours, in none of its clauses. Found on blind set
s26 (06); invented variants: wording, the neighbour's level, script."""

from __future__ import annotations

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

_S2T = opencc.OpenCC("s2t")
HEAD = (
    "浏川县2026年上半年重点项目建设情况通报\n一、总体情况\n"
    "全县重点项目完成年度计划投资的52.4%，快于序时进度2.4个百分点。\n"
)
NEIGHBOURS = [
    "同期，邻近的琮山县6个省重点项目平均完成年度计划投资的61.2%，其中琮山智能制造产业园完成年度计划投资的85.6%，"
    "快于序时进度35.6个百分点。",
    "同期周边的河口市重点项目完成年度计划投资的58%，高于序时进度8个百分点。",
    "相邻的石门区12个重点项目完成年度计划投资的49.5%。",
    "毗邻的青松县重点项目已完成年度计划投资的63%。",
]


def _values(text: str) -> set[float]:
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    return {
        float(f.value)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.value is not None
    }


@pytest.mark.parametrize("sentence", NEIGHBOURS, ids=[s[:8] for s in NEIGHBOURS])
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_a_neighbours_sentence_is_not_ours(sentence: str, traditional: bool) -> None:
    text = HEAD + "二、周边县区情况\n" + sentence + "\n"
    got = _values(str(_S2T.convert(text)) if traditional else text)
    assert got == {52.4, -2.4}, got  # our own figures only (ahead: a negative lag)
