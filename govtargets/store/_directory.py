"""The unit directory (migration 0007_unit_directory): units as records with their aliases and parent,
names resolved to them, new names kept for the office's review, and merges that keep all history.

A unit row is either a directory unit (merged_into_id is NULL) or another name of one (an alias, or a unit
merged into another: merged_into_id names the directory unit, never another alias). Items' unit links,
progress reports and users keep the unit id they were written with; every read goes through merged_into_id
(items and progress by `StoreBase._unit_names`, users by a join on `canonical_units`), so after a merge the
old rows read as the unit they now are and nothing is rewritten.

A name is resolved (`_unit_ids`, used by every write that names units) in this order: the exact name of a
unit or alias; else a unit whose key is the same by the rules of lexicon/data/unit_names.yaml (市发改委 =
市发展和改革委员会; the new spelling is kept as an alias); else a new unit with status `new`, which the office
reviews on the 单位名录 page (accept it as a new unit, or merge it into an existing one).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from govtargets.lexicon import load_unit_names, parent_key, unit_key
from govtargets.store._base import StoreBase, StoreError, _now

__all__ = ["DirectoryMixin", "DirectoryError", "Unit", "UNIT_STATUSES"]

UNIT_STATUSES = {"ok": "已确认", "new": "待确认"}


class DirectoryError(StoreError):
    """A directory change the store refuses; `zh` is the one-line message the web application shows."""

    def __init__(self, message: str, zh: str) -> None:
        super().__init__(message)
        self.zh = zh


@dataclass(frozen=True, slots=True)
class Unit:
    """A directory unit, with its other names and how much names it (items on any revision, users)."""

    id: int
    name: str
    status: str  # ok | new
    parent_id: int | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    items: int = 0
    users: int = 0
    created_at: datetime | None = None

    @property
    def status_name(self) -> str:
        return UNIT_STATUSES.get(self.status, self.status)


def canonical_units(units: sa.Table) -> tuple[Any, Any]:
    """(the unit as written, the directory unit it is): join the first on the row's unit id, the second
    on `canon_on(written)`."""
    return units.alias("written"), units.alias("canon")


def canon_on(written: Any, canon: Any) -> Any:
    return canon.c.id == sa.func.coalesce(written.c.merged_into_id, written.c.id)


def _insert(conn: Connection, table: sa.Table) -> Any:
    return (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(table)


class DirectoryMixin(StoreBase):
    # resolving names

    def _unit_ids(self, conn: Connection, names: Iterable[str]) -> dict[str, int]:
        """Each name's directory unit id, adding an alias or a new unit (status new) where needed.

        Of new names that are one unit by the rules, the first given becomes the unit, the others its
        aliases."""
        wanted = list(dict.fromkeys(n for n in names if n and n.strip()))
        if not wanted:
            return {}
        have = self._exact(conn, wanted)
        missing = [n for n in wanted if n not in have]
        if missing:
            by_key = self._keys(conn)
            rules = load_unit_names()
            keys = {n: unit_key(n, rules) for n in missing}
            first: dict[str, str] = {}
            for n in missing:
                if keys[n] not in by_key:
                    first.setdefault(keys[n], n)
            self._add_names(
                conn,
                [
                    {
                        "name": n,
                        "merged_into_id": None,
                        "status": "new",
                        "parent_id": by_key.get(parent_key(n, rules) or ""),
                    }
                    for n in first.values()
                ],
            )
            by_key.update(
                (k, i) for n, i in self._exact(conn, list(first.values())).items() for k in [keys[n]]
            )
            self._add_names(
                conn,
                [
                    {"name": n, "merged_into_id": by_key[keys[n]], "status": "ok", "parent_id": None}
                    for n in missing
                    if first.get(keys[n]) != n
                ],
            )
            have = self._exact(conn, wanted)
        return {n: have[n] for n in wanted}

    def _add_names(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        if rows:
            # ON CONFLICT DO NOTHING: on PostgreSQL another transaction may add the same name meanwhile
            conn.execute(
                _insert(conn, self.t["units"]).on_conflict_do_nothing(index_elements=["name"]),
                [{**r, "created_at": _now()} for r in rows],
            )

    def _exact(self, conn: Connection, names: list[str]) -> dict[str, int]:
        un = self.t["units"]
        have: dict[str, int] = {}
        for k in range(0, len(names), 900):
            q = sa.select(un.c.name, sa.func.coalesce(un.c.merged_into_id, un.c.id)).where(
                un.c.name.in_(names[k : k + 900])
            )
            have.update((n, int(i)) for n, i in conn.execute(q))
        return have

    def _keys(self, conn: Connection) -> dict[str, int]:
        """Every unit's and alias's key → its directory unit (a unit the office confirmed first, then the
        oldest, where two share a key)."""
        un = self.t["units"]
        rules = load_unit_names()
        rows = conn.execute(
            sa.select(un.c.id, un.c.name, un.c.merged_into_id, un.c.status).order_by(un.c.id)
        ).all()
        ok = {r.id for r in rows if r.merged_into_id is None and r.status == "ok"}
        out: dict[str, int] = {}
        for r in sorted(rows, key=lambda r: ((r.merged_into_id or r.id) not in ok, r.id)):
            out.setdefault(unit_key(r.name, rules), int(r.merged_into_id or r.id))
        return out

    def resolve_names(self, names: Iterable[str]) -> dict[str, str | None]:
        """Each name's directory unit name (exactly, as an alias, or by the rules; None for a name the
        directory does not know), without writing anything."""
        wanted = list(dict.fromkeys(n for n in names if n and n.strip()))
        un = self.t["units"]
        with self.engine.connect() as conn:
            ids: dict[str, int | None] = dict(self._exact(conn, wanted))
            missing = [n for n in wanted if n not in ids]
            if missing:
                by_key, rules = self._keys(conn), load_unit_names()
                ids.update((n, by_key.get(unit_key(n, rules))) for n in missing)
            found = sorted({i for i in ids.values() if i is not None})
            names_of = dict(conn.execute(sa.select(un.c.id, un.c.name).where(un.c.id.in_(found))).all())
        return {n: None if i is None else names_of[i] for n, i in ids.items()}

    def find_unit(self, name: str) -> Unit | None:
        """The directory unit a name is (exactly, as an alias, or by the rules), without writing anything."""
        name = name.strip()
        if not name:
            return None
        with self.engine.connect() as conn:
            uid = self._exact(conn, [name]).get(name)
            if uid is None:
                uid = self._keys(conn).get(unit_key(name))
        if uid is None:
            return None
        return next((u for u in self.units() if u.id == uid), None)

    def units_stamp(self) -> tuple[int, int]:
        """What changes when a merge changes the names items read as (a cache of items compares it)."""
        un = self.t["units"]
        stmt = self.statement(
            "units_stamp",
            lambda: sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(un.c.merged_into_id), 0)).where(
                un.c.merged_into_id.is_not(None)
            ),
        )
        with self.engine.connect() as conn:
            n, total = conn.execute(stmt).one()
        return int(n), int(total)

    # reading the directory

    def units(self, *, status: str | None = None) -> list[Unit]:
        """The directory units by name, each with its aliases, parent and counts (status: ok | new only)."""
        un, iu, rv, us = (self.t[n] for n in ("units", "item_units", "plan_item_revisions", "users"))
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(un).order_by(un.c.name)).mappings().all()
            items: dict[int, int] = dict(
                conn.execute(
                    sa.select(
                        sa.func.coalesce(un.c.merged_into_id, un.c.id),
                        sa.func.count(sa.distinct(rv.c.item_id)),
                    )
                    .select_from(iu.join(un, un.c.id == iu.c.unit_id).join(rv, rv.c.id == iu.c.revision_id))
                    .group_by(sa.func.coalesce(un.c.merged_into_id, un.c.id))
                ).all()
            )
            users: dict[int, int] = dict(
                conn.execute(
                    sa.select(sa.func.coalesce(un.c.merged_into_id, un.c.id), sa.func.count())
                    .select_from(us.join(un, un.c.id == us.c.unit_id))
                    .group_by(sa.func.coalesce(un.c.merged_into_id, un.c.id))
                ).all()
            )
        names = {r["id"]: r["name"] for r in rows}
        aliases: dict[int, list[str]] = {}
        for r in rows:
            if r["merged_into_id"] is not None:
                aliases.setdefault(r["merged_into_id"], []).append(r["name"])
        return [
            Unit(
                id=r["id"],
                name=r["name"],
                status=r["status"],
                parent_id=r["parent_id"],
                parent=names.get(r["parent_id"]),
                aliases=tuple(aliases.get(r["id"], ())),
                items=int(items.get(r["id"], 0)),
                users=int(users.get(r["id"], 0)),
                created_at=r["created_at"],
            )
            for r in rows
            if r["merged_into_id"] is None and (status is None or r["status"] == status)
        ]

    # the office's changes

    def _directory_unit(self, conn: Connection, unit_id: int) -> Any:
        un = self.t["units"]
        row = conn.execute(sa.select(un).where(un.c.id == unit_id)).mappings().first()
        if row is None or row["merged_into_id"] is not None:
            raise DirectoryError(
                f"no directory unit {unit_id}", "未找到该单位（可能已并入其他单位），请刷新页面"
            )
        return row

    def add_unit(self, name: str, *, parent_id: int | None = None, actor: str | None = None) -> int:
        """A unit the office adds to the directory (status ok)."""
        name = name.strip()
        if not name or len(name) > 100:
            raise DirectoryError("a unit needs a name of 1-100 characters", "单位名称应为1—100个字")
        found = self.find_unit(name)
        if found is not None:
            raise DirectoryError(f"{name} is unit {found.name} already", f"“{name}”已在名录中：{found.name}")
        with self.transaction() as conn:
            if parent_id is not None:
                self._directory_unit(conn, parent_id)
            uid = conn.execute(
                self.t["units"]
                .insert()
                .values(name=name, created_at=_now(), status="ok", parent_id=parent_id, merged_into_id=None)
            ).inserted_primary_key[0]  # type: ignore[index]
            self._audit(conn, "add", "unit", uid, None, {"name": name, "parent_id": parent_id}, actor)
        return int(uid)

    def accept_unit(self, unit_id: int, *, actor: str | None = None) -> None:
        """A new name confirmed as a unit of its own."""
        with self.transaction() as conn:
            row = self._directory_unit(conn, unit_id)
            un = self.t["units"]
            conn.execute(un.update().where(un.c.id == unit_id).values(status="ok"))
            self._audit(
                conn, "accept", "unit", unit_id, {"status": row["status"]}, {"name": row["name"]}, actor
            )

    def add_alias(self, unit_id: int, alias: str, *, actor: str | None = None) -> None:
        """Another name of a unit: names written so later resolve to it."""
        alias = alias.strip()
        if not alias or len(alias) > 100:
            raise DirectoryError("an alias needs 1-100 characters", "别名应为1—100个字")
        un = self.t["units"]
        with self.transaction() as conn:
            row = self._directory_unit(conn, unit_id)
            other = conn.execute(sa.select(un).where(un.c.name == alias)).mappings().first()
            if other is not None:
                owner = other["merged_into_id"] or other["id"]
                if owner == unit_id:
                    raise DirectoryError(
                        f"{alias} is a name of the unit", f"“{alias}”已是{row['name']}的名称"
                    )
                if other["merged_into_id"] is None:
                    raise DirectoryError(
                        f"{alias} is a unit of its own", f"“{alias}”是名录中的单位，如为同一单位请用“并入”"
                    )
                raise DirectoryError(f"{alias} is another unit's alias", f"“{alias}”已是其他单位的别名")
            conn.execute(
                un.insert().values(name=alias, created_at=_now(), status="ok", merged_into_id=unit_id)
            )
            self._audit(conn, "alias", "unit", unit_id, None, {"name": row["name"], "alias": alias}, actor)

    def set_parent(self, unit_id: int, parent_id: int | None, *, actor: str | None = None) -> None:
        """The unit's parent (a department's government), or none; a unit cannot be its own ancestor."""
        un = self.t["units"]
        with self.transaction() as conn:
            row = self._directory_unit(conn, unit_id)
            if parent_id is not None:
                self._directory_unit(conn, parent_id)
                up: int | None = parent_id
                while up is not None:
                    if up == unit_id:
                        raise DirectoryError(
                            "a unit cannot be its own ancestor", "上级单位不能是本单位或其下级单位"
                        )
                    up = conn.execute(sa.select(un.c.parent_id).where(un.c.id == up)).scalar()
            conn.execute(un.update().where(un.c.id == unit_id).values(parent_id=parent_id))
            self._audit(
                conn,
                "set_parent",
                "unit",
                unit_id,
                {"parent_id": row["parent_id"]},
                {"parent_id": parent_id},
                actor,
            )

    def merge_units(self, source_id: int, target_id: int, *, actor: str | None = None) -> dict[str, int]:
        """Merge the source unit into the target: the source and its aliases become the target's aliases,
        its sub-units the target's. Items, progress, users and the audit log keep the ids they were written
        with and read as the target from now on. Returns what now reads as the target (items, progress,
        users, names) for the audit log and the page."""
        if source_id == target_id:
            raise DirectoryError("a unit cannot be merged into itself", "不能将单位并入其自身")
        un, iu, rv, pu, us = (
            self.t[n] for n in ("units", "item_units", "plan_item_revisions", "progress_updates", "users")
        )
        with self.transaction() as conn:
            source = self._directory_unit(conn, source_id)
            target = self._directory_unit(conn, target_id)
            moved = [source_id] + list(
                conn.execute(sa.select(un.c.id).where(un.c.merged_into_id == source_id)).scalars()
            )
            conn.execute(un.update().where(un.c.id.in_(moved)).values(merged_into_id=target_id))
            conn.execute(un.update().where(un.c.parent_id == source_id).values(parent_id=target_id))
            conn.execute(
                un.update().where(un.c.id == target_id, un.c.parent_id == target_id).values(parent_id=None)
            )
            conn.execute(un.update().where(un.c.id == target_id).values(status="ok"))
            counts = {
                "names": len(moved),
                "items": int(
                    conn.execute(
                        sa.select(sa.func.count(sa.distinct(rv.c.item_id)))
                        .select_from(iu.join(rv, rv.c.id == iu.c.revision_id))
                        .where(iu.c.unit_id.in_(moved))
                    ).scalar()
                    or 0
                ),
                "progress": int(
                    conn.execute(sa.select(sa.func.count()).where(pu.c.unit_id.in_(moved))).scalar() or 0
                ),
                "users": int(
                    conn.execute(sa.select(sa.func.count()).where(us.c.unit_id.in_(moved))).scalar() or 0
                ),
            }
            self._audit(
                conn,
                "merge",
                "unit",
                source_id,
                {"name": source["name"], "status": source["status"]},
                {"merged_into": target["name"], "merged_into_id": target_id, **counts},
                actor,
            )
        return counts
