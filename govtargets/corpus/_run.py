"""A corpus run: walk, skip what is done, read the rest on an engine, then assemble OUT from the parts."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from govtargets.corpus._engines import Item, run_dask, run_local
from govtargets.corpus._export import write_codebook, write_csv, write_panel, write_rows_parquet
from govtargets.corpus._panel import build_panel
from govtargets.corpus._schema import (
    DOCUMENT_COLUMNS,
    DUPLICATE_COLUMNS,
    ERROR_COLUMNS,
    FACT_COLUMNS,
    TASK_COLUMNS,
)
from govtargets.corpus._state import CorpusError, State, write_parquet
from govtargets.corpus._walk import Found, walk
from govtargets.corpus._work import ALL_KINDS, FileResult
from govtargets.lexicon import Lexicon, load_lexicon

__all__ = ["Progress", "CorpusRun", "run", "load_panel", "DEFAULT_KINDS"]

DEFAULT_KINDS = ("actual", "target", "progress")


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a run stands, for a progress bar: files and bytes done of those to read this time."""

    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    path: str | None
    skipped: int  # files done by an earlier run (or copies of another file), not read again


@dataclass(frozen=True)
class CorpusRun:
    """What a run did, and the panel it made (a DataFrame; `facts()` loads facts.parquet on demand)."""

    out: str
    panel: pd.DataFrame
    documents: pd.DataFrame
    errors: pd.DataFrame
    read: int  # files read in this run
    skipped: int  # files done before (resumed)
    duplicates: int
    failed: int

    def facts(self) -> pd.DataFrame:
        return pd.read_parquet(os.path.join(self.out, "facts.parquet"))


def _kinds(kinds: Iterable[str] | str | None) -> frozenset[str]:
    if kinds is None:
        return frozenset(DEFAULT_KINDS)
    if isinstance(kinds, str):
        kinds = kinds.split(",")
    ks = frozenset(k.strip() for k in kinds if k.strip())
    unknown = ks - ALL_KINDS
    if unknown or not ks:
        raise ValueError(
            f"unknown kind(s) {', '.join(sorted(unknown)) or '(none)'}: use actual,target,progress,task"
        )
    return ks


