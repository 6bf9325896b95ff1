"""Which readers give a document's tasks: the notice reader everywhere, the report reader in a work report.

Apart from govtargets/extract/_tasks.py (the Task record and the report reader) because the notice reader
builds its tasks with `make_task` from there: the dispatch on top of both keeps the imports one way.
"""

from __future__ import annotations

from collections.abc import Iterator

from govtargets.extract._notice_entry import notice_tasks
from govtargets.extract._tasks import Task, reads_as_report, report_tasks
from govtargets.ingest import Document

__all__ = ["extract_tasks"]


def extract_tasks(doc: Document) -> Iterator[Task]:
    """The tasks of a document: a notice's items wherever the document shows their structure, and a work
    report's commitments in its plan sections (where no notice item was read)."""
    notice = notice_tasks(doc)
    yield from notice
    if reads_as_report(doc, notice):
        yield from report_tasks(doc, notice)
