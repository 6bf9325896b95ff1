#!/usr/bin/env python3
"""Write the six documents of blind set s22 and their gold files.

Every document and every gold fact is typed here by hand from one set of data. Nothing of govtargets is
imported or run. Run: python3 build.py  (then python3 check.py).

Gold record (as tests/blind_s16 and tests/blind_s20): measure, metric, item, value, status, quote; extra
keys optional, count, tally, rest, confidence, note. Lags are positive when behind, negative when ahead.
"""
import csv
import io
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def F(measure, metric=None, item=None, value=None, status=None, quote="", **extra):
    d = {"measure": measure, "metric": metric, "item": item, "value": value, "status": status,
         "quote": quote}
    d.update(extra)
    return d


def C(metric_or_item, value, quote, **kw):
    """completion; a metric id (lower-case ascii) or an item name"""
    if re.fullmatch(r"[a-z_]+", metric_or_item):
        return F("completion", metric=metric_or_item, value=value, quote=quote, **kw)
    return F("completion", item=metric_or_item, value=value, quote=quote, **kw)


def L(metric_or_item, value, quote, **kw):
    if re.fullmatch(r"[a-z_]+", metric_or_item):
        return F("lag", metric=metric_or_item, value=value, quote=quote, **kw)
    return F("lag", item=metric_or_item, value=value, quote=quote, **kw)


def S(metric_or_item, status, quote, **kw):
    if metric_or_item is None:
        return F("status", status=status, quote=quote, **kw)
    if re.fullmatch(r"[a-z_]+", metric_or_item):
        return F("status", metric=metric_or_item, status=status, quote=quote, **kw)
    return F("status", item=metric_or_item, status=status, quote=quote, **kw)


def T(status, count, quote, **kw):
    """a tally: a status that only counts"""
    return F("status", status=status, quote=quote, tally=True, count=count, **kw)


# ---------------------------------------------------------------------------------------------------
# 01  government website press release (政务动态), city, Q1-Q3, UTF-8 html with a CMS frame
# ---------------------------------------------------------------------------------------------------
NB = "&nbsp;&nbsp;&nbsp;&nbsp;"
P01 = [
    "10月24日，市统计局、市发展改革委联合发布前三季度全市经济运行情况。前三季度，全市上下坚持稳中求进工作总基调，"
    "深入开展“项目攻坚年”行动，全市经济运行总体平稳、稳中有进，多数主要指标达到或超过序时进度。"
    "按照年度目标测算，三季度末序时进度按75%计。",
    "经济总量稳步扩大。初步核算，前三季度全市实现地区生产总值1286.4亿元，同比增长5.6%，"
    "比上半年加快0.3个百分点，高于全省平均0.7个百分点，但低于年度目标0.4个百分点。分产业看，第一产业增加值增长3.5%，"
    "第二产业增加值增长6.2%，第三产业增加值增长5.3%。",
    "工业生产加快回升。全市规上工业增加值同比增长7.8%，高于年度目标0.8个百分点。"
    "渚宁高新区规上工业增加值增长12.6%，完成园区年度目标的88.4%，对全市工业增长的贡献率达41.5%。",
    "有效投资持续扩大。全市固定资产投资完成年度目标的78.6%，超序时进度3.6个百分点，"
    "同期全省固定资产投资完成年度目标的76.9%。其中，工业投资完成年度目标的<strong>81.2%</strong>，"
    "民间投资占全部投资的比重为56.3%。152个市级重点项目累计完成投资486.7亿元，完成年度计划的80.4%。",
    "消费市场回暖向好。全市社会消费品零售总额412.8亿元，同比增长6.1%，完成年度目标的73.9%，"
    "低于序时进度1.1个百分点，增速比上年同期提高2.4个百分点。",
    "财政收入平稳增长。全市一般公共预算收入完成68.5亿元，同比增长4.2%，占年度预算的77.2%，"
    "其中税收收入占比为79.6%。",
    "外贸外资有升有降。全市进出口总额完成年度目标的64.5%，落后序时进度10.5个百分点，"
    "主要受部分外贸企业订单下降影响；实际利用外资1.86亿美元，完成年度目标的82.7%。",
    "民生保障扎实有力。全市城镇新增就业3.92万人，提前完成全年目标任务；城镇居民人均可支配收入同比增长5.1%，"
    "农村居民人均可支配收入同比增长6.9%。",
    "市统计局有关负责人表示，四季度是冲刺全年目标的关键期，要紧盯年度目标不放松，确保全年地区生产总值增长6%左右的目标顺利实现，"
    "力争进出口总额全年完成年度目标的90%以上。从目前走势看，完成全年外贸目标仍有较大难度，预计全年实际利用外资可超额完成年度目标。",
]

HTML01 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="渚宁市人民政府">
<meta name="ColumnName" content="政务动态">
<meta name="ArticleTitle" content="前三季度全市经济运行稳中有进">
<meta name="PubDate" content="2025-10-24 16:30">
<meta name="ContentSource" content="渚宁市统计局">
<title>前三季度全市经济运行稳中有进_政务动态_渚宁市人民政府</title>
<link rel="stylesheet" type="text/css" href="/images/zn_common.css">
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body>
<div class="topbar">
  <div class="w1200">
    <span class="date">今天是：<span id="today">2025年10月24日 星期五</span></span>
    <a href="/wza/">无障碍浏览</a> | <a href="/zzms/">长者模式</a> | <a href="/fanti/">繁體版</a> | <a href="/wap/">手机版</a> | <a href="/login/">登录</a>
  </div>
</div>
<div class="header">
  <a href="/" class="logo"><img src="/images/zn_logo.png" alt="渚宁市人民政府"></a>
  <form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
</div>
<ul class="nav">
  <li><a href="/">首页</a></li><li><a href="/ywdt/">要闻动态</a></li><li><a href="/zwgk/">政务公开</a></li>
  <li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjzn/">走进渚宁</a></li>
</ul>
<div class="crumb w1200">当前位置：<a href="/">首页</a> &gt; <a href="/ywdt/">要闻动态</a> &gt; <a href="/ywdt/zwdt/">政务动态</a></div>
<div class="article w1200">
  <h1 class="article-title">前三季度全市经济运行稳中有进</h1>
  <div class="article-info">
    <span>发布时间：2025-10-24 16:30</span>
    <span>来源：渚宁市统计局</span>
    <span>浏览次数：<em id="hits">1326</em></span>
    <span class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
  </div>
  <div class="TRS_Editor" id="zoom">
