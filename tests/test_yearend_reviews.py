"""A year-end review's verdict on each target: the figure, the target restated, then 已完成 / 未完成 /
基本完成 alone in its clause (地区生产总值增长5.2%，目标6%左右，未完成). Found on blind set s22 (04), whose
first run read none of its twelve; invented variants (wording, punctuation, numbering, script, one line)."""

from __future__ import annotations

from collections import Counter

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

_S2T = opencc.OpenCC("s2t")
HEAD = "关于2024年《政府工作报告》目标任务落实情况的报告\n\n二、主要预期目标完成情况\n\n"
LINES = [
    ("地区生产总值增长5.2%，目标6%左右，未完成，增速低于全市平均0.4个百分点", "gdp", "not_met"),
    ("规上工业增加值增长7.6%，年度目标为7%，已完成", "industrial_va_above_scale", "met"),
    ("固定资产投资增长3.1%，预期目标8%，没有完成", "fixed_asset_investment", "not_met"),
    ("社会消费品零售总额增长6.3%，目标6.5%，基本完成", "retail_sales", "met"),
    ("城镇新增就业5120人，完成年度目标的102.4%，已完成", "new_urban_jobs", "met"),
    ("城镇调查失业率5.1%，目标控制在5.5%以内，已完成", "surveyed_unemployment_rate", "met"),
    ("单位地区生产总值能耗下降3.2%，完成市下达的年度控制目标", "energy_intensity", "met"),
]


def _statuses(text: str) -> Counter[tuple[str | None, str]]:
    doc = read_bytes(text.encode("utf-8"), "luoshi.txt")
    return Counter(
        (f.metric, str(f.status))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "status"
    )


@pytest.mark.parametrize(
    "layout",
    [
        lambda xs: "\n".join(f"{n}.{x}。" for n, x in enumerate(xs, 1)),
        lambda xs: "\n".join(f"（{'一二三四五六七'[n]}）{x}。" for n, x in enumerate(xs)),
        lambda xs: "；".join(xs) + "。",  # one paragraph, semicolons
        lambda xs: "".join(f"{n}.{x}。" for n, x in enumerate(xs, 1)),  # one line
    ],
    ids=["numbered", "bracketed", "semicolons", "one-line"],
)
@pytest.mark.parametrize("traditional", [False, True])
def test_each_targets_verdict(layout, traditional: bool) -> None:  # type: ignore[no-untyped-def]
    text = HEAD + layout([x for x, _, _ in LINES]) + "\n"
    got = _statuses(str(_S2T.convert(text)) if traditional else text)
    for _, metric, status in LINES:
        assert got[(metric, status)] == 1, (metric, got)


@pytest.mark.parametrize(
    "line",
    [
        "地区生产总值增长5.2%，目标6%左右，未完成的主要原因是工业大项目投产推迟。",  # a reason, not a verdict
        "地区生产总值增长5.2%，目标6%左右，已完成技改项目12个。",  # another thing done
        "地区生产总值增长5.2%，确保完成年度目标。",  # a call
    ],
)
def test_no_verdict(line: str) -> None:
    assert not _statuses(HEAD + line + "\n"), line
