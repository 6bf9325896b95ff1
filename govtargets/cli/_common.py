"""What the command modules share: output (JSON lines, aligned tables, errors), reading files, and the
store options (--db, --plan/--region/--year) with the one-line handling of the store's refusals.

The store loads SQLAlchemy (about half a second): it is imported inside the functions that open it, so
that `govtargets extract` and the other reading commands start without it.
"""

from __future__ import annotations

import functools
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click
import orjson

from govtargets.ingest import Document, IngestError, read_document
from govtargets.lexicon import Lexicon, load_lexicon

if TYPE_CHECKING:
    from govtargets.store import Store

F = TypeVar("F", bound=Callable[..., Any])

DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".docx", ".pdf", ".xlsx", ".csv", ".tsv")


# output


def _json(d: dict[str, Any]) -> str:
    """One JSON line."""
    return orjson.dumps(d, option=orjson.OPT_APPEND_NEWLINE).decode()


def _json_bytes(d: dict[str, Any]) -> bytes:
    """One JSON line as UTF-8, for a binary stream: no decoding and encoding again, no flush per line."""
    return orjson.dumps(d, option=orjson.OPT_APPEND_NEWLINE)


def _err(msg: str) -> None:
    click.echo(f"govtargets: {msg}", err=True)


def _fail(msg: str) -> NoReturn:
    _err(msg)
    sys.exit(1)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * max(0, w - _width(s))


def _cut(s: str, w: int) -> str:
    out: list[str] = []
    n = 0
    for c in s:
        cw = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if n + cw > w - 1:
            return "".join(out) + "…"
        out.append(c)
        n += cw
    return "".join(out)


def _table_plain(headers: list[str], rows: list[list[str]], max_width: int = 48) -> str:
    """An aligned plain-text table; wide cells are cut with an ellipsis."""
    cells = [[_cut(c.replace("\n", " "), max_width) for c in r] for r in rows]
    widths = [max([_width(h), *(_width(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def _fmt_num(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}" if abs(v) < 1e15 else str(v)
    return str(v)


# reading files


def _read(path: str | None) -> Document | None:
    """The document at `path`, or None after one line on stderr saying why it cannot be read (None for
    a folder without documents, which _expand has reported)."""
    if path is None:
        return None
    try:
        return read_document(path)
    except IngestError as e:
        _err(str(e))
    except Exception as e:  # a bug must not cost the user the other files, nor show a traceback
        _err(f"{path}: internal error while reading ({e.__class__.__name__}: {e})")
    return None


def _read_or_exit(path: str) -> Document:
    """The document at `path`; one line on stderr and exit status 1 if it cannot be read."""
    try:
        return read_document(path)
    except IngestError as e:
        _fail(str(e))


def _expand(paths: Iterable[str]) -> Iterable[str | None]:
    """Files as given; a directory stands for the documents in it. A directory without any gives one line
    on stderr and None in its place, which _read takes as a file that could not be read."""
    for p in paths:
        if os.path.isdir(p):
            names = [n for n in sorted(os.listdir(p)) if n.lower().endswith(DOCUMENT_SUFFIXES)]
            if not names:
                _err(f"{p}: no document (.txt .html .docx .pdf .xlsx .csv) in this folder")
                yield None
            for name in names:
                yield os.path.join(p, name)
        else:
            yield p


def _lex() -> Lexicon:
    return load_lexicon()


def _as_of(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2016-06-30") from None


# the store


def store_errors(fn: F) -> F:
    """Turn the store's refusals and an unreachable database into one line on stderr and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
        import sqlalchemy as sa

        # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
        from govtargets.store import StaleEdit, StoreError

        try:
            return fn(*args, **kwargs)
        except StaleEdit as e:
            _fail(f"refused, nothing saved: {e}")
        except StoreError as e:
            _fail(str(e))
        except sa.exc.DBAPIError as e:  # unreachable server, lock timeout, a constraint a race tripped
            _fail(f"database error, nothing saved: {str(e.orig).splitlines()[0] if e.orig else e}")
        except sa.exc.ArgumentError as e:
            _fail(f"bad --db URL: {e}")

    return wrapper  # type: ignore[return-value]


def db_option(fn: F) -> F:
    return click.option(
        "--db",
        default=None,
        metavar="URL",
        help="Database: a file path or sqlite:///path, or postgresql://user@host/db "
        "(default: $GOVTARGETS_DB, else govtargets.db here).",
    )(fn)


def plan_options(fn: F) -> F:
    fn = click.option("--year", type=int, default=None, help="The plan's year (with --region).")(fn)
    fn = click.option("--region", default=None, help="The plan's region, e.g. 锦州市.")(fn)
    return click.option("--plan", "plan_id", type=int, default=None, help="The plan's id.")(fn)


def _store(db: str | None, actor: str | None = None, *, create: bool = False) -> Store:
    """The database at --db ($GOVTARGETS_DB, or govtargets.db here). Only a command that makes something
    (plan create, serve, user add, demo) may create it; the others refuse a missing SQLite file."""
    # deferred: it loads SQLAlchemy or openpyxl, which the reading commands do not need
    from govtargets.store import Store, StoreError, default_url, missing_database

    missing = None if create else missing_database(db)
    if missing is not None:
        raise StoreError(
            f"no database at {missing} (make one with: govtargets plan create REPORT --db {missing})"
        )
    return Store(db or default_url(), actor=actor or os.environ.get("GOVTARGETS_USER") or _whoami())


def _whoami() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER", "cli")
