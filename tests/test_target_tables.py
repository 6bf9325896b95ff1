"""A work report's table of targets (指标 / 单位 / 2024年完成 / 2025年目标, a .docx table as tab-separated
lines or a web page one cell a line): a level row takes its unit from the 单位 column (地方一般公共预算收入 /
亿元 / 3286 / 3385), and a row named …下降 gives a negative growth (单位地区生产总值能耗下降 / % / 3.3).
Found on the first run of the blind set s17 (a province's report as .docx); invented variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import read_bytes
from govtargets.extract import extract_facts

HEAD = "2025年政府工作报告\n——2025年1月15日在某省第十四届人民代表大会第三次会议上\n二、2025年主要预期目标\n"
ROWS = [
    ("地区生产总值增长", "%", "5.4", "5.5左右"),
    ("地方一般公共预算收入", "亿元", "3286", "3385"),
    ("城镇新增就业", "万人", "43.5", "40以上"),
    ("城镇调查失业率", "%", "5.3", "5.5左右"),
    ("粮食产量", "万吨", "1285", "1280以上"),
    ("实际使用外资", "亿美元", "19.6", "20以上"),
    ("单位地区生产总值能耗下降", "%", "3.3", "完成国家下达任务"),
]
WANT = {
    ("target", "gdp", "growth", Decimal("5.5")),
    ("target", "general_budget_revenue", "level", Decimal("3385E8")),
    ("target", "new_urban_jobs", "level", Decimal("40E4")),
    ("target", "surveyed_unemployment_rate", "level", Decimal("5.5")),
    ("target", "grain_output", "level", Decimal("1280E4")),
    ("target", "fdi", "level", Decimal("20E8")),
    ("actual", "general_budget_revenue", "level", Decimal("3286E8")),
    ("actual", "energy_intensity", "growth", Decimal("-3.3")),
}


def _facts(text: str) -> set[tuple[str, str | None, str, Decimal | None]]:
    doc = read_bytes((HEAD + text).encode("utf-8"), "report.txt")
    return {
        (f.kind, f.metric, f.measure, f.base_low.normalize() if f.base_low is not None else None)
        for f in extract_facts(doc)
        if f.kind in ("actual", "target")
    }


@pytest.mark.parametrize("unit_head", ["单位", "计量单位"])
def test_a_targets_table_with_a_unit_column(unit_head: str) -> None:
    header = "\t".join(["指标", unit_head, "2024年完成", "2025年目标"])
    got = _facts(header + "\n" + "\n".join("\t".join(r) for r in ROWS) + "\n")
    want = {(k, m, ms, v.normalize()) for k, m, ms, v in WANT}
    assert want <= got, want - got


def test_the_same_table_one_cell_a_line() -> None:
    header = "\n".join(["指标名称", "单位", "2024年完成", "2025年目标"])
    got = _facts(header + "\n" + "\n".join("\n".join(r) for r in ROWS[:6]) + "\n三、重点工作\n")
    want = {(k, m, ms, v.normalize()) for k, m, ms, v in WANT if m != "energy_intensity"}
    assert want <= got, want - got
