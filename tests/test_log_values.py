"""The audit log's values in Chinese words (govtargets.web.log_values)."""

from __future__ import annotations

from govtargets.web.log_values import change_lines, value_lines


def test_a_progress_report_reads_in_chinese_with_its_empty_fields_left_out():
    logged = {
        "item_id": 12,
        "as_of": "2025-06-30",
        "period": None,
        "value": None,
        "completion_pct": "55",
        "status": "partly_met",
        "evidence": ["照片.jpg#size=2048&sha256=" + "a" * 64],
        "narrative": "已完成主体工程",
    }
    assert value_lines(logged) == [
        ("事项编号", "12"),
        ("截至日期", "2025-06-30"),
        ("完成率（%）", "55"),
        ("状态", "部分完成"),
        ("佐证材料", "照片.jpg（2.0 KB）"),
        ("进展情况", "已完成主体工程"),
    ]


def test_an_edit_reads_as_before_and_after_and_codes_become_words():
    old = {"qualifier": "about", "lead_units": ["县发改局"], "minsheng": False, "due_date": None}
    new = {
        "qualifier": "at_least",
        "lead_units": ["县发改局", "县统计局"],
        "minsheng": True,
        "due_date": "2025-09-30",
    }
    assert change_lines(old, new) == [
        ("限定", "左右", "以上"),
        ("牵头单位", "县发改局", "县发改局、县统计局"),
        ("民生实事", "否", "是"),
        ("截止日期", "（空）", "2025-09-30"),
    ]


def test_users_reviews_and_unknown_fields():
    assert value_lines({"username": "zhujian", "role": "reporter", "unit": "县住建局"}) == [
        ("用户名", "zhujian"),
        ("角色", "填报单位"),
        ("单位", "县住建局"),
    ]
    assert value_lines({"values": {"value": "6.5", "qualifier": "about"}, "note": None}) == [
        ("更正内容", "数值：6.5；限定：左右")
    ]
    assert value_lines({"some_new_field": "x"}) == [("some_new_field", "x")]  # shown, never dropped
    assert value_lines(None) == [] and value_lines("纯文本") == [("内容", "纯文本")]
