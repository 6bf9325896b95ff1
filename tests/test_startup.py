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
