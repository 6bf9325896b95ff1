"""A region's statistical bulletin of year Y (2026年国民经济和社会发展统计公报) is published in Y+1, and its
report_year is that year (docs/regions.md: the year a document is delivered): corpus mode then takes its
figures as a later review of Y. Its figures stay the actuals of Y. Found on blind set s24 (08); invented
variants: title forms, script, a web page's title."""

from __future__ import annotations

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

_S2T = opencc.OpenCC("s2t")
BODY = (
    "\n一、综合\n初步核算，全年全市地区生产总值1181.4亿元，按不变价格计算，比上年增长6.2%。"
    "其中，第一产业增加值148.6亿元，增长3.9%。\n"
)
TITLES = [
    "澄江市2026年国民经济和社会发展统计公报",
    "2026年澄江市国民经济和社会发展统计公报",
    "澄江市二〇二六年国民经济和社会发展统计公报",
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_a_bulletin_is_published_the_year_after(title: str, traditional: bool) -> None:
    text = title + BODY
    doc = read_bytes((str(_S2T.convert(text)) if traditional else text).encode("utf-8"), "gongbao.txt")
    assert doc.report_year == 2027, doc.year_cue
    facts = {
        (f.metric, f.measure, float(f.value), f.period)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "actual" and f.value is not None
    }
    assert ("gdp", "growth", 6.2, "2026") in facts, facts
    assert ("gdp", "level", 1181.4, "2026") in facts, facts


def test_a_work_reports_title_year_is_its_own() -> None:
    doc = read_bytes("澄江市2027年政府工作报告\n各位代表：\n一、2026年工作回顾\n".encode(), "gzbg.txt")
    assert doc.report_year == 2027
