"""Assembling OUT from the parts: documents, errors, duplicates, facts, tasks, the panel and the codebook.

Facts are written in document-path order in buckets of at most _BUCKET_ROWS rows (each bucket a contiguous
range of documents, read from the parts and sorted), so the driver never holds the facts of the whole corpus;
the panel reads back only the annual targets and actuals it needs.
"""

from __future__ import annotations

import os
from decimal import Decimal
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from govtargets.corpus._export import write_codebook, write_csv, write_panel, write_rows_parquet
from govtargets.corpus._panel import build_panel
from govtargets.corpus._schema import (
    DOCUMENT_COLUMNS,
    DUPLICATE_COLUMNS,
    ERROR_COLUMNS,
    FACT_COLUMNS,
    TASK_COLUMNS,
    Column,
    schema,
)
from govtargets.corpus._state import State
from govtargets.corpus._walk import Found
from govtargets.lexicon import Lexicon

__all__ = ["assemble"]

_BUCKET_ROWS = 500_000
_ROW_GROUP = 100_000
_PANEL_COLUMNS = [c.name for c in FACT_COLUMNS if c.name != "extra"]


def assemble(
    state: State, found: list[Found], lex: Lexicon, plus: Decimal | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Write OUT's tables from the parts, for the files of this walk.

    Returns the rows of documents, errors and duplicates."""
    out = state.out
    parts = state.documents().to_pylist()
    by_sha: dict[str, dict[str, Any]] = {}
    for p in parts:
        by_sha.setdefault(p["sha256"], p)
    canonical: dict[str, str] = {}
    errors = [{"file": f.path, "reason": f.reason} for f in found if f.reason]
    docs: list[dict[str, Any]] = []
    dups: list[dict[str, Any]] = []
    region_year: dict[tuple[Any, ...], str] = {}
    for f in found:
        if not f.sha256 or f.sha256 not in by_sha:
            continue
        part = by_sha[f.sha256]
        if part["error"]:
            errors.append({"file": f.path, "reason": part["error"]})
            continue
        row = {c.name: part[c.name] for c in DOCUMENT_COLUMNS}
        row["path"] = f.path
        if f.sha256 in canonical:
            row["duplicate_of"] = canonical[f.sha256]
            dups.append({"file": f.path, "duplicate_of": canonical[f.sha256], "reason": "same_bytes"})
        else:
            canonical[f.sha256] = f.path
            key = (row["region_code"] or row["region"], row["report_year"], row["doc_kind"])
            if key[0] and key[1] is not None:
                if key in region_year:
                    row["duplicate_of"] = region_year[key]
                    dups.append(
                        {"file": f.path, "duplicate_of": region_year[key], "reason": "same_region_year"}
                    )
                else:
                    region_year[key] = f.path
        docs.append(row)
    errors.sort(key=lambda e: e["file"])
    write_rows_parquet(docs, DOCUMENT_COLUMNS, os.path.join(out, "documents.parquet"))
    write_csv(errors, [c.name for c in ERROR_COLUMNS], os.path.join(out, "errors.csv"))
    write_csv(dups, [c.name for c in DUPLICATE_COLUMNS], os.path.join(out, "duplicates.csv"))
    kept = [d for d in docs if not d["duplicate_of"]]
    facts_path = os.path.join(out, "facts.parquet")
    _write_sorted(state.part_files("facts"), kept, "n_facts", FACT_COLUMNS, facts_path)
    tasks_path = os.path.join(out, "tasks.parquet")
    wrote = _write_sorted(state.part_files("tasks"), kept, "n_tasks", TASK_COLUMNS, tasks_path, empty=False)
    if not wrote and os.path.exists(tasks_path):
        os.remove(tasks_path)
    wanted = [("kind", "in", ["target", "actual"]), ("metric", "!=", "")]
    rows = pq.read_table(facts_path, columns=_PANEL_COLUMNS, filters=wanted).to_pylist()
    panel = build_panel(rows, kept, lex, at_least_plus=plus)
    write_panel(panel, out)
    write_codebook(lex, out)
    return docs, errors, dups


def _buckets(kept: list[dict[str, Any]], count: str) -> list[list[dict[str, Any]]]:
    """The kept documents in path order, cut into runs of at most _BUCKET_ROWS rows (a larger document
    alone)."""
    out: list[list[dict[str, Any]]] = []
    cur: list[dict[str, Any]] = []
    rows = 0
    for d in sorted(kept, key=lambda d: d["path"]):
        n = d[count] or 0
        if cur and rows + n > _BUCKET_ROWS:
            out.append(cur)
            cur, rows = [], 0
        cur.append(d)
        rows += n
    if cur:
        out.append(cur)
    return out


def _write_sorted(
    files: list[str],
    kept: list[dict[str, Any]],
    count: str,
    columns: tuple[Column, ...],
    path: str,
    *,
    empty: bool = True,
) -> int:
    """Write the rows of the kept documents, sorted by path then their order, bucket by bucket; returns
    the rows written. With empty=False nothing is written when there is no row."""
    total = 0
    tmp = f"{path}.tmp-{os.getpid()}"
    writer: pq.ParquetWriter | None = None
    try:
        for bucket in _buckets(kept, count) if files else []:
            t = _bucket_rows(files, bucket, columns)
            if not t.num_rows:
                continue
            if writer is None:
                writer = _writer(tmp, columns)
            writer.write_table(t, row_group_size=_ROW_GROUP)
            total += t.num_rows
        if writer is None:
            if not empty:
                return 0
            writer = _writer(tmp, columns)
            writer.write_table(schema(columns).empty_table())
        writer.close()
        writer = None
        os.replace(tmp, path)
    finally:
        if writer is not None:
            writer.close()
        if os.path.exists(tmp):
            os.remove(tmp)
    return total


def _writer(path: str, columns: tuple[Column, ...]) -> pq.ParquetWriter:
    # the settings of _state.write_parquet: equal rows give equal bytes
    return pq.ParquetWriter(
        path, schema(columns), compression="zstd", write_statistics=True, use_dictionary=True
    )


def _bucket_rows(files: list[str], bucket: list[dict[str, Any]], columns: tuple[Column, ...]) -> pa.Table:
    keys = pa.array([d["sha256"] for d in bucket], pa.string())
    paths = pa.array([d["path"] for d in bucket], pa.string())
    tables = []
    for f in files:
        t = pq.read_table(f, filters=pc.is_in(pc.field("doc_sha256"), keys))
        if t.num_rows:
            idx = pc.index_in(t["doc_sha256"], keys)
            t = t.set_column(t.schema.get_field_index("doc"), t.schema.field("doc"), paths.take(idx))
            tables.append(t)
    if not tables:
        return schema(columns).empty_table()
    t = pa.concat_tables(tables).sort_by([("doc", "ascending"), ("seq", "ascending")])
    return _unique_rows(t).combine_chunks()


def _unique_rows(t: pa.Table) -> pa.Table:
    """Drop rows whose (doc_sha256, seq) repeats the previous row's (a file redone after an interrupted run
    may sit in two parts)."""
    if t.num_rows < 2:
        return t
    sha, seq = t["doc_sha256"].combine_chunks(), t["seq"].combine_chunks()
    same = pc.and_(pc.equal(sha[1:], sha[:-1]), pc.equal(seq[1:], seq[:-1]))
    keep = pa.concat_arrays([pa.array([True]), pc.invert(same)])
    return t.filter(keep)
