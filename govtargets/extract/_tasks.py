"""Tasks: the concrete commitments of a work report, and the items of a task-assignment notice.

A notice's items, with their units, leaders and deadlines, are read by their structures in every document
(govtargets/extract/_notice.py); the document's kind is a prior: a document classified as a notice gives all
the items read, another only items with units, leaders or columns, and only if it has several. A work report
commits to tasks in its plan sections; its numbered lists (一是…二是…) and its 为民办实事 list give one task
per item. The review of last year gives none: achievements are not commitments.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from govtargets._model import number_out, slots_twin
from govtargets.extract._sections import PLAN, SectionTracker
from govtargets.extract._units import DEADLINE_RE as _DEADLINE_RE
from govtargets.extract._units import split_units
from govtargets.ingest import Document
from govtargets.lexicon import trie_pattern
from govtargets.numbers import find_quantities
from govtargets.text import NormText, char_positions, heading_level, normalize, paragraphs, regex

__all__ = ["Task", "ReportTasks", "make_task", "reads_as_report", "report_tasks", "split_units"]


@dataclass(frozen=True, slots=True)
class Task:
    """One commitment, with its place in the document (text[start:end] is the task's own text)."""

    doc: str
    text: str
    number: str | None
    category: str | None
    quantities: tuple[dict[str, Any], ...]
    deadline: str | None
    minsheng: bool
    lead_units: tuple[str, ...]
    co_units: tuple[str, ...]
    leader: str | None
    start: int
    end: int
    quote: str
    units_as_written: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()  # people answering for the task (王某某, 某某同志, 副市长): never units
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "kind": "task",
            "text": self.text,
            "number": self.number,
            "category": self.category,
            "quantities": list(self.quantities),
            "deadline": self.deadline,
            "minsheng": self.minsheng,
            "lead_units": list(self.lead_units),
            "co_units": list(self.co_units),
            "leader": self.leader,
            "leaders": list(self.leaders),
            "units_as_written": list(self.units_as_written),
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            **self.extra,
        }


_TaskTwin = slots_twin(Task)  # builds a Task three times faster than its frozen __init__ (_model.slots_twin)


def _new_task(
    doc: str,
    text: str,
    number: str | None,
    category: str | None,
    quantities: tuple[dict[str, Any], ...],
    deadline: str | None,
    minsheng: bool,
    lead_units: tuple[str, ...],
    co_units: tuple[str, ...],
    leader: str | None,
    start: int,
    end: int,
    quote: str,
    units_as_written: tuple[str, ...],
    leaders: tuple[str, ...] = (),
) -> Task:
    """Task(...) with these fields and an empty `extra`."""
    return _TaskTwin(
        doc,
        text,
        number,
        category,
        quantities,
        deadline,
        minsheng,
        lead_units,
        co_units,
        leader,
        start,
        end,
        quote,
        units_as_written,
        leaders,
        {},
    )


_NUMERALS = frozenset("一二三四五六七八九十")


def _ordinals(text: str) -> list[tuple[int, int]]:
    """Spans of the item numbers 一是, 十二是 in text: each 是 (found by str.find, cheaper than a regex class
    scanned over the paragraph) with the numerals before it.

    >>> t = "一是扩大内需;二是稳定就业;总是"
    >>> [t[a:b] for a, b in _ordinals(t)]
    ['一是', '二是']
    """
    out = []
    for p in char_positions(text, "是"):
        a = p
        while a > 0 and text[a - 1] in _NUMERALS:
            a -= 1
        if a < p:
            out.append((a, p + 1))
    return out


_MINSHENG_RE = regex(r"为民办实事|民生实事|惠民实事|民生工程")
# the year's situation, not a commitment: 2014年是…开局之年, 改革必将释放…, 面临新的机遇
# (every alternative begins with a literal: the regex engine scans for their first characters and glances at
# each alternative's, where a lookbehind would be tried)
_CONTEXT_RE = regex(
    r"之年|必将|正在不断|机遇|形势|总体(?:思路|要求)|指导思想|新常态|有望|面临|处于|关键时期|取得了"
)
# a digit, or a Chinese numeral before a unit; begins with a character class, which is scanned for quickly
_NUMBERISH_RE = regex(
    r"[\d一二两三四五六七八九十](?:(?<=\d)|[^一二两三四五六七八九十]?[万亿千百十个件项所家条座套户人元])"
)
_ITEM_END_RE = regex(r"[；;。]")
_TASK_HEADING_RE = regex(r"安排|重点工作|主要任务|重点任务|工作部署|抓好|自身建设|政府建设")
_LEAD_PHRASE_RE = regex(r"([^。,，;；:：]{3,14})。")  # 推进发展领域改革。 at a paragraph's start
_NOT_TASK_RE = regex(
    r"各位代表|让我们|为实现上述|实现上述目标|做好今年|围绕上述|综合考虑|提出这些|上述预期目标"
)


