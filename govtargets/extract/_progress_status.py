"""The status vocabulary of supervision reports and reviews, and the patterns that carry it.

A status phrase says where an indicator or a task stands: 达到序时进度 (met), 未完成序时进度 (not met),
快于序时进度 (met), 实现“双过半” (met), 已完成 / 正在推进 / 尚未启动 (a task), 完成情况较好 (a qualitative
judgement, read with low confidence). The phrases are matched on normalised text (half-width punctuation,
simplified script).

>>> text = "固投未达到序时进度，社零快于时序进度，外资完成情况不够理想"
>>> [(str(s), c) for s, c in map(status_of, STATUS_RE.finditer(text))]
[('not_met', None), ('met', None), ('not_met', 'low')]
"""

from __future__ import annotations

import re

from govtargets.status import Reported
from govtargets.text import regex

__all__ = [
    "STATUS_RE",
    "COUNT_AFTER_STATUS_RE",
    "COUNT_BEFORE_STATUS_RE",
    "LISTED_TAIL_RE",
    "COUNT_AFTER_RE",
    "GREEN",
    "HEADING_RE",
    "ITEM_NUMBER_RE",
    "FRAME_RE",
    "INTRO_RE",
    "status_of",
]

_NEG = r"(?:未能|还未|尚未|仍未|没有|未)"
_SCHED = r"(?:序时|时序|时间)进度"
_COUNT = r"\d+|[一二三四五六七八九十两]+"
# a goal said to be hard to reach is not a status: 实现“双过半”的目标有难度
_HARD = r"(?!的?(?:目标|要求)?(?:仍|还)?(?:有|存在|面临)?(?:较大|一定|很大)?(?:难度|困难|压力))"

