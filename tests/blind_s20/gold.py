# writes the gold files (hand-written facts; nothing is extracted by a tool)
import json
def F(measure, metric=None, item=None, value=None, status=None, quote="", **kw):
    d = {"measure": measure, "metric": metric, "item": item, "value": value, "status": status, "quote": quote}
    d.update(kw); return d
G = {}
q_gbr = "一般公共预算收入完成9.7亿元，为年度预算的48.2%，低于序时进度1.8个百分点"
q_fai = "固定资产投资完成年度目标的53.8%，超序时进度3.8个百分点"
q_fdi = "实际利用外资仅完成年度目标的27.5%，未实现“双过半”"
q_done = "城区第三幼儿园新建工程、岚河南岸防洪堤加固工程已完成"
q_on = "农村公路提档升级、老旧小区改造等6件正在按计划推进"
G["01_lanze_changwu_minutes"] = [
 F("completion","fixed_asset_investment",value=53.8,quote=q_fai),
 F("lag","fixed_asset_investment",value=-3.8,quote=q_fai,note="超序时进度: ahead, negative"),
 F("completion","general_budget_revenue",value=48.2,quote=q_gbr),
 F("lag","general_budget_revenue",value=1.8,quote=q_gbr),
 F("status","retail_sales",status="met",quote="社会消费品零售总额完成序时进度"),
 F("completion","fdi",value=27.5,quote=q_fdi),
 F("status","fdi",status="not_met",quote=q_fdi,note="phrase standing alone after the figure: the last indicator named"),
 F("status",item="城区第三幼儿园新建工程",status="met",quote=q_done),
 F("status",item="岚河南岸防洪堤加固工程",status="met",quote=q_done),
 F("status",item="农村公路提档升级",status="on_schedule",quote=q_on,count=6,note="two named of 6 (等6件)"),
 F("status",item="老旧小区改造",status="on_schedule",quote=q_on,count=6),
 F("status",item="县中医院门诊综合楼扩建",status="not_met",quote="县中医院门诊综合楼扩建因用地规划调整尚未开工"),
 F("status",item="智慧停车平台建设项目",status="cancelled",quote="智慧停车平台建设项目经研究予以取消"),
 F("completion",item="城区供热管网一期改造工程",value=62,quote="城区供热管网一期改造工程已完成工程量的62%"),
]
q6 = "未达到序时进度6项，为工业投资、进出口总额、实际利用外资、规上工业增加值、城镇新增就业和一般公共预算收入"
q3 = "尚未启动3项（城南物流园二期、县档案馆新馆、溱水湿地公园提升）"
q_ii = "工业投资完成年度计划的41.6%，低于序时进度8.4个百分点"
q_ft = "进出口总额完成年度目标的44.1%，落后序时进度5.9个百分点"
G["02_qinchuan_renda_hearing"] = [
 F("status",status="met",quote="全县28项主要计划指标中，达到序时进度22项",tally=True,count=22),
] + [F("status",m,status="not_met",quote=q6,count=6) for m in
     ["industrial_investment","foreign_trade","fdi","industrial_va_above_scale","new_urban_jobs","general_budget_revenue"]] + [
 F("completion","industrial_investment",value=41.6,quote=q_ii),
 F("lag","industrial_investment",value=8.4,quote=q_ii),
 F("completion","foreign_trade",value=44.1,quote=q_ft),
 F("lag","foreign_trade",value=5.9,quote=q_ft),
 F("status",status="met",quote="45项重点工作中，已完成8项",tally=True,count=8),
 F("status",status="on_schedule",quote="正在推进34项",tally=True,count=34),
] + [F("status",item=i,status="not_met",quote=q3,count=3) for i in ["城南物流园二期","县档案馆新馆","溱水湿地公园提升"]]
G["02_qinchuan_renda_hearing"][-3]["note"] = "restated by a deputy (王建国委员…尚未启动): one fact"
q4 = "固定资产投资、社会消费品零售总额、一般公共预算收入、城镇新增就业4项指标实现“时间过半、任务过半”"
q_fai3 = "固定资产投资完成年度目标的56.3%，超序时进度6.3个百分点"
q_ft3 = "进出口总额完成年度目标的39.2%，低于序时进度10.8个百分点，是唯一未实现“双过半”的主要指标"
G["03_yuntang_shuangguoban_oneline"] = [F("status",m,status="met",quote=q4,count=4) for m in
     ["fixed_asset_investment","retail_sales","general_budget_revenue","new_urban_jobs"]] + [
 F("completion","new_urban_jobs",value=68.7,quote="城镇新增就业4120人，完成全年目标任务的68.7%",note="its 提前超额完成半年目标 restates the met above: one fact"),
 F("completion","fixed_asset_investment",value=56.3,quote=q_fai3),
 F("lag","fixed_asset_investment",value=-6.3,quote=q_fai3),
 F("completion","general_budget_revenue",value=51.4,quote="一般公共预算收入完成6.85亿元，占年度预算的51.4%"),
 F("completion","retail_sales",value=50.9,quote="社会消费品零售总额完成47.9亿元，同比增长5.2%，完成全年任务的50.9%"),
 F("completion","foreign_trade",value=39.2,quote=q_ft3),
 F("lag","foreign_trade",value=10.8,quote=q_ft3),
 F("status","foreign_trade",status="not_met",quote=q_ft3,note="未实现“双过半” stated in words beside the lag"),
 F("completion",item="全县56个县级重点项目",value=54.2,quote="全县56个县级重点项目完成投资48.6亿元，完成年度计划的54.2%",optional=True,note="a group of projects, not one task or indicator"),
]
rows = [l for l in open("04_heping_q3_projects_table.txt",encoding="utf-8").read().split("\n") if "\t" in l and l[0].isdigit()]
st = {"按计划推进":"on_schedule","已竣工":"met","进度滞后":"not_met","尚未开工":"not_met","取消":"cancelled","已完成":"met"}
g4 = []
for r in rows:
    c = r.split("\t")
    if c[5] != "—":
        g4.append(F("completion",item=c[1],value=float(c[5]),quote=r))
    g4.append(F("status",item=c[1],status=st[c[6]],quote=r))
