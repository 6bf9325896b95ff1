"""The blind set of issue 10: invented notices, excerpts, progress reports and negatives, annotated before any
run of the extractor (tests/blind_issue10/README.md says how it was made).

It scores with the matching of tests/test_tasks.py (a task is found when its span overlaps a gold task by at
least half of the longer one; its lead units must then equal the gold's) and of tests/test_progress.py (a
progress fact matches a gold one with the same measure, metric, value and status whose span overlaps its
item). Two additions, both stated here so the figures can be read:
- a gold span is re-anchored on its `quote` when the text as read differs from the builder's (a .docx reader
  that flattens cells otherwise); a gold line whose quote is nowhere in the text keeps its offsets;
- unit names are compared after traditional -> simplified conversion and full-width -> half-width brackets, so
  a traditional notice may give its units in either script (pinyin marks and trailing 。/等 still count).

The targets are the issue's: tasks found >= 95 % with the lead unit right on >= 95 % of those found, in
notices and excerpts alike; progress F1 >= 0.85 on the reports; the negatives give no task and no progress.

Run the scoring with figures per document:   python3 tests/test_blind_issue10.py
Check the gold against the scorer itself:     python3 tests/test_blind_issue10.py --self-check
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

# First run of the finished code on this set (2026-12-02): notices found 117/143 (0.818; the one-line notice
# gave none), lead right 117/117; excerpts 21/21, lead right 21/21; progress F1 0.973 (qualitative accepted)
# and 0.966 (scored); the negatives gave nothing. The code before issue 10 gave: notices 20/143, excerpts
# 0/21, progress F1 0.361. After that first run, notices without line breaks were cut into their lines
# (extract/_notice_lines.py, made on invented variants): notices found 141/143, lead right 140/141.

BLIND = Path(__file__).resolve().parent / "blind_issue10"
DOCS = BLIND / "docs"
GOLD = BLIND / "gold"
MANIFEST: dict[str, dict[str, Any]] = json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))

TASK_FOUND, LEAD_RIGHT, PROGRESS_F1 = 0.95, 0.95, 0.85


def docs_of(kind: str) -> list[str]:
    return [d for d, m in MANIFEST.items() if m["kind"] == kind]


def load_gold(doc: str, suffix: str) -> list[dict[str, Any]]:
    path = GOLD / f"{doc}.{suffix}.jsonl"
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def anchor(text: str, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold lines with spans into `text`: kept where the quote is there, else moved to its nearest copy."""
    out = []
    for g in gold:
        a, b, quote = g["start"], g["end"], g.get("quote")
        if quote and text[a:b] != quote:
            hits = []
            i = text.find(quote)
            while i >= 0:
                hits.append(i)
                i = text.find(quote, i + 1)
            if hits:
                a = min(hits, key=lambda h: abs(h - g["start"]))
                b = a + len(quote)
        out.append({**g, "start": a, "end": b})
    return out


# Matching -----------------------------------------------------------------------------------------------


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lead_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.lead_right += other.lead_right
        self.errors += other.errors

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def lead_share(self) -> float:
        return self.lead_right / self.tp if self.tp else 0.0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Spans match when they overlap by at least half of the longer one (as tests/test_tasks.py)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter * 2 >= max(a[1] - a[0], b[1] - b[0])


_T2S = None


def unit_key(name: str) -> str:
    """A unit name compared across scripts and bracket widths."""
    global _T2S
    if _T2S is None:
        try:
            import opencc

            _T2S = opencc.OpenCC("t2s").convert
        except Exception:  # without opencc, compare as written
            _T2S = str
    return _T2S(name).replace("（", "(").replace("）", ")").replace(" ", "").replace("\u3000", "")


def score_tasks(doc: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Score:
    """Tasks: `pred` items carry start, end, lead_units (and number, text for the report)."""
    s, used = Score(), set()
    for t in pred:
        hit = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used and _overlap((t["start"], t["end"]), (g["start"], g["end"]))
            ),
            None,
        )
        if hit is None:
            s.fp += 1
            s.errors.append(f"{doc}: SPURIOUS {t.get('number')} {str(t.get('text', ''))[:30]}")
            continue
        used.add(hit)
        s.tp += 1
        if [unit_key(u) for u in t["lead_units"]] == [unit_key(u) for u in gold[hit]["lead_units"]]:
            s.lead_right += 1
        else:
            s.errors.append(
                f"{doc}: LEAD {t.get('number')} {list(t['lead_units'])} != {gold[hit]['lead_units']}"
            )
    s.fn = len(gold) - len(used)
    s.errors += [
        f"{doc}: MISSED {g['number']} {g['quote'][:30]}" for i, g in enumerate(gold) if i not in used
    ]
    return s


