"""督办: an item's lifecycle page (stage, 节点, 批示, 催办, the history of every step, and the forms of the
steps the user may take), the 预警 list with batch 催办, and the printable 督办通知单 / 催办单 of a unit.

- Roles: the office (admin, supervisor) takes the office's steps; a reporter only its unit's (and sees
  only its unit's items, plus items without a lead unit, which it may claim; anything else is 404); a viewer
  reads. Every POST carries the CSRF token (the router's dependency) and every step is in the audit log.
- Bad input or a step not allowed now: the page again with a one-line Chinese message, nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, timezone
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from starlette.datastructures import UploadFile

from govtargets.cycle.alerts import Alert, WarningRules, alerts_for
from govtargets.cycle.judge import default_as_of
from govtargets.cycle.lifecycle import (
    DONE,
    KINDS,
    LifecycleError,
    act,
    allowed,
    flow_of,
    milestone_date,
    milestone_state,
)
from govtargets.cycle.notices import NoticeLine, notice_docx, urge
from govtargets.store import Item, Plan, ProgressDraft
from govtargets.web.cache import all_plans, cached, cached_or_threaded, plan_or_404
from govtargets.web.lifecycle_view import (
    EMPTY_FLOW,
    Todo,
    actor_of,
    flow_item,
    office_todo,
    parse_day,
    plan_flows,
)
from govtargets.web.pages import render_page, templates
from govtargets.web.plan_state import judged_plan
from govtargets.web.reporting import display_name, target_of
from govtargets.web.security import can_read_item, require_user, store_of
from govtargets.web.uploads import EvidenceRoute, evidence_dir, evidence_saved, read_evidence

__all__ = ["router"]

router = APIRouter(route_class=EvidenceRoute)
_CST = timezone(timedelta(hours=8))  # times are shown in Beijing time
ALERT_PAGE = 200
OFFICE_NAME = "督查室"


def _local(t: object) -> str:
    return t.astimezone(_CST).strftime("%Y-%m-%d %H:%M")  # type: ignore[attr-defined]


def _flow_page(
    request: Request, item: Item, *, code: int = 200, error: str | None = None, done: str | None = None
) -> Response:
    user = require_user(request)
    store = store_of(request)
    steps = store.item_events(item.id)
    flow = flow_of(steps)
    actor = actor_of(user)
    names = {a: display_name(store, a) for a in {e.actor for e in steps}}
    urges, notes = flow.open_for(actor.unit)
    last = max((p.as_of for p in store.item_progress(item.id)), default=None)
    today = date.today()
    return render_page(
        request,
        "item_flow.html",
        code,
        item=item,
        plan=store.plan(item.plan_id),
        target=target_of(item),
        flow=flow,
        steps=steps,
        kinds=KINDS,
        names=names,
        local=_local,
        can=set(allowed(item, flow, actor)),
        my_urges=urges,
        my_notes=notes,
        error=error,
        done=done,
        node_state={m.step.id: milestone_state(m, last, today) for m in flow.milestones},
    )


@router.get("/items/{item_id}/flow", response_class=HTMLResponse, include_in_schema=False)
def flow_page(request: Request, item_id: int) -> Response:
    user = require_user(request)
    done = request.query_params.get("done", "")
    return _flow_page(request, flow_item(request, user, item_id), done=DONE.get(done))


@router.post("/items/{item_id}/flow", include_in_schema=False)
async def take_step(request: Request, item_id: int) -> Response:
    user = require_user(request)
    if user.role == "viewer":
        raise HTTPException(403, "只读账号不能进行督办操作")
    item = await run_in_threadpool(flow_item, request, user, item_id)
    form = await request.form()
    fields = {k: v.strip() for k, v in form.items() if isinstance(v, str)}
    files = [f for f in form.getlist("evidence") if isinstance(f, UploadFile) and (f.filename or f.size)]
    kind = fields.get("step", "")

    def work() -> Response:
        store = store_of(request)
        try:
            if kind not in KINDS:
                raise LifecycleError("未知的督办操作")
            ref = fields.get("ref", "")
            if ref and not ref.isdigit():
                raise LifecycleError("所选记录无效")
            due = milestone_date(fields["due"]) if kind == "milestone" and fields.get("due") else None
            actor = actor_of(user)
            if kind == "apply" and (files or fields.get("note")):
                blobs = read_evidence(request, files)
                with evidence_saved(evidence_dir(request), blobs) as refs:
                    draft = ProgressDraft(
                        as_of=date.today(), narrative=f"办结申请：{fields.get('note', '')}", evidence=refs
                    )
                    act(store, item, actor, kind, note=fields.get("note"), progress=draft)
            else:
                act(
                    store,
                    item,
                    actor,
                    kind,
                    note=fields.get("note"),
                    ref_id=int(ref) if ref else None,
                    due=due,
                    leader=fields.get("leader"),
                )
        except LifecycleError as e:
            code = 403 if "只有" in str(e) else 422
            return _flow_page(request, flow_item(request, user, item_id), code=code, error=str(e))
        except HTTPException as e:
            return _flow_page(
                request, flow_item(request, user, item_id), code=e.status_code, error=str(e.detail)
            )
        return RedirectResponse(f"/items/{item.id}/flow?done={kind}#history", 303)

    return await run_in_threadpool(work)


# the 预警 list


def _chosen_plan(request: Request) -> int | None:
    chosen = request.query_params.get("plan", "")
    plans = all_plans(request)
    if chosen:
        return plan_or_404(request, chosen).id
    return plans[0].id if plans else None


@dataclass(frozen=True, slots=True)
class _AlertList:
    """A plan's 预警 on one date at one data version: the alerts, their units, the counts and the office's
    to-do (made once per version and shared by every request; a request only filters and pages)."""

    rows: tuple[Alert, ...]
    units: tuple[str, ...]
    n_red: int
    n_yellow: int
    todo: tuple[Todo, ...]


def _alert_list(request: Request, plan: Plan, as_of: date) -> _AlertList:
    def make() -> _AlertList:
        judged = judged_plan(request, plan, as_of)
        rows = alerts_for(judged.judgements, judged.state.progress, plan_flows(request, plan.id), as_of)
        return _AlertList(
            tuple(rows),
            tuple(sorted({u for a in rows for u in a.judgement.item.units})),
            sum(a.light == "red" for a in rows),
            sum(a.light == "yellow" for a in rows),
            tuple(office_todo(request, plan)),
        )

    return cached(request, ("alerts", plan.id, as_of), make)


@router.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
async def alerts_page(request: Request) -> Response:
    """The 预警 list; on the event loop when the plan's list at this version is cached (as the dashboard)."""
    return await cached_or_threaded(request, _alerts_page)


