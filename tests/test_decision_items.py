"""A report on the decisions of a government's executive meetings (常务会议议定事项落实情况): items numbered
①②③ (or ⑴⑵⑶), each with its 议定事项： line and its 落实情况： line, whose words are 已落实 (met), 部分落实
(partly met), 正在落实 (on schedule) and 逾期未落实 (not met), and a closing tally. Found on blind set s26
(05: none of 13 read); invented variants: numbering, wording, script."""

from __future__ import annotations

from collections import Counter

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

_S2T = opencc.OpenCC("s2t")
HEAD = "澄江县人民政府办公室\n关于县政府常务会议议定事项落实情况的通报\n一、重点议定事项落实情况\n"
ITEMS = [
    ("城南第二小学扩建工程", "已落实。项目于4月开工，完成年度投资计划的41%。", "met", 41.0),
    ("城区农贸市场改造提升", "已落实。2个市场改造于5月完成，已恢复营业。", "met", None),
    (
        "澄江防洪堤加固工程",
        "部分落实。一期工程已完工，二期工程尚未开工，完成年度目标任务的45%。",
        "partly_met",
        45.0,
    ),
    ("城乡环卫一体化项目", "正在落实。采购公告已于6月10日发布。", "on_schedule", None),
    ("城区智慧停车系统建设", "逾期未落实。截至6月15日仅完成一期任务的28%。", "not_met", 28.0),
]
DECIDED = [  # what each meeting decided, and who is to do it
    "4月底前开工建设，9月底前完成主体工程。（县政府第3次常务会议，责任单位：县教育局）",
    "5月底前完成城东、城西2个农贸市场改造并恢复营业。（县政府第3次常务会议，责任单位：县商务局）",
    "汛期前完成一期、二期堤防加固。（县政府第4次常务会议，责任单位：县水利局）",
    "6月底前完成社会资本方采购。（县政府第5次常务会议，责任单位：县城市管理局）",
    "5月底前完成一期1500个泊位智慧化改造。（第5次常务会议，责任单位：县城市管理局、县公安局）",
]
TAIL = "二、总体情况\n今年县政府常务会议共交办议定事项15项，已落实11项，正在落实3项，逾期未落实1项。\n"
NUMBERS = ["①②③④⑤", "⑴⑵⑶⑷⑸"]


def _text(numbers: str) -> str:
    body = "".join(
        f"{numbers[n]}{name}\n议定事项：{DECIDED[n]}\n落实情况：{report}\n"
        for n, (name, report, _, _) in enumerate(ITEMS)
    )
    return HEAD + body + TAIL


def _keys(text: str) -> Counter[tuple[str, str | None, float | None, str, int | None]]:
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    return Counter(
        (
            f.measure,
            f.extra.get("item"),
            None if f.value is None else float(f.value),
            str(f.status or ""),
            f.extra.get("count"),
        )
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress"
    )


@pytest.mark.parametrize("numbers", NUMBERS)
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_each_decision_and_the_tally(numbers: str, traditional: bool) -> None:
    text = _text(numbers)
    got = _keys(str(_S2T.convert(text)) if traditional else text)

    def name(x: str) -> str:
        return str(_S2T.convert(x)) if traditional else x

    for item, _, status, value in ITEMS:
        assert got[("status", name(item), None, status, None)] == 1, (item, got)
        if value is not None:
            assert got[("completion", name(item), value, "", None)] == 1, (item, got)
    for status, count in (("met", 11), ("on_schedule", 3), ("not_met", 1)):
        assert got[("status", None, None, status, count)] == 1, (status, got)
