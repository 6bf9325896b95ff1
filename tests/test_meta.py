"""Metadata a panel is keyed on: region, region_code (GB/T 2260 in the report's year), admin_level,
report_year and doc_kind, each with the cue it came from; on invented heads and on every real document.

The heads in tests/fixtures/meta/kind are invented (names, figures); their file name says the kind wanted.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govtargets.ingest import read_bytes, read_document
from govtargets.ingest._meta import describe
from govtargets.ingest._regions import resolve, trim_region
from govtargets.ingest._year import npc_session_year, report_year

from .conftest import CORPUS, SEEDS, SHARED, needs_shared

REPO = Path(__file__).resolve().parent.parent
KIND_HEADS = sorted((REPO / "tests" / "fixtures" / "meta" / "kind").glob("*.txt"))
NATIONAL = SHARED / "corpus" / "national"


def _read(text: str, name: str = "head.txt"):
    return read_bytes(text.encode("utf-8"), name)


# --- doc_kind as evidence -------------------------------------------------------------------------


@pytest.mark.parametrize("path", KIND_HEADS, ids=lambda p: p.stem)
def test_kind_of_invented_heads(path: Path) -> None:
    want = path.stem.rsplit("-", 1)[0]
    d = read_document(path)
    assert d.doc_kind == want, d.kind_evidence
    assert d.kind_evidence[0].startswith(f"{want} ")  # the winner's score first, then its cues
    assert len(d.kind_evidence) >= 2


def test_kind_heads_cover_every_kind_three_times() -> None:
    kinds = [p.stem.rsplit("-", 1)[0] for p in KIND_HEADS]
    for kind in ("work_report", "task_assignment", "supervision_report", "midyear_review", "other"):
        assert kinds.count(kind) >= 3, kind


def test_notice_that_asks_for_supervision_stays_a_notice() -> None:
    d = read_document(REPO / "tests/fixtures/meta/kind/task_assignment-1.txt")
    assert "督查" in d.text
    assert any("title 分解/分工" in e for e in d.kind_evidence)
    assert any(e.startswith("runner-up supervision_report") for e in d.kind_evidence)


# --- report year ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head,year",
    [
        ("政府工作报告\n——2004年3月5日在第十届全国人民代表大会第二次会议上", 2004),
        ("各位代表：现在，我代表国务院，向第十届全国人民代表大会第二次会议作报告。", 2004),
        ("各位代表！我代表国务院，向第五届全国人民代表大会作政府工作报告。", 1978),
        ("各位代表:\n一、2013年政府工作回顾\n2013年是…", 2014),
        ("各位代表: 现在我代表区政府报告工作。 (一)2019年工作回顾 过去一年…", 2020),
        ("各位代表：本届政府1998年3月就职，任期即将结束。", 2003),
        ("各位代表：刚刚过去的1984年，是我国各族人民取得伟大成就的一年。", 1985),
        ("我代表国务院提出关于一九五八年度国民经济计划（草案）的报告，请予审议。", 1958),
        ("各位代表：从去年9月第五届全国人民代表大会第三次会议到现在，已经一年了。", 1981),
        ("一、过去五年工作回顾\n第十一届全国人民代表大会第一次会议以来的五年，是极不平凡的五年。", 2013),
        ("各位代表：现在报告工作。一、“九五”时期国民经济和社会发展的回顾 过去五年…", 2001),
        ("各位代表:一、20xx年工作回顾 20xx年,是我区…", None),
    ],
)
def test_report_year_cues(head: str, year: int | None) -> None:
    got, cue = report_year(head)
    assert got == year, cue
    assert (cue is None) == (year is None)


@pytest.mark.parametrize(
    "text,year,kind",
    [
        # a news page: its dateline, and a provincial congress whose numbering is its own (not the NPC's)
        (
            "澜州：今年GDP预期增长7%\n2016年01月25日 09:10 澜州日报\n记者从省十二届人大四次会议获悉，今年…",
            2016,
            None,
        ),
        (
            "澜州：今年GDP预期增长7%\n2016-01-25 澜州日报讯 记者从市十五届人大五次会议获悉…\n2016年1月25日",
            2016,
            None,
        ),
        ("桐岭县2016年经济运行\n发布日期：2016年7月20日\n县十八届人大一次会议确定的目标…", 2016, None),
        # a summary is the report's content; on one line the title runs into the first sentence
        ("澜州省政府工作报告摘要\n2016年1月25日\n预计全年全省生产总值增长7.8%。", 2016, "work_report"),
        ("澜州省政府工作报告摘要 2016年1月25日 预计全年全省生产总值增长7.8%。", 2016, "work_report"),
        ("澜州省政府工作报告 2016年 今年全省生产总值增长7%左右。", 2016, "work_report"),
        ("瀾州省政府工作報告（全文）\n2016年1月25日\n預計全年全省生產總值增長7.8%。", 2016, "work_report"),
    ],
)
def test_news_pages_and_one_line_titles(text: str, year: int, kind: str | None) -> None:
    from govtargets.ingest import read_bytes

    doc = read_bytes(text.encode(), "page.txt")
    assert doc.report_year == year, doc.year_cue
    if kind:
        assert doc.doc_kind == kind, doc.kind_evidence


def test_report_delivered_in_december_for_the_next_year() -> None:
    """The title and the review heading outvote the date line: the year the report plans for."""
    m = describe(
        "2013年青溪县政府工作报告\n——2012年12月28日在青溪县第十六届人民代表大会第二次会议上\n"
        "各位代表：\n一、2012年工作回顾"
    )
    assert m.report_year == 2013 and "review heading" in m.year_cue


def test_npc_sessions() -> None:
    assert [npc_session_year(n, 1) for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)] == [
        1954, 1959, 1964, 1975, 1978, 1983, 1988, 1993, 1998, 2003, 2008, 2013, 2018, 2023,
    ]  # fmt: skip
    assert npc_session_year(14, 2) == 2024 and npc_session_year(1, 2) == 1955
    assert npc_session_year(2, 3) == 1962  # the 2nd NPC did not meet in 1961


# --- region codes ---------------------------------------------------------------------------------


def test_same_region_same_code_in_every_year_and_script() -> None:
    codes = {
        resolve("海拉尔区", 2005),
        resolve("呼伦贝尔市海拉尔区", 2014),
        resolve("海拉尔区", 2024),
        resolve("呼伦贝尔市海拉尔区", None),
    }
    assert {r.code for r in codes if r} == {"150702"} and None not in codes
    assert resolve("鶴城區", 2016).code == resolve("鹤城区", 2024).code == "431202"


def test_code_valid_in_the_report_year() -> None:
    assert resolve("江干区", 2014).code == "330104"
    assert resolve("江干区", 2021).code == "330104"  # merged into 上城区 in 2021, after that year's report
    assert resolve("江干区", 2024) is None
    assert resolve("上城区", 2024).code == "330102"
    assert resolve("临平区", 2023).code == "330113" and resolve("临平区", 2015) is None
    assert resolve("襄都区", 2022).code == "130502"
    assert resolve("桥东区", 2022).code == "130702"  # 张家口's: 邢台's was renamed 襄都区 in 2020
    assert resolve("桥东区", 2018, "河北省邢台市").code == "130502"  # 桥东区 before its 2020 renaming


def test_region_key_pairs_spellings_of_one_region() -> None:
    a = _read("呼伦贝尔市海拉尔区2016年政府工作报告\n各位代表：\n一、2015年工作回顾")
    b = _read("政府工作报告\n——2017年1月6日在海拉尔区第十届人民代表大会第二次会议上\n各位代表：")
    assert a.region != b.region and a.region_key == b.region_key == "150702"
    assert _read("2024年青溪县政府工作报告\n各位代表：").region_key == "青溪县"  # no code: the name


def test_same_named_districts_need_their_city() -> None:
    assert resolve("鼓楼区", 2020) is None  # six cities have one
    assert resolve("鼓楼区", 2020, "南京市").code == "320106"
    assert resolve("全国", 1955).code == "100000"


def test_trim_region_cuts_words_before_a_name() -> None:
    assert trim_region("统计数据柯城区") == "柯城区"
    assert trim_region("市长张某某代表市") is None


@pytest.mark.parametrize(
    "head,region,code,level,year",
    [
        (
            "呼伦贝尔市海拉尔区2016年政府工作报告\n各位代表：\n一、2015年工作回顾",
            "呼伦贝尔市海拉尔区",
            "150702",
            "county",
            2016,
        ),
        (
            "政府工作报告\n——2019年1月8日在海拉尔区第十届人民代表大会第三次会议上\n各位代表：",
            "海拉尔区",
            "150702",
            "county",
            2019,
        ),
        (
            "政府工作報告\n——2016年1月12日在鶴城區第八屆人民代表大會第五次會議上\n各位代表：",
            "鹤城区",
            "431202",
            "county",
            2016,
        ),
        (
            "政府工作报告 ——2014年1月10日在江干区第十四届人民代表大会第三次会议上 江干区人民政府区长 "
            "某某 各位代表：现在，我代表区人民政府向大会报告工作。一、2013年工作回顾 2013年，全区…",
            "江干区",
            "330104",
            "county",
            2014,
        ),
        (
            "江干区2022年政府工作报告\n各位代表：\n一、2021年工作回顾",
            "江干区",
            None,  # abolished in 2021: no code in 2022
            "county",
            2022,
        ),
        (
            "政府工作报告——2025年1月15日在锦州市第十八届人民代表大会第五次会议上 各位代表：",
            "锦州市",
            "210700",
            "city",
            2025,
        ),
        (
            "本报讯（记者 某某）1月12日，云溪市第十七届人民代表大会第四次会议开幕，市长张某某代表市人民政府作"
            "政府工作报告。",
            None,
            None,
            None,
            None,
        ),
    ],
)
def test_region_of_invented_heads(
    head: str, region: str | None, code: str | None, level: str | None, year: int | None
) -> None:
    d = _read(head)
    assert (d.region, d.region_code, d.admin_level, d.report_year) == (region, code, level, year)
    assert (d.region_cue is None) == (region is None)
    assert (d.year_cue is None) == (year is None)


@pytest.mark.parametrize(
    "head,region,code,year",
    [
        (
            "政府工作报告\n——二〇二四年一月九日在青溪县第十八届人民代表大会第三次会议上\n各位代表：",
            "青溪县",
            None,
            2024,
        ),
        (
            "政府工作报告\n（2024年1月9日在县十八届人大三次会议上）\n青溪县人民政府县长 某某\n各位代表：",
            "青溪县",
            None,
            2024,
        ),
        ("政府工作报告\n2024年1月9日在开化县十八届人大三次会议上\n各位代表：", "开化县", "330824", 2024),
        (
            "政府工作报告 二○一四年一月二十日在江干区第十四届人民代表大会第三次会议上 各位代表：",
            "江干区",
            "330104",
            2014,
        ),
    ],
)
def test_date_lines_in_chinese_numerals_and_short_congress_names(
    head: str, region: str, code: str | None, year: int
) -> None:
    d = _read(head)
    assert (d.region, d.region_code, d.report_year, d.doc_kind) == (region, code, year, "work_report")
    assert "date line" in d.year_cue


def test_web_page_title_when_the_body_has_none() -> None:
    page = (
        "<html><head><title>2016年海拉尔区政府工作报告_海拉尔区人民政府</title></head><body><div>"
        "各位代表：现在，我代表区人民政府向大会报告工作。"
        "一、2015年工作回顾 过去一年，全区地区生产总值增长7.5%。"
        "二、2016年工作安排 今年主要预期目标是：地区生产总值增长7%。</div></body></html>"
    )
    d = read_bytes(page.encode("utf-8"), "page.html")
    assert (d.title, d.region, d.region_code, d.report_year) == (
        "2016年海拉尔区政府工作报告",
        "海拉尔区",
        "150702",
        2016,
    )


def test_state_council_named_in_passing_is_not_a_national_report() -> None:
    m = describe(
        "桐安区2025年上半年工作总结\n上半年，国务院总理某某来我区调研。桐安区人民政府扎实推进各项工作。"
    )
    assert (m.region, m.admin_level) == ("桐安区", "county")
    m = describe("政府工作报告\n国务院总理 某某某\n各位代表：现在，我代表国务院，向大会报告政府工作。")
    assert (m.region, m.region_code, m.admin_level) == ("全国", "100000", "national")


def test_describe_says_its_cues() -> None:
    m = describe(
        "政府工作报告\n2014年1月20日在江干区第十四届人民代表大会第三次会议上\n一、2013年政府工作回顾"
    )
    assert m.region_cue.startswith("congress line@") and "date line" in m.year_cue


# --- the real documents ---------------------------------------------------------------------------

PROVINCE_CODES = {
    "北京市": "110000", "天津市": "120000", "河北省": "130000", "山西省": "140000", "内蒙古自治区": "150000",
    "辽宁省": "210000", "吉林省": "220000", "黑龙江省": "230000", "上海市": "310000", "江苏省": "320000",
    "浙江省": "330000", "安徽省": "340000", "福建省": "350000", "江西省": "360000", "山东省": "370000",
    "河南省": "410000", "湖北省": "420000", "湖南省": "430000", "广东省": "440000",
    "广西壮族自治区": "450000", "海南省": "460000", "重庆市": "500000", "四川省": "510000",
    "贵州省": "520000", "云南省": "530000",
    "西藏自治区": "540000", "陕西省": "610000", "甘肃省": "620000", "青海省": "630000",
    "宁夏回族自治区": "640000", "新疆维吾尔自治区": "650000",
}  # fmt: skip


def _sources(folder: Path) -> list[list[str]]:
    lines = (folder / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t") for line in lines if line.strip()]


@needs_shared
def test_all_national_reports() -> None:
    rows = _sources(NATIONAL)
    assert len(rows) == 48
    wrong = []
    for file, region, level, year, kind, _src in rows:
        assert int(re.search(r"\d{4}", file).group()) == int(year), file  # the name carries the year
        d = read_document(NATIONAL / file)
        got = (d.region, d.region_code, d.admin_level, d.report_year)
        if got != (region, "100000", level, int(year)):
            wrong.append((file, got, d.region_cue, d.year_cue))
        # 1964 is the news summary of the report (周恩来总理在报告中首先指出…): other, and says why
        want_kind = "other" if file == "national_1964.txt" else kind
        if d.doc_kind != want_kind:
            wrong.append((file, d.doc_kind, d.kind_evidence))
    assert not wrong


@needs_shared
def test_provincial_reports_codes_and_years() -> None:
    rows = [r for r in _sources(CORPUS) if r[3]]
    assert len(rows) >= 48
    for file, region, _level, year, _kind, _src in rows:
        d = read_document(CORPUS / file)
        assert (d.region, d.region_code, d.report_year) == (region, PROVINCE_CODES[region], int(year)), file
        assert d.region_cue and d.year_cue and d.kind_evidence, file


@needs_shared
@pytest.mark.parametrize(
    "name,region,code,year",
    [
        ("000_c91e28573130fe59.txt", "柯城区", "330802", 2014),
        ("001_8f6696f92036772e.txt", "鹤城区", "431202", None),  # its year is written 20xx
        ("002_52924f53d217235b.txt", "锦州市", "210700", 2016),
        ("003_0fdef7f98de9efbf.txt", "江干区", "330104", 2014),
        ("004_3e93f4bba1de431e.txt", "开化县", "330824", 2023),
    ],
)
def test_seed_codes_and_years(name: str, region: str, code: str, year: int | None) -> None:
    d = read_document(SEEDS / name)
    assert (d.region, d.region_code, d.report_year) == (region, code, year)


@needs_shared
def test_metadata_without_line_breaks() -> None:
    """Every document in ../shared, flattened to one line, keeps its region, code, year and kind."""
    paths = [
        p
        for folder in (CORPUS, SEEDS, NATIONAL)
        for p in sorted(folder.iterdir())
        if p.suffix in (".txt", ".docx")
    ]
    assert len(paths) >= 100
    for p in paths:
        a = read_document(p)
        b = _read(re.sub(r"\s*\n\s*", "", a.text), p.name + ".txt")
        assert (b.region, b.region_code, b.report_year, b.doc_kind) == (
            a.region,
            a.region_code,
            a.report_year,
            a.doc_kind,
        ), p.name


def test_document_line_carries_the_cues(tmp_path: Path) -> None:
    f = tmp_path / "report.txt"
    f.write_text(
        "政府工作报告\n——2014年1月20日在江干区第十四届人民代表大会第三次会议上\n各位代表：\n"
        "一、2013年工作回顾\n2013年，全区地区生产总值增长8.1%。\n",
        encoding="utf-8",
    )
    r = subprocess.run(
        [sys.executable, "-m", "govtargets", "extract", "--format", "jsonl", str(f)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert r.returncode == 0, r.stderr
    line = json.loads(r.stdout.splitlines()[0])
    assert line["kind"] == "document"
    assert (line["region"], line["region_code"], line["report_year"]) == ("江干区", "330104", 2014)
    assert line["doc_kind"] == "work_report" and line["kind_evidence"][0].startswith("work_report ")
    assert line["region_cue"].startswith("congress line") and "date line" in line["year_cue"]
