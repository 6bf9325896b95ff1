"""Text copied out of a PDF carries its pages' furniture: page numbers (- 1 -, —2—, 第 3 页 共 6 页, a form
feed), a running header repeated on every page (the title, 某某人民政府办公室文件), and a table's header row
repeated after the break. Read as a .txt it must give what the same text without them gives: a unit name
cut by the break (各街道办事‖处) joined, no page number read as a task or a figure. Invented documents; found
on the first run of the blind set tests/blind_s11 (PDF-like text: 12 of 24 notice tasks). Also a table with
both a 牵头单位 and a 责任单位 column: the first leads, the second's units cooperate."""

from __future__ import annotations

import pytest

from govtargets import Fact, read_bytes
from govtargets.extract import extract_all, extract_tasks
from govtargets.ingest import strip_page_furniture

HEADER = "青溪县人民政府办公室文件"
TITLE = "青溪县2025年重点工作任务分工方案"
PAGE_MARKS = {
    "dashes": lambda n: f"- {n} -",
    "em dashes": lambda n: f"—{n}—",
    "of pages": lambda n: f"第 {n} 页 共 3 页",
    "page": lambda n: f"第{n}页",
}

BODY = [
    "青溪县2025年重点工作任务分工方案",
    "一、稳定经济增长",
    "1.安排县级重点建设项目120个以上，年度计划投资260亿元。",
    "责任单位：县发展改革局、县财政局、县住房城乡建设局",
    "2.推动规模以上工业增加值增长8%以上，新增规模以上工业企业25家。",
    "责任单位：县工业和信息化局、县统计局",
    "3.开展消费季系列促消费活动，社会消费品零售总额增长6%以上。",
    "责任单位：县商务局、县文化旅游体育局、各街道办事处",
    "4.支持企业参加境内外重点展会，外贸进出口总额增长3%以上。",
    "责任单位：县商务局、县投资促进中心",
]


def _with_pages(lines: list[str], mark: str, header: bool, cut_unit: bool) -> str:
    """The notice with a page break after line 7 (inside 各街道办事处 when cut_unit) and at the end."""
    out = [HEADER, *lines[:7]]
    last = lines[7]
    if cut_unit:
        out.append(last[:-1])  # 各街道办事 | 处
    else:
        out.append(last)
    out.append(PAGE_MARKS[mark](1))
    if header:
        out.append(HEADER)
    if cut_unit:
        out.append(last[-1])
    out += lines[8:]
    out.append(PAGE_MARKS[mark](2))
    return "\n".join(out) + "\n"


