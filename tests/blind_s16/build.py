#!/usr/bin/env python3
"""Build blind set s16: seven invented supervision documents and their gold progress facts.

Every place, unit, project and figure is invented. Run: python3 build.py (writes next to this file).
The gold (NN_name.progress.jsonl) is written from the FACTS lists below, which were written by hand
while writing the texts, before any run of govtargets (which was never run).
"""
import json
from pathlib import Path

import opencc
from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- record helpers
def F(measure, quote, metric=None, item=None, value=None, status=None, **kw):
    d = {"measure": measure, "metric": metric, "item": item, "value": value,
         "status": status, "quote": quote}
    d.update(kw)
    return d


def S(status, quote, metric=None, item=None, **kw):
    return F("status", quote, metric, item, None, status, **kw)


def C(value, quote, metric=None, item=None, **kw):
    return F("completion", quote, metric, item, float(value), None, **kw)


def L(value, quote, metric=None, item=None, **kw):
    return F("lag", quote, metric, item, float(value), None, **kw)


def tally(status, count, quote, **kw):
    return S(status, quote, tally=True, count=count, **kw)


def write_gold(stem, facts):
    with open(HERE / f"{stem}.progress.jsonl", "w", encoding="utf-8") as f:
        for d in facts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


# ======================================================================================
# 01  沣北区  H1 督查通报 with 红黄绿灯, saved web page (.html) with a <table>
# ======================================================================================
D01 = "01_fengbei_lights_h1"

P01 = [
    ("p", "各街道办事处，区政府各部门、各直属单位："),
    ("p", "根据《沣北区重点工作“红黄绿灯”督查管理办法》，区政府督查室会同区统计局，对2025年区政府工作报告确定的14项主要经济指标和30项重点任务上半年推进情况进行了督查，并逐项亮灯。现将有关情况通报如下。"),
    ("h", "一、亮灯标准"),
    ("p", "主要经济指标：完成进度达到或超过序时进度的亮绿灯，低于序时进度5个百分点以内的亮黄灯，低于序时进度5个百分点以上的亮红灯。重点任务：按计划节点推进的亮绿灯，进度稍有滞后的亮黄灯，严重滞后或尚未启动的亮红灯。"),
    ("h", "二、主要经济指标亮灯情况"),
    ("p", "14项主要经济指标中，亮绿灯9项：地区生产总值、规上工业增加值、规上工业总产值、社零额、一般公共预算收入、城镇新增就业、城镇居民人均可支配收入、农村居民人均可支配收入、一产增加值；亮黄灯3项：固定资产投资、进出口总额、第三产业增加值；亮红灯2项：实际利用外资、工业投资。"),
    ("p", "（一）绿灯指标。全区实现地区生产总值203.5亿元，同比增长6.3%，高于年度目标0.3个百分点，增速高于全市平均0.4个百分点。规上工业增加值同比增长8.2%，比一季度提高0.6个百分点。一般公共预算收入完成16.4亿元，占年度目标的52.1%，超序时进度2.1个百分点。社零额完成95.2亿元，进度为50.6%，与序时进度基本持平。城镇新增就业4460人，完成率52.5%。"),
    ("p", "（二）黄灯指标。固定资产投资完成108.1亿元，同比增长4.6%，完成年度目标的45.8%，低于序时进度4.2个百分点。进出口总额完成21.3亿元，同比下降3.5%，完成年度目标的46.3%，比序时进度慢3.7个百分点。第三产业增加值同比增长5.1%，低于年度目标0.9个百分点。"),
    ("p", "（三）红灯指标。实际利用外资到位3510万美元，仅完成年度目标的39.0%，落后于序时进度11.0个百分点，全年完成目标任务难度较大。工业投资完成30.2亿元，完成年度目标的41.9%，滞后序时进度8.1个百分点；其中，沣北科创园完成工业投资18.6亿元，完成率63.5%。"),
    ("p", "主要经济指标完成情况及亮灯情况见下表。"),
    ("table", [
        ["指标名称", "年度目标", "1-6月完成", "完成进度(%)", "亮灯"],
        ["规模以上工业总产值（亿元）", "520", "268.3", "51.6", "绿灯"],
        ["固定资产投资（亿元）", "236", "108.1", "45.8", "黄灯"],
        ["社会消费品零售总额（亿元）", "188", "95.2", "50.6", "绿灯"],
        ["一般公共预算收入（亿元）", "31.5", "16.4", "52.1", "绿灯"],
        ["进出口总额（亿元）", "46", "21.3", "46.3", "黄灯"],
        ["实际利用外资（万美元）", "9000", "3510", "39.0", "红灯"],
        ["工业投资（亿元）", "72", "30.2", "41.9", "红灯"],
        ["城镇新增就业（人）", "8500", "4460", "52.5", "绿灯"],
    ]),
    ("h", "三、重点任务亮灯情况"),
    ("p", "30项重点任务中，亮绿灯24项，均按计划节点推进；亮黄灯4项，分别是：老旧小区改造三期、智慧停车系统建设、区人民医院新院区建设、滨河绿道贯通工程；亮红灯2项，分别是：城西片区雨污分流改造、沣北农产品冷链物流中心。"),
    ("p", "亮红灯的2项任务中，城西片区雨污分流改造因管线迁改协调缓慢，仅完成工程量的28%，明显滞后；沣北农产品冷链物流中心因土地报批手续未办结，至今尚未开工。"),
    ("h", "四、下步要求"),
    ("p", "总体看，上半年全区各项工作进展良好，但部分指标和任务推进不够平衡。各亮黄灯、红灯事项的牵头单位要在7月25日前报送整改方案，倒排工期、挂图作战，确保全年目标任务如期完成。区政府督查室将对亮红灯事项实行周调度、月通报。"),
    ("p", "沣北区人民政府督查室"),
    ("p", "2025年7月18日"),
]

