"""Scoring extracted facts against gold annotations.

Facts are compared as atoms: (doc, kind, metric, measure, low, high) with the numbers in base units,
rounded to 4 significant digits; each side is a set per document. Only annual actuals and targets of a
known indicator are scored (annotation.md): facts with a multi-year period (2021..2025) or measure
avg_growth are left out of both sides. A gold line marked ``"optional": true`` (a case the rules leave
unscored, e.g. 突破3万亿元) neither rewards nor penalises a prediction that matches it.

>>> gold = [{"doc": "a.txt", "kind": "target", "metric": "gdp", "measure": "growth", "low": 5, "high": 5,
...          "qualifier": "about"}]
>>> pred = [{"doc": "dir/a.txt", "kind": "target", "metric": "gdp", "measure": "growth", "base_low": 5.0,
...          "base_high": 5.0, "qualifier": "about"}]
>>> s = score(gold, pred)
>>> s.by_kind["target"].f1, s.qualifier_accuracy
(1.0, 1.0)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["score", "Scores", "PRF", "load_jsonl", "atom_of", "GOLD_FIELDS"]

KINDS = ("actual", "target")
# the fields a gold line may hold: the fact (never a copied sentence), whether it is optional, a second
# acceptable qualifier, a note, and the span where the figure is written
GOLD_FIELDS = frozenset(
    {"doc", "kind", "metric", "measure", "value", "unit", "period", "low", "high", "qualifier", "optional"}
    | {"qualifier_alt", "note", "start", "end"}
)


def _sig4(x: Any) -> float | None:
    if x is None:
        return None
    v = float(x)
    r = float(f"{v:.4g}")
    return 0.0 if r == 0 else r


def _num(d: dict[str, Any], base_key: str, key: str) -> Any:
    v = d.get(base_key)
    return d.get(key) if v is None else v


def atom_of(d: dict[str, Any]) -> tuple[Any, ...] | None:
    """The comparable atom of a fact line (gold or predicted); None if it is not scored."""
    kind = d.get("kind")
    if kind not in KINDS or not d.get("metric"):
        return None
    measure = d.get("measure")
    period = d.get("period") or ""
    if measure not in ("level", "growth") or ".." in str(period) or d.get("multi_year"):
        return None
    if kind == "actual" and d.get("qualifier") == "at_most":
        return None  # a ceiling restated among the results (控制在5.5%以内): not a measured value, not scored
    value = _num(d, "base_value", "value")
    low = _num(d, "base_low", "low")
    high = _num(d, "base_high", "high")
    low = value if low is None else low
    high = value if high is None else high
    if low is None:
        return None
    doc = os.path.basename(str(d.get("doc", "")))
    return (doc, kind, d["metric"], measure, _sig4(low), _sig4(high))


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    by_kind: dict[str, PRF]
    overall: PRF
    qualifier_matched: int
    qualifier_right: int
    false_positives: list[tuple[tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)
    false_negatives: list[tuple[Any, ...]] = field(default_factory=list)
    qualifier_errors: list[tuple[tuple[Any, ...], str, str]] = field(default_factory=list)
    docs: int = 0

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifier_right / self.qualifier_matched if self.qualifier_matched else 1.0

    def error_lines(self, quote: int = 80) -> list[str]:
        """The missed, the spurious (with `quote` characters of their sentence) and the wrong qualifiers."""
        return (
            [f"MISSED   {a}" for a in self.false_negatives]
            + [f"SPURIOUS {a}  «{str(p.get('quote', ''))[:quote]}»" for a, p in self.false_positives]
            + [f"QUALIFIER {a} gold={g} got={got}" for a, g, got in self.qualifier_errors]
        )

    def to_dict(self) -> dict[str, Any]:
        def prf(p: PRF) -> dict[str, Any]:
            return {
                "tp": p.tp,
                "fp": p.fp,
                "fn": p.fn,
                "precision": round(p.precision, 4),
                "recall": round(p.recall, 4),
                "f1": round(p.f1, 4),
            }

        return {
            "docs": self.docs,
            **{k: prf(v) for k, v in self.by_kind.items()},
            "overall": prf(self.overall),
            "qualifier_accuracy": round(self.qualifier_accuracy, 4),
            "qualifier_matched": self.qualifier_matched,
        }


def score(gold: Iterable[dict[str, Any]], pred: Iterable[dict[str, Any]]) -> Scores:
    """Precision, recall and F1 per kind and overall; qualifier accuracy on matched targets."""
    gold_atoms: dict[tuple[Any, ...], dict[str, Any]] = {}
    optional: set[tuple[Any, ...]] = set()
    docs: set[str] = set()
    for g in gold:
        if g.get("doc"):
            docs.add(os.path.basename(str(g["doc"])))
        a = atom_of(g)
        if a is None:
            continue
        if g.get("optional"):
            optional.add(a)
        else:
            gold_atoms[a] = g
    pred_atoms: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for p in pred:
        a = atom_of(p)
        if a is None or a[0] not in docs:
            continue
        pred_atoms.setdefault(a, []).append(p)
    by_kind = {k: PRF() for k in KINDS}
    s = Scores(by_kind, PRF(), 0, 0, docs=len(docs))
    for a, preds in pred_atoms.items():
        if a in gold_atoms:
            by_kind[a[1]].tp += 1
            if a[1] == "target":
                g = gold_atoms[a]
                accepted = {g.get("qualifier", "exact"), *g.get("qualifier_alt", [])}
                s.qualifier_matched += 1
                if any(p.get("qualifier", "exact") in accepted for p in preds):
                    s.qualifier_right += 1
                else:
                    s.qualifier_errors.append((a, str(g.get("qualifier")), str(preds[0].get("qualifier"))))
        elif a not in optional:
            by_kind[a[1]].fp += 1
            s.false_positives.append((a, preds[0]))
    for a in gold_atoms:
        if a not in pred_atoms:
            by_kind[a[1]].fn += 1
            s.false_negatives.append(a)
    for prf in by_kind.values():
        s.overall.tp += prf.tp
        s.overall.fp += prf.fp
        s.overall.fn += prf.fn
    s.false_positives.sort(key=lambda x: x[0])
    s.false_negatives.sort()
    return s


def load_jsonl(paths: Iterable[str | os.PathLike[str]]) -> Iterator[dict[str, Any]]:
    """Lines of JSONL files; a directory stands for the *.jsonl files in it."""
    for path in paths:
        p = Path(path)
        files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            with f.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as e:
                        raise ValueError(f"{f}:{n}: not a JSON line ({e.msg})") from e
