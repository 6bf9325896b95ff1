"""The fact grammar: indicator names and quantities in one sentence become actual and target facts.

A sentence is read as a sequence of tokens, indicator names and quantities. Names joined by 、/和/及
form a group; the quantities after a group, separated from it only by linking words (实现, 同比增长,
控制在 …), form a run. The run is cut into chunks of like quantities (amounts, percentages), and each
chunk is given to the group's indicators: one number to all of them (均), as many numbers as indicators
pairwise (分别), or, after 分别, to the last indicators named. Anything else between a name and a number
(another noun, 全国, 园区, 为预算的) breaks the link: no fact is better than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from govtargets._model import Fact, new_fact
from govtargets.extract._cues import patterns
from govtargets.extract._mentions import Mention as _Mention
from govtargets.extract._mentions import MentionFinder
from govtargets.extract._reading import load_cues, reading, year_named
from govtargets.extract._years import PLAN_SPAN_RE, VERSUS_YEAR_RE, YEAR, sentence_years, year_span
from govtargets.lexicon import Lexicon
from govtargets.numbers import Quantity, find_quantities
from govtargets.text import NormText, regex

__all__ = ["Grammar", "Context"]

_COORD_RE = regex(r"^(?:[、,和及与]|以及|和全体|、全体)?$")
_ENUM_RE = regex(r"(?:[、和及与][\u4e00-\u9fff]{2,8}?)+(?=分别|均)")
_GAP_PUNCT_RE = regex(r"[\s,、;:“”\"'‘’·/|\-—]+")  # a parenthesis breaks a run: (同口径增长2.5%) is an aside
# a number that modifies the noun after it is not a value: 生产总值超200亿元县, 增长5%的基础上
_MODIFIES_NEXT = frozenset("县区市镇乡村项企户的级类型家个")
# what a count of names is a count of: 3个指标, 2项主要指标, 4项任务
_COUNTED_NOUN_RE = regex(r"(?:主要|约束性|预期性|考核)?(?:经济)?(?:指标|任务|工作|事项)")
_BOUND_WORDS = frozenset({"突破", "超过", "超", "逾"})
# 控制在3.2%的较低水平, 保持在4.8%的合理区间: the number is the level itself, not a modifier of a noun.
# In a review it is the measured level (exact), unlike 控制在3.2%以内: a ceiling restated, not scored
# (annotation.md)
_LEVEL_NOUN_RE = regex(r"的(?:较低|较高|低|合理|正常|适度|较好)?(?:水平|区间|范围|幅度|位置)")
# a short note in brackets right after a name, with no number in it: (GDP), (不含农户), (现价)
_ABBREV_RE = regex(r"\([^()\d]{1,10}\)")
_DATE_RE = regex(
    YEAR + r"年(?:底|末|全年)?|\d{1,2}月(?:底|末|份)?|1-\d{1,2}月|[上下]半年|前三季度|[一二三四]季度"
)
_PCT_UNITS = frozenset({"%"})  # ‰ converts to % (units.yaml)
# the goal named between a name and its figure: 今年预期增长, 增长目标确定为, 将/要增长 (see reading())
_GOAL_GAP_RE = regex(
    r"""今年(?=预期|力争|要|将|计划|确保|争取|目标)
      | (?:速度)?(?:的)?(?:宏观)?(?:预期|增长|发展|调控)?目标,?(?:是|为|定为|确定为|设定为|值为)
                                                              # 增长速度的宏观调控目标,定为
      | [将要](?=增长|达到|实现|突破|保持|控制)""",
    re.VERBOSE,
)
_GOAL_BEFORE_RE = regex(r"目标,?(?:确定|设定|定)?$")
# the circumstances of a figure, between its name and its number: 在对美贸易下降超3成的情况下; 剔除减税降费
# 因素后 (the figure is still the indicator's); 突破6万关口、 (a round bound passed before the figure reached)
_CIRCUMSTANCE_RE = regex(
    r"""在[^,;。]{1,24}?(?:的情况下|的背景下|的形势下)
      | (?:剔除|扣除|扣减|除去|考虑)[^,;。]{1,12}?因素(?:影响)?后?  # 考虑价格下降因素,比上年实际增长4.3%
      | 经过[^,;。\d]{1,12}?(?:努力|工作)  # 经过各方面的努力，实际回落到6.1%
      | (?:受到?|克服)[^,;。\d]{1,16}?(?:影响|冲击|压力)  # 进出口总额受订单下滑影响，下降3.2%
      | 在[^,;。在]{1,30}?的基础上  # 在…平均每年递增7.9%的基础上，比上年增长14.2%
      | (?:增长|增加|翻)[\d.一二两三四五六七八九十]+倍(?:多)?,  # 五年间…增长1倍,1992年达到…: a span's growth
      | (?:突破|跨过|跨越|迈过|越过|冲破|跨上|迈上|站上)[\d.]*[十百千万亿]+元?(?:大关|关口|台阶)""",
    re.VERBOSE,
)


def _gap_words_ok(progress_re: re.Pattern[str], link_re: re.Pattern[str], gap: str) -> bool:
    """Whether the gap holds only link words (增长, 达到, 同比, a date, a goal named …)."""
    if progress_re.search(gap) or (gap.endswith("的") and _COMPARED_BASE_RE.search(gap)):
        return False  # 比2023年的41.8万吨增加0.8万吨: the figure compared with, not this year's
    gap = _CIRCUMSTANCE_RE.sub("", _ABBREV_RE.sub("", _GOAL_GAP_RE.sub("", gap)))
    if "年" in gap:
        gap = VERSUS_YEAR_RE.sub("", gap)
    rest = _GAP_PUNCT_RE.sub("", link_re.sub("", _DATE_RE.sub("", gap)))
    return not rest


@dataclass(frozen=True, slots=True)
class Context:
    """What the grammar needs to know about the document and the sentence's place in it."""

    doc: str
    kind: str  # actual | target: the section's default reading
    period: str | None  # the period facts of that kind cover
    target_period: str | None  # the period of a target stated inside a review (确保全年…)
    multi_year: bool  # the section itself is multi-year (过去五年, 十五五)
    national: bool  # the document is a national report (全国 is its own scope)
    section: str = ""  # the report section (a prior for target vs actual; "" or preamble: none known)
    midyear: bool = False  # a mid-year review or supervision report (its actuals are this year's)


