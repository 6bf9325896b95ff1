#!/usr/bin/env python3
"""Blind set s23: write the six documents and their gold from the data typed in this file.

    python3 build.py      # then: python3 check.py

Every figure, place, unit, person and project below is invented. The gold of each document is written
from the same data as the document: quotes are taken from the text as built (after wrapping, conversion
to traditional script, full-width digits, CRLF), never typed twice.
"""
import datetime
import json
import re
from pathlib import Path

import opencc
import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent



def fact(measure, quote, metric=None, item=None, value=None, status=None, **extra):
    d = {"measure": measure, "metric": metric, "item": item, "value": value, "status": status,
         "quote": quote}
    d.update(extra)
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


# ----------------------------------------------------------------------------------------------
# 01  蓼溪县: a workbook, one sheet per department, plus 汇总
# ----------------------------------------------------------------------------------------------
F01 = "01_liaoxi_oct_dept_sheets"
SCHED01 = 83.3  # 10月底 序时进度; 是否滞后 = 是 when completion < 83.3 - 15

# (sheet name, full unit name, [(任务内容, 月度进展, 完成进度, 是否滞后, status override, note)])
DEPTS01 = [
    ("县发改局", "蓼溪县发展和改革局", [
        ("城北现代物流园一期建设",
         "仓储区主体结构于10月中旬封顶，累计完成投资2.36亿元，占年度计划的81.5%",
         81.5, "否", None, "the cell restates the 81.5 of the column: kept once"),
        ("新能源装备产业园基础设施配套",
         "园区主干道已通车，污水处理站尚未开工，完成进度较上月提高6个百分点",
         58, "是", None, "主干道已通车 / 污水处理站尚未开工 are parts; 较上月提高6个百分点 is a comparison"),
        ("县域重点项目储备库建设",
         "新谋划入库项目64个，完成年度目标的91.4%",
         91.4, "否", None, None),
        ("蓼溪—枫渡天然气支线管道",
         "前期手续已办结，按省能源局批复计划于11月开工",
         "—", "否", None, "no completion (—); 前期手续已办结 is a step, not the task closed"),
    ]),
    ("县住建局", "蓼溪县住房和城乡建设局", [
        ("老旧小区改造（2024年度）",
         "计划改造23个小区，已完工15个，其余8个正在进行外立面施工",
         72.6, "否", None, "已完工15个 / 其余8个 are the task's own 小区, not items nor a rest"),
        ("城东片区雨污分流改造",
         "受管线迁改影响进展缓慢，累计完成工程量的47%，其中一标段已完工",
         47, "是", None, "进展缓慢 restates 是 (not_met); 一标段已完工 is a part"),
        ("保障性租赁住房筹集",
         "已筹集房源620套，超额完成年度目标",
         103.3, "否", "met", "超额完成年度目标 in the row: met; the column's 否 (on_schedule) is optional"),
        ("县城燃气管道老化更新",
         "完成年度任务的36.2%，慢于序时进度47.1个百分点",
         36.2, "是", None, "lag 47.1 is written in the 月度进展 cell"),
    ]),
    ("县教育局", "蓼溪县教育局", [
        ("城关第二小学教学楼建设",
         "9月已竣工并投入使用，新增学位1080个",
         100, "否", "met", "已竣工并投入使用: met; the column's 否 (on_schedule) is optional"),
        ("乡镇公办幼儿园新建（5所）",
         "已开工4所，石渡镇幼儿园因用地调整尚未开工",
         61.5, "是", None, "已开工4所 is a part; 石渡镇幼儿园尚未开工 is a town's part"),
        ("县职业中学实训基地改造",
         "设备采购已完成招标，土建部分完成80%",
         76.8, "否", None, "完成招标 is a step; 土建部分完成80% is a part"),
        ("中小学校园安全设施提升",
         "完成率为88%，预计11月底全面完成",
         88, "否", None, "预计…全面完成 is a forecast"),
    ]),
    ("县交通运输局", "蓼溪县交通运输局", [
        ("蓼溪大道东延工程",
         "路基工程完成90%，桥梁工程完成65%，确保年底前主线贯通",
         78.4, "否", None, "路基 / 桥梁 are parts; 确保 is a call"),
        ("农村公路提档升级（120公里）",
         "已完成98公里，完成年度目标的81.7%",
         81.7, "否", None, None),
        ("县城公交首末站建设",
         "因选址调整尚未启动",
         0, "是", None, "completion 0 is required"),
        ("渡口改桥（3座）",
         "已完成2座，同期全市平均完成率为61%",
         66.7, "是", None, "全市平均完成率为61% is others' average"),
    ]),
]

NOTES01 = [
    "说明：1.截至10月31日，序时进度按83.3%计。",
    "2.完成进度低于序时进度15个百分点及以上的，“是否滞后”栏填“是”。",
    "3.全县16项重点任务中，滞后6项，其余10项均按序时推进。",
    "4.各部门任务明细见分表。",
]


def cell_text(v):
    return v if isinstance(v, str) else (str(int(v)) if float(v).is_integer() else str(v))


def fix_zip_times(path):
    """Same bytes on every build: fixed member times and a fixed dcterms:modified."""
    import io
    import zipfile
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-11-04T09:30:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 4, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, data)
    src.close()
    path.write_bytes(buf.getvalue())


