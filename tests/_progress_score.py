"""Scoring a blind set's progress facts against its gold (`<stem>.progress.jsonl` beside each document), by
key: measure, indicator or item, value, status. A gold fact marked optional is scored neither way; so is a
low-confidence judgement on either side (the gold's, unless the set predates that rule)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from govtargets import Fact, extract_facts, read_bytes
from govtargets.extract import extract_all

# a progress fact as the tests compare it: measure, indicator or item (or None), value, status
Key = tuple[str, str | None, float | None, str]


def _key(f: dict[str, Any], predicted: bool) -> tuple[Any, ...]:
    value = f.get("value")
    item = f.get("metric") or ((f.get("extra") or {}).get("item") if predicted else f.get("item"))
    item = item or (f.get("label") if predicted else None) or None
    return (f["measure"], item, None if value is None else round(float(value), 2), str(f.get("status") or ""))


def progress_counts(blind: Path, *, low_gold_optional: bool = True) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of the progress facts read from every document of
    the blind set `blind`."""
    tp = fp = fn = 0
    for gold_file in sorted(blind.glob("*.progress.jsonl")):
        gold = [json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()]
        loose = [
            bool(g.get("optional")) or (low_gold_optional and g.get("confidence") == "low") for g in gold
        ]
        want = Counter(_key(g, False) for g, skip in zip(gold, loose, strict=True) if not skip)
        optional = Counter(_key(g, False) for g, skip in zip(gold, loose, strict=True) if skip)
        stem = gold_file.name[: -len(".progress.jsonl")]
        [path] = [p for p in blind.iterdir() if p.stem == stem and p.suffix != ".jsonl"]
        doc = read_bytes(path.read_bytes(), path.name)
        got = Counter(
            _key(d, True)
            for d in (f.to_dict() for f in extract_facts(doc) if f.kind == "progress")
            if d.get("confidence") != "low"
        )
        tp += sum((want & got).values())
        fp += sum((got - want - optional).values())
        fn += sum((want - got).values())
    return tp, fp, fn


def progress_keys(data: bytes, name: str, *, low: bool = False) -> Counter[Key]:
    """The progress facts read from a document's bytes, by key (low-confidence judgements left out unless
    `low`): what the invented-variant tests compare."""
    doc = read_bytes(data, name)
    return Counter(
        (
            f.measure,
            f.metric or f.extra.get("item") or f.label or None,
            None if f.value is None else float(f.value),
            str(f.status or ""),
        )
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and (low or f.extra.get("confidence") != "low")
    )
