"""Scoring a blind set's task-assignment notices against their gold (`<stem>.json` beside each notice: the
tasks in order, each by its first characters, its lead and co units): found, right, spurious, total."""

from __future__ import annotations

import json
import re
from pathlib import Path

from govtargets import read_bytes
from govtargets.extract import extract_tasks
from govtargets.text import to_simplified

_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}[.．、]|[（(]\d{1,3}[)）]|[①-⑳]|[一二三四五六七八九十]+是)\s*")


def notice_counts(blind: Path) -> tuple[int, int, int, int]:
    """(tasks found, found with their lead and co units right, spurious tasks, tasks in the gold)."""
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
    return found, right, spurious, total