Q = "14项主要经济指标中，亮绿灯9项：地区生产总值、规上工业增加值、规上工业总产值、社零额、一般公共预算收入、城镇新增就业、城镇居民人均可支配收入、农村居民人均可支配收入、一产增加值"
QY = "亮黄灯3项：固定资产投资、进出口总额、第三产业增加值"
QR = "亮红灯2项：实际利用外资、工业投资"
QT = "亮黄灯4项，分别是：老旧小区改造三期、智慧停车系统建设、区人民医院新院区建设、滨河绿道贯通工程"
QTR = "亮红灯2项，分别是：城西片区雨污分流改造、沣北农产品冷链物流中心"
G_GREEN = "绿灯 = 达到或超过序时进度 (annotation.md: 达到序时进度 → met)"
G_YR = "黄灯/红灯 = 低于序时进度 (未达到序时进度 → not_met)"
FACTS01 = [
    *[S("met", Q, m, count=9, note=G_GREEN) for m in [
        "gdp", "industrial_va_above_scale", "industrial_output_above_scale", "retail_sales",
        "general_budget_revenue", "new_urban_jobs", "urban_income", "rural_income", "primary_va"]],
    *[S("not_met", QY, m, count=3, note=G_YR) for m in ["fixed_asset_investment", "foreign_trade", "tertiary_va"]],
    *[S("not_met", QR, m, count=2, note=G_YR) for m in ["fdi", "industrial_investment"]],
    L(-0.3, "全区实现地区生产总值203.5亿元，同比增长6.3%，高于年度目标0.3个百分点", "gdp",
      note="高于全市平均0.4个百分点 in the same sentence is a comparison with another place: no lag"),
    L(-2.1, "一般公共预算收入完成16.4亿元，占年度目标的52.1%，超序时进度2.1个百分点", "general_budget_revenue"),
    L(4.2, "固定资产投资完成108.1亿元，同比增长4.6%，完成年度目标的45.8%，低于序时进度4.2个百分点", "fixed_asset_investment"),
    L(3.7, "进出口总额完成21.3亿元，同比下降3.5%，完成年度目标的46.3%，比序时进度慢3.7个百分点", "foreign_trade"),
    L(0.9, "第三产业增加值同比增长5.1%，低于年度目标0.9个百分点", "tertiary_va"),
    L(11.0, "实际利用外资到位3510万美元，仅完成年度目标的39.0%，落后于序时进度11.0个百分点", "fdi"),
    L(8.1, "工业投资完成30.2亿元，完成年度目标的41.9%，滞后序时进度8.1个百分点", "industrial_investment"),
    C(51.6, "规模以上工业总产值（亿元）\t520\t268.3\t51.6\t绿灯", "industrial_output_above_scale",
      note="table only; its 绿灯 restates the met of the green list (one fact)"),
    C(45.8, "固定资产投资完成108.1亿元，同比增长4.6%，完成年度目标的45.8%，低于序时进度4.2个百分点", "fixed_asset_investment",
      note="restated in the table row (45.8, 黄灯): one fact"),
    C(50.6, "社零额完成95.2亿元，进度为50.6%，与序时进度基本持平", "retail_sales",
      note="restated in the table; 与序时进度基本持平 restates the green (met) of the list: no second status"),
    C(52.1, "一般公共预算收入完成16.4亿元，占年度目标的52.1%，超序时进度2.1个百分点", "general_budget_revenue",
      note="restated in the table: one fact"),
    C(46.3, "进出口总额完成21.3亿元，同比下降3.5%，完成年度目标的46.3%，比序时进度慢3.7个百分点", "foreign_trade",
      note="restated in the table: one fact"),
    C(39.0, "实际利用外资到位3510万美元，仅完成年度目标的39.0%，落后于序时进度11.0个百分点", "fdi",
      note="restated in the table: one fact"),
    C(41.9, "工业投资完成30.2亿元，完成年度目标的41.9%，滞后序时进度8.1个百分点", "industrial_investment",
      note="restated in the table; the park's 完成率63.5% after it is a sub-area figure: nothing"),
    C(52.5, "城镇新增就业4460人，完成率52.5%", "new_urban_jobs", note="restated in the table: one fact"),
    tally("on_schedule", 24, "30项重点任务中，亮绿灯24项，均按计划节点推进",
          note="green task = 按计划节点推进 (on_schedule); a count naming nothing inside 30项重点任务"),
    *[S("not_met", QT, None, it, count=4, note="黄灯 task = 进度稍有滞后: not_met") for it in
      ["老旧小区改造三期", "智慧停车系统建设", "区人民医院新院区建设", "滨河绿道贯通工程"]],
    S("not_met", QTR, None, "城西片区雨污分流改造", count=2,
      note="红灯 task; 明显滞后 later restates it (one fact)"),
    S("not_met", QTR, None, "沣北农产品冷链物流中心", count=2,
      note="红灯 task; 尚未开工 later restates it (one fact)"),
    C(28, "城西片区雨污分流改造因管线迁改协调缓慢，仅完成工程量的28%，明显滞后", None, "城西片区雨污分流改造"),
]

CSS = "body{font-family:'Microsoft YaHei';margin:0}.nav li{display:inline;margin:0 12px}.article{width:960px;margin:0 auto}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}"


def html_page(title, site, crumbs, source, date, body_html, prev_t, next_t, related, footer):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_{site}</title>
<meta name="keywords" content="督查通报,亮灯,{site}">
<style>{CSS}</style>
<script type="text/javascript">var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="/js/stat.js";}})();</script>
</head>
<body>
<div class="header"><div class="logo">{site}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjfb/">走进沣北</a></li></ul>
<div class="search"><input type="text" value="请输入关键字"><button>搜索</button></div></div>
<div class="crumbs">当前位置：{crumbs}</div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info">来源：{source}　　发布时间：{date}　　浏览次数：1362　　字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="article-content" id="zoom">
{body_html}
</div>
<div class="article-tools"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="prev-next">
<p>上一篇：<a href="/art/2025/7/10/art_1.html">{prev_t}</a></p>
<p>下一篇：<a href="/art/2025/7/22/art_2.html">{next_t}</a></p>
</div>
<div class="related"><h3>相关链接</h3><ul>{''.join(f'<li><a>{r}</a></li>' for r in related)}</ul></div>
</div>
<div class="footer"><p>{footer}</p><p>主办：沣北区人民政府办公室　承办：沣北区大数据中心　网站标识码：0000000016</p><p>ICP备案号：某ICP备20250016号-1　公安机关备案号：00000000000016</p></div>
</body>
</html>
"""


def html_body(parts):
    out = []
    for kind, x in parts:
        if kind == "p":
            out.append(f'<p style="text-indent:2em">{x}</p>')
        elif kind == "h":
            out.append(f"<p><strong>{x}</strong></p>")
        elif kind == "table":
            rows = []
            for i, r in enumerate(x):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
            out.append('<table border="1" cellspacing="0" cellpadding="0" align="center">\n<tbody>\n'
                       + "\n".join(rows) + "\n</tbody>\n</table>")
    return "\n".join(out)


def build01():
    title = "关于2025年上半年区政府工作报告主要指标和重点任务“亮灯”督查情况的通报"
    page = html_page(
        title, "沣北区人民政府", "<a>首页</a> &gt; <a>政务公开</a> &gt; <a>督查督办</a> &gt; 督查通报",
        "区政府督查室", "2025-07-18 16:20", html_body(P01),
        "邻区上半年固定资产投资完成年度目标的55.2%，超序时进度5.2个百分点",
        "区政府督查室关于一季度重点项目亮灯情况的通报（亮红灯12项）",
        ["全市上半年地区生产总值增长5.9%", "市政府督查室通报：全市30项重点任务进展顺利",
         "东岗区固定资产投资完成率达58.1%", "沣北区2024年政府工作报告目标任务全面完成"],
        "版权所有：沣北区人民政府　地址：沣北区政务大道88号　联系电话：0000-00000016")
    (HERE / f"{D01}.html").write_text(page, encoding="utf-8")
    write_gold(D01, FACTS01)


# ======================================================================================
# 02  茗山县  Q1-Q3 task status lists under counted headings, numbered items with 牵头单位; GB18030
# ======================================================================================
D02 = "02_mingshan_q3_headings_gb18030"
T02 = """茗山县人民政府督查室
关于2025年前三季度县政府工作报告重点任务推进情况的通报

