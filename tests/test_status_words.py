"""Status words of supervision reports beyond the first vocabulary (found on the first run of the blind
set s16): 办结/销号 (a 督办 item closed or not), traffic lights (红黄绿灯), 持续推进, 进展顺利, 基本完成,
建成投用, 未能完成, 明显滞后, 已达序时, 完成预期 — each written as a task's status after its name, in
brackets after it, and as a counted list. Invented variants; the decisions are in docs/annotation.md."""

from __future__ import annotations

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all

HEAD = "关于2025年县政府工作报告重点任务推进情况的通报\n各乡镇人民政府：\n现将有关情况通报如下。\n"

WORDS = [
    ("已办结销号", "met"),
    ("办结销号", "met"),
    ("已销号", "met"),
    ("同意销号", "met"),
    ("予以销号", "met"),
    ("已办结", "met"),
    ("不予销号", "not_met"),
    ("暂缓销号", "not_met"),
    ("持续推进", "on_schedule"),
    ("跨年度持续推进", "on_schedule"),
    ("进展顺利", "on_schedule"),
    ("推进顺利", "on_schedule"),
    ("基本完成", "met"),
    ("已基本完成", "met"),
    ("已全面完成", "met"),
    ("已超额完成", "met"),
    ("建成投用", "met"),
    ("已建成投用", "met"),
    ("已投入运营", "met"),
    ("未能完成", "not_met"),
    ("明显滞后", "not_met"),
    ("严重滞后", "not_met"),
    ("调整取消", "cancelled"),
    ("已达序时", "met"),
    ("亮绿灯", "on_schedule"),
    ("亮黄灯", "not_met"),
    ("亮红灯", "not_met"),
]


def _statuses(text: str) -> set[tuple[str | None, str | None, str | None]]:
    doc = read_bytes(text.encode("utf-8"), "tongbao.txt")
    return {
        (f.metric, f.extra.get("item"), f.status)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "status"
    }


@pytest.mark.parametrize(("word", "status"), WORDS)
@pytest.mark.parametrize(
    "form",
    [
        "1.城北污水处理厂提标改造：{w}。\n2.老街历史文化街区保护：{w}。\n",
        "城北污水处理厂提标改造（{w}）；老街历史文化街区保护（{w}）。\n",
        "{w}2项（城北污水处理厂提标改造、老街历史文化街区保护）。\n",
        "{w}的2项为：城北污水处理厂提标改造、老街历史文化街区保护。\n",
    ],
)
def test_a_task_status_word(word: str, status: str, form: str) -> None:
    got = _statuses(HEAD + form.format(w=word))
    assert (None, "城北污水处理厂提标改造", status) in got, got
    assert (None, "老街历史文化街区保护", status) in got, got


@pytest.mark.parametrize(
    ("light", "status"), [("亮绿灯", "met"), ("亮黄灯", "not_met"), ("亮红灯", "not_met")]
)
def test_an_indicators_light_is_met_or_not(light: str, status: str) -> None:
    """Green for an indicator is met (达到或超过序时进度); for a task, on schedule (按计划节点推进)."""
    text = HEAD + f"14项主要经济指标中，{light}2项：地区生产总值、固定资产投资。\n"
    got = _statuses(text)
    assert ("gdp", None, status) in got and ("fixed_asset_investment", None, status) in got, got


@pytest.mark.parametrize("word", ["申请销号", "暂停实施", "暂缓实施", "正在核验"])
def test_pending_words_give_no_status(word: str) -> None:
    got = _statuses(HEAD + f"1.城北污水处理厂提标改造：{word}。\n")
    assert not {s for s in got if s[1] == "城北污水处理厂提标改造"}, got


@pytest.mark.parametrize(
    "sentence",
    [
        "主要经济指标：完成进度达到或超过序时进度的亮绿灯，低于序时进度5个百分点以上的亮红灯。",
        "重点任务：按计划节点推进的亮绿灯，进度稍有滞后的亮黄灯，严重滞后或尚未启动的亮红灯。",
        "对亮黄灯、红灯事项，牵头单位要在7月25日前报送整改方案。",
        "确保2026年一季度前全部办结销号。",
    ],
)
def test_a_lighting_standard_or_a_call_names_nothing(sentence: str) -> None:
    assert not _statuses(HEAD + sentence + "\n")


@pytest.mark.parametrize(
    ("sentence", "metric", "status"),
    [
        ("城镇居民人均可支配收入增长5.9%，完成预期。", "urban_income", "met"),
        ("城镇居民人均可支配收入增长5.9%，完成预期目标。", "urban_income", "met"),
        ("城镇居民人均可支配收入增长5.9%，未达到预期目标。", "urban_income", "not_met"),
        ("社会消费品零售总额增长6.1%，达到预期目标。", "retail_sales", "met"),
    ],
)
def test_an_indicator_against_its_expectation(sentence: str, metric: str, status: str) -> None:
    assert (metric, None, status) in _statuses(HEAD + sentence + "\n")
