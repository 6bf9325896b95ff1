"""The govtargets command line: a thin layer over the library."""

from __future__ import annotations

import csv
import io
import json
import sys
import unicodedata
from collections.abc import Iterable
from importlib import resources
from typing import Any

import click

from govtargets import __version__

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


def sample_path() -> str:
    """Path of the built-in sample report (the team's own, with invented figures)."""
    return str(resources.files("govtargets") / "samples" / "sample_county_2024.txt")


def _err(msg: str) -> None:
    click.echo(f"govtargets: {msg}", err=True)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * max(0, w - _width(s))


def _cut(s: str, w: int) -> str:
    out: list[str] = []
    n = 0
    for c in s:
        cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if n + cw > w - 1:
            return "".join(out) + "…"
        out.append(c)
        n += cw
    return "".join(out)


def _fmt_num(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}" if abs(v) < 1e15 else str(v)
    return str(v)


def _table(rows: list[dict[str, Any]], doc_line: dict[str, Any]) -> str:
    head = (
        f"# {doc_line['doc']}  {doc_line.get('region') or '?'} · {doc_line.get('admin_level') or '?'} · "
        f"{doc_line.get('report_year') or '?'} · {doc_line.get('doc_kind')} · {doc_line.get('script')}"
        f" · {len(rows)} facts"
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govtargets")
def main() -> None:
    """govtargets: the targets of Chinese government work reports, traced to their source.

    \b
    Example:
      govtargets extract report.docx --format table
    """


@main.command()
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
def extract(files: tuple[str, ...], fmt: str, sample: bool, multi_year: bool) -> None:
    """Extract indicator actuals and targets from report FILES (.txt .html .docx .pdf).

    Each document gives one "document" line, then its facts. A file that cannot be read gives
    one line on stderr naming it and the reason; the others still come out, and the exit status is 1.

    \b
    Example:
      govtargets extract report.txt other.docx --format table
      govtargets extract --sample --format jsonl > facts.jsonl
    """
    from govtargets.extract import extract_facts
    from govtargets.ingest import IngestError, read_document
    from govtargets.lexicon import load_lexicon

    paths = list(files) + ([sample_path()] if sample else [])
    if not paths:
        raise click.UsageError("give one or more FILES, or --sample for the built-in sample report")
    lex = load_lexicon()
    failed = 0
    out = click.get_text_stream("stdout")
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=FACT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
    try:
        for path in _expand(paths):
            try:
                doc = read_document(path)
                facts = [f.to_dict() for f in extract_facts(doc, lex, multi_year=multi_year)]
            except IngestError as e:
                _err(str(e))
                failed += 1
                continue
            except Exception as e:  # a bug must not cost the user the other files, nor show a traceback
                _err(f"{path}: internal error while extracting ({e.__class__.__name__}: {e})")
                failed += 1
                continue
            doc_line = _document_line(doc)
            for f in facts:
                f["doc"] = path
            if fmt == "jsonl":
                out.write(json.dumps(doc_line, ensure_ascii=False) + "\n")
                for f in facts:
                    out.write(json.dumps(f, ensure_ascii=False) + "\n")
            elif fmt == "csv":
                assert writer is not None
                writer.writerows(facts)
            else:
                out.write(_table(facts, doc_line) + "\n")
            out.flush()
    except BrokenPipeError:  # `| head` closed the pipe
        sys.stderr.close()
        sys.exit(0)
    if failed:
        sys.exit(1)


def _expand(paths: Iterable[str]) -> Iterable[str]:
    """Files as given; a directory stands for the documents in it."""
    import os

    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                if name.lower().endswith((".txt", ".html", ".htm", ".shtml", ".docx", ".pdf")):
                    yield os.path.join(p, name)
        else:
            yield p


def _document_line(doc: Any) -> dict[str, Any]:
    return {
        "doc": doc.path,
        "kind": "document",
        "title": doc.title,
        "region": doc.region,
        "admin_level": doc.admin_level,
        "report_year": doc.report_year,
        "doc_kind": doc.doc_kind,
        "script": doc.script,
        "format": doc.format,
        "encoding": doc.encoding,
        "sha256": doc.sha256,
        "chars": len(doc.text),
    }


@main.command()
@click.argument("gold", nargs=1, type=click.Path(exists=True, path_type=str))
@click.argument("pred", nargs=1, type=click.Path(exists=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--errors", is_flag=True, help="List the missed and the spurious facts.")
def evaluate(gold: str, pred: str, as_json: bool, errors: bool) -> None:
    """Score PRED facts (extract's jsonl) against GOLD annotations (a .jsonl file or a folder of them).

    Precision, recall and F1 per kind (actual, target) and overall, and the share of matched targets
    whose qualifier is right. Facts match as atoms: doc, kind, metric, measure and numbers in base units
    to 4 significant digits.

    \b
    Example:
      govtargets extract corpus/*.txt > pred.jsonl
      govtargets evaluate tests/gold pred.jsonl --errors
    """
    from govtargets.evaluate import load_jsonl, score

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
        for a in s.false_negatives:
            buf.write(f"MISSED   {a}\n")
        for a, p in s.false_positives:
            buf.write(f"SPURIOUS {a}  «{str(p.get('quote', ''))[:80]}»\n")
        for a, g, got in s.qualifier_errors:
            buf.write(f"QUALIFIER {a} gold={g} got={got}\n")
    click.echo(buf.getvalue(), nl=False)


if __name__ == "__main__":
    main()
