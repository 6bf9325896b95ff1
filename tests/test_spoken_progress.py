"""Progress as a speech or a briefing says it: 了 after the verb (比年度目标高了0.7个百分点; 超了序时进度5.5个
百分点; 比序时进度差了1.1个百分点), 已 or 已经 before a goal met (已经提前完成全年目标任务了), and a goal
said to be hard (完成全年目标难度较大) which is no status. Spoken tallies too (32个省市重点项目，已经开工29个;
今年10件民生实事，已经完成了6件) and spoken statuses (已经建成投用了; 还没开工). Found on blind set s25 (03,
06); invented variants: wording, script, full-width digits."""

from __future__ import annotations

import opencc
import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

_S2T = opencc.OpenCC("s2t")
HEAD = "青溪县2026年1-9月主要经济指标完成情况通报\n"
_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")

LAGS = [
    ("规上工业增加值增长了7.2%，比年度目标高了0.7个百分点。", "industrial_va_above_scale", -0.7),
    ("规上工业增加值增长7.2%，比年度目标低0.3个百分点。", "industrial_va_above_scale", 0.3),
    ("社零完成了年度目标的73.9%，比序时进度差了1.1个百分点。", "retail_sales", 1.1),
    ("一般公共预算收入完成了全年任务的80.5%，超了序时进度5.5个百分点。", "general_budget_revenue", -5.5),
    ("固定资产投资完成年度计划的68%，比序时进度慢了7个百分点。", "fixed_asset_investment", 7.0),
    ("社会消费品零售总额增长4.1%，比全年目标差了0.9个百分点。", "retail_sales", 0.9),
]
MET = [
    ("社会消费品零售总额已完成全年目标。", "retail_sales"),
    ("新增就业呢，已经提前完成全年目标任务了。", "new_urban_jobs"),
    ("一般公共预算收入已经完成了全年目标任务。", "general_budget_revenue"),
    ("城镇新增就业均已完成年度目标。", "new_urban_jobs"),
]
HARD = [
    "二是外贸下行压力较大，进出口总额完成全年目标难度较大。",
    "社会消费品零售总额实现全年目标有较大困难。",
    "固定资产投资完成年度目标仍面临较大压力。",
]


def _progress(text: str) -> set[tuple[str | None, str, float | None, str]]:
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    return {
        (f.metric, f.measure, None if f.value is None else float(f.value), str(f.status or ""))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress"
    }


def _variant(text: str, form: str) -> str:
    if form == "traditional":
        return str(_S2T.convert(text))
    if form == "full-width":
        return text.translate(_FULL)
    return text


@pytest.mark.parametrize(("sentence", "metric", "lag"), LAGS, ids=[x[0][:10] for x in LAGS])
@pytest.mark.parametrize("form", ["plain", "traditional", "full-width"])
def test_a_spoken_lag(sentence: str, metric: str, lag: float, form: str) -> None:
    assert (metric, "lag", lag, "") in _progress(_variant(HEAD + sentence, form))


@pytest.mark.parametrize(("sentence", "metric"), MET, ids=[x[0][:10] for x in MET])
@pytest.mark.parametrize("form", ["plain", "traditional"])
def test_a_goal_met_with_already(sentence: str, metric: str, form: str) -> None:
    assert (metric, "status", None, "met") in _progress(_variant(HEAD + sentence, form))


@pytest.mark.parametrize("sentence", HARD)
@pytest.mark.parametrize("form", ["plain", "traditional"])
def test_a_goal_said_to_be_hard_is_no_status(sentence: str, form: str) -> None:
    assert not [k for k in _progress(_variant(HEAD + sentence, form)) if k[1] == "status"]


TALLIES = [
    ("32个省市重点项目，已经开工29个。", "on_schedule", 29),
    ("今年10件民生实事，已经完成了6件。", "met", 6),
    ("全县32个重点项目，已开工29个。", "on_schedule", 29),
]
ITEMS = [
    ("城东污水处理厂二期已经建成投用了。", "城东污水处理厂二期", "met"),
    ("北环路改造项目还没开工。", "北环路改造项目", "not_met"),
    ("西环路改造项目仍未开工。", "西环路改造项目", "not_met"),
    ("滨江公园二期已经竣工了。", "滨江公园二期", "met"),
]


def _tallies(text: str) -> set[tuple[str, int | None]]:
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    return {
        (str(f.status), f.extra.get("count"))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "status"
    }


@pytest.mark.parametrize(("sentence", "status", "count"), TALLIES, ids=[x[0][:8] for x in TALLIES])
@pytest.mark.parametrize("form", ["plain", "traditional", "full-width"])
def test_a_spoken_tally(sentence: str, status: str, count: int, form: str) -> None:
    assert (status, count) in _tallies(_variant(HEAD + sentence, form))


@pytest.mark.parametrize(("sentence", "item", "status"), ITEMS, ids=[x[1] for x in ITEMS])
@pytest.mark.parametrize("form", ["plain", "traditional"])
def test_a_spoken_status(sentence: str, item: str, status: str, form: str) -> None:
    doc = read_bytes(_variant(HEAD + sentence, form).encode("utf-8"), "tongbao.txt")
    got = {
        (f.extra.get("item"), str(f.status))
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress"
    }
    assert (_variant(item, form), status) in got, got
