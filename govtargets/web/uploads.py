"""Upload limits of the web application: a report or a plan sheet (one file, `MAX_UPLOAD_BYTES`) and
evidence files (`MAX_EVIDENCE_FILES` of at most `MAX_EVIDENCE_BYTES` each), refused while the body streams
in, before it is parsed; and the evidence files of a request checked and stored through the library
(govtargets/cycle/evidence.py), its refusals turned into HTTP errors.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Coroutine, Iterator, Sequence
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from starlette.datastructures import UploadFile  # fastapi's UploadFile is a subclass

from govtargets.cycle.evidence import (
    MAX_EVIDENCE_BYTES,
    MAX_EVIDENCE_FILES,
    EvidenceError,
    check_evidence,
    clean_name,
    evidence_folder,
)
from govtargets.cycle.evidence import evidence_saved as _evidence_saved
from govtargets.web.pages import render_page
from govtargets.web.security import store_of

__all__ = [
    "MAX_UPLOAD_BYTES",
    "LimitedBodyRoute",
    "too_large",
    "read_limited",
    "EvidenceRoute",
    "read_evidence",
    "evidence_dir",
    "evidence_saved",
]

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # a report larger than 20 MB is refused before it is read
_CHUNK = 1024 * 1024
_MULTIPART_SLACK = 64 * 1024  # form fields and part headers around the file itself
_BODY_SLACK = 256 * 1024  # the evidence form's text fields and part headers around the files


# one file: a report or a plan sheet


# =====LIMITS2
class _BodyTooLarge(Exception):
    pass


class LimitedBodyRoute(APIRoute):
    """A route whose request body may not exceed the app's upload limit: refused from the Content-Length
    header before anything is read, or while the body streams in, as soon as it passes the limit."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def limited(request: Request) -> Response:
            limit = int(request.app.state.max_upload_bytes) + _MULTIPART_SLACK
            length = request.headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                return too_large(request)
            seen = 0
            over = False
            receive = request.receive

            async def counted() -> Any:
                nonlocal seen, over
                message = await receive()
                if message.get("type") == "http.request":
                    seen += len(message.get("body", b""))
                    if seen > limit:
                        over = True
                        raise _BodyTooLarge()
                return message

            try:
                return await handler(Request(request.scope, counted))
            except Exception:
                if over:
                    return too_large(request)
                raise

        return limited


def too_large(request: Request) -> Response:
    mb = int(request.app.state.max_upload_bytes) // (1024 * 1024)
    message = f"文件过大：单个文件不能超过{mb} MB，请压缩或拆分后再上传"
    return render_page(request, "error.html", 413, status=413, message=message)


def read_limited(request: Request, upload: UploadFile) -> bytes:
    """The uploaded file's bytes, read in chunks; 413 as soon as it passes the limit."""
    limit = int(request.app.state.max_upload_bytes)
    chunks: list[bytes] = []
    size = 0
    upload.file.seek(0)
    while chunk := upload.file.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise HTTPException(
                413, f"文件过大：单个文件不能超过{limit // (1024 * 1024)} MB，请压缩或拆分后再上传"
            )
        chunks.append(chunk)
    return b"".join(chunks)


# evidence files


class _TooLarge(Exception):
    pass


class EvidenceRoute(APIRoute):
    """A route whose body may hold up to MAX_EVIDENCE_FILES files: refused from Content-Length, or as soon
    as the streamed body passes the limit, before it is parsed."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def limited(request: Request) -> Response:
            per_file = int(getattr(request.app.state, "max_evidence_bytes", MAX_EVIDENCE_BYTES))
            limit = MAX_EVIDENCE_FILES * per_file + _BODY_SLACK
            length = request.headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                return _too_large(request, per_file)
            seen, receive = 0, request.receive

            async def counted() -> Any:
                nonlocal seen
                message = await receive()
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge()
                return message

            try:
                return await handler(Request(request.scope, counted))
            except _TooLarge:
                return _too_large(request, per_file)

        return limited


def _too_large(request: Request, per_file: int) -> Response:
    message = (
        f"文件过大：每个佐证材料不能超过{per_file // (1024 * 1024)} MB，每次最多{MAX_EVIDENCE_FILES}个文件"
    )
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=413)
    return render_page(request, "error.html", 413, status=413, message=message)


def read_evidence(request: Request, files: Sequence[UploadFile]) -> list[tuple[str, bytes]]:
    """The uploaded evidence files as (clean name, content), each checked for size and type (by content);
    HTTPException 413 or 415 for the first that fails."""
    per_file = int(getattr(request.app.state, "max_evidence_bytes", MAX_EVIDENCE_BYTES))
    if len(files) > MAX_EVIDENCE_FILES:
        raise HTTPException(413, f"每次最多上传{MAX_EVIDENCE_FILES}个佐证材料")
    blobs = []
    for f in files:
        name = clean_name(f.filename)
        f.file.seek(0)
        data = f.file.read(per_file + 1)
        if len(data) > per_file:
            raise HTTPException(413, f"佐证材料“{name}”过大：每个文件不能超过{per_file // (1024 * 1024)} MB")
        try:
            check_evidence(name, data)
        except EvidenceError as e:
            raise HTTPException(e.status, e.message) from None
        blobs.append((name, data))
    return blobs


def evidence_dir(request: Request) -> Path:
    """Where evidence files go: app.state.evidence_dir, $GOVTARGETS_EVIDENCE_DIR, `evidence/` beside an
    SQLite database file, or ./evidence (govtargets.cycle.evidence.evidence_folder); found once per app."""
    found = getattr(request.app.state, "evidence_dir", None)
    if found is None:
        found = evidence_folder(store_of(request).url, os.environ.get("GOVTARGETS_EVIDENCE_DIR"))
        request.app.state.evidence_dir = found
    return Path(found)


@contextlib.contextmanager
def evidence_saved(folder: Path, blobs: Sequence[tuple[str, bytes]]) -> Iterator[tuple[str, ...]]:
    """govtargets.cycle.evidence.evidence_saved, a file that cannot be written answered with HTTP 507 (a
    full disk) or 500: the files written are removed again if the block that records the report fails."""
    try:
        with _evidence_saved(folder, blobs) as refs:
            yield refs
    except EvidenceError as e:
        raise HTTPException(e.status, e.message) from None
