"""Plans (one region, one year) and their items: revisions (an edit is a new revision, a stale one is
refused), units (lead and co-responsible, in order), and reading them back as they stand or in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from govtargets.store._base import StaleEdit, StoreBase, StoreError, _chunks, _dec, _jsonable, _now, _undec
from govtargets.store._records import Item, ItemDraft, Plan

__all__ = ["PlansMixin"]

_DEC_ITEM = ("target_value", "target_low", "target_high")
_DRAFT_FIELDS = [f.name for f in fields(ItemDraft) if f.name not in ("lead_units", "co_units")]


def _revision_values(draft: ItemDraft) -> dict[str, Any]:
    values = {k: getattr(draft, k) for k in _DRAFT_FIELDS if k != "kind"}
    for k in _DEC_ITEM:
        values[k] = _dec(values[k])
    return values


def _links(rev_id: int, draft: ItemDraft, unit_ids: dict[str, int]) -> list[dict[str, Any]]:
    """The unit links of a revision: lead units first, in order; a unit named twice is linked once."""
    links = []
    seen: set[int] = set()  # by unit: two names of one unit (市发改委, 市发展改革委) link it once
    for role, names in (("lead", draft.lead_units), ("co", draft.co_units)):
        for pos, name in enumerate(names):
            if name.strip() and unit_ids[name] not in seen:
                seen.add(unit_ids[name])
                links.append(
                    {"revision_id": rev_id, "unit_id": unit_ids[name], "role": role, "position": pos}
                )
    return links


class PlansMixin(StoreBase):
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
        pi, rv, iu = (self.t[n] for n in ("plan_items", "plan_item_revisions", "item_units"))
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
        names = self._unit_names(conn) if rev_ids else {}
        for chunk in range(0, len(rev_ids), 900):
            part = rev_ids[chunk : chunk + 900]
            for link in conn.execute(
                sa.select(iu.c.revision_id, iu.c.role, iu.c.position, iu.c.unit_id).where(
                    iu.c.revision_id.in_(part)
                )
            ):
                units.setdefault(link.revision_id, {"lead": [], "co": []})[link.role].append(
                    (link.position, names[link.unit_id])
                )
        out = []
        for r in rows:
            u = units.get(r["id"], {"lead": [], "co": []})
            lead = tuple(dict.fromkeys(n for _, n in sorted(u["lead"])))  # a merged unit named twice: once
            values = {k: r[k] for k in _DRAFT_FIELDS if k != "kind"}
            for k in _DEC_ITEM:
                values[k] = _undec(values[k])
            out.append(
                Item(
                    kind=r["kind"],
                    lead_units=lead,
                    co_units=tuple(n for n in dict.fromkeys(n for _, n in sorted(u["co"])) if n not in lead),
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
