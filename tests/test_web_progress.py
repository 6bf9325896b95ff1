"""Progress entry in the browser's pages: a unit's own items, an item's history with its corrections, the
report form with evidence files, two reporters saving at once, and a correction that came too late."""

from __future__ import annotations

import hashlib
import re
import threading
from decimal import Decimal

from fastapi.testclient import TestClient

from govtargets.store import ItemDraft, Store, add_user
from govtargets.web import create_app

from . import test_web_security as sec
from .test_web_security import SECRET_B, UNIT_A, UNIT_B, login

world_template, world, app = sec.world_template, sec.world, sec.app  # the shared fixtures

LABELS = ["截至日期", "累计完成值", "完成率(%)", "增速(%)", "状态", "进展情况", "佐证材料"]


def alert(page: str) -> str:
    m = re.search(r'class="alert"[^>]*>([^<]*)', page)
    return m.group(1) if m else ""


def test_a_reporter_lists_its_units_items_across_plans_with_the_latest_report(app, world):
    client, _ = login(app, "zhujian")
    page = client.get("/progress").text
    assert "<h1>进展填报</h1>" in page
    rows = dict(re.findall(r'<tr id="item-(\d+)">(.*?)</tr>', page, re.S))
    assert set(map(int, rows)) == {world.a1, world.s1, world.a2}  # led by A, shared with A, another plan
    assert "累计8个" in rows[str(world.a1)] and "截至2025-03-31" in rows[str(world.a1)]
    assert "完成25%" in rows[str(world.s1)] and "管网铺设5公里" in rows[str(world.s1)]
    assert re.search(r'class="light \w+"', rows[str(world.a1)])
    assert SECRET_B not in page and UNIT_B + "</option>" not in page
    # its plan filter lists only the plans where it has items
    assert "2023年松溪县水利专项任务分解表" not in page
    page = client.get(f"/progress?plan={world.plan2}").text
    assert set(map(int, re.findall(r'<tr id="item-(\d+)">', page))) == {world.a2}
    assert (
        set(map(int, re.findall(r'<tr id="item-(\d+)">', client.get(f"/progress?plan={world.plan3}").text)))
        == set()
    )


def test_the_office_sees_every_item_of_a_plan_and_a_viewer_only_reads(app, world):
    client, _ = login(app, "duchashi")
    page = client.get(f"/progress?plan={world.plan1}").text
    assert set(map(int, re.findall(r'<tr id="item-(\d+)">', page))) == {world.a1, world.b1, world.s1}
    assert "填报</a>" in page
    page = client.get(f"/progress?plan={world.plan1}&unit={UNIT_A}").text
    assert set(map(int, re.findall(r'<tr id="item-(\d+)">', page))) == {world.a1, world.s1}
    viewer, token = login(app, "lingdao")
    page = viewer.get(f"/progress/items/{world.b1}").text
    assert "进展记录" in page and "提交进展" not in page
    r = viewer.post(
        f"/progress/items/{world.b1}", data={"csrf_token": token, "as_of": "2025-04-30", "value": "1"}
    )
    assert r.status_code == 403


def test_the_item_page_shows_the_item_its_history_and_the_form(app, world):
    client, _ = login(app, "shuili")
    page = client.get(f"/progress/items/{world.b1}").text
    assert "除险加固病险水库3座" in page and "汛前" in page and UNIT_B in page
    for label in LABELS:
        assert f">{label}</label>" in page, label
    assert '<button type="submit" class="primary">提交进展</button>' in page
    # oldest first; the corrected report is marked, with who corrected it
    first, second = re.findall(r'<tr id="r(\d+)" class="([^"]*)">', page)
    assert int(first[0]) == world.b1_report and first[1] == "superseded"
    assert second[1] == ""
    assert "已更正" in page and "已由水利局陈刚更正为第2条" in page
    assert page.index("完成2座") < page.index("完成1座")
    # only the latest report can be chosen for a correction
    options = re.findall(r'<option value="(\d+)"[^>]*>更正第(\d)条', page)
    assert options == [(second[0], "2")]