def build01():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    bold = Font(bold=True)
    ws.append(["蓼溪县2024年重点任务月度进展汇总表（截至10月31日）"])
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["序号", "责任单位", "任务数(项)", "未滞后(项)", "滞后(项)"])
    for c in ws[2]:
        c.font = bold
    tot = [0, 0, 0]
    for i, (sheet, full, rows) in enumerate(DEPTS01, 1):
        n = len(rows)
        lag = sum(1 for r in rows if r[3] == "是")
        ws.append([i, full, n, n - lag, lag])
        tot = [tot[0] + n, tot[1] + n - lag, tot[2] + lag]
    ws.append(["合计", "", *tot])
    ws.append([])
    for line in NOTES01:
        ws.append([line])
    for col, w in zip("ABCDE", (8, 26, 12, 12, 10)):
        ws.column_dimensions[col].width = w
    assert tot == [16, 10, 6], tot

    facts = []
    for sheet, full, rows in DEPTS01:
        ws = wb.create_sheet(sheet)
        ws.append([f"{sheet}2024年重点任务月度进展表（截至10月31日）"])
        ws.merge_cells("A1:E1")
        ws["A1"].font = Font(bold=True, size=13)
        ws.append([f"填报单位：{full}（盖章）　　　　填报日期：2024年11月4日"])
        ws.merge_cells("A2:E2")
        ws.append(["序号", "任务内容", "月度进展", "完成进度(%)", "是否滞后"])
        for c in ws[3]:
            c.font = bold
        for i, (item, prog, done, late, override, note) in enumerate(rows, 1):
            # the sheet's own rule, checked here so that the data cannot contradict it
            if isinstance(done, (int, float)):
                assert (late == "是") == (done < SCHED01 - 15), (item, done, late)
            cells = [i, item, prog, done, late]
            ws.append(cells)
            for c in ws[ws.max_row]:
                c.alignment = Alignment(wrap_text=True, vertical="center")
            quote = "\t".join(cell_text(c) for c in cells)
            if isinstance(done, (int, float)):
                facts.append(fact("completion", quote, item=item, value=done))
            col_status = "not_met" if late == "是" else "on_schedule"
            if override:
                facts.append(fact("status", quote, item=item, status=override, **({"note": note} if note else {})))
                facts.append(fact("status", quote, item=item, status=col_status, optional=True,
                                  note="是否滞后 否 (on_schedule) beside a met task word in the row"))
            else:
                facts.append(fact("status", quote, item=item, status=col_status, **({"note": note} if note else {})))
            m = re.search(r"慢于序时进度([\d.]+)个百分点", prog)
            if m:
                facts.append(fact("lag", quote, item=item, value=float(m.group(1))))
        ws.append([])
        ws.append(["填报人：陈立群　　审核人：吴海峰　　联系电话：（内线）8046"])
        for col, w in zip("ABCDE", (6, 28, 46, 12, 10)):
            ws.column_dimensions[col].width = w
    note3 = NOTES01[2]
    facts.append(fact("status", note3, status="not_met", tally=True, count=6,
                      note="the six are the 是 rows of the department sheets (kept apart)"))
    facts.append(fact("status", note3, status="on_schedule", rest=True, count=10,
                      note="其余10项…按序时推进: the rest"))
    wb.properties.creator = "蓼溪县人民政府督查室"
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 11, 4, 9, 30)
    wb.save(HERE / f"{F01}.xlsx")
    fix_zip_times(HERE / f"{F01}.xlsx")
    write_gold(F01, facts)


# ----------------------------------------------------------------------------------------------
# 02  湄坪市: a 督查通报 as copied from its PDF
# ----------------------------------------------------------------------------------------------
F02 = "02_meiping_h1_supervision_pdf_copy"
HEADER02 = "湄坪市人民政府督查室　　　　　　　　　督查通报〔2024〕第7期"
PB = "\f"  # in a paragraph: the page ends with the physical line that holds this point

BLOCKS02 = [
    ("line", "督　查　通　报"),
    ("line", "〔2024〕第7期"),
    ("line", "湄坪市人民政府督查室　　　　　　　2024年7月26日"),
    ("line", ""),
    ("line", "关于全市上半年主要经济指标和重点任务"),
    ("line", "推进情况的督查通报"),
    ("line", ""),
    ("line", "各县（市、区）人民政府，市政府各部门、各直属机构："),
    ("para", "　　为推动市《政府工作报告》确定的目标任务落地见效，7月中旬，市政府督查室会同市统计局、"
             "市发展改革委，对全市上半年主要经济指标和重点任务推进情况开展了专项督查。现将有关情况通报如下："),
    ("line", "　　一、总体情况"),
    ("para", "　　上半年，全市经济运行总体平稳、稳中有进。纳入本次督查的9项主要经济指标中，达到序时进度的5项，"
             "未达到序时进度的4项；市《政府工作报告》确定的52项重点任务中，已完成7项，按序时推进39项，"
             "进度滞后6项。序时进度按50%计，下同。"),
    ("para", "　　（一）主要经济指标完成情况。地区生产总值增长5.6%，低于年度目标0.4个百分点，增速比一季度加快0.3个"
             "百分点；规上工业增加值增长7.3%，高于年度目标0.8个百分点，高于全省平均1.1个百分点；一般公共预算收入完成"
             "年度预算的53.6%，超序" + PB + "时进度3.6个百分点，税收收入占比为76.2%；城镇新增就业2.08万人，完成年度目标的57.8%，"
             "提前实现“双过半”。同期全省固定资产投资完成年度目标的49.1%。各项指标完成情况详见表1。"),
    ("line", "表1　上半年全市主要经济指标完成情况"),
]
TABLE_HEAD02 = ["指标名称", "单位", "年度目标", "1-6月完成", "完成进度(%)"]
TABLE02 = [  # name, unit, target, done, completion, metric (None: a sub-area row)
    ("固定资产投资", "亿元", "860", "405.9", "47.2", "fixed_asset_investment"),
    ("工业投资", "亿元", "265", "139.4", "52.6", "industrial_investment"),
    ("社会消费品零售总额", "亿元", "712", "336.8", "47.3", "retail_sales"),
    ("一般公共预算收入", "亿元", "96.5", "51.7", "53.6", "general_budget_revenue"),
    # page break here; the header is repeated
    ("进出口总额", "亿元", "188", "79.6", "42.3", "foreign_trade"),
    ("实际利用外资", "亿美元", "4.8", "2.6", "54.2", "fdi"),
    ("城镇新增就业", "万人", "3.6", "2.08", "57.8", "new_urban_jobs"),
    ("其中：湄坪经开区工业投资", "亿元", "120", "55.1", "45.9", None),
]
for _n, _u, _t, _d, _c, _m in TABLE02:
    assert abs(float(_d) / float(_t) * 100 - float(_c)) < 0.051, _n
BLOCKS02 += [("line", h) for h in TABLE_HEAD02]
for _r in TABLE02[:4]:
    BLOCKS02 += [("line", x) for x in _r[:5]]
BLOCKS02 += [("page",)]
BLOCKS02 += [("line", h) for h in TABLE_HEAD02]
for _r in TABLE02[4:]:
    BLOCKS02 += [("line", x) for x in _r[:5]]
