"""The entry to the notice reader: whether a document shows any notice structure, and its notice tasks.

The reader (govtargets.extract._notice, its tables, lines and label vocabulary) compiles some fifty patterns;
most documents (a work report, a review) show no notice structure at all, so it is imported only for one that
does: a cheap scan here decides.
"""

from __future__ import annotations

from govtargets.extract._tasks import Task
from govtargets.ingest import Document
from govtargets.text import regex

__all__ = ["has_notice_evidence", "notice_tasks"]

# strong evidence of a notice, cheap to find in either script: a label and its colon (or the tab or space
# of a table header, or 【】); a bracket around 牵头 (a note naming no lead, （A、B具体实施）, comes with
# others that do). Found with str.find: seven finds cost less than one regex class scanned over a report
_LABEL_WORDS = ("单位", "單位", "部门", "部門", "领导", "領導", "时限", "時限")


def _label_scans(words: tuple[str, ...]) -> tuple[tuple[str, int, str], ...]:
    """The two-character label words as scans, (character, its place in the word, the characters at the
    other place): words sharing a character (单位/單位 share 位) are found by one scan of it.

    >>> _label_scans(("单位", "單位", "部门", "部門", "领导"))
    (('位', 1, '单單'), ('部', 0, '门門'), ('领', 0, '导'))
    """
    scans: dict[tuple[str, int], str] = {}
    for place in (1, 0):  # by the second character, then the first, of the words left
        groups: dict[str, str] = {}
        for w in words:
            groups[w[place]] = groups.get(w[place], "") + w[1 - place]
        for ch, others in groups.items():
            if len(others) > 1 or place == 0:
                scans[(ch, place)] = others
        words = tuple(w for w in words if len(groups[w[place]]) == 1) if place == 1 else ()
    return tuple((ch, place, others) for (ch, place), others in scans.items())


_LABEL_SCANS = _label_scans(_LABEL_WORDS)  # five scans for the eight words
_LABEL_AFTER = frozenset(":：\t 】")
_LEAD_WORDS = ("牵头", "牽頭")
_CLOSES_RE = regex(r"[^（()）\n]{0,80}[)）]")  # …牵头） (its opening bracket: _in_bracket)
# a table row flattened to text: 3 一般公共预算收入增长5%以上。 县财政局 一季度增长6.1%
_LOOSE_ROW_EVIDENCE_RE = regex(
    r"\n\d{1,3}[.．、]?[ \t\u3000]+\S{4,}[ \t\u3000]+"
    r"\S*(?:局|委|办|辦|厅|廳|中心|政府)(?=[ \t\u3000、，,\n]|$)"
)  # begins with a line break, which the regex engine scans for quickly


def _in_bracket(t: str, i: int) -> bool:
    lo = max(0, i - 200)
    a = max(t.rfind("（", lo, i), t.rfind("(", lo, i))
    return a >= 0 and max(t.rfind("）", a, i), t.rfind(")", a, i)) < 0 and t.find("\n", a, i) < 0


def has_notice_evidence(doc: Document) -> bool:
    """Whether the document shows any notice structure: a label, a note, a flattened table row."""
    t = doc.text
    if _LOOSE_ROW_EVIDENCE_RE.search(t):
        return True
    n = len(t)
    for ch, place, others in _LABEL_SCANS:  # a word of _LABEL_WORDS, then a colon, tab, space or 】
        i = t.find(ch)
        while i >= 0:
            at = i - place  # where the word would begin
            if at >= 0 and at + 2 < n and t[at + 1 - place] in others and t[at + 2] in _LABEL_AFTER:
                return True
            i = t.find(ch, i + 1)
    for word in _LEAD_WORDS:
        first, second = word[0], word[1]
        # each place of the word's first character, then its second: str.find finds a character by memchr,
        # a word of two CJK characters by a loop that rarely skips (text.holds)
        i = t.find(first)
        while i >= 0:
            if t.startswith(second, i + 1) and _CLOSES_RE.match(t, i + 2) and _in_bracket(t, i + 1):
                return True
            i = t.find(first, i + 1)
    return False


def notice_tasks(doc: Document) -> list[Task]:
    """The notice tasks of a document, the document's kind a prior: a document classified as a notice gives
    every task read; another gives the tasks with units, leaders or columns, if there are at least two."""
    notice = doc.doc_kind == "task_assignment"
    if not notice and not has_notice_evidence(doc):
        return []
    # imported here: the reader's patterns are compiled only for a document that shows a notice's structure
    from govtargets.extract._notice import NoticeReader

    read = NoticeReader(doc, keep_plain=notice).read()
    if notice:
        return [t for t, _ in read]
    structured = [t for t, ok in read if ok]
    return structured if len(structured) >= 2 else []
