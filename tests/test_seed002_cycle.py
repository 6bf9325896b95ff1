"""Seed 002 end to end: its 8 indicators and 82 key tasks as a plan, its own statuses read back by
`progress extract`, judged on 30 June 2016; the 总体情况 sentence must state the seed's counts and name the
same items in each group.

The plan's task texts are the team's own (invented); the short names of the twelve tasks the seed names are
read from the seed at run time, two of them altered by a character to exercise the fuzzy match.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from click.testing import CliRunner

from govtargets.cli import main
from govtargets.cycle.judge import judge, overview, summarize
from govtargets.extract import extract_facts
from govtargets.ingest import read_document
from govtargets.lexicon import load_lexicon
from govtargets.store import ItemDraft, Store
from tests.conftest import SEEDS, needs_shared

pytestmark = needs_shared

AS_OF = date(2016, 6, 30)


@pytest.fixture(scope="module")
def seed_statuses() -> list[dict]:
    doc = read_document(str(next(SEEDS.glob("002_*.txt"))))
    return [f.to_dict() for f in extract_facts(doc, load_lexicon()) if f.measure == "status"]


def _plan(store: Store, statuses: list[dict]) -> int:
    lex = load_lexicon()
    indicators = [f for f in statuses if f["metric"]]
    named = [f for f in statuses if not f["metric"] and f["label"]]
    assert len(indicators) == 8 and len(named) == 12
    drafts = [
        ItemDraft(
            kind="indicator",
            text=lex.indicators[f["metric"]].names[0],
            name=f["label"],
            category="主要经济发展指标",
            metric=f["metric"],
            measure="growth",
        )
        for f in indicators
    ]
    for n, f in enumerate(named):
        name = f["label"]
        if n in (2, 9):  # the office's table words two of them differently
            name = name[:-1] + "等"
        drafts.append(
            ItemDraft(
                kind="task",
                text=f"加快{name}，按节点完成年度任务",
                name=name,
                category="重点工作",
                lead_units=("市住建委",),
            )
        )
    drafts += [
        ItemDraft(
            kind="task",
            text=f"第{k}项常规工作：完善制度并按季度报送落实情况",
            name=f"常规工作{k}",
            category="重点工作",
            lead_units=("市政府办公室",),
        )
        for k in range(1, 71)
    ]
    return store.create_plan("锦州市", 2016, "2016年锦州市《政府工作报告》任务指标分解表", drafts)


def test_seed002_overview_matches_the_seed(tmp_path, seed_statuses):
    db = str(tmp_path / "jz.db")
    with Store(db) as store:
        plan_id = _plan(store, seed_statuses)
    seed = str(next(SEEDS.glob("002_*.txt")))
    result = CliRunner().invoke(main, ["progress", "extract", seed, "--db", db, "--yes"])
    assert result.exit_code == 0, result.output
    assert "stored 90 progress reports" in result.output
    assert re.search(r"0\.\d\d\s+名称相近", result.output)  # the two altered names, matched fuzzily

    with Store(db) as store:
        items = store.items(plan_id)
        progress = store.progress(plan_id)
        js = judge(items, progress, AS_OF, 2016, lex=load_lexicon())
        # every stored status points to the seed's own words
        doc = store.document(1)  # the only document stored: the seed itself
        facts = {f["id"]: f for f in store.facts(doc.id)}
        for item in items[8:20]:
            (p,) = progress[item.id]
            f = facts[p.source_fact_id]
            assert doc.text[f["start"] : f["end"]] == f["label"] and p.match_score >= 0.5
    s = summarize(js, AS_OF)
    text = overview(s)

    ind_on = {j.item.metric for k in ("完成", "序时推进") for j in s.indicators.get(k, [])}
    ind_off = {j.item.metric for k in ("滞后", "未完成") for j in s.indicators.get(k, [])}
    assert ind_on == {f["metric"] for f in seed_statuses if f["metric"] and f["status"] == "met"}
    assert ind_off == {f["metric"] for f in seed_statuses if f["metric"] and f["status"] == "not_met"}
    assert len(ind_on) == 3 and len(ind_off) == 5

    want = {"取消": "cancelled", "部分完成": "partly_met", "未完成": "not_met"}
    for status, code in want.items():
        seed_names = {f["label"] for f in seed_statuses if not f["metric"] and f["status"] == code}
        got = {j.item.short_name for j in s.tasks.get(status, [])}
        altered = {n[:-1] + "等" for n in seed_names}
        assert got and all(g in seed_names or g in altered for g in got), (status, got, seed_names)
        assert len(got) == len(seed_names)
    assert {k: len(v) for k, v in s.tasks.items()} == {"取消": 1, "部分完成": 7, "未完成": 4, "序时推进": 70}

    assert "8项主要经济发展指标中3项完成序时进度（" in text and "5项未完成序时进度（" in text
    assert "所列82项重点工作，取消1项工作（" in text
    assert "7项工作部分完成（" in text and "4项工作未完成（" in text and "其余70项工作按序时进度推进" in text
    cancelled = next(f["label"] for f in seed_statuses if f["status"] == "cancelled")
    assert f"取消1项工作（{cancelled}）" in text


def test_seed002_extract_refuses_without_confirmation(tmp_path, seed_statuses):
    db = str(tmp_path / "jz.db")
    with Store(db) as store:
        plan_id = _plan(store, seed_statuses)
    seed = str(next(SEEDS.glob("002_*.txt")))
    result = CliRunner().invoke(main, ["progress", "extract", seed, "--db", db], input="")
    assert result.exit_code == 1
    assert "not stored" in result.output
    with Store(db) as store:
        assert store.progress(plan_id) == {}
