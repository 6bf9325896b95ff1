"""A task's status stated twice, in a counted list (进度滞后2项（A、B）) and again in its own row or
paragraph (A……进度滞后), is one fact, not two: the count of the list is no part of what the fact says
about the task. Found on tests/blind_s14 (a summary paragraph above a task table); invented variants."""

from __future__ import annotations

from collections import Counter

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

HEAD = "关于2024年上半年区政府工作报告重点任务推进情况的通报\n"


def _statuses(text: str) -> Counter[tuple[str | None, str | None]]:
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    return Counter(
        (f.extra.get("item"), f.status)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "status" and f.extra.get("item")
    )


SUMMARIES = [
    "10项重点任务中，已完成3项，正在推进5项，进度滞后2项（滨河公园二期、应急物资储备库建设）。",
    "10项重点任务中，已完成3项，正在推进5项，进度滞后的2项分别是：滨河公园二期、应急物资储备库建设。",
    "10项重点任务中，已完成3项，正在推进5项；滨河公园二期、应急物资储备库建设2项进度滞后。",
]
DETAILS = [
    "序号\t重点任务\t牵头单位\t进展情况\n1\t滨河公园二期\t区城管局\t进度滞后。受征地影响。\n2\t应急物资储备库建设\t区应急局\t进度滞后，正在办理用地手续。\n",
    "1.滨河公园二期。进度滞后，受征地影响仅完成土方工程。\n2.应急物资储备库建设。进度滞后，正在办理用地手续。\n",
]


@pytest.mark.parametrize("summary", SUMMARIES)
@pytest.mark.parametrize("details", DETAILS)
def test_a_status_in_a_counted_list_and_in_its_row_is_one_fact(summary: str, details: str) -> None:
    got = _statuses(HEAD + summary + "\n" + details)
    assert got[("滨河公园二期", "not_met")] == 1, got
    assert got[("应急物资储备库建设", "not_met")] == 1, got


@pytest.mark.parametrize(
    ("n1", "n2"), [("1.", "2."), ("（一）", "（二）"), ("（1）", "（2）"), ("1、", "2、")]
)
@pytest.mark.parametrize(
    ("status", "want"),
    [
        ("进度滞后", "not_met"),
        ("已完成", "met"),
        ("目前已竣工", "met"),
        ("尚未开工", "not_met"),
        ("按计划推进", "on_schedule"),
    ],
)
def test_a_numbered_task_named_before_its_status(n1: str, n2: str, status: str, want: str) -> None:
    text = HEAD + f"{n1}滨河公园二期。{status}，受征地影响。\n{n2}应急物资储备库建设。{status}。\n"
    got = _statuses(text)
    assert got[("滨河公园二期", want)] == 1 and got[("应急物资储备库建设", want)] == 1, got


def test_a_point_of_a_report_is_no_task() -> None:
    """一是/五是 number the points of a report: the status after one is about its own object."""
    text = "2025年工作回顾\n五是统筹发展和安全。超额完成清欠企业账款年度目标。开展权属交叉化解试点。\n"
    assert not _statuses(text)


def test_a_sentence_with_its_own_subject_keeps_it() -> None:
    """2.个别重大项目推进缓慢。云湖港二期码头建设……仅完成年度计划的41.7%: the heading is a judgement, the
    sentence names its own project; the heading is not the item."""
    text = HEAD + "2.个别重大项目推进缓慢。云湖港二期码头建设受岸线审批影响，进度滞后。\n"
    assert ("个别重大项目推进缓慢", "not_met") not in _statuses(text)
