"""Start-up stays lean: reading a report through the CLI never loads the database, web, spreadsheet or
dataframe libraries (they cost more start-up than the extraction of a report)."""

from __future__ import annotations

import subprocess
import sys

from .conftest import REPO

HEAVY = ("pandas", "pyarrow", "numpy", "dask", "sqlalchemy", "fastapi", "openpyxl", "docx", "uvicorn")


def test_the_cli_imports_no_heavy_library() -> None:
    code = (
        "import sys, govtargets.cli; "
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def _modules_after(args: list[str]) -> set[str]:
    """The govtargets modules loaded by a `govtargets` command run in a fresh process."""
    code = (
        "import sys\n"
        "from govtargets.cli import main\n"
        "try:\n"
        f"    main({args!r}, standalone_mode=False)\n"
        "finally:\n"
        "    sys.stdout.flush()\n"
        "    loaded = sorted(m for m in sys.modules if m.startswith('govtargets'))\n"
        "    print('MODULES', *loaded, file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    line = next(x for x in out.stderr.splitlines() if x.startswith("MODULES"))
    return set(line.split()[1:])


def test_extracting_facts_loads_no_task_reader_and_no_scoring() -> None:
    loaded = _modules_after(["extract", "--sample", "--kinds", "actual,target,progress"])
    assert "govtargets.extract._grammar" in loaded  # it did read
    assert not loaded & {
        "govtargets.extract._tasks",
        "govtargets.extract._notice_entry",
        "govtargets.extract._task_reading",
        "govtargets.breakdown",
        "govtargets.evaluate",
        "govtargets.cli.cycle",
    }


def test_extracting_tasks_loads_the_task_readers() -> None:
    loaded = _modules_after(["extract", "--sample", "--kinds", "task"])
    assert {"govtargets.extract._tasks", "govtargets.extract._notice_entry"} <= loaded


def test_reading_a_report_does_not_load_importlib_resources(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The data files are found beside the modules: importlib.resources pulls in inspect, tempfile and
    zipfile (about 15 ms of every start in a clean environment). Run without site's .pth files, which on
    some machines import it first (certifi's, an editable install's finder)."""
    import site

    report = tmp_path / "r.txt"
    report.write_text("2024年全县地区生产总值增长5.6%。2025年地区生产总值增长6%左右。", encoding="utf-8")
    path = [str(REPO), *site.getsitepackages()]
    code = (
        f"import sys; sys.path[:0] = {path!r}\n"
        "from govtargets.cli import main\n"
        "try:\n"
        f"    main(['extract', '--kinds', 'actual,target,progress', {str(report)!r}],\n"
        "         standalone_mode=False)\n"
        "finally:\n"
        "    print('LOADED', 'importlib.resources' in sys.modules, file=sys.stderr)\n"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert '"target"' in out.stdout  # it did read
    assert "LOADED False" in out.stderr, out.stderr
