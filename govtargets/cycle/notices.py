"""Notices to units: 催办 (urging) one item or a batch, and the printable 督办通知单 / 催办单 (.docx) of a
unit.

A notice lives in the application: the 催办 step itself (item_events, with its audit entry) is what the unit
sees on its home page until it replies. Other ways of telling a unit (mail, SMS) plug in as a
`NoticeChannel`: `urge` hands every notice it records to each channel given, after the steps are stored. No
channel here talks to the outside world.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from govtargets.cycle.lifecycle import Actor, LifecycleError, act
from govtargets.store import Item, Plan, Store

__all__ = ["Notice", "NoticeChannel", "urge", "NoticeLine", "notice_docx"]


@dataclass(frozen=True, slots=True)
class Notice:
    """One notice to one unit about one item: what kind (催办, 批示), and the words."""

    unit: str
    item_id: int
    kind: str
    text: str


class NoticeChannel(Protocol):
    """A way of telling a unit (the application itself needs none: its pages show the stored steps)."""

    def deliver(self, notice: Notice) -> None: ...


def urge(
    store: Store,
    items: Sequence[Item],
    actor: Actor,
    note: str | None = None,
    *,
    channels: Sequence[NoticeChannel] = (),
) -> tuple[list[Notice], dict[int, str]]:
    """催办 every item (one step per lead unit, or per co unit when there is no lead); returns the notices
    recorded and, by item id, why an item was skipped (finished, no unit)."""
    sent: list[Notice] = []
    skipped: dict[int, str] = {}
    for item in items:
        try:
            act(store, item, actor, "urge", note=note)
        except LifecycleError as e:
            skipped[item.id] = str(e)
            continue
        text = f"请抓紧推进“{item.short_name}”" + (f"：{note}" if note else "")
        sent.extend(Notice(u, item.id, "催办", text) for u in (item.lead_units or item.co_units))
    for notice in sent:
        for channel in channels:
            channel.deliver(notice)
    return sent, skipped


@dataclass(frozen=True, slots=True)
class NoticeLine:
    """One item on a unit's notice: its number, words, deadline, stage and what is asked."""

    seq: int
    text: str
    deadline: str
    standing: str
    asked: str


def _set_font(run: object, size: int, east_asian: str = "仿宋_GB2312", bold: bool = False) -> None:
    r = run  # python-docx Run
    r.font.size = Pt(size)  # type: ignore[attr-defined]
    r.font.bold = bold  # type: ignore[attr-defined]
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asian)  # type: ignore[attr-defined]


def notice_docx(
    plan: Plan, unit: str, lines: Sequence[NoticeLine], office: str, day: date, kind: str
) -> bytes:
    """The 督办通知单 (kind "督办通知单") or 催办单 of one unit as .docx bytes: title, the unit, what is
    asked, the table of its items, a reply line and the 落款 (office, date)."""
    doc = Document()
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(title.add_run(kind), 22, "方正小标宋简体", bold=True)
    head = doc.add_paragraph()
    _set_font(head.add_run(f"{unit}："), 16)
    body = doc.add_paragraph()
    asked = (
        "请对照下列事项抓紧推进，" if kind == "催办单" else "现将下列事项交由你单位承办，请按时限要求推进，"
    )
    _set_font(
        body.add_run(
            f"根据《{plan.title}》，{asked}于收到本通知后3个工作日内在督查系统中签收、回复并报送进展情况。"
        ),
        16,
    )
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, word in zip(
        table.rows[0].cells, ("序号", "任务内容", "完成时限", "当前状态", "督办要求"), strict=True
    ):
        _set_font(cell.paragraphs[0].add_run(word), 12, "黑体")
    for line in lines:
        cells = table.add_row().cells
        for cell, word in zip(
            cells, (str(line.seq), line.text, line.deadline, line.standing, line.asked), strict=True
        ):
            _set_font(cell.paragraphs[0].add_run(word), 12)
    reply = doc.add_paragraph()
    _set_font(reply.add_run("承办单位签收人：__________    签收日期：__________"), 14)
    for text in (office, f"{day.year}年{day.month}月{day.day}日"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _set_font(p.add_run(text), 16)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