for d in g4:
    if d["item"] == "县职业技术学校实训楼" and d["measure"] == "status":
        d["note"] = "the column says 按计划推进 although 70.0 < 75"
    if d["item"] == "城北再生水厂" and d["measure"] == "status":
        d["note"] = "说明4 比计划工期滞后约3个月 restates it (and months are no lag)"
    if d["item"] == "县人民医院新院区建设" and d["measure"] == "completion":
        pass
g4.append(F("status",item="县职业技术学校实训楼",status="not_met",quote="县职业技术学校实训楼进度略低于序时",optional=True,
            note="the note says it is below schedule, yet keeps 按计划推进; either reading is accepted"))
G["04_heping_q3_projects_table"] = g4
q_w = "（一）城乡供水一体化工程。工程进度明显滞后，截至10月底仅完成年度投资的58%，低于序时进度25.3个百分点"
q_r = "（四）农村生活垃圾分类全覆盖。年度目标为覆盖120个行政村，目前已覆盖78个，完成率为65%，进展缓慢"
q_j = "城镇新增就业完成年度目标的91.2%，超序时进度7.9个百分点"
q_f = "实际利用外资完成年度目标的47.5%，与序时进度相差35.8个百分点"
G["05_fengting_ducha_feedback"] = [
 F("status",status="met",quote="对照年初确定的24项重点任务，已完成9项",tally=True,count=9),
 F("status",status="on_schedule",quote="有序推进11项",tally=True,count=11),
 F("status",status="not_met",quote="进展滞后4项",tally=True,count=4,note="names nothing where it stands; only 2 of the 4 are named below"),
 F("status",item="城乡供水一体化工程",status="not_met",quote=q_w),
 F("completion",item="城乡供水一体化工程",value=58,quote=q_w),
 F("lag",item="城乡供水一体化工程",value=25.3,quote=q_w),
 F("status",item="县城老旧小区改造",status="met",quote="（二）县城老旧小区改造。年度42个小区改造任务已全面完成"),
 F("status",item="高新产业园标准厂房建设",status="partly_met",quote="（三）高新产业园标准厂房建设。该任务部分完成"),
 F("completion",item="农村生活垃圾分类全覆盖",value=65,quote=q_r),
 F("status",item="农村生活垃圾分类全覆盖",status="not_met",quote=q_r),
 F("completion","new_urban_jobs",value=91.2,quote=q_j),
 F("lag","new_urban_jobs",value=-7.9,quote=q_j),
 F("completion","fdi",value=47.5,quote=q_f),
 F("lag","fdi",value=35.8,quote=q_f,note="83.3 − 47.5: behind"),
]
for name, facts in G.items():
    with open(name + ".progress.jsonl", "w", encoding="utf-8") as f:
        for d in facts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(name, len(facts), sum(1 for d in facts if d.get("optional")))
