"""Upload a report → its facts beside the text → accept, reject or correct each → confirm → a plan.

- `/upload`: the form; POST reads the file in chunks up to `app.state.max_upload_bytes` (a larger body
  is refused with 413 as soon as it is seen to be larger), checks its type by content (govtargets.ingest),
  extracts the facts and tasks, stores the document with them and goes to its page.
- `/documents/{doc_id}`: the text with every fact's span marked (overlapping spans: the outer one is marked,
  the others get an anchor inside it), the fact list with each fact's review; a review and the 确认 are POSTs.

The marked text is built from escaped segments of the report and our own tags: report text is never
trusted as HTML.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from govtargets.cycle.plans import create_plan_from_reviewed, target_text
from govtargets.ingest import IngestError
from govtargets.lexicon import Lexicon, load_lexicon
from govtargets.store import FactReview, StoreError, fact_reviews, review_fact
from govtargets.web.extract_worker import DEFAULT_TIMEOUT, ExtractTimeout, read_and_extract
from govtargets.web.pages import render_page
from govtargets.web.security import require_role, store_of
from govtargets.web.uploads import LimitedBodyRoute, read_limited
from govtargets.web.words import KIND_NAMES, QUALIFIER_NAMES, REVIEW_NAMES, STATUS_NAMES

__all__ = ["router", "reason_in_chinese", "marked_text"]

# IngestError reasons → what the user reads
_REASONS = [
    ("empty file", "文件是空的"),
    ("unsupported type: an image", "这是一张图片，不是报告文档"),
    ("unsupported type: a zip archive", "这是一个压缩包（zip），请解压后上传其中的报告"),
    ("unsupported type: legacy Excel .xls", "这是旧版Excel（.xls）文件，请另存为.xlsx后上传"),
    ("encrypted or legacy .xls workbook", "Excel文件已加密或为旧版.xls格式，请取消密码并另存为.xlsx后上传"),
    ("broken xlsx", "Excel文件已损坏，无法打开"),
    ("no text in the workbook", "Excel表格中没有文字"),
    ("unsupported type: a PowerPoint file", "这是PPT演示文稿，不是报告文档"),
    ("unsupported type: legacy Word .doc", "这是旧版Word（.doc）文件，请另存为.docx后上传"),
    ("broken docx", "Word文件已损坏，无法打开"),
    ("broken pdf", "PDF文件已损坏，无法打开"),
    ("no text layer", "PDF中没有文字层（可能是扫描件），请先进行文字识别"),
    ("not a Chinese report", "文件中没有中文内容，不是政府工作报告"),
    ("no text in document", "文件中没有文字"),
    ("too large: more than", "文件中的段落或表格行过多，超出处理上限，请拆分后上传"),
    ("too large", "文件展开后过大（超出处理上限），请拆分后上传"),
]


def reason_in_chinese(reason: str) -> str:
    for prefix, words in _REASONS:
        if reason.lower().startswith(prefix.lower()) or prefix.lower() in reason.lower():
            return words
    return f"无法读取该文件（{reason}）"


def _filename(name: str | None) -> str:
    base = PureWindowsPath(PurePosixPath(name or "").name).name.strip()
    return base[:200] or "上传的报告.txt"


router = APIRouter(route_class=LimitedBodyRoute)


@router.get("/upload", response_class=HTMLResponse, include_in_schema=False)
def upload_form(request: Request) -> Response:
    require_role(request, "supervisor")
    mb = int(request.app.state.max_upload_bytes) // (1024 * 1024)
    return render_page(request, "upload.html", max_mb=mb)


@router.post("/upload", include_in_schema=False)
def upload(
    request: Request,
    file: Annotated[UploadFile, File()],
    region: str = Form(""),
    year: str = Form(""),
) -> Response:
    user = require_role(request, "supervisor")
    data = read_limited(request, file)
    name = _filename(file.filename)
    timeout = float(getattr(request.app.state, "extract_timeout", DEFAULT_TIMEOUT))
    try:
        doc, facts = read_and_extract(data, name, timeout)
    except IngestError as e:
        raise HTTPException(415, f"无法识别为报告：{reason_in_chinese(e.reason)}（{name}）") from None
    except ExtractTimeout:
        raise HTTPException(
            422, f"文档处理超时（限时{timeout:g}秒），文件可能过大或过于复杂，请拆分后上传（{name}）"
        ) from None
    store = store_of(request)
    doc_id = store.add_document(doc, facts, actor=user.username)
    query = []
    if region.strip():
        query.append(f"region={_q(region.strip())}")
    if year.strip().isdigit():
        query.append(f"year={year.strip()}")
    return RedirectResponse(f"/documents/{doc_id}" + ("?" + "&".join(query) if query else ""), 303)


def _q(s: str) -> str:
    return quote(s, safe="")


# the document page


def _value_text(f: dict[str, Any]) -> str:
    """A fact's figure as the office writes it: 增长7.5%, 420亿元, 10%以上, 完成78.3%."""
    if f["kind"] == "task":
        q = (f.get("quantities") or [None])[0]
        if not q:
            return ""
        return target_text(
            "level",
            _dec(q.get("value")),
            _dec(q.get("low")),
            _dec(q.get("high")),
            q.get("unit"),
            q.get("qualifier"),
        )
    if f.get("measure") == "status":
        return STATUS_NAMES.get(f.get("status") or "", f.get("status") or "")
    if f.get("measure") in ("level", "growth"):
        return target_text(
            f["measure"],
            _dec(f.get("value")),
            _dec(f.get("low")),
            _dec(f.get("high")),
            f.get("unit"),
            f.get("qualifier"),
        )
    v = _dec(f.get("value"))
    return "" if v is None else f"{format(v.normalize(), 'f')}{f.get('unit') or ''}"


