"""Reading documents: bytes of a .txt, .html, .docx, .pdf, .xlsx or .csv file to decoded text and metadata.

The text kept in `Document.text` is the document *as read*: the decoded file for plain text, the body
text for a web page, paragraphs and table rows for .docx, the text layer for .pdf, the visible sheets'
rows for .xlsx and the records for .csv/.tsv (a row one line, its cells joined by tabs, as a Word table's
row reads). Every fact's span points into it.
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
    format: str  # txt | html | docx | pdf | xlsx | csv
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
    # what the reading could not show, in words: a workbook's formula cells without a stored value
    decode_notes: tuple[str, ...] = ()

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
        return _zip_kind(data, suffix)
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return _ole_kind(data, suffix)
    if data[:4] in (b"\x89PNG", b"GIF8") or data[:3] == b"\xff\xd8\xff":
        return "image"
    if suffix in (".html", ".htm", ".shtml", ".xhtml"):
        return "html"
    if suffix in _XLSX_SUFFIXES:
        return "xlsx"  # neither a zip nor an OLE file: the workbook reader says it is broken
    return "text"


_CSV_SUFFIXES = (".csv", ".tsv")
_XLSX_SUFFIXES = (".xlsx", ".xlsm")


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _ole_kind(data: bytes, suffix: str) -> str:
    """What an OLE compound file is, by the names of its streams (UTF-16 in its directory) and its suffix:
    doc (legacy Word), xls (legacy Excel), or encrypted (an .xlsx saved with a password is an OLE file
    holding the encrypted package, and so, to this test, is an .xls given the .xlsx suffix)."""
    if _utf16("WordDocument") in data:
        return "doc"
    if _utf16("EncryptedPackage") in data:
        return "doc" if suffix in (".doc", ".docx") else "encrypted"
    if suffix in _XLSX_SUFFIXES:
        return "encrypted"
    if suffix == ".xls" or _utf16("Workbook") in data:
        return "xls"
    return "doc"


def _zip_kind(data: bytes, suffix: str = "") -> str:
    """docx, or what other zip-based format the bytes are (a broken zip is left to the docx reader, or to
    the workbook reader if its name says it is a workbook)."""
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError):
        return "xlsx" if suffix in _XLSX_SUFFIXES else "docx"
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
    notes: tuple[str, ...] = ()
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
            from govtargets.ingest._xlsx import read_workbook  # openpyxl loads only when a workbook comes

            try:
                book = read_workbook(data)  # check_xlsx first: what it expands to, before it is parsed
            except TooLarge as e:
                raise IngestError(path, str(e)) from e
            except Exception as e:  # zipfile, lxml and openpyxl raise their own errors on damaged files
                raise IngestError(path, f"broken xlsx ({e.__class__.__name__}: {_first_line(e)})") from e
            text, notes = book.text, book.notes
            if not text.strip():
                raise IngestError(path, "no text in the workbook")
            fmt = "xlsx"
        elif kind == "xls":
            raise IngestError(path, "unsupported type: legacy Excel .xls (save it as .xlsx)")
        elif kind == "encrypted":
            raise IngestError(path, "encrypted or legacy .xls workbook (save it as .xlsx)")
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
            if suffix in _CSV_SUFFIXES:  # by the suffix alone: a .txt is never taken for a table
                from govtargets.ingest._csv import csv_to_text

                table = csv_to_text(text, tsv=suffix == ".tsv")
                if table is not None:  # else a malformed CSV: the text as decoded
                    text = table
                    fmt = "csv"
            elif kind == "html" or looks_like_html(text):
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
        decode_notes=notes,
    )


def _first_line(e: Exception) -> str:
    """An exception's message on one line, cut short (an IngestError is one line)."""
    words = " ".join(str(e).split())
    return words[:160] + "…" if len(words) > 160 else words


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