class Grammar:
    """Compiled cue-word patterns for one lexicon and one document's region."""

    def __init__(self, lex: Lexicon, region: str | None = None, *, marks: bool = True) -> None:
        """marks=False: the document holds no mirror-site mark (? * � □ ■), none is looked for."""
        self.lex = lex
        self._region = region or ""
        self._years: list[tuple[int, int, bool]] = []  # of the sentence being read
        self._stretch_of: dict[
            int, Quantity
        ] = {}  # of the sentence being read: id of a figure → its 力争 figure
        self.marks = marks
        self._mentions = MentionFinder(lex, region, marks=marks)
        self._gap_cache: dict[str, bool] = {}
        p = patterns(lex)
        self._left_re = p["left"]
        self._cue_words = p["cue_words"]
        self._cue_re = p["cue"]
        self._link_re = p["link"]
        self._multi_re = p["multi"]
        self._avg_re = p["avg"]
        self._progress_re = p["progress"]
        self._target_re = p["target"]
        self._future_year_re = p["future_year"]
        self._estimate_re = p["estimate"]
        self._cues = load_cues()
        # 从2020年的3.68万亿元增长到2025年的4.93万亿元: the first is an old value, the second the latest
        self._from_re = p["from"]
        self._to_re = p["to"]

    # --- tokens -------------------------------------------------------------------------------

    def mentions(self, text: str, start: int, end: int, national: bool) -> list[_Mention]:
        """Indicator names in text[start:end] that stand as the region's own indicator."""
        return self._mentions(text, start, end, national)

    def _gap_ok(self, text: str, a: int, b: int) -> bool:
        """Whether only link words (增长, 达到, 同比, a date …) stand between a name and its figure."""
        if b <= a:
            return True
        # by the gap's words alone, once per document: the same gaps (增长, 同比增长, 比上年增长) come back
        # in every paragraph, and eight regex passes over each cost more than a lookup
        gap = text[a:b]
        ok = self._gap_cache.get(gap)
        if ok is None:
            ok = self._gap_cache[gap] = _gap_words_ok(self._progress_re, self._link_re, gap)
        return ok

    def _cue(self, text: str, a: int, b: int) -> str | None:
        last = None
        for m in self._cue_re.finditer(text, a, b):
            if (
                text.find("目标", max(a, m.start() - 5), m.start()) >= 0
                and self._cue_words[m.group()] == "level"
                and _GOAL_BEFORE_RE.search(text, max(a, m.start() - 5), m.start())
            ):
                continue  # 增长目标(确定)为8%: 为 names the goal, it is no level verb
            last = self._cue_words[m.group()]
        return last

    def _park_owns(self, text: str, s0: int, at: int) -> bool:
        """Whether the name at text[at] is a sub-area's (园区, 开发区, 高新区 …), not the region's.

        深化经开区改革,…,利用外资增长45%: the park's figure, unless 全省… says otherwise;
        自贸区实现进出口总额…, 高新区:规上工业增加值…, 高新区要努力实现生产总值…: the park's own, whatever
        stands before the name;
        其中，高新区实现地区生产总值486亿元，…，规模以上工业增加值增长21%: the park is the sentence's subject,
        every figure after it is its own until the region is named again (全县, 我市).
        """
        if (
            town := _TOWN_OWNS_RE.search(text, max(s0, at - _TOWN_REACH), at)
        ) is not None and town.end() == at:
            return True  # 南渡镇力争地区生产总值突破220亿元: the town's figure
        if text.find("区", s0, at) < 0 and text.find("园", s0, at) < 0:  # every park word holds one
            return False
        park = None
        for park in _PARK_RE.finditer(text, s0, at):  # noqa: B007 (the last one counts)
            pass
        if park is None or park.group() in self._region:  # 示范区 may be the region itself
            return False
        if not _DIGIT_RE.search(text, park.end(), at) and (
            _PARK_OWNS_RE.fullmatch(text, park.end(), at)
            or not self._left_re.search(text, max(s0, at - 4), at)
        ):
            return True
        return bool(
            _PARK_LEAD_RE.fullmatch(text, s0, park.start())
            and (
                _PARK_VERB_RE.match(text, park.end())
                # 桐山经济开发区规上工业增加值增长10.9%,固定资产投资增长14.2%: a name right after it
                or self.lex.name_re.match(text, _PARK_MARK_RE.match(text, park.end()).end())  # type: ignore[union-attr]
            )
            and not _REGION_SCOPE_RE.search(text, park.end(), at)
        )

    # --- facts --------------------------------------------------------------------------------

    def sentence_facts(
        self,
        nt: NormText,
        s0: int,
        s1: int,
        ctx: Context,
        doc_text: str,
        mentions: list[_Mention] | None = None,
        lead: _Mention | None = None,
    ) -> list[Fact]:
        """Facts of the sentence nt.text[s0:s1]; `mentions` are its names if already found. `lead`: the name
        its paragraph's heading gives (2.固定资产投资。完成41.3亿元,同比增长3.2%), the subject of a sentence
        that names none."""
        text = nt.text
        if mentions is None:
            mentions = self.mentions(text, s0, s1, ctx.national)
        if not mentions and lead is None:
            return []
        quantities = [q for q in find_quantities(text, s0, s1) if q.base_unit not in ("年", "天", "倍")]
        self._years = sentence_years(text, s0, s1)  # once per sentence: each fact looks at those before it
        self._stretch_of = {}
        if not quantities:
            return []
        # drop quantities inside a name (万元GDP能耗 has none, but be safe) and order the tokens
        spans = [(m.start, m.end) for m in mentions]
        quantities = [q for q in quantities if not any(a < q.span[1] and q.span[0] < b for a, b in spans)]
        if text.find("的基础上", s0, s1) >= 0:  # 在…平均每年递增7.9%的基础上: the base's figure, no value
            bases = [m.span() for m in _ON_THE_BASIS_RE.finditer(text, s0, s1)]
            quantities = [q for q in quantities if not any(a <= q.span[0] < b for a, b in bases)]
        tokens: list[_Mention | Quantity] = sorted(
            [*mentions, *quantities], key=lambda t: t.start if isinstance(t, _Mention) else t.span[0]
        )
        facts: list[Fact] = []
        group: list[_Mention] = [lead] if lead is not None else []
        run: list[tuple[Quantity, int]] = []  # quantity and where its gap starts
        history: list[tuple[str, _Mention, set[str]]] = []
        prev_end = s0
        for tok in tokens:
            if isinstance(tok, _Mention):
                if group and not run and _COORD_RE.match(text[prev_end : tok.start]):
                    group.append(tok)
                else:
                    facts += self._flush(group, run, history, nt, s0, s1, ctx, doc_text)
                    group, run = [tok], []
                prev_end = tok.end
                continue
            q = tok
            if run and _is_stretch_gap(text, prev_end, q.full_span[0]) and _family(run[-1][0]) == _family(q):
                # 增长5.5%以上、力争6%: the figure after 力争 is the stretch of the one before, not a figure
                self._stretch_of[id(run[-1][0])] = q
                prev_end = q.full_span[1]
                continue
            enum = _ENUM_RE.match(text, prev_end, q.full_span[0]) if group and not run else None
            if enum:
                # 工业投资、制造业投资、技改投资分别增长9.4%、13.3%、6.1%: unknown names hold their places
                for item in re.finditer(r"[、和及与]([^、和及与]+)", enum.group()):
                    group.append(
                        _Mention(enum.start() + item.start(1), enum.start() + item.end(), ("",), False)
                    )
                prev_end = enum.end()
            if group and self._gap_ok(text, prev_end + _goal_verb(text, prev_end, run), q.full_span[0]):
                run.append((q, prev_end))
            elif group:
                facts += self._flush(group, run, history, nt, s0, s1, ctx, doc_text)
                group, run = [], []
            prev_end = q.full_span[1]
        facts += self._flush(group, run, history, nt, s0, s1, ctx, doc_text)
        # 全市实现地区生产总值5006.7亿元，…，经济总量突破5000亿元: a bound after the exact figure of the same
        # indicator, in another clause of the sentence, restates it
        exact = {(f.kind, f.metric, f.measure, f.period) for f in facts if not f.extra.get("bound")}
        return [
            f
            for f in facts
            if not (
                f.kind == "actual"
                and f.extra.get("bound")
                and (f.kind, f.metric, f.measure, f.period) in exact
            )
        ]

    def _flush(
        self,
        group: list[_Mention],
        run: list[tuple[Quantity, int]],
        history: list[tuple[str, _Mention, set[str]]],
        nt: NormText,
        s0: int,
        s1: int,
        ctx: Context,
        doc_text: str,
    ) -> list[Fact]:
        if not group:
            return []
        for m in group:
            history.extend((i, m, set()) for i in m.ids)  # (id, mention, families it has numbers of)
        if not run:
            return []
        text = nt.text
        subjects = [(i, m) for m in group for i in m.ids]
        # cut the run into chunks of like quantities
        chunks: list[list[tuple[Quantity, int]]] = []
        for q, gap_start in run:
            fam = _family(q)
            new = (
                not chunks
                or _family(chunks[-1][-1][0]) != fam
                or self._cue(text, gap_start, q.span[0]) is not None
            )
            if new:
                chunks.append([(q, gap_start)])
            else:
                chunks[-1].append((q, gap_start))
        out: list[Fact] = []
        emitted: dict[tuple[str, str], int] = {}
        prev_cue: str | None = None
        for chunk in chunks:
            first_gap = text[chunk[0][1] : chunk[0][0].full_span[0]]
            n, k = len(chunk), len(subjects)
            if n == 1:
                pairs = [(s, chunk[0]) for s in subjects]
            elif n == k:
                pairs = list(zip(subjects, chunk, strict=True))
            elif (
                "分别" in first_gap
                and n > k
                and text[group[0].start - 1 : group[0].start] in ("、", "和", "及")
                # not after a figure: …41250元、农村…19870元,分别增长4.9%、6.8% names each figure's owner
                and text[group[0].start - 2 : group[0].start - 1] not in _FIGURE_ENDS
            ):
                # 民间投资、工业投资分别增长4.6%、11.2%: unknown names come first, the known ones last
                pairs = list(zip(subjects, chunk[n - k :], strict=True))
            elif (
                (
                    "分别" in first_gap
                    or all(_JOINER_RE.fullmatch(text, g, q.full_span[0]) for q, g in chunk[1:])
                )
                and len(history) >= n > k
                and not any(_family(chunk[0][0]) in fams for _i, _m, fams in history[len(history) - n :])
            ):
                # 资金42亿元,外资2760万美元,分别增长45%、12%: the last n names, none with such numbers (also
                # without 分别 when the figures are only joined: …17175元,…5153元,实际增长9.8%和8.5%)
                pairs = [
                    ((i, m), q) for (i, m, _f), q in zip(history[len(history) - n :], chunk, strict=True)
                ]
            elif k == 1:
                pairs = [(subjects[0], chunk[0])]
            else:
                continue
            stretch = "力争" in first_gap or "争取" in first_gap
            cue = self._cue(text, chunk[0][1], chunk[0][0].span[0])
            if cue is None and _THAT_IS_RE.fullmatch(first_gap):
                cue = prev_cue  # 增产二千万吨，即百分之七点一: the same change as a rate
            prev_cue = cue
            for (metric, mention), (q, _gap) in pairs:
                if not metric:
                    continue  # an unknown name's place in an enumeration
                fact = self._fact(metric, mention, q, cue, nt, s0, s1, ctx, doc_text)
                if fact is None:
                    continue
                if (high := self._stretch_of.get(id(q))) is not None:
                    fact = replace(fact, stretch=high.base_value)
                key = (metric, fact.measure)
                if stretch and key in emitted:  # 增长7%以上、力争达到8%: one target, 8 is the stretch
                    i = emitted[key]
                    out[i] = replace(out[i], stretch=fact.base_value)
                    continue
                if key in emitted and _FACTOR_REMOVED_RE.search(first_gap):
                    continue  # 增长39.7%,扣除价格因素,实际增长19.6%: the figure as first stated stays
                emitted[key] = len(out)
                out.append(fact)
        # 突破10亿元大关,达到10.6亿元: the bound stated as achieved gives way to the exact figure
        exact = {(f.metric, f.measure) for f in out if f.qualifier == "exact"}
        out = [
            f
            for f in out
            if not (f.kind == "actual" and f.extra.get("bound") and (f.metric, f.measure) in exact)
        ]
        run_families = {_family(q) for q, _g in run}
        for _i, _m, fams in history[len(history) - len(subjects) :]:
            fams.update(run_families)
        return out

    def _fact(
        self,
        metric: str,
        mention: _Mention,
        q: Quantity,
        cue: str | None,
        nt: NormText,
        s0: int,
        s1: int,
        ctx: Context,
        doc_text: str,
    ) -> Fact | None:
        text = nt.text
        ind = self.lex.indicators[metric]
        sign = 1
        if q.base_unit == "百分点":
            return None  # a change in percentage points is not the indicator's value
        if q.base_unit in ("个", "项") and _COUNTED_NOUN_RE.match(text, q.span[1]):
            return None  # 城镇新增就业和财政总收入3个指标提前完成: a count of the names before it
        if (
            q.span[1] < len(text)
            and text[q.span[1]] in _MODIFIES_NEXT
            and not _LEVEL_NOUN_RE.match(text, q.span[1])
            and not self._cues.target_after.match(text, q.span[1])  # 增长8.5%以上的目标 names a goal
        ):
            return None
        if q.base_unit in _PCT_UNITS:
            growthish = mention.growth or cue in ("up", "down") or ind.kind == "index"
            if ind.kind == "rate":
                if cue in ("up", "down") and not mention.growth:
                    return None
                measure = "level"
            elif growthish:
                measure = "growth"
                if cue == "down":
                    sign = -1
                if cue == "level" and ind.kind != "index" and not mention.growth:
                    return None
            else:
                return None  # a share (占…比重) of an amount indicator
        elif q.base_unit in ind.level_units:
            if cue in ("up", "down"):
                return None  # 比上年增加960元: an absolute change, not the level
            measure = "level"
        else:
            return None
        if sign == 1 and q.span[0] > 0 and text[q.span[0] - 1] == "-" and measure == "growth":
            sign = -1  # 增长-2.1%
        prefix = text[s0 : q.full_span[0]]
        if self._from_re.search(prefix, max(0, len(prefix) - 10)):
            return None
        if _PLAN_THEN_RESULT_RE.match(text, q.span[1], s1) and prefix.endswith(("计划为", "计划", "原计划")):
            return None  # 一九八二年计划为百分之四，预计可以达到百分之六: the plan quoted, the result follows
        if self._park_owns(text, s0, mention.start):
            return None
        clause0 = max(s0, text.rfind(",", s0, mention.start) + 1)
        # the section is a prior; the sentence's cues (今年, 目标, 力争 / 去年, 上年) decide
        kind, period = reading(
            self._cues, text, s0, clause0, q.span[0], q.span[1], ctx, exact=q.qualifier == "exact"
        )
        own = max(mention.end, text.rfind(",", mention.end, q.full_span[0]) + 1)  # the figure's own clause
        if text.find("要", own, q.full_span[0]) >= 0 and (
            kind == "actual" or (ctx.kind == "actual" and _LAST_YEAR_SAID_RE.search(text, s0, q.full_span[0]))
        ):
            return None  # 去年报告提出，物价涨幅要从14.8%降到10%左右: a goal quoted, never a result
        # 在…平均每年递增7.9%的基础上，比上年增长14.2%: the base's span is not the figure's
        basis = list(_ON_THE_BASIS_RE.finditer(prefix)) if "的基础上" in prefix else []
        multi = ctx.multi_year or bool(self._multi_re.search(prefix, basis[-1].end() if basis else 0))
        # 平均每年增长7.9%，1984年增长14.5%: only the words after the year the figure is dated count
        year_at = text.rfind(f"{ctx.period}年", clause0, q.span[0]) if ctx.period else -1
        year_at = max(year_at, s0 + basis[-1].end() if basis else -1)  # or where the base's words end
        from_year = max(clause0, year_at)
        q0 = q.span[0]
        each_year = (  # 每年, 每一年 (both hold 每, which most clauses lack), 逐年
            text.find("每", from_year, q0) >= 0
            and (text.find("每年", from_year, q0) >= 0 or text.find("每一年", from_year, q0) >= 0)
        ) or text.find("逐年", from_year, q0) >= 0
        if not multi and ("五" in prefix or "世纪" in prefix):  # a cheap screen: the pattern is slow
            multi = PLAN_SPAN_RE.search(prefix) is not None  # 五年内…, “七五”期间…: a span
        at = _year_at(text, period, clause0, q.span[0]) if multi else -1
        if at >= 0:
            # 十一五期间…年均增长13.2%,2013年实现生产总值126亿元: the clause names the year itself
            # 平均每年增长7.9%，1984年增长14.5%: the average is before the year, not the year's figure
            multi = bool(self._multi_re.search(text, at, q.span[0]))
        elif (
            multi
            and ctx.multi_year
            and (named := year_named(self._cues, text, s0, q.span[0], period)) is not None
        ):
            # “十二五”期间…。2011年,全省生产总值增长11%: the sentence names the single year
            multi = bool(self._multi_re.search(text, named, q.span[0]))
        upto = text[max(s0, q.span[0] - 16) : q.span[0]]
        # a level reached at the end of past years is the latest; at the end of a plan, no annual target
        to = self._to_re.search(upto) if multi and measure == "level" and kind == "actual" else None
        if (
            to
            and "累计" not in upto  # 累计达到149亿美元: a sum over the span, not a level reached
            and (to.group(1) is None or (period is not None and period.startswith(to.group(1))))
        ):
            multi = False  # the level reached at the end of a multi-year span is the latest year's value
        # 每年新增就业岗位近6万个: every year of a span, not the year's figure; 与2010年相比增长40.2%
        # 一九九〇年工农业总产值达到…: a goal for a year after the report's
        # 1992年同1987年相比，…增加910元，达到1826元: a comparison spans years for a change, not for a level
        if self._years and not (multi or each_year):
            reached = measure == "level" and self._to_re.search(upto) is not None
            multi = year_span(self._years, q.full_span[0], period, ctx.target_period, compared=not reached)
        multi = multi or each_year
        # 从1979年到1983年，…，1984年增长14.5%: a span named before the year the figure is dated
        if m := self._future_year_re.search(prefix, max(0, year_at - s0)):
            y = int(m.group(1))
            if period is None or not period.startswith(str(y)):
                multi = True
        bases = [(s0 + b.start(), s0 + b.end()) for b in basis]
        if kind == "actual" and not multi and _earlier_year(self._years, q.full_span[0], period, text, bases):
            return None  # 2023年全区地区生产总值为462.1亿元 in the review of 2024: an earlier year's figure
        if multi:
            if measure == "growth" and self._avg_re.search(prefix):
                measure = "avg_growth"
            period = _multi_period(period)
        value, low, high = q.value, q.low, q.high
        blow, bhigh, bvalue = q.base_low, q.base_high, q.base_value
        if sign < 0:
            value, low, high = -value, -high, -low
            bvalue, blow, bhigh = -bvalue, -bhigh, -blow
        # 跨过500亿元大关: a round mark passed, a bound (the figure reached follows, or it stands as at_least)
        passed = text.startswith(("大关", "关口", "台阶"), q.span[1])
        start, end = nt.span_to_orig(mention.start, q.span[1])
        qs, qe = nt.span_to_orig(s0, s1)
        return new_fact(
            doc=ctx.doc,
            kind=kind,
            metric=metric,
            label=doc_text[slice(*nt.span_to_orig(mention.start, mention.end))],
            measure=measure,
            value=value,
            low=low,
            high=high,
            unit=q.unit,
            base_value=bvalue,
            base_low=blow,
            base_high=bhigh,
            base_unit=q.base_unit,
            qualifier="at_least" if passed and q.qualifier == "exact" else q.qualifier,
            period=period,
            start=start,
            end=end,
            quote=doc_text[qs:qe].strip(),
            estimate=bool(self._estimate_re.search(prefix)),
            extra={
                "surface": doc_text[slice(*nt.span_to_orig(*q.span))],
                **({"multi_year": True} if multi else {}),
                **({"bound": True} if q.pre in _BOUND_WORDS or passed else {}),
            },
        )