def _dec(v: Any) -> Decimal | None:
    if v is None or v == "":
        return None
    try:
        return Decimal(str(v))
    except InvalidOperation:
        return None


def marked_text(text: str, facts: list[dict[str, Any]]) -> tuple[Markup, dict[int, int]]:
    """The document text, escaped, with each group of overlapping fact spans in one
    `<mark id="f{id}" class="fact kind-{kind}">` (the outer fact's id); the other facts of a group get an
    empty anchor `<span id="f{id}">` inside it. Returns the HTML and each fact's mark (fact id → mark id)."""
    spans = sorted(
        (f for f in facts if 0 <= f["start"] < f["end"] <= len(text)),
        key=lambda f: (f["start"], -f["end"], f["id"]),
    )
    groups: list[tuple[int, int, list[dict[str, Any]]]] = []
    for f in spans:
        if groups and f["start"] < groups[-1][1]:
            start, end, members = groups[-1]
            groups[-1] = (start, max(end, f["end"]), [*members, f])
        else:
            groups.append((f["start"], f["end"], [f]))
    parts: list[Markup] = []
    mark_of: dict[int, int] = {}
    pos = 0
    for start, end, members in groups:
        outer = members[0]
        parts.append(escape(text[pos:start]))
        labels = "；".join(_fact_title(m) for m in members)
        parts.append(
            Markup('<mark id="f%d" class="fact kind-%s" data-facts="%s" title="%s">')
            % (outer["id"], outer["kind"], " ".join(str(m["id"]) for m in members), labels)
        )
        for m in members[1:]:
            parts.append(Markup('<span id="f%d" class="anchor"></span>') % m["id"])
        parts.append(escape(text[start:end]))
        parts.append(Markup("</mark>"))
        for m in members:
            mark_of[m["id"]] = outer["id"]
        pos = end
    parts.append(escape(text[pos:]))
    return Markup("").join(parts), mark_of


def _fact_title(f: dict[str, Any]) -> str:
    name = f.get("label") or (f.get("text") or "")[:20]
    return f"{KIND_NAMES.get(f['kind'], f['kind'])}·{name} {_value_text(f)}".strip()


