"""The blind set tests/blind_s14: progress reports as .docx (indicator tables, task tables with a 进展情况
column, Word's automatic numbering). Its first run and the fix it led to are in its README; this keeps the
figure reached after it (scored by key: measure, indicator or item, value, status)."""

from __future__ import annotations

from pathlib import Path

from ._progress_score import progress_counts

BLIND = Path(__file__).resolve().parent / "blind_s14"


def test_progress_reports_as_docx() -> None:
    tp, fp, fn = progress_counts(BLIND, low_gold_optional=False)
    assert tp >= 110 and fp <= 1, (tp, fp, fn)  # F1 0.995 (first run 0.860)