def test_a_report_with_evidence_lands_in_history_and_the_audit_log(app, world):
    client, token = login(app, "zhujian")
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"
    r = client.post(
        f"/progress/items/{world.a1}",
        data={
            "csrf_token": token,
            "as_of": "2025-04-30",
            "value": "12",
            "completion_pct": "40",
            "status": "on_schedule",
            "narrative": "已完工12个小区",
        },
        files=[
            ("evidence", ("验收报告.pdf", pdf, "application/pdf")),
            ("evidence", ("台账.txt", "小区名单".encode(), "text/plain")),
        ],
        follow_redirects=False,
    )
    assert r.status_code == 303, alert(r.text)
    pid = int(re.search(r"saved=(\d+)", r.headers["location"]).group(1))
    page = client.get(r.headers["location"]).text
    assert "已提交第2条进展" in page and "已完工12个小区" in page and "累计完成值 12个" in page
    store = app.state.store
    (report,) = [p for p in store.progress(world.plan1)[world.a1] if p.id == pid]
    assert report.value == Decimal(12) and report.completion_pct == Decimal(40)
    assert report.status == "on_schedule" and report.unit == UNIT_A and report.reported_by == "zhujian"
    digest = hashlib.sha256(pdf).hexdigest()
    assert report.evidence[0] == f"验收报告.pdf#size={len(pdf)}&sha256={digest}"
    assert (world.evidence / digest[:2] / digest).read_bytes() == pdf
    assert [e.actor for e in store.audit_log(entity="progress", entity_id=pid)] == ["zhujian"]
    # the files come back as downloads, not as pages
    d = client.get(f"/progress/evidence/{pid}/1")
    assert d.content == pdf and d.headers["content-type"] == "application/pdf"
    assert d.headers["content-disposition"].startswith("attachment;")
    assert "%E9%AA%8C%E6%94%B6%E6%8A%A5%E5%91%8A.pdf" in d.headers["content-disposition"]
    assert d.headers["x-content-type-options"] == "nosniff"
    assert client.get(f"/progress/evidence/{pid}/3").status_code == 404
    # unit B cannot fetch unit A's evidence; the office can
    other, _ = login(app, "shuili")
    assert other.get(f"/progress/evidence/{pid}/1").status_code == 404
    office, _ = login(app, "duchashi")
    assert office.get(f"/progress/evidence/{pid}/2").content == "小区名单".encode()


def test_the_form_says_what_is_wrong_and_keeps_what_was_typed(app, world):
    client, token = login(app, "zhujian")
    before = len(app.state.store.audit_log())
    kept = "保留的文字"
    cases = [
        ({"as_of": "2025-04-30", "status": "cancelled"}, "取消的原因和批准依据"),
        ({"as_of": "2025-04-30", "value": " "}, "请至少填写"),
        ({"as_of": "2025-04-31", "value": "3", "narrative": kept}, "截至日期“2025-04-31”有误"),
        ({"as_of": "2999-01-01", "value": "3", "narrative": kept}, "不能晚于今天"),
        ({"as_of": "2025-04-30", "value": "十二", "narrative": kept}, "累计完成值“十二”不是数字"),
        ({"as_of": "2025-04-30", "completion_pct": "5000", "narrative": kept}, "完成率(%)应在0到1000之间"),
        ({"as_of": "2025-04-30", "value": "3", "supersedes": str(world.b1_report)}, "不属于该事项"),
    ]
    for form, message in cases:
        r = client.post(f"/progress/items/{world.a1}", data={"csrf_token": token, **form})
        assert r.status_code == 422 and message in alert(r.text), (form, alert(r.text))
        if "narrative" in form:
            assert f">{kept}</textarea>" in r.text
    # 取消 with its reason is the office's (issue 13): a unit is told so, the office may
    cancel = {"as_of": "2025-04-30", "status": "cancelled", "narrative": "经县政府常务会议批准取消"}
    r = client.post(f"/progress/items/{world.a1}", data={"csrf_token": token, **cancel})
    assert r.status_code == 422 and "取消由督查室办理" in alert(r.text)
    assert len(app.state.store.audit_log()) == before
    office, office_token = login(app, "duchashi")
    r = office.post(
        f"/progress/items/{world.a1}", data={"csrf_token": office_token, **cancel}, follow_redirects=False
    )
    assert r.status_code == 303


def test_a_reporter_cannot_open_or_post_to_another_units_item(app, world):
    client, token = login(app, "zhujian")
    before = app.state.store.progress(world.plan1, include_superseded=True)
    for item in (world.b1, world.b2, world.b3, 999999):
        assert client.get(f"/progress/items/{item}").status_code == 404
        r = client.post(
            f"/progress/items/{item}",
            data={"csrf_token": token, "as_of": "2025-04-30", "narrative": "越权填报"},
        )
        assert r.status_code == 404 and "越权填报" not in r.text
    assert client.get(f"/progress/evidence/{world.b1_report}/1").status_code == 404
    assert app.state.store.progress(world.plan1, include_superseded=True) == before


