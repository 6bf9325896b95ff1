"""The demo's 督办 steps (govtargets.cycle.demo, after the units' progress): the office 交办 every item with
a lead unit and the units sign; then, with two units, the whole lifecycle:

- 县住建局's 老旧小区 task: progress (as the demo's reports), 催办 and the unit's reply, 办结申请, 退回 for a
  missing acceptance report, 办结申请 again, 办结 (the office's confirmed 完成) and 销号;
- 县教育局's 幼儿园 task: a 节点 from its 倒排时间表, a 催办 not yet answered and a county head's 批示 not yet
  read: what that unit's home page shows;
- 县卫健局's 体检 task is cancelled by the office, with the approving decision as its reason;
- 县住建局's 停车 task stays unsigned (待签收).

Names, notes and figures are invented for the demo.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from govtargets.cycle.lifecycle import Actor, act
from govtargets.store import Item, Store

__all__ = ["walk_lifecycle"]

OFFICE = Actor("演示·督查室", office=True)


def _unit(name: str) -> Actor:
    return Actor(f"演示·{name}", unit=name)


def _find(items: list[Item], word: str) -> Item | None:
    return next((i for i in items if i.kind == "task" and word in i.text), None)


def walk_lifecycle(store: Store, plan_id: int, as_of: date) -> Iterator[str]:
    """Take the demo's steps on the plan; yields one line of what was done."""
    items = store.items(plan_id)
    unsigned, cancelled = _find(items, "停车"), _find(items, "体检")
    assigned = signed = 0
    for item in items:
        if not item.lead_units:
            continue
        act(store, item, OFFICE, "assign", note="请按任务分解表要求推进，按月报送进展")
        assigned += 1
        if item is not unsigned:
            signed += 1
            for unit in item.units:
                if unit.startswith("县"):  # 各乡镇（街道） signs on paper, not in the system
                    act(store, item, _unit(unit), "sign")
    housing, schools = _find(items, "老旧小区"), _find(items, "幼儿园")
    walked = 0
    if housing is not None and housing.lead_units:
        lead = _unit(housing.lead_units[0])
        act(store, housing, OFFICE, "urge", note="请于5个工作日内报送剩余小区的改造进度")
        (urge_id,) = [e.id for e in store.item_events(housing.id) if e.kind == "urge"]
        act(store, housing, lead, "reply", note="已完工10个，其余2个6月底前完工", ref_id=urge_id)
        act(store, housing, lead, "apply", note="12个小区改造全部完工，惠及居民3260户")
        act(store, housing, OFFICE, "return", note="缺少竣工验收报告，请补充后重新申请")
        act(store, housing, lead, "apply", note="已补充12个小区的竣工验收报告")
        act(store, housing, OFFICE, "approve", note="材料齐全，同意办结", as_of=as_of)
        act(store, housing, OFFICE, "close", note="已办结，予以销号")
        walked += 1
    if schools is not None:
        act(store, schools, OFFICE, "milestone", note="完成主体工程", due=date(as_of.year, 9, 30))
        act(store, schools, OFFICE, "urge", note="两所幼儿园尚未开工，请说明原因")
        act(store, schools, OFFICE, "instruct", note="务必确保秋季学期前投入使用", leader="县长")
        walked += 1
    if cancelled is not None:
        reason = "经县政府常务会议研究同意，并入省级统一部署项目实施，本项取消"
        act(store, cancelled, OFFICE, "cancel", note=reason, as_of=date(as_of.year, 5, 20))
    yield (
        f"3a. 督办: {assigned} items 交办 ({signed} signed), {walked} walked through 催办, 批示, 办结, 销号"
        + (", 1 取消" if cancelled is not None else "")
    )
