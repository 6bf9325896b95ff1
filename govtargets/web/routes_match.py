"""An uploaded supervision report or review matched to a plan's items, shown, and stored when confirmed.

The web's `progress extract`: `/documents/{doc_id}/match?plan=N` lists the document's actual, progress and
status facts (those not rejected in the review) each with the plan item it matches (an indicator's figure by
its indicator, a status by the task it names) and why; the 确认 POST stores the progress reports, each
pointing to its fact. A fact already stored as progress on the plan is not stored twice.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from govtargets.cycle.progress import Match, match_facts
from govtargets.store import StoreError, fact_reviews
from govtargets.web.pages import render_page
from govtargets.web.security import require_role, store_of
from govtargets.web.uploads import LimitedBodyRoute
from govtargets.web.words import KIND_NAMES, STATUS_NAMES

__all__ = ["router"]

router = APIRouter(route_class=LimitedBodyRoute)

MEASURE_NAMES = {
    "level": "总量",
    "growth": "增速",
    "completion": "完成率",
    "status": "完成状态",
    "lag": "差距",
}


def _as_of(s: str) -> date | None:
    s = s.strip()
    if not s:
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise HTTPException(422, f"截至日期“{s}”不是有效日期（格式：2024-06-30）") from None


def _plan_id(s: str) -> int | None:
    s = s.strip()
    if not s:
        return None
    if not s.isdigit():
        raise HTTPException(422, "请选择一个计划")
    return int(s)


def _matches(request: Request, doc_id: int, plan_id: int, as_of: date | None) -> list[Match]:
    store = store_of(request)
    try:
        store.document(doc_id)
        store.plan(plan_id)
    except StoreError:
        raise HTTPException(404, "未找到该文档或计划") from None
    facts = store.facts(doc_id)
    reviews = fact_reviews(store, [f["id"] for f in facts])
    kept = [
        f
        for f in facts
        if f["kind"] in ("actual", "progress") and getattr(reviews.get(f["id"]), "action", None) != "reject"
    ]
    return match_facts(store, plan_id, kept, as_of=as_of)


def _row(m: Match) -> dict[str, Any]:
    f = m.fact
    if f.get("status"):
        what = STATUS_NAMES.get(f["status"], f["status"])
    elif f.get("value") is not None:
        what = f"{f['value']}{f.get('unit') or ''}"
    else:
        what = ""
    return {
        "fact_id": f.get("id"),
        "said": f.get("label") or (f"（{f['count']}项）" if f.get("count") else ""),
        "kind": KIND_NAMES.get(f["kind"], f["kind"]),
        "measure": MEASURE_NAMES.get(f.get("measure") or "", f.get("measure") or ""),
        "what": what,
        "period": f.get("period") or "",
        "item": m.item.short_name if m.item else "",
        "item_seq": m.item.seq if m.item else None,
        "score": f"{m.score:.2f}",
        "reason": m.reason,
        "stored": m.item is not None and m.update is not None,
    }


@router.get("/documents/{doc_id}/match", response_class=HTMLResponse, include_in_schema=False)
def match_page(request: Request, doc_id: int, plan: str = "", as_of: str = "", stored: str = "") -> Response:
    require_role(request, "supervisor")
    store = store_of(request)
    try:
        doc = store.document(doc_id)
    except StoreError:
        raise HTTPException(404, "未找到该文档") from None
    plans = store.plans()
    plan_id = _plan_id(plan)
    if plan_id is None and len(plans) == 1:
        plan_id = plans[0].id
    rows = [_row(m) for m in _matches(request, doc_id, plan_id, _as_of(as_of))] if plan_id else []
    return render_page(
        request,
        "document_match.html",
        doc=doc,
        plans=plans,
        plan_id=plan_id,
        as_of=as_of.strip(),
        rows=rows,
        todo=sum(r["stored"] for r in rows),
        stored=int(stored) if stored.isdigit() else None,
    )


@router.post("/documents/{doc_id}/match", include_in_schema=False)
def match_confirm(request: Request, doc_id: int, plan: str = Form(""), as_of: str = Form("")) -> Response:
    user = require_role(request, "supervisor")
    plan_id = _plan_id(plan)
    if plan_id is None:
        raise HTTPException(422, "请选择一个计划")
    when = _as_of(as_of)
    matches = _matches(request, doc_id, plan_id, when)
    store = store_of(request)
    done = {
        p.source_fact_id for reports in store.progress(plan_id).values() for p in reports if p.source_fact_id
    }
    updates = []
    for m in matches:
        if m.item is None or m.update is None or m.fact.get("id") in done:
            continue
        updates.append((m.item.id, replace(m.update, source_fact_id=m.fact["id"])))
    try:
        store.add_progress_many(updates, actor=user.username)
    except StoreError as e:
        raise HTTPException(409, f"进展未保存：{e}") from None
    query = f"plan={plan_id}&stored={len(updates)}" + (f"&as_of={when.isoformat()}" if when else "")
    return RedirectResponse(f"/documents/{doc_id}/match?{query}", 303)
