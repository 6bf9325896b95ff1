"""Judging plan items against the calendar: 时间过半、任务过半.

For each item, on an as-of date, from the progress reported up to that date:

- A reported status decides first: 取消 (cancelled, with its approving note), 完成, 部分完成, 未完成, and
  for a supervision report's lists 序时推进 (on schedule) or 滞后 (behind).
- A cumulative target (an amount, a count, a quantified task: 固定资产投资500亿元, 新建学校5所) is judged by
  work done against time elapsed. The schedule (序时进度) is the share of the time from 1 January to the
  deadline (31 December if none) that has passed, counted in months and days (30 June is 50 %). Completion is
  the latest cumulative value over the target, or the completion % reported. The lag is schedule − completion,
  in percentage points.
- A growth or rate target (增长7%左右, 控制在3%以内) is judged against the latest reported figure; 左右 allows
  a tolerance of `Rules.about_tolerance_pp` either way, 以上 / 以内 allow none. A ceiling (better: lower in
  the lexicon: CPI, unemployment, energy use) is met from below.

The lights (all thresholds in `Rules`, recorded with every judgement run):

| status   | light  | when |
|----------|--------|------|
| 完成     | green  | completion ≥ 100 %, or reported done, or a growth target met at the year's end |
| 序时推进 | green  | completion ≥ schedule, or a growth target met |
| 序时推进 | yellow | behind schedule by at most `yellow_pp` points |
| 滞后     | yellow | a growth target missed by at most `growth_yellow_pp` points |
| 滞后     | red    | behind schedule by more than `yellow_pp` points, or a growth target missed by more |
| 部分完成 | yellow | past the deadline with completion ≥ `partial_min_pct`, or reported so |
| 未完成   | red    | past the deadline with less, or reported so |
| 取消     | grey   | reported cancelled (the note says who approved it) |
| 未报送   | grey   | no progress reported yet (also past the deadline: the reason says so) |

A year-end projection comes from the monthly series of a cumulative item: the least-squares line through
(share of the year elapsed, cumulative value), read at the year's end; with one report, its run rate.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from govtargets.lexicon import Lexicon
from govtargets.status import ON_SCHEDULE_OR_DONE, STATUSES, Reported, Status
from govtargets.store import Item, Progress

__all__ = [
    "Rules",
    "Judgement",
    "Summary",
    "STATUSES",
    "judge",
    "judge_item",
    "is_cumulative",
    "is_ceiling",
    "overview",
    "UnitStanding",
    "unit_standings",
    "summarize",
    "schedule_fraction",
    "due_date_of",
    "default_as_of",
]

# the light of a reported status (a status not listed is grey: cancelled)
_REPORTED_LIGHT = {
    Status.COMPLETED: "green",
    Status.ON_SCHEDULE: "green",
    Status.BEHIND: "red",
    Status.PARTLY_MET: "yellow",
    Status.NOT_MET: "red",
}
_CUMULATIVE_KINDS = {"money", "people", "grain"}
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Rules:
    """The thresholds of the judgement; stored with every run so a result can be re-read later."""

    yellow_pp: Decimal = Decimal(5)  # behind schedule by up to this many points: yellow, still 序时推进
    partial_min_pct: Decimal = Decimal(50)  # past the deadline: at least this much done is 部分完成
    about_tolerance_pp: Decimal = Decimal("0.5")  # 左右 allows this many points either way
    growth_yellow_pp: Decimal = Decimal(1)  # a growth target missed by up to this many points: yellow

    def as_dict(self) -> dict[str, str]:
        return {k: str(v) for k, v in asdict(self).items()}


@dataclass(frozen=True, slots=True)
class Judgement:
    """An item's standing on the as-of date, with the figures and the reason in words."""

    item: Item
    status: Status
    light: str  # green | yellow | red | grey
    schedule_pct: Decimal | None = None  # 序时进度, % of the time to the deadline
    completion_pct: Decimal | None = None
    lag_pp: Decimal | None = None  # schedule − completion, or target − growth, in percentage points
    projection: Decimal | None = None  # projected year-end cumulative value
    latest: Progress | None = None
    basis: str = (
        ""  # in Chinese, for the report: 截至6月30日完成全年目标的47.6%，序时进度50%，滞后2.4个百分点
    )

    @property
    def on_schedule(self) -> bool:
        return self.status in ON_SCHEDULE_OR_DONE

    def row(self) -> dict[str, Any]:
        """The judgement as the store keeps it (Store.save_judgements): ids, status, figures as strings."""

        def s(d: Decimal | None) -> str | None:
            return None if d is None else str(d)

        return {
            "item_id": self.item.id,
            "revision_id": self.item.revision_id,
            "progress_id": self.latest.id if self.latest else None,
            "status": str(self.status),
            "light": self.light,
            "schedule_pct": s(self.schedule_pct),
            "completion_pct": s(self.completion_pct),
            "lag_pp": s(self.lag_pp),
            "projection": s(self.projection),
            "basis": self.basis,
        }


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts and names by status, for indicators and tasks, and counts by category."""

    as_of: date
    indicators: dict[str, list[Judgement]]
    tasks: dict[str, list[Judgement]]
    by_category: dict[str, Counter[str]] = field(default_factory=dict)

    @property
    def n_indicators(self) -> int:
        return sum(len(v) for v in self.indicators.values())

    @property
    def n_tasks(self) -> int:
        return sum(len(v) for v in self.tasks.values())


def _year_share(d: date) -> Decimal:
    """The share of d's year elapsed at the end of day d, by months and days: 30 June → 0.5."""
    days = calendar.monthrange(d.year, d.month)[1]
    return (Decimal(d.month - 1) + Decimal(d.day) / Decimal(days)) / 12


