"""`govtargets corpus` on bad input: one line each in errors.csv or on stderr, never a traceback, and OUT
left so that a rerun completes it."""

from __future__ import annotations

import filecmp
import os
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from govtargets.cli import main

from ._corpus_fixtures import make_corpus


def _run(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, ["corpus", *args])
    out = res.output  # stdout and stderr, as a terminal shows them
    assert "Traceback" not in out, out
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    return res.exit_code, out


def test_plain_progress_lines_and_summary(tmp_path: Path) -> None:
    src = make_corpus(tmp_path)
    code, out = _run(str(src / "zhejiang" / "hangzhou"), "--out", str(tmp_path / "out"), "--workers", "1")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("govtargets corpus: 0/3 files") and "MB/s" in lines[-2]
    assert lines[-1].startswith("govtargets: 3 files read, 1 skipped") and "panel:" in lines[-1]
    assert {"panel.parquet", "panel.csv", "panel.dta", "CODEBOOK.md", "errors.csv"} <= set(
        os.listdir(tmp_path / "out")
    )


def test_bad_files_and_folder_without_reports(tmp_path: Path) -> None:
    src = make_corpus(tmp_path)
    empty = tmp_path / "nothing_here"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "data.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    code, _out = _run(str(src), str(empty), str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert code == 0  # the run never stops for one bad file
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    reasons = dict(zip(errors.file.map(lambda f: Path(f).name), errors.reason, strict=True))
    assert reasons["nothing_here"] == "no report (.txt .html .docx .pdf .xlsx .csv) in this folder"
    assert reasons["missing"] == "no such file or folder"
    assert reasons["broken.docx"].startswith("broken docx") and reasons["empty.txt"] == "empty file"
    assert all("\n" not in r for r in errors.reason)


def test_unwritable_out_is_one_line(tmp_path: Path) -> None:
    src = make_corpus(tmp_path)
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    code, out = _run(str(src), "--out", str(blocker / "out"))
    assert code == 1
    assert out.strip().count("\n") == 0 and out.startswith("govtargets: ") and "cannot write" in out


def test_usage_errors(tmp_path: Path) -> None:
    code, out = _run("--out", str(tmp_path / "o"))
    assert code == 2 and "give one or more folders" in out
    code, out = _run(str(tmp_path), "--out", str(tmp_path / "o"), "--kinds", "goals")
    assert code == 2 and "unknown kind" in out
    code, out = _run(str(tmp_path), "--out", str(tmp_path / "o"), "--engine", "dask")
    assert code == 2 and "--scheduler" in out


def test_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    import dask
    import dask.distributed  # noqa: F401  (its defaults registered first: config.set restores what it found)

    src = make_corpus(tmp_path)
    args = ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"]
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        code, out = _run(str(src / "zhejiang" / "hangzhou"), "--out", str(tmp_path / "o"), *args)
    assert code == 1 and out.strip().splitlines()[-1].startswith("govtargets: engine dask failed")


def test_damaged_state_is_redone(tmp_path: Path) -> None:
    """A part file spoilt on disk (a full disk, a killed copy) is set aside and its files read again."""
    src = make_corpus(tmp_path)
    first, second = tmp_path / "a", tmp_path / "b"
    assert _run(str(src), "--out", str(first), "--workers", "1")[0] == 0
    assert _run(str(src), "--out", str(second), "--workers", "1")[0] == 0
    part = next((second / ".corpus" / "parts").glob("*/*.docs.parquet"))
    part.write_bytes(part.read_bytes()[:100])
    (second / "panel.parquet").unlink()  # an interrupted assembly
    code, out = _run(str(src), "--out", str(second), "--workers", "1")
    assert code == 0 and "files read, 0 skipped" not in out
    for name in ("documents.parquet", "facts.parquet", "panel.parquet", "panel.csv", "panel.dta"):
        assert filecmp.cmp(first / name, second / name, shallow=False), name
