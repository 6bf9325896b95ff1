"""单位名录 and 单位考评: the unit directory (units with their other names and parent, the review of names
read from notices and sheets that are in no directory yet, merges) and the ranking of units on a plan.

The office (督查室, and the admin) edits the directory; a viewer reads it; a unit (reporter) sees neither.
Every change goes through the store (store/_directory.py), which keeps the audit log and never rewrites
what items, reports and users were written with. A bad form gets one line in Chinese, and nothing changes.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from govtargets.cycle.judge import default_as_of
from govtargets.cycle.scores import RULES_TEXT, lifecycle_counts, unit_scores
from govtargets.store import DirectoryError, Store, Unit, nearest_units
from govtargets.web.cache import all_plans, cached, plan_or_404
from govtargets.web.pages import render_page
from govtargets.web.plan_state import judged_plan
from govtargets.web.security import require_role, store_of

__all__ = ["router"]

router = APIRouter()

_DONE = {
    "added": "已添加单位“{name}”。",
    "alias": "已为“{name}”添加别名。",
    "parent": "已设置“{name}”的上级单位。",
    "merged": "已将单位并入“{name}”：其事项、进展、用户和操作记录全部保留，今后均显示为“{name}”。",
    "accepted": "已确认“{name}”为新单位。",
}


def _pct(x: Any) -> str:
    return "—" if x is None else f"{x * 100:.1f}%"


def _page(request: Request, template: str, code: int = 200, **values: Any) -> Response:
    store = store_of(request)
    units = store.units()
    q = request.query_params
    done = _DONE.get(q.get("done", ""), "").format(name=q.get("name", ""))
    suggestions = {
        u.id: nearest_units(u.name, [x.name for x in units if x.id != u.id])
        for u in units
        if u.status == "new"
    }
    return render_page(
        request,
        template,
        code,
        units=units,
        new=[u for u in units if u.status == "new"],
        done=done,
        suggestions=suggestions,
        **values,
    )


def _by_name(store: Store, name: str, what: str) -> Unit:
    """The directory unit a name (as typed, or another name of it) is; 422 in words if none."""
    name = name.strip()
    if not name:
        raise _Refused(f"请填写{what}")
    found = store.find_unit(name)
    if found is None:
        raise _Refused(f"{what}“{name}”不在单位名录中")
    return found


class _Refused(Exception):
    """A form the directory cannot take: the message is the page's one line."""


@router.get("/units", response_class=HTMLResponse, include_in_schema=False)
def units_page(request: Request) -> Response:
    require_role(request, "supervisor", "viewer")
    return _page(request, "units.html")


@router.get("/units/review", response_class=HTMLResponse, include_in_schema=False)
def review_page(request: Request) -> Response:
    require_role(request, "supervisor", "viewer")
    return _page(request, "units_review.html")


def _change(request: Request, back: str, do: Any) -> Response:
    """Run a directory change as the office; on a refusal, the page again with the reason (422)."""
    office = require_role(request, "supervisor")
    store = store_of(request)
    try:
        done, name = do(store, office.username)
    except _Refused as e:
        return _page(request, back, 422, error=str(e))
    except DirectoryError as e:
        return _page(request, back, 422, error=e.zh)
    path = "/units/review" if back == "units_review.html" else "/units"
    return RedirectResponse(f"{path}?{urlencode({'done': done, 'name': name})}", 303)


def _back(source: str) -> str:
    return "units_review.html" if source == "review" else "units.html"


@router.post("/units", include_in_schema=False)
def unit_add(request: Request, name: str = Form(""), parent: str = Form("")) -> Response:
    def do(store: Store, actor: str) -> tuple[str, str]:
        parent_id = _by_name(store, parent, "上级单位").id if parent.strip() else None
        store.add_unit(name, parent_id=parent_id, actor=actor)
        return "added", name.strip()

    return _change(request, "units.html", do)


@router.post("/units/alias", include_in_schema=False)
def unit_alias(request: Request, unit_id: int = Form(0), alias: str = Form("")) -> Response:
    def do(store: Store, actor: str) -> tuple[str, str]:
        store.add_alias(unit_id, alias, actor=actor)
        return "alias", _name_of(store, unit_id)

    return _change(request, "units.html", do)


@router.post("/units/parent", include_in_schema=False)
def unit_parent(request: Request, unit_id: int = Form(0), parent: str = Form("")) -> Response:
    def do(store: Store, actor: str) -> tuple[str, str]:
        parent_id = _by_name(store, parent, "上级单位").id if parent.strip() else None
        store.set_parent(unit_id, parent_id, actor=actor)
        return "parent", _name_of(store, unit_id)

    return _change(request, "units.html", do)


@router.post("/units/merge", include_in_schema=False)
def unit_merge(
    request: Request, unit_id: int = Form(0), target: str = Form(""), source: str = Form("")
) -> Response:
    def do(store: Store, actor: str) -> tuple[str, str]:
        into = _by_name(store, target, "并入的单位")
        store.merge_units(unit_id, into.id, actor=actor)
        return "merged", into.name

    return _change(request, _back(source), do)


@router.post("/units/accept", include_in_schema=False)
def unit_accept(request: Request, unit_id: int = Form(0)) -> Response:
    def do(store: Store, actor: str) -> tuple[str, str]:
        store.accept_unit(unit_id, actor=actor)
        return "accepted", _name_of(store, unit_id)

    return _change(request, "units_review.html", do)


def _name_of(store: Store, unit_id: int) -> str:
    return next((u.name for u in store.units() if u.id == unit_id), "")


@router.get("/scores", response_class=HTMLResponse, include_in_schema=False)
def scores_page(request: Request, plan: str = "", as_of: str = "") -> Response:
    """单位考评: the plan's lead units ranked on a date by the rules of govtargets/cycle/scores.py."""
    require_role(request, "supervisor", "viewer")
    plans = all_plans(request)
    if not plans:
        return render_page(request, "scores.html", plans=plans, rules=RULES_TEXT)
    chosen = plan_or_404(request, plan) if plan else plans[0]
    try:
        day = date.fromisoformat(as_of) if as_of else default_as_of(chosen.year)
    except ValueError:
        raise HTTPException(422, f"日期“{as_of}”有误，应为“2025-06-30”的格式") from None

    def make() -> list[dict[str, Any]]:
        judged = judged_plan(request, chosen, day)
        lifecycle = lifecycle_counts(store_of(request), chosen.id)
        scores = unit_scores(judged.judgements, judged.state.progress, day, chosen.year, lifecycle=lifecycle)
        return [
            {
                "rank": "—" if s.rank is None else f"{s.rank}{'（并列）' if s.tied else ''}",
                "unit": s.unit,
                "n_items": s.items,
                "due": s.due,
                "on_time": _pct(s.on_time_rate),
                "completion": _pct(s.completion_rate),
                "schedule": _pct(s.schedule_rate),
                "mean_completion": "—" if s.mean_completion is None else f"{s.mean_completion}%",
                "lagging": s.lagging,
                "mean_lag": "—" if s.mean_lag is None else f"{s.mean_lag}",
                "closed": _pct(s.closed_rate),
                "urged": s.urged,
                "score": "—" if s.score is None else f"{s.score}",
            }
            for s in scores
        ]

    rows = cached(request, ("scores", chosen.id, day), make)
    return render_page(
        request, "scores.html", plans=plans, plan=chosen, as_of=day, rows=rows, rules=RULES_TEXT
    )