""" + "\n".join('<p style="text-indent:0;line-height:2;">' + NB + p + "</p>" for p in P01) + """
  </div>
  <div class="article-editor">（责任编辑：林晓雯）</div>
  <div class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a> <a class="qz" href="javascript:;">QQ空间</a></div>
  <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="pager">
    <p>上一篇：<a href="/ywdt/zwdt/202510/t20251023_8812.html">市政府召开四季度重点工作推进会 确保完成全年目标任务</a></p>
    <p>下一篇：<a href="/ywdt/zwdt/202510/t20251025_8820.html">前三季度青屿区重点项目进展顺利</a></p>
  </div>
  <div class="related">
    <h3>相关链接</h3>
    <ul>
      <li><a href="/ywdt/zwdt/202507/t20250721_8415.html">上半年全市实际利用外资完成年度目标的56.3%</a><span>2025-07-21</span></li>
      <li><a href="/ywdt/zwdt/202510/t20251020_8790.html">青屿区前三季度固定资产投资完成率达79.2%</a><span>2025-10-20</span></li>
      <li><a href="/ywdt/zwdt/202509/t20250918_8633.html">前8个月全市社会消费品零售总额完成年度目标的65.4%，低于序时进度1.3个百分点</a><span>2025-09-18</span></li>
      <li><a href="/zwgk/tjsj/202510/t20251024_8801.html">【图解】前三季度渚宁经济运行情况</a><span>2025-10-24</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  <p><a href="/about/">关于本网</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
  <p>主办：渚宁市人民政府办公室　承办：渚宁市大数据发展中心</p>
  <p>网站标识码：3399000017　渚ICP备05016218号　渚公网安备33990002000127号</p>
  <p><img src="/images/jiucuo.png" alt="政府网站找错"> <img src="/images/dzjg.png" alt="党政机关"></p>
