"""临期提醒 and 预警: which unfinished items the office should look at, yellow or red, and why.

The office's rules are `WarningRules` below, the one place they are written; every judgement run stores
them beside the judgement's own thresholds (`run_rules`), so a 预警 list can be re-read later. An item is
warned of when it is not finished (not 完成, not 取消, not 办结/销号/已取消 in its lifecycle) and:

- its deadline is near: due within `due_yellow_days` days is yellow, within `due_red_days` days red;
  past its deadline is red (逾期);
- a milestone (节点) of it is near or past in the same way, unless the unit reported on or after its date
  (a 节点 is met by a report at the node; one without is 节点逾期);
- it is judged behind schedule: the judgement's own light (yellow or red) for 滞后 or 部分完成;
- its unit has said nothing for a while: no report for `silent_yellow_days` days is yellow, for
  `silent_red_days` days red (counted from the last report, else from the 交办, else not at all: an item
  nobody has assigned yet is no unit's silence);
- a 催办 on it is unanswered (yellow).

An item's colour is the worst of its reasons. Items not yet due and not yet reported are not warned of for
that alone: they are 未报送 (grey), never 未完成.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from govtargets.cycle.judge import Judgement, Rules
from govtargets.cycle.lifecycle import Flow
from govtargets.status import Stage, Status
from govtargets.store import Progress

__all__ = ["WarningRules", "Alert", "alerts_for", "run_rules"]


@dataclass(frozen=True, slots=True)
class WarningRules:
    """The office's 预警 thresholds (days); stored with each judgement run (see `run_rules`)."""

    due_yellow_days: int = 15  # deadline or milestone within this many days: yellow (临期)
    due_red_days: int = 5  # within this many days: red
    silent_yellow_days: int = 30  # no report for this many days: yellow
    silent_red_days: int = 60  # no report for this many days: red

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def run_rules(rules: Rules | None = None, warning_rules: WarningRules | None = None) -> dict[str, Any]:
    """What a judgement run stores as its rules: the judgement's thresholds and the 预警 rules."""
    return {**(rules or Rules()).as_dict(), "warnings": (warning_rules or WarningRules()).as_dict()}


@dataclass(frozen=True, slots=True)
class Alert:
    """One item the office should look at: red or yellow, and the reasons in Chinese."""

    judgement: Judgement
    flow: Flow
    light: str  # red | yellow
    reasons: tuple[str, ...]

    @property
    def item_id(self) -> int:
        return self.judgement.item.id


def _due_reason(what: str, due: date, as_of: date, rules: WarningRules) -> tuple[str, str] | None:
    days = (due - as_of).days
    if days < 0:
        return "red", f"{what}已逾期{-days}天（{due.isoformat()}）"
    if days <= rules.due_red_days:
        return "red", f"{what}还剩{days}天（{due.isoformat()}）"
    if days <= rules.due_yellow_days:
        return "yellow", f"{what}还剩{days}天（{due.isoformat()}）"
    return None


def alerts_for(
    judgements: Sequence[Judgement],
    progress: Mapping[int, Sequence[Progress]],
    flows: Mapping[int, Flow],
    as_of: date,
    rules: WarningRules | None = None,
) -> list[Alert]:
    """The 预警 list on as_of: red before yellow, then in plan order."""
    rules = rules or WarningRules()
    empty = Flow(Stage.UNASSIGNED)
    out: list[Alert] = []
    for j in judgements:
        if j.status in (Status.COMPLETED, Status.CANCELLED):
            continue
        flow = flows.get(j.item.id, empty)
        if flow.stage.finished:
            continue
        found: list[tuple[str, str]] = []
        item = j.item
        reports = [p for p in progress.get(item.id, ()) if p.as_of <= as_of]
        last_report = max((p.as_of for p in reports), default=None)
        if item.due_date is not None:
            r = _due_reason("完成时限", item.due_date, as_of, rules)
            if r:
                found.append(r)
        for m in flow.milestones:
            if last_report is not None and last_report >= m.due:
                continue
            r = _due_reason(f"节点“{m.label}”", m.due, as_of, rules)
            if r:
                found.append(r)
        if j.status in (Status.BEHIND, Status.PARTLY_MET, Status.NOT_MET) and j.light in ("red", "yellow"):
            found.append((j.light, f"研判为{j.status}：{j.basis}" if j.basis else f"研判为{j.status}"))
        since = last_report
        if since is None:
            assigned = [e for e in flow.steps if e.kind == "assign"]
            since = assigned[0].at.date() if assigned else None
        if since is not None:
            quiet = (as_of - since).days
            if quiet >= rules.silent_red_days:
                found.append(("red", f"已{quiet}天未报送进展"))
            elif quiet >= rules.silent_yellow_days:
                found.append(("yellow", f"已{quiet}天未报送进展"))
        if flow.open_urges:
            found.append(("yellow", f"催办未回复（{len(flow.open_urges)}次）"))
        if found:
            light = "red" if any(c == "red" for c, _ in found) else "yellow"
            out.append(Alert(j, flow, light, tuple(w for _, w in found)))
    out.sort(key=lambda w: (w.light != "red", w.judgement.item.seq))
    return out
