"""Who is asking, and may they: sessions, CSRF tokens, roles, login rate limits.

- Sessions are signed cookies (Starlette's SessionMiddleware: HttpOnly, SameSite=Strict), holding only the
  user id, the user's session version and the CSRF token; the user is read from the store on every request
  (with the data version, in one query), so a disabled user is out at once, and a session opened at an
  older session version (before a logout, a password change, disable or enable) has ended.
- Every state-changing request (POST, PUT, PATCH, DELETE) must carry the session's CSRF token, in the form
  field `csrf_token` or the `X-CSRF-Token` header; GET never changes state.
- Roles: admin (everything, and users), supervisor (督查室: everything in its plans), reporter (填报单位: only
  the items its unit leads or shares, and only progress on them), viewer (read-only).
- Logins: after `MAX_FAILURES` failed attempts for a name from one address within `FAILURE_WINDOW`, further
  attempts from there are refused until the window has passed; a name failing from many addresses waits a
  little longer between attempts (govtargets.store.attempt_login).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from fastapi import HTTPException, Request

from govtargets.store import Item, LoginLimits, Store, User, user_and_version

__all__ = [
    "MAX_FAILURES",
    "FAILURE_WINDOW",
    "SAFE_METHODS",
    "current_user",
    "require_user",
    "require_role",
    "csrf_token",
    "check_csrf",
    "can_read_item",
    "can_report_on",
    "can_edit_plan",
    "visible_items",
]

MAX_FAILURES = LoginLimits().per_name_address
FAILURE_WINDOW = LoginLimits().window
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class LoginRequired(Exception):
    """Raised for a page that needs a logged-in user; the app redirects to the login page."""


def store_of(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def current_user(request: Request) -> User | None:
    uid = request.session.get("uid")
    if uid is None:
        return None
    cached = getattr(request.state, "user", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    user, request.state.version = user_and_version(store_of(request), int(uid))
    if user is None or user.disabled or request.session.get("sv") != user.session_version:
        request.session.clear()
        return None
    request.state.user = user
    return user


def require_user(request: Request) -> User:
    """The logged-in user; a page without one redirects to 登录, an API call gets 401."""
    user = current_user(request)
    if user is None:
        if request.url.path.startswith("/api/"):
            raise HTTPException(401, "请先登录")
        raise LoginRequired()
    return user


def require_role(request: Request, *roles: str) -> User:
    user = require_user(request)
    if user.role not in roles and user.role != "admin":
        raise HTTPException(403, "没有权限进行此操作")
    return user


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


async def check_csrf(request: Request) -> None:
    """A dependency for every router: a state-changing request without the session's token is refused."""
    if request.method in SAFE_METHODS:
        return
    expected = request.session.get("csrf")
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if not expected or not sent or not secrets.compare_digest(str(expected), sent):
        raise HTTPException(403, "请求已过期或来源不明（CSRF 校验失败），请刷新页面后重试")


def can_read_item(user: User, item: Item) -> bool:
    return user.role != "reporter" or (user.unit is not None and user.unit in item.units)


def can_report_on(user: User, item: Item) -> bool:
    """Progress may be reported by the supervision office, or by a unit on its own items."""
    if user.role in ("admin", "supervisor"):
        return True
    return user.role == "reporter" and user.unit is not None and user.unit in item.units


def can_edit_plan(user: User) -> bool:
    return user.role in ("admin", "supervisor")


def visible_items(user: User, items: Iterable[Item]) -> list[Item]:
    return [i for i in items if can_read_item(user, i)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
