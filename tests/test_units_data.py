"""The units, multipliers and qualifier words of govtargets/lexicon/data/units.yaml: the file validates, a
bad entry is refused with its reason, and the quantity grammar reads every entry as the data says."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from govtargets.lexicon import KINDS, UnitsError, build_units, load_units
from govtargets.lexicon._units import _KEYS
from govtargets.numbers import BASE_UNITS, find_quantities

UNITS = load_units()


def _data() -> dict:
    """units.yaml as parsed, to break one entry at a time."""
    from importlib import resources

    import yaml

    path = resources.files("govtargets.lexicon") / "data" / "units.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_the_file_loads_and_the_grammar_uses_it():
    assert set(_data()) == _KEYS
    assert UNITS.units == BASE_UNITS
    assert all(base in UNITS.base_units for base, _ in UNITS.units.values())


def test_every_kind_of_indicator_carries_known_base_units():
    assert set().union(*KINDS.values()) <= set(UNITS.base_units)


def _broken(change) -> dict:
    data = copy.deepcopy(_data())
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["units"].append({"unit": "桶", "base": "桶"}), "unknown base unit '桶'"),
        (lambda d: d["units"].append({"unit": "公斤", "base": "吨"}), "公斤: listed twice"),
        (
            lambda d: d["units"].append({"unit": "担", "base": "吨", "factor": "-0.05"}),
            "not a positive number",
        ),
        (lambda d: d["units"].append({"unit": "担", "base": "吨", "factor": "半"}), "not a number"),
        (lambda d: d["units"].append({"unit": "担", "bse": "吨"}), "expected the fields"),
        (lambda d: d["base_units"].append("桶"), "桶 must be a unit of its own"),
        (lambda d: d["multipliers"].reverse(), "must come before"),
        (lambda d: d["multipliers"].append({"prefix": "元", "factor": "10"}), "or is a unit"),
        (lambda d: d["qualifiers_before"].append({"word": "大约", "qualifier": "roughly"}), "not one of"),
        (lambda d: d["qualifiers_after"].append({"word": "左右", "qualifier": "about"}), "listed twice"),
        (lambda d: d["qualifiers_after"].append({"word": "整", "qualifier": "exact"}), "not one of"),
        (lambda d: d.pop("approx_words"), "expected the sections"),
    ],
)
def test_a_bad_entry_is_refused_with_its_reason(change, reason):
    with pytest.raises(UnitsError, match=reason):
        build_units(_broken(change))


def test_a_bad_file_is_named(tmp_path):
    path = tmp_path / "units.yaml"
    path.write_text("base_units: [元]\n", encoding="utf-8")
    with pytest.raises(UnitsError, match=str(path)):
        load_units(str(path))


# every unit, also one that starts with a multiplier's character (12千瓦 is 12 of 千瓦, not 12千 of 瓦)
@pytest.mark.parametrize(("unit", "base", "factor"), [(u, b, f) for u, (b, f) in UNITS.units.items()])
def test_every_unit_is_read_and_converted(unit, base, factor):
    text = f"全年达到12{unit}。"
    qs = list(find_quantities(text))
    assert len(qs) == 1
    q = qs[0]
    assert (q.unit, q.base_unit, q.base_value) == (unit, base, Decimal(12) * factor)
    assert text[q.span[0] : q.span[1]] == f"12{unit}"


@pytest.mark.parametrize(("prefix", "factor"), UNITS.multipliers)
def test_every_multiplier_is_read(prefix, factor):
    text = f"投资12{prefix}元。"
    (q,) = find_quantities(text)
    assert (q.unit, q.base_value) == (prefix + "元", Decimal(12) * factor)
    assert text[q.span[0] : q.span[1]] == f"12{prefix}元"


@pytest.mark.parametrize(("word", "qualifier"), UNITS.before.items())
def test_every_qualifier_word_before_a_number(word, qualifier):
    text = f"增长{word}6.5%"
    (q,) = find_quantities(text)
    assert (q.pre, q.qualifier) == (word, qualifier)
    assert text[q.full_span[0] : q.full_span[1]] == f"{word}6.5%"


@pytest.mark.parametrize(("word", "qualifier"), UNITS.after.items())
def test_every_qualifier_word_after_a_number(word, qualifier):
    (q,) = find_quantities(f"增长6.5%{word}")
    assert (q.post, q.qualifier) == (word, qualifier)


@pytest.mark.parametrize("word", UNITS.approx)
def test_every_approximate_word(word):
    (q,) = find_quantities(f"发放资金6840{word}万元")
    assert q.approx and q.qualifier == "at_least" and q.base_value == Decimal(68_400_000)


@pytest.mark.parametrize(("prefix", "factor"), UNITS.multipliers)
@pytest.mark.parametrize("unit", [u for u in UNITS.units if u.startswith(tuple(dict(UNITS.multipliers)))])
def test_a_multiplier_before_a_unit_that_starts_like_one(prefix, factor, unit):
    """12万千瓦, 3.5亿千瓦时: the multiplier, then the unit that begins with a multiplier's character."""
    text = f"新增装机12{prefix}{unit}以上。"
    (q,) = find_quantities(text)
    base, unit_factor = UNITS.units[unit]
    assert (q.unit, q.base_unit, q.base_value, q.qualifier) == (
        prefix + unit,
        base,
        Decimal(12) * factor * unit_factor,
        "at_least",
    )
