"""Where the lexicon's data files lie.

A plain path beside this module: the package is installed as files (a wheel or an editable install), never
imported from a zip. `importlib.resources` would cost every start-up about 15 ms in a clean environment (it
pulls in `inspect`, `tempfile` and `zipfile`), more than reading a small report takes.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
