"""A government web page to its body text: readability first, then a filter for page clutter."""

from __future__ import annotations

import re

from govtargets.ingest._cells import row_line
from govtargets.text import regex

__all__ = ["NAVIGATION_RE", "html_to_text", "is_clutter_line", "looks_like_html"]

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "tr",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "td",
    "th",
    "dd",
    "dt",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "center",
    "font",
}
# a page's navigation: the previous and next pages, and the heading of a list of links to other pages (its
# · items follow); a line that opens with one is another page's title, never this page's text
_PAGE_NAV = "上一篇|下一篇|上一条|下一条|上一條|下一條"
_LINKS_HEADING = (
    "(?:相关|相關)(?:链接|鏈接|阅读|閱讀|新闻|新聞|报道|報道|文章)|延伸(?:阅读|閱讀)|推荐阅读|推薦閱讀"
    "|往期(?:回顾|回顧|推荐|推薦|精彩|精选|精選)"  # a WeChat article's list of earlier articles
)
NAVIGATION_RE = regex(rf"[ \t\u3000]*(?:(?P<nav>{_PAGE_NAV})|(?P<links>{_LINKS_HEADING}))")
LINK_BULLETS = frozenset("·•●▪◆▶►▸")  # what opens each item of such a list
_CLUTTER_RE = regex(
    rf"""您现在的位置|当前位置|所在位置|关于网站|网站地图|关于我们|联系我们|版权所有|版权声明|ICP备|icp备|公网安备
      |访问次数|浏览次数|阅读次数|点击数|字号|【打印】|打印本页|关闭窗口|收藏本页
      |分享到|扫一扫|技术支持|建议使用|分辨率浏览|无障碍|返回顶部|责任编辑
      |(?:^|[|\s])(?:主办单位|承办单位)          # a site's footer, not a task's (承办单位：县交通运输局)
      |{_PAGE_NAV}|{_LINKS_HEADING}""",
    re.VERBOSE,
)
_SHORT_CLUTTER = {
    "下载",
    "打印",
    "全屏",
    "收藏",
    "分享",
    "加大",
    "还原",
    "减小",
    "大",
    "中",
    "小",
    "【",
    "】",
    "首页",
    "导航菜单",
    "返回",
    "关闭",
    "打印本页",
    "【字号：",
    "字号：",
    "微信",
    "微博",
    "English",
}


def is_clutter_line(line: str) -> bool:
    """A line of page furniture (navigation, footer, share and print buttons), not report text.

    >>> is_clutter_line("您现在的位置:首页 -> 今日柯城"), is_clutter_line("关于网站 | 网站地图 | 联系我们")
    (True, True)
    >>> is_clutter_line("全年实现区内生产总值264亿元,同比增长4.9%;")
    False
    """
    s = line.strip()
    if not s:
        return True
    if s in _SHORT_CLUTTER:
        return True
    if len(s) <= 120 and _CLUTTER_RE.search(s):
        return True
    return s.count("|") >= 3 and len(s) <= 200


def looks_like_html(text: str) -> bool:
    if "<" not in text[:2000]:  # no tag at all: lower() of 2,000 CJK characters is dearer than this test
        return False
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or head.count("<div") >= 2


