"""The store: documents, facts, plans, items, units, progress, judgements and the audit log on one database.

SQLite is the embedded default (WAL, foreign keys on, writers queue on BEGIN IMMEDIATE); PostgreSQL is used by
URL. Every change is written with its audit entry in the same transaction, so either both land or neither.
"""

from __future__ import annotations

from govtargets.store._base import StaleEdit, StoreError, default_url, missing_database
from govtargets.store._directory import DirectoryMixin
from govtargets.store._documents import DocumentsMixin
from govtargets.store._lifecycle import LifecycleMixin
from govtargets.store._plans import PlansMixin
from govtargets.store._progress import ProgressMixin

__all__ = ["Store", "StoreError", "StaleEdit", "default_url", "missing_database"]


class Store(DirectoryMixin, DocumentsMixin, PlansMixin, LifecycleMixin, ProgressMixin):
    """One database. Open with a URL (sqlite:///path, postgresql://…) or a bare file path.

    Its parts: the engine, transactions, the data version, the audit log and judgement runs (_base.py);
    the unit directory (_directory.py); documents and facts (_documents.py); plans, items and revisions
    (_plans.py); progress (_progress.py); the lifecycle steps of items (_lifecycle.py).
    """
