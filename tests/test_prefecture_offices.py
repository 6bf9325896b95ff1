"""A prefecture (地区) or a league (盟) is governed by a 行政公署 (行署), which has no people's congress: its
work report is titled …行政公署工作报告 and delivered to the working committee that the province's standing
committee keeps there (在自治区人大常委会和田地区工作委员会全体会议上). Region, code, level and year come
from those lines as from a government's. Found on blind set s24 (two of its seven pairs lost); invented
variants: regions, title forms, date in digits or numerals, no date line, script, one line."""

from __future__ import annotations

import opencc
import pytest

from govtargets import read_bytes

_S2T = opencc.OpenCC("s2t")
BODY = (
    "各位委员：\n现在，我代表{office}，向会议报告工作，请予审议。\n"
    "一、{review}工作回顾\n全{short}地区生产总值增长5.6%。\n"
)

CASES = [
    # (title, date line, office, short, review heading's year, region, code, year)
    (
        "和田地区行政公署工作报告",
        "——2027年1月10日在自治区人大常委会和田地区工作委员会全体（扩大）会议上",
        "地区行政公署",
        "地区",
        "2026年",
        "和田地区",
        "653200",
        2027,
    ),
    (
        "阿拉善盟行政公署工作报告",
        "——二〇二七年一月九日在自治区人大常委会阿拉善盟工作委员会全体会议上",
        "盟行政公署",
        "盟",
        "过去一年",
        "阿拉善盟",
        "152900",
        2027,
    ),
    ("大兴安岭地区行署工作报告", "", "地区行署", "区", "2026年", "大兴安岭地区", "232700", 2027),
    (
        "阿里地区行政公署工作报告",
        "——2026年1月12日在自治区人大工委阿里地区工作委员会会议上",
        "地区行政公署",
        "地区",
        "2025年",
        "阿里地区",
        "542500",
        2026,
    ),
    (
        "工作报告",
        "——2027年1月11日在自治区人大常委会兴安盟工委全体会议上",
        "盟行政公署",
        "盟",
        "2026年",
        "兴安盟",
        "152200",
        2027,
    ),
]


@pytest.mark.parametrize(
    ("title", "dated", "office", "short", "review", "region", "code", "year"),
    CASES,
    ids=[c[5] for c in CASES],
)
@pytest.mark.parametrize("layout", ["lines", "one-line", "traditional"])
def test_a_prefectures_report(  # type: ignore[no-untyped-def]
    title, dated, office, short, review, region, code, year, layout
) -> None:
    text = (
        "\n".join(x for x in (title, dated) if x)
        + "\n"
        + BODY.format(office=office, short=short, review=review)
    )
    if layout == "one-line":
        text = text.replace("\n", " ")
    elif layout == "traditional":
        text = str(_S2T.convert(text))
    doc = read_bytes(text.encode("utf-8"), "xingshu.txt")
    assert (doc.region_code, doc.admin_level, doc.report_year, doc.doc_kind) == (
        code,
        "city",
        year,
        "work_report",
    )
