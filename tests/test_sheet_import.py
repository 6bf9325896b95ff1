"""Issue 12, cases 1-3 and 5: the 任务分解表 import checks the sheet before its rows (a renamed, missing or
unknown column, a sheet without 编号, merged cells), an unchanged row writes no revision, and every text goes
out as a string cell. Fixture texts and figures are the team's own."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from govtargets.cli import main
from govtargets.cycle.plans import (
    AddNewNeeded,
    PlanImportError,
    create_plan_from_document,
    export_xlsx,
    import_xlsx,
)
from govtargets.ingest import read_document
from govtargets.lexicon import load_lexicon
from govtargets.samples import sample_path
from govtargets.store import ItemDraft, Store

LEX = load_lexicon()


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "c.db"), actor="督查室") as s:
        yield s


@pytest.fixture
def plan(store):
    return create_plan_from_document(store, read_document(sample_path()), LEX)


def _export(store, plan, tmp_path):
    path = str(tmp_path / "plan.xlsx")
    export_xlsx(store, plan, path, LEX)
    wb = load_workbook(path)
    return path, wb, wb.worksheets[0]


def _revisions(store, plan):
    return [(i.id, i.rev) for i in store.items(plan)]


# case 1: columns


def test_a_renamed_deadline_column_is_refused_naming_it(store, plan, tmp_path):
    path, wb, ws = _export(store, plan, tmp_path)
    ws.cell(2, 6, "截止时间")  # 完成时限 renamed
    wb.save(path)
    before = store.items(plan)
    with pytest.raises(PlanImportError) as err:
        import_xlsx(store, path, LEX, plan_id=plan)
    messages = [str(e) for e in err.value.errors]
    assert any("截止时间" in m for m in messages) and any("完成时限" in m for m in messages), messages
    assert store.items(plan) == before


@pytest.mark.parametrize("column", ["类别", "指标", "目标值", "完成时限", "牵头单位", "责任单位", "版本"])
def test_a_deleted_column_is_refused_naming_it(store, plan, tmp_path, column):
    path, wb, ws = _export(store, plan, tmp_path)
    at = [c.value for c in ws[2]].index(column) + 1
    ws.delete_cols(at)
    wb.save(path)
    before = store.items(plan)
    with pytest.raises(PlanImportError) as err:
        import_xlsx(store, path, LEX, plan_id=plan)
    assert [e.column for e in err.value.errors] == [column]
    assert "缺少" in err.value.errors[0].message
    assert store.items(plan) == before


def test_an_extra_unknown_column_is_refused(store, plan, tmp_path):
    path, wb, ws = _export(store, plan, tmp_path)
    ws.cell(2, 11, "备注")
    ws.cell(3, 11, "请尽快落实")
    wb.save(path)
    with pytest.raises(PlanImportError) as err:
        import_xlsx(store, path, LEX, plan_id=plan)
    assert [e.column for e in err.value.errors] == ["备注"]


def test_an_unchanged_export_writes_no_revision(store, plan, tmp_path):
    path, _, _ = _export(store, plan, tmp_path)
    before = _revisions(store, plan)
    counts = import_xlsx(store, path, LEX, plan_id=plan)
    assert counts["revised"] == 0 and counts["unchanged"] == len(before)
    assert _revisions(store, plan) == before


def test_units_with_a_bracketed_list_survive_the_round_trip(store, plan, tmp_path):
    item = store.items(plan)[0]
    store.revise_item(item.id, {"co_units": ("省商务厅", "县（市、区）人民政府")})
    path, _, _ = _export(store, plan, tmp_path)
    before = _revisions(store, plan)
    assert import_xlsx(store, path, LEX, plan_id=plan)["revised"] == 0
    assert _revisions(store, plan) == before


# case 2: no 编号


def _without_ids(path, wb, ws):
    at = [c.value for c in ws[2]].index("编号") + 1
    ws.delete_cols(at, 2)  # 编号 and 版本
    wb.save(path)


def test_a_sheet_without_ids_cannot_change_an_existing_plan(store, plan, tmp_path):
    path, wb, ws = _export(store, plan, tmp_path)
    n = ws.max_row - 2
    _without_ids(path, wb, ws)
    before = store.items(plan)
    with pytest.raises(AddNewNeeded) as err:
        import_xlsx(store, path, LEX, plan_id=plan)
    assert err.value.count == n and "编号" in str(err.value)
    assert store.items(plan) == before
    counts = import_xlsx(store, path, LEX, plan_id=plan, add_new=True)
    assert counts["added"] == n and len(store.items(plan)) == 2 * n


def test_cli_plan_import_without_ids_needs_add_new(tmp_path):
    db = str(tmp_path / "p.db")
    with Store(db) as store:
        plan = create_plan_from_document(store, read_document(sample_path()), LEX)
        path, wb, ws = _export(store, plan, tmp_path)
        n = ws.max_row - 2
        _without_ids(path, wb, ws)
    r = CliRunner().invoke(main, ["plan", "import", "--db", db, "--xlsx", path, "--plan", str(plan)])
    assert r.exit_code == 1 and "--add-new" in r.stderr and "Traceback" not in r.output
    assert len(r.stderr.strip().splitlines()) == 1
    r = CliRunner().invoke(
        main, ["plan", "import", "--db", db, "--xlsx", path, "--plan", str(plan), "--add-new"]
    )
    assert r.exit_code == 0, r.output
    assert f"{n} added" in r.stdout


# case 3: merged cells


def test_merged_cells_are_filled_from_their_merge_and_said_so(store, tmp_path):
    drafts = [
        ItemDraft(kind="task", text=f"改造老旧小区第{n}批", category="城市更新", lead_units=("县住建局",))
        for n in range(1, 5)
    ]
    plan = store.create_plan("某县", 2024, "某县任务分解表", drafts)
    path, wb, ws = _export(store, plan, tmp_path)
    ws.cell(3, 2, "城市更新行动")
    ws.merge_cells("B3:B6")  # 类别 over four rows
    ws.cell(3, 7, "县城管局")
    ws.merge_cells("G3:G5")  # 牵头单位 over three rows
    wb.save(path)
    notes: list[str] = []
    counts = import_xlsx(store, path, LEX, plan_id=plan, notes=notes)
    items = store.items(plan)
    assert [i.category for i in items] == ["城市更新行动"] * 4
    assert [i.lead_units for i in items] == [("县城管局",)] * 3 + [("县住建局",)]
    assert counts["revised"] == 4 and counts["merged"] == 2
    assert any("第3–6行" in n and "类别" in n for n in notes), notes


def test_cells_merged_across_columns_are_refused(store, plan, tmp_path):
    path, wb, ws = _export(store, plan, tmp_path)
    ws.merge_cells("G3:H3")  # 牵头单位 and 责任单位 as one cell
    wb.save(path)
    before = store.items(plan)
    with pytest.raises(PlanImportError) as err:
        import_xlsx(store, path, LEX, plan_id=plan)
    assert (err.value.errors[0].row, err.value.errors[0].column) == (3, "牵头单位")
    assert "合并" in err.value.errors[0].message
    assert store.items(plan) == before


# the web's import: a sheet without 编号 asks first, saying how many items it will add


def test_web_import_without_ids_asks_for_a_confirmation_with_the_count(tmp_path):
    from govtargets.store import add_user
    from govtargets.web import create_app
    from tests.test_web_plan import PASSWORDS, login

    db = str(tmp_path / "web.db")
    with Store(db) as s:
        add_user(s, "duchashi", PASSWORDS["duchashi"], "supervisor")
        plan = create_plan_from_document(s, read_document(sample_path()), LEX)
        path, wb, ws = _export(s, plan, tmp_path)
        n = ws.max_row - 2
        _without_ids(path, wb, ws)
        before = s.items(plan)
    client, token = login(create_app(db, secret="test-secret"), "duchashi")
    data = Path(path).read_bytes()

    def post(**form):
        return client.post(
            f"/plans/{plan}/import",
            data={"csrf_token": token, **form},
            files={"file": ("p.xlsx", data, "application/octet-stream")},
            follow_redirects=False,
        )

    r = post()
    assert r.status_code == 409 and f"确认新增 {n} 项" in r.text and "编号" in r.text
    assert f'name="add_new" value="{n}"' in r.text
    with Store(db) as s:
        assert s.items(plan) == before
    r = post(add_new=str(n + 1))  # a count the person did not see asks again
    assert r.status_code == 409
    r = post(add_new=str(n))
    assert r.status_code == 303, r.text
    assert f"新增{n}项" in client.get(r.headers["location"]).text
    with Store(db) as s:
        assert len(s.items(plan)) == 2 * n


# case 5: every text is a string cell


NASTY = ['=HYPERLINK("http://x.invalid/","click")', "=1+1", "+1", "-2", "@SUM(A1)"]


def _formulas(path) -> list[str]:
    """Every <f> element in any sheet of a workbook (a live formula), read from the XML itself."""
    with zipfile.ZipFile(path) as z:
        return [
            m
            for name in z.namelist()
            if name.startswith("xl/worksheets/")
            for m in re.findall(r"<f[ >].*?</f>|<f/>", z.read(name).decode())
        ]


def _nasty_plan(store):
    drafts = [
        ItemDraft(kind="task", text=t, category=t, lead_units=(t,), co_units=("县财政局",), deadline="年内")
        for t in NASTY
    ]
    return store.create_plan("某县", 2024, "某县任务分解表", drafts)


def test_plan_export_writes_formula_like_texts_as_strings_and_reads_them_back(store, tmp_path):
    plan = _nasty_plan(store)
    path = str(tmp_path / "plan.xlsx")
    export_xlsx(store, plan, path, LEX)
    assert _formulas(path) == []
    ws = load_workbook(path).worksheets[0]
    assert [ws.cell(r, 3).value for r in range(3, 3 + len(NASTY))] == NASTY
    before = _revisions(store, plan)
    counts = import_xlsx(store, path, LEX, plan_id=plan)
    assert counts["revised"] == 0 and counts["unchanged"] == len(NASTY)
    assert _revisions(store, plan) == before
    assert [i.text for i in store.items(plan)] == NASTY


def test_report_and_progress_template_write_no_formula(store, tmp_path):
    from datetime import date
    from decimal import Decimal

    from govtargets.cycle.progress import write_progress_template
    from govtargets.cycle.report import build_report, write_xlsx
    from govtargets.store import ProgressDraft

    plan = _nasty_plan(store)
    for item in store.items(plan):
        store.add_progress(
            item.id,
            ProgressDraft(as_of=date(2024, 6, 30), completion_pct=Decimal(40), narrative="=1+1"),
            actor="=cmd|' /C calc'!A0",
        )
    report = tmp_path / "report.xlsx"
    write_xlsx(build_report(store, plan, date(2024, 6, 30)), str(report))
    assert _formulas(report) == []
    sheets = load_workbook(report)
    texts = {c.value for ws in sheets.worksheets for row in ws.iter_rows() for c in row}
    assert NASTY[0] in texts
    template = tmp_path / "template.xlsx"
    write_progress_template(store, plan, str(template), unit="=1+1", as_of=date(2024, 6, 30))
    assert _formulas(template) == []


def test_tasks_table_writes_no_formula(tmp_path):
    from govtargets.breakdown import write_xlsx

    path = tmp_path / "tasks.xlsx"
    write_xlsx([[str(n), t, t, t, t, t, t, t] for n, t in enumerate(NASTY, 1)], str(path), "=title")
    assert _formulas(path) == []
