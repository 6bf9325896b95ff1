#!/usr/bin/env python3
"""Blind set s26: write the six documents and their gold from the data typed in this file.

    python3 build.py      # then: python3 check.py

Every figure, place, unit, person and project below is invented. The gold of each document is written
from the same data as the document: quotes are cut from the text as built (after conversion to
traditional script, the docx's paragraphs, the workbook's cells as shown), never typed twice.
"""
import datetime
import io
import json
import re
import zipfile
from pathlib import Path

import docx
import opencc
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).resolve().parent


def fact(measure, quote, metric=None, item=None, value=None, status=None, **extra):
    d = {"measure": measure, "metric": metric, "item": item, "value": value, "status": status,
         "quote": quote}
    d.update({k: v for k, v in extra.items() if v is not None})
    return d


def write_gold(stem, facts):
    with open(HERE / f"{stem}.progress.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for x in facts:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")


def find(text, quote, after=0):
    """Offset of quote in text (at or after `after`); it must be there."""
    i = text.find(quote, after)
    if i < 0:
        raise SystemExit(f"quote not in source: {quote!r}")
    return i


def cut(text, a, b=None, after=None):
    """The text from the first `a` (after `after`, if given) to the end of the first `b` after it."""
    i = find(text, a, find(text, after) if after else 0)
    j = i + len(a) if b is None else find(text, b, i) + len(b)
    return text[i:j]


def fix_zip_times(path, stamp):
    """Same bytes on every build: fixed member times and fixed dcterms dates."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*", rb"\g<1>" + iso, data)
            zi = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, data)
    src.close()
    path.write_bytes(buf.getvalue())


FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789%"}


def fullwidth(s):
    return s.translate(FW)


# ----------------------------------------------------------------------------------------------
# 01  蓼汀县: a weekly 重点工作推进周报 (UTF-8), items carrying emoji status markers
# ----------------------------------------------------------------------------------------------
F01 = "01_liaoting_weekly_emoji_report"
OK_, GO_, WARN_, NO_ = "✅", "⏳", "⚠️", "❌"   # ⚠️ is U+26A0 U+FE0F
WARN_BARE = "⚠"                                # the same marker typed without U+FE0F (item 13)
LEGEND01 = {OK_: "met", GO_: "on_schedule", WARN_: "not_met", WARN_BARE: "not_met", NO_: "not_met"}
# (no., name, marker, words after the marker, completion, lag, note)
ITEMS01 = [
    ("一、重大项目（6项）", None),
    (1, "县城南环路改造工程", OK_, "已完成，5月28日通过交工验收", None, None, None),
    (2, "蓼汀高铁站站前广场", GO_, "推进中，完成工程量的46%（上周为41%）", 46, None,
     "上周为41% is last week's figure"),
    (3, "城西片区污水管网改造", WARN_, "完成工程量的58%", 58, None,
     "the status is the marker's alone, read by the legend (⚠️ 滞后序时进度)"),
    (4, "蓼汀经开区标准厂房四期", GO_, "主体结构已封顶，完成工程量的" + fullwidth("72%"), 72, None,
     "full-width digits; 主体结构已封顶 is a step; the project is the county's (named after the park)"),
    (5, "县人民医院医技综合楼", WARN_, "滞后序时进度9个百分点，其中医用气体工程尚未进场", None, 9,
     "the marker's not_met beside the lag (as a light beside a lag, s25 01); 医用气体工程尚未进场 is a part"),
    (6, "青溪河生态修复工程", NO_, "未启动，环评报告待省生态环境厅批复", None, None, None),
    ("二、民生实事（5项）", None),
    (7, "城乡公交一体化改造", OK_, "", None, None,
     "the marker stands alone at the end of the line: met by the legend"),
    (8, "农村户厕改造", GO_, "完成年度任务的" + fullwidth("48%") + "，其中石岭镇已完成全镇改厕任务", 48, None,
     "石岭镇已完成… is a town's part"),
    (9, "城区背街小巷改造", WARN_, "完成年度任务的31%，较上周提高6个百分点", 31, None,
     "较上周提高6个百分点 is a comparison with last week, no lag"),
    (10, "公办幼儿园扩容", GO_, "已新增学位360个", None, None, "新增学位360个 is an amount"),
    (11, "老年助餐点建设", OK_, "已建成28个，超额完成年度任务", None, None,
     "✅ 已建成… 超额完成年度任务: one met"),
    ("三、改革及其他（3项）", None),
    (12, "工程建设项目审批制度改革", GO_, "按序时推进", None, None, None),
    (13, "县城燃气管道老化更新", WARN_BARE, "完成年度任务的" + fullwidth("26%") + "，力争6月底前完成40%", 26, None,
     "⚠ without U+FE0F; 力争6月底前完成40% is a call"),
    (14, "智慧城管平台二期", NO_, "未启动，招标文件正在审核", None, None, None),
]
HEAD01 = """蓼汀县重点工作推进周报
2026年第22期（5月25日—5月31日）
县委县政府督查室编印　　　　2026年6月1日

