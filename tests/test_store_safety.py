"""The store under a crash and under concurrent writers, on SQLite and PostgreSQL.

The writers are other processes (tests/_store_worker.py), started together and released at the same moment
by a line on their standard input.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from govtargets.store import MIGRATIONS, ItemDraft, Store

WORKER = Path(__file__).with_name("_store_worker.py")
TIMEOUT = 60  # seconds to wait for a line from a worker before calling it stuck


class Worker:
    """A tests/_store_worker.py process whose output lines are read as they come."""

    def __init__(self, *args: object) -> None:
        # the worker runs this tree's code (the one under test), not an installed copy of the package
        repo = str(WORKER.parent.parent)
        path = os.pathsep.join(p for p in (repo, os.environ.get("PYTHONPATH", "")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), *map(str, args)],
            env=dict(os.environ, PYTHONPATH=path),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.stderr = ""
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def line(self) -> str:
        try:
            got = self.lines.get(timeout=TIMEOUT)
        except queue.Empty:
            self.kill()
            raise AssertionError(f"worker {self.proc.args[2:4]} said nothing for {TIMEOUT} s") from None
        if got is None:
            self.proc.wait(TIMEOUT)
            assert self.proc.stderr
            raise AssertionError(
                f"worker ended (exit status {self.proc.returncode}): {self.proc.stderr.read()}"
            )
        return got

    def go(self) -> None:
        assert self.proc.stdin
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(TIMEOUT)

    def finish(self) -> None:
        assert self.proc.wait(TIMEOUT) == 0
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream:
                stream.close()


@pytest.fixture
def workers():
    started: list[Worker] = []

    def start(*args: object) -> Worker:
        started.append(Worker(*args))
        return started[-1]

    yield start
    for w in started:  # a failed test leaves no process behind
        if w.proc.poll() is None:
            w.kill()


def count(conn: sa.Connection, sql: str) -> int:
    return conn.execute(sa.text(sql)).scalar_one()


def sqlite_path(url: str) -> Path | None:
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def sqlite_checks(url: str) -> tuple[list, list]:
    """SQLite's own verdict on a database file: PRAGMA integrity_check and foreign_key_check."""
    with closing(sqlite3.connect(sqlite_path(url))) as db:
        return db.execute("PRAGMA integrity_check").fetchall(), db.execute(
            "PRAGMA foreign_key_check"
        ).fetchall()


# a crash in the middle of an import

ORPHANS = [
    "SELECT count(*) FROM plan_items WHERE plan_id NOT IN (SELECT id FROM plans)",
    "SELECT count(*) FROM plan_item_revisions WHERE item_id NOT IN (SELECT id FROM plan_items)",
    "SELECT count(*) FROM item_units WHERE revision_id NOT IN (SELECT id FROM plan_item_revisions)",
]


def test_sigkill_in_the_middle_of_an_import_leaves_the_committed_plan_and_nothing_else(store_url, workers):
    importer = workers("import", store_url, 20_000, 0.3)
    assert importer.line() == "first committed"
    wal = sqlite_path(store_url + "-wal") if sqlite_path(store_url) else None
    wal_committed = wal.stat().st_size if wal else 0
    assert importer.line() == "writing", "the import ended before it could be killed: give it more items"
    os.kill(importer.proc.pid, signal.SIGKILL)
    assert importer.proc.wait(TIMEOUT) == -signal.SIGKILL
    if wal:  # the open transaction had written pages: the crash left them behind, uncommitted
        assert wal.stat().st_size > wal_committed
        assert sqlite_checks(store_url) == ([("ok",)], [])

    with Store(store_url) as store:
        assert store.applied == []
        (plan,) = store.plans()
        assert (plan.year, plan.title) == (2023, "first")
        items = store.items(plan.id)
        assert [(i.seq, i.name, i.rev, i.lead_units) for i in items] == [
            (n + 1, f"老旧小区改造{n}", 1, (f"县住建局{n % 7}",)) for n in range(10)
        ]
        with store.engine.connect() as conn:
            assert count(conn, "SELECT count(*) FROM plan_items") == 10
            assert count(conn, "SELECT count(*) FROM plan_item_revisions") == 10
            assert count(conn, "SELECT count(*) FROM item_units") == 20
            assert count(conn, "SELECT count(*) FROM units") == 8
            for sql in ORPHANS:
                assert count(conn, sql) == 0, sql
        assert [(e.action, e.entity_id) for e in store.audit_log()] == [
            ("create", plan.id),
            ("add_items", plan.id),
        ]
        # the plan the crash lost can be made again
        again = store.create_plan("青溪县", 2024, "second", [ItemDraft(kind="task", text="重来")])
        assert [i.text for i in store.items(again)] == ["重来"]

    if wal:
        assert sqlite_checks(store_url) == ([("ok",)], [])


