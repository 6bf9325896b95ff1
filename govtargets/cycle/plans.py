"""Plans: a work report (or a task-assignment notice) becomes a plan of items; the 任务分解表 a supervision
office edits in Excel goes out and comes back in.

The sheet has the columns of the office's own table (序号, 类别, 任务内容, 指标, 目标值, 完成时限, 牵头单位,
责任单位) and two more that carry the round trip: 编号 (the item's id) and 版本 (the revision the sheet was
made from). A row with an 编号 revises that item (refused if the item changed since: 版本 is older); a row
without one is a new item. Every row is checked before anything is written, and the import is one
transaction: with any error nothing lands, and each error names its row, its column and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from govtargets._model import Fact
from govtargets.bounds import check_number
from govtargets.breakdown import write_xlsx
from govtargets.cycle._sheet_layout import RowError, fill_merged, header_errors, split_units
from govtargets.cycle.judge import due_date_of
from govtargets.extract import extract_all
from govtargets.ingest import Document, TooLarge, check_xlsx
from govtargets.lexicon import Lexicon
from govtargets.numbers import find_quantities
from govtargets.store import Item, ItemDraft, Store, StoreError

__all__ = [
    "SHEET_COLUMNS",
    "RowError",
    "PlanImportError",
    "AddNewNeeded",
    "SheetRow",
    "drafts_from_document",
    "create_plan_from_document",
    "create_plan_from_reviewed",
    "target_text",
    "parse_target",
    "export_xlsx",
    "read_plan_xlsx",
    "import_xlsx",
]

SHEET_COLUMNS = [
    "序号",
    "类别",
    "任务内容",
    "指标",
    "目标值",
    "完成时限",
    "牵头单位",
    "责任单位",
    "编号",
    "版本",
]
_SHEET_WIDTHS = [6, 16, 60, 16, 16, 12, 18, 30, 7, 6]
_QUALIFIER_WORDS = {"at_least": "以上", "at_most": "以内", "about": "左右"}
INDICATOR_CATEGORY = "主要预期目标"


def _num(d: Decimal | None) -> str:
    return "" if d is None else format(d.normalize(), "f")


def target_text(
    measure: str | None,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    unit: str | None,
    qualifier: str | None,
) -> str:
    """A target as the office writes it: 增长7%左右, 500亿元以上, 增长6%—6.5%, 下降3%.

    >>> target_text("growth", Decimal("7"), Decimal("7"), Decimal("7"), "%", "about")
    '增长7%左右'
    >>> target_text("growth", Decimal("-3"), Decimal("-3"), Decimal("-3"), "%", "exact")
    '下降3%'
    >>> target_text("level", Decimal("6"), Decimal("6"), Decimal("6.5"), "%", "range")
    '6%—6.5%'
    """
    if value is None and low is None:
        return ""
    unit = unit or ""
    lo = low if low is not None else value
    hi = high if high is not None else value
    assert lo is not None and hi is not None
    word = ""
    if measure == "growth":
        word = "下降" if lo < 0 and hi <= 0 else "增长"
        if lo < 0 and hi <= 0:
            lo, hi = -hi, -lo
    if qualifier == "range" or lo != hi:
        return f"{word}{_num(lo)}{unit}—{_num(hi)}{unit}"
    return f"{word}{_num(lo)}{unit}{_QUALIFIER_WORDS.get(qualifier or '', '')}"


def parse_target(text: str) -> tuple[str | None, Decimal | None, Decimal | None, Decimal | None, str, str]:
    """The inverse of target_text: (measure, value, low, high, unit, qualifier); raises ValueError.

    >>> parse_target("增长7%左右")
    ('growth', Decimal('7'), Decimal('7'), Decimal('7'), '%', 'about')
    >>> parse_target("下降3%")[:4]
    ('growth', Decimal('-3'), Decimal('-3'), Decimal('-3'))
    >>> parse_target("500亿元以上")
    ('level', Decimal('500'), Decimal('500'), Decimal('500'), '亿元', 'at_least')
    """
    s = text.strip()
    measure = "level"
    sign = Decimal(1)
    if s.startswith(("增长", "增速")):
        measure, s = "growth", s[2:]
    elif s.startswith(("下降", "降低")):
        measure, s, sign = "growth", s[2:], Decimal(-1)
    qs = list(find_quantities(s))
    if len(qs) != 1:
        raise ValueError("应为一个带单位的数值，如“增长7%左右”“500亿元以上”“5所”")
    q = qs[0]
    field = "growth" if measure == "growth" and q.unit == "%" else None
    low, high = (check_number(d, "目标值", field=field) for d in sorted((q.low * sign, q.high * sign)))
    value = q.value * sign if q.low == q.high else low
    return measure, value, low, high, q.unit, q.qualifier


def _display_name(metric: str | None, lex: Lexicon) -> str:
    if metric and metric in lex.indicators:
        return lex.indicators[metric].names[0]
    return metric or ""


def drafts_from_document(doc: Document, lex: Lexicon) -> tuple[list[Any], list[tuple[int, ItemDraft]]]:
    """The facts of a document, and plan items drafted from them, each with the index of its source fact.

    A work report gives one indicator item per main indicator and measure (its first target of the plan year:
    the targets paragraph comes first) and one task item per task; a notice gives its tasks.
    """
    facts = list(extract_all(doc, lex))
    year = doc.report_year
    drafts: list[tuple[int, ItemDraft]] = []
    seen: set[tuple[str, str]] = set()
    for n, f in enumerate(facts):
        d = f.to_dict()
        if (
            isinstance(f, Fact)
            and d["kind"] == "target"
            and d["metric"]
            and (year is None or d["period"] == str(year))
        ):
            key = (d["metric"], d["measure"])
            if key in seen or d["measure"] not in ("level", "growth"):
                continue
            seen.add(key)
            drafts.append((n, _indicator_draft(d, f.value, f.low, f.high)))
        elif d["kind"] == "task":
            drafts.append((n, _task_draft(d, year)))
    return facts, drafts


def _indicator_draft(
    d: dict[str, Any], value: Decimal | None, low: Decimal | None, high: Decimal | None, **source: Any
) -> ItemDraft:
    """An indicator item from a target fact (as a dict), its figures as Decimals; `source` names the stored
    fact and document it comes from, when it does."""
    unit, qualifier = d.get("unit"), d.get("qualifier")
    return ItemDraft(
        kind="indicator",
        text=d["label"] + target_text(d["measure"], value, low, high, unit, qualifier),
        name=d["label"],
        category=INDICATOR_CATEGORY,
        metric=d["metric"],
        measure=d["measure"],
        target_value=value,
        target_low=low,
        target_high=high,
        target_unit=unit,
        qualifier=qualifier,
        source_start=d["start"],
        source_end=d["end"],
        note=f"力争{d['stretch']}{d['unit']}" if d.get("stretch") is not None else None,
        **source,
    )


def _task_draft(d: dict[str, Any], year: int | None, **source: Any) -> ItemDraft:
    """A task item from a task (as a dict): its first quantity is its target, its deadline a due date in
    the plan's year; `source` names the stored fact and document it comes from, when it does."""
    q = d["quantities"][0] if d.get("quantities") else None
    category = d.get("category") or ("为民办实事" if d.get("minsheng") else None)
    if not category and d.get("leader"):
        category = f"{d['leader']}牵头重点工作"
    deadline = d.get("deadline")
    return ItemDraft(
        kind="task",
        text=d["text"],
        category=category,
        measure=_task_measure(d["text"], q),
        target_value=_dec_or_none(q["value"]) if q else None,
        target_low=_dec_or_none(q["low"]) if q else None,
        target_high=_dec_or_none(q["high"]) if q else None,
        target_unit=q["unit"] if q else None,
        qualifier=q["qualifier"] if q else None,
        deadline=deadline,
        due_date=due_date_of(deadline, year) if year else None,
        minsheng=bool(d.get("minsheng")),
        lead_units=tuple(d.get("lead_units") or ()),
        co_units=tuple(d.get("co_units") or ()),
        source_start=d["start"],
        source_end=d["end"],
        note=_leaders_note(d),
        **source,
    )


