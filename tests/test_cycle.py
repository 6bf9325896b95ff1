"""The supervision cycle on a store: plans from reports, the 任务分解表 round trip, progress sheets, the
judgement rules, and the commands' one-line refusals. Fixture texts and figures are the team's own."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from govtargets.cli import main
from govtargets.cycle.judge import Rules, due_date_of, judge_item, overview, summarize
from govtargets.cycle.plans import PlanImportError, create_plan_from_document, export_xlsx, import_xlsx
from govtargets.cycle.progress import read_progress_xlsx, write_progress_template
from govtargets.ingest import read_document
from govtargets.lexicon import load_lexicon
from govtargets.samples import sample_path
from govtargets.store import Item, ItemDraft, Progress, ProgressDraft, Store
from tests.conftest import CORPUS, needs_shared

LEX = load_lexicon()
D = Decimal


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "c.db"), actor="督查室") as s:
        yield s


@pytest.fixture
def sample_plan(store):
    return create_plan_from_document(store, read_document(sample_path()), LEX)


# plans


def test_plan_from_the_sample_report_keeps_its_sources(store, sample_plan):
    items = store.items(sample_plan)
    doc = store.document(store.plan(sample_plan).source_document_id)
    gdp = next(i for i in items if i.metric == "gdp")
    assert (gdp.measure, gdp.target_value, gdp.qualifier, gdp.target_unit) == (
        "growth",
        D("6.5"),
        "about",
        "%",
    )
    assert "6.5%" in doc.text[gdp.source_start : gdp.source_end]
    facts = {f["id"]: f for f in store.facts(doc.id)}
    assert facts[gdp.source_fact_id]["metric"] == "gdp"
    kinder = next(i for i in items if "幼儿园" in i.text)
    assert (kinder.kind, kinder.target_value, kinder.target_unit) == ("task", D(5), "所")
    assert doc.text[kinder.source_start : kinder.source_end].startswith(kinder.text[:6])
    assert len({i.metric for i in items if i.kind == "indicator"}) == sum(
        i.kind == "indicator" for i in items
    )


def test_the_same_region_and_year_cannot_get_two_plans(store, sample_plan):
    with pytest.raises(Exception, match="exists already"):
        create_plan_from_document(store, read_document(sample_path()), LEX)


def _sheet_rows(path):
    ws = load_workbook(path).worksheets[0]
    return ws, [list(r) for r in ws.iter_rows(min_row=3, values_only=True)]


def test_xlsx_round_trip_revises_changed_rows_and_adds_new_ones(store, sample_plan, tmp_path):
    path = str(tmp_path / "plan.xlsx")
    n = export_xlsx(store, sample_plan, path, LEX)
    ws, rows = _sheet_rows(path)
    assert [c.value for c in ws[2]] == [
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
    assert len(rows) == n and ws.freeze_panes == "A3"
    # the office assigns units and a deadline, changes a target, and adds a task
    ws.cell(3, 7, "县发展改革局")
    ws.cell(3, 8, "县统计局、县经信局")
    ws.cell(4, 5, "增长6.5%")
    ws.cell(5, 6, "9月底前")
    ws.append([None, "重点工作", "建成县城第二水厂并通水", None, "1座", "10月底前", "县水利局", "县住建局"])
    ws.parent.save(path)
    counts = import_xlsx(store, path, LEX, plan_id=sample_plan)
    assert counts == {"revised": 3, "added": 1, "unchanged": n - 3, "merged": 0}
    items = store.items(sample_plan)
    first, second, third = items[0], items[1], items[2]
    assert (first.rev, first.lead_units, first.co_units) == (2, ("县发展改革局",), ("县统计局", "县经信局"))
    assert (second.target_value, second.qualifier) == (D("6.5"), "exact")
    assert (third.deadline, third.due_date) == ("9月底前", date(2024, 9, 30))
    assert items[-1].text == "建成县城第二水厂并通水" and items[-1].due_date == date(2024, 10, 31)
    history = store.item_history(first.id)
    assert [h.rev for h in history] == [1, 2] and history[0].lead_units == ()
    changes = [a for a in store.audit_log(entity="item") if a.entity_id == first.id]
    assert (
        changes[-1].new_value["lead_units"] == ["县发展改革局"] and changes[-1].old_value["lead_units"] == []
    )


def test_xlsx_errors_name_row_and_column_and_nothing_is_imported(store, sample_plan, tmp_path):
    path = str(tmp_path / "plan.xlsx")
    export_xlsx(store, sample_plan, path, LEX)
    ws, _ = _sheet_rows(path)
    ws.cell(3, 7, "县发展改革局")  # a good change that must not land either
    ws.cell(4, 5, "增长很多")
    ws.cell(5, 6, "择机")
    ws.cell(6, 4, "幸福指数")
    ws.cell(7, 3).value = None
    ws.cell(8, 9, 9999)
    ws.parent.save(path)
    before = store.items(sample_plan)
    with pytest.raises(PlanImportError) as err:
        import_xlsx(store, path, LEX, plan_id=sample_plan)
    got = [(e.row, e.column) for e in err.value.errors]
    assert got == [(4, "目标值"), (5, "完成时限"), (6, "指标"), (7, "任务内容"), (8, "编号")]
    assert "第4行「目标值」" in str(err.value.errors[0])
    assert store.items(sample_plan) == before


def test_a_sheet_made_from_an_old_revision_is_refused(store, sample_plan, tmp_path):
    path = str(tmp_path / "plan.xlsx")
    export_xlsx(store, sample_plan, path, LEX)
    first = store.items(sample_plan)[0]
    store.revise_item(first.id, {"lead_units": ("县统计局",)}, expected_rev=1, actor="另一位同事")
    ws, _ = _sheet_rows(path)
    ws.cell(3, 7, "县发展改革局")
    ws.parent.save(path)
    with pytest.raises(PlanImportError) as err:
        import_xlsx(store, path, LEX, plan_id=sample_plan)
    assert err.value.errors[0].column == "版本" and "另一位同事" in err.value.errors[0].message
    assert store.items(sample_plan)[0].lead_units == ("县统计局",)


# progress sheets


def test_progress_sheet_for_a_unit_round_trips(store, sample_plan, tmp_path):
    items = store.items(sample_plan)
    store.revise_item(items[4].id, {"lead_units": ("县人力社保局",)})
    path = str(tmp_path / "p.xlsx")
    assert (
        write_progress_template(store, sample_plan, path, unit="县人力社保局", as_of=date(2024, 6, 30)) == 1
    )
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[2]]
    ws.cell(3, header.index("累计完成值") + 1, 2710)
    ws.cell(3, header.index("进展情况") + 1, "举办招聘会12场")
    wb.save(path)
    updates, errors = read_progress_xlsx(store, sample_plan, path, unit="县人力社保局")
    assert errors == []
    assert [(i, u.value, u.as_of, u.unit) for i, u in updates] == [
        (items[4].id, D(2710), date(2024, 6, 30), "县人力社保局")
    ]
    # another unit cannot report on it
    _, errors = read_progress_xlsx(store, sample_plan, path, unit="县财政局")
    assert [(e.row, e.column) for e in errors] == [(3, "编号")]


def test_progress_sheet_errors(store, sample_plan, tmp_path):
    path = str(tmp_path / "p.xlsx")
    write_progress_template(store, sample_plan, path)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[2]]
    col = {h: header.index(h) + 1 for h in header}
    ws.cell(3, col["累计完成值"], "很多")
    ws.cell(3, col["截至日期"], "2024-06-30")
    ws.cell(4, col["状态"], "取消")
    ws.cell(4, col["截至日期"], "2024-06-30")
    ws.cell(5, col["进展情况"], "推进中")
    ws.cell(5, col["截至日期"], "六月底")
    wb.save(path)
    updates, errors = read_progress_xlsx(store, sample_plan, path)
    assert [(e.row, e.column) for e in errors] == [(3, "累计完成值"), (4, "进展情况"), (5, "截至日期")]


# the judgement rules


def _item(**kw) -> Item:
    base = dict(
        kind="task",
        text="新建学校5所",
        measure="level",
        target_value=D(5),
        target_unit="所",
        qualifier="exact",
        id=1,
        plan_id=1,
        seq=1,
        rev=1,
    )
    base.update(kw)
    return Item(**base)


def _p(as_of, **kw) -> Progress:
    return Progress(as_of=as_of, **kw)


JUNE = date(2016, 6, 30)


@pytest.mark.parametrize(
    "value, status, light, lag",
    [
        (D(3), "序时推进", "green", D(-10)),  # 60 % done, 50 % of the year gone
        (D("2.3"), "序时推进", "yellow", D(4)),  # 46 %: within 5 points
        (D(2), "滞后", "red", D(10)),  # 40 %
        (D(5), "完成", "green", D(-50)),
    ],
)
def test_cumulative_task_against_the_calendar(value, status, light, lag):
    j = judge_item(_item(), [_p(JUNE, value=value)], JUNE, 2016)
    assert (j.status, j.light, j.schedule_pct, j.lag_pp) == (status, light, D(50), lag)


def test_deadline_sets_the_schedule_and_then_the_verdict():
    item = _item(due_date=date(2016, 9, 30))
    j = judge_item(item, [_p(JUNE, value=D(3))], JUNE, 2016)
    assert j.schedule_pct == D("66.67") and j.status == "滞后"
    late = judge_item(item, [_p(JUNE, value=D(3))], date(2016, 10, 8), 2016)
    assert (late.status, late.light) == ("部分完成", "yellow")
    none = judge_item(item, [_p(JUNE, value=D(1))], date(2016, 10, 8), 2016)
    assert none.status == "未完成"


@pytest.mark.parametrize(
    "qualifier, growth, status",
    [
        ("about", D("6.6"), "序时推进"),  # 7 左右: 0.4 short is within the tolerance
        ("about", D("6.4"), "滞后"),
        ("at_least", D("6.9"), "滞后"),  # 7 以上: no tolerance
        ("at_least", D("7.0"), "序时推进"),
    ],
)
def test_growth_target_with_its_qualifier(qualifier, growth, status):
    item = _item(
        kind="indicator",
        metric="gdp",
        measure="growth",
        target_value=D(7),
        target_unit="%",
        qualifier=qualifier,
    )
    assert judge_item(item, [_p(JUNE, growth=growth)], JUNE, 2016, lex=LEX).status == status


def test_ceiling_is_met_from_below():
    cpi = _item(
        kind="indicator",
        metric="cpi",
        measure="growth",
        target_value=D(3),
        target_unit="%",
        qualifier="about",
    )
    assert judge_item(cpi, [_p(JUNE, growth=D("3.4"))], JUNE, 2016, lex=LEX).status == "序时推进"
    assert judge_item(cpi, [_p(JUNE, growth=D("3.6"))], JUNE, 2016, lex=LEX).status == "滞后"
    jobless = _item(
        kind="indicator",
        metric="registered_unemployment_rate",
        measure="level",
        target_value=D("4.5"),
        target_unit="%",
        qualifier="at_most",
    )
    assert judge_item(jobless, [_p(JUNE, value=D("4.2"))], JUNE, 2016, lex=LEX).status == "序时推进"
    assert judge_item(jobless, [_p(JUNE, value=D("4.6"))], JUNE, 2016, lex=LEX).light == "yellow"


def test_reported_status_decides_and_cancellation_keeps_its_note():
    j = judge_item(_item(), [_p(JUNE, value=D(4)), _p(date(2016, 6, 1), status="cancelled")], JUNE, 2016)
    assert (j.status, j.completion_pct) == ("序时推进", D(80))  # the later report decides, whatever the order
    c = judge_item(_item(), [_p(JUNE, status="cancelled", narrative="经市政府常务会议同意取消")], JUNE, 2016)
    assert (c.status, c.light) == ("取消", "grey") and "常务会议" in c.basis
    assert judge_item(_item(), [], JUNE, 2016).status == "未报送"
    assert judge_item(_item(), [_p(date(2016, 7, 31), value=D(5))], JUNE, 2016).status == "未报送"


def test_projection_from_the_monthly_series():
    item = _item(
        kind="indicator",
        metric="fixed_asset_investment",
        text="固定资产投资",
        target_value=D(1200),
        target_unit="亿元",
    )
    series = [_p(date(2016, m, 28 if m == 2 else 30), value=D(90 * m)) for m in range(1, 7)]
    j = judge_item(item, series, JUNE, 2016, lex=LEX)
    assert j.projection is not None and D(1070) < j.projection < D(1090)
    assert "预计全年完成" in j.basis


def test_rules_are_recorded_and_change_the_verdict():
    lenient = Rules(yellow_pp=D(15))
    assert judge_item(_item(), [_p(JUNE, value=D(2))], JUNE, 2016, rules=lenient).status == "序时推进"
    assert Rules().as_dict()["about_tolerance_pp"] == "0.5"


def test_overview_wording():
    js = [
        judge_item(_item(id=1, name="北湖公园"), [_p(JUNE, status="partly_met")], JUNE, 2016),
        judge_item(_item(id=2, name="二号路"), [_p(JUNE, value=D(4))], JUNE, 2016),
        judge_item(_item(id=3, name="三号桥"), [_p(JUNE, status="not_met")], JUNE, 2016),
    ]
    assert overview(summarize(js, JUNE)) == (
        "《政府工作报告》任务分解表所列3项重点工作，1项工作部分完成（北湖公园）；1项工作未完成（三号桥）；"
        "其余1项工作按序时进度推进。"
    )


def test_due_dates():
    assert due_date_of("10月底前", 2024) == date(2024, 10, 31)
    assert due_date_of("二季度", 2024) == date(2024, 6, 30)


# the commands


def test_cycle_commands_end_to_end(tmp_path):
    db = str(tmp_path / "cli.db")
    run = CliRunner().invoke
    r = run(main, ["plan", "create", sample_path(), "--db", db])
    assert r.exit_code == 0 and "11 indicators" in r.output, r.output
    r = run(
        main,
        [
            "progress",
            "add",
            "--item",
            "5",
            "--as-of",
            "2024-06-30",
            "--value",
            "2710",
            "--db",
            db,
            "--by",
            "县人力社保局·张三",
        ],
    )
    assert r.exit_code == 0, r.output
    r = run(main, ["evaluate", "--as-of", "2024-06-30", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0
    assert '"status":"序时推进"' in r.output and '"completion_pct":"54.2"' in r.output
    with Store(db) as s:
        assert [a.actor for a in s.audit_log(entity="progress")] == ["县人力社保局·张三"]
        assert (
            len(
                s.audit_log(
                    entity="plan",
                )
            )
            >= 2
        )  # created, items added, evaluated


@pytest.mark.parametrize(
    "args, message",
    [
        (["progress", "add", "--item", "999", "--as-of", "2024-06-30", "--value", "1"], "no item 999"),
        (["plan", "show", "--region", "无此县"], "no such plan"),
        (["plan", "import", "--xlsx", "{bad}"], "not a readable .xlsx"),
    ],
)
def test_refusals_are_one_line(tmp_path, args, message):
    db = str(tmp_path / "cli.db")
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    CliRunner().invoke(main, ["plan", "create", sample_path(), "--db", db])
    r = CliRunner().invoke(main, [a.replace("{bad}", str(bad)) for a in args] + ["--db", db])
    assert r.exit_code == 1
    assert message in r.output and "Traceback" not in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_progress_is_never_lost_when_superseded(store, sample_plan):
    item = store.items(sample_plan)[4]
    first = store.add_progress(item.id, ProgressDraft(as_of=JUNE, value=D(2000)))
    store.add_progress(item.id, ProgressDraft(as_of=JUNE, value=D(2710), supersedes_id=first))
    assert [p.value for p in store.progress(sample_plan)[item.id]] == [D(2710)]
    assert [p.value for p in store.progress(sample_plan, include_superseded=True)[item.id]] == [
        D(2000),
        D(2710),
    ]


def test_an_item_draft_needs_no_units():
    assert ItemDraft(kind="task", text="x").lead_units == ()


@needs_shared
def test_plan_from_a_report_and_its_notice(tmp_path):
    db = str(tmp_path / "tj.db")
    r = CliRunner().invoke(
        main,
        [
            "plan",
            "create",
            str(CORPUS / "tianjin_2025.docx"),
            "--from",
            str(CORPUS / "tianjin_task_assignment.docx"),
            "--db",
            db,
        ],
    )
    assert r.exit_code == 0, r.output
    with Store(db) as s:
        items = s.items(s.plan().id)
    indicators = [i for i in items if i.kind == "indicator"]
    tasks = [i for i in items if i.kind == "task"]
    assert {i.metric for i in indicators} >= {"gdp", "general_budget_revenue", "cpi"}
    assert len(tasks) == 120 and sum(bool(t.lead_units) for t in tasks) >= 118
    docs = {i.source_document_id for i in indicators}, {t.source_document_id for t in tasks}
    assert len(docs[0]) == len(docs[1]) == 1 and docs[0] != docs[1]


@needs_shared
def test_audit_over_the_reports_in_the_store(tmp_path):
    db = str(tmp_path / "a.db")
    run = CliRunner().invoke
    for name in ("tianjin_2025.docx", "tianjin_2026.txt"):
        assert run(main, ["plan", "create", str(CORPUS / name), "--db", db]).exit_code == 0
    r = run(main, ["audit", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    gdp = next(row for row in rows if row["metric"] == "gdp" and row["measure"] == "growth")
    assert gdp["region"] == "天津市" and gdp["year"] == 2025 and gdp["outcome"] == "met"


def test_unit_standings_rank_lead_units():
    from govtargets.cycle.judge import unit_standings
    from govtargets.cycle.rank import rank_units

    js = [
        judge_item(
            _item(id=1, lead_units=("甲局",)), [_p(JUNE, value=D(4))], JUNE, 2016
        ),  # 80 %: on schedule
        judge_item(_item(id=2, lead_units=("甲局",)), [_p(JUNE, value=D(1))], JUNE, 2016),  # 20 %: behind
        judge_item(_item(id=3, lead_units=("乙局", "甲局")), [_p(JUNE, value=D(5))], JUNE, 2016),  # done
        judge_item(
            _item(id=4, lead_units=("丙局",)), [_p(JUNE, status="cancelled", narrative="经批准")], JUNE, 2016
        ),
    ]
    standings = {s.unit: s for s in unit_standings(js)}
    assert set(standings) == {"甲局", "乙局"}  # a cancelled item counts for nobody
    assert (standings["甲局"].items, standings["甲局"].on_schedule, standings["甲局"].mean_completion) == (
        2,
        1,
        D(50),
    )
    ranked = rank_units((s.unit, s.on_schedule_pct) for s in standings.values())
    assert [(r.rank, r.unit) for r in ranked] == [(1, "乙局"), (2, "甲局")]
