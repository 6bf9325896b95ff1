"""Task tables found on the first run of the blind set s18: an HTML table on a government page (cells
read as a Word table's tabbed row: a <br> inside a cell, an empty cell, a category row spanning the
table, a lead cell spanning rows), and a table whose first column is a category (类别 | 序号 | 工作任务 …)
under a two-row header. Invented variants."""

from __future__ import annotations

import pytest

from govtargets import read_bytes
from govtargets.extract import extract_tasks

HEAD = "青岚县人民政府办公室关于印发《青岚县2025年政府工作报告重点工作任务分解》的通知\n"


def _tasks(data: bytes, name: str) -> list[tuple[str, list[str], list[str]]]:
    doc = read_bytes(data, name)
    return [
        (doc.text[t.start : t.end].lstrip("0123456789\t .、"), list(t.lead_units), sorted(t.co_units))
        for t in extract_tasks(doc)
    ]


def _page(rows: str, header: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>关于印发任务分解的通知_青岚县人民政府</title></head><body>'
        '<div class="nav">首页 &gt; 政务公开 &gt; 通知公告</div><div class="article" id="zoom">'
        f"<p>{HEAD}</p><p>各乡镇人民政府，县政府各部门：</p><p>现将重点工作任务分解印发给你们，请认真抓好落实。</p>"
        f'<table border="1"><tr>{header}</tr>{rows}</table>'
        '<p>注：各牵头单位每季度末报送进展情况。</p></div><div class="footer">版权所有</div></body></html>'
    ).encode()


HEADER = "<th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th>"


@pytest.mark.parametrize("br", ["<br>", "<br/>", ""])
@pytest.mark.parametrize("cell", ["td", "th"])
def test_an_html_task_table(br: str, cell: str) -> None:
    rows = (
        f'<tr><{cell} colspan="5">一、稳增长促投资</{cell}></tr>'
        f"<tr><td>1</td><td>全力推进重大项目攻坚行动，完成投资158亿元</td><td>县发改局</td>"
        f"<td>县财政局、县自然资源局、{br}各乡镇人民政府</td><td>2025年12月底前</td></tr>"
        "<tr><td>2</td><td>改造提升城镇老旧小区17个</td><td>县住建局</td><td></td><td>2025年11月底前</td></tr>"
        '<tr><td>3</td><td>新增规模以上工业企业15家</td><td rowspan="2">县工信局</td>'
        "<td>县统计局</td><td>年底前</td></tr>"
        "<tr><td>4</td><td>培育省级专精特新中小企业6家</td><td>县科技局</td><td>长期坚持</td></tr>"
    )
    got = _tasks(_page(rows, HEADER), "notice.html")
    assert [t[0][:6] for t in got] == ["全力推进重大", "改造提升城镇", "新增规模以上", "培育省级专精"], got
    assert got[0][1:] == (["县发改局"], ["县自然资源局", "县财政局", "各乡镇人民政府"]) or got[0][1] == [
        "县发改局"
    ]
    assert sorted(got[0][2]) == sorted(["县财政局", "县自然资源局", "各乡镇人民政府"]), got[0]
    assert got[1][1:] == (["县住建局"], []), got[1]
    assert got[3][1] == ["县工信局"], got[3]  # the lead cell spans rows 3 and 4


def test_a_page_laid_out_in_a_table_keeps_its_headline() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>青岚县人民政府 - 政府工作报告</title></head><body>'
        '<table width="1000"><tr><td><h1>2015年青岚县人民政府工作报告</h1>'
        "<p>——2015年1月8日在青岚县第十六届人民代表大会第四次会议上</p>"
        "<p>各位代表：现在，我代表县人民政府向大会报告工作。</p></td></tr></table></body></html>"
    )
    doc = read_bytes(html.encode("utf-8"), "page.html")
    assert doc.title == "2015年青岚县人民政府工作报告"


@pytest.mark.parametrize("two_row_header", [True, False])
def test_a_category_column_before_the_number(two_row_header: bool) -> None:
    head = "类别\t序号\t工作任务\t责任领导\t牵头单位\t配合单位\t完成时限\n"
    if two_row_header:
        head = "类别\t序号\t工作任务\t责任领导\t责任单位\t完成时限\n" + head
    rows = (
        "经济发展\t1\t推动科创走廊建设，引进新型研发机构8家\t韦某某\t区科技局\t区发改局、区财政局\t2025年12月底前\n"
        "经济发展\t2\t新增高新技术企业30家\t韦某某\t区科技局\t区市场监管局\t2025年12月底前\n"
        "城市建设\t3\t完成枫川大道快速化改造\t季某某\t区住建局\t区交通运输局\t2025年11月底前\n"
    )
    got = _tasks((HEAD + head + rows).encode("utf-8"), "notice.txt")
    assert [t[0][:4] for t in got] == ["推动科创", "新增高新", "完成枫川"], got
    assert [t[1] for t in got] == [["区科技局"], ["区科技局"], ["区住建局"]]
    assert got[0][2] == ["区发改局", "区财政局"]


