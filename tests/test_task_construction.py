"""_new_task builds the same Task as Task(...), faster; a field added to Task must be added there too."""

from __future__ import annotations

import dataclasses

import pytest

from govtargets.extract._tasks import Task, _new_task


def test_new_task_is_task() -> None:
    values = (
        "d.txt",
        "新建学校3所",
        "1",
        "教育",
        ({"value": 3},),
        "年内",
        True,
        ("市教育局",),
        ("市财政局",),
    )
    rest = (None, 10, 16, "一是新建学校3所", ("市教育局", "市财政局"), ("王某某",))
    t = _new_task(*values, *rest)
    names = [f.name for f in dataclasses.fields(Task)]
    assert t == Task(**dict(zip(names[:15], values + rest, strict=True)))
    assert t.extra == {} and t.extra is not _new_task(*values, *rest).extra
    assert len(names) == 16  # _new_task sets these fields, in this order
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.text = "x"  # type: ignore[misc]


@dataclasses.dataclass(frozen=True, slots=True)
class Point:  # at module level: pickled by name
    x: int
    y: str


def test_a_slots_twin_builds_the_frozen_class() -> None:
    """slots_twin: what its builder returns is an instance of the class itself (type, equality, hash,
    frozen, pickling), and a class whose slots are not its fields in order is refused."""
    import pickle

    from govtargets._model import Fact, new_fact, slots_twin

    p = slots_twin(Point)(1, "a")
    assert type(p) is Point and p == Point(1, "a") and hash(p) == hash(Point(1, "a"))
    assert pickle.loads(pickle.dumps(p)) == p and repr(p).endswith("Point(x=1, y='a')")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 2  # type: ignore[misc]

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        x: int

    with pytest.raises(TypeError):
        slots_twin(NoSlots)
    args = ("d", "actual", "gdp", "GDP", "growth", None, None, None, "%", None, None, None, "%")
    f = new_fact(*args, "exact", "2024", 0, 3, "q", status="done")
    assert type(f) is Fact and f == Fact(*args, "exact", "2024", 0, 3, "q", status="done")
    assert f.extra == {} and f.extra is not new_fact(*args, "exact", "2024", 0, 3, "q").extra
