"""Throughput and memory of `govtargets extract` on plain text.

Prints MB/s (bytes of input) for:
  1. the plain-text documents of ../shared/corpus/dev and ../shared/seeds, in one process, start-up included;
  2. the same in-process, once loaded (steady state);
  3. a large input (the corpus concatenated to --big-mb MB) in one process, start-up included,
     with its peak RSS read by /usr/bin/time -v.

The machine's speed varies, so it also prints a reference: the time of a fixed pure-Python loop, before and
after; compare figures taken with similar reference times (A/B: run a copy of the old tree in the same minute,
`python3 /tmp/old/bench/bench_extract.py`: each copy measures its own code).

Usage: python3 bench/bench_extract.py [--shared ../shared] [--big-mb 50] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # the tree measured: its govtargets, not an installed one
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def reference_ms() -> float:
    """Best of 5 runs of a fixed loop, in ms: how fast the machine is just now."""
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        d: dict[int, int] = {}
        for i in range(300_000):
            d[i % 1000] = d.get(i % 1000, 0) + i
        best = min(best, time.perf_counter() - t)
    return best * 1000


def plain_texts(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "dev").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt"))


KINDS = "actual,target,progress"  # line 1 and 3 also run with tasks: --kinds all


def run_cli(files: list[str], kinds: str = KINDS) -> float:
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "govtargets.cli", "extract", "--kinds", kinds, *files],
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
        env=ENV,
    )
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--big-mb", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    # byte-compile the measured tree first, as an installed package is: a machine that sets
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module again in each start-up measured
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "govtargets")], check=True)
    files = plain_texts(Path(args.shared))
    size = sum(f.stat().st_size for f in files)
    mb = size / 1e6
    print(f"input: {len(files)} plain-text documents, {mb:.2f} MB; code: {ROOT}")
    print(f"reference loop: {reference_ms():.0f} ms")

    best = min(run_cli([str(f) for f in files]) for _ in range(args.repeat))
    print(f"1. one process, start-up included:   {mb / best:6.1f} MB/s  ({best * 1000:.0f} ms)  facts")
    best = min(run_cli([str(f) for f in files], KINDS + ",task") for _ in range(args.repeat))
    print(
        f"   the same with tasks:              {mb / best:6.1f} MB/s  ({best * 1000:.0f} ms)  facts and tasks"
    )

    sys.path.insert(0, str(ROOT))
    from govtargets import read_document
    from govtargets.extract import extract_all
    from govtargets.lexicon import load_lexicon

    lex = load_lexicon()
    for label, with_tasks in (("facts", False), ("facts and tasks", True)):
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            n = 0
            for f in files:
                n += sum(1 for _x in extract_all(read_document(f), lex, tasks=with_tasks))
            times.append(time.perf_counter() - t)
        t = min(times)
        per_doc_ms = t / len(files) * 1000
        print(
            f"2. in process, once loaded:          {mb / t:6.1f} MB/s  "
            f"({n} records, {per_doc_ms:.1f} ms per document)  {label}"
        )

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        corpus = b"\n".join(f.read_bytes() for f in files)
        with big.open("wb") as fh:
            written = 0
            while written < args.big_mb * 1_000_000:
                fh.write(corpus)
                written += len(corpus)
        big_mb = big.stat().st_size / 1e6
        cmd = [
            "/usr/bin/time",
            "-v",
            sys.executable,
            "-m",
            "govtargets.cli",
            "extract",
            "--kinds",
            KINDS + ",task",
            str(big),
        ]
        t0 = time.perf_counter()
        if os.path.exists("/usr/bin/time"):
            r = subprocess.run(
                cmd,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                check=True,
                cwd=ROOT,
                env=ENV,
            )
            elapsed = time.perf_counter() - t0
            rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
            rss_mb = int(rss.group(1)) / 1024 if rss else float("nan")
        else:
            subprocess.run(cmd[2:], stdout=subprocess.DEVNULL, check=True, cwd=ROOT, env=ENV)
            elapsed, rss_mb = time.perf_counter() - t0, float("nan")
        print(
            f"3. {big_mb:.0f} MB file, one process:        {big_mb / elapsed:6.1f} MB/s  "
            f"(peak RSS {rss_mb:.0f} MB)"
        )
    print(f"reference loop: {reference_ms():.0f} ms")


if __name__ == "__main__":
    main()
