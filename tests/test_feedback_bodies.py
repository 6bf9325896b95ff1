"""Supervision feedback (督查反馈意见) and meeting minutes: found on tests/blind_s20 (05, 01), whose first run
missed them; invented variants of each structure (other wording, numbering, punctuation, script).

- Tallies after a whole stated without 中: 对照年初确定的24项重点任务，已完成9项，有序推进11项，进展滞后4项.
- A numbered item whose name is closed by 。 and whose body has no subject of its own: （一）城乡供水一体化
  工程。工程进度明显滞后，截至10月底仅完成年度投资的58%，低于序时进度25.3个百分点.
"""

from __future__ import annotations

from collections import Counter

import opencc
import pytest

from ._progress_score import Key, progress_keys

_S2T = opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    return str(_S2T.convert(text))


HEAD = "关于对青岚县2025年重点工作推进情况的督查反馈意见\n\n青岚县人民政府：\n\n现将督查情况反馈如下。\n\n"


def _progress(text: str, *, traditional: bool = False) -> Counter[Key]:
    return progress_keys((to_traditional(text) if traditional else text).encode("utf-8"), "fankui.txt")


def _tallies(got: Counter[Key]) -> set[str]:
    return {status for (measure, item, _, status) in got if measure == "status" and item is None}


TALLIES = [
    ("对照年初确定的24项重点任务，已完成9项，有序推进11项，进展滞后4项。", {"met", "on_schedule", "not_met"}),
    ("市政府下达的30项重点工作，已办结18项，正在推进10项，滞后2项。", {"met", "on_schedule", "not_met"}),
    ("全年42项重点任务，完成38项，未完成4项。", {"met", "not_met"}),
    ("对照市里交办的18项任务：已完成7项、序时推进9项、进度滞后2项。", {"met", "on_schedule", "not_met"}),
    ("36个项目中，已竣工投产9个，已开工在建22个，正在开展前期工作5个。", {"met", "on_schedule"}),
    (
        "《督查专报》（2025年第7期）交办我县督办事项6项。县政府逐项批示。截至7月31日，已办结2项，"
        "基本办结1项，正在办理2项，未办结1项。",
        {"met", "on_schedule", "not_met"},  # 正在办理: on schedule (docs/annotation.md, Decision 16)
    ),
]


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize(("sentence", "want"), TALLIES)
def test_tallies_after_a_whole_named_without_zhong(sentence: str, want: set[str], traditional: bool) -> None:
    got = _progress(
        HEAD + "一、总体情况\n\n督查组认为，各项工作总体推进有力。" + sentence + "\n", traditional=traditional
    )
    assert _tallies(got) == want, got
    assert not [k for k in got if k[1] and ("项" in k[1] or "推进" in k[1])], got  # no 序推进11项 as an item


@pytest.mark.parametrize("number", ["（一）", "(1)", "1.", "1、", "一、"])
@pytest.mark.parametrize("traditional", [False, True])
def test_a_numbered_name_closed_by_a_full_stop_heads_its_body(number: str, traditional: bool) -> None:
    n2 = {"（一）": "（二）", "(1)": "(2)", "1.": "2.", "1、": "2、", "一、": "二、"}[number]
    text = (
        HEAD
        + "二、存在的主要问题\n\n"
        + f"{number}城乡供水一体化工程。工程进度明显滞后，截至10月底仅完成年度投资的58%，"
        + "低于序时进度25.3个百分点。主要原因是管材供应不及时。\n\n"
        + f"{n2}农村生活垃圾分类全覆盖。年度目标为覆盖120个行政村，目前已覆盖78个，完成率为65%，进展缓慢，"
        + "部分村分类设施闲置。\n"
    )
    got = _progress(text, traditional=traditional)
    water = "城乡供水一体化工程" if not traditional else to_traditional("城乡供水一体化工程")
    waste = "农村生活垃圾分类全覆盖" if not traditional else to_traditional("农村生活垃圾分类全覆盖")
    assert got[("status", water, None, "not_met")] == 1, got
    assert got[("completion", water, 58.0, "")] == 1, got
    assert got[("lag", water, 25.3, "")] == 1, got
    assert got[("completion", waste, 65.0, "")] == 1, got
    assert got[("status", waste, None, "not_met")] == 1, got
    assert not [k for k in got if k[1] is None], got  # every figure has its item


@pytest.mark.parametrize(
    "body",
    [
        "年度42个小区改造任务已全面完成，但部分小区物业管理跟不上。",
        "全年改造42个小区的任务已全面完成。",
        "目前该任务已全面完成。",
        "工程已全面完成，群众反映的问题整改不够及时。",
    ],
)
def test_the_task_restated_before_its_status(body: str) -> None:
    got = _progress(HEAD + "二、存在的主要问题\n\n（二）县城老旧小区改造。" + body + "\n")
    assert got[("status", "县城老旧小区改造", None, "met")] == 1, got


