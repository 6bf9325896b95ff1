"""The JSON API under /api: the session and CSRF token, scoped reads, optimistic edits, progress reports and
corrections, judgements, the audit log and the OpenAPI document."""

from __future__ import annotations

import threading
from decimal import Decimal

from fastapi.testclient import TestClient

from . import test_web_security as sec
from .test_web_security import SECRET_B, UNIT_A, UNIT_B, login

world_template, world, app = sec.world_template, sec.world, sec.app  # the shared fixtures


def test_without_a_login_the_api_answers_401_in_json(app, world):
    client = TestClient(app)
    for path in ("/api/me", "/api/plans", f"/api/items/{world.a1}", "/api/audit-log"):
        r = client.get(path)
        assert r.status_code == 401 and r.json() == {"detail": "请先登录"}, path


def test_me_gives_the_user_and_the_csrf_token_the_pages_use(app, world):
    client, token = login(app, "zhujian")
    me = client.get("/api/me").json()
    assert me == {
        "username": "zhujian",
        "display_name": "住建局李娜",
        "role": "reporter",
        "role_name": "填报单位",
        "unit": UNIT_A,
        "csrf_token": token,
    }
    assert f'name="csrf-token" content="{token}"' in client.get("/progress").text


def test_reads_are_scoped_to_the_reporters_unit(app, world):
    client, _ = login(app, "zhujian")
    plans = {p["id"]: p["items"] for p in client.get("/api/plans").json()}
    assert plans == {world.plan1: 2, world.plan2: 1}
    items = client.get(f"/api/plans/{world.plan1}/items").json()
    assert [i["id"] for i in items] == [world.a1, world.s1]
    shared = items[1]
    assert shared["lead_units"] == [UNIT_B] and shared["co_units"] == [UNIT_A] and shared["rev"] == 1
    assert client.get(f"/api/items/{world.a1}").json()["target_value"] == "30"
    for item in (world.b1, world.b2, world.b3, 999999):
        for path in (f"/api/items/{item}", f"/api/items/{item}/progress"):
            r = client.get(path)
            assert r.status_code == 404 and SECRET_B not in r.text, path
    assert client.get(f"/api/plans/{world.plan3}/items").status_code == 404
    assert client.get(f"/api/plans/{world.plan3}/judgements").status_code == 404
    judged = client.get(f"/api/plans/{world.plan1}/judgements", params={"as_of": "2025-06-30"}).json()
    assert [j["item_id"] for j in judged] == [world.a1, world.s1]
    assert client.get("/api/audit-log").status_code == 403  # the log names every unit's changes
    office, _ = login(app, "duchashi")
    assert len(office.get(f"/api/plans/{world.plan1}/items").json()) == 3
    assert {p["id"] for p in office.get("/api/plans").json()} == {world.plan1, world.plan2, world.plan3}


def test_judgements_give_status_light_and_basis(app, world):
    client, _ = login(app, "lingdao")
    judged = {
        j["item_id"]: j for j in client.get(f"/api/plans/{world.plan2}/judgements?as_of=2025-04-30").json()
    }
    assert judged[world.a2]["status"] == "完成" and judged[world.a2]["light"] == "green"
    assert "报送为完成" in judged[world.a2]["basis"]
    assert client.get(f"/api/plans/{world.plan2}/judgements?as_of=2024-13-01").status_code == 422


