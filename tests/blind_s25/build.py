#!/usr/bin/env python3
"""Blind set s25: write the six documents and their gold from the data typed in this file.

    python3 build.py      # then: python3 check.py

Every figure, place, unit, person and project below is invented. The gold of each document is written
from the same data as the document: quotes are taken from the text as built (after conversion to
traditional script, full-width digits, the docx's and the workbook's cell text), never typed twice.
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
from openpyxl.styles import Alignment, Font

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


# ----------------------------------------------------------------------------------------------
# 01  檀浦县: a 亮灯督办 ledger (.xlsx), lights as text, legend in a note row, a 合计 row
# ----------------------------------------------------------------------------------------------
F01 = "01_tanpu_oct_light_ledger"
SCHED01 = 83.3
HEAD01 = ["序号", "重点任务", "责任单位", "年度目标", "1-10月进展", "完成率", "亮灯情况"]
# (重点任务, 责任单位, 年度目标, 1-10月进展, 完成率 in % or "—", light, metric, status from the progress cell)
ROWS01 = [
    ("全社会固定资产投资", "县发展和改革局", "完成投资126亿元", "完成投资99.1亿元，同比增长6.2%",
     78.7, "黄灯", "fixed_asset_investment", None),
    ("社会消费品零售总额", "县商务局", "完成98亿元", "完成82.4亿元，同比增长5.1%",
     84.1, "绿灯", "retail_sales", None),
    ("檀浦经济开发区标准厂房三期", "县经济开发区管委会", "建成标准厂房12万平方米",
     "主体完工10.8万平方米，其中A区4万平方米已交付使用", 90.0, "绿灯", None, None),
    ("城区第二污水处理厂提标改造", "县住房和城乡建设局", "出水水质达到一级A标准",
     "土建工程已完工，设备安装完成60%", 86.5, "绿灯", None, None),
    ("城关第三幼儿园新建", "县教育局", "9月前建成投用", "8月底已建成投用，新增学位540个",
     100.0, "绿灯", None, "met"),
    ("农村公路提质改造", "县交通运输局", "改造农村公路85公里", "完成65.5公里，其中石埠镇段已全部完工",
     77.1, "黄灯", None, None),
    ("檀溪河综合治理一期工程", "县水利局", "治理河道14公里", "完成治理9.9公里，滞后序时进度12.6个百分点",
     70.7, "红灯", None, None),
    ("县人民医院门急诊综合楼", "县卫生健康局", "主体结构封顶", "因用地报批手续未办结，尚未开工",
     0.0, "红灯", None, None),
    ("高标准农田建设", "县农业农村局", "新建高标准农田3.2万亩", "已建成3.35万亩，超额完成年度任务",
     104.7, "绿灯", None, "met"),
    ("老旧小区改造", "县住房和城乡建设局", "改造老旧小区18个", "18个小区全部开工，已完工13个",
     80.2, "黄灯", None, None),
    ("营商环境优化提升", "县营商环境建设局", "全市营商环境评价进入前三位",
     "三季度评价居全市第4位，较二季度前移2位", "—", "黄灯", None, None),
    ("城乡供水一体化", "县水利局", "新增供水覆盖人口4.6万人", "新增覆盖3.9万人，完成率较上月提高7个百分点",
     84.8, "绿灯", None, None),
]
NOTES01 = {
    "全社会固定资产投资": "an indicator in the task column: 黄灯 → not_met; 同比增长6.2% is an actual",
    "社会消费品零售总额": "an indicator: 绿灯 → met (annotation.md: met for an indicator)",
    "檀浦经济开发区标准厂房三期": "A区…已交付使用 is a part",
    "城区第二污水处理厂提标改造": "土建工程已完工 / 设备安装完成60% are parts",
    "城关第三幼儿园新建": "已建成投用 in the progress cell: met; 9月前建成投用 in 年度目标 is the goal",
    "农村公路提质改造": "石埠镇段已全部完工 is a town's part",
    "檀溪河综合治理一期工程": "红灯, also named in 注3 (亮红灯2项): one fact, with the list's count",
    "县人民医院门急诊综合楼": "红灯 and 尚未开工, also named in 注3: one fact, with the list's count; 未办结 is a step",
    "高标准农田建设": "超额完成年度任务 in the progress cell: met",
    "老旧小区改造": "全部开工 / 已完工13个 are the task's own 小区",
    "营商环境优化提升": "完成率 — gives no completion; 居全市第4位 is a rank",
    "城乡供水一体化": "较上月提高7个百分点 is a comparison",
}
NOTE_ROWS01 = [
    "注：1.亮灯规则：绿灯为按序时推进，黄灯为滞后序时进度10个百分点以内，红灯为滞后10个百分点以上。",
    "2.完成率＝1-10月完成量÷年度目标量，序时进度按83.3%计；无法量化的任务，完成率填“—”，由县政府督查室根据进展情况综合评定亮灯。",
    "3.全县12项重点任务中，亮绿灯6项，亮黄灯4项，亮红灯2项（檀溪河综合治理一期工程、县人民医院门急诊综合楼），"
    "对亮红灯任务由分管副县长约谈责任单位主要负责人。",
    "4.合计行完成率为各项任务完成率的算术平均值。",
]


def pct_text(v):
    """A fraction cell formatted 0.0% as Excel shows it."""
    return f"{v * 100:.1f}%"


def build01():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "亮灯督办台账"
    ws.append(["檀浦县2026年县政府重点任务亮灯督办台账（截至10月31日）"])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["牵头督办单位：县政府督查室　　　　序时进度：83.3%　　　　填报日期：2026年11月5日"])
    ws.merge_cells("A2:G2")
    ws.append(HEAD01)
    for c in ws[3]:
        c.font = Font(bold=True)
    facts = []
    fracs = []
    lights = {"绿灯": 0, "黄灯": 0, "红灯": 0}
    for i, (task, unit, goal, prog, done, light, metric, override) in enumerate(ROWS01, 1):
        # the sheet's own lighting rule, checked so that the data cannot contradict it
        if isinstance(done, float):
            want = "绿灯" if done >= SCHED01 else ("黄灯" if SCHED01 - done <= 10 else "红灯")
            assert want == light, (task, done, light)
            frac = round(done / 100, 4)
            fracs.append(frac)
            cell5 = frac
            shown = pct_text(frac)
        else:
            cell5 = shown = done
        lights[light] += 1
        ws.append([i, task, unit, goal, prog, cell5, light])
        r = ws.max_row
        if isinstance(cell5, float):
            ws.cell(r, 6).number_format = "0.0%"
        for c in ws[r]:
            c.alignment = Alignment(wrap_text=True, vertical="center")
        quote = "\t".join([str(i), task, unit, goal, prog, shown, light])
        subj = {"metric": metric} if metric else {"item": task}
        note = NOTES01.get(task)
        if isinstance(done, float):
            facts.append(fact("completion", quote, value=done, **subj,
                              note="完成率 holds fractions shown as 0.0% (Decision 9)" if i == 1 else None))
        count = 2 if light == "红灯" else None
        if light == "绿灯":
            col = "met" if metric else "on_schedule"
        else:
            col = "not_met"
        if override:
            facts.append(fact("status", quote, status=override, note=note, **subj))
            facts.append(fact("status", quote, status=col, optional=True,
                              note="绿灯 (on_schedule for a task) beside a done-word in the progress cell", **subj))
        elif count:
            red = "亮红灯2项（檀溪河综合治理一期工程、县人民医院门急诊综合楼）"
            assert red in NOTE_ROWS01[2] and task in red
            facts.append(fact("status", red, status=col, count=count, note=note, **subj))
        else:
            facts.append(fact("status", quote, status=col, note=note, **subj))
        m = re.search(r"滞后序时进度([\d.]+)个百分点", prog)
        if m:
            lag = float(m.group(1))
            assert abs(SCHED01 - done - lag) < 1e-9
            facts.append(fact("lag", quote, value=lag, **subj))
    assert lights == {"绿灯": 6, "黄灯": 4, "红灯": 2}, lights
    avg = round(sum(fracs) / len(fracs), 4)
    ws.append(["合计", "12项", "", "", "", avg, "绿灯6项、黄灯4项、红灯2项"])
    ws.cell(ws.max_row, 6).number_format = "0.0%"
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.append([])
    for line in NOTE_ROWS01:
        ws.append([line])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    ws.append(["填报人：柯雨桐　　审核人：翁景澄　　联系电话：（内线）3127"])
    for col, w in zip("ABCDEFG", (6, 26, 18, 22, 40, 10, 10)):
        ws.column_dimensions[col].width = w
    note3 = NOTE_ROWS01[2]
    facts.append(fact("status", note3, status="on_schedule", tally=True, count=6,
                      note="亮绿灯 in a whole of tasks is on_schedule; the 合计 row's 绿灯6项 restates it"))
    facts.append(fact("status", note3, status="not_met", tally=True, count=4,
                      note="亮黄灯4项 names nothing; the 合计 row restates it"))
    wb.properties.creator = "檀浦县人民政府督查室"
    stamp = datetime.datetime(2026, 11, 5, 9, 0)
    wb.properties.created = wb.properties.modified = stamp
    path = HERE / f"{F01}.xlsx"
    wb.save(path)
    fix_zip_times(path, stamp)
    write_gold(F01, facts)


# ----------------------------------------------------------------------------------------------
# 02  峤川市: a 督办通知单 and its 办理回执 (.docx), labelled two-column tables
# ----------------------------------------------------------------------------------------------
F02 = "02_qiaochuan_duban_notice_receipts"

NOTICE02 = [
    ("督办编号", "峤督办〔2026〕第31号"),
    ("交办来源", "市政府第四十二次常务会议议定事项、2026年市《政府工作报告》重点工作分解"),
    ("督办事项", "1.崇文路拓宽改造工程；2.城东农贸市场迁建项目；3.市第二人民医院传染病楼建设；"
                 "4.城区背街小巷亮化改造；5.老城区地下公共停车场建设"),
    ("承办单位", "第1、4项：市住房和城乡建设局；第2项：市商务局；第3项：市卫生健康委员会；第5项：市城市管理局"),
    ("办理时限", "第1、2、4项：2026年10月31日前；第3项：2026年12月31日前；第5项：持续推进，每月25日前报送进展"),
    ("督办要求", "请各承办单位对照年度目标倒排工期、压实责任，确保按期完成；办理时限届满后5个工作日内填写办理回执，"
                 "经单位主要负责人签字后报送市政府督查室。对逾期未办结的事项，市政府督查室将予以通报并提请约谈。"),
    ("督办人", "陆文澜　　联系电话：（内线）6217"),
]

RECEIPTS02 = [  # (督办事项, 承办单位, 办理时限, 办理情况, 办理结果, 负责人)
    ("崇文路拓宽改造工程", "市住房和城乡建设局", "2026年10月31日前",
     "工程于9月28日完成沥青摊铺，10月20日通过交工验收并恢复通车，累计完成投资1.86亿元，完成年度投资计划的101.6%。"
     "同步实施的雨污分流管网由市城投公司承建，已全部完工。",
     "已办结", "沈嘉禾"),
    ("城东农贸市场迁建项目", "市商务局", "2026年10月31日前",
     "因城东片区控制性详细规划调整，原选址地块用途变更为教育用地，项目无法按原计划实施。"
     "经市政府研究同意，该项目调整出年度计划，原安排的资金调整用于城区3个农贸市场提升改造。",
     "取消", "许晓帆"),
    ("市第二人民医院传染病楼建设", "市卫生健康委员会", "2026年12月31日前",
     "项目主体结构已于9月封顶，目前正在进行内部装修和医用气体管道安装，累计完成年度投资的76%，"
     "医疗设备采购已完成招标。预计12月中旬完工。",
     "正在推进", "邬立新"),
    ("城区背街小巷亮化改造", "市住房和城乡建设局", "2026年10月31日前",
     "年度计划亮化改造背街小巷42条，截至10月31日已完成31条，完成年度目标的73.8%；剩余11条位于老城片区，"
     "需与燃气管道改造同步施工，计划调整至2027年一季度完成。",
     "部分完成", "沈嘉禾"),
    ("老城区地下公共停车场建设", "市城市管理局", "持续推进，每月25日前报送进展",
     "受地下管线迁改方案未获批复影响，经市政府同意，项目暂缓实施，待迁改方案批复后重新启动。"
     "前期已完成地质勘察和方案设计。",
     "暂缓实施", "龚一鸣"),
]
REVIEW02 = ("截至11月6日，本通知单督办的5项事项中，已办结1项，部分完成1项，正在推进1项，取消1项，暂缓实施1项。"
            "第1项同意办结销号；第3项继续跟踪督办；对第4项未完成部分，责成市住房和城乡建设局制定整改方案，"
            "于11月20日前报市政府督查室。")


def build02():
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.size = Pt(12)
    blocks = []  # the text as check.py reads it: paragraphs, and tables as rows of tab-joined cells

    def para(t, bold=False):
        p = d.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        blocks.append(t)

    def table(rows):
        tb = d.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for a, b in rows:
            cells = tb.add_row().cells
            cells[0].text = a
            cells[1].text = b
        blocks.append("\n".join(f"{a}\t{b}" for a, b in rows))

    para("峤川市人民政府督查室", bold=True)
    para("督 办 通 知 单", bold=True)
    para("峤督办〔2026〕第31号　　　　　　签发日期：2026年9月18日")
    para("市住房和城乡建设局，市商务局，市卫生健康委员会，市城市管理局：")
    para("　　根据市政府第四十二次常务会议议定事项和2026年市《政府工作报告》重点工作分解安排，现将下列事项交由你单位办理，"
         "请认真抓好落实，并在规定时限内填写办理回执报送市政府督查室。")
    table(NOTICE02)
    para("")
    para("办 理 回 执", bold=True)
    para("（各承办单位填报，市政府督查室汇总，2026年11月6日）")
    for k, (item, unit, limit, done, result, head) in enumerate(RECEIPTS02, 1):
        para(f"回执{k}")
        table([("督办事项", item), ("承办单位", unit), ("办理时限", limit), ("办理情况", done),
               ("办理结果", result), ("承办单位负责人", head)])
    para("市政府督查室审核意见：", bold=True)
    para("　　" + REVIEW02)
    para("峤川市人民政府督查室　　2026年11月6日")
    d.core_properties.author = "峤川市人民政府督查室"
    d.core_properties.title = "督办通知单及办理回执"
    stamp = datetime.datetime(2026, 11, 6, 16, 30)
    d.core_properties.created = d.core_properties.modified = stamp
    d.core_properties.last_modified_by = "督查室"
    d.core_properties.comments = ""
    path = HERE / f"{F02}.docx"
    d.save(path)
    fix_zip_times(path, stamp)

    text = "\n".join(blocks)
    facts = []

    def q(a, b=None, after=None):
        i = find(text, a, find(text, after) if after else 0)
        j = i + len(a) if b is None else find(text, b, i) + len(b)
        return text[i:j]

    def head(item):
        return f"督办事项\t{item}"

    it = "崇文路拓宽改造工程"
    facts.append(fact("completion", q(head(it), "完成年度投资计划的101.6%"), item=it, value=101.6,
                      note="the 办理情况 of a labelled receipt is its item's (s23 decision 7)"))
    facts.append(fact("status", q(head(it), "办理结果\t已办结"), item=it, status="met",
                      note="已办结; 雨污分流管网…已全部完工 is a part; 第1项同意办结销号 below restates it"))
    it = "城东农贸市场迁建项目"
    facts.append(fact("status", q(head(it), "办理结果\t取消"), item=it, status="cancelled",
                      note="经市政府研究同意，该项目调整出年度计划 and 办理结果 取消: one fact"))
    it = "市第二人民医院传染病楼建设"
    facts.append(fact("completion", q(head(it), "累计完成年度投资的76%"), item=it, value=76,
                      note="主体结构已于9月封顶 / 设备采购已完成招标 are steps"))
    facts.append(fact("status", q(head(it), "办理结果\t正在推进"), item=it, status="on_schedule",
                      note="预计12月中旬完工 is a forecast"))
    it = "城区背街小巷亮化改造"
    facts.append(fact("completion", q(head(it), "完成年度目标的73.8%"), item=it, value=73.8))
    facts.append(fact("status", q(head(it), "办理结果\t部分完成"), item=it, status="partly_met",
                      note="对第4项未完成部分 below is no second status"))
    qr = q("本通知单督办的5项事项中，已办结1项")
    facts.append(fact("status", qr, status="met", tally=True, count=1))
    facts.append(fact("status", q("部分完成1项"), status="partly_met", tally=True, count=1))
    facts.append(fact("status", q("正在推进1项"), status="on_schedule", tally=True, count=1))
    facts.append(fact("status", q("取消1项"), status="cancelled", tally=True, count=1,
                      note="暂缓实施1项 after it gives nothing"))
    write_gold(F02, facts)


# ----------------------------------------------------------------------------------------------
# 03  蔺江县: a monthly economic bulletin (UTF-8, one line a paragraph, a tab table at the end)
# ----------------------------------------------------------------------------------------------
F03 = "03_linjiang_oct_econ_bulletin"
TABLE03 = [  # 指标, 单位, 1-10月, 同比增长(%), 完成率(%), 全市完成率(%), metric
    ("规上工业总产值", "亿元", "186.4", "7.2", "84.6", "82.9", "industrial_output_above_scale"),
    ("固定资产投资", "亿元", "65.3", "4.1", "83.2", "80.6", "fixed_asset_investment"),
    ("其中：工业投资", "亿元", "24.8", "9.6", "76.3", "79.4", "industrial_investment"),
    ("社会消费品零售总额", "亿元", "52.7", "4.9", "82.1", "83.5", "retail_sales"),
    ("一般公共预算收入", "亿元", "14.38", "6.3", "87.5", "85.2", "general_budget_revenue"),
    ("进出口总额", "亿元", "9.64", "-3.8", "71.4", "78.8", "foreign_trade"),
    ("城镇新增就业", "人", "5480", "—", "91.3", "88.7", "new_urban_jobs"),
]
TEXT03 = """蔺江县统计局
经济运行简报
2026年第10期（总第118期）
蔺江县统计局编印　　　　　　　　2026年11月16日
2026年1-10月全县经济运行简况
1-10月，全县经济运行总体平稳，主要指标“七升三降”，工业、财政、就业好于预期，投资、外贸与年度目标仍有差距。序时进度按83.3%计，下同。
一、总体情况
前三季度，全县地区生产总值完成218.6亿元，增长5.7%，低于年度目标0.8个百分点，增速居全市9个县（市、区）第6位，比全市平均低0.2个百分点。
二、工业生产
1-10月，全县规上工业增加值增长6.8%，低于年度目标0.7个百分点，增速比1-9月回落0.3个百分点，居全市第5位；规上工业总产值186.4亿元，增长7.2%。蔺江经济开发区规上工业增加值增长12.4%，完成园区年度目标的88%，对全县规上工业增长的贡献率为61.5%。
三、固定资产投资
1-10月，全县固定资产投资65.3亿元，增长4.1%，完成年度计划的83.2%，低于序时进度0.1个百分点，完成进度居全市第4位，较1-9月提高8.6个百分点（上期简报：1-9月完成年度计划的74.6%）；同期全市固定资产投资完成年度计划的80.6%。其中，工业投资24.8亿元，增长9.6%，完成年度计划的76.3%，低于序时进度7个百分点；房地产开发投资完成年度计划的68.5%。分乡镇看，临溪镇、石桥乡固定资产投资完成年度计划均超过90%。
四、消费市场
1-10月，全县社会消费品零售总额52.7亿元，增长4.9%，增速低于全市平均0.6个百分点；完成年度目标的82.1%，慢于序时进度1.2个百分点。
五、财政收入
1-10月，全县一般公共预算收入14.38亿元，增长6.3%，完成年度预算的87.5%，超序时进度4.2个百分点；其中税收收入10.92亿元，税收占比75.9%。
六、外经外贸
1-10月，全县进出口总额9.64亿元，下降3.8%，完成年度目标的71.4%，低于序时进度11.9个百分点，居全市第8位；实际利用外资2860万美元，已提前完成全年目标任务。同期全市进出口总额完成年度目标的78.8%。
七、就业
1-10月，全县城镇新增就业5480人，完成年度目标的91.3%；城镇登记失业率为2.9%。
八、需要关注的问题
一是投资增长后劲不足，个别重大项目进度滞后，11-12月全县固定资产投资需完成13.2亿元以上才能完成年度计划；二是外贸下行压力较大，部分出口企业订单减少，完成全年目标难度较大。
附表　2026年1-10月蔺江县主要经济指标完成情况
指标\t单位\t1-10月\t同比增长(%)\t完成率(%)\t全市完成率(%)
@TABLE@
注：完成率为1-10月累计完成值占年度目标（计划、预算）的百分比；全市完成率为全市（含市辖区）平均水平。
（编辑：县统计局综合股　　审核：宁可心）
"""


def build03():
    rows = "\n".join("\t".join(r[:6]) for r in TABLE03)
    t = TEXT03.replace("@TABLE@", rows)
    facts = []

    def q(a, b=None):
        i = find(t, a)
        j = i + len(a) if b is None else find(t, b, i) + len(b)
        return t[i:j]

    facts.append(fact("lag", q("全县地区生产总值完成218.6亿元，增长5.7%，低于年度目标0.8个百分点"), metric="gdp",
                      value=0.8, note="比全市平均低0.2个百分点 is a comparison; 居全市第6位 a rank"))
    facts.append(fact("lag", q("全县规上工业增加值增长6.8%，低于年度目标0.7个百分点"),
                      metric="industrial_va_above_scale", value=0.7,
                      note="比1-9月回落0.3个百分点 is a comparison; 开发区…88% is the park's"))
    qf = q("全县固定资产投资65.3亿元，增长4.1%，完成年度计划的83.2%，低于序时进度0.1个百分点")
    facts.append(fact("completion", qf, metric="fixed_asset_investment", value=83.2,
                      note="also 附表's row: one fact; 上期简报 74.6 and 全市 80.6 give nothing"))
    facts.append(fact("lag", qf, metric="fixed_asset_investment", value=0.1,
                      note="较1-9月提高8.6个百分点 is a comparison"))
    qi = q("其中，工业投资24.8亿元，增长9.6%，完成年度计划的76.3%，低于序时进度7个百分点")
    facts.append(fact("completion", qi, metric="industrial_investment", value=76.3,
                      note="其中 here breaks the county's investment down by kind, not by place: the county's own "
                           "indicator; also 附表's 其中：工业投资 row: one fact"))
    facts.append(fact("lag", qi, metric="industrial_investment", value=7))
    facts.append(fact("completion", q("房地产开发投资完成年度计划的68.5%"), item="房地产开发投资", value=68.5,
                      optional=True, note="no indicator id; an item only if a non-indicator subject is read"))
    qr = q("全县社会消费品零售总额52.7亿元", "慢于序时进度1.2个百分点")
    facts.append(fact("completion", qr, metric="retail_sales", value=82.1,
                      note="增速低于全市平均0.6个百分点 is a comparison"))
    facts.append(fact("lag", qr, metric="retail_sales", value=1.2))
    qb = q("全县一般公共预算收入14.38亿元，增长6.3%，完成年度预算的87.5%，超序时进度4.2个百分点")
    facts.append(fact("completion", qb, metric="general_budget_revenue", value=87.5))
    facts.append(fact("lag", qb, metric="general_budget_revenue", value=-4.2))
    qt = q("全县进出口总额9.64亿元，下降3.8%，完成年度目标的71.4%，低于序时进度11.9个百分点")
    facts.append(fact("completion", qt, metric="foreign_trade", value=71.4,
                      note="同期全市…78.8% is the city's"))
    facts.append(fact("lag", qt, metric="foreign_trade", value=11.9))
    facts.append(fact("status", q("实际利用外资2860万美元，已提前完成全年目标任务"), metric="fdi", status="met"))
    facts.append(fact("completion", q("全县城镇新增就业5480人，完成年度目标的91.3%"), metric="new_urban_jobs",
                      value=91.3))
    r = TABLE03[0]
    facts.append(fact("completion", "\t".join(r[:6]), metric=r[6], value=float(r[4]),
                      note="only in 附表 (the prose gives the level); the 全市完成率(%) column is the city's"))
    (HERE / f"{F03}.txt").write_bytes(t.encode("utf-8"))
    write_gold(F03, facts)


# ----------------------------------------------------------------------------------------------
# 04  筠岭市: 目标责任考核结果通报, a government site page in GB18030 with CMS clutter
# ----------------------------------------------------------------------------------------------
F04 = "04_junling_assessment_results_gb18030"
ART04 = [
    ("p", "各县（市、区）人民政府，市政府各部门、各直属机构："),
    ("p", "　　根据《筠岭市市直部门目标责任考核办法》，市目标责任考核领导小组对39个市直部门2025年度目标任务完成情况"
          "进行了考核。经部门自查、专项核查、综合评议和市政府常务会议审定，现将考核结果通报如下："),
    ("p", "　　一、总体情况"),
    ("p", "　　2025年，39个市直部门共承担市政府目标任务486项。经核查，完成476项，部分完成2项，未完成7项，"
          "因政策调整取消1项，目标任务总体完成率为98.4%。"),
    ("p", "　　二、考核结果"),
    ("p", "　　（一）优秀等次（5个）"),
    ("p", "　　市发展和改革委员会、市财政局、市商务局、市自然资源和规划局、市医疗保障局。以上5个单位承担的73项目标任务全部完成。"),
    ("p", "　　（二）良好等次（32个）"),
    ("p", "　　其中承担的目标任务未全部完成的单位4个，情况如下："),
    ("p", "　　1.市住房和城乡建设局：承担任务15项，完成14项，1项未完成（城西综合客运枢纽配套道路建设），完成率93.3%，"
          "考核得分91.6分。"),
    ("p", "　　2.市交通运输局：承担任务12项，完成11项，部分完成1项（农村客运站改造提升），完成率95.8%，考核得分90.8分。"),
    ("p", "　　3.市教育局：承担任务16项，完成15项，1项未完成，完成率93.8%，考核得分90.2分。"),
    ("p", "　　4.市卫生健康委员会：承担任务11项，完成10项，1项因上级政策调整取消（区域医疗中心二期），取消项不计入考核，"
          "完成率100%，考核得分89.7分。"),
    ("p", "　　其余28个单位名单见附件。"),
    ("p", "　　（三）一般等次（2个）"),
    ("p", "　　1.市水利局：承担任务9项，完成6项，未完成3项（筠河防洪堤加固工程、城北水库除险加固、农村供水保障工程），"
          "完成率66.7%，考核得分78.4分。"),
    ("p", "　　2.市城市管理局：承担任务13项，完成10项，部分完成1项，未完成2项，完成率80.8%，考核得分76.9分。"),
    ("p", "　　三、有关要求"),
    ("p", "　　对考核等次为一般的单位，由分管副市长进行约谈，限期整改。各单位未完成的目标任务一律纳入2026年度重点督办事项，"
          "确保2026年6月底前全部完成。个别单位重点任务推进不力、部分任务进度滞后的问题，要举一反三、认真整改，"
          "确保2026年度目标任务全面完成。"),
    ("table", None),
    ("p", "　　附件：2025年度市直部门目标责任考核等次名单（略）"),
    ("p", "　　（联系人：市考核办　邝䶮，联系电话：（内线）8123）"),
    ("p", "筠岭市人民政府"),
    ("p", "2026年3月12日"),
    ("p", "（此件公开发布）"),
]
SCORES04 = [("市发展和改革委员会", "97.8", "优秀"), ("市财政局", "97.1", "优秀"), ("市住房和城乡建设局", "91.6", "良好"),
            ("市交通运输局", "90.8", "良好"), ("市教育局", "90.2", "良好"), ("市卫生健康委员会", "89.7", "良好"),
            ("市水利局", "78.4", "一般"), ("市城市管理局", "76.9", "一般")]
RELATED04 = [
    ("/art/2025/3/14/art_2031_8812.html", "筠岭市人民政府关于2024年度市直部门目标责任考核结果的通报", "2025-03-14"),
    ("/art/2026/1/20/art_2031_9930.html", "2025年全市重点任务完成情况：486项任务已完成476项", "2026-01-20"),
    ("/art/2025/10/22/art_2031_9517.html", "前三季度市直部门目标任务完成率为74.2%", "2025-10-22"),
]


def build04():
    parts = []
    for kind, text in ART04:
        if kind == "p":
            parts.append(f'<p style="text-indent:2em;">{text.lstrip("　")}</p>' if text.startswith("　　")
                         else f"<p>{text}</p>")
        else:
            rows = "\n".join(f"<tr><td>{i}</td><td>{u}</td><td>{s}</td><td>{g}</td></tr>"
                             for i, (u, s, g) in enumerate(SCORES04, 1))
            parts.append('<p style="text-align:center;"><strong>部分单位考核得分及等次</strong></p>\n'
                         '<table border="1" cellspacing="0" cellpadding="3" align="center">\n'
                         "<tr><th>序号</th><th>单位</th><th>考核得分</th><th>考核等次</th></tr>\n" + rows + "\n</table>")
    article = "\n".join(parts)
    related = "\n".join(f'<li><span class="date">{d}</span><a href="{h}" title="{t}">{t}</a></li>'
                        for h, t, d in RELATED04)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="gb18030">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>筠岭市人民政府关于2025年度市直部门目标责任考核结果的通报_市政府文件_筠岭市人民政府</title>
<meta name="SiteName" content="筠岭市人民政府">
<meta name="ColumnName" content="市政府文件">
<meta name="ArticleTitle" content="筠岭市人民政府关于2025年度市直部门目标责任考核结果的通报">
<meta name="PubDate" content="2026-03-13 10:20">
<meta name="ContentSource" content="筠岭市人民政府办公室">
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="wrap"><span>今天是：<span id="today"></span></span><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">简|繁</a><a href="#">个人登录</a><a href="#">法人登录</a></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/static/img/logo.png" alt="筠岭市人民政府"></a>
<form class="search" action="/search/"><input type="text" name="q" placeholder="请输入搜索内容"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政府信息公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">政民互动</a></li><li><a href="/ztzl/">专题专栏</a></li><li><a href="/zjjl/">走进筠岭</a></li></ul></div>
<div class="wrap">
<div class="crumb">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfwj/">政府文件</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfwj/szfwj/">市政府文件</a></div>
<table class="xxgk-info">
<tr><th>索引号：</th><td>11360000MB0000000X/2026-00412</td><th>主题分类：</th><td>综合政务/其他</td></tr>
<tr><th>发布机构：</th><td>筠岭市人民政府办公室</td><th>成文日期：</th><td>2026-03-12</td></tr>
<tr><th>发文字号：</th><td>筠府通〔2026〕6号</td><th>有效性：</th><td>有效</td></tr>
</table>
<div class="article">
<h1 class="article-title">筠岭市人民政府<br>关于2025年度市直部门目标责任考核结果的通报</h1>
<div class="article-info">发布时间：2026-03-13 10:20&nbsp;&nbsp;来源：筠岭市人民政府办公室&nbsp;&nbsp;阅读量：<span id="views">3412</span>&nbsp;&nbsp;【字体：<a href="javascript:;" onclick="fontZoom(18)">大</a> <a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a>】</div>
<div id="zoom" class="pages_content">
<p style="text-align:center;">筠府通〔2026〕6号</p>
{article}
</div><!--正文结束-->
<div class="article-tools"><span>扫一扫在手机打开当前页</span><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a><a href="javascript:;" class="share">分享：微信 微博</a></div>
<div class="related"><h3>相关文章</h3><ul>
{related}
</ul></div>
</div>
</div>
<div class="footer"><div class="wrap"><p>主办单位：筠岭市人民政府办公室&nbsp;&nbsp;承办单位：筠岭市大数据中心</p>
<p>网站标识码：0000000000&nbsp;&nbsp;筠ICP备00000000号-1&nbsp;&nbsp;<a href="#">网站地图</a>&nbsp;&nbsp;<a href="#">联系我们</a></p></div></div>
</body>
</html>
"""
    facts = []
    facts.append(fact("status", "共承担市政府目标任务486项。经核查，完成476项", status="met", tally=True, count=476))
    facts.append(fact("status", "部分完成2项", status="partly_met", tally=True, count=2))
    facts.append(fact("status", "未完成7项", status="not_met", tally=True, count=7))
    facts.append(fact("status", "因政策调整取消1项", status="cancelled", tally=True, count=1))
    facts.append(fact("completion", "目标任务总体完成率为98.4%", value=98.4, optional=True,
                      note="a completion of the whole set of tasks (a group): s23 decision 15 gives nothing, "
                           "s22 kept such lines optional; no item"))
    facts.append(fact("status", "以上5个单位承担的73项目标任务全部完成", status="met", tally=True, count=73, optional=True,
                      note="a count, then 全部完成: a met tally of 73 by analogy with 其余70项…全部按进度推进, "
                           "but the whole is five units' tasks"))
    depts = [  # (unit, met tally quote, count, completion quote, [(status, quote, names or None, count)])
        ("市住房和城乡建设局", "承担任务15项，完成14项", 14, "完成率93.3%",
         [("not_met", "1项未完成（城西综合客运枢纽配套道路建设）", ["城西综合客运枢纽配套道路建设"], 1)]),
        ("市交通运输局", "承担任务12项，完成11项", 11, "完成率95.8%",
         [("partly_met", "部分完成1项（农村客运站改造提升）", ["农村客运站改造提升"], 1)]),
        ("市教育局", "承担任务16项，完成15项", 15, "完成率93.8%",
         [("not_met", "市教育局：承担任务16项，完成15项，1项未完成", None, 1)]),
        ("市卫生健康委员会", "承担任务11项，完成10项", 10, "完成率100%",
         [("cancelled", "1项因上级政策调整取消（区域医疗中心二期）", ["区域医疗中心二期"], 1)]),
        ("市水利局", "承担任务9项，完成6项", 6, "完成率66.7%",
         [("not_met", "未完成3项（筠河防洪堤加固工程、城北水库除险加固、农村供水保障工程）",
           ["筠河防洪堤加固工程", "城北水库除险加固", "农村供水保障工程"], 3)]),
        ("市城市管理局", "承担任务13项，完成10项", 10, "完成率80.8%",
         [("partly_met", "市城市管理局：承担任务13项，完成10项，部分完成1项", None, 1),
          ("not_met", "部分完成1项，未完成2项，完成率80.8%", None, 2)]),
    ]
    for unit, met_q, met_n, rate_q, others in depts:
        facts.append(fact("status", f"{unit}：{met_q}", status="met", tally=True, count=met_n,
                          note="完成N项 within 承担任务M项: a met tally"))
        for status, quote, names, n in others:
            if names:
                for nm in names:
                    facts.append(fact("status", quote, item=nm, status=status, count=n))
            else:
                facts.append(fact("status", quote, status=status, tally=True, count=n))
        para = next(x for k, x in ART04 if k == "p" and f"{unit}：承担任务" in x)
        quote = para[para.index(unit):para.index(rate_q) + len(rate_q)]
        facts.append(fact("completion", quote, item=unit, value=float(re.search(r"[\d.]+", rate_q).group()),
                          optional=True,
                          note="a unit's 完成率 of its assigned tasks: a set of tasks, not a task (see README)"))
    (HERE / f"{F04}.html").write_bytes(page.encode("gb18030"))
    write_gold(F04, facts)


