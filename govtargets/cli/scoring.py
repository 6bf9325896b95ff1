"""The evaluate command: scores of extracted facts against gold annotations, or a plan's judgement on a date
(--as-of)."""

from __future__ import annotations

import io
import json

import click

from govtargets.cli._common import _as_of, db_option, plan_options, store_errors
from govtargets.cli.cycle import judge_plan, print_judgements
from govtargets.evaluate import load_jsonl, score

__all__ = ["evaluate"]


@click.command()
@click.argument("gold", nargs=1, required=False, type=click.Path(exists=True, path_type=str))
@click.argument("pred", nargs=1, required=False, type=click.Path(exists=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--errors", is_flag=True, help="List the missed and the spurious facts.")
@click.option("--as-of", "as_of", default=None, help="Judge a plan's items on this date (e.g. 2016-06-30).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    help="With --as-of: output format.",
)
@click.option("--save/--no-save", default=True, help="With --as-of: store the judgements (default: yes).")
@plan_options
@db_option
@store_errors
def evaluate(
    gold: str | None,
    pred: str | None,
    as_json: bool,
    errors: bool,
    as_of: str | None,
    fmt: str,
    save: bool,
    plan_id: int | None,
    region: str | None,
    year: int | None,
    db: str | None,
) -> None:
    """Judge a plan on a date (--as-of), or score PRED facts against GOLD annotations.

    With --as-of: every item of the plan against the calendar (时间过半、任务过半): status 完成, 序时推进,
    滞后, 部分完成, 未完成, 取消 or 未报送, a red/yellow/green light and the reason, then the 总体情况
    sentence; the run is stored with its rules.

    With GOLD and PRED: precision, recall and F1 per kind (actual, target) and overall, and the share of
    matched targets whose qualifier is right. Facts match as atoms: doc, kind, metric, measure and numbers
    in base units to 4 significant digits.

    \b
    Examples:
      govtargets evaluate --as-of 2016-06-30 --db plans.db
      govtargets extract corpus/*.txt > pred.jsonl
      govtargets evaluate tests/gold pred.jsonl --errors
    """
    if as_of is not None:
        p, js, summary = judge_plan(db, plan_id, region, year, _as_of(as_of), save)
        print_judgements(p, js, summary, fmt)
        return
    if gold is None or pred is None:
        raise click.UsageError("give GOLD and PRED to score facts, or --as-of DATE to judge a plan")
    try:
        s = score(load_jsonl([gold]), load_jsonl([pred]))
    except (ValueError, OSError, UnicodeDecodeError) as e:
        raise click.ClickException(str(e)) from e
    if as_json:
        click.echo(json.dumps(s.to_dict(), ensure_ascii=False))
        return
    buf = io.StringIO()
    buf.write(f"documents: {s.docs}\n")
    buf.write(f"{'kind':<9}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}{'F1':>8}\n")
    for name, prf in [*s.by_kind.items(), ("overall", s.overall)]:
        buf.write(
            f"{name:<9}{prf.tp:>6}{prf.fp:>6}{prf.fn:>6}{prf.precision:>11.3f}{prf.recall:>8.3f}{prf.f1:>8.3f}\n"
        )
    buf.write(
        f"qualifier accuracy on matched targets: {s.qualifier_accuracy:.3f} "
        f"({s.qualifier_right}/{s.qualifier_matched})\n"
    )
    if errors:
        buf.writelines(line + "\n" for line in s.error_lines())
    click.echo(buf.getvalue(), nl=False)
