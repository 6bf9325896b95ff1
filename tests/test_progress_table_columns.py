"""A progress table's other columns: found on blind set s21 (workbooks), whose first run read none of them.
Invented variants (header wording, sign notes, script, .xlsx and .csv as well as tabbed text).

- 快慢(百分点) / 与序时进度比 / 进度差: the completion less the schedule, signed; the table's note says which
  sign is behind (正数表示快于序时进度 / 负数表示快于…); without a note, a positive figure is ahead.
- 是否完成: 是 / 否 / 基本完成 as statuses of the row's item.
- A row named 其中：工业投资 is 工业投资's; a project named 城东快速路（一期） keeps its bracket.
"""

from __future__ import annotations

import io
from collections import Counter

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

from ._progress_score import Key, progress_keys

_S2T = opencc.OpenCC("s2t")
TITLE = "桐溪县2025年主要经济指标上半年完成情况\n"
ROWS = [
    ("地区生产总值", "48.4", "-1.6", "未达到序时进度"),
    ("固定资产投资", "58.7", "+8.7", "达到序时进度"),
    ("其中：工业投资", "41.5", "-8.5", "滞后"),
]


def _facts(data: bytes, name: str) -> Counter[Key]:
    return progress_keys(data, name, low=True)


def _table(head: str, note: str) -> str:
    lines = [f"指标名称\t年度目标\t完成年度目标(%)\t序时进度(%)\t{head}\t状态"]
    lines += [f"{n}\t100\t{d}\t50.0\t{x}\t{s}" for n, d, x, s in ROWS]
    return TITLE + "\n".join(lines) + ("\n" + note if note else "") + "\n"


@pytest.mark.parametrize("head", ["快慢(百分点)", "与序时进度比(±百分点)", "进度差（百分点）"])
@pytest.mark.parametrize(
    ("note", "behind_is"),
    [
        ("备注：快慢=完成年度目标(%)－序时进度(%)，正数表示快于序时进度，负数表示慢于序时进度。", -1),
        ("", -1),
        ("说明：负数为快于序时进度，正数为慢于序时进度。", 1),
    ],
)
@pytest.mark.parametrize("traditional", [False, True])
def test_a_signed_column_against_the_schedule(
    head: str, note: str, behind_is: int, traditional: bool
) -> None:
    text = _table(head, note)
    got = _facts((str(_S2T.convert(text)) if traditional else text).encode("utf-8"), "jindu.txt")
    sign = 1 if behind_is == -1 else -1  # a lag is positive when behind
    assert got[("lag", "gdp", sign * 1.6, "")] == 1, got
    assert got[("lag", "fixed_asset_investment", sign * -8.7, "")] == 1, got
    assert got[("lag", "industrial_investment", sign * 8.5, "")] == 1, got
    assert got[("completion", "industrial_investment", 41.5, "")] == 1, got  # 其中：工业投资
    assert got[("status", "industrial_investment", None, "not_met")] == 1, got


def _minsheng(head: str, values: tuple[str, str, str]) -> str:
    rows = [
        ("1", "新建改扩建公办幼儿园", "新建幼儿园4所", "4所全部建成并开园", values[0]),
        ("2", "农村饮水安全巩固提升", "新建供水工程18处", "完成16处，完成率88.9%", values[1]),
        ("3", "城东快速路（一期）", "全长6.8公里", "主线全部完工", values[2]),
    ]
    lines = [f"序号\t实事项目\t目标任务\t完成情况\t{head}"] + ["\t".join(r) for r in rows]
    return "桐溪县2025年十件民生实事年终完成情况表\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("head", ["是否完成", "完成与否"])
@pytest.mark.parametrize(
    ("values", "want"),
    [
        (("是", "否", "基本完成"), ("met", "not_met", "met")),
        (("已完成", "未完成", "是"), ("met", "not_met", "met")),
    ],
)
def test_a_yes_or_no_column(head: str, values: tuple[str, str, str], want: tuple[str, str, str]) -> None:
    got = _facts(_minsheng(head, values).encode("utf-8"), "minsheng.txt")
    for name, status in zip(
        ("新建改扩建公办幼儿园", "农村饮水安全巩固提升", "城东快速路（一期）"), want, strict=True
    ):
        assert got[("status", name, None, status)] == 1, (name, got)