图例：✅已完成　⏳按序时推进　⚠️滞后序时进度　❌未启动
说明：本期跟踪县政府重点工作14项，序时进度按各项工作年初排定的节点计划计算；完成比例由责任单位填报，县委县政府督查室每周抽查核实，抽查发现填报不实的，在下期周报中予以更正。
"""
TAIL01 = """
本期小结：14项重点工作中，已完成3项，按序时推进5项，滞后序时进度4项，未启动2项（青溪河生态修复工程、智慧城管平台二期）。与上期相比，新增完成1项。部分项目受连续降雨影响，室外施工进度放缓。

督查意见：
（一）对滞后序时进度的项目，由县政府督查室下发督办单，责任单位要倒排工期、挂图作战，确保6月底前赶上序时进度。
（二）城西片区污水管网改造要加快雨污管道接驳，力争汛期前完成主干管铺设。
（三）青溪河生态修复工程要主动对接省生态环境厅，确保6月中旬取得环评批复后立即开工。
（四）各责任单位于每周五下班前报送本周进展，报送情况纳入年度目标考核。对连续两周亮⚠️的项目，由分管副县长现场督导。

抄送：县委办公室，县人大常委会办公室，县政协办公室。
"""


def build01():
    lines = []
    for it in ITEMS01:
        if it[1] is None:
            lines.append("\n" + it[0])
            continue
        no, name, mark, words, *_ = it
        lines.append(f"{no}. {name} {mark}" + (f" {words}" if words else ""))
    t = HEAD01 + "\n".join(lines) + "\n" + TAIL01
    facts = []
    summary = cut(t, "本期小结：", "\n")
    counts = {OK_: 0, GO_: 0, WARN_: 0, NO_: 0}
    named_not_started = "未启动2项（青溪河生态修复工程、智慧城管平台二期）"
    for it in ITEMS01:
        if it[1] is None:
            continue
        no, name, mark, words, comp, lag, note = it
        counts[WARN_ if mark == WARN_BARE else mark] += 1
        line = f"{no}. {name} {mark}" + (f" {words}" if words else "")
        st = LEGEND01[mark]
        if name in named_not_started:
            q = cut(t, named_not_started)
            facts.append(fact("status", q, item=name, status=st, count=2,
                              note="❌ 未启动 on its line, restated by name in 本期小结: one fact, with the list's count"))
        else:
            facts.append(fact("status", line, item=name, status=st, note=note))
        if comp is not None:
            facts.append(fact("completion", line, item=name, value=comp))
        if lag is not None:
            facts.append(fact("lag", line, item=name, value=lag))
    assert counts == {OK_: 3, GO_: 5, WARN_: 4, NO_: 2}, counts
    assert "14项重点工作中，已完成3项，按序时推进5项，滞后序时进度4项" in summary
    facts.append(fact("status", cut(t, "14项重点工作中，已完成3项"), status="met", tally=True, count=3,
                      note="与上期相比，新增完成1项 is a change, no tally"))
    facts.append(fact("status", cut(t, "按序时推进5项"), status="on_schedule", tally=True, count=5))
    facts.append(fact("status", cut(t, "滞后序时进度4项"), status="not_met", tally=True, count=4,
                      note="names nothing; kept apart from the four ⚠️ items"))
    (HERE / f"{F01}.txt").write_bytes(t.encode("utf-8"))
    write_gold(F01, facts)


# ----------------------------------------------------------------------------------------------
# 02  琨江县: a 项目进度台账 (.xlsx), the status shown only by the fill colour of the 进度 cell
# ----------------------------------------------------------------------------------------------
F02 = "02_kunjiang_project_ledger_fill_colours"
SCHED02 = 66.7
GREEN, YELLOW, RED = "FF92D050", "FFFFFF00", "FFFF0000"
HEAD02 = ["序号", "项目名称", "建设内容及规模", "年度计划投资（万元）", "1-8月完成投资（万元）", "进度（%）", "备注"]
# (项目名称, 建设内容及规模, 年度计划投资, 1-8月完成投资, 备注, status from the 备注 words, note)
ROWS02 = [
    ("琨江大道东延工程", "新建城市主干道3.2公里", 18000, 13950, "沥青面层施工中", None, None),
    ("县中医院整体迁建", "总建筑面积6.8万平方米", 25000, 15600, "主体施工至五层", None, None),
    ("琨江经开区电子信息产业园一期", "标准厂房12万平方米", 30000, 24380, "其中A区厂房已交付使用", None,
     "A区厂房已交付使用 is a part"),
    ("城北污水处理厂扩建", "新增日处理能力2万吨", 9000, 9000, "已竣工验收，7月投入运行", "met",
     "已竣工 in 备注: met; the green fill's on_schedule is optional"),
    ("南山抽水蓄能电站配套道路", "改建道路11公里", 12000, 4850, "受林地报批影响开工推迟", None, None),
    ("县第一高级中学新校区", "总建筑面积9.5万平方米", 20000, 12280, "教学楼主体施工至四层", None, None),
    ("琨江冷链物流中心", "冷库容量3万吨", 8000, 6310, "冷库主体已完工，正在安装制冷设备", None,
     "冷库主体已完工 is a part"),
    ("农村供水管网改造", "改造供水管网260公里", 6500, 5745, "其中白鹭镇段已全部完工", None,
     "白鹭镇段已全部完工 is a town's part"),
    ("城东安置小区二期", "安置房1200套", 15000, 8640, "部分楼栋因地质勘察补充论证停工20天", None, None),
    ("县文体中心", "总建筑面积4.2万平方米", 10000, 3460, "设计方案调整", None, None),
    ("高标准农田建设", "新建高标准农田2.5万亩", 5000, 3615, "", None, None),
    ("城区智慧停车", "新建智慧泊位2000个", 3000, 2085, "设备安装调试中", None, None),
]
NOTES02 = [
    "注：1.进度栏颜色含义——绿色：按序时推进；黄色：滞后10个百分点以内；红色：滞后10个百分点以上。序时进度按66.7%计。",
    "2.本表12个项目中，绿色项目7个，黄色项目3个，红色项目2个（南山抽水蓄能电站配套道路、县文体中心）。",
    "3.进度＝1-8月完成投资÷年度计划投资×100%，保留一位小数。",
    "4.经开区另有5个园区自建项目未列入本表，1-8月完成投资1.86亿元，完成园区年度计划的71.3%。",
    "5.本台账每月5日前更新，完成投资以县统计局固定资产投资联网直报数据为准，各责任单位对填报数据的真实性负责。",
]


def colour02(p):
    if p >= SCHED02:
        return GREEN
    return YELLOW if SCHED02 - p <= 10 else RED


def build02():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-8月"
    ws.append(["琨江县2026年县级重点项目建设进度台账（1-8月）"])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["填报单位：琨江县重点项目建设服务中心　　　　截至2026年8月31日　　　　金额单位：万元"])
    ws.merge_cells("A2:G2")
    ws.append(HEAD02)
    for c in ws[3]:
        c.font = Font(bold=True)
    facts = []
    n = {GREEN: 0, YELLOW: 0, RED: 0}
    tot_plan = tot_done = 0
    reds = NOTES02[1][NOTES02[1].index("红色项目2个"):NOTES02[1].index("）") + 1]
    for i, (name, scope, plan, done, remark, word, note) in enumerate(ROWS02, 1):
        p = round(done / plan * 100, 1)
        col = colour02(p)
        n[col] += 1
        tot_plan += plan
        tot_done += done
        ws.append([i, name, scope, plan, done, p, remark or None])
        r = ws.max_row
        ws.cell(r, 6).number_format = "0.0"
        ws.cell(r, 6).fill = PatternFill(fill_type="solid", start_color=col, end_color=col)
        for c in ws[r]:
            c.alignment = Alignment(wrap_text=True, vertical="center")
        shown = [str(i), name, scope, str(plan), str(done), f"{p:.1f}"] + ([remark] if remark else [])
        row_q = "\t".join(shown)
        facts.append(fact("completion", row_q, item=name, value=p,
                          note="the 进度（%） cell holds a percent" if i == 1 else None))
        light = "on_schedule" if col == GREEN else "not_met"
        if word:
            facts.append(fact("status", row_q, item=name, status=word, note=note))
            facts.append(fact("status", row_q, item=name, status=light, optional=True,
                              note="the green fill (按序时推进) beside a done-word in 备注"))
        elif col == RED:
            assert name in reds
            facts.append(fact("status", reds, item=name, status=light, count=2,
                              note="red fill, named in 注2 (红色项目2个): one fact, with the list's count"))
        else:
            facts.append(fact("status", row_q, item=name, status=light,
                              note=(note + "; " if note else "") +
                              ("green" if col == GREEN else "yellow") +
                              " fill only, read by the legend in 注1 (see README decision 2)"))
    assert n == {GREEN: 7, YELLOW: 3, RED: 2}, n
    tp = round(tot_done / tot_plan * 100, 1)
    ws.append(["合计", "12个项目", "", tot_plan, tot_done, tp, ""])
    ws.cell(ws.max_row, 6).number_format = "0.0"
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.append([])
    for line in NOTES02:
        ws.append([line])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    ws.append(["填报人：阮清禾　　审核人：孟栖梧　　联系电话：（内线）5306"])
    for col, w in zip("ABCDEFG", (6, 28, 24, 14, 14, 10, 26)):
        ws.column_dimensions[col].width = w
    facts.append(fact("status", NOTES02[1], status="on_schedule", tally=True, count=7,
                      note="绿色项目7个 in a whole of projects: on_schedule (绿色：按序时推进)"))
    facts.append(fact("status", NOTES02[1], status="not_met", tally=True, count=3,
                      note="黄色项目3个 names nothing; kept apart from the yellow rows"))
    wb.properties.creator = "琨江县重点项目建设服务中心"
    stamp = datetime.datetime(2026, 9, 4, 10, 0)
    wb.properties.created = wb.properties.modified = stamp
    path = HERE / f"{F02}.xlsx"
    wb.save(path)
    fix_zip_times(path, stamp)
    write_gold(F02, facts)


# ----------------------------------------------------------------------------------------------
# 03  梓陵县: 一季度“开门红” page (.html, UTF-8), a two-row header table and a signed column
# ----------------------------------------------------------------------------------------------
F03 = "03_ziling_q1_kaimenhong_table"
SCHED03 = 25.0
# 指标名称, 绝对值, 同比增长(%), 年度目标(%), 完成年度目标进度(%), metric
ROWS03 = [
    ("地区生产总值（亿元）", "48.62", "5.8", "6.0", None, "gdp"),
    ("规模以上工业增加值（亿元）", "—", "6.9", "7.0", None, "industrial_va_above_scale"),
    ("固定资产投资（亿元）", "19.32", "8.4", "8.0", 27.6, "fixed_asset_investment"),
    ("其中：工业投资（亿元）", "7.15", "12.6", "12.0", 29.8, "industrial_investment"),
    ("社会消费品零售总额（亿元）", "22.47", "5.1", "6.5", 23.8, "retail_sales"),
    ("一般公共预算收入（亿元）", "3.86", "6.2", "5.0", 31.4, "general_budget_revenue"),
    ("进出口总额（亿元）", "4.12", "-2.3", "4.0", 19.6, "foreign_trade"),
    ("实际利用外资（万美元）", "620", "15.2", "10.0", 15.5, "fdi"),
    ("城镇新增就业（人）", "1360", "—", "—", 27.2, "new_urban_jobs"),
    ("城镇居民人均可支配收入（元）", "11850", "5.6", "6.0", None, "urban_income"),
]
PROSE03 = [
    "今年以来，全县上下紧扣一季度“开门红”目标，抢抓项目集中开工、企业满负荷生产、节假日消费回暖等关键节点，"
    "主要经济指标实现良好开局。",
    "一季度，全县地区生产总值完成48.62亿元，同比增长5.8%，低于年度目标0.2个百分点；固定资产投资完成年度目标的27.6%，"
    "快于序时进度2.6个百分点；一般公共预算收入完成年度预算的31.4%，快于序时进度6.4个百分点。其中，梓陵高新区完成固定资产"
    "投资6.05亿元，完成园区年度目标的35.2%；同期全市固定资产投资完成年度目标的24.9%。进出口总额、实际利用外资完成情况不够理想，"
    "下一步将加大外贸企业帮扶和招商引资力度，力争上半年主要指标实现“双过半”。",
    "分领域看，工业生产稳中有升，规模以上工业增加值增长6.9%，新能源电池、食品加工两大主导产业产值分别增长18.6%和9.3%；"
    "消费市场持续回暖，社会消费品零售总额增长5.1%，其中限额以上单位汽车类零售额增长12.4%；"
    "财政收入结构向好，税收收入占一般公共预算收入的比重为78.2%。",
    "主要经济指标完成情况如下表：",
]
NOTE03 = ("注：1.序时进度按25%计。“与序时进度比”为完成年度目标进度减去序时进度，正数表示快于序时进度，"
          "负数表示慢于序时进度。2.地区生产总值、规模以上工业增加值为季度初步核算数，年度目标为增长目标，不计算完成进度。"
          "3.“—”表示无此项数据。")
RELATED03 = [
    ("/tjxx/2026/03/t20260318_4410.html", "1-2月全县固定资产投资完成年度目标的15.3%", "2026-03-18"),
    ("/tjxx/2026/01/t20260126_4287.html", "2025年梓陵县国民经济和社会发展统计公报", "2026-01-26"),
    ("/tjxx/2025/10/t20251023_4102.html", "前三季度全县主要经济指标完成情况", "2025-10-23"),
]


def signed(x):
    return f"+{x:.1f}" if x > 0 else f"-{abs(x):.1f}"


def build03():
    rows_html, facts = [], []
    for name, absval, g, tgt, comp, metric in ROWS03:
        d = None if comp is None else round(comp - SCHED03, 1)
        cells = [name, absval, g, tgt, "—" if comp is None else f"{comp:.1f}", "—" if d is None else signed(d)]
        rows_html.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        rq = "\t".join(cells)
        if comp is None:
            continue
        subj = dict(metric=metric)
        if metric == "fixed_asset_investment":
            q = cut(PROSE03[1], "固定资产投资完成年度目标的27.6%，快于序时进度2.6个百分点")
            facts.append(fact("completion", q, value=comp, note="restated by the table's row: one fact", **subj))
            facts.append(fact("lag", q, value=-d, note="restated by the table's +2.6: one fact", **subj))
        elif metric == "general_budget_revenue":
            q = cut(PROSE03[1], "一般公共预算收入完成年度预算的31.4%，快于序时进度6.4个百分点")
            facts.append(fact("completion", q, value=comp, note="restated by the table's row: one fact", **subj))
            facts.append(fact("lag", q, value=-d, note="restated by the table's +6.4: one fact", **subj))
        else:
            facts.append(fact("completion", rq, value=comp,
                              note="其中 by kind: the county's own indicator" if metric == "industrial_investment"
                              else None, **subj))
            facts.append(fact("lag", rq, value=-d,
                              note="与序时进度比: positive is ahead (the note says so), so the lag is its negative"
                              if d > 0 else "与序时进度比 negative: behind, a positive lag", **subj))
    facts.insert(0, fact("lag", cut(PROSE03[1], "全县地区生产总值完成48.62亿元，同比增长5.8%，低于年度目标0.2个百分点"),
                         metric="gdp", value=0.2, note="the table's row has — in both progress columns"))
    qj = cut(PROSE03[1], "进出口总额、实际利用外资完成情况不够理想")
    for m in ("foreign_trade", "fdi"):
        facts.append(fact("status", qj, metric=m, status="not_met", confidence="low",
                          note="a qualitative judgement (Decision 1): low, scored neither way"))
    table = ('<table border="1" cellspacing="0" cellpadding="4" align="center" class="zbb">\n'
             '<tr><th rowspan="2">指标名称</th><th colspan="2">1-3月</th><th rowspan="2">年度目标(%)</th>'
             '<th rowspan="2">完成年度目标进度(%)</th><th rowspan="2">与序时进度比(±百分点)</th></tr>\n'
             "<tr><th>绝对值</th><th>同比增长(%)</th></tr>\n" + "\n".join(rows_html) + "\n</table>")
    body = "\n".join(f"<p>　　{p}</p>" for p in PROSE03)
    related = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in RELATED03)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>梓陵县一季度主要经济指标实现“开门红”_统计信息_梓陵县人民政府</title>
<meta name="ArticleTitle" content="梓陵县一季度主要经济指标实现“开门红”">
<meta name="PubDate" content="2026-04-21 16:05">
<meta name="ContentSource" content="梓陵县统计局">
<meta name="ColumnName" content="统计信息">
<link rel="stylesheet" href="/images/2024/css/style.css">
</head>
<body>
<div class="topbar"><span>欢迎访问梓陵县人民政府网站</span><a href="/">首页</a> | <a href="#">长者模式</a> | <a href="#">无障碍浏览</a></div>
<div class="banner"><img src="/images/2024/banner.jpg" alt="梓陵县人民政府"></div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/gzhd/">公众互动</a></li><li><a href="/zlzl/">走进梓陵</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/tjxx/">统计信息</a></div>
<div class="main">
<h2 class="title">梓陵县一季度主要经济指标实现“开门红”</h2>
<div class="info">发布时间：2026-04-21 16:05　　信息来源：梓陵县统计局　　浏览次数：<script>document.write("1286")</script>　　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="TRS_Editor">
{body}
<p style="text-align:center"><strong>2026年1-3月梓陵县主要经济指标完成情况</strong></p>
{table}
<p>　　{NOTE03}</p>
<p style="text-align:right">（梓陵县统计局　2026年4月21日）</p>
</div><!--/TRS_Editor-->
<div class="btns"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="xglj"><h4>相关链接</h4><ul>
{related}
</ul></div>
</div>
<div class="foot"><p>主办：梓陵县人民政府办公室　承办：梓陵县融媒体中心</p><p>网站标识码：0000000001　备案号：梓ICP备00000001号</p></div>
</body>
</html>
"""
    (HERE / f"{F03}.html").write_bytes(page.encode("utf-8"))
    write_gold(F03, facts)


