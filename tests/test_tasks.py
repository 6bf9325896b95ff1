"""Tasks against the team's gold: seed 003's 为民办实事 items and the two task-assignment notices."""

from __future__ import annotations

import json
from pathlib import Path

from govtargets import read_document
from govtargets.evaluate import PRF
from govtargets.extract import extract_tasks

from .conftest import needs_shared, source_of

GOLD = Path(__file__).parent / "gold_tasks"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Spans match when they overlap by at least half of the longer one."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter * 2 >= max(a[1] - a[0], b[1] - b[0])


def score_tasks(name: str) -> tuple[PRF, int, int, list[str]]:
    gold = [
        json.loads(x) for x in (GOLD / f"{name}.tasks.jsonl").read_text(encoding="utf-8").splitlines() if x
    ]
    doc = read_document(source_of(GOLD / f"{name}.jsonl"))
    pred = list(extract_tasks(doc))
    if name.startswith("003_"):  # its gold holds the ten 为民办实事 items only
        pred = [t for t in pred if t.minsheng]
    prf, used, lead_right, errors = PRF(), set(), 0, []
    for t in pred:
        hit = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used and _overlap((t.start, t.end), (g["start"], g["end"]))
            ),
            None,
        )
        if hit is None:
            prf.fp += 1
            errors.append(f"SPURIOUS {t.number} {t.text[:30]}")
            continue
        used.add(hit)
        prf.tp += 1
        if list(t.lead_units) == gold[hit]["lead_units"]:
            lead_right += 1
        else:
            errors.append(f"LEAD {t.number} {list(t.lead_units)} != {gold[hit]['lead_units']}")
    prf.fn = len(gold) - len(used)
    errors += [
        f"MISSED {g['number']} {doc.text[g['start'] : g['end']][:30]}"
        for i, g in enumerate(gold)
        if i not in used
    ]
    return prf, lead_right, prf.tp, errors


@needs_shared
def test_minsheng_items_of_seed_003() -> None:
    prf, _, _, errors = score_tasks("003_0fdef7f98de9efbf.txt")
    assert (prf.tp, prf.fp, prf.fn) == (10, 0, 0), errors


@needs_shared
def test_notices_boundaries_and_lead_units() -> None:
    total, leads, matched, report = PRF(), 0, 0, []
    for name in ("zhejiang_2021_task_assignment.docx", "tianjin_task_assignment.docx"):
        prf, lead_right, tp, errors = score_tasks(name)
        total.tp += prf.tp
        total.fp += prf.fp
        total.fn += prf.fn
        leads += lead_right
        matched += tp
        report += [f"{name}: {e}" for e in errors]
    summary = f"P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f} lead {leads}/{matched}"
    assert total.f1 >= 0.80, "\n".join([summary, *report[:40]])
    assert leads >= 0.95 * matched, "\n".join([summary, *report[:40]])


@needs_shared
def test_review_sections_give_no_tasks() -> None:
    from .conftest import SEEDS

    doc = read_document(SEEDS / "003_0fdef7f98de9efbf.txt")
    review_end = doc.text.index("二、2014年政府工作思路和目标要求")
    assert all(t.start > review_end for t in extract_tasks(doc))
    for name in ("000_c91e28573130fe59.txt", "002_52924f53d217235b.txt"):  # a review and a supervision report
        assert list(extract_tasks(read_document(SEEDS / name))) == []


@needs_shared
def test_xlsx_breakdown_reads_back(tmp_path: Path) -> None:
    """The .xlsx reads back: title, frozen header, the eight columns, one row per task, wrapped text."""
    import subprocess
    import sys

    from openpyxl import load_workbook

    from .conftest import CORPUS

    out = tmp_path / "分解表.xlsx"
    src = CORPUS / "zhejiang_2021_task_assignment.docx"
    r = subprocess.run(
        [sys.executable, "-m", "govtargets", "tasks", str(src), "--format", "xlsx", "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    ws = load_workbook(out).active
    assert ws.title == "任务分解表" and "浙江省2021年" in ws["A1"].value
    assert [c.value for c in ws[2]] == [
        "序号",
        "类别",
        "任务内容",
        "目标值",
        "完成时限",
        "牵头单位",
        "责任单位",
        "来源位置",
    ]
    assert ws.freeze_panes == "A3"
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert len(rows) == len(list(extract_tasks(read_document(src))))
    first = rows[1]
    assert first[0] == "2" and first[1] == "常务副省长牵头重点工作" and first[5] == "省发展改革委"
    assert first[6] == "省经信厅、省商务厅" and "加快服务业高质量发展" in first[2]
    assert ws["C4"].alignment.wrap_text and ws.column_dimensions["C"].width >= 40
    heights = [ws.row_dimensions[i].height for i in range(3, ws.max_row + 1)]
    assert max(heights) > 2 * min(heights)  # a long task gets a taller row


def test_a_news_page_about_a_report_gives_no_tasks() -> None:
    from govtargets import read_bytes

    news = (
        "青溪新闻网\n青溪县十八届人大三次会议开幕 县长作政府工作报告\n"
        "本报讯 1月16日上午，县十八届人大三次会议开幕。报告提出，今年全县经济社会发展的主要预期目标是："
        "地区生产总值增长6.5%左右。报告还提出，要加快建设现代化产业体系，推进城乡融合发展，"
        "办好十件民生实事：一是新建幼儿园5所；二是改造老旧小区12个。\n"
    )
    doc = read_bytes(news.encode(), "news.html.txt")
    assert doc.doc_kind != "work_report"
    assert list(extract_tasks(doc)) == []


@needs_shared
def test_notice_categories_and_deadlines() -> None:
    from .conftest import CORPUS

    tasks = list(extract_tasks(read_document(CORPUS / "tianjin_task_assignment.docx")))
    third = next(t for t in tasks if t.number == "3")
    assert third.category == "积极的财政政策要更加积极有为"
    assert (third.lead_units, third.deadline) == (("市财政局",), "12月底前")
