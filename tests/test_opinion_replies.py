"""A government's reply on the people's congress's opinions (审议意见研究处理情况的报告): found on blind set
s23 (03), whose first run read nothing from it (its title went unread and its 牵头 notes made it a notice).
Invented variants (title wording, result words, counts in 条, script).

- The title …处理情况的报告 / …整改情况的报告 makes it a supervision report; its progress is read.
- Each point: （一）name / 审议意见：… / 办理情况：… / 办理结果：已办结 | 正在办理 (on schedule).
- The opinion quoted, or a deputy's remark, carries others' figures (another time, another place): none.
- 审议意见6条。…已办结3条，正在办理2条: tallies.
"""

from __future__ import annotations

import opencc
import pytest

from govtargets import read_bytes

from ._progress_score import progress_keys

_S2T = opencc.OpenCC("s2t")


def _reply(title: str, result2: str) -> str:
    return (
        "桐川市人民政府\n"
        f"{title}\n\n"
        "市人大常委会：\n"
        "现将研究处理情况报告如下。市政府将审议意见逐条分解，市住建局牵头，市财政局配合。\n\n"
        "一、主要指标执行情况\n"
        "审议意见指出，1-8月全市固定资产投资完成年度目标的58.3%，落后序时进度8.4个百分点。截至11月底，"
        "全市固定资产投资完成年度目标的89.6%，落后序时进度2.1个百分点。\n\n"
        "二、审议意见办理情况\n"
        "常委会组成人员共提出审议意见6条。截至11月30日，已办结3条，正在办理2条，列入计划逐步解决1条。\n"
        "（一）城东污水处理厂二期建设\n"
        "审议意见：部分委员指出，该项目推进慢，邻近的栎江市同类项目完成年度投资的120%。\n"
        "办理情况：市城市管理局牵头，项目11月中旬投入试运行，完成年度投资的102.5%。\n"
        "办理结果：已办结。\n"
        "（二）老城区背街小巷整治\n"
        "审议意见：有代表反映，部分背街小巷路面破损。\n"
        "办理情况：已完成整治41条，完成年度计划的68.3%。\n"
        f"办理结果：{result2}。\n"
    )


@pytest.mark.parametrize(
    "title",
    [
        "关于市人大常委会对《2024年市政府工作报告》执行情况审议意见研究处理情况的报告",
        "关于《政府工作报告》执行情况审议意见整改情况的报告",
    ],
)
@pytest.mark.parametrize(("result2", "status2"), [("正在办理", "on_schedule"), ("已办结", "met")])
@pytest.mark.parametrize("traditional", [False, True])
def test_a_reply_on_the_congress_opinions(title: str, result2: str, status2: str, traditional: bool) -> None:
    text = _reply(title, result2)
    t = (lambda s: str(_S2T.convert(s))) if traditional else (lambda s: s)
    data = t(text).encode("utf-8")
    assert read_bytes(data, "huifu.txt").doc_kind == "supervision_report"
    got = progress_keys(data, "huifu.txt")
    assert got[("completion", "fixed_asset_investment", 89.6, "")] == 1, got
    assert got[("lag", "fixed_asset_investment", 2.1, "")] == 1, got
    assert not [k for k in got if k[2] in (58.3, 8.4, 120.0)], got  # the opinion's and a remark's figures
    assert got[("completion", t("城东污水处理厂二期建设"), 102.5, "")] == 1, got
    assert got[("status", t("城东污水处理厂二期建设"), None, "met")] == 1, got
    assert got[("completion", t("老城区背街小巷整治"), 68.3, "")] == 1, got
    assert got[("status", t("老城区背街小巷整治"), None, status2)] == 1, got
    tallies = {s for (m, item, _, s) in got if m == "status" and item is None}
    assert tallies == {"met", "on_schedule"}, got


def test_progress_in_a_document_read_as_a_notice_is_kept() -> None:
    """The kind is a guess: a reply whose title names no report and whose 牵头 notes make it read as a notice
    still gives its progress statements."""
    text = (
        "关于代表建议的答复\n\n"
        "市城市管理局牵头，市财政局、市自然资源局配合；市住建局牵头，各街道办事处配合。\n"
        "（一）城东污水处理厂二期建设。项目11月中旬投入试运行，完成年度投资的102.5%。\n"
        "（二）老城区背街小巷整治。完成年度计划的68.3%，按序时推进。\n"
    )
    data = text.encode("utf-8")
    assert read_bytes(data, "dafu.txt").doc_kind == "task_assignment"  # the guess this test is about
    got = progress_keys(data, "dafu.txt")
    assert got[("completion", "城东污水处理厂二期建设", 102.5, "")] == 1, got
    assert got[("completion", "老城区背街小巷整治", 68.3, "")] == 1, got
    assert got[("status", "老城区背街小巷整治", None, "on_schedule")] == 1, got


@pytest.mark.parametrize("traditional", [False, True])
def test_a_notices_ongoing_deadlines_are_no_statuses(traditional: bool) -> None:
    text = (
        "桐川县人民政府办公室关于印发2025年政府工作报告重点任务分解方案的通知\n\n"
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t做好安全生产专项整治\t县应急管理局\t县安委会各成员单位\t持续推进\n"
        "2\t推进城乡供水一体化\t县水利局\t县财政局\t长期坚持\n\n"
        "3.开展营商环境提升行动\n牵头单位：县发改局\n配合单位：县数据局\n完成时限：持续推进\n"
    )
    data = (str(_S2T.convert(text)) if traditional else text).encode("utf-8")
    assert read_bytes(data, "tongzhi.txt").doc_kind == "task_assignment"
    assert not progress_keys(data, "tongzhi.txt")