# ----------------------------------------------------------------------------------------------
# 04  澹川县工业和信息化局: 2026年上半年工作总结 (.docx), 目标任务 / 完成情况 paragraph pairs
# ----------------------------------------------------------------------------------------------
F04 = "04_danchuan_midyear_summary_pairs"
# (heading, 目标任务, 完成情况)
ITEMS04 = [
    ("（一）标准化厂房建设", "新建标准化厂房20万平方米。",
     "已建成14.2万平方米，完成年度任务的71%，超序时进度21个百分点。其中，澹川经开区建成9.6万平方米，"
     "桐溪镇工业集中区建成4.6万平方米。"),
    ("（二）规模以上工业增加值", "全县规模以上工业增加值增长7.5%。",
     "1-6月，全县规模以上工业增加值增长6.9%，低于年度目标0.6个百分点，增速居全市第7位，比一季度提高0.8个百分点。"),
    ("（三）新增规上工业企业", "新增规上工业企业15家。",
     "上半年新增规上工业企业16家，已提前完成全年目标任务，全县规上工业企业达到178家。"),
    ("（四）工业技术改造投资", "完成工业技术改造投资18亿元。",
     "完成技改投资7.6亿元，完成年度目标的42.2%，滞后序时进度7.8个百分点。主要原因是2个亿元以上技改项目设备采购延期，"
     "预计三季度末集中到位。"),
    ("（五）县级中小企业公共服务平台建设", "建成县级中小企业公共服务平台1个。",
     "因市级中小企业公共服务平台已实现县域全覆盖，为避免重复建设，经县政府同意调整，该项任务取消，"
     "原安排资金调整用于企业数字化转型诊断服务。"),
    ("（六）数字化车间改造", "完成数字化车间改造10个。",
     "受省级专项资金尚未下达影响，该项任务尚未启动，目前已完成12家企业申报材料初审。"),
]
PARAS04_HEAD = [
    ("澹川县工业和信息化局2026年上半年工作总结", True),
    ("（2026年7月6日）", False),
    ("2026年上半年，我局在县委、县政府的坚强领导下，坚持工业强县战略不动摇，围绕年初县政府下达的目标任务，"
     "抓项目、促技改、育主体、优服务，全县工业经济总体保持平稳增长。现将上半年工作总结如下：", False),
    ("一、主要目标任务完成情况", True),
    ("年初县政府下达我局的6项目标任务中，已完成1项，按序时推进1项，未达到序时进度2项，尚未启动1项，"
     "另有1项经县政府同意调整取消。具体情况如下：", False),
]
PARAS04_TAIL = [
    ("二、其他工作开展情况", True),
    ("一是企业服务持续优化。开展“千企万户大走访”活动，走访企业213家，协调解决用工、用地、融资等问题46个。"
     "二是要素保障有力有效。上半年全县工业用电量增长9.2%，新增工业用地412亩。三是安全生产形势稳定。"
     "其他日常工作均有序推进。", False),
    ("三、存在的问题", True),
    ("一是工业技术改造投资仅完成年度目标的42.2%，大项目支撑不足；二是部分企业订单不足，开工率有所下降；"
     "三是数字化车间改造受资金影响推进迟缓，部分项目前期工作进度滞后。", False),
    ("四、下半年工作打算", True),
    ("下半年，我局将紧盯全年目标任务，重点抓好以下工作：一是确保全年新建标准化厂房20万平方米以上，力争提前一个月完成；"
     "二是确保规模以上工业增加值增长7.5%以上；三是加快技改项目设备采购，力争技改投资年底前完成年度目标的100%；"
     "四是积极争取省级专项资金，确保数字化车间改造三季度全面启动。", False),
    ("澹川县工业和信息化局", False),
    ("2026年7月6日", False),
]