# ----------------------------------------------------------------------------------------------
# 05  岚桥县: 政府工作报告 (节选), traditional script (OpenCC s2tw), Big5 bytes
# ----------------------------------------------------------------------------------------------
F05 = "05_lanqiao_work_report_trad_big5"
MINSHENG05 = [  # (name, body, status, completion)
    ("公办幼儿园建设", "新建公办幼儿园3所，新增学位810个，已全部投入使用。", "met", None),
    ("农村危房改造", "改造农村危房426户，完成年度目标的106.5%。", None, 106.5),
    ("老旧小区改造", "改造老旧小区14个、惠及居民3260户，全面完成年度任务。", "met", None),
    ("城乡供水一体化", "新建改造供水管网186公里，新增受益人口3.1万人，工程已竣工。", "met", None),
    ("村卫生室标准化建设", "建成标准化村卫生室38个，超额完成目标任务。", "met", None),
    ("养老服务设施建设", "新建农村互助幸福院12个、社区嵌入式养老服务中心2个，均已投入运营。", "met", None),
    ("公共停车泊位建设", "新增公共停车泊位1850个，完成年度目标的123.3%。", None, 123.3),
    ("背街小巷整治", "整治背街小巷45条，如期完成。", "met", None),
    ("农贸市场提升改造", "改造提升农贸市场5个，均已建成投用，其中河口镇农贸市场改造后日均客流量增长40%。", "met", None),
    ("就业援助", "开发公益性岗位520个，帮扶就业困难人员再就业1380人，完成年度目标的115%。", None, 115),
]
TEXT05 = ("岚桥县人民政府工作报告（节选）\n"
          "——2027年1月12日在岚桥县第十八届人民代表大会第七次会议上\n"
          "岚桥县县长　邵明川\n"
          "各位代表：\n"
          "　　现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。\n"
          "一、2026年工作回顾\n"
          "　　过去的一年，面对复杂严峻的外部环境，县政府在县委的坚强领导下，在县人大、县政协的监督支持下，"
          "团结依靠全县人民，全县经济社会发展主要目标任务总体完成。全年地区生产总值完成236.8亿元，增长6.1%，"
          "高于年度目标0.1个百分点；一般公共预算收入完成15.42亿元，为预算的102.3%；城镇新增就业4120人，"
          "超额完成年度目标任务；固定资产投资增长4.2%，未完成年度目标；进出口总额下降2.6%，没有实现年度目标。"
          "县十八届人大五次会议确定的11项主要经济指标中，9项完成年度目标，2项未完成（固定资产投资、进出口总额）。\n"
          "　　（一）重点项目建设提速增效。全年实施县级重点项目62个，完成投资86.4亿元，完成年度计划的104.2%。"
          "其中县城第二水厂、滨河大道北延工程、县职教中心实训楼提前建成投用，岚桥经济开发区新建标准厂房18万平方米，"
          "园区规上工业产值增长15.2%。\n"
          "　　（二）财政运行稳健有力。一般公共预算收入15.42亿元，为预算的102.3%，其中税收收入占比78.6%；"
          "民生支出占一般公共预算支出的81.2%。\n"
          "　　（三）民生实事全面兑现。去年承诺的十件民生实事全部兑现：\n"
          "@MINSHENG@"
          "　　在肯定成绩的同时，我们也清醒地看到，个别重点项目推进滞后，部分民生实事项目后续管护机制还不健全，"
          "这些问题我们将采取有力措施认真加以解决。\n"
          "二、2027年总体要求\n"
          "　　2027年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，"
          "固定资产投资增长6%，城镇新增就业4000人以上。\n"
          "三、2027年工作安排\n"
          "　　（一）扩大有效投资。全年计划实施县级重点项目65个，完成投资90亿元以上。滨江公园二期已完成规划设计，"
          "年内开工建设；城南污水处理厂扩建工程确保6月底前建成投用；县人民医院新院区力争主体结构封顶。\n"
          "　　（二）继续办好十件民生实事。计划新建公办幼儿园2所，新增学位540个；确保完成改造老旧小区16个；"
          "新增公共停车泊位1200个；新建改造农村公路60公里；新建标准化村卫生室20个；"
          "其余五件民生实事年内全部完成。\n"
          "　　各位代表，新的一年任务艰巨、使命光荣。让我们在县委的坚强领导下，凝心聚力、实干争先，"
          "确保完成全年目标任务！\n")


