"""The `audit` and `rank` commands: cross-year audit of targets, and rankings of regions by growth.

Registered on the `govtargets` group at the end of cli.py. The helpers of cli.py are imported inside the
commands, since cli.py imports this module while it is still being loaded.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from typing import IO, Any

import click

from govtargets.breakdown import as_text
from govtargets.cli._common import _cut, _err, _expand, _json, _pad, _read, _store, _width, store_errors
from govtargets.cycle.audit import AuditRow, audit_documents, audit_table
from govtargets.cycle.rank import rank_regions, rank_table
from govtargets.lexicon import load_lexicon

__all__ = ["audit", "rank"]

_FORMATS_AUDIT = ["table", "jsonl", "csv", "xlsx"]
_FORMATS_RANK = ["table", "jsonl", "csv"]
# widest a cell may be in the aligned table, per column (None: as wide as it needs)
_AUDIT_CAPS = [16, 4, 18, 16, 16, 16, 8, 34, 34, 30]
_RANK_CAPS = [18, 8, 10, 16, 12, 40]
_XLSX_WIDTHS = [12, 7, 18, 16, 16, 13, 10, 36, 36, 24, 30, 50, 30, 50]


def _read_all(paths: Sequence[str]) -> tuple[list[Any], int]:
    """The readable documents among `paths` (folders expanded), and how many could not be read."""
    docs, failed = [], 0
    for path in _expand(paths):
        doc = _read(path)
        if doc is None:
            failed += 1
        else:
            docs.append(doc)
    return docs, failed


def _aligned(table: list[list[str]], caps: Sequence[int | None]) -> str:
    cells = [
        [
            (_cut(c.replace("\n", " "), cap) if cap and _width(c) > cap else c.replace("\n", " "))
            for c, cap in zip(row, caps, strict=False)
        ]
        for row in table
    ]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(cells[0]))]
    lines = ["  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _open_out(output: str | None, encoding: str = "utf-8") -> IO[str]:
    if output is None:
        return click.get_text_stream("stdout")
    try:
        return open(output, "w", encoding=encoding, newline="")
    except OSError as e:
        raise click.ClickException(f"{output}: cannot write ({e.strerror})") from e


def _write_xlsx(table: list[list[str]], path: str, title: str) -> None:
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "目标完成情况"
    ws.append([title])
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ncol = len(table[0])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    as_text(ws[1])
    for row in table:
        ws.append(row)
        as_text(ws[ws.max_row])
    for c in ws[2]:
        c.font = Font(name="宋体", bold=True)
        c.fill = PatternFill("solid", fgColor="DDE6F0")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.alignment = Alignment(vertical="top", wrap_text=True)
            c.font = Font(name="宋体", size=10)
    for i, w in enumerate(_XLSX_WIDTHS[:ncol], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{get_column_letter(ncol)}{ws.max_row}"
    wb.save(path)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--region", help="Only this region (its name as in the reports, or part of it).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_FORMATS_AUDIT),
    default="table",
    show_default=True,
    help="table: aligned, for people; jsonl: one object per target; csv (with sources); xlsx (with sources).",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=str), help="Write here instead of stdout."
)
@click.option(
    "--db",
    default=None,
    metavar="URL",
    help="Also audit the work reports stored in this database (by plan create or progress extract).",
)
def audit(paths: tuple[str, ...], region: str | None, fmt: str, output: str | None, db: str | None) -> None:
    """Audit each year's targets against the actuals the next year's report gives (PATHS: reports or folders).

    Reports are paired by region and year: the report of year N sets targets for N, the report of N+1
    reviews N. Each target is 完成 (met), 未完成 (missed) or 未报告 (no figure for it in N+1's report), with
    the gap (actual − target, in percentage points for growth and rates) and both source texts side by
    side. 左右 allows 0.5 percentage points (1 % of a level); 以上 is a floor, 以内 a ceiling; CPI,
    unemployment and energy use are met from below. An actual stated as 预计 is flagged in 备注.

    A file that cannot be read gives one line on stderr naming it and the reason, and exit status 1.

    \b
    Example:
      govtargets audit reports/ --region 海拉尔区
      govtargets audit 2025.docx 2026.txt --format xlsx -o 目标完成情况.xlsx
      govtargets audit --db plans.db --region 锦州市
    """

    if not paths and not db:
        raise click.UsageError("give the reports (or folders of reports) of two consecutive years, or --db")
    docs, failed = _read_all(paths) if paths else ([], False)
    if db:
        docs += _stored_documents(db)
    try:
        rows: list[AuditRow] = audit_documents(docs, load_lexicon(), region=region)
    except Exception as e:  # a bug must not show a traceback
        _err(f"internal error while auditing ({e.__class__.__name__}: {e})")
        sys.exit(1)
    if not rows:
        if failed:  # the unreadable files' lines say why
            sys.exit(1)
        known = sorted({d.region for d in docs if d.region})
        if region and not any(region in r or r in region for r in known):
            _err(f"no report of {region} among the documents (regions: {'、'.join(known) or 'none'})")
        else:
            _err("no region has work reports of two consecutive years among the documents")
        sys.exit(1)
    if fmt == "xlsx":
        target = output or "目标完成情况.xlsx"
        years = sorted({r.year for r in rows})
        title = f"{region or ''}{'、'.join(map(str, years))}年主要指标目标完成情况（{len(rows)}项）"
        try:
            _write_xlsx(audit_table(rows, sources=True), target, title)
        except OSError as e:
            raise click.ClickException(f"{target}: cannot write ({e.strerror})") from e
        _err(f"{len(rows)} targets written to {target}")
    else:
        out = _open_out(output, "utf-8-sig" if fmt == "csv" and output else "utf-8")
        try:
            if fmt == "jsonl":
                for r in rows:
                    out.write(_json(r.to_dict()))
            elif fmt == "csv":
                csv.writer(out).writerows(audit_table(rows, sources=True))
            else:
                out.write(_aligned(audit_table(rows), _AUDIT_CAPS))
            out.flush()
        except BrokenPipeError:  # `| head` closed the pipe
            sys.stderr.close()
            sys.exit(0)
        finally:
            if output:
                out.close()
    if failed:
        sys.exit(1)


def _stored_documents(db: str) -> list[Any]:
    """The work reports stored in a database, as documents to read again; the store's refusals and an
    unreachable database are one line (store_errors)."""

    @store_errors
    def read() -> list[Any]:
        with _store(db) as store:
            return [d for d in store.documents_as_read() if d.doc_kind == "work_report"]

    return read()


def _metric_ids(names: Sequence[str]) -> list[str] | None:
    """Indicator ids for --metric values, ids (gdp) or names (地区生产总值); exits on an unknown one."""

    if not names:
        return None
    lex = load_lexicon()
    ids = []
    for n in names:
        if n in lex.indicators:
            ids.append(n)
            continue
        found = lex.lookup(n)
        if found is None or len(found.ids) != 1:
            _err(f"--metric {n}: not an indicator id or name (e.g. gdp, 地区生产总值, retail_sales)")
            sys.exit(1)
        ids.append(found.ids[0])
    return ids


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--metric",
    "metrics",
    multiple=True,
    help="Rank on this indicator only (id or name: gdp, 地区生产总值); repeatable. Default: every one.",
)
@click.option("--year", type=int, help="The year the figures are for (default: what most reports give).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_FORMATS_RANK),
    default="table",
    show_default=True,
    help="table: aligned, for people; jsonl: one object per region and indicator; csv.",
)
def rank(paths: tuple[str, ...], metrics: tuple[str, ...], year: int | None, fmt: str) -> None:
    """Rank the regions of the reports PATHS by the growth of each indicator, as a supervision office does.

    Higher growth ranks first, except for CPI, unemployment and energy use, where lower does. Equal
    figures share a rank (并列); a region whose report gives no figure comes last as 无数据. Each figure
    comes with its source text.

    \b
    Example:
      govtargets rank districts/*.txt --metric gdp --year 2025
    """

    if not paths:
        raise click.UsageError("give the reports (or folders of reports) of the regions to rank")
    ids = _metric_ids(metrics)
    docs, failed = _read_all(paths)
    try:
        rows = rank_regions(docs, load_lexicon(), metrics=ids, year=year)
    except Exception as e:  # a bug must not show a traceback
        _err(f"internal error while ranking ({e.__class__.__name__}: {e})")
        sys.exit(1)
    if not rows:
        _err("no growth figure to rank in the documents")
        sys.exit(1)
    out = click.get_text_stream("stdout")
    try:
        if fmt == "jsonl":
            for r in rows:
                out.write(_json(r.to_dict()))
        elif fmt == "csv":
            csv.writer(out).writerows(rank_table(rows))
        else:
            out.write(_aligned(rank_table(rows), _RANK_CAPS))
        out.flush()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    if failed:
        sys.exit(1)