def schedule_fraction(as_of: date, year: int, due: date | None = None) -> Decimal:
    """序时进度 as a fraction: the time passed from 1 January of `year` to the deadline (31 December if none).

    >>> schedule_fraction(date(2016, 6, 30), 2016)
    Decimal('0.5')
    >>> schedule_fraction(date(2016, 3, 31), 2016, date(2016, 6, 30))
    Decimal('0.5')
    >>> schedule_fraction(date(2017, 1, 15), 2016), schedule_fraction(date(2015, 12, 31), 2016)
    (Decimal('1'), Decimal('0'))
    """
    end = due or date(year, 12, 31)
    if as_of >= end:
        return Decimal(1)
    if as_of.year < year:
        return Decimal(0)
    span = _year_share(end) + (end.year - year)
    done = _year_share(as_of) + (as_of.year - year)
    return (done / span).quantize(Decimal("0.0001")).normalize() if span else Decimal(1)


def default_as_of(year: int, today: date | None = None) -> date:
    """The date a plan of this year is seen at when none is given: today, moved into the plan's year (a past
    plan at its year's end, a future one at its start). The web pages, the API and the reports agree on it.

    >>> default_as_of(2025, date(2026, 11, 23)), default_as_of(2026, date(2026, 11, 23))
    (datetime.date(2025, 12, 31), datetime.date(2026, 11, 23))
    """
    today = today or date.today()
    return min(max(today, date(year, 1, 1)), date(year, 12, 31))


_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "上": 2, "下": 4}


def due_date_of(deadline: str | None, year: int) -> date | None:
    """The date a deadline as written falls on, in the plan's year.

    >>> [due_date_of(s, 2016) for s in ("6月底前", "9月25日前", "年内", "上半年", "三季度", "到2018年")]
    [datetime.date(2016, 6, 30), datetime.date(2016, 9, 25), datetime.date(2016, 12, 31), \
datetime.date(2016, 6, 30), datetime.date(2016, 9, 30), datetime.date(2018, 12, 31)]
    >>> due_date_of("2017年3月底前", 2016), due_date_of("长期坚持", 2016)
    (datetime.date(2017, 3, 31), None)
    """
    if not deadline:
        return None
    s = deadline.strip()
    m = re.search(r"(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?", s)
    if m:
        y = int(m.group(1) or year)
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None
        day = int(m.group(3)) if m.group(3) else calendar.monthrange(y, month)[1]
        return date(y, month, min(day, calendar.monthrange(y, month)[1]))
    m = re.search(r"到?(\d{4})年", s)
    if m:
        return date(int(m.group(1)), 12, 31)
    if re.search(r"年内|年底|年末|全年|今年", s):
        return date(year, 12, 31)
    m = re.search(r"([一二三四])季度", s)
    if m:
        q = _CN_DIGITS[m.group(1)]
        return date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
    m = re.search(r"([上下])半年", s)
    if m:
        return date(year, 6, 30) if m.group(1) == "上" else date(year, 12, 31)
    return None