# a quantity as a task gives it, by its numbers, unit and qualifier (value-based: equal Decimals give the same
# JSON numbers); each task gets its own copy
_QUANTITY_OUT: dict[tuple[Any, ...], dict[str, Any]] = {}


def _quantities(text: str) -> tuple[dict[str, Any], ...]:
    if not _NUMBERISH_RE.search(text):
        return ()
    out = []
    for q in find_quantities(text):
        if q.base_unit in ("年", "天"):
            continue
        if q.unit == "个" and not text[q.span[0]].isdigit():
            continue  # 四个意识, 两个维护: slogans, not quantities
        key = (q.value, q.low, q.high, q.unit, q.qualifier)
        d = _QUANTITY_OUT.get(key)
        if d is None:
            low = number_out(q.low)
            d = {
                "value": number_out(q.value),
                "low": low,
                "high": number_out(q.high),
                "unit": q.unit,
                "base_value": number_out(q.base_value),
                "base_unit": q.base_unit,
                "qualifier": q.qualifier,
            }
            if len(_QUANTITY_OUT) < 20_000:
                _QUANTITY_OUT[key] = d
        out.append(d.copy())
    return tuple(out)


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\u3000　":
        a += 1
    while b > a and text[b - 1] in " \t\u3000　。；;，,":
        b -= 1
    return a, b


def reads_as_report(doc: Document, notice: Sequence[Task]) -> bool:
    """Whether the document's plan sections give tasks: a work report's do (a review, a supervision report
    or a news page commits to nothing), unless notice items fill most of it (a notice taken for a report)."""
    if doc.doc_kind != "work_report":
        return False
    if len(notice) < 3:
        return True
    covered = sum(len(q) for q in {t.quote for t in notice})
    return covered < 0.3 * len(doc.text)


def make_task(
    doc: Document,
    a: int,
    b: int,
    number: str | None,
    category: str | None,
    leader: str | None,
    leads: list[str],
    co: list[str],
    deadline: str | None,
    minsheng: bool,
    quote: tuple[int, int],
    norm: str | None = None,
    *,
    leaders: tuple[str, ...] = (),
    extra_text: str = "",
) -> Task:
    """A task of doc.text[a:b]; `norm` is that text normalised, if the caller has it; `extra_text` is more of
    the task (a table cell continued on the next line), read for quantities and a deadline."""
    text = doc.text[a:b]
    if norm is None:
        norm = normalize(text + extra_text, traditional=doc.traditional).text
    # every deadline holds 前, 年内, 季度, 半年 or 到 (年底前, 三季度, 上半年, 到2025年): `in` tests spare
    # most tasks the deadline pattern, which has no fixed first character
    if (
        deadline is None
        and ("前" in norm or "年内" in norm or "季度" in norm or "半年" in norm or "到" in norm)
        and (d := _DEADLINE_RE.search(norm))
    ):
        deadline = d.group()
    if not leads and not co:  # a report's task: no units, and its quote is often its own text
        return _new_task(
            doc.path,
            text,
            number,
            category,
            _quantities(norm),
            deadline,
            minsheng,
            (),
            (),
            leader,
            a,
            b,
            text.strip() if quote == (a, b) else doc.text[quote[0] : quote[1]].strip(),
            (),
            leaders,
        )
    return _new_task(
        doc.path,
        text,
        number,
        category,
        _quantities(norm),
        deadline,
        minsheng,
        tuple(leads),
        tuple(co),
        leader,
        a,
        b,
        doc.text[quote[0] : quote[1]].strip(),
        tuple(leads + co),
        leaders,
    )


_ACTION_RE = regex(
    trie_pattern(
        [
            "推进",
            "实施",
            "建设",
            "建成",
            "完成",
            "开工",
            "新增",
            "新建",
            "改造",
            "提升",
            "加快",
            "加强",
            "深化",
            "推动",
            "开展",
            "落实",
            "完善",
            "健全",
            "实现",
            "打造",
            "培育",
            "启动",
            "组织",
            "确保",
            "力争",
            "促进",
            "支持",
            "引导",
            "创建",
            "举办",
            "扩大",
            "提高",
            "优化",
            "强化",
            "发展",
            "保障",
            "探索",
            "出台",
            "制定",
            "编制",
            "整治",
            "治理",
        ]
    )
)


def report_tasks(doc: Document, notice: Sequence[Task] = ()) -> Iterator[Task]:
    """Commitments of a work report: sentences of its plan sections, one task per 一是/二是 item."""
    t = doc.text
    tracker = SectionTracker(doc.doc_kind, doc.report_year)
    tasks = ReportTasks(doc, notice)
    for p0, p1 in paragraphs(t):
        head = t[p0 : min(p1, p0 + 200)]
        if doc.traditional:
            head = normalize(head, traditional=True).text
        section = tracker.feed(head)  # its patterns take full-width forms
        if tasks.wants(section, head, p1 - p0):
            yield from tasks.paragraph(normalize(t[p0:p1], traditional=doc.traditional, base=p0), section)


