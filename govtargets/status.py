"""The one status vocabulary: where an item stands (`Status`, as judged) and what was reported (`Reported`).

Two things are called a status, and they are kept apart on purpose:

- `Status` is a judgement on a date, in the words a supervision office writes (完成, 序时推进, 滞后, 部分完成,
  未完成, 取消, 未报送). The value *is* the word: it is what the judgement runs store, the pages, the API and
  the reports show. `STATUSES` is their order in every table.
- `Reported` is what a document or a unit says: a fact's `status` (extraction reads 达到序时进度 as `met`,
  未完成序时进度 and 滞后 as `not_met`), or a progress report's (a unit picks one of `Reported.UNIT_CHOICES`).
  The value is the code stored; `label` is the word shown for it, which is the status the judgement makes
  of it (`judged`). Two codes read from a supervision report's lists mean something else for an indicator
  than for a task: `met` and `not_met` are 序时推进 and 滞后 for an indicator, not done or not.

`done` and `not_done` are codes of older progress rows; they stay readable (完成, 未完成).

>>> Reported("met").label, Reported.NOT_MET.judged_for("indicator"), Reported.NOT_MET.judged_for("task")
('序时推进', <Status.BEHIND: '滞后'>, <Status.NOT_MET: '未完成'>)
>>> [str(s) for s in STATUSES]
['完成', '序时推进', '滞后', '部分完成', '未完成', '取消', '未报送']
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "Status",
    "STATUSES",
    "ON_SCHEDULE_OR_DONE",
    "PROBLEMS",
    "Reported",
    "UNIT_CHOICES",
    "Stage",
    "STAGES",
    "OFFICE_ONLY",
]


class Status(StrEnum):
    """An item's standing on a date, as judged; the value is the Chinese word."""

    COMPLETED = "完成"
    ON_SCHEDULE = "序时推进"
    BEHIND = "滞后"
    PARTLY_MET = "部分完成"
    NOT_MET = "未完成"
    CANCELLED = "取消"
    NOT_REPORTED = "未报送"


STATUSES: tuple[Status, ...] = tuple(Status)
ON_SCHEDULE_OR_DONE = (Status.COMPLETED, Status.ON_SCHEDULE)
PROBLEMS = (Status.BEHIND, Status.NOT_MET, Status.PARTLY_MET)  # what 三、存在的主要问题 lists


class Reported(StrEnum):
    """A status as a document or a unit reports it; the value is the code stored."""

    COMPLETED = "completed"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    CANCELLED = "cancelled"
    ON_SCHEDULE = "on_schedule"
    BEHIND = "behind"
    MET = "met"  # a document's 达到序时进度 or 已完成
    DONE = "done"  # older rows: completed
    NOT_DONE = "not_done"  # older rows: not met

    @property
    def judged(self) -> Status:
        """The status the judgement gives an item reported so."""
        return _JUDGED[self]

    @property
    def label(self) -> str:
        """The word shown for the code: the status it is judged as."""
        return _JUDGED[self].value

    def judged_for(self, kind: str) -> Status:
        """The judged status for an item of this kind (indicator | task): an indicator in a supervision
        report's 完成进度 / 未完成进度 lists is on schedule or behind, not done."""
        if kind == "indicator":
            return _INDICATOR.get(self, _JUDGED[self])
        return _JUDGED[self]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(code, word) of the statuses a unit may report, in the order the forms offer them."""
        return [(r.value, r.label) for r in UNIT_CHOICES]


_JUDGED = {
    Reported.COMPLETED: Status.COMPLETED,
    Reported.DONE: Status.COMPLETED,
    Reported.CANCELLED: Status.CANCELLED,
    Reported.PARTLY_MET: Status.PARTLY_MET,
    Reported.NOT_MET: Status.NOT_MET,
    Reported.NOT_DONE: Status.NOT_MET,
    Reported.ON_SCHEDULE: Status.ON_SCHEDULE,
    Reported.MET: Status.ON_SCHEDULE,
    Reported.BEHIND: Status.BEHIND,
}
_INDICATOR = {Reported.MET: Status.ON_SCHEDULE, Reported.NOT_MET: Status.BEHIND}
# what a unit may report (the CLI's --status, the progress form, the API), in this order
UNIT_CHOICES = (
    Reported.COMPLETED,
    Reported.PARTLY_MET,
    Reported.NOT_MET,
    Reported.CANCELLED,
    Reported.ON_SCHEDULE,
    Reported.BEHIND,
)


class Stage(StrEnum):
    """Where an item stands in the 督办 workflow (govtargets.cycle.lifecycle), apart from how it is judged:
    an item may be 已签收 and 滞后 at once. The value is the word the pages show.

    >>> [str(s) for s in STAGES]
    ['待交办', '认领待审', '已交办', '已签收', '办结待审', '已退回', '已办结', '已销号', '已取消']
    """

    UNASSIGNED = "待交办"
    CLAIMED = "认领待审"
    ASSIGNED = "已交办"
    SIGNED = "已签收"
    APPLIED = "办结待审"
    RETURNED = "已退回"
    DONE = "已办结"
    CLOSED = "已销号"
    CANCELLED = "已取消"

    @property
    def finished(self) -> bool:
        """办结, 销号 or 取消: nothing more is asked of the unit."""
        return self in (Stage.DONE, Stage.CLOSED, Stage.CANCELLED)


STAGES: tuple[Stage, ...] = tuple(Stage)
# what only the supervision office sets: a unit applies (办结申请), the office confirms
OFFICE_ONLY = (Reported.COMPLETED, Reported.DONE, Reported.CANCELLED)
