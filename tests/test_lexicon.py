"""The lexicon data: every file loads and validates; every core id of the spec is known under every name."""

from __future__ import annotations

import re

import pytest
import yaml

from govtargets import extract_facts, read_bytes
from govtargets.lexicon import LexiconError, build_lexicon, load_lexicon
from govtargets.text import normalize

from .conftest import SHARED, needs_shared


def spec_names() -> list[tuple[str, str]]:
    """(id, name) pairs of the core indicator table in ../shared/spec/facts.md."""
    text = (SHARED / "spec" / "facts.md").read_text(encoding="utf-8")
    table = text.split("## Core indicator ids", 1)[1].split("\n## ", 1)[0]
    out = []
    for line in table.splitlines():
        m = re.match(r"\|\s*([a-z_]+)\s*\|(.+)\|\s*$", line)
        if not m or m.group(1) == "id":
            continue
        names = re.sub(r"\([^)]*\)", "", m.group(2))  # drop remarks: (not 销售产值)
        names = re.sub(r";.*$", "", names)  # drop "also 经济增长 where …"
        for name in names.split(","):
            if name.strip():
                out.append((m.group(1), name.strip()))
    return out


def test_every_data_file_loads() -> None:
    lex = load_lexicon()
    assert len(lex.indicators) >= 32
    assert all(lex.indicators[i].names for i in lex.indicators)


@needs_shared
def test_spec_table_parsed() -> None:
    ids = {i for i, _ in spec_names()}
    assert len(ids) == 32 and "population_growth_rate" in ids


@needs_shared
@pytest.mark.parametrize("metric,name", spec_names() if SHARED.is_dir() else [])
def test_spec_names_known(metric: str, name: str) -> None:
    lex = load_lexicon()
    found = lex.lookup(name)
    assert found is not None and found.ids == (metric,), name


@needs_shared
@pytest.mark.parametrize("metric,name", spec_names() if SHARED.is_dir() else [])
def test_spec_names_in_traditional_script_with_prefix(metric: str, name: str) -> None:
    """Written in traditional script with 全市 in front, the name still gives its indicator."""
    import opencc

    unit = {"rate": "4.5%", "grain": "560万吨"}.get(load_lexicon().kind_of(metric), "增長4.5%")
    if load_lexicon().kind_of(metric) == "index":
        unit = "增長4.5%"
    trad = opencc.OpenCC("s2t").convert(f"全市{name}{unit}")
    body = "政府工作報告\n2014年1月20日在青溪市第一屆人民代表大會第一次會議上\n一、2013年工作回顧\n"
    doc = read_bytes((body + trad + "。\n").encode("utf-8"), "t.txt")
    metrics = {f.metric for f in extract_facts(doc)}
    assert metric in metrics, trad


def test_mirror_site_pinyin_is_ignored() -> None:
    assert normalize("地區(qū)生產(chǎn)總值", traditional=True).text == "地区生产总值"


def _data() -> tuple[list, list, dict]:  # type: ignore[type-arg]
    from importlib import resources

    base = resources.files("govtargets.lexicon") / "data"
    load = lambda n: yaml.safe_load((base / n).read_text(encoding="utf-8"))  # noqa: E731
    return load("indicators.yaml"), load("pairs.yaml"), load("words.yaml")


def test_duplicate_id_is_refused() -> None:
    inds, pairs, words = _data()
    with pytest.raises(LexiconError, match="duplicate id"):
        build_lexicon([*inds, {"id": "gdp", "kind": "money", "names": ["新名字"]}], pairs, words)


def test_duplicate_name_is_refused() -> None:
    inds, pairs, words = _data()
    with pytest.raises(LexiconError, match="duplicate name"):
        build_lexicon([*inds, {"id": "x", "kind": "money", "names": ["生产总值"]}], pairs, words)


def test_unknown_kind_and_key_are_refused() -> None:
    inds, pairs, words = _data()
    with pytest.raises(LexiconError, match="unknown kind"):
        build_lexicon([*inds, {"id": "x", "kind": "weight", "names": ["某某"]}], pairs, words)
    with pytest.raises(LexiconError, match="unknown key"):
        build_lexicon([*inds, {"id": "x", "kind": "money", "names": ["某某"], "unit": "元"}], pairs, words)
    with pytest.raises(LexiconError, match="unknown id"):
        build_lexicon(inds, [*pairs, {"names": ["某某"], "ids": ["nope", "gdp"]}], words)
