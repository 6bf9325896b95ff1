"""A department's report on its tasks (found on the first run of the blind set s19): each task a numbered
heading alone (一、城镇老旧小区改造), then labelled lines (年度任务：…, 完成情况：…, 下步打算：…); the figures
and statuses under 完成情况 are the heading's task. And a projects report: names listed before their status
with figures in them (城北220千伏变电站), one project alone before a plain 已… status, a lag after the
completion of the project named before it. Invented variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all


def _progress(text: str) -> set[tuple[str, str | None, Decimal | None, str | None]]:
    doc = read_bytes(text.encode("utf-8"), "report.txt")
    return {
        (f.measure, f.extra.get("item"), f.value, f.status)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress"
    }


HEAD = "关于2025年上半年政府工作报告涉及我局任务落实情况的报告\n县人民政府：\n"
PROJECTS = "棠川县2025年1-8月县级重点项目建设进展情况汇报\n"


@pytest.mark.parametrize(("n1", "n2"), [("一、", "二、"), ("（一）", "（二）"), ("1.", "2.")])
@pytest.mark.parametrize("label", ["完成情况", "进展情况", "工作进展"])
def test_a_task_heading_and_its_labelled_lines(n1: str, n2: str, label: str) -> None:
    text = (
        HEAD
        + f"{n1}城镇老旧小区改造\n年度任务：改造城镇老旧小区42个。\n"
        + f"{label}：已开工38个，完工数占年度任务的50%，目前按序时推进。\n下步打算：加快施工。\n"
        + f"{n2}城区污水管网建设\n年度任务：新建污水管网36公里。\n"
        + f"{label}：已铺设19.8公里，完成年度任务的55%，快于序时进度5个百分点。其中城东片区完成率达78%。\n"
    )
    got = _progress(text)
    assert ("completion", "城镇老旧小区改造", Decimal(50), None) in got, got
    assert ("status", "城镇老旧小区改造", None, "on_schedule") in got, got
    assert ("completion", "城区污水管网建设", Decimal(55), None) in got, got
    assert ("lag", "城区污水管网建设", Decimal(-5), None) in got, got
    assert not {g for g in got if g[2] == 78 and g[1]}, got  # 其中城东片区…: a part's figure


@pytest.mark.parametrize("word", ["已完工", "已竣工", "已投产"])
def test_projects_with_figures_in_their_names(word: str) -> None:
    got = _progress(
        PROJECTS
        + "一、竣工投产项目\n县人民医院门诊综合楼、城北220千伏变电站、年产5万吨特种纸项目"
        + word
        + "。\n"
    )
    for name in ["县人民医院门诊综合楼", "城北220千伏变电站", "年产5万吨特种纸项目"]:
        assert ("status", name, None, "met") in got, (name, got)


@pytest.mark.parametrize("word", ["已通过验收", "已完工", "已竣工"])
def test_one_project_before_a_plain_status(word: str) -> None:
    got = _progress(PROJECTS + f"一、竣工项目\n县第三小学扩建工程{word}，9月1日起投入使用。\n")
    assert ("status", "县第三小学扩建工程", None, "met") in got, got


@pytest.mark.parametrize("goal", ["年度计划投资", "年度投资计划", "年度投资"])
def test_a_lag_after_the_completion_of_a_project(goal: str) -> None:
    got = _progress(
        PROJECTS + f"二、在建项目\n县城至龙潭镇公路改建工程完成{goal}的48.0%，低于序时进度18.7个百分点。\n"
    )
    assert ("completion", "县城至龙潭镇公路改建工程", Decimal("48.0"), None) in got, got
    assert ("lag", "县城至龙潭镇公路改建工程", Decimal("18.7"), None) in got, got


@pytest.mark.parametrize("unit_label", ["承办单位", "责任单位", "牵头单位"])
@pytest.mark.parametrize("result", [("已办结", "met"), ("未办结", "not_met")])
def test_a_duban_reply_page(unit_label: str, result: tuple[str, str]) -> None:
    """A reply on 督办 items as a web page: 一、加快推进…建设（承办单位：县交通运输局）, then 办理结果：…
    The item line stays (承办单位 is a site footer's word only at a line's start) and names the result."""
    word, status = result
    html = (
        '<html><head><meta charset="utf-8"><title>督办事项办理情况的报告</title></head><body>'
        '<div class="article" id="zoom"><p>岚溪县人民政府办公室关于督办事项办理情况的报告</p>'
        "<p>市政府督查室：</p><p>交办我县督办事项2项，现将办理情况报告如下：</p>"
        f"<p>一、加快推进县城至高铁站快速通道建设（{unit_label}：县交通运输局）</p>"
        f"<p>办理结果：{word}。快速通道主线沥青摊铺已于7月25日全部完成。</p>"
        f"<p>二、推进农村生活垃圾分类示范村创建（{unit_label}：县农业农村局）</p>"
        f"<p>办理结果：{word}。</p></div>"
        '<div class="footer">主办单位：岚溪县人民政府办公室 承办单位：岚溪县大数据中心</div></body></html>'
    )
    doc = read_bytes(html.encode("utf-8"), "reply.html")
    assert "大数据中心" not in doc.text
    got = {
        (f.extra.get("item"), f.status)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress" and f.measure == "status"
    }
    assert ("加快推进县城至高铁站快速通道建设", status) in got, got
    assert ("推进农村生活垃圾分类示范村创建", status) in got, got


def test_an_invented_county_is_not_a_real_one_inside_its_name() -> None:
    from govtargets.ingest._meta import describe

    assert describe("澄岚县人民政府关于印发重点工作任务分工的通知\n各乡镇人民政府：\n").region == "澄岚县"
    assert describe("青岚县2025年政府工作报告重点工作任务分解表\n").region == "青岚县"  # not 岚县 (141127)


@pytest.mark.parametrize(
    ("remark", "status"),
    [
        ("超额完成年度任务", "met"),
        ("已全面完成", "met"),
        ("按计划推进", "on_schedule"),
        ("用地报批滞后，进度偏慢", "not_met"),
        ("施工图设计已完成，尚未开工", "not_met"),
    ],
)
def test_a_remarks_cell_in_a_minsheng_table(remark: str, status: str) -> None:
    """序号 | 项目名称 | 年度目标 | 完成情况 | 完成进度(%) | 责任单位 | 备注: the remark's status is the
    row's, unless a part is its subject (施工图设计已完成)."""
    text = (
        "黛岭县2025年十件民生实事项目推进情况\n序号\t项目名称\t年度目标\t完成情况\t完成进度(%)\t责任单位\t备注\n"
        f"9\t城区雨污分流改造\t改造雨污管网12公里\t完成4公里\t33\t县住建局\t{remark}\n"
    )
    got = {(g[1], g[3]) for g in _progress(text) if g[0] == "status"}
    assert got == {("城区雨污分流改造", status)}, got


