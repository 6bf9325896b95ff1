"""The one status vocabulary (govtargets/status.py): every code has its word, the lists that offer statuses
agree with it, and the words are written once."""

from __future__ import annotations

import ast
import typing
from pathlib import Path

import pytest

from govtargets.status import PROBLEMS, STATUSES, UNIT_CHOICES, Reported, Status

ROOT = Path(__file__).resolve().parent.parent / "govtargets"


def test_statuses_in_table_order():
    assert [str(s) for s in STATUSES] == ["完成", "序时推进", "滞后", "部分完成", "未完成", "取消", "未报送"]
    assert set(PROBLEMS) == {Status.BEHIND, Status.NOT_MET, Status.PARTLY_MET}


@pytest.mark.parametrize("code", [r.value for r in Reported])
def test_every_reported_code_has_a_word_and_a_judgement(code):
    r = Reported(code)
    assert r.label == r.judged.value and r.judged in STATUSES
    assert r.judged_for("indicator") in STATUSES and r.judged_for("task") == r.judged


def test_a_supervision_reports_lists_mean_schedule_for_an_indicator():
    assert Reported.MET.judged_for("indicator") == Status.ON_SCHEDULE
    assert Reported.NOT_MET.judged_for("indicator") == Status.BEHIND
    assert Reported.NOT_MET.judged_for("task") == Status.NOT_MET


def test_a_status_is_a_plain_string_where_it_is_stored_or_shown():
    assert f"报送为{Status.ON_SCHEDULE}" == "报送为序时推进"
    assert str(Reported.MET) == "met" and Reported.MET == "met" and {"met": 1}[Reported.MET] == 1


def test_the_forms_offer_what_a_unit_may_report():
    from govtargets.cli.progress import progress_add
    from govtargets.cycle.progress import STATUS_WORDS
    from govtargets.web.api import ReportedStatus
    from govtargets.web.reporting import STATUS_CHOICES

    codes = [r.value for r in UNIT_CHOICES]
    assert list(typing.get_args(ReportedStatus)) == codes
    assert [c for c, _ in STATUS_CHOICES] == codes
    option = next(p for p in progress_add.params if p.name == "status")
    assert list(option.type.choices) == codes  # type: ignore[attr-defined]
    assert {r.label for r in UNIT_CHOICES} <= set(STATUS_WORDS)
    assert all(STATUS_WORDS[r.label] == r for r in UNIT_CHOICES)


def test_the_pages_show_one_word_for_a_code():
    from govtargets.web.reporting import STATUS_NAMES as progress_names
    from govtargets.web.words import STATUS_NAMES as fact_names

    assert progress_names == fact_names == {r.value: r.label for r in Reported}


def test_extraction_gives_reported_codes():
    from govtargets.extract._progress_status import STATUS_RE, status_of

    text = "固投未达到序时进度，社零快于时序进度，北湖公园改造已完成，新城项目正在推进，幼儿园尚未启动"
    found = [status_of(m)[0] for m in STATUS_RE.finditer(text)]
    assert found and all(isinstance(s, Reported) for s in found)


# the words of the judged statuses appear as string literals only in govtargets/status.py; the readers
# (ingest, extract) match them as cue words in documents, which is another matter
_READERS = ("extract", "ingest")
# the same characters meaning something else: (file, word) → why
_OTHER_MEANING = {("web/routes_dashboard.py", "完成"): "the bullet chart's label of the completion %"}


def test_the_status_words_are_written_once():
    words = {s.value for s in Status}
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in _READERS or rel.as_posix() == "status.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        prose = {  # docstrings, and the literal parts of f-strings (sentences, not statuses)
            id(n.body[0].value)
            for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
            and n.body
            and isinstance(n.body[0], ast.Expr)
        } | {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and node.value in words
                and id(node) not in prose
                and (rel.as_posix(), node.value) not in _OTHER_MEANING
            ):
                found.append(f"{rel}:{node.lineno} {node.value}")
    assert not found, "\n".join(found)
