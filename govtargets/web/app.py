"""The web application: FastAPI on the store, server-rendered pages in Chinese, a JSON API under /api.

`create_app(db_url)` builds it; `govtargets serve` runs it with uvicorn. Each feature is a router module
(`routes_*.py`, `api.py`) that this module includes, listed in `ROUTERS`; every router carries the CSRF check.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from govtargets.store import Store, attempt_login, end_sessions
from govtargets.web import (
    api,
    routes_bulk,
    routes_dashboard,
    routes_docs,
    routes_lifecycle,
    routes_match,
    routes_plan,
    routes_progress,
    routes_reports,
    routes_units,
    routes_upload,
    routes_users,
)
from govtargets.web.cache import FragmentCache
from govtargets.web.pages import render_page, templates
from govtargets.web.security import LoginRequired, check_csrf, client_address, current_user, require_user
from govtargets.web.uploads import MAX_UPLOAD_BYTES

__all__ = ["create_app", "app_from_env", "templates", "ROUTERS"]

HERE = Path(__file__).parent

# the feature routers, in the order they are included
ROUTERS = (
    routes_docs.router,
    routes_bulk.router,  # before routes_plan: /plans/{id}/items/batch is not an item id
    routes_plan.router,
    routes_upload.router,
    routes_match.router,
    routes_progress.router,
    routes_lifecycle.router,
    routes_dashboard.router,
    routes_reports.router,
    routes_users.router,
    routes_units.router,
    api.router,
)


def create_app(db_url: str, *, secret: str | None = None, secure_cookies: bool = False) -> FastAPI:
    """The application on the database at db_url. `secret` signs the session cookies (every worker needs
    the same one); `secure_cookies` marks them Secure for a site behind HTTPS."""
    app = FastAPI(
        title="govtargets",
        description="政府工作报告目标任务督查系统 API：计划、进展、研判、跨年核对与督查报告。",
        docs_url=None,  # routes_docs serves Swagger UI from node_modules: no CDN, no inline script
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store = Store(db_url, actor="web")
    app.state.max_upload_bytes = MAX_UPLOAD_BYTES
    app.state.cache = FragmentCache()
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret or secrets.token_urlsafe(32),
        session_cookie="govtargets_session",
        max_age=8 * 3600,
        same_site="strict",
        https_only=secure_cookies,
    )

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return render_page(request, "error.html", exc.status_code, status=exc.status_code, message=exc.detail)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        """Never a bare 500: a full disk (under the evidence or the database) says so; anything else is
        an internal error, with nothing of the exception shown."""
        text = str(exc).lower()
        full = (
            isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
        ) or "disk is full" in text
        code = 507 if full else 500
        message = (
            "服务器存储空间不足，本次操作未能完成，未保存任何内容；请联系系统管理员"
            if full
            else "服务器内部错误，本次操作未能完成；请稍后重试，或联系系统管理员"
        )
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=code)
        try:
            return render_page(request, "error.html", code, status=code, message=message)
        except Exception:  # the page itself needs the database: then a plain page
            return HTMLResponse(f"<!doctype html><meta charset='utf-8'><p>{message}</p>", status_code=code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        errors = "；".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": errors}, status_code=422)
        return render_page(request, "error.html", 422, status=422, message=f"填写有误：{errors}")

    _auth_routes(app)
    for router in ROUTERS:
        app.include_router(router, dependencies=[Depends(check_csrf)])
    # after the routers: a route under /static (the vendored ECharts, /static/vendor/…) comes first
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app


_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        b"object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds the security headers to every response; a plain ASGI middleware, which costs far less per
    request than Starlette's BaseHTTPMiddleware (measured under load: it matters for the p99)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in _HEADERS if h[0] not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _auth_routes(app: FastAPI) -> None:
    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, next: str = "/") -> Response:
        return render_page(request, "login.html", next=_safe_next(next))

    @app.post("/login", include_in_schema=False, dependencies=[Depends(check_csrf)])
    def login(
        request: Request, username: str = Form(...), password: str = Form(...), next: str = Form("/")
    ) -> Response:
        store = request.app.state.store
        result = attempt_login(store, username, password, client_address(request))
        if result.refused is not None:
            error = (
                "登录失败次数过多，请15分钟后再试"
                if result.refused == "address"
                else f"该账号近期登录失败次数较多，请{result.retry_after}秒后再试"
            )
            response = render_page(request, "login.html", 429, next=_safe_next(next), error=error)
            response.headers["Retry-After"] = str(result.retry_after)
            return response
        user = result.user
        if user is None:
            return render_page(request, "login.html", 401, next=_safe_next(next), error="用户名或密码错误")
        request.session.clear()  # a new session at login: no fixation
        request.session["uid"] = user.id
        request.session["sv"] = user.session_version
        return RedirectResponse(_safe_next(next), status_code=303)

    @app.post("/logout", include_in_schema=False, dependencies=[Depends(check_csrf)])
    def logout(request: Request) -> Response:
        user = current_user(request)
        if user is not None:  # every session of the user ends, a copied cookie too
            end_sessions(request.app.state.store, user.id)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> Response:
        user = require_user(request)
        if user.role == "reporter":
            return RedirectResponse("/progress", status_code=303)
        return RedirectResponse("/dashboard", status_code=303)

    @app.get("/healthz", include_in_schema=False)
    def health(request: Request) -> dict[str, Any]:
        return {"ok": True, "user": current_user(request) is not None}


def _safe_next(target: str) -> str:
    """Only a path on this site: no open redirect to another host."""
    return target if target.startswith("/") and not target.startswith("//") else "/"


def app_from_env() -> FastAPI:
    """For uvicorn --factory: the database and the cookie secret come from the environment."""
    return create_app(
        os.environ.get("GOVTARGETS_DB", "sqlite:///govtargets.db"),
        secret=os.environ.get("GOVTARGETS_SECRET"),
        secure_cookies=os.environ.get("GOVTARGETS_SECURE_COOKIES") == "1",
    )
