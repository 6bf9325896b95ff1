"""Scoring a blind set in blind_s15's layout (manifest.json, facts.jsonl, pairs.jsonl beside the documents):
the documents' metadata, their actuals and targets, and the cross-year cells corpus mode makes of them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from govtargets import extract_facts, read_bytes
from govtargets.evaluate import PRF, load_jsonl, score


def manifest(blind: Path) -> dict[str, Any]:
    return json.loads((blind / "manifest.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def metadata_misses(blind: Path) -> list[tuple[str, tuple[Any, ...]]]:
    """The documents whose region, code, level or year differ from the manifest's, with what was read."""
    wrong = []
    for name, want in manifest(blind).items():
        doc = read_bytes((blind / name).read_bytes(), name)
        got = (doc.region, doc.region_code or "", doc.admin_level, doc.report_year)
        regions = {want["region"], *want.get("region_also_accepted", [])}
        if not (
            got[0] in regions and got[1:] == (want["region_code"], want["admin_level"], want["report_year"])
        ):
            wrong.append((name, got))
    return wrong


def fact_scores(blind: Path) -> tuple[PRF, PRF]:
    """(actual, target) scores of every document against facts.jsonl."""
    pred = []
    for name in manifest(blind):
        doc = read_bytes((blind / name).read_bytes(), name)
        pred += [f.to_dict() | {"doc": name} for f in extract_facts(doc) if f.kind in ("actual", "target")]
    s = score(load_jsonl([blind / "facts.jsonl"]), pred)
    return s.by_kind["actual"], s.by_kind["target"]


def missed_pairs(blind: Path, work: Path) -> list[tuple[Any, ...]]:
    """The cells of pairs.jsonl that corpus mode, run over the documents in `work`, does not fill as
    expected (target, actual and the documents they cite)."""
    import govtargets.corpus as gc

    src = work / "src"
    src.mkdir()
    for name in manifest(blind):
        shutil.copy(blind / name, src / name)
    panel = gc.run([str(src)], str(work / "out"), workers=1).panel
    pairs = [json.loads(x) for x in (blind / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if x]
    missed = []
    for p in pairs:
        rows = panel[
            (panel.region_code == p["region_code"])
            & (panel.year == p["year"])
            & (panel.metric == p["metric"])
            & (panel.measure == p["measure"])
        ]
        row = rows.iloc[0] if len(rows) else None
        if not (
            row is not None
            and (row.target_low, row.target_high) == (p["target_low"], p["target_high"])
            and abs(float(row.actual_value) - p["actual_value"]) < 1e-9
            and str(row.target_file).endswith(p["target_doc"])
            and str(row.actual_file).endswith(p["actual_doc"])
        ):
            missed.append((p["pair"], p["year"], p["metric"], p["measure"]))
    return missed
