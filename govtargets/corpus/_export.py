"""Writing the outputs: Parquet, CSV, Stata 118 and the codebook, each through a temporary file renamed into
place, so OUT never holds half a file and equal inputs give equal bytes (the .dta carries a fixed time stamp).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from govtargets.corpus._schema import (
    DOCUMENT_COLUMNS,
    FACT_COLUMNS,
    OUTCOMES,
    PANEL_COLUMNS,
    QUALIFIERS,
    TASK_COLUMNS,
    Column,
    schema,
)
from govtargets.corpus._state import write_parquet
from govtargets.lexicon import Lexicon

__all__ = ["write_rows_parquet", "write_csv", "write_panel", "write_codebook", "rows_table"]

_STATA_STAMP = dt.datetime(2000, 1, 1)  # fixed, so two runs give the same bytes


def rows_table(rows: Sequence[dict[str, Any]], columns: tuple[Column, ...]) -> pa.Table:
    return pa.Table.from_arrays(
        [pa.array([r.get(c.name) for r in rows], type=c.type) for c in columns], schema=schema(columns)
    )


def write_rows_parquet(rows: Sequence[dict[str, Any]], columns: tuple[Column, ...], path: str) -> None:
    write_parquet(rows_table(rows, columns), path)


def write_csv(rows: Sequence[dict[str, Any]], header: Sequence[str], path: str) -> None:
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if r.get(h) is None else r.get(h) for h in header])
    os.replace(tmp, path)


def write_panel(rows: Sequence[dict[str, Any]], out: str) -> None:
    """panel.parquet, panel.csv and panel.dta (Stata 118: UTF-8, so Chinese names and labels stay)."""
    table = rows_table(rows, PANEL_COLUMNS)
    write_parquet(table, os.path.join(out, "panel.parquet"))
    df = table.to_pandas()
    tmp = os.path.join(out, f"panel.csv.tmp-{os.getpid()}")
    df.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
    os.replace(tmp, os.path.join(out, "panel.csv"))
    for c in PANEL_COLUMNS:  # Stata has no missing string and no boolean
        if pa.types.is_string(c.type):
            df[c.name] = df[c.name].fillna("").astype(str)
        elif pa.types.is_boolean(c.type) or pa.types.is_integer(c.type):
            df[c.name] = df[c.name].astype("float64")
    tmp = os.path.join(out, f"panel.dta.tmp-{os.getpid()}")
    df.to_stata(
        tmp,
        write_index=False,
        version=118,
        variable_labels={c.name: c.label for c in PANEL_COLUMNS},
        data_label="政府工作报告目标与实际面板 (govtargets corpus)",
        time_stamp=_STATA_STAMP,
    )
    os.replace(tmp, os.path.join(out, "panel.dta"))


def _table_md(columns: tuple[Column, ...]) -> list[str]:
    lines = ["| column | type | 中文 | meaning |", "|---|---|---|---|"]
    lines += [f"| `{c.name}` | {c.type} | {c.label} | {c.meaning} |" for c in columns]
    return lines + [""]


def codebook(lex: Lexicon) -> str:
    """CODEBOOK.md: every table's columns, the metric ids, the qualifier and outcome coding."""
    lines = [
        "# CODEBOOK: govtargets corpus output",
        "",
        "Generated from the schema (govtargets/corpus/_schema.py) by `govtargets corpus`; do not edit.",
        "Every filled cell of the panel cites its document (sha256 in documents.parquet) and its span: the",
        "characters start..end of the document's text as read, which are the `*_text` column.",
        "",
        "## panel.parquet / panel.csv / panel.dta",
        "",
        "One row per region × year × metric × measure. The target of year Y comes from the region's work",
        "report of year Y; the actual for Y from its report of Y+1 (the review of last year), or, where that",
        "gives none, from a later review of Y. Reports are paired on the region's GB/T 2260 code (its name",
        "where no code is known). Growth figures are in percent, levels in base units (元, 美元, 人, 吨 …).",
        "In panel.dta, missing strings are empty and booleans are 0/1.",
        "",
        *_table_md(PANEL_COLUMNS),
        "### outcome",
        "",
        *[f"- `{k}`: {v}" for k, v in OUTCOMES.items()],
        "",
        "### target_qualifier (and actual_qualifier)",
        "",
        *[f"- `{k}`: {v}" for k, v in QUALIFIERS.items()],
        "",
        "### The 以上 = +0.05 convention",
        "",
        "Some studies (e.g. Li, Liu, Weng and Zhou 2019) code a floor target (增长8%以上) as the figure plus",
        "0.05. The panel never does so by default: `target_low` and `target_high` are the figures as written",
        "and `target_qualifier` says `at_least`. To reproduce the convention, either run",
        "`govtargets corpus DIR --out OUT --at-least-plus 0.05` (it changes `target_point` only),",
        "or in pandas:",
        "",
        "```python",
        "p = govtargets.corpus.load_panel('OUT')",
        "p['target_coded'] = p['target_point'] + (p['target_qualifier'] == 'at_least') * 0.05",
        "```",
        "",
        'or in Stata: `generate target_coded = target_point + 0.05*(target_qualifier == "at_least")`.',
        "",
        "## metric ids",
        "",
        "| metric | name | kind | better |",
        "|---|---|---|---|",
        *[
            f"| `{i.id}` | {'、'.join(i.names[:4])} | {i.kind} | {i.better} |"
            for i in sorted(lex.indicators.values(), key=lambda i: i.id)
        ],
        "",
        "## documents.parquet",
        "",
        "Every report found, one row per path (copies included, marked in `duplicate_of`).",
        "",
        *_table_md(DOCUMENT_COLUMNS),
        "## facts.parquet",
        "",
        "Every fact of the documents read (duplicates excluded), by document path, then document order.",
        "",
        *_table_md(FACT_COLUMNS),
        "## tasks.parquet (with --kinds task)",
        "",
        *_table_md(TASK_COLUMNS),
        "## errors.csv and duplicates.csv",
        "",
        "errors.csv: `file, reason`, one line per file or folder that could not be read.",
        "duplicates.csv: `file, duplicate_of, reason` (same_bytes: identical files, read once;",
        "same_region_year: another report of the same region, year and kind, whose facts are not repeated).",
        "",
    ]
    return "\n".join(lines)


def write_codebook(lex: Lexicon, out: str) -> None:
    path = os.path.join(out, "CODEBOOK.md")
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(codebook(lex))
    os.replace(tmp, path)
