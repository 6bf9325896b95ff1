"""The unit directory on the store (SQLite and PostgreSQL): names resolved to directory units, new names kept
for review, merges that keep every item, report, user and audit entry, and migration 0007 on a database
that an older version wrote."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from govtargets.cycle.plans import export_xlsx, import_xlsx
from govtargets.lexicon import load_lexicon
from govtargets.store import (
    DirectoryError,
    ItemDraft,
    ProgressDraft,
    Store,
    _migrations,
    add_user,
    get_user,
    plan_units,
)
from govtargets.store._base import _url


def task(text: str, lead: tuple[str, ...], co: tuple[str, ...] = ()) -> ItemDraft:
    return ItemDraft(kind="task", text=text, lead_units=lead, co_units=co)


def test_names_resolve_to_one_directory_unit(store_url):
    with Store(store_url, actor="duchashi") as s:
        s.create_plan(
            "某市",
            2025,
            "t",
            [
                task("建设算力中心", ("市发展和改革委员会",), ("市財政局",)),
                task("推进重大项目", ("市发改委",), ("市发展改革委", "市财政局")),
                task("老旧小区改造", ("市住建局",), ("有关市、县（市、区）人民政府",)),
                task("新建幼儿园", ("市教育局",), ("市住房和城乡建设局",)),
            ],
        )
        items = s.items(s.plan().id)
        assert [i.lead_units for i in items] == [
            ("市发展和改革委员会",),
            ("市发展和改革委员会",),
            ("市住建局",),
            ("市教育局",),
        ]
        # 市发展改革委 is the lead unit written another way: it is not listed again as a co unit
        assert items[1].co_units == ("市財政局",)
        assert items[2].co_units == ("有关市、县（市、区）人民政府",)
        assert items[3].co_units == ("市住建局",)
        directory = {u.name: u for u in s.units()}
        assert set(directory) == {
            "市发展和改革委员会",
            "市財政局",
            "市住建局",
            "有关市、县（市、区）人民政府",
            "市教育局",
        }
        assert set(directory["市发展和改革委员会"].aliases) == {"市发改委", "市发展改革委"}
        assert set(directory["市財政局"].aliases) == {"市财政局"}  # the simplified spelling, by the rules
        assert directory["市发展和改革委员会"].items == 2
        # none of them was in the directory before: all wait for the office's review
        assert {u.status for u in directory.values()} == {"new"}
        assert s.find_unit("市發展和改革委員會").name == "市发展和改革委员会"
        assert s.find_unit("市档案馆") is None


def test_the_office_accepts_and_merges_new_names_and_history_is_kept(store_url):
    with Store(store_url, actor="duchashi") as s:
        plan = s.create_plan(
            "某县",
            2025,
            "t",
            [task("改造老旧小区30个", ("县住建局",)), task("建设污水管网", ("县住房保障和城建局",))],
        )
        a, b = s.items(plan)
        add_user(s, "chengjian", "a-long-password", "reporter", unit="县住房保障和城建局")
        report = s.add_progress(b.id, ProgressDraft(as_of=date(2025, 3, 31), unit="县住房保障和城建局"))
        before_audit = len(s.audit_log())
        units = {u.name: u for u in s.units(status="new")}
        target, source = units["县住建局"], units["县住房保障和城建局"]
        s.accept_unit(target.id, actor="duchashi")
        counts = s.merge_units(source.id, target.id, actor="duchashi")
        assert counts == {"names": 1, "items": 1, "progress": 1, "users": 1}
        # every row reads as the unit it now is; nothing was rewritten or deleted
        assert [i.lead_units for i in s.items(plan)] == [("县住建局",), ("县住建局",)]
        assert s.item_history(b.id)[0].lead_units == ("县住建局",)
        assert [p.unit for p in s.item_progress(b.id)] == ["县住建局"]
        assert [p.id for p in s.item_progress(b.id)] == [report]
        assert get_user(s, "chengjian").unit == "县住建局"
        assert plan_units(s) == ["县住建局"]
        (merged,) = s.units()
        assert merged.status == "ok" and merged.aliases == ("县住房保障和城建局",)
        assert merged.items == 2 and merged.users == 1
        log = s.audit_log(entity="unit")
        assert [(e.action, e.actor) for e in log] == [("accept", "duchashi"), ("merge", "duchashi")]
        assert log[-1].new_value["merged_into"] == "县住建局" and len(s.audit_log()) == before_audit + 2
        # the old name, written again, is the merged unit
        s.add_items(plan, [task("建设口袋公园", ("县住房保障和城建局",))])
        assert s.items(plan)[-1].lead_units == ("县住建局",)


def test_directory_edits_refuse_what_would_lose_or_confuse(store_url):
    with Store(store_url, actor="duchashi") as s:
        plan = s.create_plan("某县", 2025, "t", [task("a", ("县财政局",)), task("b", ("县人民政府",))])
        fin, gov = (s.find_unit(n) for n in ("县财政局", "县人民政府"))
        with pytest.raises(DirectoryError) as e:
            s.add_unit("县财政局")
        assert "已在名录中" in e.value.zh
        with pytest.raises(DirectoryError) as e:
            s.merge_units(fin.id, fin.id)
        assert "自身" in e.value.zh
        with pytest.raises(DirectoryError) as e:
            s.add_alias(fin.id, "县人民政府")
        assert "并入" in e.value.zh
        s.set_parent(fin.id, gov.id)
        with pytest.raises(DirectoryError) as e:
            s.set_parent(gov.id, fin.id)
        assert "上级单位" in e.value.zh
        s.add_alias(fin.id, "县财政")
        assert s.add_items(plan, [task("c", ("县财政",))]) and s.items(plan)[-1].lead_units == ("县财政局",)
        s.merge_units(gov.id, fin.id)  # a parent merged into its child: no unit is its own parent
        with pytest.raises(DirectoryError) as e:
            s.merge_units(gov.id, fin.id)  # merged already: no such directory unit
        assert "未找到" in e.value.zh
        (unit,) = s.units()
        assert unit.parent_id is None and set(unit.aliases) == {"县财政", "县人民政府"}


def _old_database(url: str) -> None:
    """A database as versions before the directory left it: migrations up to 0005, units as plain names."""
    engine = Store._engine(_url(url))
    old = [m for m in _migrations.MIGRATIONS if m[0] < "0006"]
    saved = _migrations.MIGRATIONS[:]
    _migrations.MIGRATIONS[:] = old
    try:
        _migrations.migrate(engine)
    finally:
        _migrations.MIGRATIONS[:] = saved
    now = datetime(2025, 1, 5, tzinfo=UTC)
    md = sa.MetaData()
    md.reflect(engine)
    t = md.tables
    names = [
        "市发改委",  # 1
        "市发展和改革委员会",  # 2
        "市发展改革委",  # 3
        "杭州市",  # 4
        "杭州市人民政府",  # 5
        "有关市、县（市、区）人民政府",  # 6
        "市财政局",  # 7
        "市人民政府",  # 8
    ]
    with engine.begin() as conn:
        conn.execute(
            t["units"].insert(), [{"id": i, "name": n, "created_at": now} for i, n in enumerate(names, 1)]
        )
        conn.execute(
            t["plans"]
            .insert()
            .values(id=1, region="某市", year=2025, title="t", created_at=now, created_by="x")
        )
        links = [(1, (2, 7)), (2, (2, 6)), (3, (3,)), (4, (4, 5)), (5, (1,)), (6, (8,))]
        for n, units in links:
            conn.execute(t["plan_items"].insert().values(id=n, plan_id=1, seq=n, kind="task", created_at=now))
            conn.execute(
                t["plan_item_revisions"]
                .insert()
                .values(
                    id=n, item_id=n, rev=1, text=f"任务{n}", minsheng=False, created_at=now, created_by="x"
                )
            )
            conn.execute(
                t["item_units"].insert(),
                [
                    {"revision_id": n, "unit_id": u, "role": "lead" if k == 0 else "co", "position": k}
                    for k, u in enumerate(units)
                ],
            )
        conn.execute(
            t["progress_updates"]
            .insert()
            .values(
                item_id=5, as_of=date(2025, 3, 31), evidence=[], unit_id=1, reported_by="x", reported_at=now
            )
        )
        conn.execute(
            t["users"]
            .insert()
            .values(
                username="fagai",
                display_name="发改",
                password_hash="x",
                role="reporter",
                unit_id=3,
                disabled=False,
                created_at=now,
            )
        )
    engine.dispose()


def test_migration_0007_turns_existing_names_into_directory_units(store_url):
    _old_database(store_url)
    with Store(store_url) as s:
        assert "0007_unit_directory" in s.applied
        items = s.items(1)
        # 市发展和改革委员会 is named by most items: the other two spellings are merged into it
        assert [i.lead_units for i in items] == [
            ("市发展和改革委员会",),
            ("市发展和改革委员会",),
            ("市发展和改革委员会",),
            ("杭州市",),
            ("市发展和改革委员会",),
            ("市人民政府",),
        ]
        assert items[1].co_units == ("有关市、县（市、区）人民政府",)  # whole, as stored
        assert items[3].co_units == ()  # 杭州市人民政府 is 杭州市 (the oldest of two named once each)
        assert [p.unit for p in s.item_progress(5)] == ["市发展和改革委员会"]
        assert get_user(s, "fagai").unit == "市发展和改革委员会"
        directory = {u.name: u for u in s.units()}
        assert set(directory) == {
            "市发展和改革委员会",
            "杭州市",
            "有关市、县（市、区）人民政府",
            "市财政局",
            "市人民政府",
        }
        assert {u.status for u in directory.values()} == {"ok"}
        assert set(directory["市发展和改革委员会"].aliases) == {"市发改委", "市发展改革委"}
        assert directory["市发展和改革委员会"].parent == "市人民政府"
        assert directory["市财政局"].parent == "市人民政府"  # 财政局 is a department (unit_names.yaml)
        log = s.audit_log(entity="unit")
        assert {(e.entity_id, e.actor) for e in log} == {
            (1, "migration 0007"),
            (3, "migration 0007"),
            (5, "migration 0007"),
        }
        # every old row is there, unchanged
        with s.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT COUNT(*) FROM item_units")).scalar() == 9
            assert conn.execute(sa.text("SELECT unit_id FROM users")).scalar() == 3


def test_a_sheet_naming_a_unit_another_way_changes_nothing_and_a_collective_name_stays_whole(tmp_path):
    lex = load_lexicon()
    with Store(str(tmp_path / "sheet.db"), actor="duchashi") as s:
        plan = s.create_plan(
            "某市", 2025, "t", [task("建设算力中心", ("市发展和改革委员会",), ("市财政局",))]
        )
        path = str(tmp_path / "plan.xlsx")
        export_xlsx(s, plan, path, lex)
        wb = load_workbook(path)
        ws = wb.worksheets[0]
        header = [c.value for c in ws[2]]
        lead, co = header.index("牵头单位") + 1, header.index("责任单位") + 1
        ws.cell(3, lead, "市发改委")  # the same unit, written short
        wb.save(path)
        before = s.item_history(s.items(plan)[0].id)
        assert import_xlsx(s, path, lex, plan_id=plan)["revised"] == 0
        assert s.item_history(s.items(plan)[0].id) == before
        ws.cell(3, co, "市财政局、有关市、县（市、区）人民政府")
        wb.save(path)
        assert import_xlsx(s, path, lex, plan_id=plan)["revised"] == 1
        (item,) = s.items(plan)
        assert item.lead_units == ("市发展和改革委员会",)
        assert item.co_units == ("市财政局", "有关市、县（市、区）人民政府")
