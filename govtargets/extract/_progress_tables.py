"""Progress tables flattened to lines: a header naming the indicator column and a completion column
(完成进度%, 完成率(%), 占年度目标%), then one row a line, cells separated by tabs or spaces.

指标	年度目标	1-6月完成	增长%	完成进度%
地区生产总值(亿元)	320	152.6	6.1	47.7        → gdp, completion 47.7

The header is met as a sentence by the progress grammar; the rows are read from the document's lines after
it, as long as they have as many cells as the header.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from govtargets._model import Fact
from govtargets.extract._progress_base import Sentence, Subject
from govtargets.text import normalize

if TYPE_CHECKING:
    from govtargets.extract._progress import ProgressGrammar

__all__ = ["TableReader"]

_DONE_HEAD_RE = re.compile(
    r"完成进度|完成率|完成比例|占(?:年度|全年)(?:目标|计划|任务)|完成(?:年度|全年)(?:目标|计划)"
)
_NAME_HEAD_RE = re.compile(r"(?:主要)?(?:指标|项目)(?:名称)?|名称")
_CELL_RE = re.compile(r"[^\t \u3000]+")  # cells: runs without tabs or spaces
_UNIT_RE = re.compile(r"[(（][^()（）]{0,10}[)）]$")  # 地区生产总值(亿元)
_VALUE_RE = re.compile(r"-?\d+(?:\.\d+)?%?")
_MAX_ROWS = 200


class TableReader:
    """Reads the rows under a progress table's header."""

    def __init__(self, grammar: ProgressGrammar) -> None:
        self.pg = grammar

    def header(self, sent: Sentence) -> list[Fact]:
        text = sent.nt.text
        if (
            not _DONE_HEAD_RE.search(text, sent.s0, sent.s1)
            or text[: sent.s0].strip()
            or text[sent.s1 :].strip()
        ):
            return []  # a table header is a line of its own
        cells = [normalize(c).text for c in _CELL_RE.findall(sent.orig(sent.s0, sent.s1))]
        if len(cells) < 3:
            return []
        name_col = next((i for i, c in enumerate(cells) if _NAME_HEAD_RE.fullmatch(c)), None)
        done_col = next((i for i, c in enumerate(cells) if _DONE_HEAD_RE.search(c)), None)
        if name_col is None or done_col is None:
            return []
        return self._rows(sent, len(cells), name_col, done_col)

    def _rows(self, sent: Sentence, ncols: int, name_col: int, done_col: int) -> list[Fact]:
        doc_text = sent.doc_text
        pos = sent.nt.span_to_orig(0, len(sent.nt.text))[1]
        out: list[Fact] = []
        for _ in range(_MAX_ROWS):
            if doc_text.startswith("\r\n", pos):
                pos += 1
            if not doc_text.startswith("\n", pos):
                break
            a = pos + 1
            b = doc_text.find("\n", a)
            b = len(doc_text) if b < 0 else b
            cells = list(_CELL_RE.finditer(doc_text, a, b))
            if len(cells) != ncols:
                break
            name_cell, value_cell = cells[name_col], cells[done_col]
            name = _UNIT_RE.sub("", normalize(name_cell.group(), traditional=True).text)
            nt = normalize(value_cell.group(), base=value_cell.start())
            if _VALUE_RE.fullmatch(nt.text):
                cell = Sentence(nt, 0, len(nt.text), sent.ctx, doc_text)
                label = doc_text[name_cell.start() : name_cell.start() + len(name)]
                for metric in self.pg._metric_ids(name) or (None,):
                    subject = Subject((metric,) if metric else (), label, (0, len(nt.text)))
                    f = self.pg._fact(
                        cell, subject, "completion", Decimal(nt.text.rstrip("%")), "%", None, None
                    )
                    out.append(replace(f, start=name_cell.start(), quote=doc_text[a:b].strip()))
            pos = b
        return out
