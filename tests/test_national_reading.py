"""Reading national work reports (docs/gold_national.md): structures that sentence cases cannot show, since
tests/cases/*.yaml put their sentences under a header with line breaks."""

from __future__ import annotations

from govtargets import extract_facts, read_bytes


def test_goals_met_opens_the_review_of_an_unbroken_text() -> None:
    """圆满完成…主要预期目标 in the review's first sentence: the results after it are last year's actuals,
    even when the whole report is one line (as exported from a database)."""
    text = (
        "政府工作报告 2014年1月20日在青溪县第十八届人民代表大会第三次会议上 各位代表：现在，我代表县人民政府"
        "向大会报告工作。一、2013年工作回顾 过去一年，我们超额完成了县人代会确定的主要预期目标。地区生产总值"
        "增长8%，城镇新增就业5100人。二、2014年工作安排 今年经济社会发展的主要预期目标是：地区生产总值增长7%"
        "左右，城镇新增就业5000人。"
    )
    doc = read_bytes(text.encode(), "unbroken.txt")
    assert "\n" not in doc.text.strip()
    got = {(f.kind, f.metric, f.measure, float(f.value), f.period) for f in extract_facts(doc)}
    assert got == {
        ("actual", "gdp", "growth", 8.0, "2013"),
        ("actual", "new_urban_jobs", "level", 5100.0, "2013"),
        ("target", "gdp", "growth", 7.0, "2014"),
        ("target", "new_urban_jobs", "level", 5000.0, "2014"),
    }
    for f in extract_facts(doc):
        assert f.extra["surface"] in doc.text[f.start : f.end]