def _element_text(root) -> str:  # type: ignore[no-untyped-def]
    """Text of an lxml tree with line breaks at block elements."""
    from lxml import etree

    parts: list[str] = []
    for ev, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.split("}")[-1].lower()
        if tag in ("script", "style", "noscript", "head", "title"):
            if ev == "end" and el.tail:
                parts.append(el.tail)
            continue
        if ev == "start":
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.text and not _inside_skipped(el):
                parts.append(el.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.tail and not _inside_skipped(el.getparent()):
                parts.append(el.tail)
    return "".join(parts)


def _inside_skipped(el) -> bool:  # type: ignore[no-untyped-def]
    while el is not None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag.split("}")[-1].lower() in ("script", "style", "noscript", "head", "title"):
            return True
        el = el.getparent()
    return False


def _clean_lines(text: str) -> str:
    """The lines of page text, furniture dropped: with a heading of links to other pages (相关链接, 往期回顾),
    the bulleted items under it (▶ 一季度经济开门稳：固定资产投资完成年度目标的26.1%)."""
    lines = []
    links = False
    for line in text.splitlines():
        line = line.strip(" \t\r\xa0")
        if not line or (links and line[0] in LINK_BULLETS):
            continue
        links = False
        if is_clutter_line(line):
            links = (nav := NAVIGATION_RE.match(line)) is not None and nav.lastgroup == "links"
            continue
        lines.append(line)
    return "\n".join(lines)


def _cjk(s: str) -> int:
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def html_to_text(html: str) -> tuple[str, str | None, str]:
    """(body text, page title, page lead) of a decoded HTML page. The lead is what stands outside the
    article and says what it is: the page's headline and its date line (发布时间：2023-07-28), where the
    body text leaves them out; the metadata reads it (title, year, kind), the fact readers do not."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except Exception as e:  # lxml raises ParserError and friends on a page with no body
        raise ValueError(f"not a readable HTML page ({e.__class__.__name__})") from e
    title_el = tree.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    _table_rows(tree)
    full = _clean_lines(_element_text(tree.body if tree.body is not None else tree))
    main = ""
    try:
        from readability import Document as Readable

        summary = Readable(html).summary(html_partial=True)
        fragment = lxml.html.fragment_fromstring(summary, create_parent="div")
        _table_rows(fragment)
        main = _clean_lines(_element_text(fragment))
    except Exception:  # readability fails on odd pages; the full text is the fallback
        main = ""
    # readability can pick a small box on pages with big menus or many short paragraphs: keep the body then
    text = main if _cjk(main) >= 0.6 * _cjk(full) else full
    box = _content_box(tree)
    if box is not None and _cjk(boxed := _clean_lines(_element_text(box))) > max(_cjk(text), _MIN_BOX_CJK):
        # the publishing system's own article box (a WeChat article's #js_content, TRS_Editor, #zoom), when
        # it holds more than readability kept: readability scores paragraphs, and drops the headings and
        # status lines such pages set in <section>s (an article split over two boxes keeps readability's)
        text = boxed
    lead = [x for x in (_headline(tree), _published(tree)) if x and x not in text]
    return text, title, "\n".join(lead)


# the article boxes of the publishing systems government sites and WeChat use
_CONTENT_BOX_XPATH = (
    "//*[@id='js_content' or @id='zoom' or @id='Zoom' or @id='UCAP-CONTENT'"
    " or contains(concat(' ', normalize-space(@class), ' '), ' TRS_Editor ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' rich_media_content ')]"
)
_MIN_BOX_CJK = 100


def _content_box(tree):  # type: ignore[no-untyped-def]
    """The outermost article box of a known publishing system, if the page has one."""
    found = tree.xpath(_CONTENT_BOX_XPATH)
    return found[0] if found else None


_PUBLISHED_RE = regex(r"发布(?:时间|日期)\s*[:：]\s*\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}日?")


def _fill_spanned(cells: list[str], col: int, pending: dict[int, tuple[str, int]]) -> int:
    """Repeat into `cells`, from column `col` on, the cells of rows above that span down over it (`pending`:
    column → (text, rows still to cover), counted down here); the next free column."""
    while col in pending:
        text, left = pending[col]
        cells.append(text)
        if left > 1:
            pending[col] = (text, left - 1)
        else:
            del pending[col]
        col += 1
    return col


def _table_rows(root) -> None:  # type: ignore[no-untyped-def]
    """Each row of the page's tables made one line, its cells joined by tabs, as a Word table reads (the
    readers know tabbed rows): an empty cell is kept, a <br> inside a cell joins its lines, a cell spanning
    rows (rowspan) is repeated in each row it covers, one spanning columns (colspan) holds its place. A row
    of one cell (一、稳增长促投资 across the table) is that cell alone."""
    for table in list(root.iter("table")):
        if any(t is not table for t in table.iter("table")) or _is_layout(table):
            continue  # a layout table (the page's frame, its headline inside): read as blocks
        pending: dict[int, tuple[str, int]] = {}  # column → (text, rows still to cover)
        for tr in [r for r in table.iter("tr")]:
            cells: list[str] = []
            col = 0
            for cell in [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]:
                col = _fill_spanned(cells, col, pending)
                text = "".join(cell.itertext()).replace("\n", "").replace("\r", "").replace("\t", " ").strip()
                text = " ".join(text.split()) if " " in text else text
                span = _span(cell.get("colspan"))
                rows = _span(cell.get("rowspan"))
                cells.append(text)
                if rows > 1:
                    pending[col] = (text, rows - 1)
                cells += [""] * (span - 1)
                col += span
            col = _fill_spanned(cells, col, pending)
            line = row_line(cells)
            tail = tr.tail
            for child in list(tr):
                tr.remove(child)
            tr.text = line
            tr.tail = tail


_LAYOUT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "form", "iframe"})
_MAX_CELL = 600  # characters: a cell longer is a column of the page, not a table's cell


def _is_layout(table) -> bool:  # type: ignore[no-untyped-def]
    for el in table.iter():
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _LAYOUT_TAGS:
            return True
        if tag in ("td", "th") and len(el.text_content()) > _MAX_CELL:
            return True
    return False


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1


def _headline(tree) -> str | None:  # type: ignore[no-untyped-def]
    """The page's headline: its first h1 (else h2) with some Chinese in it, if short enough to be one."""
    for tag in ("h1", "h2"):
        for el in tree.iter(tag):
            text = " ".join(el.text_content().split())
            if _cjk(text) >= 4 and len(text) <= 100:
                return text
    return None


def _published(tree) -> str | None:  # type: ignore[no-untyped-def]
    """The page's 发布时间 line, the date alone (the line is page furniture: 来源, 字号 大 中 小)."""
    body = tree.body if tree.body is not None else tree
    m = _PUBLISHED_RE.search(_element_text(body))
    return m.group() if m else None