def _fact_rows(
    facts: list[dict[str, Any]], reviews: dict[int, FactReview], lex: Lexicon
) -> list[dict[str, Any]]:
    rows = []
    for f in facts:
        review = reviews.get(f["id"])
        metric = f.get("metric")
        indicator = lex.indicators[metric].names[0] if metric in lex.indicators else (f.get("label") or "")
        corrected = None
        if review is not None and review.action == "correct" and review.values:
            v = review.values
            c_metric = v.get("metric") or metric
            c_name = lex.indicators[c_metric].names[0] if c_metric in lex.indicators else indicator
            fake = {
                **f,
                "metric": c_metric,
                "value": v.get("value", f.get("value")),
                "low": v.get("value", f.get("low")),
                "high": v.get("value", f.get("high")),
                "unit": v.get("unit") or f.get("unit"),
                "qualifier": v.get("qualifier") or f.get("qualifier"),
            }
            if f["kind"] == "task":
                q = dict((f.get("quantities") or [{}])[0])
                if v.get("value"):
                    q.update(value=v["value"], low=v["value"], high=v["value"])
                q.update(
                    unit=v.get("unit") or q.get("unit", ""),
                    qualifier=v.get("qualifier") or q.get("qualifier"),
                )
                fake["quantities"] = [q]
            corrected = f"{c_name if f['kind'] != 'task' else ''}{_value_text(fake)}"
        q0 = (f.get("quantities") or [{}])[0] if f["kind"] == "task" else {}
        rows.append(
            {
                "id": f["id"],
                "kind": f["kind"],
                "kind_name": KIND_NAMES.get(f["kind"], f["kind"]),
                "indicator": indicator if f["kind"] != "task" else "",
                "text": f.get("text") if f["kind"] == "task" else None,
                "value": _value_text(f),
                "qualifier": QUALIFIER_NAMES.get(f.get("qualifier") or q0.get("qualifier") or "", ""),
                "period": f.get("period") or (f.get("deadline") or ""),
                "minsheng": bool(f.get("minsheng")),
                "duty": _duty_text(f) if f["kind"] == "task" else "",
                "review": review.action if review else None,
                "review_name": REVIEW_NAMES.get(review.action, "") if review else "待审核",
                "review_by": review.by if review else "",
                "corrected": corrected,
                "metric": metric if f["kind"] != "task" else "",
                "metric_name": lex.indicators[metric].names[0] if metric in lex.indicators else "",
                "raw_value": f.get("value") if f["kind"] != "task" else q0.get("value"),
                "unit": f.get("unit") if f["kind"] != "task" else q0.get("unit", ""),
                "raw_qualifier": f.get("qualifier") if f["kind"] != "task" else q0.get("qualifier"),
            }
        )
    return rows


def _duty_text(f: dict[str, Any]) -> str:
    """Who answers for a task, as a notice says: 牵头：A、B；配合：C；责任领导：王某某."""
    parts = [
        f"{name}：{'、'.join(f.get(key) or ())}"
        for key, name in (("lead_units", "牵头"), ("co_units", "配合"), ("leaders", "责任领导"))
        if f.get(key)
    ]
    return "；".join(parts)


def _document_page(
    request: Request,
    doc_id: int,
    *,
    status: int = 200,
    error: str | None = None,
    form: dict[str, str] | None = None,
) -> Response:
    user = require_role(request, "supervisor", "viewer")
    store = store_of(request)
    try:
        doc = store.document(doc_id)
    except StoreError:
        raise HTTPException(404, "未找到该文档") from None
    facts = store.facts(doc_id)
    reviews = fact_reviews(store, [f["id"] for f in facts])
    lex = load_lexicon()
    text_html, _ = marked_text(doc.text, facts)
    rows = _fact_rows(facts, reviews, lex)
    kind = request.query_params.get("kind", "")
    counts = {k: sum(1 for r in rows if r["kind"] == k) for k in KIND_NAMES}
    shown = [r for r in rows if not kind or r["kind"] == kind]
    region = request.query_params.get("region") or doc.region or ""
    year = request.query_params.get("year") or (str(doc.report_year) if doc.report_year else "")
    form = form or {
        "region": region,
        "year": year,
        "title": f"{year}年{region}《政府工作报告》任务分解表" if region and year else "",
    }
    plans_of_doc = [p for p in store.plans() if p.source_document_id == doc_id]
    return render_page(
        request,
        "document.html",
        status,
        doc=doc,
        text_html=text_html,
        facts=shown,
        total=len(rows),
        counts=counts,
        kind=kind,
        kind_names=KIND_NAMES,
        qualifier_names=QUALIFIER_NAMES,
        indicators=[(i.id, i.names[0]) for i in lex.indicators.values()],
        reviewed=sum(1 for r in rows if r["review"]),
        rejected=sum(1 for r in rows if r["review"] == "reject"),
        can_edit=user.role in ("admin", "supervisor"),
        form=form,
        error=error,
        plans_of_doc=plans_of_doc,
    )


