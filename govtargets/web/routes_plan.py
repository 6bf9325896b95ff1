"""The plans: the list, the 任务分解表 (filters, pages, the status light of each item), an item's edit page
with its history, and the .xlsx round trip.

A reporter has no business here (403: it reports on its own items at /progress); a viewer reads but does
not change. The table of a large plan is the heavy part: its judgement and its rendered rows are cached by
plan, filters, page and as-of date, and dropped when the data version changes (govtargets.web.cache).
"""

from __future__ import annotations

import math
import os
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta, timezone
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import sqlalchemy as sa
from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from govtargets.cycle.judge import Judgement, default_as_of, due_date_of
from govtargets.cycle.plans import (
    AddNewNeeded,
    PlanImportError,
    export_xlsx,
    import_xlsx,
    target_text,
    units_of,
)
from govtargets.lexicon import load_lexicon, split_unit_names
from govtargets.status import STATUSES
from govtargets.store import Item, Plan, StaleEdit, Store, StoreError, get_user
from govtargets.text import regex
from govtargets.web.cache import cached, cached_or_threaded, plan_or_404
from govtargets.web.pages import render_page, templates
from govtargets.web.plan_state import JudgedPlan, judged_plan
from govtargets.web.security import require_role, store_of
from govtargets.web.uploads import LimitedBodyRoute, read_limited

__all__ = ["router", "PAGE_SIZE"]

PAGE_SIZE = 100
_LONG_TERM_RE = regex(r"长期|持续|常态")
_CST = timezone(timedelta(hours=8))
_FIELD_NAMES = [
    ("text", "任务内容"),
    ("category", "类别"),
    ("metric", "指标"),
    ("target", "目标值"),
    ("deadline", "完成时限"),
    ("due_date", "截止日期"),
    ("lead_units", "牵头单位"),
    ("co_units", "责任单位"),
]

router = APIRouter(route_class=LimitedBodyRoute)


def _as_of(value: str | None, plan: Plan) -> date:
    if not value:
        return default_as_of(plan.year)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"日期“{value}”有误，应为“2024-06-30”的格式") from None


def _target(item: Item) -> str:
    return target_text(
        item.measure, item.target_value, item.target_low, item.target_high, item.target_unit, item.qualifier
    )


@dataclass(frozen=True, slots=True)
class Row:
    item: Item
    judgement: Judgement
    indicator: str
    target: str


@dataclass(frozen=True, slots=True)
class PlanData:
    """A plan's items with their judgements on one date, and the values of its filters."""

    rows: list[Row]
    categories: list[str]
    units: list[str]
    counts: dict[str, int]
    n_indicators: int
    n_tasks: int


def _plan_data(judged: JudgedPlan, texts: dict[int, tuple[str, str]]) -> PlanData:
    """The rows of the table and the values of its filters. `texts` keeps each revision's indicator name
    and target as words (by revision id) from one data version to the next: after a change only the
    changed items' are written again."""
    lex = load_lexicon()
    items, judgements = judged.state.items, judged.judgements
    rows = []
    for i, j in zip(items, judgements, strict=True):
        text = texts.get(i.revision_id)
        if text is None:
            name = lex.indicators[i.metric].names[0] if i.metric in lex.indicators else (i.metric or "")
            text = texts[i.revision_id] = (name, _target(i))
        rows.append(Row(i, j, *text))
    categories = list(dict.fromkeys(i.category for i in items if i.category))
    counts: dict[str, int] = {s: 0 for s in STATUSES}
    for j in judgements:
        counts[j.status] = counts.get(j.status, 0) + 1
    return PlanData(
        rows,
        categories,
        units_of(items),
        counts,
        sum(1 for i in items if i.kind == "indicator"),
        sum(1 for i in items if i.kind != "indicator"),
    )


def _row_texts(request: Request) -> dict[int, tuple[str, str]]:
    """The app's row texts by revision id (see _plan_data); started afresh past 200,000 revisions."""
    texts: dict[int, tuple[str, str]] | None = getattr(request.app.state, "row_texts", None)
    if texts is None or len(texts) > 200_000:
        texts = request.app.state.row_texts = {}
    return texts


def _filter_query(**values: Any) -> str:
    return urlencode({k: v for k, v in values.items() if v not in (None, "", 1)})


