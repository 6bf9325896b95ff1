"""A work report's plan section is a prior for progress, not a gate (docs/annotation.md, Decision 18). Its
progress statements are read; a status there needs a word that says it has happened (已, 了, 截至, 目前),
since a plan's bare 完成 is a commitment (保质保量完成30项为民办实事项目). Figures keep their own reading: a
completion in a plan section (一季度只完成全年计划的11%) is a progress fact, a call (力争…完成全年计划的55%)
is not. Invented variants: wording, script, one line."""

from __future__ import annotations

from collections import Counter

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all
from tests._progress_score import Key, progress_keys

_S2T = opencc.OpenCC("s2t")
HEAD = (
    "2027年青溪县政府工作报告\n——2027年1月8日在青溪县第十八届人民代表大会第六次会议上\n县长 林晓舟\n"
    "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
    "一、2026年工作回顾\n过去一年，全县地区生产总值增长5.8%。{review}\n"
    "二、2027年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n{plan}\n"
)

# a plan's commitments: no progress fact, whatever their wording
COMMITMENTS = [
    "保质保量完成30项为民办实事项目，让群众有更多获得感。",
    "全面完成34项为民办实事任务。",
    "如期完成12项为民办实事项目，办好群众急难愁盼的事。",
    "确保30项为民办实事项目按期完成。",
    "高质量完成十件民生实事。",
    "年内建成投用城东污水处理厂。",
    "力争上半年完成全年计划的55%。",
    "确保重点项目完成年度投资计划的100%。",
]

# progress statements that stand in a plan section all the same
STATEMENTS: list[tuple[str, Key]] = [
    ("去年确定的12项为民办实事项目已全部完成。", ("status", None, None, "met")),  # a tally: no item
    ("一季度，全县固定资产投资只完成全年计划的11%。", ("completion", "fixed_asset_investment", 11.0, "")),
    ("截至目前，上年结转的9项为民办实事项目已完成7项。", ("status", None, None, "met")),
    ("新建的城东污水处理厂已建成投用。", ("status", "新建的城东污水处理厂", None, "met")),
]


def _keys(review: str, plan: str, *, traditional: bool = False, one_line: bool = False) -> Counter[Key]:
    text = HEAD.format(review=review, plan=plan)
    if one_line:
        text = text.replace("\n", "")
    if traditional:
        text = str(_S2T.convert(text))
    return progress_keys(text.encode("utf-8"), "gzbg.txt")


@pytest.mark.parametrize("plan", COMMITMENTS)
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_a_plans_commitment_is_no_progress(plan: str, traditional: bool) -> None:
    assert not _keys("", plan, traditional=traditional)


@pytest.mark.parametrize(("plan", "key"), STATEMENTS, ids=[s[:12] for s, _ in STATEMENTS])
@pytest.mark.parametrize("layout", ["lines", "one-line", "traditional"])
def test_a_progress_statement_in_a_plan_section_is_read(plan: str, key: Key, layout: str) -> None:
    got = _keys("", plan, traditional=layout == "traditional", one_line=layout == "one-line")
    if layout == "traditional" and key[1] and not key[1].isascii():
        key = (key[0], str(_S2T.convert(key[1])), key[2], key[3])
    matching = [k for k in got if k[0] == key[0] and k[2] == key[2] and k[3] == key[3]]
    assert matching, got
    if key[1] is not None:
        assert key in got, got


@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_the_review_still_reads_its_completions(traditional: bool) -> None:
    # the same words in the review section are a report of what was done: the review's 34, not the plan's 30
    text = HEAD.format(review="全面完成34项为民办实事任务。", plan="保质保量完成30项为民办实事项目。")
    doc = read_bytes((str(_S2T.convert(text)) if traditional else text).encode("utf-8"), "gzbg.txt")
    got = [
        (str(f.status), f.extra.get("count"))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress"
    ]
    assert got == [("met", 34)]
