"""Reading and extracting an uploaded document in a child process with a time limit.

A document can be small and still slow to read (a crafted .pdf, an enormous table): the web's request must
not run without end, nor hold a server thread and its memory after the person has given up. The child is
forked (the lexicon and the code are already loaded, so it starts at once), sends back the document and
its facts, and is killed when the time is up; its memory goes with it.
"""

from __future__ import annotations

import multiprocessing
from typing import Any

from govtargets.extract import extract_all
from govtargets.ingest import Document, IngestError, read_bytes
from govtargets.lexicon import load_lexicon

__all__ = ["ExtractTimeout", "DEFAULT_TIMEOUT", "read_and_extract"]

DEFAULT_TIMEOUT = 60.0  # seconds


class ExtractTimeout(Exception):
    """The document was not read within the time limit."""


def _work(conn: Any, data: bytes, name: str) -> None:
    try:
        doc = read_bytes(data, name)
        conn.send(("ok", (doc, list(extract_all(doc, load_lexicon())))))
    except IngestError as e:
        conn.send(("ingest", e.reason))
    except BaseException as e:  # anything else is reported, not printed by the child
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def read_and_extract(data: bytes, name: str, timeout: float = DEFAULT_TIMEOUT) -> tuple[Document, list[Any]]:
    """The document and its facts, read in a child process; IngestError for a file that is no document (or
    that the child could not read), ExtractTimeout when `timeout` seconds pass first."""
    ctx = multiprocessing.get_context("fork")
    receiving, sending = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_work, args=(sending, data, name), daemon=True)
    child.start()
    sending.close()
    try:
        if not receiving.poll(timeout):
            raise ExtractTimeout(name)
        try:
            kind, payload = receiving.recv()
        except Exception:  # the child died while sending (EOFError), or sent half a result
            raise IngestError(name, "cannot read (the reader stopped: out of memory?)") from None
    finally:
        receiving.close()
        if child.is_alive():
            child.kill()
        child.join()
    if kind == "ingest":
        raise IngestError(name, payload)
    if kind == "error":
        raise IngestError(name, f"cannot read ({payload})")
    return payload  # type: ignore[no-any-return]
