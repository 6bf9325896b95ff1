"""Status lists and single statuses: 达到序时进度27项, 6项未达到序时进度,分别是:A、B,
A、B 2个指标达到序时进度,
固投未完成序时进度, 1.北湖公园改造:已完成, 新建5所幼儿园(已完成), 规上工业增加值完成情况较好 (low confidence).

Each named item of a list gives one fact: an indicator gets its metric id, a task its text. The count stated
(3项) is kept, and a count that differs from the items named is reported as a warning.
"""

from __future__ import annotations

import re

from govtargets._model import Fact
from govtargets.extract._grammar import _Mention
from govtargets.extract._progress_base import (
    ProgressBase,
    Sentence,
    Subject,
    count_of,
    group_before,
    split_items,
)
from govtargets.extract._progress_status import (
    COUNT_AFTER_RE,
    COUNT_AFTER_STATUS_RE,
    COUNT_BEFORE_STATUS_RE,
    FRAME_RE,
    INTRO_RE,
    ITEM_NUMBER_RE,
    LISTED_TAIL_RE,
    STATUS_RE,
    status_of,
)
from govtargets.status import Reported
from govtargets.text import regex

__all__ = ["StatusReader"]

# task words that an indicator named before them can carry too: 城镇新增就业提前完成全年目标任务
_INDICATOR_TASK_WORDS = frozenset({"提前完成", "超额完成", "进度滞后", "已达序时", "达到序时"})
# …,已提前完成全年目标任务 ; …,提前实现时间过半、任务过半
_ADVERB_RE = regex(r"\s*(?:已经?|均|都|也|全部|总体|基本|仍|还)?(?:提前|如期|顺利)?\s*")
_ITSELF_RE = regex(rf"\s*(?:该?(?:工程|项目))?{_ADVERB_RE.pattern}")  # 工程已竣工, 该项目均已
# between a heading and its status: 1.北湖公园改造: 已完成 ; (三)城东污水厂: 进展情况: 尚未启动
# ; 城东污水厂: 已全面完成 ; 西站枢纽: 受征地拆迁影响,进度滞后 ; 油改电: 根据省厅统一部署,该项任务已取消
# ; (二)老旧小区改造。年度42个小区改造任务已全面完成 ; 目前该任务已全面完成 ; 工程进度明显滞后
_HEADING_GAP_RE = regex(
    r"""\s*(?:(?:进展|完成|推进)情况[:：]?)?\s*
        (?:(?:受|因|由于|根据|按照|经)[^。;；:：,，]{0,30}?(?:[,，]\s*)?)?
        (?:目前|现|截至目前)?
        (?:(?:年度|全年|今年)[^,，;；。:：]{0,14}?(?:任务|工程|项目|工作))?  # the task restated
        (?:该项?(?:任务|工作|项目)?|工程|项目)?
        (?:(?:工程|项目|整体|总体|建设|施工|工作)?(?:进度|进展))?
        (?:目前|现)?(?:已经?|均|全部|总体)?\s*""",
    re.VERBOSE,
)
_CLAUSE_PUNCT = ",，;；。:："
# after 提前完成 / 超额完成, the indicator's own goal: 全年目标任务, 国家下达目标任务, 省下达任务, or nothing
# what a status names as done when it is another task than a heading's: 全面完成保交楼任务
_OTHER_TASK_RE = regex(r"[^,，;；。:：\d]{1,12}?(?:任务|工作)[。.!！]?\s*")
_GOAL_ITSELF_RE = regex(
    r"了?(?:全年|年度|今年|国家|省|市|县|区)?(?:下达|确定)?的?(?:目标)?(?:任务)?(?:目标)?[。.!！]?\s*"
)
# what a task word begins when it states an amount: 已完成12亿元, 已完成工程量的27%
_AMOUNT_AFTER_RE = regex(r"[^,，;；。:：\d]{0,8}?\d")
_ITEM_STOPS = ",，。;；()（）:："  # what ends the text before a bracketed status