@router.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(request: Request, doc_id: int) -> Response:
    return _document_page(request, doc_id)


@router.post("/documents/{doc_id}/facts/{fact_id}/review", include_in_schema=False)
def review(
    request: Request,
    doc_id: int,
    fact_id: int,
    action: str = Form(...),
    metric: str = Form(""),
    value: str = Form(""),
    unit: str = Form(""),
    qualifier: str = Form(""),
    note: str = Form(""),
) -> Response:
    user = require_role(request, "supervisor")
    store = store_of(request)
    facts = {f["id"]: f for f in store.facts(doc_id)}
    if fact_id not in facts:
        raise HTTPException(404, "该文档中没有这条数据")
    if action not in ("accept", "reject", "correct"):
        raise HTTPException(400, "未知的审核操作")
    values: dict[str, str] | None = None
    if action == "correct":
        lex = load_lexicon()
        values = {}
        metric = metric.strip()
        if metric:
            names = {n: i.id for i in lex.indicators.values() for n in i.names} | {
                i: i for i in lex.indicators
            }
            if metric not in names:
                raise HTTPException(422, f"不认识的指标“{metric}”")
            values["metric"] = names[metric]
        if value.strip():
            number = _dec(value.strip().replace(",", "").replace("，", ""))
            if number is None or not number.is_finite():
                raise HTTPException(422, f"数值“{value.strip()}”不是一个数字")
            values["value"] = format(number.normalize(), "f")
        if unit.strip():
            values["unit"] = unit.strip()[:20]
        if qualifier:
            if qualifier not in QUALIFIER_NAMES:
                raise HTTPException(422, "未知的限定词")
            values["qualifier"] = qualifier
        if not values:
            raise HTTPException(422, "更正时请至少填写一项（指标、数值、单位或限定词）")
    review_fact(store, fact_id, action, values=values, note=note.strip() or None, actor=user.username)
    return RedirectResponse(f"/documents/{doc_id}#l{fact_id}", 303)


@router.post("/documents/{doc_id}/confirm", include_in_schema=False)
def confirm(
    request: Request,
    doc_id: int,
    region: str = Form(""),
    year: str = Form(""),
    title: str = Form(""),
) -> Response:
    user = require_role(request, "supervisor")
    store = store_of(request)
    form = {"region": region.strip(), "year": year.strip(), "title": title.strip()}
    try:
        store.document(doc_id)
    except StoreError:
        raise HTTPException(404, "未找到该文档") from None
    if not form["region"] or not form["year"].isdigit() or not 1990 <= int(form["year"]) <= 2100:
        return _document_page(
            request, doc_id, status=422, error="请填写地区和年度（四位数字）后再确认", form=form
        )
    y = int(form["year"])
    for p in store.plans():
        if p.region == form["region"] and p.year == y:
            return _document_page(
                request,
                doc_id,
                status=409,
                error=f"{form['region']}{y}年的任务分解表已经存在（计划编号{p.id}：{p.title}），"
                "不能重复生成。请到该计划中修改，或更换地区、年度。",
                form=form,
            )
    facts = store.facts(doc_id)
    reviews = fact_reviews(store, [f["id"] for f in facts])
    try:
        plan_id = create_plan_from_reviewed(
            store,
            doc_id,
            load_lexicon(),
            reviews,
            region=form["region"],
            year=y,
            title=form["title"] or None,
            actor=user.username,
        )
    except StoreError as e:
        message = str(e)
        if "exists already" in message or "could not be stored" in message:
            message = f"{form['region']}{y}年的任务分解表已经存在，不能重复生成"
        elif "no targets or tasks" in message:
            message = "审核后没有剩下任何目标或任务，未生成任务分解表"
        return _document_page(request, doc_id, status=409, error=message, form=form)
    return RedirectResponse(f"/plans/{plan_id}", 303)