def _pct(x: Decimal) -> str:
    """A percentage for prose: 47.6, 50, 105.57."""
    q = x.quantize(Decimal("0.1")) if abs(x) < 1000 else x.quantize(Decimal(1))
    return format(q.normalize(), "f")


def _md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def is_cumulative(item: Item, lex: Lexicon | None) -> bool:
    if item.measure != "level" or item.qualifier == "at_most":
        return False
    if item.kind == "task":
        return item.target_unit not in ("%", "‰")  # 网上可办率达到95%: a rate, not an amount
    if item.metric and lex is not None and item.metric in lex.indicators:
        return lex.kind_of(item.metric) in _CUMULATIVE_KINDS
    return item.target_unit not in ("%", "‰")


def is_ceiling(item: Item, lex: Lexicon | None) -> bool:
    """A target met from below: 以内, or an indicator the lexicon marks `better: lower` (CPI, unemployment,
    energy intensity). Such a target is 控制在…以内, never 增长 or 达到."""
    if item.qualifier == "at_most":
        return True
    if item.metric and lex is not None and item.metric in lex.indicators:
        return lex.indicators[item.metric].better == "lower"
    return False


def _target(item: Item) -> Decimal | None:
    if item.target_value is not None:
        return item.target_value
    if item.target_low is not None:
        return item.target_low
    return item.target_high


def _projection(item: Item, reports: Sequence[Progress], year: int) -> Decimal | None:
    """The cumulative value the monthly series points to at the deadline (31 December if none)."""
    end = item.due_date or date(year, 12, 31)
    at = _year_share(end) + (end.year - year)
    points = [
        (_year_share(p.as_of), p.value)
        for p in reports
        if p.value is not None and p.as_of.year == year and p.as_of < end
    ]
    if not points:
        return None
    if len(points) == 1:
        x, y = points[0]
        return (y / x * at).quantize(Decimal("0.01")) if x else None
    n = Decimal(len(points))
    mx = sum((x for x, _ in points), Decimal(0)) / n
    my = sum((y for _, y in points), Decimal(0)) / n
    sxx = sum(((x - mx) ** 2 for x, _ in points), Decimal(0))
    if not sxx:
        return None
    slope = sum(((x - mx) * (y - my) for x, y in points), Decimal(0)) / sxx
    return (my + slope * (at - mx)).quantize(Decimal("0.01"))


@dataclass(frozen=True, slots=True)
class _Case:
    """What every judgement of one item on one date shares; `judged` builds the Judgement."""

    item: Item
    as_of: date
    sched: Decimal  # 序时进度, %
    past_due: bool

    def judged(
        self,
        status: Status,
        light: str,
        basis: str,
        *,
        latest: Progress | None = None,
        completion: Decimal | None = None,
        lag: Decimal | None = None,
        projection: Decimal | None = None,
    ) -> Judgement:
        return Judgement(self.item, status, light, self.sched, completion, lag, projection, latest, basis)


def judge_item(
    item: Item,
    reports: Sequence[Progress],
    as_of: date,
    year: int,
    *,
    lex: Lexicon | None = None,
    rules: Rules | None = None,
) -> Judgement:
    """One item's judgement from its progress reports (oldest first); reports after as_of are not seen.

    The cases, in order: nothing reported; a reported status; a growth or rate target against the latest
    figure; a cumulative target by work done against time elapsed; words only."""
    rules = rules or Rules()
    seen = sorted((p for p in reports if p.as_of <= as_of), key=lambda p: (p.as_of, p.id))
    due = item.due_date
    case = _Case(
        item, as_of, schedule_fraction(as_of, year, due) * _HUNDRED, as_of >= (due or date(year, 12, 31))
    )
    if not seen:
        return _unreported(case)
    latest = seen[-1]
    if latest.status:
        return _by_reported_status(case, latest)
    if item.measure == "growth" or (item.measure == "level" and not is_cumulative(item, lex)):
        found = _by_figure(case, seen, lex, rules)
        if isinstance(found, Judgement):
            return found
        latest = found
    return _by_work_done(case, seen, latest, year, rules)


