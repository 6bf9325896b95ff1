"""A count after a list of indicator names counts the names (一产增加值、城镇新增就业和财政总收入3个指标
提前完成): it is no figure of the last name, though that name (城镇新增就业) counts jobs in 个 and 项.
Found on tests/blind_s9's 05 (a supervision bulletin); invented variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import read_bytes
from govtargets.extract import extract_facts

HEAD = "关于2021年1-5月全市主要目标任务推进情况的通报\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "全市30项指标中，一产增加值、城镇新增就业和财政总收入3个指标提前完成全年目标任务。",
        "城镇新增就业和实际利用外资2个指标未达到序时进度。",
        "财政总收入、城镇新增就业2项主要指标完成情况较好。",
        "地区生产总值、新增就业等2项考核指标快于序时进度。",
        "一般公共预算收入、城镇新增就业共2项指标未达到序时进度。",
    ],
)
def test_a_count_of_names_is_no_figure(sentence: str) -> None:
    doc = read_bytes((HEAD + sentence + "\n").encode("utf-8"), "tongbao.txt")
    assert not [f for f in extract_facts(doc) if f.kind in ("actual", "target")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("城镇新增就业岗位3200个，完成年度目标的64%。", "3200"),
        ("新增就业1.2万个，完成年度目标的60%。", "12000"),
    ],
)
def test_jobs_counted_in_ge_stay_figures(sentence: str, value: str) -> None:
    doc = read_bytes((HEAD + sentence + "\n").encode("utf-8"), "tongbao.txt")
    levels = [f for f in extract_facts(doc) if f.kind == "actual" and f.metric == "new_urban_jobs"]
    assert [f.base_value for f in levels] == [Decimal(value)]
