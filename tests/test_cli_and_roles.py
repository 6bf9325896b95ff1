"""Issue 12, cases 12 and 13: the CLI says when a folder holds no document and lets no third-party message
through unformatted; a reporter's unit is checked against the units the plans name; menus follow roles."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from govtargets.cli import main
from govtargets.store import ItemDraft, Store, add_user, get_user
from govtargets.web import create_app

# case 12


def test_an_empty_folder_says_so_on_stderr_and_exits_1(tmp_path):
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    (empty / "说明.xls").write_bytes(b"PK")  # not a document kind the command reads (.xlsx is one)
    r = CliRunner().invoke(main, ["extract", str(empty)])
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and str(empty) in lines[0] and "no document" in lines[0]
    assert r.stdout == ""


def test_a_broken_pdf_gives_one_formatted_line_and_nothing_from_pypdf(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "坏文件.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + "青山县".encode() * 10)
    done = subprocess.run(
        [sys.executable, "-m", "govtargets", "extract", str(bad)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"{bad}: broken pdf" in lines[0] and "EOF marker" not in done.stderr


# case 13


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "u.db")
    with Store(path) as s:
        s.create_plan(
            "某县",
            2024,
            "t",
            [
                ItemDraft(kind="task", text="改造老旧小区30个", lead_units=("县住房和城乡建设局",)),
                ItemDraft(
                    kind="task", text="新建幼儿园4所", lead_units=("县教育局",), co_units=("县财政局",)
                ),
            ],
        )
    return path


def test_a_reporter_unit_no_plan_names_is_refused_with_the_nearest_names(db):
    run = CliRunner().invoke
    r = run(
        main,
        [
            "user",
            "add",
            "zhujian",
            "--role",
            "reporter",
            "--unit",
            "县住房保障局",
            "--password-stdin",
            "--db",
            db,
        ],
        input="correct-horse-2\n",
    )
    assert r.exit_code == 1 and "县住房和城乡建设局" in r.stderr and "--new-unit" in r.stderr
    assert "Traceback" not in r.output
    r = run(
        main,
        ["user", "add", "jiaoyu", "--role", "reporter", "--unit", "县教育局", "--password-stdin", "--db", db],
        input="correct-horse-2\n",
    )
    assert r.exit_code == 0, r.output
    r = run(
        main,
        ["user", "add", "zhujian", "--role", "reporter", "--unit", "县住房保障局", "--new-unit"]
        + ["--password-stdin", "--db", db],
        input="correct-horse-2\n",
    )
    assert r.exit_code == 0, r.output


def _login(app, username, password):
    client = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    client.post("/login", data={"username": username, "password": password, "csrf_token": token})
    return client, re.search(r'name="csrf-token" content="([^"]+)"', client.get("/login").text).group(1)


def test_the_web_checks_a_reporters_unit_too(db):
    with Store(db) as s:
        add_user(s, "admin", "correct-horse-9", "admin")
    client, token = _login(create_app(db, secret="s"), "admin", "correct-horse-9")
    form = {
        "csrf_token": token,
        "username": "zhujian",
        "role": "reporter",
        "unit": "县住房保障局",
        "password": "correct-horse-2",
        "password2": "correct-horse-2",
    }
    r = client.post("/users", data=form, follow_redirects=False)
    assert r.status_code == 422 and "县住房和城乡建设局" in r.text and "新单位" in r.text
    r = client.post("/users", data={**form, "new_unit": "1"}, follow_redirects=False)
    assert r.status_code == 303


def test_a_reporters_unit_written_another_way_is_the_directory_unit(db):
    """县住建局 is 县住房和城乡建设局 by the unit directory's rules: the user belongs to that unit."""
    run = CliRunner().invoke
    r = run(
        main,
        [
            "user",
            "add",
            "zhujian",
            "--role",
            "reporter",
            "--unit",
            "县住建局",
            "--password-stdin",
            "--db",
            db,
        ],
        input="correct-horse-2\n",
    )
    assert r.exit_code == 0, r.output
    with Store(db) as s:
        assert get_user(s, "zhujian").unit == "县住房和城乡建设局"


@pytest.mark.parametrize(
    ("role", "shown", "hidden"),
    [
        ("viewer", ["督查概览", "任务分解表", "督查报告"], ["进展填报", "上传报告", "用户管理"]),
        ("reporter", ["进展填报"], ["督查概览", "上传报告", "用户管理"]),
        ("supervisor", ["督查概览", "进展填报", "上传报告"], ["用户管理"]),
        ("admin", ["督查概览", "进展填报", "上传报告", "用户管理"], []),
    ],
)
def test_menus_follow_roles(db, role, shown, hidden):
    with Store(db) as s:
        add_user(s, "u1", "correct-horse-1", role, unit="县教育局" if role == "reporter" else None)
    client, _ = _login(create_app(db, secret="s"), "u1", "correct-horse-1")
    page = client.get("/plans" if role != "reporter" else "/progress").text
    nav = re.search(r'<nav class="nav">(.*?)</nav>', page, re.S).group(1)
    assert all(w in nav for w in shown), nav
    assert not any(w in nav for w in hidden), nav