def build04():
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(12)
    paras = []

    def para(t, bold=False):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        paras.append(t)

    for t, b in PARAS04_HEAD:
        para(t, b)
    for head, goal, done in ITEMS04:
        para(head, True)
        para("目标任务：" + goal)
        para("完成情况：" + done)
    for t, b in PARAS04_TAIL:
        para(t, b)
    d.core_properties.author = "澹川县工业和信息化局"
    d.core_properties.title = "2026年上半年工作总结"
    stamp = datetime.datetime(2026, 7, 6, 15, 0)
    d.core_properties.created = d.core_properties.modified = stamp
    d.core_properties.last_modified_by = "办公室"
    d.core_properties.comments = ""
    path = HERE / f"{F04}.docx"
    d.save(path)
    fix_zip_times(path, stamp)

    t = "\n".join(paras)
    facts = []

    def item_q(head, end):
        return cut(t, head, end)

    h, name = ITEMS04[0][0], "标准化厂房建设"
    q = item_q(h, "超序时进度21个百分点")
    facts.append(fact("completion", q, item=name, value=71,
                      note="the heading names the item of its 目标任务 / 完成情况 pair; 已建成14.2万平方米 is an amount, "
                           "not 已建成 (met); 经开区 / 桐溪镇 figures are parts"))
    facts.append(fact("lag", q, item=name, value=-21))
    q = item_q(ITEMS04[1][0], "低于年度目标0.6个百分点")
    facts.append(fact("lag", q, metric="industrial_va_above_scale", value=0.6,
                      note="居全市第7位 a rank; 比一季度提高0.8个百分点 a comparison"))
    q = item_q(ITEMS04[2][0], "已提前完成全年目标任务")
    facts.append(fact("status", q, item="新增规上工业企业", status="met",
                      note="规上工业企业 is no indicator (short names match whole words only)"))
    q = item_q(ITEMS04[3][0], "滞后序时进度7.8个百分点")
    name = "工业技术改造投资"
    facts.append(fact("completion", q, item=name, value=42.2,
                      note="no indicator id (not 工业投资); restated in 三、存在的问题: one fact"))
    facts.append(fact("lag", q, item=name, value=7.8))
    q = item_q(ITEMS04[4][0], "该项任务取消")
    facts.append(fact("status", q, item="县级中小企业公共服务平台建设", status="cancelled",
                      note="经县政府同意调整，该项任务取消"))
    q = item_q(ITEMS04[5][0], "该项任务尚未启动")
    facts.append(fact("status", q, item="数字化车间改造", status="not_met",
                      note="已完成12家企业申报材料初审 is a step"))
    w = "年初县政府下达我局的6项目标任务中，"
    facts.append(fact("status", cut(t, w + "已完成1项"), status="met", tally=True, count=1))
    facts.append(fact("status", cut(t, "按序时推进1项"), status="on_schedule", tally=True, count=1))
    facts.append(fact("status", cut(t, "未达到序时进度2项"), status="not_met", tally=True, count=2))
    facts.append(fact("status", cut(t, "尚未启动1项"), status="not_met", tally=True, count=1))
    facts.append(fact("status", cut(t, "另有1项经县政府同意调整取消"), status="cancelled", tally=True, count=1))
    write_gold(F04, facts)


