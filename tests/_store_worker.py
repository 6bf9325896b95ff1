"""A process that writes to a store, for tests/test_store_safety.py (crashes and concurrent writers).

    python3 tests/_store_worker.py import URL ITEMS SECONDS
        commits a first plan (青溪县 2023, 10 items, 8 units), prints "first committed", then creates a
        second plan (青溪县 2024) with ITEMS items and 50 new units in one transaction, printing "writing"
        once that transaction has been writing for SECONDS, and "second committed" at the end
    python3 tests/_store_worker.py progress URL ACTOR N ITEM_ID...
        opens the store, prints "ready", waits for a line on stdin, then adds N progress reports, one per
        transaction, going round the items; prints "done START END" (the times it began and ended writing)
    python3 tests/_store_worker.py revise URL ACTOR ITEM_ID...
        opens the store, prints "ready"; then for each item, waits for a line on stdin and revises the item
        from revision 1 (expected_rev=1), printing "won ITEM" or "stale ITEM at-once|after"
    python3 tests/_store_worker.py open URL
        waits for a line on stdin, opens the store and prints the migrations it applied (JSON)

Every line is flushed at once: the test reads them as they come.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from decimal import Decimal

import sqlalchemy as sa

from govtargets.store import ItemDraft, ProgressDraft, StaleEdit, Store


def say(line: str) -> None:
    print(line, flush=True)


def draft(n: int, lead_unit: str) -> ItemDraft:
    return ItemDraft(
        kind="task",
        text=f"第{n}项：完成老旧小区改造{n}个，年内完工",
        name=f"老旧小区改造{n}",
        measure="level",
        target_value=Decimal(n),
        target_unit="个",
        qualifier="at_least",
        deadline="年内",
        lead_units=(lead_unit,),
        co_units=("县财政局",),
    )


def do_import(url: str, items: int, seconds: float) -> None:
    store = Store(url, actor="importer")
    if store.engine.dialect.name == "sqlite":
        # a small page cache makes SQLite spill the open transaction's pages into the WAL file before it
        # commits, so that the kill leaves uncommitted frames there for the next open to ignore
        @sa.event.listens_for(store.engine, "begin")
        def _small_cache(conn: sa.Connection) -> None:
            conn.exec_driver_sql("PRAGMA cache_size=50")

    store.create_plan("青溪县", 2023, "first", [draft(n, f"县住建局{n % 7}") for n in range(10)])
    say("first committed")
    started: list[float] = []

    # "writing" once the second plan's transaction has been writing for `seconds`: counted in time, not in
    # statements, so that it holds however the store batches its inserts
    @sa.event.listens_for(store.engine, "after_cursor_execute")
    def _writing(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if not started:
            if statement.startswith("INSERT INTO plan_items"):
                started.append(time.monotonic())
        elif len(started) == 1 and time.monotonic() - started[0] >= seconds:
            started.append(time.monotonic())
            say("writing")

    store.create_plan("青溪县", 2024, "second", [draft(n, f"第{n % 50}街道办事处") for n in range(items)])
    say("second committed")


def do_progress(url: str, actor: str, n: int, item_ids: list[int]) -> None:
    store = Store(url, actor=actor)
    say("ready")
    sys.stdin.readline()
    start = time.time()
    for i in range(n):
        update = ProgressDraft(
            as_of=date(2024, 6, 30),
            period="2024H1",
            value=Decimal(i),
            narrative=f"{actor}的第{i}次报告",
            unit="县统计局",  # a unit not in the store yet: both writers add it at the same moment
        )
        store.add_progress(item_ids[i % len(item_ids)], update)
    say(f"done {start} {time.time()}")


def do_revise(url: str, actor: str, item_ids: list[int]) -> None:
    store = Store(url, actor=actor)
    say("ready")
    for item_id in item_ids:
        sys.stdin.readline()
        try:
            store.revise_item(item_id, {"note": f"{actor}改的"}, expected_rev=1)
            say(f"won {item_id}")
        except StaleEdit as e:  # refused before writing (saw revision 2), or by the unique (item, rev) key
            say(f"stale {item_id} {'at-once' if 'same moment' in str(e) else 'after'}")


def do_open(url: str) -> None:
    sys.stdin.readline()
    with Store(url) as store:
        say(json.dumps(store.applied))


def main(argv: list[str]) -> None:
    command, url, *rest = argv
    if command == "import":
        do_import(url, int(rest[0]), float(rest[1]))
    elif command == "progress":
        do_progress(url, rest[0], int(rest[1]), [int(x) for x in rest[2:]])
    elif command == "revise":
        do_revise(url, rest[0], [int(x) for x in rest[1:]])
    elif command == "open":
        do_open(url)
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
