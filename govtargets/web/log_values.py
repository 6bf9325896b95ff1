"""The audit log's old and new values as a supervision office reads them: Chinese field names, codes in
words (左右, 增速, 部分完成, 督查室), lists joined with 、, evidence files by name and size.

The log keeps the values as the store wrote them (JSON with the records' field names); only the page
translates them. A field this module does not know is shown under its own name, never dropped.
"""

from __future__ import annotations

from typing import Any

from govtargets.cycle.evidence import parse_evidence_ref
from govtargets.store import ROLES
from govtargets.web.reporting import STATUS_NAMES, size_text
from govtargets.web.words import KIND_NAMES, QUALIFIER_NAMES

__all__ = ["FIELD_NAMES", "value_lines", "change_lines"]

FIELD_NAMES = {
    # items
    "kind": "类型",
    "text": "任务内容",
    "name": "简称",
    "category": "类别",
    "metric": "指标",
    "measure": "口径",
    "target_value": "目标值",
    "target_low": "目标下限",
    "target_high": "目标上限",
    "target_unit": "计量单位",
    "qualifier": "限定",
    "deadline": "完成时限",
    "due_date": "截止日期",
    "minsheng": "民生实事",
    "lead_units": "牵头单位",
    "co_units": "责任单位",
    "source_fact_id": "来源事实编号",
    "source_document_id": "来源文档编号",
    "source_start": "原文起始位置",
    "source_end": "原文结束位置",
    "note": "备注",
    # progress reports
    "item_id": "事项编号",
    "as_of": "截至日期",
    "period": "报告期",
    "value": "数值",
    "completion_pct": "完成率（%）",
    "growth": "增速（%）",
    "status": "状态",
    "narrative": "进展情况",
    "evidence": "佐证材料",
    "unit": "单位",
    "match_score": "匹配度",
    "supersedes_id": "更正的记录编号",
    # plans, documents, judgement runs
    "region": "地区",
    "year": "年度",
    "title": "标题",
    "items": "事项数",
    "first_id": "首个事项编号",
    "path": "文件",
    "facts": "事实数",
    "run": "研判批次",
    # users and fact reviews
    "username": "用户名",
    "display_name": "姓名",
    "role": "角色",
    "disabled": "停用",
    "values": "更正内容",
}

_WORDS: dict[str, dict[str, str]] = {
    "kind": {"indicator": "指标", **KIND_NAMES},
    "measure": {"level": "总量", "growth": "增速", "share": "比重", "ratio": "比率"},
    "qualifier": QUALIFIER_NAMES,
    "status": STATUS_NAMES,
    "role": ROLES,
}


def _evidence(ref: str) -> str:
    parsed = parse_evidence_ref(ref)
    return ref if parsed is None else f"{parsed[0]}（{size_text(parsed[1])}）"


def _text(field: str, value: Any) -> str:
    """One value in words."""
    if value is None or value == "" or value == [] or value == ():
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if field == "evidence" and isinstance(value, list | tuple):
        return "、".join(_evidence(str(v)) for v in value)
    if isinstance(value, list | tuple):
        return "、".join(_text(field, v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{_label(k)}：{_text(k, v)}" for k, v in value.items() if v is not None)
    if field in _WORDS:
        return _WORDS[field].get(str(value), str(value))
    return str(value)


def _label(field: Any) -> str:
    return FIELD_NAMES.get(str(field), str(field))


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == () or value == {}


def value_lines(value: Any) -> list[tuple[str, str]]:
    """A logged value as (field, value) lines, its empty fields left out (a progress report has many)."""
    if _blank(value):
        return []
    if not isinstance(value, dict):
        return [("内容", _text("", value))]
    return [(_label(k), _text(k, v)) for k, v in value.items() if not _blank(v)]


def change_lines(old: Any, new: Any) -> list[tuple[str, str, str]]:
    """An edit's (field, before, after) lines, for the fields either side names."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    fields = list(dict.fromkeys([*new, *old]))
    return [(_label(k), _text(k, old.get(k)), _text(k, new.get(k))) for k in fields]
