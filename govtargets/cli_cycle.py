"""The supervision cycle's commands: plan, progress, judge (evaluate --as-of), report and demo.

Each opens the store named by --db (default $GOVTARGETS_DB, else govtargets.db here), calls the library and
prints. A refused request prints one line naming the file or the item and the reason, and exits 1.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:  # the store (and SQLAlchemy) load only when a command uses them: `extract` starts faster
    from govtargets.store import Store

F = TypeVar("F", bound=Callable[..., Any])


def _fail(msg: str) -> None:
    click.echo(f"govtargets: {msg}", err=True)
    sys.exit(1)


def store_errors(fn: F) -> F:
    """Turn the store's refusals and an unreachable database into one line on stderr and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        import sqlalchemy as sa

        from govtargets.store import StaleEdit, StoreError

        try:
            return fn(*args, **kwargs)
        except StaleEdit as e:
            _fail(f"refused, nothing saved: {e}")
        except StoreError as e:
            _fail(str(e))
        except sa.exc.DBAPIError as e:  # unreachable server, lock timeout, a constraint a race tripped
            _fail(f"database error, nothing saved: {str(e.orig).splitlines()[0] if e.orig else e}")
        except sa.exc.ArgumentError as e:
            _fail(f"bad --db URL: {e}")

    return wrapper  # type: ignore[return-value]


def db_option(fn: F) -> F:
    return click.option(
        "--db",
        default=None,
        metavar="URL",
        help="Database: a file path or sqlite:///path, or postgresql://user@host/db "
        "(default: $GOVTARGETS_DB, else govtargets.db here).",
    )(fn)


def plan_options(fn: F) -> F:
    fn = click.option("--year", type=int, default=None, help="The plan's year (with --region).")(fn)
    fn = click.option("--region", default=None, help="The plan's region, e.g. 锦州市.")(fn)
    return click.option("--plan", "plan_id", type=int, default=None, help="The plan's id.")(fn)


def _store(db: str | None, actor: str | None = None, *, create: bool = False) -> Store:
    """The database at --db ($GOVTARGETS_DB, or govtargets.db here). Only a command that makes something
    (plan create, serve, user add, demo) may create it; the others refuse a missing SQLite file."""
    from govtargets.store import Store, StoreError, default_url
    from govtargets.store._store import missing_database

    missing = None if create else missing_database(db)
    if missing is not None:
        raise StoreError(
            f"no database at {missing} (make one with: govtargets plan create REPORT --db {missing})"
        )
    return Store(db or default_url(), actor=actor or os.environ.get("GOVTARGETS_USER") or _whoami())


def _whoami() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER", "cli")


