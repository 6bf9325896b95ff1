"""The Chinese words the pages show for the library's codes: a fact's kind and qualifier, a review's
action, a reported status (govtargets.status: the one vocabulary, as on the progress pages)."""

from __future__ import annotations

from govtargets.status import Reported

__all__ = ["KIND_NAMES", "QUALIFIER_NAMES", "REVIEW_NAMES", "STATUS_NAMES"]

KIND_NAMES = {"actual": "实际", "target": "目标", "progress": "进展", "task": "任务"}
QUALIFIER_NAMES = {"exact": "准确值", "about": "左右", "at_least": "以上", "at_most": "以内", "range": "区间"}
REVIEW_NAMES = {"accept": "已接受", "reject": "已剔除", "correct": "已更正"}
STATUS_NAMES = {r.value: r.label for r in Reported}
