"""A notice without line breaks whose title runs straight into its first task (…责任分工实施工业强县战略…),
and a note in mid-sentence (…3万亩（牵头单位：…），力争…以上。): each task starts where it would with
the line breaks, and a sentence that goes on after its note stays with its task. Invented notices, in
the variants a copy from a database or a page gives: the title's last word (任务分工, 责任分工, 分工方案,
任务分解方案, 责任清单, 任务清单), the first task's number (none, 1., （一）), either script."""

from __future__ import annotations

import pytest

from govtargets import read_bytes
from govtargets.extract import extract_tasks

TASKS = [
    ("推进城东产业园建设，全年完成投资12亿元", "（牵头单位：县发改局；配合单位：县财政局）"),
    ("新增城镇就业3000人", "（牵头单位：县人社局）"),
    ("完成农村公路提升改造80公里", "（责任单位：县交通运输局、各乡镇人民政府）"),
]
LEADS = [("县发改局",), ("县人社局",), ("县交通运输局",)]

TITLES = [
    "青溪县2025年政府工作报告重点工作责任分工",
    "青溪县2025年政府工作报告重点工作分工方案",
    "青溪县2025年政府工作报告目标任务分解方案",
    "青溪县2025年政府工作报告重点任务责任清单",
    "青溪县贯彻落实2025年县政府工作报告任务清单",
    "青溪县2025年政府工作报告重点工作任务分工",
]
NUMBERS = {
    "none": lambda i: "",
    "arabic": lambda i: f"{i}.",
    "bracketed": lambda i: f"（{'一二三'[i - 1]}）",
}


def _notice(title: str, number: str) -> str:
    body = "".join(f"{NUMBERS[number](i)}{text}。{note}" for i, (text, note) in enumerate(TASKS, 1))
    return title + body


def _tasks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = read_bytes(text.encode("utf-8"), "notice.txt")
    return [(t.text, t.lead_units) for t in extract_tasks(doc)]


@pytest.mark.parametrize("number", list(NUMBERS))
@pytest.mark.parametrize("title", TITLES)
def test_a_title_runs_into_the_first_task(title: str, number: str) -> None:
    got = _tasks(_notice(title, number))
    assert [lead for _t, lead in got] == LEADS
    assert [t for t, _l in got][0].startswith(TASKS[0][0]), got[0]


def test_a_title_in_traditional_script() -> None:
    text = (
        "鶴鳴市2024年政府工作報告重點工作任務分工"
        "(一)推進港口物流園區建設。(牽頭單位:市交通局;配合單位:市商務局)"
        "(二)新增城鎮就業2萬人。(牽頭單位:市人社局)"
    )
    got = _tasks(text)
    assert [t[:6] for t, _l in got] == ["推進港口物流", "新增城鎮就業"]


def test_the_lines_version_reads_alike() -> None:
    """The same notice with its line breaks: the reference the unbroken text must match."""
    for title in TITLES:
        lines = title + "\n" + "\n".join(f"{text}。{note}" for text, note in TASKS)
        assert [lead for _t, lead in _tasks(lines)] == LEADS


@pytest.mark.parametrize("comma", ["，", ",", "；"])
def test_a_sentence_that_goes_on_after_its_note(comma: str) -> None:
    text = (
        "各乡镇人民政府，县政府各部门：现将目标任务分解如下。"
        f"全面推进乡村振兴，新建高标准农田3万亩（牵头单位：县农业农村局）{comma}力争粮食总产量稳定在20万吨以上。"
        "加快县城医共体建设（县卫健委牵头负责，县医保局配合），年内实现远程诊疗全覆盖。"
    )
    got = _tasks(text)
    assert [lead for _t, lead in got] == [("县农业农村局",), ("县卫健委",)]
    assert got[1][0].startswith("加快县城医共体建设"), got
    assert "力争粮食总产量" not in got[1][0]


