"""Region and year of documents the readers had not seen (found on the first run of the blind set s15):
a district renamed in its report's own year, a region whose name starts with 和, a region word after a
period word (上半年区政府), and a web page whose headline, date and publisher stand outside its article.
Invented variants; the division names are real (the gazetteer must know them), the figures invented."""

from __future__ import annotations

import pytest

from govtargets.ingest import read_bytes
from govtargets.ingest._meta import describe
from govtargets.ingest._regions import resolve


@pytest.mark.parametrize(
    ("name", "year", "context", "code"),
    [
        (
            "桥东区",
            2020,
            "邢台市",
            "130502",
        ),  # renamed 襄都区 in 2020: a January 2020 report still says 桥东区
        ("桥东区", 2020, "张家口市", "130702"),
        ("襄都区", 2021, "邢台市", "130502"),
        ("桥东区", 2019, "邢台市", "130502"),
        ("江干区", 2021, "杭州市", "330104"),  # merged into 上城区 in 2021: its last report
    ],
)
def test_a_division_renamed_in_the_reports_year(name: str, year: int, context: str, code: str) -> None:
    found = resolve(name, year, context)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    "head",
    [
        "政府工作报告\n——2022年1月11日在和平区第十八届人民代表大会第二次会议上\n和平区人民政府区长　张某某\n",
        "和平区人民政府工作报告\n各位代表：\n",
    ],
)
def test_a_same_named_region_starting_with_he_keeps_its_name(head: str) -> None:
    meta = describe(head + "现在，我代表区人民政府，向大会报告工作。\n")
    assert meta.region == "和平区"
    assert meta.region_code is None or meta.region_code == ""  # 天津 and 沈阳 have one: no parent named
    assert meta.admin_level == "county"


@pytest.mark.parametrize(
    ("region", "code"), [("和田市", "653201"), ("和县", "340523"), ("和龙市", "222406"), ("和顺县", "140723")]
)
def test_names_starting_with_he(region: str, code: str) -> None:
    meta = describe(f"政府工作报告\n——2018年1月9日在{region}第十六届人民代表大会第三次会议上\n")
    assert (meta.region, meta.region_code) == (region, code)


@pytest.mark.parametrize("period", ["上半年", "前三季度", "一季度", "2025年上半年", "1-9月", "全年"])
@pytest.mark.parametrize("level", ["区", "县", "市"])
def test_a_period_word_before_the_level_is_no_region(period: str, level: str) -> None:
    title = f"关于{period}{level}政府工作报告主要指标和重点任务推进情况的通报"
    body = f"{title}\n各街道办事处：\n现将沣北{level}有关情况通报如下。\n沣北{level}人民政府督查室\n"
    meta = describe(body)
    assert meta.region != f"{period}{level}" and not (meta.region or "").endswith(f"{period[-2:]}{level}")


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="header">{site}</div><ul class="nav"><li>首页</li><li>政务公开</li><li>经济运行</li></ul>
<div class="main"><{h}>{headline}</{h}>
<div class="info">来源：综合科　{date_label}{date}　字号：大 中 小</div>
<div class="article" id="zoom">
<p>今年以来，全市上下认真落实各项决策部署，经济运行稳中向好。</p>
<p>一、主要指标完成情况</p>
<p>初步核算，上半年全市实现地区生产总值1872.6亿元，同比增长6.2%，增速比一季度加快1.1个百分点。</p>
<p>规模以上工业增加值同比增长8.8%。全社会固定资产投资同比增长6.9%，其中工业投资增长13.7%。</p>
<p>社会消费品零售总额803.4亿元，同比增长9.1%。一般公共预算收入108.2亿元，同比增长8.7%。</p>
<p>二、下半年工作安排</p>
<p>下半年，要紧盯全年目标任务不放松，确保全年地区生产总值增长6.5%以上，规模以上工业增加值增长8%以上。</p>
</div><div class="prevnext"><p>上一篇：2022年全市经济运行情况</p></div></div>
<div class="footer">{site}　版权所有</div></body></html>"""


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("2023年上半年全市经济运行情况_绵阳市发展和改革委员会", "绵阳市发展和改革委员会"),
        ("2023年上半年全市经济运行情况 - 绵阳市统计局", "绵阳市统计局"),
        ("2023年上半年全市经济运行情况｜绵阳市人民政府", "绵阳市人民政府"),
    ],
)
@pytest.mark.parametrize("h", ["h1", "h2"])
@pytest.mark.parametrize(
    ("date_label", "date"), [("发布时间：", "2023-07-28 15:06"), ("发布日期：", "2023年07月28日")]
)
def test_a_page_whose_headline_and_publisher_stand_outside_its_article(
    title: str, site: str, h: str, date_label: str, date: str
) -> None:
    html = PAGE.format(
        title=title, site=site, h=h, headline="2023年上半年全市经济运行情况", date_label=date_label, date=date
    )
    doc = read_bytes(html.encode("utf-8"), "page.html")
    assert (doc.region, doc.region_code, doc.report_year) == ("绵阳市", "510700", 2023)
    assert doc.doc_kind == "midyear_review"
    assert doc.title == "2023年上半年全市经济运行情况"


@pytest.mark.parametrize(
    "headline",
    [
        "石岭县政府工作报告解读：今年GDP预期增长6%左右",
        "要点速览丨石岭县2025年政府工作报告",
        "一图读懂2025年石岭县政府工作报告",
    ],
)
def test_news_of_a_report_dates_its_figures_to_the_year_before(headline: str) -> None:
    """A news page on the 2025 report (its year from the page's date line): 一般公共预算收入完成9.45亿元
    is the 2024 figure the report reviews, 今年…增长6%左右 the 2025 target."""
    html = (
        f'<html><head><meta charset="utf-8"><title>{headline}_石岭新闻网</title></head><body>'
        f"<h1>{headline}</h1><div>来源：石岭新闻网　发布时间：2025-01-16 09:30</div>"
        '<div class="article" id="zoom"><p>1月15日，石岭县第十八届人民代表大会第五次会议开幕。</p>'
        "<p>报告显示，全县一般公共预算收入完成9.45亿元，增长5.7%；农村居民人均可支配收入达到23680元。</p>"
        "<p>今年我县主要预期目标是：地区生产总值增长6%左右，固定资产投资增长8%。</p></div></body></html>"
    )
    doc = read_bytes(html.encode("utf-8"), "news.html")
    assert doc.report_year == 2025
    from govtargets.extract import extract_facts

    periods = {(f.kind, f.metric, f.period) for f in extract_facts(doc) if f.kind in ("actual", "target")}
    assert ("actual", "general_budget_revenue", "2024") in periods
    assert ("target", "gdp", "2025") in periods
