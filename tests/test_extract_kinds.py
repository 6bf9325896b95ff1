"""`extract_all` does only the work asked for, and what it gives does not depend on what else was asked."""

from __future__ import annotations

import pytest

from govtargets import read_document
from govtargets._model import Fact
from govtargets.extract import Task, extract_all
from govtargets.lexicon import load_lexicon
from tests.conftest import CORPUS, SEEDS, needs_shared

pytestmark = needs_shared


@pytest.mark.parametrize("name", ["003", "hubei_2026", "anhui_2025", "zhejiang_2021_task"])
def test_each_kind_alone_as_with_the_others(name: str) -> None:
    path = next(p for p in [*SEEDS.glob("*"), *CORPUS.glob("*")] if p.name.startswith(name))
    doc, lex = read_document(path), load_lexicon()
    both = list(extract_all(doc, lex))
    tasks_only = list(extract_all(doc, lex, facts=False))
    facts_only = list(extract_all(doc, lex, tasks=False))
    assert tasks_only and facts_only
    assert all(isinstance(x, Task) for x in tasks_only)
    assert all(isinstance(x, Fact) for x in facts_only)
    assert tasks_only == [x for x in both if isinstance(x, Task)]
    assert facts_only == [x for x in both if isinstance(x, Fact)]


def test_nothing_asked_gives_nothing() -> None:
    doc = read_document(next(SEEDS.glob("003*")))
    assert list(extract_all(doc, facts=False, tasks=False)) == []
