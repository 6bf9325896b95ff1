"""Two source trees timed against each other, alternated round by round (the first tree first in even rounds,
second in odd ones), best and median of N: an A/B that the machine's other work disturbs less than
bench_extract.py's single runs. Each tree runs in its own processes, with PYTHONPATH set to it.

    python3 bench/bench_ab.py /tmp/old-tree .               # e.g. a `git worktree add /tmp/old-tree REV`
    python3 bench/bench_ab.py OLD NEW --rounds 10 --kinds facts
    python3 bench/bench_ab.py OLD NEW --mode cli --kinds all  # `govtargets extract`, start-up included
    python3 bench/bench_ab.py OLD NEW --mode big --copies 7    # one file of the reports concatenated
    python3 bench/bench_ab.py OLD NEW --mode same --rounds 100 # both in one process, passes interleaved
    python3 bench/bench_ab.py OLD NEW --mode pair --rounds 10  # both at once, one core each

Modes (the plain-text reports of ../shared/corpus/dev and ../shared/seeds):
  inproc  read and extract in one process once loaded: ms of CPU per document (best of 5 passes a round)
  cli     `python -m govtargets.cli extract` over all of them: s of CPU of the process, start-up included
  big     the same over one file holding them all, --copies times over (bench_extract.py's line 3)
  pair    read and extract, both trees AT ONCE, each in its own process pinned to one core, the cores swapped
          round by round (Linux, two cores or more): what the other tenants of a VM do falls on both; the
          ratio of the two processes' best passes (of --passes) is reported per round, with its median.
          A tree against a copy of itself gave ratios 0.956-1.014, median 0.997 (8 rounds here)
  same    read and extract in ONE process holding both trees (OLD's package copied as govtargets_old, its
          imports renamed), passes alternated: what disturbs the machine disturbs both alike, so the ratio
          of each pair of passes is steadier than any time (this VM's times drift by 10-30% from minute to
          minute). --stage read|extract|both: what a pass times (extract: the documents read before)
Byte-compile both trees first (python3 -m compileall -q TREE/govtargets) where PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# read and extract the files (argv 3…): a pass to warm up, then the best of N passes (argv 2), in ms of CPU
# per document
_CHILD = """
import sys, time
from pathlib import Path
from govtargets.ingest import read_bytes
from govtargets.extract import extract_all
from govtargets.lexicon import load_lexicon
lex = load_lexicon()
raw = [(Path(p).read_bytes(), Path(p).name) for p in sys.argv[3:]]
tasks = sys.argv[1] == "all"
def one():
    t = time.process_time()
    for b, n in raw:
        for _ in extract_all(read_bytes(b, n), lex, tasks=tasks):
            pass
    return time.process_time() - t
one()
print(min(one() for _ in range(int(sys.argv[2]))) * 1000 / len(raw))
"""

_SAME = """
import sys, time
from pathlib import Path
sys.path[:0] = [sys.argv[1], sys.argv[2]]  # the renamed copy of OLD, and NEW
import govtargets_old.extract, govtargets_old.ingest, govtargets_old.lexicon
import govtargets.extract, govtargets.ingest, govtargets.lexicon
kinds, stage, rounds = sys.argv[3], sys.argv[4], int(sys.argv[5])
raw = [(Path(p).read_bytes(), Path(p).name) for p in sys.argv[6:]]
trees = []
for pkg in (govtargets_old, govtargets):
    ingest, extract, lex = pkg.ingest, pkg.extract, pkg.lexicon.load_lexicon()
    trees.append((ingest, extract, lex, [ingest.read_bytes(b, n) for b, n in raw]))
def one(tree):
    ingest, extract, lex, docs = tree
    t = time.process_time()
    if stage == "extract":
        for d in docs:
            for _ in extract.extract_all(d, lex, tasks=kinds == "all"):
                pass
    else:
        for b, n in raw:
            d = ingest.read_bytes(b, n)
            if stage == "both":
                for _ in extract.extract_all(d, lex, tasks=kinds == "all"):
                    pass
    return time.process_time() - t
for _ in range(2):
    one(trees[0]), one(trees[1])
for r in range(rounds):
    pair = (one(trees[0]), one(trees[1])) if r % 2 == 0 else tuple(reversed((one(trees[1]), one(trees[0]))))
    print(pair[0] * 1000 / len(raw), pair[1] * 1000 / len(raw))