def _unreported(case: _Case) -> Judgement:
    """Nothing reported is 未报送 (grey), never 未完成: a plan just created, or judged at its year's end,
    has not failed its items, it has not heard from its units. Past the deadline the reason says so, and
    the report's 存在的主要问题 and 下一步工作建议 name such items."""
    late = "，已过完成时限" if case.past_due else ""
    return case.judged(Status.NOT_REPORTED, "grey", f"截至{_md(case.as_of)}未报送进展{late}")


def _by_reported_status(case: _Case, latest: Progress) -> Judgement:
    """A reported status decides: a unit's, or a supervision report's lists."""
    assert latest.status
    try:
        reported = Reported(latest.status)
    except ValueError:
        raise ValueError(f"unknown reported status {latest.status!r}") from None
    status = reported.judged_for(case.item.kind)
    if status == Status.ON_SCHEDULE and case.past_due and case.item.kind == "task":
        status = Status.COMPLETED if reported in (Reported.COMPLETED, Reported.DONE) else status
    note = f"：{latest.narrative}" if latest.narrative else ""
    if status == Status.CANCELLED and not latest.narrative:
        note = "（未注明批准依据）"
    light = _REPORTED_LIGHT.get(status, "grey")
    return case.judged(
        status, light, f"报送为{status}{note}", latest=latest, completion=latest.completion_pct
    )


def _by_figure(
    case: _Case, seen: Sequence[Progress], lex: Lexicon | None, rules: Rules
) -> Judgement | Progress:
    """A growth or rate target against the latest reported figure. When the reports give no figure but a
    completion %, or the target has no number, the report looked at last, to be judged as work done."""
    item = case.item

    def figure_of(p: Progress) -> Decimal | None:
        return p.growth if item.measure == "growth" else p.value

    with_figure = [p for p in seen if figure_of(p) is not None]
    if not with_figure:
        if not any(p.completion_pct is not None for p in seen):
            return _narrative_only(case, seen[-1])
        return seen[-1]
    latest = with_figure[-1]
    figure = figure_of(latest)
    target = _target(item)
    if figure is None or target is None:
        return latest
    lower = is_ceiling(item, lex)
    tol = rules.about_tolerance_pp if item.qualifier == "about" else Decimal(0)
    if item.qualifier == "range" and item.target_low is not None and item.target_high is not None:
        bound = item.target_high if lower else item.target_low
    else:
        bound = target
    gap = (figure - bound - tol) if lower else (bound - tol - figure)  # > 0: missed by this much
    if lower:
        return _ceiling(case, latest, figure, target, gap, rules)
    word = "增长" if item.measure == "growth" else ""
    basis = f"截至{_md(case.as_of)}{word}{_pct(figure)}%，目标{word}{_pct(target)}%"
    if gap <= 0:
        status = Status.COMPLETED if case.past_due else Status.ON_SCHEDULE
        return case.judged(status, "green", basis + "，达到目标", latest=latest)
    lag = gap.normalize()
    if case.past_due:
        return case.judged(Status.NOT_MET, "red", basis + f"，差{_pct(lag)}个百分点", latest=latest, lag=lag)
    light = "yellow" if gap <= rules.growth_yellow_pp else "red"
    return case.judged(Status.BEHIND, light, basis + f"，低于目标{_pct(lag)}个百分点", latest=latest, lag=lag)


def _signed(x: Decimal) -> str:
    """A change of a ceiling indicator in words: 下降3.5%, 上升0.4%; a level: 2.1%."""
    return f"下降{_pct(-x)}%" if x < 0 else f"{_pct(x)}%"


