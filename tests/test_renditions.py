"""The same report as researchers and offices receive it: GB18030 bytes, traditional script, a web page.

Each rendition of a real report must give the same actuals and targets as the UTF-8 text (spans differ, the
facts do not). The renditions are made here from the documents in ../shared at run time.
"""

from __future__ import annotations

import html
from pathlib import Path

import opencc
import pytest

from govtargets import extract_facts
from govtargets.ingest import read_bytes

from .conftest import CORPUS, SEEDS, needs_shared

_S2T = opencc.OpenCC("s2t")
# a sample across provinces, and the seeds (a mid-year review, a district report, a supervision report)
_DOCS = ["anhui_2026.txt", "guangxi_2026.txt", "jiangsu_2026.txt", "ningxia_2026.txt", "yunnan_2026.txt"]


def _page(text: str) -> bytes:
    """The text as a government web page: navigation, a title, one <p> a line, a footer."""
    lines = [x for x in text.splitlines() if x.strip()]
    body = "".join(f"<p>{html.escape(x)}</p>" for x in lines)
    return (
        "<html><head><meta charset='utf-8'><title>"
        + html.escape(lines[0])
        + "</title></head><body><div class='nav'>首页 | 政务公开 | 网站地图</div>"
        + f"<div class='content'>{body}</div><div>版权所有 ICP备12345号</div></body></html>"
    ).encode()


def _facts(data: bytes, name: str) -> set[tuple[object, ...]]:
    doc = read_bytes(data, name)
    return {
        (f.kind, f.metric, f.measure, f.base_low, f.base_high, f.qualifier, f.period)
        for f in extract_facts(doc)
        if f.kind in ("actual", "target")
    }


def _render(text: str, rendition: str) -> bytes:
    if rendition == "gb18030":
        return text.encode("gb18030")
    if rendition == "traditional":
        return _S2T.convert(text).encode()
    return _page(text)


def _sources() -> list[Path]:
    return [CORPUS / n for n in _DOCS] + sorted(SEEDS.glob("*.txt"))


@needs_shared
@pytest.mark.parametrize("rendition", ["gb18030", "traditional", "html"])
def test_renditions_give_the_same_facts(rendition: str) -> None:
    diffs = []
    for src in _sources():
        text = src.read_text(encoding="utf-8")
        want = _facts(text.encode(), src.name)
        got = _facts(_render(text, rendition), src.name)
        if got != want:
            diffs.append(f"{src.name}: lost {sorted(want - got)[:3]} new {sorted(got - want)[:3]}")
        assert want, src.name  # a report that gives nothing would prove nothing
    assert not diffs, "\n".join(diffs)
