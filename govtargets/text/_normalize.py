"""Normalise report text for matching, keeping a map back to the text as read.

Full-width digits, letters and punctuation become half-width; traditional script becomes simplified (OpenCC
``t2s``); whitespace (line breaks too: a paragraph joined from wrapped lines) and mirror-site pinyin
glosses (地區(qū)) are dropped. Every character of the normalised text maps back to a character of the
original, so spans found in the normalised text point into the text as decoded.

>>> n = normalize("區內生產總值 264億元，增長7.5 %", traditional=True)
>>> n.text
'区内生产总值264亿元,增长7.5%'
>>> a, b = n.span_to_orig(n.text.index("7.5%"), n.text.index("7.5%") + 4)
>>> "區內生產總值 264億元，增長7.5 %"[a:b]
'7.5 %'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import ne
from pathlib import Path

from govtargets._model import slots_twin
from govtargets.text._regex import regex

__all__ = ["NormText", "normalize", "normalize_halfwidth", "detect_script", "to_halfwidth"]

_HALFWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_HALFWIDTH.update({0x3000: 0x20, 0xFE6A: ord("%"), 0x2236: ord(":"), 0xFE30: ord(":")})
_FULLWIDTH_RE = regex(
    "["
    + "".join(map(chr, sorted(_HALFWIDTH)))
    .replace("\\", "\\\\")
    .replace("]", "\\]")
    .replace("^", "\\^")
    .replace("-", "\\-")
    + "]"
)


_COMMON_FULLWIDTH = [(c, chr(_HALFWIDTH[ord(c)])) for c in "，（）；：！％"]


def to_halfwidth(s: str) -> str:
    """Full-width ASCII forms to half-width, same length.

    >>> to_halfwidth("２０１４年ＧＤＰ增长７．５％，")
    '2014年GDP增长7.5%,'
    """
    # a few str.replace scans beat one translate() with a dict; the usual punctuation first, then the rest
    for c, h in _COMMON_FULLWIDTH:
        if c in s:
            s = s.replace(c, h)
    if _FULLWIDTH_RE.search(s):
        for c in set(_FULLWIDTH_RE.findall(s)):
            s = s.replace(c, chr(_HALFWIDTH[ord(c)]))
    return s


# runs of characters that the normalised text drops
_DROP_RE = regex(
    r"""[ \t\xa0\u2002\u2003\u2009\u200b\u200c\u200d\ufeff\r\n(]  # one class first: scanned for fast
      (?: (?<=[\u4e00-\u9fff]\()[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\u0300-\u036f]{1,10}[1-5]?\)  # a pinyin
                                  # gloss after a character: 生產(chǎn), tone marks composed or not, 產(chan3)
        | (?<!\()[ \t\xa0\u2002\u2003\u2009\u200b\u200c\u200d\ufeff\r\n]*  # spaces, line breaks, BOM
      )
    """,
    re.VERBOSE,
)
_CJK_RUN_RE = regex(r"[\u4e00-\u9fff]+")  # runs: the engine counts a run of one class fast
# where _DROP_RE can match: a space or line break, or a bracket before a pinyin letter (a bracket
# alone, as in every （一）, drops nothing: most paragraphs hold one and need no map)
_NEEDS_DROP_RE = regex(  # one class first: scanned for fast
    r"""[ \t\xa0\u2002\u2003\u2009\u200b\u200c\u200d\ufeff\r\n(]
        (?: (?<!\() | (?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\u0300-\u036f]) )""",
    re.VERBOSE,
)


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def _convert_t2s(s: str) -> str:
    conv = _t2s()
    out = conv.convert(s)
    if len(out) == len(s):
        return out
    # a phrase rule changed the length: fall back to character by character, which keeps offsets
    return "".join(c2 if len(c2 := conv.convert(c)) == 1 else c for c in s)


@lru_cache(maxsize=1)
def _t2s_char_re() -> re.Pattern[str]:
    """Any character of the Basic Multilingual Plane that OpenCC t2s changes on its own, as one class: the
    file's first line (scripts/build_t2s_chars.py writes it from OpenCC; the compiled class is cached like
    every pattern). `detect_script` samples U+4E00-U+9FFF only."""
    with open(Path(__file__).parent / "data" / "t2s_chars.txt", encoding="utf-8") as fh:
        return regex(f"[{fh.readline().strip()}]")


def detect_script(sample: str) -> str:
    """'traditional' if converting to simplified changes enough of the Chinese characters.

    A sample with no character t2s changes is simplified without asking OpenCC, which then never loads (its
    phrase rules alone could not change 2% of a text with no traditional character).

    >>> detect_script("鶴城區政府工作報告")
    'traditional'
    >>> detect_script("江干区政府工作报告")
    'simplified'
    """
    sample = sample[:2500]  # a few hundred Chinese characters decide it
    if not _t2s_char_re().search(sample):
        return "simplified"
    sample = "".join(_CJK_RUN_RE.findall(sample))
    simplified = _convert_t2s(sample)
    changed = 0 if simplified == sample else sum(map(ne, sample, simplified))
    return "traditional" if changed / len(sample) > 0.02 else "simplified"


@dataclass(frozen=True, slots=True)
class NormText:
    """Normalised text with its map back to the original.

    `norm_starts[k]` in the normalised text corresponds to `orig_starts[k]` in the original; between
    breakpoints characters correspond one to one. `base` is added to every original offset (the position
    of this chunk in the whole document).
    """

    text: str
    norm_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    base: int = 0

    def to_orig(self, i: int) -> int:
        """Original offset of normalised position `i` (a character position)."""
        ns = self.norm_starts
        k = 0 if len(ns) == 1 else bisect_right(ns, i) - 1  # one run (nothing dropped): no search
        return self.base + self.orig_starts[k] + (i - ns[k])

    def span_to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalised span [start, end) (to_orig of its ends, written out: it is called
        for every fact and task)."""
        ns, os_ = self.norm_starts, self.orig_starts
        if len(ns) == 1:  # nothing was dropped: one shift
            shift = self.base + os_[0] - ns[0]
            return (start + shift, start + shift) if end <= start else (start + shift, end + shift)
        k = bisect_right(ns, start) - 1
        a = self.base + os_[k] + (start - ns[k])
        if end <= start:
            return a, a
        k = bisect_right(ns, end - 1) - 1
        return a, self.base + os_[k] + (end - 1 - ns[k]) + 1


_ONE_RUN = (0,)
# NormText(*fields) without the frozen dataclass's __init__, which costs more than normalising most
# paragraphs (_model.slots_twin)
_new_normtext = slots_twin(NormText)


def _one_run(s: str, base: int) -> NormText:
    """NormText(s, (0,), (0,), base): nothing dropped."""
    return _new_normtext(s, _ONE_RUN, _ONE_RUN, base)


def normalize(raw: str, *, traditional: bool = False, base: int = 0) -> NormText:
    """Normalise one chunk of text (a paragraph); `base` is its offset in the document."""
    return normalize_halfwidth(to_halfwidth(raw), traditional=traditional, base=base)


def normalize_halfwidth(s: str, *, traditional: bool = False, base: int = 0) -> NormText:
    """normalize() of a chunk already made half-width: to_halfwidth keeps every character in place, so a
    paragraph's slice of to_halfwidth(document) is its own to_halfwidth, and a reader of many paragraphs
    converts the document once (one scan of its 40,000 characters costs less than 2,000 of a paragraph)."""
    if traditional:
        s = _convert_t2s(s)
    if not _NEEDS_DROP_RE.search(s):
        return _one_run(s, base)
    return drop_matches(s, _DROP_RE, base)


def drop_matches(s: str, pattern: re.Pattern[str], base: int = 0) -> NormText:
    """s without what `pattern` matches, with the offset map back into s (whose offset in the document is
    `base`).

    >>> nt = drop_matches("生产(sheng)总值", re.compile(r"\\([a-z]+\\)"))
    >>> nt.text, nt.to_orig(2)
    ('生产总值', 9)
    """
    parts: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    pos = npos = 0
    for m in pattern.finditer(s):
        if m.start() > pos:
            norm_starts.append(npos)
            orig_starts.append(pos)
            parts.append(s[pos : m.start()])
            npos += m.start() - pos
        pos = m.end()
    if pos < len(s) or not norm_starts:
        norm_starts.append(npos)
        orig_starts.append(pos)
        parts.append(s[pos:])
    return _new_normtext("".join(parts), tuple(norm_starts), tuple(orig_starts), base)


def to_simplified(s: str) -> str:
    """Traditional script converted to simplified (OpenCC t2s)."""
    return _convert_t2s(s)