</div>
</body>
</html>
"""

Q = {}
Q["gdp"] = ("初步核算，前三季度全市实现地区生产总值1286.4亿元，同比增长5.6%，比上半年加快0.3个百分点，"
            "高于全省平均0.7个百分点，但低于年度目标0.4个百分点")
GOLD01 = [
    L("gdp", 0.4, Q["gdp"], note="低于年度目标 (6% target); 高于全省平均0.7 and 比上半年加快0.3 are comparisons"),
    L("industrial_va_above_scale", -0.8, "全市规上工业增加值同比增长7.8%，高于年度目标0.8个百分点",
      note="高于年度目标 → ahead; the next sentence is the park's (渚宁高新区), not the city's"),
    C("fixed_asset_investment", 78.6, "全市固定资产投资完成年度目标的78.6%，超序时进度3.6个百分点"),
    L("fixed_asset_investment", -3.6, "全市固定资产投资完成年度目标的78.6%，超序时进度3.6个百分点"),
    C("industrial_investment", 81.2, "其中，工业投资完成年度目标的81.2%", note="figure in <strong>"),
    C("152个市级重点项目", 80.4, "152个市级重点项目累计完成投资486.7亿元，完成年度计划的80.4%", optional=True,
      note="a group of projects, neither an indicator nor one task (s20 decision 4)"),
    C("retail_sales", 73.9, "全市社会消费品零售总额412.8亿元，同比增长6.1%，完成年度目标的73.9%，低于序时进度1.1个百分点"),
    L("retail_sales", 1.1, "完成年度目标的73.9%，低于序时进度1.1个百分点，增速比上年同期提高2.4个百分点",
      note="比上年同期提高2.4 is a comparison"),
    C("general_budget_revenue", 77.2, "全市一般公共预算收入完成68.5亿元，同比增长4.2%，占年度预算的77.2%",
      note="税收收入占比为79.6% is a share"),
    C("foreign_trade", 64.5, "全市进出口总额完成年度目标的64.5%，落后序时进度10.5个百分点"),
    L("foreign_trade", 10.5, "全市进出口总额完成年度目标的64.5%，落后序时进度10.5个百分点"),
    C("fdi", 82.7, "实际利用外资1.86亿美元，完成年度目标的82.7%"),
    S("new_urban_jobs", "met", "全市城镇新增就业3.92万人，提前完成全年目标任务"),
]

# ---------------------------------------------------------------------------------------------------
# 02  WeChat public-account article, county 民生实事, H1
# ---------------------------------------------------------------------------------------------------
SPAN = 'style="font-size:15px;color:#3e3e3e;letter-spacing:1px;line-height:1.75;"'


def spans(s):
    """'a|b|**c**' → text split over several <span>, **…** in bold"""
    out = []
    for i, piece in enumerate(s.split("|")):
        piece = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", piece)
        if i % 3 == 2:
            out.append('<span %s><span style="font-family:PingFangSC-light;">%s</span></span>' % (SPAN, piece))
        else:
            out.append('<span %s>%s</span>' % (SPAN, piece))
    return "".join(out)


def para(s):
    return ('<p style="margin:0 8px 16px;text-align:justify;" data-mpa-powered-by="yiban.io">'
            + spans(s) + "</p>")


ITEMS02 = [
    ("01", "城区公办幼儿|园扩容", "已完成", "✅",
     "城东、城北3所公办幼儿园已于5月底全部竣工验收，|新增学位1080个，|秋季学期投入使用。"),
    ("02", "老旧小区改|造提升", "按序时推进", "🔵",
     "今年计划改造老旧小区26个，|目前已开工24个，|完成投资1.36亿元，|**完成年度投资**|**计划的58.6%**，|其中桐花社区、南门社区改造已完工。"),
    ("03", "农村供水保|障提升", "已完成", "✅",
     "新建改造农村供水管网186公里，|提前完成年度任务，|农村自来水普及率提升至98.6%。"),
    ("04", "县人民医院门急诊|综合楼建设", "按序时推进", "🔵",
     "项目主体结构已封顶，|完成工程量的52%，|预计明年3月投入使用。"),
    ("05", "城乡公交|一体化", "按序时推进", "🔵",
     "新开通城乡公交线路8条，|完成年度目标的57.1%，|全县行政村通公交率保持100%。"),
    ("06", "农贸市场提|档升级", "进度滞后", "⚠️",
     "计划改造的5个农贸市场中仅完成1个，|完成率为|20%，|低于序时进|度30个百分点，|主要受商户过渡安置影响。"),
    ("07", "城南片区雨污|分流改造", "进度滞后", "⚠️",
     "受管线迁改影响，|目前完成工程量的31%，|其中一标段已完工，|二标段尚未开工。"),
    ("08", "居家养老服务|设施建设", "按序时推进", "🔵",
     "已建成社区居家养老服务站12个，|其中石门镇承担的4个站点已全部建成投用。"),
    ("09", "职业技能提|升培训", "按序时推进", "🔵",
     "完成各类职业技能培训3860人次，|完成年度目|标的55.1%，|比去年同期提高5.2个百分点。"),
    ("10", "城区智慧停|车改造", "按序时推进", "🔵",
     "新增公共停车泊位1200个，|财政资金占项目总投资的比重为68%，|智慧停车管理平台正在联调。"),
]


def item_block(num, name, status, emoji, body):
    a, b = name.split("|")
    return (
        '<section style="margin:24px 8px 8px;border-left:4px solid #2b6fd6;padding-left:8px;">'
        '<span style="font-size:18px;color:#2b6fd6;"><strong>%s</strong></span>'
        '<span style="font-size:16px;color:#2b6fd6;"><strong>｜%s</strong></span>'
        '<span style="font-size:16px;color:#2b6fd6;"><strong>%s</strong></span></section>\n'
        '<section style="margin:0 8px 8px;"><span style="font-size:14px;color:#888;">进展状态：</span>'
        '<span style="font-size:14px;color:#fff;background-color:#2b6fd6;padding:1px 6px;border-radius:3px;">%s</span>'
        '<span>%s</span></section>\n%s'
        % (num, a, b, status, emoji, para(body)))


JS02 = (
    '<section style="text-align:center;margin:0 0 20px;"><span style="color:#2b6fd6;font-size:14px;"><strong>点击蓝字</strong></span>'
    '<span style="font-size:14px;color:#888;">&nbsp;关注我们</span></section>\n'
    '<section style="margin:0 8px;"><section style="display:inline-block;">'
    + para("今年以来，|县委、县政府聚焦群众急难愁盼，|确定了2025年十件民生实事。|记者从县政府督查室获悉，|截至6月底，|"
           "10件民生实事中，|**已完成2件**，|按序时推进6件，|进度滞后2件。|"
           "按照“时间过半、任务过半”的要求，|序时进度按50%计。|一起来看👇")
    + "</section></section>\n"
    + "\n".join(item_block(*it) for it in ITEMS02) + "\n"
    + '<section style="margin:24px 8px 0;">'
    + para("下一步，|县政府督查室将对滞后项目实行挂牌督办，|确保10件民生实事年底前全部完成，|力争三季度末完成年度目标的80%以上。")
    + "</section>\n"
    '<section style="margin:32px 8px 8px;text-align:center;"><span style="font-size:15px;color:#2b6fd6;"><strong>往期回顾</strong></span></section>\n'
    '<p style="margin:0 8px 6px;"><a href="https://mp.weixin.qq.com/s?__biz=MzA4NTc2OTEyMw==&amp;mid=2650412211&amp;idx=1" '
    'target="_blank" data-linktype="2">▶ 芸溪经济“半年报”出炉：固定资产投资完成年度目标的52.3%</a></p>\n'
    '<p style="margin:0 8px 6px;"><a href="https://mp.weixin.qq.com/s?__biz=MzA4NTc2OTEyMw==&amp;mid=2650412187&amp;idx=1" '
    'target="_blank" data-linktype="2">▶ 重点项目“双过半”推进会召开，23个项目提前完成年度投资计划</a></p>\n'
    '<p style="margin:0 8px 6px;"><a href="https://mp.weixin.qq.com/s?__biz=MzA4NTc2OTEyMw==&amp;mid=2650409920&amp;idx=2" '
    'target="_blank" data-linktype="2">▶ 2024年十件民生实事全部办结，群众满意度达96.8%</a></p>\n'
    '<section style="margin:24px 8px 0;text-align:right;"><span style="font-size:12px;color:#b2b2b2;">'
    '来源：芸溪县人民政府督查室<br>编辑：何雨桐｜审核：钟立群</span></section>\n'
)

HTML02 = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="上半年“成绩单”出炉！芸溪县十件民生实事最新进展→">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA4NTc2OTEyMw==&amp;mid=2650412260&amp;idx=1&amp;sn=3f0c9a">
<meta property="og:description" content="一起来看👇">
<title>上半年“成绩单”出炉！芸溪县十件民生实事最新进展→</title>
<link rel="stylesheet" href="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">
<div class="rich_media_wrp" id="img-content">
  <h1 class="rich_media_title" id="activity-name">上半年“成绩单”出炉！芸溪县十件民生实事最新进展→</h1>
  <div id="meta_content" class="rich_media_meta_list">
    <span class="rich_media_meta rich_media_meta_text">芸溪发布</span>
    <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">芸溪发布</a></span>
    <em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年07月08日 18:30</em>
  </div>
  <div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
""" + JS02 + """  </div>
  <div class="rich_media_tool" id="js_article_bottom">
    <a id="js_view_source" href="javascript:void(0);">阅读原文</a>
    <div id="js_read_area">阅读 <span id="readNum3">1.2万</span></div>
    <span id="js_like_btn" class="like_btn"><span class="like_label">赞</span> <span id="likeNum3">86</span></span>
    <span id="js_watch_btn" class="watch_btn"><span class="watch_label">在看</span> <span>23</span></span>
    <span class="share_btn">分享</span>
    <div id="js_cmt_area"><a href="javascript:;">写留言</a></div>
  </div>
</div>
<script nonce="1846592703" type="text/javascript">var biz = "MzA4NTc2OTEyMw=="; var msg_title = "上半年“成绩单”出炉！"; var ct = "1751970600";</script>
</body>
</html>
"""

def q02(num, upto):
    """visible text of item num from its name (heading) to the end of `upto` in its body"""
    for n, name, status, emoji, body in ITEMS02:
        if n == num:
            full = name.replace("|", "") + "进展状态：" + status + emoji + body.replace("|", "").replace("**", "")
            return full[:full.index(upto) + len(upto)]
    raise KeyError(num)


