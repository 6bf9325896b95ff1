"""Reading documents: encodings, formats, page clutter, metadata, and one-line errors for bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from govtargets import IngestError, extract_facts, read_bytes, read_document

from .conftest import SEEDS, needs_shared

FIXTURES = Path(__file__).parent / "fixtures"
REPORT = (
    "政府工作报告\n2014年1月20日在青溪县第十八届人民代表大会第三次会议上\n一、2013年工作回顾\n"
    "全年实现地区生产总值128.6亿元，同比增长7.2%；城镇新增就业5120人。\n"
    "二、2014年工作安排\n今年的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长8%以上。\n"
)
ATOMS = {
    ("actual", "gdp", "level"),
    ("actual", "gdp", "growth"),
    ("actual", "new_urban_jobs", "level"),
    ("target", "gdp", "growth"),
    ("target", "general_budget_revenue", "growth"),
}


def atoms(doc) -> set:  # type: ignore[no-untyped-def,type-arg]
    return {(f.kind, f.metric, f.measure) for f in extract_facts(doc)}


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk", "big5"]
)
def test_encodings_are_detected(encoding: str) -> None:
    text = REPORT
    if encoding == "big5":
        import opencc

        text = opencc.OpenCC("s2t").convert(REPORT)
    doc = read_bytes(text.encode(encoding), "report.txt")
    assert doc.text.lstrip("\ufeff") == text
    assert atoms(doc) == ATOMS
    assert doc.script == ("traditional" if encoding == "big5" else "simplified")


@needs_shared
@pytest.mark.parametrize("encoding", ["gb18030", "big5hkscs", "utf-16"])
def test_seed_in_other_encodings(encoding: str, tmp_path: Path) -> None:
    """Seed 001 (traditional script) re-encoded reads back to the same text and the same facts."""
    src = SEEDS / "001_8f6696f92036772e.txt"
    text = src.read_text(encoding="utf-8")
    f = tmp_path / "seed.txt"
    f.write_bytes(text.encode(encoding))
    doc = read_document(f)
    assert doc.text == text and doc.script == "traditional"
    assert [x.to_dict() | {"doc": ""} for x in extract_facts(doc)] == [
        x.to_dict() | {"doc": ""} for x in extract_facts(read_document(src))
    ]


def test_html_page_keeps_the_body_and_drops_clutter() -> None:
    doc = read_document(FIXTURES / "county_page.html")
    assert doc.format == "html" and doc.encoding == "utf-8"  # the page declares gb2312 wrongly: detected
    for clutter in ("您现在的位置", "网站地图", "ICP备", "分享到", "分辨率", "政府信息公开", "pageId"):
        assert clutter not in doc.text
    assert "全年实现地区生产总值156.3亿元" in doc.text
    assert (doc.region, doc.report_year, doc.doc_kind) == ("青溪县", 2015, "work_report")
    got = {(f.kind, f.metric, f.measure, float(f.base_low)) for f in extract_facts(doc)}
    assert ("actual", "gdp", "level", 15630000000.0) in got
    assert ("target", "fixed_asset_investment", "growth", 15.0) in got


def test_html_in_gb2312_bytes(tmp_path: Path) -> None:
    page = (FIXTURES / "county_page.html").read_text(encoding="utf-8")
    f = tmp_path / "page.htm"
    f.write_bytes(page.encode("gb18030"))
    doc = read_document(f)
    assert doc.encoding == "gb18030" and "地区生产总值156.3亿元" in doc.text


def _docx(tmp_path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("2014年青溪县政府工作报告")
    d.add_paragraph("一、2013年工作回顾")
    d.add_paragraph("全年实现地区生产总值128.6亿元，同比增长7.2%。")
    table = d.add_table(rows=2, cols=3)
    for i, cell in enumerate(["指标", "2013年目标", "2013年完成"]):
        table.rows[0].cells[i].text = cell
    for i, cell in enumerate(["城镇新增就业（人）", "5000", "5120"]):
        table.rows[1].cells[i].text = cell
    d.add_paragraph("二、2014年工作安排")
    d.add_paragraph("今年的主要预期目标是：地区生产总值增长7%左右。")
    path = tmp_path / "report.docx"
    d.save(str(path))
    return path


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    doc = read_document(_docx(tmp_path))
    assert doc.format == "docx"
    lines = doc.text.splitlines()
    assert lines.index("全年实现地区生产总值128.6亿元，同比增长7.2%。") < lines.index(
        "指标\t2013年目标\t2013年完成"
    )
    assert lines.index("城镇新增就业（人）\t5000\t5120") < lines.index("二、2014年工作安排")
    assert ("target", "gdp", "growth") in atoms(doc) and ("actual", "gdp", "level") in atoms(doc)


def _pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 11)
    y = 800
    for line in lines:
        c.drawString(40, y, line)
        y -= 18
    c.save()
    return path


def test_pdf_text_layer_with_wrapped_lines(tmp_path: Path) -> None:
    path = _pdf(
        tmp_path / "r.pdf",
        [
            "政府工作报告",
            "2014年1月20日在青溪县第十八届人民代表大会第三次会议上",
            "一、2013年工作回顾",
            "全年实现地区生产总值128.6亿元，同比",
            "增长7.2%。",
            "二、2014年工作安排",
            "今年的主要预期目标是：地区生产总值增长7%左右。",
        ],
    )
    doc = read_document(path)
    assert doc.format == "pdf" and "同比增长7.2%" in doc.text
    assert atoms(doc) == {
        ("actual", "gdp", "level"),
        ("actual", "gdp", "growth"),
        ("target", "gdp", "growth"),
    }


def _image_only_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.rect(50, 50, 300, 300, fill=1)
    c.save()
    return path


@pytest.mark.parametrize(
    "make,reason",
    [
        (lambda p: p.write_bytes(b""), "empty file"),
        (lambda p: p.write_bytes(b"   \n "), "empty file"),
        (lambda p: p.write_bytes(bytes(range(256)) * 40), "not a text document"),
        (lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 100), "broken docx"),
        (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100), "legacy Word .doc"),
        (lambda p: p.write_bytes(b"%PDF-1.4\n garbage"), "pdf"),
        (lambda p: _image_only_pdf(p), "pdf without text layer"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50), "an image"),
        (lambda p: p.write_text("hello world, no Chinese here\n" * 20), "not a Chinese report"),
    ],
)
def test_bad_input_gives_one_line_reason(tmp_path: Path, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "bad.bin"
    make(p)
    with pytest.raises(IngestError) as e:
        read_document(p)
    msg = str(e.value)
    assert msg.startswith(str(p)) and reason in msg and "\n" not in msg


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "你好")
    p = tmp_path / "x.docx"
    p.write_bytes(buf.getvalue())
    with pytest.raises(IngestError, match="a zip archive"):
        read_document(p)


def test_an_empty_workbook_is_no_document(tmp_path: Path) -> None:
    """A workbook is read (tests/test_xlsx_ingest.py); one with no text in it is refused in one line."""
    from openpyxl import Workbook

    p = tmp_path / "分解表.xlsx"
    Workbook().save(p)
    with pytest.raises(IngestError, match="no text in the workbook"):
        read_document(p)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(IngestError, match="is a directory"):
        read_document(tmp_path)


@needs_shared
@pytest.mark.parametrize(
    "name,region,level,year,kind,script",
    [
        ("000_c91e28573130fe59.txt", "柯城区", "county", 2014, "midyear_review", "simplified"),
        ("001_8f6696f92036772e.txt", "鹤城区", "county", None, "work_report", "traditional"),
        ("002_52924f53d217235b.txt", "锦州市", "city", 2016, "supervision_report", "simplified"),
        ("003_0fdef7f98de9efbf.txt", "江干区", "county", 2014, "work_report", "simplified"),
        ("004_3e93f4bba1de431e.txt", "开化县", "county", 2023, "work_report", "simplified"),
    ],
)
def test_seed_metadata(name: str, region: str, level: str, year: int | None, kind: str, script: str) -> None:
    d = read_document(SEEDS / name)
    assert (d.region, d.admin_level, d.report_year, d.doc_kind, d.script) == (
        region,
        level,
        year,
        kind,
        script,
    )


@needs_shared
def test_corpus_metadata_matches_sources() -> None:
    from .conftest import CORPUS

    rows = [
        line.split("\t") for line in (CORPUS / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ]
    for file, region, level, year, kind, _src in rows:
        d = read_document(CORPUS / file)
        assert (d.region, d.admin_level, d.doc_kind) == (region, level, kind), file
        if year:
            assert d.report_year == int(year), file


def test_the_halfwidth_text_is_the_text_made_halfwidth() -> None:
    """A read document carries to_halfwidth(text) (paragraphs are normalised from it); one built without
    it, as the store builds them, makes it when asked; neither shows in the record or in equality."""
    from dataclasses import replace

    from govtargets.text import to_halfwidth

    text = "２０２５年青山县地区生产总值增长６．５％（预计），一般公共预算收入增长５％。\n" * 3
    doc = read_bytes(text.encode("gb18030"), "qingshan.txt")
    assert doc.halfwidth == to_halfwidth(doc.text) != doc.text
    assert doc.halfwidth_text() == doc.halfwidth
    bare = replace(doc, halfwidth="")
    assert bare == doc and "halfwidth" not in repr(doc)
    assert bare.halfwidth_text() == doc.halfwidth
    facts = [f.to_dict() for f in extract_facts(doc)]
    assert facts and [f.to_dict() for f in extract_facts(bare)] == facts
