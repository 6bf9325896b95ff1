"""Progress into the store: one report at a time, a unit's monthly sheet, or a whole mid-year review or
supervision report read by the extractor and matched to the plan's items.

Matching a report's facts to items:
- an actual (level or growth) or a completion / lag / status fact with a metric goes to the indicator item of
  that metric (a growth fact to the growth target, a level fact to the level target; score 1.0);
- a status fact naming a task (7项工作部分完成（北湖公园改造、…）) goes to the task whose name or text is most
  like it: 1.0 when one contains the other, else the character-bigram Dice coefficient of the two; a match
  below `min_score` is left out and listed as unmatched;
- a status fact with a count and no names (其余70项任务指标全部按进度顺利推进) goes to every task the report
  has not otherwise named, when their number equals the count; otherwise it is reported, not applied;
- a tally (全县32项指标中,达到序时进度27项: how many stand so, naming none) goes to no item;
- a lag (低于序时进度3.5个百分点) gives the indicator the status behind (ahead of schedule: on_schedule);
- a qualitative judgement (完成情况较好, confidence low) is proposed like a status, its reason saying so.
Nothing is stored until the matches are confirmed (the CLI shows them with their scores first).
"""

from __future__ import annotations

import calendar
import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from govtargets.bounds import parse_number
from govtargets.breakdown import write_xlsx
from govtargets.cycle.plans import RowError, _cell, _find_header, check_sheet_size, target_text
from govtargets.extract import extract_all
from govtargets.ingest import Document
from govtargets.lexicon import Lexicon
from govtargets.status import UNIT_CHOICES, Reported
from govtargets.store import Item, ProgressDraft, Store, StoreError

__all__ = [
    "Match",
    "STATUS_WORDS",
    "period_end",
    "evidence_ref",
    "match_document",
    "store_matches",
    "read_progress_xlsx",
    "write_progress_template",
    "PROGRESS_COLUMNS",
]

# status words as an office writes them in a progress sheet → the store's status codes: each status a unit
# may report by its word, and a few ways of writing the same
STATUS_WORDS: dict[str, Reported] = {r.label: r for r in UNIT_CHOICES} | {
    "已完成": Reported.COMPLETED,
    "按序时推进": Reported.ON_SCHEDULE,
    "正常推进": Reported.ON_SCHEDULE,
    "滞后于序时进度": Reported.BEHIND,
}
PROGRESS_COLUMNS = [
    "编号",
    "序号",
    "任务内容",
    "目标值",
    "截至日期",
    "累计完成值",
    "完成率(%)",
    "增速(%)",
    "状态",
    "进展情况",
    "报送单位",
    "佐证材料",
]
_PROGRESS_WIDTHS = [7, 6, 50, 16, 12, 12, 10, 9, 10, 50, 16, 24]


def period_end(period: str | None, fallback: date | None = None) -> date | None:
    """The last day a fact's period covers: 2016H1 → 2016-06-30, 2014Q1-Q3 → 2014-09-30, 2013 → 2013-12-31.

    >>> [period_end(p).isoformat() for p in ("2016H1", "2014Q1-Q3", "2014-01..2014-05", "2013")]
    ['2016-06-30', '2014-09-30', '2014-05-31', '2013-12-31']
    """
    if not period:
        return fallback
    last = period.split("..")[-1]
    if m := re.fullmatch(r"(\d{4})-(\d{2})", last):
        y, mo = int(m.group(1)), int(m.group(2))
        return date(y, mo, calendar.monthrange(y, mo)[1])
    if m := re.fullmatch(r"(\d{4})(?:Q1-)?Q([1-4])", last):
        y, mo = int(m.group(1)), 3 * int(m.group(2))
        return date(y, mo, calendar.monthrange(y, mo)[1])
    if m := re.fullmatch(r"(\d{4})H([12])", last):
        y = int(m.group(1))
        return date(y, 6, 30) if m.group(2) == "1" else date(y, 12, 31)
    if m := re.fullmatch(r"(\d{4})", last):
        return date(int(m.group(1)), 12, 31)
    return fallback