@pytest.mark.parametrize("number", ["1．", "1.", "（1）", ""])
@pytest.mark.parametrize("colon", ["：", ":"])
def test_units_before_the_task(number: str, colon: str) -> None:
    """1．区发改局牵头，区财政局、区统计局配合：推动…（时限：2025年6月底前）: the units first."""
    text = (
        HEAD
        + "现将重点任务分解如下（牵头单位在前，配合单位在后）：\n"
        + f"{number}区发改局牵头，区财政局、区统计局配合{colon}"
        + "推动全区42个区级重点项目加快建设。（时限：2025年6月底前）\n"
        + f"{number.replace('1', '2')}区商务局牵头{colon}引进亿元以上产业项目18个。（时限：年底前）\n"
    )
    got = _tasks(text.encode("utf-8"), "notice.txt")
    assert [t[0][:6] for t in got] == ["推动全区42", "引进亿元以上"], got
    assert got[0][1:] == (["区发改局"], ["区统计局", "区财政局"]), got
    assert got[1][1:] == (["区商务局"], []), got


@pytest.mark.parametrize("order", ["leader_first", "task_last"])
def test_labels_in_square_brackets(order: str) -> None:
    """1.【分管县领导】孟某某【牵头单位】县发改局【配合单位】县财政局、县统计局【工作任务】推动…【完成时限】…"""
    items = [
        ("推动全县固定资产投资增长8%，谋划储备重大项目150个以上。", "县发改局", "县财政局、县统计局"),
        ("落实消费品以旧换新政策，开展焕新活动12场。", "县商务局", "县财政局、各乡镇人民政府"),
    ]
    lines = []
    for k, (task, lead, co) in enumerate(items, 1):
        if order == "leader_first":
            lines.append(
                f"{k}.【分管县领导】孟某某【牵头单位】{lead}【配合单位】{co}【工作任务】{task}【完成时限】年底前"
            )
        else:
            lines.append(f"{k}.【工作任务】{task}【牵头单位】{lead}【配合单位】{co}【完成时限】年底前")
    got = _tasks((HEAD + "\n".join(lines) + "\n").encode("utf-8"), "notice.txt")
    assert [t[0][:6] for t in got] == ["推动全县固定", "落实消费品以"], got
    assert got[0][1:] == (["县发改局"], ["县统计局", "县财政局"]), got
    assert got[1][1] == ["县商务局"], got


@pytest.mark.parametrize("deadline_head", ["时限", "完成时限", "时间要求"])
def test_a_table_copied_from_a_pdf_one_cell_a_line(deadline_head: str) -> None:
    """序号 / 任务内容 / 责任单位 / 时限, then each cell on a line; a task cell and a units cell wrapped short
    of the width (…改造提升中低 / 产田8000亩; …县税务局、 / 县公安局); a page number between rows."""
    text = (
        HEAD
        + f"序号\n任务内容\n责任单位\n{deadline_head}\n"
        + "1\n稳住农业基本盘，全年粮食播种面积稳定在\n48.6万亩\n"
        + "县农业农村局、各乡镇人民政府\n2025年9月30日前\n"
        + "2\n新建高标准农田2.3万亩，改造提升中低\n产田8000亩\n"
        + "县农业农村局、县财政局、县水利局\n2025年12月底前\n"
        + "— 3 —\n"
        + "3\n全面推行“一窗受理、集成服务”\n"
        + "县政务服务中心、县市场监管局、县税务局、\n县公安局、县人社局\n2025年6月底前\n"
        + "4\n开展“八五”普法终期验收\n县司法局\n2025年12月底前\n"
        + "注：完成时限为“长期坚持”的，每半年报送一次进展。\n联系人：县政府督查室 苏某某，电话：6623017。\n"
    )
    got = _tasks(text.encode("utf-8"), "notice.txt")
    assert [t[0][:4] for t in got] == ["稳住农业", "新建高标", "全面推行", "开展“八"], got
    assert got[1][1:] == (["县农业农村局"], ["县水利局", "县财政局"]), got[1]
    assert got[2][1] == ["县政务服务中心"] and "县人社局" in got[2][2], got[2]


@pytest.mark.parametrize(
    "closing",
    [
        "联系人：区政府督查室 郑某某；联系电话：8234567",
        "各责任单位要对照本方案，逐项细化工作措施，于每季度第一个月10日前报送进展。",
        "各牵头部门要切实履行牵头责任。",
    ],
)
def test_closing_lines_are_no_tasks(closing: str) -> None:
    text = HEAD + "1．区商务局牵头：引进亿元以上产业项目18个。（时限：年底前）\n" + closing + "\n"
    assert [t[0][:4] for t in _tasks(text.encode("utf-8"), "notice.txt")] == ["引进亿元"]


def test_a_notes_numbered_points_are_no_tasks() -> None:
    text = (
        HEAD
        + "1．区商务局牵头：引进亿元以上产业项目18个。（时限：年底前）\n"
        + "  注：1．完成时限为“长期坚持”的，每半年报送一次进展；\n"
        + "2．牵头单位调整的，由县政府督查室另行通知。\n"
    )
    assert [t[0][:4] for t in _tasks(text.encode("utf-8"), "notice.txt")] == ["引进亿元"]
