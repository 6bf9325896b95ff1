"""Issue 12, case 11: a document that decodes except for a handful of bytes is read, with `decode_errors: N`
on its document line; a binary file is still refused. The report text is invented."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from govtargets.cli import main
from govtargets.ingest import IngestError, read_bytes

REPORT = (
    "青山县2025年政府工作报告\n"
    "过去一年，全县实现地区生产总值186.4亿元，增长5.9%。今年主要预期目标是：地区生产总值增长6%左右，"
    "一般公共预算收入增长5%，城镇调查失业率控制在5.5%以内。\n"
) * 3
REPORT_T = (
    "青山縣2025年政府工作報告\n過去一年，全縣實現地區生產總值186.4億元，增長5.9%。"
    "今年主要預期目標是：地區生產總值增長6%左右，一般公共預算收入增長5%。\n"
) * 3
AT = len(REPORT[:10].encode())  # a character boundary in the UTF-8 text; the 11th character is 3 bytes


@pytest.mark.parametrize(
    ("encoding", "damage", "errors"),
    [
        ("utf-8", lambda b: b + b"\x00", 1),  # a stray NUL at the end
        ("utf-8", lambda b: b + b"\xff", 1),  # a stray 0xFF at the end
        ("utf-8", lambda b: b[:AT] + b"\xff" + b[AT:] + b"\x00\x00", 3),  # inside and at the end
        ("utf-8", lambda b: b[: AT + 2] + b[AT + 3 :], 1),  # the last byte of a character lost
        ("gb18030", lambda b: b + b"\xff", 1),
        ("gb18030", lambda b: b + b"\x00", 1),
        ("big5hkscs", lambda b: b + b"\x00", 1),
    ],
)
def test_a_few_bad_bytes_are_counted_not_fatal(encoding, damage, errors):
    text = REPORT if encoding != "big5hkscs" else REPORT_T
    data = damage(text.encode(encoding))
    doc = read_bytes(data, "report.txt")
    assert doc.decode_errors == errors
    assert doc.encoding.replace("_", "-") in (encoding, "utf-8")
    assert (
        "地区生产总值增长6%左右" in doc.text or "地區生產總值" in doc.text or "生产总值增长6%左右" in doc.text
    )


def test_an_undamaged_document_has_no_decode_errors():
    assert read_bytes(REPORT.encode(), "report.txt").decode_errors == 0


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,  # a binary file: NULs everywhere
        os.urandom(4096).replace(b"\x00", b"\x01") + REPORT.encode()[:30],  # noise
        REPORT.encode() + b"\x00" * 200,  # a text followed by a block of binary
    ],
)
def test_binary_files_are_still_refused(data):
    with pytest.raises(IngestError):
        read_bytes(data, "blob.txt")


def test_the_cli_document_line_says_decode_errors(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode() + b"\xff")
    r = CliRunner().invoke(main, ["extract", str(path), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    doc_line = json.loads(r.stdout.splitlines()[0])
    assert doc_line["kind"] == "document" and doc_line["decode_errors"] == 1
    r = CliRunner().invoke(main, ["extract", str(path), "--format", "table"])
    assert "decode_errors: 1" in r.stdout
