"""A review or a supervision report that heads each indicator's paragraph with its name alone
(2.固定资产投资。完成41.3亿元，同比增长3.2%), and a table whose last column is how far the goal is done
(完成进度(%)): the figures after a heading are that indicator's, and a 完成进度 column is no growth.
Found on the first run of the blind set tests/blind_s13 (a bulletin as a web page); invented variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

TITLE = "桐溪县2025年上半年主要经济指标完成情况通报\n"


def _facts(text: str) -> set[tuple[str, str, str | None, Decimal]]:
    doc = read_bytes(text.encode("utf-8"), "bulletin.txt")
    return {
        (f.kind, f.measure, f.metric, f.base_value.normalize())
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "actual"
    }


@pytest.mark.parametrize(("n1", "n2"), [("1.", "2."), ("（1）", "（2）"), ("一是", "二是")])
@pytest.mark.parametrize("mark", ["。", "："])
@pytest.mark.parametrize("one_line", [False, True])
def test_figures_under_a_name_heading(n1: str, n2: str, mark: str, one_line: bool) -> None:
    sep = "" if one_line else "\n"
    text = (
        TITLE
        + f"{n1}固定资产投资{mark}完成41.3亿元，同比增长3.2%，完成年度目标的48.0%。{sep}"
        + f"{n2}社会消费品零售总额{mark}上半年完成38.6亿元，同比增长3.1%，低于年度目标2.9个百分点。\n"
    )
    got = _facts(text)
    assert {
        ("actual", "level", "fixed_asset_investment", Decimal("4.13E+9")),
        ("actual", "growth", "fixed_asset_investment", Decimal("3.2")),
        ("actual", "level", "retail_sales", Decimal("3.86E+9")),
        ("actual", "growth", "retail_sales", Decimal("3.1")),
    } <= got


def test_a_progress_column_is_no_growth() -> None:
    text = (
        TITLE
        + "\n".join(
            ["指标", "年度目标", "1-6月完成", "完成进度(%)", "固定资产投资（亿元）", "86.0", "41.3", "48.0"]
        )
        + "\n"
    )
    got = _facts(text)
    assert ("actual", "growth", "fixed_asset_investment", Decimal("48")) not in got
