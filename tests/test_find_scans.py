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


def test_normalise_screens_only_what_drops_nothing() -> None:
    """normalize skips drop_matches where its screen finds nothing: there _DROP_RE drops nothing either
    (a bracket drops only before a pinyin gloss, 生產(chǎn)), so the map is the same as the full drop's."""
    from govtargets.text import to_halfwidth
    from govtargets.text._normalize import _DROP_RE, drop_matches

    for s in _random_strings("生(（)）chǎnü1 \n\t\xa0甲,", 30000, 12, seed=10):
        assert normalize(s, base=3) == drop_matches(to_halfwidth(s), _DROP_RE, 3), s


def _quantity_by_named_groups(m: re.Match[str]) -> tuple[object, ...] | None:
    """What find_quantities gave for a match before its groups were read once and kept (the code then)."""
    from govtargets.numbers import _unit_info, parse_number, qualifier_of

    unit = m["unit"] or m["u1"] or ("%" if m["pct_cn"] else None)
    if unit is None or (m["u1"] and m["unit"] and m["u1"] != m["unit"]):
        return None
    if m["pct_cn"]:
        if unit not in (None, "%"):
            return None
        unit = "%"
    n1, n2 = m["n1"], m["n2"]
    numeral = not n1[0].isdigit() and n1[0] != "." and m.start("n1") > 0 and not m["pct_cn"]
    if numeral and m.string[m.start("n1") - 1] in "第统唯进之单同专万逐初星":
        return None
    mult = m["mult"] or ""
    if mult == "万" and "亿" in n1 and not n1[0].isdigit():
        n1, mult = n1 + "万", ""
    v1 = parse_number(n1 + (m["frac"] or ""))
    if v1 is None:
        return None
    v2 = parse_number(n2) if n2 else None
    lo, hi = v1, (v2 if v2 is not None else v1)
    if v2 is not None and hi < lo:
        return None
    qualifier = qualifier_of(m["pre"], m["post"], v2 is not None)
    approx = bool(m["approx1"] or m["approx2"] or m["approx3"])
    if approx and qualifier == "exact":
        qualifier = "at_least"
    span = (m.start("n1") - (3 if m["pct_cn"] else 0), m.end())
    return (
        lo,
        hi,
        mult + unit,
        _unit_info(mult + unit)[1],
        qualifier,
        approx,
        span,
        m.span(),
        m["pre"],
        m["post"],
    )