def _table_html(
    data: PlanData,
    plan: Plan,
    *,
    category: str,
    unit: str,
    status: str,
    page: int,
    as_of: date,
    as_of_given: str,
    can_edit: bool,
    words: str = "",
) -> tuple[Markup, int]:
    rows = [
        r
        for r in data.rows
        if (not category or r.item.category == category)
        and (not unit or unit in r.item.units)
        and (not status or r.judgement.status == status)
        and (not words or _matches(r.item, words))
    ]
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    page = min(max(page, 1), pages)
    shown = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    links = [
        (
            n,
            f"/plans/{plan.id}?"
            + _filter_query(category=category, unit=unit, status=status, q=words, as_of=as_of_given, page=n),
        )
        for n in range(1, pages + 1)
    ]
    html = templates.get_template("plan_table.html").render(
        rows=shown,
        total=len(rows),
        page=page,
        pages=pages,
        links=links,
        first=(page - 1) * PAGE_SIZE + 1,
        plan=plan,
        as_of=as_of,
        can_edit=can_edit,
        back=f"/plans/{plan.id}?"
        + _filter_query(category=category, unit=unit, status=status, q=words, as_of=as_of_given, page=page),
    )
    return Markup(html), page


def _matches(item: Item, words: str) -> bool:
    """Every word of the search (split at spaces) in the item's text, name, category, indicator or units."""
    hay = " ".join((item.text, item.name or "", item.category or "", item.metric or "", *item.units))
    return all(w in hay for w in words.split())


def _plan_page(
    request: Request,
    plan_id: int,
    *,
    status_code: int = 200,
    import_errors: list[str] | None = None,
    import_error: str | None = None,
    import_confirm: int | None = None,
) -> Response:
    user = require_role(request, "supervisor", "viewer")
    plan = plan_or_404(request, plan_id)
    q = request.query_params
    as_of_given = q.get("as_of", "")
    as_of = _as_of(as_of_given, plan)
    category, unit, status = q.get("category", ""), q.get("unit", ""), q.get("status", "")
    words = " ".join(q.get("q", "").split())[:100]
    try:
        page = int(q.get("page", "1"))
    except ValueError:
        page = 1
    can_edit = user.role in ("admin", "supervisor")
    data: PlanData = cached(
        request,
        ("plan-data", plan.id, as_of),
        lambda: _plan_data(judged_plan(request, plan, as_of), _row_texts(request)),
    )
    table, page = cached(
        request,
        ("plan-table", plan.id, category, unit, status, words, page, as_of, as_of_given, can_edit),
        lambda: _table_html(
            data,
            plan,
            category=category,
            unit=unit,
            status=status,
            page=page,
            as_of=as_of,
            as_of_given=as_of_given,
            can_edit=can_edit,
            words=words,
        ),
    )
    notice = None
    if q.get("imported") == "1":
        notice = (
            f"导入完成：修改{_int(q.get('revised'))}项，新增{_int(q.get('added'))}项，"
            f"未变{_int(q.get('unchanged'))}项。"
        )
        if _int(q.get("merged")):
            notice += f"表中有{_int(q.get('merged'))}处合并单元格，已按合并内容填入其中每一行。"
    if q.get("bulk", "").isdigit():
        notice = f"已批量修改{_int(q.get('bulk'))}项（所选{_int(q.get('chosen'))}项，其余无需修改）。"
    return render_page(
        request,
        "plan.html",
        status_code,
        plan=plan,
        data=data,
        table=table,
        category=category,
        unit=unit,
        status=status,
        words=words,
        statuses=STATUSES,
        as_of=as_of,
        as_of_given=as_of_given,
        can_edit=can_edit,
        notice=notice,
        import_errors=import_errors,
        import_error=import_error,
        import_confirm=import_confirm,
    )


def _int(v: str | None) -> int:
    return int(v) if v and v.isdigit() else 0


@router.get("/plans", response_class=HTMLResponse, include_in_schema=False)
def plans_page(request: Request) -> Response:
    user = require_role(request, "supervisor", "viewer")
    store = store_of(request)
    pi = store.t["plan_items"]
    with store.engine.connect() as conn:
        counts: dict[int, dict[str, int]] = {}
        for plan_id, kind, n in conn.execute(
            sa.select(pi.c.plan_id, pi.c.kind, sa.func.count()).group_by(pi.c.plan_id, pi.c.kind)
        ):
            counts.setdefault(plan_id, {})[kind] = int(n)
    plans = sorted(store.plans(), key=lambda p: (-p.year, p.region, p.id))
    return render_page(
        request, "plans.html", plans=plans, counts=counts, can_upload=user.role in ("admin", "supervisor")
    )


