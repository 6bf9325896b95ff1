"""The work of one file, as a worker process does it: read, extract the kinds asked for, return rows.

A worker holds one document at a time and returns its rows as Arrow IPC bytes, so what crosses to the
driver is small, cheap to unpickle and needs no conversion there, and a worker's memory does not grow with
the corpus.
Nothing here raises for a bad file: the reason comes back in `FileResult.error`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from govtargets.corpus._schema import DOCUMENT_COLUMNS, FACT_COLUMNS, TASK_COLUMNS, rows_to_ipc
from govtargets.extract import Task, extract_all
from govtargets.ingest import IngestError, read_document
from govtargets.lexicon import load_lexicon

__all__ = ["FACT_KINDS", "ALL_KINDS", "FileResult", "process_file", "process_batch"]

FACT_KINDS = frozenset({"actual", "target", "progress"})
ALL_KINDS = FACT_KINDS | {"task"}
_FACT_FIELDS = {c.name for c in FACT_COLUMNS}


@dataclass(frozen=True, slots=True)
class FileResult:
    sha256: str
    path: str
    document: tuple[Any, ...] | None  # DOCUMENT_COLUMNS order; None on error
    facts: bytes = b""  # FACT_COLUMNS rows as an Arrow IPC stream (empty: none)
    tasks: bytes = b""  # TASK_COLUMNS rows, likewise
    error: str | None = None  # one line: why the file could not be read


def _num(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def _decode_notes(doc: Any) -> str:
    notes = []
    if doc.encoding:
        notes.append(doc.encoding)
    if doc.decode_errors:
        notes.append(f"{doc.decode_errors} bytes undecodable, replaced")
    notes += getattr(doc, "decode_notes", ())
    return "; ".join(notes)


def _document_row(doc: Any, sha: str, size: int, n_facts: int, n_tasks: int) -> tuple[Any, ...]:
    row = {
        "sha256": sha,
        "path": doc.path,
        "format": doc.format,
        "encoding": doc.encoding,
        "title": doc.title,
        "region": doc.region,
        "region_code": doc.region_code,
        "admin_level": doc.admin_level,
        "report_year": doc.report_year,
        "doc_kind": doc.doc_kind,
        "script": doc.script,
        "chars": len(doc.text),
        "bytes": size,
        "decode_errors": doc.decode_errors,
        "decode_notes": _decode_notes(doc),
        "region_cue": doc.region_cue,
        "year_cue": doc.year_cue,
        "n_facts": n_facts,
        "n_tasks": n_tasks,
        "duplicate_of": None,
    }
    return tuple(row[c.name] for c in DOCUMENT_COLUMNS)


def _fact_row(f: Any, sha: str, seq: int, text: str) -> tuple[Any, ...]:
    extra = {k: v for k, v in f.extra.items() if k not in _FACT_FIELDS}
    row = {
        "doc_sha256": sha,
        "doc": f.doc,
        "seq": seq,
        "kind": f.kind,
        "metric": f.metric,
        "label": f.label,
        "measure": f.measure,
        "value": _num(f.value),
        "low": _num(f.low),
        "high": _num(f.high),
        "unit": f.unit,
        "base_value": _num(f.base_value),
        "base_low": _num(f.base_low),
        "base_high": _num(f.base_high),
        "base_unit": f.base_unit,
        "qualifier": f.qualifier,
        "status": f.status,
        "period": f.period,
        "estimate": bool(f.estimate),
        "stretch": _num(f.stretch),
        "multi_year": bool(f.extra.get("multi_year")),
        "start": f.start,
        "end": f.end,
        "span_text": text[f.start : f.end],
        "quote": f.quote,
        "extra": json.dumps(extra, ensure_ascii=False, sort_keys=True, default=str) if extra else None,
    }
    return tuple(row[c.name] for c in FACT_COLUMNS)


def _task_row(t: Any, sha: str, seq: int) -> tuple[Any, ...]:
    d = t.to_dict()
    row = {
        "doc_sha256": sha,
        "doc": t.doc,
        "seq": seq,
        "text": t.text,
        "number": t.number,
        "category": t.category,
        "quantities": json.dumps(d["quantities"], ensure_ascii=False, default=str),
        "deadline": t.deadline,
        "minsheng": bool(t.minsheng),
        "lead_units": json.dumps(list(t.lead_units), ensure_ascii=False),
        "co_units": json.dumps(list(t.co_units), ensure_ascii=False),
        "leader": t.leader,
        "start": t.start,
        "end": t.end,
        "quote": t.quote,
    }
    return tuple(row[c.name] for c in TASK_COLUMNS)


def process_file(path: str, sha256: str, size: int, kinds: frozenset[str]) -> FileResult:
    """Read `path` and extract the `kinds` asked for; a file that cannot be read gives its reason."""
    try:
        doc = read_document(path)
    except IngestError as e:
        return FileResult(sha256, path, None, error=e.reason)
    except Exception as e:  # never a traceback for one bad file
        return FileResult(
            sha256, path, None, error=f"internal error while reading ({e.__class__.__name__}: {e})"
        )
    facts: list[tuple[Any, ...]] = []
    tasks: list[tuple[Any, ...]] = []
    try:
        found = extract_all(
            doc,
            load_lexicon(),
            multi_year=True,
            tasks="task" in kinds,
            facts=bool(kinds & FACT_KINDS),
        )
        for x in found:
            if isinstance(x, Task):
                tasks.append(_task_row(x, sha256, len(tasks)))
            elif x.kind in kinds:
                facts.append(_fact_row(x, sha256, len(facts), doc.text))
    except Exception as e:  # a bug must not stop the corpus
        reason = f"internal error while extracting ({e.__class__.__name__}: {e})"
        return FileResult(sha256, path, None, error=reason)
    return FileResult(
        sha256,
        path,
        _document_row(doc, sha256, size, len(facts), len(tasks)),
        rows_to_ipc(facts, FACT_COLUMNS) if facts else b"",
        rows_to_ipc(tasks, TASK_COLUMNS) if tasks else b"",
    )


def process_batch(items: list[tuple[str, str, int]], kinds: frozenset[str]) -> list[FileResult]:
    """Several small files in one task (fewer round trips to a scheduler)."""
    return [process_file(p, h, s, kinds) for p, h, s in items]
