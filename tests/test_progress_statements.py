"""Progress statements of supervision reports and reviews (tests/cases/progress.yaml), short names that must
not match inside longer words, and documents that must give no progress facts."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from govtargets import extract_facts, read_bytes
from govtargets._model import Fact

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "progress.yaml").read_text(encoding="utf-8"))

HEADERS = {
    "midyear": "青溪县2019年上半年主要经济指标完成情况的通报\n",
    "traditional": "青溪縣2019年上半年主要經濟指標完成情況的通報\n",
    "report": "政府工作报告\n2020年1月15日在青溪县第十八届人民代表大会第五次会议上\n一、2019年工作回顾\n",
}


def progress_facts(text: str) -> tuple[str, list[Fact]]:
    doc = read_bytes(text.encode("utf-8"), "case.txt")
    return doc.text, [f for f in extract_facts(doc) if f.kind == "progress"]


def fact_key(f: Fact) -> tuple[object, ...]:
    subject = f.metric or (f"item:{f.extra['item']}" if f.extra.get("item") else None)
    value = None if f.value is None else f.value.normalize()
    return (subject, f.measure, value, f.status, f.extra.get("count"), f.extra.get("confidence"))


def want_key(row: list[object]) -> tuple[object, ...]:
    subject, measure, value, status, count, *rest = row
    return (
        subject,
        measure,
        None if value is None else Decimal(str(value)).normalize(),
        status,
        count,
        rest[0] if rest else None,
    )


def _params():  # type: ignore[no-untyped-def]
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=f"{case['pattern']}: {case['name']}", marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_progress_sentence(case: dict) -> None:  # type: ignore[type-arg]
    text, facts = progress_facts(HEADERS[case["where"]] + case["text"] + "\n")
    got = Counter(fact_key(f) for f in facts)
    want = Counter(want_key(r) for r in case["facts"])
    assert got == want
    for f in facts:  # the span invariant: the item (or number) as written, inside the fact's span
        a, b = f.extra["item_start"], f.extra["item_end"]
        assert text[a:b] == f.extra["surface"]
        assert f.start <= a and b <= f.end


# --- short names ---------------------------------------------------------------------------------------

SHORT_NAMES = {
    "固投": "fixed_asset_investment",
    "社零": "retail_sales",
    "社零额": "retail_sales",
    "规上工业": "industrial_va_above_scale",
    "进出口": "foreign_trade",
    "外贸": "foreign_trade",
    "外资": "fdi",
    "一产增加值": "primary_va",
    "二产增加值": "secondary_va",
    "三产增加值": "tertiary_va",
    "财政总收入": "fiscal_total_revenue",
}


@pytest.mark.parametrize("name,metric", SHORT_NAMES.items())
def test_short_name_gives_its_indicator(name: str, metric: str) -> None:
    text = HEADERS["midyear"] + f"1-6月，全县{name}增长6.3%。\n"
    doc = read_bytes(text.encode(), "s.txt")
    [f] = [f for f in extract_facts(doc) if f.kind == "actual"]
    assert (f.metric, f.measure, float(f.value)) == (metric, "growth", 6.3)
    assert doc.text[f.start : f.end].startswith(name)


@pytest.mark.parametrize(
    "text,metric",
    [
        ("全县外资企业实现增加值增长12%。", "fdi"),
        ("外资项目到位资金增长12%。", "fdi"),
        ("进出口银行贷款余额增长20%。", "foreign_trade"),
        ("进出口银行贷款余额增长20%。", "exports"),
        ("进出口企业出口额增长9%。", "foreign_trade"),
        ("规上工业企业利润总额增长15%。", "industrial_va_above_scale"),
        ("外贸企业数量增长10%。", "foreign_trade"),
        ("社零额度管理办法出台后，限额增长5%。", "retail_sales"),
        ("固投项目库入库项目增长30%。", None),  # 固投 is safe: 固投项目 is still investment, no figure of it
    ],
)
def test_short_name_not_inside_a_longer_word(text: str, metric: str | None) -> None:
    doc = read_bytes((HEADERS["midyear"] + text + "\n").encode(), "s.txt")
    metrics = {f.metric for f in extract_facts(doc)}
    if metric is None:
        assert "fixed_asset_investment" not in metrics
    else:
        assert metric not in metrics


# --- whole invented reports ---------------------------------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures" / "progress"


def fixture_gold(name: str, text: str) -> list[dict]:  # type: ignore[type-arg]
    """The expected facts of a fixture, each placed at the nth occurrence of its `at` text."""
    out = []
    for g in yaml.safe_load((FIXTURES / f"{name}.yaml").read_text(encoding="utf-8")):
        pos = -1
        for _ in range(g.get("nth", 1)):
            pos = text.index(g["at"], pos + 1)
        out.append({**g, "start": pos, "end": pos + len(g["at"])})
    return out


def score_fixture(name: str):  # type: ignore[no-untyped-def]
    from govtargets import read_document

    from .test_progress import match_progress

    doc = read_document(FIXTURES / f"{name}.txt")
    gold = fixture_gold(name, doc.text)
    facts = [f for f in extract_facts(doc) if f.kind == "progress"]
    pred = [
        f.to_dict() | {"item_start": f.extra["item_start"], "item_end": f.extra["item_end"]} for f in facts
    ]
    return match_progress(gold, pred), facts, doc


REPORTS = sorted(p.stem for p in FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("name", REPORTS)
def test_invented_report(name: str) -> None:
    (prf, missed, spurious), facts, doc = score_fixture(name)
    assert prf.f1 >= 0.95, f"P={prf.precision:.3f} R={prf.recall:.3f} MISSED {missed} SPURIOUS {spurious}"
    for f in facts:
        assert doc.text[f.extra["item_start"] : f.extra["item_end"]] == f.extra["surface"]
        assert f.start <= f.extra["item_start"] and f.extra["item_end"] <= f.end


# --- documents with no progress statements ------------------------------------------------------------------

NO_PROGRESS = {
    "work report review": "政府工作报告\n2020年1月15日在青溪县第十八届人民代表大会第五次会议上\n"
    "一、2019年工作回顾\n"
    "过去一年，全县地区生产总值达到186亿元，增长7.2%；完成固定资产投资125亿元，增长8%。28个重点项目完成投资"
    "42亿元，城北新区建设有序推进，老城区改造全面完成。新增城镇就业5200人，城镇登记失业率3.1%。"
    "一般公共预算收入12.6亿元，增长6.5%，社零总额增长9.1%，外资企业新增3家，进出口银行授信增加20亿元。\n"
    "二、2020年工作安排\n"
    "今年主要预期目标是：地区生产总值增长7%左右，固定资产投资增长10%。各部门要按照时间过半、任务过半的要求，"
    "确保完成全年目标任务。\n",
    "news page": "县长调研重点项目建设进度\n发布时间：2021-06-12 来源：青溪县人民政府网 字号：大 中 小\n"
    "6月11日，县长王某某带队调研重点项目建设进度。王某某强调，要倒排工期、挂图作战，确保各项目按序时进度推进，"
    "确保实现“双过半”目标。今年以来，全县已完成固定资产投资35亿元，增长12%，28个项目已完成年度投资的一半。\n"
    "相关链接：县政府督查室召开重点工作推进会 | 网站地图 | 联系我们\n",
    "policy document": "青溪县人民政府关于进一步加强重点项目建设的实施意见\n青政发〔2021〕12号\n"
    "各乡镇人民政府，县政府各部门：\n一、总体要求\n到2023年，全县固定资产投资年均增长10%以上。\n"
    "二、保障措施\n（一）强化督查考核。县政府督查室每季度对项目推进情况进行督查，对未达到序时进度的项目进行通报；"
    "对进度滞后的，约谈责任单位负责人。各乡镇要按季度报送完成情况，完成率纳入年度考核。\n",
}


@pytest.mark.parametrize("name", NO_PROGRESS)
def test_no_progress_statement_no_fact(name: str) -> None:
    _, facts = progress_facts(NO_PROGRESS[name])
    assert [(f.metric, f.measure, f.status, f.extra.get("surface")) for f in facts] == []


# --- the cycle: the new facts matched to a plan's items ----------------------------------------------------


def test_invented_report_matched_to_a_plan(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Lags give indicators a status, tallies go to no item, tasks are matched by name, and a qualitative
    judgement says so in its reason."""
    from govtargets import read_document
    from govtargets.cycle.progress import match_document
    from govtargets.lexicon import load_lexicon
    from govtargets.store import ItemDraft, Store

    lex = load_lexicon()
    metrics = ["gdp", "fixed_asset_investment", "retail_sales", "industrial_va_above_scale", "foreign_trade"]
    drafts = [
        ItemDraft(
            kind="indicator",
            text=lex.indicators[m].names[0],
            name=lex.indicators[m].names[0],
            metric=m,
            measure="growth",
            category="主要指标",
        )
        for m in metrics
    ] + [
        ItemDraft(kind="task", text=f"{t}，年内完成", name=t, category="重点工作", lead_units=("县住建局",))
        for t in ("城北污水管网改造", "老旧小区改造", "智慧停车系统建设")
    ]
    with Store(str(tmp_path / "qx.db")) as store:
        plan_id = store.create_plan("青溪县", 2021, "2021年青溪县《政府工作报告》任务分解表", drafts)
        doc = read_document(FIXTURES / "qingxi_2021_h1_supervision.txt")
        matches = match_document(store, plan_id, doc, lex)
    by_item: dict[str, set[str | None]] = {}
    for m in matches:
        if m.item is not None and m.update is not None:
            by_item.setdefault(m.item.name or "", set()).add(m.update.status)
    assert by_item["地区生产总值"] == {"on_schedule"}  # 高于目标0.6个百分点
    assert "behind" in by_item["固定资产投资"] and "not_met" in by_item["固定资产投资"]
    assert by_item["老旧小区改造"] == {"met"}
    assert "not_met" in by_item["智慧停车系统建设"]
    tallies = [m for m in matches if m.fact.get("tally")]
    assert tallies and all(m.item is None and "未列明" in m.reason for m in tallies)
    [qual] = [m for m in matches if m.fact.get("confidence") == "low" and m.fact["metric"] == "foreign_trade"]
    assert "定性评价" in qual.reason and qual.update is not None and qual.update.status == "not_met"


def test_short_names_are_validated() -> None:
    from govtargets.lexicon import LexiconError, build_lexicon

    ind = [{"id": "fdi", "kind": "money", "names": ["实际利用外资"]}]
    words = yaml.safe_load(
        (Path(__file__).parents[1] / "govtargets" / "lexicon" / "data" / "words.yaml").read_text(
            encoding="utf-8"
        )
    )
    lex = build_lexicon([*ind, {"short": "fdi", "names": ["外资"]}], [], words)
    assert [m.group() for m in lex.name_re.finditer("外资增长5%，外资企业3家")] == ["外资", "外资企"]
    with pytest.raises(LexiconError, match="unknown id"):
        build_lexicon([*ind, {"short": "gdp", "names": ["GDP"]}], [], words)
    with pytest.raises(LexiconError, match="duplicate name"):
        build_lexicon([*ind, {"short": "fdi", "names": ["实际利用外资"]}], [], words)
