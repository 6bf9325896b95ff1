#!/usr/bin/env python3
"""Build the blind_s18 set: 8 invented task-assignment notices and their gold JSON.

Every notice and its gold come from the data in this file (one source).  The gold
for a task is {"text_start": text[:8], "lead_units", "co_units", "deadline"}.
All places, units, people, numbers and tasks are invented.

Run:  python3 build.py      (writes NN_name.EXT and NN_name.json beside this file)
"""
import html
import json
import re
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def gold(tasks):
    return [{"text_start": t["text"][:8], "lead_units": list(t["lead"]),
             "co_units": list(t["co"]), "deadline": t["deadline"]} for t in tasks]


def write_json(name, tasks):
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold(tasks), f, ensure_ascii=False, indent=1)
        f.write("\n")


def T(text, lead, co, deadline, **extra):
    d = {"text": text, "lead": lead, "co": co, "deadline": deadline}
    d.update(extra)
    return d


# ---------------------------------------------------------------------------
# 01  HTML page, notice body holds an HTML <table> (category rows, rowspan, <br>)
# ---------------------------------------------------------------------------
D01 = {
    "name": "01_html_table",
    "title": "鹭岑县人民政府办公室关于印发《鹭岑县2025年政府工作报告重点工作任务分解》的通知",
    "groups": [
        ("一、稳增长促投资", [
            T("全力推进“百项千亿”重大项目攻坚行动，全年实施省市县重点项目126个、完成投资158亿元",
              ["县发改局"], ["县财政局", "县自然资源局", "各乡镇人民政府"], "2025年12月底前", br_co=2),
            T("争取超长期特别国债和地方政府专项债券资金12亿元以上",
              ["县发改局", "县财政局"], ["县直各有关单位"], "2025年9月30日前"),
            T("开展“惠享鹭岑·乐购四季”促消费活动20场次以上",
              ["县商务局"], ["县市场监管局", "县文旅局"], "按季度"),
        ]),
        ("二、强产业育动能", [
            T("新增规模以上工业企业15家，培育省级专精特新中小企业6家",
              ["县工信局"], ["县科技局", "县统计局"], "2025年12月底前", rowspan_lead=2),
            T("推动鹭岑经济开发区扩区调位，完成园区污水管网改造8.6公里",
              ["县工信局"], ["鹭岑经济开发区管委会", "县住建局"], "2025年10月底前", lead_spanned=True),
            T("深化“科技特派员+”服务模式，全年选派科技特派员80名",
              ["县科技局"], ["县农业农村局"], "长期坚持"),
        ]),
        ("三、惠民生保底线", [
            T("城镇新增就业3200人，开展职业技能培训“四进”活动（进乡村、进社区、进企业、进校园）",
              ["县人社局"], ["县教育局", "团县委"], "2025年12月底前"),
            T("新建城区第四小学、鹭岑二中扩建工程，新增学位1800个",
              ["县教育局"], ["县住建局", "县自然资源局"], "2025年8月底前"),
            T("实施县域医共体“强基”工程，建成标准化村卫生室42所",
              ["县卫健局"], ["县医保局", "各乡镇人民政府"], "持续推进"),
            T("改造提升城镇老旧小区17个、惠及居民2130户",
              ["县住建局"], [], "2025年11月底前"),
        ]),
        ("四、抓治理守安全", [
            T("开展安全生产治本攻坚三年行动，推动重大事故隐患动态“清零”",
              ["县应急管理局"], ["县公安局", "县交通运输局", "县市场监管局"], "2025年6月底前"),
            T("推行“高效办成一件事”，政务服务事项网上可办率达到98%以上",
              ["县政务服务中心"], ["县数据局"], "年底前"),
        ]),
    ],
}


