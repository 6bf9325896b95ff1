"""What the progress readers share: the sentence being read, a fact's subject, headings, the fact itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from govtargets._model import Fact, new_fact
from govtargets.extract._grammar import Context, Grammar, _Mention
from govtargets.extract._markers import MARKS
from govtargets.extract._progress_status import GREEN, HEADING_RE, ITEM_NUMBER_RE, STATUS_RE
from govtargets.numbers import parse_chinese_numeral
from govtargets.status import Reported
from govtargets.text import NormText, regex

__all__ = ["ProgressBase", "Sentence", "Subject", "count_of", "group_before", "split_items", "unique"]


def count_of(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    v = parse_chinese_numeral(s)
    return int(v) if v is not None else None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence being read: its normalised paragraph, its bounds there, its context, the text as read."""

    nt: NormText
    s0: int
    s1: int
    ctx: Context
    doc_text: str

    def orig(self, a: int, b: int) -> str:
        """The text as read behind the normalised span [a, b)."""
        return self.doc_text[slice(*self.nt.span_to_orig(a, b))]


@dataclass(frozen=True, slots=True)
class Subject:
    """What a figure or a status is about: indicators (ids) or a task named by its text."""

    metrics: tuple[str, ...]
    label: str
    span: tuple[int, int]
    orig: tuple[int, int] | None = (
        None  # its span in the text as read, where it is not in the sentence's paragraph
    )


# a heading that is a status and a count (基本完成3项：), and the task named first after it
_STATUS_COUNT_RE = regex(r"[\u4e00-\u9fff]{2,8}?(?:\d+|[一二三四五六七八九十两]+)项")
# (a reason after the name is no part of it: 城西旅游集散中心因选址冲突，调整取消)
_NAME_CLAUSE_RE = regex(r"(?P<name>[^\d,，:：;；。(（、]{2,20}?)(?:(?:因|由于|受)[^,，;；。]*)?[,，]")
_FRAME_LEAD_RE = regex(r"[^,，;；。:：]{1,16}中[,，]")  # 亮红灯的2项任务中，
_NAME_REASON_RE = regex(r"\s*(?P<name>[^\d,，:：;；。(（、]{2,20}?)(?:因|由于|受)[^,，;；。]{2,30}[,，]")
# the labels of a department's report under each task heading
_REPORT_LABEL_RE = regex(
    r"\s*(?:完成情况|进展情况|工作进展|推进情况|落实情况|办理情况|办理结果|完成进度|目前进展|进展"
    r"|进展状态|完成状态|当前状态|推进状态)\s*[:：]"
)
_TASK_FRAME_RE = regex(r"任务|项目|事项|实事|工作")  # 30项重点任务中，亮绿灯24项
_MAX_DOT_ITEM = 20  # characters of a task's name heading its paragraph and closed by 。
_MAX_LEAD = 6  # characters between such a name and its status: 目前, 截至6月底,
_MAX_BODY_LEAD = 50  # …or, in the sentence after it, when that sentence opens with no subject:
_SUBJECTLESS_RE = regex(
    r"\s*(?:工程|项目|任务|该|目前|截至|今年|年度|全年|年内|当前|现已|进度|进展|完成|已|仅|累计|总体|整体"
    r"|受|因|由于"  # (受汛期影响，…完成年度投资的31.5%: a reason opening the body)
    # or a verb opening what was done (1.公办幼儿园建设。新建公办幼儿园3所，…已全部投入使用)
    r"|新建|改建|扩建|新改建|改扩建|改造|建成|新增|整治|实施|开工|开发|建设|提升|安装|培训|发放|帮扶|开展|筹集"
    r"|铺设|硬化|治理|打造|引进|招引|签约|投入)"
)