各乡镇人民政府，县政府各部门、各直属单位：
    为推动2025年县政府工作报告各项部署落地见效，县政府督查室采取部门自查、实地核查和数据比对相结合的方式，对报告确定的48项重点任务前三季度推进情况进行了督查。现将有关情况通报如下。
    前三季度，全县经济运行总体平稳。地区生产总值同比增长5.8%，比上半年回落0.2个百分点；规上工业增加值同比增长7.4%，高于全市平均1.2个百分点；固投完成年度目标的71.2%，比序时进度慢3.8个百分点；社零额进度为76.3%，已达序时；一般公共预算收入完成11.2亿元，同比增长4.3%，为年度预算的78.9%。分乡镇看，白沙镇、龙潭乡固定资产投资完成率不足50%，拖累全县进度。
一、已完成的（6项）
    1.城区第三幼儿园建设（牵头单位：县教育局），已于9月1日开园招生。
    2.县城南环路改造工程（牵头单位：县交通运输局），8月底全线通车。
    3.新增城镇公共停车泊位1200个（牵头单位：县城管局），实际新增1350个。
    4.县级融媒体中心升级改造（牵头单位：县委宣传部），已投入使用。
    5.农村人居环境整治示范村20个（牵头单位：县农业农村局），通过市级验收。
    6.政务服务“一窗通办”改革（牵头单位：县政务服务中心），6月起全面运行。
二、序时推进的（35项）
    除本通报列明的13项外，其余35项任务均按序时进度推进，不再逐项列出。
三、滞后的（5项）
    ①城北污水处理厂提标改造（牵头单位：县住建局）：受设备采购流程影响，完成工程量的45%，低于序时进度30个百分点。
    ②高新区标准厂房三期（牵头单位：县高新区管委会）：主体工程尚未封顶，比计划滞后约2个月。
    ③农村饮水安全巩固提升工程（牵头单位：县水利局）：已完成管网铺设62公里，占年度任务的58%。
    ④县域医共体信息平台建设（牵头单位：县卫健局）：招标工作未能如期完成。
    ⑤老街历史文化街区保护利用（牵头单位：县文旅局）：房屋征收推进缓慢，完成率为31%。
四、调整取消的（1项）
    1.老城区立体停车楼建设（牵头单位：县城管局）：因选址地块规划调整，经县政府常务会议研究同意，调整取消。
五、尚未启动的（1项）
    1.县级应急物资储备库建设（牵头单位：县应急管理局）：项目用地尚未落实。
六、有关要求
    从目前进度看，城北污水处理厂提标改造年内完工有较大难度。各牵头单位要对照年度目标倒排工期，确保滞后任务11月底前赶上序时进度，确保全年目标任务全面完成。县政府督查室将于11月中旬开展“回头看”。

