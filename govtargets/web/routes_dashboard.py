"""The dashboard (督查概览): a plan's standing on one date, as counts, lights, charts and the lagging items;
and the ECharts library, served from the repository's node_modules (installed from npm at set-up time).

Everything the page shows is computed once per (plan, as-of date) and data version, and kept in the app's
fragment cache with its rendered HTML and its chart data as JSON: a cached request reads two small values
from the database (the user and the data version) and renders the layout around the fragment. The charts
are drawn by static/dashboard.js from `<script type="application/json" id="dashboard-data">`; without
ECharts the page still has every figure in its tables and says how to install the charts.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from markupsafe import Markup

from govtargets.cycle.judge import (
    Judgement,
    default_as_of,
    is_cumulative,
    overview,
    schedule_fraction,
    summarize,
    unit_standings,
)
from govtargets.cycle.plans import target_text
from govtargets.cycle.rank import rank_units
from govtargets.lexicon import Lexicon, load_lexicon
from govtargets.status import PROBLEMS, STATUSES, Status
from govtargets.store import Item, Plan, Progress, Store
from govtargets.web.cache import all_plans, cached, cached_or_threaded, plan_or_404
from govtargets.web.pages import node_modules, render_page, templates
from govtargets.web.plan_state import JudgedPlan, judge_plan, judged_plan, read_plan
from govtargets.web.security import require_role

__all__ = ["router", "echarts_file", "dashboard_data", "LAGGING_SHOWN"]

router = APIRouter()

ECHARTS_URL = "/static/vendor/echarts.min.js"
LAGGING_SHOWN = 50  # the lagging table's rows; the 任务分解表 filtered by status has them all
_LIGHT_ORDER = {"red": 0, "yellow": 1, "green": 2, "grey": 3}


# ECharts, from node_modules ---------------------------------------------------------------------------------


def echarts_file() -> Path | None:
    """node_modules/echarts/dist/echarts.min.js if `npm install` has put it there."""
    path = node_modules() / "echarts" / "dist" / "echarts.min.js"
    return path if path.is_file() else None


@lru_cache(maxsize=8)
def _echarts_version(package_json: Path, mtime: float) -> str:
    try:
        return str(json.loads(package_json.read_text(encoding="utf-8")).get("version", "0"))
    except (OSError, ValueError):
        return "0"


def echarts_src() -> str | None:
    """The script's URL with its version (so a year-long cache ends with an upgrade), or None if missing."""
    path = echarts_file()
    if path is None:
        return None
    pkg = path.parents[1] / "package.json"
    mtime = pkg.stat().st_mtime if pkg.is_file() else 0.0
    return f"{ECHARTS_URL}?v={_echarts_version(pkg, mtime)}"


@router.get(ECHARTS_URL, include_in_schema=False)
def echarts_js() -> Response:
    path = echarts_file()
    if path is None:
        raise HTTPException(404, "未安装 ECharts：请在程序目录运行 npm install")
    return FileResponse(
        path,
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=31536000, immutable"},
    )


# the data -------------------------------------------------------------------------------------------------


