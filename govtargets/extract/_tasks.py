"""Tasks: the concrete commitments of a work report, and the items of a task-assignment notice.

A notice lists numbered tasks under leader headings (二、常务副省长牵头重点工作), each followed by its
responsible units: on a line of their own (责任单位：省发展改革委、省经信厅…, the first listed leads) or in a
note closing each part of the item (（市财政局牵头，市人社局等按职责分工负责，12月底前完成）). A work report
commits to tasks in its plan sections; its numbered lists (一是…二是…) and its 为民办实事 list give one task
per item. The review of last year gives none: achievements are not commitments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from govtargets._model import number_out
from govtargets.extract._sections import PLAN, SectionTracker
from govtargets.ingest import Document
from govtargets.lexicon import trie_pattern
from govtargets.numbers import find_quantities
from govtargets.text import NormText, heading_level, normalize, paragraphs

__all__ = ["Task", "ReportTasks", "extract_tasks", "split_units", "parse_note"]


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
            "units_as_written": list(self.units_as_written),
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            **self.extra,
        }


# the slots' setters, in field order: a frozen dataclass's own __init__ calls object.__setattr__ for each
# field, which costs more than finding the task; _new_task sets the slots directly, about twice as fast (like
# that __init__, it checks nothing)
_TASK_SETTERS = tuple(Task.__dict__[f.name].__set__ for f in fields(Task))


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
) -> Task:
    """Task(...) with these fields and an empty `extra`."""
    t = object.__new__(Task)
    (
        s_doc,
        s_text,
        s_num,
        s_cat,
        s_q,
        s_dl,
        s_ms,
        s_lead,
        s_co,
        s_leader,
        s_a,
        s_b,
        s_quote,
        s_units,
        s_extra,
    ) = _TASK_SETTERS
    s_doc(t, doc)
    s_text(t, text)
    s_num(t, number)
    s_cat(t, category)
    s_q(t, quantities)
    s_dl(t, deadline)
    s_ms(t, minsheng)
    s_lead(t, lead_units)
    s_co(t, co_units)
    s_leader(t, leader)
    s_a(t, start)
    s_b(t, end)
    s_quote(t, quote)
    s_units(t, units_as_written)
    s_extra(t, {})
    return t


_DEADLINE_HINT_RE = re.compile(r"前|年内|季度|半年|到\d{4}年")
_DEADLINE_RE = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|年)(?:底|末)?(?:前|以前)|年内|今年内|年底前|到\d{4}年(?:底)?|"
    r"上半年|下半年|(?:一|二|三|四)季度(?:末)?前?"
)
_LEADER_RE = re.compile(
    r"^[一二三四五六七八九十]+、(?P<leader>.{2,14}?)(?:牵头|负责|分管)(?:的)?(?:重点)?工作"
)
_ITEM_RE = re.compile(r"^(?P<num>\d{1,3})\s*[.．、]\s*")
_UNITS_LINE_RE = re.compile(r"^(?:责任单位|牵头单位|责任部门)[:：]\s*(?P<units>.+)$")
# a responsibility note closing part of an item: （市财政局牵头，…，12月底前完成） or （责任单位：…）
# a note may hold a short bracket: 省委组织部（省委人才办）
_INNER = r"[^（()）]*(?:[（(][^（()）]{1,20}[)）][^（()）]*)*"
_NOTE_RE = re.compile(
    rf"[（(](?P<note>(?:责任单位|牵头单位)[:：]{_INNER}|[^（()）]{{2,200}}?(?:牵头|负责){_INNER})[)）]"
)
# 一是, 十二是; [X]+ written [X][X]*, which the regex engine scans for quickly
_ORDINAL_RE = re.compile(r"(?P<num>[一二三四五六七八九十][一二三四五六七八九十]*是)")
_MINSHENG_RE = re.compile(r"为民办实事|民生实事|惠民实事|民生工程")
_FIRST_LEADS = re.compile(r"[（(]?列第一位者为牵头(?:或汇总)?单位[，,]?(?:下同)?[)）]?")
# the year's situation, not a commitment: 2014年是…开局之年, 改革必将释放…, 面临新的机遇
_CONTEXT_RE = re.compile(
    r"之年|必将|正在不断|机遇|形势|总体思路|总体要求|指导思想|新常态|有望|面临|处于|关键时期|取得了"
)
# a digit, or a Chinese numeral before a unit; begins with a character class, which is scanned for quickly
_NUMBERISH_RE = re.compile(
    r"[\d一二两三四五六七八九十](?:(?<=\d)|[^一二两三四五六七八九十]?[万亿千百十个件项所家条座套户人元])"
)
_ITEM_END_RE = re.compile(r"[；;。]")
_SENT_END_RE = re.compile(r"[。；;!！]")
_TASK_HEADING_RE = re.compile(r"安排|重点工作|主要任务|重点任务|工作部署|抓好|自身建设|政府建设")
_LEAD_PHRASE_RE = re.compile(r"([^。,，;；:：]{3,14})。")  # 推进发展领域改革。 at a paragraph's start
_NOT_TASK_RE = re.compile(
    r"各位代表|让我们|为实现上述|实现上述目标|做好今年|围绕上述|综合考虑|提出这些|上述预期目标"
)


def split_units(s: str) -> list[str]:
    """Unit names of a list, split at 、 and ， outside brackets.

    >>> split_units("省委组织部（省委人才办）、省人力社保厅，省科技领导小组其他成员单位")
    ['省委组织部（省委人才办）', '省人力社保厅', '省科技领导小组其他成员单位']
    """
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for c in s:
        if c in "（(":
            depth += 1
        elif c in ")）":
            depth -= 1
        if depth == 0 and c in "、，,；;":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return [u.strip().removesuffix("等") for u in out if u.strip()]


def parse_note(note: str) -> tuple[list[str], list[str], str | None]:
    """(lead units, co-responsible units, deadline) of a responsibility note.

    >>> parse_note("市财政局牵头，市发展改革委、市人社局等按职责分工负责，12月底前完成")
    (['市财政局'], ['市发展改革委', '市人社局'], '12月底前')
    >>> parse_note("责任单位：省交通运输厅、省公安厅")
    (['省交通运输厅'], ['省公安厅'], None)
    >>> parse_note("人民银行天津分行、市金融局牵头，年内持续推进")
    (['人民银行天津分行', '市金融局'], [], '年内')
    """
    note = _FIRST_LEADS.sub("", note).strip()
    note = re.sub(r"^(?:责任单位|牵头单位)[:：]", "", note)
    leads: list[str] = []
    others: list[str] = []
    deadline = None
    for part in re.split(r"[，,；;]", note):
        part = part.strip()
        if not part:
            continue
        if m := re.fullmatch(r"(.+?)(?:共同)?牵头(?:负责)?", part):
            leads += split_units(m.group(1))
        elif m := re.fullmatch(r"(.+?)(?:等)?(?:按职责分工|分别|配合|参与)?负责", part):
            others += split_units(m.group(1))
        elif (d := _DEADLINE_RE.search(part)) and len(part) <= 16:
            deadline = d.group()
        else:
            others += split_units(part)
    if not leads and others:
        leads, others = others[:1], others[1:]
    return leads, others, deadline


def _quantities(text: str) -> tuple[dict[str, Any], ...]:
    if not _NUMBERISH_RE.search(text):
        return ()
    out = []
    for q in find_quantities(text):
        if q.base_unit in ("年", "天"):
            continue
        if q.unit == "个" and not text[q.span[0]].isdigit():
            continue  # 四个意识, 两个维护: slogans, not quantities
        low = number_out(q.low)
        out.append(
            {
                "value": low if q.value is q.low else number_out(q.value),
                "low": low,
                "high": low if q.high is q.low else number_out(q.high),
                "unit": q.unit,
                "base_value": number_out(q.base_value),
                "base_unit": q.base_unit,
                "qualifier": q.qualifier,
            }
        )
    return tuple(out)


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\u3000　":
        a += 1
    while b > a and text[b - 1] in " \t\u3000　。；;，,":
        b -= 1
    return a, b


def extract_tasks(doc: Document) -> Iterator[Task]:
    """The tasks of a work report (its plan sections) or of a task-assignment notice."""
    if doc.doc_kind == "task_assignment":
        yield from _notice_tasks(doc)
    elif doc.doc_kind == "work_report":  # a review, a supervision report or a news page commits to nothing
        yield from _report_tasks(doc)


def _task(
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
) -> Task:
    """A task of doc.text[a:b]; `norm` is that text normalised, if the caller has it."""
    text = doc.text[a:b]
    if norm is None:
        norm = normalize(text, traditional=doc.traditional).text
    if deadline is None and _DEADLINE_HINT_RE.search(norm) and (d := _DEADLINE_RE.search(norm)):
        deadline = d.group()
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
    )


def _notice_tasks(doc: Document) -> Iterator[Task]:
    t = doc.text
    leader: str | None = None
    category: str | None = None
    minsheng = False
    pending: list[tuple[int, int, str | None, int, int]] = []  # waiting for a 责任单位 line
    for p0, p1 in paragraphs(t):
        line = t[p0:p1]
        norm = line.strip()
        if m := _UNITS_LINE_RE.match(norm):
            leads, co, deadline = parse_note(m.group("units"))
            for a, b, num, q0, q1 in pending:
                yield _task(doc, a, b, num, category, leader, leads, co, deadline, minsheng, (q0, q1))
            pending = []
            continue
        is_part = "责任分解" in norm or "任务分工" in norm or ("民生实事" in norm and len(norm) <= 30)
        if is_part and len(norm) <= 40 and not _ITEM_RE.match(norm):
            minsheng = bool(_MINSHENG_RE.search(norm))
            leader = None
            category = norm if minsheng else None
            continue
        if m := _LEADER_RE.match(norm):
            leader = m.group("leader")
            continue
        if heading_level(norm) == 1 and len(norm) <= 40:
            leader = None  # 十一、各设区市人民政府…共同落实工作: no leader
            category = None
            continue
        if heading_level(norm) == 2 and len(norm) <= 40:
            category = re.split(r"[)）]", norm, maxsplit=1)[-1]  # （一）总体要求… -> 总体要求…
            continue
        item = _ITEM_RE.match(line)
        body0 = p0 + (item.end() if item else 0)
        num = item.group("num") if item else None
        if not item and (leader is None and category is None and not minsheng):
            continue  # the notice's own preamble
        if len(norm) <= 4:
            continue
        notes = list(_NOTE_RE.finditer(t, body0, p1))
        if not notes:
            a, b = _strip_span(t, body0, p1)
            if b > a:
                pending.append((a, b, num, p0, p1))
            continue
        seg0 = body0
        for n in notes:
            leads, co, deadline = parse_note(n.group("note"))
            a, b = _strip_span(t, seg0, n.start())
            if b > a:
                yield _task(doc, a, b, num, category, leader, leads, co, deadline, minsheng, (p0, p1))
            seg0 = n.end()
            while seg0 < p1 and t[seg0] in "。；;，, ":
                seg0 += 1
    for a, b, num, q0, q1 in pending:
        yield _task(doc, a, b, num, category, leader, [], [], None, minsheng, (q0, q1))


_ACTION_RE = re.compile(
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


def _report_tasks(doc: Document) -> Iterator[Task]:
    """Commitments of a work report: sentences of its plan sections, one task per 一是/二是 item."""
    t = doc.text
    tracker = SectionTracker(doc.doc_kind, doc.report_year)
    tasks = ReportTasks(doc)
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

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.category: str | None = None
        self.zone = False  # past a heading of tasks (工作安排, 重点工作…) or the targets paragraph

    @staticmethod
    def wants(section: str, head: str, length: int) -> bool:
        """Whether a paragraph (its section, its first characters, its length) may matter."""
        return section in PLAN or (length <= 60 and heading_level(head) == 1)

    def paragraph(self, nt: NormText, section: str) -> Iterator[Task]:
        doc = self.doc
        norm = nt.text
        p0 = nt.base
        p1 = nt.to_orig(len(norm) - 1) + 1 if norm else p0
        level = heading_level(norm)
        if len(norm) <= 40 and level == 1:
            self.category = None
            self.zone = section in PLAN and bool(_TASK_HEADING_RE.search(norm))
            return
        if section == "targets":
            self.zone = True
        if section not in PLAN or section in ("targets", "plan_multi"):
            return
        if level == 2:
            self.zone = True
        if not self.zone and not _MINSHENG_RE.search(norm):
            return  # the plan's preamble: the year's situation and requirements, not commitments
        body = 0  # where the tasks of the paragraph begin (after a heading run into it)
        if level == 2:
            head_end = norm.find("。")
            if head_end < 0 or len(norm) <= 40:
                self.category = doc.text[p0:p1].strip()
                return
            self.category = doc.text[slice(*nt.span_to_orig(0, head_end))]
            body = head_end + 1
        category = self.category
        sub_category = None
        if (lead := _LEAD_PHRASE_RE.match(norm, body)) is not None:
            sub_category = doc.text[slice(*nt.span_to_orig(*lead.span(1)))]  # 推进发展领域改革。…
            body = lead.end()
        cat = f"{category} → {sub_category}" if category and sub_category else (category or sub_category)
        items = list(_ORDINAL_RE.finditer(norm))
        minsheng_par = bool(items) and bool(_MINSHENG_RE.search(norm))
        lead_deadline = None
        if minsheng_par and (d := _DEADLINE_RE.search(norm, 0, items[0].start())):
            lead_deadline = d.group()
        if items:
            # 一是…；二是…: one task per item, up to the next item or the end of the sentence
            for k, m in enumerate(items):
                a = m.end()
                stop = items[k + 1].start() if k + 1 < len(items) else len(norm)
                end_m = _ITEM_END_RE.search(norm, a, stop)
                na, nb = _strip_norm(norm, a, end_m.start() if end_m else stop)
                oa, ob = nt.span_to_orig(na, nb)
                if ob > oa:
                    yield _task(
                        doc,
                        oa,
                        ob,
                        m.group("num"),
                        cat,
                        None,
                        [],
                        [],
                        lead_deadline,
                        minsheng_par,
                        (p0, p1),
                        norm[na:nb],
                    )
            return
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
            yield _task(doc, oa, ob, None, cat, None, [], [], None, False, (oa, ob), norm[a:b])


def _strip_norm(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " :：,，":
        a += 1
    while b > a and text[b - 1] in "。；;，, ":
        b -= 1
    return a, b


def _sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _SENT_END_RE.finditer(text, start):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out
