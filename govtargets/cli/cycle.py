"""The judgement and report commands: a plan judged on a date (printed by `evaluate --as-of`), the
supervision report written as .docx, .xlsx and HTML, and the demo of the whole cycle.

The cycle modules load the store (SQLAlchemy) and the report writers: they are imported inside the
commands, so that the reading commands start without them.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

import click
import orjson

from govtargets.cli._common import (
    _as_of,
    _fail,
    _lex,
    _store,
    _table_plain,
    db_option,
    plan_options,
    store_errors,
)

__all__ = ["report", "demo", "judge_plan", "print_judgements"]


def judge_plan(
    db: str | None, plan_id: int | None, region: str | None, year: int | None, as_of: date, save: bool
) -> tuple[Any, list[Any], Any]:
    """Judge a plan's items on as_of; with save, store the run. Returns (plan, judgements, summary)."""
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.cycle.alerts import run_rules
    from govtargets.cycle.judge import Rules, judge, summarize

    lex = _lex()
    rules = Rules()
    with _store(db) as store:
        p = store.plan(plan_id, region=region, year=year)
        js = judge(store.items(p.id), store.progress(p.id), as_of, p.year, lex=lex, rules=rules)
        if save:
            store.save_judgements(p.id, as_of, run_rules(rules), [j.row() for j in js])
    return p, js, summarize(js, as_of)


def print_judgements(p: Any, js: list[Any], summary: Any, fmt: str) -> None:
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.cycle.judge import overview, unit_standings
    from govtargets.cycle.rank import rank_units

    if fmt == "jsonl":
        figures = ("status", "light", "schedule_pct", "completion_pct", "lag_pp", "projection")
        for j in js:
            row = j.row()
            record = {"item": j.item.id, "seq": j.item.seq, "kind": j.item.kind, "name": j.item.short_name}
            record |= {k: row[k] for k in figures}
            record |= {"progress": row["progress_id"], "basis": j.basis}
            click.echo(orjson.dumps(record).decode())
        return
    lights = {"green": "●绿", "yellow": "●黄", "red": "●红", "grey": "○灰"}
    rows = [[str(j.item.seq), j.item.short_name, j.status, lights[j.light], j.basis] for j in js]
    click.echo(f"# {p.title} · 截至{summary.as_of.isoformat()}")
    click.echo(_table_plain(["序号", "事项", "状态", "灯", "依据"], rows), nl=False)
    click.echo("\n" + overview(summary))
    standings = {s.unit: s for s in unit_standings(js)}
    if standings:
        ranked = rank_units((s.unit, s.on_schedule_pct) for s in standings.values())
        click.echo("\n# 牵头单位排名（按序时推进及完成事项占比）")
        click.echo(
            _table_plain(
                ["名次", "牵头单位", "事项数", "序时推进及完成", "占比", "平均完成率"],
                [
                    [
                        f"{r.rank}{'（并列）' if r.tied else ''}",
                        r.unit,
                        str(standings[r.unit].items),
                        str(standings[r.unit].on_schedule),
                        f"{standings[r.unit].on_schedule_pct}%",
                        "—"
                        if standings[r.unit].mean_completion is None
                        else f"{standings[r.unit].mean_completion}%",
                    ]
                    for r in ranked
                ],
            ),
            nl=False,
        )


@click.command("report")
@plan_options
@click.option("--as-of", "as_of", required=True, help="The date to judge on, e.g. 2016-06-30.")
@click.option("--docx", default=None, type=click.Path(dir_okay=False), help="Write the report as .docx.")
@click.option("--xlsx", default=None, type=click.Path(dir_okay=False), help="Write the 完成情况表 as .xlsx.")
@click.option("--html", default=None, type=click.Path(dir_okay=False), help="Write the report as HTML.")
@db_option
@store_errors
def report(
    plan_id: int | None,
    region: str | None,
    year: int | None,
    as_of: str,
    docx: str | None,
    xlsx: str | None,
    html: str | None,
    db: str | None,
) -> None:
    """Write the supervision report (总体情况, 工作进展情况, 存在的主要问题, 完成情况表) for a date.

    \b
    Example:
      govtargets report --as-of 2016-06-30 --docx 督查报告.docx --xlsx 完成情况表.xlsx
    """
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.cycle.report import build_report, render_html, write_docx, write_xlsx

    if not (docx or xlsx or html):
        raise click.UsageError("name at least one of --docx, --xlsx, --html")
    with _store(db) as store:
        p = store.plan(plan_id, region=region, year=year)
        data = build_report(store, p.id, _as_of(as_of), lex=_lex())
    for path, write in ((docx, write_docx), (xlsx, write_xlsx)):
        if path:
            write(data, path)
            click.echo(f"wrote {path}")
    if html:
        with open(html, "w", encoding="utf-8") as fh:
            fh.write(render_html(data))
        click.echo(f"wrote {html}")


@click.command("demo")
@click.option("--db", default="govtargets-demo.db", show_default=True, help="Where the demo database goes.")
@click.option(
    "--out",
    default="govtargets-demo",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for the report files.",
)
@store_errors
def demo(db: str, out: str) -> None:
    """Run the whole cycle on the built-in sample report (invented figures): plan, six months of progress,
    judgement on 30 June, and the supervision report as .docx, .xlsx and HTML.

    \b
    Example:
      govtargets demo --db demo.db --out demo
    """
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.cycle.demo import is_demo_database, run_demo

    if os.path.exists(db):
        if not is_demo_database(db):
            _fail(f"{db}: exists and is not a demo database; give --db a new file")
        for path in (db, db + "-wal", db + "-shm"):
            if os.path.exists(path):
                os.remove(path)
    for line in run_demo(db, out):
        click.echo(line)
