"""Users, login attempts and fact reviews on the store (migration 0003_users).

Passwords are hashed with argon2id (argon2-cffi); the hash is all that is stored. Every change to a user is in
the audit log. Login attempts are kept (append-only) so that logins can be rate-limited across processes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from difflib import SequenceMatcher
from typing import Any

import sqlalchemy as sa
from argon2 import PasswordHasher

from govtargets.store._directory import canon_on, canonical_units
from govtargets.store._store import Store, StoreError

__all__ = [
    "ROLES",
    "User",
    "add_user",
    "get_user",
    "user_and_version",
    "list_users",
    "end_sessions",
    "UnknownUnit",
    "plan_units",
    "nearest_units",
    "FactReview",
    "review_fact",
    "fact_reviews",
    "set_password",
    "set_disabled",
]

ROLES = {"admin": "管理员", "supervisor": "督查室", "reporter": "填报单位", "viewer": "只读"}
_HASHER = PasswordHasher()


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    display_name: str
    role: str
    unit: str | None
    disabled: bool
    session_version: int = 0  # a session opened at another version has ended (migration 0005)

    @property
    def role_name(self) -> str:
        return ROLES[self.role]


@dataclass(frozen=True, slots=True)
class FactReview:
    id: int
    fact_id: int
    action: str  # accept | reject | correct
    values: dict[str, Any] | None
    note: str | None
    by: str
    at: datetime


def _now() -> datetime:
    return datetime.now(UTC)


def _user(row: Any) -> User:
    return User(
        row.id,
        row.username,
        row.display_name,
        row.role,
        row.unit_name,
        bool(row.disabled),
        int(row.session_version or 0),
    )


def _select(store: Store) -> sa.Select[Any]:
    u = store.t["users"]
    written, canon = canonical_units(store.t["units"])
    return (
        sa.select(u, canon.c.name.label("unit_name"))
        .outerjoin(written, written.c.id == u.c.unit_id)
        .outerjoin(canon, canon_on(written, canon))
    )


class UnknownUnit(StoreError):
    """A reporter's unit that no plan names: it would see no item. `nearest` are the plans' closest names."""

    def __init__(self, unit: str, nearest: list[str]) -> None:
        self.unit = unit
        self.nearest = nearest
        near = f" (nearest: {'、'.join(nearest)})" if nearest else ""
        super().__init__(
            f"unit {unit} is not named in any plan{near}: check the name, or give --new-unit to add it anyway"
        )


def plan_units(store: Store) -> list[str]:
    """Every directory unit some plan item names (lead or co), by name."""
    iu = store.t["item_units"]
    written, canon = canonical_units(store.t["units"])
    with store.engine.connect() as conn:
        q = (
            sa.select(canon.c.name)
            .distinct()
            .select_from(written.join(canon, canon_on(written, canon)))
            .where(written.c.id.in_(sa.select(iu.c.unit_id)))
            .order_by(canon.c.name)
        )
        return list(conn.execute(q).scalars())


def nearest_units(unit: str, names: list[str], n: int = 3) -> list[str]:
    """The names most like `unit` (shared characters in order), best first.

    >>> nearest_units("县住建局", ["县教育局", "县住房和城乡建设局", "县财政局"], 1)
    ['县住房和城乡建设局']
    """
    scored = sorted(((SequenceMatcher(None, unit, x).ratio(), x) for x in names), reverse=True)
    return [x for r, x in scored[:n] if r >= 0.3]


def add_user(
    store: Store,
    username: str,
    password: str,
    role: str,
    *,
    unit: str | None = None,
    display_name: str | None = None,
    actor: str | None = None,
    new_unit: bool = False,
) -> User:
    """A new user; a reporter must name its unit, one the plans name (UnknownUnit, with the nearest names,
    unless new_unit or no plan names any unit yet). Raises StoreError if the name is taken."""
    if role not in ROLES:
        raise StoreError(f"unknown role {role!r} (one of {', '.join(ROLES)})")
    if role == "reporter" and not unit:
        raise StoreError("a reporter needs --unit, the unit whose items it reports on")
    if role == "reporter" and unit and not new_unit:
        known = plan_units(store)
        if known and unit not in known and store.find_unit(unit) is None:
            raise UnknownUnit(unit, nearest_units(unit, known))
    if len(password) < 8:
        raise StoreError("the password needs at least 8 characters")
    u = store.t["users"]
    with store.transaction() as conn:
        if conn.execute(sa.select(u.c.id).where(u.c.username == username)).scalar() is not None:
            raise StoreError(f"user {username} exists already")
        unit_id = store._unit_ids(conn, [unit]).get(unit) if unit else None
        uid = conn.execute(
            u.insert().values(
                username=username,
                display_name=display_name or username,
                password_hash=_HASHER.hash(password),
                role=role,
                unit_id=unit_id,
                disabled=False,
                created_at=_now(),
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        store._audit(
            conn, "add", "user", uid, None, {"username": username, "role": role, "unit": unit}, actor
        )
    return get_user(store, username)  # type: ignore[return-value]


def set_password(store: Store, username: str, password: str, *, actor: str | None = None) -> None:
    if len(password) < 8:
        raise StoreError("the password needs at least 8 characters")
    u = store.t["users"]
    with store.transaction() as conn:
        uid = conn.execute(sa.select(u.c.id).where(u.c.username == username)).scalar()
        if uid is None:
            raise StoreError(f"no user {username}")
        conn.execute(
            u.update()
            .where(u.c.id == uid)
            .values(password_hash=_HASHER.hash(password), session_version=u.c.session_version + 1)
        )
        store._audit(conn, "set_password", "user", uid, None, {"username": username}, actor)


def set_disabled(store: Store, username: str, disabled: bool, *, actor: str | None = None) -> None:
    """Disable a user (its sessions stop working at its next request; nothing it did is lost), or enable
    it again; either way every session it had has ended."""
    u = store.t["users"]
    with store.transaction() as conn:
        row = conn.execute(sa.select(u.c.id, u.c.disabled).where(u.c.username == username)).first()
        if row is None:
            raise StoreError(f"no user {username}")
        if bool(row.disabled) == disabled:
            return
        conn.execute(
            u.update()
            .where(u.c.id == row.id)
            .values(disabled=disabled, session_version=u.c.session_version + 1)
        )
        store._audit(
            conn,
            "disable" if disabled else "enable",
            "user",
            row.id,
            {"disabled": bool(row.disabled)},
            {"username": username, "disabled": disabled},
            actor,
        )


def get_user(store: Store, username: str | None = None, *, user_id: int | None = None) -> User | None:
    u = store.t["users"]
    q = _select(store).where(u.c.username == username if user_id is None else u.c.id == user_id)
    with store.engine.connect() as conn:
        row = conn.execute(q).first()
    return None if row is None else _user(row)


def user_and_version(store: Store, user_id: int) -> tuple[User | None, int]:
    """The user by id and the data version (Store.version), in one query: what the web application needs
    on every request."""

    def build() -> sa.Select[Any]:
        dv, u = store.t["data_version"], store.t["users"]
        version = sa.select(dv.c.version).where(dv.c.id == 1).scalar_subquery().label("data_version")
        return _select(store).add_columns(version).where(u.c.id == sa.bindparam("uid"))

    stmt = store.statement("user_and_version", build)
    with store.engine.connect() as conn:
        row = conn.execute(stmt, {"uid": user_id}).first()
    if row is None:
        return None, store.version()
    return _user(row), int(row.data_version or 0)


def end_sessions(store: Store, user_id: int) -> None:
    """End every session the user has (logout): its session version is raised."""
    u = store.t["users"]
    with store.transaction() as conn:
        conn.execute(u.update().where(u.c.id == user_id).values(session_version=u.c.session_version + 1))


def list_users(store: Store) -> list[User]:
    with store.engine.connect() as conn:
        return [_user(r) for r in conn.execute(_select(store).order_by(store.t["users"].c.id))]


def review_fact(
    store: Store,
    fact_id: int,
    action: str,
    *,
    values: dict[str, Any] | None = None,
    note: str | None = None,
    actor: str,
) -> int:
    """Accept, reject or correct an extracted fact; the fact itself stays as extracted."""
    if action not in ("accept", "reject", "correct"):
        raise StoreError(f"unknown review action {action!r}")
    if action == "correct" and not values:
        raise StoreError("a correction needs the corrected values")
    f = store.t["facts"]
    with store.transaction() as conn:
        if conn.execute(sa.select(f.c.id).where(f.c.id == fact_id)).scalar() is None:
            raise StoreError(f"no fact {fact_id}")
        rid = conn.execute(
            store.t["fact_reviews"]
            .insert()
            .values(fact_id=fact_id, action=action, values=values, note=note, by=actor, at=_now())
        ).inserted_primary_key[0]  # type: ignore[index]
        store._audit(conn, action, "fact", fact_id, None, {"values": values, "note": note}, actor)
    return int(rid)


def review_facts(
    store: Store, fact_ids: Sequence[int], action: str, *, note: str | None = None, actor: str
) -> int:
    """Accept or reject many facts at once, in one transaction (every fact gets its review and its audit
    entry, as `review_fact` gives them one by one); a fact id that does not exist fails the whole batch."""
    if action not in ("accept", "reject"):
        raise StoreError(f"a batch can only accept or reject, not {action!r}")
    ids = list(dict.fromkeys(fact_ids))
    if not ids:
        return 0
    f = store.t["facts"]
    with store.transaction() as conn:
        found = set(conn.execute(sa.select(f.c.id).where(f.c.id.in_(ids))).scalars())
        if len(found) != len(ids):
            raise StoreError(f"no fact {min(set(ids) - found)}")
        at = _now()
        conn.execute(
            store.t["fact_reviews"].insert(),
            [
                {"fact_id": i, "action": action, "values": None, "note": note, "by": actor, "at": at}
                for i in ids
            ],
        )
        for i in ids:
            new = {"values": None, "note": note, "batch": len(ids)}
            store._audit(conn, action, "fact", i, None, new, actor)
    return len(ids)


def fact_reviews(store: Store, fact_ids: list[int]) -> dict[int, FactReview]:
    """The latest review of each fact that has one."""
    r = store.t["fact_reviews"]
    out: dict[int, FactReview] = {}
    with store.engine.connect() as conn:
        for k in range(0, len(fact_ids), 900):
            for row in conn.execute(
                sa.select(r).where(r.c.fact_id.in_(fact_ids[k : k + 900])).order_by(r.c.id)
            ).mappings():
                out[row["fact_id"]] = FactReview(
                    row["id"], row["fact_id"], row["action"], row["values"], row["note"], row["by"], row["at"]
                )
    return out
