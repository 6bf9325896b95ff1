"""A form of labelled rows, as a 督办通知单's 办理回执 is: 督办事项 | A, 承办单位 | B, 办理时限 | …,
办理情况 | …, 办理结果 | 已办结. What the report rows say is the record's item's (A), not the label's; a
deadline row's 持续推进 is when, not how far. Found on blind set s25 (02: 4 of 11 facts, 10 spurious);
invented variants: labels, cells in a Word table or tab-separated text, script, several records."""

from __future__ import annotations

import io
from collections import Counter

import docx
import opencc
import pytest

from tests._progress_score import progress_keys

_S2T = opencc.OpenCC("s2t")
RECORDS = [
    # (item label, item, report label, report, result label, result)
    (
        "督办事项",
        "滨湖路拓宽改造工程",
        "办理情况",
        "10月18日通过交工验收，完成年度投资计划的102.3%。",
        "办理结果",
        "已办结",
    ),
    (
        "事项名称",
        "市妇幼保健院门诊楼建设",
        "进展情况",
        "主体结构已封顶，累计完成年度投资的71%。",
        "办理结果",
        "正在推进",
    ),
    (
        "任务名称",
        "城南农贸市场迁建",
        "办理情况",
        "因规划调整，经市政府研究同意调整出年度计划。",
        "办理结果",
        "取消",
    ),
    (
        "项目名称",
        "老城区雨污分流改造",
        "完成情况",
        "计划改造管网36公里，已完成27公里，完成年度目标的75%。",
        "办理结果",
        "部分完成",
    ),
]
WANT = Counter(
    {
        ("completion", "滨湖路拓宽改造工程", 102.3, ""): 1,
        ("status", "滨湖路拓宽改造工程", None, "met"): 1,
        ("completion", "市妇幼保健院门诊楼建设", 71.0, ""): 1,
        ("status", "市妇幼保健院门诊楼建设", None, "on_schedule"): 1,
        ("status", "城南农贸市场迁建", None, "cancelled"): 1,
        ("completion", "老城区雨污分流改造", 75.0, ""): 1,
        ("status", "老城区雨污分流改造", None, "partly_met"): 1,
    }
)
HEAD = "澄江市人民政府督查室\n办理回执汇总\n"


def _rows(n: int, deadline: str) -> list[tuple[str, str]]:
    label, item, report_label, report, result_label, result = RECORDS[n]
    return [
        (label, item),
        ("承办单位", "市住房和城乡建设局"),
        ("办理时限", deadline),
        (report_label, report),
        (result_label, result),
        ("承办单位负责人", "沈嘉禾"),
    ]


def _text(traditional: bool, deadline: str) -> str:
    parts = [HEAD]
    for n in range(len(RECORDS)):
        parts.append(f"回执{n + 1}\n" + "".join(f"{a}\t{b}\n" for a, b in _rows(n, deadline)))
    text = "".join(parts)
    return str(_S2T.convert(text)) if traditional else text


def _docx(deadline: str) -> bytes:
    d = docx.Document()
    for line in HEAD.splitlines():
        d.add_paragraph(line)
    for n in range(len(RECORDS)):
        d.add_paragraph(f"回执{n + 1}")
        rows = _rows(n, deadline)
        table = d.add_table(rows=len(rows), cols=2)
        for row, (a, b) in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = a, b
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _traditional(want: Counter[tuple[str, str | None, float | None, str]]) -> Counter:  # type: ignore[type-arg]
    return Counter({(m, str(_S2T.convert(i)) if i else i, v, s): n for (m, i, v, s), n in want.items()})


@pytest.mark.parametrize("deadline", ["2026年10月31日前", "持续推进，每月25日前报送进展"])
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_a_forms_rows_in_text(deadline: str, traditional: bool) -> None:
    got = progress_keys(_text(traditional, deadline).encode("utf-8"), "huizhi.txt")
    assert got == (_traditional(WANT) if traditional else WANT)


@pytest.mark.parametrize("deadline", ["2026年10月31日前", "持续推进"])
def test_a_forms_rows_in_a_word_table(deadline: str) -> None:
    assert progress_keys(_docx(deadline), "huizhi.docx") == WANT
