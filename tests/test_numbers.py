"""The numbers grammar over a table of strings (tests/cases/numbers.yaml)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from govtargets.numbers import find_quantities, parse_chinese_numeral, parse_number

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "numbers.yaml").read_text(encoding="utf-8"))


def d(x: object) -> Decimal:
    return Decimal(str(x)).normalize()


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_quantities(case: dict) -> None:  # type: ignore[type-arg]
    got = [
        (q.low.normalize(), q.high.normalize(), q.unit, q.base_low.normalize(), q.base_unit, q.qualifier)
        for q in find_quantities(case["text"])
    ]
    want = [(d(a), d(b), u, d(c), bu, q) for a, b, u, c, bu, q in case["want"]]
    assert got == want


@pytest.mark.parametrize(
    "text,value",
    [
        ("一千二百万", 12_000_000),
        ("两", 2),
        ("〇", 0),
        ("二〇一四", 2014),
        ("十", 10),
        ("十二", 12),
        ("一百零五", 105),
        ("三千零八", 3008),
        ("一亿二千万", 120_000_000),
        ("五十四点一七亿", 5_417_000_000),
        ("九万五千", 95_000),
        ("两千", 2000),
    ],
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert parse_chinese_numeral(text) == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("1/3", "0.3333"),
        ("三分之一", "0.3333"),
        ("四分之三", "0.75"),
        ("2.8万", "28000"),
        ("1,234.5", "1234.5"),
    ],
)
def test_fractions_and_multipliers(text: str, value: str) -> None:
    got = parse_number(text)
    assert got is not None and abs(got - Decimal(value)) < Decimal("0.0001")


def test_spans_point_at_the_number() -> None:
    text = "全年增长约7.5%以上，投入2.8亿元"
    spans = [text[q.span[0] : q.span[1]] for q in find_quantities(text)]
    assert spans == ["7.5%以上", "2.8亿元"]
    assert [text[q.full_span[0] : q.full_span[1]] for q in find_quantities(text)][0] == "约7.5%以上"
