"""The built-in sample report: the team's own county work report, with invented figures and names.

`govtargets extract --sample`, `govtargets demo` and the tests read it; it is package data, found with
importlib.resources so that it works from an installed wheel as from the source tree.
"""

from __future__ import annotations

from importlib import resources

__all__ = ["sample_path"]


def sample_path() -> str:
    """Path of the built-in sample report (the team's own, with invented figures).

    >>> sample_path().endswith("sample_county_2024.txt")
    True
    """
    return str(resources.files("govtargets.samples") / "sample_county_2024.txt")