茗山县人民政府督查室
2025年10月15日
"""
Q02_DONE = {
    "城区第三幼儿园建设": "1.城区第三幼儿园建设（牵头单位：县教育局），已于9月1日开园招生。",
    "县城南环路改造工程": "2.县城南环路改造工程（牵头单位：县交通运输局），8月底全线通车。",
    "新增城镇公共停车泊位1200个": "3.新增城镇公共停车泊位1200个（牵头单位：县城管局），实际新增1350个。",
    "县级融媒体中心升级改造": "4.县级融媒体中心升级改造（牵头单位：县委宣传部），已投入使用。",
    "农村人居环境整治示范村20个": "5.农村人居环境整治示范村20个（牵头单位：县农业农村局），通过市级验收。",
    "政务服务“一窗通办”改革": "6.政务服务“一窗通办”改革（牵头单位：县政务服务中心），6月起全面运行。",
}
Q02_LATE = {
    "城北污水处理厂提标改造": "①城北污水处理厂提标改造（牵头单位：县住建局）：受设备采购流程影响，完成工程量的45%，低于序时进度30个百分点。",
    "高新区标准厂房三期": "②高新区标准厂房三期（牵头单位：县高新区管委会）：主体工程尚未封顶，比计划滞后约2个月。",
    "农村饮水安全巩固提升工程": "③农村饮水安全巩固提升工程（牵头单位：县水利局）：已完成管网铺设62公里，占年度任务的58%。",
    "县域医共体信息平台建设": "④县域医共体信息平台建设（牵头单位：县卫健局）：招标工作未能如期完成。",
    "老街历史文化街区保护利用": "⑤老街历史文化街区保护利用（牵头单位：县文旅局）：房屋征收推进缓慢，完成率为31%。",
}
FACTS02 = [
    C(71.2, "固投完成年度目标的71.2%，比序时进度慢3.8个百分点", "fixed_asset_investment", note="short name 固投"),
    L(3.8, "固投完成年度目标的71.2%，比序时进度慢3.8个百分点", "fixed_asset_investment"),
    C(76.3, "社零额进度为76.3%，已达序时", "retail_sales"),
    S("met", "社零额进度为76.3%，已达序时", "retail_sales", note="已达序时 = 达到序时进度: met, beside the completion"),
    C(78.9, "一般公共预算收入完成11.2亿元，同比增长4.3%，为年度预算的78.9%", "general_budget_revenue",
      note="ratio to the budget is a completion (facts.md)"),
    *[S("met", q, None, it, count=6, note="under heading 一、已完成的（6项）")
      for it, q in Q02_DONE.items()],
    S("on_schedule", "除本通报列明的13项外，其余35项任务均按序时进度推进", count=35, rest=True,
      note="the rest: no item (heading 二、序时推进的（35项）)"),
    *[S("not_met", q, None, it, count=5, note="under heading 三、滞后的（5项）") for it, q in Q02_LATE.items()],
    C(45, Q02_LATE["城北污水处理厂提标改造"], None, "城北污水处理厂提标改造"),
    L(30, Q02_LATE["城北污水处理厂提标改造"], None, "城北污水处理厂提标改造",
      note="the not_met comes from the heading, not from this lag"),
    C(58, Q02_LATE["农村饮水安全巩固提升工程"], None, "农村饮水安全巩固提升工程", note="占年度任务的58%"),
    C(31, Q02_LATE["老街历史文化街区保护利用"], None, "老街历史文化街区保护利用"),
    S("cancelled", "1.老城区立体停车楼建设（牵头单位：县城管局）：因选址地块规划调整，经县政府常务会议研究同意，调整取消。",
      None, "老城区立体停车楼建设", count=1),
    S("not_met", "1.县级应急物资储备库建设（牵头单位：县应急管理局）：项目用地尚未落实。", None,
      "县级应急物资储备库建设", count=1, note="under heading 五、尚未启动的（1项）"),
]


def build02():
    data = T02.replace("\n", "\r\n").encode("gb18030")
    (HERE / f"{D02}.txt").write_bytes(data)
    write_gold(D02, FACTS02)


# ======================================================================================
# 03  檀溪县  year-end 办结销号 notice, .docx with a table (状态 column)
# ======================================================================================
D03 = "03_tanxi_xiaohao_docx"
P03 = [
    ("title", "檀溪县人民政府督查室关于2025年县政府工作报告民生实事办结销号情况的通报"),
    ("p", "各乡镇人民政府，县直各有关单位："),
    ("p", "按照《檀溪县督查事项办结销号管理办法》，县政府督查室会同县发改局、县财政局，对2025年县政府工作报告确定的17项民生实事进行了年终核验。截至12月20日，17项民生实事中，已办结销号9项；牵头单位申请销号5项，经现场核验，同意销号3项，不予销号1项（城区集中供热扩面工程），1项仍在核验中；跨年度持续推进2项（县中医院住院楼、城乡供水一体化二期）；暂停实施1项（城区地下停车场二期）。总体看，今年民生实事推进有力，群众满意度较高。现将有关情况通报如下。"),
    ("h", "一、办结销号情况"),
    ("p", "已办结销号和同意销号的12项民生实事，经核验均达到年度目标和销号标准，具体见附表。分乡镇看，石桥镇、梅岭乡承担的民生实事已全部办结。"),
    ("h", "二、不予销号事项"),
    ("p", "城区集中供热扩面工程（牵头单位：县城投公司）申请销号。经现场核验，尚有2.1公里主管网未完成铺设，完成工程量的91%，未达到销号标准，不予销号，列入2026年继续督办。"),
    ("h", "三、持续推进和暂停实施事项"),
    ("p", "县中医院住院楼、城乡供水一体化二期为跨年度项目，均按计划节点稳步推进，其中城乡供水一体化二期受汛期影响，2026年6月底前完工存在一定难度。城区地下停车场二期因资金平衡方案调整，暂停实施，待方案重新论证后再行推进。"),
    ("h", "四、有关要求"),
    ("p", "全年全县民生支出完成28.6亿元，同比增长4.2%，占一般公共预算支出的81.3%，比上年提高1.2个百分点。对仍在核验和持续推进的事项，各牵头单位要明确完成时限，确保2026年一季度前全部办结销号；对不予销号事项，要制定整改清单，逐项整改到位。"),
    ("p", "附表：2025年民生实事办结销号情况表"),
    ("table", [
        ["序号", "民生实事", "牵头单位", "完成情况", "状态"],
        ["1", "城区新建公办幼儿园2所", "县教育局", "两所幼儿园已建成，9月开园", "已办结销号"],
        ["2", "农村公路提质改造120公里", "县交通运输局", "完成改造126公里，超额完成年度任务", "已办结销号"],
        ["3", "老旧小区改造1800户", "县住建局", "1800户改造全面完成", "已办结销号"],
        ["4", "新建村级养老服务站15个", "县民政局", "15个站点已投入运营", "已办结销号"],
        ["5", "城乡居民免费健康体检6万人次", "县卫健局", "完成体检6.3万人次", "已办结销号"],
        ["6", "新建农贸市场2个", "县商务局", "已建成投用", "已办结销号"],
        ["7", "农村饮用水水质提升", "县水利局", "农村供水水质达标率提升至98%", "已办结销号"],
        ["8", "城区路灯节能改造", "县城管局", "更换LED路灯2400盏", "已办结销号"],
        ["9", "中小学智慧教室建设200间", "县教育局", "建成智慧教室206间", "已办结销号"],
        ["10", "县图书馆乡镇分馆8个", "县文旅局", "8个分馆已开放", "同意销号"],
        ["11", "城区公交线路优化", "县交通运输局", "新开通线路4条，调整线路6条", "同意销号"],
        ["12", "残疾人托养中心", "县残联", "已竣工并投入使用", "同意销号"],
        ["13", "城区集中供热扩面工程", "县城投公司", "尚有2.1公里主管网未铺设，完成工程量的91%", "不予销号"],
        ["14", "农村电商服务站点全覆盖", "县商务局", "牵头单位已报送销号材料", "申请销号（核验中）"],
        ["15", "县中医院住院楼", "县卫健局", "主体封顶，完成工程量的76%", "持续推进（跨年度）"],
        ["16", "城乡供水一体化二期", "县水利局", "完成管网铺设的64%", "持续推进（跨年度）"],
        ["17", "城区地下停车场二期", "县住建局", "资金平衡方案调整", "暂停实施"],
    ]),
    ("p", "檀溪县人民政府督查室"),
    ("p", "2025年12月24日"),
]


def row03(n):
    for kind, x in P03:
        if kind == "table":
            return "\t".join(x[n])
    raise KeyError(n)


def _facts03():
    facts = [
        tally("met", 9, "17项民生实事中，已办结销号9项", note="已办结销号 = done and closed: met"),
        tally("met", 3, "牵头单位申请销号5项，经现场核验，同意销号3项",
              note="closing approved: met; a count naming nothing (the items are in the table)"),
    ]
    for n in range(1, 13):
        tbl = [x for k, x in P03 if k == "table"][0]
        facts.append(S("met", row03(n), None, tbl[n][1],
                       note="table row, 状态 " + tbl[n][4]))
    facts += [
        S("not_met", "不予销号1项（城区集中供热扩面工程）", None, "城区集中供热扩面工程", count=1,
          note="closing refused (不予销号): not done; restated in section 二 and table row 13 (one fact)"),
        C(91, "城区集中供热扩面工程（牵头单位：县城投公司）申请销号。经现场核验，尚有2.1公里主管网未完成铺设，完成工程量的91%", None, "城区集中供热扩面工程",
          note="restated in table row 13: one fact"),
        S("on_schedule", "跨年度持续推进2项（县中医院住院楼、城乡供水一体化二期）", None, "县中医院住院楼", count=2,
          note="restated (均按计划节点稳步推进; table 持续推进): one fact"),
        S("on_schedule", "跨年度持续推进2项（县中医院住院楼、城乡供水一体化二期）", None, "城乡供水一体化二期", count=2,
          note="restated: one fact"),
        C(76, row03(15), None, "县中医院住院楼"),
        C(64, row03(16), None, "城乡供水一体化二期", note="完成管网铺设的64%: share of the task's work done"),
        S("met", row03(14), None, "农村电商服务站点全覆盖", optional=True,
          note="申请销号 still under review: the unit reports it done, the office has not confirmed; met or nothing"),
        S("not_met", "暂停实施1项（城区地下停车场二期）", None, "城区地下停车场二期", count=1, optional=True,
          note="暂停实施 is in no word list: not_met, cancelled or nothing (as s14's 暂缓实施)"),
        S("cancelled", "暂停实施1项（城区地下停车场二期）", None, "城区地下停车场二期", count=1, optional=True,
          note="alternative reading of 暂停实施"),
    ]
    return facts


FACTS03 = _facts03()


def build03():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(12)
    for kind, x in P03:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(x)
            r.bold = True
            r.font.size = Pt(16)
        elif kind == "h":
            p = doc.add_paragraph()
            p.add_run(x).bold = True
        elif kind == "p":
            doc.add_paragraph(x)
        elif kind == "table":
            t = doc.add_table(rows=len(x), cols=len(x[0]))
            t.style = "Table Grid"
            for i, row in enumerate(x):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    doc.core_properties.title = P03[0][1]
    doc.core_properties.author = "县政府督查室"
    doc.save(HERE / f"{D03}.docx")
    write_gold(D03, FACTS03)


# ======================================================================================
# 04  雁湄县  Q1-Q3 indicators, varied completion and lag wordings; plain text with NO line break
# ======================================================================================
D04 = "04_yanmei_q3_rates_oneline"
T04 = ("雁湄县2025年前三季度主要经济指标完成情况通报 雁湄县统计局 雁湄县发展和改革局 2025年10月24日 "
       "一、总体情况 前三季度，全县经济运行稳中有进。纳入考核的15项主要经济指标中，9项达到或超过序时进度，6项低于序时进度。"
       "二、分项指标情况 "
       "（一）地区生产总值：同比增长5.4%，与6%的年度目标相差0.6个百分点，增速比上半年加快0.3个百分点。"
       "（二）规上工业增加值：同比增长7.6%，超年度目标1.6个百分点，增速居全市第三位。"
       "（三）固定资产投资：进度78.3%，超序时进度3.3个百分点；其中工业投资比序时进度慢11个百分点。"
       "（四）一般公共预算收入：完成13.6亿元，为年度目标的81.2%，超序时进度6.2个百分点；税收收入占比72.5%，比上年同期提高1.8个百分点。"
       "（五）社会消费品零售总额：完成47.5亿元，同比增长4.1%，完成率72.0%，差序时进度3个百分点。"
       "（六）进出口总额：完成5.7亿元，同比增长2.2%，占年度目标的71.3%，与序时进度相差3.7个百分点。"
       "（七）实际利用外资：到位2930万美元，完成年度目标的58.6%，落后序时进度16.4个百分点，全年完成目标有较大难度。"
       "（八）城镇新增就业：新增5184人，完成全年任务的86.4%，超序时进度11.4个百分点。"
       "（九）城乡居民收入：城镇居民人均可支配收入增长5.9%，完成预期；农村居民人均可支配收入增长6.8%，高于年度目标0.3个百分点，快于城镇居民0.9个百分点。"
       "（十）粮食总产量：秋粮丰收已成定局，全年粮食生产目标提前完成。"
       "三、完成进度分布 从完成进度看，进度超过80%的有城镇新增就业（86.4%）、一般公共预算收入（81.2%）、规上工业总产值（80.6%）；"
       "进度在75%至80%之间的有财政总收入（79.4%）、固定资产投资（78.3%）；"
       "进度低于75%的有社零（72.0%）、进出口（71.3%）、工业投资（64.0%）、外资（58.6%）。"
       "四、存在问题 一是乡镇之间进度不均衡，鹤鸣镇固定资产投资完成率仅为52.7%，比全县低25.6个百分点。"
       "二是外资、工业投资等指标完成情况不够理想，新引进项目资金到位偏慢。"
       "五、下一步工作 各牵头单位要紧盯全年目标任务，确保完成全年目标，力争全年地区生产总值增长6%。")
R = "restated in section 三's distribution list: one fact"
FACTS04 = [
    tally("met", 9, "纳入考核的15项主要经济指标中，9项达到或超过序时进度"),
    tally("not_met", 6, "6项低于序时进度", note="低于序时进度 as a count naming nothing, inside 15项: a not_met tally"),
    L(0.6, "（一）地区生产总值：同比增长5.4%，与6%的年度目标相差0.6个百分点", "gdp",
      note="相差 a goal above the result: behind; 比上半年加快0.3个百分点 is no lag"),
    L(-1.6, "（二）规上工业增加值：同比增长7.6%，超年度目标1.6个百分点", "industrial_va_above_scale"),
    C(78.3, "（三）固定资产投资：进度78.3%，超序时进度3.3个百分点", "fixed_asset_investment", note=R),
    L(-3.3, "（三）固定资产投资：进度78.3%，超序时进度3.3个百分点", "fixed_asset_investment"),
    L(11, "其中工业投资比序时进度慢11个百分点", "industrial_investment",
      note="其中 + another indicator's own name: industrial_investment, not a sub-scope of fixed-asset investment"),
    C(81.2, "（四）一般公共预算收入：完成13.6亿元，为年度目标的81.2%，超序时进度6.2个百分点", "general_budget_revenue", note=R),
    L(-6.2, "（四）一般公共预算收入：完成13.6亿元，为年度目标的81.2%，超序时进度6.2个百分点", "general_budget_revenue"),
    C(72.0, "（五）社会消费品零售总额：完成47.5亿元，同比增长4.1%，完成率72.0%，差序时进度3个百分点", "retail_sales", note=R),
    L(3, "（五）社会消费品零售总额：完成47.5亿元，同比增长4.1%，完成率72.0%，差序时进度3个百分点", "retail_sales"),
    C(71.3, "（六）进出口总额：完成5.7亿元，同比增长2.2%，占年度目标的71.3%，与序时进度相差3.7个百分点", "foreign_trade", note=R),
    L(3.7, "（六）进出口总额：完成5.7亿元，同比增长2.2%，占年度目标的71.3%，与序时进度相差3.7个百分点", "foreign_trade",
      note="与序时进度相差 with 71.3 < 75: behind"),
    C(58.6, "（七）实际利用外资：到位2930万美元，完成年度目标的58.6%，落后序时进度16.4个百分点", "fdi", note=R),
    L(16.4, "（七）实际利用外资：到位2930万美元，完成年度目标的58.6%，落后序时进度16.4个百分点", "fdi",
      note="全年完成目标有较大难度 after it is a forecast: no status"),
    C(86.4, "（八）城镇新增就业：新增5184人，完成全年任务的86.4%，超序时进度11.4个百分点", "new_urban_jobs", note=R),
    L(-11.4, "（八）城镇新增就业：新增5184人，完成全年任务的86.4%，超序时进度11.4个百分点", "new_urban_jobs"),
    S("met", "城镇居民人均可支配收入增长5.9%，完成预期", "urban_income", note="完成预期: met"),
    L(-0.3, "农村居民人均可支配收入增长6.8%，高于年度目标0.3个百分点", "rural_income",
      note="快于城镇居民0.9个百分点 is a comparison with another indicator: no lag"),
    S("met", "（十）粮食总产量：秋粮丰收已成定局，全年粮食生产目标提前完成。", "grain_output",
      note="the heading closed by ： names the indicator"),
    C(80.6, "规上工业总产值（80.6%）", "industrial_output_above_scale",
      note="进度超过80%的有…: completion in brackets after the name; 80% is a bound, no fact"),
    C(79.4, "进度在75%至80%之间的有财政总收入（79.4%）", "fiscal_total_revenue"),
    C(64.0, "工业投资（64.0%）", "industrial_investment"),
    S("not_met", "二是外资、工业投资等指标完成情况不够理想", "fdi", confidence="low",
      note="qualitative judgement naming indicators (annotation.md decision 1)"),
    S("not_met", "二是外资、工业投资等指标完成情况不够理想", "industrial_investment", confidence="low"),
]


def build04():
    assert "\n" not in T04 and "\r" not in T04
    (HERE / f"{D04}.txt").write_text(T04, encoding="utf-8")
    write_gold(D04, FACTS04)


# ======================================================================================
# 05  霁川县  2024 year-end 完成情况 report, traditional script (UTF-8)
# ======================================================================================
D05 = "05_jichuan_yearend_trad"
T05_S = """霁川县人民政府关于2024年县政府工作报告目标任务完成情况的报告

