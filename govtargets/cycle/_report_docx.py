"""The report as a Word document (python-docx), laid out as a government office's report: A4, 仿宋 三号 body
at a fixed 28-point line, 黑体 and 楷体 headings, and the 完成情况表 on landscape pages with its header row
repeated on every page. Fonts are named, never embedded: Word and LibreOffice use what the reader has."""

from __future__ import annotations

from copy import deepcopy
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell
from lxml import etree

from govtargets.cycle._report_data import LIGHT_FILLS, TABLE_COLUMNS

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.section import Section
    from docx.styles.style import ParagraphStyle
    from docx.table import Table

    from govtargets.cycle._report_data import ReportData

__all__ = ["write_docx"]

_TABLE_MM = (10, 15, 40, 19, 16, 20, 20, 38, 14, 15, 17, 33)  # 257 mm: landscape A4 less 20 mm margins
_CENTERED = ("序号", "完成率", "序时进度", "状态")
_BODY_PT = 16  # 三号
_LATIN = "Times New Roman"
_DASH_WHEN_EMPTY = {"指标/目标值", "完成时限"}  # a task without a figure or a deadline shows —


def _font(style: ParagraphStyle, east_asian: str, size: float, *, bold: bool = False) -> None:
    """Set a style's fonts: Latin text in Times New Roman, Chinese in `east_asian` (w:eastAsia), black,
    with the template's theme fonts removed (a theme font would override the names)."""
    style.font.name = _LATIN
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:eastAsia"), east_asian)