def _leaders_note(task: dict[str, Any]) -> str | None:
    """The leaders a notice names for a task (责任领导：王某某), kept in the item's note."""
    leaders = task.get("leaders") or ()
    return f"责任领导：{'、'.join(leaders)}" if leaders else None


def _task_measure(text: str, q: dict[str, Any] | None) -> str | None:
    """A task's quantity is a growth when it says so (增长9%以上), else a level (5所, 1500个)."""
    if q is None:
        return None
    if q["unit"] == "%" and re.search(
        r"(?:增长|增速|提高|下降)[^，。；]{0,4}$", text[: text.find(str(q["value"]))]
    ):
        return "growth"
    return "level"


def create_plan_from_document(
    store: Store,
    doc: Document | None,
    lex: Lexicon,
    *,
    notice: Document | None = None,
    region: str | None = None,
    year: int | None = None,
    title: str | None = None,
    actor: str | None = None,
) -> int:
    """Store the documents and their facts, and make a plan; returns the plan id.

    From a work report alone: its targets and its tasks. From a task-assignment notice alone: its tasks, with
    their units and deadlines. From both: the report's targets and the notice's tasks.
    """
    sources = [d for d in (doc, notice) if d is not None]
    if not sources:
        raise StoreError("name a work report, a task-assignment notice, or both")
    region = region or next((d.region for d in sources if d.region), None)
    year = year or next((d.report_year for d in sources if d.report_year), None)
    if not region or not year:
        raise StoreError(f"{sources[0].path}: cannot tell the region or the year; give --region and --year")
    items: list[ItemDraft] = []
    for source in sources:
        facts, drafts = drafts_from_document(source, lex)
        if doc is not None and notice is not None:  # the report gives the targets, the notice the tasks
            drafts = [(n, d) for n, d in drafts if (d.kind == "indicator") == (source is doc)]
        if not drafts:
            raise StoreError(f"{source.path}: no targets or tasks found, so no plan was made")
        doc_id = store.add_document(source, facts, actor=actor)
        ids = store.fact_ids(doc_id, [facts[n].to_dict() for n, _ in drafts], actor=actor)
        items += [
            _with(d, source_fact_id=fid, source_document_id=doc_id)
            for (_, d), fid in zip(drafts, ids, strict=True)
        ]
    return store.create_plan(
        region,
        year,
        title or f"{year}年{region}《政府工作报告》任务分解表",
        items,
        source_document_id=store.add_document(sources[0], [], actor=actor),
        actor=actor,
    )


