"""The store on SQLite and on PostgreSQL (`store_url` runs every test on both): migrations, constraints,
append-only history, revisions and stale edits, progress, exact decimals, Chinese text, documents and the
audit log."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from govtargets import extract_facts, read_bytes
from govtargets.store import (
    MIGRATIONS,
    ItemDraft,
    ProgressDraft,
    StaleEdit,
    Store,
    StoreError,
    applied,
)
from govtargets.store._migrations import APPEND_ONLY

SAMPLE = Path(__file__).resolve().parents[1] / "govtargets" / "samples" / "sample_county_2024.txt"
CST = timezone(timedelta(hours=8))  # China Standard Time: what a user in China gives as since/until


@pytest.fixture
def store(store_url):
    with Store(store_url, actor="测试员") as s:
        yield s


def gdp(**changes) -> ItemDraft:
    draft = ItemDraft(
        kind="indicator",
        text="地区生产总值增长6.5%左右",
        name="地区生产总值",
        metric="gdp",
        measure="growth",
        target_value=Decimal("6.5"),
        target_unit="%",
        qualifier="about",
        lead_units=("县发改委",),
        co_units=("县统计局",),
    )
    return replace(draft, **changes)


def task(n: int, **changes) -> ItemDraft:
    draft = ItemDraft(
        kind="task",
        text=f"完成第{n}项为民办实事，年内投入使用",
        category="为民办实事",
        deadline="年内",
        due_date=date(2024, 12, 31),
        minsheng=True,
        lead_units=("县住建局",),
        co_units=("县财政局", "县自然资源局"),
    )
    return replace(draft, **changes)


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(store.t[table])).scalar_one()


def rows(store: Store, table: str) -> list[tuple]:
    t = store.t[table]
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(t).order_by(*t.primary_key.columns))]


def a_plan(store: Store, n_tasks: int = 2) -> int:
    return store.create_plan(
        "青溪县", 2024, "2024年青溪县政府工作报告任务分解表", [gdp()] + [task(n) for n in range(n_tasks)]
    )


# migrations and constraints


def test_migrations_are_recorded_by_name_in_order_and_applied_once(store_url):
    names = [name for name, _ in MIGRATIONS]
    assert names == sorted(set(names)), "migration names must be unique and sort in the order they apply"
    with Store(store_url) as first:
        assert first.applied == names
        with first.engine.connect() as conn:
            assert applied(conn) == names
            ledger = conn.execute(sa.text("SELECT name FROM schema_migrations ORDER BY applied_at, name"))
            assert [r.name for r in ledger] == names
    with Store(store_url) as again:
        assert again.applied == []
        with again.engine.connect() as conn:
            assert applied(conn) == names


def test_foreign_keys_are_enforced(store):
    plan_id = a_plan(store)
    item_id = store.items(plan_id)[0].id
    with pytest.raises(sa.exc.IntegrityError), store.transaction() as conn:
        conn.execute(
            store.t["plan_items"]
            .insert()
            .values(plan_id=plan_id + 99, seq=9, kind="task", created_at=datetime.now(UTC))
        )
    with pytest.raises(sa.exc.IntegrityError), store.transaction() as conn:
        conn.execute(
            store.t["progress_updates"]
            .insert()
            .values(
                item_id=item_id,
                as_of=date(2024, 6, 30),
                evidence=[],
                reported_by="x",
                reported_at=datetime.now(UTC),
                supersedes_id=12345,
            )
        )
    with pytest.raises(StoreError, match="no progress report 12345"):
        store.add_progress(item_id, ProgressDraft(as_of=date(2024, 6, 30), supersedes_id=12345))
    with pytest.raises(sa.exc.IntegrityError):
        store.add_items(plan_id, [task(9, source_document_id=777)])
    assert count(store, "plan_items") == 3
    assert count(store, "progress_updates") == 0


def populate(store: Store) -> int:
    """A row in every table: a document with facts, a plan with units, revisions, progress, judgements."""
    data = SAMPLE.read_bytes()
    doc = read_bytes(data, str(SAMPLE))
    doc_id = store.add_document(doc, list(extract_facts(doc)))
    plan_id = store.create_plan("青溪县", 2024, "任务分解表", [gdp(source_document_id=doc_id), task(1)])
    item = store.items(plan_id)[0]
    store.revise_item(item.id, {"target_value": Decimal("7")}, expected_rev=1)
    progress_id = store.add_progress(item.id, ProgressDraft(as_of=date(2024, 6, 30), growth=Decimal("6.1")))
    store.save_judgements(
        plan_id,
        date(2024, 6, 30),
        {"tolerance_pp": "0.5"},
        [
            {
                "item_id": item.id,
                "revision_id": store.items(plan_id)[0].revision_id,
                "progress_id": progress_id,
                "status": "behind",
                "light": "yellow",
                "basis": "增长6.1%，低于目标0.9个百分点",
            }
        ],
    )
    return plan_id


def test_append_only_tables_refuse_update_and_delete(store):
    populate(store)
    before = {table: rows(store, table) for table in APPEND_ONLY}
    assert all(before.values()), "every append-only table needs rows, or the triggers are not exercised"
    refused = []
    for table in APPEND_ONLY:
        some_column = next(c.name for c in store.t[table].columns if not c.primary_key)
        for statement in (f"UPDATE {table} SET {some_column} = {some_column}", f"DELETE FROM {table}"):
            try:
                with store.transaction() as conn:
                    conn.execute(sa.text(statement))
            except sa.exc.DBAPIError as e:
                assert "append-only" in str(e.orig)
                refused.append(statement)
    assert len(refused) == 2 * len(APPEND_ONLY)
    assert {table: rows(store, table) for table in APPEND_ONLY} == before


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)  # SQLite has no TRUNCATE
def test_truncate_is_refused_too(store):
    populate(store)
    before = {table: rows(store, table) for table in APPEND_ONLY}
    for table in APPEND_ONLY:
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.transaction() as conn:
            conn.execute(sa.text(f"TRUNCATE {table} CASCADE"))
    assert {table: rows(store, table) for table in APPEND_ONLY} == before


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param({"source_document_id": 999}, id="foreign-key"),
        pytest.param({"text": None}, id="not-null"),
    ],
)
def test_create_plan_is_all_or_nothing(store, bad):
    drafts = [gdp()] + [task(n) for n in range(50)] + [task(50, **bad)]
    with pytest.raises(StoreError, match="could not be stored"):
        store.create_plan("青溪县", 2024, "任务分解表", drafts)
    assert store.plans() == []
    for table in ("plans", "plan_items", "plan_item_revisions", "item_units", "units", "audit_log"):
        assert count(store, table) == 0, table
    plan_id = store.create_plan(
        "青溪县", 2024, "任务分解表", drafts[:-1]
    )  # the same plan, without the bad item
    assert len(store.items(plan_id)) == 51


def test_a_second_plan_for_the_same_region_and_year_is_refused(store):
    a_plan(store)
    entries = len(store.audit_log())
    with pytest.raises(StoreError, match="exists already"):
        a_plan(store)
    assert count(store, "plans") == 1
    assert count(store, "plan_items") == 3
    assert len(store.audit_log()) == entries


# items: revisions, history, stale edits


def test_revise_item_keeps_history_and_audits_old_and_new_values(store):
    plan_id = a_plan(store)
    item = store.items(plan_id)[0]
    assert (item.rev, item.target_value, item.lead_units) == (1, Decimal("6.5"), ("县发改委",))
    new = store.revise_item(
        item.id, {"target_value": Decimal("7.0"), "lead_units": ("县政府办",)}, expected_rev=1, actor="王科长"
    )
    assert (new.rev, new.target_value, new.lead_units, new.co_units) == (
        2,
        Decimal("7.0"),
        ("县政府办",),
        ("县统计局",),
    )
    assert new.created_by == "王科长"
    assert store.items(plan_id)[0] == new
    history = store.item_history(item.id)
    assert [(h.rev, h.target_value, h.lead_units, h.created_by) for h in history] == [
        (1, Decimal("6.5"), ("县发改委",), "测试员"),
        (2, Decimal("7.0"), ("县政府办",), "王科长"),
    ]
    assert history[0].revision_id != history[1].revision_id
    (entry,) = store.audit_log(entity="item", entity_id=item.id)
    assert (entry.action, entry.actor) == ("revise", "王科长")
    assert entry.old_value == {"target_value": "6.5", "lead_units": ["县发改委"]}
    assert entry.new_value == {"target_value": "7.0", "lead_units": ["县政府办"]}


def test_a_stale_edit_is_refused_and_writes_nothing(store):
    plan_id = a_plan(store)
    item = store.items(plan_id)[0]
    store.revise_item(item.id, {"text": "地区生产总值增长7%左右"}, expected_rev=1, actor="甲")
    revisions, entries = count(store, "plan_item_revisions"), len(store.audit_log())
    with pytest.raises(StaleEdit, match="revision 2"):
        store.revise_item(item.id, {"text": "地区生产总值增长6%以上"}, expected_rev=1, actor="乙")
    assert (count(store, "plan_item_revisions"), len(store.audit_log())) == (revisions, entries)
    assert [h.text for h in store.item_history(item.id)] == [
        "地区生产总值增长6.5%左右",
        "地区生产总值增长7%左右",
    ]
    assert store.revise_item(item.id, {"text": "地区生产总值增长6%以上"}, expected_rev=2, actor="乙").rev == 3


def test_revise_item_refuses_unknown_fields_and_items(store):
    plan_id = a_plan(store)
    item = store.items(plan_id)[0]
    with pytest.raises(StoreError, match="cannot change"):
        store.revise_item(item.id, {"plan_id": 5})
    with pytest.raises(StoreError, match="no item"):
        store.revise_item(item.id + 1000, {"text": "x"})
    assert len(store.item_history(item.id)) == 1


# progress


def test_progress_supersedes_rather_than_overwrites(store):
    plan_id = a_plan(store)
    item = store.items(plan_id)[1]
    first = store.add_progress(
        item.id,
        ProgressDraft(
            as_of=date(2024, 6, 30),
            period="2024H1",
            value=Decimal("40"),
            evidence=("照片.jpg",),
            unit="县住建局",
        ),
        actor="住建局",
    )
    fixed = store.add_progress(
        item.id,
        ProgressDraft(as_of=date(2024, 6, 30), period="2024H1", value=Decimal("45"), supersedes_id=first),
        actor="住建局",
    )
    later = store.add_progress(item.id, ProgressDraft(as_of=date(2024, 9, 30), status="completed"))
    current = store.progress(plan_id)
    assert [p.id for p in current[item.id]] == [fixed, later]
    everything = store.progress(plan_id, include_superseded=True)[item.id]
    assert [p.id for p in everything] == [first, fixed, later]
    old = everything[0]
    assert (old.value, old.evidence, old.unit, old.reported_by) == (
        Decimal("40"),
        ("照片.jpg",),
        "县住建局",
        "住建局",
    )
    assert everything[1].supersedes_id == first
    assert [e.entity_id for e in store.audit_log(entity="progress")] == [first, fixed, later]


def test_progress_for_an_unknown_item_writes_nothing(store):
    plan_id = a_plan(store)
    item_id = store.items(plan_id)[0].id
    entries = len(store.audit_log())
    with pytest.raises(StoreError, match="no item"):
        store.add_progress_many(
            [
                (item_id, ProgressDraft(as_of=date(2024, 3, 31))),
                (item_id + 1000, ProgressDraft(as_of=date(2024, 3, 31))),
            ]
        )
    assert count(store, "progress_updates") == 0
    assert len(store.audit_log()) == entries


# values and text


# within what reads back as a number (govtargets.bounds.stored: under 10^16, from 10^-6), exactly
DECIMALS = ["5.417E+9", "0.1", "1.50", "-0.003", "1234567890123.000000001", "0.000001"]


def test_decimals_round_trip_exactly(store):
    drafts = [
        gdp(
            target_value=Decimal(v),
            target_low=Decimal(v),
            target_high=Decimal(v),
            measure="level",
            target_unit="亿元",
        )
        for v in DECIMALS
    ]
    plan_id = store.create_plan("青溪县", 2024, "t", drafts)
    items = store.items(plan_id)
    assert [[str(v) for v in (i.target_value, i.target_low, i.target_high)] for i in items] == [
        [v] * 3 for v in DECIMALS
    ]
    for item, v in zip(items, DECIMALS, strict=True):
        d = Decimal(v)
        store.add_progress(
            item.id, ProgressDraft(as_of=date(2024, 6, 30), value=d, completion_pct=d, growth=d)
        )
    progress = store.progress(plan_id)
    assert [
        [str(v) for v in (p.value, p.completion_pct, p.growth)] for i in items for p in progress[i.id]
    ] == [[v] * 3 for v in DECIMALS]
    assert [e.new_value["value"] for e in store.audit_log(entity="progress")] == DECIMALS


def test_chinese_text_round_trips(store):
    region, title = "臺灣省桃園縣", "2024年《政府工作报告》重点任务分解表（第一批）"
    text = "推进“𠮷野家”老字号街区改造，完成率≥95％；新建5G基站1,200个（含乡镇）。"
    plan_id = store.create_plan(
        region,
        2024,
        title,
        [
            task(
                1,
                text=text,
                name="老字号街区改造",
                deadline="6月底前",
                lead_units=("县商务局",),
                co_units=("𠮷镇人民政府",),
            )
        ],
        actor="张三",
    )
    (item,) = store.items(plan_id)
    assert (item.text, item.name, item.deadline, item.lead_units, item.co_units) == (
        text,
        "老字号街区改造",
        "6月底前",
        ("县商务局",),
        ("𠮷镇人民政府",),
    )
    plan = store.plan(region=region, year=2024)
    assert (plan.id, plan.title, plan.created_by) == (plan_id, title, "张三")
    store.add_progress(
        item.id, ProgressDraft(as_of=date(2024, 6, 30), narrative="已完成主体工程，正在验收。")
    )
    assert store.progress(plan_id)[item.id][0].narrative == "已完成主体工程，正在验收。"
    created = store.audit_log(entity="plan", actor="张三")[0]
    assert created.action == "create"
    assert created.new_value == {"region": region, "year": 2024, "title": title}


# documents


def test_add_document_dedupes_by_content(store):
    data = SAMPLE.read_bytes()
    doc = read_bytes(data, str(SAMPLE))
    facts = list(extract_facts(doc))
    assert facts
    doc_id = store.add_document(doc, facts)
    stored = store.document(doc_id)
    assert (stored.text, stored.region, stored.report_year) == (doc.text, doc.region, doc.report_year)
    stored_facts = store.facts(doc_id)
    assert [{k: v for k, v in f.items() if k != "id"} for f in stored_facts] == [f.to_dict() for f in facts]

    copy = read_bytes(data, "elsewhere/copy_of_the_report.txt")
    assert store.add_document(copy, list(extract_facts(copy))) == doc_id
    assert count(store, "documents") == 1
    assert count(store, "facts") == len(facts)
    assert len(store.audit_log(entity="document")) == 1

    changed = read_bytes(data + "（本报告数据为初步核算数。）\n".encode(), str(SAMPLE))
    assert store.add_document(changed, []) != doc_id
    assert count(store, "documents") == 2


# the audit log


def test_audit_log_filters_by_actor_entity_and_time(store):
    t0 = datetime.now(UTC)
    time.sleep(0.01)
    plan_id = store.create_plan("青溪县", 2024, "任务分解表", [gdp(), task(1)], actor="张三")
    item = store.items(plan_id)[0]
    time.sleep(0.01)
    t1 = datetime.now(UTC)
    time.sleep(0.01)
    store.revise_item(item.id, {"qualifier": "at_least"}, expected_rev=1, actor="李四")
    store.add_progress(item.id, ProgressDraft(as_of=date(2024, 6, 30), growth=Decimal("6.8")), actor="王五")
    time.sleep(0.01)
    t2 = datetime.now(UTC)

    everything = store.audit_log()
    assert [(e.actor, e.action, e.entity) for e in everything] == [
        ("张三", "create", "plan"),
        ("张三", "add_items", "plan"),
        ("李四", "revise", "item"),
        ("王五", "add", "progress"),
    ]
    assert [e.action for e in store.audit_log(actor="张三")] == ["create", "add_items"]
    assert [e.actor for e in store.audit_log(entity="item")] == ["李四"]
    assert [e.actor for e in store.audit_log(entity="progress", actor="王五")] == ["王五"]
    assert store.audit_log(entity="progress", actor="张三") == []
    assert [e.entity for e in store.audit_log(entity="plan", entity_id=plan_id)] == ["plan", "plan"]
    assert store.audit_log(limit=1) == everything[:1]

    assert [e.actor for e in store.audit_log(since=t1)] == ["李四", "王五"]
    assert [e.actor for e in store.audit_log(until=t1)] == ["张三", "张三"]
    assert [e.actor for e in store.audit_log(since=t0, until=t2)] == ["张三", "张三", "李四", "王五"]
    assert store.audit_log(since=t2) == []
    # the same instants in China Standard Time select the same entries
    assert [e.actor for e in store.audit_log(since=t1.astimezone(CST))] == ["李四", "王五"]
    assert [e.actor for e in store.audit_log(until=t1.astimezone(CST))] == ["张三", "张三"]
    assert all(t0 <= e.at <= t2 for e in everything), "entries carry aware UTC times on both backends"


def test_judgements_are_saved_with_their_run_and_audit_entry(store):
    populate(store)
    (run,) = rows(store, "judgement_runs")
    (judgement,) = rows(store, "judgements")
    assert judgement[1] == run[0]
    entry = store.audit_log(entity="plan", entity_id=run[1])[-1]
    assert (entry.action, entry.new_value) == ("evaluate", {"as_of": "2024-06-30", "run": run[0]})


def test_a_progress_report_is_corrected_once_a_second_correction_is_stale(store):
    plan_id = store.create_plan("县", 2024, "t", [task(1)])
    (item,) = store.items(plan_id)
    first = store.add_progress(item.id, ProgressDraft(as_of=date(2024, 6, 30), value=Decimal(1)))
    store.add_progress(item.id, ProgressDraft(as_of=date(2024, 6, 30), value=Decimal(2), supersedes_id=first))
    with pytest.raises(StaleEdit, match="already corrected"):
        store.add_progress(
            item.id, ProgressDraft(as_of=date(2024, 6, 30), value=Decimal(3), supersedes_id=first)
        )
    assert [p.value for p in store.progress(plan_id)[item.id]] == [Decimal(2)]


def test_the_data_version_grows_with_each_change_and_not_otherwise(store):
    v0 = store.version()
    plan_id = store.create_plan("青溪县", 2024, "任务分解表", [gdp(), task(1)], actor="张三")
    v1 = store.version()
    assert v1 == v0 + 1  # one transaction, one step, however many audit entries it wrote
    item = store.items(plan_id)[0]
    store.progress(plan_id), store.audit_log()  # reads change nothing
    assert store.version() == v1
    store.add_progress(item.id, ProgressDraft(as_of=date(2024, 6, 30), growth=Decimal("6.8")))
    assert store.version() == v1 + 1
    with pytest.raises(StaleEdit):  # a refused change is no change
        store.revise_item(item.id, {"qualifier": "at_least"}, expected_rev=9)
    assert store.version() == v1 + 1


@pytest.mark.parametrize(
    "store_url", [pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
)
def test_the_data_version_follows_the_order_of_commits(store_url):
    """On PostgreSQL the audit log's ids come from a sequence as rows are inserted: a change that took an
    earlier id can commit later, unseen by a cache keyed on the largest id. The data version is raised at
    commit, under the row's lock, so it orders changes as they became visible."""
    import threading  # (SQLite writers hold the write lock from their start: its commits are in id order)

    with Store(store_url) as store:
        plan_id = store.create_plan("青溪县", 2024, "任务分解表", [gdp(), task(1)])
        first, second = store.items(plan_id)
        inserted, finish = threading.Event(), threading.Event()

        def slow_writer() -> None:  # takes the earlier audit id, commits last
            with store.transaction() as conn:
                store._audit(conn, "note", "item", first.id, None, {"slow": True})
                inserted.set()
                assert finish.wait(30)

        writer = threading.Thread(target=slow_writer)
        writer.start()
        assert inserted.wait(30)
        store.add_progress(second.id, ProgressDraft(as_of=date(2024, 6, 30), growth=Decimal("6.1")))
        seen = store.version()
        largest_id = max(e.id for e in store.audit_log())
        finish.set()
        writer.join(30)
        assert max(e.id for e in store.audit_log()) == largest_id  # the old version would not move
        assert store.version() > seen