class StatusReader(ProgressBase):
    """The status facts of a sentence."""

    def _counted(
        self, sent: Sentence, m: re.Match[str], mentions: list[_Mention], used: list[tuple[int, int]]
    ) -> list[Fact]:
        """达到序时进度27项 ; 6项未达到序时进度,分别是:A、B ; 4项未完成进度(A、B) ; A、B 2个指标达到进度.

        m is a status phrase (STATUS_RE); the count is looked for right before it, then right after it.
        """
        text = sent.nt.text
        before = COUNT_BEFORE_STATUS_RE.search(text, max(sent.s0, m.start() - 24), m.start())
        after = None if before else COUNT_AFTER_STATUS_RE.match(text, m.end(), sent.s1)
        if before is None and after is None:
            return []
        start, end = (before.start(), m.end()) if before else (m.start(), after.end())  # type: ignore[union-attr]
        n = count_of((before or after)["n"])  # type: ignore[index]
        used.append(m.span())
        phrase = m
        status, confidence = status_of(phrase)
        items = self._items_after(sent, end, n)
        if items:
            named = [(s, metric) for s in items for metric in s.metrics or (None,)]
            warning = f"count {n} but {len(items)} items named" if n is not None and n != len(items) else None
            return [
                self.status_fact(
                    sent,
                    Subject((mt,) if mt else (), s.label, s.span),
                    status,
                    n,
                    warning=warning,
                    confidence=confidence,
                )
                for s, mt in named
            ]
        group = group_before(text, mentions, start)
        if group:
            n_ids = sum(len(x.ids) for x in group)
            warning = f"count {n} but {n_ids} items named" if n is not None and n != n_ids else None
            return [
                self.status_fact(
                    sent,
                    Subject((i,), sent.orig(x.start, x.end), (x.start, x.end)),
                    status,
                    n,
                    warning=warning,
                    confidence=confidence,
                )
                for x in group
                for i in x.ids
            ]
        if before is not None and text[before.start() - 1 : before.start()] == "等":
            # 城北污水处理厂扩建、滨河公园二期等5项按计划推进: the names before the count are its items
            c0 = max(max(text.rfind(p, sent.s0, before.start()) for p in _CLAUSE_PUNCT) + 1, sent.s0)
            if names := _names_before(text, c0, before.start(), single=True):
                return [
                    self.status_fact(sent, self._subject(a, b, sent), status, n, confidence=confidence)
                    for a, b in names
                ]
        frame = FRAME_RE.search(text, max(0, start - 120), start)  # 全县32项量化指标中,达到序时进度27项
        if frame and not (
            frame["whole"]
            and before is not None
            and "。" in text[frame.end() : start]
            and not text.endswith(("还有", "另有", "其余", "剩余"), max(0, start - 2), start)
        ):
            # (a whole closed by a comma frames a count before its status in its own sentence only: not
            # …24项重点任务。…沙坪镇承担的3项任务均已完成; a count after it, 已完成31项, or the rest of it,
            # 还有3项进展滞后, in the next one too)
            # a tally: how many of a list stand so, naming none (the cycle applies it to no item)
            tally = Subject((), "", (start, end))
            return [self.status_fact(sent, tally, status, n, tally=True)]
        return []

    def _listed(self, sent: Sentence, m: re.Match[str], used: list[tuple[int, int]]) -> list[Fact]:
        """完成时序进度的指标有:A、B、C、D(共4项): the status (m), the items, then (maybe) their count."""
        text = sent.nt.text
        tail = LISTED_TAIL_RE.match(text, m.end(), sent.s1)
        if tail is None:
            return []
        end = regex(r"[。;；]|$").search(text, tail.end(), sent.s1)
        stop = end.start() if end else sent.s1
        closing = COUNT_AFTER_RE.search(text, tail.end(), stop)
        n = count_of(closing["n"] or closing["m"]) if closing else None
        items = self._list_items(sent, tail.end(), closing.start() if closing else stop)
        if not items:
            return []
        used.append(m.span())
        status, confidence = status_of(m)
        warning = f"count {n} but {len(items)} items named" if n is not None and n != len(items) else None
        return [
            self.status_fact(sent, s, status, n, warning=warning, confidence=confidence)
            for x in items
            for s in _each_metric(x)
        ]

    def _items_after(self, sent: Sentence, at: int, n: int | None = None) -> list[Subject]:
        """The items a count names after it: in brackets, or after 为 / 是 / 即 / 分别是 to the clause end."""
        text = sent.nt.text
        if at < sent.s1 and text[at] in "(（":
            close = regex(r"[)）]").search(text, at + 1, sent.s1)
            if close is None:
                return []
            return [self._subject(a, b, sent) for a, b in split_items(text, at + 1, close.start())]
        intro = INTRO_RE.match(text, at, sent.s1)
        if intro is None:
            return []
        end = regex(r"[。;；]|$").search(text, intro.end(), sent.s1)
        if (items := self._semicolon_items(sent, intro.end(), n)) is not None:
            return items
        return self._list_items(sent, intro.end(), end.start() if end else sent.s1, n)

    def _semicolon_items(self, sent: Sentence, at: int, n: int | None) -> list[Subject] | None:
        """基本完成3项：A，主体工程已完工；B，完成年度任务的95%；C，…。: items separated by semicolons, each
        its first clause with a comment after it, to the full stop (or the count). None if the list after
        the colon is not such (its first item is followed by 、, or its part has no semicolon after it)."""
        text = sent.nt.text
        stop = _SEGMENT_END_RE.search(text, at)
        first = _ITEM_CUT_RE.search(text, at, stop.start() if stop else len(text))
        if stop is None or stop.group() not in ";；" or first is None or first.group() not in ",，":
            return None
        out: list[Subject] = []
        pos = at
        while n is None or len(out) < n:
            seg_end = _SEGMENT_END_RE.search(text, pos)
            b = seg_end.start() if seg_end else len(text)
            cut = _ITEM_CUT_RE.search(text, pos, b)
            x1 = cut.start() if cut else b
            if not 2 <= x1 - pos <= _MAX_NAME or re.search(r"\d", text[pos:x1]):
                break
            out.append(self._subject(pos, x1, sent))
            if seg_end is None or seg_end.group() not in ";；":
                break
            pos = seg_end.end()
        return out or None

    def _list_items(self, sent: Sentence, a0: int, b0: int, n: int | None = None) -> list[Subject]:
        """The items of an open list (no brackets) in text[a0:b0], until one is plainly not an item; a list
        whose count is stated (4项…分别是:A、B、建筑业总产值、…) runs to that count, its other items named."""
        out: list[Subject] = []
        text = sent.nt.text
        for a, b in split_items(text, a0, b0):
            if n is not None and len(out) >= n and text[out[-1].span[1] : a].strip() in (",", "，"):
                break  # 取消1项：霁川物流园二期，因用地规划调整，…: the count is reached, a comment follows
            s = self._subject(a, b, sent)
            if not s.metrics and (b - a > 20 or (out and out[-1].metrics and (n is None or len(out) >= n))):
                break  # the list has ended: 为地区生产总值、固定资产投资,主要受…影响
            out.append(s)
        if n is not None and len(out) == n - 1 and out and not out[-1].metrics:
            # …、市档案馆新馆和城西水厂 (3项): the last two joined by 和
            a, b = out[-1].span
            j = next((k for k in range(a + 2, b - 1) if text[k] in "和及与"), None)
            if j is not None and b - j > 2:
                out[-1:] = [self._subject(a, j, sent), self._subject(j + 1, b, sent)]
        return out

    def _list_before(self, sent: Sentence, m: re.Match[str], mentions: list[_Mention]) -> list[Fact]:
        n = count_of(m["n"])
        s = m["s"]
        status = Reported.NOT_MET if ("没有" in s or "未" in s) else Reported.MET
        group = group_before(sent.nt.text, mentions, m.start())
        n_ids = sum(len(x.ids) for x in group)
        warning = f"count {n} but {n_ids} items named" if n is not None and group and n != n_ids else None
        return [
            self.status_fact(
                sent,
                Subject((i,), sent.orig(x.start, x.end), (x.start, x.end)),
                status,
                n,
                warning=warning,
            )
            for x in group
            for i in x.ids
        ]

    def _bracketed(self, sent: Sentence, m: re.Match[str], used: list[tuple[int, int]]) -> list[Fact]:
        """新建5所公办幼儿园(已完成): a task and its status (m, a STATUS_RE match) in brackets."""
        text = sent.nt.text
        open_at = m.start() - 1
        while open_at > sent.s0 and text[open_at] in _BRACKET_ADVERBS:  # (已全面完成), (均已建成投用)
            open_at -= 1
        if not (sent.s0 < m.start() and text[open_at] in "(（" and text.startswith((")", "）"), m.end())):
            return []
        item_end = open_at
        item_start = max(max(text.rfind(c, sent.s0, item_end) for c in _ITEM_STOPS) + 1, sent.s0)
        if not 2 <= item_end - item_start <= 40:
            return []
        used.append(m.span())
        phrase = m
        status, confidence = status_of(phrase)
        a, b = item_start, item_end
        if (number := ITEM_NUMBER_RE.match(text, a, b)) is not None:
            a = number.end()  # 1.新建…（已完成）: not the number
        s = self._subject(a, b, sent)
        return [
            self.status_fact(
                sent,
                Subject((i,) if i else (), s.label, s.span),
                status,
                None,
                confidence=confidence,
            )
            for i in s.metrics or (None,)
        ]

    def _single(self, sent: Sentence, m: re.Match[str], mentions: list[_Mention]) -> list[Fact]:
        """One indicator's (a list's, a heading's) status: 固投未完成序时进度 ; 1.北湖公园改造:已完成."""
        text = sent.nt.text
        if m["plan"] or (m["task"] and _AMOUNT_AFTER_RE.match(text, m.end(), sent.s1)):
            return []  # 完成进度 alone, 已完成12亿元 or 已完成工程量的27%: an amount
        if text.startswith("的", m.end()) and not text.startswith(("的有", "的是"), m.end()):
            return []  # 达到或超过序时进度的亮绿灯: a rule's condition, naming nothing
        status, confidence = status_of(m)
        c0 = max(max(text.rfind(p, sent.s0, m.start()) for p in _CLAUSE_PUNCT) + 1, sent.s0)
        group = [x for x in mentions if c0 <= x.start and x.end <= m.start()]
        heading = self._heading_at(sent, m.start())
        subjects: list[Subject] = []
        if group:
            gap = text[group[-1].end : m.start()]
            if m["task"]:
                # a task word right after an indicator: 城镇新增就业超额完成全年任务 (not 已完成投资80亿元,
                # not 万元工业增加值用水量提前完成: another quantity's)
                if not (m["task"] in _INDICATOR_TASK_WORDS or status == Reported.ON_SCHEDULE):
                    return []
                if not _ADVERB_RE.fullmatch(gap):
                    return []
            elif re.search(r"\d", gap):
                return []  # 地区生产总值增长5%…达到序时进度: the status is not the name's
            subjects = [
                Subject((i,), sent.orig(x.start, x.end), (x.start, x.end)) for x in group for i in x.ids
            ]
        elif (
            heading is not None
            and _HEADING_GAP_RE.fullmatch(text, heading[1], m.start())
            # (not 全面完成保交楼任务 under （四）城乡发展…: the task it names is its own)
            and not (
                m["task"]
                and _OTHER_TASK_RE.fullmatch(rest := _clause_rest(text, m.end(), sent.s1))
                and not _GOAL_ITSELF_RE.fullmatch(rest)
            )
        ):
            subjects = [heading[0]]  # 1.北湖公园改造工程:已完成
        elif _ADVERB_RE.fullmatch(text, c0, m.start()) and (
            m["task"] is None or m["task"] in _INDICATOR_TASK_WORDS
        ):
            # the clause is the phrase alone: its subject is the last indicator (or list) before it,
            # 实际利用外资完成年度目标的31.2%,未实现“双过半” ; else a heading naming an indicator (二是固投。)
            earlier = [x for x in mentions if x.end <= c0]
            if earlier and (
                m["task"] is None
                or (
                    m["task"] in _INDICATOR_TASK_WORDS
                    and _GOAL_ITSELF_RE.fullmatch(_clause_rest(text, m.end(), sent.s1))
                )
            ):
                # …完成年度目标的46.9%,进度滞后 ; 城镇新增就业3860人,提前完成全年目标任务
                # (not 提前完成“十四五”主要污染物减排任务: another goal than the indicator's)
                last = group_before(text, earlier, earlier[-1].end)
                subjects = [
                    Subject((i,), sent.orig(x.start, x.end), (x.start, x.end)) for x in last for i in x.ids
                ]
            elif not earlier and heading is not None and heading[0].metrics:
                subjects = [heading[0]]
        if (
            not subjects
            and not group
            and m["task"] in _VERDICT_WORDS
            and c0 > sent.s0
            and _ADVERB_RE.fullmatch(text, c0, m.start())
            and (m.end() >= sent.s1 or text[m.end()] in _CLAUSE_PUNCT)
        ):
            # a year-end verdict after the target restated: 地区生产总值增长5.2%，目标6%左右，未完成 ;
            # 城镇新增就业5120人，完成年度目标的102.4%，已完成: the indicator named before
            p0 = max(max(text.rfind(p, sent.s0, c0 - 1) for p in _CLAUSE_PUNCT) + 1, sent.s0)
            earlier = [x for x in mentions if x.end <= p0]
            if earlier and _RESTATED_TARGET_RE.fullmatch(text, p0, c0 - 1):
                last = group_before(text, earlier, earlier[-1].end)
                subjects = [
                    Subject((i,), sent.orig(x.start, x.end), (x.start, x.end)) for x in last for i in x.ids
                ]
        if (
            not subjects
            and not group
            and heading is not None
            and heading[1] <= c0
            and not heading[0].metrics
            and _ITSELF_RE.fullmatch(text, c0, m.start())  # 工程已竣工: the heading's project itself
            and (
                m.end() >= sent.s1
                or text[m.end()] in _CLAUSE_PUNCT
                or _GOAL_ITSELF_RE.fullmatch(_clause_rest(text, m.end(), sent.s1))  # 全面完成年度任务
            )
            and not any(heading[1] <= x.start < c0 for x in mentions)
        ):
            # (四)垃圾分类全覆盖。年度目标为覆盖120个行政村,…,完成率为65%,进展缓慢: the status alone in
            # its clause, in the sentence a task's heading opens (an indicator named between is its subject)
            subjects = [heading[0]]
        if (
            not subjects
            and (
                m.end() >= sent.s1
                or text[m.end()] in _CLAUSE_PUNCT
                or _GOAL_ITSELF_RE.fullmatch(_clause_rest(text, m.end(), sent.s1))  # 超额完成年度任务
            )  # 已完成清产核资: a part done, no status
            and _opens_its_cell(sent, m.start())  # not 施工图设计已完成: a part's
            and (row := self.row_item(sent, m.start())) is not None
        ):
            subjects = [row]  # a task table's row: 1\t苇川大道东延工程\t区住建局\t已完成
        if (
            not subjects
            and not group
            and _OWN_CLAUSE_RE.fullmatch(text, c0, m.start())
            and (
                m.end() >= sent.s1
                or text[m.end()] in _CLAUSE_PUNCT
                or _MARK_RE.match(text, m.end(), sent.s1) is not None  # 进展状态：已完成✅
                or _GOAL_ITSELF_RE.fullmatch(_clause_rest(text, m.end(), sent.s1))
            )
            and (section := self.section_subject(sent)) is not None
        ):
            subjects = [section]  # 一、城镇老旧小区改造 / 完成情况：…，目前按序时推进
        if (
            not subjects
            and (m["task"] or m["ahead"] or m["behind"] or m["sched"])
            and (m.end() >= sent.s1 or text[m.end()] in _CLAUSE_PUNCT)  # not 已完成地震普查工作
            # a list opening its sentence, or 其中's, or after a frame (重点项目方面，; 十件实事中，; 其中，)
            and (
                c0 == sent.s0
                or text.startswith("其中", c0)
                or _FRAME_CLAUSE_RE.fullmatch(
                    text, max(max(text.rfind(p, sent.s0, c0 - 1) for p in _CLAUSE_PUNCT) + 1, sent.s0), c0 - 1
                )
                is not None
            )
            # one project alone by any status (滨江物流园进度滞后 ; 县人民医院新院区快于序时进度)
            and (names := _names_before(text, c0, m.start(), single=True))
            and (m["task"] or len(names) == 1)
        ):
            subjects = [self._subject(a, b, sent) for a, b in names]  # 其中A、B、C提前完成
        return [
            self.status_fact(sent, s, status, None, confidence=confidence, end_at=m.end())
            for x in subjects
            for s in _each_metric(x)
        ]