def _ceiling(
    case: _Case, latest: Progress, figure: Decimal, target: Decimal, gap: Decimal, rules: Rules
) -> Judgement:
    """A ceiling (CPI, unemployment, 以内): held under its bound or not, in the words an office uses
    (控制在3%以内; 高于控制目标0.4个百分点), never 增长 or 达到目标."""
    about = case.item.qualifier == "about"
    if target < 0:  # 单位能耗下降3%: the change is the bound
        bound = f"{_signed(target)}{'左右' if about else ''}"
    else:
        bound = f"控制在{_pct(target)}%" + ("左右" if about else "以内")
    basis = f"截至{_md(case.as_of)}为{_signed(figure)}，目标{bound}"
    if gap <= 0:
        status = Status.COMPLETED if case.past_due else Status.ON_SCHEDULE
        held = "，控制在目标范围内" if about else "，控制在目标以内"
        return case.judged(status, "green", basis + held, latest=latest)
    lag = gap.normalize()
    why = f"，高于控制目标{_pct(lag)}个百分点"
    if case.past_due:
        return case.judged(Status.NOT_MET, "red", basis + why, latest=latest, lag=lag)
    light = "yellow" if gap <= rules.growth_yellow_pp else "red"
    return case.judged(Status.BEHIND, light, basis + why, latest=latest, lag=lag)


def _by_work_done(
    case: _Case, seen: Sequence[Progress], latest: Progress, year: int, rules: Rules
) -> Judgement:
    """A cumulative target: work done against time elapsed (`latest`: the report to cite without any)."""
    item, sched, target = case.item, case.sched, _target(case.item)
    with_work = [p for p in seen if p.completion_pct is not None or (p.value is not None and target)]
    if not with_work:
        return _narrative_only(case, latest)
    latest = with_work[-1]  # the latest report that says how much is done
    completion = latest.completion_pct
    if completion is None and latest.value is not None and target:
        completion = latest.value / target * _HUNDRED
    if completion is None:
        return _narrative_only(case, latest)
    completion = completion.quantize(Decimal("0.01")).normalize()
    lag = (sched - completion).quantize(Decimal("0.01")).normalize()
    projection = _projection(item, seen, year) if item.kind == "indicator" or target else None
    basis = f"截至{_md(case.as_of)}完成目标的{_pct(completion)}%，序时进度{_pct(sched)}%"
    if projection is not None and target and not case.past_due:
        when = "到期" if item.due_date and item.due_date < date(year, 12, 31) else "全年"
        basis += f"，按当前进度预计{when}完成{_pct(projection / target * _HUNDRED)}%"

    def judged(status: Status, light: str, why: str) -> Judgement:
        return case.judged(
            status, light, basis + why, latest=latest, completion=completion, lag=lag, projection=projection
        )

    if completion >= _HUNDRED:
        return judged(Status.COMPLETED, "green", "，已完成")
    if case.past_due:
        if completion >= rules.partial_min_pct:
            return judged(Status.PARTLY_MET, "yellow", "，已过完成时限")
        return judged(Status.NOT_MET, "red", "，已过完成时限")
    if lag <= 0:
        return judged(Status.ON_SCHEDULE, "green", "，快于序时进度")
    if lag <= rules.yellow_pp:
        return judged(Status.ON_SCHEDULE, "yellow", f"，略慢{_pct(lag)}个百分点")
    return judged(Status.BEHIND, "red", f"，滞后{_pct(lag)}个百分点")


def _narrative_only(case: _Case, latest: Progress) -> Judgement:
    """A report with words but no figure and no status: on schedule until the deadline, then not done."""
    said = f"：{latest.narrative}" if latest.narrative else ""
    if case.past_due:
        return case.judged(Status.NOT_MET, "red", f"已过完成时限，未报送完成情况{said}", latest=latest)
    return case.judged(Status.ON_SCHEDULE, "green", f"{_md(latest.as_of)}报送进展{said}", latest=latest)


def judge(
    items: Sequence[Item],
    progress: Mapping[int, Sequence[Progress]],
    as_of: date,
    year: int,
    *,
    lex: Lexicon | None = None,
    rules: Rules | None = None,
) -> list[Judgement]:
    """Every item's judgement on as_of, in plan order."""
    return [judge_item(i, progress.get(i.id, ()), as_of, year, lex=lex, rules=rules) for i in items]