def test_quantities_read_from_kept_groups_as_from_the_match() -> None:
    """find_quantities keeps what a match's groups give, by the groups: the same words read again, in
    another context (统一, 第一 before a numeral), give what the named groups gave."""
    from govtargets import numbers

    words = [
        "增长",
        "5",
        ".",
        "%",
        "左右",
        "以上",
        "一",
        "二",
        "十",
        "万",
        "亿元",
        "统",
        "第",
        "百分之",
        "至",
        "-",
        "余",
        "约",
        "个百分点",
        "人",
        "吨",
        "1/3",
        "两",
    ]
    rng = random.Random(11)
    strings = ["".join(rng.choice(words) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for s in strings + strings[::-1]:  # the second time round, every key is kept
        got = [
            (q.low, q.high, q.unit, q.base_unit, q.qualifier, q.approx, q.span, q.full_span, q.pre, q.post)
            for q in numbers.find_quantities(s)
        ]
        want, pos = [], 0
        while (a := numbers._START_RE.search(s, pos)) is not None:
            m = numbers.QUANTITY_RE.match(s, a.start())
            if m is None:
                pos = a.start() + 1
                continue
            pos = m.end()
            if (q := _quantity_by_named_groups(m)) is not None:
                want.append(q)
        assert got == want, s


# the progress screen as it was written before (a class first, the words checked behind it)
_PROGRESS_SCREEN_CLASS_FIRST_RE = re.compile(
    r"""[任计目预度项个为半完正启序已利点]
    (?: (?<=任)务的\d | (?<=计)划的\d | (?<=目)标(?:的?\d|[%(（]) | (?<=预)算(?:调整)?的\d
      | (?<=进度)(?:(?<=[时成序间]进度)|的?\d|滞后|[%(（])
      | (?<=[\d一二三四五六七八九十两]项) | (?<=[\d一二三四五六七八九十两]个)指标
      | (?<=为)民办实事 | (?<=过半)
      | (?<=[额前已]完)成 | (?<=正)在推进 | (?<=未启)动 | (?<=序)时推进 | (?<=[利点序])推进
      | (?<=已)(?:竣工|建成|开工|投)
      | (?<=完)成(?:情况|率) )""",
    re.VERBOSE,
)


def test_progress_screen_matches_where_the_class_first_form_did() -> None:
    """The progress screen, rewritten with a literal first in every alternative, gives the same matches
    (spans, so the same later matches too) as the class-first form, from any start."""
    from govtargets.extract import _PROGRESS_SCREEN_RE

    words = "任务的计划目标预算调整度进时成序间滞后%（(项一二十两个指为民办实事"
    words += "过半额前已完正在推启动未利点竣工建投情况率3甲"
    for s in _random_strings(words, 60000, 10, seed=12):
        for start in (0, len(s) // 2):
            got = [m.span() for m in _PROGRESS_SCREEN_RE.finditer(s, start)]
            assert got == [m.span() for m in _PROGRESS_SCREEN_CLASS_FIRST_RE.finditer(s, start)], s


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_progress_screen_of_real_paragraphs_as_the_class_first_form() -> None:
    from govtargets.extract import _PROGRESS_SCREEN_RE

    for p in _shared_paragraphs():
        assert [m.span() for m in _PROGRESS_SCREEN_RE.finditer(p)] == [
            m.span() for m in _PROGRESS_SCREEN_CLASS_FIRST_RE.finditer(p)
        ]


def test_task_context_pattern_finds_what_the_class_first_form_found() -> None:
    from govtargets.extract._tasks import _CONTEXT_RE

    class_first = re.compile(
        r"""[之必正机形总指新有面处关取]
        (?: (?<=之)年 | (?<=必)将 | (?<=正)在不断 | (?<=机)遇 | (?<=形)势 | (?<=总)体(?:思路|要求)
          | (?<=指)导思想 | (?<=新)常态 | (?<=有)望 | (?<=面)临 | (?<=处)于 | (?<=关)键时期
          | (?<=取)得了 )""",
        re.VERBOSE,
    )
    for s in _random_strings(
        "之年必将正在不断机遇形势总体思路要求指导想新常态有望面临处于关键时期取得了甲", 40000, 8, seed=13
    ):
        assert [m.span() for m in _CONTEXT_RE.finditer(s)] == [m.span() for m in class_first.finditer(s)], s


def test_holds_is_in() -> None:
    from govtargets.text import holds

    rng = random.Random(14)
    for s in _random_strings("督查牵头责任单位甲", 20000, 12, seed=15):
        w = "".join(rng.choice("督查牵头责任单位") for _ in range(rng.randint(1, 3)))
        assert holds(s, w) == (w in s), (s, w)


def test_a_slice_of_the_halfwidth_document_is_the_slice_made_halfwidth() -> None:
    """_facts makes the document half-width once and normalises slices of it: each full-width form is
    one character, so every slice must equal to_halfwidth of the same slice, and normalize_halfwidth of
    it must equal normalize of the slice."""
    from govtargets.text import normalize_halfwidth, to_halfwidth

    rng = random.Random(16)
    full = "".join(chr(c) for c in range(0xFF01, 0xFF5F)) + "\u3000\ufe6a\u2236\ufe30"
    for s in _random_strings(full + "增长5%,(一)生 \n产ǎ(chǎn)總值", 3000, 60, seed=17):
        half = to_halfwidth(s)
        assert len(half) == len(s)
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        assert half[a:b] == to_halfwidth(s[a:b]), s
        for traditional in (False, True):
            got, want = (
                normalize_halfwidth(half[a:b], traditional=traditional, base=a),
                normalize(s[a:b], traditional=traditional, base=a),
            )
            assert got == want, s


def _lead_note_by_word_find(t: str) -> bool:
    """has_notice_evidence's note scan as it was: each place of the whole word."""
    for w in _notice_entry._LEAD_WORDS:
        i = t.find(w)
        while i >= 0:
            if _notice_entry._CLOSES_RE.match(t, i + 2) and _notice_entry._in_bracket(t, i + 1):
                return True
            i = t.find(w, i + 1)
    return False


def test_the_lead_note_scan_finds_what_the_word_scan_found() -> None:
    """The note scan looks for the word's first character, then its second (no label word in the
    alphabet, no line beginning a number: only the note scan can answer)."""
    for s in _random_strings("牵头牽頭（）()局委同志，、甲乙\n", 30000, 30, seed=18):
        doc = type("Doc", (), {"text": s})()
        assert _notice_entry.has_notice_evidence(doc) == _lead_note_by_word_find(s), s
