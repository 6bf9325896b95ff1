"""What a document is: title, region (and its GB/T 2260 code), administrative level, report year and kind.

Works on the normalised (half-width, simplified) text of the document's beginning, with or without line
breaks, and says for each value the cue it came from (region_cue, year_cue, kind_evidence).

>>> head = "政府工作报告\\n2014年1月20日在江干区第十四届人民代表大会第三次会议上\\n一、2013年政府工作回顾"
>>> m = describe(head)
>>> m.region, m.region_code, m.admin_level, m.report_year, m.doc_kind
('江干区', '330104', 'county', 2014, 'work_report')
>>> m.region_cue, m.year_cue
('congress line@18', "date line '2014年'@7")
>>> describe("2026年北京市政府工作报告\\n各位代表:").region
'北京市'
>>> describe("鹤城区政府工作报告\\n一、20xx年工作回顾").report_year is None
True
>>> describe("政府工作报告 ——2004年3月5日在第十届全国人民代表大会第二次会议上 各位代表：").region_code
'100000'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from govtargets.ingest._html import is_clutter_line
from govtargets.ingest._kind import classify
from govtargets.ingest._regions import resolve, trim_region
from govtargets.ingest._year import report_year
from govtargets.text import holds, regex

__all__ = ["Meta", "describe", "PROVINCE_LEVEL_CITIES"]

PROVINCE_LEVEL_CITIES = {"北京市", "天津市", "上海市", "重庆市"}

_CJK = r"[\u4e00-\u9fff]"
_REGION = rf"{_CJK}{{1,10}}?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|旗|州|盟)"
# the congress a report is delivered to; a prefecture's or a league's 行政公署 (地区, 盟) has none, and
# delivers to the working committee the province's standing committee keeps there
_CONGRESS_RE = regex(
    rf"在({_REGION})第?[一二三四五六七八九十]+届(?:人民代表大会|人大)"
    rf"|在(?:自治区|省)?人大常委会({_REGION})(?:工作委员会|工委)"
)
_TITLE_REGION_RE = regex(rf"({_REGION})(?:人民政府|政府|行政公署|行署)")
_GOV_RE = regex(rf"({_REGION})人民政府")
_GOV_SPAN = 15  # characters a _GOV_RE match may reach before its 人民政府: ten and 特别行政区


def _gov_matches(body: str) -> Iterator[re.Match[str]]:
    """_GOV_RE.finditer(body), scanning only near each 人民政府 (the pattern tries every character else).

    Every match ends with a 人民政府 and starts at most _GOV_SPAN characters before it, so the windows
    around them, merged, hold every match, and the scan from each window's start finds the same ones.
    """
    windows: list[tuple[int, int]] = []
    p = body.find("人民政府")
    while p >= 0:
        lo, hi = max(0, p - _GOV_SPAN), p + 4
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
        p = body.find("人民政府", hi)
    for lo, hi in windows:
        yield from _GOV_RE.finditer(body, lo, hi)


_YEAR_REGION_RE = regex(rf"^({_REGION})(?:\d{{4}}|20xx)年")
_BAD_REGION_PREFIX = ("关于", "印发", "我", "本", "全", "各", "该", "和", "省政府", "市政府")


@dataclass(frozen=True, slots=True)
class Meta:
    title: str | None
    region: str | None
    admin_level: str | None
    report_year: int | None
    doc_kind: str
    region_code: str | None = None  # GB/T 2260, valid in report_year (100000: the whole country)
    region_cue: str | None = None  # where the region was read, e.g. "congress line@25"
    year_cue: str | None = None  # the cues behind report_year, e.g. "date line '2014年'@7"
    kind_evidence: tuple[str, ...] = ()  # the cues that decided doc_kind, with weights, and the runner-up


_ONE_LINE_TITLE_END = regex(r"各位代表|——|[ \u3000|>]|[:：]|。|(?<=通知|通报|方案)(?=[\u4e00-\u9fff])")
_ONE_LINE_SEGMENT = regex(r"[^\s|>:：。]{6,60}")
_NATIONAL_RE = regex(
    r"""[向在]第[一二三四五六七八九十]+届全国人民代表大会      # delivered to the NPC,
          (?:第[一二三四五六七八九十]+次会[议議]|作|上)       # at its session
      | 我(?:现在)?(?:代表|受)[^。\n]{0,12}?国务院          # 我代表国务院
      | 国务院总理\s*[\u4e00-\u9fff]{2,4}?\s*(?:各位代表|$)   # the byline: 国务院总理 某某""",
    re.VERBOSE | re.MULTILINE,
)
_TITLE_WORDS = regex(r"报告|工作|情况|通知|分解|分工|要点|方案|通报|总结")
_JUNK_IN_REGION = regex(r"某|代表|记者|同志|报告|开幕|[省市区县]长|主任|书记|会议|[在向的]")


