"""用户管理 in the browser: only an admin adds, disables, enables users and resets passwords; every change is
audited under the admin's name; a bad form says what is wrong, in Chinese, and stores nothing."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from . import test_web_security as sec
from .test_web_security import PASSWORDS, UNIT_A, login

world_template, world, app = sec.world_template, sec.world, sec.app  # the shared fixtures


def user_id(client: TestClient, username: str) -> int:
    page = client.get("/users").text
    m = re.search(r'<tr id="user-(\d+)"[^>]*>\s*<td>' + re.escape(username) + "</td>", page)
    assert m, f"{username} not listed"
    return int(m.group(1))


def try_login(app, username: str, password: str) -> int:
    client = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    r = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )
    return r.status_code


def test_an_admin_adds_a_unit_reporter_who_then_sees_only_its_units_items(app, world):
    admin, token = login(app, "admin")
    page = admin.get("/users").text
    assert "用户管理" in page and 'href="/users"' in page and UNIT_A in page  # known units offered
    r = admin.post(
        "/users",
        data={
            "csrf_token": token,
            "username": "fagaiju",
            "display_name": "<b>发改局</b>张伟",
            "role": "reporter",
            "unit": UNIT_A,
            "password": "a-long-password",
            "password2": "a-long-password",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    listed = admin.get(r.headers["location"]).text
    assert (
        "已添加用户fagaiju" in listed
        and "&lt;b&gt;发改局&lt;/b&gt;张伟" in listed
        and "<b>发改局" not in listed
    )
    (entry,) = [
        e for e in app.state.store.audit_log(entity="user") if e.new_value.get("username") == "fagaiju"
    ]
    assert entry.actor == "admin" and entry.action == "add"
    assert try_login(app, "fagaiju", "a-long-password") == 303
    reporter = TestClient(app)
    token2 = re.search(r'name="csrf_token" value="([^"]+)"', reporter.get("/login").text).group(1)
    reporter.post("/login", data={"username": "fagaiju", "password": "a-long-password", "csrf_token": token2})
    me = reporter.get("/api/me").json()
    assert me["role"] == "reporter" and me["unit"] == UNIT_A
    assert reporter.get(f"/api/items/{world.b1}").status_code == 404  # another unit's item


def test_a_bad_form_says_what_is_wrong_and_stores_nothing(app, world):
    admin, token = login(app, "admin")
    before = sec.snapshot(app.state.store)
    good = {"csrf_token": token, "username": "newone", "role": "viewer", "password": "a-long-password"}
    for changes, words in [
        ({"password2": "another-password"}, "两次输入的密码不一致"),
        ({"password": "short", "password2": "short"}, "密码至少8位"),
        ({"role": "reporter", "password2": "a-long-password"}, "须填写所属单位"),
        ({"username": "张 三", "password2": "a-long-password"}, "用户名应为"),
        ({"username": "zhujian", "password2": "a-long-password"}, "已被使用"),
        ({"role": "root", "password2": "a-long-password"}, "请选择角色"),
    ]:
        r = admin.post("/users", data={**good, **changes})
        assert r.status_code == 422 and words in r.text, (changes, r.text[-500:])
    assert sec.snapshot(app.state.store) == before


def test_disable_enable_and_reset_a_password(app, world):
    admin, token = login(app, "admin")
    victim, _ = login(app, "zhujian")
    assert victim.get("/api/me").status_code == 200
    uid = user_id(admin, "zhujian")
    r = admin.post(f"/users/{uid}/disable", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303 and "已停用用户zhujian" in admin.get(r.headers["location"]).text
    assert victim.get("/api/me").status_code == 401  # out at once
    assert try_login(app, "zhujian", PASSWORDS["zhujian"]) == 401
    admin.post(f"/users/{uid}/enable", data={"csrf_token": token})
    assert try_login(app, "zhujian", PASSWORDS["zhujian"]) == 303
    r = admin.post(
        f"/users/{uid}/password", data={"csrf_token": token, "password": "new-password-1", "password2": "x"}
    )
    assert r.status_code == 422 and "两次输入的密码不一致" in r.text
    admin.post(
        f"/users/{uid}/password",
        data={"csrf_token": token, "password": "new-password-1", "password2": "new-password-1"},
    )
    assert try_login(app, "zhujian", "new-password-1") == 303
    assert try_login(app, "zhujian", PASSWORDS["zhujian"]) == 401
    actions = [e.action for e in app.state.store.audit_log(entity="user", actor="admin")]
    assert {"disable", "enable", "set_password"} <= set(actions)
    # an admin cannot shut itself out
    r = admin.post(f"/users/{user_id(admin, 'admin')}/disable", data={"csrf_token": token})
    assert r.status_code == 409 and "不能停用自己的账号" in r.text
    assert admin.post("/users/999999/disable", data={"csrf_token": token}).status_code == 404


def test_only_an_admin_manages_users(app, world):
    for name in ("duchashi", "zhujian", "lingdao"):
        client, token = login(app, name)
        assert client.get("/users").status_code == 403, name
        assert 'href="/users"' not in client.get("/progress").text, name
        r = client.post(
            "/users",
            data={
                "csrf_token": token,
                "username": "x1",
                "role": "admin",
                "password": "a-long-password",
                "password2": "a-long-password",
            },
        )
        assert r.status_code == 403, name
        assert client.post("/users/1/disable", data={"csrf_token": token}).status_code == 403, name
