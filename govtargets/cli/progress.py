"""The progress commands: what units report on their items, one at a time, by sheet, or read from a
supervision report or a mid-year review.

The cycle modules and the store load SQLAlchemy: they are imported inside the commands, so that the
reading commands start without them.
"""

from __future__ import annotations

import sys
from decimal import Decimal

import click

from govtargets.bounds import parse_number
from govtargets.cli._common import (
    _as_of,
    _fail,
    _lex,
    _read_or_exit,
    _store,
    _table_plain,
    db_option,
    plan_options,
    store_errors,
)
from govtargets.status import UNIT_CHOICES, Reported

__all__ = ["progress"]


@click.group()
def progress() -> None:
    """Progress: what units report on their items, one at a time, by sheet, or read from a report.

    \b
    Example:
      govtargets progress add --item 12 --as-of 2016-06-30 --completion 47.6 --narrative "已完成主体施工"
    """


def _dec(value: str | None, name: str, field: str | None = None) -> Decimal | None:
    """A figure from an option, bounded as every entered figure is (govtargets.bounds)."""
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
    type=click.Choice([r.value for r in UNIT_CHOICES]),
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
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.cycle.progress import evidence_ref
    from govtargets.store import ProgressDraft

    if not any((value, completion, growth, status, narrative)):
        raise click.UsageError(
            "say what was reported: --value, --completion, --growth, --status or --narrative"
        )
    if status == Reported.CANCELLED and not narrative:
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
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
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
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
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
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.cycle.progress import match_document, store_matches

    doc = _read_or_exit(report)
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