class ProgressBase:
    """The lexicon lookups and the fact record every progress reader uses."""

    def __init__(self, grammar: Grammar) -> None:
        self.g = grammar
        self.lex = grammar.lex
        # the task a short numbered heading paragraph names (一、城镇老旧小区改造), for the labelled
        # paragraphs under it (完成情况：…完成年度任务的55%，快于序时进度5个百分点): label and span as read
        self.section: tuple[str, tuple[int, int]] | None = None
        self.section_body = False  # the paragraph right after a label line (进展状态：…) under the heading
        # a progress table's rows read under its header: a row's start → its name cell (the header said
        # which column names the item: 实事项目, not a 街道居家养老服务中心 taken for a unit)
        self.row_names: dict[int, tuple[int, int]] = {}

    @staticmethod
    def opens_with_label(text: str) -> bool:
        """Whether a (normalised) paragraph opens with a report label (完成情况：, 进展状态：)."""
        return _REPORT_LABEL_RE.match(text) is not None

    def section_subject(self, sent: Sentence) -> Subject | None:
        """The section heading's task, for a paragraph that opens with a report label (完成情况：)."""
        if self.section is None or not (self.section_body or _REPORT_LABEL_RE.match(sent.nt.text)):
            return None
        label, orig = self.section
        return Subject(self._metric_ids(label), label, (0, 0), orig)

    def _heading(self, sent: Sentence, before: int) -> Subject | None:
        """The item a heading names: at the sentence's start (3.社零:…) or the paragraph's (二是固投。)."""
        found = self._heading_at(sent, before)
        return found[0] if found else None

    def _heading_at(self, sent: Sentence, before: int) -> tuple[Subject, int] | None:
        """The heading's subject and where the heading ends (after its : or 。): at the sentence's start, at
        the last item number before (the nearest heading in a report on one line: …的报告(一)农村公路提档升级:
        已全面完成 ; 一是一般公共预算收入。完成23.6亿元,… 二是一般公共预算支出。完成38.4亿元,…), or at the
        paragraph's start; each looked at only if the one before gives none."""
        text = sent.nt.text
        if (section := self.section_subject(sent)) is not None:
            c0 = max(max(text.rfind(p, 0, before) for p in ",，;；:：。") + 1, 0)
            if text.startswith("其中", c0):
                return None  # 其中城东片区完成率达78%: a part's figure, not the task's
            return section, 0  # 一、城镇老旧小区改造 / 完成情况：…: the heading above the label
        found = self._heading_from(sent, sent.s0, before)
        if found is None:
            last = _last_number(text, max(0, sent.s0 - 200), before)
            if last is not None and last != sent.s0:
                found = self._heading_from(sent, last, before)
        if (
            found is None
            and sent.s0 > 0
            and text[sent.s0 - 1] in ";；"
            and (name := _NAME_CLAUSE_RE.match(text, sent.s0, before)) is not None
        ):
            # …；城东片区棚户区改造，完成年度任务的95%：an item of a list separated by semicolons
            a, b = name.span("name")
            closing = [m for m in STATUS_RE.finditer(text, a, b) if m.end() == b and m.start() > a + 1]
            # (…；滨江物流园进度滞后，完成年度投资的31.5%: named without its status)
            return self._subject(a, closing[-1].start() if closing else b, sent), name.end()
        if found is None and (
            (name := _NAME_REASON_RE.match(text, sent.s0, before)) is not None
            or (
                (frame := _FRAME_LEAD_RE.match(text, sent.s0, before)) is not None
                and (name := _NAME_REASON_RE.match(text, frame.end(), before)) is not None
            )
        ):
            # (亮红灯的2项任务中，城西片区雨污分流改造因管线迁改协调缓慢，仅完成工程量的28%: after a frame)
            # 城南大道改造工程受管线迁移影响，…仅占年度计划的6%: the project named before the reason
            return self._subject(*name.span("name"), sent), name.end()
        if found is None and sent.s0 != 0:
            found = self._heading_from(sent, 0, before)
        return found

    def _heading_from(self, sent: Sentence, start: int, before: int) -> tuple[Subject, int] | None:
        text = sent.nt.text
        m = HEADING_RE.match(text, start)
        if m is None or m.end() > before:
            return None
        item = m["item"].strip()
        if _REPORT_LABEL_RE.fullmatch(item + "："):
            return None  # 完成情况：… names no task: the label of a line under one
        if _STATUS_COUNT_RE.fullmatch(item):  # 部分完成2项：农村公路安防工程，完成120公里，占年度任务的60%
            name = _NAME_CLAUSE_RE.match(text, m.end(), before)
            if name is None:
                return None
            return self._subject(*name.span("name"), sent), m.end()
        metrics = self._metric_ids(item)
        if (
            metrics
            or (m["close"] in ":：" and len(item) <= 30)
            # a numbered task's name closed by 。, its status opening the sentence after
            # (2.滨河公园二期。进度滞后,… ; 目前已完成): not when that sentence has a subject of its own
            # (…。云湖港码头建设…仅完成年度计划的41.7%)
            # (一是/二是 number a report's points, 五是统筹发展和安全。, not the tasks of a list)
            or (
                m["num"]
                and not m["num"].endswith("是")
                and len(item) <= _MAX_DOT_ITEM
                and not text.startswith("其中", m.end())  # 其中城东片区完成率达78%: a part's figure
                and (
                    before - m.end() <= _MAX_LEAD
                    # the sentence after the name has no subject of its own: 工程进度明显滞后,截至10月底
                    # 仅完成年度投资的58% ; 年度目标为覆盖120个行政村,目前已覆盖78个,完成率为65%
                    or (
                        m["close"] == "。"
                        and before - m.end() <= _MAX_BODY_LEAD
                        and _SUBJECTLESS_RE.match(text, m.end()) is not None
                        and text.find("。", m.end(), before) < 0
                    )
                )
            )
        ):
            return Subject(metrics, sent.orig(m.start("item"), m.end("item")), m.span("item")), m.end()
        return None

    def row_item(self, sent: Sentence, at: int) -> Subject | None:
        """The item a table row names, for what stands at `at` in a later cell of the row
        (2\t城北污水处理厂扩建\t区水务局\t正在推进…): the first cell that is no number and no units. The
        cells are read in the text as read (normalising drops the tabs), then placed in the paragraph."""
        dt = sent.doc_text
        orig_at = sent.nt.to_orig(at)
        row0 = dt.rfind("\n", 0, orig_at) + 1
        if dt.find("\t", row0, orig_at) < 0:
            return None
        if (named := self.row_names.get(row0)) is not None and named[1] <= orig_at:
            a, b = _normalised(sent.nt, named[0], at), _normalised(sent.nt, named[1], at)
            return self._subject(a, b, sent) if a < b else None
        pos = row0
        cells: list[tuple[int, str]] = []  # the cells before the one holding `at`, but numbers
        for cell in dt[row0:orig_at].split("\t")[:-1]:
            a0 = pos + len(cell) - len(cell.lstrip())
            pos += len(cell) + 1
            word = cell.strip()
            if word and not _ROW_NUMBER_RE.fullmatch(word):
                cells.append((a0, word))
        if cells and _REPORT_CELL_RE.fullmatch(cells[0][1]):
            return None  # 办理结果\t已办结: a form's label, not an item (the record's item row names it)
        units = [_looks_like_units(w) for _, w in cells]
        for i, (a0, word) in enumerate(cells):
            # a unit's cell is no task, unless the cell after it is a unit too: 残疾人托养中心 then 县残联
            if units[i] and not (i + 1 < len(cells) and units[i + 1] and i == 0):
                continue
            a, b = _normalised(sent.nt, a0, at), _normalised(sent.nt, a0 + len(word), at)
            return self._subject(a, b, sent) if a < b else None
        return None

    def _subject(self, a: int, b: int, sent: Sentence) -> Subject:
        text = sent.nt.text
        metrics = self._metric_ids(text[a:b])
        if not metrics:  # A和B in one item
            found = self.g.mentions(text, a, b, sent.ctx.national)
            if found and re.fullmatch(
                r"(?:[和及与]?)*",
                re.sub("|".join(re.escape(text[x.start : x.end]) for x in found), "", text[a:b]),
            ):
                metrics = tuple(i for x in found for i in x.ids)
        return Subject(metrics, sent.orig(a, b), (a, b))

    def _metric_ids(self, item: str) -> tuple[str, ...]:
        name = self.lex.lookup(re.sub(r"^(?:全市|全区|全县|全省)", "", item))
        return name.ids if name else ()

    def status_fact(
        self,
        sent: Sentence,
        subject: Subject,
        status: str | None,
        count: int | None,
        *,
        warning: str | None = None,
        confidence: str | None = None,
        end_at: int | None = None,
        tally: bool = False,
    ) -> Fact:
        """A progress fact that is a status alone, no figure (完成, 滞后, a light)."""
        return self._fact(
            sent,
            subject,
            "status",
            None,
            "",
            status,
            count,
            warning=warning,
            confidence=confidence,
            end_at=end_at,
            tally=tally,
        )

    def _fact(
        self,
        sent: Sentence,
        subject: Subject,
        measure: str,
        value: Decimal | None,
        unit: str,
        status: str | None,
        count: int | None,
        *,
        warning: str | None = None,
        confidence: str | None = None,
        start_at: int | None = None,
        end_at: int | None = None,
        tally: bool = False,
    ) -> Fact:
        """A progress fact; its span runs from the subject (start_at) to the number or phrase (end_at)."""
        nt, ctx, doc_text = sent.nt, sent.ctx, sent.doc_text
        a, b = subject.orig if subject.orig is not None else nt.span_to_orig(*subject.span)
        while b > a and doc_text[b - 1] in _MARK_TAIL:
            b -= 1  # 县人民医院医技综合楼 ⚠️: the item, not its marker
        qa, qb = nt.span_to_orig(sent.s0, sent.s1)
        start = nt.to_orig(start_at) if start_at is not None else a
        end = nt.span_to_orig(end_at - 1, end_at)[1] if end_at is not None else b
        extra: dict[str, object] = {"surface": doc_text[a:b], "item_start": a, "item_end": b}
        if count is not None:
            extra["count"] = count
        if warning:
            extra["warning"] = warning
        if confidence:
            extra["confidence"] = confidence
        if tally:
            extra["tally"] = True
        metric = subject.metrics[0] if subject.metrics else None
        label = subject.label.rstrip(_MARK_TAIL)
        if metric is None and label:
            extra["item"] = label
        if status == GREEN:  # an indicator's green light is met; a task's, or a tally of tasks, on schedule
            words = sent.nt.text[sent.s0 : sent.s1]
            task = metric is None and (subject.label or _TASK_FRAME_RE.search(words) is not None)
            status = Reported.ON_SCHEDULE if task else Reported.MET
        period = ctx.period if ctx.kind == "actual" else ctx.target_period
        return new_fact(
            doc=ctx.doc,
            kind="progress",
            metric=metric,
            label=label,
            measure=measure,
            value=value,
            low=value,
            high=value,
            unit=unit,
            base_value=value,
            base_low=value,
            base_high=value,
            base_unit=unit,
            qualifier="exact",
            period=period,
            start=min(start, a),
            end=max(b, end),
            quote=doc_text[qa:qb].strip(),
            status=status,
            extra=extra,
        )


