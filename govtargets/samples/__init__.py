"""The built-in sample report: the team's own county work report, with invented figures and names.

`govtargets extract --sample`, `govtargets demo` and the tests read it; it is package data, found beside this
module (the package is installed as files, from a wheel or the source tree; see govtargets/lexicon/_data.py).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["sample_path"]


def sample_path() -> str:
    """Path of the built-in sample report (the team's own, with invented figures).

    >>> sample_path().endswith("sample_county_2024.txt")
    True
    """
    return str(Path(__file__).resolve().parent / "sample_county_2024.txt")