_DIGIT_RE = regex(r"\d")
# 去年提出，…要增长10% in a review: last year's goal quoted, neither a result nor this year's goal
_LAST_YEAR_SAID_RE = regex(r"(?:去年|上年)[^,;。]{0,12}提出")
_ON_THE_BASIS_RE = regex(r"在[^,;。在]{1,30}?的基础上")
_PLAN_THEN_RESULT_RE = regex(r"[,;]?(?:而|经过[^,;。]{0,12},)?(?:预计|实际|执行结果)")
_THAT_IS_RE = regex(r"[,\s]*即")
_FIGURE_ENDS = frozenset("0123456789%‰元人吨户个项家亩辆套座所次")  # how a figure's text ends
_JOINER_RE = regex(r"\s*[、和及与]\s*")  # between the figures of an enumeration: 9.8%和8.5%, 5%、8%
_COMPARED_BASE_RE = regex(r"(?:比|较|与|同|和)(?:\d{4}年|上年|去年|上一年|前一年)(?:同期)?的$")
# what stands between a target's figure and its stretch (5.5%以上、力争6%; 8%以上,努力争取10%;
# 7%以上力争达到8%; 10%以上(力争12%)), in the normalised text (half-width), its traditional forms too
_STRETCH_GAP_RE = regex(r"[、,\s(]*(?:努力)?(?:力[争爭]|[争爭]取)(?:达到|達到|实现|實現)?\s*")


