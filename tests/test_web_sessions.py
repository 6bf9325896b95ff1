"""Issue 12, cases 6 and 7: sessions that end (logout, a password change, disable and re-enable end every
session the user had, even a copied cookie), and login limits that hold under concurrency and cannot lock a
user out from every address."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from govtargets.store import LoginLimits, Store, add_user, attempt_login, get_user, set_disabled, set_password
from govtargets.web import create_app
from govtargets.web.security import MAX_FAILURES

PASSWORD = "correct-horse-1"


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "web.db")
    with Store(path) as s:
        add_user(s, "duchashi", PASSWORD, "supervisor")
        add_user(s, "admin", "correct-horse-9", "admin")
    return path


@pytest.fixture
def app(db):
    return create_app(db, secret="test-secret")


def _login(app, username="duchashi", password=PASSWORD, address="10.0.0.1"):
    client = TestClient(app, client=(address, 50000))
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    r = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    return client, r


def _copy(app, client):
    """Another browser holding the same cookie (a stolen or copied session)."""
    other = TestClient(app)
    other.cookies.update(dict(client.cookies))
    return other


def _logged_in(client) -> bool:
    return client.get("/healthz").json()["user"] is True


# case 6


def test_logout_ends_a_copied_session(app):
    client, r = _login(app)
    assert r.status_code == 303
    copy = _copy(app, client)
    assert _logged_in(copy)
    token = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/login").text).group(1)
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert not _logged_in(copy)
    assert copy.get("/api/me").status_code == 401


@pytest.mark.parametrize("change", ["password", "disable_enable"])
def test_a_password_change_or_disable_and_enable_ends_every_session(app, db, change):
    client, _ = _login(app)
    second, _ = _login(app, address="10.0.0.2")
    copy = _copy(app, client)
    assert _logged_in(client) and _logged_in(second) and _logged_in(copy)
    with Store(db) as s:
        if change == "password":
            set_password(s, "duchashi", "another-horse-2")
        else:
            set_disabled(s, "duchashi", True)
            set_disabled(s, "duchashi", False)
    assert not any(_logged_in(c) for c in (client, second, copy))
    new_password = "another-horse-2" if change == "password" else PASSWORD
    fresh, r = _login(app, password=new_password)
    assert r.status_code == 303 and _logged_in(fresh)


def test_the_session_version_is_stored_and_raised(store_url):
    with Store(store_url) as s:
        add_user(s, "zhang", PASSWORD, "viewer")
        v0 = get_user(s, "zhang").session_version
        set_password(s, "zhang", "another-horse-2")
        set_disabled(s, "zhang", True)
        set_disabled(s, "zhang", False)
        assert get_user(s, "zhang").session_version == v0 + 3
        assert "0005_session_version" in s.applied


# case 7


def test_parallel_wrong_passwords_are_tried_at_most_the_limit(store_url):
    with Store(store_url) as s:
        add_user(s, "zhang", PASSWORD, "viewer")

        def one(_):
            return attempt_login(s, "zhang", "wrong-password", "10.0.0.9")

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(one, range(30)))
    tried = [r for r in results if r.refused is None]
    assert len(tried) == MAX_FAILURES and all(r.user is None for r in results)


def test_failures_from_one_address_do_not_lock_the_user_out_elsewhere(app):
    for _ in range(MAX_FAILURES + 3):
        _, r = _login(app, password="wrong-password", address="203.0.113.7")
    assert r.status_code == 429 and "过多" in r.text
    _, r = _login(app, address="10.0.0.1")  # the real user, from the office
    assert r.status_code == 303


def test_failures_from_many_addresses_slow_the_name_down(store_url):
    limits = LoginLimits()
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with Store(store_url) as s:
        add_user(s, "zhang", PASSWORD, "viewer")
        for n in range(limits.name_backoff_after):
            r = attempt_login(s, "zhang", "wrong", f"198.51.100.{n}", now=now + timedelta(seconds=n))
            assert r.refused is None
        later = now + timedelta(seconds=limits.name_backoff_after)
        r = attempt_login(s, "zhang", PASSWORD, "10.0.0.1", now=later)
        assert r.refused == "backoff" and 0 < r.retry_after <= limits.backoff_max.total_seconds()
        r = attempt_login(s, "zhang", PASSWORD, "10.0.0.1", now=later + limits.backoff_max)
        assert r.refused is None and r.user is not None and r.user.username == "zhang"
