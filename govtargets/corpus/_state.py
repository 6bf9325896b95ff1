"""Resumable state: results streamed to part files under OUT/.corpus/parts, keyed by content hash.

A batch of results is written as parts (facts, tasks, then documents last, each to a temporary name
renamed into place), so a part whose documents file exists is complete, and an interrupted run loses at
most the batch in hand. A rerun asking for the same kinds reads the hashes of the documents files and skips
those files; after an upgrade of govtargets, delete OUT/.corpus to read everything again with the new code.
The driver holds one batch at a time, whatever the size of the corpus.
"""

from __future__ import annotations

import contextlib
import glob
import os
import time
import uuid
from collections.abc import Iterable
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from govtargets.corpus._schema import (
    DOCUMENT_COLUMNS,
    FACT_COLUMNS,
    TASK_COLUMNS,
    Column,
    ipc_to_table,
    schema,
)
from govtargets.corpus._work import FileResult

__all__ = ["CorpusError", "State", "PART_DOC_COLUMNS", "write_parquet"]

# a part's documents carry the error of a file that could not be read
PART_DOC_COLUMNS: tuple[Column, ...] = (
    *DOCUMENT_COLUMNS,
    Column("error", pa.string(), "错误", "why the file could not be read"),
)
_BATCH_FACTS = 20_000
_BATCH_DOCS = 200


class CorpusError(Exception):
    """A corpus run that cannot go on (OUT unwritable, …); str() is one line naming the path and reason."""


def write_parquet(table: pa.Table, path: str) -> None:
    """Write `table` to `path` through a temporary file renamed into place, so readers never see half a
    file. Fixed writer settings, so equal tables give equal bytes."""
    tmp = f"{path}.tmp-{os.getpid()}"
    pq.write_table(
        table.combine_chunks(),
        tmp,
        compression="zstd",
        row_group_size=100_000,
        write_statistics=True,
        use_dictionary=True,
    )
    os.replace(tmp, path)


def _rows_table(rows: list[tuple[Any, ...]], columns: tuple[Column, ...]) -> pa.Table:
    cols = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    return pa.Table.from_arrays(
        [pa.array(list(v), type=c.type) for v, c in zip(cols, columns, strict=True)], schema=schema(columns)
    )


def _concat(tables: list[pa.Table], columns: tuple[Column, ...]) -> pa.Table:
    return pa.concat_tables(tables) if tables else schema(columns).empty_table()


class State:
    """The parts folder of one OUT directory."""

    def __init__(self, out: str, kinds: frozenset[str] = frozenset({"actual", "target", "progress"})) -> None:
        self.out = out
        # one folder of parts per set of kinds: a rerun asking for other kinds reads the files again
        self.dir = os.path.join(out, ".corpus", "parts", "+".join(sorted(kinds)))
        try:
            os.makedirs(self.dir, exist_ok=True)
            probe = os.path.join(self.dir, f".probe-{os.getpid()}")
            with open(probe, "w") as fh:
                fh.write("")
            os.remove(probe)
        except OSError as e:
            raise CorpusError(f"{out}: cannot write ({e.strerror or e.__class__.__name__})") from e
        self._run = f"{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
        self._n = 0
        self._docs: list[tuple[Any, ...]] = []
        self._facts: list[pa.Table] = []
        self._tasks: list[pa.Table] = []
        self._n_facts = 0

    # reading ---------------------------------------------------------------------------------------
    def doc_parts(self) -> list[str]:
        return sorted(glob.glob(os.path.join(self.dir, "*.docs.parquet")))

    def part_files(self, suffix: str) -> list[str]:
        """The complete parts' files of one kind (facts, tasks): those whose documents file exists."""
        out = []
        for d in self.doc_parts():
            f = d[: -len(".docs.parquet")] + f".{suffix}.parquet"
            if os.path.exists(f):
                out.append(f)
        return out

    def _read_part(self, path: str, columns: list[str] | None = None) -> pa.Table | None:
        """A part's table; a part spoilt on disk is set aside (renamed .bad), so its files are read again."""
        try:
            return pq.read_table(path, columns=columns)
        except (pa.ArrowException, OSError):
            with contextlib.suppress(OSError):
                os.replace(path, path + ".bad")
            return None

    def done(self) -> set[str]:
        """Hashes of the files already done (read, or found unreadable) by earlier runs."""
        seen: set[str] = set()
        for p in self.doc_parts():
            t = self._read_part(p, ["sha256"])
            if t is not None:
                seen.update(t.column(0).to_pylist())
        return seen

    def documents(self) -> pa.Table:
        parts = [t for t in map(self._read_part, self.doc_parts()) if t is not None]
        if not parts:
            return _rows_table([], PART_DOC_COLUMNS)
        return pa.concat_tables(parts, promote_options="default")

    # writing ---------------------------------------------------------------------------------------
    def add(self, r: FileResult) -> None:
        if r.document is None:
            row: dict[str, Any] = {c.name: None for c in PART_DOC_COLUMNS}
            row.update(sha256=r.sha256, path=r.path, error=r.error or "cannot read")
            self._docs.append(tuple(row.values()))
        else:
            self._docs.append((*r.document, None))
            if r.facts:
                self._facts.append(ipc_to_table(r.facts))
                self._n_facts += self._facts[-1].num_rows
            if r.tasks:
                self._tasks.append(ipc_to_table(r.tasks))
        if self._n_facts >= _BATCH_FACTS or len(self._docs) >= _BATCH_DOCS:
            self.flush()

    def add_all(self, results: Iterable[FileResult]) -> None:
        for r in results:
            self.add(r)

    def flush(self) -> None:
        if not self._docs:
            return
        base = os.path.join(self.dir, f"{self._run}-{self._n:06d}")
        self._n += 1
        try:
            write_parquet(_concat(self._facts, FACT_COLUMNS), base + ".facts.parquet")
            if self._tasks:
                write_parquet(_concat(self._tasks, TASK_COLUMNS), base + ".tasks.parquet")
            write_parquet(_rows_table(self._docs, PART_DOC_COLUMNS), base + ".docs.parquet")
        except OSError as e:
            raise CorpusError(f"{self.out}: cannot write ({e.strerror or e.__class__.__name__})") from e
        self._docs, self._facts, self._tasks, self._n_facts = [], [], [], 0
