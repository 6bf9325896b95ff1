"""The real server for the browser test and the load benchmark: `govtargets serve` in a subprocess on
loopback (a free port, its own database), users made with `govtargets user add … --password-stdin`, and
Debian's chromium found on this machine (never downloaded)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["CHROMIUM", "find_chromium", "free_port", "add_user", "serve"]

CHROMIUM = "/usr/bin/chromium"
REPO = Path(__file__).resolve().parent.parent


def find_chromium() -> str | None:
    """Debian's chromium (`apt-get install chromium`), or another chromium on PATH; None if none."""
    for candidate in (os.environ.get("GOVTARGETS_CHROMIUM"), CHROMIUM):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cli(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "govtargets", *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(f"govtargets {' '.join(args)}: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


def add_user(
    db: str, username: str, password: str, role: str, *, unit: str | None = None, name: str = ""
) -> None:
    """`govtargets user add` as an administrator would type it (the password on stdin)."""
    args = ["user", "add", username, "--role", role, "--password-stdin", "--db", db]
    if unit:
        args += ["--unit", unit]
    if name:
        args += ["--name", name]
    _cli(*args, stdin=password + "\n")


@contextmanager
def serve(
    db: str,
    *,
    workers: int = 1,
    timeout: float = 60.0,
    log: Path | None = None,
    pids: list[int] | None = None,
) -> Iterator[str]:
    """`govtargets serve` on 127.0.0.1 and a free port until the block ends; yields the base URL once
    /healthz answers. The server runs in its own process group (its id is appended to `pids`) so that its
    workers stop with it."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # the server runs this repository's code (the tree this file is in), whatever is installed
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    env = dict(os.environ, GOVTARGETS_SECRET=os.urandom(24).hex(), PYTHONPATH=path)
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(
        [sys.executable, "-m", "govtargets", "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)]
        + ["--workers", str(workers)],
        stdout=out,
        stderr=subprocess.STDOUT if log else subprocess.DEVNULL,
        env=env,
        cwd=REPO,
        start_new_session=True,
    )
    if pids is not None:
        pids.append(proc.pid)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"govtargets serve stopped at start (exit {proc.returncode}); log: {log}")
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"govtargets serve did not answer /healthz within {timeout:.0f} s")
            time.sleep(0.1)
        yield base
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # this process group only: the server we started
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        if log:
            out.close()  # type: ignore[union-attr]
