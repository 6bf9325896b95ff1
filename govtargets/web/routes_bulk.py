"""Work on many things at once: review many facts of a document, change many items of a plan, and a unit's
monthly progress sheet uploaded in the browser.

- `POST /documents/{doc_id}/facts/batch`: accept or reject the facts chosen (`fact_ids`; action accept or
  reject) or every fact of a kind (action accept-all or reject-all; `kind`, or all of the document), in
  one transaction. Asked with `Accept: application/json` (the
  page's script, which sends the X-CSRF-Token header) it answers in JSON and the page is not reloaded;
  a plain form post gets one redirect back to the page for the whole batch.
- `POST /plans/{plan_id}/items/batch`: the items chosen get the same 牵头单位, 完成时限 or 类别 (the fields
  left empty are left alone), each a new revision, all in one transaction.
- `GET /progress/sheet.xlsx?plan=N`: the unit's blank monthly sheet; `POST /progress/sheet`: the filled
  sheet, read by the same library function as `govtargets progress import` (every row checked first; all
  rows land or none; a reporter's rows only for its own unit's items).

Roles as elsewhere: a reviewer or editor is a supervisor (or admin); a reporter uploads only its unit's
sheet; a viewer reads only. Every change goes through the store, so it is in the audit log.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.background import BackgroundTask

from govtargets.cycle.judge import default_as_of, due_date_of
from govtargets.cycle.lifecycle import LifecycleError, act, allowed, flow_of
from govtargets.cycle.progress import read_progress_xlsx, write_progress_template
from govtargets.store import StaleEdit, StoreError, fact_reviews, review_facts
from govtargets.text import regex
from govtargets.web.cache import plan_or_404
from govtargets.web.lifecycle_view import actor_of
from govtargets.web.pages import render_page
from govtargets.web.security import require_role, store_of
from govtargets.web.uploads import LimitedBodyRoute, read_limited
from govtargets.web.words import KIND_NAMES, REVIEW_NAMES

__all__ = ["router", "MAX_ERRORS_SHOWN"]

MAX_ERRORS_SHOWN = 5  # a sheet's errors on one line: the first few, then how many more
_UNIT_SPLIT_RE = regex(r"[、，,；;\s]+")
_LONG_TERM_RE = regex(r"长期|持续|常态")

router = APIRouter(route_class=LimitedBodyRoute)


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _refuse(request: Request, status: int, message: str) -> Response:
    """A one-line Chinese message: JSON for the page's script, else the error page."""
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return render_page(request, "error.html", status, status=status, message=message)


def _ids(values: list[str]) -> list[int] | None:
    """Form values as ids, or None if one is not a number."""
    try:
        return [int(v) for v in values if v.strip()]
    except ValueError:
        return None


# --- facts of a document --------------------------------------------------------------------------


@router.post("/documents/{doc_id}/facts/batch", include_in_schema=False)
async def review_batch(request: Request, doc_id: int) -> Response:
    user = require_role(request, "supervisor")
    form = await request.form()
    action = str(form.get("action", ""))
    kind = str(form.get("kind", ""))
    scope = "selected"
    if action.endswith("-all"):  # 全部接受 / 全部剔除: every fact of the kind shown
        action, scope = action.removesuffix("-all"), "kind"
    chosen = _ids([str(v) for v in form.getlist("fact_ids")])
    store = store_of(request)
    try:
        store.document(doc_id)
    except StoreError:
        raise HTTPException(404, "未找到该文档") from None
    if action not in ("accept", "reject"):
        return _refuse(request, 400, "批量操作只能是“接受”或“剔除”")
    if kind and kind not in KIND_NAMES:
        return _refuse(request, 400, f"未知的数据类型“{kind}”")
    facts = store.facts(doc_id)
    if scope == "kind":  # every fact of the kind shown (all kinds when none is chosen)
        ids = [f["id"] for f in facts if not kind or f["kind"] == kind]
    else:
        if chosen is None:
            return _refuse(request, 400, "所选条目编号有误")
        known = {f["id"] for f in facts}
        if any(i not in known for i in chosen):
            return _refuse(request, 404, "所选条目中有不属于该文档的数据")
        ids = chosen
    if not ids:
        return _refuse(request, 422, "请先勾选要处理的条目")
    done = review_facts(store, ids, action, actor=user.username)
    if not _wants_json(request):
        back = f"/documents/{doc_id}" + (f"?kind={quote(kind)}" if kind else "")
        return RedirectResponse(back, 303)
    reviews = fact_reviews(store, [f["id"] for f in facts])
    return JSONResponse(
        {
            "done": done,
            "action": action,
            "name": REVIEW_NAMES.get(action, ""),
            "by": user.username,
            "ids": ids,
            "reviewed": len(reviews),
            "rejected": sum(1 for r in reviews.values() if r.action == "reject"),
        }
    )


# --- items of a plan ------------------------------------------------------------------------------