def test_two_reporters_saving_on_the_same_item_at_the_same_moment_both_land(app, world):
    # the shared item: unit B leads it, unit A is co-responsible; each of three users saves at once
    users = ["zhujian", "shuili", "zhujian2"]
    clients = [login(app, u) for u in users]
    start = threading.Barrier(len(users))
    codes: list[int] = []

    def save(n: int) -> None:
        client, token = clients[n]
        start.wait()
        r = client.post(
            f"/progress/items/{world.s1}",
            data={
                "csrf_token": token,
                "as_of": "2025-04-30",
                "completion_pct": str(30 + n),
                "narrative": users[n],
            },
            follow_redirects=False,
        )
        codes.append(r.status_code)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(len(users))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [303, 303, 303]
    history = app.state.store.progress(world.plan1)[world.s1]
    assert sorted(p.narrative for p in history[-3:]) == sorted(users)
    assert {p.reported_by for p in history[-3:]} == set(users)


def test_correcting_a_report_someone_already_corrected_is_refused_with_who_did(app, world):
    a, token_a = login(app, "zhujian")
    b, token_b = login(app, "shuili")
    target = world.s1_report
    page_a = a.get(f"/progress/items/{world.s1}").text  # both open the page while the report is the latest
    assert f'<option value="{target}"' in page_a
    r = b.post(
        f"/progress/items/{world.s1}",
        data={
            "csrf_token": token_b,
            "as_of": "2025-03-31",
            "completion_pct": "20",
            "supersedes": str(target),
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    r = a.post(
        f"/progress/items/{world.s1}",
        data={
            "csrf_token": token_a,
            "as_of": "2025-03-31",
            "completion_pct": "30",
            "supersedes": str(target),
        },
    )
    assert r.status_code == 409
    assert "该条进展已被水利局陈刚更正，请刷新后在最新记录上更正" in alert(r.text)
    reports = app.state.store.progress(world.plan1, include_superseded=True)[world.s1]
    assert [p.completion_pct for p in reports] == [Decimal(25), Decimal(20)]  # nothing overwritten or lost


def test_evidence_goes_beside_an_sqlite_database_by_default(tmp_path, monkeypatch):
    monkeypatch.delenv("GOVTARGETS_EVIDENCE_DIR", raising=False)
    db = tmp_path / "data" / "govtargets.db"
    db.parent.mkdir()
    with Store(str(db)) as s:
        add_user(s, "zhujian", sec.PASSWORDS["zhujian"], "reporter", unit=UNIT_A)
        s.create_plan(
            "松溪县", 2025, "计划", [ItemDraft(kind="task", text="改造老旧小区", lead_units=(UNIT_A,))]
        )
        item = s.items(1)[0].id
    web = create_app(str(db), secret="s")
    client, token = login(web, "zhujian")
    r = client.post(
        f"/progress/items/{item}",
        data={"csrf_token": token, "as_of": "2025-04-30", "narrative": "见附件"},
        files={"evidence": ("说明.txt", b"ok", "text/plain")},
        follow_redirects=False,
    )
    assert r.status_code == 303
    digest = hashlib.sha256(b"ok").hexdigest()
    assert (tmp_path / "data" / "evidence" / digest[:2] / digest).read_bytes() == b"ok"
    other = tmp_path / "elsewhere"
    monkeypatch.setenv("GOVTARGETS_EVIDENCE_DIR", str(other))
    app2 = create_app(str(db), secret="s")
    client, token = login(app2, "zhujian")
    client.post(
        f"/progress/items/{item}",
        data={"csrf_token": token, "as_of": "2025-04-30", "narrative": "见附件"},
        files={"evidence": ("说明2.txt", b"ok2", "text/plain")},
    )
    assert len([p for p in other.rglob("*") if p.is_file()]) == 1
    assert TestClient(app2).get(f"/progress/items/{item}", follow_redirects=False).status_code == 303


def test_page_titles_and_heads_hold_no_page_content(app, world):
    """A block pasted into the wrong place of a template (the title or the head) shows as markup in the tab
    and a card above the page: every page's <title> is plain text and its <head> holds no section."""
    for who, paths in (
        ("zhujian", ["/progress", f"/progress/items/{world.a1}"]),
        ("duchashi", ["/progress", "/", f"/plans/{world.plan1}", "/alerts", "/units", "/scores"]),
    ):
        client, _ = login(app, who)
        for path in paths:
            page = client.get(path).text
            title = re.search(r"<title>(.*?)</title>", page, re.S)
            assert title and "<" not in title.group(1), (who, path)
            head = page.split("</head>", 1)[0]
            assert "<section" not in head and "<form" not in head, (who, path)