def test_patch_an_item_on_its_revision_and_a_stale_revision_is_409(app, world):
    office, token = login(app, "duchashi")
    admin, admin_token = login(app, "admin")
    url = f"/api/items/{world.s1}"
    r = office.patch(
        url,
        json={"rev": 1, "deadline": "9月底前", "co_units": [UNIT_A, "县财政局"]},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 200, r.text
    item = r.json()
    assert item["rev"] == 2 and item["deadline"] == "9月底前" and item["due_date"] == "2025-09-30"
    assert item["co_units"] == [UNIT_A, "县财政局"] and item["revised_by"] == "duchashi"
    # someone still on revision 1 is refused, and nothing is overwritten
    r = admin.patch(url, json={"rev": 1, "text": "旧版本上的修改"}, headers={"X-CSRF-Token": admin_token})
    assert r.status_code == 409
    assert r.json()["detail"] == "该事项已被督查室王科长修改（第2版），请刷新后重新修改"
    assert admin.get(url).json()["text"] == "新建城区雨污分流管网20公里"
    assert [e.actor for e in app.state.store.audit_log(entity="item", entity_id=world.s1)] == ["duchashi"]
    # bad input, unknown fields, no token, a reporter
    assert office.patch(url, json={"rev": 2, "text": ""}, headers={"X-CSRF-Token": token}).status_code == 422
    assert office.patch(url, json={"rev": 2, "seq": 9}, headers={"X-CSRF-Token": token}).status_code == 422
    assert office.patch(url, json={"rev": 2, "text": "无令牌"}).status_code == 403
    reporter, rtoken = login(app, "zhujian")
    r = reporter.patch(url, json={"rev": 2, "text": "越权修改"}, headers={"X-CSRF-Token": rtoken})
    assert r.status_code == 403
    assert office.get(url).json()["rev"] == 2


def test_post_progress_and_read_it_back(app, world):
    client, token = login(app, "zhujian")
    r = client.post(
        f"/api/items/{world.a1}/progress",
        json={"as_of": "2025-04-30", "value": "12.5", "status": "on_schedule", "narrative": "已开工12个"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["value"] == "12.5" and made["status_name"] == "序时推进" and made["unit"] == UNIT_A
    assert made["reported_by"] == "zhujian" and made["superseded_by"] is None
    reports = client.get(f"/api/items/{world.a1}/progress").json()
    assert [p["id"] for p in reports] == [world.a1_report, made["id"]]
    assert app.state.store.progress(world.plan1)[world.a1][-1].value == Decimal("12.5")
    # the same checks as the form
    for body, word in [
        ({"as_of": "2025-04-30", "status": "cancelled"}, "取消的原因"),
        ({"as_of": "2025-04-30"}, "请至少填写"),
        ({"as_of": "2025-04-30", "status": "finished"}, "status"),
        ({"as_of": "2025-04-30", "value": "12", "unit": UNIT_B}, "unit"),
    ]:
        r = client.post(f"/api/items/{world.a1}/progress", json=body, headers={"X-CSRF-Token": token})
        assert r.status_code == 422 and word in r.json()["detail"], body
    # not on another unit's item, not without the token, not as a viewer
    r = client.post(
        f"/api/items/{world.b1}/progress",
        json={"as_of": "2025-04-30", "value": "1"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 404
    assert (
        client.post(f"/api/items/{world.a1}/progress", json={"as_of": "2025-04-30", "value": "1"}).status_code
        == 403
    )
    viewer, vtoken = login(app, "lingdao")
    r = viewer.post(
        f"/api/items/{world.a1}/progress",
        json={"as_of": "2025-04-30", "value": "1"},
        headers={"X-CSRF-Token": vtoken},
    )
    assert r.status_code == 403


def test_a_correction_of_a_corrected_report_is_409(app, world):
    a, token_a = login(app, "zhujian")
    b, token_b = login(app, "shuili")
    body = {"as_of": "2025-03-31", "completion_pct": "20", "supersedes_id": world.s1_report}
    r = b.post(f"/api/items/{world.s1}/progress", json=body, headers={"X-CSRF-Token": token_b})
    assert r.status_code == 201 and r.json()["supersedes_id"] == world.s1_report
    r = a.post(
        f"/api/items/{world.s1}/progress",
        json=body | {"completion_pct": "30"},
        headers={"X-CSRF-Token": token_a},
    )
    assert r.status_code == 409
    assert r.json()["detail"] == "该条进展已被水利局陈刚更正，请刷新后在最新记录上更正"
    reports = a.get(f"/api/items/{world.s1}/progress").json()
    assert [(p["completion_pct"], p["superseded_by"] is not None) for p in reports] == [
        ("25", True),
        ("20", False),
    ]
    # a report of another item cannot be named
    r = a.post(
        f"/api/items/{world.a1}/progress",
        json={"as_of": "2025-03-31", "value": "1", "supersedes_id": world.b1_report},
        headers={"X-CSRF-Token": token_a},
    )
    assert r.status_code == 422


def test_two_clients_posting_at_once_both_land(app, world):
    users = ["zhujian", "zhujian2", "shuili", "duchashi"]
    clients = [login(app, u) for u in users]
    start = threading.Barrier(len(users))
    codes: list[int] = []

    def post(n: int) -> None:
        client, token = clients[n]
        start.wait()
        for k in range(3):
            r = client.post(
                f"/api/items/{world.s1}/progress",
                json={"as_of": "2025-04-30", "narrative": f"{users[n]}-{k}"},
                headers={"X-CSRF-Token": token},
            )
            codes.append(r.status_code)

    threads = [threading.Thread(target=post, args=(n,)) for n in range(len(users))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [201] * 12
    narratives = {p.narrative for p in app.state.store.progress(world.plan1)[world.s1]}
    assert {f"{u}-{k}" for u in users for k in range(3)} <= narratives


def test_the_audit_log_is_filtered_and_newest_first(app, world):
    client, token = login(app, "zhujian")
    client.post(
        f"/api/items/{world.a1}/progress",
        json={"as_of": "2025-04-30", "value": "9"},
        headers={"X-CSRF-Token": token},
    )
    viewer, _ = login(app, "lingdao")
    log = viewer.get("/api/audit-log", params={"actor": "zhujian", "entity": "progress"}).json()
    assert log[0]["new_value"]["value"] == "9" and log[0]["entity"] == "progress"
    assert [e["id"] for e in log] == sorted((e["id"] for e in log), reverse=True)
    everything = viewer.get("/api/audit-log", params={"limit": 2}).json()
    older = viewer.get("/api/audit-log", params={"limit": 2, "before_id": everything[-1]["id"]}).json()
    assert len(everything) == 2 and all(e["id"] < everything[-1]["id"] for e in older)
    assert viewer.get("/api/audit-log", params={"limit": 5000}).status_code == 422


def test_progress_with_evidence_files_through_the_api(app, world):
    """multipart/form-data with `evidence` files: checked by content, kept by sha256, downloadable by the
    link the report gives; a refused file or field stores nothing."""
    import hashlib

    client, token = login(app, "zhujian")
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    note = "现场核查记录：已开工12个。".encode()
    url = f"/api/items/{world.a1}/progress/upload"
    r = client.post(
        url,
        data={"as_of": "2025-05-31", "completion_pct": "45", "narrative": "<b>已开工</b>"},
        files=[
            ("evidence", ("现场照片.png", png, "image/png")),
            ("evidence", ("核查记录.txt", note, "text/plain")),
        ],
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["completion_pct"] == "45" and made["narrative"] == "<b>已开工</b>" and made["unit"] == UNIT_A
    assert [(e["name"], e["size"], e["sha256"]) for e in made["evidence"]] == [
        ("现场照片.png", len(png), hashlib.sha256(png).hexdigest()),
        ("核查记录.txt", len(note), hashlib.sha256(note).hexdigest()),
    ]
    assert client.get(made["evidence"][0]["url"]).content == png
    assert (
        world.evidence / made["evidence"][1]["sha256"][:2] / made["evidence"][1]["sha256"]
    ).read_bytes() == note

    before, stored = sec.snapshot(app.state.store), sec.files_in(world.evidence)
    refused = [
        (
            {"as_of": "2025-05-31", "value": "3"},
            [("evidence", ("照片.png", b"GIF89a....", "image/png"))],
            415,
        ),
        (
            {"as_of": "2025-05-31", "value": "3"},
            [("evidence", ("宏.docm", b"PK\x03\x04", "application/zip"))],
            415,
        ),
        ({"as_of": "2025-05-31"}, [("evidence", ("记录.txt", note, "text/plain"))], 422),  # no figure at all
        ({"as_of": "2025-13-31", "value": "3"}, [], 422),
    ]
    for data, files, code in refused:
        r = client.post(url, data=data, files=files or None, headers={"X-CSRF-Token": token})
        assert r.status_code == code and r.json()["detail"], (data, r.text)
    r = client.post(
        f"/api/items/{world.b1}/progress/upload",
        data={"as_of": "2025-05-31", "value": "1"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 404 and SECRET_B not in r.text  # another unit's item
    r = client.post(url, data={"as_of": "2025-05-31", "value": "1"})
    assert r.status_code == 403  # no CSRF token
    app.state.max_evidence_bytes = 1024
    r = client.post(
        url,
        data={"as_of": "2025-05-31", "value": "1"},
        files=[("evidence", ("大.png", png, "image/png"))],
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 413 and "过大" in r.json()["detail"]
    assert sec.snapshot(app.state.store) == before and sec.files_in(world.evidence) == stored


def test_the_openapi_document_describes_the_api(app):
    doc = TestClient(app).get("/api/openapi.json").json()
    paths = doc["paths"]
    for path, method in [
        ("/api/me", "get"),
        ("/api/plans", "get"),
        ("/api/plans/{plan_id}/items", "get"),
        ("/api/items/{item_id}", "get"),
        ("/api/items/{item_id}", "patch"),
        ("/api/items/{item_id}/progress", "get"),
        ("/api/items/{item_id}/progress", "post"),
        ("/api/items/{item_id}/progress/upload", "post"),
        ("/api/plans/{plan_id}/judgements", "get"),
        ("/api/audit-log", "get"),
    ]:
        assert method in paths[path], (path, method)
    schemas = doc["components"]["schemas"]
    assert {"ItemOut", "ItemPatch", "ProgressIn", "ProgressOut", "JudgementOut", "AuditOut", "Me"} <= set(
        schemas
    )
    assert "rev" in schemas["ItemPatch"]["required"]
    assert "409" in paths["/api/items/{item_id}"]["patch"]["responses"]
    assert not any(p.startswith("/progress") or p.startswith("/plans") for p in paths)  # pages are not API
