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
