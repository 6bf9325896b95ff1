"""The compiled-pattern cache (govtargets.text.regex): the same patterns as re.compile, whatever it holds.

A pattern built from a cached program must be the pattern re.compile builds: `re.Pattern` equality compares
the flags, the pattern and the compiled program itself, so `==` here checks the program byte for byte.
"""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govtargets.text import _regex, regex

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str, cache: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GOVTARGETS_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT)


# imports every reading module, reads the built-in sample (tasks included), prints what it compiled afresh
_READ_SAMPLE = """
import sys
import govtargets.text._regex as r
import govtargets.extract._notice, govtargets.extract._notice_table  # the notice reader, loaded lazily
from govtargets import read_document
from govtargets.extract import extract_all
from govtargets.samples import sample_path
n = sum(1 for _ in extract_all(read_document(sample_path()), tasks=True))
print(len(r._NEW), n)
"""


def test_every_package_pattern_built_from_its_program_equals_re_compile(tmp_path: Path) -> None:
    first = _run(_READ_SAMPLE, tmp_path)
    assert first.returncode == 0, first.stderr
    fresh, facts = map(int, first.stdout.split())
    assert fresh > 150 and facts > 0
    (cache_file,) = tmp_path.glob("regex-*.marshal")
    programs = marshal.loads(cache_file.read_bytes())
    assert len(programs) == fresh
    for (pattern, flags), program in programs.items():
        built = _regex._sre.compile(pattern, *program)
        assert built == re.compile(pattern, flags), pattern[:80]
        assert built.groupindex == re.compile(pattern, flags).groupindex


def test_a_second_process_compiles_nothing_and_reads_the_same(tmp_path: Path) -> None:
    """Patterns are the same text in every process (no set order in them), so the cache serves them all."""
    first = _run(_READ_SAMPLE, tmp_path)
    second = _run(_READ_SAMPLE, tmp_path)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert second.stdout.split()[0] == "0"
    assert first.stdout.split()[1] == second.stdout.split()[1]


def test_a_corrupt_cache_file_is_ignored_and_rewritten(tmp_path: Path) -> None:
    _run(_READ_SAMPLE, tmp_path)
    (cache_file,) = tmp_path.glob("regex-*.marshal")
    reference = _run(_READ_SAMPLE, tmp_path).stdout.split()[1]
    cache_file.write_bytes(b"\x00not marshal at all")
    again = _run(_READ_SAMPLE, tmp_path)
    assert again.returncode == 0 and again.stderr == ""
    assert again.stdout.split()[1] == reference
    assert len(marshal.loads(cache_file.read_bytes())) > 150


def test_a_program_the_interpreter_refuses_falls_back_to_re_compile(tmp_path: Path) -> None:
    code = (
        "import marshal, os, re, sys\n"
        "from pathlib import Path\n"
        "d = Path(os.environ['GOVTARGETS_CACHE_DIR'])\n"
        "from govtargets.text import _regex\n"
        "d.mkdir(parents=True, exist_ok=True)\n"
        # a wrong program for a pattern: _sre refuses it, or it is simply not used
        "(d / _regex._FILE.name).write_bytes(marshal.dumps({('a+b', 0): (0, [999, 1, 2], 0, {}, (None,))}))\n"
        "import importlib; _regex = importlib.reload(_regex)\n"
        "p = _regex.regex('a+b')\n"
        "print(p == re.compile('a+b'), bool(p.search('xaab')))\n"
    )
    out = _run(code, tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True"]


def test_an_unwritable_cache_directory_costs_nothing_but_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("a file where the directory should be")
    out = _run(_READ_SAMPLE, blocked / "cache")
    assert out.returncode == 0 and out.stderr == ""
    assert int(out.stdout.split()[0]) > 150


def test_an_empty_cache_dir_setting_turns_the_cache_off(tmp_path: Path) -> None:
    out = _run(_READ_SAMPLE + "print(r._FILE)\n", "")
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-1] == "None"


def test_errors_and_flags_are_re_compiles() -> None:
    with pytest.raises(re.error):
        regex(r"增长(\d+")
    p = regex(
        r"""(?P<v>\d+)  # a number
                  %""",
        re.VERBOSE,
    )
    assert p.flags & re.VERBOSE and p.groupindex == {"v": 1}
    assert p == re.compile(p.pattern, re.VERBOSE)
    assert regex(r"(?i)gdp").search("GDP增长5%")
    assert regex(r"(?i)gdp").flags == re.compile(r"(?i)gdp").flags  # inline flags kept with the program


# --- YAML data files read through the cache (govtargets.text.load_yaml) ---------------------------------

DATA = ROOT / "govtargets" / "lexicon" / "data"


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.yaml")))
def test_every_data_file_reads_the_same_through_the_cache(name: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import yaml

    from govtargets.text import load_yaml

    monkeypatch.setenv("GOVTARGETS_CACHE_DIR", str(tmp_path))
    want = yaml.load((DATA / name).read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    first = load_yaml(DATA / name)  # parsed, and kept
    assert len(list(tmp_path.glob("yaml-*.marshal"))) == 1
    second = load_yaml(DATA / name)  # from the cache
    assert first == want and second == want
    assert repr(second) == repr(want)  # the same types and the same order of keys


def test_a_process_with_the_cache_does_not_import_pyyaml(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from govtargets.lexicon import load_lexicon\n"
        "from govtargets.extract import extract_all\n"
        "from govtargets import read_document\n"
        "from govtargets.samples import sample_path\n"
        "n = sum(1 for _ in extract_all(read_document(sample_path()), load_lexicon()))\n"
        "print('yaml' in sys.modules, n)\n"
    )
    first, second = _run(code, tmp_path), _run(code, tmp_path)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert first.stdout.split() == ["True", second.stdout.split()[1]]
    assert second.stdout.split()[0] == "False"


def test_an_edited_file_is_read_anew_and_its_old_entry_dropped(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from govtargets.text import load_yaml

    monkeypatch.setenv("GOVTARGETS_CACHE_DIR", str(tmp_path / "cache"))
    f = tmp_path / "words.yaml"
    f.write_text("a: [增长, 下降]\n", "utf-8")
    assert load_yaml(f) == {"a": ["增长", "下降"]}
    f.write_text("a: [增长]\n", "utf-8")
    assert load_yaml(f) == {"a": ["增长"]}
    assert len(list((tmp_path / "cache").glob("yaml-words-*.marshal"))) == 1


def test_unkept_data_and_a_corrupt_entry_are_read_from_the_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datetime

    from govtargets.text import load_yaml

    cache = tmp_path / "cache"
    monkeypatch.setenv("GOVTARGETS_CACHE_DIR", str(cache))
    f = tmp_path / "dated.yaml"
    f.write_text("since: 2021-03-01\n", "utf-8")
    assert load_yaml(f) == {"since": datetime.date(2021, 3, 1)}
    assert not list(cache.glob("yaml-*")) if cache.exists() else True  # a date: not kept
    g = tmp_path / "plain.yaml"
    g.write_text("k: 1\n", "utf-8")
    load_yaml(g)
    (entry,) = cache.glob("yaml-plain-*.marshal")
    entry.write_bytes(b"\xffnot marshal")
    assert load_yaml(g) == {"k": 1}
    monkeypatch.setenv("GOVTARGETS_CACHE_DIR", "")
    assert load_yaml(g) == {"k": 1}