# ----------------------------------------------------------------------------------------------
# 05  鹤浔县: 县政府常务会议议定事项落实情况通报 (GB18030 text), ①②③ items, a closing tally
# ----------------------------------------------------------------------------------------------
F05 = "05_hexun_meeting_decisions_gb18030"
CIRC = "①②③④⑤⑥⑦⑧"
# (name, 议定事项, 会次和责任单位, 落实情况, status, completion)
ITEMS05 = [
    ("县城第三小学扩建工程", "4月底前开工建设，9月底前完成主体工程。", "县政府第3次常务会议，责任单位：县教育局",
     "已落实。项目于4月12日开工，目前主体施工至三层，完成年度投资计划的38%。", "met", 38),
    ("城区农贸市场改造提升", "5月底前完成城东、城西2个农贸市场改造并恢复营业。", "县政府第3次常务会议，责任单位：县商务局",
     "已办结。2个农贸市场改造于5月26日完成，已恢复营业。", "met", None),
    ("中小企业应急转贷资金池", "设立中小企业应急转贷资金池，首期规模5000万元。",
     "县政府第4次常务会议，责任单位：县财政局、县地方金融服务中心",
     "已落实。资金池已于3月20日设立，累计为23家企业提供转贷资金1.38亿元。", "met", None),
    ("鹤浔河防洪堤加固工程", "汛期前完成一期、二期堤防加固。", "县政府第4次常务会议，责任单位：县水利局",
     "部分落实。一期工程已完工，二期工程因征地问题尚未开工，完成年度目标任务的45%。", "partly_met", 45),
    ("城乡环卫一体化项目", "6月底前完成社会资本方采购。", "县政府第5次常务会议，责任单位：县城市管理局",
     "正在落实。采购文件已经县政府审定，6月10日发布采购公告，预计7月上旬完成采购。", "on_schedule", None),
    ("城区智慧停车系统建设", "5月底前完成一期1500个泊位智慧化改造。", "县政府第5次常务会议，责任单位：县城市管理局",
     "逾期未落实。截至6月15日仅完成改造420个泊位，完成一期任务的28%，已责成县城市管理局限期整改。", "not_met", 28),
    ("农村客运班线公交化改造", "6月底前完成12条农村客运班线公交化改造。", "县政府第6次常务会议，责任单位：县交通运输局",
     "已落实。12条班线已全部完成公交化改造并开通运营，其中沙湾镇至县城线路日均客流增长35%。", "met", None),
    ("县职教中心实训基地建设", "5月底前完成实训基地设备安装调试。", "县政府第7次常务会议，责任单位：县教育局",
     "已落实，责任单位已申请销号，待县政府督查室核验。", "met", None),
]
HEAD05 = """鹤浔县人民政府办公室
关于县政府常务会议议定事项落实情况的通报
（2026年第2期）

各乡镇人民政府，县政府各部门、各直属机构：
　　今年以来，县政府共召开常务会议7次，研究议定需落实的事项15项。按照议定事项跟踪督办工作规定，县政府督查室会同各责任单位，对截至2026年6月15日的落实情况进行了逐项核查。现将有关情况通报如下：
一、重点议定事项落实情况
"""
TAIL05 = """　　其余7项议定事项的落实情况详见附件。
二、总体情况
　　截至6月15日，今年县政府常务会议共交办议定事项15项，已落实11项，正在落实3项，逾期未落实1项（城区智慧停车系统建设），落实率为73.3%。从核查情况看，大部分责任单位能够按照议定要求倒排工期、压实责任，个别单位存在重部署、轻落实的问题。
三、有关要求
　　（一）对逾期未落实的事项，由县政府督查室提请分管副县长约谈责任单位主要负责人，责任单位须于6月30日前书面报告整改情况。
　　（二）对正在落实的事项，各责任单位要明确时间节点，确保7月底前全部落实到位。
　　（三）各责任单位要于每月10日前报送议定事项落实进展，逾期不报的，在全县予以通报。

附件：县政府常务会议其余议定事项落实情况一览表（略）

鹤浔县人民政府办公室
2026年6月18日
（联系人：县政府督查室　鲁㛃　　联系电话：（内线）2316）
"""


