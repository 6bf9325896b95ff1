"""The report's prose: the opening, a paragraph per category and the problems, in a supervision office's
words. Only figures and names from the judgements go in; nothing is judged here."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from govtargets.cycle._report_format import cn_date, num
from govtargets.cycle.judge import Rules, Summary
from govtargets.status import PROBLEMS, STATUSES, Status
from govtargets.store import Plan
from govtargets.text import regex

if TYPE_CHECKING:
    from govtargets.cycle._report_data import FollowUp, ReportRow

__all__ = [
    "PROBLEM_STATUSES",
    "intro",
    "progress",
    "problems",
    "suggestions",
    "bare_heading",
    "COMPACT_FROM",
    "DUE_SOON_DAYS",
    "rules_note",
    "rows_by_category",
    "cn_ordinal",
]

PROBLEM_STATUSES = PROBLEMS  # the statuses 三、存在的主要问题 lists
COMPACT_FROM = 60  # a plan of this many items or more: only problem items in detail, the rest in the table
DUE_SOON_DAYS = 30  # 下一步工作建议 names the items due within this many days of the as-of date
_NAMES_SHOWN = 8  # a list of names in a compact report: the first few, then 等N项

_NUMBERING = regex(
    r"""^\s*(?:
        [（(]\s*[一二三四五六七八九十百\d]+\s*[)）]      # （一） (1)
      | [一二三四五六七八九十百]+\s*[、.．,，]            # 一、
      | \d{1,3}\s*[、.．)）](?!\d)                      # 1、 1. 1） but not 1.5
      | 第[一二三四五六七八九十百\d]+(?:部分|[章节类项条])\s*[、：:]?  # 第一部分
      | [①-⑳]
    )\s*""",
    re.VERBOSE,
)


def bare_heading(s: str) -> str:
    """A category or name without the numbering it was written with, so the report's own （一） is never
    doubled: （二）（一）经济发展 cannot happen.

    >>> heads = ("（一）经济发展", "三、民生保障", "2.改革开放", "第二部分 城市建设", "1.5万亩")
    >>> [bare_heading(x) for x in heads]
    ['经济发展', '民生保障', '改革开放', '城市建设', '1.5万亩']
    """
    out = s
    while True:
        stripped = _NUMBERING.sub("", out, count=1)
        if stripped == out or not stripped.strip():
            return out.strip()
        out = stripped


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


def _name(r: ReportRow) -> str:
    return bare_heading(r.item.short_name)


def _names(rows: Sequence[ReportRow], limit: int | None = None) -> str:
    names = [_name(r) for r in rows]
    if limit is not None and len(names) > limit:
        return "、".join(names[:limit]) + f"等{len(names)}项"
    return "、".join(names)


def _by_unit(rows: Sequence[ReportRow], limit: int = 10) -> str:
    """市住建局5项、市发改委3项…: the lead units of `rows`, most first (ties in plan order)."""
    units: Counter[str] = Counter()
    for r in rows:
        units.update(r.item.lead_units[:1] or ("未明确牵头单位",))
    ranked = sorted(units.items(), key=lambda u: -u[1])
    more = f"等{len(ranked)}个单位" if len(ranked) > limit else ""
    return "、".join(f"{u}{n}项" for u, n in ranked[:limit]) + more


def progress(rows: Sequence[ReportRow], *, compact: bool = False) -> tuple[tuple[str, str], ...]:
    """二、工作进展情况: per category, its counts by status and each item's standing; `compact` (a large
    plan): only the items behind, not done or partly done in detail, the rest counted and left to the
    table."""
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
        shown = [r for r in group if r.status in PROBLEM_STATUSES] if compact else group
        entries = "".join(f"{n}.{_name(r)}：{_detail(r)}。" for n, r in enumerate(shown, 1))
        if compact and len(shown) < len(group):
            rest = len(group) - len(shown)
            entries += f"{'其余' if shown else '各'}{rest}项的进展详见附件完成情况表。"
        out.append((f"（{cn_ordinal(k)}）{bare_heading(category)}", tally + entries))
    return tuple(out)


def problems(
    rows: Sequence[ReportRow], as_of: date, *, compact: bool = False
) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
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
            if compact:  # the details are in 二、工作进展情况 already
                entries = "、".join(f"{_name(r)}（{r.lead or '未明确牵头单位'}）" for r in group)
            else:
                entries = "；".join(
                    f"{_name(r)}（{_detail(r)}；牵头单位：{r.lead or '未明确'}）" for r in group
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
        late = [r for r in unreported if _past_due(r, as_of)]
        if compact:
            said = (
                f"有{len(unreported)}项截至{cn_date(as_of)}尚未报送进展，按牵头单位：{_by_unit(unreported)}"
            )
        else:
            said = f"有{len(unreported)}项截至{cn_date(as_of)}尚未报送进展：{_names(unreported)}"
        if late:
            said += f"；其中{len(late)}项已过完成时限（{_names(late, _NAMES_SHOWN)}）"
        paragraphs.append(said + "。")
    if not rows:
        return ("计划中尚未列入任务指标。",), ()
    if not paragraphs:
        return (f"截至{cn_date(as_of)}，各项任务指标均已完成或按序时进度推进，未发现滞后、未完成事项。",), ()
    return tuple(f"{cn_ordinal(n)}是{p}" for n, p in enumerate(paragraphs, 1)), ranked


def _past_due(r: ReportRow, as_of: date) -> bool:
    due = r.item.due_date
    return due is not None and due <= as_of


def _due_soon(r: ReportRow, as_of: date) -> bool:
    due = r.item.due_date
    return (
        due is not None
        and as_of < due <= as_of + timedelta(days=DUE_SOON_DAYS)
        and r.status not in (Status.COMPLETED, Status.CANCELLED)
    )


def suggestions(
    rows: Sequence[ReportRow], as_of: date, followups: Sequence[FollowUp] = (), *, compact: bool = False
) -> tuple[str, ...]:
    """四、下一步工作建议, from the judgement: the items behind or not done, those not reported, those due
    soon, those without a lead unit, and the office's 预警 and 催办 records (`followups`, the hook where
    the lifecycle's records come in; none yet gives no paragraph)."""
    limit = _NAMES_SHOWN if compact else None
    paragraphs = []
    lagging = [r for r in rows if r.status in PROBLEM_STATUSES]
    if lagging:
        paragraphs.append(
            f"加快推进滞后事项。对{len(lagging)}项滞后、未完成或部分完成的事项（{_names(lagging, limit)}），"
            f"请牵头单位（{_by_unit(lagging)}）认真分析原因，倒排时间表，明确季度节点和责任人，"
            "采取有力措施迎头赶上，确保按期完成。"
        )
    unreported = [r for r in rows if r.status == Status.NOT_REPORTED]
    if unreported:
        late = sum(_past_due(r, as_of) for r in unreported)
        paragraphs.append(
            f"按时报送工作进展。{len(unreported)}项事项尚未报送进展"
            + (f"（其中{late}项已过完成时限）" if late else "")
            + f"，涉及{_by_unit(unreported)}，请有关单位于下一报送期前报送进展及佐证材料。"
        )
    soon = [r for r in rows if _due_soon(r, as_of)]
    if soon:
        paragraphs.append(
            f"确保临期事项按时办结。{len(soon)}项事项将在{DUE_SOON_DAYS}日内到期（{_names(soon, limit)}），"
            "请责任单位对照完成时限抓紧推进，按期提交办结材料。"
        )
    no_lead = [r for r in rows if not r.item.lead_units and r.status != Status.CANCELLED]
    if no_lead:
        paragraphs.append(
            f"明确责任主体。{len(no_lead)}项事项尚未明确牵头单位（{_names(no_lead, limit)}），"
            "建议由相关职能部门主动认领，确有职责交叉的，由编制部门明确分工。"
        )
    kinds = Counter(f.kind for f in followups)
    if kinds:
        open_ = [f for f in followups if not f.answered]
        done = "、".join(f"{k}{n}次" for k, n in kinds.items())
        tail = f"，其中{len(open_)}项尚未回复，请有关单位尽快反馈办理情况" if open_ else "，均已回复"
        paragraphs.append(f"持续跟踪督办。本期已发出{done}{tail}。")
    if not paragraphs:
        paragraphs.append(
            "各项任务指标均按序时进度推进。请各责任单位保持工作力度，确保全年目标任务全面完成。"
        )
    return tuple(f"{cn_ordinal(n)}是{p}" for n, p in enumerate(paragraphs, 1))


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
