"""A review headed for the five-year plan and the last year together (一、“十四五”时期和2025年工作回顾) turns
from the five years to the last year where a paragraph opens with that year (2025年是“十四五”收官之年。…;
2025年，…; 去年，…): the figures after it are the year's actuals, the five years' averages before it are
none. Found on blind set s24 (a prefecture's 2026 report lost all its 2025 actuals); invented variants:
openings, headings, script, one line."""

from __future__ import annotations

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

_S2T = opencc.OpenCC("s2t")
REPORT = (
    "2026年澄江市政府工作报告\n——2026年1月9日在澄江市第十六届人民代表大会第五次会议上\n各位代表：\n"
    "一、{heading}\n"
    "“十四五”时期，全市经济实力稳步提升，地区生产总值年均增长6.9%，一般公共预算收入五年累计完成612.4亿元。\n"
    "{opening}全市地区生产总值实现2104.6亿元，增长6.2%；规模以上工业增加值增长9.4%；"
    "城镇居民人均可支配收入43018元，增长4.1%。\n"
    "二、2026年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
)
HEADINGS = ["“十四五”时期和2025年工作回顾", "“十四五”发展成就和2025年工作回顾", "十四五时期及2025年工作回顾"]
OPENINGS = [
    "2025年是“十四五”收官之年。",
    "2025年是极不平凡的一年。",
    "2025年，面对复杂严峻的外部环境，我们迎难而上。",
    "2025年全年，",
    "过去一年，",
    "去年，",
]
WANT = {
    ("gdp", "level", 2104.6),
    ("gdp", "growth", 6.2),
    ("industrial_va_above_scale", "growth", 9.4),
    ("urban_income", "level", 43018.0),
    ("urban_income", "growth", 4.1),
}


def _actuals(text: str) -> set[tuple[str | None, str, float | None, str | None]]:
    doc = read_bytes(text.encode("utf-8"), "gzbg.txt")
    return {
        (f.metric, f.measure, None if f.value is None else float(f.value), f.period)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "actual"
    }


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize("layout", ["lines", "traditional"])
def test_the_last_years_actuals_after_the_five_years(heading: str, opening: str, layout: str) -> None:
    text = REPORT.format(heading=heading, opening=opening)
    got = _actuals(str(_S2T.convert(text)) if layout == "traditional" else text)
    assert {(m, k, v, "2025") for m, k, v in WANT} <= got, got
    assert not any(v in (6.9, 612.4) for _, _, v, _ in got), got  # the five years' average and total