def _tasks(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    doc = read_bytes(text.encode("utf-8"), "notice.txt")
    return [(t.text[:8], t.lead_units, t.co_units) for t in extract_tasks(doc)]


@pytest.mark.parametrize("cut_unit", [False, True])
@pytest.mark.parametrize("header", [False, True])
@pytest.mark.parametrize("mark", list(PAGE_MARKS))
def test_a_notice_reads_alike_across_its_pages(mark: str, header: bool, cut_unit: bool) -> None:
    want = _tasks(HEADER + "\n" + "\n".join(BODY) + "\n")
    assert len(want) == 4 and want[2][2] == ("县文化旅游体育局", "各街道办事处")
    assert _tasks(_with_pages(BODY, mark, header, cut_unit)) == want


def test_a_form_feed_between_pages() -> None:
    text = "\n".join(BODY[:6]) + "\n\f" + "\n".join(BODY[6:]) + "\n"
    assert _tasks(text) == _tasks("\n".join(BODY) + "\n")


def test_a_table_header_repeated_after_the_break() -> None:
    head = ["序号", "重点工作任务", "牵头单位", "责任单位", "完成时限"]
    rows = [
        [
            "1",
            "加快推进科创走廊建设，全年引进新型研发机构10家以上",
            "县科技局",
            "县发展改革委、县财政局",
            "12月底",
        ],
        ["2", "新增城镇就业3000人", "县人社局", "各乡镇人民政府", "12月底"],
        ["3", "开工建设保障性租赁住房1800套", "县住房城乡建设局", "县自然资源局", "10月底"],
    ]
    plain = "\n".join([TITLE, *head, *rows[0], *rows[1], *rows[2]]) + "\n"
    paged = "\n".join([TITLE, *head, *rows[0], *rows[1], "—1—", HEADER, *head, *rows[2], "—2—"]) + "\n"
    want = _tasks(plain)
    assert [lead for _t, lead, _c in want] == [("县科技局",), ("县人社局",), ("县住房城乡建设局",)]
    assert _tasks(paged) == want


def test_no_page_number_is_read_as_a_figure() -> None:
    report = (
        "青溪县人民政府工作报告\n2025年1月8日在青溪县第十八届人民代表大会第五次会议上\n一、2024年工作回顾\n"
        "全县地区生产总值达到286.4亿元，增长6.2%。\n- 2 -\n青溪县人民政府工作报告\n"
        "一般公共预算收入完成21.5亿元，增长4.8%。\n- 3 -\n"
    )
    doc = read_bytes(report.encode("utf-8"), "report.txt")
    facts = [x for x in extract_all(doc) if isinstance(x, Fact)]
    assert {(f.metric, f.measure) for f in facts} == {
        ("gdp", "level"),
        ("gdp", "growth"),
        ("general_budget_revenue", "level"),
        ("general_budget_revenue", "growth"),
    }
    assert all(doc.text[f.start : f.end].find("- 2 -") < 0 for f in facts)


def test_ordinary_text_is_left_alone() -> None:
    """One page number alone, a bare number on a line (a table's 序号), a title said twice: no furniture."""
    for text in (
        "政府工作报告\n- 1 -\n地区生产总值增长6%。\n",
        "序号\n任务\n1\n新建学校\n2\n新建医院\n",
        "青溪县政府工作报告\n青溪县政府工作报告\n地区生产总值增长6%。\n",
    ):
        assert strip_page_furniture(text) == text


@pytest.mark.parametrize("paged", [False, True])
def test_table_cells_cut_across_lines(paged: bool) -> None:
    """One cell a line, as a PDF's table comes out, a long cell wrapped onto the next line: 加快…评价入 /
    库突破800家, 区国资公司、各街道 / 办事处. The rest of the cell joins it; no cell moves one column on."""
    head = ["序号", "重点工作任务", "牵头单位", "责任单位", "完成时限"]
    lines = [
        HEADER,  # the running header, at the top of every page
        TITLE,
        *head,
        "1",
        "加快推进科创走廊建设，全年引进新型研发机构10家以上，科技型中小企业评价入",
        "库突破800家",
        "县科技局",
        "县发展改革委、县财政局",
        "2025年12月底",
        "2",
        "固定资产投资增长5%—6%，新开工亿元以上项目60个",
        "县发展改革委",
        *(["—1—", HEADER, *head] if paged else []),
        "县住房城乡建设局、县自然资源规划分局、县经济促进局、县商务局、县国资公司、各街道",
        "办事处",
        "2025年12月底",
        "3",
        "开工建设保障性租赁住房1800套",
        "县住房城乡建设局",
        "县自然资源规划分局",
        "2025年10月底",
    ]
    if paged:
        lines.append("—2—")
    doc = read_bytes(("\n".join(lines) + "\n").encode("utf-8"), "table.txt")
    got = [(t.text[:6], t.lead_units, t.co_units, t.deadline) for t in extract_tasks(doc)]
    assert got == [
        ("加快推进科创", ("县科技局",), ("县发展改革委", "县财政局"), "2025年12月底"),
        (
            "固定资产投资",
            ("县发展改革委",),
            (
                "县住房城乡建设局",
                "县自然资源规划分局",
                "县经济促进局",
                "县商务局",
                "县国资公司",
                "各街道办事处",
            ),
            "2025年12月底",
        ),
        ("开工建设保障", ("县住房城乡建设局",), ("县自然资源规划分局",), "2025年10月底"),
    ]
    first = next(iter(extract_tasks(doc)))
    assert first.text.replace("\n", "").endswith("评价入库突破800家")


def test_a_page_number_and_a_form_feed_are_one_break() -> None:
    """第 2 页 共 3 页 then a form feed before the next page's header: one break, and the line after the
    header (the page's first line of text) is text, not furniture."""
    pages = [
        ["青溪县政府工作报告（2025年）", "一、2024年工作回顾", "全县地区生产总值达到286.4亿元，增长6.2%。"],
        [
            "青溪县政府工作报告（2025年）",
            "一年来，我们着力抓了以下几方面工作：",
            "一般公共预算收入完成21.5亿元，增长4.8%。",
        ],
        ["青溪县政府工作报告（2025年）", "城镇新增就业1.2万人。"],
    ]
    text = "".join(
        ("\f" if i else "") + "\n".join(p) + f"\n\n第 {i + 1} 页 共 3 页\n" for i, p in enumerate(pages)
    )
    out = strip_page_furniture(text)
    assert "一年来，我们着力抓了以下几方面工作：" in out and "城镇新增就业1.2万人。" in out
    assert "第 2 页" not in out and out.count("青溪县政府工作报告（2025年）") == 1