@pytest.mark.parametrize("heading", ["（{}）", "{}、"])
@pytest.mark.parametrize("units", ["责任单位：{}", "（牵头单位：{}）"])
def test_a_heading_after_a_units_line(heading: str, units: str) -> None:
    """…责任单位：县发改局（二）民生实事3.新建…: the heading in its order ends the units line."""
    parts = [
        ("主要经济指标", ["地区生产总值增长6.5%", "固定资产投资增长8%"], ["县发改局", "县统计局"]),
        ("民生实事", ["新建城乡公交候车亭50个"], ["县交通运输局"]),
        ("县长牵头工作", ["争创省级文明城市"], ["县文明办"]),
    ]
    text, n = "白鹭县2025年主要目标任务分解", 0
    for i, (title, items, leads) in enumerate(parts):
        text += heading.format("一二三"[i]) + title
        for item, lead in zip(items, leads, strict=False):
            n += 1
            text += f"{n}.{item}。" + units.format(lead)
    got = _tasks(text)
    assert [(t[:6], lead) for t, lead in got] == [
        ("地区生产总值", ("县发改局",)),
        ("固定资产投资", ("县统计局",)),
        ("新建城乡公交", ("县交通运输局",)),
        ("争创省级文明", ("县文明办",)),
    ]


@pytest.mark.parametrize(
    "labels",
    [
        "【牵头单位】{}【配合单位】{}",
        "牵头单位：{}；配合单位：{}",
        "牵头单位：{} 配合单位：{}",
        "（牵头单位：{}；配合单位：{}）",
    ],
)
def test_yishi_items_after_labels(labels: str) -> None:
    """…【配合单位】县商务局二是支持…: the next 一是-item in its order ends the labels before it."""
    items = [
        ("加快物流港建设，年内建成冷链仓储中心1座。", "县发改局", "县商务局"),
        ("支持企业技术改造，实施技改项目30个以上。", "县工信局", "县财政局"),
        ("推进全域旅游示范区创建。", "县文旅局", "各镇人民政府"),
    ]
    text = "松溪县2025年重点工作任务分工现就重点工作任务分工如下。" + "".join(
        f"{'一二三'[i]}是{item}" + labels.format(lead, co) for i, (item, lead, co) in enumerate(items)
    )
    got = _tasks(text)
    assert [(t[:6], lead) for t, lead in got] == [(item[:6], (lead,)) for item, lead, _co in items]


def test_yishi_items_in_traditional_script() -> None:
    text = (
        "槐安縣2025年重點工作任務分工一是加快物流港建設。【牽頭單位】縣發改局【配合單位】縣商務局"
        "二是新增城鎮就業3000人。【牽頭單位】縣人社局"
    )
    assert [lead for _t, lead in _tasks(text)] == [("县发改局",), ("县人社局",)]


@pytest.mark.parametrize("mark", ["（牵头）", "(牵头)", "（主责）", "（牵头单位）"])
@pytest.mark.parametrize("labels", ["【责任单位】{}", "责任单位：{}", "（责任单位：{}）"])
def test_a_lead_marked_in_a_list_of_units(mark: str, labels: str) -> None:
    """…【责任单位】市国资委（牵头）、市财政局2)推进…: the mark is no note, the list goes on to its end."""
    items = [
        ("深化国资国企改革，完成市属企业整合重组。", f"市国资委{mark}、市财政局", "市国资委"),
        ("新建改建城市道路15公里。", f"市城管局、市住建局{mark}", "市住建局"),
        ("推进“一网通办”改革。", f"市政务服务办{mark}、市大数据局", "市政务服务办"),
    ]
    text = "梧桐市2025年政府工作报告重点任务分解方案" + "".join(
        f"{i})" + item + labels.format(units) for i, (item, units, _lead) in enumerate(items, 1)
    )
    got = _tasks(text)
    assert [(t[:6], lead) for t, lead in got] == [(item[:6], (lead,)) for item, _u, lead in items]
