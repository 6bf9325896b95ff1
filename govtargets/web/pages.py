"""The server-rendered pages: the Jinja2 templates, `render_page`, which every page goes through, and where
the browser libraries are.

Apart from the application (app.py) and the routers so that any router can render a page or a fragment
without importing the application that includes it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates

import govtargets
from govtargets.store import ROLES
from govtargets.web.security import csrf_token, current_user

__all__ = ["templates", "render_page", "template_context", "node_modules"]

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.globals["ROLE_NAMES"] = dict(ROLES)


def render_page(request: Request, name: str, code: int = 200, **values: Any) -> Response:
    """The page from template `name`, with what every page gets (template_context) and the values."""
    return templates.TemplateResponse(request, name, template_context(request, **values), status_code=code)


def template_context(request: Request, **values: Any) -> dict[str, Any]:
    """What every page's template gets: the user, the CSRF token, and the values."""
    return {"request": request, "user": current_user(request), "csrf_token": csrf_token(request), **values}


def node_modules() -> Path:
    """$GOVTARGETS_NODE_MODULES, else node_modules/ beside the package (the repository's root): the
    browser libraries (ECharts, Swagger UI) the pages load, installed from npm at set-up time."""
    env = os.environ.get("GOVTARGETS_NODE_MODULES")
    return Path(env) if env else Path(govtargets.__file__).resolve().parents[1] / "node_modules"
