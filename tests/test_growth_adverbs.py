"""An adverb between an indicator and its growth verb (逆势增长, 稳步增长, 仍增长, 依然保持增长) and a cause
before the figure (受订单下滑影响，下降3.2%; 克服多重压力，增长5.1%) leave the figure the indicator's.
County reports and bulletins write them more than provincial reports do (anhui_2026 has 出口逆势增长17.8%).
Invented variants: adverbs, indicators, actual and target, script, one line."""

from __future__ import annotations

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

_S2T = opencc.OpenCC("s2t")
REPORT = (
    "2027年青溪县政府工作报告\n——2027年1月8日在青溪县第十八届人民代表大会第六次会议上\n"
    "一、2026年工作回顾\n{review}\n二、2027年工作安排\n今年经济社会发展的主要预期目标是：{plan}\n"
)

ACTUALS = [
    ("一般公共预算收入逆势增长3.3%。", "general_budget_revenue", 3.3),
    ("出口逆势增长17.8%，民间投资逆市增长2.7%。", "exports", 17.8),
    ("社会消费品零售总额稳步增长6.2%。", "retail_sales", 6.2),
    ("规模以上工业增加值持续快速增长9.1%。", "industrial_va_above_scale", 9.1),
    ("固定资产投资仅增长0.8%。", "fixed_asset_investment", 0.8),
    ("地区生产总值同比仍增长5.1%。", "gdp", 5.1),
    ("地区生产总值依然保持增长5.1%。", "gdp", 5.1),
    ("进出口总额受订单下滑影响，下降3.2%。", "foreign_trade", -3.2),
    ("地区生产总值克服多重压力，增长5.1%。", "gdp", 5.1),
    ("农村居民人均可支配收入较快增长7.4%。", "rural_income", 7.4),
]
TARGETS = [
    ("地区生产总值稳步增长6%左右", "gdp", 6.0),
    ("一般公共预算收入平稳增长3%", "general_budget_revenue", 3.0),
    ("规模以上工业增加值持续增长7%以上", "industrial_va_above_scale", 7.0),
]


def _facts(text: str) -> set[tuple[str, str | None, float | None]]:
    doc = read_bytes(text.encode("utf-8"), "gzbg.txt")
    return {
        (f.kind, f.metric, None if f.value is None else float(f.value))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.measure == "growth"
    }


def _layout(text: str, layout: str) -> str:
    if layout == "one-line":
        return text.replace("\n", " ")
    if layout == "traditional":
        return str(_S2T.convert(text))
    return text


@pytest.mark.parametrize(("sentence", "metric", "value"), ACTUALS, ids=[a[0][:8] for a in ACTUALS])
@pytest.mark.parametrize("layout", ["lines", "one-line", "traditional"])
def test_an_actual_after_an_adverb_or_a_cause(sentence: str, metric: str, value: float, layout: str) -> None:
    got = _facts(
        _layout(
            REPORT.format(review="全县经济运行总体平稳。" + sentence, plan="地区生产总值增长6%左右。"), layout
        )
    )
    assert ("actual", metric, value) in got, got


@pytest.mark.parametrize(("clause", "metric", "value"), TARGETS, ids=[t[0][:8] for t in TARGETS])
@pytest.mark.parametrize("layout", ["lines", "one-line", "traditional"])
def test_a_target_after_an_adverb(clause: str, metric: str, value: float, layout: str) -> None:
    got = _facts(_layout(REPORT.format(review="地区生产总值增长5.1%。", plan=clause + "。"), layout))
    assert ("target", metric, value) in got, got


@pytest.mark.parametrize(
    "sentence",
    [
        "地区生产总值总量突破千亿，邻县仍增长8.5%。",  # another subject between
        "地区生产总值增速比上年回落，但工业投资仍增长12%。",  # the figure has its own name
    ],
)
def test_the_adverb_does_not_carry_a_figure_across_a_subject(sentence: str) -> None:
    got = _facts(REPORT.format(review=sentence, plan="地区生产总值增长6%左右。"))
    assert not any(m == "gdp" and v in (8.5, 12.0) for _, m, v in got), got
