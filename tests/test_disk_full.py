"""Issue 12, case 9: a disk that fills during an evidence upload gives a clear Chinese message, leaves no
temporary file behind, and leaves the database as it was (ENOSPC is simulated at the write)."""

from __future__ import annotations

import errno
import re

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from govtargets.cycle import evidence
from govtargets.store import ItemDraft, Store, add_user
from govtargets.web import create_app


@pytest.fixture
def world(tmp_path):
    db = str(tmp_path / "d.db")
    with Store(db) as s:
        add_user(s, "zhujian", "correct-horse-2", "reporter", unit="县住建局")
        plan = s.create_plan(
            "某县", 2024, "t", [ItemDraft(kind="task", text="改造老旧小区30个", lead_units=("县住建局",))]
        )
        item = s.items(plan)[0].id
    app = create_app(db, secret="s")
    app.state.evidence_dir = tmp_path / "evidence"
    client = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    client.post("/login", data={"username": "zhujian", "password": "correct-horse-2", "csrf_token": token})
    token = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/login").text).group(1)
    return db, item, client, token, tmp_path / "evidence"


def _rows(db) -> dict[str, int]:
    with Store(db) as s, s.engine.connect() as conn:
        return {
            name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar()
            for name, t in s.t.items()
            if name != "login_attempts"
        }


def _files(folder) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def _disk_full_on(monkeypatch, after: int):
    """The n-th write (0-based) and later ones fail with ENOSPC, after writing part of the data."""
    calls = {"n": 0}
    real = evidence._write_bytes

    def write(fh, data):
        calls["n"] += 1
        if calls["n"] > after:
            fh.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fh, data)

    monkeypatch.setattr(evidence, "_write_bytes", write)


@pytest.mark.parametrize("after", [0, 1])  # the first file fails; the second fails after the first is written
def test_disk_full_during_an_evidence_upload_on_the_page(world, monkeypatch, after):
    db, item, client, token, folder = world
    before, files_before = _rows(db), _files(folder)
    _disk_full_on(monkeypatch, after)
    r = client.post(
        f"/progress/items/{item}",
        data={"csrf_token": token, "as_of": "2024-06-30", "value": "12"},
        files=[
            ("evidence", ("照片说明.txt", "第一份佐证材料".encode(), "text/plain")),
            ("evidence", ("验收单.txt", "第二份佐证材料".encode(), "text/plain")),
        ],
    )
    assert r.status_code == 507 and "存储空间不足" in r.text
    assert _rows(db) == before
    assert _files(folder) == files_before  # no partial .upload-* file, no half-stored evidence


def test_disk_full_during_an_evidence_upload_by_the_api(world, monkeypatch):
    db, item, client, token, folder = world
    before = _rows(db)
    _disk_full_on(monkeypatch, 0)
    r = client.post(
        f"/api/items/{item}/progress/upload",
        data={"as_of": "2024-06-30", "value": "12"},
        files=[("evidence", ("说明.txt", "佐证材料".encode(), "text/plain"))],
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 507 and "存储空间不足" in r.json()["detail"]
    assert _rows(db) == before and _files(folder) == []


def test_a_full_disk_under_the_database_is_a_chinese_page_not_a_bare_500(world, monkeypatch):
    import sqlite3

    from govtargets.web import app as web_app

    db, _, _, _, _ = world

    def full(*args, **kwargs):
        raise sa.exc.OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(web_app, "attempt_login", full)
    app = create_app(db, secret="s")
    client = TestClient(app, raise_server_exceptions=False)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    r = client.post("/login", data={"username": "zhujian", "password": "x", "csrf_token": token})
    assert r.status_code == 507 and "存储空间不足" in r.text
    assert "Traceback" not in r.text and "OperationalError" not in r.text
