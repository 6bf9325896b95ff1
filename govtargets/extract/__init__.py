"""Extraction of facts from a document, paragraph by paragraph, so memory stays flat.

>>> from govtargets.ingest import read_bytes
>>> doc = read_bytes(
...     "政府工作报告\\n2014年1月20日在江干区第十四届人民代表大会第三次会议上\\n一、2013年政府工作回顾\\n"
...     "预计全年实现地区生产总值420亿元,增长7.5 %。\\n二、2014年工作安排\\n"
...     "今年的主要预期指标是:生产总值增长7.5%;财政总收入、地方财政收入增长6%。".encode(), "x.txt")
>>> for f in extract_facts(doc):
...     print(f.kind, f.metric, f.measure, f.base_value, f.period, doc.text[f.start:f.end])
actual gdp level 42000000000 2013 地区生产总值420亿元
actual gdp growth 7.5 2013 地区生产总值420亿元,增长7.5 %
target gdp growth 7.5 2014 生产总值增长7.5%
target fiscal_total_revenue growth 6 2014 财政总收入、地方财政收入增长6%
target local_fiscal_revenue growth 6 2014 地方财政收入增长6%
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from govtargets._model import Fact
from govtargets.extract._grammar import Context, Grammar
from govtargets.extract._markers import MARKED_ITEM_RE, MARKS, ROW_COLOUR_RE, is_legend, read_legend
from govtargets.extract._mentions import ELLIPSIS_SCREEN_RE
from govtargets.extract._progress import STATUS_HINT_RE, ProgressGrammar
from govtargets.extract._progress_base import REPORT_LABEL, Sentence, Subject
from govtargets.extract._progress_sections import (
    StatusSection,
    ends_section,
    inline_section,
    section_heading,
    section_item,
)
from govtargets.extract._progress_status import ITEM_NUMBER_RE
from govtargets.extract._sections import PLAN, SectionTracker, period_phrase
from govtargets.extract._tables import table_facts
from govtargets.ingest import LINK_BULLETS, NAVIGATION_RE, Document
from govtargets.lexicon import Lexicon, load_lexicon
from govtargets.text import NormText, normalize, normalize_halfwidth, regex, sentences, virtual_paragraphs

if TYPE_CHECKING:
    from govtargets.extract._task_reading import extract_tasks
    from govtargets.extract._tasks import ReportTasks, Task

__all__ = ["extract_facts", "extract_all", "extract_tasks", "SectionTracker", "Task", "period_phrase"]


def __getattr__(name: str) -> object:
    """Task and extract_tasks, loaded when first asked for: reading facts alone never loads the task
    readers (their modules and patterns took 4 ms of every start of `govtargets extract --kinds actual`)."""
    if name == "Task":
        from govtargets.extract._tasks import Task

        return Task
    if name == "extract_tasks":
        from govtargets.extract._task_reading import extract_tasks

        return extract_tasks
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_MIDYEAR_KINDS = frozenset({"midyear_review", "supervision_report"})
# an ongoing deadline, its own cell or line or after a deadline label, in the document's script:
# 完成时限：持续推进 ; …\t长期坚持 ; …\t持續推進
_DEADLINE_CELL_RE = regex(
    r"(?:^|[\t\n]|(?:时限|時限|时间|時間|时间节点|時間節點)[:：]\s*)[ \u3000]*(?:跨年度)?"
    r"(?:持[续續]推[进進]|[长長]期[坚堅]持|常[态態]化推[进進]|持[续續][开開]展)$"
)
# a form of labelled rows (a 督办单's receipt: 督办事项\tA / 承办单位\tB / 办理情况\t… / 办理结果\t已办结):
# the row naming the record's item, and a row reporting on it
# (in the document's script: 督辦事項, 辦理結果)
_FORM_ITEM_RE = regex(
    r"[ \u3000]*(?:督[办辦]|交[办辦]|工作|重[点點])?(?:事[项項]|任[务務]|[项項]目)(?:名[称稱]|[内內]容)?"
    r"[ \u3000]*\t[ \u3000]*(?P<name>[^\t\n]{2,40}?)[ \u3000]*$"
)
_FORM_REPORT_RE = regex(rf"[ \u3000]*(?:{REPORT_LABEL})[ \u3000]*\t")
_MARK_SCREEN_RE = regex(f"[{MARKS}]")
_COLOUR_SCREEN_RE = regex(r"色[)）:：=]")  # 77.5（绿色）: a fill as the spreadsheet reader shows it; 绿色：…
# a form's or a table's deadline row: its 持续推进 is when, not how far
_DEADLINE_LINE_RE = regex(
    r"[ \u3000]*(?:(?:[办辦]理|完成|[办辦][结結])[时時]限(?:要求)?|[时時]限要求|[时時][间間][节節]点"
    r"|完成[时時][间間])[ \u3000]*[\t:：]"
)
# progress words: 任务的80%, 目标的52%, 低于目标2.3个百分点, 序时进度, 3项, 3个指标, 为民办实事,
# 双过半, 超额完成, 提前完成, 已完成, 正在推进, 尚未启动, 完成情况较好, 完成率. Each alternative begins
# with a literal, so that the regex engine scans for their first characters quickly (an alternative that
# begins otherwise makes it try the alternation at every position) and rejects at a glance those whose
# first character is not there (a lookbehind is tried, not glanced at); each word entered at its rarest
# character (项 of 3项, 度 of 进度, 半 of 过半: digits, 进 and 推 are among the commonest), the words before
# it checked behind. Only whether a sentence holds one is used: where in the word a match starts does not
# matter. (tests/test_find_scans.py checks it finds what the class-first form before it found.)
_PROGRESS_SCREEN_RE = regex(
    r"""任务的\d | 计划的\d | 预算(?:调整)?数?的\d | 差(?<=[相还]差)\d
      | 量的\d(?<=[程作]量的\d)                          # 完成工程量的58%
      | 目标(?:的?\d|[%(（]|[高低快慢差超]了?\d)           # 比年度目标高了0.7个百分点
      | %[)）]                                        # 城镇新增就业（86.4%）: a completion in brackets
      | 度(?<=进度)(?:(?<=[时成序间]进度)|的?\d|滞后|[%(（])  # 序时进度, 时序进度, 完成进度, 进度的95%
      | 项(?<=[\d一二三四五六七八九十两]项) | 个(?<=[\d一二三四五六七八九十两]个)指标
      | 为民办实事 | 半(?<=过半)                      # 双过半, 时间过半
      | 完(?<=[额前已]完)成 | 正在推进 | 启(?<=未启)动 | 序时推进 | 利推进 | 点推进 | 序推进
      | 已(?:竣工|建成|开工|投)                        # 顺利推进, 按节点推进, 已竣工
      | 完成(?:情况|率)""",
    re.VERBOSE,
)
# in a review or a supervision report, also every word a status phrase holds (稳步推进, 部分完成, 尚未开工,
# 取消 …): its items are read for their status wherever it stands
# a plan section's status stands only beside a word that says it has happened (去年…已全部完成, 截至目前…):
# the plan's own 完成 is a commitment
_HAPPENED_RE = regex(r"已|(?<!为)了(?!解)|截[至止]|目前|业已")
_PLAN_PROGRESS_RE = regex(f"{_HAPPENED_RE.pattern}|%|百分点")
# …and the words of a thing finished, which a work report's review uses (not its 稳步推进, an action),
# where they close a clause (…，已全部投入使用。 ; 工程已竣工 ; 全面完成年度任务), not 全面完成脱贫攻坚任务
_DONE_SCREEN_RE = regex(
    f"""{_PROGRESS_SCREEN_RE.pattern}
      | (?:建成投用|投入运营|投入使用|如期完成|基本完成|竣工|完工)了?(?=[,，。;；]|$)
      | 全面完成(?:年度|全年)(?:目标)?任务 | 达到预期目标""",
    re.VERBOSE,
)
_REVIEW_SCREEN_RE = regex(f"{_PROGRESS_SCREEN_RE.pattern}|{STATUS_HINT_RE.pattern}", re.VERBOSE)
_NAV_FIRST = frozenset("上下相延推往 \t\u3000")  # the characters NAVIGATION_RE can start with: a cheap test
_MAX_LABEL_LINE = 24  # characters of a label line: 进展状态：按序时推进🔵
_GRAIN_SCREEN_RE = ELLIPSIS_SCREEN_RE  # 粮食…、产量; 规模以上工业企业…、增加值: names an ellipsis gives
_MARKED_RE = regex(r"[\u4e00-\u9fff][?*�□■][\u4e00-\u9fff]")  # 地区生?总值: a mirror site's marks
# a pinyin gloss after a character (生產(chǎn)): entered at its bracket, whose literal the regex engine finds
# fast (a class of all CJK characters first is tried at nearly every character of a report)
_GLOSS_RE = regex(r"\((?<=[\u4e00-\u9fff]\()[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\u0300-\u036f]{1,10}[1-5]?\)")


def extract_facts(
    doc: Document, lexicon: Lexicon | None = None, *, multi_year: bool = False, dedupe: bool = True
) -> Iterator[Fact]:
    """The actual, target and progress facts of a document, in document order.

    multi_year: also yield multi-year figures (年均, 累计, 十五五 goals), which carry a multi-year period.
    dedupe: yield a fact restated identically (same kind, indicator, measure, period and numbers) once.
    """
    for x in extract_all(doc, lexicon, multi_year=multi_year, dedupe=dedupe, tasks=False):
        if isinstance(x, Fact):
            yield x


def extract_all(
    doc: Document,
    lexicon: Lexicon | None = None,
    *,
    multi_year: bool = False,
    dedupe: bool = True,
    tasks: bool = True,
    facts: bool = True,
) -> Iterator[Fact | Task]:
    """Facts (with facts=True) and tasks (with tasks=True) of a document in one pass, in document order.

    Only the work asked for is done: without facts no fact grammar runs, without tasks no task is built.
    """
    # a notice's items wherever the document shows their structure (its kind a prior, not a gate); a work
    # report's commitments in its plan sections, save where a notice item was read (民生实事 with notes)
    report_tasks = None
    if tasks:
        from govtargets.extract._notice_entry import notice_tasks
        from govtargets.extract._tasks import ReportTasks, reads_as_report

        notice = notice_tasks(doc)
        yield from notice
        report_tasks = ReportTasks(doc, notice) if reads_as_report(doc, notice) else None
    lex = lexicon or load_lexicon()
    # full-width ？ and ＊ become ? and * when a paragraph is normalised
    # `in` finds one character many times faster than a regex class scans for several
    grammar = Grammar(lex, doc.region, marks=any(c in doc.text for c in "?*�□■？＊"))
    tracker = SectionTracker(doc.doc_kind, doc.report_year)
    year = doc.report_year
    midyear = doc.doc_kind in _MIDYEAR_KINDS
    doc_period = None
    if midyear and doc.title:
        doc_period = period_phrase(normalize(doc.title).text, year)
    national = doc.admin_level == "national"  # 全国 is then the document's own scope
    read_as_notice = doc.doc_kind == "task_assignment"
    seen: set[tuple[object, ...]] = set()
    counted: set[tuple[object, ...]] = set()  # the keys of the facts kept, less their count
    if not facts and report_tasks is None:
        return
    for fact in _facts(doc, lex, grammar, tracker, midyear, doc_period, national, report_tasks, facts):
        if not isinstance(fact, Fact):  # a task
            yield fact
            continue
        if fact.extra.get("multi_year") and not multi_year:
            continue
        if (
            read_as_notice
            and fact.kind == "progress"
            and _DEADLINE_CELL_RE.search(doc.text, max(0, fact.end - 16), fact.end) is not None
        ):
            continue  # a notice's 完成时限 (持续推进 in its cell or after its label) is no status
        if (
            fact.kind == "progress"
            and fact.measure == "status"
            and _DEADLINE_LINE_RE.match(doc.text, doc.text.rfind("\n", 0, fact.start) + 1) is not None
        ):
            continue  # 办理时限\t持续推进，每月25日前报送进展: a deadline, whatever the document
        if dedupe:
            key = (
                fact.kind,
                fact.metric,
                fact.measure,
                # a completion or lag restated in one document with its period read from a table's column
                # (1-9月 → 2024Q1-Q3) and from prose naming none (2024) is one fact: its year decides
                fact.period[:4] if fact.period and fact.measure in ("completion", "lag") else fact.period,
                fact.base_low,
                fact.base_high,
                fact.status,
                fact.extra.get("item"),
                # the same indicator in two status lists (2项未达到…; 4项指标…) are two facts; a named
                # task in a counted list and again in its own row (进度滞后2项（A、B） … A 进度滞后) is one
                None if fact.extra.get("item") else fact.extra.get("count"),
            )
            # a task's status read twice from the same characters is one fact, whichever period each
            # reading gives it (a status section's item under 上半年, and the item's own sentence)
            task = (
                fact.measure == "status" and fact.metric is None and fact.extra.get("item_start") is not None
            )
            same_words = (fact.status, fact.extra.get("item_start"), fact.extra.get("item_end"))
            if key in seen or (task and same_words in seen):
                continue
            seen.add(key)
            if task:
                seen.add(same_words)
            # a status restated without a count (a table's 亮灯 column after 亮绿灯9项：A、B…) is the same
            base = key[:-1]
            if (
                fact.measure == "status"
                and fact.extra.get("count") is None
                and not fact.extra.get("confidence")  # a judgement (完成情况较好) says more than the list
                and base in counted
            ):
                continue
            counted.add(base)
        yield fact


_MAX_STATUS_HEADING = 40
_MAX_TASK_HEADING = 60  # characters of a task heading alone with its unit in brackets
_COUNT_WORD_RE = regex(r"[项個个項]")  # a status heading counts its items: 已完成的（6项）
_HEADING_FIRST = frozenset("(（一二三四五六七八九十0123456789 \t\u3000")  # how a numbered heading starts
# a paragraph that is a numbered heading alone, naming a task: 一、城镇老旧小区改造
_TASK_HEADING_RE = regex(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)"
    r"|[①-⑳⑴-⒇]"  # ①城区农贸市场改造提升 (a decision of an executive meeting)
    r"|\d{1,3}[ \t\u3000]*[｜|丨])"  # 01｜城区公办幼儿园扩容 (a WeChat article's numbered heading)
    r"[ \t\u3000]*(?P<name>[^\s。，,:：;；!！?？()（）]{2,30})"
    r"[ \t\u3000]*(?:[(（][^()（）]{1,24}[)）])?[ \t\u3000]*$"  # (承办单位：县交通运输局)
)
# a paragraph opening with a short numbered heading closed by 。 or ：(（一）已完成的任务。)
_INLINE_HEADING_RE = regex(
    r"\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[.、．])[^。:：]{2,14}[。:：]"
)  # characters of a heading naming a status and a count
_TABLE_BLOCK_MAX = 2000  # paragraphs: a block of short lines is read as a table at most this long


def _facts(
    doc: Document,
    lex: Lexicon,
    grammar: Grammar,
    tracker: SectionTracker,
    midyear: bool,
    doc_period: str | None,
    national: bool,
    report_tasks: ReportTasks | None = None,
    facts: bool = True,
) -> Iterator[Fact | Task]:
    year = doc.report_year
    progress_grammar = ProgressGrammar(grammar)
    # simplified text needs no normalising to be screened for names: skip paragraphs without any
    screen = not (
        doc.traditional
        or national  # its own names (财政收入) are not in the screening pattern
        or ("(" in doc.text and _GLOSS_RE.search(doc.text))
        or (grammar.marks and _MARKED_RE.search(doc.text))
    )
    name_re = lex.name_re
    # progress is read in every section of a review or supervision report, and of a notice too: its kind is a
    # guess (a 督办 reply or a reply on opinions has 牵头 notes), not a reason to throw its statements away
    everywhere = midyear or doc.doc_kind == "task_assignment"
    progress_screen = _REVIEW_SCREEN_RE if everywhere else _PROGRESS_SCREEN_RE
    # a work report's review reports what was finished, too (1.公办幼儿园建设。…已全部投入使用)
    review_screen = _REVIEW_SCREEN_RE if everywhere else _DONE_SCREEN_RE
    block: list[tuple[int, int]] = []  # consecutive short or tabbed lines: a table, perhaps
    actual_period = doc_period if midyear else (str(year - 1) if year else None)
    links = False  # inside a page's list of links to other pages (相关链接 and its · items)
    contexts: dict[str, Context] = {}  # a sentence's reading context by section (not in a mid-year review)
    # the document made half-width once: a paragraph's slice of it is the paragraph's own to_halfwidth
    half = doc.halfwidth_text()
    status_section: StatusSection | None = None  # under 一、已完成的（6项）: its items' status
    label_line = False  # the paragraph before is a task's label line (进展状态：已完成)
    form = False  # inside a form's labelled rows, under a 督办事项 row
    # 图例：✅已完成 ⏳按序时推进 …: what each marker means
    legend = (
        read_legend(doc.text, lambda s: normalize_halfwidth(s, traditional=doc.traditional).text)
        if facts
        else {}
    )
    progress_grammar.section_body = False

    def whole(nt: NormText) -> Sentence:
        """A paragraph read as one sentence of a review (a status section's item, a marked line, a row)."""
        ctx = _context(doc, "review", year, midyear, doc_period, nt.text, national)
        return Sentence(nt, 0, len(nt.text), ctx, doc.text)

    for p0, p1 in virtual_paragraphs(doc.text, traditional=doc.traditional):
        if links and doc.text[p0] not in LINK_BULLETS:
            links = False
        if (
            facts
            and p1 - p0 <= _MAX_TASK_HEADING
            and (task_head := _TASK_HEADING_RE.match(doc.text, p0, p1)) is not None
        ):
            progress_grammar.section = (
                task_head.group("name"),
                task_head.span("name"),
            )  # 一、城镇老旧小区改造
        # 01｜老旧小区改造 / 进展状态：按序时推进 / its body: the paragraph after a label line is the
        # heading's
        progress_grammar.section_body, label_line = label_line, False
        if facts and form and doc.text.find("\t", p0, p1) < 0:
            form, progress_grammar.section = False, None  # the form's rows end (回执2, a heading)
        if facts and (item_row := _FORM_ITEM_RE.match(doc.text, p0, p1)) is not None:
            form, progress_grammar.section = True, (item_row["name"], item_row.span("name"))  # 督办事项\tA
        elif form and _FORM_REPORT_RE.match(doc.text, p0, p1):
            progress_grammar.section_body = True  # 办理情况\t… / 办理结果\t已办结: the record's item
        if (
            facts
            and progress_grammar.section is not None
            and p1 - p0 <= _MAX_LABEL_LINE
            and progress_grammar.opens_with_label(
                normalize_halfwidth(half[p0:p1], traditional=doc.traditional).text
            )
        ):
            label_line = True
        if facts and (
            status_section is not None
            or (p1 - p0 <= _MAX_STATUS_HEADING and "(" in half[p0:p1] and _COUNT_WORD_RE.search(half, p0, p1))
            or (
                half[p0] in _HEADING_FIRST
                and _INLINE_HEADING_RE.match(half, p0, min(p1, p0 + 24)) is not None
            )
        ):
            nt = normalize_halfwidth(half[p0:p1], traditional=doc.traditional, base=p0)
            if (found := section_heading(nt.text)) is not None:
                status_section = found
            elif (inline := inline_section(nt.text)) is not None:
                status_section = None  # （一）已完成的任务。A…；B…: its items are in its own paragraph
                sent = whole(nt)
                for span in inline[1]:
                    subject = Subject((), sent.orig(*span), span)
                    yield progress_grammar.status_fact(sent, subject, inline[0].status, inline[0].count)
            elif status_section is not None:
                if (name := section_item(nt.text)) is not None:
                    sent = whole(nt)
                    subject = Subject((), sent.orig(*name), name)
                    yield progress_grammar.status_fact(
                        sent, subject, status_section.status, status_section.count
                    )
                elif ends_section(nt.text):
                    status_section = None
        if legend and (
            _MARK_SCREEN_RE.search(doc.text, p0, p1) or _COLOUR_SCREEN_RE.search(doc.text, p0, p1)
        ):
            line = normalize_halfwidth(half[p0:p1], traditional=doc.traditional, base=p0)
            if is_legend(line.text):
                continue  # the legend names statuses, of no item
            if (
                (cell := ROW_COLOUR_RE.search(line.text)) is not None
                and cell["mark"] in legend
                and doc.text.find("\t", p0, p1) >= 0
            ):
                # a ledger's row whose cell is filled with a colour the legend explains: 77.5（绿色）
                sent = whole(line)
                if (row := progress_grammar.row_item(sent, cell.start())) is not None:
                    yield progress_grammar.status_fact(sent, row, legend[cell["mark"]], None)
            elif (marked := MARKED_ITEM_RE.match(line.text)) is not None and marked["mark"] in legend:
                # 5. 县人民医院医技综合楼 ⚠️ …: the legend's status for the item the marker follows
                sent = whole(line)
                label = sent.orig(*marked.span("name"))  # as the document writes it
                subject = Subject((), label, marked.span("name"))
                yield progress_grammar.status_fact(sent, subject, legend[marked["mark"]], None)
                # …and what the rest of its line says (⚠️ 完成工程量的58%) is the item's too
                progress_grammar.section = (label, line.span_to_orig(*marked.span("name")))
                progress_grammar.section_body = True
        if facts and (
            links
            or (doc.text[p0] in _NAV_FIRST and (nav := NAVIGATION_RE.match(doc.text, p0, p1)) is not None)
        ):
            links = links or nav.lastgroup == "links"  # type: ignore[union-attr]
            continue  # 上一篇：某县今年GDP增长13%: another page's title, not this one's figure
        if not facts:
            pass  # no table is read for facts
        elif p1 - p0 <= 40 or doc.text.find("\t", p0, p1) >= 0:
            block.append((p0, p1))
            if len(block) >= _TABLE_BLOCK_MAX:
                yield from _tables(doc, block, lex, year, actual_period)
                block = []
        elif block:
            yield from _tables(doc, block, lex, year, actual_period)
            block = []
        if screen and doc.text.find("\n", p0, p1) < 0:  # lines joined: a name may be cut, normalise first
            head = doc.text[p0 : min(p1, p0 + 200)]
            section = tracker.feed(head)  # its patterns take full-width forms
            want_tasks = report_tasks is not None and report_tasks.wants(section, head, p1 - p0)
            has_names = facts and bool(
                name_re.search(doc.text, p0, p1) or _GRAIN_SCREEN_RE.search(doc.text, p0, p1)
            )
            if not want_tasks and (
                not facts
                or (
                    not has_names
                    and not (progress_screen if section in PLAN else review_screen).search(doc.text, p0, p1)
                )
            ):
                continue
            nt = normalize_halfwidth(half[p0:p1], base=p0)
        else:
            nt = normalize_halfwidth(half[p0:p1], traditional=doc.traditional, base=p0)
            section = tracker.feed(nt.text)
            want_tasks = report_tasks is not None and report_tasks.wants(section, nt.text[:200], len(nt.text))
            has_names = True
        if want_tasks:
            assert report_tasks is not None
            yield from report_tasks.paragraph(nt, section)
        if not facts:
            continue
        text = nt.text
        mentions = grammar.mentions(text, 0, len(text), national) if has_names else []
        # 2.固定资产投资。完成41.3亿元,同比增长3.2%: a heading that is a name alone is the subject of the
        # sentences after it that name none, up to the next such heading
        headings = [
            m
            for m in mentions
            if text.startswith(("。", ":"), m.end)
            and ITEM_NUMBER_RE.fullmatch(
                text, max(text.rfind("。", 0, m.start), text.rfind(":", 0, m.start)) + 1, m.start
            )
        ]
        # progress words are found once, in every section: a sentence holds one if one starts in it (no
        # progress word holds a sentence's closing punctuation, so none crosses a sentence's end). A plan
        # section is a prior, not a gate: a status there needs a word that says it has happened
        plan = section in PLAN and not everywhere
        hits = [m.start() for m in (progress_screen if plan else review_screen).finditer(text)]
        progress = bool(hits)
        if not mentions and not progress:
            continue
        i = h = 0
        n_mentions, n_hits = len(mentions), len(hits)
        for s0, s1 in sentences(text):
            while i < n_mentions and mentions[i].start < s0:
                i += 1
            if i == n_mentions and h == n_hits and not headings:
                break  # no name or progress word after this: no later sentence gives a fact
            j = i
            while j < n_mentions and mentions[j].start < s1:
                j += 1
            while h < n_hits and hits[h] < s0:  # hits are in order, as the sentences
                h += 1
            sentence_progress = h < n_hits and hits[h] < s1
            if sentence_progress and plan and not _PLAN_PROGRESS_RE.search(text, s0, s1):
                sentence_progress = False  # a plan: progress only beside a thing happened or a figure
            lead = None
            if j == i and headings and headings[0].end <= s0:
                lead = [m for m in headings if m.end <= s0][-1]
            if j == i and not sentence_progress and lead is None:
                continue
            if midyear:  # the period is the one the text before names (1-6月, 上半年)
                ctx = _context(doc, section, year, True, doc_period, text[max(0, s1 - 300) : s1], national)
            elif section in contexts:  # else the section decides it: made once
                ctx = contexts[section]
            else:
                ctx = contexts[section] = _context(doc, section, year, False, doc_period, "", national)
            if j > i:
                yield from grammar.sentence_facts(nt, s0, s1, ctx, doc.text, mentions[i:j])
            elif lead is not None:
                yield from grammar.sentence_facts(nt, s0, s1, ctx, doc.text, [], lead)
            if sentence_progress:
                read = progress_grammar.sentence_facts(nt, s0, s1, ctx, doc.text)
                if plan and not _HAPPENED_RE.search(text, s0, s1):
                    read = [f for f in read if f.measure != "status"]  # 保质保量完成30项为民办实事项目
                yield from read
            i = j
    if block:
        yield from _tables(doc, block, lex, year, actual_period)


def _tables(
    doc: Document, block: list[tuple[int, int]], lex: Lexicon, year: int | None, actual_period: str | None
) -> Iterator[Fact]:
    if len(block) < 2 and not any("\t" in doc.text[a:b] for a, b in block):
        return
    yield from table_facts(doc.path, doc.text, block, lex, year, actual_period, traditional=doc.traditional)


def _bulletin(doc: Document) -> bool:
    """A statistical bulletin (…年国民经济和社会发展统计公报): its report_year is the year it came out."""
    return (
        doc.doc_kind == "other"
        and doc.title is not None
        and ("统计公报" in doc.title or "統計公報" in doc.title)
    )


def _about_a_report(doc: Document) -> bool:
    """News of a work report (政府工作报告解读, 要点速览丨…政府工作报告): its figures without a year of their
    own are the report's review of the year before."""
    return doc.doc_kind == "other" and doc.title is not None and "政府工作报告" in doc.title


def _context(
    doc: Document,
    section: str,
    year: int | None,
    midyear: bool,
    doc_period: str | None,
    upto: str,
    national: bool,
) -> Context:
    if section in PLAN:
        kind = "target"
        period = str(year) if year else None
    else:
        kind = "actual"
        if midyear:
            period = period_phrase(upto[-300:], year) or doc_period or (str(year) if year else None)
        elif doc.doc_kind == "work_report" or section != "preamble" or _about_a_report(doc) or _bulletin(doc):
            # a report (or news of one) reviews the year before; a statistical bulletin, published the year
            # after its year, reports that year
            period = str(year - 1) if year else None
        else:
            period = str(year) if year else None
    return Context(
        doc=doc.path,
        kind=kind,
        period=period,
        target_period=str(year) if year else None,
        multi_year=section in ("review_multi", "plan_multi"),
        national=national,
        section=section,
        midyear=midyear,
    )
