"""The database behind the supervision cycle: SQLite by default, PostgreSQL by URL."""

from govtargets.store._directory import UNIT_STATUSES, DirectoryError, Unit
from govtargets.store._lifecycle import EventDraft, ItemEvent
from govtargets.store._logins import LoginLimits, LoginResult, attempt_login
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
from govtargets.store._store import StaleEdit, Store, StoreError, default_url, missing_database
from govtargets.store._users import (
    ROLES,
    FactReview,
    UnknownUnit,
    User,
    add_user,
    end_sessions,
    fact_reviews,
    get_user,
    list_users,
    nearest_units,
    plan_units,
    review_fact,
    set_disabled,
    set_password,
    user_and_version,
)

__all__ = [
    "MIGRATIONS",
    "ROLES",
    "UNIT_STATUSES",
    "AuditEntry",
    "DirectoryError",
    "EventDraft",
    "ItemEvent",
    "FactReview",
    "Item",
    "ItemDraft",
    "LoginLimits",
    "LoginResult",
    "Plan",
    "Progress",
    "ProgressDraft",
    "StaleEdit",
    "Store",
    "StoreError",
    "StoredDocument",
    "Unit",
    "UnknownUnit",
    "User",
    "add_user",
    "applied",
    "attempt_login",
    "default_url",
    "end_sessions",
    "fact_reviews",
    "get_user",
    "list_users",
    "migrate",
    "missing_database",
    "nearest_units",
    "plan_units",
    "review_fact",
    "set_disabled",
    "set_password",
    "user_and_version",
]