def run(
    paths: Sequence[str] | str,
    out: str,
    *,
    kinds: Iterable[str] | str | None = None,
    engine: str = "local",
    workers: int | None = None,
    scheduler: Any = None,
    at_least_plus: Decimal | float | str | None = None,
    progress: Callable[[Progress], None] | None = None,
    lexicon: Lexicon | None = None,
) -> CorpusRun:
    """Read every report under `paths` into OUT: documents, facts, the panel, errors, the codebook.

    Resumable: files whose content hash an earlier run in `out` has done are not read again. `engine`:
    "local" (a process pool of `workers`) or "dask" (`scheduler`: an address, a Client or a cluster).
    `at_least_plus`: add this to floor targets (以上) in `target_point` (0.05 reproduces a common coding;
    never the default). Raises CorpusError (one line) where OUT cannot be written or the engine fails.
    """
    if isinstance(paths, str):
        paths = [paths]
    wanted = _kinds(kinds)
    plus = Decimal(str(at_least_plus)) if at_least_plus is not None else None
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use local or dask")
    if engine == "dask" and scheduler is None:
        raise ValueError("the dask engine needs a scheduler address (--scheduler tcp://host:8786)")
    state = State(out)
    found = list(walk(paths))
    first: dict[str, Found] = {}
    for f in found:
        if f.sha256 and f.sha256 not in first:
            first[f.sha256] = f
    done = state.done()
    todo: list[Item] = [(f.path, h, f.size) for h, f in first.items() if h not in done]
    skipped = sum(1 for f in found if f.sha256) - len(todo)
    total = sum(it[2] for it in todo)
    results: Iterable[FileResult]
    results = run_local(todo, wanted, workers) if engine == "local" else run_dask(todo, wanted, scheduler)
    n = nbytes = 0
    sizes = {it[0]: it[2] for it in todo}
    if progress:
        progress(Progress(0, len(todo), 0, total, None, skipped))
    try:
        for r in results:
            state.add(r)
            n += 1
            nbytes += sizes.get(r.path, 0)
            if progress:
                progress(Progress(n, len(todo), nbytes, total, r.path, skipped))
    except CorpusError:  # OUT cannot be written
        raise
    except Exception as e:  # an engine that fails (a lost scheduler, a killed worker) is one line
        state.flush()
        raise CorpusError(f"engine {engine} failed ({e.__class__.__name__}: {e}); rerun to resume") from e
    state.flush()
    lex = lexicon or load_lexicon()
    docs, errors, dups = assemble(state, found, lex, plus)
    return CorpusRun(
        out=out,
        panel=load_panel(out),
        documents=pd.DataFrame(docs, columns=[c.name for c in DOCUMENT_COLUMNS]),
        errors=pd.DataFrame(errors, columns=[c.name for c in ERROR_COLUMNS]),
        read=n,
        skipped=skipped,
        duplicates=len(dups),
        failed=len(errors),
    )


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
    kept = {d["sha256"]: d["path"] for d in docs if not d["duplicate_of"]}
    write_rows_parquet(docs, DOCUMENT_COLUMNS, os.path.join(out, "documents.parquet"))
    write_csv(errors, [c.name for c in ERROR_COLUMNS], os.path.join(out, "errors.csv"))
    write_csv(dups, [c.name for c in DUPLICATE_COLUMNS], os.path.join(out, "duplicates.csv"))
    facts = _gather(state.part_files("facts"), kept, FACT_COLUMNS)
    write_parquet(facts, os.path.join(out, "facts.parquet"))
    tasks = _gather(state.part_files("tasks"), kept, TASK_COLUMNS)
    tasks_path = os.path.join(out, "tasks.parquet")
    if tasks.num_rows:
        write_parquet(tasks, tasks_path)
    elif os.path.exists(tasks_path):
        os.remove(tasks_path)
    wanted = pc.and_(pc.is_in(facts["kind"], pa.array(["target", "actual"])), pc.is_valid(facts["metric"]))
    panel = build_panel(
        facts.filter(wanted).to_pylist(), [d for d in docs if not d["duplicate_of"]], lex, at_least_plus=plus
    )
    write_panel(panel, out)
    write_codebook(lex, out)
    return docs, errors, dups


def _gather(files: list[str], kept: dict[str, str], columns: Any) -> pa.Table:
    """The rows of the kept documents from part files, paths made canonical, sorted by path then order."""
    from govtargets.corpus._schema import schema

    keys = pa.array(list(kept), pa.string())
    paths = pa.array(list(kept.values()), pa.string())
    tables = []
    for f in files:
        t = pq.read_table(f)
        t = t.filter(pc.is_in(t["doc_sha256"], keys))
        if t.num_rows:
            idx = pc.index_in(t["doc_sha256"], keys)
            t = t.set_column(t.schema.get_field_index("doc"), t.schema.field("doc"), paths.take(idx))
            tables.append(t)
    if not tables:
        return schema(columns).empty_table()
    t = pa.concat_tables(tables)
    # a file redone after an interrupted run may sit in two parts: keep one copy of each row
    t = t.sort_by([("doc", "ascending"), ("seq", "ascending")])
    return _unique_rows(t)


def _unique_rows(t: pa.Table) -> pa.Table:
    """Drop rows whose (doc_sha256, seq) repeats the previous row's (parts written twice for one file)."""
    if t.num_rows < 2:
        return t
    sha, seq = t["doc_sha256"].combine_chunks(), t["seq"].combine_chunks()
    same = pc.and_(pc.equal(sha[1:], sha[:-1]), pc.equal(seq[1:], seq[:-1]))
    keep = pa.concat_arrays([pa.array([True]), pc.invert(same)])
    return t.filter(keep)


def load_panel(path: str) -> pd.DataFrame:
    """The panel as a DataFrame, from an OUT folder or a panel.parquet / .csv / .dta file."""
    if os.path.isdir(path):
        path = os.path.join(path, "panel.parquet")
    if path.endswith(".dta"):
        return pd.read_stata(path)
    if path.endswith(".csv"):
        return pd.read_csv(path, dtype={"region_code": str, "parent_code": str})
    return pd.read_parquet(path)
