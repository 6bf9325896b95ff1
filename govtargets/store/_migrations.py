"""Named, ordered migrations, recorded in the database (table `schema_migrations`).

Each migration is a function of a connection inside one transaction; its tables are written out in full here,
frozen as they were when it was added, so that an old database and a new one end in the same schema. The store
reflects the tables after migrating: these definitions are the only place the schema is written.

Nothing is deleted or overwritten in place: documents, facts, item revisions, progress updates, judgements and
the audit log are append-only, enforced by triggers on both SQLite and PostgreSQL. A correction is a new row
that supersedes the old one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from govtargets.lexicon import load_unit_names, parent_key, unit_key

__all__ = ["MIGRATIONS", "migrate", "applied"]

APPEND_ONLY = [
    "documents",
    "facts",
    "plan_item_revisions",
    "item_units",
    "progress_updates",
    "judgement_runs",
    "judgements",
    "audit_log",
]


def _initial(conn: Connection) -> None:
    md = sa.MetaData()
    sa.Table(
        "documents",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("region", sa.String(100)),
        sa.Column("admin_level", sa.String(20)),
        sa.Column("report_year", sa.Integer),
        sa.Column("doc_kind", sa.String(30)),
        sa.Column("script", sa.String(20)),
        sa.Column("encoding", sa.String(30)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(100), nullable=False),
    )
    sa.Table(
        "facts",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.ForeignKey("documents.id"), nullable=False, index=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("metric", sa.String(60), index=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("measure", sa.String(20), nullable=False),
        sa.Column("value", sa.String(40)),  # decimals are stored as their exact text
        sa.Column("low", sa.String(40)),
        sa.Column("high", sa.String(40)),
        sa.Column("unit", sa.String(30)),
        sa.Column("qualifier", sa.String(20)),
        sa.Column("status", sa.String(20)),
        sa.Column("period", sa.String(30)),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),  # the whole fact as `govtargets extract` prints it
    )
    sa.Table(
        "units",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    sa.Table(
        "plans",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("region", sa.String(100), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("source_document_id", sa.ForeignKey("documents.id")),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.UniqueConstraint("region", "year", name="uq_plans_region_year"),
    )
    sa.Table(
        "plan_items",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan_id", sa.ForeignKey("plans.id"), nullable=False, index=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),  # indicator | task
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("plan_id", "seq", name="uq_plan_items_seq"),
    )
    sa.Table(
        "plan_item_revisions",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.ForeignKey("plan_items.id"), nullable=False),
        sa.Column("rev", sa.Integer, nullable=False),
        sa.Column("category", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("name", sa.Text),  # short name for lists: 北湖公园改造, 地区生产总值
        sa.Column("metric", sa.String(60)),
        sa.Column("measure", sa.String(20)),  # level | growth | none
        sa.Column("target_value", sa.String(40)),
        sa.Column("target_low", sa.String(40)),
        sa.Column("target_high", sa.String(40)),
        sa.Column("target_unit", sa.String(30)),
        sa.Column("qualifier", sa.String(20)),
        sa.Column("deadline", sa.String(60)),  # as written: 6月底前, 年内
        sa.Column("due_date", sa.Date),
        sa.Column("minsheng", sa.Boolean, nullable=False),
        sa.Column("source_fact_id", sa.ForeignKey("facts.id")),
        sa.Column("source_document_id", sa.ForeignKey("documents.id")),
        sa.Column("source_start", sa.Integer),
        sa.Column("source_end", sa.Integer),
        sa.Column("note", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.UniqueConstraint("item_id", "rev", name="uq_revisions_item_rev"),
    )
    sa.Table(
        "item_units",
        md,
        sa.Column("revision_id", sa.ForeignKey("plan_item_revisions.id"), primary_key=True),
        sa.Column("unit_id", sa.ForeignKey("units.id"), primary_key=True, index=True),
        sa.Column("role", sa.String(10), nullable=False),  # lead | co
        sa.Column("position", sa.Integer, nullable=False),
    )
    sa.Table(
        "progress_updates",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.ForeignKey("plan_items.id"), nullable=False, index=True),
        sa.Column("period", sa.String(30)),  # 2016-06, 2016H1, 2016Q1
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("value", sa.String(40)),  # cumulative value in the target's unit
        sa.Column("completion_pct", sa.String(40)),
        sa.Column("growth", sa.String(40)),  # growth in percent, for growth targets
        sa.Column("status", sa.String(20)),  # a reported status: completed, cancelled, partly_met, not_met …
        sa.Column("narrative", sa.Text),
        sa.Column("evidence", sa.JSON, nullable=False),  # list of file references
        sa.Column("unit_id", sa.ForeignKey("units.id")),
        sa.Column("reported_by", sa.String(100), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_fact_id", sa.ForeignKey("facts.id")),
        sa.Column("match_score", sa.Float),
        sa.Column("supersedes_id", sa.ForeignKey("progress_updates.id")),
    )
    sa.Table(
        "judgement_runs",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan_id", sa.ForeignKey("plans.id"), nullable=False),
        sa.Column("as_of", sa.Date, nullable=False),
        sa.Column("rules", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
    )
    sa.Table(
        "judgements",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.ForeignKey("judgement_runs.id"), nullable=False, index=True),
        sa.Column("item_id", sa.ForeignKey("plan_items.id"), nullable=False),
        sa.Column("revision_id", sa.ForeignKey("plan_item_revisions.id"), nullable=False),
        sa.Column("progress_id", sa.ForeignKey("progress_updates.id")),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("light", sa.String(10), nullable=False),
        sa.Column("schedule_pct", sa.String(40)),
        sa.Column("completion_pct", sa.String(40)),
        sa.Column("lag_pp", sa.String(40)),
        sa.Column("projection", sa.String(40)),
        sa.Column("basis", sa.Text, nullable=False),
    )
    sa.Table(
        "audit_log",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.Integer),
        sa.Column("old_value", sa.JSON),
        sa.Column("new_value", sa.JSON),
    )
    md.create_all(conn)
    conn.execute(sa.text("CREATE INDEX ix_revisions_item ON plan_item_revisions (item_id, rev)"))
    conn.execute(sa.text("CREATE INDEX ix_audit_at ON audit_log (at)"))
    for table in APPEND_ONLY:
        _append_only(conn, table)


def _append_only(conn: Connection, table: str) -> None:
    """Refuse UPDATE and DELETE on a table, on SQLite and PostgreSQL alike."""
    if conn.dialect.name == "sqlite":
        for op in ("UPDATE", "DELETE"):
            conn.execute(
                sa.text(
                    f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )
            )
    else:
        conn.execute(
            sa.text(
                "CREATE OR REPLACE FUNCTION govtargets_append_only() RETURNS trigger AS $$ "
                "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql"
            )
        )
        conn.execute(
            sa.text(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION govtargets_append_only()"
            )
        )


def _no_truncate(conn: Connection) -> None:
    """PostgreSQL's TRUNCATE skips row triggers: refuse it on the append-only tables too (SQLite has none)."""
    if conn.dialect.name != "postgresql":
        return
    for table in APPEND_ONLY:
        conn.execute(
            sa.text(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION govtargets_append_only()"
            )
        )