def evidence_ref(path: str) -> str:
    """A reference to an evidence file that shows later whether it changed: name, size and sha256."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        raise StoreError(f"{path}: cannot read the evidence file ({e.strerror})") from None
    return f"{os.path.abspath(path)}#size={len(data)}&sha256={hashlib.sha256(data).hexdigest()}"


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[\s，。、；：（）()“”《》]", "", s)
    return {s[i : i + 2] for i in range(len(s) - 1)} or {s}


def similarity(a: str, b: str) -> float:
    """How alike a status list's item name and a plan item are: 1.0 if one holds the other, else bigram Dice.

    >>> similarity("北湖公园改造", "加快北湖公园改造，年内完成主体工程")
    1.0
    >>> similarity("北湖公园改建", "北湖公园改造"), similarity("北湖公园改造", "商品房去库存")
    (0.8, 0.0)
    """
    a2 = re.sub(r"\s", "", a)
    b2 = re.sub(r"\s", "", b)
    if a2 and b2 and (a2 in b2 or b2 in a2):
        return 1.0
    x, y = _bigrams(a2), _bigrams(b2)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


@dataclass(frozen=True, slots=True)
class Match:
    """A fact of a report proposed as progress on an item."""

    item: Item | None  # None: nothing in the plan is like it
    fact: dict[str, Any]
    fact_index: int
    score: float
    update: ProgressDraft | None
    reason: str  # in Chinese, for the confirmation table


# the statuses extraction gives a fact (govtargets/extract/_progress_status.py), stored as they are
_FACT_STATUSES = frozenset(
    {Reported.MET, Reported.NOT_MET, Reported.PARTLY_MET, Reported.CANCELLED, Reported.ON_SCHEDULE}
)


_QUALITATIVE = {"low": "（定性评价，请核实）"}


def _draft(fact: dict[str, Any], item: Item, as_of: date, score: float) -> ProgressDraft | None:
    dec = lambda v: None if v is None else Decimal(str(v))  # noqa: E731
    common: dict[str, Any] = {
        "as_of": as_of,
        "period": fact.get("period"),
        "match_score": score,
        "narrative": None,
    }
    measure = fact["measure"]
    if fact["kind"] == "actual":
        if measure == "growth" and item.measure == "growth":
            return ProgressDraft(growth=dec(fact["value"]), **common)
        if measure == "level" and item.measure == "level":
            return ProgressDraft(value=dec(fact["value"]), **common)
        return None
    if measure == "completion":
        return ProgressDraft(completion_pct=dec(fact["value"]), **common)
    if measure == "status" and fact.get("status") in _FACT_STATUSES:
        return ProgressDraft(status=str(fact["status"]), **common)
    if measure == "lag" and fact.get("value") is not None:  # 滞后序时进度3.5个百分点: behind
        behind = Decimal(str(fact["value"])) > 0
        return ProgressDraft(status=(Reported.BEHIND if behind else Reported.ON_SCHEDULE).value, **common)
    return None


def store_matches(
    store: Store, doc: Document, matches: Sequence[Match], *, actor: str | None = None
) -> list[int]:
    """Store the document, the matched facts and the progress they give, each report pointing to its fact."""
    doc_id = store.add_document(doc, [], actor=actor)
    todo = [m for m in matches if m.item is not None and m.update is not None]
    ids = store.fact_ids(doc_id, [m.fact for m in todo], actor=actor)
    updates: list[tuple[int, ProgressDraft]] = []
    for m, fid in zip(todo, ids, strict=True):
        assert m.item is not None and m.update is not None
        updates.append((m.item.id, replace(m.update, source_fact_id=fid)))
    return store.add_progress_many(updates, actor=actor)


def match_document(
    store: Store,
    plan_id: int,
    doc: Document,
    lex: Lexicon,
    *,
    as_of: date | None = None,
    min_score: float = 0.5,
) -> list[Match]:
    """The report's actual, progress and status facts, each matched to an item of the plan (or to none)."""
    facts = [f.to_dict() for f in extract_all(doc, lex, tasks=False)]
    return match_facts(store, plan_id, facts, as_of=as_of, min_score=min_score)


