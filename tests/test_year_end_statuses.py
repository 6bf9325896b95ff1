"""A year-end report's statuses (found on the first run of the blind set s16, a county's report on its
work report's targets, in traditional script): an indicator that 完成/实现/未能完成 its annual goal, tallies
completed by a bare 完成35项, tasks listed before their status (其中A、B、C提前完成), and a count with a colon
before items separated by semicolons, each with a comment (基本完成3项：A，…；B，…). Invented variants."""

from __future__ import annotations

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

HEAD = "关于2024年县政府工作报告目标任务完成情况的报告\n县人大常委会：\n"
T2 = opencc.OpenCC("s2t").convert


def _statuses(
    text: str, traditional: bool = False
) -> set[tuple[str | None, str | None, str | None, int | None]]:
    body = HEAD + text + "\n"
    doc = read_bytes((T2(body) if traditional else body).encode("utf-8"), "report.txt")
    return {
        (f.metric, f.extra.get("item"), f.status, f.extra.get("count"))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "status"
    }


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("完成年度目标", "met"),
        ("实现年度目标", "met"),
        ("完成全年目标任务", "met"),
        ("达到年度目标", "met"),
        ("未能完成年度目标", "not_met"),
        ("未完成年度目标", "not_met"),
        ("没有实现全年目标", "not_met"),
    ],
)
def test_an_indicator_and_its_annual_goal(clause: str, status: str) -> None:
    got = _statuses(f"社会消费品零售总额增长5.5%，{clause}。实际利用外资到位4590万美元，{clause}。")
    assert ("retail_sales", None, status, None) in got and ("fdi", None, status, None) in got, got


@pytest.mark.parametrize(
    "sentence",
    [
        "要确保完成年度目标。",
        "社会消费品零售总额完成年度目标的76.5%。",
        "力争实现年度目标。",
        "各地要对照年度目标，确保实现全年目标任务。",
    ],
)
def test_a_call_or_a_share_of_the_goal_is_no_status(sentence: str) -> None:
    assert not {g for g in _statuses(sentence) if g[2] in ("met", "not_met") and g[3] is None}


@pytest.mark.parametrize("traditional", [False, True])
def test_tallies_after_a_whole_named_before(traditional: bool) -> None:
    text = (
        "目标任务共42项，其中主要经济指标12项、重点任务30项。"
        "经核查，完成35项，基本完成3项，部分完成2项，未完成1项。"
    )
    got = _statuses(text, traditional)
    assert {(None, None, "met", 35), (None, None, "met", 3), (None, None, "partly_met", 2)} <= got, got
    assert (None, None, "not_met", 1) in got


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize("word", ["提前完成", "已建成投用", "全面完成"])
def test_tasks_listed_before_their_status(traditional: bool, word: str) -> None:
    text = f"30项重点任务中，完成24项，其中县城第二水厂、霁川大道东延工程、县职教中心新校区{word}。"
    got = _statuses(text, traditional)
    names = ["县城第二水厂", "霁川大道东延工程", "县职教中心新校区"]
    if traditional:
        names = [T2(n) for n in names]
    for n in names:
        assert (None, n, "met", None) in got or (None, n, "met", 3) in got, (n, got)


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize("colon", ["：", ":", "，分别是："])
def test_a_counted_status_then_items_with_comments(traditional: bool, colon: str) -> None:
    text = (
        f"基本完成3项{colon}县城第二污水处理厂扩建，主体工程已完工，正在进行设备调试；城东片区棚户区改造，"
        "完成年度任务的95%；“智慧霁川”一期，主要模块已上线试运行。"
        f"部分完成2项{colon}农村公路安防工程，完成120公里，占年度任务的60%；县城公共停车场建设，计划新建5处，建成3处。"
    )
    got = _statuses(text, traditional)
    want = [
        ("县城第二污水处理厂扩建", "met", 3),
        ("城东片区棚户区改造", "met", 3),
        ("“智慧霁川”一期", "met", 3),
        ("农村公路安防工程", "partly_met", 2),
        ("县城公共停车场建设", "partly_met", 2),
    ]
    for item, status, n in want:
        name = T2(item) if traditional else item
        assert (None, name, status, n) in got, (name, got)
    assert not {g for g in got if g[1] and ("公里" in g[1] or "调试" in g[1] or "%" in g[1])}, got


def test_an_items_completion_in_a_semicolon_list() -> None:
    text = (
        "部分完成2项：农村公路安防工程，完成120公里，占年度任务的60%；县城公共停车场建设，建成3处。"
        "基本完成3项：县城第二污水处理厂扩建，主体工程已完工；城东片区棚户区改造，完成年度任务的95%；"
        "“智慧霁川”一期，主要模块已上线。"
    )
    doc = read_bytes((HEAD + text + "\n").encode("utf-8"), "report.txt")
    got = {
        (f.extra.get("item"), f.value)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "completion"
    }
    assert got == {("农村公路安防工程", 60), ("城东片区棚户区改造", 95)}, got
