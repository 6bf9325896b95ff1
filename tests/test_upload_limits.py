"""Issue 12, case 8: documents, sheets and evidence are bounded by what they expand to (the uncompressed
size of their parts, read from the zip's central directory, and their paragraph and row counts, counted
while streaming before anything is parsed), and the web's extraction has a time limit."""

from __future__ import annotations

import io
import re
import time
import zipfile

import pytest
from fastapi.testclient import TestClient

from govtargets.ingest import IngestError, read_bytes
from govtargets.store import Store, add_user
from govtargets.web import create_app

REPORT = (
    "松溪县政府工作报告\n今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。"
    "新建改建城乡公办幼儿园4所，改造老旧小区30个，新增公共停车泊位2000个。\n"
)


def _docx(body_xml: bytes) -> bytes:
    """A real .docx (made by python-docx) with its body replaced."""
    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("占位")
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                head, _, rest = data.partition(b"<w:body>")
                data = head + b"<w:body>" + body_xml + b"</w:body></w:document>"
            z.writestr(info.filename, data)
    return out.getvalue()


def _paragraphs(n: int) -> bytes:
    return b"<w:p><w:r><w:t>" + "松溪县".encode() + b"</w:t></w:r></w:p>" * 1 + b"<w:p/>" * n


def test_a_docx_that_expands_past_the_limit_is_refused_before_it_is_parsed():
    text = "各位代表".encode() * (10 * 1024 * 1024)  # 120 MB of text, about 120 KB compressed
    data = _docx(b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>")
    del text
    assert len(data) < 2 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(IngestError, match="too large"):
        read_bytes(data, "bomb.docx")
    assert time.perf_counter() - started < 2


def test_a_docx_of_too_many_paragraphs_is_refused_quickly():
    data = _docx(_paragraphs(300_000))
    assert len(data) < 200 * 1024
    started = time.perf_counter()
    with pytest.raises(IngestError, match="too large.*paragraphs"):
        read_bytes(data, "many.docx")
    assert time.perf_counter() - started < 2


def test_a_pdf_of_too_many_pages_is_refused():
    from pypdf import PdfWriter

    w = PdfWriter()
    for _ in range(2_100):
        w.add_blank_page(10, 10)
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(IngestError, match="too large.*pages"):
        read_bytes(buf.getvalue(), "pages.pdf")


def test_an_ordinary_docx_still_reads():
    doc = read_bytes(_docx(b"<w:p><w:r><w:t>" + REPORT.encode() + b"</w:t></w:r></w:p>"), "ok.docx")
    assert "幼儿园4所" in doc.text


# the web


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "w.db")
    with Store(path) as s:
        add_user(s, "duchashi", "correct-horse-1", "supervisor")
    return path


def _client(app):
    client = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    client.post("/login", data={"username": "duchashi", "password": "correct-horse-1", "csrf_token": token})
    return client, re.search(r'name="csrf-token" content="([^"]+)"', client.get("/login").text).group(1)


def _documents(store) -> int:
    import sqlalchemy as sa

    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(store.t["documents"])).scalar()


def _upload(client, token, data, name):
    return client.post(
        "/upload",
        data={"csrf_token": token},
        files={"file": (name, data, "application/octet-stream")},
        follow_redirects=False,
    )


def test_web_upload_of_a_zip_bomb_docx_gets_a_chinese_message(db):
    client, token = _client(create_app(db, secret="s"))
    r = _upload(client, token, _docx(_paragraphs(300_000)), "many.docx")
    assert r.status_code == 415 and "段落" in r.text
    with Store(db) as s:
        assert _documents(s) == 0


def test_web_extraction_has_a_time_limit(db):
    app = create_app(db, secret="s")
    client, token = _client(app)
    app.state.extract_timeout = 0.0001
    r = _upload(client, token, REPORT.encode(), "report.txt")
    assert r.status_code == 422 and "超时" in r.text
    with Store(db) as s:
        assert _documents(s) == 0
    app.state.extract_timeout = 60
    assert _upload(client, token, REPORT.encode(), "report.txt").status_code == 303


def test_evidence_that_expands_past_the_limit_is_refused():
    from govtargets.cycle.evidence import EvidenceError, check_evidence

    body = b"<w:p><w:r><w:t>" + b"a" * (120 * 1024 * 1024) + b"</w:t></w:r></w:p>"
    data = _docx(body)
    del body
    with pytest.raises(EvidenceError) as err:
        check_evidence("证明.docx", data)
    assert err.value.status == 413 and "解压" in err.value.message


def test_a_plan_sheet_of_too_many_rows_is_refused(tmp_path):
    from openpyxl import Workbook

    from govtargets.cycle.plans import read_plan_xlsx
    from govtargets.lexicon import load_lexicon
    from govtargets.store import StoreError

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["任务内容"])
    for n in range(25_000):
        ws.append([f"任务{n}"])
    path = str(tmp_path / "big.xlsx")
    wb.save(path)
    with pytest.raises(StoreError, match="too large.*rows"):
        read_plan_xlsx(path, load_lexicon(), 2024)


def test_the_plan_page_refuses_an_oversized_sheet_in_chinese(db, tmp_path):
    from openpyxl import Workbook

    with Store(db) as s:
        plan = s.create_plan("某县", 2024, "t", [])
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["任务内容"])
    for n in range(25_000):
        ws.append([f"任务{n}"])
    path = tmp_path / "big.xlsx"
    wb.save(str(path))
    client, token = _client(create_app(db, secret="s"))
    r = client.post(
        f"/plans/{plan}/import",
        data={"csrf_token": token},
        files={"file": ("big.xlsx", path.read_bytes(), "application/octet-stream")},
    )
    assert r.status_code == 422 and "表格过大" in r.text