BLOCKS02 += [
    ("line", "注：完成进度＝1-6月完成值÷年度目标×100%。"),
    ("para", "　　从表1看，固定资产投资、社会消费品零售总额、进出口总额和地区生产总值4项指标未达到序时进度。"
             "其中，进出口总额完成年度目标的42.3%，低于序时进度7.7个百分点，差距最大；固定资产投资完成年度目标的"
             "47.2%，低于序时进度2.8个百分点，湄坪经开区固定资产投资完成率仅为38.5%。上期通报（第5期）中，"
             "1-4月全市固定资产投资完成年度目标的29.6%。"),
    ("line", "　　（二）进度滞后的重点任务"),
    ("para", "　　经督查核实，进度滞后的6项重点任务分别是："),
    ("para", "　　1.湄江三桥建设工程。受汛期影响，主桥墩施工停工近两个月，截至6月底完成年度投资的31.5%，"
             "低于序时进度18.5个百分点。"),
    ("para", "　　2.城南片区雨污分流改造工程。累计完成工程量的36%，其中白沙街道段已完工，金塘街道段尚未开工。"),
    ("para", "　　3.市第三人民医院迁建项目。尚未开工，用地报批手续仍在办理中，预计9月底前取得施工许可。"),
    ("page",),
    ("para", "　　4.高铁湄坪站综合交通枢纽。完成年度投资的28.4%，慢于序时进度21.6个百分点。"),
    ("para", "　　5.老旧小区改造提升工程。年度计划改造32个小区，已开工19个，完成年度目标的40.6%，"
             "比序时进度低9.4个百分点。"),
    ("para", "　　6.农产品冷链物流中心。项目进展缓慢，主体工程尚未封顶，招商工作尚未取得实质性突破。"),
    ("line", "　　二、存在的问题"),
    ("para", "　　一是部分指标增长乏力，个别县区固定资产投资增速回落明显；二是个别重大项目前期工作推进不够理想，"
             "要素保障不到位；三是部分责任单位督办意识不强，信息报送不及时。"),
    ("line", "　　三、下步工作要求"),
    ("para", "　　各地各部门要对照年度目标，倒排工期、挂图作战，确保三季度末各项指标完成年度目标的75%以上，"
             "确保全年目标任务圆满完成。对进度滞后的任务实行挂牌督办，市政府督查室将于9月下旬开展“回头看”。"),
    ("line", ""),
    ("line", "抄送：市委办公室，市人大常委会办公室，市政协办公室。"),
    ("line", "湄坪市人民政府督查室　　　　　　　2024年7月26日印发"),
]

CLOSERS = set("，。；：、）》”！？％")


def wrap(text, width=28.0):
    """Lines of a paragraph as typeset: 28 full-width characters, ASCII runs at half width and never
    split, closing punctuation never at the start of a line."""
    lines, cur, w = [], "", 0.0
    for tok in re.findall(r"[\x21-\x7e]+|.", text):
        tw = 0.5 * len(tok) if tok[0].isascii() else 1.0
        if cur and w + tw > width and tok not in CLOSERS:
            lines.append(cur)
            cur, w = "", 0.0
        cur += tok
        w += tw
    lines.append(cur)
    return lines


def build02_text():
    """Returns (document, source, pos): source is the text without wrapping or page furniture;
    pos[i] is the offset in the document of source character i."""
    doc, src, pos = [], [], []
    page = [1]

    def furniture():
        doc.extend(f"— {page[0]} —\n{HEADER02}\n")
        page[0] += 1

    def put(line):
        for ch in line:
            src.append(ch)
            pos.append(len(doc))
            doc.append(ch)

    first, pending = True, False
    for b in BLOCKS02:
        if b[0] == "page":
            pending = True
            continue
        kind, text = b
        if not first:
            src.append("\n")
            pos.append(len(doc))
            doc.append("\n")
            if pending:
                furniture()
                pending = False
        first = False
        p = text.find(PB)
        plain = text.replace(PB, "")
        lines = wrap(plain) if kind == "para" else [plain]
        cut = None
        if p >= 0:
            k = 0
            for li, line in enumerate(lines):
                k += len(line)
                if k >= p:
                    cut = li
                    break
        skip_nl = False
        for li, line in enumerate(lines):
            if li and not skip_nl:
                doc.append("\n")
            skip_nl = False
            put(line)
            if li == cut:
                if li + 1 < len(lines):
                    doc.append("\n")
                    furniture()
                    skip_nl = True
                else:
                    pending = True
    doc.append("\n")
    doc.extend(f"— {page[0]} —\n")
    return "".join(doc), "".join(src), pos


def build02():
    doc, src, pos = build02_text()

    def q(quote, after_src=None):
        """Quote as written in the document (with its line breaks and any page furniture)."""
        i = find(src, quote, src.find(after_src) if after_src else 0)
        j = i + len(quote)
        return doc[pos[i]:pos[j - 1] + 1]

    def row_quote(r):
        # the row's five cells, one a line, as in the document
        return q("\n".join(r[:5]))

    facts = []
    s = "纳入本次督查的9项主要经济指标中，达到序时进度的5项"
    facts.append(fact("status", q(s), status="met", tally=True, count=5,
                      note="the four below schedule are named after table 1; kept apart"))
    facts.append(fact("status", q("达到序时进度的5项，未达到序时进度的4项"), status="not_met", tally=True, count=4))
    facts.append(fact("status", q("52项重点任务中，已完成7项"), status="met", tally=True, count=7))
    facts.append(fact("status", q("按序时推进39项"), status="on_schedule", tally=True, count=39))
    facts.append(fact("status", q("按序时推进39项，进度滞后6项"), status="not_met", tally=True, count=6,
                      note="the six are named in (二); kept apart"))
    facts.append(fact("lag", q("地区生产总值增长5.6%，低于年度目标0.4个百分点"), metric="gdp", value=0.4,
                      note="比一季度加快0.3个百分点 is a comparison"))
    facts.append(fact("lag", q("规上工业增加值增长7.3%，高于年度目标0.8个百分点"),
                      metric="industrial_va_above_scale", value=-0.8, note="高于全省平均1.1 is a comparison"))
    qb = q("一般公共预算收入完成年度预算的53.6%，超序时进度3.6个百分点")
    assert "— 1 —" in qb, "the page break must fall inside the budget sentence"
    facts.append(fact("completion", qb, metric="general_budget_revenue", value=53.6,
                      note="also table 1's row: one fact"))
    facts.append(fact("lag", qb, metric="general_budget_revenue", value=-3.6,
                      note="the sentence runs across the page break (page number and running header inside)"))
    qj = q("城镇新增就业2.08万人，完成年度目标的57.8%，提前实现“双过半”")
    facts.append(fact("completion", qj, metric="new_urban_jobs", value=57.8, note="also table 1's row: one fact"))
    facts.append(fact("status", qj, metric="new_urban_jobs", status="met"))
    for r in TABLE02:
        if r[5] in ("general_budget_revenue", "new_urban_jobs"):
            continue  # restated in the prose above, kept once
        if r[5] is None:
            continue  # 其中：湄坪经开区工业投资 is a sub-area's row
        note = "the row after the repeated header (page 3)" if r[0] == "进出口总额" else None
        facts.append(fact("completion", row_quote(r), metric=r[5], value=float(r[4]),
                          **({"note": note} if note else {})))
    ql = q("固定资产投资、社会消费品零售总额、进出口总额和地区生产总值4项指标未达到序时进度")
    for m in ("fixed_asset_investment", "retail_sales", "foreign_trade", "gdp"):
        facts.append(fact("status", ql, metric=m, status="not_met", count=4))
    facts.append(fact("lag", q("进出口总额完成年度目标的42.3%，低于序时进度7.7个百分点"), metric="foreign_trade",
                      value=7.7, note="its completion 42.3 is table 1's, kept once"))
    facts.append(fact("lag", q("固定资产投资完成年度目标的47.2%，低于序时进度2.8个百分点"),
                      metric="fixed_asset_investment", value=2.8,
                      note="47.2 is table 1's; 湄坪经开区…38.5% is a sub-area's"))
    tasks = [
        ("湄江三桥建设工程", "1.湄江三桥建设工程。受汛期影响，主桥墩施工停工近两个月，截至6月底完成年度投资的31.5%，低于序时进度18.5个百分点",
         31.5, 18.5),
        ("城南片区雨污分流改造工程", "2.城南片区雨污分流改造工程。累计完成工程量的36%", 36, None),
        ("市第三人民医院迁建项目", "3.市第三人民医院迁建项目。尚未开工", None, None),
        ("高铁湄坪站综合交通枢纽", "4.高铁湄坪站综合交通枢纽。完成年度投资的28.4%，慢于序时进度21.6个百分点", 28.4, 21.6),
        ("老旧小区改造提升工程", "5.老旧小区改造提升工程。年度计划改造32个小区，已开工19个，完成年度目标的40.6%，比序时进度低9.4个百分点",
         40.6, 9.4),
        ("农产品冷链物流中心", "6.农产品冷链物流中心。项目进展缓慢", None, None),
    ]
    notes = {
        "城南片区雨污分流改造工程": "白沙街道段已完工 / 金塘街道段尚未开工 are parts",
        "市第三人民医院迁建项目": "尚未开工 restates the heading's not_met; 预计 is a forecast",
        "老旧小区改造提升工程": "已开工19个 is the task's own 小区",
        "农产品冷链物流中心": "进展缓慢 restates the heading's not_met",
    }
    for item, quote, comp, lag in tasks:
        qq = q(quote)
        facts.append(fact("status", qq, item=item, status="not_met", count=6,
                          **({"note": notes[item]} if item in notes else {})))
        if comp is not None:
            facts.append(fact("completion", qq, item=item, value=comp))
        if lag is not None:
            facts.append(fact("lag", qq, item=item, value=lag))
    (HERE / f"{F02}.txt").write_bytes(doc.encode("utf-8"))
    write_gold(F02, facts)


