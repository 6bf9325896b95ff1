"""Engines: where the files are read. `local` is a process pool on this machine; `dask` sends batches of
files to a dask.distributed scheduler (the workers must see the same paths: a shared file system).

The local engine's workers write the parts (OUT/.corpus/parts) themselves, a batch of files a part, and
yield the files done; the dask engine yields `FileResult`s for the driver to write (its workers may not see
OUT). Either finishes in any order; the outputs are sorted when they are assembled, so the engine and the
number of workers never change a byte of them. Few tasks are in flight at a time, so neither the driver nor
a worker holds more than a few documents.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterator, Sequence
from typing import Any

from govtargets.corpus._state import State
from govtargets.corpus._work import FileResult, process_batch, process_file
from govtargets.lexicon import load_lexicon

__all__ = ["Item", "run_local_parts", "run_dask", "batches"]

Item = tuple[str, str, int]  # path, sha256, size
_BATCH_BYTES = 4 << 20  # a dask task reads files up to this size together
_BATCH_FILES = 32
# a local worker writes a part per batch of files: batches of under a second's reading (a worker reads about
# 10 MB/s), so that the last one leaves the others idle briefly, and few parts for the assembly to read (each
# of a part's files costs it about 2 ms)
_LOCAL_BATCH_BYTES = 8 << 20
_LOCAL_BATCH_FILES = 200
_RECYCLE = 500  # a local worker is replaced after this many files (fragmentation stays bounded)


def _warm() -> None:
    """Load the lexicon once, before workers are forked from this process (they start with it)."""
    load_lexicon()


def _into_parts(args: tuple[list[Item], frozenset[str], str]) -> list[tuple[str, int]]:
    """A batch read in a worker and written by it to OUT's parts (the driver then only counts files): the
    path and size of each file of the batch."""
    batch, kinds, out = args
    state = State(out, kinds)
    for path, sha, size in batch:
        state.add(process_file(path, sha, size, kinds))
    state.flush()
    return [(path, size) for path, _sha, size in batch]


def run_local_parts(
    items: Sequence[Item], kinds: frozenset[str], out: str, workers: int | None = None
) -> Iterator[tuple[str, int]]:
    """Read `items` on a pool of `workers` processes (default: the CPUs this process may use), each worker
    writing its batches' parts to OUT itself; yields (path, size) of each file as its batch is done.

    What the driver would do for each file (turn its rows into a table, write the parts) is done by the
    worker that read it: on a machine with as many workers as cores, the driver no longer takes a share of
    a core from them. A part's documents file is written last, so a batch interrupted leaves no part.
    """
    if not items:
        return
    n = max(1, workers or len(os.sched_getaffinity(0)))
    _warm()
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    todo = [(b, kinds, out) for b in batches(items, _LOCAL_BATCH_BYTES, _LOCAL_BATCH_FILES)]
    with ctx.Pool(n, maxtasksperchild=max(1, _RECYCLE // _LOCAL_BATCH_FILES)) as pool:
        for done in pool.imap_unordered(_into_parts, todo, chunksize=1):
            yield from done


def batches(
    items: Sequence[Item], max_bytes: int = _BATCH_BYTES, max_files: int = _BATCH_FILES
) -> list[list[Item]]:
    """Files grouped, larger ones first, so a task reads up to `max_bytes` (a large file alone) and at
    most `max_files` files."""
    out: list[list[Item]] = []
    cur: list[Item] = []
    size = 0
    for it in sorted(items, key=lambda it: -it[2]):
        if cur and (size + it[2] > max_bytes or len(cur) >= max_files):
            out.append(cur)
            cur, size = [], 0
        cur.append(it)
        size += it[2]
    if cur:
        out.append(cur)
    return out


def run_dask(items: Sequence[Item], kinds: frozenset[str], scheduler: Any) -> Iterator[FileResult]:
    """Results of `items` computed on a dask.distributed cluster.

    `scheduler`: the scheduler's address (tcp://host:8786), or a `distributed.Client` or `LocalCluster`.
    """
    from dask.distributed import Client, as_completed

    if not items:
        return
    own = False
    if isinstance(scheduler, Client):
        client = scheduler
    elif hasattr(scheduler, "scheduler_address"):  # a LocalCluster or another cluster object
        client, own = Client(scheduler), True
    else:
        client, own = Client(scheduler), True  # timeout: distributed.comm.timeouts.connect
    try:
        todo = batches(items)
        width = max(2, 2 * len(client.scheduler_info().get("workers", {})))
        pending = as_completed()
        for b in todo[:width]:
            pending.add(client.submit(process_batch, b, kinds, pure=False))
        nxt = width
        for fut in pending:
            results = fut.result()
            fut.release()
            if nxt < len(todo):
                pending.add(client.submit(process_batch, todo[nxt], kinds, pure=False))
                nxt += 1
            yield from results
    finally:
        if own:
            client.close()
