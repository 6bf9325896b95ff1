#!/usr/bin/env python3
"""Build blind set s19: seven invented documents and their hand-written gold progress facts.

Run `python3 build.py`; then `python3 check.py`. Never runs or imports govtargets.
All places, units, projects and figures are invented.
"""
import json
from pathlib import Path

import opencc
from docx import Document

HERE = Path(__file__).resolve().parent
S2T = opencc.OpenCC("s2tw")


def F(measure, metric, item, value, status, quote, **extra):
    d = {"measure": measure, "metric": metric, "item": item, "value": value, "status": status, "quote": quote}
    for k in ("optional", "count", "tally", "rest", "confidence", "note"):
        if k in extra:
            d[k] = extra.pop(k)
    assert not extra, extra
    return d


def C(metric, value, quote, item=None, **kw):
    return F("completion", metric, item, value, None, quote, **kw)


def L(metric, value, quote, item=None, **kw):
    return F("lag", metric, item, value, None, quote, **kw)


def S(metric, status, quote, item=None, **kw):
    return F("status", metric, item, None, status, quote, **kw)


def T(status, count, quote, **kw):
    return F("status", None, None, None, status, quote, count=count, tally=True, **kw)


def write_gold(stem, facts):
    with open(HERE / f"{stem}.progress.jsonl", "w", encoding="utf-8") as fh:
        for d in facts:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------------------------
# 01  a department's own H1 report to the county government, tasks numbered with 完成情况 / 下步打算;
#     GB18030 bytes
# ---------------------------------------------------------------------------------------------
D01 = """关于2025年上半年政府工作报告涉及我局任务落实情况的报告

县人民政府：

根据《沅澄县2025年政府工作报告重点任务分解方案》，我局牵头承担政府工作报告任务7项。上半年，我局坚持清单化推进、项目化落实，每月召开专题调度会，截至6月30日，已完成2项，按序时推进4项，进展滞后1项。现将具体情况报告如下：

一、城镇老旧小区改造
年度任务：改造城镇老旧小区42个，惠及居民3860户。
完成情况：已开工38个，完工21个，完工数占年度任务的50%，目前按序时推进。改造户数比去年同期增加620户。
下步打算：督促施工单位增加作业面，确保9月底前42个小区全部开工、年底前全部完工。

二、城区污水管网建设
年度任务：新建和改造污水管网36公里。
完成情况：已铺设管网19.8公里，完成年度任务的55%，快于序时进度5个百分点。其中城东片区完成率达78%，城西片区受征迁影响仅完成31%。
下步打算：集中力量攻坚城西片区，力争提前完成全年任务。

三、保障性租赁住房筹集
年度任务：筹集保障性租赁住房600套。
完成情况：通过新建、改建和盘活存量房屋等方式筹集房源612套，完成率达102%，提前完成全年目标任务。
下步打算：做好房源分配和入住管理，严格租金标准。

四、县城第二污水处理厂提标改造
年度任务：出水标准由一级B提升至一级A。
完成情况：工程已完工，6月起出水水质稳定达到一级A标准，日处理能力由3万吨提高到4万吨。
下步打算：加强运行监管，确保稳定达标排放。

五、燃气管道老化更新改造
年度任务：更新改造城市燃气管道85公里。
完成情况：已完成更新改造31公里，因部分路段与城区道路改造交叉施工，进展较慢。
下步打算：与交通运输部门建立联合调度机制，错峰组织施工。受上级补助资金下达偏晚影响，全年改造任务完成有一定难度，我局将积极争取资金支持。

六、北门片区城市更新
年度任务：完成片区房屋征收，启动一期安置房建设。
完成情况：前期工作有序推进，已完成项目可行性研究报告编制和征收范围摸底调查。
下步打算：三季度启动房屋征收，确保年底前一期安置房开工建设。

七、建筑业提质增效
年度任务：新增资质等级以上建筑企业6家。
完成情况：新增资质等级以上建筑企业3家，完成年度目标的50%，稳步推进。上半年全县建筑业总产值42.6亿元，同比增长9.3%，增速居全市第二位。
下步打算：加大本地企业培育和外地优质企业招引力度。

此外，局属县市政公用事业服务中心承担的8个市政设施维护项目已完成6个，完成率达75%。

总体看，我局承担的各项任务推进情况良好，但也存在资金保障压力大、部分项目征迁难度大等问题。下一步，我局将对照任务清单，倒排工期，挂图作战，确保全面完成全年目标任务。

特此报告。

沅澄县住房和城乡建设局
2025年7月8日
"""

G01 = [
    T("met", 2, "已完成2项，按序时推进4项，进展滞后1项", note="inside 我局牵头承担政府工作报告任务7项; the items are named below, the tally names none"),
    T("on_schedule", 4, "已完成2项，按序时推进4项，进展滞后1项", note="按序时推进 → on_schedule"),
    T("not_met", 1, "已完成2项，按序时推进4项，进展滞后1项", note="进展滞后 names nothing here (task 五 is named below, decision: tally and item kept apart)"),
    C(None, 50, "完成情况：已开工38个，完工21个，完工数占年度任务的50%，目前按序时推进", item="城镇老旧小区改造",
      note="item = the numbered heading; 占年度任务的X% is a completion"),
    S(None, "on_schedule", "完成情况：已开工38个，完工21个，完工数占年度任务的50%，目前按序时推进", item="城镇老旧小区改造"),
    C(None, 55, "完成情况：已铺设管网19.8公里，完成年度任务的55%，快于序时进度5个百分点", item="城区污水管网建设"),
    L(None, -5, "完成情况：已铺设管网19.8公里，完成年度任务的55%，快于序时进度5个百分点", item="城区污水管网建设",
      note="快于序时进度X个百分点 → −X; 城东片区完成率达78% / 城西片区仅完成31% are parts (sub-units): nothing"),
    C(None, 102, "筹集房源612套，完成率达102%，提前完成全年目标任务", item="保障性租赁住房筹集", note="完成率达 = 完成率为"),
    S(None, "met", "筹集房源612套，完成率达102%，提前完成全年目标任务", item="保障性租赁住房筹集"),
    S(None, "met", "完成情况：工程已完工", item="县城第二污水处理厂提标改造", note="已完工 = 已竣工 (listed) → met"),
    S(None, "not_met", "因部分路段与城区道路改造交叉施工，进展较慢", item="燃气管道老化更新改造",
      note="进展较慢 = 进展缓慢 (listed) → not_met; the later 完成有一定难度 is a forecast"),
    S(None, "on_schedule", "完成情况：前期工作有序推进", item="北门片区城市更新", note="有序推进 after a task heading"),
    C(None, 50, "新增资质等级以上建筑企业3家，完成年度目标的50%，稳步推进", item="建筑业提质增效"),
    S(None, "on_schedule", "新增资质等级以上建筑企业3家，完成年度目标的50%，稳步推进", item="建筑业提质增效",
      note="建筑业总产值 growth 9.3% is an actual of no core indicator"),
]