def test_the_same_tables_as_a_workbook_and_a_csv() -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for line in _table("快慢(百分点)", "备注：正数表示快于序时进度，负数表示慢于序时进度。").splitlines():
        ws.append([float(c) if c.lstrip("+-").replace(".", "").isdigit() else c for c in line.split("\t")])
    buf = io.BytesIO()
    wb.save(buf)
    got = _facts(buf.getvalue(), "jindu.xlsx")
    assert got[("lag", "industrial_investment", 8.5, "")] == 1, got
    assert got[("lag", "fixed_asset_investment", -8.7, "")] == 1, got
    csv = _minsheng("是否完成", ("是", "否", "基本完成")).replace("\t", ",").encode("gb18030")
    got = _facts(csv, "minsheng.csv")
    assert got[("status", "农村饮水安全巩固提升", None, "not_met")] == 1, got


LEDGER = [
    "桐溪县2025年县政府重点任务推进台账（截至9月底）",
    "序号,任务名称,牵头单位,截至9月底进展,完成率,状态,备注",
    "1,县城第二水厂及配套管网工程,县水利局,水厂主体完工,90.0%,序时推进,预计11月底试通水",
    '2,老旧小区改造提升,县住房城乡建设局,"已开工32个,完工19个",0.785,序时推进,财政资金占比65%',
    "3,县职教中心实训楼,县教育体育局,主体完工,70.2%,序时推进,全市同类项目平均完成率为71.2%",
    "4,城西农贸市场迁建,县商务局,—,—,已取消,因规划调整取消",
    "填表人：林晓  审核人：周洁",
]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_a_ledger_exported_as_csv(encoding: str) -> None:
    got = _facts("\r\n".join(LEDGER).encode(encoding), "taizhang.csv")
    assert got[("completion", "县城第二水厂及配套管网工程", 90.0, "")] == 1, got
    assert got[("completion", "老旧小区改造提升", 78.5, "")] == 1, got  # a fraction in a 完成率 column
    assert got[("completion", "县职教中心实训楼", 70.2, "")] == 1, got
    assert got[("status", "城西农贸市场迁建", None, "cancelled")] == 1, got
    assert not [k for k in got if k[2] == 71.2], got  # others' average


@pytest.mark.parametrize("head", ["完成年度目标(%)", "完成年度计划%", "完成全年目标（%）", "完成年度预算的%"])
def test_a_share_of_the_goal_is_no_growth(head: str) -> None:
    text = TITLE + f"指标名称\t年度目标\t1-6月完成\t{head}\n地区生产总值\t268.0\t129.6\t48.4\n"
    doc = read_bytes(text.encode("utf-8"), "jindu.txt")
    facts = [f for f in extract_all(doc, tasks=False) if isinstance(f, Fact)]
    assert not [f for f in facts if f.measure == "growth"], [(f.kind, f.value) for f in facts]
    assert [(f.metric, float(f.value)) for f in facts if f.measure == "completion"] == [("gdp", 48.4)]


PROSE_ROWS = [
    ("教育", "新建公办幼儿园4所", "市教育局", "已完成。4所幼儿园均已投入使用。"),
    ("医疗", "社区卫生服务中心提质改造", "市卫生健康委", "进度滞后。完成率为50%，低于序时进度25个百分点。"),
    ("民生保障", "城区积水点改造", "市住建局", "按序时推进，完成工程量的78%，预计11月底全部完工。"),
]


