"""Task-assignment notices, read by their structures whatever the document's kind says.

A notice (任务分工 / 责任分解 / 任务分解表) gives each task its units in one of a few structures:
  - a units line after one or more items: 责任单位：A、B；配合单位：C。 (or several labelled lines:
    责任领导：… 牵头单位：… 配合单位：… 完成时限：…, in any order);
  - labels after the item on its own line: 5.新增城镇就业6000人。牵头单位：区人社局 责任领导：王某某;
  - a note closing the item or each part of a paragraph: （A牵头，B、C配合，6月底前完成）,
    （X同志牵头，A、B具体实施）, （牵头单位：A；配合单位：B）; items may be numbered or not;
  - a table, a .docx table or the same flattened to text, whose columns are found by their header words.
Leader headings (二、常务副市长牵头重点工作), category headings ((一)扩大有效投资) and 民生实事 parts give
each task its context. The words are data (lexicon/data/notice_labels.yaml); traditional script is read
converted and pinyin glosses of converter sites (推進(jìn)) are dropped, spans kept into the text as read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from govtargets.extract._notice_lines import notice_lines
from govtargets.extract._notice_table import (
    Table,
    VerticalTable,
    header_cell,
    lead_and_co,
    loose_table,
    table_header,
    vertical_header,
)
from govtargets.extract._notice_text import (
    BRACKET_RE,
    CLOSED,
    ITEM_RE,
    LABEL_BOUNDARY,
    LEAD_MARKS,
    LEADER_RE,
    MINSHENG_RE,
    NOT_AN_ITEM_RE,
    PART_RE,
    PREAMBLE_RE,
    RUN_IN_ITEM_RE,
    SEPARATORS,
    START_RE,
    Item,
    item_number,
    reading_text,
)
from govtargets.extract._tasks import Task, make_task
from govtargets.extract._units import FIRST_LEADS_RE, Duty, parse_labels, parse_note, split_units, vocabulary
from govtargets.ingest import Document
from govtargets.text import NormText, heading_level, is_unbroken, paragraphs, regex, to_simplified

__all__ = ["NoticeReader"]

# the units closing a paragraph of items for all of them: 以上工作由县农业农村局牵头，县水利局配合，…完成。
_ALL_ABOVE_RE = regex(r"(?:以上|上述)(?:各项)?(?:工作|任务|事项)?由(?P<note>[^。]{4,120})。?\s*$")
# an item numbered inside its paragraph: (1) （2） ⑶
_INLINE_ITEM_RE = regex(r"[(（]\d{1,2}[)）]|[⑴-⒇]")
# a task's units after a dash closing its line (…2026年底前建成投用。——县住建局牵头，县财政局配合)
_DASH_NOTE_RE = regex(r"(?:——|—|－－)\s*(?P<note>[^—－“”\"]{2,80}?)\s*$")


@dataclass
class NoticeReader:
    """One pass over a document's paragraphs; `tasks` holds (task, structured) pairs, in document order."""

    doc: Document
    keep_plain: bool = True  # keep items without units (a notice's); else only items with units are made
    tasks: list[tuple[Task, bool]] = field(default_factory=list)
    leader: str | None = None
    category: str | None = None
    part_minsheng: bool = False
    h1_minsheng: bool = False
    h2_minsheng: bool = False
    pending: list[Item] = field(default_factory=list)
    duty: Duty | None = None  # of a note closing the waiting item
    # the labelled lines after the waiting items, read together
    labels: list[str] = field(default_factory=list)
    blank_before: bool = False  # a blank line before the paragraph being read
    table: Table | VerticalTable | None = None
    header_lines: list[tuple[str, NormText]] = field(default_factory=list)  # header cells, one a line
    in_note: bool = False  # after 注：1．…, the numbered lines are the note's (2．牵头单位调整的…)

    @property
    def minsheng(self) -> bool:
        return self.part_minsheng or self.h1_minsheng or self.h2_minsheng

    def read(self) -> list[tuple[Task, bool]]:
        doc = self.doc
        t = doc.text
        v = vocabulary()
        # in a document not classified as a notice, a long paragraph that begins with no number and holds no
        # label or note word is skipped unread (most of a report); it is read only if a units line follows it
        screen = not self.keep_plain and not doc.traditional
        skipped: tuple[int, int] | None = None
        prev_end = 0
        # in such a document only the neighbourhood of a label or a note can hold a notice item (a work
        # report's 民生实事 annex with its notes): the rest is not read at all
        notes = [m.span() for m in v.note_re.finditer(t)] if screen else []  # the label and note words
        starts = [a for a, _ in notes]
        windows = (_windows(notes) or None) if screen else None  # none: a table's rows, read whole
        # a notice exported without line breaks is cut back into its lines at its headings, items and labels
        # (read in simplified script, as its vocabulary is written: the conversion keeps every offset)
        spans = notice_lines(to_simplified(t) if doc.traditional else t) if is_unbroken(t) else None
        if spans is None:  # its lines; within the windows only, when there are windows
            spans = paragraphs(t) if windows is None else _window_paragraphs(t, windows)
        w = 0
        for p0, p1 in spans:
            if windows is not None:
                while w < len(windows) and windows[w][1] <= p0:
                    w += 1
                if w == len(windows):
                    break
                if p1 <= windows[w][0]:
                    continue
            self.blank_before = t.count("\n", prev_end, p0) > 1  # a blank line: no line continues across it
            prev_end = p1
            if (
                screen
                and self.table is None
                and p1 - p0 > 40
                and not START_RE.match(t, p0)
                and not _holds(notes, starts, p0, p1, v.note_re, t)
            ):
                skipped = (p0, p1)
                continue
            nt = reading_text(t[p0:p1], doc.traditional, p0)
            if skipped is not None:
                if self._units_line(nt.text) is not None:
                    self.plain(reading_text(t[skipped[0] : skipped[1]], False, skipped[0]))
                skipped = None
            self.paragraph(nt)
        for _, line in self.header_lines:  # short lines at the end: read as they are
            self.read_line(line)
        self.flush()
        if self.table is not None:
            self.tasks += self.table.finish()
        self.tasks.sort(key=lambda x: x[0].start)
        return self.tasks

    # -- emitting

    def emit(
        self,
        a: int,
        b: int,
        number: str | None,
        duty: Duty | None,
        quote: tuple[int, int],
        *,
        category: str | None = None,
        leader: str | None = None,
        minsheng: bool | None = None,
        context: bool = True,
    ) -> None:
        t = self.doc.text
        while a < b and t[a] in SEPARATORS:
            a += 1
        while b > a and t[b - 1] in SEPARATORS:
            b -= 1
        if b <= a:
            return
        d = duty or Duty()
        task = make_task(
            self.doc,
            a,
            b,
            number,
            self.category if context else category,
            self.leader if context else leader,
            list(d.leads),
            list(d.co),
            d.deadline,
            self.minsheng if minsheng is None else minsheng,
            quote,
            leaders=d.leaders,
        )
        self.tasks.append((task, bool(d.leads or d.co or d.leaders)))

    def flush(self) -> None:
        """Emit the waiting items: with the units lines read after them, or (a notice's) without units."""
        items, duty = self.pending, self.duty
        labelled = parse_labels("；".join(self.labels)) if self.labels else None
        if labelled is not None:
            duty = labelled if duty is None else duty.merged(labelled)
        self.pending, self.duty, self.labels = [], None, []
        if duty is not None and len(items) > 1:
            items = [i for i in items if not i.heading]  # a heading above items is not a task
        elif duty is None:
            if not self.keep_plain:
                return
            items = [i for i in items if not i.heading]
        for i in items:
            self.emit(
                i.a,
                i.b,
                i.number,
                duty,
                i.quote,
                category=i.category,
                leader=i.leader,
                minsheng=i.minsheng,
                context=False,
            )

    # -- reading

    def paragraph(self, nt: NormText) -> None:
        s = nt.text.strip()
        if (self.table is None or isinstance(self.table, VerticalTable)) and (
            kind := header_cell(s)
        ) is not None:
            if self.table is not None:  # the header again after a page break: the rows so far are done
                self.tasks += self.table.finish()
                self.table = None
            self.header_lines.append((kind, nt))  # 序号 / 项目内容 / 牵头单位 …: an HTML table's header?
            return
        if self.header_lines:
            lines, self.header_lines = self.header_lines, []
            kinds = lead_and_co([line.text.strip() for _, line in lines], [k for k, _ in lines])
            if vertical_header(kinds):
                self.flush()
                self.table = VerticalTable(self, kinds)
            else:
                for _, line in lines:  # ordinary short lines after all
                    self.read_line(line)
        self.read_line(nt)

    def read_line(self, nt: NormText) -> None:
        s = nt.text
        if self.table is not None:
            if self.table.row(nt):
                return
            self.tasks += self.table.finish()
            self.table = None
        if (cols := table_header(s)) is not None:
            self.flush()
            self.table = Table(self, cols, "\t" in s)
            return
        if (loose := loose_table(self, s)) is not None and loose.row(nt):
            self.flush()
            self.table = loose
            return
        if self.in_note and (item := ITEM_RE.match(s)) is not None and item.group("d"):
            return  # 注：1．… / 2．牵头单位调整的，…: the note's next point
        v = vocabulary()
        if v.note_re.search(s) is not None and self.structured(nt):
            return
        self.plain(nt)

    def structured(self, nt: NormText) -> bool:
        """Read a paragraph with labels or notes; False if it holds neither."""
        s = nt.text
        v = vocabulary()
        if (first := _units_first(s)) is not None:  # 区发改局牵头，…配合：推动… ; 【牵头单位】…【工作任务】…
            (a, b), first_duty = first
            self.flush()
            self.segment(nt, a, b, first_duty, nt.span_to_orig(0, len(s)))
            return True
        if (body := self._units_line(s)) is not None:  # labels from the start (perhaps inside a bracket)
            duty = parse_labels(body)
            if duty and self.pending:
                self.labels.append(body)
            return bool(duty)
        if self._items_then_units(nt):
            return True
        notes = [
            m
            for m in BRACKET_RE.finditer(s)
            if v.note_re.search(m.group("note"))
            and not FIRST_LEADS_RE.fullmatch(m.group(0))
            and m.group("note").strip() not in LEAD_MARKS
        ]
        if (
            not notes
            and (dash := _DASH_NOTE_RE.search(s)) is not None
            and v.note_re.search(dash["note"])
            and s.count("“", 0, dash.start()) == s.count("”", 0, dash.start())  # not “牵头单位——配合单位”
        ):
            notes = [dash]  # 新建城北污水处理厂…。——县住建局牵头，县生态环境局配合: the units after a dash
        duties = [(m, parse_note(m.group("note"))) for m in notes]
        duties = [(m, d) for m, d in duties if d.leads or d.co or d.leaders]
        if not duties:
            return self.inline_labels(nt)
        if len(duties) == 1 and self.pending and not s.replace(duties[0][0].group(0), "").strip(SEPARATORS):
            # （县工信局牵头，…配合） on a line of its own, after its item
            duty = duties[0][1]
            self.duty = duty if self.duty is None else self.duty.merged(duty)
            return True
        self.flush()
        p0, p1 = nt.span_to_orig(0, len(s))
        seg0 = 0
        for k, (m, duty) in enumerate(duties):
            last = k == len(duties) - 1 and not s[m.end() :].strip(SEPARATORS)
            self.segment(nt, seg0, m.start(), duty, (p0, p1), wait=last)  # labelled lines may follow
            seg0 = m.end()
        return True

    def _items_then_units(self, nt: NormText) -> bool:
        """A paragraph of items numbered inline, its units once at its end for all of them: （一）稳定粮食
        供给。(1)…；(2)…；(3)…。以上工作由县农业农村局牵头，县水利局配合 (…分别牵头: each item its own lead,
        in order). False if the paragraph is not one."""
        s = nt.text
        closing = _ALL_ABOVE_RE.search(s)
        if closing is None:
            return False
        items = list(_INLINE_ITEM_RE.finditer(s, 0, closing.start()))
        duty = parse_note(closing["note"])
        if len(items) < 2 or not (duty.leads or duty.co):
            return False
        self.flush()
        quote = nt.span_to_orig(0, len(s))
        separately = "分别" in closing["note"] and len(duty.leads) == len(items)
        for k, m in enumerate(items):
            end = items[k + 1].start() if k + 1 < len(items) else closing.start()
            while end > m.end() and s[end - 1] in "；;。，, \u3000":
                end -= 1
            own = Duty((duty.leads[k],), duty.co, duty.leaders, duty.deadline) if separately else duty
            # (1) is read as the item's number; ⑴ is taken off here (the item reader knows no ⑴)
            self.segment(nt, m.start() if s[m.start()] in "(（" else m.end(), end, own, quote)
        return True

    @staticmethod
    def _units_line(s: str) -> str | None:
        """The labels of a units line (责任单位：…, (牵头单位：…), 责任单位 市科技局), or None."""
        k = 0
        while k < len(s) and s[k] in " \t\u3000（(":
            k += 1
        v = vocabulary()
        if v.label_re.match(s, k):
            body = s[k:].rstrip()
        elif m := v.label_space_re.match(s, k):  # a space for the colon, as a PDF may give it
            body = f"{m.group('label')}：{s[m.end() :].rstrip()}"
        else:
            return None
        if "(" in s[:k] or "（" in s[:k]:  # (牵头单位：…) on a line of its own
            body = body.removesuffix(")").removesuffix("）")
        return body

    def inline_labels(self, nt: NormText) -> bool:
        """An item followed by its labels on the same line: 一是新建农贸市场1个。牵头单位：… 配合单位：…"""
        s = nt.text
        # a label needs a colon after it or 【】 around it: without one, the pattern (which has no first
        # character to scan for) need not be tried at every character
        if not any(c in s for c in ":：︰∶】"):
            return False
        for m in vocabulary().label_re.finditer(s):
            if m.start() > 0 and s[m.start() - 1] in LABEL_BOUNDARY:
                duty = parse_labels(s[m.start() :])
                if not duty:
                    return False
                self.flush()
                self.segment(nt, 0, m.start(), duty, nt.span_to_orig(0, len(s)), wait=True)
                self.labels = [s[m.start() :]]  # more labelled lines may follow: read with these
                self.duty = None
                return True
        return False

    def segment(
        self, nt: NormText, a: int, b: int, duty: Duty, quote: tuple[int, int], *, wait: bool = False
    ) -> None:
        """One task of a paragraph's text [a, b), after its number (and a heading run into it); with `wait`,
        the task waits for labelled lines that may follow it."""
        s = nt.text
        while a < b and s[a] in SEPARATORS:
            a += 1
        number = None
        item = ITEM_RE.match(s, a, b)
        if item is None or item.group("h") or item.group("hp"):
            # 二、城乡建设 1.新建…: a heading run into the first item
            for m in RUN_IN_ITEM_RE.finditer(s, a, min(b, a + 42)):
                if self.heading(s[a : m.start()].strip()):
                    item = ITEM_RE.match(s, m.start() + 1, b)
                break
        if item is not None and item.end() < b:
            number, a = item_number(item), item.end()
        oa, ob = nt.span_to_orig(a, b) if b > a else (0, 0)
        if ob <= oa:
            return
        if wait:
            self.pending = [Item(oa, ob, number, self.category, self.leader, self.minsheng, quote)]
            self.duty = duty
        else:
            self.emit(oa, ob, number, duty, quote)

    def heading(self, s: str) -> bool:
        """Take a heading's context; False if `s` is no heading."""
        if len(s) > 40:
            return False
        if PART_RE.search(s) or (MINSHENG_RE.search(s) and len(s) <= 30 and not ITEM_RE.match(s)):
            if ITEM_RE.match(s) and heading_level(s) == 0:
                return False
            self.part_minsheng = bool(MINSHENG_RE.search(s))
            self.leader = None
            self.category = s if self.part_minsheng and heading_level(s) == 0 else None
            self.h1_minsheng = self.h2_minsheng = False
            if heading_level(s) == 2:
                self.category = re.split(r"[)）]", s, maxsplit=1)[-1]
            return True
        if m := LEADER_RE.match(s):
            self.leader = m.group("leader")
            self.category = None
            self.h1_minsheng = self.h2_minsheng = False
            return True
        level = heading_level(s)
        if level == 1:
            self.leader = None
            self.category = None
            self.h1_minsheng = bool(MINSHENG_RE.search(s))
            self.h2_minsheng = False
            return True
        if level == 2:
            self.category = re.split(r"[)）]", s, maxsplit=1)[-1]  # （一）总体要求… -> 总体要求…
            self.h2_minsheng = bool(MINSHENG_RE.search(s))
            return True
        return False

    def wrapped(self, s: str, end: int) -> bool:
        """Take a line that continues the one before it (a PDF's hard line break): more of the waiting item,
        or more of its units line; False if `s` begins anew (a number, a heading)."""
        if not s or self.blank_before or ITEM_RE.match(s) or heading_level(s):
            return False
        if len(s) <= 40 and (PART_RE.search(s) or LEADER_RE.match(s)):
            return False
        if self.labels:
            if self.labels[-1].rstrip()[-1:] in CLOSED or len(s) > 80 or "。" in s:
                return False
            suffixes = vocabulary().unit_suffixes
            if not all(u.endswith(suffixes) for u in split_units(s)):
                return False  # not the rest of a list of units
            listed = self.labels[-1].rstrip()
            if listed[-1:] not in "、，," and listed.endswith(suffixes):
                return False  # a list ended with a whole unit: the line below it (a signature) is no rest
            self.labels[-1] += s  # 市住房城 / 乡建设局
            return True
        if not self.pending or self.duty is not None:
            return False
        last = self.pending[-1]
        if self.doc.text[last.b - 1] in CLOSED:
            return False
        if last.heading:
            # （一）实施工业倍增计划，…规模以上工业增加值增长 / 7%以上，…: an item cut by the wrap, not a
            # heading (one holds no clause and no figure)
            head = self.doc.text[last.a : last.b]
            if not ("，" in head or "," in head or any(c.isdigit() for c in head)):
                return False
            last.heading = False
        last.b = end  # 完成危桥改造 / 25座。
        last.quote = (last.quote[0], end)
        return True

    def plain(self, nt: NormText) -> None:
        """A paragraph without labels or notes: a heading, or an item waiting for its units line."""
        s = nt.text.strip()
        p0, p1 = nt.span_to_orig(0, len(nt.text))
        if _NOTE_START_RE.match(s):
            self.in_note = True
            return  # 注：1．…: a remark, and its numbered points after it
        if self.in_note and (point := ITEM_RE.match(s)) is not None and point.group("d"):
            return
        self.in_note = False
        if self.wrapped(s, p1):
            return
        if self.duty is not None or self.labels:
            self.flush()
        if len(s) <= 40 and self.heading(s):
            self.flush()
            level = heading_level(s)
            if level and not LEADER_RE.match(s) and (item := ITEM_RE.match(nt.text)) is not None:
                # (二)推进港口物流园区建设。 followed by its labelled lines is a task
                a, b = nt.span_to_orig(item.end(), len(nt.text))
                self.pending.append(
                    Item(a, b, item_number(item), self.category, self.leader, self.minsheng, (p0, p1), True)
                )
            return
        item = ITEM_RE.match(nt.text)
        if item is not None and (item.group("h") or item.group("hp")):
            item = None  # a long 一、… line without a note: prose, not an item
        if item is None and (
            (self.leader is None and self.category is None and not self.minsheng) or PREAMBLE_RE.search(s)
        ):
            return  # the notice's own preamble
        if len(s) <= 4 or (item is None and (NOT_AN_ITEM_RE.match(s) or _signature(s))):
            return  # 注:…, 2025年3月10日, 附件2, 云台市人民政府办公室: a remark, a date, an annex, a signer
        start = item.end() if item else 0
        a, b = nt.span_to_orig(start, len(nt.text))
        number = item_number(item) if item else None
        category = self.category
        if item is None and len(self.pending) == 1 and self.pending[0].heading:
            # 一、稳定和扩大就业 / 年度目标：… / 主办单位：…: the heading numbers and names the task below it
            head = self.pending[0]
            number, category = head.number, self.doc.text[head.a : head.b].strip()
        self.pending = [i for i in self.pending if not i.heading]
        self.pending.append(Item(a, b, number, category, self.leader, self.minsheng, (p0, p1)))


