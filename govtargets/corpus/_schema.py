"""The columns of every table corpus mode writes: name, Arrow type, Chinese label and meaning.

One list per table is the single source of the Parquet schemas, the Stata variable labels and CODEBOOK.md,
so the three cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

__all__ = [
    "Column",
    "DOCUMENT_COLUMNS",
    "FACT_COLUMNS",
    "TASK_COLUMNS",
    "PANEL_COLUMNS",
    "ERROR_COLUMNS",
    "DUPLICATE_COLUMNS",
    "OUTCOMES",
    "QUALIFIERS",
    "schema",
    "rows_to_ipc",
    "ipc_to_table",
]

_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: pa.DataType
    label: str  # Chinese, the Stata variable label (at most 80 characters)
    meaning: str  # English, for the codebook


DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("sha256", _S, "文件哈希", "SHA-256 of the file's bytes: the document's identity (facts cite it)"),
    Column(
        "path",
        _S,
        "文件路径",
        "path of the file as walked (the first path, in sorted order, with these bytes)",
    ),
    Column("format", _S, "格式", "txt | html | docx | pdf | xlsx | csv"),
    Column("encoding", _S, "编码", "the text encoding detected (text and html files)"),
    Column("title", _S, "标题", "the title read from the document"),
    Column("region", _S, "地区", "the region the document is about, as named (全国 for the State Council)"),
    Column(
        "region_code", _S, "区划代码", "GB/T 2260 code valid in the report year; 100000 for the whole country"
    ),
    Column("admin_level", _S, "行政级别", "national | province | city | county"),
    Column(
        "report_year", _I, "报告年份", "the year the report is delivered in (its targets are for this year)"
    ),
    Column(
        "doc_kind",
        _S,
        "文件类型",
        "work_report | midyear_review | supervision_report | task_assignment | other",
    ),
    Column("script", _S, "字体", "simplified | traditional"),
    Column("chars", _I, "字数", "characters of the text as read (spans point into it)"),
    Column("bytes", _I, "字节数", "size of the file"),
    Column(
        "decode_errors", _I, "解码错误", "bytes that did not decode and were replaced (a few are tolerated)"
    ),
    Column(
        "decode_notes",
        _S,
        "解码说明",
        "how the text was read: encoding, the decode errors if any, a workbook's formulas without a value",
    ),
    Column("region_cue", _S, "地区依据", "where the region was read"),
    Column("year_cue", _S, "年份依据", "the cues behind report_year"),
    Column("n_facts", _I, "事实数", "facts extracted from the document (of the kinds asked for)"),
    Column("n_tasks", _I, "任务数", "tasks extracted (with --kinds task)"),
    Column(
        "duplicate_of",
        _S,
        "重复于",
        "empty for a document that is read; else the path of the copy that is read instead "
        "(same bytes, or same region, year and kind): its facts are not repeated",
    ),
)

FACT_COLUMNS: tuple[Column, ...] = (
    Column("doc_sha256", _S, "文件哈希", "the document's sha256 (documents.parquet)"),
    Column("doc", _S, "文件路径", "the document's path"),
    Column("seq", _I, "序号", "the fact's place among the document's facts, in the order extracted"),
    Column("kind", _S, "类别", "actual | target | progress"),
    Column(
        "metric", _S, "指标代码", "indicator id (see the metric table below); empty for no known indicator"
    ),
    Column("label", _S, "指标原文", "the indicator name as written"),
    Column("measure", _S, "口径", "level | growth | avg_growth | completion | lag | status"),
    Column("value", _F, "数值", "the number as written, in unit"),
    Column("low", _F, "下限", "low end of a range or bound, as written"),
    Column("high", _F, "上限", "high end of a range or bound, as written"),
    Column("unit", _S, "单位", "unit as written (亿元, %, 万人 …)"),
    Column("base_value", _F, "基准数值", "value in the base unit (亿元 → 元, 万人 → 人)"),
    Column("base_low", _F, "基准下限", "low in the base unit"),
    Column("base_high", _F, "基准上限", "high in the base unit"),
    Column("base_unit", _S, "基准单位", "元, 美元, 人, 个, 吨, %, 百分点 …"),
    Column("qualifier", _S, "限定", "exact | about | at_least | at_most | range (see the qualifier coding)"),
    Column("status", _S, "状态", "for measure status: met | not_met | partly_met | cancelled"),
    Column("period", _S, "期间", "what the figure covers: 2013, 2014H1, 2021..2025"),
    Column("estimate", _B, "预计数", "the actual is stated as an estimate (预计, 初步核算)"),
    Column(
        "stretch", _F, "力争值", "the 力争 figure after a target (增长7%以上、力争8% → 8), in the base unit"
    ),
    Column("multi_year", _B, "多年期", "a multi-year figure (年均, 累计, five-year goals)"),
    Column("start", _I, "起点", "character offset where the supporting text starts in the document as read"),
    Column("end", _I, "终点", "character offset where it ends (text[start:end] is the supporting text)"),
    Column("span_text", _S, "原文片段", "the supporting text: the document's text[start:end]"),
    Column("quote", _S, "所在句", "the sentence or clause the fact comes from"),
    Column("extra", _S, "其他", "further fields of the fact record, as JSON (item, count …)"),
)

TASK_COLUMNS: tuple[Column, ...] = (
    Column("doc_sha256", _S, "文件哈希", "the document's sha256"),
    Column("doc", _S, "文件路径", "the document's path"),
    Column("seq", _I, "序号", "the task's place among the document's tasks"),
    Column("text", _S, "任务", "the commitment, as written"),
    Column("number", _S, "编号", "its ordinal as written"),
    Column("category", _S, "类别", "the heading it sits under"),
    Column("quantities", _S, "量化目标", "JSON list of the quantities it commits to"),
    Column("deadline", _S, "时限", "as written"),
    Column("minsheng", _B, "民生实事", "a 为民办实事 item"),
    Column("lead_units", _S, "牵头单位", "JSON list"),
    Column("co_units", _S, "配合单位", "JSON list"),
    Column("leader", _S, "牵头领导", "the leader heading it falls under"),
    Column("start", _I, "起点", "offset of the task's text in the document"),
    Column("end", _I, "终点", "end offset"),
    Column("quote", _S, "原文", "the text as written"),
)

OUTCOMES = {
    "met": "完成: the actual reaches the target (左右 allows 0.5 percentage points for growth and rates, "
    "1 % of the target for other levels; 以上 is a floor, 以内 a ceiling; CPI, unemployment and energy "
    "use are met from below)",
    "missed": "未完成: the actual falls short",
    "not_reported": "未报告: a target with no actual in the corpus (next_doc empty: the next year's report "
    "is not in the corpus; else it gives no figure for the indicator)",
    "no_target": "无目标: an actual with no target of that year in the corpus",
    "undetermined": "无法判断: the actual is only a bound (超过X) on both sides of the target, or in "
    "another unit",
}

QUALIFIERS = {
    "exact": "a plain figure (增长7%): low = high = the figure",
    "about": "左右, 约 (增长6%左右): low = high = the figure",
    "at_least": "以上, 不低于, 超过, 力争…以上 (增长7%以上): low = high = the floor",
    "at_most": "以内, 不超过, 控制在…以内, 低于 (3%以内): low = high = the ceiling",
    "range": "a range (6%—6.5%, 8至9): low and high are its ends",
}

PANEL_COLUMNS: tuple[Column, ...] = (
    Column("region", _S, "地区", "the region, as named in its reports"),
    Column("region_code", _S, "区划代码", "GB/T 2260 code (100000: the whole country); empty if unknown"),
    Column("admin_level", _S, "行政级别", "national | province | city | county"),
    Column("year", _I, "年度", "the year the target and the actual are for"),
    Column("metric", _S, "指标代码", "indicator id (see the metric table below)"),
    Column("metric_name", _S, "指标名称", "the indicator's name"),
    Column("measure", _S, "口径", "growth (percent change) | level (the amount or rate itself)"),
    Column("unit", _S, "单位", "unit of target_*, actual_value and gap: % for growth, else the base unit"),
    Column("target_low", _F, "目标下限", "target, low end (equal to target_high unless a range)"),
    Column("target_high", _F, "目标上限", "target, high end"),
    Column("target_qualifier", _S, "目标限定", "exact | about | at_least | at_most | range"),
    Column("target_stretch", _F, "力争目标", "the 力争 figure stated after the target, if any"),
    Column(
        "target_point",
        _F,
        "目标点值",
        "one number for the target: the figure; a range's midpoint; a floor (以上) plus the "
        "--at-least-plus option (0 unless asked for)",
    ),
    Column("target_doc", _S, "目标文件", "sha256 of the report of year that sets the target"),
    Column("target_file", _S, "目标文件路径", "its path"),
    Column("target_start", _I, "目标起点", "offset of the target's supporting text in that document"),
    Column("target_end", _I, "目标终点", "end offset"),
    Column("target_text", _S, "目标原文", "the target's supporting text, as written"),
    Column(
        "actual_value",
        _F,
        "实际值",
        "the actual for year, as the next year's report (or a later review) states it",
    ),
    Column("actual_unit", _S, "实际值单位", "its unit (the base unit)"),
    Column("actual_qualifier", _S, "实际值限定", "exact | about | at_least | at_most | range"),
    Column("actual_estimate", _B, "实际值为预计", "the actual is stated as an estimate (预计)"),
    Column("actual_doc", _S, "实际文件", "sha256 of the document stating the actual"),
    Column("actual_file", _S, "实际文件路径", "its path"),
    Column("actual_start", _I, "实际起点", "offset of the actual's supporting text"),
    Column("actual_end", _I, "实际终点", "end offset"),
    Column("actual_text", _S, "实际原文", "the actual's supporting text, as written"),
    Column(
        "next_doc", _S, "次年报告", "sha256 of the next year's work report of the region, if in the corpus"
    ),
    Column("outcome", _S, "结论", "met | missed | not_reported | no_target | undetermined (see below)"),
    Column(
        "gap",
        _F,
        "差距",
        "actual − target (the low end; the high end where the target is a ceiling), in percentage points "
        "for growth and rates, else in the base unit",
    ),
    Column(
        "parent_code", _S, "上级代码", "code of the nearest enclosing region in the corpus (city → province)"
    ),
    Column(
        "parent_target_low",
        _F,
        "上级目标下限",
        "the parent's target for the same year, indicator and measure",
    ),
    Column("parent_target_high", _F, "上级目标上限", "its high end"),
    Column(
        "markup",
        _F,
        "加码",
        "target_low − parent_target_low (层层加码), in percentage points; for growth and rates only "
        "(a city's level is a part of its province's, not a markup)",
    ),
)

ERROR_COLUMNS: tuple[Column, ...] = (
    Column("file", _S, "文件", "the file or folder"),
    Column("reason", _S, "原因", "why it could not be read (one line)"),
)

DUPLICATE_COLUMNS: tuple[Column, ...] = (
    Column("file", _S, "文件", "the duplicate's path"),
    Column("duplicate_of", _S, "重复于", "the path of the copy that is read"),
    Column("reason", _S, "原因", "same_bytes | same_region_year"),
)


def schema(columns: tuple[Column, ...]) -> pa.Schema:
    """The Arrow schema of a table, with each column's Chinese label kept as field metadata."""
    return pa.schema([pa.field(c.name, c.type, metadata={"label": c.label.encode()}) for c in columns])


def rows_to_ipc(rows: list[tuple[object, ...]], columns: tuple[Column, ...]) -> bytes:
    """Rows (tuples in column order) as an Arrow IPC stream: a worker builds its table itself, so the
    driver only concatenates (no per-value conversion, nothing but bytes to unpickle)."""
    cols = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    table = pa.Table.from_arrays(
        [pa.array(list(v), type=c.type) for v, c in zip(cols, columns, strict=True)], schema=schema(columns)
    )
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as w:
        w.write_table(table)
    return sink.getvalue().to_pybytes()


def ipc_to_table(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()