# concurrent writers


def a_plan(url: str, n_items: int) -> list[int]:
    drafts = [ItemDraft(kind="task", text=f"第{n}项任务", lead_units=("县发改委",)) for n in range(n_items)]
    with Store(url) as store:
        return [i.id for i in store.items(store.create_plan("青溪县", 2024, "任务分解表", drafts))]


def test_concurrent_progress_writers_lose_nothing(store_url, workers):
    n = 100
    item_ids = a_plan(store_url, 5)
    writers = [workers("progress", store_url, actor, n, *item_ids) for actor in ("甲", "乙")]
    assert [w.line() for w in writers] == ["ready", "ready"]
    for w in writers:
        w.go()
    spans = []
    for w in writers:
        done, start, end = w.line().split()
        assert done == "done"
        spans.append((float(start), float(end)))
    for w in writers:
        w.finish()

    with Store(store_url) as store:
        plan_id = store.plans()[0].id
        reports = [p for ps in store.progress(plan_id, include_superseded=True).values() for p in ps]
        assert len(reports) == 2 * n
        assert sorted(p.narrative for p in reports) == sorted(
            f"{a}的第{i}次报告" for a in ("甲", "乙") for i in range(n)
        )
        assert all(p.unit == "县统计局" for p in reports)
        by_id = {p.id: p for p in reports}
        entries = store.audit_log(entity="progress")
        assert sorted(e.entity_id for e in entries) == sorted(by_id)
        assert all(e.actor == by_id[e.entity_id].reported_by for e in entries)
        with store.engine.connect() as conn:
            assert count(conn, "SELECT count(*) FROM units WHERE name = '县统计局'") == 1
    # both were writing at the same time (on SQLite one may wait for the other's every transaction: a writer
    # that commits and begins again at once keeps the lock, so their reports need not interleave)
    (start_a, end_a), (start_b, end_b) = spans
    assert start_a < end_b and start_b < end_a, "the writers did not overlap, so this test tested nothing"


def test_two_revisions_from_the_same_revision_one_wins_one_is_stale(store_url, workers):
    item_ids = a_plan(store_url, 8)
    editors = {actor: workers("revise", store_url, actor, *item_ids) for actor in ("甲", "乙")}
    assert [w.line() for w in editors.values()] == ["ready", "ready"]
    winners = {}
    for item_id in item_ids:
        for w in editors.values():
            w.go()
        outcomes = {actor: w.line() for actor, w in editors.items()}
        assert sorted(o.split()[0] for o in outcomes.values()) == ["stale", "won"], outcomes
        winners[item_id] = next(a for a, o in outcomes.items() if o == f"won {item_id}")
    for w in editors.values():
        w.finish()

    with Store(store_url) as store:
        for item_id, winner in winners.items():
            history = store.item_history(item_id)
            assert [(h.rev, h.note) for h in history] == [(1, None), (2, f"{winner}改的")]
            assert history[1].created_by == winner
            assert [(e.actor, e.new_value) for e in store.audit_log(entity="item", entity_id=item_id)] == [
                (winner, {"note": f"{winner}改的"})
            ]


def test_processes_opening_a_new_database_at_once_migrate_it_once(store_url, workers):
    openers = [workers("open", store_url) for _ in range(3)]
    for w in openers:
        w.go()
    applied = sorted(json.loads(w.line()) for w in openers)
    for w in openers:
        w.finish()
    assert applied == [[], [], [name for name, _ in MIGRATIONS]]
