"""find_quantities tries QUANTITY_RE only where a match can start; it must find what finditer finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from govtargets.numbers import _START_RE, QUANTITY_RE, find_quantities
from govtargets.text import normalize

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _found(text: str, start: int = 0) -> list[tuple[int, int]]:
    return [q.full_span for q in find_quantities(text, start)]


def _expected(text: str, start: int = 0) -> list[tuple[int, int]]:
    from govtargets.numbers import _quantity

    return [m.span() for m in QUANTITY_RE.finditer(text, start) if _quantity(m) is not None]


def test_every_match_starts_with_a_start_character() -> None:
    # the qualifier words before a number, 百分之, and the first characters of a number
    pre = re.search(r"\(\?P<pre>([^)]*)\)", QUANTITY_RE.pattern)
    assert pre is not None
    for word in pre.group(1).split("|"):
        assert _START_RE.match(word), word
    for c in "百0123456789.零〇○一二两三四五六七八九十":
        assert _START_RE.match(c), c


def test_random_strings_as_finditer() -> None:
    chars = (
        "约近超过突破不低于少高达到逾百分之0123456789."
        "零〇○一二两三四五六七八九十千万亿点余多%个元人年家项左右以上内下—-~至，。的"
    )
    rng = random.Random(3)
    for _ in range(20000):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(1, 16)))
        start = rng.randint(0, len(s))
        assert _found(s, start) == _expected(s, start), (s, start)


@pytest.mark.skipif(not (SHARED / "corpus" / "dev").is_dir(), reason="needs ../shared/corpus/dev")
def test_corpus_as_finditer() -> None:
    for f in sorted((SHARED / "corpus" / "dev").glob("*.txt")):
        text = normalize(f.read_text(encoding="utf-8")).text
        assert _found(text) == _expected(text), f.name


def test_new_quantity_is_quantity() -> None:
    import dataclasses
    from decimal import Decimal

    from govtargets.numbers import Quantity, _new_quantity

    values = (Decimal(6), Decimal(6), Decimal("6.5"), "%", "%", "range", False, (2, 10), (0, 12), "约", None)
    q = _new_quantity(*values)
    assert q == Quantity(*values)
    assert len(dataclasses.fields(Quantity)) == len(values)  # _new_quantity sets these fields, in this order
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.unit = "元"  # type: ignore[misc]
