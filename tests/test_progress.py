"""Progress facts (completion, lag, status) against the team's gold for the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govtargets import extract_facts, read_document
from govtargets.evaluate import PRF

from .conftest import SEEDS, needs_shared

GOLD = Path(__file__).parent / "gold_tasks"


def _key(f: dict) -> tuple:  # type: ignore[type-arg]
    value = f.get("value")
    return (f["measure"], f.get("metric"), None if value is None else round(float(value), 2), f.get("status"))


def match_progress(gold: list[dict], pred: list[dict]) -> tuple[PRF, list, list]:  # type: ignore[type-arg]
    """A predicted progress fact matches a gold one with the same measure, metric, value and status whose
    span overlaps its own (the item or the number)."""
    prf = PRF()
    scored = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]
    used: set[int] = set()
    spurious = []
    for p in pred:
        a, b = p["item_start"], p["item_end"]
        hit = next(
            (
                i
                for i, g in enumerate(scored)
                if i not in used and _key(g) == _key(p) and g["start"] < b and a < g["end"]
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
            prf.tp += 1
        elif not any(_key(g) == _key(p) and g["start"] < b and a < g["end"] for g in optional):
            prf.fp += 1
            spurious.append((_key(p), p["quote"][:40]))
    missed = [(_key(g), g["start"]) for i, g in enumerate(scored) if i not in used]
    prf.fn = len(missed)
    return prf, missed, spurious


@needs_shared
def test_progress_f1_on_the_seeds() -> None:
    prf_all = PRF()
    report = []
    for gold_file in sorted(GOLD.glob("*.progress.jsonl")):
        name = gold_file.name.removesuffix(".progress.jsonl")
        gold = [
            json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        doc = read_document(SEEDS / name)
        pred = [f.to_dict() for f in extract_facts(doc) if f.kind == "progress"]
        prf, missed, spurious = match_progress(gold, pred)
        prf_all.tp += prf.tp
        prf_all.fp += prf.fp
        prf_all.fn += prf.fn
        report += [f"{name} MISSED {m}" for m in missed] + [f"{name} SPURIOUS {s}" for s in spurious]
    assert prf_all.f1 >= 0.90, "\n".join([f"P={prf_all.precision:.3f} R={prf_all.recall:.3f}"] + report)


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "8项主要指标中3项完成进度（一般公共预算收入、居民消费价格涨幅、某某工程）、4项未完成进度（地区生产总值）。",
            {("general_budget_revenue", "met"), ("cpi", "met"), (None, "met"), ("gdp", "not_met")},
        ),
        (
            "取消1项工作（园林养护试点）；2项工作部分完成（北湖公园改造、供热管网改造）。",
            {(None, "cancelled"), (None, "partly_met")},
        ),
    ],
)
def test_status_lists(text: str, want: set) -> None:  # type: ignore[type-arg]
    from govtargets import read_bytes

    doc = read_bytes(f"青溪县2016年上半年政府工作报告任务完成情况\n{text}\n".encode(), "s.txt")
    got = [f for f in extract_facts(doc) if f.kind == "progress"]
    assert {(f.metric, f.status) for f in got} == want
    warned = [f for f in got if f.extra.get("warning")]
    if "4项未完成进度" in text:  # 4 stated, 1 named: reported, not dropped
        assert warned and all("count 4 but 1" in f.extra["warning"] for f in warned)