def group_before(text: str, mentions: list[_Mention], end: int) -> list[_Mention]:
    """The names just before `end`: a coordinated group (A、B和C等) ending there."""
    group: list[_Mention] = []
    for x in reversed([x for x in mentions if x.end <= end]):
        gap = text[x.end : end]
        if gap and not re.fullmatch(r"[、,，和及与]?等?", gap):
            break
        group.insert(0, x)
        end = x.start
    return group


def split_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Items of a list text[a:b], separated by 、 or commas, stripped of white space, 等 and end marks."""
    out = []
    for m in re.finditer(r"[^、,，]+", text[a:b]):
        x0, x1 = a + m.start(), a + m.end()
        while x0 < x1 and text[x0] in " \t":
            x0 += 1
        while x1 > x0 and text[x1 - 1] in " \t.。等":
            x1 -= 1
        if x1 > x0:
            out.append((x0, x1))
    return out


def unique(facts: list[Fact]) -> list[Fact]:
    """A fact read twice in one sentence (by two patterns) once."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for f in facts:
        key = (f.metric, f.extra.get("item"), f.measure, f.value, f.status, f.extra["item_start"])
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _last_number(text: str, a: int, b: int) -> int | None:
    """Where the last item number in text[a:b] stands ((一), 1., 一是), if any."""
    last = None
    for m in ITEM_NUMBER_RE.finditer(text, a, b):
        last = m.start()
    return last


