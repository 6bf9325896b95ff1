"""Reading documents: bytes of a .txt, .html, .docx or .pdf file to decoded text and metadata.

The text kept in `Document.text` is the document *as read*: the decoded file for plain text, the body
text for a web page, paragraphs and table rows for .docx, the text layer for .pdf. Every fact's span
points into it.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from govtargets.ingest._decode import DecodeError, decode_counted
from govtargets.ingest._html import (
    LINK_BULLETS,
    NAVIGATION_RE,
    html_to_text,
    is_clutter_line,
    looks_like_html,
)
from govtargets.ingest._limits import MAX_EXPANDED, TooLarge, check_docx, check_xlsx, check_zip
from govtargets.ingest._meta import Meta, admin_level, describe
from govtargets.ingest._pages import PAGE_NUMBER_RE, strip_page_furniture
from govtargets.text import detect_script, regex, to_halfwidth, to_simplified

__all__ = [
    "Document",
    "IngestError",
    "read_document",
    "read_bytes",
    "is_clutter_line",
    "LINK_BULLETS",
    "NAVIGATION_RE",
    "describe",
    "admin_level",
    "Meta",
    "MAX_EXPANDED",
    "TooLarge",
    "check_xlsx",
    "check_zip",
    "strip_page_furniture",
    "PAGE_NUMBER_RE",
]

MAX_BYTES = 512 * 1024 * 1024
_CJK_RE = regex(r"[\u4e00-\u9fff]")


class IngestError(Exception):
    """A file that cannot be read as a document; str() is a one-line reason naming the file."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    text: str  # the document as read; spans point here
    format: str  # txt | html | docx | pdf
    encoding: str | None
    sha256: str
    script: str  # simplified | traditional
    title: str | None
    region: str | None
    admin_level: str | None
    report_year: int | None
    doc_kind: str
    # Metadata cues (defaults keep other constructors working; see govtargets.ingest._meta.Meta).
    region_code: str | None = None  # GB/T 2260 code valid in report_year; 100000 for the whole country
    region_cue: str | None = None  # where the region was read
    year_cue: str | None = None  # the cues behind report_year
    kind_evidence: tuple[str, ...] = ()  # the cues that decided doc_kind, with weights, and the runner-up
    decode_errors: int = 0  # bytes of a text file that did not decode (a few are tolerated, and counted)
    # to_halfwidth(text), made once as the document is read (its head is described, every paragraph is
    # normalised from it): "" where a document was built without it (halfwidth_text() makes it then)
    halfwidth: str = field(default="", repr=False, compare=False)

    @property
    def region_key(self) -> str | None:
        """What to pair reports of one region on across years: the code, else the name as written."""
        return self.region_code or self.region

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    @property
    def traditional(self) -> bool:
        return self.script == "traditional"

    def halfwidth_text(self) -> str:
        """to_halfwidth(text): the same length, every character in its place."""
        return self.halfwidth if len(self.halfwidth) == len(self.text) else to_halfwidth(self.text)


def _sniff(data: bytes, suffix: str) -> str:
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if data[:4] in (b"\x89PNG", b"GIF8") or data[:3] == b"\xff\xd8\xff":
        return "image"
    if suffix in (".html", ".htm", ".shtml", ".xhtml"):
        return "html"
    return "text"


def _zip_kind(data: bytes) -> str:
    """docx, or what other zip-based format the bytes are (a broken zip is left to the docx reader)."""
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError):
        return "docx"
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    return "docx" if "[Content_Types].xml" in names else "zip"