def _with(d: ItemDraft, **changes: Any) -> ItemDraft:
    values = {k: getattr(d, k) for k in ItemDraft.__dataclass_fields__}
    values.update(changes)
    return ItemDraft(**values)


# the spreadsheet


def _row(item: Item, lex: Lexicon) -> list[str]:
    return [
        str(item.seq),
        item.category or "",
        item.text,
        _display_name(item.metric, lex),
        target_text(
            item.measure,
            item.target_value,
            item.target_low,
            item.target_high,
            item.target_unit,
            item.qualifier,
        ),
        item.deadline or "",
        "、".join(item.lead_units),
        "、".join(item.co_units),
        str(item.id),
        str(item.rev),
    ]


def export_xlsx(store: Store, plan_id: int, path: str, lex: Lexicon) -> int:
    """Write the plan's 任务分解表; returns the number of rows."""
    plan = store.plan(plan_id)
    items = store.items(plan_id)
    write_xlsx(
        [_row(i, lex) for i in items],
        path,
        f"{plan.title}（编号、版本两列供导回核对，请勿修改）",
        columns=SHEET_COLUMNS,
        widths=_SHEET_WIDTHS,
    )
    return len(items)


class AddNewNeeded(StoreError):
    """A sheet without the 编号 column cannot revise the plan's items: each of its rows would be a new item.
    Nothing was imported; import again with add_new=True (the CLI's --add-new) to add them."""

    def __init__(self, path: str, count: int) -> None:
        self.count = count
        super().__init__(
            f"{path}: the sheet has no 编号 column, so it cannot change the plan's items; all {count} rows "
            "would be added as new items. Nothing imported; give --add-new to add them"
        )


class PlanImportError(StoreError):
    """The sheet has errors; nothing was imported."""

    def __init__(self, path: str, errors: Sequence[RowError]) -> None:
        self.errors = list(errors)
        super().__init__(f"{path}: {len(self.errors)} error(s), nothing imported; first: {self.errors[0]}")


@dataclass(frozen=True, slots=True)
class SheetRow:
    row: int
    item_id: int | None
    rev: int | None
    draft: ItemDraft
    changed: dict[str, Any] = field(default_factory=dict)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int]]:
    for n, r in enumerate(rows[:10]):
        names = [_cell(c) for c in r]
        if "任务内容" in names:
            return n, {name: i for i, name in enumerate(names) if name}
    raise ValueError("找不到表头（应有“任务内容”列）")


