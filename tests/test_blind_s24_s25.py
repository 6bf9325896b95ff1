"""The blind sets tests/blind_s24 (16 work reports of 2018–2027: a prefecture's and a league's 行政公署
reports, an autonomous prefecture, districts of Shanghai and Chongqing, a province-administered city, a
statistical bulletin, a PDF copy with page numbers inside sentences, GB18030, Big5, no line breaks, a news
page; seven cross-year pairs) and tests/blind_s25 (six progress documents of forms not tried before: a
traffic-light ledger in .xlsx, a 督办通知单 with its receipts in .docx, a monthly economic bulletin, an
assessment announcement on a GB18030 page, a Big5 work report reviewing its 民生实事, a county head's
speech with full-width digits). Their first runs and the fixes they led to are in their READMEs; this
keeps the figures reached after them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from govtargets import extract_facts, read_bytes
from govtargets.evaluate import load_jsonl, score

from ._progress_score import progress_counts

TESTS = Path(__file__).resolve().parent
S24 = TESTS / "blind_s24"
MANIFEST = json.loads((S24 / "manifest.json").read_text(encoding="utf-8"))


def test_metadata_of_blind_s24() -> None:
    wrong = []
    for name, want in MANIFEST.items():
        doc = read_bytes((S24 / name).read_bytes(), name)
        got = (doc.region, doc.region_code or "", doc.admin_level, doc.report_year)
        regions = {want["region"], *want.get("region_also_accepted", [])}
        if not (
            got[0] in regions and got[1:] == (want["region_code"], want["admin_level"], want["report_year"])
        ):
            wrong.append((name, got))
    # first run (67097c7): region, code and level 12/16 (two 行政公署 reports each of a pair), year 14/16
    assert not wrong, wrong


def test_facts_of_blind_s24() -> None:
    pred = []
    for name in MANIFEST:
        doc = read_bytes((S24 / name).read_bytes(), name)
        pred += [f.to_dict() | {"doc": name} for f in extract_facts(doc) if f.kind in ("actual", "target")]
    s = score(load_jsonl([S24 / "facts.jsonl"]), pred)
    actual, target = s.by_kind["actual"], s.by_kind["target"]
    assert (actual.tp, actual.fp, actual.fn) == (210, 0, 0), actual  # first run 191, 1, 19
    assert (target.tp, target.fp, target.fn) == (113, 0, 0), target  # first run 112, 0, 1


def test_cross_year_cells_of_blind_s24(tmp_path: Path) -> None:
    import govtargets.corpus as gc

    src = tmp_path / "src"
    src.mkdir()
    for name in MANIFEST:
        shutil.copy(S24 / name, src / name)
    panel = gc.run([str(src)], str(tmp_path / "out"), workers=1).panel
    pairs = [json.loads(x) for x in (S24 / "pairs.jsonl").read_text(encoding="utf-8").splitlines() if x]
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
    assert not missed, missed  # first run: 37 of 57 (the two 行政公署 pairs lost)


def test_progress_of_blind_s25() -> None:
    tp, fp, fn = progress_counts(TESTS / "blind_s25")
    assert tp >= 97 and fp <= 5, (tp, fp, fn)  # F1 0.928 (first run 0.718: tp 70, fp 18, fn 37)