# a bulletin's masthead, above its title: 督查通报, 督 查 专 报, 工作通报 (then 第9期, then 关于…的通报)
_MASTHEAD_RE = regex(
    r"(?:督\s*查|督\s*办|工\s*作|情\s*况|政\s*务)?\s*(?:通\s*报|专\s*报|快\s*报|简\s*报|动\s*态)"
)
_TITLE_UNDER_MASTHEAD_RE = regex(r"^关于.*(?:报告|情况|通报|通知)|(?:通报|报告|情况)$")
_MASTHEAD_LOOKAHEAD = 4  # lines after a masthead where its title may stand
# a 关于… title not yet at its document word (…的通知, 通报, 意见, 决定, 批复, 函, 报告, 方案): it goes on;
# 关于印发… ends at its 通知
_OPEN_TITLE_RE = regex(
    r"关于印发(?!.*通知$)|关于(?!印发)(?!.*(?:通知|通报|意见|决定|批复|函|请示|报告|方案|情况|清单|要点|规划|办法)$)"
)


def _title(lines: list[str]) -> str | None:
    for i, line in enumerate(lines[:40]):
        s = line.strip()
        if is_clutter_line(s) or len(s) < 4:
            continue
        if _MASTHEAD_RE.fullmatch(s):
            after = (x.strip() for x in lines[i + 1 : i + 1 + _MASTHEAD_LOOKAHEAD])
            return next((x for x in after if 8 <= len(x) <= 90 and _TITLE_UNDER_MASTHEAD_RE.search(x)), s)
        if len(s) > 90:  # a text without line breaks: the title is its first segment that reads as one
            m = _ONE_LINE_TITLE_END.search(s, 4)
            first = s[: m.start()].strip() if m else ""
            if 4 <= len(first) <= 60 and _TITLE_WORDS.search(first):
                return first
            for seg in _ONE_LINE_SEGMENT.finditer(s, 0, 600):
                t = seg.group()
                if m := _ONE_LINE_TITLE_END.search(t, 4):
                    t = t[: m.start()]
                if _TITLE_WORDS.search(t) and not t.startswith(("各位代表", "现在")):
                    return t
            continue
        if _TITLE_WORDS.search(s):
            # a title wrapped over lines (a PDF's copy): 关于印发…政府工作报告 / 重点工作任务清单的通知
            for nxt in lines[i + 1 : i + 3]:
                if not _OPEN_TITLE_RE.match(s) or len(nxt.strip()) > 30 or nxt.rstrip().endswith((":", "：")):
                    break
                s += nxt.strip()
            return s
    for line in lines[:10]:
        if not is_clutter_line(line) and 4 <= len(line.strip()) <= 90:
            return line.strip()
    return None


# a period before a level word is no region: 关于上半年区政府工作报告…, 2025年前三季度县…
_PERIOD_PREFIX_RE = regex(
    r"^(?:上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}[-—至]\d{1,2}月|全年|年度|今年|去年|本年度?)"
)


_SITE_SEP_RE = regex(r"\s*[_|｜—–-]+\s*")
_PUBLISHER_RE = regex(rf"({_REGION})(?=[\u4e00-\u9fff]{{1,14}}$)")  # 绵阳市发展和改革委员会, 某县统计局


def _publisher(page_title: str) -> str | None:
    """The region of the organ a page title names after its headline (…情况_绵阳市发展和改革委员会):
    the publisher's region, if the gazetteer knows it."""
    parts = _SITE_SEP_RE.split(page_title.strip())
    if len(parts) < 2:
        return None
    m = _PUBLISHER_RE.match(parts[-1])
    return m.group(1) if m and trim_region(m.group(1)) == m.group(1) else None


