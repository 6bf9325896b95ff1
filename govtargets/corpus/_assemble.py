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

from govtargets.corpus._export import write_codebook, write_csv, write_panel
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
from govtargets.corpus._state import State, write_parquet
from govtargets.corpus._walk import Found
from govtargets.lexicon import Lexicon

__all__ = ["assemble"]

_BUCKET_ROWS = 500_000
_ROW_GROUP = 100_000
_PANEL_COLUMNS = [c.name for c in FACT_COLUMNS if c.name != "extra"]


def assemble(
    state: State, found: list[Found], lex: Lexicon, plus: Decimal | None
) -> tuple[pa.Table, list[dict[str, Any]], list[dict[str, Any]]]:
    """Write OUT's tables from the parts, for the files of this walk.

    Returns the documents (a table: one row per path), the errors and the duplicates. The documents stay in
    Arrow; only the few columns that decide duplicates become Python values, so a corpus of tens of
    thousands of files costs the driver little.
    """
    out = state.out
    parts = state.documents()
    sha = parts.column("sha256").to_pylist()
    error = parts.column("error").to_pylist()
    code, region = parts.column("region_code").to_pylist(), parts.column("region").to_pylist()
    year, kind = parts.column("report_year").to_pylist(), parts.column("doc_kind").to_pylist()
    first: dict[str, int] = {}
    for i, h in enumerate(sha):
        first.setdefault(h, i)
    canonical: dict[str, str] = {}
    errors = [{"file": f.path, "reason": f.reason} for f in found if f.reason]
    take: list[int] = []
    paths: list[str] = []
    dup_of: list[str | None] = []
    dups: list[dict[str, Any]] = []
    region_year: dict[tuple[Any, ...], str] = {}
    for f in found:
        i = first.get(f.sha256 or "", -1)
        if i < 0:
            continue
        if error[i]:
            errors.append({"file": f.path, "reason": error[i]})
            continue
        of: str | None = None
        if f.sha256 in canonical:
            of = canonical[f.sha256]
            dups.append({"file": f.path, "duplicate_of": of, "reason": "same_bytes"})
        else:
            canonical[f.sha256 or ""] = f.path
            key = (code[i] or region[i], year[i], kind[i])
            if key[0] and key[1] is not None:
                if key in region_year:
                    of = region_year[key]
                    dups.append({"file": f.path, "duplicate_of": of, "reason": "same_region_year"})
                else:
                    region_year[key] = f.path
        take.append(i)
        paths.append(f.path)
        dup_of.append(of)
    docs = parts.select([c.name for c in DOCUMENT_COLUMNS]).take(pa.array(take, pa.int64()))
    docs = docs.set_column(docs.schema.get_field_index("path"), docs.schema.field("path"), pa.array(paths))
    docs = docs.set_column(
        docs.schema.get_field_index("duplicate_of"),
        docs.schema.field("duplicate_of"),
        pa.array(dup_of, pa.string()),
    )
    docs = docs.cast(schema(DOCUMENT_COLUMNS))
    errors.sort(key=lambda e: e["file"])
    write_parquet(docs, os.path.join(out, "documents.parquet"))
    write_csv(errors, [c.name for c in ERROR_COLUMNS], os.path.join(out, "errors.csv"))
    write_csv(dups, [c.name for c in DUPLICATE_COLUMNS], os.path.join(out, "duplicates.csv"))
    kept = docs.filter(pc.is_null(docs["duplicate_of"])).to_pylist()
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


def _set(t: pa.Table, name: str, values: pa.Array) -> pa.Table:
    i = t.schema.get_field_index(name)
    return t.set_column(i, t.schema.field(i), values)


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