@router.get("/plans/{plan_id}", response_class=HTMLResponse, include_in_schema=False)
async def plan_page(request: Request, plan_id: int) -> Response:
    """The 任务分解表: on the event loop when the judged plan and the page of rows are cached (most requests
    under load), else on a worker thread that makes them (govtargets.web.cache.cached_or_threaded)."""
    return await cached_or_threaded(request, _plan_page, plan_id)


@router.get("/plans/{plan_id}/export.xlsx", include_in_schema=False)
def export(request: Request, plan_id: int) -> Response:
    require_role(request, "supervisor", "viewer")
    store = store_of(request)
    plan = plan_or_404(request, plan_id)
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    try:
        export_xlsx(store, plan.id, path, load_lexicon())
        with open(path, "rb") as fh:
            data = fh.read()
    finally:
        os.unlink(path)
    name = f"{plan.title}.xlsx"
    return Response(
        data,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={
            "Content-Disposition": f'attachment; filename="plan-{plan.id}.xlsx"; '
            f"filename*=UTF-8''{quote(name, safe='')}",
            "Cache-Control": "no-store",
        },
    )


@router.post("/plans/{plan_id}/import", include_in_schema=False)
def import_sheet(
    request: Request,
    plan_id: int,
    file: Annotated[UploadFile, File()],
    add_new: Annotated[str, Form()] = "",
) -> Response:
    """Apply an edited 任务分解表. A sheet without 编号 only adds items, and only after a confirmation page
    that says how many: the file is chosen again with add_new set to that count (a different count asks
    again)."""
    user = require_role(request, "supervisor")
    store = store_of(request)
    plan = plan_or_404(request, plan_id)
    data = read_limited(request, file)
    if not data.startswith(b"PK\x03\x04"):
        return _plan_page(
            request, plan.id, status_code=415, import_error="导入失败：该文件不是Excel（.xlsx）文件"
        )
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        confirmed = int(add_new) if add_new.isdigit() else None
        counts = import_xlsx(
            store, path, load_lexicon(), plan_id=plan.id, actor=user.username, add_new=confirmed
        )
    except AddNewNeeded as e:
        return _plan_page(request, plan.id, status_code=409, import_confirm=e.count)
    except PlanImportError as e:
        return _plan_page(request, plan.id, status_code=422, import_errors=[str(x) for x in e.errors])
    except StaleEdit:
        return _plan_page(
            request,
            plan.id,
            status_code=409,
            import_error="导入失败：导入期间有事项被他人修改，未导入任何内容，请重新导出后再修改",
        )
    except StoreError as e:
        message = str(e).split(": ", 1)[-1]
        if "not a readable" in message:
            message = "该文件不是可读取的Excel（.xlsx）文件"
        elif "missing column" in message:
            message = "表中缺少“任务内容”列"
        elif "too large" in message:
            message = "表格过大（一张表超过2万行，或展开后超过100 MB），请拆分后分批导入"
        elif "找不到表头" in message:
            message = "找不到表头（应有“任务内容”列）"
        return _plan_page(
            request, plan.id, status_code=422, import_error=f"导入失败，未导入任何内容：{message}"
        )
    finally:
        os.unlink(path)
    return RedirectResponse(f"/plans/{plan.id}?imported=1&" + urlencode(counts), 303)


# one item


def _item_or_404(store: Store, plan_id: int, item_id: int) -> tuple[Item, list[Item]]:
    history = store.item_history(item_id)
    if not history or history[-1].plan_id != plan_id:
        raise HTTPException(404, "未找到该事项")
    return history[-1], history


