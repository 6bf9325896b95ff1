"""An item's 督办 lifecycle: 交办 → 签收 (or 认领, approved by the office) → progress → 办结申请 → 审核
(办结, or 退回 with a reason) → 销号; 取消 by the office with a reason; 催办 and the unit's reply, 批示
and its acknowledgement, and milestones (季度/月度 节点) at any time before the item is finished.

Every step is a row of the store's `item_events` (with its audit entry): who, when, which unit, what note.
An item's stage is read from its steps in order (`flow_of`), so old items without any step are simply 待交办
and nothing is stored twice. `act` checks a step against the stage and the actor's part before writing it:

- the office (admin, supervisor) 交办, approves or refuses a 认领, sets milestones, 审核 (办结 / 退回), 销号,
  取消, 催办 and 批示;
- a unit (a reporter whose unit the item names) 签收, 认领 (an item without a lead unit), applies for 办结,
  replies to a 催办 and acknowledges a 批示;
- a viewer does nothing.

完成 exists only after the office's confirmation: 办结 writes the item's 完成 report (and 取消 its 取消
report) in the same transaction as the step, so the judgement, the dashboard and the report see it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from govtargets.status import Reported, Stage, Status
from govtargets.store import EventDraft, Item, ItemEvent, ProgressDraft, Store

__all__ = [
    "KINDS",
    "DONE",
    "OFFICE_KINDS",
    "UNIT_KINDS",
    "Actor",
    "Milestone",
    "Instruction",
    "Flow",
    "LifecycleError",
    "flow_of",
    "allowed",
    "act",
    "milestone_date",
    "milestone_state",
]

# every step, its code (stored) and the word shown in the history
KINDS = {
    "assign": "交办",
    "sign": "签收",
    "claim": "认领",
    "claim_ok": "同意认领",
    "claim_no": "不同意认领",
    "milestone": "设定节点",
    "apply": "办结申请",
    "approve": "审核办结",
    "return": "退回",
    "close": "销号",
    "cancel": Status.CANCELLED.value,  # the step and the status it leaves: one word
    "urge": "催办",
    "reply": "催办回复",
    "instruct": "批示",
    "ack": "批示已阅",
}
OFFICE_KINDS = frozenset(
    {
        "assign",
        "claim_ok",
        "claim_no",
        "milestone",
        "approve",
        "return",
        "close",
        "cancel",
        "urge",
        "instruct",
    }
)
UNIT_KINDS = frozenset({"sign", "claim", "apply", "reply", "ack"})
# what the page says once a step is taken
DONE = {
    "assign": "已交办",
    "sign": "已签收",
    "claim": "已提交认领申请，待督查室审核",
    "claim_ok": "已同意认领",
    "claim_no": "已不同意认领",
    "milestone": "已添加节点",
    "apply": "已提交办结申请，待督查室审核",
    "approve": "已审核办结",
    "return": "已退回",
    "close": "已销号",
    "cancel": "已取消该事项",
    "urge": "已催办",
    "reply": "已回复催办",
    "instruct": "已录入批示",
    "ack": "已阅批示",
}
# a step that must say why
_NEEDS_NOTE = {
    "claim_no": "请填写不同意认领的理由",
    "return": "请填写退回理由",
    "cancel": "请填写取消理由（批准依据）",
    "apply": "请填写办结情况及佐证说明",
    "reply": "请填写催办回复（整改措施和进展）",
    "instruct": "请填写批示内容",
}


class LifecycleError(ValueError):
    """A step not allowed now, or by this actor: the message is one line in Chinese for the page."""


@dataclass(frozen=True, slots=True)
class Actor:
    """Who takes a step: a user name, whether it is the supervision office, and the unit of a unit user."""

    username: str
    office: bool = False
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Milestone:
    """A 节点 of an item: a date and what must be done by it."""

    due: date
    label: str
    step: ItemEvent


@dataclass(frozen=True, slots=True)
class Instruction:
    """A leader's 批示 on an item and the units that have acknowledged it."""

    step: ItemEvent
    leader: str
    acked: dict[str, ItemEvent] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Flow:
    """An item's lifecycle as its steps say: the stage and what is open."""

    stage: Stage
    steps: tuple[ItemEvent, ...] = ()
    signed: dict[str, ItemEvent] = field(default_factory=dict)  # unit → its 签收 since the last 交办
    claim: ItemEvent | None = None  # a 认领 awaiting the office
    application: ItemEvent | None = None  # the 办结申请 awaiting 审核
    returned: ItemEvent | None = None  # the last 退回 (its note is the reason)
    milestones: tuple[Milestone, ...] = ()
    open_urges: tuple[ItemEvent, ...] = ()  # 催办 no reply has answered yet
    urges: int = 0  # every 催办, answered or not
    instructions: tuple[Instruction, ...] = ()

    def open_for(self, unit: str | None) -> tuple[list[ItemEvent], list[Instruction]]:
        """The unit's open 催办 and its unacknowledged 批示 on this item."""
        if unit is None:
            return [], []
        urges = [u for u in self.open_urges if u.unit == unit]
        return urges, [i for i in self.instructions if unit not in i.acked]


