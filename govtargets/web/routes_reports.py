"""Reading pages for the supervision office and viewers: the cross-year audit (跨年核对), the supervision
report (督查报告: .docx, .xlsx and an HTML preview on any date) and the audit log (操作日志).

A reporter (填报单位) sees none of them (403). The audit reads every stored work report again, so its rows
are cached until the data changes; a report is built from the store on each download.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import quote, urlencode

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from govtargets.cycle.audit import AuditRow, audit_documents, describe
from govtargets.cycle.judge import default_as_of
from govtargets.cycle.report import ReportData, build_report, render_html, write_docx, write_xlsx
from govtargets.lexicon import load_lexicon
from govtargets.store import Store
from govtargets.text import regex
from govtargets.web.cache import all_plans, plan_or_404, request_version
from govtargets.web.log_values import change_lines, value_lines
from govtargets.web.pages import render_page
from govtargets.web.security import require_role, store_of

__all__ = ["router", "LOG_PAGE_SIZE", "highlight"]

router = APIRouter()

LOG_PAGE_SIZE = 50
_CST = timezone(timedelta(hours=8))
_ENTITY_NAMES = {
    "document": "文档",
    "plan": "任务分解表",
    "item": "事项",
    "progress": "进展",
    "user": "用户",
    "fact": "事实",
    "unit": "单位",
}
_ACTION_NAMES = {
    "add": "新增",
    "create": "创建",
    "revise": "修改",
    "evaluate": "研判",
    "add_facts": "补充事实",
    "add_items": "新增事项",
    "accept": "采纳",
    "reject": "驳回",
    "correct": "更正",
    "set_password": "设置密码",
    "disable": "停用",
    "enable": "启用",
}
_MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _date(value: str, what: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{what}“{value}”有误，应为“2025-06-30”的格式") from None


# 跨年核对 -------------------------------------------------------------------------------------------------


def highlight(quote_text: str, part: str) -> Markup:
    """The sentence with the figure's words marked; both escaped, so report text never becomes markup.

    >>> str(highlight("地区生产总值增长6%<左右>。", "增长6%"))
    '地区生产总值<mark>增长6%</mark>&lt;左右&gt;。'
    """
    at = quote_text.find(part) if part else -1
    if at < 0:
        return escape(quote_text)
    return (
        escape(quote_text[:at])
        + Markup("<mark>")
        + escape(part)
        + Markup("</mark>")
        + escape(quote_text[at + len(part) :])
    )


@dataclass(frozen=True, slots=True)
class AuditView:
    """The audit's rows as the page shows them, with the regions to choose from."""

    regions: list[str]
    rows: list[dict[str, Any]]


def _audit_row(r: AuditRow) -> dict[str, Any]:
    a = r.actual
    actual = ""
    if a is not None:
        actual = ("预计" if a.estimate else "") + describe(a)
    return {
        "region": r.region,
        "year": r.year,
        "name": r.name,
        "target": describe(r.target),
        "actual": actual,
        "gap": r.gap_text,
        "outcome": r.outcome,
        "outcome_zh": r.outcome_zh,
        "note": r.note,
        "target_quote": highlight(r.target.quote, r.target_text),
        "target_src": f"{os.path.basename(r.target.doc)} 第{r.target.start}—{r.target.end}字",
        "actual_quote": highlight(a.quote, r.actual_text) if a else None,
        "actual_src": f"{os.path.basename(a.doc)} 第{a.start}—{a.end}字" if a else "",
    }


def _audit_view(store: Store) -> AuditView:
    docs = store.documents_as_read()
    rows = audit_documents(docs, load_lexicon())
    regions = sorted({d.region for d in docs if d.region and d.doc_kind == "work_report"})
    return AuditView(regions, [_audit_row(r) for r in rows])