@pytest.mark.parametrize(
    "body",
    [
        "其中城东片区完成率达78%，进度较快。",  # a part's figure
        "沙坪镇承担的3项任务完成率达78%。",  # a sub-unit's
        "云湖港码头建设受台风影响，仅完成年度计划的41.7%。",  # another subject
    ],
)
def test_a_body_with_a_subject_of_its_own_is_not_the_headings(body: str) -> None:
    got = _progress(HEAD + "二、存在的主要问题\n\n（三）城区路网建设。" + body + "\n")
    assert not [k for k in got if k[1] == "城区路网建设" and k[0] == "completion"], got


MINUTES = "岚泽县人民政府常务会议纪要\n\n二、听取县政府十件民生实事推进情况汇报\n\n"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "十件实事中，城区第三幼儿园新建工程、岚河南岸防洪堤加固工程已完成；农村公路提档升级、老旧小区改造等"
            "6件正在按计划推进；县中医院门诊综合楼扩建因用地规划调整尚未开工；智慧停车平台建设项目经研究予以取消。",
            {
                ("城区第三幼儿园新建工程", "met"),
                ("岚河南岸防洪堤加固工程", "met"),
                ("农村公路提档升级", "on_schedule"),
                ("老旧小区改造", "on_schedule"),
                ("县中医院门诊综合楼扩建", "not_met"),
                ("智慧停车平台建设项目", "cancelled"),
            },
        ),
        (
            "其中，城北污水处理厂扩建、滨河公园二期等5项按计划推进；县第二人民医院迁建受资金影响进度滞后；"
            "城西物流园项目经县政府研究决定取消。",
            {
                ("城北污水处理厂扩建", "on_schedule"),
                ("滨河公园二期", "on_schedule"),
                ("县第二人民医院迁建", "not_met"),
                ("城西物流园项目", "cancelled"),
            },
        ),
    ],
)
@pytest.mark.parametrize("traditional", [False, True])
def test_minutes_clauses_naming_projects(
    sentence: str, want: set[tuple[str, str]], traditional: bool
) -> None:
    got = _progress(MINUTES + sentence + "\n", traditional=traditional)
    t = to_traditional if traditional else (lambda s: s)
    named = {(item, status) for (measure, item, _, status) in got if measure == "status" and item}
    assert named == {(t(n), s) for n, s in want}, got


@pytest.mark.parametrize("traditional", [False, True])
def test_tallies_whose_whole_the_sentence_before_names(traditional: bool) -> None:
    text = (
        HEAD
        + "郑开：今年市《政府工作报告》确定了86项重点任务，我们实行月调度、季通报。截至9月底，已完成31项，"
        "正在推进52项，还有3项进展滞后。\n"
    )
    assert _tallies(_progress(text, traditional=traditional)) == {"met", "on_schedule", "not_met"}


@pytest.mark.parametrize("traditional", [False, True])
def test_counts_in_jian_before_their_status(traditional: bool) -> None:
    text = (
        HEAD
        + "十件民生实事中，已完成4件，其余6件中，4件按计划推进，"
        + "2件进展滞后（城乡供水一体化、城区雨污分流改造）。\n"
    )
    got = _progress(text, traditional=traditional)
    t = to_traditional if traditional else (lambda s: s)
    assert got[("status", t("城乡供水一体化"), None, "not_met")] == 1, got
    assert got[("status", t("城区雨污分流改造"), None, "not_met")] == 1, got
    assert _tallies(got) == {"met", "on_schedule"}, got


@pytest.mark.parametrize("number", ["1.", "（二）", "(3)"])
@pytest.mark.parametrize("traditional", [False, True])
def test_a_body_opening_with_its_reason(number: str, traditional: bool) -> None:
    text = (
        HEAD
        + "二、进度滞后的项目\n\n"
        + f"{number}湄江三桥建设工程。受汛期影响，主桥墩施工停工近两个月，截至6月底完成年度投资的31.5%，"
        + "低于序时进度18.5个百分点。\n"
    )
    got = _progress(text, traditional=traditional)
    name = to_traditional("湄江三桥建设工程") if traditional else "湄江三桥建设工程"
    assert got[("completion", name, 31.5, "")] == 1, got
    assert got[("lag", name, 18.5, "")] == 1, got


@pytest.mark.parametrize("traditional", [False, True])
def test_projects_done_ahead_and_the_rest_on_schedule(traditional: bool) -> None:
    text = (
        HEAD
        + "市民服务中心二期、岫川大道西延工程提前建成投用。8项主要指标中，3项快于序时进度，"
        + "其余5项指标基本按时序进度推进。\n"
    )
    got = _progress(text, traditional=traditional)
    t = to_traditional if traditional else (lambda s: s)
    assert got[("status", t("岫川大道西延工程"), None, "met")] == 1, got
    assert got[("status", t("市民服务中心二期"), None, "met")] == 1, got
    assert "on_schedule" in _tallies(got), got
