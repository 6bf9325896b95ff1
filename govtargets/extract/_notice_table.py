"""A notice's table: a .docx table (its rows are lines of tab-separated cells) or the same flattened to text
(cells separated by spaces), its columns found by the words of its header row (序号, 工作任务, 目标, 牵头单位,
配合单位, 完成时限, 责任领导 …, in lexicon/data/notice_labels.yaml).

A row whose cells match the header one to one is read by position; another (an empty cell lost in
flattened text) by what each cell looks like: a number, units, a deadline, a person, or the task. A line
without a number under a numbered row continues that row's task (a cell wrapped onto the next line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from govtargets.extract._notice_text import NOT_AN_ITEM_RE
from govtargets.extract._tasks import Task, make_task
from govtargets.extract._units import DEADLINE_RE, Duty, is_person, marked_leads, split_units, vocabulary
from govtargets.ingest import PAGE_NUMBER_RE
from govtargets.text import NormText, heading_level, regex

if TYPE_CHECKING:
    from govtargets.extract._notice import NoticeReader

__all__ = [
    "Table",
    "VerticalTable",
    "table_header",
    "loose_table",
    "header_cell",
    "vertical_header",
    "lead_and_co",
]

_CELL_SPACE_RE = regex(r"[^\s]+")
_CELL_TAB_RE = regex(r"[^\t]+|(?<=\t)(?=\t|$)|^(?=\t)")
_HEADER_SCREEN_RE = regex(r"单位|部门|领导|时限|时间|节点|序号")
_NUMBER_RE = regex(r"\d{1,3}[.．、]?|[一二三四五六七八九十]{1,3}")
_FIGURE_RE = regex(r"\d[\d.]*\s*[%％万亿个人家项]|增长|下降|完成\d")
# a row of a table flattened to text without its header: 3 一般公共预算收入增长5%以上。 县财政局 …
_LOOSE_ROW_RE = regex(r"\d{1,3}[.．、]?[ \t\u3000]")
_OPEN_DEADLINE_RE = regex(r"全年|长期|持续推进|年内|[\d一二三四]季度")


def _cells(s: str, tabs: bool) -> list[tuple[int, int]]:
    """Spans of the cells of a line, stripped; with tabs, empty cells are kept."""
    if not tabs:
        return [m.span() for m in _CELL_SPACE_RE.finditer(s)]
    out, pos = [], 0
    for part in s.split("\t"):
        a, b = pos, pos + len(part)
        while a < b and s[a].isspace():
            a += 1
        while b > a and s[b - 1].isspace():
            b -= 1
        out.append((a, b))
        pos += len(part) + 1
    return out


def _column_kind(cell: str) -> str | None:
    kinds = vocabulary().header_kind
    if cell in kinds:
        return kinds[cell]
    for word in sorted(kinds, key=len, reverse=True):  # 牵头单位（部门）, 完成时限（月）, 具体工作任务
        if word in cell and len(cell) <= len(word) + 6:
            return kinds[word]
    return None


_RESPONSIBLE_COLUMNS = ("责任单位", "责任部门")
_STARS = ("*", "＊", "★", "☆")  # a mark after a unit: it leads (注：带*的为牵头单位)


def lead_and_co(cells: list[str], kinds: list[str]) -> list[str]:
    """Column kinds where a 牵头单位 column and a 责任单位 column both stand: the first leads, the units of
    the second carry the task out with it (co); 责任单位 alone leads (its first unit, as a label does)."""
    if kinds.count("lead") < 2 or all(
        c.startswith(_RESPONSIBLE_COLUMNS) for c, k in zip(cells, kinds, strict=True) if k == "lead"
    ):
        return kinds
    return [
        "co" if k == "lead" and c.startswith(_RESPONSIBLE_COLUMNS) else k
        for c, k in zip(cells, kinds, strict=True)
    ]


def table_header(s: str) -> list[str] | None:
    """The column kinds of a header row, or None if the line is no header."""
    if len(s) > 200 or not _HEADER_SCREEN_RE.search(s):
        return None
    tabs = "\t" in s
    kinds = []
    cells = [s[a:b].strip() for a, b in _cells(s, tabs)]
    for cell in cells:
        kind = _column_kind(cell) if cell else None
        if kind is None and not tabs:
            return None  # flattened text: every cell of a header is a header word
        kinds.append(kind or "other")
    kinds = lead_and_co(cells, kinds)
    known = set(kinds)
    if not (known & {"task", "target"}) or not (known & {"lead", "co", "leader"}):
        return None
    return kinds


def loose_table(reader: NoticeReader, s: str) -> Table | None:
    """A table without a header, if `s` is a row of one: a number, the task, its units (and more cells)."""
    if not _LOOSE_ROW_RE.match(s):
        return None
    spans = _cells(s, "\t" in s)
    if len(spans) < 3 or spans[1][1] - spans[1][0] < 4:
        return None
    if not any(_is_units(s[a:b]) for a, b in spans[2:]):
        return None
    return Table(reader, ["number", "task", "lead", "deadline"], "\t" in s, loose=True)


def _is_units(cell: str) -> bool:
    """Whether a cell lists units only: each name ends like a unit (局, 委, 办, 中心, 人民政府 …)."""
    units = split_units(cell)
    suffixes = vocabulary().unit_suffixes
    return bool(units) and all(
        len(u) <= 30 and u.endswith(suffixes) and not is_person(u) and not _FIGURE_RE.search(u) for u in units
    )


def _is_deadline(cell: str) -> bool:
    if len(cell) > 16 or _FIGURE_RE.search(cell):
        return False  # 一季度增长6.1%: a figure reached, not a deadline
    return (
        DEADLINE_RE.search(cell) is not None
        or _OPEN_DEADLINE_RE.search(cell) is not None
        or re.fullmatch(r"\d{4}年(?:\d{1,2}月)?(?:底|末)?", cell) is not None
    )


@dataclass
class _Row:
    """A row: each cell's line and span (a flattened row has one line, an HTML table's a line per cell)."""

    cells: dict[str, tuple[NormText, int, int]]
    quote: tuple[int, int]  # the row in the text as read
    more: list[str] = field(default_factory=list)  # the task's continuation lines
    extra: dict[str, str] = field(default_factory=dict)  # the rest of a units cell cut across lines, by kind
    ends: dict[str, int] = field(default_factory=dict)  # where a task cell cut across lines ends, by kind
    category: str | None = None  # the category heading above the row, inside the table (一、经济发展)


def _typed_cells(kinds: list[str], texts: list[str]) -> dict[str, int]:
    """Which cell is which (cell index by column kind), by what each looks like: a number, a deadline, units,
    a person, the task; for a row whose cells do not match the header one to one."""
    out: dict[str, int] = {}
    unit_columns = [k for k in kinds if k in ("lead", "co")]
    for k, cell in enumerate(texts):
        if k == 0 and "number" in kinds and _NUMBER_RE.fullmatch(cell):
            out["number"] = k
        elif "deadline" not in out and "deadline" in kinds and _is_deadline(cell):
            out["deadline"] = k
        elif ("task" in out or "target" in out) and unit_columns and _is_units(cell):
            out[unit_columns.pop(0)] = k
        elif "leader" in kinds and "leader" not in out and is_person(cell):
            out["leader"] = k
        elif "task" not in out and "target" not in out:
            out["task" if "task" in kinds else "target"] = k
    return out


@dataclass
class Table:
    """The rows of one table, read line by line after its header."""

    reader: NoticeReader
    kinds: list[str]
    tabs: bool
    loose: bool = False  # rows without a header: each read by what its cells look like, none continued
    rows: list[_Row] = field(default_factory=list)

    def row(self, nt: NormText) -> bool:
        """Take a line as a row or a continuation; False when the table has ended."""
        s = nt.text
        tabs = "\t" in s  # a row of a tabbed table may come with spaces (7  完成高标准农田…  县农业农村局)
        spans = _cells(s, tabs)
        if not spans:
            return False
        first = s[spans[0][0] : spans[0][1]]
        if NOT_AN_ITEM_RE.match(first):
            return False  # 注:各责任单位于每月5日前…: the remark below the table ends it
        numbered = "number" in self.kinds
        if not self.loose and len(spans) == 1 and heading_level(first) and self.reader.heading(first.strip()):
            return True  # 一、经济发展 across the whole row: the rows below it are of that category
        number = first
        if numbered and len(spans) == len(self.kinds):  # 类别 | 序号 | 工作任务 …: the number's own column
            a, b = spans[self.kinds.index("number")]
            number = s[a:b]
        if numbered and not _NUMBER_RE.fullmatch(number):
            if (
                not self.loose
                and self.rows
                and len(spans) < len(self.kinds)
                and heading_level(s) == 0
                and len(s) <= 200
            ):
                r = self.rows[-1]
                r.quote = (r.quote[0], nt.span_to_orig(0, spans[-1][1])[1])
                r.more.append(
                    s[spans[0][0] : spans[0][1]] if len(spans) > 1 else s[spans[0][0] : spans[-1][1]]
                )
                # the rest of the units' cell after the rest of the task's: …行政村生活垃圾 /
                # 集中收运处理实现全覆盖 …各乡镇人民政府 (a list cut after its 、)
                unit_column = "co" if "co" in r.cells else "lead"
                for a, b in spans[1:]:
                    if unit_column in r.cells and _is_units(s[a:b]):
                        r.extra[unit_column] = r.extra.get(unit_column, "") + s[a:b]
                return True
            return False
        if not self.loose and (len(spans) == len(self.kinds) or (tabs and len(spans) < len(self.kinds))):
            # (a tabbed row's trailing empty cells are dropped, as a blank 备注: the others stand in place)
            index: dict[str, int] = {}
            for i, k in enumerate(self.kinds[: len(spans)]):
                if k != "other":
                    index.setdefault(k, i)  # 项目名称 | 建设内容: the first column of a kind names it
        else:
            index = _typed_cells(self.kinds, [s[a:b] for a, b in spans])
        if "task" not in index and "target" not in index:
            return False
        if self.loose and "lead" not in index:
            return False
        cells = {k: (nt, *spans[i]) for k, i in index.items()}
        self.rows.append(_Row(cells, nt.span_to_orig(0, len(s)), category=self.reader.category))
        return True

    def finish(self) -> list[tuple[Task, bool]]:
        return _tasks_of(self.reader, self.kinds, self.rows)


@dataclass
class VerticalTable:
    """A table whose every cell is a line of its own (an HTML table as read: 序号 / 项目内容 / 牵头单位 …,
    then 1 / 新建… / 县教育局 …); a row begins at a line holding its number alone; an empty cell has no
    line."""

    reader: NoticeReader
    kinds: list[str]
    rows: list[list[NormText]] = field(default_factory=list)
    cut: list[int] = field(default_factory=list)  # each row's lines that continue a cut cell
    categories: list[str | None] = field(default_factory=list)  # each row's category (a heading row above)

    def row(self, nt: NormText) -> bool:
        s = nt.text.strip()
        if _NUMBER_RE.fullmatch(s.rstrip(".．、")):
            self.rows.append([nt])
            self.cut.append(0)
            self.categories.append(self.reader.category)
            return True
        if self.rows and PAGE_NUMBER_RE.fullmatch(s):
            return True  # — 3 —: a page number left between two rows (one alone is not stripped as furniture)
        if heading_level(s) == 1 and len(s) <= 40 and self.reader.heading(s):
            return True  # 一、推动产业提质增效 across the table: the rows below it are of that category
        if not self.rows or heading_level(s) or len(s) > 200:
            return False
        row = self.rows[-1]
        # a cell cut across lines (a PDF's wrap: …评价入 / 库突破800家) adds a line to its row, not a cell
        # (where a target column may follow the task, a line after it may be the target: no cut is read)
        cut = (
            "target" not in self.kinds
            and self.cut[-1] < _MAX_CUT_CELLS
            and _cut_cell(row[-1].text.strip(), s)
        )
        if cut or len(row) - self.cut[-1] < len(self.kinds):
            row.append(nt)
            self.cut[-1] += cut
            return True
        if (
            "target" not in self.kinds
            and len(row) < len(self.kinds) + _MAX_CUT_CELLS
            and len(s) <= _MAX_CUT_LINE
            and not NOT_AN_ITEM_RE.match(s)
            and header_cell(s) is None  # 序号 / 重点工作任务 …: the header repeated after a page break
            # a row that has reached its deadline, the last column, is complete (a page's header may follow)
            and not (self.kinds[-1] == "deadline" and _ends_a_row(row[-1].text.strip()))
        ):
            # a full row, and a short line before the next number: a cell cut where the width did not show
            # it (…改造提升中低 / 产田8000亩); finish() finds which cell it continues
            row.append(nt)
            self.cut[-1] += 1
            return True
        return False

    def finish(self) -> list[tuple[Task, bool]]:
        rows = []
        for lines, category in zip(self.rows, self.categories, strict=True):
            lines, rest = _joined_cells(lines, len(self.kinds))
            texts = [nt.text.strip() for nt in lines]
            if len(texts) == len(self.kinds):
                index = {k: i for i, k in enumerate(self.kinds) if k != "other"}
            else:
                index = _typed_cells(self.kinds, texts)
            cells = {k: (lines[i], 0, len(lines[i].text)) for k, i in index.items()}
            kind_of = {i: k for k, i in index.items()}
            extra = {kind_of[i]: "".join(x.text.strip() for x in r) for i, r in rest.items() if i in kind_of}
            ends = {
                kind_of[i]: r[-1].span_to_orig(0, len(r[-1].text))[1] for i, r in rest.items() if i in kind_of
            }
            last = max([lines[-1], *(x for r in rest.values() for x in r)], key=lambda x: x.base)
            rows.append(
                _Row(
                    cells,
                    (lines[0].span_to_orig(0, 1)[0], last.span_to_orig(0, len(last.text))[1]),
                    extra={k: v for k, v in extra.items() if k not in ("task", "target")},
                    ends={k: v for k, v in ends.items() if k in ("task", "target")},
                    category=category,
                )
            )
        return _tasks_of(self.reader, self.kinds, rows)


_MAX_CUT_CELLS = 3  # lines a row may have beyond its cells: cells cut across lines
_MAX_CUT_LINE = 40  # characters of a line read as the rest of a cut cell after its row is full
_KNOWN_CUT_WIDTH = 8  # a line this long may be cut where the row has more lines than cells
_CELL_CLOSED = "。;；!！?？)）"


_DEADLINE_CELL_RE = regex(r"\d{1,2}月(?:底|末|份|中旬|上旬|下旬)?前?|按(?:季度|月|年|周)|年内|全年|.{1,12}前")


def _ends_a_row(cell: str) -> bool:
    """Whether a cell is a deadline, so its row is complete (12月底, 按季度, 2025年12月底前)."""
    return _is_deadline(cell) or _DEADLINE_CELL_RE.fullmatch(cell) is not None


def _cut_cell(prev: str, s: str, width: int = 20) -> bool:
    """Whether line `s` may be the rest of a cell whose line `prev` a wrap cut: `prev` runs to the width
    (20 characters or more; less where the row is known to hold more lines than cells) without a closing
    mark, and `s` is no number, no deadline and, unless `prev` is a list of units, no units."""
    if len(prev) < width or prev[-1] in _CELL_CLOSED or _NUMBER_RE.fullmatch(s) or _is_deadline(s):
        return False
    return _is_units(prev) or not _is_units(s)


def _joined_cells(lines: list[NormText], n: int) -> tuple[list[NormText], dict[int, list[NormText]]]:
    """The row's lines with a cut cell's rest taken off (at most the lines beyond its n cells), and the rest
    of each such cell by the index of its first line."""
    extra = len(lines) - n
    if extra <= 0:
        return lines, {}
    rest: dict[int, list[NormText]] = {}
    # the task: the run of lines after the number up to the first line of units (1 / 加快…综合 / 交通枢纽建设
    # / 县交通运输局 / …), whatever the widths (a PDF's cells are of unequal widths)
    units_at = next((i for i, x in enumerate(lines) if i >= 2 and _is_units(x.text.strip())), None)
    if units_at is not None and 2 < units_at <= 2 + extra:
        rest[1] = lines[2:units_at]
        extra -= units_at - 2
        lines = [lines[0], lines[1], *lines[units_at:]]
    out: list[NormText] = [lines[0]]
    last = lines[0].text.strip()
    for nt in lines[1:]:
        s = nt.text.strip()
        if extra > 0 and (_cut_cell(last, s) or _cut_cell(last, s, _KNOWN_CUT_WIDTH) or last.endswith("、")):
            rest.setdefault(len(out) - 1, []).append(nt)
            extra -= 1
        else:
            out.append(nt)
        last = s
    return out, rest


def header_cell(s: str) -> str | None:
    """The column kind of a line that is one header word alone (a header cell of an HTML table), or None
    (not a title's line: 重点工作任务分工方案 names the table, no column)."""
    return _column_kind(s) if 2 <= len(s) <= 12 and not _TABLE_TITLE_RE.search(s) else None


_TABLE_TITLE_RE = regex(r"方案|通知|清单|一览表|分工表|分解表|台账")


def vertical_header(kinds: list[str]) -> bool:
    """Whether header cells read one after another make a table's header."""
    known = set(kinds)
    return (
        len(kinds) >= 3
        and "number" in known
        and bool(known & {"task", "target"})
        and bool(known & {"lead", "co", "leader"})
    )


def _tasks_of(reader: NoticeReader, kinds: list[str], rows: list[_Row]) -> list[tuple[Task, bool]]:
    """The rows of a table as (task, structured) pairs."""
    out = []
    lead_word_first = "co" not in kinds
    for r in rows:
        cell = {k: nt.text[a:b].strip() + r.extra.get(k, "") for k, (nt, a, b) in r.cells.items()}
        key = "task" if cell.get("task") else "target"
        if not cell.get(key):
            continue
        leads = split_units(cell.get("lead", ""))
        co = split_units(cell.get("co", ""))
        if any(u.endswith(_STARS) or u.startswith(_STARS) for u in leads + co):
            # 县交通运输局*、县财政局: the starred units lead, wherever they stand in the list
            units = leads + co
            leads = [u.strip("".join(_STARS)) for u in units if u.endswith(_STARS) or u.startswith(_STARS)]
            co = [u for u in units if not (u.endswith(_STARS) or u.startswith(_STARS))]
        elif (marked := marked_leads(leads + co)) is not None:
            leads, co = marked  # 县金融服务中心、县公安局（牵头）: the marked units lead, wherever they stand
        elif lead_word_first and not co:
            leads, co = leads[:1], leads[1:]
        people = [u for u in leads + co if is_person(u)]
        leads = [u for u in leads if not is_person(u)]
        co = [u for u in co if not is_person(u)]
        people = split_units(cell.get("leader", "")) + people
        duty = Duty(tuple(leads), tuple(co), tuple(people), cell.get("deadline") or None)
        nt, a0, b0 = r.cells[key]
        if key == "target" and "name" in r.cells and r.cells["name"][0] is nt and r.cells["name"][1] < a0:
            a0 = r.cells["name"][1]  # 地区生产总值 | 增长6%左右: the indicator and its target, one task
        while a0 < b0 and nt.text[a0].isspace():
            a0 += 1
        while b0 > a0 and nt.text[b0 - 1].isspace():
            b0 -= 1
        a, b = nt.span_to_orig(a0, b0)
        b = r.ends.get(key, b)  # a task cell cut across lines: to the end of its rest
        number = cell.get("number", "").rstrip(".．、") or None
        task = make_task(
            reader.doc,
            a,
            b,
            number,
            r.category or reader.category,
            reader.leader,
            list(duty.leads),
            list(duty.co),
            duty.deadline,
            reader.minsheng,
            r.quote,
            leaders=duty.leaders,
            extra_text="".join(r.more),
        )
        out.append((task, bool(duty.leads or duty.co or duty.leaders)))
    return out
