"""Shared fixtures: where the team's shared documents are, helpers to build documents, and the store's
databases (a fresh SQLite file, or a fresh schema on a PostgreSQL server, per test)."""

from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GOVTARGETS_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "dev"
GOLD = REPO / "tests" / "gold"
GOLD_BLIND = REPO / "tests" / "gold_blind"
NATIONAL = SHARED / "corpus" / "national"
GOLD_NATIONAL = REPO / "tests" / "gold_national"
GOLD_NATIONAL_FINAL = REPO / "tests" / "gold_national_final"


def shared_documents() -> list[Path]:
    """Every document in ../shared (seeds and the dev corpus)."""
    if not SHARED.is_dir():
        return []
    docs = sorted(SEEDS.glob("*.txt")) + sorted(
        p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx", ".html", ".pdf")
    )
    return docs


def source_of(gold_file: Path) -> Path:
    """The shared document a gold file annotates (gold/<document name>.jsonl)."""
    name = gold_file.name.removesuffix(".jsonl")
    for folder in (SEEDS, CORPUS, NATIONAL):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(name)


needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared documents not found at {SHARED}")


# The store's databases ------------------------------------------------------------------------------------
#
# `store_url` runs a test once on SQLite and once on PostgreSQL. The PostgreSQL server is $GOVTARGETS_TEST_PG
# (a database where the tests may create schemas; .ci/run starts a server for it), or else a throwaway
# server this session starts itself when PostgreSQL's binaries are installed (tests/_pg.py). Only when
# neither works are the PostgreSQL runs skipped, with the reason at the end of the run.

PG_ENV = "GOVTARGETS_TEST_PG"
_PG_NOTE = pytest.StashKey[str]()


def _load_pg_helper():  # tests/ is no package: load tests/_pg.py by its path
    name = "govtargets_tests_pg"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("_pg.py"))
        assert spec and spec.loader
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgresql: runs against a PostgreSQL server (skipped if none)")


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if _PG_NOTE in config.stash:
        terminalreporter.write_line(config.stash[_PG_NOTE])


def _pg_connect(url: str):
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=10)


@pytest.fixture(scope="session")
def pg_admin_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A database on a PostgreSQL server where the tests may create schemas; skips if there is none."""
    url = os.environ.get(PG_ENV)
    if url:
        try:
            _pg_connect(url).close()
        except Exception as e:
            pytest.fail(f"{PG_ENV}={url}: cannot connect: {e}", pytrace=False)
        request.config.stash[_PG_NOTE] = f"PostgreSQL store tests: {url} (from {PG_ENV})"
        yield url
        return
    pg = _load_pg_helper()
    try:
        server = pg.start()
    except pg.PgUnavailable as e:
        reason = f"PostgreSQL not available: {e}"
        request.config.stash[_PG_NOTE] = f"PostgreSQL store tests skipped: {reason}"
        pytest.skip(reason)
    request.config.stash[_PG_NOTE] = f"PostgreSQL store tests: a throwaway server at {server.url()}"
    try:
        yield server.url()
    finally:
        pg.stop(server.base)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database for one test: an SQLite file, or a new schema on the PostgreSQL server (its
    URL sets search_path; a schema is made in milliseconds, a database takes a checkpoint)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    admin = request.getfixturevalue("pg_admin_url")
    schema = f"test_{uuid.uuid4().hex[:16]}"
    with _pg_connect(admin) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    url = urlsplit(admin)
    query = parse_qsl(url.query)
    options = " ".join([v for k, v in query if k == "options"] + [f"-csearch_path={schema}"])
    query = [(k, v) for k, v in query if k != "options"] + [("options", options)]
    try:
        yield url._replace(query=urlencode(query, quote_via=quote)).geturl()
    finally:
        with _pg_connect(admin) as conn:
            conn.execute("SET lock_timeout = '30s'")
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')

# the annotators' build and check scripts of the blind sets are no tests, and some run when imported
collect_ignore_glob = ["blind_*/*.py", "blind_*/*/*.py"]
