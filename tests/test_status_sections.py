"""A supervision report that sorts its tasks under headings naming a status and a count (一、已完成的（6项）
then 1.… 2.…; 三、滞后的（5项） then ①… ②…): each item under such a heading has that status, up to the
next heading. Found on the first run of the blind set s16 (a county's three-quarter bulletin); invented
variants of the heading, the numbering and the item lines."""

from __future__ import annotations

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

HEAD = "关于2025年前三季度县政府工作报告重点任务推进情况的通报\n各乡镇人民政府：\n现将有关情况通报如下。\n"


def _statuses(text: str) -> set[tuple[str | None, str | None, int | None]]:
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    return {
        (f.extra.get("item"), f.status, f.extra.get("count"))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "status"
    }


HEADINGS = [
    ("一、已完成的（{n}项）", "met"),
    ("（一）已完成（共{n}项）", "met"),
    ("一、已经完成的任务（{n}项）", "met"),
    ("三、滞后的（{n}项）", "not_met"),
    ("三、进度滞后的（{n}项）", "not_met"),
    ("五、尚未启动的（{n}项）", "not_met"),
    ("四、调整取消的（{n}项）", "cancelled"),
    ("二、按序时推进的（{n}项）", "on_schedule"),
    ("二、部分完成的（{n}项）", "partly_met"),
]
NUMBERS = [("1.", "2."), ("①", "②"), ("（1）", "（2）"), ("1、", "2、")]
ITEMS = [
    ("城区第三幼儿园建设", "（牵头单位：县教育局），已于9月1日开园招生。"),
    ("县城南环路改造工程", "（牵头单位：县交通运输局）：8月底全线通车。"),
]


@pytest.mark.parametrize(("heading", "status"), HEADINGS)
@pytest.mark.parametrize(("n1", "n2"), NUMBERS)
@pytest.mark.parametrize("indent", ["", "    ", "\u3000\u3000"])
def test_items_under_a_status_heading(heading: str, status: str, n1: str, n2: str, indent: str) -> None:
    (a, rest_a), (b, rest_b) = ITEMS
    text = HEAD + heading.format(n=2) + f"\n{indent}{n1}{a}{rest_a}\n{indent}{n2}{b}{rest_b}\n六、有关要求\n"
    got = _statuses(text)
    assert (a, status, 2) in got and (b, status, 2) in got, got


def test_the_section_ends_at_the_next_heading() -> None:
    text = (
        HEAD
        + "一、已完成的（1项）\n1.城区第三幼儿园建设（牵头单位：县教育局），已开园。\n"
        + "二、有关要求\n1.加快城北污水处理厂提标改造（牵头单位：县住建局）。\n"
    )
    got = _statuses(text)
    assert ("城区第三幼儿园建设", "met", 1) in got
    assert not {g for g in got if g[0] and "污水" in g[0]}, got


def test_a_heading_without_a_count_or_status_starts_no_section() -> None:
    text = HEAD + "一、重点项目建设（牵头单位：县发改局）\n1.城区第三幼儿园建设，正在推进主体施工。\n"
    assert not {g for g in _statuses(text) if g[1] == "met"}


def test_an_items_figures_keep_its_name_without_its_number() -> None:
    text = (
        HEAD
        + "三、滞后的（1项）\n①城北污水处理厂提标改造（牵头单位：县住建局）："
        + "受设备采购影响，完成工程量的45%，低于序时进度30个百分点。\n"
    )
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    got = {
        (f.measure, f.extra.get("item"), f.value)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress"
    }
    assert ("completion", "城北污水处理厂提标改造", 45) in got, got
    assert ("lag", "城北污水处理厂提标改造", 30) in got, got
    assert ("status", "城北污水处理厂提标改造", None) in got, got


