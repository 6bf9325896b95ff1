"""The store's base: errors, the database URL, the engine (SQLite or PostgreSQL), transactions, the data
version, the audit log and judgement runs. The other parts of the store (documents, plans, progress) are
mixins on this base; `govtargets.store._store.Store` puts them together.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Self

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from govtargets.bounds import stored
from govtargets.store._migrations import migrate
from govtargets.store._records import AuditEntry

__all__ = ["StoreBase", "StoreError", "StaleEdit", "default_url", "missing_database"]


class StoreError(Exception):
    """A request the store refuses: the message is one line for the user."""


class StaleEdit(StoreError):
    """An edit made on a revision that is no longer the latest."""


def default_url() -> str:
    """$GOVTARGETS_DB, or govtargets.db in the working directory."""
    return os.environ.get("GOVTARGETS_DB") or "sqlite:///govtargets.db"


def missing_database(url: str | None) -> str | None:
    """The file an SQLite URL (or bare path) names, if it does not exist: a command that only reads or
    changes what is there should say so, not create an empty database under a mistyped name."""
    full = _url(url or default_url())
    if not full.startswith("sqlite:///"):
        return None
    path = full[len("sqlite:///") :].split("?", 1)[0]
    return None if not path or path == ":memory:" or os.path.exists(path) else path


def _url(url: str) -> str:
    if "://" not in url:  # a bare path is an SQLite file
        return f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _dec(v: Any) -> str | None:
    return None if v is None else str(v)


def _undec(v: Any) -> Decimal | None:
    """A stored decimal; None for one no arithmetic can use (an older version let in NaN, 1E+999999)."""
    return stored(v)


def _now() -> datetime:
    return datetime.now(UTC)


def _chunks(ids: Sequence[int], size: int = 900) -> Iterator[Sequence[int]]:
    """Ids in parts small enough for an IN list (SQLite allows 999 parameters in older builds)."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _jsonable(d: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in d.items():
        if isinstance(v, Decimal):
            v = str(v)
        elif isinstance(v, date | datetime):
            v = v.isoformat()
        elif isinstance(v, tuple):
            v = list(v)
        out[k] = v
    return out


