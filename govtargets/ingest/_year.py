"""The year a report is delivered, from the cues of its beginning, each cue weighed.

A report names its year in many ways: the date line (2014年1月20日在…), the congress it is delivered to
(第十届全国人民代表大会第二次会议 → 2004), the review heading (一、2013年工作回顾 → 2014), the title, the
plan it presents (关于1958年度国民经济计划的报告, 第七个五年计划的报告), or the time since an earlier session
(第十届全国人民代表大会第一次会议以来的五年 → 2008). Each cue votes for a year with a weight; the year with
the most weight wins, and the cues behind it are returned so a reader can check them. Only the head of the
document is scanned (a few thousand characters), never the whole text.

>>> report_year("政府工作报告\\n——2004年3月5日在第十届全国人民代表大会第二次会议上")[0]
2004
>>> report_year("各位代表：现在，我代表国务院，向第十届全国人民代表大会第二次会议作报告。")[0]
2004
>>> report_year("各位代表:\\n一、2013年政府工作回顾\\n2013年是…")[0]
2014
>>> report_year("各位代表:一、20xx年工作回顾 20xx年,是我区…")
(None, None)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from govtargets.text import holds, regex

__all__ = ["report_year", "npc_session_year", "normalise_years"]

_DIGIT = {"〇": "0", "○": "0", "零": "0", "Ｏ": "0", "O": "0"}
_DIGIT.update({c: str(i) for i, c in enumerate("一二三四五六七八九", start=1)})
_CN_YEAR_RE = regex(r"[一二][〇○零Ｏ一二三四五六七八九]{3}(?=年)")
# (entered at a digit, the no-digit-before test after it: a pattern that opens with a lookbehind is tried at
# every character)
_SPACED_YEAR_RE = regex(r"(\d)(?<!\d\d) ?(\d) ?(\d) ?(\d) ?(?=年)")
_NUM = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}

# First session of each National People's Congress; session k is held in base + k - 1 except where
# the sessions skipped a year (checked against the reports: the 2nd NPC met in 1959, 1960, 1962, 1963).
_NPC_BASE = {1: 1954, 2: 1959, 3: 1964, 4: 1975, 5: 1978, 6: 1983, 7: 1988, 8: 1993, 9: 1998, 10: 2003}
_NPC_BASE.update({11: 2008, 12: 2013, 13: 2018, 14: 2023, 15: 2028})
_NPC_EXCEPTIONS = {(2, 3): 1962, (2, 4): 1963, (3, 2): 1965}
# First year of each five-year plan (a report presenting plan N is delivered in its first year, except the
# first and sixth plans, which were adopted late: 1955, 1982).
_FYP_START = {1: 1955, 2: 1958, 3: 1966, 4: 1971, 5: 1976, 6: 1982, 7: 1986, 8: 1991, 9: 1996, 10: 2001}
_FYP_START.update({11: 2006, 12: 2011, 13: 2016, 14: 2021, 15: 2026})

_NUMERAL = r"[一二三四五六七八九十]+"
_NPC_RE = regex(
    rf"""第({_NUMERAL})届全国人民代表大会   # the congress
         (?:第({_NUMERAL})次会[议議])?        # its session (none: the first)
         (期间)?                            # "during the Nth congress": said at the start of the next
    """,
    re.VERBOSE,
)
_NPC_SHORT_RE = regex(rf"({_NUMERAL})届人大({_NUMERAL})次会[议議]")  # 五届人大四次会议
_DATE_LINE_RE = regex(  # 2014年1月20日在…人民代表大会 / 二〇二四年一月九日在县十八届人大…
    r"""(\d{4}|[一二][〇○零一二三四五六七八九]{3})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日
        [^\n。]{0,30}(?:人民代表大会|届人大|人大常委会|人大工委)""",
    re.VERBOSE,
)
_HEADING_RE = regex(  # 一、2013年工作回顾 / (二)2014年工作安排: found from its 、 or ), numeral checked after
    r"""[、.．)）]\s*(\d{4})年([^\n。;；]{0,20})""",
    re.VERBOSE,
)
_NUMERALS = frozenset("一二三四五六七八九十")
_REVIEW_TAIL_RE = regex(r"^[^\n。;；]*?回顾")
_PLAN_TAIL_RE = regex(
    r"^[^\n。;；]{0,16}?(?:工作安排|主要任务|目标任务|工作任务|工作思路|重点工作|总体要求|主要预期目标)"
)
_WORK_TAIL_RE = regex(  # 一、2001年的工作 (a review: not 2001年工作安排)
    r"^的?(?:政府)?工作(?!安排|任务|要点|思路|目标|总体|建议|部署|的总体|重点|回顾)"
)
_HEADING_STARTS = frozenset(" \t\n\r\u3000。:：(（")
_FYP_REVIEW_RE = regex(  # 一、“九五”时期国民经济和社会发展的回顾: the report opens the next plan
    r"""[一二三四五六七八九十]{1,2}[、.．]\s*“(十?[一二三四五六七八九]?)五”(?:时期|计划)[^。\n]{0,24}?回顾""",
    re.VERBOSE,
)
_YEAR_WAS_RE = regex(  # 1986年是…取得显著成就的一年: a year looked back on
    r"(\d{4})年是[^。\n]{0,40}?(?:取得|实现|完成|经受|战胜|胜利前进)[^。\n]{0,30}?的一年"
)
_ACTUAL_RE = regex(  # 1959年的产量达到…: a figure of a past year
    r"(\d{4})年(?:全年|底|的)?[^。\n,，;；]{0,14}?(?:达到|增长|增加|下降|完成|实现|比上年)"
)
_PAST_YEAR_RE = regex(r"(?:刚刚过去的|过去的|回顾|首先报告)(\d{4})年(?!工作安排|的?工作任务)")
_TERM_RE = regex(r"本届政府(?:从)?(\d{4})年\d{1,2}月就职")
_PLAN_REPORT_RE = regex(r"关于(\d{4})年(?:度)?[^。\n]{0,12}?(?:国民经济|经济和社会发展)?计划")
_FYP_RE = regex(
    r"""第([一二三四五六七八九十]+)个五年计划(?:的报告|纲要[(（]草案)           # 第七个五年计划的报告
        |“十([一二三四五])?五”(?:时期的?主要目标|规划纲要[(（]草案)             # “十二五”时期的主要目标""",
    re.VERBOSE,
)
_PUBLISHED_RE = regex(r"发布(?:时间|日期)[::：]?\s*(\d{4})[年\-/]")
_ANY_DATE_RE = regex(r"(\d{4})年\d{1,2}月\d{1,2}日")
_TITLE_YEAR_RE = regex(r"(\d(?<!\d\d)\d{3})年")


def _num(s: str) -> int:
    """一 … 九十九 as an int (enough for congress and plan numbers)."""
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _NUM[s[1]]
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _NUM[tens] * 10 + (_NUM[ones] if ones else 0)
    return _NUM[s]


def npc_session_year(congress: int, session: int = 1) -> int | None:
    """The year of session `session` of the `congress`-th National People's Congress.

    >>> npc_session_year(10, 2), npc_session_year(1, 5), npc_session_year(2, 3), npc_session_year(14, 3)
    (2004, 1958, 1962, 2025)
    """
    base = _NPC_BASE.get(congress)
    if base is None:
        return None
    return _NPC_EXCEPTIONS.get((congress, session), base + session - 1)


def normalise_years(head: str) -> str:
    """一九五八年 → 1958年, 1 9 9 3 年 → 1993年 (the head of a document, for cue scanning only).

    >>> normalise_years("一九八○年和1 9 9 3 年")
    '1980年和1993年'
    """
    if holds(head, "一九") or holds(head, "二〇") or holds(head, "二○") or holds(head, "二零"):
        head = _CN_YEAR_RE.sub(lambda m: "".join(_DIGIT.get(c, c) for c in m.group()), head)
    if " 年" in head:
        head = _SPACED_YEAR_RE.sub(r"\1\2\3\4", head)
    return head


def _headings(text: str, vote: Callable[[int, float, str, int], None]) -> None:
    """Votes of the first review heading (一、2013年工作回顾 → 2014) and plan heading (→ its year)."""
    review = plan = False
    for m in _HEADING_RE.finditer(text, 0, 6000):
        at = m.start()
        while at > m.start() - 2 and at > 0 and text[at - 1] in _NUMERALS:
            at -= 1
        if at == m.start():
            continue  # not numbered: 2013年、2014年
        if at > 0 and text[at - 1] in "(（":
            at -= 1
        year, tail = int(m.group(1)), m.group(2)
        if not review and _REVIEW_TAIL_RE.match(tail):  # 一、2011年工作回顾, glued to the text before or not
            vote(year + 1, 8, f"review heading '{year}年…回顾'", at)
            review = True
        elif at > 0 and text[at - 1] not in _HEADING_STARTS:
            continue  # 一、2001年的工作 and plan headings start a line or follow a stop
        elif not review and _WORK_TAIL_RE.match(tail):
            vote(year + 1, 6, f"review heading '{year}年…工作'", at)
            review = True
        elif not plan and _PLAN_TAIL_RE.match(tail):
            vote(year, 5, f"plan heading '{year}年'", at)
            plan = True
        if review and plan:
            break


def _near(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    window = text[max(0, start) : end]
    return any(w in window for w in words)


def report_year(head: str, title: str | None = None) -> tuple[int | None, str | None]:
    """(year, the cues that decided it) from a document's normalised head and title."""
    text = head  # years in digits first: the date line and the congress need no more
    votes: dict[int, float] = defaultdict(float)
    cues: dict[int, list[str]] = defaultdict(list)

    def vote(year: int, weight: float, cue: str, pos: int) -> None:
        if 1949 <= year <= 2100:
            votes[year] += weight
            cues[year].append(f"{cue}@{pos}")

    if title and not re.search(r"[。,，;；]|我", title):  # a title, not a first sentence taken for one
        t = normalise_years(title)
        if m := _TITLE_YEAR_RE.search(t):
            if "统计公报" in t or "統計公報" in t:  # the year's statistical bulletin comes out the year after
                vote(int(m.group(1)) + 1, 8, f"bulletin of '{m.group()}', published the year after", 0)
            else:
                vote(int(m.group(1)), 8, f"title '{m.group()}'", 0)
    elif (
        title
        and (m := _TITLE_YEAR_RE.search(normalise_years(title), 0, 40))
        and not re.search(r"[。,，;；:：]", title[: m.start()])
    ):  # a text on one line: its title runs into the first sentence (江岭省政府工作报告 2010年 今年…)
        vote(int(m.group(1)), 6, f"title '{m.group()}' (one line)", m.start())
    at = text.find("人民代表大会", 0, 3000)
    for word in ("届人大", "人大常委会", "人大工委"):  # a 行政公署 delivers to a standing committee's
        if at >= 0:
            break
        at = text.find(word, 0, 3000)
    if at >= 0 and (m := _DATE_LINE_RE.search(text, max(0, at - 60), at + 6)):  # the date just before it
        dated = int(normalise_years(m.group(1) + "年")[:4])
        vote(dated, 10, f"date line '{dated}年'", m.start())
    for m in _NPC_RE.finditer(text, 0, 6000):
        n = _num(m.group(1))
        k = _num(m.group(2)) if m.group(2) else 1
        y = npc_session_year(n, k)
        if y is None:
            continue
        label = f"congress '{m.group()}'"
        if m.group(3):  # 第六届全国人民代表大会期间: the report opens the next congress
            if (nxt := npc_session_year(n + 1)) is not None:
                vote(nxt, 4, label, m.start())
        elif (
            m.start() < 1500
            and text[max(0, m.start() - 2) : m.start()].endswith(("向", "在", "向本届", "在本届"))
            and (m.group(2) or text.startswith(("作", "上", "会议"), m.end()))
        ):
            vote(y, 12, label, m.start())  # delivered to this session: 向第十届全国人民代表大会第二次会议
        elif _near(text, m.start() - 400, m.end() + 80, ("五年",)) and _near(
            text, m.end(), m.end() + 40, ("以来", "到这次", "到本次", "过去了")
        ):
            vote(y + 5, 7, label + " +5 years", m.start())
        elif _near(text, m.start() - 15, m.start(), ("去年",)) or _near(
            text, m.end(), m.end() + 80, ("一年来", "一年多来", "到现在")
        ):
            vote(y + 1, 6, label + " +1 year", m.start())
    if len(votes) == 1 and max(votes.values()) >= 10:  # a date line or the session, and nothing against it
        return _best(votes, cues)
    text = normalise_years(head)  # 一九五八年, 1 9 9 3 年: same length or shorter, cues after this read it
    _headings(text, vote)
    if holds(text, "届人大"):  # 五届人大四次会议: an earlier session, said in passing
        for m in _NPC_SHORT_RE.finditer(text, 0, 6000):
            if text[max(0, m.start() - 1) : m.start()] in ("省", "市", "县", "区", "州", "旗", "盟"):
                continue  # 省十二届人大一次会议: a local congress, whose numbering is its own
            if (y := npc_session_year(_num(m.group(1)), _num(m.group(2)))) is not None:
                vote(y + 1, 2, f"earlier session '{m.group()}'", m.start())
    if holds(text, "五”") and (m := _FYP_REVIEW_RE.search(text, 0, 6000)):
        g = m.group(1)
        n = 10 + (_num(g[1]) if len(g) > 1 else 0) if g.startswith("十") else (_num(g) if g else 5)
        if n + 1 in _FYP_START:
            vote(_FYP_START[n + 1], 7, f"plan review heading '{m.group()[:12]}…'", m.start())
    if holds(text, "年是") and (m := _YEAR_WAS_RE.search(text, 0, 4000)):
        vote(int(m.group(1)) + 1, 4, f"'{m.group(1)}年是…的一年'", m.start())
    for m in (
        _PAST_YEAR_RE.finditer(text, 0, 3000)
        if holds(text, "过去的") or holds(text, "回顾") or holds(text, "首先报告")
        else ()
    ):
        vote(int(m.group(1)) + 1, 6, f"'{m.group()}'", m.start())
        break
    if holds(text, "本届政府") and (m := _TERM_RE.search(text, 0, 1500)):
        vote(int(m.group(1)) + 5, 8, f"term '{m.group()}' +5 years", m.start())
    if m := _PLAN_REPORT_RE.search(text, 0, 600):
        vote(int(m.group(1)), 7, f"plan report '{m.group()}'", m.start())
    if (holds(text, "五年计划") or holds(text, "五”")) and (m := _FYP_RE.search(text, 0, 3000)):
        n = _num(m.group(1)) if m.group(1) else 10 + (_num(m.group(2)) if m.group(2) else 0)
        if n in _FYP_START:
            vote(_FYP_START[n], 5, f"five-year plan '{m.group()}'", m.start())
    if holds(text, "发布") and (m := _PUBLISHED_RE.search(text, 0, 3000)):
        vote(int(m.group(1)), 3, "published date", m.start())
    strong = max(votes.values(), default=0) >= 8
    actual = None if strong else Counter(m.group(1) for m in _ACTUAL_RE.finditer(text, 0, 6000))
    if actual:  # the year most figures are given for is, in a work report, the year before
        most, n = actual.most_common(1)[0]
        if n >= 3:
            vote(int(most) + 1, min(3.0, n * 0.5), f"{n} figures of {most}", 0)
    if (m := _ANY_DATE_RE.search(text, 0, 300)) and m.group(1) not in {str(y) for y in votes}:
        vote(int(m.group(1)), 3, "a dateline", m.start())  # a news page's date, under its headline
    elif not votes and (m := _ANY_DATE_RE.search(text, 0, 3000)):
        vote(int(m.group(1)), 2, "a date", m.start())
    return _best(votes, cues)


def _best(votes: dict[int, float], cues: dict[int, list[str]]) -> tuple[int | None, str | None]:
    if not votes:
        return None, None
    best = max(votes, key=lambda y: (votes[y], y))
    return best, "; ".join(cues[best])
