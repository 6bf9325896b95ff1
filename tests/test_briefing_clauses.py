"""A briefing's clauses on projects and its calls and forecasts: found on blind set s22 (05, 06), whose first
run missed or misread them; invented variants (wording, punctuation, script).

- A project named at its clause's start with its status right after it (滨江物流园进度滞后，完成年度投资的
  31.5%，慢于序时进度18.5个百分点): the status and the figures are the project's, named without the status.
- 其中，A、B已建成投用: a list after 其中 and a comma.
- A call or a forecast carrying a completion figure (确保年底前完成年度目标的100% ; 预计全年可完成年度目标的
  90%左右 ; 可能只能完成目标的85%) is no completion.
"""

from __future__ import annotations

from collections import Counter

import opencc
import pytest

from ._progress_score import Key, progress_keys

_S2T = opencc.OpenCC("s2t")
HEAD = "桐溪县上半年重点项目推进情况简报\n\n"


def _progress(text: str, traditional: bool = False) -> Counter[Key]:
    return progress_keys((str(_S2T.convert(text)) if traditional else text).encode("utf-8"), "jianbao.txt")


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("滨江物流园进度滞后，完成年度投资的31.5%，慢于序时进度18.5个百分点。", "not_met"),
        ("城东污水处理厂三期工程按计划推进，完成年度投资的31.5%，低于序时进度18.5个百分点。", "on_schedule"),
        ("重点项目方面，滨江物流园进度滞后，完成年度投资的31.5%，慢于序时进度18.5个百分点。", "not_met"),
        ("县城二水厂已完工；滨江物流园进度滞后，完成年度投资的31.5%，慢于序时进度18.5个百分点。", "not_met"),
    ],
)
def test_a_project_opening_its_clause_with_its_status(sentence: str, status: str, traditional: bool) -> None:
    got = _progress(HEAD + sentence + "\n", traditional)
    named = [k for k in got if k[1] and k[0] == "completion"]  # one project's completion
    assert len(named) == 1 and named[0][2] == 31.5, got
    name = named[0][1]
    assert not any(w in name for w in ("滞后", "推进", "滯後")), got  # named without its status
    assert got[("status", name, None, status)] == 1, got
    assert got[("lag", name, 18.5, "")] == 1, got


@pytest.mark.parametrize("lead", ["其中，", "其中", "其中:"])
def test_a_list_after_qizhong(lead: str) -> None:
    got = _progress(
        HEAD + f"全县36个重点项目已开工32个，{lead}蔺川大道改造、县城污水处理厂三期已建成投用。\n"
    )
    assert got[("status", "蔺川大道改造", None, "met")] == 1, got
    assert got[("status", "县城污水处理厂三期", None, "met")] == 1, got


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize(
    "sentence",
    [
        "各牵头单位要倒排工期，确保年底前完成年度目标的100%。",
        "预计全年进出口总额可完成年度目标的90%左右。",
        "如果下半年不能加快进度，全年工业投资可能只能完成目标的85%左右。",
        "力争三季度末固定资产投资完成年度目标的80%。",
        "全年有望完成年度计划的95%。",
    ],
)
def test_calls_and_forecasts_are_no_completions(sentence: str, traditional: bool) -> None:
    got = _progress(HEAD + "截至6月底，固定资产投资完成年度目标的52.3%。" + sentence + "\n", traditional)
    assert [k for k in got if k[0] == "completion"] == [("completion", "fixed_asset_investment", 52.3, "")], (
        got
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "（一）个别重大项目推进缓慢。",
        "二是部分项目推进缓慢。",
        "十件为民办实事项目如期完成。",
        "全县重点项目进度滞后。",
        "一批重点项目进展顺利。",
    ],
)
def test_a_group_of_projects_is_no_item(sentence: str) -> None:
    got = _progress(HEAD + "三、存在问题\n\n" + sentence + "\n")
    assert not [k for k in got if k[1]], got


@pytest.mark.parametrize("sentence", ["因资金到位延迟尚未开工。", "受汛期影响进度滞后。", "经研究予以取消。"])
def test_a_clause_of_a_reason_and_a_status_names_nothing(sentence: str) -> None:
    got = _progress(HEAD + "其中，" + sentence + "\n")  # (this once raised: nothing was left to name)
    assert not [k for k in got if k[1]], got


@pytest.mark.parametrize("frame", ["亮红灯的2项任务中，", "十件民生实事中，", "重点项目中，"])
def test_a_project_named_before_its_reason_after_a_frame(frame: str) -> None:
    got = _progress(HEAD + frame + "城西片区雨污分流改造因管线迁改协调缓慢，仅完成工程量的28%。\n")
    assert got[("completion", "城西片区雨污分流改造", 28.0, "")] == 1, got