def _as_of(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2016-06-30") from None


def _lex() -> Any:
    from govtargets.lexicon import load_lexicon

    return load_lexicon()


def _read(path: str) -> Any:
    from govtargets.ingest import IngestError, read_document

    try:
        return read_document(path)
    except IngestError as e:
        _fail(str(e))


# plan


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
    from govtargets.cycle.plans import create_plan_from_document

    if report is None and notice is None:
        raise click.UsageError("name a REPORT, a notice with --from, or both")
    doc = _read(report) if report else None
    note = _read(notice) if notice else None
    if note is not None:
        # the kind read from the notice is a prior, not a gate: refused only if no task is found in it
        from govtargets.extract import extract_tasks

        if next(iter(extract_tasks(note)), None) is None:
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
    from govtargets.cli import _table_plain
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


# progress


@click.group()
def progress() -> None:
    """Progress: what units report on their items, one at a time, by sheet, or read from a report.

    \b
    Example:
      govtargets progress add --item 12 --as-of 2016-06-30 --completion 47.6 --narrative "已完成主体施工"
    """


def _dec(value: str | None, name: str, field: str | None = None) -> Decimal | None:
    """A figure from an option, bounded as every entered figure is (govtargets.bounds)."""
    from govtargets.bounds import parse_number

    try:
        return parse_number(value, name, field=field)
    except ValueError as e:
        raise click.BadParameter(str(e).replace(f"{name}“", "“"), param_hint=name) from None


@progress.command("add")
@click.option("--item", "item_id", type=int, required=True, help="The item's id (编号).")
@click.option("--as-of", "as_of", required=True, help="The date the report covers, e.g. 2016-06-30.")
@click.option("--value", default=None, help="Cumulative value in the target's unit.")
@click.option("--completion", default=None, help="Completion in percent of the target.")
@click.option("--growth", default=None, help="Growth in percent (for a growth target).")
@click.option(
    "--status",
    type=click.Choice(["completed", "partly_met", "not_met", "cancelled", "on_schedule", "behind"]),
    default=None,
    help="A status as the unit reports it.",
)
@click.option("--narrative", default=None, help="What was done (for a cancellation: who approved it).")
@click.option(
    "--evidence",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="An evidence file (repeatable); its size and sha256 are recorded.",
)
@click.option("--unit", default=None, help="The reporting unit.")
@click.option("--supersedes", type=int, default=None, help="The id of the report this one corrects.")
@click.option("--by", "actor", default=None, help="Who reports (default: $GOVTARGETS_USER or the login).")
@db_option
@store_errors
def progress_add(
    item_id: int,
    as_of: str,
    value: str | None,
    completion: str | None,
    growth: str | None,
    status: str | None,
    narrative: str | None,
    evidence: tuple[str, ...],
    unit: str | None,
    supersedes: int | None,
    actor: str | None,
    db: str | None,
) -> None:
    """Record one progress report on an item.

    \b
    Example:
      govtargets progress add --item 12 --as-of 2016-06-30 --value 230 --unit 市住建委
    """
    from govtargets.cycle.progress import evidence_ref
    from govtargets.store import ProgressDraft

    if not any((value, completion, growth, status, narrative)):
        raise click.UsageError(
            "say what was reported: --value, --completion, --growth, --status or --narrative"
        )
    if status == "cancelled" and not narrative:
        raise click.UsageError("a cancellation needs --narrative saying who approved it")
    draft = ProgressDraft(
        as_of=_as_of(as_of),
        value=_dec(value, "--value"),
        completion_pct=_dec(completion, "--completion", "completion_pct"),
        growth=_dec(growth, "--growth", "growth"),
        status=status,
        narrative=narrative,
        evidence=tuple(evidence_ref(p) for p in evidence),
        unit=unit,
        supersedes_id=supersedes,
    )
    with _store(db, actor) as store:
        pid = store.add_progress(item_id, draft)
    click.echo(f"progress {pid} recorded on item {item_id}")
    if draft.completion_pct is not None and draft.completion_pct > 150:
        click.echo(
            f"warning: completion {draft.completion_pct}% is above 150%; check it is not a cumulative value",
            err=True,
        )


@progress.command("template")
@plan_options
@click.option("--unit", default=None, help="Only this unit's items (it leads or shares them).")
@click.option("--as-of", "as_of", default=None, help="Pre-fill the 截至日期 column.")
@click.option("--xlsx", "out", required=True, type=click.Path(dir_okay=False))
@db_option
@store_errors
def progress_template(
    plan_id: int | None,
    region: str | None,
    year: int | None,
    unit: str | None,
    as_of: str | None,
    out: str,
    db: str | None,
) -> None:
    """Write a blank monthly progress sheet for a unit to fill in.

    \b
    Example:
      govtargets progress template --unit 市住建委 --as-of 2016-06-30 --xlsx 住建委6月.xlsx
    """
    from govtargets.cycle.progress import write_progress_template

    with _store(db) as store:
        p = store.plan(plan_id, region=region, year=year)
        n = write_progress_template(store, p.id, out, unit=unit, as_of=_as_of(as_of) if as_of else None)
    click.echo(f"wrote {out}: {n} items")


@progress.command("import")
@plan_options
@click.option("--xlsx", "path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--unit", default=None, help="The reporting unit: rows for other units' items are refused.")
@click.option("--by", "actor", default=None, help="Who reports.")
@db_option
@store_errors
def progress_import(
    plan_id: int | None,
    region: str | None,
    year: int | None,
    path: str,
    unit: str | None,
    actor: str | None,
    db: str | None,
) -> None:
    """Import a unit's filled progress sheet: all rows or none.

    \b
    Example:
      govtargets progress import --xlsx 住建委6月.xlsx --unit 市住建委
    """
    from govtargets.cycle.progress import read_progress_xlsx

    with _store(db, actor) as store:
        p = store.plan(plan_id, region=region, year=year)
        updates, errors = read_progress_xlsx(store, p.id, path, unit=unit)
        if errors:
            for err in errors:
                click.echo(f"{path}: {err}", err=True)
            _fail(f"{path}: {len(errors)} error(s); nothing imported")
        store.add_progress_many(updates)
    click.echo(f"imported {path}: {len(updates)} progress reports")


@progress.command("extract")
@click.argument("report", type=click.Path(exists=True, dir_okay=False))
@plan_options
@click.option(
    "--as-of", "as_of", default=None, help="Date of the figures (default: from each fact's period)."
)
@click.option("--min-score", type=float, default=0.5, show_default=True, help="Least task-name similarity.")
@click.option("--yes", is_flag=True, help="Store the matches without asking.")
@db_option
@store_errors
def progress_extract(
    report: str,
    plan_id: int | None,
    region: str | None,
    year: int | None,
    as_of: str | None,
    min_score: float,
    yes: bool,
    db: str | None,
) -> None:
    """Read a mid-year review or supervision report and match its figures and statuses to the plan's items.

    The matches are shown with their scores; they are stored when confirmed (or with --yes).

    \b
    Example:
      govtargets progress extract 上半年督查报告.txt --plan 1
    """
    from govtargets.cli import _table_plain
    from govtargets.cycle.progress import match_document, store_matches

    doc = _read(report)
    lex = _lex()
    with _store(db) as store:
        p = store.plan(plan_id, region=region, year=year)
        matches = match_document(
            store, p.id, doc, lex, as_of=_as_of(as_of) if as_of else None, min_score=min_score
        )
        rows = []
        for m in matches:
            f = m.fact
            what = f.get("status") or (
                f"{f.get('value')}{f.get('unit') or ''}" if f.get("value") is not None else ""
            )
            rows.append(
                [
                    f.get("label") or f"（{f.get('count')}项）",
                    f["measure"],
                    str(what),
                    m.item.short_name if m.item else "—",
                    f"{m.score:.2f}",
                    m.reason,
                ]
            )
        click.echo(_table_plain(["报告所述", "类型", "内容", "匹配事项", "相似度", "说明"], rows), nl=False)
        todo = [(m.item.id, m.update) for m in matches if m.item and m.update]
        if not todo:
            _fail(f"{report}: nothing in it matches the plan's items")
        if not yes and not (sys.stdin.isatty() and click.confirm(f"store {len(todo)} progress reports?")):
            _fail("not stored (confirm, or give --yes)")
        store_matches(store, doc, matches)
    click.echo(f"stored {len(todo)} progress reports from {report}")


# judgement and report


def judge_plan(
    db: str | None, plan_id: int | None, region: str | None, year: int | None, as_of: date, save: bool
) -> tuple[Any, list[Any], Any]:
    """Judge a plan's items on as_of; with save, store the run. Returns (plan, judgements, summary)."""
    from govtargets.cycle.judge import Rules, judge, summarize

    lex = _lex()
    rules = Rules()
    with _store(db) as store:
        p = store.plan(plan_id, region=region, year=year)
        js = judge(store.items(p.id), store.progress(p.id), as_of, p.year, lex=lex, rules=rules)
        if save:
            store.save_judgements(p.id, as_of, rules.as_dict(), [j.row() for j in js])
    return p, js, summarize(js, as_of)


def print_judgements(p: Any, js: list[Any], summary: Any, fmt: str) -> None:
    from govtargets.cli import _table_plain
    from govtargets.cycle.judge import overview, unit_standings
    from govtargets.cycle.rank import rank_units

    if fmt == "jsonl":
        import orjson

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
    from govtargets.cycle.demo import run_demo

    if os.path.exists(db):
        from govtargets.cycle.demo import is_demo_database

        if not is_demo_database(db):
            _fail(f"{db}: exists and is not a demo database; give --db a new file")
        for path in (db, db + "-wal", db + "-shm"):
            if os.path.exists(path):
                os.remove(path)
    for line in run_demo(db, out):
        click.echo(line)
