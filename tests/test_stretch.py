"""The 力争 figure after a target (增长5.5%以上、力争6%): the stretch of that target, never a second
target and never lost. Invented sentences in the wordings reports use: the marker (力争, 争取, 努力争取,
力争达到, 力争实现), punctuation (、 ， or none), script, full-width digits, a qualifier on either figure,
growth or level; and sentences where 力争 carries no figure, or another indicator's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import extract_facts, read_bytes

PLAN = (
    "青溪县2025年政府工作报告\n2025年1月10日在青溪县第十八届人民代表大会第五次会议上\n"
    "一、2024年工作回顾\n全年工作取得新进展。\n二、2025年工作安排\n"
)
PLAN_TRADITIONAL = (
    "青溪縣2025年政府工作報告\n2025年1月10日在青溪縣第十八屆人民代表大會第五次會議上\n"
    "一、2024年工作回顧\n全年工作取得新進展。\n二、2025年工作安排\n"
)

# (sentence, {(metric, measure): (low, high, qualifier, stretch)}): every target the sentence gives
CASES = [
    (
        "全县生产总值增长5.5%以上、力争6%；一般公共预算收入增长4%。",
        {
            ("gdp", "growth"): (5.5, 5.5, "at_least", 6),
            ("general_budget_revenue", "growth"): (4, 4, "exact", None),
        },
    ),
    ("确保地区生产总值增长7%以上、力争达到8%。", {("gdp", "growth"): (7, 7, "at_least", 8)}),
    (
        "地区生产总值增长5.5%左右，争取6%，城镇调查失业率控制在5.5%以内。",
        {
            ("gdp", "growth"): (5.5, 5.5, "about", 6),
            ("surveyed_unemployment_rate", "level"): (5.5, 5.5, "at_most", None),
        },
    ),
    (
        "生产总值增长5.5%以上力争6%，一般公共预算收入增长4%。",
        {
            ("gdp", "growth"): (5.5, 5.5, "at_least", 6),
            ("general_budget_revenue", "growth"): (4, 4, "exact", None),
        },
    ),
    ("全县生产总值增长5.5%以上、力争实现6%。", {("gdp", "growth"): (5.5, 5.5, "at_least", 6)}),
    ("固定资产投资增长8%以上，努力争取10%。", {("fixed_asset_investment", "growth"): (8, 8, "at_least", 10)}),
    ("社会消费品零售总额增长6%，力争7%。", {("retail_sales", "growth"): (6, 6, "exact", 7)}),
    (
        "规模以上工业增加值增长6.5%以上、力争7%以上。",
        {("industrial_va_above_scale", "growth"): (6.5, 6.5, "at_least", 7)},
    ),
    (
        "一般公共预算收入达到12亿元、力争12.5亿元。",
        {("general_budget_revenue", "level"): (1_200_000_000, 1_200_000_000, "exact", 1_250_000_000)},
    ),
    ("地区生产总值增长５.５％以上、力争６％。", {("gdp", "growth"): (5.5, 5.5, "at_least", 6)}),
    (
        "全社会固定资产投资增长10%以上（力争12%），社会消费品零售总额增长7%。",
        {
            ("fixed_asset_investment", "growth"): (10, 10, "at_least", 12),
            ("retail_sales", "growth"): (7, 7, "exact", None),
        },
    ),
    ("地区生产总值增长6%左右(争取6.5%)。", {("gdp", "growth"): (6, 6, "about", 6.5)}),
    # 力争 with no figure, or with another indicator's
    (
        "生产总值增长6%以上，在实际工作中力争更好结果；居民消费价格涨幅3%左右。",
        {("gdp", "growth"): (6, 6, "at_least", None), ("cpi", "growth"): (3, 3, "about", None)},
    ),
    (
        "地区生产总值增长6%，力争一般公共预算收入增长7%。",
        {
            ("gdp", "growth"): (6, 6, "exact", None),
            ("general_budget_revenue", "growth"): (7, 7, "exact", None),
        },
    ),
    (
        "地区生产总值增长6%左右，一般公共预算收入增长5%、力争6%。",
        {
            ("gdp", "growth"): (6, 6, "about", None),
            ("general_budget_revenue", "growth"): (5, 5, "exact", 6),
        },
    ),
]


def _targets(text: str) -> dict[tuple[str, str], tuple[Decimal, Decimal, str, Decimal | None]]:
    doc = read_bytes(text.encode("utf-8"), "plan.txt")
    out = {}
    for f in extract_facts(doc):
        assert f.kind == "target", f
        assert (f.metric, f.measure) not in out, (
            f"a second target for {f.metric}: {doc.text[f.start : f.end]}"
        )
        out[(f.metric, f.measure)] = (
            f.base_low.normalize(),
            f.base_high.normalize(),
            f.qualifier,
            None if f.stretch is None else Decimal(str(f.stretch)).normalize(),
        )
    return out


def _want(cases: dict) -> dict:  # type: ignore[type-arg]
    return {
        k: (
            Decimal(str(lo)).normalize(),
            Decimal(str(hi)).normalize(),
            q,
            None if s is None else Decimal(str(s)).normalize(),
        )
        for k, (lo, hi, q, s) in cases.items()
    }


@pytest.mark.parametrize(("sentence", "want"), CASES, ids=[c[0] for c in CASES])
def test_stretch(sentence: str, want: dict) -> None:  # type: ignore[type-arg]
    assert _targets(PLAN + sentence + "\n") == _want(want)


def test_stretch_in_traditional_script() -> None:
    got = _targets(PLAN_TRADITIONAL + "全縣生產總值增長5.5%以上、力爭6%；一般公共預算收入增長4%。\n")
    assert got == _want(CASES[0][1])


def test_stretch_in_a_paragraph_without_line_breaks() -> None:
    text = PLAN.replace("\n", "") + CASES[0][0] + "下面，我讲几点意见。"
    assert _targets(text) == _want(CASES[0][1])