def read_plan_xlsx(
    path: str,
    lex: Lexicon,
    year: int,
    *,
    required: Sequence[str] = ("任务内容",),
    notes: list[str] | None = None,
) -> tuple[list[SheetRow], list[RowError]]:
    """The rows of an edited 任务分解表, checked one by one; errors name the row and the column.

    The layout is checked first: a column not in SHEET_COLUMNS, or one of `required` missing, is an error of
    the header row and no row is read. Merged cells are filled from their merge, with a line in `notes`.
    """
    from openpyxl import load_workbook

    check_sheet_size(path)
    try:
        wb = load_workbook(path, data_only=True)  # not read_only: merged cells are only known this way
        ws = wb.worksheets[0]
        rows = [list(r) for r in ws.iter_rows(min_row=1, values_only=True)]
        merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    except Exception as e:  # openpyxl raises many kinds for a file that is not a workbook
        raise StoreError(f"{path}: not a readable .xlsx file ({type(e).__name__})") from None
    try:
        head_at, cols = _find_header(rows)
    except ValueError as e:
        raise StoreError(f"{path}: {e}") from None
    header = [_cell(c) for c in rows[head_at]]
    layout = header_errors(head_at + 1, header, SHEET_COLUMNS, required)
    filled, merge_errors = fill_merged(rows, merges, head_at + 1, header)
    if layout or merge_errors:
        return [], layout + merge_errors
    if notes is not None:
        notes.extend(filled)
    names = {n: i.id for i in lex.indicators.values() for n in i.names} | {i: i for i in lex.indicators}
    out: list[SheetRow] = []
    errors: list[RowError] = []
    seen_ids: set[int] = set()
    for n, r in enumerate(rows[head_at + 1 :], start=head_at + 2):
        get = {c: _cell(r[i]) if i < len(r) else "" for c, i in cols.items()}
        if not any(get.values()):
            continue
        text = get.get("任务内容", "")
        if not text:
            errors.append(RowError(n, "任务内容", "不能为空"))
            continue
        item_id = rev = None
        if get.get("编号"):
            if not get["编号"].isdigit():
                errors.append(RowError(n, "编号", f"应为数字，而不是“{get['编号']}”"))
                continue
            item_id = int(get["编号"])
            if item_id in seen_ids:
                errors.append(RowError(n, "编号", f"编号{item_id}重复出现"))
                continue
            seen_ids.add(item_id)
            if get.get("版本", "").isdigit():
                rev = int(get["版本"])
        metric = None
        if get.get("指标"):
            metric = names.get(get["指标"])
            if metric is None:
                errors.append(RowError(n, "指标", f"不认识的指标“{get['指标']}”"))
                continue
        measure = value = low = high = None
        unit = qualifier = None
        if get.get("目标值"):
            try:
                measure, value, low, high, unit, qualifier = parse_target(get["目标值"])
            except ValueError as e:
                errors.append(RowError(n, "目标值", f"“{get['目标值']}”：{e}"))
                continue
        elif metric:
            errors.append(RowError(n, "目标值", "填写了指标但没有目标值"))
            continue
        deadline = get.get("完成时限") or None
        due = due_date_of(deadline, year) if deadline else None
        if deadline and due is None and not re.search(r"长期|持续|常态", deadline):
            errors.append(
                RowError(n, "完成时限", f"看不懂的时限“{deadline}”（如：6月底前、9月25日前、年内）")
            )
            continue
        lead = split_units(get.get("牵头单位", ""))
        co = tuple(u for u in split_units(get.get("责任单位", "")) if u not in lead)
        draft = ItemDraft(
            kind="indicator" if metric else "task",
            text=text,
            category=get.get("类别") or None,
            metric=metric,
            measure=measure,
            target_value=value,
            target_low=low,
            target_high=high,
            target_unit=unit,
            qualifier=qualifier,
            deadline=deadline,
            due_date=due,
            lead_units=lead,
            co_units=co,
        )
        out.append(SheetRow(n, item_id, rev, draft))
    return out, errors