def milestone_state(m: Milestone, last_report: date | None, as_of: date) -> str:
    """A 节点 judged like a deadline: 已报送 when the unit reported on or after its date, 逾期 when its
    date has passed without, else 未到期 (govtargets.cycle.alerts warns of it as it nears).

    >>> m = Milestone(date(2025, 3, 31), "完成主体工程", None)  # type: ignore[arg-type]
    >>> [milestone_state(m, r, date(2025, 4, 10)) for r in (date(2025, 4, 2), date(2025, 3, 1), None)]
    ['已报送', '逾期', '逾期']
    >>> milestone_state(m, None, date(2025, 3, 1))
    '未到期'
    """
    if last_report is not None and last_report >= m.due:
        return "已报送"
    return "逾期" if m.due < as_of else "未到期"


def milestone_date(text: str) -> date:
    """A milestone's date as typed (2025-03-31); LifecycleError in Chinese otherwise.

    >>> milestone_date("2025-03-31")
    datetime.date(2025, 3, 31)
    """
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise LifecycleError(f"节点日期“{text}”有误，应为“2025-03-31”的格式") from None


def flow_of(steps: Sequence[ItemEvent]) -> Flow:
    """The item's lifecycle from its steps, oldest first."""
    stage = Stage.UNASSIGNED
    signed: dict[str, ItemEvent] = {}
    claim = application = returned = None
    milestones: list[Milestone] = []
    urges: dict[int, ItemEvent] = {}
    n_urges = 0
    instructions: dict[int, Instruction] = {}
    for e in steps:
        k = e.kind
        if k == "assign":
            stage, signed = Stage.ASSIGNED, {}
        elif k == "sign" and e.unit:
            signed[e.unit] = e
            if e.data.get("role") == "lead" or stage == Stage.ASSIGNED:
                stage = Stage.SIGNED
        elif k == "claim":
            stage, claim = Stage.CLAIMED, e
        elif k == "claim_ok":
            stage, claim = Stage.SIGNED, None
            if e.unit:
                signed = {e.unit: e}
        elif k == "claim_no":
            stage, claim = Stage.UNASSIGNED, None
        elif k == "milestone":
            due = e.data.get("due")
            if isinstance(due, str):
                milestones.append(Milestone(date.fromisoformat(due), e.note or "", e))
        elif k == "apply":
            stage, application = Stage.APPLIED, e
        elif k == "approve":
            stage, application = Stage.DONE, None
        elif k == "return":
            stage, application, returned = Stage.RETURNED, None, e
        elif k == "close":
            stage = Stage.CLOSED
        elif k == "cancel":
            stage, application = Stage.CANCELLED, None
        elif k == "urge":
            urges[e.id] = e
            n_urges += 1
        elif k == "reply" and e.ref_id is not None:
            urges.pop(e.ref_id, None)
        elif k == "instruct":
            instructions[e.id] = Instruction(e, str(e.data.get("leader") or ""))
        elif k == "ack" and e.ref_id in instructions and e.unit:
            instructions[e.ref_id].acked[e.unit] = e
    return Flow(
        stage,
        tuple(steps),
        signed,
        claim,
        application,
        returned,
        tuple(sorted(milestones, key=lambda m: m.due)),
        tuple(urges.values()) if not stage.finished else (),
        n_urges,
        tuple(instructions.values()),
    )