县人大常委会：
　　2024年，县政府在县委的坚强领导下，紧紧围绕县十八届人大四次会议确定的目标任务，攻坚克难、狠抓落实，全县经济社会保持平稳健康发展。县政府督查室会同县统计局对目标任务逐项进行了核查，现将完成情况报告如下。

　　一、总体完成情况
　　2024年县政府工作报告确定的目标任务共42项，其中主要经济指标12项、重点任务30项。经核查，完成35项，基本完成3项，部分完成2项，未完成1项，取消1项（霁川物流园二期）。

　　二、主要经济指标完成情况
　　12项主要经济指标中，11项完成年度目标，其中地区生产总值、规上工业增加值、城镇新增就业3项超额完成；实际利用外资未能完成年度目标。
　　地区生产总值增长6.4%，高于年度目标0.4个百分点，高于全市平均0.7个百分点；规上工业增加值增长9.2%，超年度目标1.2个百分点；一般公共预算收入完成15.8亿元，同比增长5.6%，为预算的102.4%；固定资产投资增长6.1%，完成预期目标；社会消费品零售总额增长5.5%，实现年度目标；城镇新增就业6420人，完成年度任务的107%；城乡居民人均可支配收入分别增长5.8%和7.1%，均完成年度目标。实际利用外资到位4590万美元，仅完成年度目标的76.5%，主要是两个外资项目资金延期到位。