def _key(f: dict[str, Any]) -> tuple[Any, ...]:
    value = f.get("value")
    return (f["measure"], f.get("metric"), None if value is None else round(float(value), 2), f.get("status"))


def score_progress(doc: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Score:
    """Progress facts as tests/test_progress.py: the same key, the predicted item span overlaps the gold."""
    s = Score()
    scored = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]
    used: set[int] = set()
    for p in pred:
        a, b = p.get("item_start", p["start"]), p.get("item_end", p["end"])
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
            s.tp += 1
        elif not any(_key(g) == _key(p) and g["start"] < b and a < g["end"] for g in optional):
            s.fp += 1
            s.errors.append(f"{doc}: SPURIOUS {_key(p)} {str(p.get('quote', ''))[:40]}")
    missed = [g for i, g in enumerate(scored) if i not in used]
    s.fn = len(missed)
    s.errors += [f"{doc}: MISSED {_key(g)} {g['quote'][:30]}" for g in missed]
    return s


def progress_gold(doc: str, *, with_low: bool) -> list[dict[str, Any]]:
    """The progress gold of a document; qualitative judgements scored or only accepted."""
    low = load_gold(doc, "progress_low")
    if not with_low:
        low = [{**g, "optional": True} for g in low]
    return load_gold(doc, "progress") + low


# The extractor's side (imported only when scoring it) ----------------------------------------------------


def _read(doc: str):  # type: ignore[no-untyped-def]
    from govtargets import read_document

    return read_document(DOCS / doc)


def predicted_tasks(document) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    from govtargets.extract import extract_tasks

    return [
        {"start": t.start, "end": t.end, "lead_units": list(t.lead_units), "number": t.number, "text": t.text}
        for t in extract_tasks(document)
    ]


def predicted_progress(document, *, with_low: bool) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    from govtargets import extract_facts

    facts = [f.to_dict() for f in extract_facts(document) if f.kind == "progress"]
    return facts if with_low else [f for f in facts if f.get("confidence") != "low"]


def run_tasks(kind: str) -> Score:
    total = Score()
    for doc in docs_of(kind):
        document = _read(doc)
        total.add(score_tasks(doc, anchor(document.text, load_gold(doc, "tasks")), predicted_tasks(document)))
    return total


def run_progress(*, with_low: bool) -> Score:
    total = Score()
    for doc in docs_of("report"):
        document = _read(doc)
        gold = anchor(document.text, progress_gold(doc, with_low=with_low))
        total.add(score_progress(doc, gold, predicted_progress(document, with_low=with_low)))
    return total


def _summary(s: Score, what: str) -> str:
    return (
        f"{what}: found {s.tp}/{s.tp + s.fn} = {s.recall:.3f}, lead right {s.lead_right}/{s.tp} = "
        f"{s.lead_share:.3f}, P={s.precision:.3f} F1={s.f1:.3f}"
    )


# Tests -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["notice", "excerpt"])
def test_tasks_found_and_lead_units(kind: str) -> None:
    s = run_tasks(kind)
    message = "\n".join([_summary(s, kind), *s.errors[:60]])
    assert s.recall >= TASK_FOUND, message
    assert s.lead_share >= LEAD_RIGHT, message


def test_task_precision_is_reported() -> None:
    """Not an issue target: spurious tasks in notices and excerpts (a notice's preamble gives none)."""
    s = run_tasks("notice")
    s.add(run_tasks("excerpt"))
    assert s.precision >= 0.90, "\n".join(
        [_summary(s, "all tasks"), *[e for e in s.errors if "SPURIOUS" in e]]
    )