def summarize(judgements: Sequence[Judgement], as_of: date) -> Summary:
    """Judgements grouped by status (indicators and tasks apart) and counted by category."""
    ind: dict[str, list[Judgement]] = {}
    tasks: dict[str, list[Judgement]] = {}
    by_cat: dict[str, Counter[str]] = {}
    for j in judgements:
        (ind if j.item.kind == "indicator" else tasks).setdefault(j.status, []).append(j)
        by_cat.setdefault(j.item.category or "其他", Counter())[j.status] += 1
    return Summary(as_of, ind, tasks, by_cat)


def _names(js: Sequence[Judgement], limit: int = 12) -> str:
    names = [j.item.short_name for j in js]
    if len(names) > limit:
        return "、".join(names[:limit]) + f"等{len(names)}项"
    return "、".join(names)


def overview(summary: Summary, subject: str = "《政府工作报告》任务分解表") -> str:
    """The 总体情况 sentence of a supervision report, in the words seed 002 uses:

    8项主要经济发展指标中3项完成序时进度（…）、5项未完成序时进度（…）。所列82项重点工作，取消1项工作（…）；
    7项工作部分完成（…）；4项工作未完成（…）；其余70项工作按序时进度推进。
    """
    parts = []
    ind = summary.indicators
    if summary.n_indicators:
        on = [j for s in ON_SCHEDULE_OR_DONE for j in ind.get(s, [])]
        off = [j for s in (Status.BEHIND, Status.PARTLY_MET, Status.NOT_MET) for j in ind.get(s, [])]
        none = ind.get(Status.NOT_REPORTED, []) + ind.get(Status.CANCELLED, [])
        groups = []
        if on:
            groups.append(f"{len(on)}项完成序时进度（{_names(on)}）")
        if off:
            groups.append(f"{len(off)}项未完成序时进度（{_names(off)}）")
        if none:
            groups.append(f"{len(none)}项尚无数据（{_names(none)}）")
        parts.append(f"{subject}中，{summary.n_indicators}项主要经济发展指标中" + "、".join(groups) + "。")
    t = summary.tasks
    if summary.n_tasks:
        clauses = []
        for status, words in (
            (Status.CANCELLED, "取消{n}项工作"),
            (Status.PARTLY_MET, "{n}项工作部分完成"),
            (Status.NOT_MET, "{n}项工作未完成"),
            (Status.BEHIND, "{n}项工作滞后于序时进度"),
            (Status.COMPLETED, "{n}项工作已完成"),
            (Status.NOT_REPORTED, "{n}项工作尚未报送进展"),
        ):
            if t.get(status):
                clauses.append(words.format(n=len(t[status])) + f"（{_names(t[status])}）")
        rest = len(t.get(Status.ON_SCHEDULE, []))
        if rest:
            clauses.append(f"{'其余' if clauses else ''}{rest}项工作按序时进度推进")
        lead = "所列" if summary.n_indicators else f"{subject}所列"
        parts.append(f"{lead}{summary.n_tasks}项重点工作，" + "；".join(clauses) + "。")
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class UnitStanding:
    """How a lead unit's items stand: how many, how many on schedule, their mean completion."""

    unit: str
    items: int
    on_schedule: int
    mean_completion: Decimal | None  # over the items with a completion figure

    @property
    def on_schedule_pct(self) -> Decimal:
        return (Decimal(self.on_schedule) * _HUNDRED / self.items).quantize(Decimal("0.1"))


def unit_standings(judgements: Sequence[Judgement]) -> list[UnitStanding]:
    """Each lead unit's standing (the first lead unit of each item counts), ordered by name; cancelled items
    are left out. Rank them with govtargets.cycle.rank.rank_units on on_schedule_pct."""
    by_unit: dict[str, list[Judgement]] = {}
    for j in judgements:
        if j.item.lead_units and j.status != Status.CANCELLED:
            by_unit.setdefault(j.item.lead_units[0], []).append(j)
    out = []
    for unit, js in sorted(by_unit.items()):
        done = [min(j.completion_pct, _HUNDRED) for j in js if j.completion_pct is not None]
        mean = (sum(done, Decimal(0)) / len(done)).quantize(Decimal("0.1")) if done else None
        out.append(UnitStanding(unit, len(js), sum(j.on_schedule for j in js), mean))
    return out