　　三、重点任务完成情况
　　30项重点任务中，完成24项，其中县城第二水厂、霁川大道东延工程、县职教中心新校区提前完成。
　　基本完成3项：县城第二污水处理厂扩建，主体工程已完工，正在进行设备调试；城东片区棚户区改造，完成年度任务的95%；“智慧霁川”一期，主要模块已上线试运行。
　　部分完成2项：农村公路安防工程，完成120公里，占年度任务的60%；县城公共停车场建设，计划新建5处，建成3处。
　　取消1项：霁川物流园二期，因用地规划调整，经县政府常务会议研究，调整取消。

　　四、存在的不足
　　从乡镇看，枫林镇、石门乡全面完成年度目标任务，但个别乡镇重点项目推进偏慢。受外部环境影响，2025年利用外资仍面临较大压力。总体看，目标任务完成情况较好，但与群众期盼相比仍有差距。

　　五、2025年工作打算
　　2025年，县政府将对照新一年目标任务，细化分解、压实责任，按月调度、按季通报，确保全年目标任务全面完成。

霁川县人民政府
2025年1月20日
"""
BASIC = "基本完成 → met (a final class counted with completion; 基本 does not change the class, as 基本按时序进度推进 stays on_schedule)"
_F05_S = [
    tally("met", 35, "经核查，完成35项", note="inside 共42项"),
    tally("met", 3, "经核查，完成35项，基本完成3项", note=BASIC + "; here a count naming nothing"),
    tally("partly_met", 2, "部分完成2项，未完成1项", note="names nothing here (named in section 三)"),
    tally("not_met", 1, "部分完成2项，未完成1项", note="names nothing here (实际利用外资 in section 二)"),
    S("cancelled", "取消1项（霁川物流园二期）", None, "霁川物流园二期", count=1,
      note="restated in section 三 (调整取消): one fact"),
    tally("met", 11, "12项主要经济指标中，11项完成年度目标"),
    *[S("met", "其中地区生产总值、规上工业增加值、城镇新增就业3项超额完成", m, count=3)
      for m in ["gdp", "industrial_va_above_scale", "new_urban_jobs"]],
    S("not_met", "实际利用外资未能完成年度目标", "fdi", note="未能完成"),
    L(-0.4, "地区生产总值增长6.4%，高于年度目标0.4个百分点", "gdp",
      note="高于全市平均0.7个百分点 is no lag"),
    L(-1.2, "规上工业增加值增长9.2%，超年度目标1.2个百分点", "industrial_va_above_scale"),
    C(102.4, "一般公共预算收入完成15.8亿元，同比增长5.6%，为预算的102.4%", "general_budget_revenue"),
    S("met", "固定资产投资增长6.1%，完成预期目标", "fixed_asset_investment"),
    S("met", "社会消费品零售总额增长5.5%，实现年度目标", "retail_sales"),
    C(107, "城镇新增就业6420人，完成年度任务的107%", "new_urban_jobs"),
    S("met", "城乡居民人均可支配收入分别增长5.8%和7.1%，均完成年度目标", "urban_income",
      note="one name for two indicators (城乡 = 城镇 and 农村), distributed"),
    S("met", "城乡居民人均可支配收入分别增长5.8%和7.1%，均完成年度目标", "rural_income"),
    C(76.5, "实际利用外资到位4590万美元，仅完成年度目标的76.5%", "fdi"),
    tally("met", 24, "30项重点任务中，完成24项"),
    *[S("met", "其中县城第二水厂、霁川大道东延工程、县职教中心新校区提前完成", None, it)
      for it in ["县城第二水厂", "霁川大道东延工程", "县职教中心新校区"]],
    S("met", "基本完成3项：县城第二污水处理厂扩建，主体工程已完工", None, "县城第二污水处理厂扩建", count=3, note=BASIC),
    S("met", "城东片区棚户区改造，完成年度任务的95%", None, "城东片区棚户区改造", count=3, note=BASIC),
    S("met", "“智慧霁川”一期，主要模块已上线试运行", None, "“智慧霁川”一期", count=3, note=BASIC),
    C(95, "城东片区棚户区改造，完成年度任务的95%", None, "城东片区棚户区改造"),
    S("partly_met", "部分完成2项：农村公路安防工程，完成120公里，占年度任务的60%", None, "农村公路安防工程", count=2),
    S("partly_met", "县城公共停车场建设，计划新建5处，建成3处", None, "县城公共停车场建设", count=2,
      note="second item of 部分完成2项"),
    C(60, "部分完成2项：农村公路安防工程，完成120公里，占年度任务的60%", None, "农村公路安防工程"),
]


def build05():
    cc = opencc.OpenCC("s2tw")
    text = cc.convert(T05_S)
    (HERE / f"{D05}.txt").write_text(text, encoding="utf-8")
    facts = []
    for d in _F05_S:
        d = dict(d)
        d["quote"] = cc.convert(d["quote"])
        if d["item"]:
            d["item"] = cc.convert(d["item"])
        facts.append(d)
    write_gold(D05, facts)


# ======================================================================================
# 06  澄州市  city H1 督查报告 on the work report's targets and 126 tasks; many cue wordings
# ======================================================================================
D06 = "06_chengzhou_h1_cues"
T06 = """关于2025年上半年市政府工作报告目标任务推进情况的督查报告

