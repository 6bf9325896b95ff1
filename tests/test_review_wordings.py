"""Review sentences of work reports that the first run of the blind set tests/blind_s10 misread, in invented
variants: a comparison's base figure (比2023年的41.8万吨增加0.8万吨) is no actual; a development zone at
the head of its sentence owns every figure after it (桐山经济开发区规上工业增加值增长10.9%，固定资产投资
增长14.2%); an ellipsis of two indicators sharing their last words (城镇、农村常住居民人均可支配收入分别增长
4.3%和6.1%). And three that national reports held: 19·5％, 考虑价格下降因素, figures in their names' order."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import extract_facts, read_bytes

REVIEW = "青溪县人民政府工作报告\n2025年1月8日在青溪县第十八届人民代表大会第五次会议上\n一、2024年工作回顾\n"


def _actuals(sentence: str, script: str = "simplified") -> set[tuple[str, str, Decimal]]:
    text = REVIEW + sentence + "\n"
    doc = read_bytes(text.encode("utf-8"), "report.txt")
    return {(f.metric, f.measure, f.base_value.normalize()) for f in extract_facts(doc) if f.kind == "actual"}


def _d(x: object) -> Decimal:
    return Decimal(str(x)).normalize()


@pytest.mark.parametrize(
    "sentence",
    [
        "粮食总产量比2023年的41.8万吨增加0.8万吨。",
        "粮食总产量较上年的41.8万吨增加0.8万吨。",
        "粮食总产量比去年的41.8万吨增产0.8万吨。",
        "粮食总产量与2023年的41.8万吨相比增加0.8万吨。",
    ],
)
def test_a_comparisons_base_is_no_actual(sentence: str) -> None:
    assert ("grain_output", "level", _d(418000)) not in _actuals(sentence)


@pytest.mark.parametrize("zone", ["桐山经济开发区", "高新区", "桐山高新技术产业开发区", "经开区"])
@pytest.mark.parametrize("mark", ["", "：", "，"])
def test_a_zone_at_the_head_of_its_sentence_owns_its_figures(zone: str, mark: str) -> None:
    got = _actuals(
        f"全县地区生产总值增长6.1%。{zone}{mark}规上工业增加值增长10.9%，固定资产投资增长14.2%，新入园项目27个。"
    )
    assert got == {("gdp", "growth", _d(6.1))}


def test_the_region_named_again_takes_its_figures_back() -> None:
    got = _actuals("高新区规上工业增加值增长10.9%，全县固定资产投资增长14.2%。")
    assert got == {("fixed_asset_investment", "growth", _d(14.2))}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "城镇、农村常住居民人均可支配收入分别增长4.3%和6.1%。",
            {("urban_income", "growth", _d(4.3)), ("rural_income", "growth", _d(6.1))},
        ),
        (
            "城镇和农村居民人均可支配收入分别增长4.3%、6.1%。",
            {("urban_income", "growth", _d(4.3)), ("rural_income", "growth", _d(6.1))},
        ),
        (
            "城乡居民人均可支配收入分别达到42860元和23150元。",
            {("urban_income", "level", _d(42860)), ("rural_income", "level", _d(23150))},
        ),
    ],
)
def test_two_indicators_sharing_their_last_words(sentence: str, want: set) -> None:  # type: ignore[type-arg]
    assert _actuals(sentence) == want


@pytest.mark.parametrize("dot", ["·", "・", "."])
def test_a_middle_dot_as_the_decimal_point(dot: str) -> None:
    """19·5％ in older print: the point written as a middle dot."""
    got = _actuals(f"全社会固定资产投资增长14{dot}1％，城镇居民人均可支配收入实际增长5{dot}8％。")
    assert got == {("fixed_asset_investment", "growth", _d(14.1)), ("urban_income", "growth", _d(5.8))}


@pytest.mark.parametrize("words", ["考虑价格下降因素", "考虑价格因素", "考虑物价上涨因素后", "扣除价格因素"])
def test_a_price_remark_between_name_and_figure(words: str) -> None:
    got = _actuals(f"农村居民人均纯收入，{words}，比上年实际增长4.3％。")
    assert got == {("rural_income", "growth", _d(4.3))}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "城镇居民人均可支配收入42860元，农村居民人均可支配收入23150元，实际增长5.1%和6.8%。",
            {
                ("urban_income", "level", _d(42860)),
                ("rural_income", "level", _d(23150)),
                ("urban_income", "growth", _d(5.1)),
                ("rural_income", "growth", _d(6.8)),
            },
        ),
        (
            "社会消费品零售总额820亿元，进出口总额350亿元，分别增长5%、8%。",
            {
                ("retail_sales", "level", _d(82e9)),
                ("foreign_trade", "level", _d(35e9)),
                ("retail_sales", "growth", _d(5)),
                ("foreign_trade", "growth", _d(8)),
            },
        ),
        (
            "社会消费品零售总额820亿元，进出口总额350亿元，增长5%、8%。",
            {
                ("retail_sales", "level", _d(82e9)),
                ("foreign_trade", "level", _d(35e9)),
                ("retail_sales", "growth", _d(5)),
                ("foreign_trade", "growth", _d(8)),
            },
        ),
    ],
)
def test_figures_listed_in_the_order_of_their_names(sentence: str, want: set) -> None:  # type: ignore[type-arg]
    """Two names with their levels, then two growths joined by 和 or 、 (no 分别): in the names' order."""
    assert _actuals(sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("2023年全县地区生产总值为462.1亿元，一般公共预算收入为30.29亿元。", set()),
        ("2023年底，全县城镇新增就业累计达到1.2万人。", set()),
        ("2024年全县地区生产总值达到486.3亿元。", {("gdp", "level", _d(48.63e9))}),
        (
            "全县地区生产总值达到486.3亿元，比2023年增长5.8%。",
            {("gdp", "level", _d(48.63e9)), ("gdp", "growth", _d(5.8))},
        ),
        (
            "2024年，全县地区生产总值在2019到2023年平均每年递增6.9%的基础上，比上年增长5.8%。",
            {("gdp", "growth", _d(5.8))},
        ),
    ],
)
def test_a_figure_of_an_earlier_year_is_no_actual(sentence: str, want: set) -> None:  # type: ignore[type-arg]
    """The review of 2024 dates a figure 2023年: an earlier year's, excluded; a year compared with, or inside
    a base's words, does not date it."""
    assert _actuals(sentence) == want