STATUS_RE = regex(
    rf"""
    (?P<sched>(?P<sneg>{_NEG})?(?:达到|已达|完成|实现|跟上|赶上)了?[^,，。;；、:：\d]{{0,8}}?{_SCHED}){_HARD}
                                                    # 达到(市确保目标)序时进度, 未完成时序进度
  | (?P<ahead>(?:快于|超过|超出|超|领先于|领先|好于|高于){_SCHED})(?!\d)
                                                    # with a figure after it, it is a lag (_progress.py)
  | (?P<behind>(?:慢于|低于|滞后于|滞后|落后于|落后|未达){_SCHED}(?!\d)
              |(?:与|和|距离?){_SCHED}(?:尚|还|仍)?(?:有|存在)(?:一定|较大|明显)?差距)
  | (?P<half>(?P<hneg>{_NEG})?(?:实现|达到|完成)了?[“"”]?(?:双过半|时间过半[、,，]?任务过半)[”"“]?+
            |[“"”]?(?:双过半|时间过半[、,，]?任务过半)[”"“]?(?:的?目标)?(?:如期|顺利|已经?|提前)?(?:实现|完成)){_HARD}
                                                    # 实现“双过半”, 未实现时间过半、任务过半
  | (?P<plan>(?P<pneg>{_NEG})?完成进度)               # 3项完成进度(…), 5项未完成进度(…)
  | (?P<qual>(?:完成|进展|推进)?情况(?:总体)?(?:(?P<qgood>较好|良好|很好|好于预期|超出预期)
                                              |(?P<qbad>不够理想|不太理想|不理想|欠佳|较差|不佳|不够好)))
  | (?P<goal>(?<!确保)(?<!力争)(?<!争取)(?<!努力)(?<!要)(?P<gneg>未能|还未|尚未|仍未|没有|未)?
            (?:已经?|均已|都已|已提前|提前)?(?:完成|实现|达到)了?(?:[省市县区]下达的)?(?:年度|全年)(?:控制)?(?:目标任务|目标|任务)(?!的|任务|进)){_HARD}
                                                    # 实际利用外资未能完成年度目标 ; 社零实现年度目标
  | (?P<task>已办结销号|办结销号|同意销号|予以销号|已销号|已办结|不予销号|暂缓销号
            |已落实|部分落实|正在落实|逾期未落实|尚未落实|未落实                # a 议定事项's 落实情况
            |基本完成|已建成投用|建成投用|已投入运营|投入运营|已达序时(?!进度)|达到序时(?!进度)
            |已经完成|已完成|全面完成|提前完成|超额完成|如期完成|部分完成|正在推进|有序推进|正常推进|稳步推进|正在办理
            |跨年度持续推进|持续推进|进展顺利|推进顺利
            |按(?:序时|时序)进度推进|按序时推进|序时推进|按时序推进|按进度推进|按计划推进|按时间节点推进|按节点推进|顺利推进|正在实施
            |已竣工|已完工|已通过验收|已投产|已建成|已投入使用|已投用|(?<=并)投入使用|全部投入使用|已开工
            |已经(?:竣工|完工|通过验收|投产|建成投用|建成|投入使用|投用|开工)|(?:还|仍|至今)?(?:未|没有?)(?:开工|启动)|尚未启动|未启动|尚未开工|未开工|没有完成|未能完成
            |完成(?=(?:\d+|[一二三四五六七八九十两]+)项(?:任务|工作|指标|目标)?(?:[,，;；。、(（:：]|$))
            |未完成|调整取消|已取消|取消|进度滞后|进展滞后|明显滞后|严重滞后|滞后|进展缓慢|推进缓慢|进度缓慢|进展较慢|推进较慢|进度较慢|进度偏慢|进展偏慢|推进偏慢|未办结)
            (?:了(?=[,，。;；!！]|$))?                          # 已经建成投用了 (spoken)
  | (?P<light>亮[绿黄红]灯|[绿黄红]灯(?:项目|指标|任务|事项)?(?=$|[,，。;；、)）\d\s]))
                                                    # 亮黄灯3项：A、B、C ; a table's 亮灯 cell: 绿灯
  | (?P<expect>(?P<eneg>{_NEG}|没有)?(?:完成|达到|实现)(?:了)?预期(?:目标)?(?!的))
                                                    # 完成预期, 未达到预期目标
    """,
    re.VERBOSE,
)
_TASK_STATUS = {
    "部分完成": Reported.PARTLY_MET,
    "部分落实": Reported.PARTLY_MET,
    "正在落实": Reported.ON_SCHEDULE,
    "逾期未落实": Reported.NOT_MET,
    "尚未落实": Reported.NOT_MET,
    "未落实": Reported.NOT_MET,
    "已开工": Reported.ON_SCHEDULE,
    "尚未启动": Reported.NOT_MET,
    "未启动": Reported.NOT_MET,
    "尚未开工": Reported.NOT_MET,
    "未开工": Reported.NOT_MET,
    "没有完成": Reported.NOT_MET,
    "未完成": Reported.NOT_MET,
    "取消": Reported.CANCELLED,
    "调整取消": Reported.CANCELLED,
    "已取消": Reported.CANCELLED,
    "进度滞后": Reported.NOT_MET,
    "进展滞后": Reported.NOT_MET,
    "明显滞后": Reported.NOT_MET,
    "严重滞后": Reported.NOT_MET,
    "滞后": Reported.NOT_MET,
    "未能完成": Reported.NOT_MET,
    "不予销号": Reported.NOT_MET,
    "暂缓销号": Reported.NOT_MET,
    "跨年度持续推进": Reported.ON_SCHEDULE,
    "正在办理": Reported.ON_SCHEDULE,  # a 审议意见 or 督办 item being handled
    "持续推进": Reported.ON_SCHEDULE,
    "进展顺利": Reported.ON_SCHEDULE,
    "推进顺利": Reported.ON_SCHEDULE,
    "进展缓慢": Reported.NOT_MET,
    "进展较慢": Reported.NOT_MET,
    "进度偏慢": Reported.NOT_MET,
    "进展偏慢": Reported.NOT_MET,
    "推进偏慢": Reported.NOT_MET,
    "推进较慢": Reported.NOT_MET,
    "进度较慢": Reported.NOT_MET,
    "未办结": Reported.NOT_MET,
    "推进缓慢": Reported.NOT_MET,
    "进度缓慢": Reported.NOT_MET,
}
_ON_SCHEDULE = ("推进", "实施")


# a green light: met for an indicator (达到或超过序时进度), on schedule for a task or project
# (按计划节点推进); the fact's subject decides (ProgressBase._fact)
GREEN = "green"


def status_of(m: re.Match[str]) -> tuple[Reported | str, str | None]:
    """The status a STATUS_RE match states, and "low" for a qualitative judgement."""
    if m["sched"]:
        return (Reported.NOT_MET if m["sneg"] else Reported.MET), None
    if m["ahead"]:
        return Reported.MET, None
    if m["behind"]:
        return Reported.NOT_MET, None
    if m["half"]:
        return (Reported.NOT_MET if m["hneg"] else Reported.MET), None
    if m["plan"]:
        return (Reported.NOT_MET if m["pneg"] else Reported.MET), None
    if m["qual"]:
        return (Reported.MET if m["qgood"] else Reported.NOT_MET), "low"
    if m["goal"]:
        return (Reported.NOT_MET if m["gneg"] else Reported.MET), None
    if m["light"]:
        return (GREEN if "绿" in m["light"] else Reported.NOT_MET), None
    if m["expect"]:
        return (Reported.NOT_MET if m["eneg"] else Reported.MET), None
    word = m["task"].replace("已经", "已")  # 已经开工 as 已开工
    word = word.removeprefix("还").removeprefix("仍").removeprefix("至今")  # 仍未开工 as 未开工
    if word.startswith("没"):
        word = "未" + word.removeprefix("没有").removeprefix("没")  # 没开工 as 未开工
    if word in _TASK_STATUS:
        return _TASK_STATUS[word], None
    return (Reported.ON_SCHEDULE if word.endswith(_ON_SCHEDULE) else Reported.MET), None


