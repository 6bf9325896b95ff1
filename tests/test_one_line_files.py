"""A document that is one line (exported from a database, copied from a page) reads the same whether or not
its file ends with a line break, and a heading in such a line ends where its first item begins
(二、进展滞后的事项 2.新建停车泊位…), however the item is numbered. Invented documents."""

from __future__ import annotations

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all
from govtargets.text import is_unbroken

NOTICE = (
    "柳塘区2025年政府工作报告重点工作任务分工"
    "推进城南片区有机更新，全年完成投资15亿元。（牵头单位：区住建局；配合单位：区财政局）"
    "新增城镇就业5000人。（牵头单位：区人社局）"
    "完成老旧小区改造20个。（责任单位：区住建局、各街道）"
)
SUPERVISION = (
    "区政府督查室关于上半年重点工作推进情况的通报 各街道办事处，区政府各部门：现将督查情况通报如下："
    "一、进展较好的事项 {n1}城市更新项目完成年度任务的82%，超序时进度7个百分点。"
    "二、进展滞后的事项 {n2}新建停车泊位完成年度任务的41%，慢于序时进度。"
)


def _read(text: str):  # type: ignore[no-untyped-def]
    return read_bytes(text.encode("utf-8"), "one_line.txt")


def _found(text: str) -> list[tuple[str, str, object]]:
    doc = _read(text)
    return [
        (x.kind, doc.text[x.start : x.end], x.value)
        if isinstance(x, Fact)
        else ("task", x.text, x.lead_units)
        for x in extract_all(doc)
    ]


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\n\n", " \n", "\u3000\n"])
@pytest.mark.parametrize(
    "text", [NOTICE, SUPERVISION.format(n1="1.", n2="2.")], ids=["notice", "supervision"]
)
def test_the_last_line_break_changes_nothing(text: str, ending: str) -> None:
    assert _found(text + ending) == _found(text)
    assert is_unbroken(text + ending)


def test_a_short_text_of_lines_is_not_one_line() -> None:
    text = "政府工作报告\n一、2024年工作回顾\n地区生产总值增长6%。\n"
    assert not is_unbroken(text)


def test_the_notice_gives_its_tasks() -> None:
    tasks = [(t, lead) for kind, t, lead in _found(NOTICE + "\n") if kind == "task"]
    assert [(t[:6], lead) for t, lead in tasks] == [
        ("推进城南片区", ("区住建局",)),
        ("新增城镇就业", ("区人社局",)),
        ("完成老旧小区", ("区住建局",)),
    ]


@pytest.mark.parametrize(
    ("n1", "n2"), [("1.", "2."), ("1、", "2、"), ("(1)", "(2)"), ("（1）", "（2）"), ("（一）", "（二）")]
)
@pytest.mark.parametrize("space", [" ", "\u3000", "  "])
def test_a_heading_ends_where_its_first_item_begins(n1: str, n2: str, space: str) -> None:
    text = SUPERVISION.format(n1=n1, n2=n2).replace(" ", space) + "\n"
    doc = _read(text)
    got = {
        (f.measure, float(f.value)): doc.text[f.start : f.end]
        for f in extract_all(doc, tasks=False)
        if f.kind == "progress"
    }
    assert set(got) >= {("completion", 82.0), ("completion", 41.0)}
    for quote in got.values():
        assert "进展" not in quote  # the heading is not part of the item's statement
