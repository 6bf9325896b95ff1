"""A small cache for the heavy parts of pages (the 任务分解表 of 2,000 items, the dashboard's judgements).

Every change to the store writes the audit log, and raises the store's data version, in the same
transaction (Store.version): a cached value is reused only while that version is unchanged, and every
change is seen at once (in every worker: each reads the version from the database, once per request, in the
same query as the logged-in user; see `request_version`). Keys must name whatever the value depends on
besides the data (plan, filters, the user's unit scope, the as-of date).

A missing value is made by one thread while the others asking for the same key wait for it: fifty clients
arriving on a cold or just-changed page cost one judgement of the plan, not fifty.

A heavy page is served by `cached_or_threaded`: first on the event loop, taking only what is cached (the
user and version query aside, no database work, no thread hop: most requests end here); if anything is
missing, again on a worker thread, which makes it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Final, TypeVar

from fastapi import HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import Response

from govtargets.store import Plan, Store

__all__ = [
    "data_version",
    "request_version",
    "FragmentCache",
    "MISSING",
    "cached",
    "cached_or_threaded",
    "all_plans",
    "plan_or_404",
]

T = TypeVar("T")
MISSING: Final = object()


def data_version(store: Store) -> int:
    """The store's data version (Store.version): it grows with every change, in commit order."""
    return store.version()


def request_version(request: Request) -> int:
    """The data version for this request: read once (with the user, by `security.current_user`) and kept
    on the request, so that every cached part of one page is of the same version."""
    version = getattr(request.state, "version", None)
    if version is None:
        version = data_version(request.app.state.store)
        request.state.version = version
    return int(version)


class CacheMiss(Exception):
    """A value a request on the event loop needs is not cached: the request goes to a worker thread."""


def cached(request: Request, key: Hashable, make: Callable[[], T]) -> T:
    """The app's cached value for key at this request's data version, made if missing; on the event loop's
    pass of `cached_or_threaded`, CacheMiss instead of making it."""
    cache: FragmentCache = request.app.state.cache
    version = request_version(request)
    if getattr(request.state, "cached_only", False):
        value = cache.peek(key, version)
        if value is MISSING:
            raise CacheMiss(key)
        return value  # type: ignore[no-any-return]
    return cache.get(key, version, make)


async def cached_or_threaded(request: Request, page: Callable[..., Response], *args: Any) -> Response:
    """page(request, *args) on the event loop if all it takes through `cached` is there, else on a worker
    thread. The page must change nothing before its last `cached` call (a GET page changes nothing)."""
    request.state.cached_only = True
    try:
        return page(request, *args)
    except CacheMiss:
        pass
    finally:
        request.state.cached_only = False
    return await run_in_threadpool(page, request, *args)


def all_plans(request: Request) -> list[Plan]:
    """The store's plans, newest first (by year, then by id), as of this request's data version."""
    store: Store = request.app.state.store

    def make() -> list[Plan]:
        return sorted(store.plans(), key=lambda p: (p.year, p.id), reverse=True)

    return cached(request, ("plans",), make)


def plan_or_404(request: Request, plan_id: int | str) -> Plan:
    """The plan by id; 404 (未找到该任务分解表) if there is none."""
    for plan in all_plans(request):
        if str(plan.id) == str(plan_id):
            return plan
    raise HTTPException(404, "未找到该任务分解表")


class FragmentCache:
    """Values by key, each kept with the data version it was made at; least recently used go first."""

    def __init__(self, size: int = 256) -> None:
        self._items: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()
        self._flights: dict[Hashable, threading.Lock] = {}

    def peek(self, key: Hashable, version: int) -> Any:
        """The value made at this version, or MISSING; never makes one (for the event loop's fast path)."""
        with self._lock:
            hit = self._items.get(key)
            if hit is None or hit[0] != version:
                return MISSING
            self._items.move_to_end(key)
            return hit[1]

    def get(self, key: Hashable, version: int, make: Callable[[], T]) -> T:
        """The value made at this version; made now if missing, by one thread per key at a time."""
        value = self.peek(key, version)
        if value is not MISSING:
            return value  # type: ignore[no-any-return]
        with self._lock:
            flight = self._flights.setdefault(key, threading.Lock())
        try:
            with flight:  # made outside the cache's lock: a slow page does not hold up the others
                value = self.peek(key, version)
                if value is MISSING:
                    value = make()
                    self._put(key, version, value)
        finally:
            with self._lock:
                if not flight.locked():
                    self._flights.pop(key, None)
        return value  # type: ignore[no-any-return]

    def _put(self, key: Hashable, version: int, value: Any) -> None:
        with self._lock:
            self._items[key] = (version, value)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
