"""The plan commands: a report's targets and tasks (or a notice's tasks) as a plan's items; the 任务分解表
exported for the office to edit and imported back.

Each opens the store named by --db (default $GOVTARGETS_DB, else govtargets.db here), calls the library and
prints. A refused request prints one line naming the file or the item and the reason, and exits 1. The
cycle modules load the store (SQLAlchemy): they are imported inside the commands, so that the reading
commands start without them.
"""

from __future__ import annotations

import click

from govtargets.cli._common import (
    _fail,
    _lex,
    _read_or_exit,
    _store,
    _table_plain,
    db_option,
    plan_options,
    store_errors,
)
from govtargets.extract import extract_tasks

__all__ = ["plan"]


@click.group()
def plan() -> None:
    """Plans: a report's targets and tasks as items, with lead and co-responsible units and deadlines.

    \b
    Example:
      govtargets plan create report.docx --db plans.db
      govtargets plan export --db plans.db --xlsx 任务分解表.xlsx
    """


@plan.command("create")
@click.argument("report", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--from",
    "notice",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="A task-assignment notice (任务分工): its tasks, units and deadlines make the plan's tasks.",
)
@click.option("--region", default=None, help="Region if the documents do not say (e.g. 锦州市).")
@click.option("--year", type=int, default=None, help="Plan year if the documents do not say.")
@click.option(
    "--title", default=None, help="Plan title (default: {year}年{region}《政府工作报告》任务分解表)."
)
@db_option
@store_errors
def plan_create(
    report: str | None,
    notice: str | None,
    region: str | None,
    year: int | None,
    title: str | None,
    db: str | None,
) -> None:
    """Make a plan of a work report's targets and tasks, of a notice's tasks (--from), or of both.

    \b
    Example:
      govtargets plan create 2016年政府工作报告.docx --db plans.db
      govtargets plan create 政府工作报告.docx --from 重点工作责任分解.docx
    """
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.cycle.plans import create_plan_from_document

    if report is None and notice is None:
        raise click.UsageError("name a REPORT, a notice with --from, or both")
    doc = _read_or_exit(report) if report else None
    note = _read_or_exit(notice) if notice else None
    # the kind read from the notice is a prior, not a gate: refused only if no task is found in it
    if note is not None and next(iter(extract_tasks(note)), None) is None:
        _fail(
            f"{notice}: no task found in it (--from expects a task-assignment notice; it reads as a "
            f"{note.doc_kind})"
        )
    with _store(db, create=True) as store:
        plan_id = create_plan_from_document(
            store, doc, _lex(), notice=note, region=region, year=year, title=title
        )
        items = store.items(plan_id)
        n_ind = sum(i.kind == "indicator" for i in items)
        p = store.plan(plan_id)
        click.echo(f"plan {plan_id}: {p.title} — {n_ind} indicators, {len(items) - n_ind} tasks")


@plan.command("show")
@plan_options
@db_option
@store_errors
def plan_show(plan_id: int | None, region: str | None, year: int | None, db: str | None) -> None:
    """List a plan's items as they stand now.

    \b
    Example:
      govtargets plan show --region 锦州市 --year 2016
    """
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.cycle.plans import target_text

    with _store(db) as store:
        p = store.plan(plan_id, region=region, year=year)
        rows = [
            [
                str(i.seq),
                str(i.id),
                i.category or "",
                i.short_name,
                target_text(
                    i.measure, i.target_value, i.target_low, i.target_high, i.target_unit, i.qualifier
                ),
                i.deadline or "",
                "、".join(i.lead_units),
                str(i.rev),
            ]
            for i in store.items(p.id)
        ]
    click.echo(f"# plan {p.id}: {p.title}")
    click.echo(
        _table_plain(["序号", "编号", "类别", "事项", "目标值", "完成时限", "牵头单位", "版本"], rows),
        nl=False,
    )


@plan.command("export")
@plan_options
@click.option("--xlsx", "out", required=True, type=click.Path(dir_okay=False), help="The .xlsx to write.")
@db_option
@store_errors
def plan_export(plan_id: int | None, region: str | None, year: int | None, out: str, db: str | None) -> None:
    """Write a plan's 任务分解表 as .xlsx for the office to edit (import it back with plan import).

    \b
    Example:
      govtargets plan export --xlsx 任务分解表.xlsx
    """
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.cycle.plans import export_xlsx

    with _store(db) as store:
        p = store.plan(plan_id, region=region, year=year)
        n = export_xlsx(store, p.id, out, _lex())
    click.echo(f"wrote {out}: {n} items of plan {p.id}")


@plan.command("import")
@plan_options
@click.option(
    "--xlsx",
    "path",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="The edited 任务分解表.",
)
@click.option("--title", default=None, help="Title of a new plan.")
@click.option(
    "--new", "new_plan", is_flag=True, help="Make a new plan of the sheet (needs --region, --year)."
)
@click.option(
    "--add-new",
    is_flag=True,
    help="Add every row of a sheet without the 编号 column to the plan as a new item.",
)
@db_option
@store_errors
def plan_import(
    plan_id: int | None,
    region: str | None,
    year: int | None,
    path: str,
    title: str | None,
    new_plan: bool,
    add_new: bool,
    db: str | None,
) -> None:
    """Apply an edited 任务分解表: changed rows become new revisions, rows without 编号 new items.

    A sheet without the 编号 column cannot change the plan's items; its rows are added as new items only
    with --add-new. A renamed, deleted or unknown column is refused, naming it.

    Every row is checked first; with any error nothing is imported and each error is listed with its row
    and column.

    \b
    Example:
      govtargets plan import --xlsx 任务分解表.xlsx --plan 1
    """
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.cycle.plans import PlanImportError, import_xlsx

    notes: list[str] = []
    with _store(db) as store:
        try:
            if new_plan:
                counts = import_xlsx(store, path, _lex(), region=region, year=year, title=title, notes=notes)
            else:
                p = store.plan(plan_id, region=region, year=year)
                counts = import_xlsx(store, path, _lex(), plan_id=p.id, add_new=add_new, notes=notes)
        except PlanImportError as e:
            for err in e.errors:
                click.echo(f"{path}: {err}", err=True)
            _fail(f"{path}: {len(e.errors)} error(s); nothing imported")
    for note in notes:
        click.echo(f"{path}: {note}")
    click.echo(
        f"imported {path}: {counts['revised']} revised, {counts['added']} added, "
        f"{counts['unchanged']} unchanged"
    )