# ----------------------------------------------------------------------------------------------
# 03  榆塘市: reply to the 人大常委会's 审议意见 (UTF-8 with BOM, CRLF)
# ----------------------------------------------------------------------------------------------
F03 = "03_yutang_renda_reply"
TEXT03 = """榆塘市人民政府
关于市人大常委会对《2024年市政府工作报告》执行情况审议意见研究处理情况的报告

市人大常委会：
　　2024年9月26日，市十六届人大常委会第二十三次会议听取和审议了市人民政府关于《2024年市政府工作报告》执行情况的报告，提出了审议意见。市政府高度重视，将审议意见逐条分解到12个责任单位，明确办理时限，由市政府督查室跟踪督办。现将研究处理情况报告如下：

　　一、《政府工作报告》主要指标执行情况
　　截至11月底，《政府工作报告》确定的14项主要预期指标中，达到或超过序时进度的10项，未达到序时进度的4项，分别是：固定资产投资、社会消费品零售总额、进出口总额、城镇居民人均可支配收入。序时进度按91.7%计。
　　审议意见指出，1-8月全市固定资产投资完成年度目标的58.3%，落后序时进度8.4个百分点。市政府组织开展项目建设“百日攻坚”，截至11月底，全市固定资产投资完成年度目标的89.6%，落后序时进度2.1个百分点，差距较8月底收窄6.3个百分点；社会消费品零售总额增长5.6%，低于年度目标0.9个百分点；进出口总额完成年度目标的82.4%，落后序时进度9.3个百分点；一般公共预算收入完成年度预算的94.3%，超序时进度2.6个百分点；实际利用外资提前完成全年目标任务；城镇新增就业完成情况较好。预计全年地区生产总值增长6%左右，可完成年度目标。

　　二、审议意见办理情况
　　常委会组成人员和列席代表共提出审议意见6条。截至11月30日，已办结3条，正在办理2条，列入计划逐步解决1条。具体如下：
　　（一）城东污水处理厂二期建设
　　审议意见：部分委员指出，该项目开工晚、推进慢，并以邻近的栎江市为例，其同类项目从开工到投运仅用14个月，建议倒排工期、加快建设。
　　办理情况：市城市管理局牵头，实行“周调度、月通报”，组织施工单位增加作业面。项目已于10月28日完成通水调试，11月中旬投入试运行，完成年度投资的102.5%，新增污水日处理能力5万吨。
　　办理结果：已办结。
　　（二）老城区背街小巷整治
　　审议意见：有代表反映，部分背街小巷路面破损、管线杂乱，群众出行不便。
　　办理情况：市住房和城乡建设局牵头，年度计划整治背街小巷60条，已完工41条，完成年度目标的68.3%，其中青石街道的12条已全部完工，剩余19条正在加紧施工。
　　办理结果：正在办理，预计2025年春节前全部完工。
　　（三）中心城区中小学“大班额”化解
　　审议意见：有委员提出，应借鉴省内先进地区做法，湖阳市已在2023年全面消除56人以上大班额。
　　办理情况：市教育局牵头制定化解方案，计划新建、改扩建学校4所，目前2所已完成规划选址，2所正在开展前期工作。
　　办理结果：列入计划逐步解决。4所学校已列入2025—2026年市级重点项目，分两批实施。
　　（四）城乡公交一体化
　　审议意见：有代表建议加密城乡公交线路，解决偏远村群众出行问题。
　　办理情况：市交通运输局牵头，新开通城乡公交线路9条，完成年度目标的112.5%，全市行政村通公交率达到100%。
　　办理结果：已办结。
　　（五）城区停车难问题
　　审议意见：有代表提出，邻市栎江市今年新增公共停车泊位5000个，完成年度目标的125%，建议学习借鉴。
　　办理情况：市城市管理局、市公安局牵头，新增公共停车泊位3200个，完成年度目标的80%；智慧停车平台一期已上线运行。
　　办理结果：正在办理。
　　（六）乡镇农贸市场提档升级
　　审议意见：有代表反映，部分乡镇农贸市场设施陈旧、环境较差。
　　办理情况：市商务局牵头，计划改造乡镇农贸市场12个，已完成改造9个，其余3个已于10月底前完工。经市政府督查室现场核查，同意销号。
　　办理结果：已办结。

　　三、下一步工作
　　市政府将继续跟踪督办未办结事项，确保全年固定资产投资完成年度目标的100%，力争进出口总额完成年度目标的95%以上；对列入计划的事项，在2025年预算中统筹安排资金。对审议意见办理不力的单位，予以通报批评。

　　特此报告。

榆塘市人民政府
2024年12月5日
"""