def _clean_region(r: str) -> str | None:
    r = _PERIOD_PREFIX_RE.sub("", re.sub(r"^[\d年月日]+", "", r))
    if not r or len(r) < 2 or (r.startswith(_BAD_REGION_PREFIX) and trim_region(r) != r):  # 和平区 is one
        return None
    if known := trim_region(r):  # 统计数据柯城区 → 柯城区 (a flattened page)
        return known if len(known) < len(r) else r
    if _JUNK_IN_REGION.search(r):  # 市长张某某代表市: not a name
        return None
    return r


def admin_level(region: str | None) -> str | None:
    """province, city or county, from the region's name.

    >>> admin_level("河北省"), admin_level("锦州市"), admin_level("柯城区"), admin_level("重庆市")
    ('province', 'city', 'county', 'province')
    >>> describe("政府工作报告\\n——2024年3月5日在第十四届全国人民代表大会第二次会议上").admin_level
    'national'
    """
    if not region:
        return None
    if region == "全国":
        return "national"
    if region in PROVINCE_LEVEL_CITIES or region.endswith(("省", "自治区", "特别行政区")):
        return "province"
    if region.endswith(("市", "州", "盟", "地区")):
        return "city"
    if region.endswith(("区", "县", "旗")):
        return "county"
    return None


def _region(head: str, title: str | None, body: str) -> tuple[str | None, str | None]:
    """(region, cue): the congress line, the State Council, the title, then the most named 人民政府."""
    m = _CONGRESS_RE.search(head, 0, 3000)
    if m and (r := _clean_region(m.group(m.lastindex or 1))):
        return r, f"congress line@{m.start(m.lastindex or 1)}"
    if m := _NATIONAL_RE.search(head, 0, 1500):
        said = " ".join(m.group().split())[:14]
        return "全国", f"national '{said}'@{m.start()}"
    if title:
        t = re.sub(r"^[(（][^)）]{1,10}[)）]", "", title)  # (浙江省)开化县…
        t = re.sub(r"^\d{4}年", "", t)
        m = _YEAR_REGION_RE.search(t) or _TITLE_REGION_RE.search(t)
        if m and (r := _clean_region(m.group(1))):
            return r, "title"
    counts = Counter(r for m in _gov_matches(body) if (r := _clean_region(m.group(1))))
    if counts:
        r, n = counts.most_common(1)[0]
        return r, f"{n}× '{r}人民政府'"
    if (n := head.count("我国", 0, 3000)) >= 3:  # a national report that names no congress: 我国, not 我省
        return "全国", f"{n}× '我国'"
    return None, None


def describe(text: str, page_title: str | None = None, page_lead: str = "") -> Meta:
    """Metadata of a document from its normalised text (and an HTML page's title and lead, if any: the
    headline and date line outside its article, read before the text's head).

    Only the head is scanned (8,000 characters; 30,000 for the count of 人民政府 names).
    """
    head = (page_lead + "\n" + text[:8000]) if page_lead else text[:8000]
    lines = list(islice((ln for ln in head.splitlines() if ln.strip()), 40))  # all _title reads
    title = _title(lines)
    if page_title and (title is None or re.search(r"[。,，;；]|我", title)):  # a sentence is no title
        title = re.sub(r"\s*[_|｜—-]+\s*[^_|｜—-]*(?:网|政府|门户)[^_|｜—-]*$", "", page_title) or page_title
    region, region_cue = _region(head, title, text[:30_000])
    if region is None and page_title:
        region, region_cue = _region("", page_title, "")
        region_cue = region_cue and f"page title: {region_cue}"
    if region is None and page_title and (r := _publisher(page_title)):
        region, region_cue = r, "page title: publisher"
    if region is None and holds(head, "全国人民代表大会"):
        region, region_cue = "全国", "全国人民代表大会 in the head"
    year, year_cue = report_year(head, title)
    kind, evidence = classify(title, head)
    place = resolve(region, year, head[:3000]) if region else None
    level = place.level if place else admin_level(region)
    if region in PROVINCE_LEVEL_CITIES:
        level = "province"
    return Meta(
        title=title,
        region=region,
        admin_level=level,
        report_year=year,
        doc_kind=kind,
        region_code=place.code if place else None,
        region_cue=region_cue,
        year_cue=year_cue,
        kind_evidence=evidence,
    )
