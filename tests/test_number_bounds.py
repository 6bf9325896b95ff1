"""Issue 12, case 4: numbers are bounded where they enter (CLI, web form, API, sheets), and judgement,
dashboard, plan page and reports never raise on any stored value, even one an older version let in (such
values are written straight into the tables here). Figures are invented."""

from __future__ import annotations

import random
import re
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from fastapi.testclient import TestClient

from govtargets.bounds import parse_number
from govtargets.cli import main
from govtargets.cycle.judge import judge, overview, summarize
from govtargets.cycle.plans import parse_target
from govtargets.cycle.report import build_report, render_html, write_docx, write_xlsx
from govtargets.lexicon import load_lexicon
from govtargets.store import ItemDraft, Store, add_user
from govtargets.web import create_app

LEX = load_lexicon()
D = Decimal

# what an older version could have stored (every one fits the 40-character column)
EXTREMES = [
    "1E+999999",
    "-1E+999999",
    "1E-999999",
    "NaN",
    "-NaN",
    "sNaN",
    "Infinity",
    "-Infinity",
    "1000000000000000000000000000000",
    "-1000000000000000000000000000000",
    "0.0000000000000000000000000000001",
    "123456789012345678901234567890.12",
    "0.000001",
    "9999999999999999",
    "0",
    "-0",
    "250",
    "-5",
]


# entering


@pytest.mark.parametrize(
    "raw",
    ["1e30", "1000000000000000000000000000000", "1e999999", "NaN", "Infinity", "-inf", "1.2345678901234567"],
)
def test_parse_number_refuses_what_cannot_be_a_figure(raw):
    with pytest.raises(ValueError, match="数"):
        parse_number(raw, "累计完成值")


@pytest.mark.parametrize(
    ("raw", "field", "ok"),
    [
        ("47.6", "completion_pct", True),
        ("250", "completion_pct", True),  # accepted, with a warning
        ("1000", "completion_pct", True),
        ("1000.1", "completion_pct", False),
        ("-1", "completion_pct", False),
        ("-3.5", "growth", True),
        ("-101", "growth", False),
        ("123456789012345", "value", True),
        ("1234567890123456", "value", False),
    ],
)
def test_ranges_fit_the_field(raw, field, ok):
    if ok:
        assert parse_number(raw, "x", field=field) == D(raw)
    else:
        with pytest.raises(ValueError):
            parse_number(raw, "x", field=field)


def test_a_plan_sheet_target_out_of_range_is_refused():
    with pytest.raises(ValueError):
        parse_target("1000000000000000000000000000000亿元")
    assert parse_target("500亿元以上")[1] == D(500)


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "b.db")
    with Store(path) as s:
        add_user(s, "duchashi", "correct-horse-1", "supervisor")
        plan = s.create_plan(
            "某县",
            2024,
            "某县任务分解表",
            [
                ItemDraft(
                    kind="task",
                    text="新建公共停车泊位2000个",
                    measure="level",
                    target_value=D(2000),
                    target_unit="个",
                    lead_units=("县住建局",),
                ),
                ItemDraft(
                    kind="indicator",
                    text="地区生产总值增长6%",
                    metric="gdp",
                    measure="growth",
                    target_value=D(6),
                    target_unit="%",
                    qualifier="about",
                ),
            ],
        )
        items = s.items(plan)
    return path, plan, items


def _all_progress(s, plan):
    return [p for ps in s.progress(plan).values() for p in ps]


def test_cli_progress_add_bounds_its_numbers(db):
    path, plan, items = db
    run = CliRunner().invoke
    r = run(
        main,
        [
            "progress",
            "add",
            "--db",
            path,
            "--item",
            str(items[0].id),
            "--as-of",
            "2024-06-30",
            "--value",
            "1000000000000000000000000000000",
        ],
    )
    assert r.exit_code != 0 and "Traceback" not in r.output and "--value" in r.stderr
    r = run(
        main,
        [
            "progress",
            "add",
            "--db",
            path,
            "--item",
            str(items[0].id),
            "--as-of",
            "2024-06-30",
            "--completion",
            "250",
        ],
    )
    assert r.exit_code == 0, r.output
    assert "150" in r.stderr  # accepted with a warning
    with Store(path) as s:
        assert [p.completion_pct for p in _all_progress(s, plan)] == [D(250)]


def _client(path):
    client = TestClient(create_app(path, secret="test-secret"))
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    client.post("/login", data={"username": "duchashi", "password": "correct-horse-1", "csrf_token": token})
    token = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/login").text).group(1)
    return client, token


