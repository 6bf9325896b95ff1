"""The command line, run as a user runs it: a real subprocess, real files."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from govtargets.cli import main
from govtargets.samples import sample_path

REPO = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "govtargets", *args], capture_output=True, text=True, cwd=REPO
    )


def test_sample_as_jsonl() -> None:
    r = run("extract", "--sample")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert lines[0]["kind"] == "document" and lines[0]["region"] == "青溪县"
    assert lines[0]["report_year"] == 2024 and lines[0]["admin_level"] == "county"
    facts = [x for x in lines[1:] if x["kind"] in ("actual", "target")]
    assert {x["kind"] for x in lines[1:]} == {"actual", "target", "task"}
    text = Path(sample_path()).read_text(encoding="utf-8")
    assert len(facts) >= 30
    for f in facts:
        assert f["surface"] in text[f["start"] : f["end"]]
        assert set(f) >= {
            "doc",
            "kind",
            "metric",
            "label",
            "measure",
            "value",
            "low",
            "high",
            "unit",
            "base_value",
            "base_low",
            "base_high",
            "base_unit",
            "qualifier",
            "status",
            "period",
            "start",
            "end",
            "quote",
        }
    gdp = [f for f in facts if f["metric"] == "gdp" and f["kind"] == "actual" and f["measure"] == "level"]
    assert gdp[0]["base_value"] == 28640000000 and gdp[0]["unit"] == "亿元" and gdp[0]["base_unit"] == "元"


def test_bad_files_do_not_stop_the_others(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    r = run("extract", str(empty), sample_path(), str(broken), str(tmp_path / "missing.pdf"))
    assert r.returncode == 1
    err = r.stderr.strip().splitlines()
    assert len(err) == 3, r.stderr
    assert "Traceback" not in r.stderr
    assert err[0] == f"govtargets: {empty}: empty file"
    assert str(broken) in err[1] and "broken docx" in err[1]
    assert "missing.pdf" in err[2] and "no such file" in err[2]
    docs = [x for x in map(json.loads, r.stdout.splitlines()) if x["kind"] == "document"]
    assert len(docs) == 1


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_other_formats(fmt: str) -> None:
    r = run("extract", "--sample", "--format", fmt)
    assert r.returncode == 0, r.stderr
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.stdout)))
        assert len(rows) >= 30 and rows[0]["kind"] == "actual" and rows[0]["metric"] == "gdp"
    else:
        lines = r.stdout.splitlines()
        assert lines[0].startswith("# ") and "青溪县" in lines[0]
        assert lines[1].split()[:4] == ["kind", "metric", "measure", "value"]
        assert any("地区生产总值286.4亿元" in line for line in lines)


def test_folder_argument(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(Path(sample_path()).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    r = run("extract", str(tmp_path))
    assert r.returncode == 0
    assert [json.loads(x)["kind"] for x in r.stdout.splitlines()].count("document") == 1


def test_evaluate_round_trip(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text(run("extract", "--sample").stdout, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "\n".join(
            json.dumps(x, ensure_ascii=False)
            for x in [
                {
                    "doc": "sample_county_2024.txt",
                    "kind": "actual",
                    "metric": "gdp",
                    "measure": "level",
                    "value": 28640000000,
                },
                {
                    "doc": "sample_county_2024.txt",
                    "kind": "target",
                    "metric": "gdp",
                    "measure": "growth",
                    "low": 6.5,
                    "high": 6.5,
                    "qualifier": "about",
                },
                {
                    "doc": "sample_county_2024.txt",
                    "kind": "target",
                    "metric": "exports",
                    "measure": "growth",
                    "low": 9,
                    "high": 9,
                    "qualifier": "exact",
                },
            ]
        ),
        encoding="utf-8",
    )
    r = run("evaluate", str(gold), str(pred), "--json")
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    assert s["target"]["tp"] == 1 and s["target"]["fn"] == 1 and s["actual"]["tp"] == 1
    assert s["target"]["fp"] > 0 and s["qualifier_accuracy"] == 1.0
    r = run("evaluate", str(gold), str(pred), "--errors")
    assert "MISSED" in r.stdout and "exports" in r.stdout


def test_evaluate_bad_gold_is_one_line(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text("{not json\n", encoding="utf-8")
    r = run("evaluate", str(gold), str(gold))
    assert r.returncode != 0 and "Traceback" not in r.stderr and "not a JSON line" in r.stderr


def test_no_files_is_a_usage_error() -> None:
    r = run("extract")
    assert r.returncode == 2 and "--sample" in r.stderr


def test_every_command_is_documented_with_an_example() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name, command in main.commands.items():
        assert f"`govtargets {name}" in readme, name
        paths = [[name]] + [[name, sub] for sub in getattr(command, "commands", {})]
        for path in paths:
            result = runner.invoke(main, [*path, "--help"])
            assert result.exit_code == 0 and re.search(r"Examples?:", result.output), path
            if len(path) == 2:
                assert path[1] in readme, path


def test_readme_first_screen_has_the_two_commands() -> None:
    first = (REPO / "README.md").read_text(encoding="utf-8").split("```", 3)
    commands = [c for c in first[1].splitlines() if c.strip() and not c.startswith("sh")]
    assert len(commands) == 2
    assert "pytest" in commands[1] and "govtargets demo" in commands[0]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"python3 -m pytest", ci)


@pytest.mark.parametrize(
    "args",
    [
        ["plan", "show"],
        ["plan", "export", "--xlsx", "out.xlsx"],
        ["evaluate", "--as-of", "2025-06-30"],
        ["report", "--as-of", "2025-06-30", "--docx", "out.docx"],
        ["user", "list"],
        ["user", "disable", "zhujian"],
        ["audit"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_a_mistyped_database_is_refused_not_created(tmp_path: Path, args: list[str]) -> None:
    typo = tmp_path / "plnas.db"
    result = CliRunner().invoke(main, [*args, "--db", str(typo)])
    assert result.exit_code == 1, result.output
    assert f"no database at {typo}" in result.output and "Traceback" not in result.output
    assert not typo.exists()


def test_user_add_makes_a_new_database(tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    result = CliRunner().invoke(
        main,
        ["user", "add", "duchashi", "--role", "supervisor", "--password-stdin", "--db", str(new)],
        input="a-long-password\n",
    )
    assert result.exit_code == 0, result.output
    assert new.exists() and "duchashi" in CliRunner().invoke(main, ["user", "list", "--db", str(new)]).output


@pytest.mark.parametrize("command", [["serve"], ["audit"], ["plan", "show"]])
def test_an_unreachable_database_is_one_line(command: list[str]) -> None:
    result = run(*command, "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "database error" in result.stderr
