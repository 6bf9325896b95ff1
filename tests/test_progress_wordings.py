"""Completion and lag wordings of supervision reports found on the first run of the blind set s16, each
with invented variants: 进度78.3% / 进度为50.6% (no 完成), 为预算调整数的76.9%, 与序时进度相差3.7个
百分点, 与6%的年度目标相差0.6个百分点, a distribution list 进度超过80%的有A（86.4%）、B（81.2%）, and
已达序时 standing after an indicator's figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

HEAD = "雁湄县2025年前三季度主要经济指标完成情况通报\n"


def _progress(text: str) -> set[tuple[str, str | None, Decimal | None, str | None]]:
    doc = read_bytes((HEAD + text + "\n").encode("utf-8"), "tongbao.txt")
    return {
        (f.measure, f.metric, f.value, f.status)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "固定资产投资：进度78.3%，超序时进度3.3个百分点。",
        "固定资产投资进度为78.3%，超序时进度3.3个百分点。",
        "（三）固定资产投资：年度进度78.3%。",
        "固定资产投资完成进度达78.3%。",
        "固定资产投资完成年度目标进度的78.3%。",
    ],
)
def test_a_progress_figure_without_wancheng(sentence: str) -> None:
    assert ("completion", "fixed_asset_investment", Decimal("78.3"), None) in _progress(sentence)


@pytest.mark.parametrize(
    "sentence", ["固投增速比序时进度慢3个百分点。", "序时进度为75%，固定资产投资增长5%。"]
)
def test_the_schedule_itself_is_no_completion(sentence: str) -> None:
    assert not {p for p in _progress(sentence) if p[0] == "completion" and p[2] == 75}


@pytest.mark.parametrize(
    "sentence",
    [
        "一般公共预算支出完成38.6亿元，为预算调整数的76.9%。",
        "一般公共预算支出完成38.6亿元，占调整预算数的76.9%。",
        "一般公共预算支出完成38.6亿元，为年初预算数的76.9%。",
    ],
)
def test_completion_against_a_budget(sentence: str) -> None:
    assert ("completion", "general_budget_expenditure", Decimal("76.9"), None) in _progress(sentence)


@pytest.mark.parametrize(
    ("sentence", "metric", "lag"),
    [
        ("进出口总额占年度目标的71.3%，与序时进度相差3.7个百分点。", "foreign_trade", "3.7"),
        ("地区生产总值同比增长5.4%，与6%的年度目标相差0.6个百分点。", "gdp", "0.6"),
        ("地区生产总值同比增长5.4%，与年度目标相差0.6个百分点。", "gdp", "0.6"),
        ("进出口总额完成71.3%，距序时进度还差3.7个百分点。", "foreign_trade", "3.7"),
    ],
)
def test_a_lag_said_as_a_difference(sentence: str, metric: str, lag: str) -> None:
    assert ("lag", metric, Decimal(lag), None) in _progress(sentence)


def test_a_difference_with_another_place_is_no_lag() -> None:
    assert not {p for p in _progress("地区生产总值增长5.4%，与全市平均相差0.6个百分点。") if p[0] == "lag"}


@pytest.mark.parametrize("sep", ["、", "，", "；"])
def test_a_distribution_of_completions(sep: str) -> None:
    text = (
        f"从完成进度看，进度超过80%的有城镇新增就业（86.4%）{sep}规上工业总产值（80.6%）；"
        f"进度在75%至80%之间的有财政总收入（79.4%）{sep}固定资产投资（78.3%）；进度低于75%的有工业投资（64.0%）。"
    )
    got = _progress(text)
    for metric, v in [
        ("new_urban_jobs", "86.4"),
        ("industrial_output_above_scale", "80.6"),
        ("fiscal_total_revenue", "79.4"),
        ("fixed_asset_investment", "78.3"),
        ("industrial_investment", "64.0"),
    ]:
        assert ("completion", metric, Decimal(v), None) in got, (metric, got)
    assert not {p for p in got if p[0] == "completion" and p[2] in (Decimal(80), Decimal(75))}


@pytest.mark.parametrize(
    "sentence",
    [
        "社零额进度为76.3%，已达序时。",
        "社零额完成年度目标的76.3%，已达序时进度。",
        "社零额进度76.3%，达到序时。",
    ],
)
def test_on_schedule_after_a_figure(sentence: str) -> None:
    assert ("status", "retail_sales", None, "met") in _progress(sentence)


@pytest.mark.parametrize(
    ("title", "compared", "period"),
    [
        ("2025年上半年主要经济指标完成情况通报", "增速比一季度提高0.6个百分点", "2025H1"),
        ("2025年前三季度主要经济指标完成情况通报", "增速比上半年加快0.3个百分点", "2025Q1-Q3"),
        ("2025年前三季度主要经济指标完成情况通报", "增速较上半年回落0.2个百分点", "2025Q1-Q3"),
        ("2025年上半年主要经济指标完成情况通报", "与一季度基本持平", "2025H1"),
    ],
)
def test_a_period_compared_with_is_not_the_statements(title: str, compared: str, period: str) -> None:
    """规上工业增加值同比增长8.2%，比一季度提高0.6个百分点。一般公共预算收入…占年度目标的52.1%: the later
    statements are of the bulletin's period, not of the quarter the growth was compared with."""
    later = "一般公共预算收入完成16.4亿元，占年度目标的52.1%。"
    text = f"{title}\n规上工业增加值同比增长8.2%，{compared}。{later}\n"
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    got = {(f.kind, f.metric, f.period) for f in extract_all(doc, tasks=False) if isinstance(f, Fact)}
    assert ("progress", "general_budget_revenue", period) in got, got
    assert ("actual", "industrial_va_above_scale", period) in got, got