def build05():
    blocks = []
    for k, (name, task, meet, done, _, _) in enumerate(ITEMS05):
        blocks.append(f"{CIRC[k]}{name}\n议定事项：{task}（{meet}）\n落实情况：{done}\n")
    t = HEAD05 + "".join(blocks) + TAIL05
    facts = []
    tally = cut(t, "共交办议定事项15项，已落实11项")
    named = "逾期未落实1项（城区智慧停车系统建设）"
    for k, (name, task, meet, done, status, comp) in enumerate(ITEMS05):
        head = f"{CIRC[k]}{name}"
        first = done.split("。")[0].split("，")[0]
        q = cut(t, head, "落实情况：" + first)
        if name in named:
            facts.append(fact("status", cut(t, named), item=name, status=status, count=1,
                              note="逾期未落实 on its item, restated by name in the tally: one fact, with the count"))
        else:
            facts.append(fact("status", q, item=name, status=status,
                              note={"met": "已落实 / 已办结 → met (README decision 6)",
                                    "partly_met": "部分落实 → partly_met, as 部分完成",
                                    "on_schedule": "正在落实 → on_schedule, as 正在推进; 预计… is a forecast"}[status]
                              + ("; 申请销号 gives nothing more" if "申请销号" in done else "")
                              + ("; 沙湾镇…增长35% is a town's figure" if "沙湾镇" in done else "")))
        if comp is not None:
            m = re.search(r"完成[^，。]*?的" + str(comp) + "%", done)
            facts.append(fact("completion", cut(t, head, m.group(0)), item=name, value=comp,
                              note="一期工程已完工 / 二期工程…尚未开工 are parts" if status == "partly_met" else None))
    facts.append(fact("status", tally, status="met", tally=True, count=11))
    facts.append(fact("status", cut(t, "正在落实3项"), status="on_schedule", tally=True, count=3))
    facts.append(fact("completion", cut(t, "落实率为73.3%"), value=73.3, optional=True,
                      note="a rate of the whole set of 议定事项 (a group): as s25's 总体完成率, optional with no item"))
    raw = t.encode("gb18030")
    (HERE / f"{F05}.txt").write_bytes(raw)
    write_gold(F05, facts)


