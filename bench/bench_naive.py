"""A naive keyword + regex extractor, the yardstick issue 14 sets for extraction speed.

What a researcher writes in an afternoon: decode, split into sentences, and in every sentence naming an
indicator (the lexicon's names, longest first) take each number with its unit, 左右/以上/以内 and whether the
sentence looks like a plan (今年/预期/目标) or a review. No spans kept straight, no periods, no tables.

  python3 bench/bench_naive.py FILE...            one JSON line per figure, as `govtargets extract` does
  python3 bench/bench_naive.py --compare [--shared ../shared] [--repeat 3] [--times 1]
      MB/s, start-up included, of this script and of `govtargets extract` (facts only; all kinds);
      --times 10 gives each file ten times over, so start-up counts less
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_NUM = r"(\d+(?:\.\d+)?)\s*(%|％|亿元|万元|元|亿美元|万美元|万人|人|万吨|吨|个百分点)"
FIGURE_RE = re.compile(_NUM + r"\s*(左右|以上|以内|以下)?")
SENTENCE_RE = re.compile(r"[^。；;！!？?\n]+")
PLAN_RE = re.compile(r"今年|预期|目标|力争|确保|计划")
GROWTH_RE = re.compile(r"增长|下降|提高|上涨|涨幅")
QUAL = {"左右": "about", "以上": "at_least", "以内": "at_most", "以下": "at_most", None: "exact"}


def names() -> re.Pattern[str]:
    import yaml

    data = yaml.safe_load((ROOT / "govtargets" / "lexicon" / "data" / "indicators.yaml").read_text("utf-8"))
    entries = [e for e in data if isinstance(e, dict) and "id" in e]
    table = {
        n: e["id"] for e in entries for n in e.get("names", []) + e.get("growth_names", []) if "{" not in n
    }
    names.table = table  # type: ignore[attr-defined]
    return re.compile("|".join(sorted(map(re.escape, table), key=len, reverse=True)))


def decode(data: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def extract(path: str, name_re: re.Pattern[str]) -> list[dict[str, object]]:
    text = decode(Path(path).read_bytes())
    out: list[dict[str, object]] = []
    for s in SENTENCE_RE.finditer(text):
        sentence = s.group()
        m = name_re.search(sentence)
        if not m:
            continue
        kind = "target" if PLAN_RE.search(sentence) else "actual"
        for f in FIGURE_RE.finditer(sentence, m.end()):
            out.append(
                {
                    "doc": path,
                    "kind": kind,
                    "metric": names.table[m.group()],  # type: ignore[attr-defined]
                    "measure": "growth" if GROWTH_RE.search(sentence, m.end(), f.start()) else "level",
                    "value": float(f.group(1)),
                    "unit": f.group(2),
                    "qualifier": QUAL[f.group(3)],
                    "start": s.start() + m.start(),
                    "end": s.start() + f.end(),
                }
            )
    return out


def _timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - t


def compare(shared: Path, repeat: int, times: int = 1) -> None:
    """Each file given `times` times over (a larger input, so start-up counts less)."""
    files = sorted(str(p) for p in (shared / "corpus" / "dev").glob("*.txt")) + sorted(
        str(p) for p in (shared / "seeds").glob("*.txt")
    )
    files *= times
    mb = sum(Path(f).stat().st_size for f in files) / 1e6
    facts = ["extract", "--kinds", "actual,target,progress"]
    runs = {
        "naive keyword+regex": [sys.executable, __file__, *files],
        "govtargets extract, facts only": [sys.executable, "-m", "govtargets", *facts, *files],
        "govtargets extract, all kinds": [sys.executable, "-m", "govtargets", "extract", *files],
    }
    # byte-compiled first, as an installed package is (with PYTHONDONTWRITEBYTECODE every start compiles)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "govtargets")], check=True)
    print(f"input: {len(files)} plain-text documents, {mb:.2f} MB (start-up included, best of {repeat})")
    base = None
    for label, cmd in runs.items():
        t = min(_timed(cmd) for _ in range(repeat))
        base = base or t
        print(f"{label:32s} {mb / t:6.2f} MB/s  {t:6.2f} s  {t / base:4.2f}× the naive time")


if __name__ == "__main__":
    if "--compare" in sys.argv:
        shared = (
            sys.argv[sys.argv.index("--shared") + 1]
            if "--shared" in sys.argv
            else str(ROOT.parent / "shared")
        )
        repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
        times = int(sys.argv[sys.argv.index("--times") + 1]) if "--times" in sys.argv else 1
        compare(Path(shared), repeat, times)
    else:
        name_re = names()
        write = sys.stdout.write
        for p in sys.argv[1:]:
            for rec in extract(p, name_re):
                write(json.dumps(rec, ensure_ascii=False) + "\n")
