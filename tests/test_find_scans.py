"""Scans written with str.find instead of a regex class (for speed) find exactly what the regex found.

Each reference below is the pattern the code used before; the strings are random over an alphabet of the
characters that matter (and some that do not), and the real paragraphs of ../shared where there are any.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from govtargets.extract import _notice_entry
from govtargets.extract._tasks import _ordinals, _sentences
from govtargets.text import char_positions, normalize, paragraphs, sentences

SHARED = Path(__file__).resolve().parents[2] / "shared"

_SENT_END_RE = re.compile(r"[。!;！；]+[”’」』)]?|\n")
_TASK_SENT_END_RE = re.compile(r"[。；;!！]")
_ORDINAL_RE = re.compile(r"(?P<num>[一二三四五六七八九十][一二三四五六七八九十]*是)")


def _sentences_by_regex(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if end is None else end
    out, pos = [], start
    for m in _SENT_END_RE.finditer(text, start, end):
        if text[m.start()] != "\n" or text[pos : m.start()].strip():
            out.append((pos, m.end()))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        out.append((pos, end))
    return out


def _task_sentences_by_regex(text: str, start: int = 0) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _TASK_SENT_END_RE.finditer(text, start):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _label_evidence_by_words(t: str) -> bool:
    n = len(t)
    for w in _notice_entry._LABEL_WORDS:
        i = t.find(w)
        while i >= 0:
            if i + 2 < n and t[i + 2] in _notice_entry._LABEL_AFTER:
                return True
            i = t.find(w, i + 1)
    return False


def _label_evidence(t: str) -> bool:
    """has_notice_evidence's label scan alone (the text holds no lead word and no table row)."""

    class _Doc:
        text = t

    return _notice_entry.has_notice_evidence(_Doc())  # type: ignore[arg-type]


def _random_strings(alphabet: str, n: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def _shared_paragraphs() -> list[str]:
    files = sorted((SHARED / "corpus" / "dev").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    out = []
    for f in files[:12]:
        text = f.read_text("utf-8", errors="replace")
        out += [normalize(text[a:b]).text for a, b in paragraphs(text)]
    return out


def test_char_positions_are_every_position_in_order() -> None:
    for s in _random_strings("。;；a\n是", 3000, 12, seed=1):
        assert char_positions(s, "。;\n") == [i for i, c in enumerate(s) if c in "。;\n"]
        assert char_positions(s, "是", 1, max(1, len(s) - 1)) == [
            i for i, c in enumerate(s) if c == "是" and 1 <= i < max(1, len(s) - 1)
        ]


def test_sentences_split_as_the_regex_did() -> None:
    strings = _random_strings("。!;！；”’」』)\n 增长5%", 20000, 14, seed=2)
    for s in strings:
        assert sentences(s) == _sentences_by_regex(s), s
        if len(s) > 4:
            assert sentences(s, 1, len(s) - 2) == _sentences_by_regex(s, 1, len(s) - 2), s


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_sentences_of_real_paragraphs_split_as_the_regex_did() -> None:
    pars = _shared_paragraphs()
    assert len(pars) > 500
    for p in pars:
        assert sentences(p) == _sentences_by_regex(p)
        assert _sentences(p) == _task_sentences_by_regex(p)


def test_task_sentences_and_item_numbers_as_the_regex_found() -> None:
    for s in _random_strings("。；;!！一二十是总甲", 20000, 12, seed=3):
        n = normalize(s).text  # a report's task sentences are read in normalised text: ；！ are ;!
        assert _sentences(n) == _task_sentences_by_regex(n), s
        assert _sentences(n, 2) == _task_sentences_by_regex(n, 2), s
        assert _ordinals(s) == [m.span() for m in _ORDINAL_RE.finditer(s)], s


def test_notice_label_scan_as_the_word_scan_found() -> None:
    for s in _random_strings("单單位部门門领領导導时時限：: 】\t甲", 30000, 8, seed=4):
        assert _label_evidence(s) == _label_evidence_by_words(s), s
    assert _label_evidence("一、扩大有效投资\n责任单位：市发改委")
    assert _label_evidence("牽頭部門:市商務局")
    assert not _label_evidence("各部门要加强领导，明确时限")


def test_the_note_pattern_finds_what_labels_then_verbs_found() -> None:
    """note_re is one trie when no label begins a longer verb; else labels, then verbs, as before."""
    from govtargets.extract._units import _alternation, _note_pattern, vocabulary

    v = vocabulary()
    verbs = v.lead_verbs + v.co_verbs + v.implement_verbs
    flat = re.compile(f"{_alternation(v.label_kind)}|{_alternation(verbs)}")
    words = "".join(sorted(set("".join([*v.label_kind, *verbs]))))
    for s in _random_strings(words + "，（）甲", 30000, 10, seed=6):
        assert [m.span() for m in v.note_re.finditer(s)] == [m.span() for m in flat.finditer(s)], s
    # a label that begins a longer verb: the flat form, which takes the label
    pattern = _note_pattern(("牵头",), ("牵头负责", "配合"))
    assert re.search(pattern, "由市发改委牵头负责").group() == "牵头"


def test_a_paragraph_holds_a_note_word_as_the_search_says() -> None:
    """The notice reader's screen reads the note words found once over the text (_holds), not a search per
    paragraph; bounds anywhere, a word cut by one included."""
    from govtargets.extract._notice import _holds
    from govtargets.extract._units import vocabulary

    v = vocabulary()
    words = [*v.label_kind, *v.lead_verbs, *v.co_verbs, *v.implement_verbs, "甲", "，", "\n", "乙丙"]
    rng = random.Random(9)
    for _ in range(2000):
        t = "".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        notes = [m.span() for m in v.note_re.finditer(t)]
        starts = [a for a, _ in notes]
        for _ in range(20):
            a = rng.randint(0, len(t))
            b = rng.randint(a, len(t))
            assert _holds(notes, starts, a, b, v.note_re, t) == (v.note_re.search(t, a, b) is not None)
