"""A corpus run: walk, skip what is done, read the rest on an engine, then assemble OUT from the parts."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pandas as pd

from govtargets.corpus._assemble import assemble
from govtargets.corpus._engines import Item, run_dask, run_local_parts
from govtargets.corpus._schema import ERROR_COLUMNS
from govtargets.corpus._state import CorpusError, State
from govtargets.corpus._walk import Found, walk
from govtargets.corpus._work import ALL_KINDS, FileResult
from govtargets.lexicon import load_lexicon

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
) -> CorpusRun:
    """Read every report under `paths` into OUT: documents, facts, the panel, errors, the codebook.

    Resumable: files whose content hash an earlier run in `out` has done are not read again. `engine`:
    "local" (a process pool of `workers`) or "dask" (`scheduler`: an address, a Client or a cluster).
    `at_least_plus`: add this to floor targets (以上) in `target_point` (0.05 reproduces a common coding;
    never the default). `progress` is called after each file. Raises CorpusError (one line) where OUT
    cannot be written or the engine fails, ValueError for an unknown kind or engine.
    """
    if isinstance(paths, str):
        paths = [paths]
    wanted = _kinds(kinds)
    plus = Decimal(str(at_least_plus)) if at_least_plus is not None else None
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use local or dask")
    if engine == "dask" and scheduler is None:
        raise ValueError("the dask engine needs a scheduler address (--scheduler tcp://host:8786)")
    state = State(out, wanted)
    own = os.path.realpath(out) + os.sep  # OUT's own files (panel.csv, errors.csv) are no reports
    found = [f for f in walk(paths) if not os.path.realpath(f.path).startswith(own)]
    first: dict[str, Found] = {}
    for f in found:
        if f.sha256 and f.sha256 not in first:
            first[f.sha256] = f
    done = state.done()
    todo: list[Item] = [(f.path, h, f.size) for h, f in first.items() if h not in done]
    skipped = sum(1 for f in found if f.sha256) - len(todo)
    total = sum(it[2] for it in todo)
    # the local engine's workers write the parts themselves; a dask cluster's results come back to be written
    done_files: Iterable[tuple[str, int]]
    if engine == "local":
        done_files = run_local_parts(todo, wanted, out, workers)
    else:
        done_files = _written(run_dask(todo, wanted, scheduler), state, {it[0]: it[2] for it in todo})
    n = nbytes = 0
    if progress:
        progress(Progress(0, len(todo), 0, total, None, skipped))
    try:
        for path, size in done_files:
            n += 1
            nbytes += size
            if progress:
                progress(Progress(n, len(todo), nbytes, total, path, skipped))
    except CorpusError:  # OUT cannot be written
        raise
    except KeyboardInterrupt:  # keep what is done: a rerun resumes from it
        state.flush()
        raise
    except Exception as e:  # an engine that fails (a lost scheduler, a killed worker) is one line
        state.flush()
        raise CorpusError(f"engine {engine} failed ({e.__class__.__name__}: {e}); rerun to resume") from e
    state.flush()
    docs, errors, dups = assemble(state, found, load_lexicon(), plus)
    return CorpusRun(
        out=out,
        panel=load_panel(out),
        documents=docs.to_pandas(),
        errors=pd.DataFrame(errors, columns=[c.name for c in ERROR_COLUMNS]),
        read=n,
        skipped=skipped,
        duplicates=len(dups),
        failed=len(errors),
    )


def _written(results: Iterable[FileResult], state: State, sizes: dict[str, int]) -> Iterator[tuple[str, int]]:
    """Each result added to the parts, then its path and size."""
    for r in results:
        state.add(r)
        yield r.path, sizes.get(r.path, 0)


def load_panel(path: str) -> pd.DataFrame:
    """The panel as a DataFrame, from an OUT folder or a panel.parquet / .csv / .dta file."""
    if os.path.isdir(path):
        path = os.path.join(path, "panel.parquet")
    if path.endswith(".dta"):
        return pd.read_stata(path)
    if path.endswith(".csv"):
        return pd.read_csv(path, dtype={"region_code": str, "parent_code": str})
    return pd.read_parquet(path)
