"""The user's cache directory, and YAML data files read through it.

govtargets keeps what it can rebuild from its own files, to start faster: compiled regular expressions
(text/_regex.py) and the contents of its YAML data files. The directory is $GOVTARGETS_CACHE_DIR, else
$XDG_CACHE_HOME/govtargets, else ~/.cache/govtargets; GOVTARGETS_CACHE_DIR set to the empty string turns
caching off. A cache never changes a result: an entry is keyed by the bytes it was made from, and one that
cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Protocol

__all__ = ["cache_dir", "load_yaml", "read_cached", "write_cached"]


class _Readable(Protocol):  # a Path or an importlib.resources Traversable
    @property
    def name(self) -> str: ...

    def read_bytes(self) -> bytes: ...


def cache_dir() -> Path | None:
    """Where govtargets keeps its caches, or None when caching is off."""
    where = os.environ.get("GOVTARGETS_CACHE_DIR")
    if where == "":
        return None
    if where is None:
        xdg = os.environ.get("XDG_CACHE_HOME")
        where = str(Path(xdg) / "govtargets") if xdg else str(Path.home() / ".cache" / "govtargets")
    return Path(where)


def read_cached(path: Path) -> Any:
    """What a cache file holds (marshal), or None if it is missing or cannot be read."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write_cached(path: Path, data: Any) -> bool:
    """Keep `data` (marshal) in a cache file: written beside it, then renamed into place, so a reader never
    sees half a file; False if marshal cannot hold the data or the file cannot be written."""
    try:
        blob = marshal.dumps(data)
    except ValueError:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    return True


def load_yaml(source: _Readable) -> Any:
    """The contents of a YAML data file (PyYAML's safe loader, its C version where installed).

    The contents are kept in the cache directory under a hash of the file's bytes: a process that finds them
    there does not import PyYAML at all (its import and the parse took about 15 ms of every start-up). Data
    that marshal cannot hold (a YAML date, say) is simply not kept.
    """
    raw = source.read_bytes()
    where = cache_dir()
    key = hashlib.blake2b(raw + sys.version.encode(), digest_size=12).hexdigest()
    cached = where / f"yaml-{Path(source.name).stem}-{key}.marshal" if where else None
    if cached is not None and (data := read_cached(cached)) is not None:
        return data  # (a file of `null` alone is read again each time: no loss)
    import yaml  # only on a miss

    data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if cached is not None and write_cached(cached, data):
        for old in cached.parent.glob(f"yaml-{Path(source.name).stem}-*.marshal"):
            if old != cached:  # the same file's contents before an edit
                with contextlib.suppress(OSError):
                    old.unlink()
    return data
