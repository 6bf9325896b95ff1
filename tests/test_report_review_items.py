"""A work report's review lists last year's 民生实事 one by one (1.公办幼儿园建设。新建公办幼儿园3所，…，
已全部投入使用。): each numbered name heads its body, which opens with what was done (新建, 改造, 整治) and
ends with the item's status or completion. The review is read for the words of a thing finished (建成投用,
投入运营, 如期完成, 已竣工, 全面完成年度任务), not only for figures; the plan section's commitments stay none
(Decision 18). Found on blind set s25 (05: 6 of 19); invented variants: numbering, statuses, script, one
line."""

from __future__ import annotations

from collections import Counter

import opencc
import pytest

from tests._progress_score import Key, progress_keys

_S2T = opencc.OpenCC("s2t")
HEAD = (
    "栖霞县人民政府工作报告\n——2027年1月10日在栖霞县第十八届人民代表大会第七次会议上\n各位代表：\n"
    "一、2026年工作回顾\n（三）民生实事全面兑现。去年承诺的十件民生实事全部兑现：\n"
)
ITEMS = [
    ("公办幼儿园建设", "新建公办幼儿园3所，新增学位810个，已全部投入使用", ("status", None, "met")),
    ("农村危房改造", "改造农村危房426户，完成年度目标的106.5%", ("completion", 106.5, "")),
    ("老旧小区改造", "改造老旧小区14个、惠及居民3260户，全面完成年度任务", ("status", None, "met")),
    ("城乡供水一体化", "新建改造供水管网186公里，工程已竣工", ("status", None, "met")),
    ("养老服务设施建设", "新建农村互助幸福院12个，均已投入运营", ("status", None, "met")),
    ("背街小巷整治", "整治背街小巷45条，如期完成", ("status", None, "met")),
    ("农贸市场提升改造", "改造提升农贸市场5个，均已建成投用", ("status", None, "met")),
]
PLAN = (
    "二、2027年工作安排\n继续办好十件民生实事。计划新建公办幼儿园2所；确保完成改造老旧小区16个；"
    "新建农村互助幸福院10个，年内全部投入运营；其余五件民生实事年内全部完成。\n"
)
NUMBERS = [lambda n: f"{n}.", lambda n: f"（{n}）", lambda n: f"{'一二三四五六七'[n - 1]}、"]


def _want(traditional: bool) -> Counter[tuple[str, str, float | None, str]]:
    return Counter(
        (m, str(_S2T.convert(name)) if traditional else name, v, s) for name, _, (m, v, s) in ITEMS
    )


def _keys(text: str) -> Counter[Key]:
    return progress_keys(text.encode("utf-8"), "gzbg.txt")


@pytest.mark.parametrize("number", NUMBERS, ids=["1.", "(1)", "一、"])
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_each_item_of_the_review(number, traditional: bool) -> None:  # type: ignore[no-untyped-def]
    body = "".join(f"{number(n)}{name}。{text}。\n" for n, (name, text, _) in enumerate(ITEMS, 1))
    text = HEAD + body + PLAN
    got = _keys(str(_S2T.convert(text)) if traditional else text)
    assert got == _want(traditional)


def test_the_review_items_on_one_line() -> None:
    body = "".join(f"{n}.{name}。{text}。" for n, (name, text, _) in enumerate(ITEMS, 1))
    assert _keys(HEAD + body + "\n" + PLAN) == _want(False)


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["lines", "one-line"])
@pytest.mark.parametrize(
    "sentence", ["全面完成保交楼任务。", "如期完成农村公路提质改造工作。", "超额完成粮食收储任务。"]
)
def test_a_task_done_under_a_sections_slogan_is_not_the_slogans(joiner: str, sentence: str) -> None:
    # （四）城乡发展齐头并进、更趋协调。全面完成保交楼任务。: the slogan heads the section, the task is named
    text = (
        HEAD + f"（四）城乡发展齐头并进、更趋协调。{joiner}{sentence}开工改造城镇老旧小区9.8万户。\n" + PLAN
    )
    assert not [k for k in _keys(text) if k[1] == "城乡发展齐头并进、更趋协调"]


@pytest.mark.parametrize("status", ["已建成并投入使用", "已完成", "已全面完成年度任务"])
def test_a_headings_own_status_right_after_it(status: str) -> None:
    text = HEAD + f"4.数字乡村综合服务平台建设：{status}。\n" + PLAN
    assert ("status", "数字乡村综合服务平台建设", None, "met") in _keys(text)