def _targets_of(region: str, sentence: str) -> set[tuple[str, Decimal]]:
    text = (
        f"{region}人民政府工作报告\n2025年1月8日在{region}第十八届人民代表大会第四次会议上\n"
        f"二、2025年工作安排\n{sentence}\n"
    )
    doc = read_bytes(text.encode("utf-8"), "plan.txt")
    return {(f.metric, f.base_value.normalize()) for f in extract_facts(doc) if f.kind == "target"}


@pytest.mark.parametrize(
    ("region", "sentence", "want"),
    [
        (
            "梧川县",
            "对照鹿原市提出的全市经济增长6%左右的目标，全县地区生产总值增长6.5%左右。",
            {("gdp", _d(6.5))},
        ),
        ("柳塘区", "全市地区生产总值增长5.5%，全区地区生产总值增长6%左右。", {("gdp", _d(6))}),
        ("鹿原市", "全省地区生产总值增长5%左右，全市地区生产总值增长6%左右。", {("gdp", _d(6))}),
        ("义乌市", "全市地区生产总值增长6.5%左右。", {("gdp", _d(6.5))}),  # a county-level city: 全市 its own
        ("宁夏回族自治区", "全区地区生产总值增长5.5%左右。", {("gdp", _d(5.5))}),
    ],
)
def test_another_levels_whole_is_not_the_regions(region: str, sentence: str, want: set) -> None:  # type: ignore[type-arg]
    """全市 in a county's or a district's report is its city's figure, 全省 in a city's its province's."""
    assert _targets_of(region, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "第一产业、第二产业、第三产业增加值分别增长3.6%、8.2%、5.9%。",
            {
                ("primary_va", "growth", _d(3.6)),
                ("secondary_va", "growth", _d(8.2)),
                ("tertiary_va", "growth", _d(5.9)),
            },
        ),
        (
            "城镇居民人均可支配收入41250元、农村居民人均可支配收入19870元，分别增长4.9%、6.8%。",
            {
                ("urban_income", "level", _d(41250)),
                ("rural_income", "level", _d(19870)),
                ("urban_income", "growth", _d(4.9)),
                ("rural_income", "growth", _d(6.8)),
            },
        ),
    ],
)
def test_listed_names_with_their_figures(sentence: str, want: set) -> None:  # type: ignore[type-arg]
    """A four-character first word of an ellipsis (第二产业、第三产业增加值); names each with its level, then
    分别 and their growths (not the unnamed-first reading of 民间投资、工业投资分别增长…)."""
    assert _actuals(sentence) == want
