"""The web application's security proofs, over every route the app has when the test runs:

- a reporter of one unit cannot read or change another unit's items, by page or by API;
- report text holding <script> or HTML is shown as text on every page (and is a plain string in the API);
- uploads (a report, evidence files) are size-limited and type-checked by content;
- no route changes state on GET or HEAD;
- every state-changing route refuses a request without the CSRF token;
- a disabled user's session stops working at once.

Routes are enumerated from `app.routes`, so a route another module adds later is covered without a change
here; a path parameter this file has no value for fails the test with its name instead of being skipped.
The world (two plans' items of two units, their progress, evidence, a document) is built here and reused by
test_web_progress.py and test_web_api.py.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import params
from fastapi.testclient import TestClient
from pydantic import BaseModel
from starlette.routing import Mount

from govtargets.cycle.evidence import store_evidence
from govtargets.extract import extract_all
from govtargets.ingest import read_bytes
from govtargets.lexicon import load_lexicon
from govtargets.store import ItemDraft, ProgressDraft, Store, add_user
from govtargets.web import create_app

UNIT_A, UNIT_B = "县住建局", "县水利局"
SECRET_B = "乙单位内部事项"  # in the text of the items only unit B may see
SECRET_B_NOTE = "乙单位内部进展"  # in the narratives of those items' progress
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
ESCAPED_IMG = "&lt;img src=x onerror=alert(1)&gt;"
PASSWORDS = {
    "admin": "admin-pass-1",
    "duchashi": "duchashi-pass-1",
    "zhujian": "zhujian-pass-1",
    "zhujian2": "zhujian-pass-2",
    "shuili": "shuili-pass-1",
    "lingdao": "lingdao-pass-1",
}
REPORT = f"""松溪县2025年政府工作报告
二、2025年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。
附：群众来信原文照录{SCRIPT}，另附图片{IMG}。
"""


@dataclass
class World:
    db: str
    evidence: Path
    plan1: int  # items of both units and one they share
    plan2: int  # another year: one item of each unit
    plan3: int  # unit B's items only
    a1: int  # led by A; its text and a report hold HTML
    b1: int  # led by B, secret
    s1: int  # led by B, shared with A (co-responsible)
    a2: int
    b2: int
    b3: int
    b1_report: int  # B1's first report (corrected by a later one), with an evidence file
    b3_report: int
    a1_report: int
    s1_report: int
    doc: int
    fact: int


def build_world(tmp: Path) -> World:
    db = str(tmp / "web.db")
    evidence = tmp / "evidence"
    with Store(db) as s:
        add_user(s, "admin", PASSWORDS["admin"], "admin", display_name="系统管理员")
        add_user(s, "duchashi", PASSWORDS["duchashi"], "supervisor", display_name="督查室王科长")
        add_user(s, "zhujian", PASSWORDS["zhujian"], "reporter", unit=UNIT_A, display_name="住建局李娜")
        add_user(s, "zhujian2", PASSWORDS["zhujian2"], "reporter", unit=UNIT_A, display_name="住建局赵强")
        add_user(s, "shuili", PASSWORDS["shuili"], "reporter", unit=UNIT_B, display_name="水利局陈刚")
        add_user(s, "lingdao", PASSWORDS["lingdao"], "viewer", display_name="县领导")
        doc = read_bytes(REPORT.encode(), "songxi_2025.txt")
        doc_id = s.add_document(doc, list(extract_all(doc, load_lexicon())), actor="duchashi")
        fact = s.facts(doc_id)[0]["id"]

        def task(text: str, lead: str, co: tuple[str, ...] = (), **kw: Any) -> ItemDraft:
            return ItemDraft(
                kind="task", text=text, category="民生实事", lead_units=(lead,), co_units=co, **kw
            )

        p1 = s.create_plan(
            "松溪县",
            2025,
            "2025年松溪县《政府工作报告》任务分解表",
            [
                task(
                    f"改造老旧小区30个{SCRIPT}{IMG}",
                    UNIT_A,
                    measure="level",
                    target_value=Decimal(30),
                    target_unit="个",
                    deadline="年内",
                    due_date=date(2025, 12, 31),
                ),
                task(f"{SECRET_B}：除险加固病险水库3座", UNIT_B, deadline="汛前"),
                task("新建城区雨污分流管网20公里", UNIT_B, (UNIT_A,), deadline="年内"),
            ],
            actor="duchashi",
        )
        p2 = s.create_plan(
            "松溪县",
            2024,
            "2024年松溪县《政府工作报告》任务分解表",
            [task("新增公共停车泊位2000个", UNIT_A), task(f"{SECRET_B}：治理水土流失12平方公里", UNIT_B)],
            actor="duchashi",
        )
        p3 = s.create_plan(
            "松溪县",
            2023,
            "2023年松溪县水利专项任务分解表",
            [task(f"{SECRET_B}：新建农村供水工程8处", UNIT_B)],
            actor="duchashi",
        )
        a1, b1, s1 = (i.id for i in s.items(p1))
        a2, b2 = (i.id for i in s.items(p2))
        (b3,) = (i.id for i in s.items(p3))
        ref = store_evidence(evidence, "水库验收单.txt", f"{SECRET_B_NOTE}：验收合格".encode())

        def report(item: int, who: str, unit: str, **kw: Any) -> int:
            return s.add_progress(item, ProgressDraft(as_of=date(2025, 3, 31), unit=unit, **kw), actor=who)

        b1_report = report(b1, "shuili", UNIT_B, narrative=f"{SECRET_B_NOTE}：完成2座", evidence=(ref,))
        report(b1, "shuili", UNIT_B, narrative=f"{SECRET_B_NOTE}：完成1座", supersedes_id=b1_report)
        b3_report = report(b3, "shuili", UNIT_B, narrative=f"{SECRET_B_NOTE}：开工6处", completion_pct=40)
        a1_report = report(a1, "zhujian", UNIT_A, value=Decimal(8), narrative=f"已开工8个{IMG}{SCRIPT}")
        s1_report = report(s1, "shuili", UNIT_B, completion_pct=Decimal(25), narrative="管网铺设5公里")
        report(a2, "zhujian", UNIT_A, status="completed", narrative="已全部建成")
        report(b2, "shuili", UNIT_B, narrative=f"{SECRET_B_NOTE}：完成治理7平方公里")
    return World(
        db,
        evidence,
        p1,
        p2,
        p3,
        a1,
        b1,
        s1,
        a2,
        b2,
        b3,
        b1_report,
        b3_report,
        a1_report,
        s1_report,
        doc_id,
        fact,
    )


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("web-world"))


@pytest.fixture
def world(world_template: World, tmp_path: Path) -> World:
    """A fresh copy of the world for each test (built once: six argon2 hashes take a while)."""
    src = Path(world_template.db)
    for f in src.parent.glob(src.name + "*"):  # the database and any -wal / -shm beside it
        shutil.copy(f, tmp_path / f.name)
    shutil.copytree(world_template.evidence, tmp_path / "evidence")
    return replace(world_template, db=str(tmp_path / src.name), evidence=tmp_path / "evidence")


@pytest.fixture
def app(world: World) -> Any:
    app = create_app(world.db, secret="test-secret")
    app.state.evidence_dir = world.evidence
    return app


def login(app: Any, username: str) -> tuple[TestClient, str]:
    """A client logged in as username, and the session's CSRF token."""
    client = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)  # type: ignore[union-attr]
    r = client.post(
        "/login",
        data={"username": username, "password": PASSWORDS[username], "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return client, client.get("/api/me").json()["csrf_token"]


# every route, with values for its parameters and a plausible body ----------------------------------------


def all_routes(app: Any) -> list[Any]:
    """app.routes with included routers opened up (FastAPI keeps them as one entry each since 0.16x)."""
    out = []
    for r in app.routes:
        if hasattr(r, "effective_route_contexts"):
            out.extend(r.effective_route_contexts())
        else:
            out.append(r)
    return out


def endpoints(app: Any) -> list[tuple[str, str, Any]]:
    """(method, path, route) for every method of every route; HEAD goes with GET."""
    out = []
    for r in all_routes(app):
        if isinstance(r, Mount):
            out.append(("GET", r.path + "/app.css", r))
        elif isinstance(getattr(r, "path", None), str) and getattr(r, "methods", None):
            out.extend((m, r.path, r) for m in sorted(r.methods) if m != "HEAD")
        else:
            raise AssertionError(f"a route of a kind this test does not know: {r!r}")
    return out


def path_params(route: Any) -> list[str]:
    return list(getattr(route, "param_convertors", {}) or {})


def url_for(route: Any, path: str, ids: dict[str, Any]) -> str:
    if isinstance(route, Mount):
        return path
    names = path_params(route)
    missing = [n for n in names if n not in ids]
    assert not missing, f"{route.path}: no test value for path parameter {missing}: add it to ids_for()"
    return str(route.path_format.format(**{n: ids[n] for n in names}))


def ids_for(w: World, *, plan: int, item: int, report: int) -> dict[str, Any]:
    return {
        "plan_id": plan,
        "item_id": item,
        "progress_id": report,
        "n": 1,
        "doc_id": w.doc,
        "fact_id": w.fact,
        "user_id": 1,
        "run_id": 1,
        "asset": "swagger-ui.css",  # /api/docs/assets/{asset}: Swagger UI's files, public like /api/docs
    }


def form_values(store: Store, item_id: int, username: str) -> dict[str, Any]:
    """Values that make each known field valid, so a refusal is about who asks, not what is sent."""
    rev = store.item_history(item_id)[-1].rev
    return {
        "rev": rev,
        "text": "被篡改的任务内容",
        "category": "被篡改",
        "deadline": "年内",
        "lead_units": UNIT_A,
        "co_units": "",
        "action": "reject",
        "as_of": "2025-04-30",
        "value": "99",
        "completion_pct": "99",
        "narrative": "被篡改的进展",
        "status": "completed",
        "region": "松溪县",
        "year": "2025",
        "title": "被篡改的任务分解表",
        "username": username,
        "password": PASSWORDS[username],
        "next": "/",
        "note": "被篡改",
    }


_SAMPLE = {int: 1, str: "x", float: 1.0, bool: True, Decimal: "1", date: "2025-04-30"}


def _sample(annotation: Any) -> Any:
    for t, v in _SAMPLE.items():
        if annotation is t or (hasattr(annotation, "__args__") and t in annotation.__args__):
            return v
    return "x"


def request_for(
    route: Any, method: str, url: str, values: dict[str, Any], token: str | None
) -> dict[str, Any]:
    """Keyword arguments for client.request: a JSON body for a model, else a form (with a file where
    the route takes one, or an evidence file for a route that reads its form itself)."""
    kw: dict[str, Any] = {"method": method, "url": url, "follow_redirects": False}
    if method in ("GET", "HEAD", "OPTIONS"):
        return kw
    dependant = getattr(route, "dependant", None)
    body = dependant.body_params if dependant is not None else []
    models = [
        p
        for p in body
        if not isinstance(p.field_info, params.Form | params.File)
        and isinstance(p.field_info.annotation, type)
        and issubclass(p.field_info.annotation, BaseModel)
    ]
    if models:
        model = models[0].field_info.annotation
        data = {}
        for name, f in model.model_fields.items():
            if name in values:
                v = values[name]
                data[name] = ([v] if v else []) if "list" in str(f.annotation) and isinstance(v, str) else v
            elif f.is_required():
                data[name] = _sample(f.annotation)
        kw["json"] = data
        if token:
            kw["headers"] = {"X-CSRF-Token": token}
        return kw
    form: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for p in body:
        name = p.alias
        if isinstance(p.field_info, params.File):
            files[name] = ("材料.txt", "进展说明".encode(), "text/plain")
        else:
            form[name] = values.get(name, _sample(p.field_info.annotation))
    if dependant is not None and not body:  # the handler reads the form itself
        form = {k: values[k] for k in ("as_of", "value", "narrative", "status", "text", "rev")}
        files = {"evidence": ("材料.txt", "进展说明".encode(), "text/plain")}
    if token:
        form["csrf_token"] = token
    kw["data"] = form
    if files:
        kw["files"] = files
    return kw


REPORTER_SHEETS = {
    "/progress/sheet"
}  # writes a reporter may make on its own unit's items, checked row by row


def visible_text(r: Any) -> str:
    """What a response shows: its text, a JSON body re-dumped unescaped, or the parts of a docx/xlsx."""
    data = r.content
    if data.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if "json" in r.headers.get("content-type", ""):
        return json.dumps(r.json(), ensure_ascii=False)
    return data.decode("utf-8", "replace")


def snapshot(store: Store) -> dict[str, list[str]]:
    """Every row of every table but login_attempts (a failed login is recorded by design), and of users
    without session_version (a logout ends the user's sessions by raising it, by design)."""
    out = {}
    with store.engine.connect() as conn:
        for name, t in sorted(store.t.items()):
            if name != "login_attempts":
                columns = [c for c in t.columns if (name, c.name) != ("users", "session_version")]
                out[name] = sorted(repr(tuple(r)) for r in conn.execute(sa.select(*columns)))
    return out


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def _diff(before: dict[str, list[str]], after: dict[str, list[str]]) -> str:
    return ", ".join(
        f"{t}: {len(before[t])} → {len(after.get(t, []))}" for t in before if before[t] != after.get(t)
    )


# 1. a reporter cannot read or change another unit's items ------------------------------------------------


@pytest.mark.parametrize("variant", ["shared plan", "plan of unit B only"])
def test_a_reporter_cannot_read_or_change_another_units_items_on_any_route(app, world, variant):
    w = world
    store = app.state.store
    ids = (
        ids_for(w, plan=w.plan1, item=w.b1, report=w.b1_report)
        if variant == "shared plan"
        else ids_for(w, plan=w.plan3, item=w.b3, report=w.b3_report)
    )
    client, token = login(app, "zhujian")
    before = snapshot(store)
    b_items = {p: store.items(p) for p in (w.plan1, w.plan2, w.plan3)}
    b_progress = {p: store.progress(p, include_superseded=True) for p in (w.plan1, w.plan2, w.plan3)}
    checked = []
    for method, path, route in endpoints(app):
        url = url_for(route, path, ids)
        values = form_values(store, ids["item_id"], "zhujian")
        r = client.request(**request_for(route, method, url, values, token))
        text = visible_text(r)
        where = f"{method} {url} → {r.status_code}"
        assert SECRET_B not in text and SECRET_B_NOTE not in text, f"{where} shows unit B's data"
        scoped = set(path_params(route)) & {"item_id", "progress_id"}
        if scoped or (variant == "plan of unit B only" and "plan_id" in path_params(route)):
            assert r.status_code in (403, 404), where
        elif path in REPORTER_SHEETS and method == "POST":
            # a reporter may upload its own unit's sheet: this request's file is no sheet, and a sheet with
            # another unit's rows is refused whole (test_web_bulk); either way nothing lands (below)
            assert r.status_code in (403, 404, 415, 422), where
        elif method not in ("GET", "OPTIONS") and path not in ("/login", "/logout"):
            assert r.status_code in (403, 404, 405), where
        assert r.status_code < 500, where
        after = snapshot(store)
        assert after == before, f"{where} changed the store: {_diff(before, after)}"
        if path in ("/login", "/logout"):  # a new session (or none): log in again
            client, token = login(app, "zhujian")
        if method == "GET":  # filters naming B's plan, item or unit show nothing of B's either
            query = {"plan": ids["plan_id"], "item": ids["item_id"], "unit": UNIT_B, "as_of": "2025-06-30"}
            r = client.get(url, params=query, follow_redirects=False)
            text = visible_text(r)
            assert SECRET_B not in text and SECRET_B_NOTE not in text, f"GET {url}?{query} shows B's data"
            assert r.status_code < 500 and snapshot(store) == before, f"GET {url}?{query}"
        checked.append(where)
    assert {p: store.items(p) for p in b_items} == b_items
    assert {p: store.progress(p, include_superseded=True) for p in b_progress} == b_progress
    # the routes this proof must cover are among those checked
    for must in ("/progress/items/", "/api/items/", "/progress/evidence/", "/api/plans/"):
        assert any(must in c for c in checked), must
    assert len(checked) >= 20


def test_a_reporter_sees_its_own_and_shared_items_but_not_the_other_units(app, world):
    client, _ = login(app, "zhujian")
    page = client.get("/progress").text
    assert "改造老旧小区30个" in page and "新建城区雨污分流管网20公里" in page and "新增公共停车泊位" in page
    assert SECRET_B not in page
    assert client.get(f"/progress/items/{world.s1}").status_code == 200  # co-responsible: shared
    assert client.get(f"/api/items/{world.s1}").status_code == 200
    ids = {i["id"] for i in client.get(f"/api/plans/{world.plan1}/items").json()}
    assert ids == {world.a1, world.s1}
    assert client.get(f"/api/plans/{world.plan3}/items").status_code == 404
    assert {p["id"] for p in client.get("/api/plans").json()} == {world.plan1, world.plan2}


# 2. report text is shown as text ---------------------------------------------------------------------------


def test_html_in_report_text_is_escaped_on_every_page(app, world):
    client, _ = login(app, "admin")
    shown = {}
    for method, path, route in endpoints(app):
        if method != "GET":
            continue
        url = url_for(route, path, ids_for(world, plan=world.plan1, item=world.a1, report=world.a1_report))
        r = client.get(url, follow_redirects=False)
        if "text/html" in r.headers.get("content-type", ""):
            assert SCRIPT not in r.text and "<img src=x" not in r.text, f"GET {url} runs report text"
            shown[path] = r.text
    pages = {
        "document": client.get(f"/documents/{world.doc}").text,
        "plan": client.get(f"/plans/{world.plan1}").text,
        "progress list": client.get(f"/progress?plan={world.plan1}").text,
        "progress item": client.get(f"/progress/items/{world.a1}").text,
    }
    for name, page in pages.items():
        assert ESCAPED_SCRIPT in page and ESCAPED_IMG in page, name
        assert SCRIPT not in page and "<img src=x" not in page, name
    assert "/progress/items/{item_id}" in shown and "/plans/{plan_id}" in shown
    # the API gives it back as the string it is, in JSON
    item = client.get(f"/api/items/{world.a1}")
    assert item.headers["content-type"].startswith("application/json")
    assert item.json()["text"] == f"改造老旧小区30个{SCRIPT}{IMG}"
    reports = client.get(f"/api/items/{world.a1}/progress").json()
    assert reports[0]["narrative"] == f"已开工8个{IMG}{SCRIPT}"


# 3. uploads are size-limited and type-checked --------------------------------------------------------------


def _docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def test_report_upload_is_size_limited_and_type_checked(app, world):
    store = app.state.store
    client, token = login(app, "duchashi")
    before = snapshot(store)
    limit = app.state.max_upload_bytes
    big = ("政府工作报告" * (limit // 18 + 2)).encode()[: limit + 1]
    for name, data, code in [
        ("big.txt", big, 413),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, 415),
        ("archive.docx", b"PK\x03\x04" + b"\x00" * 100, 415),
        ("program.pdf", b"MZ\x90\x00" + b"\x00" * 100, 415),
    ]:
        r = client.post(
            "/upload", data={"csrf_token": token}, files={"file": (name, data, "application/octet-stream")}
        )
        assert r.status_code == code, (name, r.status_code)
    assert snapshot(store) == before


def test_evidence_upload_is_size_limited_and_type_checked_by_content(app, world):
    store = app.state.store
    client, token = login(app, "zhujian")
    before, stored = snapshot(store), files_in(world.evidence)
    limit = 10 * 1024 * 1024

    def send(*files: tuple[str, bytes]) -> Any:
        return client.post(
            f"/progress/items/{world.a1}",
            data={"csrf_token": token, "as_of": "2025-04-30", "value": "10"},
            files=[("evidence", (n, d, "application/octet-stream")) for n, d in files],
        )

    refused = [
        (("big.txt", b"a" * (limit + 1)), 413),
        (("scan.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), 415),  # a PNG called .pdf
        (("photo.jpg", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), 415),
        (("setup.exe", b"MZ\x90\x00" + b"\x00" * 64), 415),
        (("page.html", b"<html><script>alert(1)</script></html>"), 415),
        (("sheet.xlsx", _docx_bytes()), 415),  # a Word file called .xlsx
        (("notes.txt", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64), 415),  # a binary called .txt
        (("empty.pdf", b""), 415),
    ]
    for (name, data), code in refused:
        r = send(("ok.txt", "验收记录".encode()), (name, data))  # one bad file spoils the report
        assert r.status_code == code, (name, r.status_code)
        assert "佐证材料" in r.text or "文件过大" in r.text
    r = send(*[(f"f{n}.txt", b"ok") for n in range(6)])
    assert r.status_code == 413  # at most five files a report
    assert snapshot(store) == before and files_in(world.evidence) == stored
    app.state.max_evidence_bytes = 1024  # the whole body is limited too, before it is parsed
    r = send(("g.txt", b"a" * 300_000))  # more than five files' worth and the form's slack
    assert r.status_code == 413 and "文件过大：每个佐证材料不能超过" in r.text
    del app.state.max_evidence_bytes
    assert snapshot(store) == before and files_in(world.evidence) == stored
    # the same kinds, right, are taken
    good = [
        ("验收单.pdf", b"%PDF-1.7\n%\xe2\xe3\n"),
        ("照片.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 32),
        ("现场.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32),
        ("说明.docx", _docx_bytes()),
        ("台账.txt", "完成8个小区改造".encode("gb18030")),
    ]
    assert send(*good).status_code == 200  # followed to the item page
    assert len(files_in(world.evidence)) == len(stored) + 5


# 4. GET and HEAD change nothing ----------------------------------------------------------------------------


def test_no_route_changes_state_on_get_or_head(app, world):
    store = app.state.store
    client, _ = login(app, "admin")
    before = snapshot(store)
    audit = store.audit_log()
    for variant in (
        ids_for(world, plan=world.plan1, item=world.b1, report=world.b1_report),
        ids_for(world, plan=world.plan1, item=world.a1, report=world.a1_report),
    ):
        for _method, path, route in endpoints(app):
            url = url_for(route, path, variant)
            query = {"plan": variant["plan_id"], "item": variant["item_id"], "as_of": "2025-06-30"}
            for verb, q in (("GET", None), ("HEAD", None), ("GET", query)):
                r = client.request(verb, url, params=q, follow_redirects=False)
                assert r.status_code < 500, f"{verb} {url} {q or ''} → {r.status_code}"
                after = snapshot(store)
                assert after == before, f"{verb} {url} {q or ''} changed the store: {_diff(before, after)}"
    assert store.audit_log() == audit


# 5. CSRF on every state change -----------------------------------------------------------------------------


def test_every_state_changing_route_needs_the_csrf_token(app, world):
    store = app.state.store
    client, token = login(app, "admin")
    before, stored = snapshot(store), files_in(world.evidence)
    ids = ids_for(world, plan=world.plan1, item=world.a1, report=world.a1_report)
    changing = [(m, p, r) for m, p, r in endpoints(app) if m in ("POST", "PUT", "PATCH", "DELETE")]
    assert any(p.startswith("/api/") for _, p, _ in changing) and any(p == "/upload" for _, p, _ in changing)
    for method, path, route in changing:
        url = url_for(route, path, ids)
        values = form_values(store, world.a1, "admin")
        for sent in (None, "forged-token"):
            r = client.request(**request_for(route, method, url, values, sent))
            assert r.status_code == 403, f"{method} {url} with token {sent} → {r.status_code}"
            assert snapshot(store) == before and files_in(world.evidence) == stored
    # and the same requests with the token do get through (the refusal was the token's)
    r = client.request(
        **request_for(
            route_for(app, "/progress/items/{item_id}", "POST"),
            "POST",
            f"/progress/items/{world.a1}",
            form_values(store, world.a1, "admin"),
            token,
        )
    )
    assert r.status_code == 303


def route_for(app: Any, path: str, method: str) -> Any:
    return next(
        r for r in all_routes(app) if getattr(r, "path", None) == path and method in (r.methods or ())
    )


# 6. a disabled user is out at once --------------------------------------------------------------------------


def test_a_disabled_users_session_stops_working(app, world):
    store = app.state.store
    client, token = login(app, "zhujian")
    assert client.get("/progress").status_code == 200
    assert client.get("/api/me").status_code == 200
    with store.transaction() as conn:
        conn.execute(sa.text("UPDATE users SET disabled = :t WHERE username = 'zhujian'"), {"t": True})
    before = snapshot(store)
    r = client.get("/progress", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert client.get("/api/me").status_code == 401
    r = client.post(
        f"/progress/items/{world.a1}",
        data={"csrf_token": token, "as_of": "2025-04-30", "value": "12"},
        follow_redirects=False,
    )
    assert r.status_code in (303, 401, 403)
    r = client.post(
        f"/api/items/{world.a1}/progress",
        json={"as_of": "2025-04-30", "value": "12"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code in (401, 403)
    assert snapshot(store) == before
    fresh = TestClient(app)
    token2 = re.search(r'name="csrf_token" value="([^"]+)"', fresh.get("/login").text).group(1)  # type: ignore[union-attr]
    r = fresh.post(
        "/login",
        data={"username": "zhujian", "password": PASSWORDS["zhujian"], "csrf_token": token2},
        follow_redirects=False,
    )
    assert r.status_code == 401


def test_user_disable_by_the_cli_shuts_out_at_once_and_enable_lets_back_in(app, world):
    from click.testing import CliRunner

    from govtargets.cli import main

    client, _ = login(app, "zhujian")
    assert client.get("/api/me").status_code == 200
    runner = CliRunner()
    result = runner.invoke(main, ["user", "disable", "zhujian", "--db", world.db])
    assert result.exit_code == 0 and "disabled" in result.output
    assert client.get("/api/me").status_code == 401  # the open session: no longer
    (entry,) = [e for e in app.state.store.audit_log(entity="user") if e.action == "disable"]
    assert entry.actor == "cli" and entry.new_value["username"] == "zhujian"
    listed = runner.invoke(main, ["user", "list", "--db", world.db]).output
    assert any(line.startswith("zhujian") and "（停用）" in line for line in listed.splitlines())
    assert runner.invoke(main, ["user", "enable", "zhujian", "--db", world.db]).exit_code == 0
    client, _ = login(app, "zhujian")
    assert client.get("/api/me").status_code == 200
    missing = runner.invoke(main, ["user", "disable", "nobody", "--db", world.db])
    assert missing.exit_code != 0 and "nobody" in missing.output and "Traceback" not in missing.output
