"""Traffic-light bulletins (found on the first run of the blind set s16): a table with a 亮灯 (or 状态)
column gives each row's status; 绿灯项目35个，黄灯项目5个，红灯项目2个（A、B） counts projects by colour;
分别低于序时进度6.2个和11个百分点 gives a lag to each name; a rule's bound (5个百分点以内亮黄灯) is none;
a project named before a reason (城南大道改造工程受管线迁移影响，…仅占年度计划的6%) is its figure's subject.
Invented variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

HEAD = "柘岭县2025年一季度主要经济指标和重点项目“红黄绿灯”监测通报\n"


def _progress(text: str) -> set[tuple[str, str | None, str | None, Decimal | None, str | None]]:
    doc = read_bytes((HEAD + text).encode("utf-8"), "tongbao.txt")
    return {
        (f.measure, f.metric, f.extra.get("item"), f.value, f.status)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress"
    }


ROWS = [
    ("规模以上工业总产值(亿元)", "360", "94.3", "26.2", "绿灯", "industrial_output_above_scale", "met"),
    ("固定资产投资(亿元)", "150", "34.1", "22.7", "黄灯", "fixed_asset_investment", "not_met"),
    ("工业投资(亿元)", "58", "10.9", "18.8", "红灯", "industrial_investment", "not_met"),
    ("社会消费品零售总额(亿元)", "96", "24.6", "25.6", "绿灯", "retail_sales", "met"),
]


@pytest.mark.parametrize("head", ["亮灯", "状态", "灯色", "亮灯情况"])
@pytest.mark.parametrize("sep", ["    ", "\t"])
def test_a_light_column(head: str, sep: str) -> None:
    header = sep.join(["指标名称", "年度目标", "一季度完成", "完成进度(%)", head])
    rows = "\n".join(sep.join(r[:5]) for r in ROWS)
    got = _progress(f"其余8项指标监测情况如下：\n{header}\n{rows}\n")
    for *_, value, _light, metric, status in [(*r[:3], Decimal(r[3]), *r[4:]) for r in ROWS]:
        assert ("completion", metric, None, value, None) in got, (metric, got)
        assert ("status", metric, None, None, status) in got, (metric, got)


def test_a_light_column_one_cell_a_line() -> None:
    header = "\n".join(["指标名称", "年度目标", "1-6月完成", "完成进度(%)", "亮灯"])
    rows = "\n".join("\n".join(r[:5]) for r in ROWS)
    got = _progress(f"主要经济指标完成情况及亮灯情况见下表。\n{header}\n{rows}\n三、重点任务\n")
    for r in ROWS:
        assert ("status", r[5], None, None, r[6]) in got, (r[5], got)


@pytest.mark.parametrize("unit", ["个", "项"])
def test_projects_counted_by_colour(unit: str) -> None:
    got = _progress(
        f"42{unit}县级重点项目中，绿灯项目35{unit}，黄灯项目5{unit}，红灯项目2{unit}（城南大道改造工程、柘岭港作业区一期）。\n"
    )
    assert ("status", None, None, None, "on_schedule") in got, got
    assert ("status", None, None, None, "not_met") in got, got
    assert ("status", None, "城南大道改造工程", None, "not_met") in got, got
    assert ("status", None, "柘岭港作业区一期", None, "not_met") in got, got


@pytest.mark.parametrize("ge", ["个", ""])
def test_lags_for_each_name(ge: str) -> None:
    got = _progress(f"工业投资、实际利用外资分别低于序时进度6.2{ge}和11个百分点。\n")
    assert ("lag", "industrial_investment", None, Decimal("6.2"), None) in got, got
    assert ("lag", "fdi", None, Decimal("11"), None) in got, got


@pytest.mark.parametrize("rule", ["低于序时进度5个百分点以内亮黄灯", "低于序时进度5个百分点以上的亮红灯"])
def test_a_rules_bound_is_no_lag(rule: str) -> None:
    assert not {g for g in _progress(f"主要经济指标按照“{rule}”的标准亮灯。\n") if g[0] == "lag"}


@pytest.mark.parametrize("reason", ["受管线迁移影响", "因征地拆迁未完成", "由于资金未到位"])
def test_a_project_named_before_a_reason(reason: str) -> None:
    got = _progress(f"城南大道改造工程{reason}，一季度完成投资仅占年度计划的6%。\n")
    assert ("completion", None, "城南大道改造工程", Decimal(6), None) in got, got


@pytest.mark.parametrize("done_head", ["进度(%)", "进度（%）", "完成进度(%)"])
@pytest.mark.parametrize("status_head", ["状态", "进展状态"])
def test_a_projects_table_with_progress_and_status_columns(done_head: str, status_head: str) -> None:
    """序号 | 项目名称 | 责任单位 | 年度计划投资 | 1-9月完成投资 | 进度(%) | 状态 | 备注: each project row
    gives its completion and its status; the 合计 row gives nothing (found on blind set s20's first run)."""
    head = "\t".join(
        [
            "序号",
            "项目名称",
            "责任单位",
            "年度计划投资(万元)",
            "1-9月完成投资(万元)",
            done_head,
            status_head,
            "备注",
        ]
    )
    rows = [
        "1\t县人民医院新院区建设\t县卫健局\t32000\t25600\t80.0\t按计划推进\t主体结构已封顶",
        "2\t城北再生水厂\t县水务局\t12500\t5250\t42.0\t进度滞后\t设备采购延期",
        "3\t东山光伏项目\t县发改局\t26000\t0\t0.0\t尚未开工\t",
        "合计\t\t\t70500\t30850\t43.8\t\t",
    ]
    got = _progress("鹤坪县2025年第三季度重大项目推进情况表\n" + head + "\n" + "\n".join(rows) + "\n")
    assert ("completion", None, "县人民医院新院区建设", Decimal("80.0"), None) in got, got
    assert ("status", None, "县人民医院新院区建设", None, "on_schedule") in got, got
    assert ("status", None, "城北再生水厂", None, "not_met") in got, got
    assert ("completion", None, "东山光伏项目", Decimal("0.0"), None) in got, got
    assert not {g for g in got if g[3] == Decimal("43.8")}, got
