"""Login attempts and their limits (migrations 0003_users and 0005_session_version).

An attempt is recorded as a failure *before* its password is checked, in one short transaction that first
counts the failures and holds the name's lock (SQLite: the write lock; PostgreSQL: an advisory lock on the
name), so that thirty parallel wrong passwords are thirty attempts in turn and only the first few are tried.
A success is a second row naming the first (login_attempts is append-only).

The limits (LoginLimits) are per name *and* address, so that someone failing from one address cannot lock
the user out from every other; per address, against one address trying many names; and per name, from any
address, a slower backoff (a wait that doubles with each failure, up to `backoff_max`) that slows a
distributed guesser without ever shutting the real user out for long.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from argon2.exceptions import InvalidHashError, VerificationError

from govtargets.store._store import Store
from govtargets.store._users import _HASHER, User, _now, get_user

__all__ = ["LoginLimits", "LoginResult", "attempt_login"]

_PG_LOCK_SPACE = 4243  # the migrations hold 4242


@dataclass(frozen=True, slots=True)
class LoginLimits:
    per_name_address: int = 5  # failures for one name from one address within the window
    per_address: int = 20  # failures from one address, any name
    name_backoff_after: int = 10  # failures for one name from anywhere before each try must wait
    backoff_max: timedelta = timedelta(minutes=1)
    window: timedelta = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class LoginResult:
    user: User | None  # the user, when the password was right and the account active
    refused: str | None = None  # "address" (too many failures from here) | "backoff" (the name waits)
    retry_after: int = 0  # seconds, when refused


def _is_failure(a: sa.Table, since: datetime) -> Any:
    success = a.alias("success")
    return sa.and_(a.c.at >= since, a.c.ok.is_(False), ~sa.exists().where(success.c.attempt_of == a.c.id))


def _check_and_record(
    store: Store, username: str, address: str, limits: LoginLimits, now: datetime
) -> tuple[int | None, LoginResult | None]:
    """Count the failures and record this attempt as one, under the name's lock: (attempt id, None), or
    (None, the refusal)."""
    a = store.t["login_attempts"]
    failed = _is_failure(a, now - limits.window)
    with store.transaction() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(
                sa.text("SELECT pg_advisory_xact_lock(:space, hashtext(:name))"),
                {"space": _PG_LOCK_SPACE, "name": username},
            )
        pair, by_address, by_name = conn.execute(
            sa.select(
                sa.func.count().filter(sa.and_(a.c.username == username, a.c.address == address)),
                sa.func.count().filter(a.c.address == address),
                sa.func.count().filter(a.c.username == username),
            ).where(failed, sa.or_(a.c.username == username, a.c.address == address))
        ).one()
        if pair >= limits.per_name_address or by_address >= limits.per_address:
            return None, LoginResult(None, "address", int(limits.window.total_seconds()))
        if by_name >= limits.name_backoff_after:
            wait = min(limits.backoff_max, timedelta(seconds=2 ** (by_name - limits.name_backoff_after + 1)))
            last = conn.execute(
                sa.select(a.c.at).where(failed, a.c.username == username).order_by(a.c.at.desc()).limit(1)
            ).scalar()
            if last is not None and now - last < wait:
                return None, LoginResult(
                    None, "backoff", max(1, math.ceil((wait - (now - last)).total_seconds()))
                )
        attempt = conn.execute(
            a.insert().values(username=username, address=address, ok=False, at=now)
        ).inserted_primary_key[0]  # type: ignore[index]
    return int(attempt), None


def attempt_login(
    store: Store,
    username: str,
    password: str,
    address: str,
    *,
    limits: LoginLimits | None = None,
    now: datetime | None = None,
) -> LoginResult:
    """Try a login within the limits; every attempt that is tried is recorded (a refused one is not)."""
    limits = limits or LoginLimits()
    now = now or _now()
    username, address = username[:100], address[:64]
    attempt, refusal = _check_and_record(store, username, address, limits, now)
    if refusal is not None:
        return refusal
    u = store.t["users"]
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(u.c.password_hash, u.c.disabled).where(u.c.username == username)).first()
    ok = False
    if row is not None and not row.disabled:
        try:
            ok = _HASHER.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            ok = False
    else:
        _HASHER.hash(password)  # the same work for an unknown name: no timing hint that it does not exist
    if not ok:
        return LoginResult(None)
    with store.transaction() as conn:
        conn.execute(
            store.t["login_attempts"]
            .insert()
            .values(username=username, address=address, ok=True, at=now, attempt_of=attempt)
        )
    return LoginResult(get_user(store, username))
