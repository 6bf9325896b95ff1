#!/usr/bin/env python3
"""Build the blind_s27 set: 8 invented task-assignment notices and their gold JSON.

Every notice and its gold come from the data in this file (one source).  The gold for
a task is {"text_start": the task's own text[:8], "lead_units", "co_units", "deadline"}
(08: a target row's text is its 指标名称 cell; a name shorter than 8 characters is the
whole text_start).  All places, units, people, numbers and tasks are invented.

Run:  python3 build.py      (writes NN_name.EXT and NN_name.json beside this file)
check.py imports this module (without running it) to compare every full task text
with its document.
"""
import html
import json
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def T(text, lead, co, deadline, **extra):
    d = {"text": text, "lead": list(lead), "co": list(co), "deadline": deadline}
    d.update(extra)
    return d


def plain(text):
    """The task text without the wrap markers ("|") used by 03."""
    return text.replace("|", "")


def gold(tasks):
    return [{"text_start": plain(t["text"])[:8], "lead_units": list(t["lead"]),
             "co_units": list(t["co"]), "deadline": t["deadline"]} for t in tasks]


def write_json(name, tasks):
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold(tasks), f, ensure_ascii=False, indent=1)
        f.write("\n")


def para(doc, text, align=None, bold=False, size=None, indent=False):
    p = doc.add_paragraph()
    r = p.add_run(("\u3000\u3000" if indent else "") + text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


# ---------------------------------------------------------------------------
# 01  .docx table, two-row header (责任单位 over 牵头单位 | 配合单位), 牵头单位
#     merged down several rows (vMerge), 配合单位 cells with "；", paragraphs or
#     soft line breaks, heading rows spanning the table, a 备注 column
# ---------------------------------------------------------------------------
# co_style: "semi" = "；" between units, "para" = one paragraph a unit,
#           "br" = soft line breaks (w:br) in one paragraph, "dun" = "、"
# lead_span: this row's 牵头单位 cell is merged down n rows (the rows below carry
#           lead_spanned=True and write no lead of their own)
# lead_style "para": two leads in two paragraphs of the cell
D01 = {
    "name": "01_docx_vmerge_lead",
    "groups": [
        ("一、扩大有效投资", [
            T("推进栖岭至鹤峰高速公路栖岭段建设，完成年度投资9.5亿元",
              ["县发展和改革局"], ["县交通运输局", "县自然资源局", "县财政局"], "2026年12月底前",
              co_style="semi", lead_span=3, note="省重点项目"),
            T("争取中央预算内投资和超长期特别国债项目资金8亿元以上",
              ["县发展和改革局"], ["县财政局", "县直各有关单位"], "2026年10月底前",
              co_style="para", lead_spanned=True),
            T("谋划储备“十五五”重大项目200个、总投资800亿元以上",
              ["县发展和改革局"], ["各乡镇（街道）", "县自然资源局"], "持续推进",
              co_style="semi", lead_spanned=True),
            T("开工建设县城第二水厂及配套管网，新增日供水能力4万吨",
              ["县住房和城乡建设局"], ["县水利局", "县生态环境局"], "2026年9月底前",
              co_style="semi", note="县审计局全程跟踪审计"),
        ]),
        ("二、壮大实体经济", [
            T("新增规模以上工业企业18家，工业技改投资增长12%",
              ["县工业和信息化局"], ["县科学技术局", "县统计局"], "2026年12月底前",
              co_style="dun", lead_span=2),
            T("推动栖岭经济开发区新能源电池产业园二期项目建成投产",
              ["县工业和信息化局"], ["栖岭经济开发区管委会", "县供电公司"], "2026年6月底前",
              co_style="semi", lead_spanned=True),
            T("培育“栖岭山茶油”区域公用品牌，新增“三品一标”认证产品10个",
              ["县农业农村局"], ["县市场监管局", "县林业局", "各乡镇（街道）"], "长期坚持",
              co_style="br"),
            T("开展“栖岭好物”促消费活动不少于24场",
              ["县商务局"], [], "按季度推进", note="县政府每季度通报"),
        ]),
        ("三、增进民生福祉", [
            T("新建县第三实验小学，新增学位2160个",
              ["县教育体育局"], ["县住房和城乡建设局", "县自然资源局"], "2026年8月31日前",
              co_style="semi", note="列入民生实事"),
            T("城镇新增就业3800人，新增返乡创业市场主体600户",
              ["县人力资源和社会保障局", "县农业农村局"], ["县妇联", "团县委"], "2026年12月底前",
              co_style="semi", lead_style="para"),
            T("建成县中医院康复大楼，推进紧密型县域医共体建设",
              ["县卫生健康局"], ["县医疗保障局", "县发展和改革局"], "2026年11月底前",
              co_style="semi", lead_span=2),
            T("为全县65周岁以上老年人提供一次免费健康体检",
              ["县卫生健康局"], ["县民政局", "县财政局"], "持续推进",
              co_style="para", lead_spanned=True, note="已连续实施三年"),
        ]),
    ],
}


def _cell_units(cell, units, style):
    """Write a list of units into a cell in the given style."""
    cell.text = ""
    p0 = cell.paragraphs[0]
    if not units:
        return
    if style == "semi":
        p0.add_run("；".join(units))
    elif style == "dun":
        p0.add_run("、".join(units))
    elif style == "para":
        p0.add_run(units[0])
        for u in units[1:]:
            cell.add_paragraph(u)
    elif style == "br":
        for i, u in enumerate(units):
            r = p0.add_run(u)
            if i < len(units) - 1:
                r.add_break()
    else:
        raise ValueError(style)


def build_01(d):
    doc = docx.Document()
    para(doc, "栖岭县人民政府办公室文件", "c", True, 22)
    para(doc, "栖政办发〔2026〕4号", "c")
    para(doc, "栖岭县人民政府办公室关于印发2026年县政府工作报告重点工作任务分解的通知", "c", True, 16)
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门，县直各单位：")
    para(doc, "《栖岭县2026年政府工作报告》已经县第十九届人民代表大会第六次会议审议通过。"
              "经县政府同意，现将报告确定的重点工作任务分解印发给你们，请认真抓好落实。", indent=True)
    para(doc, "各牵头单位要对牵头事项负总责，主动会同配合单位制定推进计划；配合单位要各司其职、"
              "协同发力。县政府督查室将每季度开展一次专项督查，结果纳入年度综合考核。", indent=True)
    para(doc, "附件：栖岭县2026年政府工作报告重点工作任务分解表", indent=True)
    para(doc, "栖岭县人民政府办公室", "r")
    para(doc, "2026年2月24日", "r")
    para(doc, "（此件公开发布）", indent=True)
    p = para(doc, "附件")
    p.runs[0].add_break(WD_BREAK.PAGE)
    para(doc, "栖岭县2026年政府工作报告重点工作任务分解表", "c", True, 16)
    nrows = 2 + sum(1 + len(ts) for _, ts in d["groups"])
    tbl = doc.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    for c, h in enumerate(["序号", "工作任务", "责任单位", "", "完成时限", "备注"]):
        if h:
            tbl.cell(0, c).text = h
    tbl.cell(1, 2).text = "牵头单位"
    tbl.cell(1, 3).text = "配合单位"
    for c in (0, 1, 4, 5):
        tbl.cell(0, c).merge(tbl.cell(1, c))
    tbl.cell(0, 2).merge(tbl.cell(0, 3))
    r = 2
    n = 0
    for heading, tasks in d["groups"]:
        tbl.cell(r, 0).text = heading
        tbl.cell(r, 0).merge(tbl.cell(r, 5))
        r += 1
        for t in tasks:
            n += 1
            tbl.cell(r, 0).text = str(n)
            tbl.cell(r, 1).text = t["text"]
            if not t.get("lead_spanned"):
                lc = tbl.cell(r, 2)
                if t.get("lead_style") == "para":
                    lc.text = t["lead"][0]
                    for u in t["lead"][1:]:
                        lc.add_paragraph(u)
                else:
                    lc.text = "、".join(t["lead"])
                if t.get("lead_span"):
                    lc.merge(tbl.cell(r + t["lead_span"] - 1, 2))
            _cell_units(tbl.cell(r, 3), t["co"], t.get("co_style", "semi"))
            tbl.cell(r, 4).text = t["deadline"]
            tbl.cell(r, 5).text = t.get("note", "")
            r += 1
    para(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。", indent=True)
    para(doc, "栖岭县人民政府办公室　　　　　　　　2026年2月24日印发", indent=True)
    doc.save(os.path.join(HERE, d["name"] + ".docx"))
    write_json(d["name"], tasks_01(d))


def tasks_01(d):
    return [t for _, ts in d["groups"] for t in ts]


# ---------------------------------------------------------------------------
# 02  .html page (UTF-8), tasks as <ol><li> items:
#     任务内容。（牵头单位：…；配合单位：…；完成时限：…）   with CMS clutter around,
#     including an <ol> of related documents that are not tasks
# ---------------------------------------------------------------------------
D02 = {
    "name": "02_html_ol_items",
    "groups": [
        ("一、着力稳增长扩内需", [
            T("全年实施县级重点项目150个，完成投资210亿元以上。",
              ["县发展改革局"], ["县财政局", "县自然资源局", "各乡镇（街道）"], "2026年12月底前"),
            T("落实消费品以旧换新政策，开展“雁汀消费季”系列促销活动30场以上。",
              ["县商务局"], ["县财政局", "县市场监管局"], "2026年12月底前"),
            T("引进亿元以上产业项目25个，到位县外资金90亿元。",
              ["县投资促进中心"], [], "按季度推进"),
            T("盘活存量闲置土地1500亩，保障重点项目用地需求。",
              ["县自然资源局"], ["县发展改革局"], "2026年10月底前"),
        ]),
        ("二、着力建设美丽雁汀", [
            T("完成雁汀河综合治理二期工程，治理河道18公里。",
              ["县水利局", "县生态环境局"], ["沿河各乡镇（街道）"], "2026年11月底前"),
            T("新建改建农村公路110公里，创建“四好农村路”示范乡镇2个。",
              ["县交通运输局"], ["县财政局"], "2026年12月底前"),
            T("推进城区雨污分流改造，改造排水管网32公里。",
              ["县住房和城乡建设局"], ["县城市管理局", "县水利局"], "2026年9月30日前"),
            T("深入推进农村“厕所革命”和生活污水治理。",
              ["县农业农村局"], ["各乡镇（街道）"], "长期坚持"),
        ]),
        ("三、着力保障改善民生", [
            T("新建公办幼儿园4所，新增普惠性学位1200个。",
              ["县教育局"], ["县住房和城乡建设局", "县财政局"], "2026年8月底前"),
            T("推进县人民医院胸痛、卒中、创伤“三大中心”建设。",
              ["县卫生健康局"], ["县医疗保障局"], "持续推进"),
            T("发放城乡低保、特困供养等各类救助资金1.2亿元。",
              ["县民政局"], ["县财政局", "县残联"], "2026年12月底前"),
        ]),
    ],
}


def esc_quotes(s):
    return html.escape(s, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;")


def build_02(d):
    body = []
    for heading, tasks in d["groups"]:
        body.append('<p style="text-indent:2em"><strong>%s</strong></p>' % heading)
        body.append('<ol class="rwlist">')
        for t in tasks:
            lab = "牵头单位：" + "、".join(t["lead"])
            if t["co"]:
                lab += "；配合单位：" + "、".join(t["co"])
            lab += "；完成时限：" + t["deadline"]
            body.append('<li><span style="font-family:仿宋_GB2312;font-size:16pt">%s（%s）</span></li>'
                        % (esc_quotes(t["text"]), lab))
        body.append("</ol>")
    body = "\n".join(body)
    title = "雁汀县人民政府办公室关于印发2026年县政府工作报告重点工作任务责任分工的通知"
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{html.escape(title)}-雁汀县人民政府</title>
<meta name="ColumnName" content="县政府办文件">
<meta name="PubDate" content="2026-03-02 10:15">
<style>.menu li{{float:left;list-style:none;padding:0 14px}} .side li{{line-height:28px}} .rwlist li{{margin:6px 0}}</style>
<script>var _hmt=_hmt||[];(function(){{var note="牵头单位：县发展改革局；配合单位：县财政局";}})();</script>
</head>
<body>
<div class="top"><div class="wrap"><span id="today"></span> <a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">适老化浏览</a></div></div>
<div class="banner"><img src="/images/banner.jpg" alt="雁汀县人民政府"></div>
<ul class="menu">
<li><a href="/">网站首页</a></li>
<li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
<li><a href="/zjyt/">走进雁汀</a></li>
</ul>
<div class="location">您现在的位置：<a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » <a href="/zwgk/xzfbwj/">县政府办文件</a></div>
<div class="container">
<div class="side">
<h4>热点信息</h4>
<ul>
<li><a href="#">雁汀县召开2026年一季度经济运行调度会</a></li>
<li><a href="#">县长主持召开县政府第十二次常务会议</a></li>
<li><a href="#">雁汀县2026年春季植树活动启动</a></li>
</ul>
</div>
<div class="article">
<h1>{html.escape(title)}</h1>
<div class="attr">信息来源：县政府办公室　　发布时间：2026-03-02　　点击数：<span id="clicks">963</span>　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div id="zoom">
<p>各乡镇人民政府、街道办事处，县直各部门：</p>
<p style="text-indent:2em">为全面完成县十八届人大六次会议审议通过的《政府工作报告》确定的各项目标任务，经县政府同意，现将重点工作任务责任分工通知如下，请认真贯彻执行。</p>
{body}
<p style="text-indent:2em">各乡镇（街道）、各部门要把落实重点工作作为检验工作作风的重要标尺，牵头单位要主动担当、统筹推进，配合单位要积极支持、密切协作。请各牵头单位于每季度末5日前将进展情况报县政府督查室。</p>
<p style="text-indent:2em">附件：<a href="/upload/2026/03/rwfg.xlsx">雁汀县2026年政府工作报告重点工作任务责任分工表.xlsx</a></p>
<p style="text-align:right">雁汀县人民政府办公室</p>
<p style="text-align:right">2026年2月28日</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="relate">
<h4>相关文件</h4>
<ol>
<li><a href="#">雁汀县人民政府关于下达2026年国民经济和社会发展计划的通知</a></li>
<li><a href="#">雁汀县人民政府办公室关于印发2026年县级重点项目建设计划的通知</a></li>
<li><a href="#">雁汀县2025年政府工作报告重点工作任务完成情况的通报</a></li>
</ol>
</div>
</div>
</div>
<div class="footer">
<p>主办：雁汀县人民政府办公室　承办：雁汀县融媒体中心　地址：雁汀县建设路8号</p>
<p>网站标识码：9990000227　雁ICP备2026000227号　<a href="#">网站地图</a></p>
</div>
</body>
</html>
"""
    with open(os.path.join(HERE, d["name"] + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    write_json(d["name"], tasks_02(d))


def tasks_02(d):
    return [t for _, ts in d["groups"] for t in ts]


# ---------------------------------------------------------------------------
# 03  .txt copied from a PDF table, one cell a line; columns 序号/工作任务/牵头单位/
#     配合单位/完成时限; "|" in a task or unit marks where the cell wraps; an empty
#     配合单位 cell is written "/"; heading rows; page numbers and a repeated
#     header after each page break
# ---------------------------------------------------------------------------
D03 = {
    "name": "03_pdf_cell_lines",
    "groups": [
        ("一、推动产业提质增效", [
            T("加快璞源高铁站站前综合|交通枢纽建设", ["县交通运输局"],
              ["县发展和改革局", "县自然资源局"], "2026年12月底前"),
            T("新增规模以上工业企业20家，新培育|国家级专精特新“小巨人”企业2家", ["县经济和信息化局"],
              ["县科学技术局"], "2026年12月底前"),
            T("推动璞源工业园区扩区调位，新建标准|厂房15万平方米", ["璞源工业园区管委会"],
              ["县自然资源局", "县住房和城乡建设局"], "2026年10月底前"),
            T("开展“千企万岗”就业服务活动", ["县人力资源和社会保障局"],
              ["县总工会", "团县委"], "持续推进", page_after=True),
        ]),
        ("二、建设宜居璞源", [
            T("完成县城老旧小区改造，涉及小区|28个、居民3100户", ["县住房和城乡建设局"],
              ["各乡镇（街道）"], "2026年11月底前"),
            T("实施璞源河流域水生态修复工程", ["县生态环境局"],
              ["县水利局", "县农业农村局", "县自然资源局"], "2026年12月底前",
              co_lines=["县水利局、县农业农村局、县自然资", "源局"]),
            T("新建改建农村供水工程16处，农村自来|水普及率达到95%", ["县水利局"],
              [], "2026年9月30日前"),
            T("推进“一网通办”，政务服务事项全程网办率|达到85%以上", ["县行政审批服务局"],
              ["县数据资源管理局"], "2026年6月底前"),
            T("新建城区智慧停车泊位2000个", ["县城市管理局", "县公安局交警大队"],
              ["县住房和城乡建设局"], "2026年12月底前", page_after=True),
        ]),
        ("三、增进民生福祉", [
            T("新建县第二中学、县实验幼儿园，新增学位|2700个", ["县教育局"],
              ["县财政局", "县住房和城乡建设局", "县自然资源局", "县发展和改革局"], "2026年8月底前",
              co_lines=["县财政局、县住房和城乡建设局、", "县自然资源局、县发展和改革局"]),
            T("提高城乡居民基础养老金最低标准", ["县人力资源和社会保障局"],
              ["县财政局"], "长期坚持"),
            T("开展安全生产治本攻坚行动，全年事故起数|和死亡人数“双下降”", ["县应急管理局"],
              ["县直各有关单位"], "持续推进"),
        ]),
    ],
}


def build_03(d):
    HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    L = ["璞源县人民政府办公室文件", "",
         "璞政办发〔2026〕7号", "",
         "璞源县人民政府办公室",
         "关于印发璞源县2026年政府工作报告",
         "重点工作任务分工方案的通知", "",
         "各乡镇人民政府、街道办事处，县直各单位：",
         "  《璞源县2026年政府工作报告》已经县十七届人大五次会议审议",
         "通过。为确保报告确定的各项目标任务落到实处，经县政府同意，",
         "现将重点工作任务分工方案印发给你们，请认真组织实施。",
         "  各乡镇（街道）、各部门要坚持清单化管理、项目化推进，牵头",
         "单位每月底前向县政府督查室报送工作进展，县政府将对推进不力",
         "的单位进行约谈。", "",
         "  附件：璞源县2026年政府工作报告重点工作任务分工方案", "",
         "璞源县人民政府办公室",
         "2026年3月3日",
         "（此件主动公开）", "",
         "- 1 -", "",
         "附件", "",
         "璞源县2026年政府工作报告",
         "重点工作任务分工方案", ""]
    L += HEADER
    page = 2
    n = 0
    for heading, tasks in d["groups"]:
        L.append(heading)
        for t in tasks:
            n += 1
            L.append(str(n))
            L += t["text"].split("|")
            L.append("、".join(t["lead"]))
            if t.get("co_lines"):
                L += t["co_lines"]
            else:
                L.append("、".join(t["co"]) if t["co"] else "/")
            L.append(t["deadline"])
            if t.get("page_after"):
                L += ["", "- %d -" % page, ""]
                L += HEADER
                page += 1
    L += ["注：配合单位栏标“/”的，由牵头单位独立完成。", "",
          "- %d -" % page, "",
          "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，",
          "县检察院，县人武部。",
          "璞源县人民政府办公室                   2026年3月3日印发", "",
          "- %d -" % (page + 1), ""]
    with open(os.path.join(HERE, d["name"] + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    write_json(d["name"], tasks_03(d))


def tasks_03(d):
    return [t for _, ts in d["groups"] for t in ts]


# ---------------------------------------------------------------------------
# 04  .txt notice, each task a line ending with its units after a dash:
#     "1. 新建…。——县住房和城乡建设局牵头，县生态环境局、县财政局配合"
#     deadline: as written inside the task text, or null
# ---------------------------------------------------------------------------
D04 = {
    "name": "04_txt_dash_units",
    "groups": [
        ("一、聚力产业发展", [
            T("新建城北污水处理厂，日处理规模2万吨，2026年底前建成投用。",
              ["县住房和城乡建设局"], ["县生态环境局", "县财政局"], "2026年底前"),
            T("实施制造业“智改数转”三年行动，全年完成技改项目60个。",
              ["县工业和信息化局"], ["县科学技术局", "县财政局"], None),
            T("推进檀川电商产业园建设，网络零售额增长15%。",
              ["县商务局"], [], None),
            T("实施“绿满城乡——千村万树”行动，新增造林面积1.5万亩。",
              ["县林业局"], ["县自然资源局", "各乡镇（街道）"], None),
        ]),
        ("二、聚力城乡融合", [
            T("新改建农村公路95公里，6月底前完成县道X203线改造。",
              ["县交通运输局"], ["县公路事业发展中心"], "6月底前"),
            T("完成城东片区棚户区改造征收，安置群众860户。",
              ["县住房和城乡建设局", "县自然资源局"], ["县城市管理局", "城东街道办事处"], None),
            T("建设高标准农田3.5万亩，粮食播种面积稳定在68万亩以上。",
              ["县农业农村局"], [], None, verb="负责"),
            T("推进农村集体经济“清零消薄”，年内村集体经营性收入全部达到10万元以上。",
              ["县委组织部", "县农业农村局"], ["各乡镇（街道）"], "年内"),
        ]),
        ("三、聚力民生改善", [
            T("新建县第三人民医院，2026年9月底前主体完工。",
              ["县卫生健康局"], ["县发展和改革局", "县财政局", "县自然资源局"], "2026年9月底前"),
            T("城镇新增就业4200人，城镇调查失业率控制在5.5%以内。",
              ["县人力资源和社会保障局"], ["县统计局"], None),
            T("建成区域性养老服务中心3个，新增养老床位500张。",
              ["县民政局"], ["县卫生健康局"], None),
            T("深化“枫桥式”派出所创建，常态化开展扫黑除恶斗争。",
              ["县公安局"], ["县委政法委"], None),
            T("开展燃气安全专项整治，年底前完成老旧管道更新改造45公里。",
              ["县住房和城乡建设局"], ["县应急管理局", "县市场监管局"], "年底前"),
        ]),
    ],
}


def build_04(d):
    L = ["檀川县人民政府",
         "关于印发2026年县政府工作报告重点工作任务分工的通知",
         "檀政发〔2026〕3号",
         "",
         "各乡镇人民政府、街道办事处，县政府各部门：",
         "　　《2026年县政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为推动各项工作落地落实，现将重点工作任务分工如下。每项任务后按“牵头单位——配合单位”的顺序列明责任单位。",
         ""]
    n = 0
    for heading, tasks in d["groups"]:
        L.append(heading)
        for t in tasks:
            n += 1
            units = "、".join(t["lead"]) + t.get("verb", "牵头")
            if t["co"]:
                units += "，" + "、".join(t["co"]) + "配合"
            L.append("%d. %s——%s" % (n, t["text"], units))
        L.append("")
    L += ["　　各乡镇（街道）、各部门要切实增强责任意识，牵头单位要制定具体推进方案，于3月15日前报县政府督查室备案；"
          "配合单位要按照职责分工主动配合。县政府将对任务落实情况实行“月调度、季通报、年考核”。",
          "",
          "　　附件：檀川县2026年重点项目投资计划表",
          "",
          "檀川县人民政府",
          "2026年2月26日",
          "",
          "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
          "檀川县人民政府办公室　　2026年2月26日印发",
          ""]
    with open(os.path.join(HERE, d["name"] + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    write_json(d["name"], tasks_04(d))


def tasks_04(d):
    return [t for _, ts in d["groups"] for t in ts]


# ---------------------------------------------------------------------------
# 05  traditional script (OpenCC s2t), UTF-8 .txt; tasks under chapter headings
#     一、…; units in 【责任单位】 after each task (first listed leads), sometimes a
#     【完成时限】 after them; one task has its 【责任单位】 on the next line
# ---------------------------------------------------------------------------
D05 = {
    "name": "05_trad_bracket_units",
    "chapters": [
        ("一、坚持创新驱动，加快产业转型升级", [
            T("实施“强链补链”工程，新引进电子信息、新材料项目15个。",
              ["县工业和信息化局"], ["县投资促进中心", "县科学技术局"], "2026年12月底前"),
            T("新认定高新技术企业20家，科技型中小企业入库80家。",
              ["县科学技术局"], ["县财政局"], None),
            T("推进云岫茶叶精深加工园建设，茶产业综合产值达到32亿元。",
              ["县农业农村局"], ["县茶产业发展中心", "各乡镇（街道）"], None),
        ]),
        ("二、坚持扩大内需，推动经济稳中向好", [
            T("全年实施重点项目120个，完成投资165亿元。",
              ["县发展和改革局"], ["县财政局", "县自然资源局", "各乡镇（街道）"], None),
            T("开展“云岫好礼”消费季活动，打造夜间消费集聚区2个。",
              ["县商务局"], [], None),
            T("加快云岫古镇4A级景区创建，全年接待游客680万人次。",
              ["县文化广电旅游局"], ["县交通运输局"], None, own_line=True),
        ]),
        ("三、坚持城乡融合，建设宜居云岫", [
            T("完成县城北环路改造，打通城区断头路4条。",
              ["县住房和城乡建设局"], ["县城市管理局"], None),
            T("实施农村人居环境整治提升，创建美丽宜居村庄30个。",
              ["各乡镇（街道）"], ["县农业农村局"], None),
            T("新建和改造农村供水管网210公里。",
              ["县水利局"], ["县财政局"], "2026年10月底前"),
        ]),
        ("四、坚持民生为本，增进人民福祉", [
            T("新建县第二高级中学，新增学位2400个。",
              ["县教育局"], ["县住房和城乡建设局", "县自然资源局"], None),
            T("推进县人民医院创建三级医院，建成县域医学影像中心。",
              ["县卫生健康局"], ["县医疗保障局"], None, own_line=True),
            T("城乡居民医保参保率稳定在96%以上。",
              ["县医疗保障局"], ["县税务局", "各乡镇（街道）"], "长期坚持"),
        ]),
    ],
}


def s2t():
    import opencc
    return opencc.OpenCC("s2t").convert


def trad_tasks_05(d):
    """The tasks of 05 in traditional script (text, units, deadline converted)."""
    cv = s2t()
    out = []
    for _, tasks in d["chapters"]:
        for t in tasks:
            out.append(T(cv(t["text"]), [cv(u) for u in t["lead"]], [cv(u) for u in t["co"]],
                         cv(t["deadline"]) if t["deadline"] else None, own_line=t.get("own_line", False)))
    return out


def build_05(d):
    L = ["云岫县人民政府关于印发《2026年政府工作报告重点工作责任分工》的通知",
         "云政发〔2026〕2号",
         "",
         "各乡镇人民政府、街道办事处，县政府各部门，县直各单位：",
         "　　县十九届人大四次会议审议通过的《政府工作报告》，明确了2026年全县经济社会发展的目标任务。经县政府研究，现将报告确定的重点工作责任分工如下。各项任务【责任单位】中排在第一位的为牵头单位，其余为配合单位。",
         ""]
    n = 0
    for heading, tasks in d["chapters"]:
        L.append(heading)
        for t in tasks:
            n += 1
            units = "【责任单位】" + "、".join(t["lead"] + t["co"])
            if t["deadline"]:
                units += "【完成时限】" + t["deadline"]
            if t.get("own_line"):
                L.append("　　%d．%s" % (n, t["text"]))
                L.append("　　" + units)
            else:
                L.append("　　%d．%s%s" % (n, t["text"], units))
        L.append("")
    L += ["　　各乡镇（街道）、各部门要按照责任分工，细化工作措施，明确时间节点，每季度首月10日前将上季度工作进展情况报县政府督查室。未注明完成时限的任务，原则上于2026年12月底前完成。",
          "",
          "云岫县人民政府",
          "2026年2月25日",
          "（此件公开发布）",
          ""]
    cv = s2t()
    with open(os.path.join(HERE, d["name"] + ".txt"), "w", encoding="utf-8") as f:
        f.write(cv("\n".join(L)))
    write_json(d["name"], trad_tasks_05(d))


# ---------------------------------------------------------------------------
# 06  .xlsx, one sheet per 分管副县长 (王副县长分管 …) plus a 说明 sheet; columns
#     序号/工作任务/责任单位/完成时限 (one sheet adds 备注); lead and co units share
#     one cell, the lead marked （牵头）
# ---------------------------------------------------------------------------
# units: list of (name, mark) in written order; mark "" / "（牵头）" / "(牵头)"
def U(*items):
    out = []
    for s in items:
        for m in ("（牵头）", "(牵头)"):
            if s.endswith(m):
                out.append((s[: -len(m)], m))
                break
        else:
            out.append((s, ""))
    return out


D06 = {
    "name": "06_xlsx_sheet_per_leader",
    "sheets": [
        ("王副县长分管", "王晓川", "发展改革、财政、交通、金融", False, [
            ("一、扩大有效投资", [
                ("全年争取地方政府专项债券资金15亿元", U("县财政局（牵头）", "县发展和改革局"), "2026年9月30日前", ""),
                ("实施县级重点项目130个，完成年度投资180亿元",
                 U("县发展和改革局（牵头）", "县自然资源局", "各乡镇（街道）"), "2026年12月底前", ""),
                ("推进棠渚综合客运枢纽建设，年内完成主体工程", U("县交通运输局"), "2026年12月底前", ""),
            ]),
            ("二、防范化解风险", [
                ("严格落实政府债务化解方案，确保债务风险等级稳中向好",
                 U("县财政局（牵头）", "县审计局", "县地方金融服务中心"), "长期坚持", ""),
                ("开展非法集资风险排查整治，存量案件处置率达到90%",
                 U("县地方金融服务中心", "县公安局（牵头）", "县市场监管局"), "持续推进", ""),
            ]),
        ]),
        ("陈副县长分管", "陈若溪", "工业、农业农村、水利", True, [
            ("一、壮大实体经济", [
                ("新增规模以上工业企业16家，规上工业增加值增长9%",
                 U("县工业和信息化局（牵头）", "县统计局"), "2026年12月底前", "按月调度"),
                ("推进棠渚经济开发区污水处理厂扩建工程",
                 U("棠渚经济开发区管委会（牵头）", "县住房和城乡建设局（牵头）", "县生态环境局"), "2026年10月底前", ""),
            ]),
            ("二、全面推进乡村振兴", [
                ("建设高标准农田2.8万亩，新增高效节水灌溉面积0.6万亩",
                 U("县农业农村局(牵头)", "县财政局", "县水利局"), "2026年11月底前", ""),
                ("培育市级以上农业产业化龙头企业5家",
                 U("县农业农村局（牵头）", "各乡镇（街道）"), "2026年12月底前", "县商务局协助组织产销对接"),
                ("全面落实河湖长制，县级河湖水质优良率保持100%",
                 U("县水利局（牵头）", "县生态环境局", "各乡镇（街道）"), "长期坚持", ""),
            ]),
        ]),
        ("刘副县长分管", "刘嘉禾", "教育、人社、卫健、民政", False, [
            ("一、办好民生实事", [
                ("新建县第四小学、棠渚镇中心幼儿园，新增学位1980个",
                 U("县教育局（牵头）", "县财政局"), "2026年8月31日前", ""),
                ("城镇新增就业3500人，开展职业技能培训6000人次",
                 U("县人力资源和社会保障局（牵头）", "县总工会", "团县委"), "2026年12月底前", ""),
                ("推进县妇幼保健院迁建工程，年内完成主体封顶",
                 U("县卫生健康局（牵头）", "县发展和改革局", "县自然资源局"), "2026年12月底前", ""),
                ("提高特困人员基本生活救助供养标准", U("县民政局"), "2026年6月底前", ""),
            ]),
        ]),
    ],
}


def tasks_06(d):
    out = []
    for _sheet, _person, _fields, _remarks, groups in d["sheets"]:
        for _h, rows in groups:
            for text, units, dl, _note in rows:
                marked = [n for n, m in units if m]
                if marked:
                    lead = marked
                    co = [n for n, m in units if not m]
                else:
                    lead, co = [units[0][0]], [n for n, _ in units[1:]]
                out.append(T(text, lead, co, dl))
    return out


def build_06(d):
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    notes = ["棠渚县2026年政府工作报告重点工作任务清单",
             "填报说明",
             "1．本清单按县政府领导分工分表列出，每位副县长分管的工作任务列一张工作表。",
             "2．责任单位中标注“（牵头）”的为牵头单位，其余为配合单位；只列一个单位的，由该单位负责。",
             "3．各责任单位于每月25日前将工作进展情况报县政府督查室（联系人：何雨桐，电话：6612388）。",
             "",
             "棠渚县人民政府办公室",
             "2026年2月27日"]
    for i, s in enumerate(notes, 1):
        ws.cell(row=i, column=1, value=s or None)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 100

    for sheet, person, fields, remarks, groups in d["sheets"]:
        ws = wb.create_sheet(sheet)
        ncol = 5 if remarks else 4
        last = "E" if remarks else "D"
        ws["A1"] = "%s副县长分管重点工作任务（分管领域：%s）" % (person, fields)
        ws.merge_cells("A1:%s1" % last)
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        heads = ["序号", "工作任务", "责任单位", "完成时限"] + (["备注"] if remarks else [])
        for c, h in enumerate(heads, 1):
            ws.cell(row=2, column=c, value=h).font = Font(bold=True)
        r = 3
        n = 0
        for heading, rows in groups:
            ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            for text, units, dl, note in rows:
                n += 1
                ws.cell(row=r, column=1, value=n)
                ws.cell(row=r, column=2, value=text)
                ws.cell(row=r, column=3, value="、".join(nm + m for nm, m in units))
                ws.cell(row=r, column=4, value=dl)
                if remarks:
                    ws.cell(row=r, column=5, value=note or None)
                for c in range(1, ncol + 1):
                    ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="center")
                r += 1
        ws.cell(row=r, column=1, value="注：责任单位中标注“（牵头）”的为牵头单位，其余为配合单位。")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for col, w in zip("ABCDE", [6, 48, 40, 16, 20]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, d["name"] + ".xlsx"))
    write_json(d["name"], tasks_06(d))


# ---------------------------------------------------------------------------
# 07  GB18030 .txt (CRLF); tasks numbered (1)(2)… inside paragraphs, several a
#     paragraph; the units once at the paragraph's end for all its tasks
# ---------------------------------------------------------------------------
# each paragraph: (heading, open, close, tasks, unit sentence); task lead/co in the
# data are the gold; "respectively" paragraphs give each task its own lead
D07 = {
    "name": "07_gb18030_para_units",
    "paras": [
        ("（一）稳定粮食和重要农产品供给。", "(", ")", [
            T("全年粮食播种面积稳定在56万亩以上、总产量达到23万吨",
              ["县农业农村局"], ["县水利局", "县自然资源局"], "2026年12月底前"),
            T("新建高标准农田2.6万亩，改造提升已建高标准农田1.1万亩",
              ["县农业农村局"], ["县水利局", "县自然资源局"], "2026年12月底前"),
            T("新建蓼泽“菜篮子”保供基地5个",
              ["县农业农村局"], ["县水利局", "县自然资源局"], "2026年12月底前"),
        ], "以上工作由县农业农村局牵头，县水利局、县自然资源局配合，2026年12月底前完成。"),
        ("（二）完善城乡基础设施。", "(", ")", [
            T("新改建农村公路120公里，实施危桥改造9座",
              ["县交通运输局"], ["县财政局", "县自然资源局", "各乡镇（街道）"], None),
            T("完成\U00020BB7溪大桥主体工程，打通蓼泽至龙洲二级公路",
              ["县交通运输局"], ["县财政局", "县自然资源局", "各乡镇（街道）"], None),
            T("建成县城至高铁站快速通道并通车",
              ["县交通运输局"], ["县财政局", "县自然资源局", "各乡镇（街道）"], None),
        ], "以上工作由县交通运输局牵头，县财政局、县自然资源局、各乡镇（街道）配合。"),
        ("（三）提升公共服务水平。", "（", "）", [
            T("新建县第一中学新校区，新增学位3000个",
              ["县教育局"], ["县财政局"], None),
            T("建成县急救指挥中心，实现乡镇急救站点全覆盖",
              ["县卫生健康局"], ["县财政局"], None),
            T("改造提升城镇老旧小区21个，惠及居民4800户",
              ["县住房和城乡建设局"], ["县财政局"], None),
        ], "以上任务由县教育局、县卫生健康局、县住房和城乡建设局分别牵头，县财政局配合。"),
        ("（四）加强和创新社会治理。", "(", ")", [
            T("推进“平安蓼泽”建设，群众安全感测评保持在98%以上",
              ["县委政法委", "县公安局"], ["县司法局", "县信访局"], "长期坚持"),
            T("开展矛盾纠纷排查化解专项行动",
              ["县委政法委", "县公安局"], ["县司法局", "县信访局"], "长期坚持"),
            T("深化“雪亮工程”建设，新增公共视频监控点位600个",
              ["县委政法委", "县公安局"], ["县司法局", "县信访局"], "长期坚持"),
        ], "上述工作由县委政法委、县公安局共同牵头，县司法局、县信访局配合，长期坚持。"),
    ],
}


def build_07(d):
    L = ["蓼泽县人民政府办公室关于印发2026年县政府工作报告重点工作任务分解的通知",
         "蓼政办〔2026〕5号",
         "",
         "各乡镇人民政府、街道办事处，县政府各部门：",
         "　　根据县十八届人大五次会议审议通过的《政府工作报告》，经县政府同意，现将2026年重点工作分解如下。每段所列工作的牵头单位、配合单位在该段末尾统一注明。",
         ""]
    for heading, op, cl, tasks, units in d["paras"]:
        parts = []
        for i, t in enumerate(tasks, 1):
            end = "。" if i == len(tasks) else "；"
            parts.append("%s%d%s%s%s" % (op, i, cl, t["text"], end))
        L.append("　　" + heading + "".join(parts) + units)
    L += ["",
          "　　各单位要按照分工，于3月20日前制定具体工作方案报县政府办公室，并于每季度末月25日前报送工作进展。县政府督查室将对工作推进情况开展不定期督查。",
          "　　联系人：县政府督查室 杜明远，联系电话：4421907。",
          "",
          "蓼泽县人民政府办公室",
          "2026年3月5日",
          ""]
    data = "\r\n".join(L).encode("gb18030")
    with open(os.path.join(HERE, d["name"] + ".txt"), "wb") as f:
        f.write(data)
    write_json(d["name"], [t for p in d["paras"] for t in p[3]])


def tasks_07(d):
    return [t for p in d["paras"] for t in p[3]]


# ---------------------------------------------------------------------------
# 08  .docx: a 目标任务分解表 of quantitative targets, columns 指标名称/年度目标/
#     责任单位/配合单位, heading rows spanning the table; a closing paragraph of
#     requirements (not tasks) and a contact line
# ---------------------------------------------------------------------------
# text = the 指标名称 cell; target = the 年度目标 cell
D08 = {
    "name": "08_docx_target_table",
    "groups": [
        ("一、经济发展", [
            T("地区生产总值", ["县发展和改革局"], ["县统计局"], None, target="增长6%左右"),
            T("规模以上工业增加值", ["县工业和信息化局"], ["县统计局"], None, target="增长8%以上"),
            T("固定资产投资", ["县发展和改革局"], ["县住房和城乡建设局", "县自然资源局"], None, target="增长7%"),
            T("社会消费品零售总额", ["县商务局"], ["县市场监管局"], None, target="增长6.5%"),
            T("一般公共预算收入", ["县财政局"], ["县税务局"], None, target="增长5%（同口径）"),
            T("外贸进出口总额", ["县商务局"], [], None, target="增长10%"),
        ]),
        ("二、创新驱动", [
            T("研发经费投入强度", ["县科学技术局"], ["县统计局"], None, target="2.1%"),
            T("高新技术企业数", ["县科学技术局"], ["县工业和信息化局"], None, target="净增15家"),
        ]),
        ("三、民生福祉", [
            T("城镇新增就业", ["县人力资源和社会保障局"], ["各乡镇（街道）"], None, target="5200人"),
            T("城镇调查失业率", ["县人力资源和社会保障局"], [], None, target="5.5%以内"),
            T("居民人均可支配收入", ["县人力资源和社会保障局", "县农业农村局"], ["县统计局"], None,
              target="与经济增长同步"),
            T("居民消费价格涨幅", ["县发展和改革局"], ["县市场监管局"], None, target="2%左右"),
        ]),
        ("四、绿色低碳", [
            T("单位地区生产总值能耗", ["县发展和改革局"], ["县工业和信息化局", "县统计局"], None,
              target="完成市下达任务"),
            T("空气质量优良天数比率", ["县生态环境局"], ["县住房和城乡建设局", "县交通运输局"], None,
              target="92%以上"),
        ]),
    ],
}


def build_08(d):
    doc = docx.Document()
    para(doc, "鸥浦县人民政府办公室关于印发2026年主要目标任务分解表的通知", "c", True, 16)
    para(doc, "鸥政办〔2026〕8号", "c")
    para(doc, "各乡镇人民政府、街道办事处，县政府各部门：")
    para(doc, "为确保完成县十七届人大六次会议确定的2026年经济社会发展主要预期目标，经县政府同意，"
              "现将主要目标任务分解到各责任单位，请认真组织实施。", indent=True)
    para(doc, "附件：鸥浦县2026年主要目标任务分解表", indent=True)
    para(doc, "鸥浦县2026年主要目标任务分解表", "c", True, 16)
    nrows = 1 + sum(1 + len(ts) for _, ts in d["groups"])
    tbl = doc.add_table(rows=nrows, cols=4)
    tbl.style = "Table Grid"
    for c, h in enumerate(["指标名称", "年度目标", "责任单位", "配合单位"]):
        tbl.cell(0, c).text = h
    r = 1
    for heading, tasks in d["groups"]:
        tbl.cell(r, 0).text = heading
        tbl.cell(r, 0).merge(tbl.cell(r, 3))
        r += 1
        for t in tasks:
            tbl.cell(r, 0).text = t["text"]
            tbl.cell(r, 1).text = t["target"]
            tbl.cell(r, 2).text = "、".join(t["lead"])
            tbl.cell(r, 3).text = "、".join(t["co"])
            r += 1
    para(doc, "各责任单位要对照分解目标，逐月跟踪监测，及时分析研判指标运行情况；对可能完成不了的指标，"
              "要提前谋划应对措施，确保全年目标顺利实现。各配合单位要按照职责分工，积极协助责任单位抓好落实。"
              "县统计局要加强统计监测，每月10日前向县政府报送主要指标完成情况。", indent=True)
    para(doc, "联系人：县发展和改革局 綦文涛，联系电话：3267105。", indent=True)
    para(doc, "鸥浦县人民政府办公室", "r")
    para(doc, "2026年3月9日", "r")
    doc.save(os.path.join(HERE, d["name"] + ".docx"))
    write_json(d["name"], tasks_08(d))


def tasks_08(d):
    return [t for _, ts in d["groups"] for t in ts]


# the full tasks of every notice, in gold order (check.py compares them with the documents)
def all_tasks():
    return {
        D01["name"]: tasks_01(D01),
        D02["name"]: tasks_02(D02),
        D03["name"]: tasks_03(D03),
        D04["name"]: tasks_04(D04),
        D05["name"]: trad_tasks_05(D05),
        D06["name"]: tasks_06(D06),
        D07["name"]: tasks_07(D07),
        D08["name"]: tasks_08(D08),
    }


if __name__ == "__main__":
    build_01(D01)
    build_02(D02)
    build_03(D03)
    build_04(D04)
    build_05(D05)
    build_06(D06)
    build_07(D07)
    build_08(D08)
    print("built 8 notices in", HERE)
