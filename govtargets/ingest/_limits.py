"""Bounds on what a document or a sheet expands to, checked before it is parsed.

A 287 KB .docx can hold 270 MB of text, and a 47 KB one 300,000 paragraphs: the compressed size says
nothing. The zip's central directory gives each part's uncompressed size without inflating anything (and
zipfile never inflates a part past the size it declares, so the sum bounds the work); the paragraphs of a
.docx and the rows of a sheet are counted while their XML streams out of the zip, stopping at the limit,
before lxml builds a tree of them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

__all__ = [
    "MAX_EXPANDED",
    "MAX_PARAGRAPHS",
    "MAX_ROWS",
    "MAX_PDF_PAGES",
    "TooLarge",
    "check_zip",
    "check_docx",
    "check_xlsx",
]

MAX_EXPANDED = 100 * 1024 * 1024  # bytes, all parts together
MAX_PARTS = 5_000
MAX_PARAGRAPHS = 50_000  # a .docx's paragraphs and table rows (a long report has a few thousand)
MAX_ROWS = 20_000  # a sheet's rows (a plan of 2,000 items has 2,000)
MAX_PDF_PAGES = 2_000
_CHUNK = 1024 * 1024


class TooLarge(ValueError):
    """The file would expand past a limit; the message says which (in English, for the CLI)."""


def check_zip(data: bytes, *, limit: int = MAX_EXPANDED) -> None:
    """Refuse an archive whose parts declare more than `limit` bytes in all, or that has too many parts.
    A broken archive passes: its reader says it is broken."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError):
        return
    if len(infos) > MAX_PARTS:
        raise TooLarge(f"too large: {len(infos)} parts in the archive (at most {MAX_PARTS})")
    total = sum(i.file_size for i in infos)
    if total > limit:
        raise TooLarge(
            f"too large: expands to {total // (1024 * 1024)} MB (at most {limit // (1024 * 1024)} MB)"
        )


def _count(z: zipfile.ZipFile, name: str, needles: Sequence[bytes], limit: int) -> int:
    """Occurrences of the needles in a part, read in chunks; stops as soon as the count passes `limit`."""
    longest = max(len(n) for n in needles)
    found = 0
    tail = b""
    with z.open(name) as fh:
        while chunk := fh.read(_CHUNK):
            block = tail + chunk
            # a needle that ends in the carried-over tail was counted with the previous block
            found += sum(block.count(n) - tail.count(n) for n in needles)
            if found > limit:
                return found
            tail = block[-(longest - 1) :]
    return found


def check_docx(data: bytes) -> None:
    """check_zip, then the body's paragraphs and table rows, at most MAX_PARAGRAPHS."""
    check_zip(data)
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        z.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, ValueError):
        return
    with z:
        n = _count(
            z, "word/document.xml", (b"<w:p>", b"<w:p ", b"<w:p/>", b"<w:tr>", b"<w:tr "), MAX_PARAGRAPHS
        )
    if n > MAX_PARAGRAPHS:
        raise TooLarge(f"too large: more than {MAX_PARAGRAPHS} paragraphs and table rows")


def check_xlsx(data: bytes) -> None:
    """check_zip, then the rows of every worksheet, at most MAX_ROWS each."""
    check_zip(data)
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        return
    with z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        for name in sheets:
            if _count(z, name, (b"<row>", b"<row "), MAX_ROWS) > MAX_ROWS:
                raise TooLarge(f"too large: more than {MAX_ROWS} rows in a sheet")