# a form's or a table's report label, in the document's script: 办理情况, 办理结果, 进展情况, 落實情況 …
REPORT_LABEL = r"(?:[办辦]理|[进進]展|完成|落[实實]|推[进進]|整改)(?:情[况況]|[结結]果|[进進]展)"
_REPORT_CELL_RE = regex(REPORT_LABEL)
_MARK_TAIL = MARKS + "\ufe0f \t\u3000"  # a status marker after an item's name, and the spaces before it
_ROW_NUMBER_RE = regex(r"\d{1,3}[.、．]?|[一二三四五六七八九十]{1,3}[、.]?|[(（]\d{1,3}[)）]")


def _looks_like_units(cell: str) -> bool:
    """A cell that lists units (区住建局, 区城管局、区财政局), by the notice vocabulary's unit endings; a
    figure makes it a task (建设智慧停车场5处 ends like 督查处)."""
    from govtargets.extract._units import split_units, vocabulary  # only for a table's row, when one comes

    units = split_units(cell)
    suffixes = vocabulary().unit_suffixes
    return bool(units) and all(u.endswith(suffixes) and not any(c.isdigit() for c in u) for u in units)


def _normalised(nt: NormText, orig: int, hi: int) -> int:
    """The first position in nt.text (up to hi) whose place in the text as read is at or after `orig`."""
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if nt.to_orig(mid) < orig:
            lo = mid + 1
        else:
            hi = mid
    return lo
