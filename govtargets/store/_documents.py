"""Documents as read, and the facts extracted from them (append-only; a document is stored once, by its
content)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from govtargets.ingest import Document
from govtargets.store._base import StoreBase, StoreError, _dec, _now
from govtargets.store._records import StoredDocument

__all__ = ["DocumentsMixin"]


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


class DocumentsMixin(StoreBase):
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
