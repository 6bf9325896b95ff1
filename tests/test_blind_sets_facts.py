"""The blind sets of session 7 for facts: tests/blind_s9 (progress in supervision reports and reviews) and
tests/blind_s10 (actuals and targets of work reports). Their first runs and the fixes they led to are in their
READMEs; this keeps the figures reached after them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from govtargets import extract_facts, read_bytes
from govtargets.evaluate import load_jsonl, score

TESTS = Path(__file__).resolve().parent


def _key(f: dict[str, Any]) -> tuple[Any, ...]:
    value = f.get("value")
    return (f["measure"], f.get("metric"), None if value is None else round(float(value), 2), f.get("status"))


def _low(f: dict[str, Any]) -> bool:
    return f.get("confidence") == "low" or (f.get("extra") or {}).get("confidence") == "low"


def test_progress_in_supervision_reports_and_reviews() -> None:
    """Matched as tests/test_blind_issue10.py matches progress; low-confidence judgements not scored."""
    tp = fp = fn = 0
    for gold_file in sorted((TESTS / "blind_s9").glob("*.progress.jsonl")):
        name = gold_file.name.replace(".progress.jsonl", ".txt")
        doc = read_bytes((TESTS / "blind_s9" / name).read_bytes(), name)
        gold = [json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()]
        scored = [g for g in gold if not g.get("optional") and not _low(g)]
        optional = [g for g in gold if g.get("optional") or _low(g)]
        pred = [f.to_dict() for f in extract_facts(doc) if f.kind == "progress"]
        used: set[int] = set()
        for p in (p for p in pred if p.get("confidence") != "low"):
            a, b = p.get("item_start", p["start"]), p.get("item_end", p["end"])
            hit = next(
                (
                    i
                    for i, g in enumerate(scored)
                    if i not in used and _key(g) == _key(p) and g["start"] < b and a < g["end"]
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
                tp += 1
            elif not any(_key(g) == _key(p) and g["start"] < b and a < g["end"] for g in optional):
                fp += 1
        fn += len(scored) - len(used)
    assert tp >= 145 and fp <= 3, (tp, fp, fn)  # F1 0.983 (the first run: 125 found, 7 spurious, F1 0.896)


def test_actuals_and_targets_of_work_reports() -> None:
    blind = TESTS / "blind_s10"
    pred = []
    for path in sorted(blind.glob("*.txt")):
        doc = read_bytes(path.read_bytes(), path.name)
        pred += [
            f.to_dict() | {"doc": path.name} for f in extract_facts(doc) if f.kind in ("actual", "target")
        ]
    s = score(load_jsonl(sorted(blind.glob("*.txt.jsonl"))), pred)
    actual, target = s.by_kind["actual"], s.by_kind["target"]
    assert actual.tp >= 124 and actual.fp == 0, actual  # F1 0.996 (the first run: 0.984)
    assert target.tp == 65 and target.fp == 0, target
    assert s.qualifier_right == s.qualifier_matched == 65