GOLD02 = [
    T("met", 2, "10件民生实事中，已完成2件", note="names nothing here; the items follow under 01-10 (kept apart)"),
    T("on_schedule", 6, "按序时推进6件"),
    T("not_met", 2, "进度滞后2件"),
    S("城区公办幼儿园扩容", "met", "城区公办幼儿园扩容进展状态：已完成",
      note="the quote is the heading and its status line, whitespace removed; 已于5月底全部竣工验收 restates it"),
    S("老旧小区改造提升", "on_schedule", "老旧小区改造提升进展状态：按序时推进"),
    C("老旧小区改造提升", 58.6, q02("02", "完成年度投资计划的58.6%"),
      note="已开工24个 counts parts of the one task (no tally); 桐花社区、南门社区改造已完工 are parts"),
    S("农村供水保障提升", "met", "农村供水保障提升进展状态：已完成", note="提前完成年度任务 restates it"),
    S("县人民医院门急诊综合楼建设", "on_schedule", "县人民医院门急诊综合楼建设进展状态：按序时推进",
      note="预计明年3月投入使用 is a forecast"),
    C("县人民医院门急诊综合楼建设", 52, q02("04", "完成工程量的52%")),
    S("城乡公交一体化", "on_schedule", "城乡公交一体化进展状态：按序时推进"),
    C("城乡公交一体化", 57.1, q02("05", "完成年度目标的57.1%"), note="通公交率保持100% is a rate"),
    S("农贸市场提档升级", "not_met", "农贸市场提档升级进展状态：进度滞后"),
    C("农贸市场提档升级", 20, q02("06", "低于序时进度30个百分点")),
    L("农贸市场提档升级", 30, q02("06", "低于序时进度30个百分点")),
    S("城南片区雨污分流改造", "not_met", "城南片区雨污分流改造进展状态：进度滞后"),
    C("城南片区雨污分流改造", 31, q02("07", "目前完成工程量的31%"),
      note="一标段已完工，二标段尚未开工 are parts of the task"),
    S("居家养老服务设施建设", "on_schedule", "居家养老服务设施建设进展状态：按序时推进",
      note="石门镇承担的4个站点已全部建成投用 is a town's part"),
    S("职业技能提升培训", "on_schedule", "职业技能提升培训进展状态：按序时推进"),
    C("职业技能提升培训", 55.1, q02("09", "完成年度目标的55.1%"),
      note="比去年同期提高5.2个百分点 is a comparison"),
    S("城区智慧停车改造", "on_schedule", "城区智慧停车改造进展状态：按序时推进"),
]

# ---------------------------------------------------------------------------------------------------
# 03  重点任务推进台账 exported as CSV, GB18030
# ---------------------------------------------------------------------------------------------------
HEADER03 = ["序号", "任务名称", "牵头单位", "年度目标", "截至9月底进展", "完成率", "状态", "备注"]
ROWS03 = [
    ["1", "县城第二水厂及配套管网工程", "县水利局", "新建日供水5万吨水厂1座，铺设配套管网18公里",
     "水厂主体完工，管网铺设16.2公里", "90.0%", "序时推进", "设备安装调试中\n预计11月底试通水"],
    ["2", "楠水河生态修复二期", "市生态环境局楠丘分局", "完成河道综合整治9.6公里",
     "完成河道综合整治9.6公里", "100%", "已完成", "已于8月提前完成"],
    ["3", "县中医院迁建工程", "县卫生健康局", "主体结构封顶并启动内部装修",
     "主体结构施工至第6层", "81.3%", "序时推进", "完成率较二季度末提高23.5个百分点"],
    ["4", "老旧小区改造提升", "县住房城乡建设局", "改造老旧小区32个，惠及居民4,100户",
     "已开工32个，完工19个", "0.785", "序时推进", "财政资金占比65%"],
    ["5", "城东产业园标准厂房", "县工业园区管委会", "建设标准厂房12万平方米",
     "完成6.1万平方米", "50.8%", "滞后", "低于序时进度24.2个百分点，主要受土地报批影响"],
    ["6", "农村公路提质改造", "县交通运输局", "改造农村公路120公里",
     "完成改造101公里", "84.2%", "序时推进", "其中青石镇已完成100%"],
    ["7", "县职教中心实训楼", "县教育体育局", "年内竣工",
     "主体完工，进入装修阶段", "70.2%", "序时推进", "全市同类项目平均完成率为71.2%"],
    ["8", "智慧城市运营中心", "县数据局", "完成一期建设并上线运行",
     "招标文件编制中", "0.0%", "未启动", "原计划6月开工，确保10月底前开工建设"],
    ["9", "城西农贸市场迁建", "县商务局", "完成迁建并开业",
     "—", "—", "已取消", "因规划调整，经县政府第38次常务会议研究同意取消"],
    ["10", "高标准农田建设", "县农业农村局", "新建高标准农田2.5万亩",
     "完成2.5万亩", "100%", "已完成", "完成投资1,350万元"],
    ["11", "县城公共停车场建设", "县城市管理局", "新建公共停车场4处，泊位800个",
     "建成2处，泊位380个", "47.5%", "滞后", "比计划滞后约2个月\n详见县城市管理局专报第14期"],
    ["12", "城乡生活垃圾收运体系建设", "县城市管理局", "新增垃圾收运车辆25台",
     "新增28台", "112.0%", "已完成", "超额完成年度任务"],
]
TITLE03 = "楠丘县2025年县政府重点任务推进台账（截至9月底）"
NOTE03 = ("说明：1.完成率=截至9月底累计完成量/年度目标量；2.序时进度按75%计；"
          "3.状态按“已完成/序时推进/滞后/未启动/已取消”填写，完成率低于序时进度10个百分点以上的填“滞后”。")
SIGN03 = ["填表人：周立新", "", "审核人：陈卫东", "", "填报日期：2025年10月9日", "", "", ""]


def csv03_text():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([TITLE03] + [""] * 7)
    buf.write("\r\n")                       # the blank line
    w.writerow(HEADER03)
    for r in ROWS03:
        w.writerow(r)
    w.writerow([""] * 8)
    w.writerow([NOTE03] + [""] * 7)
    w.writerow(SIGN03)
    return buf.getvalue()


def row03(n):
    return "\t".join(ROWS03[n - 1])


STATUS03 = {"已完成": "met", "序时推进": "on_schedule", "滞后": "not_met", "未启动": "not_met",
            "已取消": "cancelled"}
GOLD03 = []
for r in ROWS03:
    n, name, rate, st = int(r[0]), r[1], r[5], r[6]
    notes = {
        1: "预计11月底试通水 is a forecast",
        2: "备注 已于8月提前完成 restates the met",
        3: "备注 较二季度末提高23.5个百分点 is a comparison with another period",
        6: "备注 其中青石镇已完成100% is a town's part",
        7: "70.2 is within 10 points of 75, so 序时推进 by the sheet's own rule; 全市同类项目平均71.2% is no figure of this task",
        8: "备注 确保10月底前开工建设 is a call",
        9: "— gives no completion; the 备注 restates the cancel",
        10: "备注 完成投资1,350万元 is an amount",
        11: "比计划滞后约2个月 is a delay in months (restates not_met); 详见…专报 is a link",
        12: "超额完成年度任务 restates the met",
    }
    GOLD03.append(S(name, STATUS03[st], row03(n), **({"note": notes[n]} if n in notes else {})))
    if rate != "—":
        v = float(rate.rstrip("%")) * (100 if not rate.endswith("%") else 1)
        v = round(v, 1)
        kw = {"note": "0.785 in the 完成率 column is 78.5%"} if not rate.endswith("%") else {}
        if v == int(v) and "." not in rate:
            v = int(v)
        GOLD03.append(C(name, v, row03(n), **kw))