市政府：
    按照市政府工作安排，市政府督查室会同市发改委、市统计局，于7月上旬对2025年市政府工作报告确定的主要预期目标和126项重点任务上半年推进情况开展了专项督查。现将有关情况报告如下。

    一、主要预期目标推进情况
    上半年，全市实现地区生产总值1286.4亿元，同比增长5.6%，增速与一季度基本持平。纳入监测的16项主要预期目标中，进展顺利的11项，尚未达到序时进度的5项，分别为固定资产投资、工业投资、进出口总额、实际利用外资、一般公共预算收入。
    从具体指标看，城镇新增就业、农村居民人均可支配收入提前完成半年目标任务；规上工业增加值同比增长7.2%，高于全省平均1.0个百分点；社零额同比增长5.9%，超过年度目标0.4个百分点。实际利用外资到位1.2亿美元，完成年度目标的40.0%，比序时进度低10个百分点；一般公共预算收入完成48.6亿元，同比下降2.1%，完成预算的47.3%；固定资产投资同比增长3.1%，与8%的年度目标差距较大，下半年追赶压力较大。

    二、重点任务推进情况
    十大类126项重点任务中，已完成19项，稳步推进98项，进展滞后7项，暂停实施1项（市体育中心二期），调整取消1项（城西旅游集散中心）。
    （一）已完成的任务。城市轨道交通1号线南延段已全面完成并开通试运营；新建改建农村公路350公里，已超额完成年度任务；市儿童医院提前建成投用；澄州港三期码头主体工程提前完成。
    （二）稳步推进的任务。中心城区快速路二期、老旧小区改造提升、城市更新示范片区等98项任务均按计划节点稳步推进，其中中心城区快速路二期完成年度投资的56%。
    （三）进展滞后的任务。7项滞后任务分别是：①城市中心区地下综合管廊二期（市住建局），完成年度投资的22%，明显滞后；②老工业区搬迁改造（市工信局），尚未达到序时进度；③澄江新区污水处理厂（市水务局），未能完成上半年节点目标；④东部物流枢纽（市交通运输局），征拆推进缓慢；⑤国家级文化产业示范园（市文广旅局），招商进展不及预期；⑥市民中心二期（市机关事务局），设计方案反复调整；⑦数字政府二期（市大数据局），尚未启动招标。
    （四）暂停和取消的任务。市体育中心二期因资金平衡方案调整，暂停实施，待论证后再行推进；城西旅游集散中心因选址与国土空间规划冲突，经市政府常务会议研究，调整取消。

    三、存在的问题
    一是部分任务推进不够理想，前期手续办理周期偏长。二是区域间不平衡，各县（市、区）中，云台县重点任务完成率达92%，而北岗区仅为61%。三是下半年完成全年目标任务压力较大，外资、外贸等指标增长后劲不足。

    四、下一步建议
    对照年初目标，倒排工期，对滞后任务实行挂牌督办、销号管理，确保全年目标任务如期完成。

市政府督查室
2025年7月21日
"""
LATE06 = {
    "城市中心区地下综合管廊二期": "①城市中心区地下综合管廊二期（市住建局），完成年度投资的22%，明显滞后",
    "老工业区搬迁改造": "②老工业区搬迁改造（市工信局），尚未达到序时进度",
    "澄江新区污水处理厂": "③澄江新区污水处理厂（市水务局），未能完成上半年节点目标",
    "东部物流枢纽": "④东部物流枢纽（市交通运输局），征拆推进缓慢",
    "国家级文化产业示范园": "⑤国家级文化产业示范园（市文广旅局），招商进展不及预期",
    "市民中心二期": "⑥市民中心二期（市机关事务局），设计方案反复调整",
    "数字政府二期": "⑦数字政府二期（市大数据局），尚未启动招标",
}
Q06_5 = "尚未达到序时进度的5项，分别为固定资产投资、工业投资、进出口总额、实际利用外资、一般公共预算收入"
FACTS06 = [
    tally("on_schedule", 11, "纳入监测的16项主要预期目标中，进展顺利的11项",
          note="进展顺利 = 顺利推进: on_schedule (not 达到序时进度)"),
    *[S("not_met", Q06_5, m, count=5) for m in
      ["fixed_asset_investment", "industrial_investment", "foreign_trade", "fdi", "general_budget_revenue"]],
    *[S("met", "城镇新增就业、农村居民人均可支配收入提前完成半年目标任务", m)
      for m in ["new_urban_jobs", "rural_income"]],
    L(-0.4, "社零额同比增长5.9%，超过年度目标0.4个百分点", "retail_sales"),
    C(40.0, "实际利用外资到位1.2亿美元，完成年度目标的40.0%，比序时进度低10个百分点", "fdi"),
    L(10, "实际利用外资到位1.2亿美元，完成年度目标的40.0%，比序时进度低10个百分点", "fdi"),
    C(47.3, "一般公共预算收入完成48.6亿元，同比下降2.1%，完成预算的47.3%", "general_budget_revenue"),
    tally("met", 19, "十大类126项重点任务中，已完成19项"),
    tally("on_schedule", 98, "已完成19项，稳步推进98项"),
    tally("not_met", 7, "稳步推进98项，进展滞后7项",
          note="names nothing here; the seven are named in (三) with their own facts"),
    S("not_met", "暂停实施1项（市体育中心二期）", None, "市体育中心二期", count=1, optional=True,
      note="暂停实施: not_met, cancelled or nothing (as s14's 暂缓实施)"),
    S("cancelled", "暂停实施1项（市体育中心二期）", None, "市体育中心二期", count=1, optional=True,
      note="alternative reading of 暂停实施"),
    S("cancelled", "调整取消1项（城西旅游集散中心）", None, "城西旅游集散中心", count=1,
      note="restated in (四): one fact"),
    S("met", "城市轨道交通1号线南延段已全面完成并开通试运营", None, "城市轨道交通1号线南延段"),
    S("met", "新建改建农村公路350公里，已超额完成年度任务", None, "新建改建农村公路350公里"),
    S("met", "市儿童医院提前建成投用", None, "市儿童医院", note="建成投用 = 已建成/已投入使用"),
    S("met", "澄州港三期码头主体工程提前完成", None, "澄州港三期码头主体工程"),
    *[S("on_schedule", "中心城区快速路二期、老旧小区改造提升、城市更新示范片区等98项任务均按计划节点稳步推进", None, it,
        count=98, note="three named of 98 (等): count as stated")
      for it in ["中心城区快速路二期", "老旧小区改造提升", "城市更新示范片区"]],
    C(56, "其中中心城区快速路二期完成年度投资的56%", None, "中心城区快速路二期"),
    *[S("not_met", q, None, it, count=7, note="7项滞后任务分别是：①…⑦") for it, q in LATE06.items()],
    C(22, LATE06["城市中心区地下综合管廊二期"], None, "城市中心区地下综合管廊二期"),
]


def build06():
    (HERE / f"{D06}.txt").write_text(T06, encoding="utf-8")
    write_gold(D06, FACTS06)


# ======================================================================================
# 07  柘岭县  Q1 红黄绿灯 monitoring notice; indicator table flattened with runs of spaces
# ======================================================================================
D07 = "07_zheling_q1_lights_spaces"
ROWS07 = [
    ("指标名称", "年度目标", "一季度完成", "完成进度(%)", "亮灯"),
    ("规模以上工业总产值(亿元)", "360", "94.3", "26.2", "绿灯"),
    ("固定资产投资(亿元)", "150", "34.1", "22.7", "黄灯"),
    ("工业投资(亿元)", "58", "10.9", "18.8", "红灯"),
    ("社会消费品零售总额(亿元)", "96", "24.6", "25.6", "绿灯"),
    ("一般公共预算收入(亿元)", "12.8", "3.52", "27.5", "绿灯"),
    ("进出口总额(亿元)", "22", "5.6", "25.5", "绿灯"),
    ("实际利用外资(万美元)", "3000", "420", "14.0", "红灯"),
    ("城镇新增就业(人)", "4200", "1130", "26.9", "绿灯"),
]


def _pad(s, w):
    n = sum(2 if ord(ch) > 127 else 1 for ch in s)
    return s + " " * max(2, w - n)


TABLE07 = ["".join(_pad(c, w) for c, w in zip(r, (28, 12, 14, 16, 6))).rstrip() for r in ROWS07]
T07 = """柘岭县2025年一季度主要经济指标和重点项目“红黄绿灯”监测通报