def _users(conn: Connection) -> None:
    """Users of the web application, their login attempts (for rate limiting), and reviews of facts.

    A user row changes (password, role, disabled); every change is in the audit log. Login attempts and fact
    reviews are append-only: a correction of a fact is a review that supersedes the fact's earlier reviews.
    """
    md = sa.MetaData()
    sa.Table("units", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table("facts", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table(
        "users",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),  # admin | supervisor | reporter | viewer
        sa.Column("unit_id", sa.ForeignKey("units.id")),  # a reporter's own unit
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    sa.Table(
        "login_attempts",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(100), nullable=False, index=True),
        sa.Column("address", sa.String(64), nullable=False, index=True),
        sa.Column("ok", sa.Boolean, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    )
    sa.Table(
        "fact_reviews",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("fact_id", sa.ForeignKey("facts.id"), nullable=False, index=True),
        sa.Column("action", sa.String(20), nullable=False),  # accept | reject | correct
        sa.Column("values", sa.JSON),  # the corrected fields, for a correction
        sa.Column("note", sa.Text),
        sa.Column("by", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    md.create_all(conn, tables=[md.tables[n] for n in ("users", "login_attempts", "fact_reviews")])
    # a progress report is corrected at most once: a second correction of the same report is a stale edit
    conn.execute(sa.text("CREATE UNIQUE INDEX uq_progress_supersedes ON progress_updates (supersedes_id)"))
    for table in ("login_attempts", "fact_reviews"):
        _append_only(conn, table)
        if conn.dialect.name == "postgresql":
            conn.execute(
                sa.text(
                    f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                    "FOR EACH STATEMENT EXECUTE FUNCTION govtargets_append_only()"
                )
            )


def _data_version(conn: Connection) -> None:
    """One row holding the data version: raised by every write transaction that writes the audit log, as
    its last step before commit (so that the row's lock orders the versions as the commits are ordered).

    The audit log's largest id is no such version on PostgreSQL: ids come from a sequence as rows are
    inserted, so a transaction that took id 100 may commit after one that took 101, and a reader that saw 101
    would never see 100's change as new. A cache keyed on this row's version has no such hole.
    """
    md = sa.MetaData()
    table = sa.Table(
        "data_version",
        md,
        sa.Column("id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True, autoincrement=False),
        sa.Column("version", sa.BigInteger, nullable=False),
    )
    md.create_all(conn)
    start = conn.execute(sa.text("SELECT COALESCE(MAX(id), 0) FROM audit_log")).scalar()
    conn.execute(table.insert().values(id=1, version=int(start or 0)))


def _session_version(conn: Connection) -> None:
    """Sessions that end, and login limits that hold under concurrency.

    users.session_version: a session carries the version it was opened with and is good while the user's
    version is the same; logout, a password change, disable and enable raise it, ending every session the
    user had (a signed cookie alone cannot be taken back).

    login_attempts.attempt_of: an attempt is recorded as a failure before its password is checked (so that
    parallel attempts cannot all pass the limit); a success is a second row naming the first (the table is
    append-only), and a failure is an attempt that no row names.
    """
    conn.execute(sa.text("ALTER TABLE users ADD COLUMN session_version INTEGER NOT NULL DEFAULT 0"))
    conn.execute(sa.text("ALTER TABLE login_attempts ADD COLUMN attempt_of INTEGER"))
    conn.execute(sa.text("CREATE INDEX ix_login_attempts_attempt_of ON login_attempts (attempt_of)"))


def _unit_directory(conn: Connection) -> None:
    """The unit directory (issue 13): units get a parent (a 市政府 department, a 县区政府), a status (ok: in
    the directory; new: a name read from a notice or a sheet that the office has not yet reviewed) and
    merged_into_id (an alias or a merged unit points to the unit it now is).

    Nothing that names a unit is rewritten: items' unit links, progress reports and users keep the unit id
    they had, and the store reads every unit through merged_into_id, so a merge keeps all history and can be
    seen in the audit log. Existing units all become directory units (status ok); names that are one unit by
    the rules of govtargets/lexicon/data/unit_names.yaml as they stand when this runs (市发改委 =
    市发展改革委, 杭州市 = 杭州市人民政府) are merged into the one most items name (the oldest on a tie),
    each merge in the audit log under the actor `migration 0007`; a department whose government is in the
    directory gets it as parent.
    """
    conn.execute(sa.text("ALTER TABLE units ADD COLUMN parent_id INTEGER REFERENCES units (id)"))
    conn.execute(sa.text("ALTER TABLE units ADD COLUMN merged_into_id INTEGER REFERENCES units (id)"))
    conn.execute(sa.text("ALTER TABLE units ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'ok'"))
    conn.execute(sa.text("CREATE INDEX ix_units_merged_into ON units (merged_into_id)"))
    rules = load_unit_names()
    rows = conn.execute(
        sa.text(
            "SELECT u.id, u.name, (SELECT COUNT(*) FROM item_units iu WHERE iu.unit_id = u.id) AS n "
            "FROM units u ORDER BY u.id"
        )
    ).all()
    groups: dict[str, list[tuple[int, str, int]]] = {}
    for uid, name, n in rows:
        groups.setdefault(unit_key(name, rules), []).append((int(uid), name, int(n)))
    now = datetime.now(UTC)
    audit = sa.text(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, old_value, new_value) "
        "VALUES (:at, 'migration 0007', 'merge', 'unit', :id, :old, :new)"
    ).bindparams(sa.bindparam("old", type_=sa.JSON), sa.bindparam("new", type_=sa.JSON))
    canonical: dict[str, int] = {}
    for key, members in groups.items():
        keep = min(members, key=lambda m: (-m[2], m[0]))
        canonical[key] = keep[0]
        for uid, name, _ in members:
            if uid != keep[0]:
                conn.execute(
                    sa.text("UPDATE units SET merged_into_id = :to WHERE id = :id"),
                    {"to": keep[0], "id": uid},
                )
                conn.execute(
                    audit,
                    {
                        "at": now,
                        "id": uid,
                        "old": {"name": name},
                        "new": {"merged_into": keep[1], "rule": key},
                    },
                )
    for key, members in groups.items():
        parent = canonical.get(parent_key(min(members, key=lambda m: (-m[2], m[0]))[1], rules) or "")
        if parent is not None and parent != canonical[key]:
            conn.execute(
                sa.text("UPDATE units SET parent_id = :p WHERE id = :id"), {"p": parent, "id": canonical[key]}
            )


def _lifecycle(conn: Connection) -> None:
    """The 督办 lifecycle of an item (issue 13): 交办, 签收, 认领 and its approval, milestones, 办结申请, 审核
    (办结 or 退回), 销号, 取消, 催办 and the unit's reply, 批示 and its acknowledgement, one row per step.

    Append-only like the rest of the record: an item's stage is what its steps say, read in order
    (govtargets.cycle.lifecycle). `unit_id` is the unit a step is by or for (the unit that signs, is urged,
    claims); `ref_id` names the step answered (a reply to a 催办, the acknowledgement of a 批示, the approval
    of a claim). Items without any step stay readable: they are simply not yet 交办.
    """
    md = sa.MetaData()
    sa.Table("units", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table("plan_items", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table(
        "item_events",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.ForeignKey("plan_items.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("unit_id", sa.ForeignKey("units.id")),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("data", sa.JSON),
        sa.Column("ref_id", sa.ForeignKey("item_events.id")),
    )
    md.create_all(conn, tables=[md.tables["item_events"]])
    conn.execute(sa.text("CREATE INDEX ix_item_events_item ON item_events (item_id, id)"))
    _append_only(conn, "item_events")
    if conn.dialect.name == "postgresql":
        conn.execute(
            sa.text(
                "CREATE TRIGGER item_events_no_truncate BEFORE TRUNCATE ON item_events "
                "FOR EACH STATEMENT EXECUTE FUNCTION govtargets_append_only()"
            )
        )


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("0001_initial", _initial),
    ("0002_no_truncate", _no_truncate),
    ("0003_users", _users),
    ("0004_data_version", _data_version),
    ("0005_session_version", _session_version),
    ("0006_lifecycle", _lifecycle),
    ("0007_unit_directory", _unit_directory),
]

_LEDGER = sa.Table(
    "schema_migrations",
    sa.MetaData(),
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)


def applied(conn: Connection) -> list[str]:
    """The names of the migrations this database has, in the order applied."""
    if not sa.inspect(conn).has_table("schema_migrations"):
        return []
    return [r[0] for r in conn.execute(sa.select(_LEDGER.c.name).order_by(_LEDGER.c.name))]


@contextmanager
def _one_migrator(engine: sa.Engine) -> Iterator[Connection]:
    """A transaction that one process at a time has, so that processes opening a new database together
    migrate it once: the write lock from the start on SQLite (BEGIN IMMEDIATE through the store's engine),
    an advisory lock on PostgreSQL. Checking the ledger and writing it happen under the same lock."""
    with engine.connect() as conn:
        conn.execution_options(govtargets_write=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(4242)"))
            yield conn


def migrate(engine: sa.Engine) -> list[str]:
    """Apply the migrations not yet applied, all in one transaction under one lock (so that processes
    opening a new database together see it migrated whole, by one of them); returns their names."""
    with engine.connect() as conn:  # the usual case, without taking any lock: nothing to do
        if set(applied(conn)) >= {name for name, _ in MIGRATIONS}:
            return []
    done: list[str] = []
    with _one_migrator(engine) as conn:
        _LEDGER.create(conn, checkfirst=True)
        for name, step in MIGRATIONS:
            if name in applied(conn):
                continue
            step(conn)
            conn.execute(_LEDGER.insert().values(name=name, applied_at=datetime.now(UTC)))
            done.append(name)
    return done
