"""Progress tables flattened to lines: a header naming the indicator column and a completion column
(完成进度%, 完成率(%), 占年度目标%), then one row a line, cells separated by tabs or spaces.

指标	年度目标	1-6月完成	增长%	完成进度%
地区生产总值(亿元)	320	152.6	6.1	47.7        → gdp, completion 47.7

The header is met as a sentence by the progress grammar; the rows are read from the document's lines after
it, as long as they have as many cells as the header. A table written one cell a line (as a .docx table
often comes out as text) is read the same way: the header cells are the short lines around the completion
column's, and every so many lines after them make a row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from govtargets._model import Fact
from govtargets.extract._progress_base import Sentence, Subject
from govtargets.extract._progress_status import STATUS_RE, status_of
from govtargets.status import Reported
from govtargets.text import normalize, regex

if TYPE_CHECKING:
    from govtargets.extract._progress import ProgressGrammar

__all__ = ["TableReader"]

_DONE_HEAD_RE = regex(
    r"完成进度|完成率|完成比例|占(?:年度|全年)(?:目标|计划|任务|预算)|完成(?:年度|全年)(?:目标|计划|预算|任务)"
    r"|(?<![序时间])进度(?=[(（]?%|$|\t)"  # 进度(%): a projects table's column
)
_NAME_HEAD_RE = regex(
    r"(?:主要)?(?:指标|项目|实事项目|民生实事|实事|任务|重点任务|工作任务)(?:名称|内容)?|名称|工作内容"
)
# the completion less the schedule, signed: 快慢(百分点), 与序时进度比, 进度差（百分点）
_LAG_HEAD_RE = regex(r"快慢|与序时进度(?:相)?比|进度差|超欠序时进度|比序时进度")
# a table's note saying a positive figure is behind (正数为慢于序时进度 ; 负数表示快于…): else it is ahead
# (the document as read: either script)
_POSITIVE_BEHIND_RE = regex(
    r"正[数數](?:表示|[为為爲是])(?:慢|[滞滯][后後]|落[后後]|低[于於])|[负負][数數](?:表示|[为為爲是])(?:快|超|[领領]先|高[于於])"
)
_SIGNED_RE = regex(r"[+-]?\d+(?:\.\d+)?")
# a yes-or-no column: 是否完成 (是 / 否 / 基本完成)
_YES_HEAD_RE = regex(r"是否(?:完成|办结|达到序时进度|达序|滞后|落后)|完成与否")
_YES_NO = {"是": "met", "否": "not_met"}
# 是否滞后 asks the other way: 是 is behind, 否 on schedule (not behind is no more than that)
_BEHIND_HEAD_RE = regex(r"是否(?:滞后|落后)")
_YES_NO_BEHIND = {"是": "not_met", "否": "on_schedule"}
# a column of progress in prose (进展情况: 已完成。…完成年度目标的81.2%): read by the sentence readers, the
# table telling them which column names each row's item
_PROSE_HEAD_RE = regex(r"(?:进展|完成|推进|进度|落实|办理)情况")
_CELL_RE = regex(r"[^\t \u3000]+")  # cells: runs without tabs or spaces
# 地区生产总值(亿元) (not 城东快速路（一期）: a project's part; not 渡口改桥（3座）, 老旧小区改造（2024年度）:
# a figure in brackets belongs to the name)
_UNIT_RE = regex(r"[(（](?![^()（）]*(?:期|标段|段|片区|\d))[^()（）]{0,10}[)）]$")
_FILL_RE = regex(r"[(（][绿黄红蓝橙]色[)）]")  # a cell's fill, as the spreadsheet reader shows it
_VALUE_RE = regex(r"-?\d+(?:\.\d+)?%?")
_REMARK_RE = regex(r"备注|说明|备考")
_TOTAL_ROW_RE = regex(r"\s*(?:合\s*计|总\s*计|小\s*计|全县|全市|全区)\s*$")
_STATUS_HEAD_RE = regex(r"(?:亮灯|灯色|状态|进展状态|完成状态)(?:情况)?")  # a column of statuses
# a merged row naming a category of the rows under it: 一、经济发展类, （二）财政收入, 民生类指标
_CATEGORY_RE = regex(
    r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])?"
    r"[^\d注:：。；，,\t ]{2,14}"
)
_MAX_ROWS = 200


class TableReader:
    """Reads the rows under a progress table's header."""

    def __init__(self, grammar: ProgressGrammar) -> None:
        self.pg = grammar

    def header(self, sent: Sentence) -> list[Fact]:
        text = sent.nt.text
        if (
            not (
                _DONE_HEAD_RE.search(text, sent.s0, sent.s1)
                or _YES_HEAD_RE.search(text, sent.s0, sent.s1)
                or _PROSE_HEAD_RE.search(text, sent.s0, sent.s1)
            )
            or text[: sent.s0].strip()
            or text[sent.s1 :].strip()
        ):
            return []  # a table header is a line of its own
        line = sent.orig(sent.s0, sent.s1)
        tabs = "\t" in line.strip()
        spans = _cells(line, 0, len(line), tabs)
        cells = [normalize(line[a:b], traditional=True).text for a, b in spans]
        if len(cells) == 1 and len(cells[0]) <= _MAX_HEAD:
            return self._vertical(sent)
        if len(cells) < 3:
            return []
        name_col = next((i for i, c in enumerate(cells) if _NAME_HEAD_RE.fullmatch(c)), None)
        done_col = next((i for i, c in enumerate(cells) if _DONE_HEAD_RE.search(c)), None)
        yes_col = next((i for i, c in enumerate(cells) if _YES_HEAD_RE.search(c)), None)
        prose_col = next((i for i, c in enumerate(cells) if _PROSE_HEAD_RE.fullmatch(c)), None)
        if name_col is None or (done_col is None and yes_col is None and prose_col is None):
            return []
        status_col = next((i for i, c in enumerate(cells) if _STATUS_HEAD_RE.fullmatch(c)), None)
        lag_col = next((i for i, c in enumerate(cells) if _LAG_HEAD_RE.search(c)), None)
        # a completion column not headed in % (完成率) may hold fractions (0.785: 78.5%)
        fractions = done_col is not None and "%" not in cells[done_col]
        behind_asked = yes_col is not None and _BEHIND_HEAD_RE.search(cells[yes_col]) is not None
        columns = _Columns(name_col, done_col, status_col, lag_col, yes_col, fractions, behind_asked)
        # the fewest cells a row may have: tab-separated, the trailing empty cells may be dropped; separated
        # by spaces, an empty cell cannot be seen, so a row lacks at most a last 备注 (remarks) cell
        first = next(c for c in (done_col, yes_col, prose_col) if c is not None)
        fewest = (
            first + 1
            if tabs
            else len(cells) - (first < len(cells) - 1 and bool(_REMARK_RE.fullmatch(cells[-1])))
        )
        return self._rows(sent, (fewest, len(cells)), tabs, columns)

    def _rows(self, sent: Sentence, ncols: tuple[int, int], tabs: bool, columns: _Columns) -> list[Fact]:
        name_col, done_col, status_col = columns.name, columns.done, columns.status
        doc_text = sent.doc_text
        behind = 1 if _POSITIVE_BEHIND_RE.search(doc_text) else -1  # a lag's sign: positive when behind
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
            cells = _cells(doc_text, a, b, tabs)
            if len(cells) == 1 and _CATEGORY_RE.fullmatch(doc_text, *cells[0]):
                pos = b  # a merged row naming a category (一、经济发展类): the table goes on
                continue
            if not ncols[0] <= len(cells) <= ncols[1]:
                break
            (n0, n1) = cells[name_col]
            if n0 == n1 or _TOTAL_ROW_RE.match(doc_text, cells[0][0], cells[0][1]):
                pos = b
                continue  # 合计 / 小计: the rows' sum, no item's
            if (lead := _PART_OF_RE.match(doc_text, n0, n1)) is not None:
                n0 = lead.end()  # 其中：工业投资: a part's row, named as itself
            name = _UNIT_RE.sub("", normalize(doc_text[n0:n1], traditional=True).text)
            quote = doc_text[a:b].strip()
            self.pg.row_names[a] = (n0, n0 + len(name))
            v0, v1 = cells[done_col] if done_col is not None and done_col < len(cells) else (a, a)
            nt = normalize(doc_text[v0:v1], base=v0)
            if v0 < v1 and _VALUE_RE.fullmatch(nt.text):
                cell = Sentence(nt, 0, len(nt.text), sent.ctx, doc_text)
                label = doc_text[n0 : n0 + len(name)]
                value = Decimal(nt.text.rstrip("%"))
                if columns.fractions and _FRACTION_RE.fullmatch(nt.text):
                    value = _percent(value)  # 0.785 in a 完成率 column: 78.5%
                for metric in self.pg._metric_ids(name) or (None,):
                    subject = Subject((metric,) if metric else (), label, (0, len(nt.text)))
                    f = self.pg._fact(cell, subject, "completion", value, "%", None, None)
                    out.append(replace(f, start=n0, quote=quote))
            if columns.lag is not None and columns.lag < len(cells):
                out += self._lag_cell(sent, cells[columns.lag], (n0, n0 + len(name)), quote, behind)
            if status_col is not None and status_col < len(cells):
                out += self._status_cell(sent, cells[status_col], (n0, n0 + len(name)), quote)
            if columns.yes is not None and columns.yes < len(cells):
                out += self._status_cell(
                    sent,
                    cells[columns.yes],
                    (n0, n0 + len(name)),
                    quote,
                    yes_no=_YES_NO_BEHIND if columns.behind_asked else _YES_NO,
                )
            pos = b
        return out

    def _lag_cell(
        self, sent: Sentence, cell: tuple[int, int], name: tuple[int, int], quote: str, behind: int
    ) -> list[Fact]:
        """A row's signed figure against the schedule (快慢: -1.6): a lag, positive when behind."""
        doc_text = sent.doc_text
        nt = normalize(doc_text[cell[0] : cell[1]], base=cell[0])
        if not _SIGNED_RE.fullmatch(nt.text):
            return []  # — : no figure
        label = doc_text[name[0] : name[1]]
        value = behind * Decimal(nt.text.lstrip("+"))
        cell_sent = Sentence(nt, 0, len(nt.text), sent.ctx, doc_text)
        return [
            replace(
                self.pg._fact(
                    cell_sent,
                    Subject((metric,) if metric else (), label, (0, len(nt.text))),
                    "lag",
                    value + 0,  # not -0
                    "百分点",
                    None,
                    None,
                ),
                start=name[0],
                quote=quote,
            )
            for metric in self.pg._metric_ids(_cell_name(label)) or (None,)
        ]

    def _status_cell(
        self,
        sent: Sentence,
        cell: tuple[int, int],
        name: tuple[int, int],
        quote: str,
        yes_no: dict[str, str] | None = None,
    ) -> list[Fact]:
        """A row's status column (亮灯: 绿灯; 状态: 已完成; 是否完成: 是): the row's item has that status."""
        doc_text = sent.doc_text
        nt = normalize(doc_text[cell[0] : cell[1]], traditional=True, base=cell[0])
        label = doc_text[name[0] : name[1]]
        metrics = self.pg._metric_ids(_cell_name(label))
        status: Reported | str
        confidence: str | None
        if yes_no and nt.text in yes_no:
            status, confidence = Reported(yes_no[nt.text]), None
        elif (m := STATUS_RE.fullmatch(nt.text)) is not None:
            status, confidence = status_of(m)
        else:
            return []
        cell_sent = Sentence(nt, 0, len(nt.text), sent.ctx, doc_text)
        return [
            replace(
                self.pg.status_fact(
                    cell_sent,
                    Subject((metric,) if metric else (), label, (0, len(nt.text)), name),
                    status,
                    None,
                    confidence=confidence,
                ),
                start=name[0],
                quote=quote,
            )
            for metric in metrics or (None,)  # a project's row: its name is the item
        ]

    def _vertical(self, sent: Sentence) -> list[Fact]:
        """A table one cell a line: 指标名称 / 年度目标 / 1-6月完成 / 完成进度(%) / 地区生产总值 / 320 / …"""
        doc_text = sent.doc_text
        here = sent.nt.span_to_orig(0, len(sent.nt.text))
        if not _is_head(doc_text[slice(*here)]):
            return []
        head = [*reversed(list(_lines(doc_text, here[0], -1, _MAX_COLS))), here]
        while not all(_is_head(doc_text[a:b]) for a, b in head):
            head = head[1:]  # only the header cells just before: not the title or the prose above
        after = list(_lines(doc_text, here[1], 1, _MAX_ROWS * _MAX_COLS))
        n_before = head.index(here)
        for a, b in after[:_MAX_COLS]:  # header cells after the completion column's
            if not _is_head(doc_text[a:b]) or self.pg._metric_ids(_cell_name(doc_text[a:b])):
                break
            head.append((a, b))
        cells = [normalize(doc_text[a:b], traditional=True).text for a, b in head]
        name_col = next((i for i, c in enumerate(cells) if _NAME_HEAD_RE.fullmatch(c)), None)
        done_col = next((i for i, c in enumerate(cells) if _DONE_HEAD_RE.search(c)), None)
        if name_col is None or done_col is None or len(cells) < 3:
            return []
        status_col = next((i for i, c in enumerate(cells) if _STATUS_HEAD_RE.fullmatch(c)), None)
        rows = after[len(head) - n_before - 1 :]
        out: list[Fact] = []
        for r in range(0, len(rows) - len(cells) + 1, len(cells)):
            row = rows[r : r + len(cells)]
            name_span, value_span = row[name_col], row[done_col]
            name = _cell_name(doc_text[slice(*name_span)])
            metrics = self.pg._metric_ids(name)
            nt = normalize(doc_text[slice(*value_span)], base=value_span[0])
            if not metrics or not _VALUE_RE.fullmatch(nt.text):
                break  # the table has ended (or is not one of indicators)
            cell = Sentence(nt, 0, len(nt.text), sent.ctx, doc_text)
            label = doc_text[name_span[0] : name_span[0] + len(name)]
            quote = " ".join(doc_text[a:b] for a, b in row)
            for metric in metrics:
                subject = Subject((metric,), label, (0, len(nt.text)))
                f = self.pg._fact(cell, subject, "completion", Decimal(nt.text.rstrip("%")), "%", None, None)
                out.append(replace(f, start=name_span[0], quote=quote))
            if status_col is not None:
                out += self._status_cell(
                    sent, row[status_col], (name_span[0], name_span[0] + len(name)), quote
                )
        return out


