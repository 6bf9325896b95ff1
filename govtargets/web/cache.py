"""A small cache for the heavy parts of pages (the 任务分解表 of 2,000 items, the dashboard's judgements).

Every change to the store writes the audit log in the same transaction, so the audit log's largest id is a
version of the whole database: a cached value is reused only while that version is unchanged, and every
change is seen at once (in every worker: each reads the version from the database). Keys must name whatever
the value depends on besides the data (plan, filters, the user's unit scope, the as-of date).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import sqlalchemy as sa

from govtargets.store import Store

__all__ = ["data_version", "FragmentCache"]

T = TypeVar("T")


def data_version(store: Store) -> int:
    """The audit log's largest id: it grows with every change to the store."""
    a = store.t["audit_log"]
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.max(a.c.id))).scalar() or 0)


class FragmentCache:
    """Values by key, each kept with the data version it was made at; least recently used go first."""

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: Hashable, version: int, make: Callable[[], T]) -> T:
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == version:
                self._items.move_to_end(key)
                return hit[1]  # type: ignore[no-any-return]
        value = make()  # made outside the lock: a slow page does not hold up the others
        with self._lock:
            self._items[key] = (version, value)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value