def build03():
    t = TEXT03
    facts = []

    def q(a, b=None):
        """From a through b (inclusive) in the text, CRLF as in the file."""
        i = find(t, a)
        j = i + len(a) if b is None else find(t, b, i) + len(b)
        return t[i:j].replace("\n", "\r\n")

    facts.append(fact("status", q("14项主要预期指标中，达到或超过序时进度的10项"), status="met", tally=True, count=10))
    ql = q("未达到序时进度的4项，分别是：固定资产投资、社会消费品零售总额、进出口总额、城镇居民人均可支配收入")
    for m in ("fixed_asset_investment", "retail_sales", "foreign_trade", "urban_income"):
        facts.append(fact("status", ql, metric=m, status="not_met", count=4))
    qf = q("全市固定资产投资完成年度目标的89.6%，落后序时进度2.1个百分点")
    facts.append(fact("completion", qf, metric="fixed_asset_investment", value=89.6,
                      note="1-8月…58.3% / 8.4 are the 审议意见's older figures: another time"))
    facts.append(fact("lag", qf, metric="fixed_asset_investment", value=2.1,
                      note="较8月底收窄6.3个百分点 is a comparison"))
    facts.append(fact("lag", q("社会消费品零售总额增长5.6%，低于年度目标0.9个百分点"), metric="retail_sales", value=0.9))
    qt = q("进出口总额完成年度目标的82.4%，落后序时进度9.3个百分点")
    facts.append(fact("completion", qt, metric="foreign_trade", value=82.4))
    facts.append(fact("lag", qt, metric="foreign_trade", value=9.3))
    qr = q("一般公共预算收入完成年度预算的94.3%，超序时进度2.6个百分点")
    facts.append(fact("completion", qr, metric="general_budget_revenue", value=94.3))
    facts.append(fact("lag", qr, metric="general_budget_revenue", value=-2.6))
    facts.append(fact("status", q("实际利用外资提前完成全年目标任务"), metric="fdi", status="met"))
    facts.append(fact("status", q("城镇新增就业完成情况较好"), metric="new_urban_jobs", status="met",
                      confidence="low", note="Decision 1: a qualitative judgement"))
    facts.append(fact("status", q("共提出审议意见6条。截至11月30日，已办结3条"), status="met", tally=True, count=3,
                      note="counts in 条 read as in 项 / 件 (Decision 11)"))
    facts.append(fact("status", q("正在办理2条"), status="on_schedule", tally=True, count=2,
                      note="正在办理 read as 正在推进; 列入计划逐步解决1条 gives nothing"))
    points = [  # (一)…(六) less (三), which is 列入计划逐步解决 and gives nothing
        ("城东污水处理厂二期建设", "完成年度投资的102.5%", 102.5, "met",
         "栎江市 in the 审议意见 is another place"),
        ("老城区背街小巷整治", "完成年度目标的68.3%", 68.3, "on_schedule",
         "已完工41条 is the task's own; 青石街道 is a part; 预计…全部完工 is a forecast"),
        ("城乡公交一体化", "完成年度目标的112.5%", 112.5, "met", "通公交率达到100% is a rate"),
        ("城区停车难问题", "完成年度目标的80%", 80, "on_schedule",
         "栎江市…完成年度目标的125% is another place's, quoted by a deputy; 一期已上线运行 is a part"),
        ("乡镇农贸市场提档升级", None, None, "met", "同意销号 restates 已办结; 其余3个 are the task's own 市场"),
    ]
    for item, comp_text, comp, status, note in points:
        head = t[t.rindex("（", 0, find(t, "）" + item) + 1):find(t, "）" + item) + 1 + len(item)]
        if comp is not None:
            facts.append(fact("completion", q(head, comp_text), item=item, value=comp))
        result = "办理结果：已办结。" if status == "met" else "办理结果：正在办理"
        facts.append(fact("status", q(head, result), item=item, status=status, note=note))
    data = "\ufeff" + t.replace("\n", "\r\n")
    (HERE / f"{F03}.txt").write_bytes(data.encode("utf-8"))
    write_gold(F03, facts)


# ----------------------------------------------------------------------------------------------
# 04  琅峪县: 县长办公会议纪要, traditional script (OpenCC s2tw), saved as Big5 bytes
# ----------------------------------------------------------------------------------------------
F04 = "04_langyu_county_meeting_trad"
TEXT04 = """琅峪县人民政府
县长办公会议纪要
〔2024〕第19期

琅峪县人民政府办公室　　　　　　　　2024年10月18日

　　2024年10月16日，县长周明远主持召开县长办公会议，听取全县前三季度经济运行情况和重点项目推进情况汇报，研究部署四季度工作。现将会议议定事项纪要如下：

　　一、关于前三季度经济运行情况
　　会议听取了县统计局、县发改局关于前三季度经济运行情况的汇报。前三季度，全县地区生产总值增长6.4%，高于年度目标0.4个百分点，比上半年加快0.2个百分点；规上工业增加值增长7.8%；固定资产投资完成年度目标的69.4%，低于序时进度5.6个百分点，其中县经济开发区固定资产投资完成园区年度目标的81.3%；社会消费品零售总额完成年度目标的76.1%，超序时进度1.1个百分点；一般公共预算收入完成年度预算的80.2%；实际利用外资完成年度目标的81.5%，完成序时进度；城镇新增就业3260人，提前完成全年目标任务；进出口总额完成情况不够理想，受主要出口企业订单下滑影响，仅完成年度目标的58.7%。
　　会议认为，前三季度全县经济运行总体平稳，但实现全年目标有难度。会议要求，县发改局要牵头抓好项目调度，确保四季度末固定资产投资完成年度目标的100%以上；县商务局要帮助外贸企业稳订单、拓市场，力争进出口总额全年完成年度目标的90%。据县统计局测算，预计四季度规上工业增加值增速保持在7.5%左右。

　　二、关于重点项目推进情况
　　会议听取了县住建局、县水利局关于两个县级重点项目推进情况的汇报。
　　（一）琅峪县城区第二水厂建设项目。项目总投资3.8亿元，目前取水泵房、净水车间主体已完工，项目累计完成工程量的85%，进展顺利。会议同意县住建局提出的管网配套资金方案，要求12月底前具备通水条件。
　　（二）峪河流域生态治理工程。受征地拆迁影响，工程进度明显滞后，截至9月底仅完成年度投资的42%，低于序时进度33个百分点，其中上游段堤防已完工，中下游段尚未开工。
　　会议决定，将峪河流域生态治理工程列入县级督办事项，由县水利局每半月报送一次进展情况；中下游段征地拆迁工作由副县长林秋实牵头协调，确保11月底前完成。

　　三、会议号召
　　会议号召，全县各级各部门要坚定信心、真抓实干，以“百日冲刺”行动为抓手，全力冲刺四季度，确保全面完成全年目标任务。

出席：周明远　林秋实　郑晓岚　何家声
列席：县发改局、县统计局、县财政局、县住建局、县水利局、县商务局主要负责同志
记录：县政府办公室　沈蔚
"""