def _styles(doc: DocumentObject) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    _font(normal, "仿宋", _BODY_PT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    normal.element.get_or_add_rPr().append(lang)
    pf = normal.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    pf.first_line_indent = Pt(2 * _BODY_PT)
    pf.space_before = pf.space_after = Pt(0)
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for name, face in (("Heading 1", "黑体"), ("Heading 2", "楷体")):
        _font(styles[name], face, _BODY_PT)
        hf = styles[name].paragraph_format
        hf.space_before = Pt(6)
        hf.space_after = Pt(0)
        hf.first_line_indent = Pt(2 * _BODY_PT)
        hf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        hf.line_spacing = Pt(28)
    for name, face, size, bold, align in (
        ("报告标题", "宋体", 22, True, WD_ALIGN_PARAGRAPH.CENTER),
        ("报告信息", "楷体", 14, False, WD_ALIGN_PARAGRAPH.CENTER),
        ("表格标题", "黑体", 14, False, WD_ALIGN_PARAGRAPH.CENTER),
        ("表格文字", "宋体", 9, False, WD_ALIGN_PARAGRAPH.LEFT),  # 小五, for the 12-column table
        ("表头文字", "黑体", 9, False, WD_ALIGN_PARAGRAPH.CENTER),
        ("统计表文字", "宋体", 10.5, False, WD_ALIGN_PARAGRAPH.CENTER),  # 五号, for the counts
        ("统计表表头", "黑体", 10.5, False, WD_ALIGN_PARAGRAPH.CENTER),
    ):
        style = styles.add_style(name, 1)
        style.base_style = normal
        _font(style, face, size, bold=bold)
        sf = style.paragraph_format
        sf.alignment = align
        sf.first_line_indent = Pt(0)
        if size < 12:
            sf.line_spacing_rule = WD_LINE_SPACING.SINGLE
            sf.space_before = sf.space_after = Pt(1)
        else:
            sf.line_spacing = Pt(size * 1.6)
            sf.space_after = Pt(size * 0.6)


def _page(section: Section, *, landscape: bool) -> None:
    """A4, portrait with a government document's margins, or landscape with narrower ones for the table."""
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin = section.bottom_margin = Mm(20)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(12)


def _page_numbers(section: Section) -> None:
    """— 1 — centred in the footer (a PAGE field, so Word and LibreOffice number the pages)."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Pt(0)
    p.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    p._p.append(field)
    p.add_run(" —")


_STYLE_IDS: dict[str, str] = {}


def _row_cells(row: Any, table: Table) -> list[_Cell]:
    """A row's cells without python-docx's Row.cells, which walks the whole table each time."""
    return [_Cell(tc, table) for tc in row._tr.tc_lst]


def _cell(cell: _Cell, text: str, style: str, fill: str | None = None, center: bool = False) -> None:
    p = cell.paragraphs[0]
    if style not in _STYLE_IDS:  # a look-up by name scans every style: once per name is enough
        _STYLE_IDS[style] = cell.part.document.styles[style].style_id  # type: ignore[attr-defined]
    p._p.style = _STYLE_IDS[style]
    p.add_run(text)  # a newline in text becomes a line break
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if fill:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shd)


def _table(
    doc: DocumentObject, header: tuple[str, ...], widths_mm: tuple[float, ...], style: str = "表头文字"
) -> Table:
    """A bordered table with fixed column widths, narrow cell margins and a header row repeated on every
    page."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), "57")  # twips: 1 mm, instead of Word's 1.9 mm
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    table._tbl.tblPr.append(margins)
    for col, w in zip(table.columns, widths_mm, strict=True):
        col.width = Mm(w)
    for cell, name in zip(table.rows[0].cells, header, strict=True):
        _cell(cell, name, style, "DDE6F0", center=True)
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    return table


def _fix_widths(table: Table, widths_mm: tuple[float, ...]) -> None:
    """Every cell carries its width too: Word reads the cells, LibreOffice the grid."""
    for row in table.rows:
        for cell, w in zip(_row_cells(row, table), widths_mm, strict=True):
            cell.width = Mm(w)


def _counts_table(doc: DocumentObject, report: ReportData) -> None:
    widths = (40.0, 30.0, 30.0, 30.0)
    table = _table(doc, ("状态", "主要指标", "重点工作", "合计"), widths, "统计表表头")
    total_i = total_t = 0
    for status, n_i, n_t in report.status_counts():
        total_i, total_t = total_i + n_i, total_t + n_t
        cells = _row_cells(table.add_row(), table)
        for cell, text in zip(cells, (status, str(n_i), str(n_t), str(n_i + n_t)), strict=True):
            _cell(cell, text, "统计表文字", center=True)
    cells = _row_cells(table.add_row(), table)
    for cell, text in zip(cells, ("合计", str(total_i), str(total_t), str(total_i + total_t)), strict=True):
        _cell(cell, text, "统计表表头", center=True)
    _fix_widths(table, widths)
    for row in table.rows[:-1]:  # a small table stays on one page
        for cell in _row_cells(row, table):
            cell.paragraphs[0].paragraph_format.keep_with_next = True


def _items_table(doc: DocumentObject, report: ReportData) -> None:
    """The 完成情况表. Its first row is built cell by cell; every other row is a copy of that row's XML with
    its own text and status colour (python-docx's cell-by-cell path takes seconds for 2,000 rows)."""
    table = _table(doc, TABLE_COLUMNS, _TABLE_MM)
    status_at = TABLE_COLUMNS.index("状态")
    row = table.add_row()
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row is never cut by a page break
    for n, cell in enumerate(_row_cells(row, table)):
        _cell(
            cell, "", "表格文字", "FFFFFF" if n == status_at else None, center=TABLE_COLUMNS[n] in _CENTERED
        )
    _fix_widths(table, _TABLE_MM)
    template = deepcopy(row._tr)
    table._tbl.remove(row._tr)
    for r in report.rows:
        values = [
            "—" if TABLE_COLUMNS[n] in _DASH_WHEN_EMPTY and not v else str(v) for n, v in enumerate(r.cells())
        ]
        tr = deepcopy(template)
        for n, (tc, text) in enumerate(zip(tr.tc_lst, values, strict=True)):
            _set_text(tc.p_lst[0], text)
            if n == status_at:
                tc.tcPr.find(qn("w:shd")).set(qn("w:fill"), LIGHT_FILLS.get(r.light) or "auto")
        table._tbl.append(tr)


def _set_text(p: Any, text: str) -> None:
    """One run holding `text`, a line break for each newline (as python-docx's add_run does)."""
    for old in p.findall(qn("w:r")):
        p.remove(old)
    run = etree.SubElement(p, qn("w:r"))
    for i, line in enumerate(text.split("\n")):
        if i:
            etree.SubElement(run, qn("w:br"))
        t = etree.SubElement(run, qn("w:t"))
        t.text = line
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def write_docx(report: ReportData, path: str) -> None:
    """Write the report to `path` (.docx)."""
    doc = Document()
    _styles(doc)
    first = doc.sections[0]
    _page(first, landscape=False)
    _page_numbers(first)
    doc.core_properties.title = report.title
    doc.core_properties.language = "zh-CN"

    doc.add_paragraph(report.title, style="报告标题")
    doc.add_paragraph(f"{report.plan.region}　截至{report.as_of_text}", style="报告信息")
    doc.add_paragraph(f"生成时间：{report.generated_text}", style="报告信息")
    doc.add_paragraph(report.intro)
    doc.add_heading("一、总体情况", level=1)
    doc.add_paragraph(report.overview)
    _counts_table(doc, report)
    doc.add_paragraph().paragraph_format.line_spacing = Pt(10)  # air between the table and the heading
    doc.add_heading("二、工作进展情况", level=1)
    for heading, text in report.progress:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
    doc.add_heading("三、存在的主要问题", level=1)
    for text in report.problems:
        doc.add_paragraph(text)
    doc.add_heading("四、下一步工作建议", level=1)
    for text in report.suggestions:
        last = doc.add_paragraph(text)
    last.paragraph_format.keep_with_next = True  # the 附件 line and the 落款 never stand alone on a page
    doc.add_paragraph(f"附件：{report.table_title}").paragraph_format.keep_with_next = True
    doc.add_paragraph().paragraph_format.keep_with_next = True
    for line in (report.office, report.signed_text):  # 落款, right-aligned, four characters from the edge
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.right_indent = Pt(4 * _BODY_PT)
        p.paragraph_format.keep_with_next = line == report.office

    _page(doc.add_section(WD_SECTION.NEW_PAGE), landscape=True)
    doc.add_heading("附件：完成情况表", level=1).paragraph_format.first_line_indent = Pt(0)
    doc.add_paragraph(report.table_title, style="表格标题")
    _items_table(doc, report)
    note = doc.add_paragraph(report.rules_note, style="表格文字")
    note.paragraph_format.space_before = Pt(6)
    doc.save(path)
