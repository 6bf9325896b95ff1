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

import hashlib
import math
import re
from dataclasses import replace
from datetime import date, timedelta, timezone
from urllib.parse import quote, urlencode

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from govtargets.bounds import completion_warning
from govtargets.cycle.evidence import (
    EVIDENCE_TYPES,
    MAX_EVIDENCE_BYTES,
    MAX_EVIDENCE_FILES,
    evidence_path,
    parse_evidence_ref,
)
from govtargets.cycle.judge import default_as_of
from govtargets.status import STATUSES
from govtargets.store import Item
from govtargets.web.cache import all_plans
from govtargets.web.lifecycle_view import unit_todo
from govtargets.web.pages import render_page
from govtargets.web.reporting import (
    STATUS_CHOICES,
    STATUS_NAMES,
    UNIT_STATUS_CHOICES,
    corrected_by,
    display_name,
    draft_from,
    fmt,
    item_reports,
    progress_rows,
    save_report,
    scoped_item,
    size_text,
    target_of,
)
from govtargets.web.security import can_read_item, can_report_on, require_user, store_of
from govtargets.web.uploads import EvidenceRoute, evidence_dir, evidence_saved, read_evidence

__all__ = ["router"]

PAGE_SIZE = 100
_CST = timezone(timedelta(hours=8))  # times are shown in Beijing time
router = APIRouter(route_class=EvidenceRoute)


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
    todo, claims, n_claims = unit_todo(request, user, limit=50)
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
        todo=todo,
        claims=claims,
        n_claims=n_claims,
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
    names = {u: display_name(store, u) for u in {p.reported_by for p in reports}}
    saved = request.query_params.get("saved", "")
    saved_report = next((p for p in reports if saved.isdigit() and p.id == int(saved)), None)
    return render_page(
        request,
        "progress_item.html",
        code,
        item=item,
        plan=store.plan(item.plan_id),
        target=target_of(item),
        reports=reports,
        fixes=fixes,
        number=number,
        names=names,
        saved=number.get(int(saved)) if saved.isdigit() else None,
        saved_warning=completion_warning(saved_report.completion_pct) if saved_report else None,
        can_report=can_report_on(user, item),
        status_choices=UNIT_STATUS_CHOICES if user.role == "reporter" else STATUS_CHOICES,
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
    path = evidence_path(evidence_dir(request), digest)
    try:
        data = path.read_bytes()
    except OSError:
        raise HTTPException(404, "该佐证材料的文件不在服务器上") from None
    if hashlib.sha256(data).hexdigest() != digest:
        raise HTTPException(409, "该佐证材料的文件已被改动，与报送时不一致")
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    media = EVIDENCE_TYPES.get(ext, ("", "application/octet-stream"))[1]
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