def test_web_form_and_api_refuse_oversized_numbers(db):
    path, plan, items = db
    client, token = _client(path)
    for raw in ("1000000000000000000000000000000", "1e999999", "NaN"):
        r = client.post(
            f"/api/items/{items[0].id}/progress",
            json={"as_of": "2024-06-30", "value": raw},
            headers={"X-CSRF-Token": token},
        )
        assert r.status_code == 422, (raw, r.text)
    r = client.post(
        f"/progress/items/{items[0].id}",
        data={"csrf_token": token, "as_of": "2024-06-30", "value": "1e999999"},
    )
    assert r.status_code == 422 and "累计完成值" in r.text
    r = client.patch(
        f"/api/items/{items[0].id}",
        json={"rev": 1, "target_value": "1e30"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 422, r.text
    with Store(path) as s:
        assert _all_progress(s, plan) == [] and s.items(plan)[0].rev == 1


# stored


def _store_raw(path, item_id, target_id, values):
    """Write raw strings into the progress and target columns, as an older version could have."""
    with Store(path) as s:
        pu, rev = s.t["progress_updates"], s.t["plan_item_revisions"]
        with s.transaction() as conn:
            now = conn.execute(sa.select(sa.func.max(rev.c.created_at))).scalar()
            for n, (v, c, g) in enumerate(values):
                conn.execute(
                    pu.insert().values(
                        item_id=item_id,
                        as_of=date(2024, 1 + n % 11, 28),
                        value=v,
                        completion_pct=c,
                        growth=g,
                        evidence=[],
                        reported_by="旧版本",
                        reported_at=now,
                    )
                )
            # the revisions are append-only: a new revision carries the stored target
            last = (
                conn.execute(
                    sa.select(rev).where(rev.c.item_id == target_id).order_by(rev.c.rev.desc()).limit(1)
                )
                .one()
                ._asdict()
            )
            last.pop("id")
            last.update(rev=last["rev"] + 1, target_value=values[0][0], target_low=values[0][0])
            conn.execute(rev.insert().values(**last))


@pytest.mark.parametrize("value", EXTREMES)
def test_pages_reports_and_evaluate_never_raise_on_a_stored_extreme(db, tmp_path, value):
    path, plan, items = db
    _store_raw(path, items[0].id, items[0].id, [(value, None, None), (None, value, None)])
    _store_raw(path, items[1].id, items[1].id, [(None, None, value)])
    _everything_answers(path, plan, tmp_path)


def test_random_mixtures_of_stored_extremes_never_raise(db, tmp_path):
    path, plan, items = db
    rng = random.Random(12)
    pool = [*EXTREMES, None, "12", "0.5", "99.99", "0.000001", "9999999999999999"]
    for item in items:
        rows = [tuple(rng.choice(pool) for _ in range(3)) for _ in range(8)]
        _store_raw(path, item.id, item.id, rows)
    _everything_answers(path, plan, tmp_path)


def _everything_answers(path, plan, tmp_path):
    with Store(path) as s:
        items, progress = s.items(plan), s.progress(plan)
        for as_of in (date(2024, 6, 30), date(2024, 12, 31)):
            judged = judge(items, progress, as_of, 2024, lex=LEX)
            overview(summarize(judged, as_of))
            report = build_report(s, plan, as_of, lex=LEX)
            write_docx(report, str(tmp_path / "r.docx"))
            write_xlsx(report, str(tmp_path / "r.xlsx"))
            render_html(report)
    client, _ = _client(path)
    for url in (
        f"/plans/{plan}",
        f"/plans/{plan}?as_of=2024-12-31",
        "/dashboard",
        f"/plans/{plan}/export.xlsx",
        "/reports",
        f"/api/plans/{plan}/judgements?as_of=2024-06-30",
    ):
        r = client.get(url)
        assert r.status_code < 500, (url, r.text[-2000:])
    r = CliRunner().invoke(main, ["evaluate", "--db", path, "--plan", str(plan), "--as-of", "2024-06-30"])
    assert "Traceback" not in r.output and r.exception is None or isinstance(r.exception, SystemExit), (
        r.output
    )


@pytest.mark.parametrize(
    ("target", "values"),
    [
        ("0.000001", ["9999999999999999", "9999999999999998"]),
        ("9999999999999999", ["0.000001", "0.000000000000002"]),
        ("0.000001", ["-9999999999999999", "9999999999999999"]),
    ],
)
def test_the_widest_stored_ratios_do_not_raise(db, tmp_path, target, values):
    path, plan, items = db
    rows = [(v, None, None) for v in values]
    _store_raw(path, items[0].id, items[0].id, [(target, None, None)])
    _store_raw(path, items[0].id, items[1].id, rows)
    with Store(path) as s:
        assert s.items(plan)[0].target_value == D(target)
    _everything_answers(path, plan, tmp_path)
