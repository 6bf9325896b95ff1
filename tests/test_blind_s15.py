"""The blind set tests/blind_s15: region, code, level and year of 22 documents (pairs of consecutive
years of real divisions, with invented figures; same-named districts, a division renamed in its report's
year, a news page, Big5 and GB18030 files, traditional script), their facts, and the 49 cross-year panel
cells the pairs make through corpus mode. Its first run and the fixes it led to are in its README; this
keeps the figures reached after them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from govtargets import extract_facts, read_bytes
from govtargets.evaluate import load_jsonl, score

BLIND = Path(__file__).resolve().parent / "blind_s15"
MANIFEST = json.loads((BLIND / "manifest.json").read_text(encoding="utf-8"))


def test_region_code_level_and_year_of_every_document() -> None:
    wrong = []
    for name, want in MANIFEST.items():
        doc = read_bytes((BLIND / name).read_bytes(), name)
        got = (doc.region, doc.region_code or "", doc.admin_level, doc.report_year)
        regions = {want["region"], *want.get("region_also_accepted", [])}
        if not (
            got[0] in regions and got[1:] == (want["region_code"], want["admin_level"], want["report_year"])
        ):
            wrong.append((name, got))
    assert not wrong  # first run: region 20/22, code 20/22, level 20/22, year 21/22


def test_actuals_and_targets() -> None:
    pred = []
    for name in MANIFEST:
        doc = read_bytes((BLIND / name).read_bytes(), name)
        pred += [f.to_dict() | {"doc": name} for f in extract_facts(doc) if f.kind in ("actual", "target")]
    s = score(load_jsonl([BLIND / "facts.jsonl"]), pred)
    actual, target = s.by_kind["actual"], s.by_kind["target"]
    assert (actual.tp, actual.fp, actual.fn) == (183, 0, 0), actual  # first run 183, 1, 0
    assert (target.tp, target.fp, target.fn) == (116, 0, 0), target  # first run the same


def test_cross_year_cells_of_the_panel(tmp_path: Path) -> None:
    import govtargets.corpus as gc

    src = tmp_path / "src"
    src.mkdir()
    for name in MANIFEST:
        shutil.copy(BLIND / name, src / name)
    panel = gc.run([str(src)], str(tmp_path / "out"), workers=1).panel
    pairs = [json.loads(x) for x in (BLIND / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if x]
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
    assert not missed, missed  # first run: 44 of 49 (a district renamed in 2020 took another's code)
