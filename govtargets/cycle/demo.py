"""The built-in demo: the whole cycle on the team's sample county report (invented figures).

1. plan: the sample report's targets and tasks become a plan;
2. the office assigns lead and co-responsible units and deadlines (a revision of each item, as an edited
   任务分解表 would give);
3. units report progress for January to June (cumulative values, growth rates, a completion %, a narrative,
   one task cancelled with the approving note, one reported partly done); then the 督办 steps with two units
   (交办, 签收, 催办, 办结申请, 退回, 办结, 销号, 节点, 批示: govtargets.cycle.demo_lifecycle);
4. judgement on 30 June, stored;
5. the supervision report as .docx, .xlsx and HTML.

All figures below are invented for the demo; they describe no real place.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from govtargets.cycle.alerts import run_rules
from govtargets.cycle.demo_lifecycle import walk_lifecycle
from govtargets.cycle.judge import Rules, due_date_of, judge, overview, summarize
from govtargets.cycle.plans import create_plan_from_document
from govtargets.cycle.report import build_report, render_html, write_docx, write_xlsx
from govtargets.ingest import read_document
from govtargets.lexicon import load_lexicon
from govtargets.samples import sample_path
from govtargets.status import Reported
from govtargets.store import ProgressDraft, Store

__all__ = ["run_demo", "is_demo_database", "AS_OF"]

ACTOR = "演示·督查室"

AS_OF = date(2024, 6, 30)
_MONTH_ENDS = [
    date(2024, 1, 31),
    date(2024, 2, 29),
    date(2024, 3, 31),
    date(2024, 4, 30),
    date(2024, 5, 31),
    date(2024, 6, 30),
]

# who leads each main indicator (invented county units)
_INDICATOR_UNITS = {
    "gdp": ("县发展改革局", ("县统计局",)),
    "general_budget_revenue": ("县财政局", ("县税务局",)),
    "fixed_asset_investment": ("县发展改革局", ("县住建局", "县交通运输局")),
    "retail_sales": ("县商务局", ()),
    "new_urban_jobs": ("县人力社保局", ()),
    "registered_unemployment_rate": ("县人力社保局", ()),
    "cpi": ("县发展改革局", ("县市场监管局",)),
    "industrial_va_above_scale": ("县经信局", ()),
    "industrial_investment": ("县经信局", ("县发展改革局",)),
    "foreign_trade": ("县商务局", ()),
    "fdi": ("县商务局", ("县投资促进中心",)),
}
# growth reported monthly (cumulative year to date, %) for growth targets: some ahead, some behind
_GROWTH = {
    "gdp": ["", "", "6.1", "6.2", "6.3", "6.4"],
    "general_budget_revenue": ["8.2", "7.5", "6.9", "6.4", "6.2", "6.1"],
    "fixed_asset_investment": ["3.1", "4.5", "5.2", "5.8", "6.2", "6.6"],
    "retail_sales": ["7.9", "7.8", "7.6", "7.7", "7.7", "7.8"],
    "cpi": ["2.1", "2.3", "2.4", "2.5", "2.6", "2.5"],
    "industrial_va_above_scale": ["9.5", "9.8", "9.6", "9.4", "9.2", "9.1"],
    "industrial_investment": ["6.0", "7.2", "8.1", "8.8", "9.4", "9.9"],
    "foreign_trade": ["1.2", "2.0", "2.6", "3.0", "3.3", "3.5"],
}
# cumulative level figures, in the target's unit, per month
_LEVEL = {
    "new_urban_jobs": ["420", "760", "1310", "1820", "2290", "2710"],
    "registered_unemployment_rate": ["3.3", "3.4", "3.3", "3.2", "3.2", "3.1"],
    "fdi": ["150", "420", "760", "1010", "1290", "1500"],
}


def _units_for_task(text: str) -> tuple[str, tuple[str, ...], str]:
    """(lead, co-responsible, deadline) for a sample task, by what it is about."""
    if "幼儿园" in text:
        return "县教育局", ("县住建局", "县自然资源局"), "12月底前"
    if "老旧小区" in text:
        return "县住建局", ("各乡镇（街道）",), "11月底前"
    if "停车" in text:
        return "县住建局", ("县公安局", "县城管局"), "10月底前"
    if "体检" in text:
        return "县卫健局", ("县民政局",), "年内"
    return "县经信局", ("县发展改革局",), "年内"


def run_demo(db: str, out: str) -> Iterator[str]:
    """Run the cycle into a new database and an output folder; yields what it did, a line at a time."""
    lex = load_lexicon()
    os.makedirs(out, exist_ok=True)
    with Store(db, actor=ACTOR) as store:
        doc = read_document(sample_path())
        plan_id = create_plan_from_document(store, doc, lex)
        plan = store.plan(plan_id)
        items = store.items(plan_id)
        yield f"1. plan {plan_id}: {plan.title} — {len(items)} items from {os.path.basename(doc.path)}"

        revisions: list[tuple[int, int | None, dict[str, Any]]] = []
        for item in items:
            if item.kind == "indicator":
                lead, co = _INDICATOR_UNITS.get(item.metric or "", ("县发展改革局", ()))
                revisions.append((item.id, item.rev, {"lead_units": (lead,), "co_units": co}))
            else:
                lead, co, deadline = _units_for_task(item.text)
                revisions.append(
                    (
                        item.id,
                        item.rev,
                        {
                            "lead_units": (lead,),
                            "co_units": co,
                            "deadline": deadline,
                            "due_date": _due(deadline),
                        },
                    )
                )
        store.apply_edits(plan_id, revisions, [])
        yield f"2. units and deadlines assigned to {len(revisions)} items (each a new revision)"

        updates: list[tuple[int, ProgressDraft]] = []
        tasks = [i for i in store.items(plan_id) if i.kind == "task"]
        for item in store.items(plan_id):
            unit = item.lead_units[0] if item.lead_units else None
            if item.kind == "indicator":
                for n, when in enumerate(_MONTH_ENDS):
                    g = _GROWTH.get(item.metric or "", [""] * 6)[n]
                    v = _LEVEL.get(item.metric or "", [""] * 6)[n]
                    if not g and not v:
                        continue
                    updates.append(
                        (
                            item.id,
                            ProgressDraft(
                                as_of=when,
                                period=f"2024-{when.month:02d}",
                                unit=unit,
                                growth=Decimal(g) if g and item.measure == "growth" else None,
                                value=Decimal(v) if v and item.measure == "level" else None,
                            ),
                        )
                    )
        for n, item in enumerate(tasks):
            unit = item.lead_units[0] if item.lead_units else None
            target = item.target_value or Decimal(1)
            shares = [
                Decimal("0.05"),
                Decimal("0.12"),
                Decimal("0.22"),
                Decimal("0.31"),
                Decimal("0.40"),
                Decimal("0.46"),
            ]
            if n == 0:  # the duplicated growth commitment: reported as partly met by its lead unit
                updates.append(
                    (
                        item.id,
                        ProgressDraft(
                            as_of=AS_OF,
                            status=Reported.PARTLY_MET.value,
                            unit=unit,
                            narrative="增速高于全省平均水平，但低于年初确定的力争目标",
                        ),
                    )
                )
                continue
            if (
                n == len(tasks) - 1
            ):  # the last task: cancelled by the office (demo_lifecycle), with the reason
                continue
            for m, when in enumerate(_MONTH_ENDS[2:], start=2):
                share = shares[m] + Decimal(n) * Decimal("0.04")
                updates.append(
                    (
                        item.id,
                        ProgressDraft(
                            as_of=when,
                            period=f"2024-{when.month:02d}",
                            unit=unit,
                            value=(target * share).quantize(Decimal("1")),
                            narrative=f"截至{when.month}月底，按计划推进施工和验收" if m == 5 else None,
                        ),
                    )
                )
        store.add_progress_many(updates, actor="演示·责任单位")
        yield f"3. {len(updates)} progress reports for January–June"
        yield from walk_lifecycle(store, plan_id, AS_OF)

        rules = Rules()
        js = judge(store.items(plan_id), store.progress(plan_id), AS_OF, plan.year, lex=lex, rules=rules)
        store.save_judgements(plan_id, AS_OF, run_rules(rules), [j.row() for j in js])
        yield f"4. judged on {AS_OF.isoformat()}: " + overview(summarize(js, AS_OF))

        data = build_report(store, plan_id, AS_OF, lex=lex, rules=rules)
        paths = [os.path.join(out, f"督查报告_{AS_OF.isoformat()}.{ext}") for ext in ("docx", "xlsx", "html")]
        write_docx(data, paths[0])
        write_xlsx(data, paths[1])
        with open(paths[2], "w", encoding="utf-8") as fh:
            fh.write(render_html(data))
        yield "5. report: " + ", ".join(paths)
        yield f"database: {db} (open it again with --db {db})"


def is_demo_database(path: str) -> bool:
    """True if the file is a database the demo made (every plan in it is its own), so it may be replaced."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            makers = {r[0] for r in conn.execute("SELECT created_by FROM plans")}
    except sqlite3.Error:
        return False
    return makers <= {ACTOR}


def _due(deadline: str) -> date | None:
    return due_date_of(deadline, AS_OF.year)