class ReportTasks:
    """The tasks of a work report, paragraph by paragraph; the caller tracks the sections, so that one pass
    over the document can give facts and tasks."""

    def __init__(self, doc: Document, notice: Sequence[Task] = ()) -> None:
        self.doc = doc
        self.category: str | None = None
        self.zone = False  # past a heading of tasks (工作安排, 重点工作…) or the targets paragraph
        # the notice items read in the report (a 民生实事 list with notes): a task there is theirs
        self._taken = sorted((t.start, t.end) for t in notice)
        self._taken_starts = [a for a, _ in self._taken]

    def _is_taken(self, a: int, b: int) -> bool:
        k = bisect_right(self._taken_starts, b) - 1
        return k >= 0 and self._taken[k][1] > a

    def paragraph(self, nt: NormText, section: str) -> list[Task]:
        """The tasks of a paragraph (normalised, its section known), save where a notice item was read.

        A list, not a generator: a task passes up through the callers' generators, and each level a
        generator adds costs about as much as building the list."""
        tasks = self._paragraph(nt, section)
        if not self._taken or not tasks:
            return tasks
        return [t for t in tasks if not self._is_taken(t.start, t.end)]

    @staticmethod
    def wants(section: str, head: str, length: int) -> bool:
        """Whether a paragraph (its section, its first characters, its length) may matter."""
        return section in PLAN or (length <= 60 and heading_level(head) == 1)

    def _paragraph(self, nt: NormText, section: str) -> list[Task]:
        doc = self.doc
        norm = nt.text
        p0 = nt.base
        p1 = nt.to_orig(len(norm) - 1) + 1 if norm else p0
        level = heading_level(norm)
        if len(norm) <= 40 and level == 1:
            self.category = None
            self.zone = section in PLAN and bool(_TASK_HEADING_RE.search(norm))
            return []
        if section == "targets":
            self.zone = True
        if section not in PLAN or section in ("targets", "plan_multi"):
            return []
        if level == 2:
            self.zone = True
        if not self.zone and not _MINSHENG_RE.search(norm):
            return []  # the plan's preamble: the year's situation and requirements, not commitments
        body = 0  # where the tasks of the paragraph begin (after a heading run into it)
        if level == 2:
            head_end = norm.find("。")
            if head_end < 0 or len(norm) <= 40:
                self.category = doc.text[p0:p1].strip()
                return []
            self.category = doc.text[slice(*nt.span_to_orig(0, head_end))]
            body = head_end + 1
        category = self.category
        sub_category = None
        if (lead := _LEAD_PHRASE_RE.match(norm, body)) is not None:
            sub_category = doc.text[slice(*nt.span_to_orig(*lead.span(1)))]  # 推进发展领域改革。…
            body = lead.end()
        cat = f"{category} → {sub_category}" if category and sub_category else (category or sub_category)
        items = _ordinals(norm)
        minsheng_par = bool(items) and bool(_MINSHENG_RE.search(norm))
        lead_deadline = None
        if minsheng_par and (d := _DEADLINE_RE.search(norm, 0, items[0][0])):
            lead_deadline = d.group()
        out: list[Task] = []
        if items:
            # 一是…；二是…: one task per item, up to the next item or the end of the sentence
            for k, (num_start, a) in enumerate(items):
                stop = items[k + 1][0] if k + 1 < len(items) else len(norm)
                end_m = _ITEM_END_RE.search(norm, a, stop)
                na, nb = _strip_norm(norm, a, end_m.start() if end_m else stop)
                oa, ob = nt.span_to_orig(na, nb)
                if ob > oa:
                    out.append(
                        make_task(
                            doc,
                            oa,
                            ob,
                            norm[num_start:a],
                            cat,
                            None,
                            [],
                            [],
                            lead_deadline,
                            minsheng_par,
                            (p0, p1),
                            norm[na:nb],
                        )
                    )
            return out
        for s0, s1 in _sentences(norm, body):
            a, b = _strip_norm(norm, s0, s1)
            if (
                b - a < 8
                or not _ACTION_RE.search(norm, a, min(b, a + 14))
                or _NOT_TASK_RE.match(norm, a)
                or _CONTEXT_RE.search(norm, a, b)
                or norm[s1 - 1] in ":："
            ):
                continue
            oa, ob = nt.span_to_orig(a, b)
            out.append(make_task(doc, oa, ob, None, cat, None, [], [], None, False, (oa, ob), norm[a:b]))
        return out


def _strip_norm(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " :：,，":
        a += 1
    while b > a and text[b - 1] in "。；;，, ":
        b -= 1
    return a, b


def _sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of normalised text (where ；！ are already ;!), each with its closing mark."""
    out, pos = [], start
    for p in char_positions(text, "。;!", start):
        out.append((pos, p + 1))
        pos = p + 1
    if pos < len(text):
        out.append((pos, len(text)))
    return out