"""

KINDS = {"facts": "actual,target,progress", "all": "actual,target,progress,task"}


def _renamed_copy(tree: str, into: Path) -> str:
    """TREE's package copied as govtargets_old under `into`, every `govtargets` in its code renamed, so that
    it imports beside the other tree's."""
    dest = into / "govtargets_old"
    shutil.copytree(Path(tree) / "govtargets", dest, ignore=shutil.ignore_patterns("__pycache__"))
    for f in dest.rglob("*.py"):
        f.write_text(re.sub(r"\bgovtargets\b", "govtargets_old", f.read_text("utf-8")), "utf-8")
    return str(into)


def _same_process(a: argparse.Namespace, files: list[str], tmp: str) -> None:
    old = _renamed_copy(str(Path(a.old).resolve()), Path(tmp) / "old")
    cmd = [sys.executable, "-c", _SAME, old, str(Path(a.new).resolve()), a.kinds, a.stage, str(a.rounds)]
    out = subprocess.run([*cmd, *files], capture_output=True, text=True, check=True, cwd=tmp).stdout
    pairs = [tuple(map(float, line.split())) for line in out.splitlines()]
    ratios = sorted(n / o for o, n in pairs)
    q1, q2, q3 = (ratios[len(ratios) * k // 4] for k in (1, 2, 3))
    olds, news = sorted(o for o, _ in pairs), sorted(n for _, n in pairs)
    print(
        f"{a.stage} {a.kinds}, ms of CPU per document over {len(pairs)} pairs of passes: "
        f"old best {olds[0]:.3f} median {olds[len(olds) // 2]:.3f}; new best {news[0]:.3f} median "
        f"{news[len(news) // 2]:.3f}; new/old: of the bests {news[0] / olds[0]:.3f}, median of the pairs "
        f"{q2:.3f} (quartiles {q1:.3f}-{q3:.3f})"
    )


def _pair(a: argparse.Namespace, files: list[str]) -> None:
    """Both trees' passes at once, one process per core, the cores swapped each round."""
    cores = sorted(os.sched_getaffinity(0))[:2]
    if len(cores) < 2:
        raise SystemExit("--mode pair needs two cores")
    trees = [str(Path(a.old).resolve()), str(Path(a.new).resolve())]
    bests: list[tuple[float, float]] = []
    for r in range(a.rounds):
        procs = []
        for i, tree in enumerate(trees):
            core = cores[(i + r) % 2]
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-c", _CHILD, a.kinds, str(a.passes), *files],
                    env={**os.environ, "PYTHONPATH": tree},
                    cwd=tree,  # `python -c` puts the working directory first on sys.path
                    stdout=subprocess.PIPE,
                    text=True,
                    preexec_fn=lambda core=core: os.sched_setaffinity(0, {core}),
                )
            )
        old, new = (float(p.communicate()[0]) for p in procs)
        bests.append((old, new))
        print(f"round {r + 1}: old {old:.3f} new {new:.3f} ms per document, new/old {new / old:.3f}")
    ratios = sorted(n / o for o, n in bests)
    print(
        f"pair {a.kinds}, best pass of {a.passes} per round, {a.rounds} rounds: old best "
        f"{min(o for o, _ in bests):.3f}, new best {min(n for _, n in bests):.3f} ms per document; "
        f"new/old median {ratios[len(ratios) // 2]:.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})"
    )


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
    ap.add_argument("--mode", choices=["inproc", "cli", "big", "same", "pair"], default="inproc")
    ap.add_argument(
        "--stage", choices=["read", "extract", "both"], default="both", help="same: what is timed"
    )
    ap.add_argument("--copies", type=int, default=7, help="big: how many times the reports are repeated")
    ap.add_argument("--passes", type=int, default=20, help="pair: passes per process (its best counts)")
    a = ap.parse_args()
    shared = Path(a.shared)
    files = [str(p) for p in sorted((shared / "corpus" / "dev").glob("*.txt"))]
    files += [str(p) for p in sorted((shared / "seeds").glob("*.txt"))]
    if a.mode == "pair":
        _pair(a, files)
        return
    with tempfile.TemporaryDirectory() as tmp:
        if a.mode == "same":
            _same_process(a, files, tmp)
            return
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
                    cmd = [sys.executable, "-c", _CHILD, a.kinds, "5", *files]
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
