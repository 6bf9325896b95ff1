"""The web application's fragment cache: values by data version, least recently used dropped, and one
maker per missing key while the other threads asking for it wait."""

from __future__ import annotations

import threading
import time

import pytest

from govtargets.web.cache import MISSING, FragmentCache


def test_a_value_is_reused_only_at_its_version():
    cache = FragmentCache()
    made = []
    assert cache.get("k", 1, lambda: made.append(1) or "a") == "a"
    assert cache.get("k", 1, lambda: made.append(1) or "b") == "a"
    assert cache.peek("k", 2) is MISSING
    assert cache.get("k", 2, lambda: made.append(1) or "c") == "c"
    assert len(made) == 2 and cache.peek("k", 2) == "c"


def test_the_least_recently_used_go_first():
    cache = FragmentCache(size=2)
    cache.get("a", 1, lambda: 1)
    cache.get("b", 1, lambda: 2)
    cache.peek("a", 1)  # a is used again: b is now the oldest
    cache.get("c", 1, lambda: 3)
    assert cache.peek("b", 1) is MISSING and cache.peek("a", 1) == 1 and cache.peek("c", 1) == 3


def test_fifty_threads_on_a_missing_value_make_it_once():
    cache = FragmentCache()
    made = []
    start = threading.Barrier(50)
    got = []

    def make() -> str:
        made.append(threading.get_ident())
        time.sleep(0.05)  # a slow judgement: the others arrive while it runs
        return "judged"

    def ask() -> None:
        start.wait()
        got.append(cache.get(("plan-data", 1), 7, make))

    threads = [threading.Thread(target=ask) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(made) == 1 and got == ["judged"] * 50


def test_a_failed_make_leaves_nothing_and_the_next_caller_tries_again():
    cache = FragmentCache()

    def fail() -> str:
        raise ValueError("database gone")

    with pytest.raises(ValueError):
        cache.get("k", 1, fail)
    assert cache.peek("k", 1) is MISSING
    assert cache.get("k", 1, lambda: "ok") == "ok"
