"""Engines: where the files are read. `local` is a process pool on this machine; `dask` sends batches of
files to a dask.distributed scheduler (the workers must see the same paths: a shared file system).

Both yield `FileResult`s in whatever order they finish; the outputs are sorted when they are assembled, so
the engine and the number of workers never change a byte of them. Few tasks are in flight at a time, so
neither the driver nor a worker holds more than a few documents.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterator, Sequence
from typing import Any

from govtargets.corpus._work import FileResult, process_batch, process_file
from govtargets.lexicon import load_lexicon

__all__ = ["Item", "run_local", "run_dask", "batches"]

Item = tuple[str, str, int]  # path, sha256, size
_BATCH_BYTES = 4 << 20  # a dask task reads files up to this size together
_BATCH_FILES = 32
_RECYCLE = 500  # a local worker is replaced after this many files (fragmentation stays bounded)


def _warm() -> None:
    """Load the lexicon once, before workers are forked from this process (they start with it)."""
    load_lexicon()


def _one(args: tuple[str, str, int, frozenset[str]]) -> FileResult:
    return process_file(*args)


def run_local(
    items: Sequence[Item], kinds: frozenset[str], workers: int | None = None
) -> Iterator[FileResult]:
    """Results of `items` from a pool of `workers` processes (default: the CPUs this process may use)."""
    if not items:
        return
    n = max(1, workers or len(os.sched_getaffinity(0)))
    _warm()
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    # larger files first: the last file to finish is then a small one
    order = sorted(items, key=lambda it: -it[2])
    with ctx.Pool(n, maxtasksperchild=_RECYCLE) as pool:
        yield from pool.imap_unordered(_one, [(*it, kinds) for it in order], chunksize=1)


def batches(items: Sequence[Item]) -> list[list[Item]]:
    """Files grouped so a task reads up to _BATCH_BYTES (a large file alone)."""
    out: list[list[Item]] = []
    cur: list[Item] = []
    size = 0
    for it in sorted(items, key=lambda it: -it[2]):
        if cur and (size + it[2] > _BATCH_BYTES or len(cur) >= _BATCH_FILES):
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
