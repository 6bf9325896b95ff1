"""Corpus mode on invented reports: the panel's pairing, outcomes, spans, hierarchy, duplicates, errors,
resuming, and the output formats (Parquet, CSV, Stata 118, CODEBOOK)."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pandas as pd
import pytest

import govtargets.corpus as gc
from govtargets.corpus._panel import build_panel
from govtargets.ingest import read_document
from govtargets.lexicon import load_lexicon

from ._corpus_fixtures import make_corpus

OUTPUTS = ["documents.parquet", "facts.parquet", "panel.parquet", "panel.csv", "panel.dta", "CODEBOOK.md"]


@pytest.fixture(scope="module")
def done(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, gc.CorpusRun]:
    root = tmp_path_factory.mktemp("corpus")
    src = make_corpus(root)
    out = root / "out"
    return src, out, gc.run([str(src)], str(out), workers=2)


def _row(panel: pd.DataFrame, region: str, year: int, metric: str, measure: str = "growth") -> pd.Series:
    rows = panel[
        (panel.region == region)
        & (panel.year == year)
        & (panel.metric == metric)
        & (panel.measure == measure)
    ]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_target_of_year_beside_actual_from_next_report(done) -> None:  # type: ignore[no-untyped-def]
    _src, _out, r = done
    row = _row(r.panel, "杭州市", 2024, "gdp")
    assert (row.target_low, row.target_high, row.target_qualifier) == (6.0, 6.0, "about")
    assert row.target_file.endswith("杭州市_2024.txt") and row.actual_file.endswith("杭州市_2025.txt")
    assert row.actual_value == 5.3 and row.actual_unit == "%"
    assert row.outcome == "missed" and row.gap == pytest.approx(-0.7)  # 6左右 allows 0.5 points, no more
    assert row.region_code == "330100" and row.admin_level == "city" and row.unit == "%"
    assert row.next_doc == row.actual_doc


def test_outcomes(done) -> None:  # type: ignore[no-untyped-def]
    p = done[2].panel
    assert _row(p, "杭州市", 2023, "gdp").outcome == "met"  # 5.5左右, 5.6
    assert _row(p, "浙江省", 2024, "cpi").outcome == "met"  # a ceiling: 3左右, 0.2
    assert _row(p, "杭州市", 2024, "general_budget_revenue").outcome == "missed"  # 5, 3.1
    assert _row(p, "杭州市", 2022, "gdp").outcome == "no_target"  # 2022's report is not in the corpus
    nr = _row(p, "杭州市", 2025, "gdp")
    assert nr.outcome == "not_reported" and pd.isna(nr.next_doc)  # 2026's report is not in the corpus
    jobs = _row(p, "杭州市", 2024, "new_urban_jobs", "level")
    assert jobs.outcome == "not_reported" and not pd.isna(jobs.next_doc)  # 2025's report gives no figure
    assert set(p.outcome) <= set(gc._schema.OUTCOMES)


def test_qualifiers_kept(done) -> None:  # type: ignore[no-untyped-def]
    p = done[2].panel
    ningbo = _row(p, "宁波市", 2024, "gdp")
    assert (ningbo.target_low, ningbo.target_high, ningbo.target_qualifier) == (5.5, 6.0, "range")
    assert ningbo.target_point == 5.75
    floor = _row(p, "杭州市", 2025, "gdp")
    assert (floor.target_low, floor.target_qualifier, floor.target_point) == (5.5, "at_least", 5.5)
    cap = _row(p, "宁波市", 2024, "surveyed_unemployment_rate", "level")
    assert (cap.target_high, cap.target_qualifier) == (5.0, "at_most")


def test_stretch_figure(done) -> None:  # type: ignore[no-untyped-def]
    assert _row(done[2].panel, "杭州市", 2025, "gdp").target_stretch == 6.0


def test_every_cell_cites_its_span(done) -> None:  # type: ignore[no-untyped-def]
    p = done[2].panel
    texts: dict[str, str] = {}
    for side in ("target", "actual"):
        cited = p[p[f"{side}_doc"].notna()]
        assert len(cited) > 10
        for row in cited.itertuples():
            path = getattr(row, f"{side}_file")
            text = texts.setdefault(path, read_document(path).text)
            start, end = int(getattr(row, f"{side}_start")), int(getattr(row, f"{side}_end"))
            assert text[start:end] == getattr(row, f"{side}_text")
    assert (
        p[p.target_low.notna()].target_doc.notna().all()
        and p[p.actual_value.notna()].actual_doc.notna().all()
    )


def test_facts_carry_hash_span_and_quote(done) -> None:  # type: ignore[no-untyped-def]
    _src, out, r = done
    facts = pd.read_parquet(out / "facts.parquet")
    docs = r.documents[r.documents.duplicate_of.isna()].set_index("sha256")
    assert len(facts) > 30
    for f in facts.itertuples():
        assert docs.loc[f.doc_sha256, "path"] == f.doc
        assert read_document(f.doc).text[f.start : f.end] == f.span_text
        assert f.span_text and f.quote


def test_hierarchy_markup(done) -> None:  # type: ignore[no-untyped-def]
    p = done[2].panel
    hz = _row(p, "杭州市", 2024, "gdp")
    assert (hz.parent_code, hz.parent_target_low, hz.markup) == ("330000", 5.5, 0.5)
    wz = _row(p, "温州市", 2024, "gdp")  # a Big5 report: its code and its target still read
    assert (wz.region_code, wz.target_low, wz.markup) == ("330300", 6.5, 1.0)
    jobs = _row(p, "杭州市", 2024, "new_urban_jobs", "level")
    assert jobs.parent_target_low == 1_000_000 and pd.isna(jobs.markup)  # a level: no markup
    prov = _row(p, "浙江省", 2024, "gdp")
    assert pd.isna(prov.parent_code)  # no national report in this corpus


def test_duplicates_read_once(done) -> None:  # type: ignore[no-untyped-def]
    _src, out, r = done
    dups = pd.read_csv(out / "duplicates.csv")
    reasons = {Path(f).name: reason for f, reason in zip(dups.file, dups.reason, strict=True)}
    assert reasons == {"杭州市政府工作报告2025.txt": "same_bytes", "hz2024.html": "same_region_year"}
    facts = pd.read_parquet(out / "facts.parquet")
    assert not facts.doc.str.contains("copies|web/", regex=True).any()
    # read: 8 reports, the broken .docx and the English note; not the copy, nor the empty file
    assert (r.read, r.skipped) == (10, 1)
    assert (
        len(r.panel[(r.panel.region == "杭州市") & (r.panel.year == 2024) & (r.panel.metric == "gdp")]) == 2
    )


def test_errors_one_line_each(done) -> None:  # type: ignore[no-untyped-def]
    _src, out, r = done
    errors = pd.read_csv(out / "errors.csv")
    got = {Path(f).name: reason for f, reason in zip(errors.file, errors.reason, strict=True)}
    assert got == {
        "broken.docx": "broken docx (BadZipFile)",
        "empty.txt": "empty file",
        "readme.txt": "not a Chinese report (no Chinese text found)",
    }


def test_documents_metadata(done) -> None:  # type: ignore[no-untyped-def]
    d = done[2].documents.set_index(done[2].documents.path.map(lambda p: Path(p).name))
    assert d.loc["ningbo_2024_gbk.txt", "encoding"].lower().startswith("gb")
    assert d.loc["wenzhou_2024_big5.txt", "script"] == "traditional"
    assert d.loc[
        "浙江省_2025.txt", ["region", "region_code", "admin_level", "report_year", "doc_kind"]
    ].tolist() == [
        "浙江省",
        "330000",
        "province",
        2025,
        "work_report",
    ]
    assert (d.chars > 100).all() and (d.bytes > 100).all()


def test_rerun_skips_and_gives_same_bytes(done, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, out, _r = done
    again = tmp_path / "out"
    shutil.copytree(out, again)
    r2 = gc.run([str(src)], str(again), workers=1)
    assert r2.read == 0 and r2.skipped == len(r2.documents) + 2  # two unreadable, remembered too
    for name in OUTPUTS + ["errors.csv", "duplicates.csv"]:
        assert filecmp.cmp(out / name, again / name, shallow=False), name


def test_interrupted_run_is_completed(done, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, out, _r = done
    part = tmp_path / "out"
    gc.run([str(src / "zhejiang" / "hangzhou")], str(part), workers=1)  # a first run over part of it
    r2 = gc.run([str(src)], str(part), workers=1)
    assert r2.skipped == 4 and r2.read == 7  # Hangzhou's three and the copy done; the rest read now
    for name in OUTPUTS:
        assert filecmp.cmp(out / name, part / name, shallow=False), name


def test_at_least_plus_is_an_option(done) -> None:  # type: ignore[no-untyped-def]
    _src, out, r = done
    docs = r.documents[r.documents.duplicate_of.isna()].to_dict("records")
    facts = pd.read_parquet(out / "facts.parquet").to_dict("records")
    plus = build_panel(facts, docs, load_lexicon(), at_least_plus=gc._run.Decimal("0.05"))
    row = next(x for x in plus if x["region"] == "杭州市" and x["year"] == 2025 and x["metric"] == "gdp")
    assert row["target_point"] == 5.55 and row["target_low"] == 5.5
    assert _row(r.panel, "杭州市", 2025, "gdp").target_point == 5.5  # never by default


def test_stata_keeps_chinese(done) -> None:  # type: ignore[no-untyped-def]
    out = done[1]
    with pd.io.stata.StataReader(out / "panel.dta") as rd:
        labels = rd.variable_labels()
        df = rd.read()
    assert labels["region"] == "地区" and labels["markup"] == "加码"
    assert "杭州市" in set(df.region) and "地区生产总值" in set(df.metric_name)
    assert len(df) == len(done[2].panel)
    csv = gc.load_panel(str(out / "panel.csv"))
    assert csv.region_code.iloc[0] == "330000" and len(csv) == len(done[2].panel)


def test_codebook_covers_the_schema(done) -> None:  # type: ignore[no-untyped-def]
    text = (done[1] / "CODEBOOK.md").read_text(encoding="utf-8")
    for c in gc.PANEL_COLUMNS + gc.FACT_COLUMNS + gc.DOCUMENT_COLUMNS:
        assert f"`{c.name}`" in text
    for metric in load_lexicon().indicators:
        assert f"`{metric}`" in text
    assert "0.05" in text and "at_least" in text


def test_kinds_task_only(tmp_path: Path) -> None:
    src = make_corpus(tmp_path)
    r = gc.run([str(src / "zhejiang" / "hangzhou")], str(tmp_path / "out"), kinds="task", workers=1)
    assert pd.read_parquet(tmp_path / "out" / "facts.parquet").empty and r.panel.empty
    assert (r.documents.n_facts == 0).all()
    # the same OUT asked for facts now: the files are read again, not skipped as done
    r2 = gc.run([str(src / "zhejiang" / "hangzhou")], str(tmp_path / "out"), workers=1)
    assert r2.read == 3 and (r2.documents.n_facts > 0).all() and not r2.panel.empty


def test_unknown_kind_and_engine(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        gc.run([str(tmp_path)], str(tmp_path / "o"), kinds="actual,goals")
    with pytest.raises(ValueError, match="scheduler"):
        gc.run([str(tmp_path)], str(tmp_path / "o"), engine="dask")


def test_facts_written_in_buckets_are_the_same_rows(done, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A large corpus is assembled a few documents at a time: the same rows, in the same order."""
    import govtargets.corpus._assemble as assemble

    src, out, _r = done
    monkeypatch.setattr(assemble, "_BUCKET_ROWS", 5)  # every document its own bucket
    small = tmp_path / "out"
    shutil.copytree(out, small)
    for name in OUTPUTS:
        (small / name).unlink()
    gc.run([str(src)], str(small), workers=1)
    pd.testing.assert_frame_equal(
        pd.read_parquet(out / "facts.parquet"), pd.read_parquet(small / "facts.parquet")
    )
    for name in ("panel.parquet", "panel.csv", "panel.dta", "documents.parquet"):
        assert filecmp.cmp(out / name, small / name, shallow=False), name


