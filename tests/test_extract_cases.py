"""Sentence tables (tests/cases/*.yaml with sentence cases) -> the exact facts they must give."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from govtargets import extract_facts, read_bytes
from govtargets.numbers import find_quantities

CASE_FILES = sorted((Path(__file__).parent / "cases").glob("*.yaml"))


def _is_fact(f: object) -> bool:
    return isinstance(f, list) and len(f) == 6 and f[0] in ("actual", "target")


def _sentence_cases(path: Path) -> list[dict]:  # type: ignore[type-arg]
    """The cases of a file of actual/target sentence cases (`where`, `facts` of [kind, metric, ...]); none
    from other tables (numbers.yaml holds strings, progress.yaml progress facts)."""
    cases = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    ok = all(
        isinstance(c, dict) and "where" in c and all(_is_fact(f) for f in c.get("facts", [])) for c in cases
    ) and any(c.get("facts") for c in cases)
    return [dict(c, file=path.stem) for c in cases] if ok else []


CASES = [case for path in CASE_FILES for case in _sentence_cases(path)]
assert {c["file"] for c in CASES} >= {"extract", "wordings"}


HEADERS = {
    "review": "政府工作报告\n2014年1月20日在青溪县第十八届人民代表大会第三次会议上\n一、2013年工作回顾\n",
    "plan": "政府工作报告\n2014年1月20日在青溪县第十八届人民代表大会第三次会议上\n一、2013年工作回顾\n"
    "全年工作取得新进展。\n二、2014年工作安排\n",
    "midyear": "青溪县2014年上半年经济运行情况\n",
    "traditional": "政府工作報告\n2014年1月20日在青溪縣第十八屆人民代表大會第三次會議上\n"
    "一、2013年工作回顧\n",
    "plan_traditional": "政府工作報告\n2014年1月20日在青溪縣第十八屆人民代表大會第三次會議上\n"
    "一、2013年工作回顧\n全年工作取得新進展。\n二、2014年工作安排\n",
    "national": "政府工作报告\n——1985年3月27日在第六届全国人民代表大会第三次会议上\n一、1984年工作回顾\n",
    # a news page about the report, January 2014: no sections, the sentences' own cues decide
    "page": "青溪县政府工作报告摘要\n2014-01-22 09:30　来源：青溪新闻网\n",
}


def _params():  # type: ignore[no-untyped-def]
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=f"{case['file']}: {case['name']}", marks=marks)


def _num(x: object) -> Decimal:
    return Decimal(str(x)).normalize()


@pytest.mark.parametrize("case", list(_params()))
def test_sentence(case: dict) -> None:  # type: ignore[type-arg]
    text = HEADERS[case["where"]] + case["text"] + "\n"
    doc = read_bytes(text.encode("utf-8"), "case.txt")
    got = {
        (f.kind, f.metric, f.measure, f.base_low.normalize(), f.base_high.normalize(), f.qualifier)
        for f in extract_facts(doc)
        if f.kind in ("actual", "target")
    }
    want = {(k, m, ms, _num(lo), _num(hi), q) for k, m, ms, lo, hi, q in case["facts"]}
    assert got == want
    for f in extract_facts(doc):
        assert f.extra["surface"] in doc.text[f.start : f.end]


def test_periods_follow_the_document() -> None:
    doc = read_bytes((HEADERS["plan"] + "地区生产总值增长7%左右。\n").encode(), "p.txt")
    assert [f.period for f in extract_facts(doc)] == ["2014"]
    doc = read_bytes((HEADERS["review"] + "地区生产总值增长7%。\n").encode(), "r.txt")
    assert [f.period for f in extract_facts(doc)] == ["2013"]
    doc = read_bytes((HEADERS["midyear"] + "1-6月，地区生产总值增长7%。\n").encode(), "m.txt")
    assert [f.period for f in extract_facts(doc)] == ["2014H1"]
    doc = read_bytes("政府工作报告\n一、20xx年工作回顾\n地区生产总值增长7%。\n".encode(), "x.txt")
    assert [f.period for f in extract_facts(doc)] == [None]


def test_multi_year_figures_on_request() -> None:
    text = HEADERS["review"] + "五年来，地区生产总值年均增长8.2%。\n"
    doc = read_bytes(text.encode(), "m.txt")
    assert list(extract_facts(doc)) == []
    [f] = extract_facts(doc, multi_year=True)
    assert (f.measure, f.period, float(f.value)) == ("avg_growth", "2009..2013", 8.2)


def test_quantity_spans_are_exact() -> None:
    text = "增长7.5%左右，投资1.2万亿元"
    for q in find_quantities(text):
        assert text[q.span[0] : q.span[1]].startswith(str(q.low)[0])


def test_one_character_region_prefix() -> None:
    """全疆 in a report of 新疆维吾尔自治区, 全川 in one of 四川省: the region's own indicator."""
    for region, prefix in (("新疆维吾尔自治区", "全疆"), ("四川省", "全川")):
        text = (
            f"{region}政府工作报告\n2025年1月20日在{region}第十四届人民代表大会第三次会议上\n"
            f"一、2024年工作回顾\n{prefix}地区生产总值增长5.7%。\n"
        )
        [f] = extract_facts(read_bytes(text.encode(), "r.txt"))
        assert (f.kind, f.metric, float(f.value), f.period) == ("actual", "gdp", 5.7, "2024")
    text = HEADERS["review"] + "全川地区生产总值增长5.7%。\n"  # 川 is not in 青溪县
    assert list(extract_facts(read_bytes(text.encode(), "r.txt"))) == []


def test_bare_fiscal_revenue_in_a_national_report() -> None:
    text = (
        "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n一、2023年工作回顾\n"
        "全国财政收入21.7万亿元，增长6.4%。\n"
    )
    doc = read_bytes(text.encode(), "n.txt")
    assert doc.admin_level == "national"
    got = {(f.metric, f.measure, float(f.value)) for f in extract_facts(doc)}
    assert got == {("general_budget_revenue", "level", 21.7), ("general_budget_revenue", "growth", 6.4)}


@pytest.mark.parametrize(
    "raw,traditional",
    [
        ("地區(qū)生產(chǎn)總值增長(zhǎng)7.1%", True),
        ("地区(qu)生产(chan3)总值增长(zha\u030cng)7.1%", False),
        ("地区（qū）生产（chǎn）总值增长（zhǎng）7.1%", False),
    ],
)
def test_pinyin_glosses_dropped_with_offsets(raw: str, traditional: bool) -> None:
    """A converter site's bracketed readings go from the normalised text; positions still map back."""
    from govtargets.text import normalize

    nt = normalize(raw, traditional=traditional)
    assert nt.text == "地区生产总值增长7.1%"
    a, b = nt.span_to_orig(nt.text.index("生产"), nt.text.index("总值") + 2)
    assert raw[a] == "生" and raw[b - 1] == "值" and b - a > 4  # the reading inside the span, as written
    a, b = nt.span_to_orig(nt.text.index("7.1%"), len(nt.text))
    assert raw[a:b] == "7.1%"
