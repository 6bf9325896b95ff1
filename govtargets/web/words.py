"""The Chinese words the pages show for the library's codes: a fact's kind and qualifier, a review's
action, a fact's reported status."""

from __future__ import annotations

__all__ = ["KIND_NAMES", "QUALIFIER_NAMES", "REVIEW_NAMES", "STATUS_NAMES"]

KIND_NAMES = {"actual": "实际", "target": "目标", "progress": "进展", "task": "任务"}
QUALIFIER_NAMES = {"exact": "准确值", "about": "左右", "at_least": "以上", "at_most": "以内", "range": "区间"}
REVIEW_NAMES = {"accept": "已接受", "reject": "已剔除", "correct": "已更正"}
STATUS_NAMES = {
    "met": "完成",
    "not_met": "未完成",
    "partly_met": "部分完成",
    "cancelled": "取消",
    "on_schedule": "序时推进",
}
