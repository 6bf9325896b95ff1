"""Progress entry: a unit's own items with their latest report and light, an item's report history and the
form to add (or correct) a report with evidence files, and the evidence downloads.

- A reporter sees only the items its unit leads or shares, across plans; any other item is "not found"
  (404, page and POST alike, so ids cannot be probed). Supervisors and admins see and report on every item;
  a viewer reads.
- Nothing is overwritten: a report is added; a correction names the report it supersedes, and a report
  someone has corrected already cannot be corrected again (409, with who corrected it).
- Evidence files (pdf, docx, xlsx, jpg, png, txt; each at most 10 MB) are checked by their content, stored
  once by sha256 under the evidence folder ($GOVTARGETS_EVIDENCE_DIR; else `evidence/` beside an SQLite
  database file, else `./evidence`), and the report keeps `name#size=N&sha256=HEX` for each.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta, timezone
from decimal import Decimal
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote, urlencode

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from starlette.datastructures import UploadFile

from govtargets.bounds import completion_warning, parse_number
from govtargets.cycle.judge import STATUSES, Judgement, default_as_of
from govtargets.cycle.plans import target_text
from govtargets.ingest import MAX_EXPANDED, TooLarge, check_zip
from govtargets.store import Item, Plan, Progress, ProgressDraft, StaleEdit, Store, User, get_user
from govtargets.web.cache import all_plans, cached
from govtargets.web.pages import render_page
from govtargets.web.plan_state import judged_plan
from govtargets.web.security import can_read_item, can_report_on, require_user, store_of

__all__ = [
    "router",
    "STATUS_CHOICES",
    "STATUS_NAMES",
    "MAX_EVIDENCE_BYTES",
    "MAX_EVIDENCE_FILES",
    "scoped_item",
    "item_reports",
    "corrected_by",
    "save_report",
    "evidence_dir",
    "check_evidence",
    "store_evidence",
    "evidence_saved",
    "parse_evidence_ref",
    "size_text",
    "progress_rows",
    "draft_from",
    "fmt",
]

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
MAX_EVIDENCE_FILES = 5
PAGE_SIZE = 100
STATUS_CHOICES = [
    ("completed", "完成"),
    ("partly_met", "部分完成"),
    ("not_met", "未完成"),
    ("cancelled", "取消"),
    ("on_schedule", "序时推进"),
    ("behind", "滞后"),
]
STATUS_NAMES = dict(STATUS_CHOICES) | {"met": "序时推进", "done": "完成", "not_done": "未完成"}
_TYPES = {  # extension → (what it is, media type)
    "pdf": ("PDF文档", "application/pdf"),
    "docx": ("Word文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("Excel表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "jpg": ("JPEG图片", "image/jpeg"),
    "jpeg": ("JPEG图片", "image/jpeg"),
    "png": ("PNG图片", "image/png"),
    "txt": ("文本文件", "text/plain; charset=utf-8"),
}
_REF_RE = re.compile(r"^(?P<name>.*)#size=(?P<size>\d+)&sha256=(?P<sha>[0-9a-f]{64})$", re.S)
_CST = timezone(timedelta(hours=8))  # times are shown in Beijing time
_BODY_SLACK = 256 * 1024  # the form's text fields and part headers around the files


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
        name = _clean_name(f.filename)
        f.file.seek(0)
        data = f.file.read(per_file + 1)
        if len(data) > per_file:
            raise HTTPException(413, f"佐证材料“{name}”过大：每个文件不能超过{per_file // (1024 * 1024)} MB")
        check_evidence(name, data)
        blobs.append((name, data))
    return blobs


router = APIRouter(route_class=EvidenceRoute)


# scope, reports and corrections (shared with the API)


def scoped_item(store: Store, user: User, item_id: int) -> Item:
    """The item, if the user may read it; else 404 (an item outside a reporter's unit does not exist)."""
    history = store.item_history(item_id)
    if not history or not can_read_item(user, history[-1]):
        raise HTTPException(404, "未找到该事项")
    return history[-1]


def item_reports(store: Store, item_id: int) -> list[Progress]:
    """Every report on the item, superseded ones too, in the order they were entered."""
    return store.item_progress(item_id)


def corrected_by(reports: list[Progress]) -> dict[int, Progress]:
    """Superseded report id → the report that corrects it."""
    return {p.supersedes_id: p for p in reports if p.supersedes_id is not None}


def _display_name(store: Store, username: str) -> str:
    who = get_user(store, username)
    return who.display_name if who else username


def save_report(store: Store, user: User, item: Item, draft: ProgressDraft) -> int:
    """Add the report as the user; a correction of a report that is not this item's is 422, of a report
    someone corrected already 409 (with who did)."""
    if draft.supersedes_id is not None:
        reports = {p.id: p for p in item_reports(store, item.id)}
        if draft.supersedes_id not in reports:
            raise HTTPException(422, "要更正的进展记录不属于该事项")
    try:
        return store.add_progress(item.id, draft, actor=user.username)
    except (StaleEdit, sa.exc.IntegrityError):
        pass
    done = corrected_by(item_reports(store, item.id)).get(draft.supersedes_id or -1)
    who = _display_name(store, done.reported_by) if done else "他人"
    raise HTTPException(409, f"该条进展已被{who}更正，请刷新后在最新记录上更正")


def draft_from(
    *,
    user: User,
    as_of: str | date | None,
    value: Any,
    completion_pct: Any,
    growth: Any,
    status: str | None,
    narrative: str | None,
    supersedes_id: int | None,
    evidence: tuple[str, ...] = (),
) -> ProgressDraft:
    """A report from what a person filled in; HTTPException(422) with every problem in Chinese."""
    errors = []
    day: date | None = None
    if isinstance(as_of, date):
        day = as_of
    elif not as_of:
        errors.append("请填写截至日期")
    else:
        try:
            day = date.fromisoformat(as_of)
        except ValueError:
            errors.append(f"截至日期“{as_of}”有误，应为“2024-06-30”的格式")
    if day is not None and day > date.today():
        errors.append("截至日期不能晚于今天")
    numbers: dict[str, Decimal | None] = {}
    for key, label, raw in (
        ("value", "累计完成值", value),
        ("completion_pct", "完成率(%)", completion_pct),
        ("growth", "增速(%)", growth),
    ):
        try:
            numbers[key] = parse_number(raw, label, field=key)
        except ValueError as e:
            errors.append(str(e))
            numbers[key] = None
    status = (status or "").strip() or None
    if status is not None and status not in dict(STATUS_CHOICES):
        errors.append("状态无效")
    narrative = (narrative or "").strip() or None
    if narrative is not None and len(narrative) > 5000:
        errors.append("进展情况不能超过5000字")
    if status == "cancelled" and not narrative:
        errors.append("状态为“取消”时，请在进展情况中写明取消的原因和批准依据")
    if not errors and not any((*numbers.values(), status, narrative, evidence)):
        errors.append("请至少填写累计完成值、完成率、增速、状态或进展情况中的一项")
    if errors:
        raise HTTPException(422, "；".join(errors))
    assert day is not None
    return ProgressDraft(
        as_of=day,
        status=status,
        narrative=narrative,
        evidence=evidence,
        unit=user.unit if user.role == "reporter" else None,
        supersedes_id=supersedes_id,
        value=numbers["value"],
        completion_pct=numbers["completion_pct"],
        growth=numbers["growth"],
    )


# evidence files


def evidence_dir(request: Request) -> Path:
    """Where evidence files go: app.state.evidence_dir, $GOVTARGETS_EVIDENCE_DIR, `evidence/` beside an
    SQLite database file, or ./evidence."""
    found = getattr(request.app.state, "evidence_dir", None)
    if found is None:
        env = os.environ.get("GOVTARGETS_EVIDENCE_DIR")
        url = store_of(request).url
        if env:
            found = Path(env)
        elif url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            found = Path(url.removeprefix("sqlite:///")).resolve().parent / "evidence"
        else:
            found = Path("evidence").resolve()
        request.app.state.evidence_dir = found
    return Path(found)


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
    """The file's extension if its content is what the extension says; else HTTPException(415)."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in _TYPES:
        raise HTTPException(
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
        raise HTTPException(415, f"佐证材料“{name}”的内容不是{_TYPES[ext][0]}（文件可能已损坏或扩展名不符）")
    if ext in ("docx", "xlsx"):
        try:
            check_zip(data)
        except TooLarge:
            mb = MAX_EXPANDED // (1024 * 1024)
            message = f"佐证材料“{name}”解压后过大（超过{mb} MB），请压缩图片或拆分后上传"
            raise HTTPException(413, message) from None
    return ext


def _clean_name(name: str | None) -> str:
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    base = "".join(c for c in base if ord(c) >= 32 and c not in '"\\/').strip()
    return base[:120] or "佐证材料"


def _write_bytes(fh: Any, data: bytes) -> None:
    fh.write(data)


def store_evidence(folder: Path, name: str, data: bytes) -> str:
    """Write the file under its sha256 (once) and return its reference `name#size=N&sha256=HEX`.

    The file is written to a temporary name and renamed into place, so a reader never sees half of it; on
    any error (a full disk) the temporary file is removed and the error raised."""
    digest = hashlib.sha256(data).hexdigest()
    target = folder / digest[:2] / digest
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


DISK_FULL = "服务器存储空间不足，佐证材料未能保存，本次填报未保存任何内容；请联系系统管理员"


@contextlib.contextmanager
def evidence_saved(folder: Path, blobs: Sequence[tuple[str, bytes]]) -> Iterator[tuple[str, ...]]:
    """Store the evidence files and give their references to the block that records the report. If a file
    cannot be written (HTTPException 507 for a full disk, 500 for another I/O error) or the block fails,
    the files this call wrote are removed again: nothing half-done stays on the disk."""
    written: list[Path] = []
    refs = []
    try:
        for name, data in blobs:
            digest = hashlib.sha256(data).hexdigest()
            target = folder / digest[:2] / digest
            existed = target.exists()
            refs.append(store_evidence(folder, name, data))
            if not existed:
                written.append(target)
    except OSError as e:
        _remove(written)
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise HTTPException(507, DISK_FULL) from None
        raise HTTPException(
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
    """(name, size, sha256) of a reference; the name is the file name only (a CLI reference has a path)."""
    m = _REF_RE.match(ref)
    if m is None:
        return None
    return _clean_name(m.group("name")), int(m.group("size")), m.group("sha")


# the list


@dataclass(frozen=True, slots=True)
class Row:
    plan: Plan
    item: Item
    target: str
    judgement: Judgement


def progress_rows(request: Request, plan: Plan, today: date) -> list[Row]:
    """Every item of the plan with its target and its judgement on that day (cached by data version)."""

    def make() -> list[Row]:
        judged = judged_plan(request, plan, today)
        return [Row(plan, j.item, _target(j.item), j) for j in judged.judgements]

    return cached(request, ("progress-rows", plan.id, today), make)


def _target(i: Item) -> str:
    return target_text(i.measure, i.target_value, i.target_low, i.target_high, i.target_unit, i.qualifier)


def size_text(n: int) -> str:
    """A file size as the pages show it: 812 字节, 2.0 KB, 3.4 MB."""
    if n < 1024:
        return f"{n} 字节"
    return f"{n / 1024:.1f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def fmt(v: Decimal | None) -> str:
    return "" if v is None else format(v.normalize(), "f")


@router.get("/progress", response_class=HTMLResponse, include_in_schema=False)
def progress_page(request: Request) -> Response:
    user = require_user(request)
    q = request.query_params
    plans = all_plans(request)
    chosen = q.get("plan", "")
    reporter = user.role == "reporter"
    if not reporter and not chosen and plans:
        chosen = str(plans[0].id)  # the office sees one plan at a time: the newest by default
    shown_plans = plans if reporter else [p for p in plans if str(p.id) == chosen]
    rows = [
        r
        for p in shown_plans
        for r in progress_rows(request, p, default_as_of(p.year))
        if can_read_item(user, r.item)
    ]
    if reporter:  # a reporter knows only the plans where its unit has items
        plans = [p for p in plans if any(r.plan.id == p.id for r in rows)]
        rows = [r for r in rows if not chosen or str(r.plan.id) == chosen]
    units = sorted({u for r in rows for u in r.item.units})
    unit, status = q.get("unit", ""), q.get("status", "")
    rows = [
        r for r in rows if (not unit or unit in r.item.units) and (not status or r.judgement.status == status)
    ]
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    page = min(max(int(q["page"]) if q.get("page", "").isdigit() else 1, 1), pages)
    links = [
        (
            n,
            "/progress?"
            + urlencode(
                {
                    k: v
                    for k, v in (("plan", chosen), ("unit", unit), ("status", status), ("page", n))
                    if v not in ("", 1)
                }
            ),
        )
        for n in range(1, pages + 1)
    ]
    return render_page(
        request,
        "progress.html",
        rows=rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
        total=len(rows),
        page=page,
        pages=pages,
        links=links,
        plans=plans,
        chosen=chosen,
        units=units,
        unit=unit,
        status=status,
        statuses=STATUSES,
        status_names=STATUS_NAMES,
        fmt=fmt,
        reporter=reporter,
        can_report=user.role in ("admin", "supervisor", "reporter"),
    )


# one item


def _item_page(
    request: Request,
    item: Item,
    *,
    code: int = 200,
    error: str | None = None,
    form: dict[str, str] | None = None,
) -> Response:
    user = require_user(request)
    store = store_of(request)
    reports = item_reports(store, item.id)
    fixes = corrected_by(reports)
    number = {p.id: n for n, p in enumerate(reports, 1)}
    names = {u: _display_name(store, u) for u in {p.reported_by for p in reports}}
    saved = request.query_params.get("saved", "")
    saved_report = next((p for p in reports if saved.isdigit() and p.id == int(saved)), None)
    return render_page(
        request,
        "progress_item.html",
        code,
        item=item,
        plan=store.plan(item.plan_id),
        target=_target(item),
        reports=reports,
        fixes=fixes,
        number=number,
        names=names,
        saved=number.get(int(saved)) if saved.isdigit() else None,
        saved_warning=completion_warning(saved_report.completion_pct) if saved_report else None,
        can_report=can_report_on(user, item),
        status_choices=STATUS_CHOICES,
        status_names=STATUS_NAMES,
        parse_ref=parse_evidence_ref,
        fmt=fmt,
        size=size_text,
        local=lambda t: t.astimezone(_CST).strftime("%Y-%m-%d %H:%M"),
        error=error,
        form=form or {"as_of": date.today().isoformat()},
        open_reports=[p for p in reports if p.id not in fixes],
        max_mb=MAX_EVIDENCE_BYTES // (1024 * 1024),
        max_files=MAX_EVIDENCE_FILES,
    )


@router.get("/progress/items/{item_id}", response_class=HTMLResponse, include_in_schema=False)
def item_page(request: Request, item_id: int) -> Response:
    user = require_user(request)
    return _item_page(request, scoped_item(store_of(request), user, item_id))


@router.post("/progress/items/{item_id}", include_in_schema=False)
async def add_report(request: Request, item_id: int) -> Response:
    user = require_user(request)
    store = store_of(request)
    item = await run_in_threadpool(scoped_item, store, user, item_id)
    if not can_report_on(user, item):
        raise HTTPException(403, "只读账号不能填报进展")
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    files = [f for f in form.getlist("evidence") if isinstance(f, UploadFile) and (f.filename or f.size)]
    supersedes = fields.get("supersedes", "").strip()

    def work() -> Response:
        try:
            if supersedes and not supersedes.isdigit():
                raise HTTPException(422, "要更正的进展记录无效")
            blobs = read_evidence(request, files)
            draft = draft_from(
                user=user,
                as_of=fields.get("as_of"),
                value=fields.get("value"),
                completion_pct=fields.get("completion_pct"),
                growth=fields.get("growth"),
                status=fields.get("status"),
                narrative=fields.get("narrative"),
                supersedes_id=int(supersedes) if supersedes else None,
                evidence=tuple("pending" for _ in blobs),
            )
            with evidence_saved(evidence_dir(request), blobs) as refs:
                pid = save_report(store, user, item, replace(draft, evidence=refs))
        except HTTPException as e:
            kept = {
                k: fields.get(k, "")
                for k in ("as_of", "value", "completion_pct", "growth", "status", "narrative", "supersedes")
            }
            message = str(e.detail) + ("（所选佐证材料未保存，请重新选择）" if files else "")
            return _item_page(
                request, scoped_item(store, user, item_id), code=e.status_code, error=message, form=kept
            )
        return RedirectResponse(f"/progress/items/{item.id}?saved={pid}#r{pid}", 303)

    return await run_in_threadpool(work)


@router.get("/progress/evidence/{progress_id}/{n}", include_in_schema=False)
def evidence_download(request: Request, progress_id: int, n: int) -> Response:
    user = require_user(request)
    store = store_of(request)
    pu = store.t["progress_updates"]
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(pu.c.item_id, pu.c.evidence).where(pu.c.id == progress_id)).first()
    if row is None:
        raise HTTPException(404, "未找到该佐证材料")
    scoped_item(store, user, row.item_id)  # 404 outside the user's scope
    refs = list(row.evidence or ())
    parsed = parse_evidence_ref(refs[n - 1]) if 1 <= n <= len(refs) else None
    if parsed is None:
        raise HTTPException(404, "未找到该佐证材料")
    name, _size, digest = parsed
    path = evidence_dir(request) / digest[:2] / digest
    try:
        data = path.read_bytes()
    except OSError:
        raise HTTPException(404, "该佐证材料的文件不在服务器上") from None
    if hashlib.sha256(data).hexdigest() != digest:
        raise HTTPException(409, "该佐证材料的文件已被改动，与报送时不一致")
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    media = _TYPES.get(ext, ("", "application/octet-stream"))[1]
    ext = ext if re.fullmatch(r"[a-z0-9]{1,8}", ext) else "bin"
    return Response(
        data,
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="evidence-{progress_id}-{n}.{ext}"; '
            f"filename*=UTF-8''{quote(name, safe='')}",
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )
