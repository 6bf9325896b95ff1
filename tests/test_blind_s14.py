"""The blind set tests/blind_s14: progress reports as .docx (indicator tables, task tables with a 进展情况
column, Word's automatic numbering). Its first run and the fix it led to are in its README; this keeps the
figure reached after it (scored by key: measure, indicator or item, value, status)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from govtargets import extract_facts, read_bytes

BLIND = Path(__file__).resolve().parent / "blind_s14"


def _key(f: dict[str, Any], predicted: bool) -> tuple[Any, ...]:
    value = f.get("value")
    item = f.get("metric") or ((f.get("extra") or {}).get("item") if predicted else f.get("item"))
    item = item or (f.get("label") if predicted else None) or None
    return (f["measure"], item, None if value is None else round(float(value), 2), str(f.get("status") or ""))


def test_progress_reports_as_docx() -> None:
    tp = fp = fn = 0
    for gold_file in sorted(BLIND.glob("*.progress.jsonl")):
        gold = [json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()]
        want = Counter(_key(g, False) for g in gold if not g.get("optional"))
        optional = Counter(_key(g, False) for g in gold if g.get("optional"))
        name = gold_file.name.replace(".progress.jsonl", ".docx")
        doc = read_bytes((BLIND / name).read_bytes(), name)
        got = Counter(
            _key(d, True)
            for d in (f.to_dict() for f in extract_facts(doc) if f.kind == "progress")
            if d.get("confidence") != "low"
        )
        tp += sum((want & got).values())
        fp += sum((got - want - optional).values())
        fn += sum((want - got).values())
    assert tp >= 110 and fp <= 1, (tp, fp, fn)  # F1 0.995 (first run 0.860)
