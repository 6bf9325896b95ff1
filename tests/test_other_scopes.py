"""Figures of another scope or time in a progress sentence: found on blind set s22 (01, 05, 06), whose run
read them as the region's. Invented variants (wording, script, one line).

- 同期全省… / 同期邻近的枫港市…: another place's completion, given for comparison;
- 其中青萝区… / 桂岭镇…: a part's (a district's, a town's) completion, not the whole's;
- （上期情况详见…：截至8月底，…的69.8%） and （相关阅读：…，…的27.4%）: another bulletin's figure.
"""

from __future__ import annotations

from collections import Counter

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

_S2T = opencc.OpenCC("s2t")
HEAD = "桐溪市2025年1-9月主要经济指标完成情况通报\n\n"
OWN = "1-9月，全市固定资产投资完成年度目标的78.6%，超序时进度3.6个百分点。"


def _completions(text: str) -> Counter[tuple[str | None, float]]:
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    return Counter(
        (f.metric or f.extra.get("item") or f.label or None, float(f.value))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "completion"
    )


@pytest.mark.parametrize(
    "other",
    [
        "同期全省固定资产投资完成年度目标的76.9%。",
        "同期邻近的枫港市重点任务完成率为79.5%。",
        "其中青萝区固定资产投资完成年度目标的91.4%。",
        "桂岭镇固定资产投资完成率达68%，居各镇首位。",
        "柘岭经开区规上工业总产值完成进度达31.5%，带动作用明显。",
        "其中县经济开发区固定资产投资完成年度目标的61.5%。",
        "上期情况详见本室第9期通报（截至8月底，固定资产投资完成年度目标的69.8%）。",
        "（相关阅读：第3期简报《一季度经济开局良好》，一季度固定资产投资完成年度目标的27.4%）",
    ],
)
@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize("one_line", [False, True])
def test_another_scopes_figure_is_not_the_regions(other: str, traditional: bool, one_line: bool) -> None:
    text = HEAD + OWN + ("" if one_line else "\n") + other + "\n"
    got = _completions(str(_S2T.convert(text)) if traditional else text)
    assert got == Counter({("fixed_asset_investment", 78.6): 1}), got


def test_a_total_is_no_item() -> None:
    text = HEAD + "全县36个县级重点项目累计完成投资48.6亿元，完成年度计划的56.2%。\n"
    got = _completions(text)
    assert got == Counter({(None, 56.2): 1}), got  # not an item named 累计