def _unit_part(item: Item, unit: str | None) -> str | None:
    if unit is None:
        return None
    if unit in item.lead_units:
        return "lead"
    return "co" if unit in item.co_units else None


def allowed(item: Item, flow: Flow, actor: Actor) -> list[str]:
    """The steps the actor may take on the item now, in the order a page offers them."""
    return [k for k in KINDS if _refusal(item, flow, actor, k) is None]


def _refusal(item: Item, flow: Flow, actor: Actor, kind: str) -> str | None:
    """Why the step is not allowed (in Chinese), or None if it is. Steps that answer another (reply, ack)
    are checked for their target in `act`."""
    st = flow.stage
    if kind not in KINDS:
        return "未知的督办操作"
    if kind in OFFICE_KINDS and not actor.office:
        return "只有督查室可以进行此操作"
    if kind in UNIT_KINDS:
        if actor.unit is None:
            return "只有承办单位可以进行此操作"
        part = _unit_part(item, actor.unit)
        if kind == "claim":
            if item.lead_units:
                return "该事项已有牵头单位，无需认领"
            if st != Stage.UNASSIGNED:
                return "该事项已有认领申请待审核" if st == Stage.CLAIMED else f"该事项当前为“{st}”，不能认领"
            return None
        if part is None:
            return "该事项不属于本单位"
        if kind == "sign":
            if st not in (Stage.ASSIGNED, Stage.SIGNED):
                return (
                    "该事项尚未交办，不能签收" if st == Stage.UNASSIGNED else f"该事项当前为“{st}”，不能签收"
                )
            return "本单位已签收该事项" if actor.unit in flow.signed else None
        if kind == "apply":
            if part != "lead":
                return "办结申请须由牵头单位提交"
            if st == Stage.APPLIED:
                return "办结申请已提交，正在审核"
            return None if st in (Stage.SIGNED, Stage.RETURNED) else f"该事项当前为“{st}”，不能申请办结"
        if kind == "reply":
            return None if any(u.unit == actor.unit for u in flow.open_urges) else "本单位没有待回复的催办"
        return None if flow.open_for(actor.unit)[1] else "没有待阅的批示"
    # the office's steps
    if kind == "assign":
        if not item.lead_units:
            return "请先确定牵头单位再交办"
        if st.finished or st in (Stage.APPLIED, Stage.CLAIMED):
            return f"该事项当前为“{st}”，不能交办"
        return None
    if kind in ("claim_ok", "claim_no"):
        return None if flow.claim is not None else "没有待审核的认领申请"
    if kind in ("approve", "return"):
        return None if st == Stage.APPLIED else "没有待审核的办结申请"
    if kind == "close":
        return None if st == Stage.DONE else "只有已办结的事项可以销号"
    if kind in ("cancel", "milestone"):
        return None if not st.finished else f"该事项已{str(st).removeprefix('已')}"
    if kind == "urge":
        if st.finished:
            return f"该事项已{str(st).removeprefix('已')}，无需催办"
        return None if item.units else "该事项没有承办单位，无法催办"
    return None  # instruct: at any time


