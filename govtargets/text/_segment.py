"""Paragraphs, sentences and clauses; the sections of a work report.

All functions work on positions so that callers keep their offset maps.

>>> text = "一、2013年工作回顾\\n预计全年实现地区生产总值420亿元。增长7.5%;\\n二、2014年工作安排\\n"
>>> [text[a:b] for a, b in paragraphs(text)]
['一、2013年工作回顾', '预计全年实现地区生产总值420亿元。增长7.5%;', '二、2014年工作安排']
>>> s = "预计全年实现地区生产总值420亿元。增长7.5%;服务业增加值292亿元"
>>> [s[a:b] for a, b in sentences(s)]
['预计全年实现地区生产总值420亿元。', '增长7.5%;', '服务业增加值292亿元']
"""

from __future__ import annotations

from collections.abc import Iterator

from govtargets.text._regex import regex

__all__ = ["paragraphs", "sentences", "clauses", "char_positions", "heading_level", "MAX_PARAGRAPH"]

MAX_PARAGRAPH = 20_000  # longer lines are cut at a sentence end so that memory stays flat

_CLAUSE_END_RE = regex(r"[,，:：]")


def paragraphs(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Non-blank lines of `text[start:end]`, stripped; very long lines cut at sentence ends."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        a, b = pos, stop
        while a < b and text[a] in " \t\r\u3000\xa0\ufeff":
            a += 1
        while b > a and text[b - 1] in " \t\r\u3000\xa0":
            b -= 1
        while b - a > MAX_PARAGRAPH:
            cut = max(text.rfind("。", a, a + MAX_PARAGRAPH), text.rfind(";", a, a + MAX_PARAGRAPH))
            cut = a + MAX_PARAGRAPH if cut <= a else cut + 1
            yield a, cut
            a = cut
        if b > a:
            yield a, b
        pos = stop + 1


def char_positions(text: str, chars: str, start: int = 0, end: int | None = None) -> list[int]:
    """Sorted positions in text[start:end] of any of `chars`: one str.find scan per character, which costs
    a tenth of a regex class scanning the text (on CJK text each character tried costs the class a call).

    >>> char_positions("增长5%;达到6%。", "。;")
    [4, 9]
    """
    end = len(text) if end is None else end
    out: list[int] = []
    for ch in chars:
        if ch not in text:  # `in` costs less than a find, whose arguments are parsed at every call
            continue
        i = text.find(ch, start, end)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1, end)
    if len(chars) > 1:
        out.sort()
    return out


def holds(text: str, word: str) -> bool:
    """`word in text`, faster where the word is absent: each of its characters is looked for first.

    CPython finds one character with memchr, but a word of two or more CJK characters by a loop over the
    text (its skip table, keyed by the low bits of a character, rarely skips on CJK text): on a report's
    first 3,000 characters an absent two-character word costs 3 µs, an absent character 0.3 µs. A present
    character is found where it first stands, mostly early.

    >>> holds("全县生产总值增长8%", "总值"), holds("全县生产总值增长8%", "督查")
    (True, False)
    """
    for c in word:
        if c not in text:
            return False
    return word in text


_SENT_ENDS = "。!;！；"  # not ?: mirror sites put ? for lost characters
_SENT_CLOSERS = frozenset("”’」』)")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of normalised text, each including its closing punctuation.

    A sentence ends at a run of 。!;！； with the closing quote or bracket after it, or at a line break.
    """
    end = len(text) if end is None else end
    out = []
    pos = start
    for p in char_positions(text, _SENT_ENDS + "\n", start, end):
        if p < pos:
            continue  # inside the run of marks that ended the sentence before
        if text[p] == "\n":
            q = p + 1
            # not blank: it holds more than the line break and white space before it
            if text[pos:p].strip():
                out.append((pos, q))
        else:
            q = p + 1
            while q < end and text[q] in _SENT_ENDS:
                q += 1
            if q < end and text[q] in _SENT_CLOSERS:
                q += 1
            out.append((pos, q))
        pos = q
    if pos < end and text[pos:end].strip():
        out.append((pos, end))
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans (split at commas and colons) of one sentence."""
    out = []
    pos = start
    for m in _CLAUSE_END_RE.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


_H1_RE = regex(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}部分)")
_H2_RE = regex(r"^[(（][一二三四五六七八九十]{1,3}[)）]")


_H1_FIRST = frozenset("一二三四五六七八九十第")  # the characters a heading of each level begins with:
_H2_FIRST = frozenset("(（")  # most paragraphs begin with none, and a set test costs less than a match


def heading_level(par: str) -> int:
    """1 for 一、…, 2 for (一)…, 0 otherwise.

    >>> heading_level("三、2026年工作安排"), heading_level("(三)突出城乡统筹"), heading_level("一是加快")
    (1, 2, 0)
    """
    first = par[:1]
    if first in _H1_FIRST:
        return 1 if _H1_RE.match(par) else 0
    if first in _H2_FIRST and _H2_RE.match(par):
        return 2
    return 0
