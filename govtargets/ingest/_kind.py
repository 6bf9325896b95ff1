"""What kind of document this is, scored from weighted cues, with the cues that decided it.

The kind is a prior for the readers, never a gate (issue 10): a notice whose preamble asks the 督查室
to follow up is still a notice, because its title words (责任分解, 任务分工, 落实方案) and its numbered
items with 责任单位/牵头单位 labels outweigh one mention of 督查. Every cue adds its weight to one kind;
the kind with most weight wins, and `kind_evidence` lists its cues (name, where, weight) and the
runner-up, so a reader sees why.

>>> classify("关于印发重点工作责任分解的通知", "请市政府督查室跟踪督查。1.新增就业。责任单位：市人社局")[0]
'task_assignment'
>>> classify("关于重点任务落实情况的督查通报", "市政府督查室开展了专项督查。")[0]
'supervision_report'
>>> classify(None, "")
('other', ('no cue',))
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govtargets.text import holds, regex

__all__ = ["classify", "KINDS"]

KINDS = ("work_report", "task_assignment", "supervision_report", "midyear_review", "other")


@dataclass(frozen=True, slots=True)
class _Cue:
    kind: str
    patterns: tuple[re.Pattern[str], ...]  # each starts with a literal where it can: a fast scan
    weight: float
    where: str  # title | top (first 400 chars) | lead (first 1500) | head (first 3000)
    label: str
    per_hit: bool = False  # weight per occurrence (capped at three)


def _cue(
    kind: str, pattern: str | tuple[str, ...], weight: float, where: str, label: str, per_hit: bool = False
) -> _Cue:
    pats = (pattern,) if isinstance(pattern, str) else pattern
    return _Cue(kind, tuple(regex(p, re.VERBOSE) for p in pats), weight, where, label, per_hit)


_CUES: tuple[_Cue, ...] = (
    # a work report: addressed to the congress, delivered on a date at a session
    _cue("work_report", r"各位代表", 6, "head", "各位代表"),
    _cue(
        "work_report",
        (
            r"在[^。\n]{0,16}人民代表大会第[一二三四五六七八九十]+次会议上",
            r"在[^。\n]{0,12}届人大[一二三四五六七八九十]+次会议上",
        ),
        6,
        "top",
        "congress line",
    ),
    _cue(
        "work_report",
        (r"我代表(?:[省市区县旗州]?人民政府|国务院|(?:地区|盟)?(?:行政公署|行署))", r"向大会(?:作|报告)"),
        4,
        "lead",
        "我代表…政府",
    ),
    # a summary is the report's content; in a one-line text the title ends at a space
    _cue(
        "work_report",
        r"(?:政府|行政公署|行署)工作报告(?:[(（][^)）]{0,16}[)）]|篇\d*|摘要|摘登|全文|要点)?(?:$|\s)",
        4,
        "title",
        "title ends 政府工作报告 (or its 摘要/全文)",  # or a prefecture's 行政公署工作报告
    ),
    _cue(
        "work_report",
        # 一、2025年工作回顾; 一、“十四五”时期和2025年工作回顾
        r"[一二][、.．]\s*(?:\d{4}|20xx|过去(?:一|五)年|[“\"]?十[一二三四五]五[”\"]?)年?[^。\n]{0,16}?回顾",
        3,
        "lead",
        "review heading",
    ),
    # a task-assignment notice: its title words, its 分解/分工 sentence, its unit labels
    _cue(
        "task_assignment",
        (
            r"责任分解|任务分解|任务分工|分工方案|重点工作分工|分解落实|落实方案|分解表|责任分工",
            r"(?:责任|任务)清单|重点工作责任|落实的通知|任务书",
        ),
        8,
        "title",
        "title 分解/分工",
    ),
    _cue(
        "task_assignment",
        r"责任分解|任务分工|分工方案|分解落实|分解表",
        3,
        "top",
        "分解/分工 in the preamble",
    ),
    _cue("task_assignment", r"现将[^。\n]{0,30}?(?:分解|分工)[^。\n]{0,8}?如下", 4, "head", "现将…分解如下"),
    _cue(
        "task_assignment",
        tuple(
            w + r"\s*[:：]" for w in ("责任单位", "牵头单位", "责任部门", "主办单位", "牵头部门", "责任领导")
        ),
        2,
        "head",
        "unit label",
        per_hit=True,
    ),
    _cue(
        "task_assignment",
        (r"牵头(?<=同志牵头|单位牵头)[，,、)）]", r"牵头(?<=[局委办]牵头)[，,、)）]"),
        2,
        "head",
        "…牵头 note",
        per_hit=True,
    ),
    _cue(  # a table's header row, flattened: 序号 工作任务 牵头单位 配合单位 完成时限
        "task_assignment",
        r"(?:牵头单位|责任单位|责任部门)[ \t]+(?:配合单位|协办单位|完成时限|时间节点)",
        6,
        "head",
        "column header",
    ),
    # a supervision report: 督查通报, 任务完成情况的报告, counted statuses
    _cue("supervision_report", r"督查(?:情况)?(?:的)?(?:通报|报告)|督办通报", 8, "title", "title 督查通报"),
    _cue(
        "supervision_report",
        r"(?:完成|落实|推进|进展|执行|办结|销号|核验|督办|办理|处理|整改)情况(?:的?(?:报告|通报|汇报)|$)",
        6,
        "title",
        "title 完成情况的报告",
    ),
    _cue(
        "supervision_report",
        (r"开展了?[^。\n]{0,6}?督查", r"进行了?[^。\n]{0,6}?督查", r"督查情况"),
        3,
        "head",
        "开展督查",
    ),
    _cue("supervision_report", r"督查[室组]", 1, "head", "督查室"),
    _cue(
        "supervision_report",
        (
            r"序时进度",
            r"进度滞后",
            r"已(?:完成|办结)\d+项",
            r"完成年度目标的",
            r"未达到",
            r"滞后\d+项",
            r"(?:已办结|同意|不予|申请)销号",
        ),
        1,
        "head",
        "status words",
        per_hit=True,
    ),
    # a mid-year or three-quarter review
    _cue(
        "midyear_review",
        r"上半年|前三季度|一季度|第[一二三]季度|半年|1-[1-9]月|1—[1-9]月|1至[1-9]月",
        7,
        "title",
        "title 上半年/前三季度",
    ),
    _cue("midyear_review", r"下半年(?:工作)?(?:打算|安排|计划|重点)", 4, "head", "下半年工作安排"),
    _cue(
        "midyear_review",
        r"^[^。]{0,40}?(?:上半年|前三季度|1-6月|1-9月)",
        3,
        "top",
        "上半年 in the first sentence",
    ),
    # a news page about a report
    _cue(
        "other",
        r"本报讯|(?:^|[\s(（])记者\s*\S{1,4}|新华社|通讯员|来源[:：]\s*\S*(?:日报|新闻|融媒)",
        8,
        "top",
        "news byline",
    ),
    _cue("other", r"图解|一图读懂|解读|热议|代表委员|聚焦|划重点|速览|金句", 8, "title", "news title"),
    _cue(
        "other",
        r"隆重开幕|胜利闭幕|作政府工作报告|代表[省市区县]人民政府作",
        4,
        "top",
        "news of a session",
    ),
    _cue(
        "other",
        (r"在(?:政府工作)?报告中(?:首先|还|最后)?(?:指出|强调|提出)", r"报告的第[一二三四五六七八九十]+部分"),
        4,
        "head",
        "summary of a report",
    ),
)
_PRIORITY = {k: i for i, k in enumerate(KINDS)}
# Words a cue cannot match without: a test for them (holds: each character first) skips the regex scan
# of the head (kept cheap).
_GATES = {
    "我代表…政府": ("我代表", "向大会"),
    "review heading": ("回顾",),
    "unit label": ("责任单位", "牵头单位", "责任部门", "主办单位", "牵头部门", "责任领导"),
    "…牵头 note": ("牵头",),
    "column header": ("牵头单位", "责任单位", "责任部门"),
    "开展督查": ("督查",),
    "督查室": ("督查",),
    "status words": ("序时进度", "进度滞后", "已完成", "已办结", "完成年度目标的", "未达到", "滞后", "销号"),
    "现将…分解如下": ("现将",),
    "下半年工作安排": ("下半年",),
    "summary of a report": ("报告中", "报告的第"),
}


def classify(title: str | None, head: str) -> tuple[str, tuple[str, ...]]:
    """(kind, evidence) of a document from its title and normalised head."""
    spaces = {"title": title or "", "top": head[:400], "lead": head[:1500], "head": head[:3000]}
    score: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    for cue in _CUES:
        text = spaces[cue.where]
        if (gate := _GATES.get(cue.label)) and not any(holds(text, g) for g in gate):
            continue
        if cue.per_hit:
            starts = sorted(m.start() for p in cue.patterns for m in p.finditer(text))[:3]
            if not starts:
                continue
            w = cue.weight * len(starts)
            where = f"{cue.where}@{starts[0]}×{len(starts)}"
        else:
            found = [m.start() for p in cue.patterns if (m := p.search(text))]
            if not found:
                continue
            w = cue.weight
            where = f"{cue.where}@{min(found)}"
        score[cue.kind] = score.get(cue.kind, 0) + w
        evidence.setdefault(cue.kind, []).append(f"{cue.label} ({where}, +{w:g})")
    if not score:
        return "other", ("no cue",)
    ranked = sorted(score, key=lambda k: (-score[k], _PRIORITY[k]))
    best = ranked[0]
    ev = [f"{best} {score[best]:g}", *evidence[best]]
    if len(ranked) > 1:
        ev.append(f"runner-up {ranked[1]} {score[ranked[1]]:g}")
    return best, tuple(ev)
