"""Finding the reports under the folders given, and their content hashes.

The hash, not the path, is a document's identity: a rerun skips what is done whatever it is called now, and
two copies of one file are read once. Hashing streams the file in blocks, so a large corpus costs no memory.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["REPORT_SUFFIXES", "Found", "walk", "file_hash"]

REPORT_SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".docx", ".pdf", ".xlsx", ".csv", ".tsv")
_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class Found:
    """A report file, or (sha256 None, reason set) one that cannot be opened, or a folder without reports."""

    path: str
    sha256: str | None
    size: int
    reason: str | None = None


def file_hash(path: str) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_BLOCK):
            h.update(block)
    return h.hexdigest()


def _files(root: str) -> Iterator[str]:
    """Report files under `root`, recursively, in sorted order (so every run sees them alike)."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames.sort()
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in sorted(filenames):
            if name.lower().endswith(REPORT_SUFFIXES) and not name.startswith((".", "~$")):
                yield os.path.join(dirpath, name)


def walk(paths: Iterable[str]) -> Iterator[Found]:
    """Every report under `paths` (folders recursively, files as given), hashed; problems as Found.reason.

    A path that does not exist, a file that cannot be opened and a folder holding no report each give one
    Found with the reason, and the walk goes on.
    """
    for p in paths:
        if os.path.isdir(p):
            n = 0
            for f in _files(p):
                n += 1
                yield _hashed(f)
            if n == 0:
                yield Found(p, None, 0, "no report (.txt .html .docx .pdf .xlsx .csv) in this folder")
        elif os.path.exists(p):
            yield _hashed(p)
        else:
            yield Found(p, None, 0, "no such file or folder")


def _hashed(path: str) -> Found:
    try:
        size = os.path.getsize(path)
        if size == 0:
            return Found(path, None, 0, "empty file")
        return Found(path, file_hash(path), size)
    except PermissionError:
        return Found(path, None, 0, "permission denied")
    except OSError as e:
        return Found(path, None, 0, f"cannot open ({e.strerror or e.__class__.__name__})")
