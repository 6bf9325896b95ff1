"""A CSV or TSV export (a 任务分解表 or a 进度台账 saved as text) to the rows a table reader knows.

The text comes decoded as a .txt is (BOM, UTF-8, GB18030 …). Each record is one line of its cells joined
by tabs, shaped as a workbook's rows (govtargets.ingest._cells: trailing empty cells dropped, empty records
dropped, a record of one filled cell alone, a line break inside a quoted cell taken out). The delimiter is
a tab for .tsv; for .csv the one among comma, tab and semicolon that splits the first records most
consistently into more than one cell. A file the csv module cannot parse (a stray quote) is returned as
decoded: None from csv_to_text.

>>> csv_to_text('序号,重点任务,牵头单位\\r\\n1,"新建幼儿园5所，\\n新增学位900个",县教育局\\r\\n')
'序号\\t重点任务\\t牵头单位\\n1\\t新建幼儿园5所，新增学位900个\\t县教育局'
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator
from itertools import islice

from govtargets.ingest._cells import cell_text, row_line

__all__ = ["csv_to_text"]

_DELIMITERS = (",", "\t", ";")
_SAMPLE = 200  # records looked at to choose the delimiter


def _records(text: str, delimiter: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)


def _delimiter(text: str) -> str | None:
    """The delimiter that splits the first records most consistently into more than one cell; None where
    the only ones that would are those the csv module cannot parse (a comma CSV with a stray quote)."""
    best, best_score, failed = None, (0.0, 0), False
    for d in _DELIMITERS:
        try:
            widths = [len(r) for r in islice(_records(text, d), _SAMPLE) if any(c.strip() for c in r)]
        except csv.Error:
            failed = True
            continue
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        width, n = Counter(widths).most_common(1)[0]
        score = (len(wide) / len(widths) + (n / len(widths) if width > 1 else 0.0), width)
        if score > best_score:
            best, best_score = d, score
    return best if best is not None or failed else ","


def csv_to_text(text: str, *, tsv: bool = False) -> str | None:
    """The records as tabbed lines; None where the csv module cannot parse the text."""
    delimiter = "\t" if tsv else _delimiter(text)
    if delimiter is None:
        return None
    lines = []
    try:
        for record in _records(text, delimiter):
            line = row_line([cell_text(c) for c in record])
            if line:
                lines.append(line)
    except csv.Error:  # an unclosed quote, a field past the csv module's size limit
        return None
    return "\n".join(lines)
