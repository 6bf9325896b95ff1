"""Every fact points at its source: text[start:end] of the decoded document holds the number as written."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from govtargets import extract_facts, read_document
from govtargets.numbers import find_quantities
from govtargets.text import normalize

from .conftest import needs_shared, shared_documents


@needs_shared
@pytest.mark.parametrize("path", shared_documents(), ids=lambda p: p.name)
def test_spans_hold_the_number(path: Path) -> None:
    doc = read_document(path)
    facts = list(extract_facts(doc, multi_year=True, dedupe=False))
    for f in facts:
        span = doc.text[f.start : f.end]
        surface = f.extra["surface"]
        assert surface in span, (f.start, f.end, span, surface)
        assert surface in f.quote
        if f.kind == "progress":
            if f.measure != "status":  # the percentage or points as written
                assert surface.rstrip("%") == str(f.value) or float(surface.rstrip("%")) == float(f.value)
            continue
        # the surface reads back to the fact's own number
        q = next(find_quantities(normalize(surface, traditional=doc.traditional).text))
        assert q.low == abs(f.low) or q.low == abs(f.high), (surface, f.low, f.high)
        assert f.label and doc.text.find(f.label, f.start) == f.start
        assert f.base_value is not None and isinstance(f.base_value, Decimal)