class _UTCDateTime(sa.TypeDecorator[datetime]):
    """SQLite keeps no time zone: a time goes in as UTC and comes out as an aware UTC time, as PostgreSQL's
    timestamptz does, so that since/until given in any zone (or naive, taken as UTC) compare right."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return value.replace(tzinfo=UTC) if isinstance(value, datetime) and value.tzinfo is None else value


class StoreBase:
    """One database: the engine, the tables, transactions, the data version and the audit log."""

    def __init__(self, url: str | None = None, *, actor: str = "system") -> None:
        self.url = _url(url or default_url())
        self.actor = actor
        self.engine = self._engine(self.url)
        self.applied = migrate(self.engine)
        md = sa.MetaData()
        md.reflect(self.engine)
        if self.engine.dialect.name == "sqlite":
            for column in (c for t in md.tables.values() for c in t.columns):
                if isinstance(column.type, sa.DateTime):
                    column.type = _UTCDateTime()
        self.t = md.tables
        self._statements: dict[str, Any] = {}
        self._audited: weakref.WeakSet[Any] = weakref.WeakSet()  # transactions that wrote the audit log

    def statement(self, name: str, build: Callable[[], Any]) -> Any:
        """A statement built once per store and reused (with bind parameters): for the queries run on every
        web request, where building and compiling the statement costs more than running it."""
        stmt = self._statements.get(name)
        if stmt is None:
            stmt = self._statements[name] = build()
        return stmt

    @staticmethod
    def _engine(url: str) -> sa.Engine:
        if url.startswith("sqlite"):
            engine = sa.create_engine(url, connect_args={"timeout": 60})

            @sa.event.listens_for(engine, "connect")
            def _connect(dbapi_conn: Any, _record: Any) -> None:
                dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA busy_timeout=60000")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.close()

            @sa.event.listens_for(engine, "begin")
            def _begin(conn: Connection) -> None:
                # a writer takes the write lock at once, so two writers queue instead of failing midway;
                # a reader reads a snapshot (WAL) and never waits
                write = conn.get_execution_options().get("govtargets_write", False)
                conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

            return engine
        return sa.create_engine(url, pool_pre_ping=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: everything in it lands, or nothing does. One that wrote the audit log raises the
        data version as its last step (see `version` and migration 0004_data_version)."""
        with self.engine.connect() as conn:
            conn.execution_options(govtargets_write=True)
            with conn.begin() as tx:
                yield conn
                if tx in self._audited:
                    dv = self.t["data_version"]
                    conn.execute(dv.update().where(dv.c.id == 1).values(version=dv.c.version + 1))

    def version(self) -> int:
        """The data version: it grows with every change to the store (every transaction that writes the
        audit log), in the order the changes were committed; a cache of anything read from the store is
        good while it is unchanged."""
        dv = self.t["data_version"]
        stmt = self.statement("version", lambda: sa.select(dv.c.version).where(dv.c.id == 1))
        with self.engine.connect() as conn:
            return int(conn.execute(stmt).scalar() or 0)

    def _audit(
        self,
        conn: Connection,
        action: str,
        entity: str,
        entity_id: int | None,
        old: Any = None,
        new: Any = None,
        actor: str | None = None,
    ) -> None:
        tx = conn.get_transaction()
        if tx is not None:
            self._audited.add(tx)
        conn.execute(
            self.t["audit_log"]
            .insert()
            .values(
                at=_now(),
                actor=actor or self.actor,
                action=action,
                entity=entity,
                entity_id=entity_id,
                old_value=old,
                new_value=new,
            )
        )

    def _unit_ids(self, conn: Connection, names: Iterable[str]) -> dict[str, int]:
        """Each name's unit id: the unit directory resolves names (store/_directory.py)."""
        raise NotImplementedError

    def _unit_names(self, conn: Connection) -> dict[int, str]:
        """Every unit id (aliases and merged units too) → the name of the directory unit it is: one small
        query, so that reading thousands of links or reports needs no join."""
        un = self.t["units"]
        stmt = self.statement("unit_names", lambda: sa.select(un.c.id, un.c.name, un.c.merged_into_id))
        rows = conn.execute(stmt).all()
        names = {r.id: r.name for r in rows}
        return {r.id: names.get(r.merged_into_id, r.name) for r in rows}

    # judgements

    def save_judgements(
        self,
        plan_id: int,
        as_of: date,
        rules: dict[str, Any],
        rows: Sequence[dict[str, Any]],
        *,
        actor: str | None = None,
    ) -> int:
        """One evaluation run and its judgements (status, light, figures, basis) per item."""
        with self.transaction() as conn:
            run_id = conn.execute(
                self.t["judgement_runs"]
                .insert()
                .values(
                    plan_id=plan_id,
                    as_of=as_of,
                    rules=rules,
                    created_at=_now(),
                    created_by=actor or self.actor,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            if rows:
                conn.execute(self.t["judgements"].insert(), [{"run_id": run_id, **r} for r in rows])
            self._audit(
                conn, "evaluate", "plan", plan_id, None, {"as_of": as_of.isoformat(), "run": run_id}, actor
            )
        return int(run_id)

    # the audit log

    def audit_log(
        self,
        *,
        actor: str | None = None,
        entity: str | None = None,
        entity_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        a = self.t["audit_log"]
        q = sa.select(a).order_by(a.c.id)
        if actor is not None:
            q = q.where(a.c.actor == actor)
        if entity is not None:
            q = q.where(a.c.entity == entity)
        if entity_id is not None:
            q = q.where(a.c.entity_id == entity_id)
        if since is not None:
            q = q.where(a.c.at >= since)
        if until is not None:
            q = q.where(a.c.at < until)
        if limit is not None:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(q).mappings().all()
        return [
            AuditEntry(**{k: r[k] for k in AuditEntry.__dataclass_fields__ if k != "extra"}) for r in rows
        ]
