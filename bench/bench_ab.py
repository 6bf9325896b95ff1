"""In-process extraction time of two source trees, alternated, best of N: an A/B that the machine's other work
disturbs less than bench_extract.py's single runs (each tree measured in its own process, several times).

    python3 bench/bench_ab.py /tmp/old-tree .            # e.g. a `git worktree add /tmp/old-tree REV`
    python3 bench/bench_ab.py OLD NEW --rounds 3 --kinds facts

Prints ms per document for the plain-text reports of ../shared/corpus/dev (facts only, or all kinds).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

_CHILD = """
import sys, time
from pathlib import Path
from govtargets.ingest import read_bytes
from govtargets.extract import extract_all
docs = [read_bytes(p.read_bytes(), p.name) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
tasks = sys.argv[2] == "all"
for d in docs: list(extract_all(d, tasks=tasks))
best = min(
    (lambda t: (sum(1 for d in docs for _ in extract_all(d, tasks=tasks)), time.perf_counter() - t)[1])(
        time.perf_counter()
    )
    for _ in range(5)
)
print(f"{best * 1000 / len(docs):.2f}")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--kinds", choices=["facts", "all"], default="facts")
    a = ap.parse_args()
    corpus = str(Path(a.shared) / "corpus" / "dev")
    times: dict[str, list[float]] = {a.old: [], a.new: []}
    for _ in range(a.rounds):
        for tree in (a.old, a.new):
            env = {**os.environ, "PYTHONPATH": str(Path(tree).resolve())}
            cmd = [sys.executable, "-c", _CHILD, corpus, a.kinds]
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
            times[tree].append(float(out.stdout))
    for tree, ts in times.items():
        rounds = ", ".join(f"{t:.2f}" for t in ts)
        print(f"{tree}: {a.kinds}, best {min(ts):.2f} ms per document (rounds: {rounds})")


if __name__ == "__main__":
    main()
