"""Target or actual is read from the sentence's own cues, with the report section as a prior.

A targets sentence in a news page, an excerpt or a speech is read as in a full report (今年, 目标, 预期, 力争,
提出, 安排, 确保 …), and a sentence about last year stays an actual in a plan section (去年, 上年, 2013年 in a
2014 report). All texts are invented: news summaries of provincial reports with the year in the text or only
in a date line, in several wordings, half- and full-width punctuation, traditional script and without line
breaks.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import extract_facts, read_bytes

# (text, the GDP growth facts it must give: (kind, value, period)); a text gives these and no other GDP growth
EXCERPTS: list[tuple[str, set[tuple[str, str, str]]]] = [
    (
        "江岭省政府工作报告摘要\n2012年1月15日 来源：江岭日报\n"
        "据悉，今年我省经济社会发展的主要预期目标是：全省生产总值增长10%左右，地方财政收入增长12%，"
        "城镇登记失业率控制在4.5%以内。\n",
        {("target", "10", "2012")},
    ),
    (
        "江岭省第十一届人民代表大会第五次会议开幕\n2012年1月15日\n"
        "省长王平作政府工作报告。报告提出，2012年全省生产总值增长10%左右，全社会固定资产投资增长18%。\n",
        {("target", "10", "2012")},
    ),
    (
        "2012年1月15日 新华网\n江岭省政府工作报告指出，去年全省生产总值达到2.1万亿元，增长11.5%；"
        "今年全省生产总值增长9%左右，城乡居民收入增长与经济增长同步。\n",
        {("actual", "11.5", "2011"), ("target", "9", "2012")},
    ),
    (
        "江岭省召开经济工作会议\n2013年1月8日\n会议提出今年全省生产总值增长8.5%以上的目标，"
        "要求各地狠抓落实。\n",
        {("target", "8.5", "2013")},
    ),
    (
        "江岭省两会观察\n2014年1月20日\n今年全省GDP增长目标：7%。专家认为，这一目标符合实际。\n",
        {("target", "7", "2014")},
    ),
    (
        "江岭省政府常务会议\n2015年2月3日\n会议强调，要坚定信心，全省生产总值力争全年增长9%，"
        "确保一般公共预算收入增长8%。\n",
        {("target", "9", "2015")},
    ),
    (
        "江岭省政府工作报告（摘要）\n2016年1月25日\n"
        "2015年，全省生产总值增长8.3%。2016年全省经济社会发展的主要预期目标：全省生产总值增长7.5%左右。\n",
        {("actual", "8.3", "2015"), ("target", "7.5", "2016")},
    ),
    (
        "江岭省长在省人代会上作报告\n2010年1月28日 江岭新闻网\n"
        "报告回顾了去年的工作。去年全省生产总值比上年增长12%，财政收入增长15%。"
        "报告安排，今年全省生产总值增长9%，财政收入增长10%。\n",
        {("actual", "12", "2009"), ("target", "9", "2010")},
    ),
    (
        "江岭省政府工作报告解读\n2011年2月10日\n"
        "预计今年全省生产总值增长10%左右，居民消费价格涨幅控制在4%左右。\n",
        {("target", "10", "2011")},
    ),
    (
        "江岭省人民代表大会开幕\n2008年1月20日\n"
        "省长在报告中提出，确保今年全省生产总值增长11%以上，力争达到12%。\n",
        {("target", "11", "2008")},
    ),
    (
        "江岭：今年GDP预期增长8.5%左右\n2013年01月22日 08:15 江岭日报\n"
        "记者从省十二届人大一次会议获悉，今年我省GDP预期增长8.5%左右，地方财政收入增长10%。\n",
        {("target", "8.5", "2013")},
    ),
    (
        "省政府工作报告确定今年全省生产总值增长10%的预期目标\n（2009年1月16日）\n"
        "本报讯 省长在报告中确定今年全省生产总值增长10%的预期目标，并提出五项重点工作。\n",
        {("target", "10", "2009")},
    ),
    (
        "2013年主要预期目标：全省生产总值增长10%，城镇居民人均可支配收入增长10%。\n时间：2013年1月25日\n",
        {("target", "10", "2013")},
    ),
    (
        "“十二五”期间，全省生产总值年均增长10.5%。2011年，全省生产总值增长11%左右。\n发布日期：2011年1月18日\n",
        {("target", "11", "2011")},
    ),
    (
        "江岭省政府工作报告（摘要）\n——2015年1月26日在江岭省第十二届人民代表大会第三次会议上\n省长 王平\n"
        "各位代表：\n2014年，全省生产总值增长9.2%。\n"
        "2015年经济社会发展主要预期目标：全省生产总值增长8.5%左右。\n",
        {("actual", "9.2", "2014"), ("target", "8.5", "2015")},
    ),
    (
        "江岭省政府工作报告 2010年\n今年全省生产总值预计增长9%，力争达到10%。\n",
        {("target", "9", "2010")},
    ),
]


def _halfwidth(text: str) -> str:
    return text.translate(str.maketrans("，；：！（）", ",;:!()"))


def _traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


FORMS = {
    "as_written": lambda t: t,
    "halfwidth": _halfwidth,
    "traditional": _traditional,
    "flat": lambda t: t.replace("\n", " "),
}


def _gdp_growth(text: str) -> set[tuple[str, str, str]]:
    doc = read_bytes(text.encode("utf-8"), "news.txt")
    out = set()
    for f in extract_facts(doc):
        assert f.extra["surface"] in doc.text[f.start : f.end]
        if f.metric == "gdp" and f.measure == "growth":
            out.add((f.kind, str(f.base_value.normalize()), f.period or ""))
    return out


def _want(facts: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(k, str(Decimal(v).normalize()), p) for k, v, p in facts}


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("i", range(len(EXCERPTS)))
def test_news_excerpt_gdp_growth(i: int, form: str) -> None:
    text, want = EXCERPTS[i]
    assert _gdp_growth(FORMS[form](text)) == _want(want)


# Wordings of a goal in news pages: the name elided after 今年, the goal named between name and figure
GOAL_WORDINGS = [
    (
        "去年，全省生产总值增长12.3%，今年预期增长10%。",
        {("actual", "12.3", "2011"), ("target", "10", "2012")},
    ),
    ("今年全省GDP预期目标增长10%左右。", {("target", "10", "2012")}),
    ("今年我省生产总值的增长目标是10%。", {("target", "10", "2012")}),
    ("省长表示，今年全省生产总值将增长10%左右。", {("target", "10", "2012")}),
    ("2012年，全省生产总值增长目标确定为10%。", {("target", "10", "2012")}),
    ("过去五年，全省生产总值年均增长12%。今年全省生产总值增长10%。", {("target", "10", "2012")}),
    ("今年全省生产总值增长目标定为10%左右，比去年回落2个百分点。", {("target", "10", "2012")}),
    ("会议要求，全省生产总值要增长10%以上。", {("target", "10", "2012")}),
    ("全省上下力争生产总值增长10%。", {("target", "10", "2012")}),
    # a January page: 预计全年 is the year just ended, an estimated actual
    ("预计全年全省生产总值增长12.3%。", {("actual", "12.3", "2011")}),
]


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("i", range(len(GOAL_WORDINGS)))
def test_goal_wordings_in_news(i: int, form: str) -> None:
    sentence, want = GOAL_WORDINGS[i]
    text = "江岭省政府工作报告摘要\n2012年1月15日\n" + sentence + "\n"
    assert _gdp_growth(FORMS[form](text)) == _want(want)


# Sentences inside a full report: the section is a prior, the sentence decides -----------------------------

REPORT = "政府工作报告\n2014年1月20日在青溪县第十八届人民代表大会第三次会议上\n一、2013年工作回顾\n"
PLAN = REPORT + "全年工作取得新进展。\n二、2014年工作安排\n"

# (where, sentence, the facts it must give: (kind, metric, measure, value, period))
SENTENCES = [
    # last year's figure stated in a plan section
    (PLAN, "去年全县生产总值比上年增长12%。", {("actual", "gdp", "growth", "12", "2013")}),
    (
        PLAN,
        "2013年全县生产总值增长12%，今年要增长8%左右。",
        {("actual", "gdp", "growth", "12", "2013"), ("target", "gdp", "growth", "8", "2014")},
    ),
    (PLAN, "2013年，全县地区生产总值达到186亿元。", {("actual", "gdp", "level", "18600000000", "2013")}),
    (PLAN, "上年全县地方财政收入增长9.5%。", {("actual", "local_fiscal_revenue", "growth", "9.5", "2013")}),
    # a target stated in a review section
    (
        REPORT,
        "今年全县生产总值增长目标为8%左右。",
        {("target", "gdp", "growth", "8", "2014")},
    ),
    (
        REPORT,
        "县委全会提出今年全县生产总值增长8.5%以上的目标。",
        {("target", "gdp", "growth", "8.5", "2014")},
    ),
    (
        REPORT,
        "2014年全县地方财政收入预期增长9%。",
        {("target", "local_fiscal_revenue", "growth", "9", "2014")},
    ),
    # an estimate in a review stays an actual
    (
        REPORT,
        "预计全年实现地区生产总值186亿元，增长8.9%。",
        {("actual", "gdp", "level", "18600000000", "2013"), ("actual", "gdp", "growth", "8.9", "2013")},
    ),
    (
        REPORT,
        "全年完成地方财政收入12亿元。",
        {("actual", "local_fiscal_revenue", "level", "1200000000", "2013")},
    ),
    # a target of the plan stays a target
    (PLAN, "确保全年实现地区生产总值增长8%。", {("target", "gdp", "growth", "8", "2014")}),
    (PLAN, "全县生产总值比上年增长8%左右。", {("target", "gdp", "growth", "8", "2014")}),
    (PLAN, "预计全县生产总值增长8%左右。", {("target", "gdp", "growth", "8", "2014")}),
]


def _facts(text: str) -> set[tuple[str, ...]]:
    doc = read_bytes(text.encode("utf-8"), "r.txt")
    return {
        (f.kind, f.metric, f.measure, str(f.base_value.normalize()), f.period or "")
        for f in extract_facts(doc)
    }


@pytest.mark.parametrize("form", ["as_written", "halfwidth", "traditional"])
@pytest.mark.parametrize("i", range(len(SENTENCES)))
def test_sentence_cues_in_a_report(i: int, form: str) -> None:
    head, sentence, want = SENTENCES[i]
    got = _facts(FORMS[form](head + sentence + "\n"))
    assert got == {(k, m, ms, str(Decimal(v).normalize()), p) for k, m, ms, v, p in want}


def test_cue_words_are_validated() -> None:
    """The cue lists are YAML vocabulary; a bad entry is a clear error on load."""
    from govtargets.extract._reading import CueError, load_cues, sentence_cues

    cues = load_cues()
    assert "力争" in cues.words["target"] and "去年" in cues.words["last_year"]
    good = {k: list(v) for k, v in cues.words.items()}
    assert sentence_cues(good).words == cues.words
    with pytest.raises(CueError, match="unknown key"):
        sentence_cues({**good, "oops": ["x"]})
    with pytest.raises(CueError, match="missing"):
        sentence_cues({"target": ["目标"]})
    with pytest.raises(CueError, match="bad entry"):
        sentence_cues({**good, "target": ["目标", {"目标": None}]})  # an unquoted 目标: in YAML
    with pytest.raises(CueError, match="non-empty list"):
        sentence_cues({**good, "this_year": "今年"})
    with pytest.raises(CueError, match="holds 年"):  # the reader screens a sentence for 年 before its scan
        sentence_cues({**good, "last_year": [*good["last_year"], "上期"]})


# Multi-year sections: a five-year goals paragraph inside this year's plan, a five-year review paragraph
# without a heading. Their figures are multi-year (left out by default), never this year's or last year's.

FIVE_YEAR = [
    # (text after the report's header, the annual facts it must give: (kind, metric, measure, value, period))
    (
        "二、2026年工作安排\n"
        "“十五五”时期经济社会发展的主要目标是：全省地区生产总值年均增长5%左右，人均地区生产总值达到10万元，"
        "研发经费投入强度达到3%。\n"
        "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n",
        {("target", "gdp", "growth", "5", "2026")},
    ),
    (
        "二、2026年工作安排\n"
        "今后五年的主要目标是：地区生产总值迈上1.2万亿元台阶，城镇居民人均可支配收入达到6万元。\n"
        "今年的主要预期目标是：地区生产总值增长5.5%，城镇居民人均可支配收入增长5.5%。\n",
        {("target", "gdp", "growth", "5.5", "2026"), ("target", "urban_income", "growth", "5.5", "2026")},
    ),
    (
        "二、2026年工作安排\n"
        "未来五年，我们的奋斗目标是：地区生产总值突破1万亿元，居民人均可支配收入达到5万元。\n"
        "2026年地区生产总值增长6%左右。\n",
        {("target", "gdp", "growth", "6", "2026")},
    ),
    (
        "过去五年，全县地区生产总值年均增长7%，一般公共预算收入累计完成180亿元，城镇居民人均可支配收入4.2万元。\n"
        "过去一年，全县地区生产总值增长5.5%。\n",
        {("actual", "gdp", "growth", "5.5", "2025")},
    ),
]
FIVE_YEAR_HEAD = "临川县政府工作报告\n2026年1月12日在临川县第十八届人民代表大会第五次会议上\n"


@pytest.mark.parametrize("form", ["as_written", "halfwidth", "traditional", "flat"])
@pytest.mark.parametrize("i", range(len(FIVE_YEAR)))
def test_five_year_sections(i: int, form: str) -> None:
    body, want = FIVE_YEAR[i]
    got = _facts(FORMS[form](FIVE_YEAR_HEAD + body))
    assert got == {(k, m, ms, str(Decimal(v).normalize()), p) for k, m, ms, v, p in want}