class _Columns(NamedTuple):
    """Where a progress table's columns stand (None: the table has none)."""

    name: int
    done: int | None
    status: int | None
    lag: int | None
    yes: int | None
    fractions: bool = False
    behind_asked: bool = False  # the yes-or-no column asks 是否滞后


def _percent(fraction: Decimal) -> Decimal:
    """A fraction as a percentage, written plainly (0.785 → 78.5, 1.00 → 100, not 1E+2)."""
    value = (fraction * 100).normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


_FRACTION_RE = regex(r"[01]\.\d{1,4}")  # a share written as a fraction (0.785, 1.05), no % sign
_PART_OF_RE = regex(r"[ \u3000]*其中[:：][ \u3000]*")  # 其中：工业投资
_MAX_HEAD = 12  # characters of a header cell
_MAX_COLS = 10
_HEAD_CELL_RE = regex(r"[^\d.]*(?:\d+-\d+月[^\d.]*)?")  # 指标名称, 1-6月完成, 完成进度(%): no figure


def _cells(text: str, a: int, b: int, tabs: bool) -> list[tuple[int, int]]:
    """The cells of the line text[a:b]: between tabs (empty ones kept, the line's trailing ones dropped) when
    the table's cells are tab-separated, else runs without tabs or spaces."""
    if not tabs:
        return [m.span() for m in _CELL_RE.finditer(text, a, b)]
    out: list[tuple[int, int]] = []
    start = a
    while True:
        end = text.find("\t", start, b)
        x0, x1 = start, b if end < 0 else end
        while x0 < x1 and text[x0] in " \r\u3000":
            x0 += 1
        while x1 > x0 and text[x1 - 1] in " \r\u3000":
            x1 -= 1
        if x1 - x0 > 4 and text[x1 - 1] in ")）" and _FILL_RE.match(text, x1 - 4, x1):
            x1 -= 4  # 77.5（绿色）: the value, its fill read apart (extract._markers)
        out.append((x0, x1))
        if end < 0:
            break
        start = end + 1
    while out and out[-1][0] == out[-1][1]:
        out.pop()
    return out


def _is_head(cell: str) -> bool:
    return 0 < len(cell) <= _MAX_HEAD and _HEAD_CELL_RE.fullmatch(cell) is not None


def _cell_name(cell: str) -> str:
    return _UNIT_RE.sub("", normalize(cell, traditional=True).text)


def _lines(text: str, pos: int, step: int, limit: int) -> Iterator[tuple[int, int]]:
    """Up to `limit` lines before (step -1) or after (step 1) `pos`, stripped; a blank line ends them."""
    for _ in range(limit):
        if step > 0:
            a = text.find("\n", pos)
            if a < 0:
                return
            a += 1
            b = text.find("\n", a)
            b = len(text) if b < 0 else b
            pos = b
        else:
            b = text.rfind("\n", 0, pos)
            if b < 0:
                return
            a = text.rfind("\n", 0, b) + 1
            pos = a
        x0, x1 = a, b
        while x0 < x1 and text[x0] in " \t\r\u3000":
            x0 += 1
        while x1 > x0 and text[x1 - 1] in " \t\r\u3000":
            x1 -= 1
        if x0 == x1:
            return
        yield x0, x1
