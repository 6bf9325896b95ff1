"""Evidence files (佐证材料) of progress reports: checked by their content, stored once by sha256, named in
the report as `name#size=N&sha256=HEX`, and removed again when the report they belong to is not recorded.

The web's pages and API take the files from a request (govtargets/web/uploads.py); the checks, the storage
and the references are here, apart from HTTP. A refusal is an `EvidenceError` whose message is the Chinese
sentence the person who uploaded the file reads, and whose `status` is the HTTP status the web answers with.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from govtargets.ingest import MAX_EXPANDED, TooLarge, check_zip
from govtargets.text import regex

__all__ = [
    "EVIDENCE_TYPES",
    "MAX_EVIDENCE_BYTES",
    "MAX_EVIDENCE_FILES",
    "DISK_FULL",
    "EvidenceError",
    "evidence_folder",
    "clean_name",
    "check_evidence",
    "store_evidence",
    "evidence_saved",
    "parse_evidence_ref",
    "evidence_path",
]

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
MAX_EVIDENCE_FILES = 5
EVIDENCE_TYPES = {  # extension → (what it is, media type)
    "pdf": ("PDF文档", "application/pdf"),
    "docx": ("Word文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("Excel表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "jpg": ("JPEG图片", "image/jpeg"),
    "jpeg": ("JPEG图片", "image/jpeg"),
    "png": ("PNG图片", "image/png"),
    "txt": ("文本文件", "text/plain; charset=utf-8"),
}
DISK_FULL = "服务器存储空间不足，佐证材料未能保存，本次填报未保存任何内容；请联系系统管理员"
_REF_RE = regex(r"^(?P<name>.*)#size=(?P<size>\d+)&sha256=(?P<sha>[0-9a-f]{64})$", re.S)


class EvidenceError(Exception):
    """An evidence file refused (413 too large, 415 not what its name says) or not saved (507 a full disk,
    500 another I/O error); str() is the Chinese message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def evidence_folder(db_url: str, configured: str | os.PathLike[str] | None = None) -> Path:
    """Where evidence files go: `configured` ($GOVTARGETS_EVIDENCE_DIR), else `evidence/` beside an SQLite
    database file, else ./evidence.

    >>> evidence_folder("sqlite:////srv/plans.db").as_posix(), evidence_folder("x", "/data/ev").as_posix()
    ('/srv/evidence', '/data/ev')
    """
    if configured:
        return Path(configured)
    if db_url.startswith("sqlite:///") and db_url != "sqlite:///:memory:":
        return Path(db_url.removeprefix("sqlite:///")).resolve().parent / "evidence"
    return Path("evidence").resolve()


def evidence_path(folder: Path, digest: str) -> Path:
    """Where the file of that sha256 is kept under the evidence folder."""
    return folder / digest[:2] / digest


def clean_name(name: str | None) -> str:
    """The file name only, without control characters, quotes or slashes; 佐证材料 if nothing is left.

    >>> clean_name("C:\\\\Users\\\\x\\\\验收单.pdf"), clean_name("../a/b.txt"), clean_name("")
    ('验收单.pdf', 'b.txt', '佐证材料')
    """
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    base = "".join(c for c in base if ord(c) >= 32 and c not in '"\\/').strip()
    return base[:120] or "佐证材料"


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return not any(ord(c) < 32 and c not in "\t\r\n\f" for c in text)
    return False


def _zip_holds(data: bytes, member: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return member in z.namelist()
    except (zipfile.BadZipFile, ValueError):
        return False


def check_evidence(name: str, data: bytes) -> str:
    """The file's extension if its content is what the extension says; else EvidenceError (415, or 413 for
    an archive that expands past the limit)."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in EVIDENCE_TYPES:
        raise EvidenceError(
            415, f"佐证材料“{name}”的类型不支持：只能上传 pdf、docx、xlsx、jpg、png、txt 文件"
        )
    ok = {
        "pdf": lambda: data.startswith(b"%PDF-"),
        "docx": lambda: data.startswith(b"PK\x03\x04") and _zip_holds(data, "word/document.xml"),
        "xlsx": lambda: data.startswith(b"PK\x03\x04") and _zip_holds(data, "xl/workbook.xml"),
        "jpg": lambda: data.startswith(b"\xff\xd8\xff"),
        "jpeg": lambda: data.startswith(b"\xff\xd8\xff"),
        "png": lambda: data.startswith(b"\x89PNG\r\n\x1a\n"),
        "txt": lambda: _is_text(data),
    }[ext]()
    if not data or not ok:
        what = EVIDENCE_TYPES[ext][0]
        raise EvidenceError(415, f"佐证材料“{name}”的内容不是{what}（文件可能已损坏或扩展名不符）")
    if ext in ("docx", "xlsx"):
        try:
            check_zip(data)
        except TooLarge:
            mb = MAX_EXPANDED // (1024 * 1024)
            message = f"佐证材料“{name}”解压后过大（超过{mb} MB），请压缩图片或拆分后上传"
            raise EvidenceError(413, message) from None
    return ext


def _write_bytes(fh: Any, data: bytes) -> None:
    fh.write(data)  # one place to write, so that a test can fill the disk


def store_evidence(folder: Path, name: str, data: bytes) -> str:
    """Write the file under its sha256 (once) and return its reference `name#size=N&sha256=HEX`.

    The file is written to a temporary name and renamed into place, so a reader never sees half of it; on
    any error (a full disk) the temporary file is removed and the error raised."""
    digest = hashlib.sha256(data).hexdigest()
    target = evidence_path(folder, digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as fh:
                _write_bytes(fh, data)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    return f"{name}#size={len(data)}&sha256={digest}"


@contextlib.contextmanager
def evidence_saved(folder: Path, blobs: Sequence[tuple[str, bytes]]) -> Iterator[tuple[str, ...]]:
    """Store the evidence files and give their references to the block that records the report. If a file
    cannot be written (EvidenceError 507 for a full disk, 500 for another I/O error) or the block fails,
    the files this call wrote are removed again: nothing half-done stays on the disk."""
    written: list[Path] = []
    refs = []
    try:
        for name, data in blobs:
            target = evidence_path(folder, hashlib.sha256(data).hexdigest())
            existed = target.exists()
            refs.append(store_evidence(folder, name, data))
            if not existed:
                written.append(target)
    except OSError as e:
        _remove(written)
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise EvidenceError(507, DISK_FULL) from None
        raise EvidenceError(
            500, f"佐证材料未能保存（{e.strerror or type(e).__name__}），本次填报未保存任何内容"
        ) from None
    try:
        yield tuple(refs)
    except BaseException:
        _remove(written)
        raise


def _remove(paths: Sequence[Path]) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def parse_evidence_ref(ref: str) -> tuple[str, int, str] | None:
    """(name, size, sha256) of a reference; the name is the file name only (a CLI reference has a path).

    >>> parse_evidence_ref("/tmp/验收单.pdf#size=812&sha256=" + "0" * 64)[:2]
    ('验收单.pdf', 812)
    """
    m = _REF_RE.match(ref)
    if m is None:
        return None
    return clean_name(m.group("name")), int(m.group("size")), m.group("sha")
