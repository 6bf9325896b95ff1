"""The report's prose: the opening, a paragraph per category and the problems, in a supervision office's
words. Only figures and names from the judgements go in; nothing is judged here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from govtargets.cycle._report_format import cn_date, num
from govtargets.cycle.judge import Rules, Summary
from govtargets.status import PROBLEMS, STATUSES, Status
from govtargets.store import Plan

if TYPE_CHECKING:
    from govtargets.cycle._report_data import ReportRow

__all__ = [
    "PROBLEM_STATUSES",
    "intro",
    "progress",
    "problems",
    "rules_note",
    "rows_by_category",
    "cn_ordinal",
]

PROBLEM_STATUSES = PROBLEMS  # the statuses 三、存在的主要问题 lists

_DIGITS = "零一二三四五六七八九"


def cn_ordinal(n: int) -> str:
    """一 … 九十九, for （一） and 一是.

    >>> [cn_ordinal(n) for n in (1, 10, 12, 20, 35)]
    ['一', '十', '十二', '二十', '三十五']
    """
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + ("" if ones == 0 else _DIGITS[ones])


def _clause(s: str) -> str:
    """A text without its closing punctuation, to be joined into a longer sentence."""
    return s.strip().rstrip("。；;，,")


def _detail(r: ReportRow) -> str:
    """What an item's entry says: the judgement's basis, then the latest words reported unless the basis
    already quotes them."""
    basis = _clause(r.judgement.basis)
    latest = r.judgement.latest
    said = _clause(latest.narrative or "") if latest is not None else ""
    if said and said not in basis:
        basis = f"{basis}；{said}" if basis else said
    return basis


def intro(plan: Plan, as_of: date, summary: Summary) -> str:
    """The opening paragraph: what was summarised, up to when."""
    what = []
    if summary.n_indicators:
        what.append(f"{summary.n_indicators}项主要指标")
    if summary.n_tasks:
        what.append(f"{summary.n_tasks}项重点工作")
    scope = "和".join(what) or "各项任务"
    return (
        f"根据各牵头单位报送的进展情况，按照序时进度要求，对{plan.year}年{plan.region}《政府工作报告》"
        f"确定的{scope}截至{cn_date(as_of)}的完成情况进行了汇总分析。现将有关情况报告如下："
    )


def progress(rows: Sequence[ReportRow]) -> tuple[tuple[str, str], ...]:
    """二、工作进展情况: per category, its counts by status and each item's standing."""
    out = []
    for k, (category, group) in enumerate(rows_by_category(rows).items(), 1):
        counts = Counter(r.status for r in group)
        if len(counts) == 1:
            (status,) = counts
            tally = f"本类共{len(group)}项，均为{status}。"
        else:
            tally = f"本类共{len(group)}项，其中" + "、".join(
                f"{s}{counts[s]}项" for s in STATUSES if counts[s]
            )
            tally += "。"
        entries = "".join(f"{n}.{r.item.short_name}：{_detail(r)}。" for n, r in enumerate(group, 1))
        out.append((f"（{cn_ordinal(k)}）{category}", tally + entries))
    return tuple(out)


def problems(rows: Sequence[ReportRow], as_of: date) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """三、存在的主要问题: the items behind schedule, not done or partly done, grouped; the lead units that
    have such items with how many each (most first); and the items with nothing reported yet."""
    indicators = [r for r in rows if r.item.kind == "indicator" and r.status in PROBLEM_STATUSES]
    tasks = [r for r in rows if r.item.kind != "indicator"]
    groups = [
        ("项主要指标未完成序时进度", indicators),
        ("项重点工作滞后于序时进度", [r for r in tasks if r.status == Status.BEHIND]),
        ("项重点工作未完成", [r for r in tasks if r.status == Status.NOT_MET]),
        ("项重点工作部分完成", [r for r in tasks if r.status == Status.PARTLY_MET]),
    ]
    paragraphs = []
    for words, group in groups:
        if group:
            entries = "；".join(
                f"{r.item.short_name}（{_detail(r)}；牵头单位：{r.lead or '未明确'}）" for r in group
            )
            paragraphs.append(f"{len(group)}{words}：{entries}。")
    units: Counter[str] = Counter()
    for r in rows:
        if r.status in PROBLEM_STATUSES:
            units.update(r.item.lead_units or ("未明确牵头单位",))
    ranked = tuple(sorted(units.items(), key=lambda u: -u[1]))  # stable: ties keep plan order
    if ranked:
        paragraphs.append(
            f"从牵头单位看，上述事项涉及{len(ranked)}个牵头单位："
            + "、".join(f"{u}{n}项" for u, n in ranked)
            + "。"
        )
    unreported = [r for r in rows if r.status == Status.NOT_REPORTED]
    if unreported:
        names = "、".join(r.item.short_name for r in unreported)
        paragraphs.append(f"有{len(unreported)}项截至{cn_date(as_of)}尚未报送进展：{names}。")
    if not rows:
        return ("计划中尚未列入任务指标。",), ()
    if not paragraphs:
        return (f"截至{cn_date(as_of)}，各项任务指标均已完成或按序时进度推进，未发现滞后、未完成事项。",), ()
    return tuple(f"{cn_ordinal(n)}是{p}" for n, p in enumerate(paragraphs, 1)), ranked


def rules_note(rules: Rules) -> str:
    """The thresholds the statuses were judged by, in words, so a reader can check a status by hand."""
    return (
        f"判定口径：序时进度按1月1日至完成时限（未定的按12月31日）已过时间计算；完成率低于序时进度不超过"
        f"{num(rules.yellow_pp)}个百分点的为序时推进（黄灯），超过的为滞后（红灯）；过完成时限完成"
        f"{num(rules.partial_min_pct)}%以上的为部分完成，不足的为未完成；“左右”目标允许上下"
        f"{num(rules.about_tolerance_pp)}个百分点；增速低于目标不超过{num(rules.growth_yellow_pp)}个百分点的为滞后（黄灯）。"
    )


def rows_by_category(rows: Sequence[ReportRow]) -> dict[str, list[ReportRow]]:
    """Rows grouped by category, categories in the order they first appear in the plan."""
    out: dict[str, list[ReportRow]] = {}
    for r in rows:
        out.setdefault(r.category, []).append(r)
    return out