@router.get("/audit", response_class=HTMLResponse, include_in_schema=False)
def audit_page(request: Request, region: str = "") -> Response:
    require_role(request, "supervisor", "viewer")
    store = store_of(request)
    view: AuditView = request.app.state.cache.get(
        ("audit",), request_version(request), lambda: _audit_view(store)
    )
    rows = [r for r in view.rows if not region or r["region"] == region or region in r["region"]]
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["outcome_zh"]] = counts.get(r["outcome_zh"], 0) + 1
    return render_page(request, "audit.html", regions=view.regions, region=region, rows=rows, counts=counts)


# 督查报告 -------------------------------------------------------------------------------------------------


def _report(request: Request, plan_id: int, as_of: str) -> ReportData:
    require_role(request, "supervisor", "viewer")
    store = store_of(request)
    plan = plan_or_404(request, plan_id)
    day = _date(as_of, "截止日期") or default_as_of(plan.year)
    return build_report(store, plan.id, day, lex=load_lexicon())


def _file_name(report: ReportData, suffix: str) -> str:
    plan = report.plan
    return f"{plan.region}{plan.year}年督查报告_{report.as_of.isoformat()}.{suffix}"


def _download(report: ReportData, suffix: str, write: Callable[[ReportData, str], None]) -> Response:
    fd, path = tempfile.mkstemp(suffix=f".{suffix}")
    os.close(fd)
    try:
        write(report, path)
        with open(path, "rb") as fh:
            data = fh.read()
    finally:
        os.unlink(path)
    name = _file_name(report, suffix)
    return Response(
        data,
        media_type=_MEDIA[suffix],
        headers={
            "Content-Disposition": f'attachment; filename="report-{report.plan.id}-{report.as_of}.{suffix}"; '
            f"filename*=UTF-8''{quote(name, safe='')}",
            "Cache-Control": "no-store",
        },
    )


@router.get("/reports", response_class=HTMLResponse, include_in_schema=False)
def reports_page(request: Request, plan: str = "", as_of: str = "", format: str = "") -> Response:
    """The form; with a plan and a format (the form's buttons), on to the file or the preview."""
    require_role(request, "supervisor", "viewer")
    plans = all_plans(request)
    chosen = next((p for p in plans if str(p.id) == plan), plans[0] if plans else None)
    day = _date(as_of, "截止日期")
    if chosen is not None and format in ("docx", "xlsx", "html"):
        query = urlencode({"as_of": (day or default_as_of(chosen.year)).isoformat()})
        return RedirectResponse(f"/reports/{chosen.id}.{format}?{query}", status_code=303)
    return render_page(
        request,
        "reports.html",
        plans=plans,
        plan=chosen,
        as_of=day or (default_as_of(chosen.year) if chosen else date.today()),
        defaults={p.id: default_as_of(p.year).isoformat() for p in plans},
    )


@router.get("/reports/{plan_id}.docx", include_in_schema=False)
def report_docx(request: Request, plan_id: int, as_of: str = "") -> Response:
    return _download(_report(request, plan_id, as_of), "docx", write_docx)


@router.get("/reports/{plan_id}.xlsx", include_in_schema=False)
def report_xlsx(request: Request, plan_id: int, as_of: str = "") -> Response:
    return _download(_report(request, plan_id, as_of), "xlsx", write_xlsx)


_STYLE_RE = regex(r"<style>(.*?)</style>", re.S)
REPORT_CSS_URL = "/reports/report.css"


@lru_cache(maxsize=1)
def report_css() -> str:
    """The report page's own stylesheet (its inline <style>, which the CSP would block, served as a file)."""
    source = (resources.files("govtargets.cycle") / "templates" / "report.html.j2").read_text(
        encoding="utf-8"
    )
    m = _STYLE_RE.search(source)
    return m.group(1).strip() + "\n" if m else ""


@router.get(REPORT_CSS_URL, include_in_schema=False)
def report_stylesheet() -> Response:
    return Response(report_css(), media_type="text/css; charset=utf-8", headers={"Cache-Control": "no-cache"})


@router.get("/reports/{plan_id}.html", response_class=HTMLResponse, include_in_schema=False)
def report_html(request: Request, plan_id: int, as_of: str = "") -> Response:
    page = render_html(_report(request, plan_id, as_of))
    page = _STYLE_RE.sub(lambda _: f'<link rel="stylesheet" href="{REPORT_CSS_URL}">', page, count=1)
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})