def read_bytes(data: bytes, path: str = "<bytes>") -> Document:
    """Read a document from its bytes; `path` names it in errors and in the record."""
    if not data.strip():
        raise IngestError(path, "empty file")
    suffix = Path(path).suffix.lower()
    kind = _sniff(data, suffix)
    page_title = None
    page_lead = ""
    encoding: str | None = None
    decode_errors = 0
    try:
        if kind == "docx":
            from govtargets.ingest._docx import docx_to_text  # python-docx loads only when a .docx comes

            try:
                check_docx(data)  # what it expands to, before it is parsed
                text = docx_to_text(data)
            except TooLarge as e:
                raise IngestError(path, str(e)) from e
            except (zipfile.BadZipFile, KeyError, ValueError) as e:
                raise IngestError(path, f"broken docx ({e.__class__.__name__})") from e
            except Exception as e:  # python-docx raises its own PackageNotFoundError and lxml errors
                raise IngestError(path, f"broken docx ({e.__class__.__name__}: {e})") from e
            fmt = "docx"
        elif kind == "pdf":
            from govtargets.ingest._pdf import NoTextLayer, pdf_to_text  # pypdf loads only when a .pdf comes

            try:
                text = pdf_to_text(data)
            except TooLarge as e:
                raise IngestError(path, str(e)) from e
            except NoTextLayer as e:
                raise IngestError(path, f"{e} (a scan? run OCR first)") from e
            except Exception as e:  # pypdf raises PdfReadError and friends on damaged files
                raise IngestError(path, f"broken pdf ({e.__class__.__name__})") from e
            fmt = "pdf"
        elif kind == "doc":
            raise IngestError(path, "unsupported type: legacy Word .doc (save it as .docx)")
        elif kind == "xlsx":
            raise IngestError(path, "unsupported type: an Excel workbook, not a report")
        elif kind == "pptx":
            raise IngestError(path, "unsupported type: a PowerPoint file, not a report")
        elif kind == "zip":
            raise IngestError(path, "unsupported type: a zip archive (unpack it first)")
        elif kind == "image":
            raise IngestError(path, "unsupported type: an image, not a document")
        else:
            try:
                text, encoding, decode_errors = decode_counted(data)
            except DecodeError as e:
                raise IngestError(path, str(e)) from e
            fmt = "txt"
            if kind == "html" or looks_like_html(text):
                try:
                    text, page_title, page_lead = html_to_text(text)
                except ValueError as e:
                    raise IngestError(path, str(e)) from e
                fmt = "html"
            else:  # a text copied out of a PDF: without its page numbers and running headers
                text = strip_page_furniture(text)
    except IngestError:
        raise
    except Exception as e:  # never a traceback for a bad input file
        raise IngestError(path, f"cannot read ({e.__class__.__name__}: {e})") from e
    if not text.strip():
        raise IngestError(path, "no text in document")
    if sum(1 for _ in islice(_CJK_RE.finditer(text), 10)) < 10:
        raise IngestError(path, "not a Chinese report (no Chinese text found)")
    script = detect_script(text)
    halfwidth = to_halfwidth(text)
    head = halfwidth[:8000]
    if page_lead:
        page_lead = to_halfwidth(page_lead)
    if script == "traditional":
        head = to_simplified(head)
        page_title = to_simplified(page_title) if page_title else None
        page_lead = to_simplified(page_lead) if page_lead else ""
    meta = describe(head, page_title, page_lead)
    return Document(
        path=path,
        text=text,
        format=fmt,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        script=script,
        title=meta.title,
        region=meta.region,
        admin_level=meta.admin_level,
        report_year=meta.report_year,
        doc_kind=meta.doc_kind,
        region_code=meta.region_code,
        region_cue=meta.region_cue,
        year_cue=meta.year_cue,
        kind_evidence=meta.kind_evidence,
        decode_errors=decode_errors,
        halfwidth=halfwidth,
    )


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a file; raises IngestError with a one-line reason on anything unreadable."""
    p = str(path)
    try:
        size = os.path.getsize(p)
        if size > MAX_BYTES:
            raise IngestError(p, f"file too large ({size} bytes)")
        with open(p, "rb") as fh:
            data = fh.read()
    except IsADirectoryError as e:
        raise IngestError(p, "is a directory") from e
    except FileNotFoundError as e:
        raise IngestError(p, "no such file") from e
    except PermissionError as e:
        raise IngestError(p, "permission denied") from e
    except OSError as e:
        raise IngestError(p, f"cannot open ({e.strerror})") from e
    return read_bytes(data, p)
