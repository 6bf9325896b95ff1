"""The database behind the supervision cycle: SQLite by default, PostgreSQL by URL."""

from govtargets.store._migrations import MIGRATIONS, applied, migrate
from govtargets.store._records import (
    AuditEntry,
    Item,
    ItemDraft,
    Plan,
    Progress,
    ProgressDraft,
    StoredDocument,
)
from govtargets.store._store import StaleEdit, Store, StoreError, default_url

__all__ = [
    "MIGRATIONS",
    "AuditEntry",
    "Item",
    "ItemDraft",
    "Plan",
    "Progress",
    "ProgressDraft",
    "StaleEdit",
    "Store",
    "StoreError",
    "StoredDocument",
    "applied",
    "default_url",
    "migrate",
]