GOLD03.append(L("城东产业园标准厂房", 24.2, row03(5), note="a lag stated in the 备注 cell: 75 − 50.8 = 24.2"))

# ---------------------------------------------------------------------------------------------------
# 04  county year-end 落实情况 review, UTF-8
# ---------------------------------------------------------------------------------------------------
TXT04 = """溱原县人民政府
关于2024年《政府工作报告》目标任务落实情况的报告

县人大常委会：
　　2024年，县政府认真贯彻县委决策部署，全面落实县十八届人大四次会议审议通过的《政府工作报告》，各项工作取得新进展。现将目标任务落实情况报告如下。

一、总体情况
　　县《政府工作报告》确定主要预期目标12项、重点任务42项。经逐项核查，12项主要预期目标中，完成6项，基本完成1项，未完成5项；全年42项重点任务，完成38项，基本完成2项，未完成2项。全县经济社会发展总体平稳、稳中有进，民生支出占一般公共预算支出的78.6%。

二、主要预期目标完成情况
　　1.地区生产总值增长5.2%，目标6%左右，未完成，增速低于全市平均0.4个百分点。
　　2.规上工业增加值增长7.6%，目标7%，已完成。
　　3.固定资产投资增长3.1%，目标8%，未完成。
　　4.社会消费品零售总额增长6.3%，目标6.5%，基本完成。
　　5.一般公共预算收入9.86亿元，增长5.5%，目标5%，已完成，为预算的101.6%。
　　6.城镇居民人均可支配收入增长4.9%，目标5.5%，未完成。
　　7.农村居民人均可支配收入增长6.8%，目标7%，未完成，增速比城镇居民高1.9个百分点。
　　8.城镇新增就业5120人，完成年度目标的102.4%，已完成。
　　9.实际利用外资2860万美元，完成年度目标的71.5%，未完成。
　　10.城镇调查失业率5.1%，目标控制在5.5%以内，已完成。
　　11.单位地区生产总值能耗下降3.2%，完成市下达的年度控制目标。
　　12.粮食总产量23.6万吨，目标23.5万吨，已完成，其中鹤田镇粮食产量增长4.1%。
　　未完成的5项目标，主要受工业大项目投产推迟、房地产投资持续下降、外资项目资金到位延后等因素影响。

三、重点任务落实情况
　　（一）产业发展
　　1.“一件事一次办”改革：已办结。企业开办、工程建设项目审批等26个事项实现一次办结。
　　2.新能源电池材料产业项目一期：持续推进。一期主体厂房已完工，完成年度投资的104%，二期计划2025年开工。
　　3.县域商业体系建设：基本完成。建成乡镇商贸中心9个，剩余1个正在进行内部装修。
　　（二）城乡建设
　　4.县城北区供水厂：已办结。9月建成通水，日供水能力5万吨。
　　5.溱河大道东延工程：未完成。主要原因是沿线征迁涉及企业补偿标准调整，工程推迟开工，目前完成工程量的40%。下一步将加快推进，确保2025年6月底前建成通车。
　　6.城乡供水一体化工程：持续推进。项目跨年度实施，年度投资完成率为101.3%。
　　（三）民生保障
　　7.县中医院迁建：基本完成。主体工程和内部装修已完工，医疗设备正在安装调试，预计2025年3月投入使用。
　　8.公办养老机构改扩建：已办结。其中鹤田镇承担的2所敬老院改造提前完成。
　　9.城区学校扩容：未完成。城东小学因设计方案调整，年内未能开工，目前已完成施工招标。

四、存在的问题和下一步打算
　　一是经济增长动力不足，部分指标与年度目标仍有差距。二是部分重大项目推进不够理想，要素保障有待加强。2025年，县政府将对未完成的目标任务逐项建立整改清单，确保2025年一季度固定资产投资完成年度目标的25%以上；预计2025年全县地区生产总值增长5.5%左右。各乡镇、各部门目标任务完成情况详见附件1，县级重点项目完成情况详见《关于2024年县级重点项目建设情况的报告》。

附件：1.2024年各乡镇、各部门目标任务完成情况表

溱原县人民政府
2025年1月10日
"""