@router.post("/plans/{plan_id}/items/batch", include_in_schema=False)
async def edit_batch(request: Request, plan_id: int) -> Response:
    user = require_role(request, "supervisor")
    plan = plan_or_404(request, plan_id)
    form = await request.form()
    chosen = _ids([str(v) for v in form.getlist("item_ids")])
    lead = str(form.get("lead_units", "")).strip()
    deadline = str(form.get("deadline", "")).strip()
    category = str(form.get("category", "")).strip()
    milestone_day = str(form.get("milestone_date", "")).strip()
    milestone_note = str(form.get("milestone_note", "")).strip()
    back = str(form.get("back", ""))
    if not back.startswith(f"/plans/{plan.id}") or "//" in back:
        back = f"/plans/{plan.id}"
    if not chosen:
        return _refuse(request, 422, "请先勾选要批量修改的事项")
    changes: dict[str, Any] = {}
    if lead:
        changes["lead_units"] = tuple(dict.fromkeys(u for u in _UNIT_SPLIT_RE.split(lead) if u))
    if deadline:
        due = due_date_of(deadline, plan.year)
        if due is None and not _LONG_TERM_RE.search(deadline):
            hint = "可填：6月底前、9月25日前、年内、三季度、长期坚持"
            return _refuse(request, 422, f"看不懂的完成时限“{deadline}”（{hint}）")
        changes.update(deadline=deadline, due_date=due)
    if category:
        changes["category"] = category[:100]
    milestone: date | None = None
    if milestone_day or milestone_note:  # a 节点 for every item chosen (倒排时间表)
        try:
            milestone = date.fromisoformat(milestone_day)
        except ValueError:
            return _refuse(request, 422, "请填写节点日期（如：2025-09-30）")
        if not milestone_note:
            return _refuse(request, 422, "请填写节点要求（如：完成主体工程）")
    if not changes and milestone is None:
        return _refuse(request, 422, "请填写要统一设置的牵头单位、完成时限、类别或节点")
    store = store_of(request)
    items = {i.id: i for i in store.items(plan.id, item_ids=chosen)}
    if len(items) != len(set(chosen)):
        return _refuse(request, 404, "所选事项中有不属于本计划的事项")
    actor = actor_of(user)
    if milestone is not None:  # every item checked before anything is written
        events = store.plan_events(plan.id)
        closed = [
            i for i in items.values() if "milestone" not in allowed(i, flow_of(events.get(i.id, [])), actor)
        ]
        if closed:
            return _refuse(
                request, 422, f"所选事项中有{len(closed)}项已办结或取消，不能设定节点；未修改任何事项"
            )
    revisions = []
    for item in items.values():
        mine = {k: v for k, v in changes.items() if v != getattr(item, k)}
        if "lead_units" in mine:  # a unit now leading is no longer listed among the co-responsible ones
            co = tuple(u for u in item.co_units if u not in mine["lead_units"])
            if co != item.co_units:
                mine["co_units"] = co
        if mine:
            revisions.append((item.id, item.rev, mine))
    try:
        if revisions:
            store.apply_edits(plan.id, revisions, (), actor=user.username)
    except StaleEdit:
        return _refuse(request, 409, "批量修改期间有事项被他人修改，未修改任何事项，请刷新后重试")
    if milestone is not None:
        for item in store.items(plan.id, item_ids=list(items)):
            try:
                act(store, item, actor, "milestone", due=milestone, note=milestone_note[:200])
            except LifecycleError as e:  # finished by someone else since the check: one line, no traceback
                return _refuse(request, 409, str(e))
    done = max(len(revisions), len(items) if milestone is not None else 0)
    sep = "&" if "?" in back else "?"
    return RedirectResponse(back + sep + urlencode({"bulk": done, "chosen": len(items)}), 303)


# --- a unit's monthly sheet -----------------------------------------------------------------------


def _sheet_plan(request: Request, plan: str) -> Any:
    if not plan.isdigit():
        raise HTTPException(422, "请先选择任务分解表")
    return plan_or_404(request, int(plan))


@router.get("/progress/sheet.xlsx", include_in_schema=False)
def sheet_template(request: Request, plan: str = "") -> Response:
    user = require_role(request, "reporter", "supervisor")
    p = _sheet_plan(request, plan)
    unit = user.unit if user.role == "reporter" else None
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    write_progress_template(store_of(request), p.id, path, unit=unit, as_of=default_as_of(p.year))
    name = f"{unit or p.region}{p.year}年进展报送表.xlsx"
    return FileResponse(
        path,
        filename=name,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        background=BackgroundTask(os.unlink, path),
    )


@router.post("/progress/sheet", include_in_schema=False)
def sheet_upload(
    request: Request, file: Annotated[UploadFile, File()], plan: Annotated[str, Form()] = ""
) -> Response:
    user = require_role(request, "reporter", "supervisor")
    p = _sheet_plan(request, plan)
    unit = user.unit if user.role == "reporter" else None
    if user.role == "reporter" and not unit:
        return _refuse(request, 403, "您的账号未关联填报单位，不能导入报送表")
    data = read_limited(request, file)
    if not data.startswith(b"PK\x03\x04"):
        return _refuse(request, 415, "导入失败：该文件不是Excel（.xlsx）文件")
    store = store_of(request)
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            updates, errors = read_progress_xlsx(store, p.id, path, unit=unit)
        except StoreError as e:
            reason = str(e).split(": ", 1)[-1]
            if "not a readable" in reason:
                reason = "该文件不是可读取的Excel（.xlsx）文件"
            elif "needs the columns" in reason:
                reason = "表中缺少“编号”或“截至日期”列，请先下载本单位的报送表填写"
            elif "too large" in reason:
                reason = "表格过大，请拆分后分批导入"
            return _refuse(request, 422, f"导入失败，未导入任何内容：{reason}")
    finally:
        os.unlink(path)
    if errors:
        shown = "；".join(str(e) for e in errors[:MAX_ERRORS_SHOWN])
        more = f"等{len(errors)}处" if len(errors) > MAX_ERRORS_SHOWN else ""
        return _refuse(request, 422, f"导入失败，未导入任何内容。请修改{shown}{more}后重新导入")
    if not updates:
        return _refuse(request, 422, "表中没有填写任何进展，未导入")
    store.add_progress_many(updates, actor=user.username)
    return RedirectResponse(f"/progress?plan={p.id}&imported={len(updates)}", 303)