# ---------------------------------------------------------------------------------------------
# 02  a reply to a monthly 督查专报 (督办事项办理情况的报告), six items with 办理结果; saved html page
# ---------------------------------------------------------------------------------------------
A02 = [
    "岚溪县人民政府办公室关于市政府督查专报（2025年第7期）督办事项办理情况的报告",
    "岚政办报〔2025〕41号",
    "市政府督查室：",
    "《市政府督查专报》（2025年第7期）交办我县督办事项6项。收到督办单后，县政府主要领导逐项作出批示，明确县级领导牵头、责任单位具体承办，实行周调度、旬通报。截至7月31日，已办结2项，基本办结1项，正在办理2项，未办结1项。现将办理情况报告如下：",
    "一、加快推进县城至高铁站快速通道建设（承办单位：县交通运输局）",
    "办理结果：已办结。快速通道主线沥青摊铺已于7月25日全部完成，交通标志标线同步施划到位，具备通车条件。",
    "二、解决桂花园小区不动产登记办证难问题（承办单位：县自然资源局）",
    "办理结果：基本办结。已为386户中的371户办理不动产权证书，剩余15户因欠缴税费，正在逐户上门协调。",
    "三、推动县标准厂房二期项目建设（承办单位：县工业和信息化局）",
    "办理结果：正在办理。项目6栋厂房主体结构已全部封顶，完成工程量的72%，预计10月底前竣工交付。",
    "四、加快全县固定资产投资进度（承办单位：县发展和改革局）",
    "办理结果：县发展和改革局牵头建立重点项目“红黑榜”制度，对新开工项目实行全程代办。1-7月，全县固定资产投资同比增长4.8%，完成年度目标的54.2%，低于序时进度4.1个百分点，差距较6月底收窄2.3个百分点。其中县经济开发区完成年度目标的61.5%；各乡镇中仍有3个乡镇低于序时进度10个百分点以上。",
    "五、推进农村生活垃圾分类示范村创建（承办单位：县农业农村局）",
    "办理结果：已办结。全县28个示范村创建任务全部完成，分类投放设施覆盖率达100%。",
    "六、督促解决东湖社区菜市场改造停工问题（承办单位：县商务局）",
    "办理结果：未办结。因原施工单位资金链断裂，项目仍处于停工状态。县商务局已会同东湖街道启动重新招标程序，要确保9月底前复工。受工期影响，该菜市场年内建成投用存在较大难度。",
    "总体看，本期督办事项办理进展较好，办结率比第6期提高16.7个百分点。下一步，我县将对未办结事项实行挂牌督办，每周跟踪，办结一项、报告一项，确保督办事项件件有着落、事事有回音。",
    "特此报告。",
    "岚溪县人民政府办公室",
    "2025年8月4日",
]

