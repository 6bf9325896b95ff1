"""The extractor against the blind gold set of national work reports (docs/gold_national.md).

tests/gold_national: 10 national reports 1979-2021, annotated by reading the text before the extractor was run
on them. First run, code at 3fd5779: actuals P=0.893 R=0.373 F1=0.526, targets P=0.600 R=0.789 F1=0.682,
qualifiers 15/15. After the national reading work (issue 11: goals met as a review, older names, 我国/全国,
Chinese numerals with 亿 and 万, years inside a sentence): actuals P=0.984 R=0.925 F1=0.954, targets P=0.950
R=1.000 F1=0.974, qualifiers 19/19 (ported onto main: actuals R=0.955 F1=0.970). The thresholds below
are those figures rounded down, so they guard against regressions; raise them as the reading improves
(the goal, as for every real report: F1 >= 0.95).

tests/gold_national_final: 5 more reports, the held-out set, annotated without running any code on them. Their
scoring test runs only when GOVTARGETS_NATIONAL_FINAL=1 (the coordinator runs it once, at the end).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from govtargets import extract_facts, read_document
from govtargets.evaluate import GOLD_FIELDS, load_jsonl, score

from .conftest import GOLD_NATIONAL, GOLD_NATIONAL_FINAL, NATIONAL, needs_shared, source_of

# Today's figures rounded down (first run 0.526 / 0.682; on the national branch 0.954 / 0.974;
# ported onto main, where 比一九八二年 stays a break: 0.970 / 0.974). Goal: 0.95 and 0.95.
MIN_ACTUAL_F1 = 0.96
MIN_TARGET_F1 = 0.97
MIN_QUALIFIER = 0.95


def _scores(gold_dir: Path):  # type: ignore[no-untyped-def]
    gold_files = sorted(gold_dir.glob("*.jsonl"))
    gold = list(load_jsonl(gold_files))
    pred = []
    for g in gold_files:
        pred += [f.to_dict() for f in extract_facts(read_document(source_of(g)))]
    return score(gold, pred)


def _report(s) -> str:  # type: ignore[no-untyped-def]
    lines = [f"{k}: P={p.precision:.3f} R={p.recall:.3f} F1={p.f1:.3f}" for k, p in s.by_kind.items()]
    return "\n".join(lines + s.error_lines())


@needs_shared
def test_national_gold_scores() -> None:
    s = _scores(GOLD_NATIONAL)
    assert s.docs == 10
    assert s.by_kind["actual"].f1 >= MIN_ACTUAL_F1, _report(s)
    assert s.by_kind["target"].f1 >= MIN_TARGET_F1, _report(s)
    assert s.qualifier_accuracy >= MIN_QUALIFIER, s.qualifier_errors


@needs_shared
@pytest.mark.skipif(
    os.environ.get("GOVTARGETS_NATIONAL_FINAL") != "1", reason="held-out set: run once, at the end"
)
def test_national_final_gold_scores() -> None:
    s = _scores(GOLD_NATIONAL_FINAL)
    print(_report(s))
    assert s.docs >= 1
    assert s.by_kind["actual"].f1 >= MIN_ACTUAL_F1, _report(s)
    assert s.by_kind["target"].f1 >= MIN_TARGET_F1, _report(s)


@pytest.mark.parametrize("folder", [GOLD_NATIONAL, GOLD_NATIONAL_FINAL], ids=["national", "final"])
def test_national_gold_files_are_facts_only(folder: Path) -> None:
    """Gold lines record facts and offsets, never copied sentences."""
    if folder == GOLD_NATIONAL_FINAL and not any(folder.glob("*.jsonl")):
        pytest.skip("held-out set not annotated yet")
    lines = list(load_jsonl([folder]))
    assert lines, f"no annotations in {folder}"
    for line in lines:
        assert set(line) <= GOLD_FIELDS, line
        assert line["kind"] in ("actual", "target")
        assert line["measure"] in ("level", "growth")
        if line["kind"] == "target":
            assert line["low"] <= line["high"] and line["qualifier"], line
        note = line.get("note", "")
        assert sum(1 for c in note if "\u4e00" <= c <= "\u9fff") <= 12, note


@needs_shared
def test_national_gold_offsets_point_at_a_clause() -> None:
    """Each line's offsets cover a short clause of its document that contains a number."""
    for line in load_jsonl([GOLD_NATIONAL]):
        text = (NATIONAL / line["doc"]).read_text(encoding="utf-8")
        clause = text[line["start"] : line["end"]]
        assert 0 < len(clause) <= 120, line
        assert any(c.isdigit() or c in "〇零一二三四五六七八九十百千万亿" for c in clause), line
