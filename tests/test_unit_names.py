"""The rules of the unit directory on invented names: which ways of writing are one unit, which are not, and
lists of units split without cutting a collective name (各县（市、区）人民政府) in two.

First run of these tables on the code before the directory (names compared as written): 0 of 27 same-unit
pairs equal, all 12 different pairs different; lists split right: 4 of 11 by the sheet import's splitter,
5 of 9 by the notice reader's (有关市、县（市、区）人民政府 and 各市、县人民政府 were cut in two).
"""

from __future__ import annotations

import pytest
import yaml

from govtargets.cycle._sheet_layout import split_units as sheet_split
from govtargets.extract._units import split_units as notice_split
from govtargets.lexicon import (
    UnitNamesError,
    build_unit_names,
    is_collective,
    load_unit_names,
    parent_key,
    split_unit_names,
    unit_key,
)

RULES = load_unit_names()

SAME = [
    ("市发改委", "市发展改革委"),
    ("市发改委", "市发展和改革委员会"),
    ("市发展改革委", "市发展和改革委"),
    ("省发展改革委", "省发展和改革委员会"),
    ("市发展和改革委员会", "市發展和改革委員會"),  # traditional script
    ("县住建局", "县住房和城乡建设局"),
    ("县住房城乡建设局", "县住房和城乡建设局"),
    ("区人社局", "区人力资源和社会保障局"),
    ("省人力社保厅", "省人力资源和社会保障厅"),
    ("市卫健委", "市卫生健康委员会"),
    ("市卫生健康委", "市卫生健康委员会"),
    ("县市场监管局", "县市场监督管理局"),
    ("县文旅局", "县文化和旅游局"),
    ("市国资委", "市国有资产监督管理委员会"),
    ("县政府办", "县人民政府办公室"),
    ("杭州市", "杭州市人民政府"),
    ("杭州市政府", "杭州市人民政府"),
    ("青溪县", "青溪县人民政府"),
    ("西湖区人民政府", "西湖区政府"),
    ("各县（市、区）人民政府", "各县(市、区)人民政府"),  # half-width brackets
    ("各县（市、区）人民政府", "各县（市，区）人民政府"),
    ("各县（市、区）人民政府", "各县（市、区）政府"),
    ("有关市、县（市、区）人民政府", "有关市、县(市、区)政府"),
    ("市 发改委", "市发改委"),  # a space in a cell
    ("县教体局", "县教育和体育局"),
    ("市审批局", "市行政审批服务局"),
    ("区医保局", "区医疗保障局"),
]

DIFFERENT = [
    ("市发改委", "县发改委"),
    ("市发改委", "省发改委"),
    ("县统计局", "县财政局"),
    ("杭州市", "宁波市"),
    ("杭州市人民政府", "杭州市人民政府办公室"),
    ("各县（市、区）人民政府", "有关市、县（市、区）人民政府"),
    ("市卫健委", "市卫健局"),
    ("县住建局", "县城管局"),
    ("市经信委", "市经信局"),
    ("市科技局", "省科技厅"),
    ("县人民政府", "各县（市、区）人民政府"),
    ("市委组织部", "市委宣传部"),
]

LISTS = [
    ("省发展改革委、有关市、县（市、区）人民政府", ["省发展改革委", "有关市、县（市、区）人民政府"]),
    ("省发展改革委，有关市、县(市、区)人民政府", ["省发展改革委", "有关市、县(市、区)人民政府"]),
    ("各市、县人民政府，市财政局", ["各市、县人民政府", "市财政局"]),
    ("市、县政府", ["市、县政府"]),
    ("各州、市人民政府、省财政厅", ["各州、市人民政府", "省财政厅"]),
    ("各县（市、区）人民政府、市住建局", ["各县（市、区）人民政府", "市住建局"]),
    ("有关部门、市政府", ["有关部门", "市政府"]),  # 有关部门 is no level: two units
    ("县统计局，县经信局；县统计局", ["县统计局", "县经信局"]),
    ("市住建局 市城管局", ["市住建局", "市城管局"]),
    ("有关市、县（市、区）党委和政府", ["有关市、县（市、区）党委和政府"]),
    ("省财政厅；各市、县（市、区）人民政府", ["省财政厅", "各市、县（市、区）人民政府"]),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_two_ways_of_writing_one_unit_have_one_key(a, b):
    assert unit_key(a, RULES) == unit_key(b, RULES)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_two_units_keep_two_keys(a, b):
    assert unit_key(a, RULES) != unit_key(b, RULES)


@pytest.mark.parametrize(("text", "names"), LISTS)
def test_a_list_is_split_with_collective_names_whole(text, names):
    assert list(split_unit_names(text, RULES)) == names


@pytest.mark.parametrize(("text", "names"), LISTS)
def test_the_sheet_import_keeps_collective_names_whole(text, names):
    assert list(sheet_split(text)) == names


@pytest.mark.parametrize(
    ("text", "names"), [c for c in LISTS if " " not in c[0] and "；县统计局" not in c[0]]
)
def test_the_notice_reader_keeps_collective_names_whole_too(text, names):
    assert notice_split(text) == names


def test_collective_names_and_parents():
    assert is_collective("有关市、县（市、区）人民政府") and not is_collective("杭州市人民政府")
    assert parent_key("市发改委") == unit_key("市人民政府")
    assert parent_key("各县（市、区）发改委") is None
    assert parent_key("市委组织部") is None


def test_the_data_file_is_checked_on_load():
    good = yaml.safe_load(
        "bodies: [[发展和改革委员会, 发改委]]\ngovernments: [人民政府, 政府]\nplaces: [市, 县]\n"
        "collective: [各]\njoinable_ends: [政府]\n"
    )
    assert unit_key("市发改委", build_unit_names(good)) == "市发展和改革委员会"
    for broken, words in [
        ({**good, "bodies": [["发改委"], ["发改委", "发展改革委"]]}, "two bodies lines"),
        ({**good, "bodies": []}, "bodies"),
        ({**good, "places": ["市县"]}, "single characters"),
        ({**good, "governments": []}, "governments"),
        ({**good, "collective": [" 各"]}, "collective"),
        (["not", "a", "mapping"], "mapping"),
    ]:
        with pytest.raises(UnitNamesError, match=words):
            build_unit_names(broken)


def test_every_form_of_the_shipped_data_reads_as_its_full_form():
    """No form of one department is cut short by another's (a shorter form that ends a longer one)."""
    for form, full in RULES.bodies.items():
        assert unit_key("市" + form, RULES) == "市" + full, form
        assert parent_key("县" + form, RULES) == unit_key("县人民政府", RULES), form