@pytest.mark.parametrize("with_low", [False, True], ids=["qualitative_accepted", "qualitative_scored"])
def test_progress_f1(with_low: bool) -> None:
    s = run_progress(with_low=with_low)
    message = "\n".join([f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}", *s.errors[:60]])
    assert s.f1 >= PROGRESS_F1, message


@pytest.mark.parametrize("doc", docs_of("negative"))
def test_negative_documents_give_nothing(doc: str) -> None:
    document = _read(doc)
    tasks = predicted_tasks(document)
    progress = predicted_progress(document, with_low=True)
    assert (tasks, progress) == ([], []), (
        [t["text"][:30] for t in tasks],
        [str(p.get("quote", ""))[:30] for p in progress],
    )


def test_gold_scores_itself_perfectly() -> None:
    """The gold against the scorer (no extractor): every figure 1.0, every quote where its offsets say."""
    assert self_check() == []


# The gold against itself -----------------------------------------------------------------------------------


def own_text(doc: str) -> str:
    """The document read by the builder's own rules (not govtargets): decoded text, or the flattened .docx."""
    enc = MANIFEST[doc]["encoding"]
    if enc != "docx":
        return (DOCS / doc).read_bytes().decode(enc)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(DOCS / doc))
    lines: list[str] = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, d).text)
        elif tag == "tbl":
            for row in Table(child, d).rows:
                seen, cells = set(), []
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(cell.text)
                lines.append("\t".join(cells))
    return "\n".join(lines)


def self_check() -> list[str]:
    problems: list[str] = []
    for doc, m in MANIFEST.items():
        text = own_text(doc)
        for suffix in ("tasks", "progress", "progress_low"):
            gold = load_gold(doc, suffix)
            if len(gold) != m[suffix]:
                problems.append(f"{doc}: {suffix} {len(gold)} lines, manifest says {m[suffix]}")
            problems += [
                f"{doc}: quote off at {g['start']}" for g in gold if text[g["start"] : g["end"]] != g["quote"]
            ]
            if anchor(text, gold) != gold:
                problems.append(f"{doc}: anchoring moves a {suffix} span")
        tasks = load_gold(doc, "tasks")
        s = score_tasks(doc, tasks, tasks)
        if tasks and (s.recall, s.precision, s.lead_share) != (1.0, 1.0, 1.0):
            problems += s.errors
        for with_low in (False, True):
            gold = progress_gold(doc, with_low=with_low)
            pred = [
                {**g, "item_start": g["start"], "item_end": g["end"]} for g in gold if not g.get("optional")
            ]
            s = score_progress(doc, gold, pred)
            if pred and (s.precision, s.recall) != (1.0, 1.0):
                problems += s.errors
            # every optional reading predicted as well: accepted, never counted against
            s2 = score_progress(
                doc, gold, [{**g, "item_start": g["start"], "item_end": g["end"]} for g in gold]
            )
            if pred and (s2.fp, s2.fn) != (0, 0):
                problems += s2.errors
        if m["kind"] == "negative" and any(m[k] for k in ("tasks", "progress", "progress_low")):
            problems.append(f"{doc}: a negative document with gold")
    return problems


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(BLIND.parent.parent))  # this worktree's govtargets, as pytest would import it
    if "--self-check" in argv:
        problems = self_check()
        print("\n".join(problems) or f"gold consistent: {len(MANIFEST)} documents, every score 1.0")
        return 1 if problems else 0
    for kind in ("notice", "excerpt"):
        for doc in docs_of(kind):
            document = _read(doc)
            s = score_tasks(doc, anchor(document.text, load_gold(doc, "tasks")), predicted_tasks(document))
            print(_summary(s, doc))
        print(_summary(run_tasks(kind), f"== {kind}s"))
    for with_low in (False, True):
        how = "scored" if with_low else "accepted"
        for doc in docs_of("report"):
            document = _read(doc)
            gold = anchor(document.text, progress_gold(doc, with_low=with_low))
            s = score_progress(doc, gold, predicted_progress(document, with_low=with_low))
            print(f"{doc} (qualitative {how}): tp={s.tp} fp={s.fp} fn={s.fn} F1={s.f1:.3f}")
        s = run_progress(with_low=with_low)
        print(f"== progress (qualitative {how}): P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}")
    for doc in docs_of("negative"):
        document = _read(doc)
        n_tasks, n_progress = len(predicted_tasks(document)), len(predicted_progress(document, with_low=True))
        print(f"{doc}: {n_tasks} tasks, {n_progress} progress")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
