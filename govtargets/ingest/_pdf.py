"""A .pdf with a text layer to text; hard-wrapped lines inside a paragraph are joined."""

from __future__ import annotations

import io
import re

from govtargets.ingest._limits import MAX_PDF_PAGES, TooLarge
from govtargets.text import regex

__all__ = ["pdf_to_text", "NoTextLayer"]


class NoTextLayer(ValueError):
    """The PDF has no extractable text (a scan)."""


_PAR_END = "。！？；：!?;:”」)）"
_NEW_PAR_RE = regex(
    r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]|\d+[.、]|—|各位代表)"
)


def pdf_to_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception as e:
            raise NoTextLayer("encrypted pdf") from e
    if len(reader.pages) > MAX_PDF_PAGES:
        raise TooLarge(f"too large: {len(reader.pages)} pages (at most {MAX_PDF_PAGES})")
    pages = [page.extract_text() or "" for page in reader.pages]
    chars = sum(len(p.strip()) for p in pages)
    if chars < 20 * max(1, len(pages)) // 4 or not any(p.strip() for p in pages):
        raise NoTextLayer("pdf without text layer")
    out: list[str] = []
    for page in pages:
        for raw in page.splitlines():
            line = raw.strip()
            if not line:
                continue
            if re.fullmatch(r"[-—\s]*\d{1,4}[-—\s]*", line):  # page numbers
                continue
            if out and out[-1] and out[-1][-1] not in _PAR_END and not _NEW_PAR_RE.match(line):
                out[-1] += line
            else:
                out.append(line)
    return "\n".join(out)