# a count next to a status phrase (found by STATUS_RE; these small patterns are tried only beside one):
#   达到序时进度27项 ; 完成序时进度的有24项 ; 取消1项工作(…)        (the count after the status)
#   22项达到序时进度 ; 7项工作部分完成(…) ; 固投、社零2个指标达到序时进度   (the count before it)
COUNT_AFTER_STATUS_RE = regex(
    rf"""了?(?:的(?:指标|工作|任务|事项)?)?(?:投产|投用|在建|建设)?(?:有|为|是|共)?(?P<n>{_COUNT})
         (?:项|件|条|个(?=指标|[,，;；。、)）(（]|$))(?:指标|工作|任务|事项|实事)?""",  # 尚未开工5个(A、B…)
    re.VERBOSE,
)
# (not across a colon: 对照交办的18项任务：已完成7项 counts the whole, then what is done; a count in 条 only
# after its status: 调整线路6条 before 同意销号 is a quantity)
COUNT_BEFORE_STATUS_RE = regex(rf"(?P<n>{_COUNT})(?:项|件|个(?=指标))[^()（）、,，;；。:：\d项件]{{0,14}}?$")
# a status, then the items, then their count: 完成时序进度的指标有:A、B、C、D(共4项)
LISTED_TAIL_RE = regex(
    rf"""的(?:主要)?(?:指标|工作|任务|事项|项目)?(?:有|为|是|包括|分别是|分别为)[:：]?
         (?!(?:{_COUNT})[项个])                          # 完成序时进度的有20个: a count, not a list""",
    re.VERBOSE,
)
# the count closing such a list: (共4项), 等3项
COUNT_AFTER_RE = regex(rf"[(（]共?(?P<n>{_COUNT})项[)）]|等(?P<m>{_COUNT})项")
# what introduces the items a count names: 5项，为A、B ; 6项，分别是：A、B ; 6项,即:A、B
INTRO_RE = regex(
    r"[,，](?:分别|具体|主要)?(?:为|是|即|包括|有(?!序))[:：]?|(?:分别|具体|主要)?(?:为|是|即|包括)?[:：]"
)
# the whole a count belongs to: 全县32项量化指标中 ; 45项重点工作中 ; 主要经济指标中 ; 其中
FRAME_RE = regex(
    rf"(?:{_COUNT})[项个件][^。;；,，]{{0,12}}?中|(?:指标|工作|任务|事项|项目|实事)中|其中"
    # the whole closed by a comma (对照年初确定的24项重点任务，已完成9项 ; 全年42项重点任务，完成38项)
    # (a clause naming no action: not 取消和下放311项行政审批事项，取消123项…)
    rf"|(?P<whole>(?:(?<=[。;；,，:：\n])|^)(?:(?!取消|完成|推进|滞后|下放)[^。;；,，:：]){{0,30}}?"
    rf"(?:(?:{_COUNT})[项件个][^。;；,，]{{0,10}}?(?:任务|指标|工作|事项|实事|项目)(?=[,，:：])"
    rf"|(?:任务|工作|事项|实事|意见|建议)(?:共)?(?:{_COUNT})[项条件](?=[,，。:：;；])))"  # 督办事项6项。
    rf"|(?:承担|负责|牵头)[^。;；]{{0,24}}?(?:{_COUNT})项"  # 我局牵头承担政府工作报告任务7项
)
_CN = "一二三四五六七八九十"
_CIRCLED = "\u2460-\u2473\u2474-\u2487"  # ①…⑳ and ⑴…⒇
_NUMBERING = rf"(?:\d+[.、．](?!\d)|[(（][\d{_CN}]+[)）]|[{_CN}]+[、.．]|[{_CN}]+是|[{_CIRCLED}])"
ITEM_NUMBER_RE = regex(rf"\s*{_NUMBERING}\s*")  # an item's number: 1. (1) 一、 一是
# a heading that names the item the sentence is about: 3.社会消费品零售总额(第5项): ; (三)城东污水处理厂建设:
HEADING_RE = regex(
    rf"""\s*(?P<num>{_NUMBERING})?\s*
         (?P<item>[^:：。;；,，()（）\d][^:：。;；,，()（）]{{1,39}}?)
         (?:[(（][^()（）]{{0,12}}[)）])?                # (第5项), (第2项指标)
         (?P<close>[:：]|。)""",
    re.VERBOSE,
)