_BRACKET_ADVERBS = frozenset("已经均全部")
# the task words a year-end review judges a target by, and the clause before them that restates the target
_VERDICT_WORDS = frozenset(
    {"已完成", "已经完成", "未完成", "没有完成", "未能完成", "基本完成", "全面完成", "超额完成"}
)
_RESTATED_TARGET_RE = regex(
    r"\s*(?:(?:年度|全年|预期)?目标(?:为|是|控制在)?[^,，;；。:：]{1,14}"
    r"|完成(?:年度|全年)?(?:目标|计划|预算)(?:任务)?的\d+(?:\.\d+)?%|为(?:年度)?预算的\d+(?:\.\d+)?%)\s*"
)
# a status's mark and nothing after it: 已完成✅ ; 进度滞后⚠️ (symbols and emoji, variation selectors)
_MARK_RE = regex(r"[\u2190-\u2bff\u3297\u3299\ufe0f\U0001f000-\U0001faff]+$")
# a clause that is its status alone, perhaps with a few words of its own (目前, 工程, 前期工作, 总体)
_OWN_CLAUSE_RE = regex(
    r"\s*(?:(?:完成情况|进展情况|工作进展|推进情况|落实情况|办理情况|办理结果|进展状态|完成状态|当前状态"
    r"|推进状态)[:：]?)?"  # (a form's 办理结果\t已办结: the tab is dropped in normalising)
    r"\s*(?:目前|现已|总体|工程|项目|前期工作|各项工作|已经?|均|基本|仍)*\s*"
)
# places, not tasks: 石桥乡, 城关镇, 东湖区
_PLACE_END_RE = regex(r"(?:乡|镇|街道|村|社区)$|^[\u4e00-\u9fff]{1,3}[县区市]$")
_LIST_LEAD_RE = regex(r"\s*(?:其中|另有|此外)?[,，]?\s*")
# between the names and their status: a count (等6件), a reason (因用地规划调整 ; 受资金影响), a decision
# (经研究予以 ; 经县政府研究决定), adverbs (均已, 正在)
_LIST_TAIL_RE = regex(
    r"(?:等[\d一二三四五六七八九十两]*[项件个]?)?"
    r"(?:(?:因|由于|受)[^,，;；。、]{2,16}?(?:影响)?|经[^,，;；。、]{0,12}?(?:研究|批准|同意)(?:决定)?(?:予以)?)?"
    r"(?:均|都|全部|也)?(?:已经?|正在|仍在)?(?:提前|如期|按期|顺利)?\s*$"
)
_MAX_NAME = 20
_PROJECT_END_RE = regex(
    r"(?:工程|项目|中心|医院|学校|小学|中学|幼儿园|站|馆|厂|路|楼|园|线|桥|期|院区|校区|扩建|改建|迁建|新建)$"
)
# a clause that frames the list after it: 其中 ; 重点项目方面 ; 十件民生实事中
_FRAME_CLAUSE_RE = regex(r"\s*(?:其中|[^,，;；。:：\d]{0,12}(?:方面|中))\s*")
# 全县重点项目进度滞后 ; 个别重大项目推进缓慢 ; 十件为民办实事项目如期完成: a group, no item
_GROUP_NAME_RE = regex(
    r"^(?:全[县市区省]|各|部分|个别|有的|少数|一批|多个|一些|[\d一二三四五六七八九十两几]+(?:个|件|项|批|大|方面))"
    # a kind of projects, not one
    r"|(?:贷款|资金|债券|招商|引资|合作|重点|重大|民生|实事|在建|新建|续建|储备|政府投资)项目$"
)
_MIN_NAME = 4  # 祁连山、青海湖国家公园创建: a part of 3 shares its tail with the next: no list
_SEGMENT_END_RE = regex(r"[。;；\n]")
_ITEM_CUT_RE = regex(r"[,，:：(（、]")