# a remark, its numbered points after it: 注：1．…; a 填报说明 heading alone on its line
_NOTE_START_RE = re.compile(r"\s*(?:注|备注|说明)\s*[:：]|\s*(?:填报|编制|有关|使用)?说明\s*$")
_WINDOW = 1500  # characters around a label or a note that a notice item and its headings may span


def _window_paragraphs(t: str, windows: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The paragraphs (as text.paragraphs gives them) that overlap a window, in order, each once: the lines
    between windows are not even split (each window's lines are read from the start of its first line)."""
    done = 0  # the end of the last paragraph given
    for a, b in windows:
        for p0, p1 in paragraphs(t, t.rfind("\n", 0, a) + 1):
            if p0 >= b:
                break
            if p1 > a and p0 >= done:
                yield p0, p1
                done = p1


def _holds(
    notes: list[tuple[int, int]], starts: list[int], a: int, b: int, note_re: re.Pattern[str], t: str
) -> bool:
    """note_re.search(t, a, b) is not None, from the words found over all of t (their spans `notes`,
    `starts` their starts): a word inside [a, b) is found by the search, and none starting in it or
    crossing into it means none is; only a word cut by a bound (a line cut mid-word) needs the search."""
    k = bisect_left(starts, a)
    if k < len(starts) and starts[k] < b and notes[k][1] <= b:
        return True
    if (k == len(starts) or starts[k] >= b) and (k == 0 or notes[k - 1][1] <= a):
        return False
    return note_re.search(t, a, b) is not None


def _windows(notes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The merged spans of _WINDOW characters either side of each label or note word (their spans)."""
    out: list[tuple[int, int]] = []
    for start, end in notes:
        a, b = max(0, start - _WINDOW), end + _WINDOW
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _signature(s: str) -> bool:
    """A line that is one office's name alone (云台市人民政府办公室): the notice's signature, no item."""
    units = split_units(s)
    return len(units) == 1 and len(s) <= 25 and units[0] == s.strip() and s.strip().endswith(_SIGNERS)


_SIGNERS = ("人民政府办公室", "人民政府办公厅", "人民政府", "办公室", "督查室", "政府督查室")


# units before their task: 1．区发改局牵头，区财政局、区统计局配合：推动…（时限：2025年6月底前）
_UNITS_FIRST_RE = re.compile(
    r"\s*(?:\d+[.．、]|[(（]\d+[)）])?\s*(?P<units>[^:：。;；()（）]{2,40}?牵头(?:[,，][^:：。;；()（）]{2,80}?配合)?)"
    r"\s*[:：](?P<task>.+)"
)
# a deadline in brackets at a task's end: （时限：年底前）
_DEADLINE_TAIL_RE = re.compile(r"[(（]\s*(?:完成)?时限\s*[:：](?P<d>[^()（）]{1,30})[)）]\s*[。;；]?\s*$")
# labels in square brackets, the task among them: 【分管县领导】…【牵头单位】…【配合单位】…【工作任务】…
_SQUARE_LABEL_RE = re.compile(r"【(?P<label>[^【】]{2,8})】(?P<value>[^【】]*)")
_TASK_LABELS = ("工作任务", "任务内容", "重点任务", "具体任务", "主要任务", "目标任务", "工作内容")


def _units_first(s: str) -> tuple[tuple[int, int], Duty] | None:
    """The task's span and duty of a line that names its units before its task, or None."""
    if "【" in s:
        labels = list(_SQUARE_LABEL_RE.finditer(s))
        task = next((m for m in labels if m.group("label") in _TASK_LABELS), None)
        if task is None or len(labels) < 2:
            return None
        others = "；".join(f"{m.group('label')}：{m.group('value').strip()}" for m in labels if m is not task)
        duty = parse_labels(others)
        if not duty or not (duty.leads or duty.co):
            return None
        a, b = task.span("value")
        while b > a and s[b - 1] in " \t\u3000":
            b -= 1
        return (a, b), duty
    m = _UNITS_FIRST_RE.match(s)
    if m is None or "牵头" not in m.group("units"):
        return None
    duty = parse_note(m.group("units"))
    if not duty.leads:
        return None
    a, b = m.span("task")
    if (tail := _DEADLINE_TAIL_RE.search(s, a)) is not None:
        duty = Duty(duty.leads, duty.co, duty.leaders, tail.group("d").strip())
        b = tail.start()
    return (a, b), duty
