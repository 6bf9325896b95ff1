"""Regular expressions compiled once per machine, not once per process.

`re` compiles a pattern in Python code (its parser, then its compiler), and a class of CJK characters alone
costs it about a millisecond: govtargets' 250 patterns took 70–100 ms of every process's start-up, more than
reading a 100-page report. `regex(pattern, flags)` returns what `re.compile(pattern, flags)` returns, and
keeps the compiled program (the list of opcodes `re` builds for `_sre`) in a cache file; the next process
builds the pattern object from that program directly, skipping the parse and the optimisation.

The program is private to CPython's `re`: the cache file is named after the interpreter (its cache tag and
`_sre.MAGIC`), and anything unexpected (another interpreter, a changed internal signature, a corrupt,
missing or unwritable file) falls back to `re.compile`. The cache makes start-up faster; it never makes a
pattern differ (a pattern built from it compares equal to `re.compile`'s, program included: see
tests/test_regex_cache.py).

The cache lives in the cache directory (text/_cache.py; GOVTARGETS_CACHE_DIR set to the empty string turns
it off). New programs are written once, when the process exits, to a temporary file renamed into place
(concurrent processes each write a whole file).
"""

from __future__ import annotations

import atexit
import re
import sys
from pathlib import Path
from typing import Any

from govtargets.text._cache import cache_dir, read_cached, write_cached

__all__ = ["regex"]

try:  # CPython's internals; any other interpreter simply compiles
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - not CPython 3.11+
    _sre = None
    _TAG = ""

_MAX_ENTRIES = 4000  # past this (patterns of older versions pile up), the file keeps this process's only

# (pattern, flags) -> (flags with the pattern's inline ones, program, groups - 1, groupindex, indexgroup)
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _cache_file() -> Path | None:
    where = cache_dir()
    return where / f"regex-{_TAG}.marshal" if where is not None and _TAG else None


def _load(path: Path | None) -> dict[tuple[str, int], _Program]:
    data = read_cached(path) if path is not None else None
    return data if isinstance(data, dict) else {}


_FILE = _cache_file()
_PROGRAMS = _load(_FILE)
_NEW: dict[tuple[str, int], _Program] = {}
_USED: set[tuple[str, int]] = set()


def regex(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, its compiled program kept between runs.

    >>> regex(r"增长(\\d+(?:\\.\\d+)?)%").search("生产总值增长5.2%").group(1)
    '5.2'
    """
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    program = _PROGRAMS.get(key)
    if program is not None:
        try:
            compiled = _sre.compile(pattern, *program)
        except Exception:  # a program this interpreter cannot take: compile afresh
            _PROGRAMS.pop(key, None)
        else:
            _USED.add(key)
            return compiled  # type: ignore[no-any-return]
    return _compile(pattern, flags, key)


def _compile(pattern: str, flags: int, key: tuple[str, int]) -> re.Pattern[str]:
    """Compile as re._compiler.compile does, keeping the program; re.compile where that fails."""
    try:
        parsed: Any = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        program: _Program = (
            int(flags | parsed.state.flags),
            [int(c) for c in code],  # plain ints: the opcodes are int subclasses, which marshal refuses
            parsed.state.groups - 1,
            {name: int(i) for name, i in groupindex.items()},
            tuple(indexgroup),
        )
        compiled = _sre.compile(pattern, *program)
    except re.error:
        raise
    except Exception:  # internals not as expected: the public way
        return re.compile(pattern, flags)
    _NEW[key] = program
    _USED.add(key)
    return compiled  # type: ignore[no-any-return]


@atexit.register
def _save() -> None:
    """Write the programs compiled in this process (with those read) to the cache file, if any were new."""
    if not _NEW or _FILE is None:
        return
    keep = (
        _PROGRAMS
        if len(_PROGRAMS) + len(_NEW) <= _MAX_ENTRIES
        else {k: _PROGRAMS[k] for k in _USED if k in _PROGRAMS}
    )
    write_cached(_FILE, {**keep, **_NEW})  # one not written only costs the next start-up its compile
    _NEW.clear()
