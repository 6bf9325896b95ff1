"""The blind sets tests/blind_s18 (eight task-assignment notices in layouts the earlier sets lacked: an HTML
table, units before the task, a table copied from a PDF one cell a line, starred leads, labels in square
brackets, merged cells under a two-row header, traditional script, GB18030) and tests/blind_s19 (seven
progress documents of other forms: a department's report by task, a 督办 reply, a ranking bulletin, a
民生实事 table, a one-line review, a projects report, a press conference). Their first runs and the fixes
they led to are in their READMEs; this keeps the figures reached after them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from govtargets import read_bytes
from govtargets.extract import extract_tasks
from govtargets.text import to_simplified

from ._progress_score import progress_counts

TESTS = Path(__file__).resolve().parent
_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}[.．、]|[（(]\d{1,3}[)）]|[①-⑳]|[一二三四五六七八九十]+是)\s*")


def test_notices_of_blind_s18() -> None:
    blind = TESTS / "blind_s18"
    found = right = spurious = total = 0
    for gold in sorted(blind.glob("*.json")):
        want = json.loads(gold.read_text(encoding="utf-8"))
        [src] = [p for p in blind.iterdir() if p.stem == gold.stem and p.suffix != ".json"]
        doc = read_bytes(src.read_bytes(), src.name)
        got = [
            (
                _NUMBER_RE.sub("", to_simplified(doc.text[t.start : t.end])),
                [to_simplified(u) for u in t.lead_units],
                sorted(to_simplified(u) for u in t.co_units),
            )
            for t in extract_tasks(doc)
        ]
        used: set[int] = set()
        for w in want:
            start = to_simplified(w["text_start"])
            hit = next((i for i, g in enumerate(got) if i not in used and g[0].startswith(start)), None)
            if hit is None:
                continue
            used.add(hit)
            found += 1
            right += got[hit][1:] == (
                [to_simplified(u) for u in w["lead_units"]],
                sorted(to_simplified(u) for u in w["co_units"]),
            )
        spurious += len(got) - len(used)
        total += len(want)
    # first run: 46 of 90 found, leads right on 25, co units on 35, 10 spurious
    assert (found, right, spurious, total) == (90, 90, 0, 90)


def test_progress_of_blind_s19() -> None:
    blind = TESTS / "blind_s19"
    tp, fp, fn = progress_counts(blind)
    assert tp >= 104 and fp <= 10, (tp, fp, fn)  # F1 0.900 (first run 0.657: tp 66, fp 18, fn 51)


def test_progress_of_blind_s20() -> None:
    """tests/blind_s20: five progress documents written at the session's end (minutes, a hearing, a one-line
    news article, a projects table, an inspection's feedback)."""
    blind = TESTS / "blind_s20"
    tp, fp, fn = progress_counts(blind)
    assert tp >= 66 and fp <= 4, (tp, fp, fn)  # F1 0.936 (first run 0.672: tp 41, fp 10, fn 30)
