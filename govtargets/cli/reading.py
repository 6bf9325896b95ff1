"""The reading commands: extract (facts) and tasks (the 任务分解表).

`extract` is what a corpus script runs once per file: this module loads only what reading needs (the
spreadsheet writer loads when `tasks` writes one; `evaluate` has its own module, scoring.py)."""

from __future__ import annotations

import csv
import sys
from typing import Any

import click

from govtargets.cli._common import (
    _cut,
    _err,
    _expand,
    _fmt_num,
    _json_bytes,
    _pad,
    _read,
    _width,
)
from govtargets.extract import extract_all
from govtargets.ingest import Document
from govtargets.lexicon import load_lexicon
from govtargets.samples import sample_path

__all__ = ["extract", "tasks", "FACT_COLUMNS"]

FACT_COLUMNS = [
    "doc",
    "kind",
    "metric",
    "label",
    "measure",
    "value",
    "low",
    "high",
    "unit",
    "base_value",
    "base_low",
    "base_high",
    "base_unit",
    "qualifier",
    "status",
    "period",
    "start",
    "end",
    "quote",
]


def _table(rows: list[dict[str, Any]], doc_line: dict[str, Any]) -> str:
    head = (
        f"# {doc_line['doc']}  {doc_line.get('region') or '?'} · {doc_line.get('admin_level') or '?'} · "
        f"{doc_line.get('report_year') or '?'} · {doc_line.get('doc_kind')} · {doc_line.get('script')}"
        f" · {len(rows)} facts"
        + (f" · decode_errors: {doc_line['decode_errors']}" if doc_line.get("decode_errors") else "")
        + "".join(f" · {note}" for note in doc_line.get("decode_notes", ()))
    )
    if not rows:
        return head + "\n"
    cols = [
        ("kind", "kind"),
        ("metric", "metric"),
        ("measure", "measure"),
        ("value", "value"),
        ("qualifier", "qualifier"),
        ("period", "period"),
        ("span", "span"),
        ("quote", "quote"),
    ]
    cells = []
    for r in rows:
        value = (
            _fmt_num(r["value"]) if r["low"] == r["high"] else f"{_fmt_num(r['low'])}–{_fmt_num(r['high'])}"
        )
        cells.append(
            {
                "kind": r["kind"],
                "metric": r["metric"] or "",
                "measure": r["measure"],
                "value": f"{value}{r['unit']}",
                "qualifier": r["qualifier"],
                "period": r["period"] or "",
                "span": f"{r['start']}-{r['end']}",
                "quote": _cut(r["quote"].replace("\n", " "), 60),
            }
        )
    widths = {k: max(_width(label), *(_width(c[k]) for c in cells)) for k, label in cols}
    lines = [head, "  ".join(_pad(label, widths[k]) for k, label in cols).rstrip()]
    lines.append("  ".join("-" * widths[k] for k, _ in cols))
    lines += ["  ".join(_pad(c[k], widths[k]) for k, _ in cols).rstrip() for c in cells]
    return "\n".join(lines) + "\n"


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=True, path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one JSON object per fact; csv; table: aligned, for people.",
)
@click.option("--sample", is_flag=True, help="Also read the built-in sample report (invented figures).")
@click.option(
    "--multi-year",
    is_flag=True,
    help="Also give multi-year figures (年均, 累计, 十五五 goals) with their multi-year period.",
)
@click.option(
    "--kinds",
    default="actual,target,progress,task",
    show_default=True,
    help="Which kinds of fact to give, comma-separated.",
)
def extract(files: tuple[str, ...], fmt: str, sample: bool, multi_year: bool, kinds: str) -> None:
    """Extract facts from report FILES (.txt .html .docx .pdf): indicator actuals and targets,
    progress statements and tasks, each with its source span.

    Each document gives one "document" line, then its facts, as they are found. A file that cannot be
    read gives one line on stderr naming it and the reason; the others still come out, and the exit
    status is 1.

    \b
    Example:
      govtargets extract report.txt other.docx --format table
      govtargets extract --sample --kinds actual,target > facts.jsonl
    """
    paths = list(files) + ([sample_path()] if sample else [])
    if not paths:
        raise click.UsageError("give one or more FILES, or --sample for the built-in sample report")
    wanted = {k.strip() for k in kinds.split(",") if k.strip()}
    unknown = wanted - {"actual", "target", "progress", "task"}
    if unknown:
        raise click.UsageError(
            f"unknown kind(s) {', '.join(sorted(unknown))}: use actual,target,progress,task"
        )
    lex = load_lexicon()
    failed = 0
    out = click.get_text_stream("stdout")
    bout = click.get_binary_stream("stdout")  # jsonl goes here: click's text stream flushes every line
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=FACT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
    try:
        for path in _expand(paths):
            doc = _read(path)
            if doc is None:
                failed += 1
                continue
            doc_line = _document_line(doc)
            if fmt == "jsonl":
                bout.write(_json_bytes(doc_line))
            found = extract_all(
                doc,
                lex,
                multi_year=multi_year,
                tasks="task" in wanted,
                facts=bool(wanted & {"actual", "target", "progress"}),
            )
            table_rows = []
            try:
                for d in (x.to_dict() for x in found):
                    if d["kind"] not in wanted:
                        continue
                    d["doc"] = path
                    if fmt == "jsonl":
                        bout.write(_json_bytes(d))
                    elif d["kind"] == "task":
                        continue  # csv and table hold facts; `govtargets tasks` gives the task table
                    elif fmt == "csv":
                        assert writer is not None
                        writer.writerow(d)
                    else:
                        table_rows.append(d)
            except BrokenPipeError:
                raise
            except Exception as e:  # a bug must not cost the user the other files, nor show a traceback
                _err(f"{path}: internal error while extracting ({e.__class__.__name__}: {e})")
                failed += 1
            if fmt == "table":
                out.write(_table(table_rows, doc_line) + "\n")
            (bout if fmt == "jsonl" else out).flush()
    except BrokenPipeError:  # `| head` closed the pipe
        sys.stderr.close()
        sys.exit(0)
    if failed:
        sys.exit(1)


