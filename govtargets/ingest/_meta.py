"""What a document is: title, region, administrative level, report year and kind.

Works on the normalised (half-width, simplified) text of the document's beginning.

>>> describe("政府工作报告\\n2014年1月20日在江干区第十四届人民代表大会第三次会议上\\n一、2013年政府工作回顾")
Meta(title='政府工作报告', region='江干区', admin_level='county', report_year=2014, doc_kind='work_report')
>>> describe("2026年北京市政府工作报告\\n各位代表:").region
'北京市'
>>> describe("鹤城区政府工作报告\\n一、20xx年工作回顾").report_year is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from govtargets.ingest._html import is_clutter_line

__all__ = ["Meta", "describe", "PROVINCE_LEVEL_CITIES"]

PROVINCE_LEVEL_CITIES = {"北京市", "天津市", "上海市", "重庆市"}

_CJK = r"[\u4e00-\u9fff]"
_REGION = rf"{_CJK}{{1,10}}?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|旗|州|盟)"
_CONGRESS_RE = re.compile(rf"在({_REGION})第?[一二三四五六七八九十]+届人民代表大会")
_TITLE_REGION_RE = re.compile(rf"({_REGION})(?:人民)?政府")
_GOV_RE = re.compile(rf"({_REGION})人民政府")
_YEAR_REGION_RE = re.compile(rf"^({_REGION})(?:\d{{4}}|20xx)年")
_DATE_CONGRESS_RE = re.compile(r"(\d{4})年\d{1,2}月\d{1,2}日[^\n]{0,30}人民代表大会")
_TITLE_YEAR_RE = re.compile(r"(\d{4})年")
_REVIEW_HEAD_RE = re.compile(r"^[一二三四五六七八九十]+[、.]\s*(\d{4})年[^\n]{0,20}(?:回顾|工作)")
_PLAN_HEAD_RE = re.compile(r"^[一二三四五六七八九十]+[、.]\s*(\d{4})年[^\n]{0,20}(?:安排|任务|目标|思路)")
_BAD_REGION_PREFIX = ("关于", "印发", "我", "本", "全", "各", "该", "和", "省政府", "市政府")


@dataclass(frozen=True, slots=True)
class Meta:
    title: str | None
    region: str | None
    admin_level: str | None
    report_year: int | None
    doc_kind: str


def _title(lines: list[str]) -> str | None:
    for line in lines[:40]:
        s = line.strip()
        if is_clutter_line(s) or len(s) > 90 or len(s) < 4:
            continue
        if re.search(r"报告|工作|情况|通知|分解|分工|要点", s):
            return s
    for line in lines[:10]:
        if not is_clutter_line(line) and 4 <= len(line.strip()) <= 90:
            return line.strip()
    return None


def _clean_region(r: str) -> str | None:
    r = re.sub(r"^[\d年月日]+", "", r)
    if not r or r.startswith(_BAD_REGION_PREFIX) or len(r) < 2:
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


def _region(head: str, title: str | None, whole: str) -> str | None:
    m = _CONGRESS_RE.search(head)
    if m and (r := _clean_region(m.group(1))):
        return r
    if title:
        t = re.sub(r"^[(（][^)）]{1,10}[)）]", "", title)  # (浙江省)开化县…
        t = re.sub(r"^\d{4}年", "", t)
        m = _YEAR_REGION_RE.search(t) or _TITLE_REGION_RE.search(t)
        if m and (r := _clean_region(m.group(1))):
            return r
    counts = Counter(r for m in _GOV_RE.finditer(whole) if (r := _clean_region(m.group(1))))
    if counts:
        return counts.most_common(1)[0][0]
    return None


def _report_year(head: str, title: str | None) -> int | None:
    if m := _DATE_CONGRESS_RE.search(head):
        return int(m.group(1))
    if title and (m := _TITLE_YEAR_RE.search(title)):
        return int(m.group(1))
    for line in head.splitlines():
        s = line.strip()
        if (m := _REVIEW_HEAD_RE.match(s)) and "安排" not in s and "目标" not in s:
            return int(m.group(1)) + 1
        if m := _PLAN_HEAD_RE.match(s):
            return int(m.group(1))
    if m := re.search(r"发布(?:时间|日期)[::]?\s*(\d{4})年", head):
        return int(m.group(1))
    if m := re.search(r"(\d{4})年\d{1,2}月\d{1,2}日", head):
        return int(m.group(1))
    return None


def _doc_kind(title: str | None, head: str) -> str:
    t = title or ""
    top = head[:1500]
    if "督查" in top and re.search(r"完成情况|落实情况|进展情况", t + top):
        return "supervision_report"
    if re.search(r"责任分解|任务分工|任务分解|分工方案|重点工作分工|分解表的通知", t + top[:200]):
        return "task_assignment"
    if re.search(r"上半年|1-6月|半年|前三季度|1-9月|一季度", t) and "报告" not in t.replace("情况的报告", ""):
        return "midyear_review"
    if re.search(r"上半年|1-6月|前三季度", t):
        return "midyear_review"
    if "各位代表" in head[:5000]:
        return "work_report"
    if re.search(r"本报讯|记者|新华社|解读|图解|开幕|闭幕|作政府工作报告|热议|聚焦", t + head[:600]):
        return "other"  # a news page about a report, not the report
    if "政府工作报告" in t:
        return "work_report"
    return "other"


def describe(text: str, page_title: str | None = None) -> Meta:
    """Metadata of a document from its normalised text (and an HTML page title, if any)."""
    head = text[:8000]
    lines = [ln for ln in head.splitlines() if ln.strip()]
    title = _title(lines) or page_title
    region = _region(head, title, text[:200_000])
    if region is None and page_title:
        region = _region("", page_title, "")
    if region is None and "全国人民代表大会" in head:
        region = "全国"
    return Meta(
        title=title,
        region=region,
        admin_level=admin_level(region),
        report_year=_report_year(head, title),
        doc_kind=_doc_kind(title, head),
    )