def esc_quotes(s):
    """Escape like a CMS that stores curly quotes as named entities."""
    return html.escape(s, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;")


def build_01(d):
    rows = []
    n = 0
    for heading, tasks in d["groups"]:
        rows.append('<tr><td colspan="5" style="text-align:left"><strong>%s</strong></td></tr>' % heading)
        for t in tasks:
            n += 1
            co = "、".join(t["co"])
            if t.get("br_co"):
                k = t["br_co"]
                co = "、".join(t["co"][:k]) + "、<br />" + "、".join(t["co"][k:])
            if not co:
                co = "&nbsp;"
            cells = ['<td align="center">%d</td>' % n,
                     '<td><span style="font-family:仿宋_GB2312">%s</span></td>' % esc_quotes(t["text"])]
            if t.get("rowspan_lead"):
                cells.append('<td rowspan="%d" align="center">%s</td>' % (t["rowspan_lead"], "、".join(t["lead"])))
            elif not t.get("lead_spanned"):
                cells.append('<td align="center">%s</td>' % "、".join(t["lead"]))
            cells.append("<td>%s</td>" % co)
            cells.append('<td align="center">%s</td>' % t["deadline"])
            rows.append("<tr>" + "".join(cells) + "</tr>")
    table = "\n".join(rows)
    title = d["title"]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{html.escape(title)}_政府文件_鹭岑县人民政府</title>
<meta name="SiteName" content="鹭岑县人民政府">
<meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="PubDate" content="2025-02-28 16:20">
<meta name="ContentSource" content="县政府办">
<link rel="stylesheet" href="/css/xxgk.css">
<style>
body{{font-family:"Microsoft YaHei";margin:0}} .nav li{{display:inline;margin:0 12px}}
.xxgk-meta th{{background:#f2f6fb;text-align:right}} .TRS_Editor p{{line-height:2;font-size:16pt}}
</style>
<script type="text/javascript">var pageCode="LC-ZFWJ-2025-031"; /* 统计：县发改局牵头，县财政局配合 */</script>
</head>
<body>
<div class="topbar"><span>欢迎访问鹭岑县人民政府门户网站</span> <a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a></div>
<div class="header"><img src="/images/logo.png" alt="鹭岑县人民政府"><form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zjlc/">走进鹭岑</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li>
</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/zwgk/zfwj/">政府文件</a></div>
<div class="main">
<table class="xxgk-meta" width="100%" cellpadding="4">
<tr><th>索引号：</th><td>LC00312-0200-2025-00031</td><th>发布机构：</th><td>鹭岑县人民政府办公室</td></tr>
<tr><th>公开方式：</th><td>主动公开</td><th>主题分类：</th><td>综合政务/其他</td></tr>
<tr><th>成文日期：</th><td>2025-02-26</td><th>发布日期：</th><td>2025-02-28</td></tr>
<tr><th>文号：</th><td>鹭政办〔2025〕7号</td><th>有效性：</th><td>有效</td></tr>
<tr><th>名称：</th><td colspan="3">{html.escape(title)}</td></tr>
</table>
<div class="article">
<h1 class="title">{html.escape(title)}</h1>
<div class="info">发布时间：2025-02-28 16:20&nbsp;&nbsp;来源：县政府办&nbsp;&nbsp;浏览次数：<span id="hits">1286</span>&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor">
<p>各乡镇人民政府，县政府各部门，县直各单位：</p>
<p style="text-indent:2em">《鹭岑县2025年政府工作报告》已经县第十八届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经县政府同意，现将重点工作任务分解印发给你们，请认真抓好落实。</p>
<p style="text-indent:2em">各乡镇、各部门要把落实&ldquo;报告&rdquo;作为全年工作的总抓手，主要负责同志亲自研究、亲自部署，牵头单位要加强统筹协调，配合单位要主动担责、密切配合，确保各项任务按时保质完成。县政府督查室将定期跟踪督办，并将落实情况纳入年度绩效考评。</p>
<p style="text-indent:2em">附件：鹭岑县2025年政府工作报告重点工作任务分解</p>
<p style="text-align:right">鹭岑县人民政府办公室</p>
<p style="text-align:right">2025年2月26日</p>
<p style="text-indent:2em">（此件主动公开）</p>
<p>附件</p>
<p style="text-align:center"><strong>鹭岑县2025年政府工作报告重点工作任务分解</strong></p>
<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse:collapse">
<thead><tr><th width="6%">序号</th><th width="44%">工作任务</th><th width="14%">牵头单位</th><th width="22%">配合单位</th><th width="14%">完成时限</th></tr></thead>
<tbody>
{table}
</tbody>
</table>
<p style="text-indent:2em">注：各牵头单位请于每季度末月25日前，将任务推进情况书面报送县政府督查室，同时抄送县发改局。</p>
<p style="text-indent:2em">联系人：县政府督查室 林晓岚，联系电话：6612345，电子邮箱：lcdcs@example.cn</p>
</div>
<div class="fujian">附件下载：<a href="/uploadfiles/2025/02/28/rwfj2025.docx">鹭岑县2025年政府工作报告重点工作任务分解表.docx</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <span>扫一扫在手机打开当前页</span></div>
<div class="related"><h3>相关文件</h3><ul>
<li><a href="#">鹭岑县人民政府关于印发鹭岑县2025年国民经济和社会发展计划的通知</a></li>
<li><a href="#">鹭岑县人民政府办公室关于印发2025年为民办实事项目分工方案的通知</a></li>
<li><a href="#">图解：一图读懂鹭岑县2025年政府工作报告</a></li>
</ul></div>
</div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办单位：鹭岑县人民政府办公室&nbsp;&nbsp;承办单位：鹭岑县融媒体中心&nbsp;&nbsp;联系电话：6610001</p>
<p>网站标识码：9990000031&nbsp;&nbsp;鹭ICP备2025000001号&nbsp;&nbsp;公网安备99000002000031号</p>
</div>
<script src="/js/common.js"></script>
</body>
</html>
"""
    with open(os.path.join(HERE, d["name"] + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    write_json(d["name"], [t for _, ts in d["groups"] for t in ts])


# ---------------------------------------------------------------------------
# 02  HTML page, tasks as paragraphs, units BEFORE the task (X牵头，Y配合：task)
# ---------------------------------------------------------------------------
D02 = {
    "name": "02_html_units_first",
    "title": "汀蓝区人民政府办公室关于印发汀蓝区2025年政府工作报告重点任务责任分工方案的通知",
    "groups": [
        ("一、推动经济质效双升", [
            T("推动全区42个区级重点项目加快建设，一季度实现“开门红”、上半年实现“双过半”。",
              ["区发改局"], ["区财政局", "区统计局"], "2025年6月底前"),
            T("引进亿元以上产业项目18个，其中10亿元以上项目3个。",
              ["区商务局"], [], "年底前"),
            T("新认定国家高新技术企业25家，规上工业企业研发活动覆盖率达到60%。",
              ["区科技和工信局"], ["区财政局", "区市场监管局"], "2025年12月底前"),
        ]),
        ("二、提升城区功能品质", [
            T("完成汀蓝河南岸、沙洲路片区等5个城中村改造，打通“断头路”7条。",
              ["区住建局", "区城管局"], ["各街道办事处"], "2025年11月底前"),
            T("盘活批而未供和闲置土地1200亩。",
              ["区自然资源局"], ["区住建局"], "2025年9月30日前"),
            T("巩固“清水绿岸”治理成果，确保国控断面水质稳定达到Ⅲ类。",
              ["区生态环境分局"], ["区城管局", "区水利局"], "长期坚持"),
        ]),
        ("三、办好民生实事", [
            T("新建社区嵌入式养老服务中心6个、老年助餐点30个。",
              ["区民政局"], ["区卫健局", "区医保局"], "2025年10月底前"),
            T("新增公办幼儿园学位900个，推进“双减”提质增效。",
              ["区教育局"], ["区财政局", "区人社局"], "2025年8月31日前"),
            T("开展“春风行动”等招聘活动50场次，帮助城乡劳动者就业创业4600人。",
              ["区人社局"], ["区总工会", "团区委"], "按季度"),
            T("开展电动自行车、燃气、“九小场所”消防安全专项整治。",
              ["区应急管理局"], ["区公安分局", "区消防救援大队"], "持续推进"),
        ]),
    ],
}


def build_02(d):
    body = []
    n = 0
    for heading, tasks in d["groups"]:
        body.append('<p style="text-indent:2em"><strong>%s</strong></p>' % heading)
        for t in tasks:
            n += 1
            units = "、".join(t["lead"]) + "牵头"
            if t["co"]:
                units += "，" + "、".join(t["co"]) + "配合"
            body.append('<p style="text-indent:2em">%d．%s：%s（时限：%s）</p>'
                        % (n, units, html.escape(t["text"], quote=False), t["deadline"]))
    body = "\n".join(body)
    title = d["title"]
    page = f"""<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<meta name="keywords" content="政府工作报告,任务分工,汀蓝区">
<style>.xxgk-info li{{float:left;width:50%}} .content p{{font-size:16px;line-height:30px}}</style>
<script>window.dataLayer=[];function gtag(){{dataLayer.push(arguments)}}</script>
</head>
<body class="page-article">
<header>
<div class="site-name">栖梧市汀蓝区人民政府</div>
<nav><a href="/">首页</a><a href="/zwgk/">信息公开</a><a href="/bsfw/">办事服务</a><a href="/gzhd/">公众参与</a><a href="/zjtl/">魅力汀蓝</a></nav>
</header>
<div class="position">您的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政府信息公开</a> &gt;&gt; <a href="/zwgk/zfxxgkml/">政府信息公开目录</a> &gt;&gt; <span>区政府办文件</span></div>
<div class="xxgk-info"><ul>
<li><span>信息索引号：</span>TL-0021-2025-000117</li>
<li><span>发布机构：</span>汀蓝区人民政府办公室</li>
<li><span>生成日期：</span>2025年03月06日</li>
<li><span>公开日期：</span>2025年03月07日</li>
<li><span>文　　号：</span>汀政办〔2025〕12号</li>
<li><span>公开形式：</span>网站</li>
</ul></div>
<div class="content">
<h2>{html.escape(title)}</h2>
<div class="meta">来源：区政府办公室 &nbsp; 作者：区政府督查室 &nbsp; 发布时间：2025-03-07 09:41</div>
<div class="view">
<p>各街道办事处，区政府各部门、各直属单位：</p>
<p style="text-indent:2em">为抓好区八届人大四次会议审议通过的《政府工作报告》的贯彻落实，实行“区领导领衔、牵头单位主抓、配合单位协同”的推进机制，经区政府同意，现将《汀蓝区2025年政府工作报告重点任务责任分工方案》印发给你们，请认真组织实施。</p>
<p style="text-align:right">汀蓝区人民政府办公室</p>
<p style="text-align:right">2025年3月6日</p>
<p style="text-align:center"><strong>汀蓝区2025年政府工作报告重点任务责任分工方案</strong></p>
<p style="text-indent:2em">根据《政府工作报告》确定的目标任务，现将重点任务分解如下（牵头单位在前，配合单位在后）：</p>
{body}
<p style="text-indent:2em">各责任单位要对照本方案，逐项细化工作措施，明确时间节点，于每季度第一个月10日前向区政府督查室报送上季度工作进展情况。对工作推进不力、进度滞后的，区政府将予以通报。</p>
<p style="text-indent:2em">联系人：区政府督查室 郑可欣；联系电话：8234567。</p>
</div>
<div class="fj">相关附件：<a href="/attach/2025/0307/fgfa.pdf">汀蓝区2025年政府工作报告重点任务责任分工方案.pdf</a></div>
<div class="prev-next"><p>上一篇：<a href="#">汀蓝区人民政府关于公布2025年区级行政权力清单的通知</a></p><p>下一篇：<a href="#">汀蓝区人民政府办公室关于做好2025年春季森林防火工作的通知</a></p></div>
</div>
<footer>
<p>版权所有：栖梧市汀蓝区人民政府&nbsp; 技术支持：汀蓝区大数据中心</p>
<p>网站标识码：9990000117 &nbsp; 栖ICP备2025000117号-1</p>
</footer>
</body>
</html>
"""
    with open(os.path.join(HERE, d["name"] + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    write_json(d["name"], [t for _, ts in d["groups"] for t in ts])


# ---------------------------------------------------------------------------
# 03  .txt copied from a PDF: table flattened one cell a line, page furniture
#     single 责任单位 column, first unit leads (stated in the preamble)
# ---------------------------------------------------------------------------
D03 = {
    "name": "03_pdf_flat_cells",
    # the task cell wraps at WIDTH characters (see wrap_cell)
    # uwrap: number of units on the first line of a wrapped unit cell
    # page_after: a page break (page number, running header, repeated header row) follows this row
    "tasks": [
        T("稳住农业基本盘，全年粮食播种面积稳定在48.6万亩、总产量达到19.2万吨",
          ["县农业农村局"], ["各乡镇人民政府"], "2025年9月30日前"),
        T("新建高标准农田2.3万亩，改造提升中低产田8000亩",
          ["县农业农村局"], ["县财政局", "县水利局"], "2025年12月底前"),
        T("5G基站新建310个，实现乡镇以上区域和重点行政村5G网络连续覆盖",
          ["县工信局"], ["县通信发展办"], "年底前"),
        T("推进“砚溪茶”区域公用品牌建设，茶产业综合产值突破45亿元",
          ["县茶业发展中心"], ["县农业农村局", "县市场监管局"], "持续推进", page_after=True),
        T("落实“一企一策”帮扶机制，县领导挂钩联系重点企业56家",
          ["县工信局"], ["县发改局", "县商务局"], "按季度"),
        T("完成县城东区污水处理厂提标改造，日处理能力达到3万吨",
          ["县住建局"], ["县生态环境分局"], "2025年6月底前"),
        T("开展“百日攻坚”农村生活垃圾治理，行政村保洁覆盖率保持100%",
          ["县城管局"], ["各乡镇人民政府", "县农业农村局"], "长期坚持"),
        T("新建、改扩建农村公路86公里，实施危桥改造12座",
          ["县交通运输局"], [], "2025年11月底前", page_after=True),
        T("建成县人民医院门诊综合楼，新增床位300张",
          ["县卫健局"], ["县发改局", "县住建局"], "2025年10月底前"),
        T("全面推行“一窗受理、集成服务”，企业开办时间压缩至1个工作日以内",
          ["县政务服务中心"], ["县市场监管局", "县税务局", "县公安局", "县人社局"], "2025年6月底前",
          wrap=[17], uwrap=3),
        T("严格落实防止返贫动态监测和帮扶机制，守牢不发生规模性返贫致贫底线",
          ["县乡村振兴服务中心"], ["各乡镇人民政府"], "长期坚持"),
        T("开展“八五”普法终期验收，创建省级民主法治示范村4个",
          ["县司法局"], [], "2025年12月底前"),
    ],
}


WIDTH = 19  # characters a line in the task column of the PDF table
NO_START = "，。、；：）》”’！？%"


def wrap_cell(text, width):
    """Wrap like a word processor: fixed width, no line starting with closing
    punctuation (it stays on the line before), no break inside a run of digits/Latin."""
    lines = []
    while len(text) > width:
        k = width
        while k < len(text) and text[k] in NO_START:
            k += 1
        while 0 < k < len(text) and re.match(r"[0-9A-Za-z.]", text[k]) and re.match(r"[0-9A-Za-z.]", text[k - 1]):
            k -= 1
        if k >= len(text):
            break
        lines.append(text[:k])
        text = text[k:]
    lines.append(text)
    return lines


def build_03(d):
    RUN = "砚政办〔2025〕9号"
    HEADER = ["序号", "任务内容", "责任单位", "时限"]
    L = []
    L += ["砚溪县人民政府办公室文件", "", RUN, "",
          "砚溪县人民政府办公室", "关于印发砚溪县2025年政府工作报告", "重点工作任务清单的通知", "",
          "各乡镇人民政府，县直各单位：",
          "  现将《砚溪县2025年政府工作报告重点工作任务清单》印发给",
          "你们，请结合实际认真抓好贯彻落实。清单中责任单位排在第一位的",
          "为牵头单位，其余为配合单位。",
          "  各单位要对照清单逐项建立工作台账，细化责任分工，于每月",
          "5日前向县政府督查室报送上月工作进展。县政府将把任务完成情",
          "况纳入年度绩效考核。",
          "  联系人：县政府督查室 苏明远，电话：6623017。", "",
          "  附件：砚溪县2025年政府工作报告重点工作任务清单", "",
          "砚溪县人民政府办公室", "2025年3月4日", "（此件主动公开）", "",
          "— 1 —", "\f" + RUN, "",
          "附件", "",
          "砚溪县2025年政府工作报告重点工作任务清单", ""]
    L += HEADER
    page = 2
    for i, t in enumerate(d["tasks"], 1):
        L.append(str(i))
        L += wrap_cell(t["text"], WIDTH)
        units = t["lead"] + t["co"]
        k = t.get("uwrap")
        if k:
            L.append("、".join(units[:k]) + "、")
            L.append("、".join(units[k:]))
        else:
            L.append("、".join(units))
        L.append(t["deadline"])
        if t.get("page_after"):
            L += ["", "— %d —" % page, "\f" + RUN, ""]
            L += HEADER
            page += 1
    L += ["  注：1．完成时限为“持续推进”“长期坚持”的，每半年报送一次进展；",
          "2．牵头单位调整的，由县政府督查室另行通知。", "",
          "— %d —" % page, "\f" + RUN, "",
          "抄送：县委办公室，县人大常委会办公室，县政协办公室，县人武部，",
          "县法院，县检察院。",
          "砚溪县人民政府办公室                    2025年3月4日印发", "",
          "— %d —" % (page + 1), ""]
    with open(os.path.join(HERE, d["name"] + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    write_json(d["name"], d["tasks"])


# ---------------------------------------------------------------------------
# 04  .docx table, ONE 责任单位 column, lead marked by "*" after its name,
#     plus a 责任领导 column of people
# ---------------------------------------------------------------------------
# units: list of (name, starred) in written order.  Gold: starred = lead, others co;
# a cell with no star at all (a single unit) -> that unit leads.
def U(*names):
    return [(n.rstrip("*"), n.endswith("*")) for n in names]


D04 = {
    "name": "04_docx_star_lead",
    "rows": [
        ("推进云枫高铁站综合交通枢纽建设，年内完成主体工程", "许文博",
         U("县交通运输局*", "县发改局", "县自然资源局"), "2025年12月底前"),
        ("实施“千企技改”专项行动，完成工业技改投资25亿元", "何俊彦",
         U("县工信局*", "县财政局"), "按季度"),
        ("培育“云枫米粉”“枫岭山茶”等区域公用品牌，农产品网络零售额增长15%", "何俊彦",
         U("县商务局", "县农业农村局*", "县市场监管局"), "持续推进"),
        ("推动县城“15分钟便民生活圈”建设，新建便民商业网点40个", "冯晓蕾",
         U("县商务局*", "县住建局*", "各乡镇人民政府"), "2025年10月底前"),
        ("完成云枫水库除险加固工程，新增有效灌溉面积1.2万亩", "冯晓蕾",
         U("县水利局*"), "2025年6月底前"),
        ("深入开展“清河、护岸、净水、保水”行动，县级以上河湖断面水质优良率达到100%", "冯晓蕾、许文博",
         U("县生态环境分局*", "县水利局", "县农业农村局"), "长期坚持"),
        ("新增城镇就业2800人，农村劳动力转移就业1.5万人", "宋一鸣",
         U("县人社局*", "县农业农村局", "县残联"), "2025年12月底前"),
        ("推进县中医院、县妇幼保健院新院区建设，年内投入使用", "宋一鸣",
         U("县卫健局*", "县发改局", "县城投集团"), "2025年9月30日前"),
        ("提高城乡居民基础养老金标准，全年发放各类救助资金6800万元", "宋一鸣",
         U("县民政局*", "县财政局", "县人社局"), "年底前"),
        ("开展自建房安全专项整治，完成经营性自建房隐患整改销号", "许文博",
         U("县住建局"), "2025年6月底前"),
        ("持续开展“双随机、一公开”跨部门联合抽查", "冯晓蕾",
         U("县市场监管局*", "县直有关执法部门"), "长期坚持"),
    ],
}


def tasks_04(d):
    out = []
    for text, leader, units, dl in d["rows"]:
        starred = [n for n, s in units if s]
        if starred:
            lead = starred
            co = [n for n, s in units if not s]
        else:
            lead, co = [units[0][0]], [n for n, _ in units[1:]]
        out.append(T(text, lead, co, dl))
    return out


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


def build_04(d):
    doc = docx.Document()
    para(doc, "云枫县人民政府办公室关于印发2025年政府工作报告重点工作责任清单的通知", "c", True, 18)
    para(doc, "云政办〔2025〕5号", "c")
    para(doc, "各乡镇人民政府，县政府各部门，县直及驻县各单位：")
    para(doc, "经县政府同意，现将《云枫县2025年政府工作报告重点工作责任清单》印发给你们，"
              "请各责任单位按照清单要求，倒排工期、挂图作战，确保各项工作落地见效。", indent=True)
    para(doc, "各单位要于每月28日前将当月工作进展报县政府办公室（督查室），"
              "县政府将对进度滞后的任务实行“红黄灯”预警。", indent=True)
    para(doc, "附件：云枫县2025年政府工作报告重点工作责任清单", indent=True)
    para(doc, "云枫县人民政府办公室", "r")
    para(doc, "2025年2月24日", "r")
    p = para(doc, "附件")
    p.runs[0].add_break(WD_BREAK.PAGE)
    para(doc, "云枫县2025年政府工作报告重点工作责任清单", "c", True, 16)
    para(doc, "（责任单位中标注“*”的为牵头单位，其余为配合单位）", "c")
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, ["序号", "重点工作", "责任领导", "责任单位", "完成时限"]):
        c.text = h
    for i, (text, leader, units, dl) in enumerate(d["rows"], 1):
        cells = tbl.add_row().cells
        cells[0].text = str(i)
        cells[1].text = text
        cells[2].text = leader
        cells[3].text = "、".join(n + ("*" if s else "") for n, s in units)
        cells[4].text = dl
    para(doc, "注：责任领导为分管该项工作的县政府领导同志；完成时限为“长期坚持”的，按年度报送总结。", indent=True)
    para(doc, "联系人：县政府督查室 程一帆，联系电话：7218806。", indent=True)
    doc.save(os.path.join(HERE, d["name"] + ".docx"))
    write_json(d["name"], tasks_04(d))


# ---------------------------------------------------------------------------
# 05  .docx, tasks under the work report's chapter headings (一、…), numbered
#     (1)(2)…, each followed by "牵头单位：…　配合单位：…　完成时限：…"
#     style "same": same paragraph after spaces; "own": own paragraph;
#     "br": same paragraph after a soft line break
# ---------------------------------------------------------------------------
D05 = {
    "name": "05_docx_chapter_unitline",
    "chapters": [
        ("一、坚持项目为王，扩大有效投资", "same", [
            T("滚动实施“十百千”重大项目工程，全年完成重大项目投资680亿元以上。",
              ["市发展改革委"], ["市财政局", "市自然资源和规划局", "各区县人民政府"], "2025年12月底前"),
            T("加快苍屿港三期码头、沿海货运铁路支线建设，争取年内开工建设。",
              ["市交通运输局", "苍屿港口集团"], ["市发展改革委"], "2025年9月30日前"),
            T("用好地方政府专项债券，全年争取额度不少于85亿元。",
              ["市财政局"], ["市发展改革委", "市审计局"], "按季度"),
        ]),
        ("二、加快产业升级，建设现代化产业体系", "own", [
            T("推动石化、新材料、装备制造3个千亿级产业集群提质扩量。",
              ["市工业和信息化局"], ["市科技局", "市商务局"], "持续推进"),
            T("新增“小升规”工业企业120家、国家级专精特新“小巨人”企业5家。",
              ["市工业和信息化局"], ["市市场监管局", "市统计局"], "2025年12月底前"),
            T("实施数字经济“提速”行动，数字经济核心产业增加值增长12%。",
              ["市数据局"], [], "年底前"),
            T("发展海洋经济，建设远洋渔业基地和“海上牧场”示范区2个。",
              ["市海洋与渔业局"], ["市自然资源和规划局", "市生态环境局", "沿海各区县人民政府"], "2025年11月底前"),
        ]),
        ("三、着力改善民生，增进人民福祉", "mixed", [
            T("新建、改扩建中小学校11所，新增学位1.3万个。",
              ["市教育局"], ["市住房和城乡建设局", "市财政局"], "2025年8月31日前", style="br"),
            T("实施全民参保计划，基本医疗保险参保率稳定在95%以上。",
              ["市医保局"], ["市税务局", "市卫生健康委"], "长期坚持", style="same"),
            T("筹集保障性租赁住房3600套（间），完成城镇老旧小区改造64个。",
              ["市住房和城乡建设局"], ["市发展改革委", "市财政局"], "2025年12月底前", style="same"),
            T("建设“一老一小”服务设施，新增普惠托位1500个。",
              ["市卫生健康委", "市民政局"], ["市发展改革委"], "2025年10月底前", style="br"),
        ]),
        ("四、统筹发展和安全，提升治理效能", "own", [
            T("深化“大综治”体系建设，推进矛盾纠纷多元化解“一站式”平台全覆盖。",
              ["市委政法委"], ["市公安局", "市司法局", "市信访局"], "持续推进"),
            T("开展城镇燃气安全专项整治，完成老旧管网更新改造260公里。",
              ["市住房和城乡建设局"], ["市应急管理局", "市市场监管局"], "2025年6月底前"),
            T("健全防汛防台“六个一”工作机制，完成17座小型水库除险加固。",
              ["市水利局"], ["市应急管理局", "市气象局"], "2025年5月31日前"),
        ]),
    ],
}


def unit_line(t, sep):
    parts = ["牵头单位：" + "、".join(t["lead"])]
    if t["co"]:
        parts.append("配合单位：" + "、".join(t["co"]))
    parts.append("完成时限：" + t["deadline"])
    return sep.join(parts)


def build_05(d):
    doc = docx.Document()
    para(doc, "苍屿市人民政府", "c", True, 22)
    para(doc, "苍政〔2025〕3号", "c")
    para(doc, "苍屿市人民政府关于印发2025年《政府工作报告》重点工作任务分解方案的通知", "c", True, 16)
    para(doc, "各区县人民政府，市政府各部门、各直属机构：")
    para(doc, "现将《2025年〈政府工作报告〉重点工作任务分解方案》印发给你们，请结合实际认真贯彻执行。", indent=True)
    para(doc, "各区县、各部门要强化责任担当，牵头单位对牵头事项负总责，配合单位按职责分工抓好落实，"
              "每季度结束后5个工作日内将进展情况报市政府督查室。", indent=True)
    para(doc, "苍屿市人民政府", "r")
    para(doc, "2025年2月20日", "r")
    para(doc, "（此件公开发布）", indent=True)
    para(doc, "2025年《政府工作报告》重点工作任务分解方案", "c", True, 16)
    para(doc, "为确保市十七届人大四次会议审议通过的《政府工作报告》确定的目标任务落到实处，"
              "现将重点工作任务分解如下：", indent=True)
    for heading, style, tasks in d["chapters"]:
        para(doc, heading, bold=True, indent=True)
        for i, t in enumerate(tasks, 1):
            st = t.get("style", style)
            head = "\u3000\u3000(%d)%s" % (i, t["text"])
            if st == "own":
                doc.add_paragraph(head)
                doc.add_paragraph("\u3000\u3000" + unit_line(t, "\u3000\u3000"))
            elif st == "same":
                doc.add_paragraph(head + "\u3000\u3000" + unit_line(t, "\u3000\u3000"))
            elif st == "br":
                p = doc.add_paragraph()
                r = p.add_run(head)
                r.add_break()
                p.add_run("\u3000\u3000" + unit_line(t, "  "))
            else:
                raise ValueError(st)
    para(doc, "联系人：市政府督查室 唐嘉禾，联系电话：2871306。", indent=True)
    doc.save(os.path.join(HERE, d["name"] + ".docx"))
    write_json(d["name"], [t for _, _, ts in d["chapters"] for t in ts])


# ---------------------------------------------------------------------------
# 06  traditional script, UTF-8 (with BOM) .txt, table copied from a web page:
#     one row a line, cells separated by tabs; 「」 quotes
# ---------------------------------------------------------------------------
D06 = {
    "name": "06_trad_tab_rows",
    "tasks": [
        T("實施「工業倍增」計劃，規上工業增加值增長9%", ["縣工信局"], ["縣發改局", "縣統計局"], "2025年12月底前"),
        T("建成澄嵐電子信息產業園二期標準廠房12萬平方米", ["縣工業園區管委會"], ["縣住建局", "縣自然資源局"], "2025年9月30日前"),
        T("開展「招商引資攻堅年」活動，簽約億元以上項目30個", ["縣投資促進局"], ["縣直各有關單位"], "按季度"),
        T("新建改建農村供水工程22處，農村自來水普及率達到93%", ["縣水利局"], [], "2025年10月底前"),
        T("推進「廁所革命」，完成農村戶廁改造1800戶", ["縣農業農村局", "縣衛健局"], ["各鄉鎮人民政府"], "年底前"),
        T("打造「澄嵐山水」文旅品牌，接待遊客人次增長10%以上", ["縣文旅局"], ["縣交通運輸局", "縣市場監管局"], "持續推進"),
        T("實施城區供排水管網更新改造，改造管網46公里", ["縣住建局"], ["縣城投公司"], "2025年11月底前"),
        T("推進縣域商業體系建設，完善縣、鄉、村三級物流配送網絡", ["縣商務局"], ["縣郵政分公司", "縣供銷社"], "2025年12月底前"),
        T("深化醫保支付方式改革，DRG付費覆蓋所有二級以上醫院", ["縣醫保局"], ["縣衛健局"], "2025年6月底前"),
        T("持續開展掃黑除惡常態化鬥爭和電信網絡詐騙整治", ["縣公安局"], ["縣委政法委", "縣法院", "縣檢察院"], "長期堅持"),
    ],
}


def build_06(d):
    L = ["澄嵐縣人民政府關於印發《2025年縣政府工作報告重點工作任務分工》的通知",
         "澄政〔2025〕4號",
         "",
         "各鄉鎮人民政府，縣政府各部門，縣屬各企事業單位：",
         "　　《2025年縣政府工作報告重點工作任務分工》已經縣政府第26次常務會議研究同意，現印發給你們，請認真抓好落實。",
         "　　各牽頭單位要切實履行主體責任，會同配合單位制定工作方案，明確進度安排，於每季度最後一個月20日前將進展情況報縣政府督查室。配合單位要主動對接、積極配合。",
         "",
         "澄嵐縣人民政府",
         "2025年2月18日",
         "（此件公開發布）",
         "",
         "2025年縣政府工作報告重點工作任務分工",
         "",
         "序號\t重點任務\t牽頭單位\t配合單位\t完成時限"]
    for i, t in enumerate(d["tasks"], 1):
        L.append("\t".join([str(i), t["text"], "、".join(t["lead"]), "、".join(t["co"]), t["deadline"]]))
    L += ["",
          "註：完成時限為「長期堅持」「持續推進」的任務，每半年報送一次工作進展。",
          "聯繫人：縣政府督查室 劉思齊，聯繫電話：7321568",
          "",
          "抄送：縣委辦公室，縣人大常委會辦公室，縣政協辦公室，縣法院，縣檢察院。",
          "澄嵐縣人民政府辦公室　　2025年2月18日印發",
          ""]
    with open(os.path.join(HERE, d["name"] + ".txt"), "w", encoding="utf-8-sig") as f:
        f.write("\n".join(L))
    write_json(d["name"], d["tasks"])


# ---------------------------------------------------------------------------
# 07  GB18030 .txt (CRLF), each task one paragraph of bracket labels with the
#     units BEFORE the task: 【分管县领导】【牵头单位】【配合单位】【工作任务】【完成时限】
# ---------------------------------------------------------------------------
D07 = {
    "name": "07_gb18030_bracket_labels",
    "groups": [
        ("一、扩内需稳增长", [
            T("推动全县固定资产投资增长8%，谋划储备“十五五”重大项目150个以上。",
              ["县发改局"], ["县财政局", "县统计局"], "2025年12月底前", leader="孟书涵"),
            T("落实消费品以旧换新政策，开展汽车、家电、家居“焕新”活动12场。",
              ["县商务局"], ["县财政局", "县市场监管局", "各乡镇人民政府"], "2025年9月30日前", leader="孟书涵"),
            T("一般公共预算收入增长5%，严控“三公”经费支出。",
              ["县财政局", "县税务局"], ["县直各部门"], "年底前", leader="孟书涵、白嘉树"),
        ]),
        ("二、兴产业强实体", [
            T("加快潮鸣新能源装备产业园建设，年内新增入园企业8家。",
              ["县工信局"], ["县科技局", "县供电公司"], "2025年10月底前", leader="潘若谷"),
            T("新建设施蔬菜基地3000亩（含㙟口村、芦湾村连片基地），培育市级以上农业产业化龙头企业4家。",
              ["县农业农村局"], [], "持续推进", leader="潘若谷"),
            T("创建国家4A级旅游景区1个，“潮鸣古渡”夜游项目建成开放。",
              ["县文旅局"], ["县交通运输局", "县自然资源局"], "2025年6月底前", leader="潘若谷"),
        ]),
        ("三、保民生促和谐", [
            T("完成潮鸣一中新校区建设，秋季学期投入使用，化解“大班额”问题。",
              ["县教育局"], ["县住建局", "县财政局"], "2025年8月底前", leader="白嘉树"),
            T("为65岁以上老年人免费体检4.6万人次。",
              ["县卫健局"], ["县医保局", "各乡镇人民政府"], "按季度", leader="白嘉树"),
            T("健全困难群众、残疾人、留守儿童关爱服务体系。",
              ["县民政局"], ["县残联", "县妇联"], "长期坚持", leader="白嘉树"),
        ]),
    ],
}


def build_07(d):
    L = ["潮鸣县人民政府办公室",
         "关于印发潮鸣县2025年政府工作报告重点任务分工表的通知",
         "潮政办〔2025〕6号",
         "",
         "各乡镇人民政府，县政府各部门：",
         "　　县十七届人大五次会议审议通过的《政府工作报告》，明确了今年全县经济社会发展的主要目标和重点任务。经县政府同意，现将《潮鸣县2025年政府工作报告重点任务分工表》印发给你们，请认真贯彻落实。",
         "　　各单位要坚持“一项任务、一名领导、一个专班、一抓到底”，牵头单位每月20日前通过县督查督办平台报送工作进度。",
         "",
         "　　附件：潮鸣县2025年政府工作报告重点任务分工表",
         "",
         "潮鸣县人民政府办公室",
         "2025年2月21日",
         "",
         "附件",
         "潮鸣县2025年政府工作报告重点任务分工表",
         ""]
    n = 0
    for heading, tasks in d["groups"]:
        L.append(heading)
        for t in tasks:
            n += 1
            s = "%d.【分管县领导】%s【牵头单位】%s" % (n, t["leader"], "、".join(t["lead"]))
            if t["co"]:
                s += "【配合单位】" + "、".join(t["co"])
            s += "【工作任务】%s【完成时限】%s" % (t["text"], t["deadline"])
            L.append(s)
        L.append("")
    L += ["注：分管县领导为该项任务的第一责任领导，调整的以县政府分工文件为准。",
          "联系人：县政府督查室 阮清漪，电话：5526018。",
          ""]
    data = "\r\n".join(L).encode("gb18030")
    with open(os.path.join(HERE, d["name"] + ".txt"), "wb") as f:
        f.write(data)
    write_json(d["name"], [t for _, ts in d["groups"] for t in ts])


# ---------------------------------------------------------------------------
# 08  .docx table with a two-row header (责任单位 over 牵头单位|配合单位) and
#     vertically merged cells: 类别, 责任区领导, 牵头单位 and 完成时限 span rows
# ---------------------------------------------------------------------------
D08 = {
    "name": "08_docx_merged_cells",
    # (category, leader, tasks); lead_span / dl_span: this row's 牵头单位 / 完成时限 cell spans n rows
    "groups": [
        ("经济发展", "韦思远", [
            T("推动枫川科创走廊建设，引进新型研发机构8家", ["区科技局"], ["区发改局", "区财政局"],
              "2025年12月底前", lead_span=2, dl_span=2),
            T("新增高新技术企业30家，技术合同成交额达到18亿元", ["区科技局"], ["区市场监管局"], "2025年12月底前"),
            T("实施楼宇经济“攀升”计划，新增税收亿元楼宇2栋", ["区商务局"], ["区税务局", "区住建局"], "按季度"),
            T("盘活低效工业用地650亩，推进“工业上楼”项目3个", ["区自然资源局"], ["区工信局"], "2025年9月30日前"),
        ]),
        ("城市建设", "季若岚", [
            T("完成枫川大道快速化改造，打通“瓶颈路”5条", ["区住建局"], ["区交通运输局", "区城管局"],
              "2025年11月底前", lead_span=3),
            T("新建口袋公园12个、绿道15公里", ["区住建局"], ["区城管局", "各街道办事处"], "2025年10月底前"),
            T("推进雨污分流改造，完成老旧排水管网改造23公里", ["区住建局"], ["区水务局"], "2025年6月底前"),
            T("开展“门前三包”和占道经营专项整治", ["区城管局"], ["区市场监管局", "各街道办事处"], "长期坚持"),
        ]),
        ("社会事业", "欧阳明哲", [
            T("新增公办中小学、幼儿园学位3500个", ["区教育局"], ["区住建局", "区财政局"], "2025年8月底前"),
            T("建成区级养老服务指导中心，街道综合养老服务中心覆盖率达到100%", ["区民政局"],
              ["区卫健局", "各街道办事处"], "2025年12月底前"),
            T("推进区中心医院与市第一人民医院紧密型医联体建设", ["区卫健局"], ["区医保局"], "持续推进"),
            T("开展就业“暖心行动”，帮扶就业困难人员就业500人", ["区人社局"], ["区总工会", "区残联"], "年底前"),
        ]),
    ],
}


def build_08(d):
    doc = docx.Document()
    para(doc, "枫川区人民政府办公室关于印发《2025年区政府工作报告重点工作任务责任清单》的通知", "c", True, 16)
    para(doc, "枫政办发〔2025〕2号", "c")
    para(doc, "各街道办事处，区政府各工作部门，区直各单位：")
    para(doc, "《2025年区政府工作报告重点工作任务责任清单》已经区政府第31次常务会议审议通过，现印发给你们，请认真贯彻落实。", indent=True)
    para(doc, "各单位要进一步压实责任，对照清单细化季度目标，确保完成全年任务。区政府督查室将按月调度、按季通报。", indent=True)
    para(doc, "枫川区人民政府办公室", "r")
    para(doc, "2025年3月12日", "r")
    para(doc, "2025年区政府工作报告重点工作任务责任清单", "c", True, 16)
    ntask = sum(len(ts) for _, _, ts in d["groups"])
    tbl = doc.add_table(rows=2 + ntask, cols=7)
    tbl.style = "Table Grid"
    h0 = ["类别", "序号", "工作任务", "责任区领导", "责任单位", "", "完成时限"]
    for c, h in enumerate(h0):
        if h:
            tbl.cell(0, c).text = h
    tbl.cell(1, 4).text = "牵头单位"
    tbl.cell(1, 5).text = "配合单位"
    for c in (0, 1, 2, 3, 6):
        tbl.cell(0, c).merge(tbl.cell(1, c))
    tbl.cell(0, 4).merge(tbl.cell(0, 5))
    r = 2
    n = 0
    for cat, leader, tasks in d["groups"]:
        top = r
        lead_end = dl_end = -1
        for t in tasks:
            n += 1
            tbl.cell(r, 1).text = str(n)
            tbl.cell(r, 2).text = t["text"]
            if r > lead_end:
                tbl.cell(r, 4).text = "、".join(t["lead"])
                if t.get("lead_span"):
                    lead_end = r + t["lead_span"] - 1
                    tbl.cell(r, 4).merge(tbl.cell(lead_end, 4))
            tbl.cell(r, 5).text = "、".join(t["co"])
            if r > dl_end:
                tbl.cell(r, 6).text = t["deadline"]
                if t.get("dl_span"):
                    dl_end = r + t["dl_span"] - 1
                    tbl.cell(r, 6).merge(tbl.cell(dl_end, 6))
            r += 1
        tbl.cell(top, 0).text = cat
        tbl.cell(top, 3).text = leader
        tbl.cell(top, 0).merge(tbl.cell(r - 1, 0))
        tbl.cell(top, 3).merge(tbl.cell(r - 1, 3))
    para(doc, "注：牵头单位负责统筹协调、汇总进度，配合单位按职责做好相关工作；多个街道共同承担的任务由各街道办事处分别落实。", indent=True)
    para(doc, "联系人：区政府督查室 邵明川，联系电话：6039127。", indent=True)
    doc.save(os.path.join(HERE, d["name"] + ".docx"))
    write_json(d["name"], [t for _, _, ts in d["groups"] for t in ts])


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