def s2t_same_length(conv, text):
    out = conv.convert(text)
    assert len(out) == len(text), "conversion changed the length"
    return out


def build04():
    conv = opencc.OpenCC("s2tw")
    s = TEXT04
    t = s2t_same_length(conv, s)
    facts = []

    def q(a, b=None):
        i = find(s, a)
        j = i + len(a) if b is None else find(s, b, i) + len(b)
        return t[i:j]

    def item(x):
        return conv.convert(x)

    facts.append(fact("lag", q("全县地区生产总值增长6.4%，高于年度目标0.4个百分点"), metric="gdp", value=-0.4,
                      note="比上半年加快0.2个百分点 is a comparison"))
    qf = q("固定资产投资完成年度目标的69.4%，低于序时进度5.6个百分点")
    facts.append(fact("completion", qf, metric="fixed_asset_investment", value=69.4,
                      note="县经济开发区…81.3% is the park's"))
    facts.append(fact("lag", qf, metric="fixed_asset_investment", value=5.6))
    qr = q("社会消费品零售总额完成年度目标的76.1%，超序时进度1.1个百分点")
    facts.append(fact("completion", qr, metric="retail_sales", value=76.1))
    facts.append(fact("lag", qr, metric="retail_sales", value=-1.1))
    facts.append(fact("completion", q("一般公共预算收入完成年度预算的80.2%"), metric="general_budget_revenue", value=80.2))
    qd = q("实际利用外资完成年度目标的81.5%，完成序时进度")
    facts.append(fact("completion", qd, metric="fdi", value=81.5))
    facts.append(fact("status", qd, metric="fdi", status="met"))
    facts.append(fact("status", q("城镇新增就业3260人，提前完成全年目标任务"), metric="new_urban_jobs", status="met"))
    qt = q("进出口总额完成情况不够理想，受主要出口企业订单下滑影响，仅完成年度目标的58.7%")
    facts.append(fact("status", qt, metric="foreign_trade", status="not_met", confidence="low",
                      note="Decision 1: 不够理想"))
    facts.append(fact("completion", qt, metric="foreign_trade", value=58.7))
    qw = q("（一）琅峪县城区第二水厂建设项目。", "进展顺利")
    it = item("琅峪县城区第二水厂建设项目")
    facts.append(fact("completion", qw, item=it, value=85,
                      note="取水泵房、净水车间主体已完工 are parts"))
    facts.append(fact("status", qw, item=it, status="on_schedule"))
    qh = q("（二）峪河流域生态治理工程。", "低于序时进度33个百分点")
    it = item("峪河流域生态治理工程")
    facts.append(fact("status", qh, item=it, status="not_met",
                      note="明显滞后; 上游段堤防已完工 / 中下游段尚未开工 are parts"))
    facts.append(fact("completion", qh, item=it, value=42))
    facts.append(fact("lag", qh, item=it, value=33))
    data = t.encode("big5")  # strict: every character must be in Big5
    (HERE / f"{F04}.txt").write_bytes(data)
    write_gold(F04, facts)


# ----------------------------------------------------------------------------------------------
# 05  沅泽市: a government site page (GB2312), a quarterly table and a 民生实事 table with rowspan
# ----------------------------------------------------------------------------------------------
F05 = "05_yuanze_q3_quarterly_table"
SCHED05 = 75.0
TABLE05 = [  # 指标, 单位, 全年目标, 1-9月, 完成%, ±, 排名, metric
    ("地区生产总值", "亿元", "2150", "1582.6", "73.6", "1.4", "5", "gdp"),
    ("固定资产投资", "亿元", "980", "689.9", "70.4", "4.6", "8", "fixed_asset_investment"),
    ("工业投资", "亿元", "310", "241.2", "77.8", "-2.8", "3", "industrial_investment"),
    ("社会消费品零售总额", "亿元", "860", "651.0", "75.7", "-0.7", "4", "retail_sales"),
    ("一般公共预算收入", "亿元", "128", "101.5", "79.3", "-4.3", "2", "general_budget_revenue"),
    ("进出口总额", "亿元", "215", "138.9", "64.6", "10.4", "11", "foreign_trade"),
    ("实际利用外资", "亿美元", "6.2", "4.9", "79.0", "-4.0", "1", "fdi"),
    ("城镇新增就业", "万人", "4.5", "3.86", "85.8", "-10.8", "2", "new_urban_jobs"),
    ("规上工业增加值增速", "%", "7.0", "7.4", "/", "/", "6", None),
]
for _r in TABLE05:
    if _r[7]:
        assert abs(float(_r[3]) / float(_r[2]) * 100 - float(_r[4])) < 0.051, _r
        assert abs(SCHED05 - float(_r[4]) - float(_r[5])) < 1e-9, _r  # the note: positive = behind

MINSHENG05 = [  # 类别 (rowspan or None), 实事项目, 责任单位, 进展情况 (html), status, completion, lag
    (("教育", 2), "新建公办幼儿园4所", "市教育局", "已完成。4所幼儿园均已投入使用，新增学位1440个。",
     "met", None, None),
    (None, "中小学教室照明改造", "市教育局", "完成年度目标的81.2%，按序时推进，其中城区学校已全部完工。",
     "on_schedule", 81.2, None),
    (("医疗", 1), "社区卫生服务中心提质改造", "市卫生健康委",
     '<span style="color:#c00;">进度滞后</span>。完成率为50%，低于序时进度25个百分点，主要是2个中心选址调整。',
     "not_met", 50, 25),
    (("民生保障", 3), "老年助餐点建设", "市民政局", "已完成。提前3个月完成年度任务，建成助餐点60个。",
     "met", None, None),
    (None, "城区积水点改造", "市住房和城乡建设局", "按序时推进，完成工程量的78%，预计11月底全部完工。",
     "on_schedule", 78, None),
    (None, "农村供水管网更新", "市水利局", "稳步推进，完成年度目标的76.5%，其中沅北镇已完成100%。",
     "on_schedule", 76.5, None),
]
NOTES05 = {
    "新建公办幼儿园4所": "新增学位1440个 is an amount",
    "中小学教室照明改造": "城区学校已全部完工 is a part",
    "老年助餐点建设": "提前3个月完成年度任务 restates 已完成",
    "城区积水点改造": "预计…全部完工 is a forecast",
    "农村供水管网更新": "沅北镇已完成100% is a town's",
}

P05_INTRO = ("　　今年以来，全市上下坚持稳中求进，全力抓项目、稳增长、保民生，经济运行总体平稳。前三季度，纳入序时进度考核的"
             "8项主要经济指标中，5项快于序时进度，3项慢于序时进度（地区生产总值、固定资产投资、进出口总额）。"
             "各项指标完成情况见表1。")