_EDITABLE = (
    "text",
    "category",
    "metric",
    "measure",
    "target_value",
    "target_low",
    "target_high",
    "target_unit",
    "qualifier",
    "deadline",
    "due_date",
    "lead_units",
    "co_units",
)


# the columns a sheet must have to revise existing items: without one, its value would be cleared
_REVISION_COLUMNS = ("类别", "任务内容", "指标", "目标值", "完成时限", "牵头单位", "责任单位", "版本")


def import_xlsx(
    store: Store,
    path: str,
    lex: Lexicon,
    *,
    plan_id: int | None = None,
    region: str | None = None,
    year: int | None = None,
    title: str | None = None,
    actor: str | None = None,
    add_new: bool | int | None = False,
    notes: list[str] | None = None,
) -> dict[str, int]:
    """Apply an edited 任务分解表 to a plan (or make a new plan of it with region and year): all rows or none.

    A sheet with the 编号 column must have every column a revision needs; a sheet without it only adds new
    items, and into an existing plan only with add_new=True (else AddNewNeeded, with the count; add_new may
    also be the count a person confirmed, and a different count raises AddNewNeeded again). Returns
    counts: {"revised": …, "added": …, "unchanged": …, "merged": …} ("merged": merged cells filled, each
    described in `notes`). Raises PlanImportError listing every bad row.
    """
    plan = store.plan(plan_id) if plan_id is not None else None
    if plan is None and (not region or not year):
        raise StoreError("importing into a new plan needs --region and --year (or name a plan with --plan)")
    filled: list[str] = []
    has_ids = _has_column(path, "编号")
    required = _REVISION_COLUMNS if plan is not None and has_ids else ("任务内容",)
    rows, errors = read_plan_xlsx(
        path, lex, plan.year if plan else int(year or 0), required=required, notes=filled
    )
    needs_choice = plan is not None and not has_ids and not errors
    if needs_choice and add_new is not True and add_new != len(rows):
        raise AddNewNeeded(path, len(rows))
    current = {i.id: i for i in store.items(plan.id)} if plan else {}
    revisions: list[tuple[int, int, dict[str, Any]]] = []
    added: list[ItemDraft] = []
    unchanged = 0
    # a unit written another way (市发改委 for 市发展和改革委员会) is no change: compare directory names
    directory = store.resolve_names(u for r in rows for u in r.draft.lead_units + r.draft.co_units)
    for r in rows:
        if r.item_id is None:
            added.append(r.draft)
            continue
        item = current.get(r.item_id)
        if item is None:
            errors.append(RowError(r.row, "编号", f"本计划中没有编号为{r.item_id}的事项"))
            continue
        if r.rev is not None and r.rev != item.rev:
            errors.append(
                RowError(
                    r.row, "版本", f"该事项已被{item.created_by}修改为第{item.rev}版，请重新导出后再修改"
                )
            )
            continue
        changes = {k: getattr(r.draft, k) for k in _EDITABLE if getattr(r.draft, k) != getattr(item, k)}
        for key in ("lead_units", "co_units"):
            if key in changes and _directory_units(changes[key], directory) == getattr(item, key):
                changes.pop(key)
        if r.draft.deadline == item.deadline:
            changes.pop("due_date", None)  # a date set by hand stays while the words stay
        if item.kind == "indicator" and not r.draft.metric:
            changes.pop("metric", None)
        if changes:
            revisions.append((item.id, item.rev, changes))
        else:
            unchanged += 1
    if errors:
        raise PlanImportError(path, sorted(errors, key=lambda e: e.row))
    if plan is None:
        assert region and year
        store.create_plan(
            region, year, title or f"{year}年{region}《政府工作报告》任务分解表", added, actor=actor
        )
    else:
        store.apply_edits(plan.id, revisions, added, actor=actor)
    if notes is not None:
        notes.extend(filled)
    return {"revised": len(revisions), "added": len(added), "unchanged": unchanged, "merged": len(filled)}


def _directory_units(names: tuple[str, ...], directory: dict[str, str | None]) -> tuple[str, ...]:
    """Unit names as the directory reads them, each once."""
    return tuple(dict.fromkeys(directory.get(n) or n for n in names))


def check_sheet_size(path: str) -> None:
    """StoreError for a workbook that expands past the limits (govtargets.ingest._limits): checked before
    openpyxl reads it, because a small file can hold millions of rows."""
    try:
        with open(path, "rb") as fh:
            check_xlsx(fh.read())
    except TooLarge as e:
        raise StoreError(f"{path}: {e}") from None
    except OSError as e:
        raise StoreError(f"{path}: cannot read ({e.strerror})") from None


