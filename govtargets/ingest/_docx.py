"""A .docx report to text: body paragraphs and tables, in document order (a table row is one line)."""

from __future__ import annotations

import io

__all__ = ["docx_to_text"]


def docx_to_text(data: bytes) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, d).text)
        elif tag == "tbl":
            _table_lines(Table(child, d), lines)
    return "\n".join(lines)


def _table_lines(table, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:  # merged cells repeat: keep each once
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        lines.append("\t".join(cells))
