"""The progress-word screen of extract: every progress word it stands for is found, in the sentence it is in;
plain report sentences pass unread."""

from __future__ import annotations

import pytest

from govtargets.extract import _PROGRESS_SCREEN_RE
from govtargets.text import normalize, sentences

WORDS = [
    "完成全年任务的52%",
    "完成年度计划的48.6%",
    "完成目标的47%",
    "低于目标(序时进度)2.3个百分点",
    "为年初预算的55%",
    "为调整预算的61%",
    "达到序时进度",
    "时序进度要求",
    "完成进度滞后",
    "进度的95%",
    "全县32项量化指标中",
    "有5个指标未达到",
    "十件为民办实事",
    "实现双过半",
    "时间过半",
    "超额完成",
    "提前完成",
    "已完成",
    "正在推进",
    "尚未启动",
    "按序时推进",
    "进展顺利推进",
    "按节点推进",
    "有序推进",
    "已竣工",
    "已建成",
    "已开工",
    "已投产",
    "完成情况较好",
    "完成率为98%",
]


@pytest.mark.parametrize("word", WORDS)
def test_each_word_found_in_its_own_sentence(word: str) -> None:
    text = normalize(f"全年经济平稳运行。{word}，各项工作有力推动。全县生产总值增长6%。").text
    spans = sentences(text)
    hits = [m.start() for m in _PROGRESS_SCREEN_RE.finditer(text)]
    marked = [any(a <= h < b for h in hits) for a, b in spans]
    assert marked == [False, True, False], (word, hits)


@pytest.mark.parametrize(
    "sentence",
    [
        "推进产业转型升级，促进消费持续恢复。",
        "全年地区生产总值增长6.5%，一般公共预算收入增长4%。",
        "建成5G基站1.2万个。",
    ],
)
def test_plain_sentences_pass(sentence: str) -> None:
    assert _PROGRESS_SCREEN_RE.search(normalize(sentence).text) is None