def _has_column(path: str, name: str) -> bool:
    """Whether the sheet's header names `name` (False for a file that is no workbook: reading says why)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
        head = [[_cell(c) for c in r] for r in wb.worksheets[0].iter_rows(max_row=10, values_only=True)]
        wb.close()
    except Exception:
        return False
    return any(name in r for r in head if "任务内容" in r)


def units_of(items: Iterable[Item]) -> list[str]:
    """Every unit named in the items, lead units first, in order of appearance."""
    seen: dict[str, None] = {}
    for i in items:
        for u in i.lead_units + i.co_units:
            seen.setdefault(u, None)
    return list(seen)


def create_plan_from_reviewed(
    store: Store,
    doc_id: int,
    lex: Lexicon,
    reviews: Mapping[int, Any],
    *,
    region: str | None = None,
    year: int | None = None,
    title: str | None = None,
    actor: str | None = None,
) -> int:
    """A plan from a stored document's facts as a person reviewed them (the web page's 确认): its targets
    (one indicator item per indicator and measure) and its tasks, with rejected facts left out and corrected
    values applied; every item points to its source fact. `reviews` maps fact ids to their latest review
    (anything with `action` and `values`, as store.fact_reviews gives them). Returns the plan id.
    """
    stored = store.document(doc_id)
    region = region or stored.region
    year = year or stored.report_year
    if not region or not year:
        raise StoreError(f"document {doc_id}: cannot tell the region or the year; give them")
    plan_years = {str(year)} | ({str(stored.report_year)} if stored.report_year else set())
    items: list[ItemDraft] = []
    seen: set[tuple[str, str]] = set()
    for record in store.facts(doc_id):
        review = reviews.get(record["id"])
        action = getattr(review, "action", None)
        if action == "reject":
            continue
        d = dict(record)
        if action == "correct":
            d = _corrected(d, getattr(review, "values", None) or {}, lex)
        if d["kind"] == "target" and d.get("metric") and d.get("period") in plan_years:
            key = (d["metric"], d.get("measure") or "")
            if key in seen or d.get("measure") not in ("level", "growth"):
                continue
            seen.add(key)
            value, low, high = (_dec_or_none(d.get(k)) for k in ("value", "low", "high"))
            items.append(
                _indicator_draft(d, value, low, high, source_fact_id=record["id"], source_document_id=doc_id)
            )
        elif d["kind"] == "task":
            items.append(_task_draft(d, year, source_fact_id=record["id"], source_document_id=doc_id))
    if not items:
        raise StoreError(f"document {doc_id}: no targets or tasks left after the review, so no plan was made")
    return store.create_plan(
        region,
        year,
        title or f"{year}年{region}《政府工作报告》任务分解表",
        items,
        source_document_id=doc_id,
        actor=actor,
    )


def _dec_or_none(v: Any) -> Decimal | None:
    return None if v is None or v == "" else Decimal(str(v))


def _corrected(d: dict[str, Any], values: Mapping[str, Any], lex: Lexicon) -> dict[str, Any]:
    """A fact record with a reviewer's corrections (metric, value, unit, qualifier) applied."""
    d = dict(d)
    metric = values.get("metric")
    if metric and metric != d.get("metric") and d["kind"] != "task":
        d["metric"] = metric
        d["label"] = _display_name(metric, lex)
    value = _dec_or_none(values.get("value"))
    unit = values.get("unit")
    qualifier = values.get("qualifier")
    if d["kind"] == "task":
        quantities = [dict(q) for q in d.get("quantities") or []]
        if value is not None or unit or qualifier:
            q = quantities[0] if quantities else {"value": None, "low": None, "high": None, "unit": ""}
            if value is not None:
                q.update(value=str(value), low=str(value), high=str(value))
            if unit:
                q["unit"] = unit
            q["qualifier"] = qualifier or q.get("qualifier") or "exact"
            d["quantities"] = [q, *quantities[1:]]
        return d
    if value is not None:
        d.update(value=str(value), low=str(value), high=str(value))
    if unit:
        d["unit"] = unit
    if qualifier:
        d["qualifier"] = qualifier
    return d