def _document_line(doc: Document) -> dict[str, Any]:
    return {
        "doc": doc.path,
        "kind": "document",
        "title": doc.title,
        "region": doc.region,
        "region_code": getattr(doc, "region_code", None),
        "admin_level": doc.admin_level,
        "report_year": doc.report_year,
        "doc_kind": doc.doc_kind,
        "kind_evidence": list(getattr(doc, "kind_evidence", ())),
        "region_cue": getattr(doc, "region_cue", None),
        "year_cue": getattr(doc, "year_cue", None),
        "script": doc.script,
        "format": doc.format,
        "encoding": doc.encoding,
        "sha256": doc.sha256,
        "chars": len(doc.text),
        "decode_errors": doc.decode_errors,
        # only where there is one, so that the line of every other document is as it was
        **({"decode_notes": list(doc.decode_notes)} if getattr(doc, "decode_notes", ()) else {}),
    }


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=True, path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "xlsx", "table"]),
    default="table",
    show_default=True,
    help="table: aligned, for people; xlsx: the 任务分解表 for Excel.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=str),
    help="Where to write the .xlsx (default: <first file>.任务分解表.xlsx).",
)
@click.option("--sample", is_flag=True, help="Also read the built-in sample report (invented figures).")
def tasks(files: tuple[str, ...], fmt: str, output: str | None, sample: bool) -> None:
    """Draft a 任务分解表 from work reports or task-assignment notices.

    Each task comes with its category, its quantities (目标值), its deadline, its lead and co-responsible
    units (the first unit listed leads), and where it stands in the source. A work report gives the tasks
    of its plan sections and its 为民办实事 list; a notice gives every numbered task.

    \b
    Example:
      govtargets tasks notice.docx --format xlsx -o 任务分解表.xlsx
      govtargets tasks report.txt --format jsonl
    """
    from govtargets.breakdown import COLUMNS, rows, write_xlsx  # the table's layout and its .xlsx writer
    from govtargets.extract import extract_tasks  # the task readers: not loaded for `extract` of facts

    paths = list(files) + ([sample_path()] if sample else [])
    if not paths:
        raise click.UsageError("give one or more FILES, or --sample for the built-in sample report")
    out = click.get_text_stream("stdout")
    all_tasks = []
    failed = 0
    first_doc = None
    for path in _expand(paths):
        doc = _read(path)
        try:
            found = list(extract_tasks(doc)) if doc is not None else None
        except Exception as e:  # a bug must not cost the user the other files, nor show a traceback
            _err(f"{path}: internal error while extracting tasks ({e.__class__.__name__}: {e})")
            found = None
        if doc is None or found is None:
            failed += 1
            continue
        first_doc = first_doc or doc
        all_tasks += found
        if fmt == "jsonl":
            bout = click.get_binary_stream("stdout")
            for t in found:
                bout.write(_json_bytes(t.to_dict()))
            bout.flush()
    table = rows(all_tasks)
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerows(table)
    elif fmt == "table":
        for r in table:
            cells = [f"{r[0]:>4}", _pad(_cut(r[1], 28), 28), _pad(_cut(r[2], 60), 60), r[3], r[4], r[5]]
            out.write("  ".join(cells).rstrip() + "\n")
    elif fmt == "xlsx" and first_doc is not None:
        target = output or f"{first_doc.path}.任务分解表.xlsx"
        year = f"{first_doc.report_year}年" if first_doc.report_year else ""
        title = f"{first_doc.region or ''}{year}政府工作报告任务分解表（草稿）"
        try:
            write_xlsx(table, target, title)
        except OSError as e:
            raise click.ClickException(f"{target}: cannot write ({e.strerror})") from e
        _err(f"{len(table)} tasks written to {target}")
    if failed:
        sys.exit(1)