def _names_before(text: str, a: int, b: int, single: bool = False) -> list[tuple[int, int]]:
    """Tasks listed right before their status, two or more joined by 、 (其中县城第二水厂、霁川大道东延工程、
    县职教中心新校区提前完成; A、B均已建成投用): their spans, or none if the clause is not such a list."""
    a = _LIST_LEAD_RE.match(text, a, b).end()  # type: ignore[union-attr]
    if (number := ITEM_NUMBER_RE.match(text, a, b)) is not None:
        a = number.end()  # (一)个别重大项目推进缓慢 ; 二是部分项目推进缓慢: not the number
    tail = _LIST_TAIL_RE.search(text, a, b)
    b = tail.start() if tail else b
    if ("、" not in text[a:b] and not single) or "等" in text[a:b]:  # 西气东输、南水北调等重大工程: a kind
        # (A、B等6件: the names before a count are items; the tail above took the count)
        return []
    parts = split_items(text, a, b)
    if not parts:
        return []  # nothing before the status but what the tail took (因…影响尚未开工)
    if any(STATUS_RE.search(text, x, y) or _PLACE_END_RE.search(text[x:y]) for x, y in parts):
        return []  # 分为完成、部分完成和未完成 ; 石桥乡、北山乡推进缓慢: classes or places, not tasks
    if any(not _MIN_NAME <= y - x <= _MAX_NAME or re.search(r"^\d|[%:：;；。]", text[x:y]) for x, y in parts):
        return []
    if len(parts) < 2 and not (
        single
        and _PROJECT_END_RE.search(name := text[parts[0][0] : parts[0][1]])
        and not _GROUP_NAME_RE.search(name)
    ):
        return []  # one name alone only as a project's (县第三小学扩建工程已通过验收)
    return parts