def act(
    store: Store,
    item: Item,
    actor: Actor,
    kind: str,
    *,
    note: str | None = None,
    ref_id: int | None = None,
    due: date | None = None,
    leader: str | None = None,
    as_of: date | None = None,
    progress: ProgressDraft | None = None,
) -> list[int]:
    """Take one step on the item as the actor, after checking it; returns the new step ids (a 催办 or a 交办
    writes one per unit). LifecycleError (Chinese, one line) if the step is not allowed now."""
    flow = flow_of(store.item_events(item.id))
    why = _refusal(item, flow, actor, kind)
    if why is not None:
        raise LifecycleError(why)
    note = (note or "").strip() or None
    if kind in _NEEDS_NOTE and not note:
        raise LifecycleError(_NEEDS_NOTE[kind])
    if note and len(note) > 2000:
        raise LifecycleError("说明过长（最多2000字）")
    today = as_of or date.today()
    drafts: list[EventDraft] = []
    extra: list[tuple[int, ProgressDraft]] = []
    if kind == "assign":
        data = {"lead": list(item.lead_units), "co": list(item.co_units)}
        drafts.append(EventDraft(item.id, kind, item.lead_units[0], note, data))
    elif kind == "sign":
        drafts.append(
            EventDraft(item.id, kind, actor.unit, note, {"role": _unit_part(item, actor.unit) or ""})
        )
    elif kind in ("claim_ok", "claim_no"):
        assert flow.claim is not None
        drafts.append(EventDraft(item.id, kind, flow.claim.unit, note, None, flow.claim.id))
    elif kind == "milestone":
        if due is None:
            raise LifecycleError("请填写节点日期")
        if not note:
            raise LifecycleError("请填写节点要求（如：完成主体工程）")
        drafts.append(EventDraft(item.id, kind, None, note, {"due": due.isoformat()}))
    elif kind == "apply":
        drafts.append(EventDraft(item.id, kind, actor.unit, note))
        if progress is not None:
            extra.append((item.id, replace(progress, unit=actor.unit)))
    elif kind == "approve":
        drafts.append(EventDraft(item.id, kind, item.lead_units[0] if item.lead_units else None, note))
        said = f"经督查室审核办结{('：' + note) if note else ''}"
        extra.append((item.id, ProgressDraft(as_of=today, status=Reported.COMPLETED.value, narrative=said)))
    elif kind == "cancel":
        drafts.append(EventDraft(item.id, kind, None, note))
        extra.append(
            (
                item.id,
                ProgressDraft(
                    as_of=today, status=Reported.CANCELLED.value, narrative=f"经督查室取消：{note}"
                ),
            )
        )
    elif kind == "urge":
        units = item.lead_units or item.co_units
        drafts.extend(EventDraft(item.id, kind, u, note) for u in units)
    elif kind == "reply":
        target = next((u for u in flow.open_urges if u.unit == actor.unit and (ref_id in (None, u.id))), None)
        if target is None:
            raise LifecycleError("要回复的催办不存在或已回复")
        drafts.append(EventDraft(item.id, kind, actor.unit, note, None, target.id))
    elif kind == "ack":
        open_ones = flow.open_for(actor.unit)[1]
        chosen = next((i for i in open_ones if ref_id in (None, i.step.id)), None)
        if chosen is None:
            raise LifecycleError("要阅知的批示不存在或已阅")
        drafts.append(EventDraft(item.id, kind, actor.unit, note, None, chosen.step.id))
    elif kind == "instruct":
        leader = (leader or "").strip()
        if not leader:
            raise LifecycleError("请填写批示领导")
        drafts.append(EventDraft(item.id, kind, None, note, {"leader": leader[:100]}))
    else:  # claim, return, close
        unit = actor.unit if kind == "claim" else None
        drafts.append(EventDraft(item.id, kind, unit, note))
    ids = store.add_events(drafts, actor=actor.username, progress=extra)
    if kind == "claim_ok":
        assert flow.claim is not None and flow.claim.unit
        store.revise_item(item.id, {"lead_units": (flow.claim.unit,)}, actor=actor.username)
    return ids