def _alerts_page(request: Request) -> Response:
    user = require_user(request)
    if user.role == "reporter":
        return RedirectResponse("/progress", 303)
    plan_id = _chosen_plan(request)
    q = request.query_params
    if plan_id is None:
        return render_page(request, "alerts.html", plan=None, plans=[], rows_html="", todo=[], units=[])
    plan = plan_or_404(request, plan_id)
    as_of = parse_day(q.get("as_of"), default_as_of(plan.year))
    light, unit = q.get("light", ""), q.get("unit", "")
    office = user.role in ("admin", "supervisor")
    found = _alert_list(request, plan, as_of)
    page = int(q["page"]) if q.get("page", "").isdigit() and int(q["page"]) > 0 else 1

    def rows_html() -> tuple[Markup, int, int]:
        shown = [
            a
            for a in found.rows
            if (not light or a.light == light) and (not unit or unit in a.judgement.item.units)
        ]
        pages = max(1, -(-len(shown) // ALERT_PAGE))
        n = min(page, pages)
        html = templates.get_template("_alert_rows.html").render(
            rows=shown[(n - 1) * ALERT_PAGE : n * ALERT_PAGE], office=office
        )
        return Markup(html), len(shown), pages

    html, total, pages = cached(request, ("alert-rows", plan.id, as_of, light, unit, page, office), rows_html)
    page = min(page, pages)
    base = {
        k: v
        for k, v in (("plan", plan.id), ("as_of", q.get("as_of", "")), ("light", light), ("unit", unit))
        if v
    }
    links = (
        [(n, "/alerts?" + urlencode({**base, "page": n})) for n in range(1, pages + 1)] if pages > 1 else []
    )
    return render_page(
        request,
        "alerts.html",
        plan=plan,
        plans=all_plans(request),
        as_of=as_of,
        rows_html=html,
        total=total,
        n_red=found.n_red,
        n_yellow=found.n_yellow,
        light=light,
        unit=unit,
        units=found.units,
        page=page,
        links=links,
        rules=WarningRules(),
        todo=found.todo,
        office=office,
        urged=q.get("urged", ""),
        skipped=q.get("skipped", ""),
    )


@router.post("/alerts/urge", include_in_schema=False)
async def urge_batch(request: Request) -> Response:
    user = require_user(request)
    if user.role not in ("admin", "supervisor"):
        raise HTTPException(403, "只有督查室可以催办")
    form = await request.form()
    raw = [v for v in form.getlist("item") if isinstance(v, str)]
    note = form.get("note")
    plan = form.get("plan")
    if not raw:
        raise HTTPException(422, "请至少勾选一个要催办的事项")
    if any(not v.isdigit() for v in raw):
        raise HTTPException(422, "所选事项无效")
    plan_id = plan_or_404(request, str(plan or "")).id

    def work() -> Response:
        store = store_of(request)
        items = store.items(plan_id, item_ids=sorted({int(v) for v in raw}))
        if len(items) != len(set(raw)):
            raise HTTPException(404, "所选事项不在该任务分解表中")
        sent, skipped = urge(store, items, actor_of(user), note if isinstance(note, str) else None)
        query = urlencode({"plan": plan_id, "urged": len({n.item_id for n in sent}), "skipped": len(skipped)})
        return RedirectResponse(f"/alerts?{query}", 303)

    return await run_in_threadpool(work)


@router.get("/alerts/notice.docx", include_in_schema=False)
def notice_download(request: Request) -> Response:
    """The 督办通知单 (kind=督办) or 催办单 (kind=催办) of one unit: its unfinished items in the plan."""
    user = require_user(request)
    q = request.query_params
    plan = plan_or_404(request, q.get("plan", ""))
    unit = q.get("unit", "").strip()
    if not unit:
        raise HTTPException(422, "请选择单位")
    if user.role == "reporter" and user.unit != unit:
        raise HTTPException(404, "未找到该单位的事项")
    kind = "催办单" if q.get("kind") == "催办" else "督办通知单"
    as_of = default_as_of(plan.year)
    judged = judged_plan(request, plan, as_of)
    flows = plan_flows(request, plan.id)
    lines = []
    for j in judged.judgements:
        item = j.item
        flow = flows.get(item.id, EMPTY_FLOW)
        if unit not in item.units or flow.stage.finished or not can_read_item(user, item):
            continue
        asked = "请签收并按时限推进" if kind == "督办通知单" else "请抓紧推进，3个工作日内回复"
        if flow.open_urges:
            asked = f"已催办{flow.urges}次，" + asked
        lines.append(
            NoticeLine(item.seq, item.text, item.deadline or "未定", f"{flow.stage}·{j.status}", asked)
        )
    if not lines:
        raise HTTPException(404, f"{unit}在该任务分解表中没有未办结的事项")
    data = notice_docx(plan, unit, lines, f"{plan.region}{OFFICE_NAME}", date.today(), kind)
    name = f"{kind}-{unit}.docx"
    return Response(
        data,
        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        headers={
            "Content-Disposition": f"attachment; filename=\"notice.docx\"; filename*=UTF-8''{quote(name)}",
            "Cache-Control": "private, no-store",
        },
    )