GOLD04 = [
    T("met", 6, "12项主要预期目标中，完成6项", note="the twelve are named below, one line each (kept apart)"),
    T("met", 1, "完成6项，基本完成1项", note="基本完成 → met (annotation.md, more task words)"),
    T("not_met", 5, "基本完成1项，未完成5项"),
    T("met", 38, "全年42项重点任务，完成38项"),
    T("met", 2, "完成38项，基本完成2项", note="named in 三 (3 and 7) without a count"),
    T("not_met", 2, "基本完成2项，未完成2项", note="named in 三 (5 and 9) without a count"),
    S("gdp", "not_met", "地区生产总值增长5.2%，目标6%左右，未完成", note="低于全市平均0.4个百分点 is a comparison"),
    S("industrial_va_above_scale", "met", "规上工业增加值增长7.6%，目标7%，已完成"),
    S("fixed_asset_investment", "not_met", "固定资产投资增长3.1%，目标8%，未完成"),
    S("retail_sales", "met", "社会消费品零售总额增长6.3%，目标6.5%，基本完成", note="基本完成 → met"),
    S("general_budget_revenue", "met", "一般公共预算收入9.86亿元，增长5.5%，目标5%，已完成，为预算的101.6%"),
    C("general_budget_revenue", 101.6, "一般公共预算收入9.86亿元，增长5.5%，目标5%，已完成，为预算的101.6%"),
    S("urban_income", "not_met", "城镇居民人均可支配收入增长4.9%，目标5.5%，未完成"),
    S("rural_income", "not_met", "农村居民人均可支配收入增长6.8%，目标7%，未完成",
      note="增速比城镇居民高1.9个百分点 is a comparison"),
    C("new_urban_jobs", 102.4, "城镇新增就业5120人，完成年度目标的102.4%，已完成"),
    S("new_urban_jobs", "met", "城镇新增就业5120人，完成年度目标的102.4%，已完成"),
    C("fdi", 71.5, "实际利用外资2860万美元，完成年度目标的71.5%，未完成"),
    S("fdi", "not_met", "实际利用外资2860万美元，完成年度目标的71.5%，未完成"),
    S("surveyed_unemployment_rate", "met", "城镇调查失业率5.1%，目标控制在5.5%以内，已完成"),
    S("energy_intensity", "met", "单位地区生产总值能耗下降3.2%，完成市下达的年度控制目标"),
    S("grain_output", "met", "粮食总产量23.6万吨，目标23.5万吨，已完成", note="其中鹤田镇粮食产量增长4.1% is a town's"),
    S("“一件事一次办”改革", "met", "1.“一件事一次办”改革：已办结", note="26个事项实现一次办结 counts parts"),
    S("新能源电池材料产业项目一期", "on_schedule", "2.新能源电池材料产业项目一期：持续推进"),
    C("新能源电池材料产业项目一期", 104, "2.新能源电池材料产业项目一期：持续推进。一期主体厂房已完工，完成年度投资的104%", note="二期计划2025年开工 is a plan"),
    S("县域商业体系建设", "met", "3.县域商业体系建设：基本完成"),
    S("县城北区供水厂", "met", "4.县城北区供水厂：已办结"),
    S("溱河大道东延工程", "not_met", "5.溱河大道东延工程：未完成"),
    C("溱河大道东延工程", 40, "5.溱河大道东延工程：未完成。主要原因是沿线征迁涉及企业补偿标准调整，工程推迟开工，目前完成工程量的40%", note="确保2025年6月底前建成通车 is a call"),
    S("城乡供水一体化工程", "on_schedule", "6.城乡供水一体化工程：持续推进"),
    C("城乡供水一体化工程", 101.3, "6.城乡供水一体化工程：持续推进。项目跨年度实施，年度投资完成率为101.3%"),
    S("县中医院迁建", "met", "7.县中医院迁建：基本完成", note="预计2025年3月投入使用 is a forecast"),
    S("公办养老机构改扩建", "met", "8.公办养老机构改扩建：已办结", note="鹤田镇承担的2所敬老院改造提前完成 is a town's part"),
    S("城区学校扩容", "not_met", "9.城区学校扩容：未完成", note="已完成施工招标 is a step, not the task"),
]

# ---------------------------------------------------------------------------------------------------
# 05  督查通报 in traditional script (OpenCC s2hk from the simplified source below), UTF-8
# ---------------------------------------------------------------------------------------------------
SRC05 = """澄屿市人民政府督查室
督　查　通　报
第11期

澄屿市人民政府督查室　　　　　　　　2025年11月6日

关于全市2025年重点工作推进情况的督查通报

各县（区）人民政府，市政府各部门、各直属机构：
　　10月下旬，市政府督查室会同市发展改革委、市统计局，对全市2025年《政府工作报告》确定的主要指标和重点任务推进情况进行了专项督查。截至10月底，序时进度按８３．３％计。现将有关情况通报如下。

一、总体情况
　　（一）主要指标
　　全市8项主要经济指标中，达到或超过序时进度5项，未达到序时进度3项。具体如下：
　　1.地区生产总值增长６．１％，高于年度目标０．１个百分点。
　　2.规上工业增加值同比增长６．９％，高于年度目标０．４个百分点，比上年同期提高１．２个百分点。
　　3.固定资产投资完成年度目标的８０．６％，低于序时进度２．７个百分点；其中青萝区固定资产投资完成年度目标的９１．４％。
　　4.一般公共预算收入完成年度预算的８６．５％，超序时进度３．２个百分点，增速高于全省平均１．６个百分点。
　　5.社会消费品零售总额未达到序时进度，增速比前三季度回落０．３个百分点。
　　6.进出口总额完成年度目标的７１．８％，落后序时进度１１．５个百分点。
　　7.实际利用外资完成年度目标的９１．２％，超序时进度７．９个百分点。
　　8.城镇新增就业4.86万人，提前完成全年目标任务。
　　（二）重点任务
　　市《政府工作报告》确定的68项重点任务中，已完成12项，按序时推进49项，进度滞后5项，尚未启动2项（市民中心二期、滨海数字产业园）。同期邻近的枫港市重点任务完成率为７９．５％。
　　（三）牵头单位完成率排名
　　按牵头任务平均完成率排序，排名前三位的是：①市交通运输局，９２．６％；②市住房和城乡建设局，８９．４％；③市水利局，８７．１％。排名后三位的是：①市商务局，６１．３％；②市自然资源和规划局，６４．８％；③市文化广电旅游局，６６．２％。

二、进度滞后的任务（5项）
　　1.澄屿港区疏港公路：完成年度投资的５８．２％，低于序时进度２５．１个百分点（牵头单位：市交通运输局）。主要问题：①征迁扫尾工作未完成；②上级补助资金到位率仅４２％。
　　2.市第二人民医院新院区：完成工程量的６０．５％，低于序时进度２２．８个百分点（牵头单位：市卫生健康委）。
　　3.城北污水处理厂提标改造：进展缓慢，目前仅完成设备招标，土建工程尚未开工（牵头单位：市城市管理局）。
　　4.跨境电商产业园：完成年度投资的４５．０％，慢于序时进度３８．３个百分点（牵头单位：市商务局）。
　　5.老城区历史街区保护更新：完成率为５２％，比序时进度低３１．３个百分点，其中北门街片区已完工（牵头单位：市文化广电旅游局）。

三、有关要求
　　（一）各牵头单位要对照年度目标倒排工期、挂图作战，确保年底前完成年度目标的１００％。
　　（二）对进度滞后的5项任务，由市政府督查室实行挂牌督办，每半月调度一次。
　　（三）从目前情况看，全年完成外贸目标仍有较大难度，预计全年进出口总额可完成年度目标的９０％左右，市商务局要加大订单拓展和外贸主体培育力度。
　　上期情况详见本室第9期通报（截至8月底，固定资产投资完成年度目标的６９．８％）。

抄送：市委督查室，市人大常委会办公室，市政协办公室。
澄屿市人民政府督查室　　　　　　　　　　2025年11月6日印发
"""

RANK05 = [("市交通运输局", "①市交通运输局，９２．６％", 92.6), ("市住房和城乡建设局", "②市住房和城乡建设局，８９．４％", 89.4),
          ("市水利局", "③市水利局，８７．１％", 87.1), ("市商务局", "①市商务局，６１．３％", 61.3),
          ("市自然资源和规划局", "②市自然资源和规划局，６４．８％", 64.8),
          ("市文化广电旅游局", "③市文化广电旅游局，６６．２％", 66.2)]
