"""Progress statements of supervision reports and reviews (tests/cases/progress.yaml), short names that must
not match inside longer words, and documents that must give no progress facts."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from govtargets import extract_facts, read_bytes
from govtargets._model import Fact

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "progress.yaml").read_text(encoding="utf-8"))

HEADERS = {
    "midyear": "青溪县2019年上半年主要经济指标完成情况的通报\n",
    "traditional": "青溪縣2019年上半年主要經濟指標完成情況的通報\n",
    "report": "政府工作报告\n2020年1月15日在青溪县第十八届人民代表大会第五次会议上\n一、2019年工作回顾\n",
}


def progress_facts(text: str) -> tuple[str, list[Fact]]:
    doc = read_bytes(text.encode("utf-8"), "case.txt")
    return doc.text, [f for f in extract_facts(doc) if f.kind == "progress"]


def fact_key(f: Fact) -> tuple[object, ...]:
    subject = f.metric or (f"item:{f.extra['item']}" if f.extra.get("item") else None)
    value = None if f.value is None else f.value.normalize()
    return (subject, f.measure, value, f.status, f.extra.get("count"), f.extra.get("confidence"))


def want_key(row: list[object]) -> tuple[object, ...]:
    subject, measure, value, status, count, *rest = row
    return (
        subject,
        measure,
        None if value is None else Decimal(str(value)).normalize(),
        status,
        count,
        rest[0] if rest else None,
    )


def _params():  # type: ignore[no-untyped-def]
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=f"{case['pattern']}: {case['name']}", marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_progress_sentence(case: dict) -> None:  # type: ignore[type-arg]
    text, facts = progress_facts(HEADERS[case["where"]] + case["text"] + "\n")
    got = Counter(fact_key(f) for f in facts)
    want = Counter(want_key(r) for r in case["facts"])
    assert got == want
    for f in facts:  # the span invariant: the item (or number) as written, inside the fact's span
        a, b = f.extra["item_start"], f.extra["item_end"]
        assert text[a:b] == f.extra["surface"]
        assert f.start <= a and b <= f.end


# --- short names ---------------------------------------------------------------------------------------

SHORT_NAMES = {
    "固投": "fixed_asset_investment",
    "社零": "retail_sales",
    "社零额": "retail_sales",
    "规上工业": "industrial_va_above_scale",
    "进出口": "foreign_trade",
    "外贸": "foreign_trade",
    "外资": "fdi",
    "一产增加值": "primary_va",
    "二产增加值": "secondary_va",
    "三产增加值": "tertiary_va",
    "财政总收入": "fiscal_total_revenue",
}


@pytest.mark.parametrize("name,metric", SHORT_NAMES.items())
def test_short_name_gives_its_indicator(name: str, metric: str) -> None:
    text = HEADERS["midyear"] + f"1-6月，全县{name}增长6.3%。\n"
    doc = read_bytes(text.encode(), "s.txt")
    [f] = [f for f in extract_facts(doc) if f.kind == "actual"]
    assert (f.metric, f.measure, float(f.value)) == (metric, "growth", 6.3)
    assert doc.text[f.start : f.end].startswith(name)


@pytest.mark.parametrize(
    "text,metric",
    [
        ("全县外资企业实现增加值增长12%。", "fdi"),
        ("外资项目到位资金增长12%。", "fdi"),
        ("进出口银行贷款余额增长20%。", "foreign_trade"),
        ("进出口银行贷款余额增长20%。", "exports"),
        ("进出口企业出口额增长9%。", "foreign_trade"),
        ("规上工业企业利润总额增长15%。", "industrial_va_above_scale"),
        ("外贸企业数量增长10%。", "foreign_trade"),
        ("社零额度管理办法出台后，限额增长5%。", "retail_sales"),
        ("固投项目库入库项目增长30%。", None),  # 固投 is safe: 固投项目 is still investment, no figure of it
    ],
)
def test_short_name_not_inside_a_longer_word(text: str, metric: str | None) -> None:
    doc = read_bytes((HEADERS["midyear"] + text + "\n").encode(), "s.txt")
    metrics = {f.metric for f in extract_facts(doc)}
    if metric is None:
        assert "fixed_asset_investment" not in metrics
    else:
        assert metric not in metrics


# --- whole invented reports ---------------------------------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures" / "progress"


def fixture_gold(name: str, text: str) -> list[dict]:  # type: ignore[type-arg]
    """The expected facts of a fixture, each placed at the nth occurrence of its `at` text."""
    out = []
    for g in yaml.safe_load((FIXTURES / f"{name}.yaml").read_text(encoding="utf-8")):
        pos = -1
        for _ in range(g.get("nth", 1)):
            pos = text.index(g["at"], pos + 1)
        out.append({**g, "start": pos, "end": pos + len(g["at"])})
    return out


def score_fixture(name: str):  # type: ignore[no-untyped-def]
    from govtargets import read_document

    from .test_progress import match_progress

    doc = read_document(FIXTURES / f"{name}.txt")
    gold = fixture_gold(name, doc.text)
    facts = [f for f in extract_facts(doc) if f.kind == "progress"]
    pred = [
        f.to_dict() | {"item_start": f.extra["item_start"], "item_end": f.extra["item_end"]} for f in facts
    ]
    return match_progress(gold, pred), facts, doc


REPORTS = sorted(p.stem for p in FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("name", REPORTS)
def test_invented_report(name: str) -> None:
    (prf, missed, spurious), facts, doc = score_fixture(name)
    assert prf.f1 >= 0.95, f"P={prf.precision:.3f} R={prf.recall:.3f} MISSED {missed} SPURIOUS {spurious}"
    for f in facts:
        assert doc.text[f.extra["item_start"] : f.extra["item_end"]] == f.extra["surface"]
        assert f.start <= f.extra["item_start"] and f.extra["item_end"] <= f.end