# 操作日志 -------------------------------------------------------------------------------------------------


def _day_start(d: date) -> datetime:
    """Midnight of a day in China Standard Time, the office's day."""
    return datetime.combine(d, time(0), tzinfo=_CST)


@router.get("/log", response_class=HTMLResponse, include_in_schema=False)
def log_page(
    request: Request,
    user: str = "",
    entity: str = "",
    item: str = "",
    since: str = "",
    until: str = "",
    page: int = 1,
) -> Response:
    require_role(request, "supervisor", "viewer")
    store = store_of(request)
    a, pu = store.t["audit_log"], store.t["progress_updates"]
    day_from, day_to = _date(since, "起始日期"), _date(until, "截止日期")
    item_id: int | None = None
    if item.strip():
        if not item.strip().lstrip("#").isdigit():
            raise HTTPException(422, f"事项编号“{item}”有误，应为数字")
        item_id = int(item.strip().lstrip("#"))
    where: list[Any] = []
    if user:
        where.append(a.c.actor == user)
    if entity:
        where.append(a.c.entity == entity)
    if item_id is not None:
        if entity in ("", "item", "progress"):
            # the item's revisions and the progress reported on it
            where.append(
                sa.or_(
                    sa.and_(a.c.entity == "item", a.c.entity_id == item_id),
                    sa.and_(
                        a.c.entity == "progress",
                        a.c.entity_id.in_(sa.select(pu.c.id).where(pu.c.item_id == item_id)),
                    ),
                )
            )
        else:
            where.append(a.c.entity_id == item_id)
    if day_from:
        where.append(a.c.at >= _day_start(day_from))
    if day_to:
        where.append(a.c.at < _day_start(day_to + timedelta(days=1)))
    with store.engine.connect() as conn:
        total = int(conn.execute(sa.select(sa.func.count()).select_from(a).where(*where)).scalar() or 0)
        pages = max(1, math.ceil(total / LOG_PAGE_SIZE))
        page = min(max(page, 1), pages)
        rows = conn.execute(
            sa.select(a)
            .where(*where)
            .order_by(a.c.at.desc(), a.c.id.desc())
            .limit(LOG_PAGE_SIZE)
            .offset((page - 1) * LOG_PAGE_SIZE)
        ).mappings()
        entries = [
            {
                "id": r["id"],
                "at": _local(r["at"]),
                "actor": r["actor"],
                "action": _ACTION_NAMES.get(r["action"], r["action"]),
                "entity": _ENTITY_NAMES.get(r["entity"], r["entity"]),
                "entity_id": r["entity_id"],
                "changes": change_lines(r["old_value"], r["new_value"]),
                "old": value_lines(r["old_value"]),
                "new": value_lines(r["new_value"]),
            }
            for r in rows
        ]
        actors = list(conn.execute(sa.select(a.c.actor).distinct().order_by(a.c.actor)).scalars())
        entities = list(conn.execute(sa.select(a.c.entity).distinct().order_by(a.c.entity)).scalars())
    filters = {"user": user, "entity": entity, "item": item, "since": since, "until": until}
    links = [
        (n, "/log?" + urlencode({**{k: v for k, v in filters.items() if v}, "page": n}))
        for n in _page_numbers(page, pages)
    ]
    return render_page(
        request,
        "log.html",
        entries=entries,
        total=total,
        page=page,
        pages=pages,
        links=links,
        actors=actors,
        entities=[(e, _ENTITY_NAMES.get(e, e)) for e in entities],
        filters=filters,
        first=(page - 1) * LOG_PAGE_SIZE + 1,
    )


def _local(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(_CST).strftime("%Y-%m-%d %H:%M:%S")


def _page_numbers(page: int, pages: int) -> list[int]:
    """The first, the last and the pages near the current one (a log has thousands of pages)."""
    near = set(range(max(1, page - 3), min(pages, page + 3) + 1)) | {1, pages}
    return sorted(near)
