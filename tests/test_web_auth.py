"""The web application's front door: login, sessions, CSRF, rate limits, roles, headers."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from govtargets.store import Store, add_user
from govtargets.web import create_app
from govtargets.web.security import MAX_FAILURES


@pytest.fixture
def app(tmp_path):
    db = str(tmp_path / "web.db")
    with Store(db) as s:
        add_user(s, "duchashi", "correct-horse-1", "supervisor", display_name="督查室王科长")
        add_user(s, "zhujian", "correct-horse-2", "reporter", unit="市住建委")
    return create_app(db, secret="test-secret")


def csrf(client: TestClient, path: str = "/login") -> str:
    page = client.get(path).text
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def login(client: TestClient, username: str, password: str) -> object:
    return client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": csrf(client), "next": "/"},
        follow_redirects=False,
    )


def test_login_sets_an_httponly_samesite_cookie_and_logout_ends_it(app):
    client = TestClient(app)
    r = login(client, "duchashi", "correct-horse-1")
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    assert client.get("/healthz").json()["user"] is True
    token = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/login").text).group(1)
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert client.get("/healthz").json()["user"] is False


def test_wrong_password_and_unknown_user_look_the_same(app):
    client = TestClient(app)
    a = login(client, "duchashi", "wrong-password")
    b = login(client, "nobody", "wrong-password")
    assert a.status_code == b.status_code == 401
    assert "用户名或密码错误" in a.text and "用户名或密码错误" in b.text


def test_login_is_rate_limited(app):
    client = TestClient(app)
    for _ in range(MAX_FAILURES):
        assert login(client, "duchashi", "wrong-password").status_code == 401
    r = login(client, "duchashi", "correct-horse-1")  # even the right password waits now
    assert r.status_code == 429 and "过多" in r.text


def test_a_post_without_the_csrf_token_is_refused(app):
    client = TestClient(app)
    client.get("/login")
    r = client.post("/login", data={"username": "duchashi", "password": "correct-horse-1"})
    assert r.status_code == 403 and "CSRF" in r.text
    r = client.post(
        "/login", data={"username": "duchashi", "password": "correct-horse-1", "csrf_token": "forged"}
    )
    assert r.status_code == 403


def test_pages_need_a_login_and_keep_to_this_site(app):
    client = TestClient(app)
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    r = client.post(
        "/login",
        data={
            "username": "duchashi",
            "password": "correct-horse-1",
            "csrf_token": csrf(client),
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert r.headers["location"] == "/"


def test_a_reporter_lands_on_its_progress_page(app):
    client = TestClient(app)
    login(client, "zhujian", "correct-horse-2")
    assert client.get("/", follow_redirects=False).headers["location"] == "/progress"


def test_security_headers(app):
    r = TestClient(app).get("/login")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
    assert '<html lang="zh-CN">' in r.text and "用户登录" in r.text