def _display(field: str, item: Item, lex_names: dict[str, str]) -> str:
    if field == "target":
        return _target(item)
    if field == "metric":
        return lex_names.get(item.metric or "", item.metric or "")
    value = getattr(item, field)
    if isinstance(value, tuple):
        return "、".join(value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _changes(history: list[Item]) -> list[dict[str, Any]]:
    """Each revision, newest first: who, when, and what changed from the one before."""
    lex = load_lexicon()
    names = {i.id: i.names[0] for i in lex.indicators.values()}
    out = []
    for n, rev in enumerate(history):
        when = rev.created_at.astimezone(_CST).strftime("%Y-%m-%d %H:%M") if rev.created_at else ""
        if n == 0:
            what = [("创建", "", "")]
        else:
            before = history[n - 1]
            what = [
                (label, _display(f, before, names), _display(f, rev, names))
                for f, label in _FIELD_NAMES
                if _display(f, before, names) != _display(f, rev, names)
            ]
        out.append({"rev": rev.rev, "by": rev.created_by, "at": when, "what": what})
    return list(reversed(out))


def _edit_page(
    request: Request,
    plan: Plan,
    item: Item,
    history: list[Item],
    *,
    status_code: int = 200,
    error: str | None = None,
    form: dict[str, str] | None = None,
    attempted: dict[str, str] | None = None,
) -> Response:
    user = require_role(request, "supervisor", "viewer")
    form = form or {
        "text": item.text,
        "category": item.category or "",
        "deadline": item.deadline or "",
        "lead_units": "、".join(item.lead_units),
        "co_units": "、".join(item.co_units),
    }
    return render_page(
        request,
        "item_edit.html",
        status_code,
        plan=plan,
        item=item,
        form=form,
        target=_target(item),
        due=item.due_date,
        history=_changes(history),
        error=error,
        attempted=attempted,
        can_edit=user.role in ("admin", "supervisor"),
    )


@router.get("/plans/{plan_id}/items/{item_id}", response_class=HTMLResponse, include_in_schema=False)
def item_page(request: Request, plan_id: int, item_id: int) -> Response:
    require_role(request, "supervisor", "viewer")
    store = store_of(request)
    plan = plan_or_404(request, plan_id)
    item, history = _item_or_404(store, plan.id, item_id)
    return _edit_page(request, plan, item, history)


def _units(s: str) -> tuple[str, ...]:
    return split_unit_names(s)


@router.post("/plans/{plan_id}/items/{item_id}", include_in_schema=False)
def item_edit(
    request: Request,
    plan_id: int,
    item_id: int,
    rev: int = Form(...),
    text: str = Form(""),
    category: str = Form(""),
    deadline: str = Form(""),
    lead_units: str = Form(""),
    co_units: str = Form(""),
) -> Response:
    user = require_role(request, "supervisor")
    store = store_of(request)
    plan = plan_or_404(request, plan_id)
    item, history = _item_or_404(store, plan.id, item_id)
    form = {
        "text": text,
        "category": category,
        "deadline": deadline,
        "lead_units": lead_units,
        "co_units": co_units,
    }

    def stale(current: Item, current_history: list[Item]) -> Response:
        who = get_user(store, current.created_by)
        name = who.display_name if who else current.created_by
        return _edit_page(
            request,
            plan,
            current,
            current_history,
            status_code=409,
            error=f"该事项已被{name}修改（第{current.rev}版），请刷新后重新修改。下方已显示最新内容，您提交的内容未保存。",
            attempted=form,
        )

    if rev != item.rev:
        return stale(item, history)
    lead = _units(lead_units)
    changes: dict[str, Any] = {
        "text": text.strip(),
        "category": category.strip() or None,
        "deadline": deadline.strip() or None,
        "lead_units": lead,
        "co_units": tuple(u for u in _units(co_units) if u not in lead),
    }
    if not changes["text"]:
        return _edit_page(request, plan, item, history, status_code=422, error="任务内容不能为空", form=form)
    changes = {k: v for k, v in changes.items() if v != getattr(item, k)}
    if "deadline" in changes:
        due = due_date_of(changes["deadline"], plan.year)
        if changes["deadline"] and due is None and not _LONG_TERM_RE.search(changes["deadline"]):
            return _edit_page(
                request,
                plan,
                item,
                history,
                status_code=422,
                error=f"看不懂的完成时限“{changes['deadline']}”（可填：6月底前、9月25日前、年内、三季度、长期坚持）",
                form=form,
            )
        changes["due_date"] = due
    if not changes:
        return RedirectResponse(f"/plans/{plan.id}/items/{item.id}?saved=0", 303)
    try:
        store.revise_item(item.id, changes, expected_rev=rev, actor=user.username)
    except StaleEdit:
        current, current_history = _item_or_404(store, plan.id, item_id)
        return stale(current, current_history)
    return RedirectResponse(f"/plans/{plan.id}/items/{item.id}?saved=1", 303)
