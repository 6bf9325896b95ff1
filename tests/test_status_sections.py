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