LAG05 = "二、进度滞后的任务（5项）"
GOLD05_SIMPLIFIED = [
    T("met", 5, "全市8项主要经济指标中，达到或超过序时进度5项", note="the eight follow one a line, none grouped by status"),
    T("not_met", 3, "达到或超过序时进度5项，未达到序时进度3项"),
    L("gdp", -0.1, "地区生产总值增长６．１％，高于年度目标０．１个百分点"),
    L("industrial_va_above_scale", -0.4, "规上工业增加值同比增长６．９％，高于年度目标０．４个百分点",
      note="比上年同期提高１．２个百分点 is a comparison"),
    C("fixed_asset_investment", 80.6, "固定资产投资完成年度目标的８０．６％，低于序时进度２．７个百分点",
      note="青萝区…９１．４％ is a district's"),
    L("fixed_asset_investment", 2.7, "固定资产投资完成年度目标的８０．６％，低于序时进度２．７个百分点"),
    C("general_budget_revenue", 86.5, "一般公共预算收入完成年度预算的８６．５％，超序时进度３．２个百分点"),
    L("general_budget_revenue", -3.2, "一般公共预算收入完成年度预算的８６．５％，超序时进度３．２个百分点",
      note="高于全省平均１．６ is a comparison"),
    S("retail_sales", "not_met", "社会消费品零售总额未达到序时进度", note="比前三季度回落０．３ is a comparison"),
    C("foreign_trade", 71.8, "进出口总额完成年度目标的７１．８％，落后序时进度１１．５个百分点"),
    L("foreign_trade", 11.5, "进出口总额完成年度目标的７１．８％，落后序时进度１１．５个百分点",
      note="预计全年…可完成年度目标的９０％左右 (三) is a forecast"),
    C("fdi", 91.2, "实际利用外资完成年度目标的９１．２％，超序时进度７．９个百分点"),
    L("fdi", -7.9, "实际利用外资完成年度目标的９１．２％，超序时进度７．９个百分点"),
    S("new_urban_jobs", "met", "城镇新增就业4.86万人，提前完成全年目标任务"),
    T("met", 12, "68项重点任务中，已完成12项"),
    T("on_schedule", 49, "按序时推进49项"),
    T("not_met", 5, "按序时推进49项，进度滞后5项", note="names nothing here; the five are named in 二 (kept apart)"),
    S("市民中心二期", "not_met", "尚未启动2项（市民中心二期、滨海数字产业园）", count=2),
    S("滨海数字产业园", "not_met", "尚未启动2项（市民中心二期、滨海数字产业园）", count=2),
]
for item, q, v in RANK05:
    GOLD05_SIMPLIFIED.append(C(item, v, q, optional=True,
                               note="a lead department's average completion rate: a unit's aggregate, not a task "
                                    "nor an indicator; annotation.md is silent, so optional"))
_lag_items = [
    ("澄屿港区疏港公路", "1.澄屿港区疏港公路：完成年度投资的５８．２％，低于序时进度２５．１个百分点", 58.2, 25.1,
     "资金到位率仅４２％ is a rate"),
    ("市第二人民医院新院区", "2.市第二人民医院新院区：完成工程量的６０．５％，低于序时进度２２．８个百分点", 60.5, 22.8, None),
    ("城北污水处理厂提标改造", "3.城北污水处理厂提标改造：进展缓慢", None, None,
     "进展缓慢 restates the heading's status; 土建工程尚未开工 is a part"),
    ("跨境电商产业园", "4.跨境电商产业园：完成年度投资的４５．０％，慢于序时进度３８．３个百分点", 45.0, 38.3, None),
    ("老城区历史街区保护更新", "5.老城区历史街区保护更新：完成率为５２％，比序时进度低３１．３个百分点", 52, 31.3,
     "其中北门街片区已完工 is a part"),
]
for item, q, c, l, note in _lag_items:
    kw = {"note": "status and count 5 from the heading 二、进度滞后的任务（5项）" + ("; " + note if note else "")}
    GOLD05_SIMPLIFIED.append(S(item, "not_met", q, count=5, **kw))
    if c is not None:
        GOLD05_SIMPLIFIED.append(C(item, c, q))
        GOLD05_SIMPLIFIED.append(L(item, l, q))

# ---------------------------------------------------------------------------------------------------
# 06  工作简报 on one line, H1
# ---------------------------------------------------------------------------------------------------
TXT06 = "".join([
    "蔺川县人民政府办公室　工作简报　第7期（总第186期）　2025年7月16日　",
    "【经济运行】上半年全县主要经济指标实现“双过半”　",
    "今年以来，全县上下紧盯年度目标，坚持项目为王、工业强县，经济运行稳中有进、进中向好。",
    "上半年（序时进度按50%计，下同），全县8项主要经济指标中，地区生产总值、规上工业增加值、固定资产投资、一般公共预算收入、"
    "城镇新增就业5项指标实现“双过半”，社会消费品零售总额、进出口总额、实际利用外资3项指标未实现“双过半”。",
    "一是工业生产较快增长。地区生产总值完成86.7亿元，同比增长6.2%，比一季度加快0.4个百分点，高于全市平均1.3个百分点；"
    "规上工业增加值同比增长8.1%，超年度目标1.1个百分点。",
    "二是投资保持高位运行。固定资产投资完成年度目标的53.6%，超序时进度3.6个百分点，其中工业投资完成年度目标的60%—65%（初步测算），"
    "民间投资占比达57.6%；同期全市固定资产投资完成年度目标的51.2%，桂岭镇固定资产投资完成率达68%。",
    "三是财政收入稳步增长。一般公共预算收入完成年度预算的57.2%，超序时进度7.2个百分点。",
    "四是就业形势总体稳定。城镇新增就业3210人，完成年度目标的61.4%。",
    "五是消费和外贸有待提振。社会消费品零售总额完成年度目标的48.1%，慢于序时进度1.9个百分点，增速比上年同期提高2.1个百分点；"
    "进出口总额完成年度目标的42.3%，慢于序时进度；实际利用外资仅完成年度目标的35.8%，下半年实现全年目标难度较大。",
    "【项目建设】全县36个县级重点项目中，已开工32个，尚未开工4个（城南物流园、蔺川数据中心、县全民健身中心、桃溪水库除险加固），"
    "累计完成投资41.8亿元，占年度计划的56.2%，超序时进度6.2个百分点。其中，蔺川大道改造、县城污水处理厂三期已建成投用；"
    "县人民医院新院区快于序时进度；滨江物流园进度滞后，完成年度投资的31.5%，慢于序时进度18.5个百分点。",
    "【下步打算】下半年，各乡镇、各部门要对照“双过半”目标查漏补缺，确保三季度末各项指标完成年度目标的75%以上；"
    "预计全年地区生产总值增长6.5%左右。",
    "（相关阅读：第3期简报《一季度全县经济运行开局良好》，一季度全县固定资产投资完成年度目标的27.4%）　",
    "报：县委、县人大常委会、县政协主要领导　送：市政府办公室　发：各乡镇人民政府，县政府各部门　（共印120份）",
])

