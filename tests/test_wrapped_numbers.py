"""A text saved from a PDF is cut at a width, and a PDF's layout moves a number whole to the next line rather
than cut it: the line before ends short (…城镇居民人均可支配收入 / 44960元，增长4.5%). That line still runs on
into the next. Found on blind set s24 (03, two actuals lost); invented variants: widths, where numbers fall,
a page number between lines. The facts of the wrapped text are those of the unwrapped one."""

from __future__ import annotations

import re

import pytest

from tests._reading import fact_keys

HEAD = "2027年澄江市政府工作报告\n——2027年1月9日在澄江市第十六届人民代表大会第五次会议上\n各位代表：\n"
REVIEW = (
    "一、2026年工作回顾\n"
    "2026年是“十五五”开局之年。一年来，在市委的坚强领导下，我们统筹发展和安全，各项事业取得新成效。"
    "全市地区生产总值实现2236.8亿元，增长6.4%；规模以上工业增加值增长8.7%；受部分重大项目建设周期影响，"
    "固定资产投资下降2.3%；社会消费品零售总额增长6.2%；一般公共预算收入137.9亿元，增长4.7%；"
    "城镇居民人均可支配收入44960元，增长4.5%；农村居民人均可支配收入23860元，增长7.6%；"
    "城镇新增就业1.92万人；居民消费价格上涨1.2%；粮食总产量326.4万吨，再创历史新高。\n"
)
PLAN = (
    "二、2027年工作安排\n"
    "今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%—6%；规模以上工业增加值增长8%左右；"
    "固定资产投资增长5%；社会消费品零售总额增长6%；一般公共预算收入增长4%左右；城镇新增就业1.8万人"
    "以上；居民消费价格涨幅2%左右；粮食总产量稳定在320万吨以上。\n"
)
_NUMBER_RE = re.compile(r"[\d.%—]+")


def _wrap(par: str, width: int, page_at: int | None = None) -> str:
    """par cut into lines of `width` display cells (a half-width character takes half), a number never cut:
    it goes whole to the next line, as a PDF's layout puts it."""
    lines, line, cells, i = [], "", 0.0, 0
    while i < len(par):
        m = _NUMBER_RE.match(par, i)
        token = m.group() if m else par[i]
        size = sum(0.5 if c.isascii() else 1 for c in token)
        if cells + size > width and line:
            lines.append(line)
            line, cells = "", 0.0
        line += token
        cells += size
        i += len(token)
    lines.append(line)
    if page_at is not None and page_at < len(lines):
        lines.insert(page_at, "— 2 —")
    return "\n".join(lines)


WHOLE = fact_keys(HEAD + REVIEW + PLAN)


def test_the_unwrapped_text_gives_every_figure() -> None:
    assert len([f for f in WHOLE if f[0] == "actual"]) == 14, WHOLE
    assert len([f for f in WHOLE if f[0] == "target"]) == 8, WHOLE


@pytest.mark.parametrize("width", [26, 28, 30, 33, 36])
@pytest.mark.parametrize("page_at", [None, 3])
def test_a_wrapped_text_gives_the_same_facts(width: int, page_at: int | None) -> None:
    body = "".join(
        _wrap(par, width, page_at) + "\n"
        for par in (REVIEW + PLAN).splitlines()
        if not par.startswith(("一", "二"))
    )
    heads = [p for p in (REVIEW + PLAN).splitlines() if p.startswith(("一", "二"))]
    review_par, plan_par = body.split("\n今年", 1)
    text = HEAD + heads[0] + "\n" + review_par + "\n" + heads[1] + "\n今年" + plan_par
    assert fact_keys(text) == WHOLE
