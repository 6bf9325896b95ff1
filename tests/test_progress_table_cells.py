"""A progress table flattened to lines keeps its empty cells when its cells are tab-separated: an empty
备注 at a row's end or an empty growth cell in its middle must not end the table (the rows after it are read).
Found on tests/blind_s14 (a Word table whose 备注 is filled on some rows only); invented variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

HEAD = "桐川县2025年1-6月主要经济指标完成情况表\n"
ROWS = [
    ("地区生产总值（亿元）", "268", "135.6", "6.4", "50.6", "季度数"),
    ("规模以上工业增加值（亿元）", "96", "49.3", "8.1", "51.4", ""),
    ("重点项目投资（亿元）", "120", "52.8", "4.5", "44.0", "非考核指标"),
    ("社会消费品零售总额（亿元）", "142", "72.1", "", "50.8", ""),
    ("一般公共预算收入（亿元）", "18.5", "8.7", "-2.1", "47.0", "受留抵退税影响"),
    ("进出口总额（亿美元）", "6.8", "2.9", "-8.3", "42.6", ""),
]
WANT = {
    ("gdp", Decimal("50.6")),
    ("industrial_va_above_scale", Decimal("51.4")),
    ("retail_sales", Decimal("50.8")),
    ("general_budget_revenue", Decimal("47.0")),
    ("foreign_trade", Decimal("42.6")),
}


def _completions(text: str) -> set[tuple[str | None, Decimal]]:
    doc = read_bytes(text.encode("utf-8"), "bulletin.txt")
    return {
        (f.metric, f.value)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "completion"
    }


@pytest.mark.parametrize("done_head", ["完成进度(%)", "完成进度（%）", "完成率%", "占年度目标(%)"])
@pytest.mark.parametrize("name_head", ["指标", "指标名称", "项目"])
@pytest.mark.parametrize("crlf", [False, True])
def test_tab_rows_with_empty_cells(done_head: str, name_head: str, crlf: bool) -> None:
    nl = "\r\n" if crlf else "\n"
    head = "\t".join([name_head, "年度目标", "1-6月完成", "同比增长(%)", done_head, "备注"])
    text = HEAD + head + nl + nl.join("\t".join(r) for r in ROWS) + nl + "二、存在问题" + nl
    got = _completions(text)
    assert got >= WANT
    assert not {m for m, _ in got if m == "fixed_asset_investment"}  # 重点项目投资 is no indicator


def test_a_table_in_traditional_script() -> None:
    import opencc

    t = opencc.OpenCC("s2t").convert
    head = "\t".join(["指標", "年度目標", "1-6月完成", "同比增長(%)", "完成進度(%)", "備註"])
    text = t(HEAD) + head + "\n" + "\n".join(t("\t".join(r)) for r in ROWS) + "\n"
    assert _completions(text) >= WANT


def test_a_row_whose_trailing_empty_cells_are_dropped() -> None:
    """Some exporters drop a row's trailing tabs: the row has fewer cells, its completion cell is there."""
    head = "\t".join(["指标", "年度目标", "1-6月完成", "同比增长(%)", "完成进度(%)", "备注"])
    rows = ["\t".join(r).rstrip("\t") for r in ROWS]
    got = _completions(HEAD + head + "\n" + "\n".join(rows) + "\n")
    assert got >= WANT


def test_space_separated_rows_without_a_remark() -> None:
    """Cells separated by spaces: an empty cell cannot be seen, except the last column's when it is 备注."""
    head = "  ".join(["指标", "年度目标", "1-6月完成", "同比增长(%)", "完成进度(%)", "备注"])
    rows = ["  ".join(c for c in r if c) for r in ROWS if r[3]]
    got = _completions(HEAD + head + "\n" + "\n".join(rows) + "\n")
    assert {("gdp", Decimal("50.6")), ("industrial_va_above_scale", Decimal("51.4"))} <= got
    assert {("general_budget_revenue", Decimal("47.0")), ("foreign_trade", Decimal("42.6"))} <= got


def test_a_growth_column_is_not_read_for_completion_when_a_middle_cell_is_missing_in_spaces() -> None:
    """Space-separated, a row with a middle cell missing cannot be aligned: it gives nothing, not a
    growth figure as its completion."""
    head = "  ".join(["指标", "年度目标", "1-6月完成", "同比增长(%)", "完成进度(%)"])
    rows = ["地区生产总值（亿元）  268  135.6  6.4  50.6", "社会消费品零售总额（亿元）  142  72.1  50.8"]
    got = _completions(HEAD + head + "\n" + "\n".join(rows) + "\n")
    assert ("gdp", Decimal("50.6")) in got
    assert not {v for m, v in got if m == "retail_sales" and v != Decimal("50.8")}


@pytest.mark.parametrize(
    ("cat1", "cat2"),
    [
        ("一、经济发展类", "二、财政收入类"),
        ("（一）经济发展", "（二）财政收入"),
        ("经济发展类指标", "财政类指标"),
    ],
)
@pytest.mark.parametrize("sep", ["\t", "  "])
def test_category_rows_between_the_rows(cat1: str, cat2: str, sep: str) -> None:
    """Merged rows that name a category (一、经济发展类) stand between the header and the rows, or between
    rows: they do not end the table."""
    head = sep.join(["指标名称", "年度目标", "1-9月完成", "完成进度(%)", "与序时进度差(百分点)"])
    rows = [
        cat1,
        sep.join(["地区生产总值（亿元）", "415", "312.7", "75.3", "0.3"]),
        sep.join(["固定资产投资（亿元）", "238", "185.2", "77.8", "2.8"]),
        cat2,
        sep.join(["一般公共预算收入（亿元）", "25.6", "19.6", "76.6", "1.6"]),
    ]
    got = _completions(HEAD + head + "\n" + "\n".join(rows) + "\n注：与序时进度差＝完成进度－序时进度。\n")
    assert {
        ("gdp", Decimal("75.3")),
        ("fixed_asset_investment", Decimal("77.8")),
        ("general_budget_revenue", Decimal("76.6")),
    } <= got