INLINE = (
    "（一）已完成的任务。城市轨道交通1号线南延段已全面完成并开通试运营；新建改建农村公路350公里，"
    "已超额完成年度任务；市儿童医院提前建成投用；澄州港三期码头主体工程提前完成。\n"
    "（二）稳步推进的任务。中心城区快速路二期、老旧小区改造提升、城市更新示范片区等98项任务均按计划节点稳步推进，"
    "其中中心城区快速路二期完成年度投资的56%。\n"
    "（三）进展滞后的任务。7项滞后任务分别是：①城市中心区地下综合管廊二期（市住建局），完成年度投资的22%，"
    "明显滞后；②东部物流枢纽（市交通运输局），征拆推进缓慢；③市民中心二期（市机关事务局），设计方案反复调整。\n"
    "（四）暂停和取消的任务。市体育中心二期因资金平衡方案调整，暂停实施；城西旅游集散中心因选址冲突，调整取消。\n"
)


@pytest.mark.parametrize("numbering", [("（一）", "（二）", "（三）", "（四）"), ("1.", "2.", "3.", "4.")])
def test_a_status_heading_inline_with_its_items(numbering: tuple[str, ...]) -> None:
    """（一）已完成的任务。A…；B…；C…。: the heading closed by 。 and its items in the same paragraph,
    separated by semicolons (or listed with 、 before 等N项)."""
    text = INLINE
    for old, new in zip(("（一）", "（二）", "（三）", "（四）"), numbering, strict=True):
        text = text.replace(old, new)
    got = {(i, s) for i, s, _ in _statuses(HEAD + text)}
    for item in [
        "城市轨道交通1号线南延段",
        "新建改建农村公路350公里",
        "市儿童医院",
        "澄州港三期码头主体工程",
    ]:
        assert (item, "met") in got, (item, got)
    for item in ["中心城区快速路二期", "老旧小区改造提升", "城市更新示范片区"]:
        assert (item, "on_schedule") in got, (item, got)
    for item in ["城市中心区地下综合管廊二期", "东部物流枢纽", "市民中心二期"]:
        assert (item, "not_met") in got, (item, got)
    assert ("城西旅游集散中心", "cancelled") in got, got
    assert not {g for g in got if g[0] and ("因" in g[0] or "其中" in g[0] or "分别" in g[0])}, got


@pytest.mark.parametrize("name", ["残疾人托养中心", "县级应急指挥中心", "城东社区服务中心"])
@pytest.mark.parametrize(
    "status", [("同意销号", "met"), ("已竣工并投入使用", "met"), ("进度滞后", "not_met")]
)
def test_a_task_row_whose_name_ends_like_a_unit(name: str, status: tuple[str, str]) -> None:
    """序号 / 民生实事 / 牵头单位 / 状态: a task named 残疾人托养中心 ends like a unit (中心); followed by
    its lead unit (县残联), it is the row's task, not skipped for the status cell."""
    word, want = status
    text = (
        HEAD
        + "序号\t民生实事\t牵头单位\t状态\n"
        + f"12\t{name}\t县残联\t{word}\n13\t城区路灯节能改造\t县城管局\t{word}\n"
    )
    got = _statuses(text)
    assert (name, want, None) in got and ("城区路灯节能改造", want, None) in got, got


@pytest.mark.parametrize("n", ["1", "一"])
def test_a_counted_item_then_its_comments(n: str) -> None:
    """取消1项：霁川物流园二期，因用地规划调整，经县政府常务会议研究，调整取消。: one item, then comments."""
    got = _statuses(HEAD + f"取消{n}项：霁川物流园二期，因用地规划调整，经县政府常务会议研究，调整取消。\n")
    assert {g[0] for g in got if g[0]} == {"霁川物流园二期"}, got


@pytest.mark.xfail(strict=True, reason="one line: the items under a status heading are not cut apart")
def test_a_status_heading_and_its_items_on_one_line() -> None:
    text = (
        "关于2025年前三季度县政府工作报告重点任务推进情况的通报 一、已完成的（2项） "
        "1.城区第三幼儿园建设（牵头单位：县教育局），已于9月1日开园招生。 "
        "2.县城南环路改造工程（牵头单位：县交通运输局），8月底全线通车。 二、有关要求"
    )
    got = _statuses(text)
    assert ("城区第三幼儿园建设", "met", 2) in got and ("县城南环路改造工程", "met", 2) in got, got
