"""Tasks against the team's gold: seed 003's 为民办实事 items and the two task-assignment notices."""

from __future__ import annotations

import json
from pathlib import Path

from govtargets import read_document
from govtargets.evaluate import PRF
from govtargets.extract._tasks import extract_tasks

from .conftest import needs_shared, source_of

GOLD = Path(__file__).parent / "gold_tasks"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Spans match when they overlap by at least half of the longer one."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter * 2 >= max(a[1] - a[0], b[1] - b[0])


def score_tasks(name: str) -> tuple[PRF, int, int, list[str]]:
    gold = [
        json.loads(x) for x in (GOLD / f"{name}.tasks.jsonl").read_text(encoding="utf-8").splitlines() if x
    ]
    doc = read_document(source_of(GOLD / f"{name}.jsonl"))
    pred = list(extract_tasks(doc))
    if name.startswith("003_"):  # its gold holds the ten 为民办实事 items only
        pred = [t for t in pred if t.minsheng]
    prf, used, lead_right, errors = PRF(), set(), 0, []
    for t in pred:
        hit = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used and _overlap((t.start, t.end), (g["start"], g["end"]))
            ),
            None,
        )
        if hit is None:
            prf.fp += 1
            errors.append(f"SPURIOUS {t.number} {t.text[:30]}")
            continue
        used.add(hit)
        prf.tp += 1
        if list(t.lead_units) == gold[hit]["lead_units"]:
            lead_right += 1
        else:
            errors.append(f"LEAD {t.number} {list(t.lead_units)} != {gold[hit]['lead_units']}")
    prf.fn = len(gold) - len(used)
    errors += [
        f"MISSED {g['number']} {doc.text[g['start'] : g['end']][:30]}"
        for i, g in enumerate(gold)
        if i not in used
    ]
    return prf, lead_right, prf.tp, errors


@needs_shared
def test_minsheng_items_of_seed_003() -> None:
    prf, _, _, errors = score_tasks("003_0fdef7f98de9efbf.txt")
    assert (prf.tp, prf.fp, prf.fn) == (10, 0, 0), errors


@needs_shared
def test_notices_boundaries_and_lead_units() -> None:
    total, leads, matched, report = PRF(), 0, 0, []
    for name in ("zhejiang_2021_task_assignment.docx", "tianjin_task_assignment.docx"):
        prf, lead_right, tp, errors = score_tasks(name)
        total.tp += prf.tp
        total.fp += prf.fp
        total.fn += prf.fn
        leads += lead_right
        matched += tp
        report += [f"{name}: {e}" for e in errors]
    summary = f"P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f} lead {leads}/{matched}"
    assert total.f1 >= 0.80, "\n".join([summary, *report[:40]])
    assert leads >= 0.95 * matched, "\n".join([summary, *report[:40]])


@needs_shared
def test_review_sections_give_no_tasks() -> None:
    from .conftest import SEEDS

    doc = read_document(SEEDS / "003_0fdef7f98de9efbf.txt")
    review_end = doc.text.index("二、2014年政府工作思路和目标要求")
    assert all(t.start > review_end for t in extract_tasks(doc))
    for name in ("000_c91e28573130fe59.txt", "002_52924f53d217235b.txt"):  # a review and a supervision report
        assert list(extract_tasks(read_document(SEEDS / name))) == []