REVIEW = "通陵县2025年上半年经济运行和目标任务完成情况通报\n"


@pytest.mark.parametrize(
    ("sentence", "metric", "status"),
    [
        (
            "一般公共预算收入完成12.6亿元，为年度预算的53.8%，时间过半、任务过半目标如期实现。",
            "general_budget_revenue",
            "met",
        ),
        ("城镇新增就业3260人，完成年度目标的65.2%，提前实现时间过半、任务过半。", "new_urban_jobs", "met"),
        ("实际利用外资完成年度目标的58%，提前实现“双过半”。", "fdi", "met"),
        ("其中出口总额与序时进度尚有差距。", "exports", "not_met"),
        ("出口总额距序时进度还有较大差距。", "exports", "not_met"),
    ],
)
def test_half_and_gap_wordings(sentence: str, metric: str, status: str) -> None:
    doc = read_bytes((REVIEW + sentence + "\n").encode("utf-8"), "review.txt")
    got = {
        (f.metric, f.status)
        for f in extract_all(doc, tasks=False)
        if isinstance(f, Fact) and f.kind == "progress"
    }
    assert (metric, status) in got, got


@pytest.mark.parametrize("joiner", ["和", "及", "与"])
def test_the_last_two_of_a_counted_list_joined(joiner: str) -> None:
    text = (
        REVIEW
        + f"截至9月底，86项任务中，还有3项进展滞后，主要是地铁2号线北延工程、市档案馆新馆{joiner}城西水厂。\n"
    )
    got = {(g[1], g[3]) for g in _progress(text) if g[0] == "status" and g[1]}
    assert got == {("地铁2号线北延工程", "not_met"), ("市档案馆新馆", "not_met"), ("城西水厂", "not_met")}, (
        got
    )


def test_a_report_label_is_never_an_item() -> None:
    """On one line (no breaks), 完成情况：… must not become the item its figures are about; nor a measure
    word (完工数)."""
    text = (
        "关于2025年上半年政府工作报告涉及我局任务落实情况的报告 县人民政府： 一、城镇老旧小区改造 "
        "年度任务：改造城镇老旧小区42个。 完成情况：已开工38个，完工数占年度任务的50%，目前按序时推进。"
    )
    assert not {g for g in _progress(text) if g[1] in ("完成情况", "完工数", "年度任务")}


@pytest.mark.xfail(
    strict=True, reason="one line: the heading 一、城镇老旧小区改造 is cut at 年度任务：, no section is seen"
)
def test_a_department_report_on_one_line() -> None:
    text = (
        "关于2025年上半年政府工作报告涉及我局任务落实情况的报告 县人民政府： 一、城镇老旧小区改造 "
        "年度任务：改造城镇老旧小区42个。 完成情况：已开工38个，完工数占年度任务的50%，目前按序时推进。"
    )
    assert ("completion", "城镇老旧小区改造", Decimal(50), None) in _progress(text)


@pytest.mark.parametrize(
    ("words", "status"),
    [("均快于序时进度", "met"), ("均慢于序时进度", "not_met"), ("都已达到序时进度", "met")],
)
def test_a_status_for_all_the_tasks_before(words: str, status: str) -> None:
    """城南综合管廊一期完成…的82.5%，物流园冷链仓储中心完成率达76.4%，均快于序时进度: both projects."""
    text = (
        PROJECTS
        + "二、在建项目\n城南综合管廊一期完成年度计划投资的82.5%，"
        + f"物流园冷链仓储中心完成率达76.4%，{words}。\n"
    )
    got = {(g[1], g[3]) for g in _progress(text) if g[0] == "status"}
    assert {("城南综合管廊一期", status), ("物流园冷链仓储中心", status)} <= got, got
