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

from govtargets._model import Fact
from govtargets.extract._cues import GRAIN_ELLIPSIS_RE, MARK_RE, fuzzy_hits, patterns
from govtargets.extract._reading import load_cues, reading, year_named
from govtargets.lexicon import Lexicon
from govtargets.numbers import Quantity, find_quantities
from govtargets.text import NormText

__all__ = ["Grammar", "Context"]

_COORD_RE = re.compile(r"^(?:[、,和及与]|以及|和全体|、全体)?$")
_ENUM_RE = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8}?)+(?=分别|均)")
_GAP_PUNCT_RE = re.compile(
    r"[\s,、;:“”\"'‘’·/|\-—]+"
)  # a parenthesis breaks a run: (同口径增长2.5%) is an aside
# a number that modifies the noun after it is not a value: 生产总值超200亿元县, 增长5%的基础上
_MODIFIES_NEXT = frozenset("县区市镇乡村项企户的级类型家个")
_BOUND_WORDS = frozenset({"突破", "超过", "超", "逾"})
# a short note in brackets right after a name, with no number in it: (GDP), (不含农户), (现价)
_ABBREV_RE = re.compile(r"\([^()\d]{1,10}\)")
_DATE_RE = re.compile(
    r"\d{4}年(?:底|末|全年)?|\d{1,2}月(?:底|末|份)?|1-\d{1,2}月|[上下]半年|前三季度|[一二三四]季度"
)
_PCT_UNITS = frozenset({"%", "‰"})
# the goal named between a name and its figure: 今年预期增长, 增长目标确定为, 将/要增长 (see reading())
_GOAL_GAP_RE = re.compile(
    r"""今年(?=预期|力争|要|将|计划|确保|争取|目标)
      | (?:的)?(?:预期|增长|发展)?目标(?:是|为|定为|确定为|设定为|值为)
      | [将要](?=增长|达到|实现|突破|保持|控制)""",
    re.VERBOSE,
)
_GOAL_BEFORE_RE = re.compile(r"目标(?:确定|设定|定)?$")
# 在对美贸易下降超3成的情况下: the circumstances of a figure, between its name and its number
_CIRCUMSTANCE_RE = re.compile(r"在[^,;。]{1,24}?(?:的情况下|的背景下|的形势下)")


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


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    ids: tuple[str, ...]
    growth: bool