SGB = ("地区生产总值、规上工业增加值、固定资产投资、一般公共预算收入、城镇新增就业5项指标实现“双过半”")
NSGB = "社会消费品零售总额、进出口总额、实际利用外资3项指标未实现“双过半”"
PROJ = "尚未开工4个（城南物流园、蔺川数据中心、县全民健身中心、桃溪水库除险加固）"
GOLD06 = (
    [S(m, "met", SGB, count=5) for m in ["gdp", "industrial_va_above_scale", "fixed_asset_investment",
                                          "general_budget_revenue", "new_urban_jobs"]]
    + [S(m, "not_met", NSGB, count=3) for m in ["retail_sales", "foreign_trade", "fdi"]]
    + [
        L("industrial_va_above_scale", -1.1, "规上工业增加值同比增长8.1%，超年度目标1.1个百分点",
          note="the GDP comparisons before it (比一季度, 高于全市平均) are no lag"),
        C("fixed_asset_investment", 53.6, "固定资产投资完成年度目标的53.6%，超序时进度3.6个百分点"),
        L("fixed_asset_investment", -3.6, "固定资产投资完成年度目标的53.6%，超序时进度3.6个百分点"),
        C("industrial_investment", 60, "其中工业投资完成年度目标的60%—65%（初步测算）", optional=True,
          note="a range; annotation.md is silent: the low end as value, optional"),
        C("industrial_investment", 65, "其中工业投资完成年度目标的60%—65%（初步测算）", optional=True,
          note="a range; annotation.md is silent: the high end as value, optional"),
        C("general_budget_revenue", 57.2, "一般公共预算收入完成年度预算的57.2%，超序时进度7.2个百分点"),
        L("general_budget_revenue", -7.2, "一般公共预算收入完成年度预算的57.2%，超序时进度7.2个百分点"),
        C("new_urban_jobs", 61.4, "城镇新增就业3210人，完成年度目标的61.4%"),
        C("retail_sales", 48.1, "社会消费品零售总额完成年度目标的48.1%，慢于序时进度1.9个百分点"),
        L("retail_sales", 1.9, "社会消费品零售总额完成年度目标的48.1%，慢于序时进度1.9个百分点",
          note="增速比上年同期提高2.1个百分点 is a comparison"),
        C("foreign_trade", 42.3, "进出口总额完成年度目标的42.3%，慢于序时进度",
          note="慢于序时进度 with no figure is not_met, the same fact as the 双过半 not_met above: kept once"),
        C("fdi", 35.8, "实际利用外资仅完成年度目标的35.8%", note="下半年实现全年目标难度较大 is a forecast"),
        T("on_schedule", 32, "全县36个县级重点项目中，已开工32个", note="已开工 → on_schedule; a count in a whole"),
    ]
    + [S(p, "not_met", PROJ, count=4) for p in ["城南物流园", "蔺川数据中心", "县全民健身中心", "桃溪水库除险加固"]]
    + [
        C("全县36个县级重点项目", 56.2, "全县36个县级重点项目中，已开工32个，" + PROJ + "，累计完成投资41.8亿元，占年度计划的56.2%，超序时进度6.2个百分点", optional=True,
          note="a group of projects (s20 decision 4); the quote's subject is the 36 projects of the sentence"),
        L("全县36个县级重点项目", -6.2, "全县36个县级重点项目中，已开工32个，" + PROJ + "，累计完成投资41.8亿元，占年度计划的56.2%，超序时进度6.2个百分点", optional=True,
          note="a group of projects, as its completion"),
        S("蔺川大道改造", "met", "其中，蔺川大道改造、县城污水处理厂三期已建成投用"),
        S("县城污水处理厂三期", "met", "其中，蔺川大道改造、县城污水处理厂三期已建成投用"),
        S("县人民医院新院区", "met", "县人民医院新院区快于序时进度", note="快于序时进度 with no figure → met"),
        S("滨江物流园", "not_met", "滨江物流园进度滞后，完成年度投资的31.5%，慢于序时进度18.5个百分点",
          note="a status in words beside a lag is kept (s20 decision 3)"),
        C("滨江物流园", 31.5, "滨江物流园进度滞后，完成年度投资的31.5%，慢于序时进度18.5个百分点"),
        L("滨江物流园", 18.5, "滨江物流园进度滞后，完成年度投资的31.5%，慢于序时进度18.5个百分点"),
    ]
)

DOCS = [
    ("01_zhuning_q3_press_release.html", "utf-8", HTML01, GOLD01),
    ("02_yunxi_minsheng_h1_wechat.html", "utf-8", HTML02, GOLD02),
    ("03_nanqiu_q3_ledger.csv", "gb18030", None, GOLD03),
    ("04_qinyuan_2024_yearend_review.txt", "utf-8", TXT04, GOLD04),
    ("05_chengyu_oct_bulletin_trad.txt", "utf-8", None, None),
    ("06_linchuan_h1_oneline_briefing.txt", "utf-8", TXT06, GOLD06),
]


def to_trad(s):
    import opencc
    return opencc.OpenCC("s2hk").convert(s)


def trad_fact(d):
    d = dict(d)
    d["quote"] = to_trad(d["quote"])
    if d.get("item"):
        d["item"] = to_trad(d["item"])
    return d


def main():
    for name, enc, text, gold in DOCS:
        path = os.path.join(HERE, name)
        if name.startswith("03_"):
            data = csv03_text().encode("gb18030")
        elif name.startswith("05_"):
            data = to_trad(SRC05).encode("utf-8")
            gold = [trad_fact(d) for d in GOLD05_SIMPLIFIED]
        else:
            data = text.encode(enc)
        with open(path, "wb") as f:
            f.write(data)
        gpath = os.path.join(HERE, re.sub(r"\.(html|csv|txt)$", ".progress.jsonl", name))
        with open(gpath, "w", encoding="utf-8") as f:
            for d in gold:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print("wrote %s (%d bytes) and %d facts" % (name, len(data), len(gold)))


if __name__ == "__main__":
    main()
