"""Two names sharing their tail when their first words differ in length (城镇和农村牧区常住居民人均可支配收入
分别增长4.5%和6.5%: 城镇 stands for 城镇常住居民人均可支配收入), and a statistical bulletin's price basis
between a figure and its name (…，按不变价格计算，比上年增长6.2%). Found on blind set s24 (05, 08); invented
variants: joiners, word lengths, actual and target, script."""

from __future__ import annotations

import opencc
import pytest

from tests._reading import fact_keys

_S2T = opencc.OpenCC("s2t")
REPORT = (
    "2027年锡河市政府工作报告\n——2027年1月9日在锡河市第十六届人民代表大会第五次会议上\n各位代表：\n"
    "一、2026年工作回顾\n{review}\n二、2027年工作安排\n今年经济社会发展的主要预期目标是：{plan}\n"
)
PAIRS = [
    "城镇和农村牧区常住居民人均可支配收入分别增长{u}%和{r}%",
    "城镇、农村牧区常住居民人均可支配收入分别增长{u}%、{r}%",
    "城镇及农村牧区居民人均可支配收入分别增长{u}%和{r}%",
    "城镇、农村居民人均可支配收入分别增长{u}%和{r}%",
]


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_two_incomes_share_one_name(pair: str, traditional: bool) -> None:
    text = REPORT.format(
        review=pair.format(u="4.4", r="7.2") + "。", plan=pair.format(u="4.5", r="6.5") + "。"
    )
    got = fact_keys(str(_S2T.convert(text)) if traditional else text)
    assert {
        ("actual", "urban_income", "growth", 4.4),
        ("actual", "rural_income", "growth", 7.2),
        ("target", "urban_income", "growth", 4.5),
        ("target", "rural_income", "growth", 6.5),
    } <= got, got


@pytest.mark.parametrize("basis", ["按不变价格计算", "按不变价计算", "按可比价格计算"])
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_a_price_basis_before_the_growth(basis: str, traditional: bool) -> None:
    text = REPORT.format(
        review=f"全年全市地区生产总值1181.4亿元，{basis}，比上年增长6.2%。", plan="地区生产总值增长6%左右。"
    )
    got = fact_keys(str(_S2T.convert(text)) if traditional else text)
    assert {("actual", "gdp", "level", 1181.4), ("actual", "gdp", "growth", 6.2)} <= got, got
