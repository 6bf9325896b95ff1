"""A completion whose subject names no indicator takes the words before it in its clause as its item
(公办幼儿园建设完成年度任务的64%; 其中中心城区快速路二期完成年度投资的56%), unless they name a place
(云台县重点任务完成率达92%: a county's figure in a city's report) or are no noun phrase. Found on the
first run of the blind set s16; invented variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

HEAD = "关于2025年上半年市政府工作报告目标任务推进情况的督查报告\n"


def _completions(sentence: str) -> set[tuple[str | None, str | None, Decimal | None]]:
    doc = read_bytes((HEAD + sentence + "\n").encode("utf-8"), "report.txt")
    return {
        (f.metric, f.extra.get("item"), f.value)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "completion"
    }


@pytest.mark.parametrize(
    ("sentence", "item", "value"),
    [
        ("公办幼儿园建设完成年度任务的64%，新建停车泊位完成年度任务的41%。", "公办幼儿园建设", "64"),
        ("公办幼儿园建设完成年度任务的64%，新建停车泊位完成年度任务的41%。", "新建停车泊位", "41"),
        ("98项任务均稳步推进，其中中心城区快速路二期完成年度投资的56%。", "中心城区快速路二期", "56"),
        ("区属国企改革总体完成率达76%。", "区属国企改革", "76"),
        ("年度化债任务完成率达120%。", "年度化债任务", "120"),
    ],
)
def test_the_words_before_a_completion(sentence: str, item: str, value: str) -> None:
    assert (None, item, Decimal(value)) in _completions(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "各县（市、区）中，云台县重点任务完成率达92%，而北岗区仅为61%。",
        "白沙镇固定资产投资完成率不足50%。",
        "受设备采购流程影响，完成工程量的45%。",
    ],
)
def test_no_item_from_a_place_or_a_reason(sentence: str) -> None:
    assert not {c for c in _completions(sentence) if c[1]}, _completions(sentence)


@pytest.mark.parametrize("number", ["①", "1.", "（1）", ""])
def test_an_item_with_its_unit_in_the_clause_before(number: str) -> None:
    sentence = (
        f"7项滞后任务分别是：{number}城市中心区地下综合管廊二期（市住建局），完成年度投资的22%，明显滞后。"
    )
    assert (None, "城市中心区地下综合管廊二期", Decimal(22)) in _completions(sentence)