def _is_stretch_gap(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is only a stretch marker: 、力争, ,争取, 力争达到 (each holds 争 or 爭, looked for
    first)."""
    return (text.find("争", a, b) >= 0 or text.find("爭", a, b) >= 0) and bool(
        _STRETCH_GAP_RE.fullmatch(text, a, b)
    )


_FACTOR_REMOVED_RE = regex(r"(?:剔除|扣除|扣减|除去)[^,;。]{1,12}?因素")


def _year_at(text: str, period: str | None, a: int, b: int) -> int:
    """Where text[a:b] last names the year `period` (2013年, or 一九八一年 / 一九八○年 in older
    reports), else -1."""
    if not (period and period.isdigit() and len(period) == 4):
        return -1
    cn = "".join("〇一二三四五六七八九"[int(d)] for d in period)
    forms = {period, cn, cn.replace("〇", "○"), cn.replace("〇", "零")}
    return max(text.rfind(f"{y}年", a, b) for y in forms)


def _earlier_year(
    years: list[tuple[int, int, bool]],
    before: int,
    period: str | None,
    text: str,
    bases: list[tuple[int, int]],
) -> bool:
    """Whether the last year the sentence names before `before` (not one compared with, not a span's start:
    2020年以来, not inside a base's words: 在1979到1983年平均每年递增7.9%的基础上) is earlier than the
    period's year."""
    if not period or not period[:4].isdigit():
        return False
    last = None
    for pos, y, versus in years:
        if pos >= before:
            break
        if not versus and not any(a <= pos < b for a, b in bases):
            last = (pos, y)
    return (
        last is not None and last[1] < int(period[:4]) and not text.startswith(_SPAN_AFTER_YEAR, last[0] + 1)
    )


_SPAN_AFTER_YEAR = ("以来", "来", "起", "至", "到", "—", "-", "~", "～", "和", "、")


def _goal_verb(text: str, pos: int, run: list[tuple[Quantity, int]]) -> int:
    """1 where 要 stands right after a name (能源消耗强度要降低3.9%): the goal's verb, no other noun."""
    return 1 if not run and text.startswith("要", pos) else 0


_PARK_RE = regex(
    r"园区|开发区|经开区|高新区|自贸试验区|自贸区|综合保税区|综保区|保税区|产业园|工业园|新片区|示范区|合作区|试验区"
)
# what may stand between a park and a name that is the park's: 自贸区实现进出口总额, 高新区:全年完成投资
_PARK_OWNS_RE = regex(
    r"[:,\s]*(?:全年|今年|去年|上年)?(?:要|将|需|努力|力争|确保|争取|继续)*(?:共|累计)?(?:实现|完成|达到)?了?"
)
# a park as the subject of its sentence: at its start (after 其中 and the park's own name, 桐岭经济开发区),
# followed by a verb of achievement (高新区实现…, 开发区要完成…, 经开区全年完成…), not 推进高新区建设
_PARK_LEAD_RE = regex(r"(?:其中|另外|此外|同时)?[,:\s]*[\u4e00-\u9fff]{0,10}")
_PARK_VERB_RE = regex(
    r"[:,\s]*(?:全年|今年|去年|上年)?(?:要|将|需|努力|力争|确保|争取|继续|共|累计)*(?:实现|完成|达到)|:"
)
_PARK_MARK_RE = regex(r"[:,\s]*")
# a town (镇, 乡, 街道) as the subject of the name right after it, with a verb of intent or achievement
# between them or none: 南渡镇力争地区生产总值…, 城关镇实现规上工业总产值… (not 城镇…, 城乡…, 乡村…)
_TOWN_OWNS_RE = regex(
    r"[\u4e00-\u9fff]{1,4}(?:(?<![城乡村])[镇乡](?!村)|街道)"
    r"(?:全年|今年|去年|上年)?(?:要|将|需|努力|力争|确保|争取)*(?:实现|完成|达到)?了?"
)
_TOWN_REACH = 14
_REGION_SCOPE_RE = regex(r"全[省市县区州盟旗国]|[我本][省市县区州盟旗]")
_LAST_YEAR_RE = regex(r"(?<![比较同])(?:去年|上年)(?!同期)|过去的?一年")


def _after_last_number(text: str, s0: int, pos: int) -> int:
    """Where the words leading to a name start: after the last number before it in the sentence."""
    i = pos
    while i > s0 and not (text[i - 1].isdigit() or text[i - 1] in "%‰"):
        i -= 1
    return i


def _previous(period: str | None) -> str | None:
    return str(int(period) - 1) if period and period.isdigit() else period


def _family(q: Quantity) -> str:
    if q.base_unit in _PCT_UNITS:
        return "pct"
    if q.base_unit == "百分点":
        return "pp"
    return "amt"


def _multi_period(period: str | None) -> str | None:
    if period is None or ".." in period:
        return period
    try:
        y = int(period[:4])
    except ValueError:
        return period
    return f"{y - 4}..{y}"
