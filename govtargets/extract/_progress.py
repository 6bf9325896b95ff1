"""Progress statements: how far a goal is done (completion), how far behind schedule (lag), and the
status lists of mid-year and supervision reports (3项完成进度(A、B、C)、5项未完成进度(…)).

Each named item of a status list gives one fact: an indicator gets its metric id, a task its text. The
count stated (3项) is kept, and a count that differs from the items named is reported as a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from govtargets._model import Fact
from govtargets.extract._grammar import Context, Grammar, _Mention
from govtargets.numbers import parse_chinese_numeral
from govtargets.text import NormText

__all__ = ["ProgressGrammar", "STATUS_WORDS"]

_PCT = r"\d+(?:\.\d+)?%"
_NUM = r"\d+(?:\.\d+)?"
_COUNT = r"\d+|[一二三四五六七八九十两]+"

# 完成全年任务的47.6%, 分别完成三年任务的289%、97.7%和85%, 为预算调整的105.57%
_COMPLETION_RE = re.compile(
    rf"""(?:分别)?(?:已)?(?:完成|为|达到|占)
         (?:全年|年度|三年|总|年初|今年|当年|上半年|半年)?
         (?:任务|计划|目标|预算调整|调整预算|预算|进度|目标任务|计划任务)的
         (?P<nums>{_PCT}(?:(?:[、,]|和|及|与){_PCT})*)""",
    re.VERBOSE,
)
# 滞后进度0.6和8.74个百分点; 低于全市2.1个百分点 is a comparison, not a lag
_LAG_RE = re.compile(
    rf"""(?:滞后|落后|低于)(?:序时)?进度(?:分别)?
         (?P<nums>{_NUM}(?:(?:[、,]|和|及|与){_NUM})*)个?百分点""",
    re.VERBOSE,
)
STATUS_WORDS: dict[str, str] = {
    "未完成进度": "not_met",
    "未完成": "not_met",
    "没有完成": "not_met",
    "部分完成": "partly_met",
    "完成进度": "met",
    "完成": "met",
    "取消": "cancelled",
    "按进度推进": "on_schedule",
    "序时推进": "on_schedule",
    "滞后": "not_met",
}
_STATUS_ALT = "|".join(sorted(map(re.escape, STATUS_WORDS), key=len, reverse=True))
# 3项完成进度(A、B、C) ; 7项工作部分完成(…) ; 取消1项工作(…)
_LIST_AFTER_RE = re.compile(
    rf"""(?:(?P<n1>{_COUNT})项(?P<w1>[^()（）、,，;；。\d项]{{0,14}}?)(?P<s1>{_STATUS_ALT})
        |(?P<s2>{_STATUS_ALT})(?P<n2>{_COUNT})项(?P<w2>[^()（）、,，;；。\d项]{{0,8}}?))
        [(（](?P<items>[^()（）]{{2,400}})[)）]""",
    re.VERBOSE,
)
# A、B等6项主要指标增速没有达到预期 ; A和B2项指标增幅还未达到预期目标 ; 4项指标…没有实现时间过半任务过半目标
_LIST_BEFORE_RE = re.compile(
    rf"""等?(?P<n>{_COUNT})项(?:主要)?(?:经济)?(?:发展)?指标[^。;；项]{{0,60}}?
         (?P<s>没有达到预期|未达到预期|还未达到预期|没有实现[^。;；]{{0,12}}目标|未完成|没有完成)""",
    re.VERBOSE,
)
# 其余70项任务指标全部按进度顺利推进 ; 全面完成34项为民办实事任务 ; 十个方面为民办实事项目…完成半年形象进度
_COUNT_ONLY_RE = re.compile(
    rf"""(?P<a>其余(?P<n1>{_COUNT})项[^。;；,，]{{0,12}}?)(?:全部)?按(?:序时)?进度
        |(?:全面|如期)?完成(?P<b>(?P<n2>{_COUNT})项为民办实事(?:任务|项目))
        |(?P<c>(?P<n3>{_COUNT})(?:个方面|件|项)为民办实事(?:项目|任务)?)[^。;；]{{0,20}}?(?:如期完成|完成|超额完成)""",
    re.VERBOSE,
)


def _count(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    v = parse_chinese_numeral(s)
    return int(v) if v is not None else None


@dataclass(frozen=True, slots=True)
class _Sentence:
    """A sentence being read: its normalised paragraph, its bounds there, its context, the text as read."""

    nt: NormText
    s0: int
    s1: int
    ctx: Context
    doc_text: str

    def orig(self, a: int, b: int) -> str:
        """The text as read behind the normalised span [a, b)."""
        return self.doc_text[slice(*self.nt.span_to_orig(a, b))]


class ProgressGrammar:
    """Progress facts of one sentence."""

    def __init__(self, grammar: Grammar) -> None:
        self.g = grammar
        self.lex = grammar.lex

    def sentence_facts(self, nt: NormText, s0: int, s1: int, ctx: Context, doc_text: str) -> list[Fact]:
        text = nt.text
        if not any(w in text[s0:s1] for w in ("的", "进度", "项", "为民办实事")):
            return []
        sent = _Sentence(nt, s0, s1, ctx, doc_text)
        mentions = self.g.mentions(text, s0, s1, ctx.national)
        out: list[Fact] = []
        for m in _COMPLETION_RE.finditer(text, s0, s1):
            out += self._numbers(sent, m, "completion", "%", mentions)
        for m in _LAG_RE.finditer(text, s0, s1):
            out += self._numbers(sent, m, "lag", "百分点", mentions)
        for m in _LIST_AFTER_RE.finditer(text, s0, s1):
            out += self._list_after(sent, m)
        for m in _LIST_BEFORE_RE.finditer(text, s0, s1):
            out += self._list_before(sent, m, mentions)
        for m in _COUNT_ONLY_RE.finditer(text, s0, s1):
            group = "a" if m["a"] else "b" if m["b"] else "c"
            n = _count(m["n1"] or m["n2"] or m["n3"])
            status = "on_schedule" if group == "a" else "met"
            out.append(self._fact(sent, None, "", "status", None, "", status, m.span(group), n))
        return out

    def _numbers(
        self, sent: _Sentence, m: re.Match[str], measure: str, unit: str, mentions: list[_Mention]
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
        if len(ids) >= len(nums) and before:
            # only names after the last figure of another subject: 地区生产总值…完成全年任务的47.6%
            subjects: list[tuple[str | None, _Mention | None]] = list(ids[len(ids) - len(nums) :])
            if len(nums) == 1:
                subjects = [ids[-1]]
        else:
            subjects = [(None, None)] * len(nums)
        count = len(nums) if len(nums) > 1 else None
        out = []
        for (metric, mention), (a, b) in zip(subjects, nums, strict=False):
            value = Decimal(text[a:b].rstrip("%"))
            label = sent.orig(mention.start, mention.end) if mention else ""
            start_at = mention.start if mention else None
            out.append(
                self._fact(sent, metric, label, measure, value, unit, None, (a, b), count, start_at=start_at)
            )
        return out

    def _items(self, items: str, offset: int) -> list[tuple[int, int, str]]:
        out = []
        pos = offset
        for part in re.split(r"(、|，|,)", items):
            if part in ("、", "，", ","):
                pos += len(part)
                continue
            stripped = part.strip()
            if stripped:
                a = pos + part.index(stripped)
                out.append((a, a + len(stripped), stripped))
            pos += len(part)
        return out

    def _metric_ids(self, item: str) -> tuple[str, ...]:
        name = self.lex.lookup(re.sub(r"^(?:全市|全区|全县|全省)", "", item))
        return name.ids if name else ()

    def _list_after(self, sent: _Sentence, m: re.Match[str]) -> list[Fact]:
        status = STATUS_WORDS[m["s1"] or m["s2"]]
        n = _count(m["n1"] or m["n2"])
        items = self._items(m["items"], m.start("items"))
        warning = f"count {n} but {len(items)} items named" if n is not None and n != len(items) else None
        return [
            self._fact(sent, metric, item, "status", None, "", status, (a, b), n, warning=warning)
            for a, b, item in items
            for metric in self._metric_ids(item) or (None,)
        ]

    def _list_before(self, sent: _Sentence, m: re.Match[str], mentions: list[_Mention]) -> list[Fact]:
        text = sent.nt.text
        n = _count(m["n"])
        s = m["s"]
        status = "not_met" if ("没有" in s or "未" in s) else "met"
        # the names just before: a coordinated group ending at 等N项 / N项
        group: list[_Mention] = []
        end = m.start()
        for x in reversed([x for x in mentions if x.end <= end]):
            gap = text[x.end : end]
            if gap and not re.fullmatch(r"[、,和及与]|等", gap) and group:
                break
            if gap and not re.fullmatch(r"[、,和及与]?等?", gap):
                break
            group.insert(0, x)
            end = x.start
        n_ids = sum(len(x.ids) for x in group)
        warning = f"count {n} but {n_ids} items named" if n is not None and group and n != n_ids else None
        return [
            self._fact(
                sent,
                metric,
                sent.orig(x.start, x.end),
                "status",
                None,
                "",
                status,
                (x.start, x.end),
                n,
                warning=warning,
            )
            for x in group
            for metric in x.ids
        ]

    def _fact(
        self,
        sent: _Sentence,
        metric: str | None,
        label: str,
        measure: str,
        value: Decimal | None,
        unit: str,
        status: str | None,
        span: tuple[int, int],
        count: int | None,
        *,
        warning: str | None = None,
        start_at: int | None = None,
    ) -> Fact:
        nt, ctx, doc_text = sent.nt, sent.ctx, sent.doc_text
        a, b = nt.span_to_orig(span[0], span[1])
        qa, qb = nt.span_to_orig(sent.s0, sent.s1)
        start = nt.to_orig(start_at) if start_at is not None else a
        extra: dict[str, object] = {"surface": doc_text[a:b], "item_start": a, "item_end": b}
        if count is not None:
            extra["count"] = count
        if warning:
            extra["warning"] = warning
        if metric is None and label:
            extra["item"] = label
        period = ctx.period if ctx.kind == "actual" else ctx.target_period
        return Fact(
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
            end=b,
            quote=doc_text[qa:qb].strip(),
            status=status,
            extra=extra,
        )
