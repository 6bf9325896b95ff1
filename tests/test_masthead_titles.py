"""A supervision bulletin opens with its masthead (督查通报, 第9期), then its title (关于前三季度…的通报):
the title is the second, and the period it names (前三季度) is the period of the bulletin's statements.
Found on tests/blind_s14 (the masthead was taken for the title, so the prose's completions got the year,
not 2023Q1-Q3, and the table's were not seen as the same facts); invented variants."""

from __future__ import annotations

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all
from govtargets.ingest import describe

MASTHEADS = ["督查通报", "督 查 通 报", "督查专报", "督查快报", "工作通报", "督 查 专 报", "督办通报"]
ISSUES = ["第9期", "〔2023〕第9期", "2023年第9期", ""]
TITLES = [
    ("关于前三季度重点指标推进情况的督查通报", "Q1-Q3"),
    ("关于2023年上半年主要经济指标完成情况的通报", "H1"),
    ("关于一季度政府工作报告重点任务落实情况的通报", "Q1"),
    ("2023年1-9月全区重点指标推进情况", "Q1-Q3"),
    ("全区上半年重点工作督查情况通报", "H1"),
]


@pytest.mark.parametrize("masthead", MASTHEADS)
@pytest.mark.parametrize("issue", ISSUES)
@pytest.mark.parametrize(("title", "period"), TITLES)
def test_the_title_under_a_masthead(masthead: str, issue: str, title: str, period: str) -> None:
    lines = ["柏塘区人民政府办公室", masthead, issue, title, "各街道办事处、区政府各部门："]
    head = "\n".join(x for x in lines if x)
    body = "财政总收入完成年度目标的71.9%，低于序时进度3.1个百分点。"
    text = head + "\n" + body + "\n柏塘区人民政府督查室\n2023年10月18日\n"
    assert describe(text).title == title
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    facts = [f for f in extract_all(doc, tasks=False) if isinstance(f, Fact) and f.kind == "progress"]
    assert {f.period for f in facts} == {f"2023{period}"}, facts


def test_a_masthead_alone_stays_the_title() -> None:
    text = "督查通报\n第9期\n区政府督查室于10月中旬开展了专项督查。\n"
    assert describe(text).title == "督查通报"


def test_a_report_titled_on_its_first_line_is_not_changed() -> None:
    text = "关于2023年政府工作报告重点任务落实情况的通报\n各乡镇人民政府：\n现将情况通报如下。\n"
    assert describe(text).title == "关于2023年政府工作报告重点任务落实情况的通报"


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["关于印发砚溪县2025年政府工作报告", "重点工作任务清单的通知"],
            "关于印发砚溪县2025年政府工作报告重点工作任务清单的通知",
        ),
        (
            ["关于印发《砚溪县2025年政府工作报告", "重点工作任务分解》的", "通知"],
            "关于印发《砚溪县2025年政府工作报告重点工作任务分解》的通知",
        ),
        (
            ["关于2025年上半年主要经济指标完成情况的报告", "县人大常委会："],
            "关于2025年上半年主要经济指标完成情况的报告",
        ),
    ],
)
def test_a_title_wrapped_over_lines(lines: list[str], title: str) -> None:
    """A notice copied from a PDF wraps its title: 关于印发…政府工作报告 / 重点工作任务清单的通知 is one title
    (and the notice is a notice, not a work report by its first line's last words)."""
    text = (
        "砚溪县人民政府办公室文件\n砚政办〔2025〕9号\n"
        + "\n".join(lines)
        + "\n各乡镇人民政府：\n现将清单印发给你们。\n"
    )
    assert describe(text).title == title