P05_NOTE = ("注：1.序时进度按75%计。2.“与序时进度比”一栏为序时进度减去完成全年目标百分比，正数表示慢于序时进度，"
            "负数表示快于序时进度。3.排名为在全省14个设区市中的位次。")
P05_DETAIL = ("　　从分项看，工业投资完成年度目标的77.8%，快于序时进度2.8个百分点，其中沅泽高新区工业投资完成园区年度目标的"
              "88.2%；进出口总额受外需收缩影响，完成年度目标的64.6%，慢于序时进度10.4个百分点，差距比上半年收窄1.6个百分点。"
              "同期全省进出口总额完成年度目标的71.3%。")
P05_MS = ("　　民生实事方面，今年确定的6件市级民生实事中，已完成2件，按序时推进3件，进度滞后1件，具体见表2。"
          "对进度滞后的项目，市政府督查室已下发督办单。")
P05_END = "　　下一步，全市将聚焦年度目标，确保全年地区生产总值增长6%左右，力争进出口总额全年完成年度目标的90%以上。"

RELATED05 = [  # (href, title, date): other articles, outside the article box
    ("/art/2024/9/20/art_1208_6311.html", "1-8月全市进出口总额慢于序时进度12.1个百分点", "2024-09-20"),
    ("/art/2024/7/22/art_1208_6027.html", "上半年全市固定资产投资完成年度目标的46.8%", "2024-07-22"),
    ("/art/2024/10/15/art_1208_6380.html", "沅泽高新区前三季度重点项目进展顺利", "2024-10-15"),
]


def html_p(text):
    return "<p>" + text.replace("　　", "&nbsp;&nbsp;&nbsp;&nbsp;", 1) + "</p>"


def build05():
    head_cells = ["指标", "单位", "全年目标", "1-9月", "完成全年目标%", "与序时进度比<br/>(±个百分点)", "排名"]
    rows = []
    for r in TABLE05:
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in r[:7]) + "</tr>")
    table1 = ('<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;">\n'
              '<caption>表1　2024年前三季度全市主要经济指标完成情况</caption>\n'
              "<tr>" + "".join(f"<th>{c}</th>" for c in head_cells) + "</tr>\n" + "\n".join(rows) + "\n</table>")
    ms_rows = []
    for cat, item, unit, prog, *_ in MINSHENG05:
        cells = ""
        if cat:
            span = f' rowspan="{cat[1]}"' if cat[1] > 1 else ""
            cells += f"<td{span}>{cat[0]}</td>"
        cells += f"<td>{item}</td><td>{unit}</td><td>{prog}</td>"
        ms_rows.append("<tr>" + cells + "</tr>")
    table2 = ('<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;">\n'
              '<caption>表2　2024年市级民生实事项目进展情况（截至9月底）</caption>\n'
              "<tr><th>类别</th><th>实事项目</th><th>责任单位</th><th>进展情况</th></tr>\n" + "\n".join(ms_rows)
              + "\n</table>")
    article = "\n".join([html_p(P05_INTRO), table1, html_p(P05_NOTE), html_p(P05_DETAIL), html_p(P05_MS), table2,
                         html_p(P05_END)])
    related = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span>{d}</span></li>' for h, t, d in RELATED05)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>前三季度全市主要经济指标完成情况_统计信息_沅泽市人民政府</title>
