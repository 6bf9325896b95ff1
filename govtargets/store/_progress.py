"""Progress reports on items: append-only; a correction supersedes the report it corrects (once)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from govtargets.store._base import StaleEdit, StoreBase, StoreError, _chunks, _dec, _jsonable, _now, _undec
from govtargets.store._records import Progress, ProgressDraft

__all__ = ["ProgressMixin"]

_DEC_PROGRESS = ("value", "completion_pct", "growth")
_PROGRESS_FIELDS = [f.name for f in fields(ProgressDraft) if f.name != "unit"]


def _progress(r: Any, names: dict[int, str]) -> Progress:
    """A progress report from its row; `names`: unit id → directory unit name (Store._unit_names)."""
    values = {k: r[k] for k in _PROGRESS_FIELDS}
    for k in _DEC_PROGRESS:
        values[k] = _undec(values[k])
    values["evidence"] = tuple(r["evidence"] or ())
    return Progress(
        unit=names.get(r["unit_id"]) if r["unit_id"] is not None else None,
        id=r["id"],
        item_id=r["item_id"],
        reported_by=r["reported_by"],
        reported_at=r["reported_at"],
        **values,
    )


class ProgressMixin(StoreBase):
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
            names = self._unit_names(conn)
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
                out.setdefault(r["item_id"], []).append(_progress(r, names))
        return out

    def item_progress(self, item_id: int) -> list[Progress]:
        """Every report on one item, superseded ones too, in the order they were entered."""
        pu = self.t["progress_updates"]
        q = self._progress_select().where(pu.c.item_id == item_id).order_by(pu.c.id)
        with self.engine.connect() as conn:
            names = self._unit_names(conn)
            return [_progress(r, names) for r in conn.execute(q).mappings()]

    def _progress_select(self) -> sa.Select[Any]:
        return sa.select(self.t["progress_updates"])
