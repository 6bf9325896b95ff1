"""An indicator's name followed by 企业 names the firms, not the indicator (出口企业 are exporting firms):
a figure later in the sentence stays with the indicator named before them. Found on blind set s23 (04,
受主要出口企业订单下滑影响，仅完成年度目标的58.7% read as exports); invented variants: wording, script,
one line, in a progress bulletin and in a work report."""

from __future__ import annotations

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

_S2T = opencc.OpenCC("s2t")
BULLETIN = "青溪县2026年1-9月主要经济指标完成情况通报\n"
REPORT = (
    "2027年青溪县政府工作报告\n——2027年1月8日在青溪县第十八届人民代表大会第六次会议上\n一、2026年工作回顾\n"
)

CASES = [
    # (head, sentence, the (kind, metric, measure, value) it must give)
    (
        BULLETIN,
        "进出口总额完成情况不够理想，受主要出口企业订单下滑影响，仅完成年度目标的58.7%。",
        ("progress", "foreign_trade", "completion", 58.7),
    ),
    (
        BULLETIN,
        "进出口总额因出口企业订单减少，只完成年度计划的61.2%，低于序时进度13.8个百分点。",
        ("progress", "foreign_trade", "completion", 61.2),
    ),
    (
        BULLETIN,
        "外贸进出口总额受部分出口企业停产影响，完成年度目标的70%",
        ("progress", "foreign_trade", "completion", 70.0),
    ),
    (REPORT, "进出口总额在出口企业订单下滑的情况下仍增长4.6%。", ("actual", "foreign_trade", "growth", 4.6)),
    (REPORT, "全县出口企业实现出口额12.5亿元。", ("actual", "exports", "level", 12.5)),
]


def _facts(text: str) -> set[tuple[str, str | None, str, float | None]]:
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    return {
        (f.kind, f.metric, f.measure, None if f.value is None else float(f.value))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.value is not None
    }


@pytest.mark.parametrize(("head", "sentence", "want"), CASES, ids=[c[1][:10] for c in CASES])
@pytest.mark.parametrize("layout", ["lines", "one-line", "traditional"])
def test_the_figure_stays_with_the_indicator(head: str, sentence: str, want: tuple, layout: str) -> None:  # type: ignore[type-arg]
    text = head + sentence + "\n"
    if layout == "one-line":  # no line break: the lines run on after spaces
        text = head.replace("\n", " ") + "全县经济运行总体平稳。" + sentence
    elif layout == "traditional":
        text = str(_S2T.convert(text))
    got = _facts(text)
    assert want in got, got
    assert not any(f[1] == "exports" for f in got if want[1] != "exports"), got
