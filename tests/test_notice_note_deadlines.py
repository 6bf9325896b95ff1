"""A responsibility note that names its units by verbs and also gives a labelled deadline
(（市教育局负责，完成时限：11月底前）, （李某某同志牵头，市交通运输局、市财政局具体负责，完成时限：10月底前）,
（市民政局牵头，市财政局配合；完成时限：6月底前） on the line after its item): the units and the deadline,
never the deadline alone with the note left in the task's text. Found on the first run of the blind set
tests/blind_s8; these are invented variants of it."""

from __future__ import annotations

import pytest

from govtargets import read_bytes
from govtargets.extract import extract_tasks

HEAD = "苇川市2025年民生实事项目责任分工\n为切实办好今年市政府承诺的民生实事，现将责任分工明确如下：\n"
SECOND = "（2）新增停车泊位500个。（市城管局牵头）\n"

CASES = {
    "负责, comma": (
        "（1）新建学校6所。（市教育局负责，完成时限：11月底前）\n",
        ("市教育局",),
        (),
        "11月底前",
    ),
    "负责, semicolon": (
        "（1）新建学校6所。（市教育局负责；完成时限：11月底前）\n",
        ("市教育局",),
        (),
        "11月底前",
    ),
    "牵头 and 配合, own line": (
        "（1）新建学校6所。\n（市教育局牵头，市财政局配合；完成时限：6月底前）\n",
        ("市教育局",),
        ("市财政局",),
        "6月底前",
    ),
    "a person leads, comma": (
        "（1）新建学校6所（李某某同志牵头，市教育局、市财政局具体负责，完成时限：10月底前）。\n",
        ("市教育局",),
        ("市财政局",),
        "10月底前",
    ),
    "full-width digits": (
        "（1）新建学校６所（李某某同志牵头，市教育局、市财政局具体负责，完成时限：１０月底前）。\n",
        ("市教育局",),
        ("市财政局",),
        "１０月底前",
    ),
    "完成时间": (
        "（1）新建学校6所。（市教育局牵头，市财政局配合，完成时间：年底前）\n",
        ("市教育局",),
        ("市财政局",),
        "年底前",
    ),
    "traditional": (
        "（1）新建學校6所。（市教育局負責，完成時限：11月底前）\n",
        ("市教育局",),
        (),
        "11月底前",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_verb_note_with_a_deadline(name: str) -> None:
    body, leads, co, deadline = CASES[name]
    doc = read_bytes((HEAD + body + SECOND).encode("utf-8"), "notice.txt")
    first, second = extract_tasks(doc)
    assert (first.text[:2], first.lead_units, first.co_units, first.deadline) == (
        "新建",
        leads,
        co,
        deadline,
    )
    assert "（" not in first.text and "完成" not in first.text
    assert second.lead_units == ("市城管局",)
