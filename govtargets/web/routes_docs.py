"""The API's documentation page (/api/docs): Swagger UI from the npm package swagger-ui-dist in
node_modules (package.json, like ECharts), served by the app itself, started by a script file of ours.

FastAPI's own page loads Swagger UI from a CDN and starts it with an inline script: both are blocked by the
app's CSP (script-src 'self') and by a network without the internet, so the page stayed blank.
"""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from govtargets.web.pages import node_modules
from govtargets.web.security import csrf_token

router = APIRouter()

_ASSETS = {
    "swagger-ui.css": "text/css; charset=utf-8",
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
}
_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>govtargets API 文档</title>
<meta name="csrf-token" content="{token}">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/static/api-docs.js"></script>
</body>
</html>
"""
_MISSING = """<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>govtargets API 文档</title></head>
<body>
<h1>govtargets API 文档</h1>
<p>未安装 Swagger UI：请在程序目录运行 npm ci --no-audit --no-fund 后刷新本页。
接口说明（OpenAPI）见 <a href="/api/openapi.json">/api/openapi.json</a>。</p>
</body>
</html>
"""


def _dist() -> str:
    return str(node_modules() / "swagger-ui-dist")


@router.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request) -> Response:
    if not (node_modules() / "swagger-ui-dist" / "swagger-ui-bundle.js").is_file():
        return HTMLResponse(_MISSING)
    return HTMLResponse(
        _PAGE.format(token=escape(csrf_token(request))), headers={"Cache-Control": "no-store"}
    )


@router.get("/api/docs/assets/{asset}", include_in_schema=False)
def api_docs_asset(asset: str) -> Response:
    path = node_modules() / "swagger-ui-dist" / asset
    if asset not in _ASSETS or not path.is_file():
        raise HTTPException(404, "未找到该文件")
    return FileResponse(path, media_type=_ASSETS[asset], headers={"Cache-Control": "public, max-age=86400"})
