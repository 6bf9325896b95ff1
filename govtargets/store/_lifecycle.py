"""The steps of an item's 督办 lifecycle on the store (migration 0006_lifecycle): written with their audit
entry in one transaction, read per item or per plan in order. What a step means and when it is allowed is
decided by govtargets.cycle.lifecycle; the store only keeps them (append-only).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from govtargets.store._base import StoreError, _now
from govtargets.store._progress import ProgressMixin
from govtargets.store._records import ProgressDraft

__all__ = ["ItemEvent", "EventDraft", "LifecycleMixin"]


@dataclass(frozen=True, slots=True)
class EventDraft:
    """One step to record: on item `item_id`, of `kind`, by or for `unit` (a unit name), with a note."""

    item_id: int
    kind: str
    unit: str | None = None
    note: str | None = None
    data: dict[str, Any] | None = None
    ref_id: int | None = None


@dataclass(frozen=True, slots=True)
class ItemEvent:
    """One recorded step of an item's lifecycle: what, by whom, when, for which unit, with what note."""

    id: int
    item_id: int
    kind: str
    unit: str | None
    actor: str
    at: datetime
    note: str | None
    data: dict[str, Any] = field(default_factory=dict)
    ref_id: int | None = None


class LifecycleMixin(ProgressMixin):
    """Lifecycle steps: `add_events` (one transaction, each with its audit entry), `item_events`,
    `plan_events`."""

    def add_events(
        self,
        events: Sequence[EventDraft],
        *,
        actor: str | None = None,
        progress: Sequence[tuple[int, ProgressDraft]] = (),
    ) -> list[int]:
        """Record the steps (and any progress rows that go with them, such as the office's confirmed 完成)
        in one transaction; returns the new steps' ids. An unknown item is refused."""
        who = actor or self.actor
        ids: list[int] = []
        with self.transaction() as conn:
            units = self._unit_ids(conn, [e.unit for e in events if e.unit])
            known = self._known_items(conn, {e.item_id for e in events})
            for e in events:
                if e.item_id not in known:
                    raise StoreError(f"no item {e.item_id}")
                values = {
                    "item_id": e.item_id,
                    "kind": e.kind,
                    "unit_id": units.get(e.unit) if e.unit else None,
                    "actor": who,
                    "at": _now(),
                    "note": e.note,
                    "data": e.data or None,
                    "ref_id": e.ref_id,
                }
                key = conn.execute(self.t["item_events"].insert().values(**values)).inserted_primary_key
                new_id = int(key[0])  # type: ignore[index]
                ids.append(new_id)
                logged = {
                    "step": new_id,
                    "unit": e.unit,
                    "note": e.note,
                    **({"data": e.data} if e.data else {}),
                }
                self._audit(conn, e.kind, "item", e.item_id, None, logged, who)
            for item_id, draft in progress:
                self.add_progress(item_id, draft, actor=who, conn=conn)
        return ids

    def _known_items(self, conn: Connection, ids: set[int]) -> set[int]:
        pi = self.t["plan_items"]
        return set(conn.execute(sa.select(pi.c.id).where(pi.c.id.in_(sorted(ids)))).scalars())

    def events_stamp(self) -> tuple[int, int]:
        """(number of steps, largest id): it changes with every step recorded, in whatever order concurrent
        transactions commit (the count does when a smaller id lands late), so a cache of steps read from
        the store is good while it is unchanged."""
        ev = self.t["item_events"]

        def build() -> Any:
            return sa.select(sa.func.count(), sa.func.coalesce(sa.func.max(ev.c.id), 0))

        with self.engine.connect() as conn:
            n, top = conn.execute(self.statement("events-stamp", build)).one()
        return int(n), int(top)

    def item_events(self, item_id: int) -> list[ItemEvent]:
        """The item's steps, oldest first."""
        ev = self.t["item_events"]
        return self._events(ev.c.item_id == item_id)

    def plan_events(self, plan_id: int) -> dict[int, list[ItemEvent]]:
        """Item id → its steps, oldest first, for every item of the plan that has any."""
        ev, pi = self.t["item_events"], self.t["plan_items"]
        out: dict[int, list[ItemEvent]] = {}
        for e in self._events(ev.c.item_id.in_(sa.select(pi.c.id).where(pi.c.plan_id == plan_id))):
            out.setdefault(e.item_id, []).append(e)
        return out

    def _events(self, where: Any) -> list[ItemEvent]:
        ev, un = self.t["item_events"], self.t["units"]
        q = (
            sa.select(ev, un.c.name.label("unit_name"))
            .outerjoin(un, un.c.id == ev.c.unit_id)
            .where(where)
            .order_by(ev.c.id)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        return [
            ItemEvent(
                r.id, r.item_id, r.kind, r.unit_name, r.actor, r.at, r.note, dict(r.data or {}), r.ref_id
            )
            for r in rows
        ]