def match_facts(
    store: Store,
    plan_id: int,
    facts: Sequence[dict[str, Any]],
    *,
    as_of: date | None = None,
    min_score: float = 0.5,
) -> list[Match]:
    """Facts (as `Fact.to_dict()` or the store gives them) matched to the plan's items: an indicator's figure
    by its indicator, a status by the task it names (or the `count` of the other tasks it states)."""
    plan = store.plan(plan_id)
    items = store.items(plan_id)
    by_metric: dict[tuple[str, str | None], Item] = {}
    for i in items:
        if i.metric:
            by_metric.setdefault((i.metric, i.measure), i)
            by_metric.setdefault((i.metric, None), i)
    tasks = [i for i in items if i.kind == "task"]
    out: list[Match] = []
    named: set[int] = set()
    rest: list[tuple[int, dict[str, Any]]] = []
    for n, f in enumerate(facts):
        if f["kind"] not in ("actual", "progress"):
            continue
        if f["kind"] == "actual" and f.get("period") and not str(f["period"]).startswith(str(plan.year)):
            continue  # another year's figure
        when = as_of or period_end(f.get("period")) or date(plan.year, 12, 31)
        if f.get("metric"):
            measure = f["measure"] if f["measure"] in ("level", "growth") else None
            item = by_metric.get((f["metric"], measure)) or (
                by_metric.get((f["metric"], None)) if not measure else None
            )
            if item is None:
                out.append(Match(None, f, n, 0.0, None, "计划中没有该指标"))
                continue
            update = _draft(f, item, when, 1.0)
            reason = ("指标相同" if update else "无法转为进展") + _QUALITATIVE.get(
                f.get("confidence") or "", ""
            )
            out.append(Match(item, f, n, 1.0, update, reason))
            continue
        if f["measure"] != "status":
            continue
        if f.get("tally"):
            out.append(Match(None, f, n, 0.0, None, f"报告仅称{f.get('count')}项，未列明具体事项"))
            continue
        if not f.get("label"):
            rest.append((n, f))
            continue
        scored = sorted(((similarity(f["label"], i.name or i.text), i) for i in tasks), key=lambda p: -p[0])
        if not scored or scored[0][0] < min_score:
            out.append(Match(None, f, n, scored[0][0] if scored else 0.0, None, "计划中没有相近的事项"))
            continue
        score, item = scored[0]
        named.add(item.id)
        out.append(
            Match(
                item,
                f,
                n,
                round(score, 3),
                _draft(f, item, when, round(score, 3)),
                ("名称相同" if score == 1.0 else "名称相近")
                + _QUALITATIVE.get(f.get("confidence") or "", ""),
            )
        )
    for n, f in rest:
        others = [i for i in tasks if i.id not in named]
        when = as_of or period_end(f.get("period")) or date(plan.year, 12, 31)
        if f.get("count") == len(others):
            out += [Match(i, f, n, 1.0, _draft(f, i, when, 1.0), f"其余{len(others)}项") for i in others]
        else:
            out.append(
                Match(
                    None,
                    f,
                    n,
                    0.0,
                    None,
                    f"报告称其余{f.get('count')}项，计划中其余事项为{len(others)}项，未套用",
                )
            )
    return out


# a unit's monthly sheet


def write_progress_template(
    store: Store, plan_id: int, path: str, *, unit: str | None = None, as_of: date | None = None
) -> int:
    """A blank progress sheet for a unit (its own items: it leads or shares them), to fill in and import."""
    plan = store.plan(plan_id)
    items = [i for i in store.items(plan_id) if unit is None or unit in i.units]
    rows = [
        [
            str(i.id),
            str(i.seq),
            i.text,
            target_text(i.measure, i.target_value, i.target_low, i.target_high, i.target_unit, i.qualifier),
            as_of.isoformat() if as_of else "",
            "",
            "",
            "",
            "",
            "",
            unit or "",
            "",
        ]
        for i in items
    ]
    who = f"（{unit}）" if unit else ""
    write_xlsx(
        rows,
        path,
        f"{plan.title}进展情况报送表{who}",
        columns=PROGRESS_COLUMNS,
        widths=_PROGRESS_WIDTHS,
        sheet="进展报送",
    )
    return len(rows)