# ----------------------------------------------------------------------------------------------
# 06  浏霞县 (瀏霞縣): 重点项目建设“红黑榜”, traditional script (OpenCC s2tw), UTF-8
# ----------------------------------------------------------------------------------------------
F06 = "06_liuxia_red_black_list_trad"
SCHED06 = 50.0
# (name, text after the name, completion, lag (+ behind), status)
RED06 = [
    ("浏霞物流园二期", "完成年度计划投资的68.5%，快于序时进度18.5个百分点。", 68.5, -18.5, None),
    ("县人民医院急救中心", "完成年度计划投资的72%，超序时进度22个百分点，主体工程已于6月封顶。", 72, -22, None),
    ("霞溪新能源电池材料项目", "完成年度计划投资的81.3%，快于序时进度31.3个百分点，一期生产线已试生产。", 81.3, -31.3, None),
    ("城南水厂扩建工程", "已建成通水，完成年度计划投资的100%。", 100, None, "met"),
    ("县第二中学新校区", "完成年度计划投资的63.8%，快于序时进度13.8个百分点。", 63.8, -13.8, None),
    ("沿江绿道三期", "完成年度计划投资的66.4%，快于序时进度16.4个百分点，其中白石镇境内路段已全线贯通。", 66.4, -16.4, None),
]
BLACK06 = [
    ("城北安置房三期", "完成年度计划投资的31.2%，滞后序时进度18.8个百分点，主要原因是拆迁扫尾工作进展慢。", 31.2, 18.8, None),
    ("县文化艺术中心", "完成年度计划投资的24.5%，落后序时进度25.5个百分点。", 24.5, 25.5, None),
    ("霞山隧道工程", "尚未开工，用地报批手续仍在办理中。", None, None, "not_met"),
    ("冷链物流产业园", "滞后序时进度14个百分点，土地平整仅完成60%。", None, 14, None),
    ("城区立体停车场建设", "进展缓慢，目前仅完成场地清表。", None, None, "not_met"),
]
TEXT06 = """浏霞县重点项目建设指挥部办公室
2026年第二季度重点项目建设「红黑榜」
（2026年7月10日）

　　为进一步营造比学赶超、争先进位的浓厚氛围，根据《浏霞县重点项目建设考核奖惩办法》，县重点项目建设指挥部办公室会同县发展和改革局、县统计局，对全县58个县级重点项目上半年建设进度进行了现场核查。上半年序时进度按50%计。全县58个县级重点项目完成年度计划投资的53.6%，部分项目前期手续办理缓慢。经县重点项目建设指挥部研究，对进度快于序时进度10个百分点以上的6个项目列入红榜，对滞后序时进度10个百分点以上或尚未开工的5个项目列入黑榜。现公布如下：
一、红榜（6个）
@RED@二、黑榜（5个）
@BLACK@三、周边县区项目建设情况（供参考）
　　同期，邻近的琮山县6个省重点项目平均完成年度计划投资的61.2%，其中琮山智能制造产业园完成年度计划投资的85.6%，快于序时进度35.6个百分点；琮山县城区污水管网改造工程已竣工。与琮山县相比，我县在项目推进速度上仍有差距。
四、有关要求
　　红榜项目责任单位要再接再厉，争取更好成绩。黑榜项目责任单位要在7月20日前向县重点项目建设指挥部书面说明原因、提出整改措施，确保三季度末赶上序时进度，力争全年完成年度计划投资的100%。对连续两个季度列入黑榜的项目，由县纪委监委启动问责程序。
"""