def _num(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def _fmt(x: Decimal | float | None, places: int = 2) -> str:
    """A figure for a table: 47.6, 50, 105.57; an em dash for none."""
    if x is None:
        return "—"
    d = Decimal(str(x)).quantize(Decimal(1).scaleb(-places))
    text = format(d.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def _name(item: Item, lex: Lexicon) -> str:
    if item.kind == "indicator" and item.metric in lex.indicators:
        return lex.indicators[item.metric].names[0]
    return item.short_name


def _target_text(item: Item) -> str:
    return target_text(
        item.measure, item.target_value, item.target_low, item.target_high, item.target_unit, item.qualifier
    )


def _target(item: Item) -> Decimal | None:
    for v in (item.target_value, item.target_low, item.target_high):
        if v is not None:
            return v
    return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _indicator(
    item: Item, j: Judgement, reports: list[Progress], as_of: date, year: int, lex: Lexicon
) -> dict:
    """One main indicator: its bullet (latest against target) and its monthly series against 序时进度."""
    target = _target(item)
    unit = item.target_unit or ""
    cumulative = is_cumulative(item, lex)
    seen = [p for p in reports if p.as_of <= as_of and p.as_of.year == year]
    months = list(range(1, (as_of.month if as_of.year == year else 12 if as_of.year > year else 0) + 1))

    def latest_in(month: int, field: str) -> Decimal | None:
        values = [getattr(p, field) for p in seen if p.as_of.month == month and getattr(p, field) is not None]
        return values[-1] if values else None

    if item.measure == "growth":
        field, label, line_name = "growth", "增长", "目标"
    elif cumulative and any(p.value is not None for p in seen):
        field, label, line_name = "value", "累计", "序时进度"
    elif cumulative:
        field, label, line_name, unit = "completion_pct", "完成", "序时进度", "%"
    else:
        field, label, line_name = "value", "", "目标"
    actual = [_num(latest_in(m, field)) for m in months]
    if line_name == "序时进度":
        due = item.due_date
        full = Decimal(100) if field == "completion_pct" else target
        line = [
            None
            if full is None
            else round(float(full * schedule_fraction(_month_end(year, m), year, due)), 2)
            for m in months
        ]
    else:
        line = [_num(target) for _ in months]
    bullet: dict[str, Any]
    if cumulative:  # the bullet: % of the target done against the schedule
        bullet = {
            "actual": _num(j.completion_pct),
            "target": 100.0,
            "schedule": _num(j.schedule_pct),
            "unit": "%",
            "label": "完成目标",
        }
    else:
        latest = next((p for p in reversed(seen) if getattr(p, field) is not None), None)
        bullet = {
            "actual": _num(getattr(latest, field)) if latest else None,
            "target": _num(target),
            "schedule": None,
            "unit": unit,
            "label": label or "实际",
        }
    bullet["actual_text"] = (
        Status.NOT_REPORTED.value if bullet["actual"] is None else _fmt(bullet["actual"]) + bullet["unit"]
    )
    bullet["schedule_text"] = _fmt(bullet["schedule"], 1) + "%" if bullet["schedule"] is not None else ""
    return {
        "id": item.id,
        "name": _name(item, lex),
        "target_text": _target_text(item),
        "status": j.status,
        "light": j.light,
        "basis": j.basis,
        "lower_better": item.qualifier == "at_most"
        or (item.metric in lex.indicators and lex.indicators[item.metric].better == "lower"),
        "bullet": bullet,
        "series": {
            "months": [f"{m}月" for m in months],
            "actual": actual,
            "line": line,
            "actual_name": f"{label or '实际'}（{unit}）" if unit else label or "实际",
            "line_name": line_name,
            "unit": unit,
        },
    }


@dataclass(frozen=True, slots=True)
class Dashboard:
    """A plan's dashboard on one date: the data (for tests and the JSON block) and the rendered fragment."""

    data: dict[str, Any]
    json: Markup  # safe inside <script type="application/json">: <, >, & and ' are \u escapes
    html: Markup


def dashboard_data(store: Store, plan: Plan, as_of: date, lex: Lexicon | None = None) -> dict[str, Any]:
    """Every figure the dashboard shows, as plain JSON-ready values, read and judged afresh."""
    lex = lex or load_lexicon()
    return board_data(judge_plan(plan, read_plan(store, plan.id), as_of, lex), lex)


def board_data(judged: JudgedPlan, lex: Lexicon) -> dict[str, Any]:
    """Every figure the dashboard shows, from the plan as judged on its date."""
    plan, as_of, progress = judged.plan, judged.as_of, judged.state.progress
    judgements = judged.judgements
    summary = summarize(judgements, as_of)
    counts = [
        {
            "status": s,
            "indicators": len(summary.indicators.get(s, [])),
            "tasks": len(summary.tasks.get(s, [])),
        }
        for s in STATUSES
    ]
    on = sum(j.on_schedule for j in judgements if j.status != Status.CANCELLED)
    n_judged = sum(1 for j in judgements if j.status != Status.CANCELLED)
    standings = unit_standings(judgements)
    by_share = {s.unit: s for s in standings}
    ranking = [
        {
            "rank": r.rank,
            "tied": r.tied,
            "unit": r.unit,
            "n_items": by_share[r.unit].items,
            "on_schedule": by_share[r.unit].on_schedule,
            "share": _num(r.completion),
            "completion": _num(by_share[r.unit].mean_completion),
            "share_text": _fmt(r.completion, 1) + "%",
            "completion_text": _fmt(by_share[r.unit].mean_completion, 1)
            + ("%" if by_share[r.unit].mean_completion is not None else ""),
        }
        for r in rank_units((s.unit, s.on_schedule_pct) for s in standings)
    ]
    by_completion = [
        {"rank": r.rank, "tied": r.tied, "unit": r.unit, "completion": _num(r.completion)}
        for r in rank_units((s.unit, s.mean_completion) for s in standings)
    ]
    lagging = sorted(
        (j for j in judgements if j.status in PROBLEMS),
        key=lambda j: (_LIGHT_ORDER.get(j.light, 9), -(j.lag_pp or Decimal(0)), j.item.seq),
    )
    return {
        "plan": {"id": plan.id, "title": plan.title, "region": plan.region, "year": plan.year},
        "as_of": as_of.isoformat(),
        "n_indicators": summary.n_indicators,
        "n_tasks": summary.n_tasks,
        "overview": overview(summary, subject=f"{plan.region}《政府工作报告》任务分解表"),
        "counts": counts,
        "on_schedule": {"on": on, "of": n_judged, "pct": round(100 * on / n_judged, 1) if n_judged else None},
        "indicators": [
            _indicator(j.item, j, list(progress.get(j.item.id, ())), as_of, plan.year, lex)
            for j in judgements
            if j.item.kind == "indicator"
        ],
        "ranking": ranking,
        "ranking_completion": by_completion,
        "lagging_total": len(lagging),
        "lagging": [
            {
                "id": j.item.id,
                "seq": j.item.seq,
                "kind": "指标" if j.item.kind == "indicator" else "任务",
                "name": _name(j.item, lex),
                "category": j.item.category or "",
                "lead": "、".join(j.item.lead_units),
                "status": j.status,
                "light": j.light,
                "lag": _num(j.lag_pp),
                "basis": j.basis,
            }
            for j in lagging[:LAGGING_SHOWN]
        ],
    }


def _dashboard(judged: JudgedPlan) -> Dashboard:
    data = board_data(judged, load_lexicon())
    html = templates.get_template("dashboard_body.html").render(d=data, statuses=STATUSES)
    return Dashboard(data, html_json(data), Markup(html))


def html_json(data: Any) -> Markup:
    """JSON that can stand inside a <script> element: no "</script>" can end it early (as Jinja's tojson)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for c, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        text = text.replace(c, esc)
    return Markup(text)


@router.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
async def dashboard(request: Request, plan: str = "", as_of: str = "") -> Response:
    """On the event loop when the plan's board is cached (two small queries and a render, no thread hop);
    the judgement of a plan, when the data has changed, on a worker thread (cache.cached_or_threaded)."""
    return await cached_or_threaded(request, _dashboard_page, plan, as_of)


def _dashboard_page(request: Request, plan: str, as_of: str) -> Response:

    require_role(request, "supervisor", "viewer")
    plans = all_plans(request)
    context: dict[str, Any] = {"plans": plans, "echarts_src": echarts_src(), "as_of_given": as_of}
    if not plans:
        return render_page(request, "dashboard.html", **context)
    chosen = plan_or_404(request, plan) if plan else plans[0]
    try:
        day = date.fromisoformat(as_of) if as_of else default_as_of(chosen.year)
    except ValueError:
        raise HTTPException(422, f"日期“{as_of}”有误，应为“2025-06-30”的格式") from None
    key = ("dashboard", chosen.id, day)
    board: Dashboard = cached(request, key, lambda: _dashboard(judged_plan(request, chosen, day)))
    context.update(plan=chosen, as_of=day, board=board)
    return render_page(request, "dashboard.html", **context)