def test_a_worker_that_cannot_write_its_parts_is_one_line_and_a_rerun_completes(  # type: ignore[no-untyped-def]
    done, tmp_path: Path, monkeypatch
) -> None:
    """The local engine's workers write the parts: a full disk there stops the run with one line naming
    OUT (no traceback), leaves no half part, and a rerun gives the bytes of a clean run."""
    import errno

    from govtargets.corpus import _state

    src, out, first = done
    full = tmp_path / "out"
    real = _state.write_parquet
    calls = {"n": 0}

    def disk_full(table, path):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] > 1:  # each forked worker writes one part file, then finds the disk full
            raise OSError(errno.ENOSPC, "No space left on device")
        real(table, path)

    monkeypatch.setattr(_state, "write_parquet", disk_full)
    with pytest.raises(gc.CorpusError) as info:
        gc.run([str(src)], str(full), workers=2)
    assert str(info.value) == f"{full}: cannot write (No space left on device)"
    parts = list((full / ".corpus" / "parts").rglob("*.parquet"))
    assert not any(p.name.endswith(".docs.parquet") for p in parts)  # no part counts as done
    monkeypatch.setattr(_state, "write_parquet", real)
    r2 = gc.run([str(src)], str(full), workers=2)
    assert r2.skipped == first.skipped and r2.read == first.read  # nothing taken as done
    for name in OUTPUTS:
        assert filecmp.cmp(out / name, full / name, shallow=False), name