_DONE_AND_RE = regex(r"\s*(?:已经?)?(?:竣工|建成|完工)并")


def _opens_its_cell(sent: Sentence, at: int) -> bool:
    """Whether the status at `at` opens its table cell's clause (…\t已全面完成 ; …，尚未开工), not a
    part's (施工图设计已完成). The cells are found in the text as read: normalising drops the tabs."""
    dt = sent.doc_text
    o = sent.nt.to_orig(at)
    cell0 = max(dt.rfind("\t", 0, o), dt.rfind("\n", 0, o)) + 1
    clause0 = max(cell0, *(dt.rfind(p, cell0, o) + 1 for p in ",，;；。"))
    # 该项任务取消, 已全面完成, 已竣工并投入使用
    return (
        _HEADING_GAP_RE.fullmatch(dt, clause0, o) is not None
        or _DONE_AND_RE.fullmatch(dt, clause0, o) is not None
    )


def _each_metric(s: Subject) -> list[Subject]:
    """A subject naming two indicators (城乡居民收入) as one subject per indicator."""
    if len(s.metrics) <= 1:
        return [s]
    return [Subject((i,), s.label, s.span) for i in s.metrics]


def _clause_rest(text: str, a: int, b: int) -> str:
    """text[a:b] up to the clause's end."""
    ends = [i for i in (text.find(c, a, b) for c in _CLAUSE_PUNCT) if i >= 0]
    return text[a : min(ends, default=b)]