<meta name="SiteName" content="沅泽市人民政府" />
<meta name="ColumnName" content="统计信息" />
<meta name="ArticleTitle" content="前三季度全市主要经济指标完成情况" />
<meta name="PubDate" content="2024-10-23 16:05" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200">欢迎访问沅泽市人民政府门户网站　<a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁体</a> | <a href="#">登录</a></div></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="沅泽市人民政府" /></div>
<div class="search"><input type="text" value="请输入关键字" /><button>搜索</button></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjyz/">走进沅泽</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tjxx/">统计信息</a></div>
<div class="main">
<div class="article">
<h1 class="title">前三季度全市主要经济指标完成情况</h1>
<div class="info">发布时间：2024-10-23 16:05　　来源：沅泽市统计局　　浏览次数：<span id="hits">1286</span>　　字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
<div id="zoom" class="content"><div class="TRS_Editor">
{article}
</div></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　　<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prevnext"><p>上一篇：<a href="/art/2024/9/20/art_1208_6311.html">1-8月全市进出口总额慢于序时进度12.1个百分点</a></p><p>下一篇：<a href="/art/2024/10/25/art_1208_6402.html">全市召开四季度重点工作推进会</a></p></div>
<div class="related"><h3>相关链接</h3><ul>
{related}
</ul></div>
</div>
</div>
<div class="footer"><p>主办：沅泽市人民政府办公室　承办：沅泽市大数据发展中心</p><p>网站标识码：0000000000　沅ICP备00000000号　<a href="#">网站地图</a></p></div>
</body>
</html>
"""
    facts = []
    facts.append(fact("status", "8项主要经济指标中，5项快于序时进度", status="met", tally=True, count=5,
                      note="快于序时进度 with no figure is met"))
    ql = "3项慢于序时进度（地区生产总值、固定资产投资、进出口总额）"
    for m in ("gdp", "fixed_asset_investment", "foreign_trade"):
        facts.append(fact("status", ql, metric=m, status="not_met", count=3))
    for r in TABLE05:
        if not r[7]:
            continue
        quote = "\t".join(r[:7])
        facts.append(fact("completion", quote, metric=r[7], value=float(r[4])))
        facts.append(fact("lag", quote, metric=r[7], value=float(r[5]),
                          note="与序时进度比: the note under the table says a positive figure is behind"))
    facts.append(fact("status", "6件市级民生实事中，已完成2件", status="met", tally=True, count=2))
    facts.append(fact("status", "按序时推进3件", status="on_schedule", tally=True, count=3))
    facts.append(fact("status", "按序时推进3件，进度滞后1件", status="not_met", tally=True, count=1,
                      note="named in table 2; kept apart"))
    for cat, item, unit, prog, status, comp, lag in MINSHENG05:
        quote = "\t".join([item, unit, re.sub(r"<[^>]+>", "", prog)])
        note = NOTES05.get(item)
        facts.append(fact("status", quote, item=item, status=status, **({"note": note} if note else {})))
        if comp is not None:
            facts.append(fact("completion", quote, item=item, value=comp))
        if lag is not None:
            facts.append(fact("lag", quote, item=item, value=lag))
    (HERE / f"{F05}.html").write_bytes(html.encode("gb2312"))
    write_gold(F05, facts)


# ----------------------------------------------------------------------------------------------
# 06  岫川市: a one-line 政务信息, traditional script (OpenCC s2t), full-width digits and marks
# ----------------------------------------------------------------------------------------------
F06 = "06_xiuchuan_h1_oneline_trad_fullwidth"
TEXT06 = (
    "岫川市人民政府办公室　政务信息　2024年第42期（总第518期）　2024年7月16日　"
    "上半年全市主要经济指标实现“双过半”　"
    "今年以来，全市上下坚持稳中求进工作总基调，全力以赴拼经济、抓项目、促发展，主要经济指标总体好于预期（序时进度按50%计，下同）。"
    "一、主要经济指标　"
    "上半年，全市纳入考核的12项主要经济指标中，地区生产总值、规上工业增加值、一般公共预算收入、实际利用外资、城镇新增就业5项指标实现“双过半”，"
    "固定资产投资、社会消费品零售总额2项指标未实现“双过半”，其余5项指标基本按时序进度推进。"
    "分项看，地区生产总值完成年度目标的50.8%，超序时进度0.8个百分点，增速比一季度加快0.5个百分点；"
    "规上工业增加值增长7.6%，高于年度目标0.6个百分点；"
    "一般公共预算收入完成年度预算的56.2%，超序时进度6.2个百分点，其中岫川高新区完成园区年度目标的61.2%；"
    "实际利用外资完成年度目标的51%—53%（快报数）；"
    "城镇新增就业2.31万人，完成年度目标的57.8%；"
    "固定资产投资完成年度目标的46.3%，低于序时进度3.7个百分点，同期相邻的岚港市固定资产投资完成年度目标的55.1%；"
    "社会消费品零售总额完成年度目标的48%左右，慢于序时进度2个百分点左右。"
    "12个县（市、区）中，石峡县、东渡区等9个县（市、区）实现“双过半”。"
    "二、重点任务　"
    "市《政府工作报告》确定的40项重点任务中，已完成8项，按序时推进29项，进度滞后3项（岫川港三期码头、城西垃圾焚烧发电厂、北山隧道工程）。"
    "其中，岫川港三期码头完成年度投资的35.2%，慢于序时进度14.8个百分点；城西垃圾焚烧发电厂因环评调整尚未开工；"
    "北山隧道工程完成工程量的41%左右。"
    "市民服务中心二期、岫川大道西延工程提前建成投用。"
    "全市86个市级重点项目完成投资215.6亿元，完成年度计划的53.2%。"
    "三、下步打算　"
    "下半年实现全年目标仍有较大难度。各地各部门要咬定目标不放松，确保三季度末各项指标完成年度目标的75%以上；"
    "据市统计局测算，预计全年地区生产总值增长6.5%左右。"
    "（市政府办公室综合科）　"
    "报：省政府办公厅。　送：市委办公室，市人大常委会办公室，市政协办公室。　发：各县（市、区）人民政府，市政府各部门。"
)

FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789%"}
FW[ord(".")] = ord("．")


def fullwidth(s):
    return s.translate(FW)


def build06():
    assert "\n" not in TEXT06 and "\r" not in TEXT06
    conv = opencc.OpenCC("s2t")
    s = TEXT06
    t = fullwidth(s2t_same_length(conv, s))
    facts = []

    def q(a, b=None):
        i = find(s, a)
        j = i + len(a) if b is None else find(s, b, i) + len(b)
        return t[i:j]

    def item(x):
        return conv.convert(x)

    q5 = q("地区生产总值、规上工业增加值、一般公共预算收入、实际利用外资、城镇新增就业5项指标实现“双过半”")
    for m in ("gdp", "industrial_va_above_scale", "general_budget_revenue", "fdi", "new_urban_jobs"):
        facts.append(fact("status", q5, metric=m, status="met", count=5))
    q2 = q("固定资产投资、社会消费品零售总额2项指标未实现“双过半”")
    for m in ("fixed_asset_investment", "retail_sales"):
        facts.append(fact("status", q2, metric=m, status="not_met", count=2))
    facts.append(fact("status", q("其余5项指标基本按时序进度推进"), status="on_schedule", rest=True, count=5))
    qg = q("地区生产总值完成年度目标的50.8%，超序时进度0.8个百分点")
    facts.append(fact("completion", qg, metric="gdp", value=50.8))
    facts.append(fact("lag", qg, metric="gdp", value=-0.8, note="比一季度加快0.5个百分点 is a comparison"))
    facts.append(fact("lag", q("规上工业增加值增长7.6%，高于年度目标0.6个百分点"),
                      metric="industrial_va_above_scale", value=-0.6))
    qb = q("一般公共预算收入完成年度预算的56.2%，超序时进度6.2个百分点")
    facts.append(fact("completion", qb, metric="general_budget_revenue", value=56.2,
                      note="岫川高新区…61.2% is the park's"))
    facts.append(fact("lag", qb, metric="general_budget_revenue", value=-6.2))
    qd = q("实际利用外资完成年度目标的51%—53%（快报数）")
    for v in (51, 53):
        facts.append(fact("completion", qd, metric="fdi", value=v, optional=True,
                          note="a range of completion: either bound, both or neither (as s22 decision 1)"))
    facts.append(fact("completion", q("城镇新增就业2.31万人，完成年度目标的57.8%"), metric="new_urban_jobs", value=57.8))
    qf = q("固定资产投资完成年度目标的46.3%，低于序时进度3.7个百分点")
    facts.append(fact("completion", qf, metric="fixed_asset_investment", value=46.3,
                      note="岚港市…55.1% is another city's"))
    facts.append(fact("lag", qf, metric="fixed_asset_investment", value=3.7))
    qr = q("社会消费品零售总额完成年度目标的48%左右，慢于序时进度2个百分点左右")
    facts.append(fact("completion", qr, metric="retail_sales", value=48, note="左右: about, value 48"))
    facts.append(fact("lag", qr, metric="retail_sales", value=2, note="左右: about, value 2"))
    facts.append(fact("status", q("40项重点任务中，已完成8项"), status="met", tally=True, count=8))
    facts.append(fact("status", q("按序时推进29项"), status="on_schedule", tally=True, count=29))
    q3 = q("进度滞后3项（岫川港三期码头、城西垃圾焚烧发电厂、北山隧道工程）")
    for it in ("岫川港三期码头", "城西垃圾焚烧发电厂", "北山隧道工程"):
        note = "尚未开工 after it restates not_met" if it == "城西垃圾焚烧发电厂" else None
        facts.append(fact("status", q3, item=item(it), status="not_met", count=3, **({"note": note} if note else {})))
    qm = q("岫川港三期码头完成年度投资的35.2%，慢于序时进度14.8个百分点")
    facts.append(fact("completion", qm, item=item("岫川港三期码头"), value=35.2))
    facts.append(fact("lag", qm, item=item("岫川港三期码头"), value=14.8))
    facts.append(fact("completion", q("北山隧道工程完成工程量的41%左右"), item=item("北山隧道工程"), value=41))
    qc = q("市民服务中心二期、岫川大道西延工程提前建成投用")
    for it in ("市民服务中心二期", "岫川大道西延工程"):
        facts.append(fact("status", qc, item=item(it), status="met"))
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
