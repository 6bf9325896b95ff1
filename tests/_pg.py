"""A throwaway PostgreSQL server for the store tests: initdb into a temporary folder, start it on loopback.

Used by tests/conftest.py (a plain `python3 -m pytest` starts one itself when GOVTARGETS_TEST_PG is not set)
and by .ci/pg, through the command line:

    python3 tests/_pg.py bindir          # where initdb and pg_ctl are; exit status 1 if nowhere
    python3 tests/_pg.py start DIR       # a server with its data in DIR; prints the URL of a fresh database
    python3 tests/_pg.py stop DIR        # stops the server of DIR and removes DIR

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user that Debian's package
creates. It listens on 127.0.0.1 only, on a free port, with trust authentication, and it trades durability
for speed (fsync off): its data is thrown away at the end.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PgUnavailable", "Server", "find_bindir", "start", "stop"]

SUPERUSER = "govtargets"
DATABASE = "govtargets_test"


class PgUnavailable(Exception):
    """No server could be started; the message says why, in one line."""


@dataclass(frozen=True)
class Server:
    base: Path  # DIR: the data folder (DIR/data) and the server log (DIR/server.log)
    bindir: Path
    port: int

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"


def find_bindir() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/<newest>/bin."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parent.parent.name.split(".")],
    )
    return Path(found[-1]).parent if found else None


def _as_server_user() -> list[str]:
    """The command prefix that runs a program as the server's user (root may not run PostgreSQL)."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise PgUnavailable("running as root and there is no 'postgres' user to run the server as") from None
    runuser = shutil.which("runuser")
    if not runuser:
        raise PgUnavailable("running as root and runuser is missing") from None
    return [runuser, "-u", "postgres", "--"]


def _run(cmd: list[str], what: str) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        tail = " ".join((done.stderr or done.stdout).split())[-300:]
        raise PgUnavailable(f"{what} failed (exit status {done.returncode}): {tail}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(base: Path | None = None) -> Server:
    """initdb into base/data (base: a new temporary folder if None) and start the server; or PgUnavailable."""
    bindir = find_bindir()
    if bindir is None:
        raise PgUnavailable("no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin")
    prefix = _as_server_user()
    if base is None:
        base = Path(tempfile.mkdtemp(prefix="govtargets-pg-"))
        try:
            return _start(bindir, prefix, base)
        except BaseException:
            stop(base)
            raise
    base = Path(base)
    base.mkdir(parents=True, exist_ok=True)
    return _start(bindir, prefix, base)


def _start(bindir: Path, prefix: list[str], base: Path) -> Server:
    if prefix:  # the server's user must own its folder (and reach it: a folder under /tmp, not under ~root)
        user = pwd.getpwnam("postgres")
        os.chown(base, user.pw_uid, user.pw_gid)
    data = base / "data"
    _run(
        [
            *prefix,
            str(bindir / "initdb"),
            "--pgdata",
            str(data),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",
            "--no-sync",
            "--no-instructions",
        ],
        "initdb",
    )
    settings = {
        "listen_addresses": "'127.0.0.1'",
        "unix_socket_directories": f"'{data}'",
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "max_connections": "100",
    }
    last = ""
    for _attempt in range(3):  # the free port may be taken between choosing it and binding it
        port = _free_port()
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.writelines(f"{k} = {v}\n" for k, v in {**settings, "port": str(port)}.items())
        try:
            _run(
                [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "server.log"), "-w"]
                + ["-t", "60", "start"],
                "pg_ctl start",
            )
            return Server(base, bindir, port)
        except PgUnavailable as e:
            log = base / "server.log"
            told = log.read_text(errors="replace") if log.exists() else ""
            last = f"{e}; server log: {' '.join(told.split())[-300:]}"
            if "could not bind" not in told:
                break
    raise PgUnavailable(last)


def stop(base: Path) -> None:
    """Stop the server whose data is in base/data (if it runs) and remove base."""
    base = Path(base)
    data = base / "data"
    bindir = find_bindir()
    if bindir and (data / "postmaster.pid").exists():
        subprocess.run(
            [*_as_server_user(), str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
            capture_output=True,
            stdin=subprocess.DEVNULL,
        )
    shutil.rmtree(base, ignore_errors=True)


def create_database(admin_url: str, name: str) -> None:
    import psycopg  # a dependency of govtargets; imported here so `bindir` and `stop` need only the stdlib

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')


def _main(argv: list[str]) -> int:
    if len(argv) == 1 and argv[0] == "bindir":
        bindir = find_bindir()
        if bindir is None:
            return 1
        print(bindir)
        return 0
    if len(argv) == 2 and argv[0] == "start":
        try:
            server = start(Path(argv[1]))
            create_database(server.url(), DATABASE)
        except Exception as e:  # one line on stderr: .ci/pg shows it and the tests run without PostgreSQL
            print(f"PostgreSQL not available: {e}", file=sys.stderr)
            return 1
        print(server.url(DATABASE))
        return 0
    if len(argv) == 2 and argv[0] == "stop":
        stop(Path(argv[1]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