def build06():
    conv = opencc.OpenCC("s2tw")

    def lines(items):
        return "".join(f"　　{k}.{name}：{body}\n" for k, (name, body, *_) in enumerate(items, 1))

    s = TEXT06.replace("@RED@", lines(RED06)).replace("@BLACK@", lines(BLACK06))
    t = conv.convert(s)
    assert len(t) == len(s), "conversion changed the length"
    facts = []

    def q(a, b=None):
        i = find(s, a)
        j = i + len(a) if b is None else find(s, b, i) + len(b)
        return t[i:j]

    for lst, where in ((RED06, "红榜"), (BLACK06, "黑榜")):
        for k, (name, body, comp, lag, status) in enumerate(lst, 1):
            head = f"{k}.{name}："
            item = conv.convert(name)
            if status:
                word = body.split("，")[0].rstrip("。")
                facts.append(fact("status", q(head, word), item=item, status=status,
                                  note={"已建成通水": "已建成 → met",
                                        "尚未开工": "尚未开工 → not_met; 用地报批手续 is a step",
                                        "进展缓慢": "进展缓慢 → not_met; 仅完成场地清表 is a step"}[word]))
            if comp is not None:
                facts.append(fact("completion", q(head, f"{comp:g}%"), item=item, value=comp,
                                  note=f"an item of the {where}; the list's name is no status (README decision 10)"
                                  if k == 1 else None))
            if lag is not None:
                lagtxt = f"{abs(lag):g}個百分點"
                qq = q(head, f"{abs(lag):g}个百分点")
                assert qq.endswith(lagtxt)
                if comp is not None:
                    assert abs((SCHED06 - comp) - lag) < 1e-9, name
                facts.append(fact("lag", qq, item=item, value=lag,
                                  note="土地平整仅完成60% is a step" if "土地平整" in body else None))
    (HERE / f"{F06}.txt").write_bytes(t.encode("utf-8"))
    write_gold(F06, facts)


if __name__ == "__main__":
    build01()
    build02()
    build03()
    build04()
    build05()
    build06()
    print("built", len(list(HERE.glob("*.progress.jsonl"))), "gold files")
