"""Progress statements: how far a goal is done (completion), how far behind schedule (lag), and the
status lists of mid-year and supervision reports (3项完成进度(A、B、C)、5项未完成进度(…)).

Each named item of a status list gives one fact: an indicator gets its metric id, a task its text. The
count stated (3项) is kept, and a count that differs from the items named is reported as a warning.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govtargets._model import Fact
from govtargets.extract._grammar import Context, Grammar, _Mention
from govtargets.extract._progress_base import Sentence, Subject, count_of, unique
from govtargets.extract._progress_lists import StatusReader
from govtargets.extract._progress_status import ITEM_NUMBER_RE, STATUS_RE, status_of
from govtargets.extract._progress_tables import TableReader
from govtargets.status import Reported
from govtargets.text import NormText, regex

__all__ = ["ProgressGrammar", "STATUS_HINT_RE"]

_PCT = r"\d+(?:\.\d+)?%"
_NUM = r"\d+(?:\.\d+)?"
_COUNT = r"\d+|[一二三四五六七八九十两]+"

# 完成全年任务的47.6%, 分别完成三年任务的289%、97.7%和85%, 为预算调整的105.57%, 完成市下达目标任务的63%,
# 已完成工程量的60%
_COMPLETION_RE = regex(
    rf"""(?:分别)?(?:已)?(?:完成|为|达到|占)了?
         (?:[省市县区]?(?:下达|确定)的?)?
         (?:全年|年度|三年|总|年初|今年|当年|上半年|半年|[一二三四]期|阶段)?     # 完成一期任务的28%
         (?:任务|计划|目标|预算调整数|调整预算数|预算调整|调整预算|预算数|预算|进度|目标任务|目标进度|计划任务
           |工程量|工作量|投资计划|计划投资|总投资|投资)的
         (?P<nums>{_PCT}(?:(?:[、,]|和|及|与){_PCT})*)""",
    re.VERBOSE,
)
# 年度目标完成率为71.5%, 完成进度达52%, 进度为78.3% (not 序时进度为75%: the schedule itself)
_RATE_RE = regex(rf"(?:完成率|完成进度|完成比例|(?<![序时间])进度)(?:为|达到|达|是)?(?P<nums>{_PCT})")
# 滞后进度0.6和8.74个百分点 ; 低于目标(序时进度)3.5个百分点 ; 快于序时进度6.3个百分点 ;
# 比序时进度低0.7个百分点.
# 低于全市2.1个百分点 is a comparison with another place, not a lag: a goal or a schedule must be named.
_LAG_RE = regex(
    rf"""(?:(?P<dir>滞后|落后|低于|慢于|差|高于|快于|超过|超出|超|领先)了?于?  # 超了序时进度 (spoken)
            (?:年度|全年|预期|市定|市下达|省定|确保)?(?:目标|序时进度|时序进度|时间进度|进度)
            (?:[(（](?:序时|时序)?进度[)）])?                    # 目标(序时进度)
          | 比(?:年度|全年|预期)?(?:目标|(?:序时|时序|时间)?进度)   # 比年度目标高了0.7个百分点
            (?P<dir2>低|慢|落后|滞后|高|快|超前|超出|领先|差)了?
          | (?P<dir3>与|距离?)(?:{_PCT}的)?(?:年度|全年|预期)?(?:目标|序时进度|时序进度|时间进度)(?:还)?相?差)
         (?:分别)?(?P<nums>{_NUM}个?(?:(?:[、,]|和|及|与){_NUM}个?)*)百分点""",
    re.VERBOSE,
)
_BRACKET_CUE_RE = regex(r"进度|完成率|完成年度目标")
# a clause that is a completion alone (完成年度投资的31.5% ; 仅完成年度计划的41.7%)
_FIGURE_CLAUSE_RE = regex(r"\s*(?:累计|已经?|仅|共)?(?:完成|为|占)[^,，;；。:：]{0,12}?的\d+(?:\.\d+)?%\s*")
# a sentence about a neighbour: 同期，邻近的琮山县… ; 周边的河口县… (its figures and statuses are not ours,
# in every clause; _NOT_OURS_RE below judges one figure's clause)
_NEIGHBOUR_RE = regex(r"\s*(?:同期[,，]?\s*)?(?:邻近|周边|相邻|毗邻)的?[\u4e00-\u9fff]{1,6}[县市区旗]")
# in a figure's clause, what makes the figure not the region's own: a call or a forecast (确保…, 预计…可),
# others' average (全市同类项目平均完成率), the same period elsewhere (同期全省, 同期邻近的枫港市), a district
# that is a part of the whole (其中青萝区; not 其中中心城区快速路二期)
_NOT_OURS_RE = regex(
    r"确保|力争|争取|预计|可能|有望|努力|平均|同类"
    r"|同期(?:全省|全国|邻近|周边|相邻|[\u4e00-\u9fff]{1,4}[省市])"
    r"|其中[\u4e00-\u9fff]{2,3}(?<![城全])[区县](?!级)"
)
# a town or a park opening the figure's clause: 桂岭镇固定资产投资完成率达68% ; 柘岭经开区规上工业总产值完成
# 进度达31.5% (not 县城至龙潭镇公路改建工程…). The fact grammar's test of a sub-area (Grammar._park_owns)
# judges a named indicator; a progress figure often names none (完成率达68%), so its clause is read here.
_TOWN_RE = regex(
    r"\s*(?:其中|同期)?(?:[\u4e00-\u9fff]{1,3}(?:(?<![城乡])镇|(?<![城镇])乡(?![村镇])|街道)"
    r"|[\u4e00-\u9fff]{1,6}(?:经开区|开发区|高新区|工业园区|产业园区|产业园))(?=[\u4e00-\u9fff])"
)
# a figure of another bulletin or article, in the sentence before it: 上期情况详见… ; 相关阅读：…
# a sentence that reports others' words: a 审议意见 quoted, a deputy's or member's remark (its figures are
# theirs: another time, another place)
_OPINION_RE = regex(
    r"\s*(?:审议意见|代表建议|意见建议)(?:[:：]|指出|认为|提出)|\s*(?:有|部分|个别)?(?:代表|委员)(?:们)?(?:指出|认为|提出|反映|建议|表示)"
)
_OTHER_PAPER_RE = regex(r"上期|上一期|往期|相关阅读|延伸阅读|详见本室第")
_BARE_PROGRESS = ("进度",)
_CLAUSE_MARKS = ",，;；:：。"
_ALL_RE = regex(r"\s*(?:均|都|全部|也都)\s*")
_CLAUSE_LEAD_RE = regex(r"\s*(?:其中|另外|此外|同时)?[,，]?\s*")
_CLAUSE_TAIL_RE = regex(r"(?:总体|累计|目前|已经?|仅|共|均|全年|上半年|前三季度|一季度)*$")
_MAX_CLAUSE_SUBJECT = 16


def _status_closing(text: str, a: int, b: int) -> int | None:
    """Where a status phrase that closes text[a:b] starts (滨江物流园进度滞后), if one does."""
    found = [m for m in STATUS_RE.finditer(text, a, b) if m.end() == b]
    return found[-1].start() if found and found[-1].start() > a else None


# the doer opening the clause before: 县城至龙潭镇公路改建工程完成年度计划投资的48.0%
_DOER_RE = regex(r"\s*(?P<name>[^\d,，:：;；。()（）]{2,16}?)(?:累计|已经?|共|仅)?(?:完成|实现|达到|占)")
# a clause that is an item alone, numbered or not, with its unit in brackets:
# ①城市中心区地下综合管廊二期（市住建局）
_NAMED_CLAUSE_RE = regex(
    r"\s*(?:[\u2460-\u2487]|\d+[.、．](?!\d)|[(（]\d+[)）])?\s*(?P<name>[^\d()（）]{2,20}?)\s*[(（][^()（）]{1,16}[)）]\s*"
)
# no item: a figure, a place's or a park's figure (云台县重点任务, 柘岭经开区…), a reason (受…影响), a verb
# first (完成…), the goal itself (年度目标完成率为58.3%)
_NOT_A_SUBJECT_RE = regex(
    r"[\d%]|^[\u4e00-\u9fff]{2,3}(?:县|镇|乡|街道)|片区$|^(?:受|因|由于|完成|实现|达到|占|为|按|对|要)|影响$|的$"
    r"|^(?:年度|全年)?(?:目标|任务|计划)$|开发区|经开区|高新区|园区|产业园|[数率量]$"  # 完工数: a measure
    r"|^(?:累计|合计|总计|共计|共)$"  # 累计完成投资…: no name
)
_CUE_REACH = 120  # characters before a sentence where its list's cue may stand (…的有A（86.4%）；B（80.6%）)
_BRACKET_PCT_RE = regex(r"\((?P<v>\d+(?:\.\d+)?)%\)")
_THRESHOLD_RE = regex(r"(?:及|或)?(?:以上|以内|以下|之内)|的")  # (…15个百分点及以上的: a rule's bound)
# every status phrase holds one of these (a quick test before the long status pattern)
STATUS_HINT_RE = regex(
    r"""进度|过半|情况|滞后|缓慢|取消|启动|开工|竣工|建成|投用|投入使用|正在实施|销号|办结|灯|预期|顺利|运营|序时
      | 基本完成|未能完成|完工|验收|投产|较慢|偏慢|未办结|完成\d
      | (?:完成|实现|达到)(?:[省市县区]下达的)?(?:年度|全年)
      | (?:全面|提前|超额|如期|部分|没有|未|已经?)完成
      | (?:正在|有序|正常|稳步|序时|时序|进度|计划|节点|顺利|持续)推进 | 正在办理
      | (?:已|正在|部分|未)落实""",
    re.VERBOSE,
)
_BEHIND = frozenset({"滞后", "落后", "低于", "慢于", "差", "低", "慢"})
# A、B等6项主要指标增速没有达到预期 ; A和B2项指标增幅还未达到预期目标 ; 4项指标…没有实现时间过半任务过半目标
_LIST_BEFORE_RE = regex(
    rf"""等?(?P<n>{_COUNT})项(?:主要)?(?:经济)?(?:发展)?指标[^。;；项]{{0,60}}?
         (?P<s>没有达到预期|未达到预期|还未达到预期|没有实现[^。;；]{{0,12}}目标|未完成|没有完成)""",
    re.VERBOSE,
)
# 其余70项任务指标全部按进度顺利推进 ; 全面完成34项为民办实事任务 ; 十个方面为民办实事项目…完成半年形象进度
_COUNT_ONLY_RE = regex(
    rf"""(?P<a>其余(?P<n1>{_COUNT})(?:项|个)[^。;；,，]{{0,12}}?)(?:全部|基本|均)?按(?:序时|时序|计划)?(?:进度|推进)
        |(?:全面|如期)?完成(?P<b>(?P<n2>{_COUNT})项为民办实事(?:任务|项目))
        |(?P<c>(?P<n3>{_COUNT})(?:个方面|件|项)为民办实事(?:项目|任务)?)[^。;；]{{0,20}}?(?:如期完成|完成|超额完成)""",
    re.VERBOSE,
)


class ProgressGrammar(StatusReader):
    """Progress facts of one sentence (and of the progress tables a sentence heads)."""

    def __init__(self, grammar: Grammar) -> None:
        super().__init__(grammar)
        self.tables = TableReader(self)

    def sentence_facts(self, nt: NormText, s0: int, s1: int, ctx: Context, doc_text: str) -> list[Fact]:
        text = nt.text
        if _NEIGHBOUR_RE.match(text, s0, s1):
            return []  # 同期，邻近的琮山县6个省重点项目…: a neighbour's sentence, all of it
        sent = Sentence(nt, s0, s1, ctx, doc_text)
        words = text[s0:s1]
        # each pattern only where its key words stand (cheap `in` tests before the regexes)
        # 10件民生实事中，已完成2件 ; 审议意见6条，已办结3条
        has_count = "项" in words or "个指标" in words or "件" in words or "条" in words
        statuses = list(STATUS_RE.finditer(text, s0, s1)) if STATUS_HINT_RE.search(words) else []
        figures: list[tuple[re.Match[str], str, str, int]] = []
        if "的" in words:
            figures += [(m, "completion", "%", 1) for m in _COMPLETION_RE.finditer(text, s0, s1)]
        if "完成" in words or "进度" in words:
            figures += [(m, "completion", "%", 1) for m in _RATE_RE.finditer(text, s0, s1)]
        if "百分点" in words:
            figures += [
                (m, "lag", "百分点", 1 if m["dir3"] or (m["dir"] or m["dir2"]) in _BEHIND else -1)
                for m in _LAG_RE.finditer(text, s0, s1)
            ]
        before = list(_LIST_BEFORE_RE.finditer(text, s0, s1)) if has_count else []
        count_only = list(_COUNT_ONLY_RE.finditer(text, s0, s1)) if has_count or "为民办实事" in words else []
        out: list[Fact] = self.tables.header(sent)
        # 进度超过80%的有城镇新增就业（86.4%）、…: a completion in brackets right after a name
        bracketed = "%)" in words and _BRACKET_CUE_RE.search(text, max(0, s0 - _CUE_REACH), s1) is not None
        if not (figures or statuses or before or count_only or bracketed):
            return out
        mentions = self.g.mentions(text, s0, s1, ctx.national)
        if bracketed:
            for x in mentions:
                if (b := _BRACKET_PCT_RE.match(text, x.end, s1)) is not None:
                    for metric in x.ids:
                        subject = Subject((metric,), sent.orig(x.start, x.end), b.span("v"))
                        value = Decimal(b["v"])
                        out.append(
                            self._fact(sent, subject, "completion", value, "%", None, None, start_at=x.start)
                        )
        used: list[tuple[int, int]] = []  # status phrases already read as part of a list
        for m, measure, unit, sign in figures:
            if _THRESHOLD_RE.match(text, m.end()):
                continue  # 低于序时进度5个百分点以上的亮红灯, 进度超过80%的: a rule's bound
            c0 = max(max(text.rfind(p, s0, m.start()) for p in _CLAUSE_MARKS) + 1, s0)
            if _NOT_OURS_RE.search(text, c0, m.start()):
                continue  # 确保…完成年度目标的100% ; 同期全省… ; 全市同类项目平均完成率为71.2%
            if _TOWN_RE.match(text, c0, m.start()):
                continue  # 桂岭镇固定资产投资完成率达68% ; 柘岭经开区规上工业总产值完成进度达31.5%
            if _OTHER_PAPER_RE.search(text, s0, m.start()) or _OPINION_RE.match(text, s0, m.start()):
                continue  # (上期情况详见…：截至8月底，…的69.8%) ; (相关阅读：…): another bulletin's figure
            out += self._numbers(sent, m, measure, unit, mentions, sign)
        if has_count:
            for m in statuses:
                out += self._counted(sent, m, mentions, used)
        if "的" in words:
            for m in statuses:
                if not any(a < m.end() and m.start() < b for a, b in used):
                    out += self._listed(sent, m, used)
        for m in before:
            out += self._list_before(sent, m, mentions)
            used.append(m.span("s"))
        if "(" in words or "（" in words:
            for m in statuses:
                if not any(a < m.end() and m.start() < b for a, b in used):
                    out += self._bracketed(sent, m, used)
        for m in statuses:
            if not any(a < m.end() and m.start() < b for a, b in used):
                single = self._single(sent, m, mentions)
                if not single and not m["task"]:
                    single = self._all_of(sent, m, out)  # A完成…的82.5%，B完成率达76.4%，均快于序时进度
                out += single
        for m in count_only:
            group = "a" if m["a"] else "b" if m["b"] else "c"
            n = count_of(m["n1"] or m["n2"] or m["n3"])
            status = Reported.ON_SCHEDULE if group == "a" else Reported.MET
            out.append(self.status_fact(sent, Subject((), "", m.span(group)), status, n))
        return unique(out)

    # --- figures: completion and lag ------------------------------------------------------------------------

    def _all_of(self, sent: Sentence, m: re.Match[str], facts: list[Fact]) -> list[Fact]:
        """A status standing after 均 (all of them) in its own clause, after the figures of named tasks in
        the sentence: each of those tasks has it."""
        text = sent.nt.text
        c0 = max(max(text.rfind(p, sent.s0, m.start()) for p in _CLAUSE_MARKS) + 1, sent.s0)
        if not _ALL_RE.fullmatch(text, c0, m.start()):
            return []
        status, confidence = status_of(m)
        named = {
            f.extra["item"]: f for f in facts if f.measure in ("completion", "lag") and f.extra.get("item")
        }
        out = []
        for label, f in named.items():
            a, b = f.extra["item_start"], f.extra["item_end"]
            subject = Subject((), label, (0, 0), (int(a), int(b)))
            out.append(self.status_fact(sent, subject, status, None, confidence=confidence))
        return out

    def _clause_subject(self, sent: Sentence, at: int) -> Subject | None:
        """The words opening the clause before a completion (其中中心城区快速路二期完成年度投资的56%), as its
        item: a short noun phrase with no figure, not a place's (云台县重点任务…) nor a reason (受…影响)."""
        text = sent.nt.text
        c0 = max(max(text.rfind(p, sent.s0, at) for p in _CLAUSE_MARKS) + 1, sent.s0)
        lead = _CLAUSE_LEAD_RE.match(text, c0, at)
        a = lead.end() if lead else c0
        if (number := ITEM_NUMBER_RE.match(text, a, at)) is not None:
            a = number.end()  # （四）城市更新项目投资仅完成年度计划的66%
        tail = _CLAUSE_TAIL_RE.search(text, a, at)
        b = tail.start() if tail else at
        if a == b and c0 > sent.s0:
            # ①城市中心区地下综合管廊二期（市住建局），完成年度投资的22%: the item in the clause before
            p0 = max(max(text.rfind(p, sent.s0, c0 - 1) for p in _CLAUSE_MARKS) + 1, sent.s0)
            if p0 > sent.s0 and _FIGURE_CLAUSE_RE.fullmatch(text, p0, c0 - 1):
                # 滨江物流园进度滞后，完成年度投资的31.5%，慢于序时进度18.5个百分点: past the completion
                c0, p0 = p0, max(max(text.rfind(p, sent.s0, p0 - 1) for p in _CLAUSE_MARKS) + 1, sent.s0)
            named = _NAMED_CLAUSE_RE.fullmatch(text, p0, c0 - 1) or _DOER_RE.match(text, p0, c0 - 1)
            if named is not None:
                a, b = named.span("name")
            elif (status := _status_closing(text, p0, c0 - 1)) is not None:
                # 滨江物流园进度滞后，完成年度投资的31.5%: the project named before its status
                lead = _CLAUSE_LEAD_RE.match(text, p0, status)
                a, b = (lead.end() if lead else p0), status
            else:
                return None  # (…工程完成年度计划投资的48.0%，低于序时进度18.7个百分点: the doer before)
        words = text[a:b]
        if not 2 <= len(words) <= _MAX_CLAUSE_SUBJECT or _NOT_A_SUBJECT_RE.search(words):
            return None
        return self._subject(a, b, sent)

    def _numbers(
        self,
        sent: Sentence,
        m: re.Match[str],
        measure: str,
        unit: str,
        mentions: list[_Mention],
        sign: int = 1,
    ) -> list[Fact]:
        text = sent.nt.text
        nums = [
            (x.start(), x.end())
            for x in re.finditer(_NUM + ("%" if unit == "%" else ""), text[: m.end("nums")])
            if x.start() >= m.start("nums")
        ]
        # the subjects: the indicators named before it in the sentence, the last ones first
        before = [x for x in mentions if x.end <= m.start()]
        ids = [(i, x) for x in before for i in x.ids]
        subjects: list[tuple[str | None, _Mention | None]]
        heading = None
        if len(ids) >= len(nums) and before:
            # only names after the last figure of another subject: 地区生产总值…完成全年任务的47.6%
            subjects = list(ids[len(ids) - len(nums) :])
            if len(nums) == 1:
                subjects = [ids[-1]]
        else:
            subjects = [(None, None)] * len(nums)
            if not before and len(nums) == 1:
                heading = self._heading(sent, m.start())  # 3.社会消费品零售总额(第5项):增长4.2%,低于目标…
                if heading is None:
                    heading = self.row_item(sent, m.start())  # a task table's row: …\t已完成工程量的60%
                if heading is None:
                    heading = self._clause_subject(sent, m.start())  # 公办幼儿园建设完成年度任务的64%
        if heading is None and subjects[0][0] is None and m.group().startswith(_BARE_PROGRESS):
            return []  # 保交房进度达到96%: a bare 进度 names no indicator or task here
        count = len(nums) if len(nums) > 1 else None
        out = []
        for (metric, mention), (a, b) in zip(subjects, nums, strict=False):
            value = sign * Decimal(text[a:b].rstrip("%"))
            if heading is not None:
                for hm in heading.metrics or (None,):
                    subject = Subject((hm,) if hm else (), heading.label, (a, b))
                    out.append(
                        self._fact(sent, subject, measure, value, unit, None, count, start_at=heading.span[0])
                    )
                continue
            label = sent.orig(mention.start, mention.end) if mention else ""
            subject = Subject((metric,) if metric else (), label, (a, b))
            start_at = mention.start if mention else None
            out.append(self._fact(sent, subject, measure, value, unit, None, count, start_at=start_at))
        return out
