"""WeChat articles and CMS pages of progress (民生实事 at half year): found on blind set s22 (02), whose first
run gave none of its 20 facts. Invented variants of each structure.

- The article box of the publishing system (#js_content, TRS_Editor, #zoom) is the text, with what it sets
  in <section>s and not <p>s: readability keeps paragraphs and dropped the items' headings.
- An item headed 01｜name, a status line 进展状态：已完成✅ (a mark after the status), then its body.
- Tallies counted in 件: 10件民生实事中，已完成2件，按序时推进6件，进度滞后2件.
- 往期回顾 / 往期推荐 opens a list of other articles, whose figures are not this one's.
"""

from __future__ import annotations

from collections import Counter

import opencc
import pytest

from ._progress_score import Key, progress_keys

_S2T = opencc.OpenCC("s2t")

ITEMS = [
    ("城区公办幼儿园扩容", "已完成", "met", "城东3所公办幼儿园已于5月底全部竣工验收，新增学位1080个。", None),
    (
        "老旧小区改造提升",
        "按序时推进",
        "on_schedule",
        "今年计划改造老旧小区26个，目前已开工24个，完成年度投资计划的58.6%。",
        58.6,
    ),
    (
        "农贸市场提档升级",
        "进度滞后",
        "not_met",
        "计划改造的5个农贸市场中仅完成1个，完成率为20%，主要受商户过渡安置影响。",
        20.0,
    ),
]
MARKS = {"met": "✅", "on_schedule": "🔵", "not_met": "⚠️"}
TALLY = "截至6月底，10件民生实事中，已完成2件，按序时推进6件，进度滞后2件。"
OTHERS = "往期回顾\n▶ 桐溪经济“半年报”出炉：固定资产投资完成年度目标的52.3%\n▶ 2024年十件民生实事全部办结\n"


def _lines(number: str, label: str, marks: bool) -> list[str]:
    out = ["今年以来，县委、县政府确定了2025年十件民生实事。" + TALLY]
    for n, (name, status, want, body, _) in enumerate(ITEMS, start=1):
        out += [number.format(n=n) + name, f"{label}{status}{MARKS[want] if marks else ''}", body]
    return out


def _wechat(lines: list[str], others: str) -> str:
    sections = "\n".join(
        f'<section style="margin:0 8px;"><span style="font-size:15px;">{x[:5]}</span>'
        f"<span>{x[5:]}</span></section>"
        for x in lines
    )
    links = "".join(f"<p>{x}</p>" for x in others.splitlines())
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        "<title>十件民生实事半年“成绩单”来了</title></head><body>"
        '<div class="rich_media_area_primary"><h1 class="rich_media_title">十件民生实事半年“成绩单”来了</h1>'
        '<div class="rich_media_meta_list"><span>桐溪发布</span><em>2025年7月10日 18:30</em></div>'
        '<div class="rich_media_content" id="js_content">'
        "<section><strong>点击蓝字</strong> 关注我们</section>"
        f"{sections}{links}"
        "<p>阅读原文</p></div></div></body></html>"
    )


def _progress(data: bytes, name: str) -> Counter[Key]:
    return progress_keys(data, name)


def _check(got: Counter[Key], convert: bool) -> None:
    t = (lambda s: str(_S2T.convert(s))) if convert else (lambda s: s)
    for name, _, want, _, value in ITEMS:
        assert got[("status", t(name), None, want)] == 1, (name, got)
        if value is not None:
            assert got[("completion", t(name), value, "")] == 1, (name, got)
    tallies = {status for (measure, item, _, status) in got if measure == "status" and item is None}
    assert tallies == {"met", "on_schedule", "not_met"}, got
    assert not [k for k in got if k[2] == 52.3], got  # another article's figure
    assert not [k for k in got if k[0] == "completion" and k[1] is None], got


@pytest.mark.parametrize("number", ["0{n}｜", "{n} | ", "0{n}丨"])
@pytest.mark.parametrize("label", ["进展状态：", "完成状态：", "当前状态："])
@pytest.mark.parametrize("marks", [True, False])
def test_a_wechat_article_of_items_each_with_a_status_line(number: str, label: str, marks: bool) -> None:
    page = _wechat(_lines(number, label, marks), OTHERS)
    _check(_progress(page.encode("utf-8"), "wechat.html"), convert=False)


@pytest.mark.parametrize("label", ["进展状态：", "完成状态："])
def test_the_same_article_as_plain_text_and_in_traditional_script(label: str) -> None:
    text = "十件民生实事半年“成绩单”来了\n" + "\n".join(_lines("0{n}｜", label, True)) + "\n" + OTHERS
    _check(_progress(text.encode("utf-8"), "wechat.txt"), convert=False)
    _check(_progress(str(_S2T.convert(text)).encode("utf-8"), "wechat_trad.txt"), convert=True)


def test_a_cms_article_box_is_the_text_and_its_related_links_are_not() -> None:
    body = "".join(f"<p>{x}</p>" for x in _lines("0{n}｜", "进展状态：", False))
    page = (
        '<html><head><meta charset="utf-8"><title>桐溪县十件民生实事推进情况</title></head><body>'
        '<div class="nav"><a>首页</a> &gt; <a>政务动态</a></div>'
        '<div class="left"><ul>'
        + "".join(f"<li><a>通知公告第{i}号</a></li>" for i in range(40))
        + "</ul></div>"
        f'<div class="TRS_Editor">{body}</div>'
        "<div class='related'><p>相关链接</p><p>· 固定资产投资完成年度目标的52.3%</p></div>"
        "</body></html>"
    )
    _check(_progress(page.encode("utf-8"), "cms.html"), convert=False)