def _decimal(s: str) -> Decimal:
    try:
        return Decimal(s.rstrip("%％"))
    except InvalidOperation:
        raise ValueError(f"“{s}”不是数字") from None


def _date(v: Any) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    s = _cell(v)
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", s)
    if not m:
        raise ValueError(f"“{s}”不是日期（如2016-06-30）")
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def read_progress_xlsx(
    store: Store, plan_id: int, path: str, *, unit: str | None = None
) -> tuple[list[tuple[int, ProgressDraft]], list[RowError]]:
    """A filled progress sheet's rows as (item id, report), checked; errors name the row and the column.

    With `unit`, a row for an item the unit neither leads nor shares is an error (a unit reports its own).
    """
    from openpyxl import load_workbook

    check_sheet_size(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a file that is not a workbook
        raise StoreError(f"{path}: not a readable .xlsx file ({type(e).__name__})") from None
    rows = [tuple(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    raw_rows = rows
    try:
        head_at, cols = _find_header(rows)
    except ValueError as e:
        raise StoreError(f"{path}: {e}") from None
    if "编号" not in cols or "截至日期" not in cols:
        raise StoreError(
            f"{path}: the sheet needs the columns 编号 and 截至日期 (make one with progress template)"
        )
    items = {i.id: i for i in store.items(plan_id)}
    out: list[tuple[int, ProgressDraft]] = []
    errors: list[RowError] = []
    for n, r in enumerate(raw_rows[head_at + 1 :], start=head_at + 2):
        raw = {c: (r[i] if i < len(r) else None) for c, i in cols.items()}
        get = {c: _cell(v) for c, v in raw.items()}
        filled = [get.get(c) for c in ("累计完成值", "完成率(%)", "增速(%)", "状态", "进展情况")]
        if not any(filled):
            continue  # an item the unit did not report on this time
        if not get.get("编号", "").isdigit() or int(get["编号"]) not in items:
            errors.append(RowError(n, "编号", f"本计划中没有编号为“{get.get('编号', '')}”的事项"))
            continue
        item = items[int(get["编号"])]
        reporter = get.get("报送单位") or unit
        if unit is not None and unit not in item.units:
            errors.append(RowError(n, "编号", f"事项{item.id}不由{unit}牵头或负责"))
            continue
        try:
            as_of = _date(raw.get("截至日期"))
        except ValueError as e:
            errors.append(RowError(n, "截至日期", str(e)))
            continue
        values: dict[str, Decimal | None] = {}
        bad = False
        for col, key in (("累计完成值", "value"), ("完成率(%)", "completion_pct"), ("增速(%)", "growth")):
            try:
                values[key] = parse_number(get.get(col), col, field=key)
            except ValueError as e:
                errors.append(RowError(n, col, str(e)))
                bad = True
        status = None
        if get.get("状态"):
            status = STATUS_WORDS.get(get["状态"])
            if status is None:
                errors.append(RowError(n, "状态", f"应为{'、'.join(sorted(set(STATUS_WORDS)))}之一"))
                bad = True
        if status == Reported.CANCELLED and not get.get("进展情况"):
            errors.append(RowError(n, "进展情况", "取消须写明批准依据"))
            bad = True
        if bad:
            continue
        evidence = tuple(e for e in re.split(r"[；;\n]+", get.get("佐证材料", "")) if e)
        out.append(
            (
                item.id,
                ProgressDraft(
                    as_of=as_of,
                    value=values["value"],
                    completion_pct=values["completion_pct"],
                    growth=values["growth"],
                    status=status.value if status else None,
                    narrative=get.get("进展情况") or None,
                    evidence=evidence,
                    unit=reporter,
                ),
            )
        )
    return out, errors
