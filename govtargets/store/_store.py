"""The store: documents, facts, plans, items, units, progress, judgements and the audit log on one database.

SQLite is the embedded default (WAL, foreign keys on, writers queue on BEGIN IMMEDIATE); PostgreSQL is used by
URL. Every change is written with its audit entry in the same transaction, so either both land or neither.
"""

from __future__ import annotations

import hashlib
import os
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, fields
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from govtargets.store._migrations import migrate
from govtargets.store._records import (
    AuditEntry,
    Item,
    ItemDraft,
    Plan,
    Progress,
    ProgressDraft,
    StoredDocument,
)

__all__ = ["Store", "StoreError", "StaleEdit", "default_url"]

_DEC_ITEM = ("target_value", "target_low", "target_high")
_DEC_PROGRESS = ("value", "completion_pct", "growth")
_DRAFT_FIELDS = [f.name for f in fields(ItemDraft) if f.name not in ("lead_units", "co_units")]
_PROGRESS_FIELDS = [f.name for f in fields(ProgressDraft) if f.name != "unit"]


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
    return None if v is None else Decimal(v)


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


def _fact_key(d: dict[str, Any]) -> tuple[Any, ...]:
    return (
        d["kind"],
        d["start"],
        d["end"],
        d.get("metric"),
        d.get("measure"),
        d.get("status"),
        d.get("label") or d.get("text"),
    )


def _fact_row(doc_id: int, d: dict[str, Any]) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "kind": d["kind"],
        "metric": d.get("metric"),
        "label": d.get("label") or d.get("text") or "",
        "measure": d.get("measure") or "task",
        "value": _dec(d.get("value")),
        "low": _dec(d.get("low")),
        "high": _dec(d.get("high")),
        "unit": d.get("unit"),
        "qualifier": d.get("qualifier"),
        "status": d.get("status"),
        "period": d.get("period"),
        "start": d["start"],
        "end": d["end"],
        "quote": d["quote"],
        "record": d,
    }


def _revision_values(draft: ItemDraft) -> dict[str, Any]:
    values = {k: getattr(draft, k) for k in _DRAFT_FIELDS if k != "kind"}
    for k in _DEC_ITEM:
        values[k] = _dec(values[k])
    return values


def _links(rev_id: int, draft: ItemDraft, unit_ids: dict[str, int]) -> list[dict[str, Any]]:
    """The unit links of a revision: lead units first, in order; a unit named twice is linked once."""
    links = []
    seen: set[str] = set()
    for role, names in (("lead", draft.lead_units), ("co", draft.co_units)):
        for pos, name in enumerate(names):
            if name not in seen:
                seen.add(name)
                links.append(
                    {"revision_id": rev_id, "unit_id": unit_ids[name], "role": role, "position": pos}
                )
    return links


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


def _progress(r: Any) -> Progress:
    """A progress report from its row (with the unit's name as unit_name)."""
    values = {k: r[k] for k in _PROGRESS_FIELDS}
    for k in _DEC_PROGRESS:
        values[k] = _undec(values[k])
    values["evidence"] = tuple(r["evidence"] or ())
    return Progress(
        unit=r["unit_name"],
        id=r["id"],
        item_id=r["item_id"],
        reported_by=r["reported_by"],
        reported_at=r["reported_at"],
        **values,
    )


