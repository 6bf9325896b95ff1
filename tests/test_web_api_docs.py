"""Issue 12, case 10: /api/docs works offline under the app's own CSP: Swagger UI's files come from the
npm package in node_modules (as ECharts does), served by the app, and the page has no inline script."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from govtargets.web import create_app
from govtargets.web.pages import node_modules

needs_swagger = pytest.mark.skipif(
    not (node_modules() / "swagger-ui-dist" / "swagger-ui-bundle.js").is_file(),
    reason="swagger-ui-dist not installed (npm ci)",
)


@pytest.fixture
def client(tmp_path):
    return TestClient(create_app(str(tmp_path / "d.db"), secret="s"))


@needs_swagger
def test_api_docs_references_only_same_origin_assets_and_no_inline_script(client):
    r = client.get("/api/docs")
    assert r.status_code == 200
    page = r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", page, re.S)
    assert scripts and all(body.strip() == "" and "src=" in attrs for attrs, body in scripts)
    assert "<style" not in page and " style=" not in page and " on" not in re.sub(r'"[^"]*"', "", page)
    urls = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert urls and all(not urlsplit(u).netloc and u.startswith("/") for u in urls), urls
    for u in urls:
        asset = client.get(u)
        assert asset.status_code == 200, u
        assert "cdn" not in asset.text[:5000].lower() or u.endswith(".css"), u
    init = next(u for u in urls if u.endswith("api-docs.js"))
    assert "/api/openapi.json" in client.get(init).text
    assert client.get("/api/openapi.json").json()["info"]["title"] == "govtargets"


def test_api_docs_without_the_package_says_how_to_install_it(client, monkeypatch, tmp_path):
    monkeypatch.setenv("GOVTARGETS_NODE_MODULES", str(tmp_path / "none"))
    r = client.get("/api/docs")
    assert r.status_code == 200 and "npm ci" in r.text and "<script" not in r.text


@needs_swagger
def test_api_docs_renders_in_a_real_browser_with_no_csp_refusal(tmp_path):
    from .browser_helpers import find_chromium, serve

    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    path = find_chromium()
    if path is None:
        pytest.skip("chromium not found (apt-get install chromium; .ci/run installs it)")
    db = str(tmp_path / "d.db")
    refused: list[str] = []
    with serve(db) as base, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path)
        page = browser.new_page()
        page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
        page.on("requestfailed", lambda r: refused.append(f"failed: {r.url}"))
        page.goto(f"{base}/api/docs")
        page.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
        title = page.inner_text(".swagger-ui .info .title")
        operations = page.locator(".opblock").count()
        browser.close()
    assert "govtargets" in title and operations > 5
    assert refused == []
