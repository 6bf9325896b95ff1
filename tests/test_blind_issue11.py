"""The blind set of issue 11: invented excerpts and one-line reports, annotated before any run of the
extractor (tests/blind_issue11/README.md says how they were made and what each tests).

Three groups, scored with govtargets.evaluate.score (atoms: doc, kind, metric, measure, numbers in base units
to 4 significant digits; gold lines marked optional neither reward nor penalise):
- provincial: 16 excerpts of provincial and city reports 2004-2016 as news summaries and mirror pages. The
  issue's figure is the GDP growth target: a document counts as right when the GDP growth targets predicted
  for it are exactly the gold one (a second, wrong GDP growth target, e.g. last year's rate read as a target,
  makes it wrong; one matching an optional gold line is ignored) and its qualifier is an accepted one.
  Goal >= 90 %. Actual and target F1 are reported and asserted as for the page excerpts (>= 0.90).
- page: 15 page excerpts of city and county reports, mid-year reviews and news pages: actual and target F1
  >= 0.90 each.
- report: three whole reports on one line (one in GB18030 bytes): actual and target F1 >= 0.95 each.
Qualifiers of matched targets are reported (and asserted >= 0.95 over the whole set).

Run with figures per document:        python3 tests/test_blind_issue11.py   (add -v for the misses)
Check the gold against the scorer:     python3 tests/test_blind_issue11.py --self-check   (no extractor)
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

import pytest

# First run of the finished code on this set (2026-12-02, after issue 11's work; nothing was changed for it
# since): provincial excerpts actual F1 0.957, target 0.948, GDP growth target right on 14 of 16; page
# excerpts actual 0.934, target 0.918; one-line reports actual 0.951, target 0.945; qualifiers 200/200.
# (The code before issue 11, run once by accident while the scorer was written: provincial 0.773 / 0.731,
# page 0.810 / 0.773, one-line reports 0.722 / 0.128.) The two misses were strict xfails until the second
# session fixed their structures (a park as its sentence's subject; a page's links to other pages), each
# from invented variants in tests/cases/wordings.yaml: GDP growth target 16 of 16, one-line reports target
# 0.966. Those figures are no longer blind: this set has been seen.

BLIND = Path(__file__).resolve().parent / "blind_issue11"
DOCS = BLIND / "docs"
GOLD = BLIND / "gold"
MANIFEST: dict[str, dict[str, Any]] = json.loads((BLIND / "manifest.json").read_text(encoding="utf-8"))

GROUPS = ("provincial", "page", "report")
MIN_F1 = {"provincial": 0.90, "page": 0.90, "report": 0.95}
MIN_GDP_TARGET_RIGHT = 0.90
MIN_QUALIFIER = 0.95


def _evaluate():  # type: ignore[no-untyped-def]
    root = str(BLIND.parent.parent)  # this worktree's govtargets, as pytest imports it
    if root not in sys.path:
        sys.path.insert(0, root)
    from govtargets import evaluate

    return evaluate


def docs_of(group: str) -> list[str]:
    return [d for d, m in MANIFEST.items() if m["group"] == group]


def gold_of(doc: str) -> list[dict[str, Any]]:
    return list(_evaluate().load_jsonl([GOLD / f"{doc}.jsonl"]))


def own_text(doc: str) -> str:
    """The document decoded by its manifest encoding (the builder's text; for the .html page its source)."""
    return (DOCS / doc).read_bytes().decode(MANIFEST[doc]["encoding"])


# The extractor's side (imported only when scoring it) ----------------------------------------------------


@functools.cache
def _predicted(doc: str) -> tuple[dict[str, Any], ...]:
    from govtargets import extract_facts, read_document

    return tuple(f.to_dict() for f in extract_facts(read_document(DOCS / doc)))


def predicted(doc: str) -> list[dict[str, Any]]:
    return list(_predicted(doc))


# Scoring ---------------------------------------------------------------------------------------------------


def gdp_target_check(doc: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> tuple[bool, str]:
    """Whether the document's GDP growth target is read right, and what was read."""
    ev = _evaluate()
    want = MANIFEST[doc]["gdp_target"]
    want_atom = ev.atom_of(
        {
            "doc": doc,
            "kind": "target",
            "metric": "gdp",
            "measure": "growth",
            "low": want["low"],
            "high": want["high"],
        }
    )
    optional = {ev.atom_of(g) for g in gold if g.get("optional")}
    got = [
        p
        for p in pred
        if (a := ev.atom_of(p)) is not None
        and a[0] == doc
        and a[1:4] == ("target", "gdp", "growth")
        and a not in optional
    ]
    atoms = {ev.atom_of(p) for p in got}
    read = ", ".join(
        f"{p.get('base_low', p.get('low'))}-{p.get('base_high', p.get('high'))} {p.get('qualifier')}"
        for p in got
    )
    if atoms != {want_atom}:
        return False, f"want {want['low']}-{want['high']} {want['qualifier']}, read [{read}]"
    accepted = {want["qualifier"], *want.get("qualifier_alt", [])}
    if not any(p.get("qualifier", "exact") in accepted for p in got):
        return False, f"qualifier: want {sorted(accepted)}, read [{read}]"
    return True, f"right [{read}]"


def score_group(group: str):  # type: ignore[no-untyped-def]
    gold: list[dict[str, Any]] = []
    pred: list[dict[str, Any]] = []
    for doc in docs_of(group):
        gold += gold_of(doc)
        pred += predicted(doc)  # looked up at call time
    return _evaluate().score(gold, pred)


def _report(s) -> str:  # type: ignore[no-untyped-def]
    lines = [f"{k}: P={p.precision:.3f} R={p.recall:.3f} F1={p.f1:.3f}" for k, p in s.by_kind.items()]
    return "\n".join(lines + s.error_lines(quote=40))


# Tests -----------------------------------------------------------------------------------------------------


def test_provincial_excerpts_gdp_growth_target() -> None:
    results = {doc: gdp_target_check(doc, gold_of(doc), predicted(doc)) for doc in docs_of("provincial")}
    right = sum(ok for ok, _ in results.values())
    message = "\n".join(f"{doc}: {why}" for doc, (ok, why) in results.items() if not ok)
    assert right / len(results) >= MIN_GDP_TARGET_RIGHT, f"{right}/{len(results)} right\n{message}"


@pytest.mark.parametrize(
    "group,kind",
    [pytest.param(g, k, id=f"{g}-{k}") for g in GROUPS for k in ("actual", "target")],
)
def test_f1(group: str, kind: str) -> None:
    s = score_group(group)
    assert s.by_kind[kind].f1 >= MIN_F1[group], _report(s)


def test_qualifiers() -> None:
    gold = [g for doc in MANIFEST for g in gold_of(doc)]
    pred = [p for doc in MANIFEST for p in predicted(doc)]
    s = _evaluate().score(gold, pred)
    assert s.qualifier_accuracy >= MIN_QUALIFIER, s.qualifier_errors


def test_gold_scores_itself_perfectly() -> None:
    """The gold against the scorer (no extractor): every figure 1.0, offsets on a clause with a number."""
    assert self_check() == []


# The gold against itself -----------------------------------------------------------------------------------


def self_check() -> list[str]:
    ev = _evaluate()
    problems: list[str] = []
    for doc, m in MANIFEST.items():
        text = own_text(doc)
        gold = gold_of(doc)
        if len(text) != m["chars"] or text.count("\n") != m["line_breaks"]:
            problems.append(f"{doc}: text differs from the manifest")
        for g in gold:
            if set(g) - _evaluate().GOLD_FIELDS or g["doc"] != doc or g["kind"] not in ("actual", "target"):
                problems.append(f"{doc}: bad line {g}")
            clause = text[g["start"] : g["end"]]
            if not (
                0 < len(clause) <= 160 and any(c.isdigit() or c in "〇零一二三四五六七八九十" for c in clause)
            ):
                problems.append(f"{doc}: offsets {g['start']}-{g['end']} do not cover a clause with a number")
            if g["kind"] == "target" and not (g["low"] <= g["high"] and g["qualifier"]):
                problems.append(f"{doc}: bad target {g}")
        scored = [g for g in gold if not g.get("optional")]
        for pred in (scored, gold):  # the gold alone, and with every accepted reading predicted as well
            s = ev.score(gold, pred)
            for kind, prf in s.by_kind.items():
                if prf.fp or prf.fn:
                    problems.append(f"{doc}: {kind} scores fp={prf.fp} fn={prf.fn} against itself")
            if s.qualifier_accuracy != 1.0:
                problems.append(f"{doc}: qualifier errors {s.qualifier_errors}")
        counts = {k: len({ev.atom_of(g) for g in scored if g["kind"] == k}) for k in ("actual", "target")}
        if counts != {"actual": m["actual"], "target": m["target"]}:
            problems.append(f"{doc}: {counts} facts, manifest says {m['actual']}/{m['target']}")
        if m["group"] == "provincial":
            ok, why = gdp_target_check(doc, gold, scored)
            if not ok:
                problems.append(f"{doc}: GDP target against itself: {why}")
        if m["group"] == "report" and (m["line_breaks"] != 0 or m["chars"] < 4000):
            problems.append(f"{doc}: a whole report must be one long line")
    for group in GROUPS:
        if len(docs_of(group)) != {"provincial": 16, "page": 15, "report": 3}[group]:
            problems.append(f"{group}: {len(docs_of(group))} documents")
    return problems


def main(argv: list[str]) -> int:
    if "--self-check" in argv:
        problems = self_check()
        print("\n".join(problems) or f"gold consistent: {len(MANIFEST)} documents, every score 1.0")
        return 1 if problems else 0
    verbose = "-v" in argv
    ev = _evaluate()
    for group in GROUPS:
        print(f"== {group}")
        right = 0
        for doc in docs_of(group):
            gold, pred = gold_of(doc), predicted(doc)
            s = ev.score(gold, pred)
            a, t = s.by_kind["actual"], s.by_kind["target"]
            line = (
                f"{doc}: actual tp={a.tp} fp={a.fp} fn={a.fn} F1={a.f1:.3f} | "
                f"target tp={t.tp} fp={t.fp} fn={t.fn} F1={t.f1:.3f} | qualifiers "
                f"{s.qualifier_right}/{s.qualifier_matched}"
            )
            if group == "provincial":
                ok, why = gdp_target_check(doc, gold, pred)
                right += ok
                line += f" | GDP target {why}"
            print(line)
            if verbose:
                print("\n".join("    " + x for x in _report(s).splitlines()[2:]))
        s = score_group(group)
        figures = ", ".join(
            f"{k} P={p.precision:.3f} R={p.recall:.3f} F1={p.f1:.3f}" for k, p in s.by_kind.items()
        )
        print(f"== {group}: {figures}, qualifiers {s.qualifier_right}/{s.qualifier_matched}")
        if group == "provincial":
            n = len(docs_of(group))
            print(f"== provincial: GDP growth target right on {right} of {n} ({right / n:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