县发展和改革局  县统计局
2025年4月22日

    一季度，县发改局、县统计局对纳入年度考核的10项主要经济指标和42个县级重点项目进行了监测。主要经济指标按照“达到或超过序时进度亮绿灯、低于序时进度5个百分点以内亮黄灯、低于序时进度5个百分点以上亮红灯”的标准亮灯，重点项目按照“按计划节点推进亮绿灯、稍有滞后亮黄灯、严重滞后亮红灯”的标准亮灯。总体看，一季度全县经济实现平稳开局。

    一、主要经济指标
    10项主要经济指标中，亮绿灯7项，亮黄灯1项（固定资产投资），亮红灯2项（工业投资、实际利用外资）。其中，地区生产总值、城镇居民人均可支配收入2项指标按季度核算，分别增长5.9%和5.6%，均达到年度目标，亮绿灯。其余8项指标监测情况如下：

""" + "\n".join(TABLE07) + """

    固定资产投资完成34.1亿元，完成年度目标的22.7%，比序时进度低2.3个百分点，主要是新开工项目偏少、房地产投资下降。工业投资、实际利用外资分别低于序时进度6.2个和11个百分点，二季度外资项目集中到位的可能性不大。规上工业增加值同比增长8.6%，比去年同期提高1.4个百分点，增速高于全市平均0.5个百分点；柘岭经开区规上工业总产值完成进度达31.5%，带动作用明显。

    二、县级重点项目
    42个县级重点项目中，绿灯项目35个，黄灯项目5个，红灯项目2个（城南大道改造工程、柘岭港作业区一期）。城南大道改造工程受管线迁移影响，一季度完成投资仅占年度计划的6%；柘岭港作业区一期因海域使用审批未获批复，尚未开工。

    三、工作要求
    各亮黄灯、红灯的指标和项目牵头单位要逐项分析原因，制定赶超措施，确保上半年实现“双过半”。
"""
M07 = {"规模以上工业总产值(亿元)": "industrial_output_above_scale", "固定资产投资(亿元)": "fixed_asset_investment",
       "工业投资(亿元)": "industrial_investment", "社会消费品零售总额(亿元)": "retail_sales",
       "一般公共预算收入(亿元)": "general_budget_revenue", "进出口总额(亿元)": "foreign_trade",
       "实际利用外资(万美元)": "fdi", "城镇新增就业(人)": "new_urban_jobs"}


def _facts07():
    line = {r[0]: TABLE07[i] for i, r in enumerate(ROWS07)}
    f = [
        tally("met", 7, "10项主要经济指标中，亮绿灯7项", note="green = 达到或超过序时进度: met"),
        S("not_met", "亮黄灯1项（固定资产投资）", "fixed_asset_investment", count=1,
          note="restated by the table row (黄灯): one fact"),
        *[S("not_met", "亮红灯2项（工业投资、实际利用外资）", m, count=2, note="restated by the table rows: one fact")
          for m in ["industrial_investment", "fdi"]],
        *[S("met", "地区生产总值、城镇居民人均可支配收入2项指标按季度核算，分别增长5.9%和5.6%，均达到年度目标", m, count=2)
          for m in ["gdp", "urban_income"]],
    ]
    for r in ROWS07[1:]:
        note = None
        if r[0] == "固定资产投资(亿元)":
            note = "restated in prose (完成年度目标的22.7%): one fact"
        d = C(float(r[3]), line[r[0]], M07[r[0]])
        if note:
            d["note"] = note
        f.append(d)
        if r[4] == "绿灯":
            f.append(S("met", line[r[0]], M07[r[0]],
                       note="table 亮灯 column only: 绿灯 = 达到或超过序时进度 (see README decision 1)"))
    f += [
        L(2.3, "固定资产投资完成34.1亿元，完成年度目标的22.7%，比序时进度低2.3个百分点", "fixed_asset_investment"),
        L(6.2, "工业投资、实际利用外资分别低于序时进度6.2个和11个百分点", "industrial_investment"),
        L(11, "工业投资、实际利用外资分别低于序时进度6.2个和11个百分点", "fdi"),
        tally("on_schedule", 35, "42个县级重点项目中，绿灯项目35个", note="green project = 按计划节点推进"),
        tally("not_met", 5, "黄灯项目5个", note="yellow project = 稍有滞后: not_met"),
        *[S("not_met", "红灯项目2个（城南大道改造工程、柘岭港作业区一期）", None, it, count=2)
          for it in ["城南大道改造工程", "柘岭港作业区一期"]],
        C(6, "城南大道改造工程受管线迁移影响，一季度完成投资仅占年度计划的6%", None, "城南大道改造工程"),
    ]
    return f


FACTS07 = _facts07()


def build07():
    (HERE / f"{D07}.txt").write_text(T07, encoding="utf-8")
    write_gold(D07, FACTS07)


if __name__ == "__main__":
    for b in (build01, build02, build03, build04, build05, build06, build07):
        b()
    print("built", sorted(p.name for p in HERE.iterdir() if p.suffix in (".html", ".txt", ".docx", ".jsonl")))