def s2t_same_length(conv, text):
    out = conv.convert(text)
    assert len(out) == len(text), "conversion changed the length"
    return out


def build05():
    conv = opencc.OpenCC("s2tw")
    ms = "".join(f"　　{k}.{name}。{body}\n" for k, (name, body, _, _) in enumerate(MINSHENG05, 1))
    s = TEXT05.replace("@MINSHENG@", ms)
    t = s2t_same_length(conv, s)
    plan = s.index("三、2027年工作安排")
    facts = []

    def q(a, b=None):
        i = find(s, a)
        j = i + len(a) if b is None else find(s, b, i) + len(b)
        assert j <= plan
        return t[i:j]

    def item(x):
        return conv.convert(x)

    facts.append(fact("lag", q("全年地区生产总值完成236.8亿元，增长6.1%，高于年度目标0.1个百分点"), metric="gdp",
                      value=-0.1))
    facts.append(fact("completion", q("一般公共预算收入完成15.42亿元，为预算的102.3%"),
                      metric="general_budget_revenue", value=102.3,
                      note="restated in （二）: one fact (Decision 6)"))
    facts.append(fact("status", q("城镇新增就业4120人，超额完成年度目标任务"), metric="new_urban_jobs", status="met"))
    facts.append(fact("status", q("11项主要经济指标中，9项完成年度目标"), status="met", tally=True, count=9))
    ql = q("2项未完成（固定资产投资、进出口总额）")
    facts.append(fact("status", ql, metric="fixed_asset_investment", status="not_met", count=2,
                      note="also 固定资产投资增长4.2%，未完成年度目标 before it: one fact, with the list's count"))
    facts.append(fact("status", ql, metric="foreign_trade", status="not_met", count=2,
                      note="also 进出口总额下降2.6%，没有实现年度目标 before it: one fact"))
    qp = q("其中县城第二水厂、滨河大道北延工程、县职教中心实训楼提前建成投用")
    for it in ("县城第二水厂", "滨河大道北延工程", "县职教中心实训楼"):
        facts.append(fact("status", qp, item=item(it), status="met",
                          note="62个…完成年度计划的104.2% is a group's completion" if it == "县城第二水厂" else None))
    facts.append(fact("status", q("去年承诺的十件民生实事全部兑现"), status="met", tally=True, count=10, optional=True,
                      note="a group (十件民生实事) said all fulfilled: a met tally of 10 if 兑现 and a Chinese "
                           "numeral are read; each item is also given below"))
    for k, (name, body, status, comp) in enumerate(MINSHENG05, 1):
        qq = q(f"{k}.{name}。{body}")
        if status:
            facts.append(fact("status", qq, item=item(name), status=status,
                              note="河口镇 is a town's figure" if name == "农贸市场提升改造" else None))
        if comp is not None:
            facts.append(fact("completion", qq, item=item(name), value=comp))
    (HERE / f"{F05}.txt").write_bytes(t.encode("big5"))  # strict: every character must be in Big5
    write_gold(F05, facts)


