"""用户管理: the administrator adds users, disables and enables them, and sets their passwords, in the browser
(the same as `govtargets user add | disable | enable | passwd`). Only an admin sees the page; every change is
in the audit log under the admin's name. An admin cannot disable itself (nobody would be left to undo it).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from govtargets.store import (
    ROLES,
    StoreError,
    UnknownUnit,
    User,
    add_user,
    get_user,
    list_users,
    set_disabled,
    set_password,
)
from govtargets.text import regex
from govtargets.web.pages import render_page
from govtargets.web.security import require_role, store_of

__all__ = ["router", "MIN_PASSWORD"]

router = APIRouter()

MIN_PASSWORD = 8
_USERNAME_RE = regex(r"^[A-Za-z0-9_.\-]{2,40}$")
_DONE = {
    "added": "已添加用户{name}。",
    "disabled": "已停用用户{name}：其登录立即失效，其填报的内容保留。",
    "enabled": "已启用用户{name}。",
    "password": "已重设用户{name}的密码。",
}


def _users_page(request: Request, code: int = 200, **values: Any) -> Response:
    store = store_of(request)
    units = [u.name for u in store.units()]  # the directory's units (not their other names)
    q = request.query_params
    done = _DONE.get(q.get("done", ""), "").format(name=q.get("name", ""))
    values.setdefault("form", {})
    users = list_users(store)
    return render_page(
        request, "users.html", code, users=users, roles=ROLES, units=units, done=done, **values
    )


@router.get("/users", response_class=HTMLResponse, include_in_schema=False)
def users_page(request: Request) -> Response:
    require_role(request, "admin")
    return _users_page(request)


def _problems(username: str, role: str, unit: str, password: str, password2: str) -> list[str]:
    problems = []
    if not _USERNAME_RE.match(username):
        problems.append("用户名应为2—40位字母、数字或 _ . -")
    if role not in ROLES:
        problems.append("请选择角色")
    if role == "reporter" and not unit:
        problems.append("填报单位账号须填写所属单位（与任务分解表中的单位名称一致）")
    problems += _password_problems(password, password2)
    return problems


def _password_problems(password: str, password2: str) -> list[str]:
    if len(password) < MIN_PASSWORD:
        return [f"密码至少{MIN_PASSWORD}位"]
    if password != password2:
        return ["两次输入的密码不一致"]
    return []


@router.post("/users", include_in_schema=False)
def user_add(
    request: Request,
    username: str = Form(""),
    display_name: str = Form(""),
    role: str = Form(""),
    unit: str = Form(""),
    password: str = Form(""),
    password2: str = Form(""),
    new_unit: str = Form(""),
) -> Response:
    admin = require_role(request, "admin")
    username, display_name, unit = username.strip(), display_name.strip(), unit.strip()
    form = {
        "username": username,
        "display_name": display_name,
        "role": role,
        "unit": unit,
        "new_unit": new_unit,
    }
    problems = _problems(username, role, unit, password, password2)
    if not problems:
        try:
            add_user(
                store_of(request),
                username,
                password,
                role,
                unit=unit if role == "reporter" else None,
                display_name=display_name or None,
                actor=admin.username,
                new_unit=bool(new_unit),
            )
        except UnknownUnit as e:
            near = f"（最接近的：{'、'.join(e.nearest)}）" if e.nearest else ""
            problems.append(
                f"所属单位“{unit}”未出现在任何任务分解表中{near}，该账号将看不到任何事项；"
                "请核对单位名称，或勾选“这是新单位”后再添加"
            )
        except StoreError as e:
            problems.append(f"用户名“{username}”已被使用" if "exists" in str(e) else str(e))
    if problems:
        return _users_page(request, 422, error="；".join(problems), form=form)
    return RedirectResponse(f"/users?done=added&name={username}", 303)


def _target(request: Request, user_id: int) -> tuple[User, User]:
    admin = require_role(request, "admin")
    user = get_user(store_of(request), user_id=user_id)
    if user is None:
        raise HTTPException(404, "未找到该用户")
    return admin, user


@router.post("/users/{user_id}/disable", include_in_schema=False)
def user_disable(request: Request, user_id: int) -> Response:
    admin, user = _target(request, user_id)
    if user.id == admin.id:
        return _users_page(request, 409, error="不能停用自己的账号")
    set_disabled(store_of(request), user.username, True, actor=admin.username)
    return RedirectResponse(f"/users?done=disabled&name={user.username}", 303)


@router.post("/users/{user_id}/enable", include_in_schema=False)
def user_enable(request: Request, user_id: int) -> Response:
    admin, user = _target(request, user_id)
    set_disabled(store_of(request), user.username, False, actor=admin.username)
    return RedirectResponse(f"/users?done=enabled&name={user.username}", 303)


@router.post("/users/{user_id}/password", include_in_schema=False)
def user_password(
    request: Request, user_id: int, password: str = Form(""), password2: str = Form("")
) -> Response:
    admin, user = _target(request, user_id)
    problems = _password_problems(password, password2)
    if problems:
        return _users_page(request, 422, error=f"{user.username}：" + "；".join(problems))
    set_password(store_of(request), user.username, password, actor=admin.username)
    return RedirectResponse(f"/users?done=password&name={user.username}", 303)
