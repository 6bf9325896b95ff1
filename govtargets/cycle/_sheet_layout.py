"""The layout of an edited 任务分解表, checked before any row is read: its columns (a renamed, deleted or
unknown column is refused, naming it, because a missing 完成时限 would otherwise clear every deadline) and its
merged cells (an office merges 类别 or 牵头单位 over the rows they share: each row gets the merged value, and
the import says so; a cell merged across columns has no single column and is refused).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from govtargets.lexicon import split_unit_names

__all__ = ["RowError", "split_units", "header_errors", "fill_merged"]


# columns whose value cannot be shared by rows: a merge over them is refused rather than filled
_NOT_FILLED = ("序号", "编号", "版本")


@dataclass(frozen=True, slots=True)
class RowError:
    row: int  # the spreadsheet row number, as Excel shows it
    column: str
    message: str

    def __str__(self) -> str:
        return f"第{self.row}行「{self.column}」：{self.message}"


def split_units(text: str) -> tuple[str, ...]:
    """Unit names in a cell, split at separators outside brackets, each once, a collective name whole
    (govtargets.lexicon.split_unit_names).

    >>> split_units("省发展改革委、有关市、县（市、区）人民政府")
    ('省发展改革委', '有关市、县（市、区）人民政府')
    >>> split_units(" 县统计局，县经信局；县统计局 ")
    ('县统计局', '县经信局')
    """
    return split_unit_names(text)


def header_errors(
    header_row: int, names: Sequence[str], known: Sequence[str], required: Iterable[str]
) -> list[RowError]:
    """Every unknown, repeated or missing column of the header (row `header_row`)."""
    errors = []
    expected = "、".join(known)
    seen: set[str] = set()
    for name in names:
        if not name:
            continue
        if name not in known:
            errors.append(RowError(header_row, name, f"不认识的列名，请改回导出时的列名（{expected}）"))
        elif name in seen:
            errors.append(RowError(header_row, name, "该列出现了两次"))
        seen.add(name)
    for name in required:
        if name not in seen:
            errors.append(
                RowError(header_row, name, "缺少该列；导入会清空已有事项的这一项，请恢复该列（可重新导出）")
            )
    return errors


def fill_merged(
    rows: list[list[Any]], ranges: Iterable[tuple[int, int, int, int]], header_row: int, names: Sequence[str]
) -> tuple[list[str], list[RowError]]:
    """Give every row of a merged cell below the header the merge's value (rows are 1-based as in Excel and
    `ranges` are (min_row, min_col, max_row, max_col)); returns notes saying so, and errors for merges that
    cannot be filled (across columns, or over 序号/编号/版本)."""
    notes: list[str] = []
    errors: list[RowError] = []
    for min_row, min_col, max_row, max_col in sorted(ranges):
        if max_row <= header_row:
            continue  # the title and the header may be merged as they like
        column = names[min_col - 1] if min_col - 1 < len(names) and names[min_col - 1] else f"第{min_col}列"
        if min_row <= header_row or max_col != min_col:
            errors.append(
                RowError(
                    max(min_row, header_row + 1), column, "合并了多列（或表头）的单元格无法导入，请取消合并"
                )
            )
            continue
        if column in _NOT_FILLED:
            errors.append(RowError(min_row, column, "该列不能合并单元格，请取消合并并逐行填写"))
            continue
        top = rows[min_row - 1]
        value = top[min_col - 1] if min_col - 1 < len(top) else None
        for n in range(min_row, max_row + 1):
            row = rows[n - 1]
            row.extend([None] * (min_col - len(row)))
            row[min_col - 1] = value
        notes.append(f"第{min_row}–{max_row}行「{column}」是合并单元格，已按合并内容填入每一行")
    return notes, errors
