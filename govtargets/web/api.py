"""The JSON API under /api: the same operations and the same permissions as the pages.

Authentication is the pages' session cookie (log in at /login); `GET /api/me` returns the session's CSRF
token, which every state-changing call sends in the `X-CSRF-Token` header. A reporter sees only its unit's
items (others are 404); a viewer reads; supervisors and admins change plans. Errors are `{"detail": "…"}`
in Chinese: 401 not logged in, 403 not allowed, 404 not found (or not yours), 409 a stale edit, 422 bad input.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

import sqlalchemy as sa
from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from govtargets.bounds import check_number
from govtargets.cycle.evidence import parse_evidence_ref
from govtargets.cycle.judge import default_as_of, due_date_of
from govtargets.store import Item, Progress, StaleEdit, Store, StoreError, User, get_user
from govtargets.web.cache import cached, plan_or_404
from govtargets.web.reporting import (
    STATUS_NAMES,
    corrected_by,
    draft_from,
    item_reports,
    progress_rows,
    save_report,
    scoped_item,
)
from govtargets.web.security import can_read_item, csrf_token, require_role, require_user, store_of
from govtargets.web.uploads import EvidenceRoute, evidence_dir, evidence_saved, read_evidence

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "未登录"},
    403: {"description": "没有权限，或缺少 X-CSRF-Token"},
    404: {"description": "不存在，或不在本单位的范围内"},
}


class Me(BaseModel):
    username: str
    display_name: str
    role: Literal["admin", "supervisor", "reporter", "viewer"]
    role_name: str
    unit: str | None
    csrf_token: str = Field(description="send it as the X-CSRF-Token header on POST/PATCH/PUT/DELETE")


class PlanOut(BaseModel):
    id: int
    region: str
    year: int
    title: str
    source_document_id: int | None
    created_at: datetime
    created_by: str
    items: int = Field(description="items the caller may see")


class ItemOut(BaseModel):
    id: int
    plan_id: int
    seq: int
    rev: int = Field(description="the revision; send it back with PATCH")
    kind: str = Field(description="indicator | task")
    name: str
    text: str
    category: str | None
    metric: str | None
    measure: str | None
    target_value: Decimal | None
    target_low: Decimal | None
    target_high: Decimal | None
    target_unit: str | None
    qualifier: str | None
    deadline: str | None
    due_date: date | None
    minsheng: bool
    lead_units: list[str]
    co_units: list[str]
    note: str | None
    source_document_id: int | None
    source_start: int | None
    source_end: int | None
    revised_at: datetime | None
    revised_by: str


class ItemPatch(BaseModel):
    """Changes to an item on the revision the client read; fields left out stay as they are."""

    model_config = ConfigDict(extra="forbid")
    rev: int = Field(description="the revision the change is made on; another revision → 409")
    text: str | None = Field(None, min_length=1, max_length=5000)
    name: str | None = Field(None, max_length=200)
    category: str | None = Field(None, max_length=100)
    deadline: str | None = Field(None, max_length=100)
    due_date: date | None = None
    lead_units: list[str] | None = None
    co_units: list[str] | None = None
    target_value: Decimal | None = None
    target_unit: str | None = Field(None, max_length=50)
    minsheng: bool | None = None
    note: str | None = Field(None, max_length=2000)


class EvidenceOut(BaseModel):
    n: int
    name: str
    size: int
    sha256: str
    url: str


class ProgressOut(BaseModel):
    id: int
    item_id: int
    as_of: date
    period: str | None
    value: Decimal | None
    completion_pct: Decimal | None
    growth: Decimal | None
    status: str | None
    status_name: str | None
    narrative: str | None
    evidence: list[EvidenceOut]
    unit: str | None
    reported_by: str
    reported_at: datetime | None
    supersedes_id: int | None
    superseded_by: int | None = Field(description="the report that corrects this one, if any")


ReportedStatus = Literal["completed", "partly_met", "not_met", "cancelled", "on_schedule", "behind"]


class ProgressIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    as_of: date
    value: Decimal | None = None
    completion_pct: Decimal | None = None
    growth: Decimal | None = None
    status: ReportedStatus | None = None
    narrative: str | None = Field(None, max_length=5000)
    supersedes_id: int | None = Field(None, description="the report this one corrects")


class JudgementOut(BaseModel):
    item_id: int
    seq: int
    name: str
    status: str
    light: str = Field(description="green | yellow | red | grey")
    schedule_pct: Decimal | None
    completion_pct: Decimal | None
    lag_pp: Decimal | None
    projection: Decimal | None
    basis: str


class AuditOut(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    old_value: Any
    new_value: Any


_ITEMS = TypeAdapter(list[ItemOut])
_JUDGED = TypeAdapter(list[JudgementOut])


def _item_out(i: Item) -> ItemOut:
    return ItemOut(
        id=i.id,
        plan_id=i.plan_id,
        seq=i.seq,
        rev=i.rev,
        kind=i.kind,
        name=i.short_name,
        text=i.text,
        category=i.category,
        metric=i.metric,
        measure=i.measure,
        target_value=i.target_value,
        target_low=i.target_low,
        target_high=i.target_high,
        target_unit=i.target_unit,
        qualifier=i.qualifier,
        deadline=i.deadline,
        due_date=i.due_date,
        minsheng=i.minsheng,
        lead_units=list(i.lead_units),
        co_units=list(i.co_units),
        note=i.note,
        source_document_id=i.source_document_id,
        source_start=i.source_start,
        source_end=i.source_end,
        revised_at=i.created_at,
        revised_by=i.created_by,
    )


def _progress_out(p: Progress, fixed_by: Progress | None) -> ProgressOut:
    evidence = []
    for n, ref in enumerate(p.evidence, 1):
        parsed = parse_evidence_ref(ref)
        if parsed:
            evidence.append(
                EvidenceOut(
                    n=n,
                    name=parsed[0],
                    size=parsed[1],
                    sha256=parsed[2],
                    url=f"/progress/evidence/{p.id}/{n}",
                )
            )
    return ProgressOut(
        id=p.id,
        item_id=p.item_id,
        as_of=p.as_of,
        period=p.period,
        value=p.value,
        completion_pct=p.completion_pct,
        growth=p.growth,
        status=p.status,
        status_name=STATUS_NAMES.get(p.status or "") if p.status else None,
        narrative=p.narrative,
        evidence=evidence,
        unit=p.unit,
        reported_by=p.reported_by,
        reported_at=p.reported_at,
        supersedes_id=p.supersedes_id,
        superseded_by=fixed_by.id if fixed_by else None,
    )


@router.get("/me", response_model=Me, responses=_ERRORS)
def me(request: Request) -> Me:
    """Who is logged in, and the CSRF token for state-changing calls."""
    user = require_user(request)
    return Me(
        username=user.username,
        display_name=user.display_name,
        role=user.role,  # type: ignore[arg-type]
        role_name=user.role_name,
        unit=user.unit,
        csrf_token=csrf_token(request),
    )


@router.get("/plans", response_model=list[PlanOut], responses=_ERRORS)
def plans(request: Request) -> list[PlanOut]:
    """The plans; a reporter gets those where its unit has items."""
    user = require_user(request)
    store = store_of(request)
    if user.role == "reporter":
        counts = {p.id: sum(1 for i in store.items(p.id) if can_read_item(user, i)) for p in store.plans()}
    else:
        pi = store.t["plan_items"]
        with store.engine.connect() as conn:
            q = sa.select(pi.c.plan_id, sa.func.count()).group_by(pi.c.plan_id)
            counts = {plan_id: int(n) for plan_id, n in conn.execute(q)}
    out = []
    for p in store.plans():
        n = counts.get(p.id, 0)
        if user.role != "reporter" or n:
            out.append(PlanOut(**{k: getattr(p, k) for k in PlanOut.model_fields if k != "items"}, items=n))
    return out


@router.get("/plans/{plan_id}/items", response_model=list[ItemOut], responses=_ERRORS)
def plan_items(request: Request, plan_id: int) -> Response:
    """The plan's items as they stand now (a reporter: its unit's only)."""
    user = require_user(request)
    store = store_of(request)
    plan = plan_or_404(request, plan_id)

    def make() -> tuple[bytes, int]:
        items = [i for i in store.items(plan.id) if can_read_item(user, i)]
        return _ITEMS.dump_json([_item_out(i) for i in items]), len(items)

    return _scoped_json(request, user, ("api-items", plan.id), make)


def _scoped_json(
    request: Request, user: User, key: tuple[Any, ...], make: Callable[[], tuple[bytes, int]]
) -> Response:
    """A list as JSON, cached per data version and per scope (a reporter's unit, or everything); a plan
    with none of a reporter's items is 404, as if it did not exist."""
    scope = user.unit if user.role == "reporter" else None
    body, n = cached(request, (*key, scope), make)
    if user.role == "reporter" and n == 0:
        raise HTTPException(404, "未找到该任务分解表")
    return Response(body, media_type="application/json")


@router.get("/items/{item_id}", response_model=ItemOut, responses=_ERRORS)
def item(request: Request, item_id: int) -> ItemOut:
    user = require_user(request)
    return _item_out(scoped_item(store_of(request), user, item_id))


@router.patch(
    "/items/{item_id}",
    response_model=ItemOut,
    responses={**_ERRORS, 409: {"description": "该事项已被他人修改（rev 不是最新）"}},
)
def patch_item(request: Request, item_id: int, body: ItemPatch) -> ItemOut:
    """Change an item (supervisor): a new revision on `rev`; a stale `rev` is refused with 409."""
    user = require_role(request, "supervisor")
    store = store_of(request)
    current = scoped_item(store, user, item_id)
    changes: dict[str, Any] = body.model_dump(exclude_unset=True, exclude={"rev"})
    for key in ("lead_units", "co_units"):
        if key in changes:
            changes[key] = tuple(dict.fromkeys(u.strip() for u in changes[key] or () if u.strip()))
    if "co_units" in changes or "lead_units" in changes:
        lead = changes.get("lead_units", current.lead_units)
        changes["co_units"] = tuple(u for u in changes.get("co_units", current.co_units) if u not in lead)
    if "text" in changes and not (changes["text"] or "").strip():
        raise HTTPException(422, "任务内容不能为空")
    if changes.get("target_value") is not None:
        try:
            check_number(changes["target_value"], "目标值")
        except ValueError as e:
            raise HTTPException(422, str(e)) from None
    if "deadline" in changes and "due_date" not in changes:
        changes["due_date"] = due_date_of(changes["deadline"], store.plan(current.plan_id).year)
    changes = {k: v for k, v in changes.items() if v != getattr(current, k)}
    if body.rev != current.rev:
        raise _stale_item(store, current)
    if not changes:
        return _item_out(current)
    try:
        return _item_out(store.revise_item(item_id, changes, expected_rev=body.rev, actor=user.username))
    except StaleEdit:
        raise _stale_item(store, scoped_item(store, user, item_id)) from None
    except StoreError as e:
        raise HTTPException(422, str(e)) from None


def _stale_item(store: Store, current: Item) -> HTTPException:
    who = get_user(store, current.created_by)
    name = who.display_name if who else current.created_by
    return HTTPException(409, f"该事项已被{name}修改（第{current.rev}版），请刷新后重新修改")


@router.get("/items/{item_id}/progress", response_model=list[ProgressOut], responses=_ERRORS)
def item_progress(request: Request, item_id: int) -> list[ProgressOut]:
    """Every report on the item in the order entered, corrected ones too (with `superseded_by`)."""
    user = require_user(request)
    store = store_of(request)
    scoped_item(store, user, item_id)
    reports = item_reports(store, item_id)
    fixes = corrected_by(reports)
    return [_progress_out(p, fixes.get(p.id)) for p in reports]


@router.post(
    "/items/{item_id}/progress",
    response_model=ProgressOut,
    status_code=201,
    responses={**_ERRORS, 409: {"description": "要更正的记录已被他人更正"}},
)
def add_progress(request: Request, item_id: int, body: ProgressIn) -> ProgressOut:
    """Add a report (or correct one with `supersedes_id`); the supervision office or the item's units."""
    user = require_role(request, "supervisor", "reporter")
    store = store_of(request)
    current = scoped_item(store, user, item_id)
    draft = draft_from(
        user=user, supersedes_id=body.supersedes_id, **body.model_dump(exclude={"supersedes_id"})
    )
    pid = save_report(store, user, current, draft)
    reports = item_reports(store, item_id)
    return _progress_out(next(p for p in reports if p.id == pid), None)


def add_progress_with_evidence(
    request: Request,
    item_id: int,
    as_of: Annotated[date, Form()],
    value: Annotated[Decimal | None, Form()] = None,
    completion_pct: Annotated[Decimal | None, Form()] = None,
    growth: Annotated[Decimal | None, Form()] = None,
    status: Annotated[ReportedStatus | None, Form()] = None,
    narrative: Annotated[str | None, Form(max_length=5000)] = None,
    supersedes_id: Annotated[int | None, Form(description="the report this one corrects")] = None,
    evidence: Annotated[list[UploadFile] | None, File(description="pdf、docx、xlsx、jpg、png、txt")] = None,
) -> ProgressOut:
    """The same as `POST /items/{item_id}/progress`, as multipart/form-data with evidence files (field
    `evidence`, repeated): each is checked by its content, kept under its sha256, and named in the report.
    Nothing is stored if any file or field is refused."""
    user = require_role(request, "supervisor", "reporter")
    store = store_of(request)
    current = scoped_item(store, user, item_id)
    blobs = read_evidence(request, [f for f in evidence or [] if f.filename or f.size])
    draft = draft_from(
        user=user,
        as_of=as_of,
        value=value,
        completion_pct=completion_pct,
        growth=growth,
        status=status,
        narrative=narrative,
        supersedes_id=supersedes_id,
    )
    with evidence_saved(evidence_dir(request), blobs) as refs:
        pid = save_report(store, user, current, replace(draft, evidence=refs))
    reports = item_reports(store, item_id)
    return _progress_out(next(p for p in reports if p.id == pid), None)


# the body is limited while it streams in, as on the progress page (EvidenceRoute)
router.add_api_route(
    "/items/{item_id}/progress/upload",
    add_progress_with_evidence,
    methods=["POST"],
    response_model=ProgressOut,
    status_code=201,
    route_class_override=EvidenceRoute,
    responses={
        **_ERRORS,
        409: {"description": "要更正的记录已被他人更正"},
        413: {"description": "佐证材料过大或过多"},
        415: {"description": "佐证材料的类型不支持，或内容与扩展名不符"},
    },
)


@router.get("/plans/{plan_id}/judgements", response_model=list[JudgementOut], responses=_ERRORS)
def judgements(request: Request, plan_id: int, as_of: date | None = None) -> Response:
    """Each item's status and light against the calendar on `as_of` (default: today, moved into the plan's
    year, as on the pages and in the reports), with its reason."""
    user = require_user(request)
    plan = plan_or_404(request, plan_id)
    day = as_of or default_as_of(plan.year)

    def make() -> tuple[bytes, int]:
        rows = [r for r in progress_rows(request, plan, day) if can_read_item(user, r.item)]
        out = [
            JudgementOut(
                item_id=r.item.id,
                seq=r.item.seq,
                name=r.item.short_name,
                status=r.judgement.status,
                light=r.judgement.light,
                schedule_pct=r.judgement.schedule_pct,
                completion_pct=r.judgement.completion_pct,
                lag_pp=r.judgement.lag_pp,
                projection=r.judgement.projection,
                basis=r.judgement.basis,
            )
            for r in rows
        ]
        return _JUDGED.dump_json(out), len(out)

    return _scoped_json(request, user, ("api-judged", plan.id, day), make)


@router.get("/audit-log", response_model=list[AuditOut], responses=_ERRORS)
def audit_log(
    request: Request,
    actor: str | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    before_id: int | None = Query(None, description="entries older than this id (the next page)"),
    limit: int = Query(200, ge=1, le=1000),
) -> list[AuditOut]:
    """The audit log, newest first (supervisors, admins and viewers)."""
    require_role(request, "supervisor", "viewer")
    store = store_of(request)
    a = store.t["audit_log"]
    q = sa.select(a).order_by(a.c.id.desc()).limit(limit)
    for column, value in ((a.c.actor, actor), (a.c.entity, entity), (a.c.entity_id, entity_id)):
        if value is not None:
            q = q.where(column == value)
    if since is not None:
        q = q.where(a.c.at >= since)
    if until is not None:
        q = q.where(a.c.at < until)
    if before_id is not None:
        q = q.where(a.c.id < before_id)
    with store.engine.connect() as conn:
        rows = conn.execute(q).mappings().all()
    return [AuditOut(**{k: r[k] for k in AuditOut.model_fields}) for r in rows]
