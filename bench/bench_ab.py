"""Two source trees timed against each other, alternated round by round (the first tree first in even rounds,
second in odd ones), best and median of N: an A/B that the machine's other work disturbs less than
bench_extract.py's single runs. Each tree runs in its own processes, with PYTHONPATH set to it.

    python3 bench/bench_ab.py /tmp/old-tree .               # e.g. a `git worktree add /tmp/old-tree REV`
    python3 bench/bench_ab.py OLD NEW --rounds 10 --kinds facts
    python3 bench/bench_ab.py OLD NEW --mode cli --kinds all  # `govtargets extract`, start-up included
    python3 bench/bench_ab.py OLD NEW --mode big --copies 7    # one file of the reports concatenated

Modes (the plain-text reports of ../shared/corpus/dev and ../shared/seeds):
  inproc  read and extract in one process once loaded: ms of CPU per document (best of 5 passes a round)
  cli     `python -m govtargets.cli extract` over all of them: s of CPU of the process, start-up included
  big     the same over one file holding them all, --copies times over (bench_extract.py's line 3)
Byte-compile both trees first (python3 -m compileall -q TREE/govtargets) where PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = """
import sys, time
from pathlib import Path
from govtargets.ingest import read_bytes
from govtargets.extract import extract_all
from govtargets.lexicon import load_lexicon
lex = load_lexicon()
raw = [(Path(p).read_bytes(), Path(p).name) for p in sys.argv[2:]]
tasks = sys.argv[1] == "all"
def one():
    t = time.process_time()
    for b, n in raw:
        for _ in extract_all(read_bytes(b, n), lex, tasks=tasks):
            pass
    return time.process_time() - t
one()
print(min(one() for _ in range(5)) * 1000 / len(raw))
"""

KINDS = {"facts": "actual,target,progress", "all": "actual,target,progress,task"}


def _cpu_of(cmd: list[str], env: dict[str, str], cwd: str) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # in the tree: `python -m` puts the working directory first on sys.path
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True, cwd=cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--kinds", choices=sorted(KINDS), default="facts")
    ap.add_argument("--mode", choices=["inproc", "cli", "big"], default="inproc")
    ap.add_argument("--copies", type=int, default=7, help="big: how many times the reports are repeated")
    a = ap.parse_args()
    shared = Path(a.shared)
    files = [str(p) for p in sorted((shared / "corpus" / "dev").glob("*.txt"))]
    files += [str(p) for p in sorted((shared / "seeds").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        if a.mode == "big":
            big = Path(tmp) / "big.txt"
            big.write_bytes(b"\n".join([b"\n".join(Path(f).read_bytes() for f in files)] * a.copies))
            files = [str(big)]
        trees = [str(Path(a.old).resolve()), str(Path(a.new).resolve())]
        times: dict[str, list[float]] = {t: [] for t in trees}
        for r in range(a.rounds):
            for tree in trees if r % 2 == 0 else trees[::-1]:
                env = {**os.environ, "PYTHONPATH": tree}
                if a.mode == "inproc":
                    cmd = [sys.executable, "-c", _CHILD, a.kinds, *files]
                    # cwd: `python -c` puts the working directory first on sys.path, before PYTHONPATH
                    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=tree)
                    times[tree].append(float(out.stdout))
                else:
                    cli = [sys.executable, "-m", "govtargets.cli", "extract", "--kinds", KINDS[a.kinds]]
                    times[tree].append(_cpu_of([*cli, *files], env, tree))
    unit = "ms of CPU per document" if a.mode == "inproc" else "s of CPU"
    for tree, ts in times.items():
        s = sorted(ts)
        best, median = s[0], s[len(s) // 2]
        print(f"{tree}: {a.mode} {a.kinds}, best {best:.3f}, median {median:.3f} {unit} ({len(s)} rounds)")


if __name__ == "__main__":
    main()
