"""Throughput and memory of `govtargets corpus` on a synthetic corpus, on 1 and on 2 workers.

The corpus is ../shared's plain-text reports (dev, national, seeds) repeated under renamed paths in a
temporary folder until it reaches --mb megabytes; each copy ends with its own line, so no two files have the
same bytes and every copy is read (copies of one report are then duplicates by region and year: read, but
their facts not repeated in OUT). Each run is timed under /usr/bin/time -v (its "Maximum resident set size"
is the largest single process: the driver or a worker), and every worker's peak RSS (VmHWM) is sampled from
/proc.

Usage: python3 bench/bench_corpus.py [--mb 500] [--workers 1,2] [--shared ../shared] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def build(shared: Path, dest: Path, mb: int) -> tuple[int, int]:
    """Write copies of the shared texts under dest until `mb` MB; returns (files, bytes)."""
    sources = sorted((shared / "corpus" / "dev").glob("*.txt")) + sorted(
        (shared / "corpus" / "national").glob("*.txt")
    )
    sources += sorted((shared / "seeds").glob("*.txt"))
    texts = [(p.stem, p.read_bytes()) for p in sources]
    n = size = 0
    while size < mb * 1_000_000:
        for stem, data in texts:
            folder = dest / f"batch{n // 1000:04d}"
            folder.mkdir(parents=True, exist_ok=True)
            copy = data + f"\n（副本{n}）\n".encode()
            (folder / f"{stem}_copy{n:06d}.txt").write_bytes(copy)
            n += 1
            size += len(copy)
            if size >= mb * 1_000_000:
                break
    return n, size


def _children(pid: int) -> list[int]:
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = Path(f"/proc/{d}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(d))
    return out


def _hwm(pid: int) -> int:
    try:
        m = re.search(r"VmHWM:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
    except OSError:
        return 0
    return int(m.group(1)) if m else 0


def measure(corpus: Path, out: Path, workers: int) -> dict[str, float]:
    cmd = [
        "/usr/bin/time",
        "-v",
        sys.executable,
        "-m",
        "govtargets",
        "corpus",
        str(corpus),
        "--out",
        str(out),
    ]
    cmd += ["--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peaks: dict[int, int] = {}
    stop = threading.Event()

    def sample() -> None:  # time → python (the driver) → its pool workers
        while not stop.wait(0.5):
            for driver in _children(proc.pid):
                for w in _children(driver):
                    peaks[w] = max(peaks.get(w, 0), _hwm(w))

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    stop.set()
    th.join()
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"corpus run failed:\n{err[-2000:]}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    return {
        "seconds": elapsed,
        "max_rss_mb": int(rss.group(1)) / 1024 if rss else float("nan"),
        "worker_peak_mb": max(peaks.values(), default=0) / 1024,
        "workers_seen": len(peaks),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=500)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--keep", help="Build the corpus here and keep it (default: a temporary folder).")
    args = ap.parse_args()
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="govtargets-bench-"))
    try:
        corpus = tmp / "corpus"
        if not corpus.exists():
            files, size = build(Path(args.shared), corpus, args.mb)
        else:
            files = sum(1 for _ in corpus.rglob("*.txt"))
            size = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
        mb = size / 1e6
        print(f"corpus: {files} files, {mb:.0f} MB under {corpus}; code: {ROOT}")
        first = None
        for w in (int(x) for x in args.workers.split(",")):
            out = tmp / f"out{w}"
            shutil.rmtree(out, ignore_errors=True)
            m = measure(corpus, out, w)
            rate = mb / m["seconds"]
            first = first or rate
            print(
                f"{w} worker(s): {m['seconds']:7.1f} s  {rate:6.2f} MB/s  ({rate / first:.2f}× 1 worker)  "
                f"peak RSS per worker {m['worker_peak_mb']:.0f} MB ({m['workers_seen']} worker processes), "
                f"largest process (/usr/bin/time -v) {m['max_rss_mb']:.0f} MB"
            )
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