class Grammar:
    """Compiled cue-word patterns for one lexicon and one document's region."""

    def __init__(self, lex: Lexicon, region: str | None = None) -> None:
        self.lex = lex
        self._region_words: tuple[str, ...] = ()
        if region:
            short = re.sub(r"(?:壮族|回族|维吾尔)?(?:自治区|省|市|区|县|旗|州|盟)$", "", region)
            self._region_words = tuple({region, short} - {""})
        self._region_chars = frozenset(region or "") - set("省市区县旗州盟自治")
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
        out: list[_Mention] = []
        names = self.lex.names
        matches = list(self.lex.name_re.finditer(text, start, end))
        if MARK_RE.search(text, start, end):  # a mirror site put ? or * where a character was
            found = fuzzy_hits(self.lex, text, start, end)
            plain = [(m.start(), m.end(), m.group()) for m in matches]
            hits = sorted(plain + [h for h in found if not any(a <= h[0] < b for a, b, _ in plain)])
        else:
            hits = [(m.start(), m.end(), m.group()) for m in matches]
        if national and self.lex.national_names:  # 财政收入 in a national report
            for name_text in self.lex.national_names:
                pos = text.find(name_text, start, end)
                while pos >= 0:
                    if not any(a <= pos < b or pos <= a < pos + len(name_text) for a, b, _ in hits):
                        hits.append((pos, pos + len(name_text), name_text))
                    pos = text.find(name_text, pos + len(name_text), end)
            hits.sort()
        for m in GRAIN_ELLIPSIS_RE.finditer(text, start, end):  # 粮食播种面积86.5万亩、产量38.2万吨
            if "粮食" in text[max(start, m.start() - 30) : m.start()] and not any(
                a <= m.start() < b for a, b, _ in hits
            ):
                hits.append((m.start(), m.end(), "粮食产量"))
                hits.sort()
        for a, b, name_text in hits:
            if a > start:
                prev = text[a - 1]
                if (
                    "\u4e00" <= prev <= "\u9fff"
                    and not self._left_re.search(text, max(start, a - 10), a)
                    and not any(text.endswith(r, start, a) for r in self._region_words)
                    and not (prev in self._region_chars and text.startswith("全", a - 2))  # 全疆, 全川
                ):
                    continue  # a longer noun ends here: 园区规模工业增加值, 高端装备产业增加值
                if prev in "”’」』》":
                    continue  # a quoted term qualifies the name: “新三样”出口
                if prev == "(" and out and out[-1].end == a - 1:
                    continue  # 地区生产总值(GDP): the abbreviation of the name before
                if text.startswith("全国", a - 2) and not national:
                    continue
                if prev == "、" and len(name_text) <= 3 and not (out and _same_clause(text, out[-1].end, a)):
                    continue  # 猕猴桃产值增长8.5%、出口增长53.6%: a short name after another thing's figure
            clause0 = max(text.rfind(",", start, a), text.rfind(";", start, a), start)
            if _ATTRIBUTED_RE.search(text, clause0, a) and not text.startswith("全", a - 2):
                continue  # 带动陕西进出口415.4亿元: a figure owed to something else
            name = names.get(name_text) or (self.lex.national_names.get(name_text) if national else None)
            if name is not None:  # None: a full-width form, only for screening raw text
                out.append(_Mention(a, b, name.ids, name.growth))
        return out

    def _gap_ok(self, text: str, a: int, b: int) -> bool:
        if b <= a:
            return True
        gap = text[a:b]
        if self._progress_re.search(gap):
            return False
        gap = _CIRCUMSTANCE_RE.sub("", _ABBREV_RE.sub("", _GOAL_GAP_RE.sub("", gap)))
        rest = _GAP_PUNCT_RE.sub("", self._link_re.sub("", _DATE_RE.sub("", gap)))
        return not rest

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

    # --- facts --------------------------------------------------------------------------------

    def sentence_facts(
        self,
        nt: NormText,
        s0: int,
        s1: int,
        ctx: Context,
        doc_text: str,
        mentions: list[_Mention] | None = None,
    ) -> list[Fact]:
        """Facts of the sentence nt.text[s0:s1]; `mentions` are its names if already found."""
        text = nt.text
        if mentions is None:
            mentions = self.mentions(text, s0, s1, ctx.national)
        if not mentions:
            return []
        quantities = [q for q in find_quantities(text, s0, s1) if q.base_unit not in ("年", "天", "倍")]
        if not quantities:
            return []
        # drop quantities inside a name (万元GDP能耗 has none, but be safe) and order the tokens
        spans = [(m.start, m.end) for m in mentions]
        quantities = [q for q in quantities if not any(a < q.span[1] and q.span[0] < b for a, b in spans)]
        tokens: list[_Mention | Quantity] = sorted(
            [*mentions, *quantities], key=lambda t: t.start if isinstance(t, _Mention) else t.span[0]
        )
        facts: list[Fact] = []
        group: list[_Mention] = []
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
            enum = _ENUM_RE.match(text, prev_end, q.full_span[0]) if group and not run else None
            if enum:
                # 工业投资、制造业投资、技改投资分别增长9.4%、13.3%、6.1%: unknown names hold their places
                for item in re.finditer(r"[、和及与]([^、和及与]+)", enum.group()):
                    group.append(
                        _Mention(enum.start() + item.start(1), enum.start() + item.end(), ("",), False)
                    )
                prev_end = enum.end()
            if group and self._gap_ok(text, prev_end, q.full_span[0]):
                run.append((q, prev_end))
            elif group:
                facts += self._flush(group, run, history, nt, s0, s1, ctx, doc_text)
                group, run = [], []
            prev_end = q.full_span[1]
        facts += self._flush(group, run, history, nt, s0, s1, ctx, doc_text)
        return facts

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
            ):
                # 民间投资、工业投资分别增长4.6%、11.2%: unknown names come first, the known ones last
                pairs = list(zip(subjects, chunk[n - k :], strict=True))
            elif (
                "分别" in first_gap
                and len(history) >= n > k
                and not any(_family(chunk[0][0]) in fams for _i, _m, fams in history[len(history) - n :])
            ):
                # 资金42亿元,外资2760万美元,分别增长45%、12%: the last n names, none with such numbers
                pairs = [
                    ((i, m), q) for (i, m, _f), q in zip(history[len(history) - n :], chunk, strict=True)
                ]
            elif k == 1:
                pairs = [(subjects[0], chunk[0])]
            else:
                continue
            stretch = "力争" in first_gap or "争取" in first_gap
            cue = self._cue(text, chunk[0][1], chunk[0][0].span[0])
            for (metric, mention), (q, _gap) in pairs:
                if not metric:
                    continue  # an unknown name's place in an enumeration
                fact = self._fact(metric, mention, q, cue, nt, s0, s1, ctx, doc_text)
                if fact is None:
                    continue
                key = (metric, fact.measure)
                if stretch and key in emitted:  # 增长7%以上、力争达到8%: one target, 8 is the stretch
                    i = emitted[key]
                    out[i] = replace(out[i], stretch=fact.base_value)
                    continue
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
        if (
            q.span[1] < len(text)
            and text[q.span[1]] in _MODIFIES_NEXT
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
        park = next(reversed(list(_PARK_RE.finditer(text, s0, mention.start))), None)
        if (
            park
            and not _DIGIT_RE.search(text, park.end(), mention.start)
            and not self._left_re.search(text, max(s0, mention.start - 4), mention.start)
        ):
            return None  # 深化经开区改革,…,利用外资增长45%: the park's figure, unless 全省… says otherwise
        clause0 = max(s0, text.rfind(",", s0, mention.start) + 1)
        # the section is a prior; the sentence's cues (今年, 目标, 力争 / 去年, 上年) decide
        kind, period = reading(self._cues, text, s0, clause0, q.span[0], q.span[1], ctx)
        multi = ctx.multi_year or bool(self._multi_re.search(prefix))
        if multi and period and period.isdigit() and f"{period}年" in text[clause0 : q.span[0]]:
            # 十一五期间…年均增长13.2%,2013年实现生产总值126亿元: the clause names the year itself
            multi = bool(self._multi_re.search(text, clause0, q.span[0]))
        elif (
            multi
            and ctx.multi_year
            and (at := year_named(self._cues, text, s0, q.span[0], period)) is not None
        ):
            # “十二五”期间…。2011年,全省生产总值增长11%: the sentence names the single year
            multi = bool(self._multi_re.search(text, at, q.span[0]))
        upto = text[max(s0, q.span[0] - 16) : q.span[0]]
        # a level reached at the end of past years is the latest; at the end of a plan, no annual target
        to = self._to_re.search(upto) if multi and measure == "level" and kind == "actual" else None
        if to and (to.group(1) is None or (period is not None and period.startswith(to.group(1)))):
            multi = False  # the level reached at the end of a multi-year span is the latest year's value
        if m := self._future_year_re.search(prefix):
            y = int(m.group(1))
            if period is None or not period.startswith(str(y)):
                multi = True
        if multi:
            if measure == "growth" and self._avg_re.search(prefix):
                measure = "avg_growth"
            period = _multi_period(period)
        value, low, high = q.value, q.low, q.high
        blow, bhigh, bvalue = q.base_low, q.base_high, q.base_value
        if sign < 0:
            value, low, high = -value, -high, -low
            bvalue, blow, bhigh = -bvalue, -bhigh, -blow
        start, end = nt.span_to_orig(mention.start, q.span[1])
        qs, qe = nt.span_to_orig(s0, s1)
        return Fact(
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
            qualifier=q.qualifier,
            period=period,
            start=start,
            end=end,
            quote=doc_text[qs:qe].strip(),
            estimate=bool(self._estimate_re.search(prefix)),
            extra={
                "surface": doc_text[slice(*nt.span_to_orig(*q.span))],
                **({"multi_year": True} if multi else {}),
                **({"bound": True} if q.pre in _BOUND_WORDS else {}),
            },
        )


_DIGIT_RE = re.compile(r"\d")
_PARK_RE = re.compile(r"园区|开发区|经开区|高新区|自贸试验区|自贸区|综合保税区|综保区|产业园|工业园")
_ATTRIBUTED_RE = re.compile(r"带动|拉动|贡献")


def _same_clause(text: str, a: int, b: int) -> bool:
    return not any(c in ",;。" for c in text[a:b])


_LAST_YEAR_RE = re.compile(r"(?<![比较同])(?:去年|上年)(?!同期)|过去的?一年")


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