@pytest.mark.parametrize("prose_head", ["进展情况", "完成情况", "推进情况"])
@pytest.mark.parametrize("html", [False, True])
def test_a_category_column_before_the_item_and_progress_in_prose(prose_head: str, html: bool) -> None:
    head = ("类别", "实事项目", "责任单位", prose_head)
    title = "桐溪市2024年市级民生实事项目进展情况（截至9月底）"
    if html:
        cells = "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in [head, *PROSE_ROWS]
        )
        body = f"<p>{title}</p><table>{cells}</table><p>下一步，市政府督查室将加强督办。</p>"
        data = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
        got = _facts(data.encode("utf-8"), "minsheng.html")
    else:
        text = title + "\n" + "\n".join("\t".join(r) for r in [head, *PROSE_ROWS]) + "\n"
        got = _facts(text.encode("utf-8"), "minsheng.txt")
    assert got[("status", "新建公办幼儿园4所", None, "met")] == 1, got
    assert got[("status", "社区卫生服务中心提质改造", None, "not_met")] == 1, got
    assert got[("completion", "社区卫生服务中心提质改造", 50.0, "")] == 1, got
    assert got[("lag", "社区卫生服务中心提质改造", 25.0, "")] == 1, got
    assert got[("completion", "城区积水点改造", 78.0, "")] == 1, got
    assert not [k for k in got if k[1] in ("教育", "医疗", "民生保障")], got  # the category is no item


def test_a_table_figure_restated_in_prose_is_one_fact() -> None:
    text = (
        "桐溪市前三季度主要经济指标完成情况\n前三季度，全市经济运行总体平稳。\n"
        "指标\t单位\t全年目标\t1-9月\t完成全年目标%\t与序时进度比(±个百分点)\n"
        "工业投资\t亿元\t310\t241.2\t77.8\t-2.8\n"
        "注：“与序时进度比”一栏，正数表示慢于序时进度，负数表示快于序时进度。\n"
        "从分项看，工业投资完成年度目标的77.8%，快于序时进度2.8个百分点。\n"
    )
    got = _facts(text.encode("utf-8"), "jindu.txt")
    assert got[("completion", "industrial_investment", 77.8, "")] == 1, got
    assert got[("lag", "industrial_investment", -2.8, "")] == 1, got


@pytest.mark.parametrize("name_head", ["任务内容", "工作内容", "重点任务"])
@pytest.mark.parametrize("as_workbook", [False, True])
def test_a_behind_column_asks_the_other_way(name_head: str, as_workbook: bool) -> None:
    rows = [
        ["序号", name_head, "月度进展", "完成进度(%)", "是否滞后"],
        ["1", "渡口改桥（3座）", "已完成2座，同期全市平均完成率为61%", "66.7", "是"],
        ["2", "老旧小区改造（2024年度）", "已完工15个，其余8个正在施工", "72.6", "否"],
    ]
    note = "说明：完成进度低于序时进度15个百分点及以上的，“是否滞后”栏填“是”。"
    if as_workbook:
        from openpyxl import Workbook

        wb = Workbook()
        wb.active.title = "县交通运输局"
        for r in rows:
            wb.active.append(r)
        wb.active.append([note])
        wb.create_sheet("县住建局").append(["序号", name_head, "完成进度(%)", "是否滞后"])
        wb["县住建局"].append(["1", "县城燃气管道老化更新", "36.2", "是"])
        buf = io.BytesIO()
        wb.save(buf)
        got = _facts(buf.getvalue(), "yuedu.xlsx")
        assert got[("status", "县城燃气管道老化更新", None, "not_met")] == 1, got  # the second sheet's
    else:
        text = "蓼溪县重点任务月度进展表\n" + "\n".join("\t".join(r) for r in rows) + "\n" + note + "\n"
        got = _facts(text.encode("utf-8"), "yuedu.txt")
    assert got[("status", "渡口改桥（3座）", None, "not_met")] == 1, got
    assert got[("completion", "渡口改桥（3座）", 66.7, "")] == 1, got
    assert got[("status", "老旧小区改造（2024年度）", None, "on_schedule")] == 1, got
    assert not [k for k in got if k[0] == "lag"], got  # 15个百分点及以上的: a rule's bound