class Store:
    """One database. Open with a URL (sqlite:///path, postgresql://…) or a bare file path."""

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

    def __enter__(self) -> Store:
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

    # documents and facts

    def add_document(self, doc: Any, facts: Iterable[Any] = (), *, actor: str | None = None) -> int:
        """Store a read document (govtargets.ingest.Document) and its facts; a document already stored (same
        text) keeps its id and facts."""
        digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        docs = self.t["documents"]
        with self.transaction() as conn:
            found = conn.execute(sa.select(docs.c.id).where(docs.c.sha256 == digest)).scalar()
            if found is not None:
                return int(found)
            doc_id = conn.execute(
                docs.insert().values(
                    sha256=digest,
                    path=doc.path,
                    title=doc.title,
                    region=doc.region,
                    admin_level=doc.admin_level,
                    report_year=doc.report_year,
                    doc_kind=doc.doc_kind,
                    script=doc.script,
                    encoding=doc.encoding,
                    text=doc.text,
                    added_at=_now(),
                    added_by=actor or self.actor,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            rows = [_fact_row(doc_id, f.to_dict()) for f in facts]
            if rows:
                conn.execute(self.t["facts"].insert(), rows)
            self._audit(conn, "add", "document", doc_id, None, {"path": doc.path, "facts": len(rows)}, actor)
        return int(doc_id)

    def fact_ids(
        self, doc_id: int, facts: Sequence[dict[str, Any]], *, actor: str | None = None
    ) -> list[int]:
        """The store ids of a stored document's facts (as `extract` prints them), adding those not stored yet.

        A fact is the same fact when its kind, span, metric, measure, status and label are the same.
        """
        f = self.t["facts"]
        with self.transaction() as conn:
            have = {
                _fact_key(r.record): r.id
                for r in conn.execute(sa.select(f.c.id, f.c.record).where(f.c.document_id == doc_id))
            }
            new = [d for d in facts if _fact_key(d) not in have]
            if new:
                conn.execute(f.insert(), [_fact_row(doc_id, d) for d in new])
                have = {
                    _fact_key(r.record): r.id
                    for r in conn.execute(sa.select(f.c.id, f.c.record).where(f.c.document_id == doc_id))
                }
                self._audit(conn, "add_facts", "document", doc_id, None, {"facts": len(new)}, actor)
        return [have[_fact_key(d)] for d in facts]

    def document(self, doc_id: int) -> StoredDocument:
        docs = self.t["documents"]
        with self.engine.connect() as conn:
            r = conn.execute(sa.select(docs).where(docs.c.id == doc_id)).mappings().first()
        if r is None:
            raise StoreError(f"no document {doc_id}")
        return StoredDocument(**{k: r[k] for k in StoredDocument.__dataclass_fields__})

    def documents_as_read(self) -> list[Any]:
        """Every stored document as a govtargets.ingest.Document, to be read again (e.g. by the audit)."""
        from govtargets.ingest import Document

        d = self.t["documents"]
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(d).order_by(d.c.id)).mappings().all()
        return [
            Document(
                path=r["path"],
                text=r["text"],
                format=r["path"].rsplit(".", 1)[-1].lower() if "." in r["path"] else "txt",
                encoding=r["encoding"],
                sha256=r["sha256"],
                script=r["script"] or "simplified",
                title=r["title"],
                region=r["region"],
                admin_level=r["admin_level"],
                report_year=r["report_year"],
                doc_kind=r["doc_kind"] or "other",
            )
            for r in rows
        ]

    def facts(self, doc_id: int) -> list[dict[str, Any]]:
        """The document's facts as `govtargets extract` prints them, each with its store id."""
        f = self.t["facts"]
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(f.c.id, f.c.record).where(f.c.document_id == doc_id).order_by(f.c.id)
            )
            return [{"id": r.id, **r.record} for r in rows]

    # plans and items

    def create_plan(
        self,
        region: str,
        year: int,
        title: str,
        items: Sequence[ItemDraft],
        *,
        source_document_id: int | None = None,
        actor: str | None = None,
    ) -> int:
        """A plan and all its items in one transaction: all of it lands, or none."""
        try:
            return self._create_plan(region, year, title, items, source_document_id, actor)
        except sa.exc.IntegrityError as e:  # another writer made the same plan at the same moment
            raise StoreError(
                f"the plan for {region} {year} could not be stored: {str(e.orig).splitlines()[0]}"
            ) from e

    def _create_plan(
        self,
        region: str,
        year: int,
        title: str,
        items: Sequence[ItemDraft],
        source_document_id: int | None,
        actor: str | None,
    ) -> int:
        plans = self.t["plans"]
        with self.transaction() as conn:
            exists = conn.execute(
                sa.select(plans.c.id).where(plans.c.region == region, plans.c.year == year)
            ).scalar()
            if exists is not None:
                raise StoreError(f"a plan for {region} {year} exists already (plan {exists})")
            plan_id = conn.execute(
                plans.insert().values(
                    region=region,
                    year=year,
                    title=title,
                    source_document_id=source_document_id,
                    created_at=_now(),
                    created_by=actor or self.actor,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            self._audit(
                conn, "create", "plan", plan_id, None, {"region": region, "year": year, "title": title}, actor
            )
            self._add_items(conn, plan_id, items, 1, actor)
        return int(plan_id)

    def add_items(self, plan_id: int, items: Sequence[ItemDraft], *, actor: str | None = None) -> list[int]:
        with self.transaction() as conn:
            pi = self.t["plan_items"]
            last = conn.execute(sa.select(sa.func.max(pi.c.seq)).where(pi.c.plan_id == plan_id)).scalar()
            return self._add_items(conn, plan_id, items, (last or 0) + 1, actor)

    def _unit_ids(self, conn: Connection, names: Iterable[str]) -> dict[str, int]:
        units = self.t["units"]
        wanted = sorted(set(names))
        if not wanted:
            return {}
        have = dict(conn.execute(sa.select(units.c.name, units.c.id).where(units.c.name.in_(wanted))).all())
        missing = [n for n in wanted if n not in have]
        if missing:
            # ON CONFLICT DO NOTHING: on PostgreSQL another transaction may add the same new unit meanwhile
            insert = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(units)
            conn.execute(
                insert.on_conflict_do_nothing(index_elements=["name"]),
                [{"name": n, "created_at": _now()} for n in missing],
            )
            have = dict(
                conn.execute(sa.select(units.c.name, units.c.id).where(units.c.name.in_(wanted))).all()
            )
        return have

    def _add_items(
        self, conn: Connection, plan_id: int, items: Sequence[ItemDraft], first_seq: int, actor: str | None
    ) -> list[int]:
        """Items with their first revisions and unit links, a few statements for any number of items."""
        if not items:
            return []
        pi, rv = self.t["plan_items"], self.t["plan_item_revisions"]
        now = _now()
        who = actor or self.actor
        ids = [
            int(i)
            for i in conn.execute(
                pi.insert().returning(pi.c.id, sort_by_parameter_order=True),
                [
                    {"plan_id": plan_id, "seq": first_seq + n, "kind": d.kind, "created_at": now}
                    for n, d in enumerate(items)
                ],
            ).scalars()
        ]
        rev_ids = [
            int(r)
            for r in conn.execute(
                rv.insert().returning(rv.c.id, sort_by_parameter_order=True),
                [
                    {
                        "item_id": item_id,
                        "rev": 1,
                        "created_at": now,
                        "created_by": who,
                        **_revision_values(d),
                    }
                    for item_id, d in zip(ids, items, strict=True)
                ],
            ).scalars()
        ]
        unit_ids = self._unit_ids(conn, [u for d in items for u in d.lead_units + d.co_units])
        links = [
            link for rev_id, d in zip(rev_ids, items, strict=True) for link in _links(rev_id, d, unit_ids)
        ]
        if links:
            conn.execute(self.t["item_units"].insert(), links)
        self._audit(conn, "add_items", "plan", plan_id, None, {"items": len(ids), "first_id": ids[0]}, actor)
        return ids

    def _add_revision(
        self, conn: Connection, item_id: int, rev: int, draft: ItemDraft, actor: str | None, now: datetime
    ) -> int:
        rev_id = conn.execute(
            self.t["plan_item_revisions"]
            .insert()
            .values(
                item_id=item_id,
                rev=rev,
                created_at=now,
                created_by=actor or self.actor,
                **_revision_values(draft),
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        links = _links(rev_id, draft, self._unit_ids(conn, draft.lead_units + draft.co_units))
        if links:
            conn.execute(self.t["item_units"].insert(), links)
        return int(rev_id)

    def revise_item(
        self,
        item_id: int,
        changes: dict[str, Any],
        *,
        expected_rev: int | None = None,
        actor: str | None = None,
    ) -> Item:
        """A new revision of an item with `changes` applied; the old one stays in history.

        With expected_rev, an edit made on an older revision is refused (StaleEdit) instead of overwriting.
        """
        with self.transaction() as conn:
            self._revise(conn, item_id, changes, expected_rev, actor)
            return self._items(conn, item_ids=[item_id])[0]

    def apply_edits(
        self,
        plan_id: int,
        revisions: Sequence[tuple[int, int | None, dict[str, Any]]],
        added: Sequence[ItemDraft],
        *,
        actor: str | None = None,
    ) -> None:
        """Revise some items (item id, expected revision, changes) and add new ones, in one transaction."""
        with self.transaction() as conn:
            for item_id, expected_rev, changes in revisions:
                self._revise(conn, item_id, changes, expected_rev, actor)
            if added:
                pi = self.t["plan_items"]
                last = conn.execute(sa.select(sa.func.max(pi.c.seq)).where(pi.c.plan_id == plan_id)).scalar()
                self._add_items(conn, plan_id, added, (last or 0) + 1, actor)

    def _revise(
        self,
        conn: Connection,
        item_id: int,
        changes: dict[str, Any],
        expected_rev: int | None,
        actor: str | None,
    ) -> None:
        unknown = set(changes) - ({f.name for f in fields(ItemDraft)} - {"kind"})
        if unknown:
            raise StoreError(f"cannot change {', '.join(sorted(unknown))} of an item")
        current = self._items(conn, item_ids=[item_id])
        if not current:
            raise StoreError(f"no item {item_id}")
        item = current[0]
        if expected_rev is not None and item.rev != expected_rev:
            raise StaleEdit(
                f"item {item_id} was changed by {item.created_by} (revision {item.rev}) after you opened "
                f"revision {expected_rev}; reload it and make your change again"
            )
        draft_fields = {f.name: getattr(item, f.name) for f in fields(ItemDraft)}
        old = {k: draft_fields[k] for k in changes}
        draft_fields.update(changes)
        try:
            with conn.begin_nested():
                self._add_revision(conn, item_id, item.rev + 1, ItemDraft(**draft_fields), actor, _now())
        except sa.exc.IntegrityError as e:
            raise StaleEdit(
                f"item {item_id} was changed by someone else at the same moment; reload it"
            ) from e
        self._audit(conn, "revise", "item", item_id, _jsonable(old), _jsonable(dict(changes)), actor)

    def plans(self) -> list[Plan]:
        p = self.t["plans"]
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(p).order_by(p.c.id)).mappings().all()
        return [Plan(**{k: r[k] for k in Plan.__dataclass_fields__}) for r in rows]

    def plan(self, plan_id: int | None = None, *, region: str | None = None, year: int | None = None) -> Plan:
        """A plan by id, or by region and year; the only plan if the store has one."""
        found = [
            p
            for p in self.plans()
            if (plan_id is None or p.id == plan_id)
            and (region is None or p.region == region)
            and (year is None or p.year == year)
        ]
        if len(found) == 1:
            return found[0]
        if not found:
            raise StoreError("no such plan in the database (make one with: govtargets plan create REPORT)")
        raise StoreError(f"{len(found)} plans match; name one with --plan ID or --region and --year")

    def items(self, plan_id: int, *, item_ids: Sequence[int] | None = None) -> list[Item]:
        """The plan's items as they stand now, in order (only these, if item_ids are given)."""
        with self.engine.connect() as conn:
            if item_ids is None:
                return self._items(conn, plan_id=plan_id)
            out: list[Item] = []
            for part in _chunks(sorted(item_ids)):
                out += self._items(conn, plan_id=plan_id, item_ids=part)
            return sorted(out, key=lambda i: i.seq)

    def plan_keys(self, plan_id: int) -> dict[int, tuple[int, int]]:
        """What a cache of the plan compares to find the items that changed, without reading them: for each
        item, its current revision id and its number of progress reports. An edit is a new revision; a
        report, or a correction, is one more report (none is ever deleted)."""
        pi, rv, pu = self.t["plan_items"], self.t["plan_item_revisions"], self.t["progress_updates"]

        def build() -> Any:
            revision = sa.select(sa.func.max(rv.c.id)).where(rv.c.item_id == pi.c.id).scalar_subquery()
            reports = sa.select(sa.func.count()).where(pu.c.item_id == pi.c.id).scalar_subquery()
            return sa.select(pi.c.id, revision, reports).where(pi.c.plan_id == sa.bindparam("plan_id"))

        stmt = self.statement("plan_keys", build)
        with self.engine.connect() as conn:
            return {item: (int(rev), int(n)) for item, rev, n in conn.execute(stmt, {"plan_id": plan_id})}

    def item_history(self, item_id: int) -> list[Item]:
        """Every revision of an item, oldest first."""
        with self.engine.connect() as conn:
            return self._items(conn, item_ids=[item_id], all_revisions=True)

    def _items(
        self,
        conn: Connection,
        *,
        plan_id: int | None = None,
        item_ids: Sequence[int] | None = None,
        all_revisions: bool = False,
    ) -> list[Item]:
        pi, rv, iu, un = (self.t[n] for n in ("plan_items", "plan_item_revisions", "item_units", "units"))
        q = sa.select(pi.c.plan_id, pi.c.seq, pi.c.kind, rv).join(rv, rv.c.item_id == pi.c.id)
        if plan_id is not None:
            q = q.where(pi.c.plan_id == plan_id)
        if item_ids is not None:
            q = q.where(pi.c.id.in_(list(item_ids)))
        if not all_revisions:
            latest = sa.select(rv.c.item_id, sa.func.max(rv.c.rev).label("rev")).group_by(rv.c.item_id)
            if plan_id is not None:
                latest = latest.join(pi, pi.c.id == rv.c.item_id).where(pi.c.plan_id == plan_id)
            if item_ids is not None:
                latest = latest.where(rv.c.item_id.in_(list(item_ids)))
            sub = latest.subquery()
            q = q.join(sub, sa.and_(sub.c.item_id == rv.c.item_id, sub.c.rev == rv.c.rev))
        rows = conn.execute(q.order_by(pi.c.seq, rv.c.rev)).mappings().all()
        rev_ids = [r["id"] for r in rows]
        units: dict[int, dict[str, list[tuple[int, str]]]] = {}
        for chunk in range(0, len(rev_ids), 900):
            part = rev_ids[chunk : chunk + 900]
            for link in conn.execute(
                sa.select(iu.c.revision_id, iu.c.role, iu.c.position, un.c.name)
                .join(un, un.c.id == iu.c.unit_id)
                .where(iu.c.revision_id.in_(part))
            ):
                units.setdefault(link.revision_id, {"lead": [], "co": []})[link.role].append(
                    (link.position, link.name)
                )
        out = []
        for r in rows:
            u = units.get(r["id"], {"lead": [], "co": []})
            values = {k: r[k] for k in _DRAFT_FIELDS if k != "kind"}
            for k in _DEC_ITEM:
                values[k] = _undec(values[k])
            out.append(
                Item(
                    kind=r["kind"],
                    lead_units=tuple(n for _, n in sorted(u["lead"])),
                    co_units=tuple(n for _, n in sorted(u["co"])),
                    id=r["item_id"],
                    plan_id=r["plan_id"],
                    seq=r["seq"],
                    rev=r["rev"],
                    revision_id=r["id"],
                    created_at=r["created_at"],
                    created_by=r["created_by"],
                    **values,
                )
            )
        return out

    # progress

    def add_progress(
        self, item_id: int, update: ProgressDraft, *, actor: str | None = None, conn: Connection | None = None
    ) -> int:
        """Record one progress report (never overwrites: a correction names the update it supersedes)."""
        if conn is None:
            with self.transaction() as c:
                return self.add_progress(item_id, update, actor=actor, conn=c)
        pi = self.t["plan_items"]
        if conn.execute(sa.select(pi.c.id).where(pi.c.id == item_id)).scalar() is None:
            raise StoreError(f"no item {item_id}")
        if update.supersedes_id is not None:
            self._check_supersedes(conn, [update.supersedes_id])
        values = {k: getattr(update, k) for k in _PROGRESS_FIELDS}
        for k in _DEC_PROGRESS:
            values[k] = _dec(values[k])
        values["evidence"] = list(update.evidence)
        unit_id = self._unit_ids(conn, [update.unit]).get(update.unit) if update.unit else None
        pid = conn.execute(
            self.t["progress_updates"]
            .insert()
            .values(
                item_id=item_id,
                unit_id=unit_id,
                reported_by=actor or self.actor,
                reported_at=_now(),
                **values,
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        self._audit(
            conn, "add", "progress", pid, None, {"item_id": item_id, **_jsonable(asdict(update))}, actor
        )
        return int(pid)

    def add_progress_many(
        self, updates: Sequence[tuple[int, ProgressDraft]], *, actor: str | None = None
    ) -> list[int]:
        """Several progress reports in one transaction: all land, or none (each with its audit entry)."""
        if not updates:
            return []
        pi, pu = self.t["plan_items"], self.t["progress_updates"]
        with self.transaction() as conn:
            wanted = sorted({i for i, _ in updates})
            known: set[int] = set()
            for k in range(0, len(wanted), 900):
                part = wanted[k : k + 900]
                known |= set(conn.execute(sa.select(pi.c.id).where(pi.c.id.in_(part))).scalars())
            missing = [i for i in wanted if i not in known]
            if missing:
                raise StoreError(f"no item {missing[0]}")
            corrected = [u.supersedes_id for _, u in updates if u.supersedes_id is not None]
            if corrected:
                self._check_supersedes(conn, corrected)
            units = self._unit_ids(conn, [u.unit for _, u in updates if u.unit])
            now = _now()
            who = actor or self.actor
            rows = []
            for item_id, u in updates:
                values: dict[str, Any] = {k: getattr(u, k) for k in _PROGRESS_FIELDS}
                for key in _DEC_PROGRESS:
                    values[key] = _dec(values[key])
                values["evidence"] = list(u.evidence)
                rows.append(
                    {
                        "item_id": item_id,
                        "unit_id": units.get(u.unit) if u.unit else None,
                        "reported_by": who,
                        "reported_at": now,
                        **values,
                    }
                )
            ids = [
                int(r)
                for r in conn.execute(
                    pu.insert().returning(pu.c.id, sort_by_parameter_order=True), rows
                ).scalars()
            ]
            conn.execute(
                self.t["audit_log"].insert(),
                [
                    {
                        "at": now,
                        "actor": who,
                        "action": "add",
                        "entity": "progress",
                        "entity_id": pid,
                        "old_value": None,
                        "new_value": {"item_id": item_id, **_jsonable(asdict(u))},
                    }
                    for pid, (item_id, u) in zip(ids, updates, strict=True)
                ],
            )
        return ids

    def _check_supersedes(self, conn: Connection, ids: Sequence[int]) -> None:
        """A correction must name a report that exists and that nobody has corrected yet."""
        pu = self.t["progress_updates"]
        if len(set(ids)) != len(ids):
            raise StaleEdit("the same progress report is corrected twice in one request")
        found = set(conn.execute(sa.select(pu.c.id).where(pu.c.id.in_(list(ids)))).scalars())
        if missing := [i for i in ids if i not in found]:
            raise StoreError(f"no progress report {missing[0]} to correct")
        taken = conn.execute(
            sa.select(pu.c.supersedes_id, pu.c.reported_by).where(pu.c.supersedes_id.in_(list(ids)))
        ).first()
        if taken is not None:
            raise StaleEdit(
                f"progress report {taken.supersedes_id} was already corrected by {taken.reported_by}; "
                "reload it and correct the latest report"
            )

    def progress(
        self, plan_id: int, *, include_superseded: bool = False, item_ids: Sequence[int] | None = None
    ) -> dict[int, list[Progress]]:
        """Each item's progress reports, oldest first (a superseded report is left out unless asked for);
        only these items' if item_ids are given."""
        pu, pi = self.t["progress_updates"], self.t["plan_items"]
        q = (
            self._progress_select()
            .join(pi, pi.c.id == pu.c.item_id)
            .where(pi.c.plan_id == plan_id)
            .order_by(pu.c.as_of, pu.c.id)
        )
        with self.engine.connect() as conn:
            if item_ids is None:
                rows = conn.execute(q).mappings().all()
            else:
                rows = [
                    r
                    for part in _chunks(sorted(item_ids))
                    for r in conn.execute(q.where(pu.c.item_id.in_(part))).mappings().all()
                ]
                rows.sort(key=lambda r: (r["as_of"], r["id"]))
        superseded = {r["supersedes_id"] for r in rows if r["supersedes_id"] is not None}
        out: dict[int, list[Progress]] = {}
        for r in rows:
            if r["id"] not in superseded or include_superseded:
                out.setdefault(r["item_id"], []).append(_progress(r))
        return out

    def item_progress(self, item_id: int) -> list[Progress]:
        """Every report on one item, superseded ones too, in the order they were entered."""
        pu = self.t["progress_updates"]
        q = self._progress_select().where(pu.c.item_id == item_id).order_by(pu.c.id)
        with self.engine.connect() as conn:
            return [_progress(r) for r in conn.execute(q).mappings()]

    def _progress_select(self) -> sa.Select[Any]:
        pu, un = self.t["progress_updates"], self.t["units"]
        return sa.select(pu, un.c.name.label("unit_name")).outerjoin(un, un.c.id == pu.c.unit_id)

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