# ----------------------------------------------------------------------------------------------
# 06  柘阳县: 县长在三季度经济运行调度会上的讲话, spoken, one line a paragraph, full-width digits
# ----------------------------------------------------------------------------------------------
F06 = "06_zheyang_q3_speech_fullwidth"
PARAS06 = [
    "在全县三季度经济运行调度会上的讲话",
    "县长　顾远航",
    "（2026年10月13日，根据录音整理）",
    "同志们：",
    "今天这个会，是三季度经济运行调度会，主要是看一看前三季度大家干得怎么样，四季度还差多少，怎么把它补上来。"
    "刚才，统计局、发改局、财政局几家把情况都说了，几个乡镇和园区也作了发言，我都同意。下面我再讲几点意见。",
    "第一，先说说形势。前三季度我们GDP增长了5.9%，比年初定的6%还差一点，在全市排第5，不算差，但是也不能说好。"
    "规上工业增加值增长了7.2%，比年度目标高了0.7个百分点，这个是工业口的同志们拼出来的。"
    "固投完成了年度目标的71.2%，比序时进度慢了3.8个百分点。大家知道隔壁桐山县吗？人家前三季度固投已经完成了90%了，"
    "我们才71.2%，差了将近20个百分点，这个差距我们要正视。社零完成了年度目标的73.9%，比序时进度差了1.1个百分点，"
    "问题不大。财政这块好一点，一般公共预算收入完成了全年任务的80.5%，超了序时进度5.5个百分点。"
    "最让我着急的是外贸，进出口总额到现在才完成年度目标的六成左右，全市平均是76%，我们在全市倒数第二。"
    "新增就业呢，已经提前完成全年目标任务了，人社局的同志辛苦了。",
    "第二，说说项目。今年我们32个省市重点项目，已经开工29个，还有3个没开工。这3个没开工的，一个是柘溪物流园，"
    "一个是县第二人民医院迁建，还有一个是北环路改造，原因各有各的，但是说到底还是前期工作没做扎实。"
    "还有柘溪大桥，开工是开工了，但是到现在还趴着不动，施工单位的人都撤了一半，这个不行。"
    "城东污水处理厂二期倒是干得不错，已经建成投用了。石门镇工业园那一块，投资已经完成了85%，这是园区自己的账，"
    "不能拿来给全县充数。个别项目进度滞后，有的是资金问题，有的是手续问题，有的就是不想干、不敢干。",
    "第三，说说民生实事。今年10件民生实事，已经完成了6件，剩下4件都在按计划推进，年底前要全部交账。",
    "第四，说说四季度怎么干。离年底只剩两个多月了，我们必须确保完成全年目标任务，固投力争完成年度目标的95%以上，"
    "外贸力争完成85%。各个乡镇、各个部门要把任务再分解、再细化，一周一调度、一月一通报。"
    "对没开工的3个项目，发改局牵头，11月底前必须开工；柘溪大桥的问题，交通局下周拿出方案来。",
    "最后说一句，下个月的调度会，我要看到每个项目的进度表，不要再给我讲困难。就讲这些。",
]

FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789%"}


def fullwidth(s):
    # digits and % to full width; a decimal point between digits to ．
    s = re.sub(r"(?<=\d)\.(?=\d)", "．", s)
    return s.translate(FW)


def build06():
    s = "\n".join(PARAS06) + "\n"
    t = fullwidth(s)
    assert len(t) == len(s)
    facts = []

    def q(a, b=None):
        i = find(s, a)
        j = i + len(a) if b is None else find(s, b, i) + len(b)
        return t[i:j]

    facts.append(fact("status", q("前三季度我们GDP增长了5.9%，比年初定的6%还差一点"), metric="gdp", status="not_met",
                      optional=True, note="short of the year's target with no figure of the gap: a spoken verdict"))
    facts.append(fact("lag", q("规上工业增加值增长了7.2%，比年度目标高了0.7个百分点"), metric="industrial_va_above_scale",
                      value=-0.7))
    qf = q("固投完成了年度目标的71.2%，比序时进度慢了3.8个百分点")
    facts.append(fact("completion", qf, metric="fixed_asset_investment", value=71.2,
                      note="我们才71.2% restates it; 桐山县…90% and 差了将近20个百分点 are another county's"))
    facts.append(fact("lag", qf, metric="fixed_asset_investment", value=3.8))
    qr = q("社零完成了年度目标的73.9%，比序时进度差了1.1个百分点")
    facts.append(fact("completion", qr, metric="retail_sales", value=73.9))
    facts.append(fact("lag", qr, metric="retail_sales", value=1.1))
    qb = q("一般公共预算收入完成了全年任务的80.5%，超了序时进度5.5个百分点")
    facts.append(fact("completion", qb, metric="general_budget_revenue", value=80.5))
    facts.append(fact("lag", qb, metric="general_budget_revenue", value=-5.5))
    facts.append(fact("completion", q("进出口总额到现在才完成年度目标的六成左右"), metric="foreign_trade", value=60,
                      optional=True, note="六成 is no percentage as written; 全市平均是76% is the city's"))
    facts.append(fact("status", q("新增就业呢，已经提前完成全年目标任务了"), metric="new_urban_jobs", status="met"))
    facts.append(fact("status", q("32个省市重点项目，已经开工29个"), status="on_schedule", tally=True, count=29,
                      note="已开工 → on_schedule"))
    facts.append(fact("status", q("还有3个没开工"), status="not_met", tally=True, count=3,
                      note="the three are named in the next sentence; kept apart (as s23 02)"))
    qn = q("这3个没开工的，一个是柘溪物流园", "还有一个是北环路改造")
    for it in ("柘溪物流园", "县第二人民医院迁建", "北环路改造"):
        facts.append(fact("status", qn, item=it, status="not_met", count=3))
    facts.append(fact("status", q("还有柘溪大桥，开工是开工了，但是到现在还趴着不动"), item="柘溪大桥", status="not_met",
                      note="趴着不动: stalled, spoken for 进展缓慢"))
    facts.append(fact("status", q("城东污水处理厂二期倒是干得不错，已经建成投用了"), item="城东污水处理厂二期", status="met",
                      note="干得不错 is no second status; 石门镇工业园…85% is the park's"))
    facts.append(fact("status", q("今年10件民生实事，已经完成了6件"), status="met", tally=True, count=6))
    facts.append(fact("status", q("剩下4件都在按计划推进"), status="on_schedule", rest=True, count=4,
                      note="剩下 is 其余 spoken"))
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
