"""A town's figure named right before an indicator (南渡镇力争地区生产总值突破220亿元) is the town's, not
the region's (found on the first run of the blind set s17); the words 城镇, 城乡, 乡村 are no towns.
Invented variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import read_bytes
from govtargets.extract import extract_facts

HEAD = (
    "2025年桐河市政府工作报告\n——2025年1月10日在桐河市第十八届人民代表大会第四次会议上\n二、2025年工作安排\n"
)


def _facts(sentence: str) -> set[tuple[str, str | None, str]]:
    doc = read_bytes((HEAD + sentence + "\n").encode("utf-8"), "report.txt")
    return {(f.kind, f.metric, f.measure) for f in extract_facts(doc) if f.kind in ("actual", "target")}


@pytest.mark.parametrize(
    "sentence",
    [
        "推动桐河高新区规上工业总产值增长12%，南渡镇力争地区生产总值突破220亿元。",
        "城关镇实现地区生产总值120亿元。",
        "东城街道要完成固定资产投资30亿元。",
        "南渡乡确保农村居民人均可支配收入增长8%。",
    ],
)
def test_a_towns_figure(sentence: str) -> None:
    assert not {f for f in _facts(sentence) if f[1] in ("gdp", "fixed_asset_investment", "rural_income")}


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("城乡居民人均可支配收入增长7%左右。", "urban_income"),
        ("城镇新增就业1.2万人以上。", "new_urban_jobs"),
        ("全面推进乡村振兴，地区生产总值增长6%左右。", "gdp"),
        ("深化乡镇机构改革，地区生产总值增长6%左右。", "gdp"),
    ],
)
def test_no_town_here(sentence: str, metric: str) -> None:
    assert ("target", metric, "growth") in _facts(sentence) or ("target", metric, "level") in _facts(sentence)


@pytest.mark.parametrize("setter", ["确定的", "提出的", "下达的"])
def test_a_higher_scopes_target_in_a_citys_report(setter: str) -> None:
    """In a city's report 全区 is its autonomous region (广西): 全区确定的地区生产总值增长目标为5.5%左右
    is not the city's target; 全市 is its own."""
    head = "2026年凤岭市政府工作报告\n——2026年1月12日在凤岭市第六届人民代表大会第五次会议上\n二、2026年目标\n"
    text = (
        head
        + f"全区{setter}地区生产总值增长目标为5.5%左右，我市目标为6%左右。全市{setter}固定资产投资增长8%。\n"
    )
    doc = read_bytes(text.encode("utf-8"), "report.txt")
    got = {(f.metric, f.base_low) for f in extract_facts(doc) if f.kind == "target"}
    assert not {g for g in got if g[0] == "gdp" and g[1] == 5.5}, got
    assert any(g[0] == "fixed_asset_investment" for g in got), got


@pytest.mark.parametrize(
    "bound", ["经济总量突破5000亿元", "总量首次突破5000亿元大关", "地区生产总值超过5000亿元"]
)
def test_a_bound_after_the_exact_figure_restates_it(bound: str) -> None:
    """全市实现地区生产总值5006.7亿元，增长2.1%，经济总量突破5000亿元: one level, the exact one (found on
    the first run of the blind set s15)."""
    head = "2024年政府工作报告\n——2024年1月10日在桐河市第十八届人民代表大会第三次会议上\n一、2023年工作回顾\n"
    doc = read_bytes(
        (head + f"全市实现地区生产总值5006.7亿元，增长2.1%，{bound}。\n").encode("utf-8"), "r.txt"
    )
    levels = [
        f.value
        for f in extract_facts(doc)
        if f.kind == "actual" and f.metric == "gdp" and f.measure == "level"
    ]
    assert levels == [Decimal("5006.7")], levels