HTML02_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>岚溪县人民政府办公室关于市政府督查专报（2025年第7期）督办事项办理情况的报告_督查督办_岚溪县人民政府</title>
<meta name="keywords" content="督查督办,办理情况,岚溪县">
<link rel="stylesheet" href="/static/css/main.css">
<script type="text/javascript">var _hmt = _hmt || []; var siteId = "lx2025"; function setFont(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head>
<body>
<div class="topbar"><a href="/">岚溪县人民政府</a> | <a href="/wza/">无障碍</a> | <a href="/en/">English</a> | <a href="/big5/">繁體</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/dcdb/">督查督办</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/dcdb/">督查督办</a> &gt; 正文</div>
<div class="main">
<div class="left">
<div class="info">发布时间：2025-08-04 10:32　来源：县政府办公室　浏览次数：<span id="hits">1286</span>　字号：[<a href="javascript:setFont(18)">大</a>] [<a href="javascript:setFont(16)">中</a>] [<a href="javascript:setFont(14)">小</a>]</div>
<div class="article" id="zoom">
"""

HTML02_TAIL = """</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> 【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="prevnext">
<p>上一篇：<a href="/dcdb/202507/t20250705_1123.html">关于市政府督查专报（2025年第6期）督办事项办理情况的报告（已办结5项）</a></p>
<p>下一篇：<a href="/dcdb/202508/t20250812_1187.html">关于开展2025年下半年政府工作报告重点任务专项督查的通知</a></p>
</div>
</div>
<div class="right">
<div class="box"><h3>热点关注</h3><ul>
<li><a href="#">峰口县1-7月固定资产投资完成年度目标的62.3%，超序时进度4个百分点</a></li>
<li><a href="#">全市督查专报第7期：12个县（市、区）督办事项已办结41项</a></li>
<li><a href="#">我县农村生活垃圾分类工作获评全市先进</a></li>
<li><a href="#">县城至高铁站快速通道建设进展顺利</a></li>
</ul></div>
<div class="box"><h3>相关链接</h3><ul><li><a href="#">市政府督查室</a></li><li><a href="#">县12345政务服务便民热线</a></li></ul></div>
</div>
</div>
<div class="footer"><p>主办：岚溪县人民政府办公室　承办：岚溪县大数据中心</p><p>网站标识码：3609990001　某ICP备20250001号-1　公安机关备案号：36099902000123</p><p>建议使用1366×768以上分辨率浏览</p></div>
<script type="text/javascript">document.write('<img src="/stat.gif?p=dcdb" width="1" height="1">');</script>
</body>
</html>
"""

G02 = [
    T("met", 2, "截至7月31日，已办结2项，基本办结1项，正在办理2项，未办结1项", note="已办结 → met; inside 督办事项6项"),
    T("met", 1, "截至7月31日，已办结2项，基本办结1项，正在办理2项，未办结1项", optional=True,
      note="基本办结 is in no word list (基本完成 is met): met or nothing"),
    T("on_schedule", 2, "截至7月31日，已办结2项，基本办结1项，正在办理2项，未办结1项", optional=True,
      note="正在办理 is in no word list (正在推进 is on_schedule): on_schedule or nothing"),
    T("not_met", 1, "截至7月31日，已办结2项，基本办结1项，正在办理2项，未办结1项",
      note="未办结 = the 督办 item not closed, as 未完成 → not_met"),
    S(None, "met", "办理结果：已办结。快速通道主线沥青摊铺已于7月25日全部完成", item="加快推进县城至高铁站快速通道建设"),
    S(None, "met", "办理结果：基本办结。已为386户中的371户办理不动产权证书", item="解决桂花园小区不动产登记办证难问题",
      optional=True, note="基本办结: met or nothing"),
    C(None, 72, "办理结果：正在办理。项目6栋厂房主体结构已全部封顶，完成工程量的72%", item="推动县标准厂房二期项目建设",
      note="预计10月底前竣工交付 is a forecast"),
    S(None, "on_schedule", "办理结果：正在办理。项目6栋厂房主体结构已全部封顶，完成工程量的72%", item="推动县标准厂房二期项目建设",
      optional=True, note="正在办理: on_schedule or nothing"),
    C("fixed_asset_investment", 54.2, "全县固定资产投资同比增长4.8%，完成年度目标的54.2%，低于序时进度4.1个百分点",
      note="growth 4.8% is an actual; 收窄2.3个百分点 is a change, not a lag; 经开区 61.5% and the towns are sub-units"),
    L("fixed_asset_investment", 4.1, "全县固定资产投资同比增长4.8%，完成年度目标的54.2%，低于序时进度4.1个百分点"),
    S(None, "met", "办理结果：已办结。全县28个示范村创建任务全部完成", item="推进农村生活垃圾分类示范村创建",
      note="已办结 and 全部完成 restate one status; 覆盖率达100% is a rate, not a completion"),
    S(None, "not_met", "办理结果：未办结。因原施工单位资金链断裂，项目仍处于停工状态", item="督促解决东湖社区菜市场改造停工问题",
      note="未办结 → not_met (decision); 年内建成投用存在较大难度 is a forecast, not met"),
]

# ---------------------------------------------------------------------------------------------
# 03  quarterly ranking bulletin of towns and departments (Q1-Q3, schedule 75%); traditional script
# ---------------------------------------------------------------------------------------------
D03_S = """枫泽县人民政府办公室
关于2025年前三季度乡镇（街道）和县直部门目标责任考核排名情况的通报

各乡镇人民政府、街道办事处，县直各部门：

根据《枫泽县2025年度目标责任考核办法》，县考核办对各乡镇（街道）和县直部门前三季度主要指标完成情况进行了季度考评。现将有关情况通报如下：

一、全县主要指标完成情况

前三季度，全县实现地区生产总值218.6亿元，同比增长5.6%，增速比上半年回升0.4个百分点，高于全市平均0.8个百分点。全县12项考核指标中，达到或超过序时进度的9项；未达到序时进度的3项，分别是社会消费品零售总额、进出口总额和实际利用外资。

固定资产投资完成年度目标的78.4%，超序时进度3.4个百分点；规上工业增加值同比增长7.2%，超过年度目标0.7个百分点；一般公共预算收入完成12.9亿元，为年度预算的80.2%；社会消费品零售总额完成年度目标的73.1%，低于序时进度1.9个百分点；进出口总额完成率达68.2%；实际利用外资完成年度目标的52.0%，比序时进度低23个百分点，全年完成目标难度较大。

二、乡镇（街道）考核排名

按照指标完成率、增速和重点工作得分综合计算，前三季度各乡镇（街道）考核排名如下：
排名	乡镇（街道）	综合得分	固定资产投资完成率(%)	一般公共预算收入完成率(%)	规上工业增加值增速(%)
1	龙泉镇	96.5	92.3	85.6	9.8
2	枫阳街道	94.2	88.7	83.1	8.6
3	石溪镇	91.8	81.5	79.4	7.9
4	青檀乡	88.3	76.2	77.8	6.5
5	白石乡	85.1	70.4	74.2	3.1
6	柳埠镇	83.6	66.9	71.5	4.4
—	全县	—	78.4	80.2	7.2

龙泉镇、枫阳街道、石溪镇位列前三。白石乡、柳埠镇排名靠后，其中白石乡规上工业增加值增速低于全县平均4.1个百分点，柳埠镇固定资产投资完成率低于序时进度8.1个百分点。

三、县直部门考核排名

县直部门考核中，县发展和改革局、县商务局、县住房和城乡建设局综合得分分别为97.2分、95.8分和94.6分，位列前三；县直部门重点工作任务平均完成率为86.5%，县自然资源局承担的重点任务完成率达91%。县商务局牵头的进出口总额、实际利用外资2项指标未达到序时进度，按考核办法扣减2分。

四、有关要求

全县经济运行总体保持稳中向好态势，但部分指标与序时进度仍有差距。各乡镇（街道）、各部门要对照年度目标查找差距，确保全年目标任务全面完成。排名后两位的乡镇由县政府分管领导约谈。

枫泽县人民政府办公室
2025年10月20日
"""

G03_S = [
    T("met", 9, "全县12项考核指标中，达到或超过序时进度的9项", note="a count naming nothing, inside 12项"),
    S("retail_sales", "not_met", "未达到序时进度的3项，分别是社会消费品零售总额、进出口总额和实际利用外资", count=3),
    S("foreign_trade", "not_met", "未达到序时进度的3项，分别是社会消费品零售总额、进出口总额和实际利用外资", count=3),
    S("fdi", "not_met", "未达到序时进度的3项，分别是社会消费品零售总额、进出口总额和实际利用外资", count=3),
    C("fixed_asset_investment", 78.4, "固定资产投资完成年度目标的78.4%，超序时进度3.4个百分点",
      note="restated in the table's 全县 row: one fact; the towns' rows are sub-units"),
    L("fixed_asset_investment", -3.4, "固定资产投资完成年度目标的78.4%，超序时进度3.4个百分点"),
    L("industrial_va_above_scale", -0.7, "规上工业增加值同比增长7.2%，超过年度目标0.7个百分点", note="growth 7.2% is an actual"),
    C("general_budget_revenue", 80.2, "一般公共预算收入完成12.9亿元，为年度预算的80.2%", note="restated in the 全县 row"),
    C("retail_sales", 73.1, "社会消费品零售总额完成年度目标的73.1%，低于序时进度1.9个百分点"),
    L("retail_sales", 1.9, "社会消费品零售总额完成年度目标的73.1%，低于序时进度1.9个百分点"),
    C("foreign_trade", 68.2, "进出口总额完成率达68.2%", note="完成率达"),
    C("fdi", 52.0, "实际利用外资完成年度目标的52.0%，比序时进度低23个百分点"),
    L("fdi", 23, "实际利用外资完成年度目标的52.0%，比序时进度低23个百分点", note="全年完成目标难度较大 is a forecast"),
    S("foreign_trade", "not_met", "县商务局牵头的进出口总额、实际利用外资2项指标未达到序时进度", count=2,
      note="the county's indicators led by a department; same status in a second list with another count: kept (annotation.md decision 6)"),
    S("fdi", "not_met", "县商务局牵头的进出口总额、实际利用外资2项指标未达到序时进度", count=2),
]

# ---------------------------------------------------------------------------------------------
# 04  民生实事 progress table (.docx): 序号/项目名称/年度目标/完成情况/完成进度(%)/责任单位/备注
# ---------------------------------------------------------------------------------------------
P04_BEFORE = [
    "黛溪县2025年十件民生实事项目推进情况",
    "（截至2025年9月30日）",
    "今年县政府确定的十件民生实事，年度计划投资3.86亿元，全县民生领域投入同比增长7.9%。截至9月30日，10件民生实事中，已完成4件（农村公路提质改造、老年助餐服务点建设、免费“两癌”筛查、残疾儿童康复救助），提前完成年度任务；其余6件中，4件按计划推进，2件进展滞后（城乡供水一体化、城区雨污分流改造）。与去年同期相比，多完成2件。各乡镇承担的配套任务中，石梁镇完成进度最快，达98.6%。具体情况如下：",
]
HEADER04 = ["序号", "项目名称", "年度目标", "完成情况", "完成进度(%)", "责任单位", "备注"]
ROWS04 = [
    ["1", "城区公办幼儿园建设", "新建公办幼儿园3所，新增学位1080个", "3所主体已完工，其中2所已投入使用", "85", "县教育局", "有序推进"],
    ["2", "农村公路提质改造", "改造农村公路150公里", "完成改造168公里", "112", "县交通运输局", "超额完成年度任务"],
    ["3", "老年助餐服务点建设", "新建老年助餐服务点40个", "建成46个，覆盖城区和12个乡镇", "115", "县民政局", "已建成投用"],
    ["4", "城乡供水一体化", "新增受益人口2.4万人", "新增受益人口1.39万人", "58", "县水利局", "水厂扩建用地报批滞后，进度偏慢"],
    ["5", "免费“两癌”筛查", "筛查适龄妇女1.2万人", "已筛查1.26万人", "105", "县卫生健康局", "已完成"],
    ["6", "城区公共停车泊位建设", "新增公共停车泊位1500个", "新增1140个", "76", "县城市管理局", "按计划推进"],
    ["7", "农贸市场改造提升", "改造提升农贸市场5个", "4个已完工，1个正在装修", "80", "县商务局", ""],
    ["8", "残疾儿童康复救助", "救助残疾儿童260名", "已救助271名", "104.2", "县残联", "已全面完成"],
    ["9", "城区雨污分流改造", "改造雨污管网12公里", "施工图设计已完成，尚未开工", "5", "县住房和城乡建设局", "受汛期影响推迟"],
    ["10", "职业技能培训", "开展补贴性职业技能培训8000人次", "已培训7320人次", "91.5", "县人力资源和社会保障局", "培训补贴资金已到位"],
]
P04_AFTER = [
    "注：完成进度(%)为截至9月30日实际完成量占年度目标的比例，超过100%的为超额完成。",
    "总体看，各项工作进展顺利。下一步，各责任单位要倒排工期，确保年底前十件民生实事全部完成。城区雨污分流改造年内完工难度较大，县住房和城乡建设局要优化施工组织，尽可能压缩工期。",
    "黛溪县人民政府办公室",
    "2025年10月10日",
]


def row(r):
    return "\t".join(r)


INTRO04 = "已完成4件（农村公路提质改造、老年助餐服务点建设、免费“两癌”筛查、残疾儿童康复救助），提前完成年度任务"
G04 = [
    S(None, "met", INTRO04, item="农村公路提质改造", count=4, note="restated by the row (超额完成年度任务): one fact"),
    S(None, "met", INTRO04, item="老年助餐服务点建设", count=4, note="restated by the row (已建成投用)"),
    S(None, "met", INTRO04, item="免费“两癌”筛查", count=4, note="restated by the row (已完成)"),
    S(None, "met", INTRO04, item="残疾儿童康复救助", count=4, note="restated by the row (已全面完成)"),
    T("on_schedule", 4, "其余6件中，4件按计划推进", note="a count naming nothing inside 其余6件中; not a rest (the 6 are split)"),
    S(None, "not_met", "2件进展滞后（城乡供水一体化、城区雨污分流改造）", item="城乡供水一体化", count=2,
      note="restated by the row (进度偏慢)"),
    S(None, "not_met", "2件进展滞后（城乡供水一体化、城区雨污分流改造）", item="城区雨污分流改造", count=2,
      note="restated by the row (尚未开工)"),
]
_notes04 = {
    "1": "row: 完成进度(%) column; 主体已完工 of 3 kindergartens is a part, not the item's status",
    "2": "over 100%",
    "3": "over 100%",
    "7": "4个已完工 is a part; no status for the row",
    "8": "over 100%",
    "10": "备注 培训补贴资金已到位 is about the funds, not the item: no status",
}
for r in ROWS04:
    kw = {"note": _notes04[r[0]]} if r[0] in _notes04 else {}
    G04.append(C(None, float(r[4]) if "." in r[4] else int(r[4]), row(r), item=r[1], **kw))
G04.append(S(None, "on_schedule", row(ROWS04[0]), item="城区公办幼儿园建设", note="备注 有序推进"))
G04.append(S(None, "on_schedule", row(ROWS04[5]), item="城区公共停车泊位建设", note="备注 按计划推进"))

# ---------------------------------------------------------------------------------------------
# 05  mid-year review in running prose, 分别 lists, 时间过半任务过半 per indicator; one line, no break
# ---------------------------------------------------------------------------------------------
D05 = ("桐岭县2025年上半年主要经济指标完成情况分析　"
       "今年以来，全县上下认真落实县委、县政府决策部署，稳增长、促投资、抓项目，经济运行总体平稳、稳中有进。"
       "一、总体情况　上半年，全县实现地区生产总值96.4亿元，同比增长5.8%，增速比一季度加快0.3个百分点，高于全市平均0.5个百分点，但比去年同期低0.7个百分点。"
       "二、分领域指标完成情况　（一）工业和投资。规上工业增加值同比增长7.4%；规上工业总产值、工业投资、固定资产投资分别完成年度目标的52.1%、43.7%和48.1%。"
       "其中，规上工业总产值实现时间过半、任务过半；工业投资和固定资产投资分别低于序时进度6.3和1.9个百分点，未实现时间过半、任务过半。"
       "县经济开发区规上工业总产值完成年度目标的58.3%，对全县工业增长的贡献率达61%。"
       "（二）消费和外贸。社会消费品零售总额完成年度目标的50.4%，实现“双过半”；限额以上批发零售企业零售额同比增长8.2%。"
       "进出口总额、实际利用外资分别完成年度目标的38.2%和41.0%，分别落后序时进度11.8个和9个百分点，均未实现时间过半、任务过半，其中出口总额与序时进度尚有差距。"
       "受外部需求偏弱影响，进出口全年完成目标有难度。"
       "（三）财政收支。一般公共预算收入完成12.6亿元，同比增长6.2%，为年度预算的53.8%，时间过半、任务过半目标如期实现；税收收入占一般公共预算收入的比重为78.5%。"
       "一般公共预算支出完成年度预算的46.3%，民生支出占比保持在八成左右。"
       "（四）就业和收入。城镇新增就业3260人，完成年度目标的65.2%，超序时进度15.2个百分点，提前实现时间过半、任务过半；"
       "城镇居民人均可支配收入、农村居民人均可支配收入分别增长5.1%和6.8%，分别低于年度目标0.9和0.2个百分点。"
       "三、存在的问题　一是投资增长乏力，新开工亿元以上项目偏少；二是外贸外资承压，部分外贸企业订单下滑；三是部分乡镇财政收入增长不稳，个别乡镇一般公共预算收入完成进度不足四成。"
       "四、下半年工作建议　各地各部门要紧盯全年目标，对未实现时间过半、任务过半的指标逐项分析原因，制定追赶措施，要确保固定资产投资三季度末赶上序时进度，力争全年各项指标全面完成。"
       "桐岭县统计局　桐岭县发展和改革局　2025年7月22日")

Q05a = "规上工业总产值、工业投资、固定资产投资分别完成年度目标的52.1%、43.7%和48.1%"
Q05b = "工业投资和固定资产投资分别低于序时进度6.3和1.9个百分点，未实现时间过半、任务过半"
Q05c = "进出口总额、实际利用外资分别完成年度目标的38.2%和41.0%，分别落后序时进度11.8个和9个百分点，均未实现时间过半、任务过半"
Q05d = "一般公共预算收入完成12.6亿元，同比增长6.2%，为年度预算的53.8%，时间过半、任务过半目标如期实现"
Q05e = "城镇新增就业3260人，完成年度目标的65.2%，超序时进度15.2个百分点，提前实现时间过半、任务过半"
Q05f = "城镇居民人均可支配收入、农村居民人均可支配收入分别增长5.1%和6.8%，分别低于年度目标0.9和0.2个百分点"
G05 = [
    C("industrial_output_above_scale", 52.1, Q05a, note="分别 list: one completion per name, in order"),
    C("industrial_investment", 43.7, Q05a),
    C("fixed_asset_investment", 48.1, Q05a),
    S("industrial_output_above_scale", "met", "其中，规上工业总产值实现时间过半、任务过半",
      note="经开区's 规上工业总产值 58.3% right after is a sub-area: nothing"),
    L("industrial_investment", 6.3, Q05b),
    L("fixed_asset_investment", 1.9, Q05b),
    S("industrial_investment", "not_met", Q05b, note="未实现时间过半、任务过半 after the list: each name; an explicit standing, not read from the lag"),
    S("fixed_asset_investment", "not_met", Q05b),
    C("retail_sales", 50.4, "社会消费品零售总额完成年度目标的50.4%，实现“双过半”"),
    S("retail_sales", "met", "社会消费品零售总额完成年度目标的50.4%，实现“双过半”"),
    C("foreign_trade", 38.2, Q05c),
    C("fdi", 41.0, Q05c),
    L("foreign_trade", 11.8, Q05c, note="落后序时进度 … 11.8个和9个百分点"),
    L("fdi", 9, Q05c),
    S("foreign_trade", "not_met", Q05c, note="均未实现 after the list"),
    S("fdi", "not_met", Q05c),
    S("exports", "not_met", "其中出口总额与序时进度尚有差距",
      note="与序时进度尚有差距 = behind the schedule with no figure, as 慢于序时进度 → not_met (decision); 全年完成目标有难度 is a forecast"),
    C("general_budget_revenue", 53.8, Q05d, note="为年度预算的 → completion; growth 6.2% is an actual; 税收收入 share 78.5% is nothing"),
    S("general_budget_revenue", "met", Q05d, note="时间过半、任务过半目标如期实现 = 实现双过半"),
    C("general_budget_expenditure", 46.3, "一般公共预算支出完成年度预算的46.3%"),
    C("new_urban_jobs", 65.2, Q05e),
    L("new_urban_jobs", -15.2, Q05e),
    S("new_urban_jobs", "met", Q05e, note="提前实现时间过半、任务过半: an explicit standing beside the lag"),
    L("urban_income", 0.9, Q05f, note="低于年度目标X个百分点 → +X; the growths are actuals"),
    L("rural_income", 0.2, Q05f),
]

# ---------------------------------------------------------------------------------------------
# 06  key-project progress report (1-8月, schedule 66.7%) with cue words not in the common list
# ---------------------------------------------------------------------------------------------
D06 = """棠川县2025年1-8月县级重点项目建设进展情况汇报
（在县政府第32次常务会议上）

今年，全县共安排县级重点项目36个，年度计划投资58.6亿元。1-8月，36个项目累计完成投资41.2亿元，完成年度计划投资的70.3%，超序时进度3.6个百分点，比去年同期多完成投资5.3亿元。全县固定资产投资同比增长6.1%，增速高于全市平均1.2个百分点。36个项目中，已竣工投产9个，已开工在建22个，正在开展前期工作5个。

一、竣工投产项目
县人民医院门诊综合楼、城北220千伏变电站、滨江路东延工程已完工，其中县人民医院门诊综合楼已于7月交付使用。县第三小学扩建工程已通过验收，9月1日起投入使用，新增学位900个。年产5万吨特种纸项目、新能源电池隔膜项目已投产，1-8月实现产值3.4亿元。

二、在建项目
22个在建项目总体按节点推进。城南综合管廊一期完成年度计划投资的82.5%，物流园冷链仓储中心完成率达76.4%，均快于序时进度。县城至龙潭镇公路改建工程完成年度计划投资的48.0%，低于序时进度18.7个百分点，主要受沿线征地拆迁影响，年内全线贯通压力较大。县中医院迁建工程主体结构已封顶，正在进行内部装修。县污水处理厂三期工程6月已开工建设，厂区土建和配套管网按计划推进。

三、前期项目
县体育中心、城东安置小区二期正在开展前期工作，县体育中心可研报告已获批复，城东安置小区二期正在办理用地报批手续。

四、要素保障
争取上级专项债券资金：年初计划争取9.8亿元，已全部到位。
重点项目用地保障：今年需新增建设用地1260亩，已完成报批986亩，完成率达78.3%。

五、存在问题
一是部分项目前期工作不够扎实，开工条件落实不到位；二是用地、用林指标仍较紧张，个别项目推进缓慢；三是民间投资意愿不强，产业项目储备不足。另有城北物流园B区项目因规划调整暂缓实施，未纳入本次统计。

分乡镇看，石门镇、青山乡承担的项目完成投资均超过年度计划的90%。总体看，各项工作推进态势良好。下一步，要确保前期项目9月底前全部开工，全力以赴完成全年投资任务。

县发展和改革局
2025年9月5日
"""

Q06tally = "36个项目中，已竣工投产9个，已开工在建22个，正在开展前期工作5个"
Q06done = "县人民医院门诊综合楼、城北220千伏变电站、滨江路东延工程已完工"
Q06pre = "县体育中心、城东安置小区二期正在开展前期工作"
G06 = [
    C(None, 70.3, "36个项目累计完成投资41.2亿元，完成年度计划投资的70.3%，超序时进度3.6个百分点", item="县级重点项目",
      note="the projects as a whole, named in the sentence before (全县共安排县级重点项目36个); 比去年同期多完成 is a comparison"),
    L(None, -3.6, "36个项目累计完成投资41.2亿元，完成年度计划投资的70.3%，超序时进度3.6个百分点", item="县级重点项目"),
    T("met", 9, Q06tally, note="已竣工投产 → met; whole 36个项目中"),
    T("on_schedule", 22, Q06tally, note="已开工 → on_schedule; restated by 22个在建项目总体按节点推进: one fact"),
    T("on_schedule", 5, Q06tally, optional=True, note="正在开展前期工作 is in no word list: on_schedule, not_met or nothing"),
    T("not_met", 5, Q06tally, optional=True, note="alternative reading of 正在开展前期工作 (not yet started construction)"),
    S(None, "met", Q06done, item="县人民医院门诊综合楼", note="已完工 = 已竣工 → met; 交付使用 restates it"),
    S(None, "met", Q06done, item="城北220千伏变电站"),
    S(None, "met", Q06done, item="滨江路东延工程"),
    S(None, "met", "县第三小学扩建工程已通过验收", item="县第三小学扩建工程",
      note="已通过验收: acceptance comes after completion → met (decision)"),
    S(None, "met", "年产5万吨特种纸项目、新能源电池隔膜项目已投产", item="年产5万吨特种纸项目",
      note="已投产 = 已投入运营 for a plant → met (decision)"),
    S(None, "met", "年产5万吨特种纸项目、新能源电池隔膜项目已投产", item="新能源电池隔膜项目"),
    C(None, 82.5, "城南综合管廊一期完成年度计划投资的82.5%，物流园冷链仓储中心完成率达76.4%，均快于序时进度", item="城南综合管廊一期"),
    S(None, "met", "城南综合管廊一期完成年度计划投资的82.5%，物流园冷链仓储中心完成率达76.4%，均快于序时进度", item="城南综合管廊一期",
      note="快于序时进度 with no figure → met, for each name before 均"),
    C(None, 76.4, "城南综合管廊一期完成年度计划投资的82.5%，物流园冷链仓储中心完成率达76.4%，均快于序时进度", item="物流园冷链仓储中心"),
    S(None, "met", "城南综合管廊一期完成年度计划投资的82.5%，物流园冷链仓储中心完成率达76.4%，均快于序时进度", item="物流园冷链仓储中心"),
    C(None, 48.0, "县城至龙潭镇公路改建工程完成年度计划投资的48.0%，低于序时进度18.7个百分点", item="县城至龙潭镇公路改建工程"),
    L(None, 18.7, "县城至龙潭镇公路改建工程完成年度计划投资的48.0%，低于序时进度18.7个百分点", item="县城至龙潭镇公路改建工程",
      note="年内全线贯通压力较大 is a forecast"),
    S(None, "on_schedule", "县中医院迁建工程主体结构已封顶，正在进行内部装修", item="县中医院迁建工程", optional=True,
      note="正在进行 (an activity) is in no word list: on_schedule or nothing"),
    S(None, "on_schedule", "县污水处理厂三期工程6月已开工建设，厂区土建和配套管网按计划推进", item="县污水处理厂三期工程",
      note="已开工 and 按计划推进: one on_schedule; 个别项目推进缓慢 names nothing; 暂缓实施 (paused) gives nothing (annotation.md)"),
    S(None, "on_schedule", Q06pre, item="县体育中心", optional=True, note="正在开展前期工作: on_schedule, not_met or nothing"),
    S(None, "not_met", Q06pre, item="县体育中心", optional=True),
    S(None, "on_schedule", Q06pre, item="城东安置小区二期", optional=True),
    S(None, "not_met", Q06pre, item="城东安置小区二期", optional=True),
    S(None, "met", "争取上级专项债券资金：年初计划争取9.8亿元，已全部到位", item="争取上级专项债券资金", optional=True,
      note="已到位 is in no word list: met or nothing"),
    C(None, 78.3, "重点项目用地保障：今年需新增建设用地1260亩，已完成报批986亩，完成率达78.3%", item="重点项目用地保障",
      note="完成率达; the towns' 超过年度计划的90% is a sub-unit bound"),
]

# ---------------------------------------------------------------------------------------------
# 07  press conference transcript (Q1-Q3, schedule 75%): spoken progress statements
# ---------------------------------------------------------------------------------------------
D07 = """鹭川市“前三季度《政府工作报告》目标任务落实情况”新闻发布会实录

时间：2025年10月24日上午
地点：市政府新闻发布厅

主持人（市政府新闻办副主任 周岚）：各位记者朋友，上午好！今天我们邀请市发展和改革委员会主任陈立衡、市统计局副局长孙雅、市政府督查室主任郑开，介绍前三季度市《政府工作报告》目标任务落实情况，并回答大家关心的问题。

陈立衡：前三季度，全市地区生产总值完成1826.3亿元，同比增长5.7%，比上半年回落0.2个百分点，比全省高0.4个百分点。市《政府工作报告》确定的15项主要预期目标中，地区生产总值、一般公共预算收入、城镇新增就业等10项指标达到或超过序时进度，工业投资、进出口总额等5项指标低于序时进度。总的来看，前三季度全市经济运行稳中有进、好于预期。

孙雅：从几个重点指标看，规上工业增加值增长8.1%，高于年度目标1.1个百分点；固定资产投资完成年度目标的78.6%，跑赢序时进度3.6个百分点；一般公共预算收入完成165.2亿元，为年度预算的79.4%；城镇新增就业4.86万人，完成年度目标的97.2%。分区县看，临江区、东山县固定资产投资完成率分别达86.2%和83.5%，位居前两位。

郑开：今年市《政府工作报告》确定了86项重点任务，我们实行月调度、季通报。截至9月底，已完成31项，正在推进52项，还有3项进展滞后，主要是地铁2号线北延工程、市档案馆新馆和城西水厂。今年的12件民生实事，已经完成了7件，其余5件都在按计划推进，年底前都能完成。

鹭川日报记者：请问工业投资为什么低于序时进度？下一步有什么打算？

陈立衡：工业投资完成年度目标的64.5%，比序时进度低10.5个百分点，主要是两个百亿级项目设备采购推迟。我们已经逐个项目盯办，要确保四季度新增入库工业项目20个以上。

鹭川电视台记者：外资方面的情况怎么样？

陈立衡：实际利用外资完成情况不太理想，前三季度到位3.2亿美元，同比下降12.4%。从目前掌握的情况看，全年实现外资目标有难度，我们正在加大重点外资项目的跟踪服务力度。

主持人：今天的发布会就到这里。谢谢大家！
"""

Q07a = "地区生产总值、一般公共预算收入、城镇新增就业等10项指标达到或超过序时进度"
Q07b = "工业投资、进出口总额等5项指标低于序时进度"
Q07c = "截至9月底，已完成31项，正在推进52项，还有3项进展滞后，主要是地铁2号线北延工程、市档案馆新馆和城西水厂"
G07 = [
    S("gdp", "met", Q07a, count=10, note="names before 等N项指标: each, with the count"),
    S("general_budget_revenue", "met", Q07a, count=10),
    S("new_urban_jobs", "met", Q07a, count=10),
    S("industrial_investment", "not_met", Q07b, count=5, note="restated in the reporter's question: one fact"),
    S("foreign_trade", "not_met", Q07b, count=5),
    L("industrial_va_above_scale", -1.1, "规上工业增加值增长8.1%，高于年度目标1.1个百分点", note="高于目标 → −X"),
    C("fixed_asset_investment", 78.6, "固定资产投资完成年度目标的78.6%，跑赢序时进度3.6个百分点"),
    L("fixed_asset_investment", -3.6, "固定资产投资完成年度目标的78.6%，跑赢序时进度3.6个百分点", optional=True,
      note="跑赢序时进度 (ahead) is in no lag wording list: −3.6 or nothing"),
    C("general_budget_revenue", 79.4, "一般公共预算收入完成165.2亿元，为年度预算的79.4%"),
    C("new_urban_jobs", 97.2, "城镇新增就业4.86万人，完成年度目标的97.2%",
      note="临江区、东山县 完成率分别达86.2%和83.5% are sub-units"),
    T("met", 31, Q07c, note="inside 86项重点任务"),
    T("on_schedule", 52, Q07c),
    S(None, "not_met", Q07c, item="地铁2号线北延工程", count=3, note="主要是 introduces the names (3 named of 3)"),
    S(None, "not_met", Q07c, item="市档案馆新馆", count=3),
    S(None, "not_met", Q07c, item="城西水厂", count=3),
    T("met", 7, "今年的12件民生实事，已经完成了7件", note="已经完成了 (spoken 已完成)"),
    S(None, "on_schedule", "其余5件都在按计划推进", count=5, rest=True, note="the rest; 年底前都能完成 is a forecast"),
    C("industrial_investment", 64.5, "工业投资完成年度目标的64.5%，比序时进度低10.5个百分点"),
    L("industrial_investment", 10.5, "工业投资完成年度目标的64.5%，比序时进度低10.5个百分点"),
    S("fdi", "not_met", "实际利用外资完成情况不太理想", confidence="low",
      note="qualitative judgement naming an indicator (decision 1); 全年实现外资目标有难度 is a forecast"),
]


def build():
    # 01 GB18030
    (HERE / "01_yuancheng_dept_h1_gb18030.txt").write_bytes(D01.encode("gb18030"))
    write_gold("01_yuancheng_dept_h1_gb18030", G01)

    # 02 html
    body = "".join(f"<p>{p}</p>\n" for p in A02)
    body = body.replace("<p>岚溪县人民政府办公室关于", '<p class="title" style="text-align:center"><strong>岚溪县人民政府办公室关于', 1)
    body = body.replace("办理情况的报告</p>", "办理情况的报告</strong></p>", 1)
    (HERE / "02_lanxi_duban_reply.html").write_text(HTML02_HEAD + body + HTML02_TAIL, encoding="utf-8")
    write_gold("02_lanxi_duban_reply", G02)

    # 03 traditional (UTF-8)
    (HERE / "03_fengze_ranking_q3_trad.txt").write_text(S2T.convert(D03_S), encoding="utf-8")
    g = []
    for d in G03_S:
        d = dict(d)
        d["quote"] = S2T.convert(d["quote"])
        if d["item"]:
            d["item"] = S2T.convert(d["item"])
        g.append(d)
    write_gold("03_fengze_ranking_q3_trad", g)

    # 04 docx
    doc = Document()
    doc.add_heading(P04_BEFORE[0], level=1)
    for p in P04_BEFORE[1:]:
        doc.add_paragraph(p)
    t = doc.add_table(rows=1 + len(ROWS04), cols=len(HEADER04))
    t.style = "Table Grid"
    for i, r in enumerate([HEADER04] + ROWS04):
        for j, c in enumerate(r):
            t.rows[i].cells[j].text = c
    for p in P04_AFTER:
        doc.add_paragraph(p)
    doc.save(str(HERE / "04_daixi_minsheng_table.docx"))
    write_gold("04_daixi_minsheng_table", G04)

    # 05 one line
    assert "\n" not in D05 and "\r" not in D05
    (HERE / "05_tongling_h1_review_oneline.txt").write_text(D05, encoding="utf-8")
    write_gold("05_tongling_h1_review_oneline", G05)

    # 06 cue words
    (HERE / "06_tangchuan_projects_cues.txt").write_text(D06, encoding="utf-8")
    write_gold("06_tangchuan_projects_cues", G06)

    # 07 press conference, CRLF
    (HERE / "07_luchuan_presser_q3.txt").write_bytes(D07.replace("\n", "\r\n").encode("utf-8"))
    write_gold("07_luchuan_presser_q3", G07)


if __name__ == "__main__":
    build()
    print("built")
