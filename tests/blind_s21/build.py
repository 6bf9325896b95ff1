#!/usr/bin/env python3
"""Build blind set s21: six invented Excel workbooks (.xlsx) and their gold files.

    python3 build.py

Everything is written from the data below, into the directory of this script:
01-03 are task-assignment tables (gold NN_name.json, the format of tests/blind_s18),
04-06 are progress ledgers (gold NN_name.progress.jsonl, the format of tests/blind_s16).
All places, units, people, projects and figures are invented.
"""
import datetime as dt
import json
import os

import opencc
from openpyxl import Workbook
from openpyxl.chart import PieChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- formats and styles
F1 = '0.0'                      # a percentage written as 62.3
FPCT = '0.0%'                   # a percentage stored as 0.623, Excel shows 62.3%
FSIGN = '+0.0;-0.0;0.0'         # signed points: +2.1 / -1.6
FDATE = 'yyyy"年"m"月"d"日"'     # a real date cell: 2025年6月30日

THIN = Side(style='thin', color='000000')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill('solid', fgColor='D9E1F2')
CENTER = Alignment(horizontal='center', vertical='center', wrap_text=True)
LEFT = Alignment(horizontal='left', vertical='center', wrap_text=True)


def display(value, fmt='General'):
    """The text Excel shows for a stored value and the number formats used in this set."""
    if value is None:
        return ''
    if isinstance(value, dt.datetime):
        assert fmt == FDATE
        return f'{value.year}年{value.month}月{value.day}日'
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, (int, float)):
        if fmt == FPCT:
            return f'{value * 100:.1f}%'
        if fmt == F1:
            return f'{value:.1f}'
        if fmt == '0.00':
            return f'{value:.2f}'
        if fmt == FSIGN:
            return f'{value:+.1f}' if value != 0 else '0.0'
        if fmt == '0':
            return f'{value:.0f}'
        if isinstance(value, int):
            return str(value)
        return repr(value)
    return str(value)


def put(ws, row, col, value, fmt=None, align=LEFT, bold=False, fill=None, border=True):
    c = ws.cell(row=row, column=col, value=value)
    if fmt:
        c.number_format = fmt
    c.alignment = align
    if bold:
        c.font = Font(bold=True)
    if fill:
        c.fill = fill
    if border:
        c.border = BORDER
    return c


def title(ws, row, text, ncols, size=16, bold=True, align=CENTER, height=None):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1, value=text)
    c.font = Font(bold=bold, size=size)
    c.alignment = align
    if height:
        ws.row_dimensions[row].height = height
    return c


def header(ws, row, names):
    for j, n in enumerate(names, 1):
        put(ws, row, j, n, align=CENTER, bold=True, fill=HEAD_FILL)


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


def border_merged(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER


def write_json(name, data):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write('\n')


def write_jsonl(name, lines):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + '\n')


def task_gold(text, leads, cos, deadline):
    own = text.replace('\n', '')
    start = own[:8]
    assert len(start) == 8 and '\n' not in text[:8], text
    return {'text_start': start, 'lead_units': leads, 'co_units': cos, 'deadline': deadline}


def fact(measure, metric, item, value, status, quote, **extra):
    d = {'measure': measure, 'metric': metric, 'item': item, 'value': value, 'status': status,
         'quote': quote}
    d.update(extra)
    return d


# ================================================================ 01 merged cells (澜溪县)
T01 = [
    # 类别, task, lead cell, co cell, deadline (str, or a date for a real date cell)
    ('扩大有效投资', '谋划储备县级重点项目120个以上，争取中央预算内投资和地方政府专项债券资金8亿元以上',
     '县发改局', '县财政局、各乡镇人民政府', '年底前'),
    ('扩大有效投资', '加快澜溪至梧坪快速通道二期建设，年内完成路基工程12.6公里',
     '县交通运输局', '县自然资源局、县林业局', '2025年10月底前'),
    ('扩大有效投资', '开工建设县城北区供水管网改造工程，新建改造供水管网36公里',
     '县住建局', '县水利局、县城投集团', dt.datetime(2025, 6, 30)),
    ('扩大有效投资', '实施城南老旧街区更新，完成沿街建筑立面整治2.4万平方米',
     None, '县城管局、城关镇人民政府', '2025年11月底前'),      # lead: merged with the row above
    ('产业转型升级', '推动澜溪经济开发区“一区三园”扩容提质，新建标准厂房15万平方米',
     '澜溪经济开发区管委会', '县工信局、县自然资源局', '年底前'),
    ('产业转型升级', '实施“小升规”企业培育行动，新增规模以上工业企业25家',
     '县工信局', '县统计局、县税务局', '年底前'),
    ('产业转型升级', '做强“澜溪茶”区域公用品牌，新建标准化生态茶园1.2万亩',
     '县农业农村局', '县市场监管局、县供销社', '2025年9月底前'),
    ('产业转型升级', '开展营商环境“优化提升年”行动，企业开办全程网办、1个工作日办结',
     '县数据局、县市场监管局', '县直各有关单位', '长期坚持'),
    ('民生社会事业', '新建城区第三小学，新增学位1620个',
     '县教育局', '县住建局、县财政局', '2025年8月底前'),
    ('民生社会事业', '推进县人民医院胸痛中心、卒中中心建设并通过省级评审',
     '县卫健局', '县医保局', '2025年6月底前'),
    ('民生社会事业', '城镇新增就业2600人以上，开展职业技能培训5000人次',
     '县人社局', '县总工会、县妇联', '年底前'),
    ('民生社会事业', '新建乡镇区域养老服务中心4个，改造提升村级互助养老点30个',
     '县民政局', None, '2025年12月底前'),
]


def build_01():
    wb = Workbook()
    ws = wb.active
    ws.title = '重点任务分解'
    cols = ['序号', '类别', '重点任务', '牵头单位', '配合单位', '完成时限']
    title(ws, 1, '澜溪县2025年政府工作报告重点任务分解表', 6, height=32)
    title(ws, 2, '（澜溪县人民政府办公室　2025年2月20日）', 6, size=11, bold=False)
    header(ws, 3, cols)
    gold = []
    r0 = 4
    lead_prev = None
    for i, (cat, text, lead, co, dl) in enumerate(T01):
        r = r0 + i
        put(ws, r, 1, i + 1, align=CENTER)                       # integer cell
        put(ws, r, 2, cat, align=CENTER)
        put(ws, r, 3, text)
        put(ws, r, 4, lead, align=CENTER)
        put(ws, r, 5, co, align=CENTER)
        if isinstance(dl, dt.datetime):
            put(ws, r, 6, dl, fmt=FDATE, align=CENTER)
        else:
            put(ws, r, 6, dl, align=CENTER)
        lead_eff = lead if lead is not None else lead_prev
        lead_prev = lead_eff
        leads = lead_eff.split('、')
        cos = co.split('、') if co else []
        gold.append(task_gold(text, leads, cos, display(dl, FDATE if isinstance(dl, dt.datetime) else None)))
    # 类别 merged vertically over each group
    groups = {}
    for i, row in enumerate(T01):
        groups.setdefault(row[0], []).append(r0 + i)
    for rows in groups.values():
        ws.merge_cells(start_row=rows[0], start_column=2, end_row=rows[-1], end_column=2)
    # one 牵头单位 cell over two rows (tasks 3 and 4)
    ws.merge_cells(start_row=r0 + 2, start_column=4, end_row=r0 + 3, end_column=4)
    last = r0 + len(T01) - 1
    title(ws, last + 1, '注：1.牵头单位对任务落实负总责，配合单位按职责分工协同推进；'
          '2.请各牵头单位于每季度末月25日前将推进情况报县政府督查室，并抄送县发改局。',
          6, size=10, bold=False, align=LEFT, height=36)
    title(ws, last + 2, '联系人：程雨桐　　联系电话：0000-6123457　　邮箱：lanxi_dcs@example.cn',
          6, size=10, bold=False, align=LEFT)
    widths(ws, {'A': 6, 'B': 12, 'C': 52, 'D': 18, 'E': 26, 'F': 16})
    ws.freeze_panes = 'A4'
    wb.save(os.path.join(HERE, '01_lanxi_merged.xlsx'))
    write_json('01_lanxi_merged.json', gold)
    return len(gold)


# ================================================================ 02 one sheet per chapter (禾泾县)
T02 = [
    ('一、稳增长', '稳增长', [
        ('全年实施亿元以上重点项目68个，完成项目投资110亿元以上',
         '县发改局、县财政局、县自然资源局', '方立衡', '2025年12月底前'),
        ('开展“百企走访”助企行动，全年兑现各类惠企资金1.5亿元',
         '县工信局、县财政局', '方立衡、唐雪菲', '按季度'),
        ('组织汽车、家电以旧换新等促消费活动12场以上',
         '县商务局、县市场监管局、各乡镇人民政府', '唐雪菲', '2025年11月底前'),
        ('新引进投资5亿元以上产业项目8个，力争10个',
         '县投资促进中心、禾泾高新区管委会', '方立衡', '年底前'),
        ('推进禾泾港区二期码头前期工作，完成工程可行性研究报告编制',
         '县交通运输局', '韩卫东', '2025年9月30日前'),
    ]),
    ('二、促改革', '促改革', [
        ('深化县属国有企业整合重组，组建县文旅投资集团',
         '县国资中心、县财政局', '唐雪菲', '2025年6月底前'),
        ('推进“高效办成一件事”改革，新增集成办理事项20项',
         '县数据局、县司法局、县直各有关单位', '周晓岚', '2025年10月底前'),
        ('完成农村集体经营性建设用地入市试点3宗',
         '县自然资源局、县农业农村局', '韩卫东', '年底前'),
        ('开展失信主体信用修复专项行动',
         '县发改局、县市场监管局', '周晓岚', None),
        ('推动县城投集团市场化转型，剥离政府融资职能',
         '县城投集团、县国资中心、县财政局', '唐雪菲', '持续推进'),
    ]),
    ('三、惠民生', '惠民生', [
        ('改造农村危房和抗震设防不达标农房260户',
         '县住建局、各乡镇人民政府', '韩卫东', '2025年10月底前'),
        ('新建普惠性托育机构3家，新增托位240个',
         '县卫健局、县教育局、县妇联', '周晓岚', '年底前'),
        ('实施县城第二污水处理厂提标改造，出水达到一级A标准',
         '县住建局、县生态环境分局', '韩卫东', '2025年8月底前'),
        ('为城乡低保对象和特困人员发放一次性生活补贴',
         '县民政局、县财政局', '周晓岚', '2025年中秋节前'),
        ('建成县全民健身中心并向社会免费或低收费开放',
         '县文广旅体局', '周晓岚', '2025年12月底前'),
    ]),
]


def build_02():
    wb = Workbook()
    wb.remove(wb.active)
    gold = []
    cols = ['序号', '工作任务', '责任单位', '责任领导', '时限']
    for sheet, short, tasks in T02:
        ws = wb.create_sheet(sheet)
        title(ws, 1, f'禾泾县2025年政府工作报告重点工作责任清单（{short}）', 5, size=14, height=28)
        title(ws, 2, '说明：责任单位中排在第一位的为牵头单位，其余为配合单位。', 5, size=10,
              bold=False, align=LEFT)
        header(ws, 3, cols)
        for i, (text, units, leader, dl) in enumerate(tasks):
            r = 4 + i
            put(ws, r, 1, i + 1, align=CENTER)
            put(ws, r, 2, text)
            put(ws, r, 3, units)
            put(ws, r, 4, leader, align=CENTER)
            put(ws, r, 5, dl, align=CENTER)
            us = units.split('、')
            gold.append(task_gold(text, us[:1], us[1:], dl))
        widths(ws, {'A': 6, 'B': 50, 'C': 34, 'D': 14, 'E': 16})
        ws.freeze_panes = 'A4'
    r = 4 + len(T02[-1][2])
    title(ws, r + 1, '禾泾县人民政府督查室　联系人：温若溪　电话：0000-7712058', 5, size=10,
          bold=False, align=LEFT)
    # hidden sheet: 填表说明 and the lists behind the drop-downs (no task)
    hs = wb.create_sheet('填表说明')
    hs.sheet_state = 'hidden'
    hs['A1'] = '填表说明'
    notes = [
        '1.“工作任务”栏按《政府工作报告》原文逐项分解，每项任务只占一行，不得合并填写；',
        '2.“责任单位”栏填写单位规范简称，多个单位之间用顿号分隔；',
        '3.“责任领导”栏填写分管县领导姓名；',
        '4.“时限”栏从下拉列表中选择，确需调整的报县政府督查室备案；',
        '5.推进情况每月25日前通过督查系统报送，不在本表填写。',
    ]
    for i, n in enumerate(notes):
        hs.cell(row=2 + i, column=1, value=n)
    hs['C1'], hs['D1'], hs['E1'] = '责任单位（下拉）', '时限（下拉）', '责任领导（下拉）'
    lookup_units = ['县发改局', '县财政局', '县工信局', '县商务局', '县自然资源局', '县住建局',
                    '县交通运输局', '县农业农村局', '县卫健局', '县民政局', '县数据局', '县司法局',
                    '县市场监管局', '县生态环境分局', '县国资中心', '县投资促进中心']
    lookup_dl = ['2025年6月底前', '2025年9月底前', '2025年12月底前', '年底前', '按季度', '持续推进', '长期坚持']
    lookup_people = ['方立衡', '唐雪菲', '韩卫东', '周晓岚']
    for i, u in enumerate(lookup_units):
        hs.cell(row=2 + i, column=3, value=u)
    for i, u in enumerate(lookup_dl):
        hs.cell(row=2 + i, column=4, value=u)
    for i, u in enumerate(lookup_people):
        hs.cell(row=2 + i, column=5, value=u)
    widths(hs, {'A': 70, 'C': 20, 'D': 16, 'E': 16})
    wb.active = 0
    wb.save(os.path.join(HERE, '02_hejing_multisheet.xlsx'))
    write_json('02_hejing_multisheet.json', gold)
    return len(gold)


# ================================================================ 03 two-row header (青陂区)
T03 = [
    ('一、城市更新', [
        ('完成青陂老街片区综合整治，改造沿街商铺立面186户',
         '区住建局', '区商务局，区城管局，青石街道办事处', '2025年10月底前'),
        ('新建改造城市公厕24座，实现主城区公厕500米服务半径全覆盖',
         '区城管局', None, '2025年6月底前'),
        ('推进滨河路、青陂大道等路段积水点改造，\n年内消除易涝点9处',
         '区住建局、区水务局', '区财政局，区自然资源局', '2025年9月底前'),
        ('实施既有住宅加装电梯工程，全年加装电梯60台',
         '区住建局', '区市场监管局；各街道办事处', '年底前'),
    ]),
    ('二、公共服务', [
        ('新建区实验中学东校区，新增初中学位1800个',
         '区教育局', '区发改局\n区财政局\n区自然资源局', '2025年8月底前'),
        ('推动区人民医院与省级医院共建专科联盟4个',
         '区卫健局', '区医保局', '年内'),
        ('建设社区嵌入式养老服务站10个，提供助餐、助浴等服务',
         '区民政局', '区卫健局，各街道办事处', '2025年11月底前'),
        ('开展“青陂夜市”消费季活动，举办特色促消费活动20场',
         '区商务局', '区文旅局，区公安分局，区市场监管局', '2025年6月—10月'),
    ]),
    ('三、生态环境', [
        ('完成青陂河上游生态缓冲带建设8.5公里',
         '区水务局', '区生态环境分局；区农业农村局', '2025年12月底前'),
        ('淘汰国三及以下排放标准营运柴油货车320辆',
         '区生态环境分局', '区交通运输局，区公安分局', '2025年6月底前'),
        ('新增城市绿地12公顷，建设口袋公园8个',
         '区城管局', '区住建局，区自然资源局', '持续推进'),
    ]),
]


def split_units(cell):
    if not cell:
        return []
    out = [cell]
    for sep in ('、', '，', '；', '\n'):
        out = [p for part in out for p in part.split(sep)]
    return [p.strip() for p in out if p.strip()]


def build_03():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Sheet1'
    title(ws, 1, '青陂区2025年重点民生工程任务分解推进表', 6, height=30)
    # two-row header
    for col, name in ((1, '序号'), (2, '任务内容'), (5, '完成时限'), (6, '进度')):
        put(ws, 2, col, name, align=CENTER, bold=True, fill=HEAD_FILL)
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    put(ws, 2, 3, '责任单位', align=CENTER, bold=True, fill=HEAD_FILL)
    ws.merge_cells(start_row=2, start_column=3, end_row=2, end_column=4)
    put(ws, 3, 3, '牵头单位', align=CENTER, bold=True, fill=HEAD_FILL)
    put(ws, 3, 4, '配合单位', align=CENTER, bold=True, fill=HEAD_FILL)
    border_merged(ws, 2, 1, 3, 6)
    gold = []
    r = 4
    n = 0
    for cat, tasks in T03:
        put(ws, r, 1, cat, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        border_merged(ws, r, 1, r, 6)
        r += 1
        for text, lead, co, dl in tasks:
            n += 1
            put(ws, r, 1, n, align=CENTER)
            put(ws, r, 2, text)
            put(ws, r, 3, lead, align=CENTER)
            put(ws, r, 4, co, align=CENTER)
            put(ws, r, 5, dl, align=CENTER)
            put(ws, r, 6, None)                      # 进度: empty, a fresh table
            gold.append(task_gold(text, split_units(lead), split_units(co), dl))
            r += 1
    title(ws, r, '注：“进度”栏由牵头单位每月25日前填报，配合单位及时向牵头单位提供有关情况。', 6, size=10,
          bold=False, align=LEFT)
    title(ws, r + 1, '青陂区人民政府办公室　联系人：祁望舒　电话：0000-5520391', 6, size=10, bold=False,
          align=LEFT)
    widths(ws, {'A': 6, 'B': 48, 'C': 20, 'D': 22, 'E': 16, 'F': 24})
    ws.freeze_panes = 'A4'
    wb.save(os.path.join(HERE, '03_qingpi_twoheader.xlsx'))
    write_json('03_qingpi_twoheader.json', gold)
    return len(gold)


# ================================================================ 04 indicators H1 (萍汀县)
# name, unit, target (value, fmt), done (value, fmt), completion %, stored as 'num' (62.3, '0.0')
# or 'pct' (0.623, '0.0%'), status word, metric id (None: not in indicators.yaml)
T04 = [
    ('地区生产总值', '亿元', (268.0, F1), (129.6, F1), 48.4, 'num', '未达到序时进度', 'gdp'),
    ('规模以上工业增加值', '亿元', (86.5, F1), (45.1, F1), 52.1, 'num', '达到序时进度',
     'industrial_va_above_scale'),
    ('固定资产投资', '亿元', (152.0, F1), (89.2, F1), 58.7, 'num', '达到序时进度', 'fixed_asset_investment'),
    ('　其中：工业投资', '亿元', (60.0, F1), (24.9, F1), 41.5, 'num', '滞后', 'industrial_investment'),
    ('社会消费品零售总额', '亿元', (96.0, F1), (46.3, F1), 48.2, 'num', '未达到序时进度', 'retail_sales'),
    ('一般公共预算收入', '亿元', (15.6, '0.00'), (8.62, '0.00'), 55.3, 'num', '达到序时进度',
     'general_budget_revenue'),
    ('一般公共预算支出', '亿元', (38.0, '0.00'), (17.55, '0.00'), 46.2, 'pct', '未达到序时进度',
     'general_budget_expenditure'),
    ('城镇居民人均可支配收入', '元', (46800, '0'), (24150, '0'), 51.6, 'pct', '达到序时进度', 'urban_income'),
    ('农村居民人均可支配收入', '元', (23500, '0'), (11260, '0'), 47.9, 'pct', '未达到序时进度', 'rural_income'),
    ('城镇新增就业', '人', (5200, '0'), (3180, '0'), 61.2, 'pct', '达到序时进度', 'new_urban_jobs'),
    ('实际利用外资', '万美元', (2800, '0'), (910, '0'), 32.5, 'pct', '滞后', 'fdi'),
    ('税收收入', '亿元', (11.2, '0.00'), (5.93, '0.00'), 52.9, 'pct', '达到序时进度', None),
    ('限额以上批发零售业销售额', '亿元', (210.0, F1), (98.4, F1), 46.9, 'pct', '未达到序时进度', None),
]
STATUS_WORD = {'达到序时进度': 'met', '未达到序时进度': 'not_met', '滞后': 'not_met', '达到预期': 'met',
               '已竣工': 'met', '按计划推进': 'on_schedule', '进度滞后': 'not_met', '尚未开工': 'not_met',
               '已取消': 'cancelled', '是': 'met', '否': 'not_met', '基本完成': 'met'}


def build_04():
    wb = Workbook()
    ws = wb.active
    ws.title = '上半年指标'
    cols = ['指标名称', '单位', '年度目标', '1-6月完成', '完成年度目标(%)', '序时进度(%)', '快慢(百分点)', '状态']
    title(ws, 1, '萍汀县2025年主要经济指标上半年完成情况', 8, height=30)
    title(ws, 2, '（数据截至2025年6月30日）', 8, size=10, bold=False)
    header(ws, 3, cols)
    facts = []
    r = 4
    for name, unit, (tv, tf), (dv, dfm), comp, kind, word, metric in T04:
        # the figures must agree with each other
        assert abs(dv / tv * 100 - comp) < 0.05 + 1e-9, (name, dv / tv * 100, comp)
        fast = round(comp - 50.0, 1)
        if kind == 'num':
            cv, cf, sv, sf = comp, F1, 50.0, F1
        else:
            cv, cf, sv, sf = round(comp / 100, 4), FPCT, 0.5, FPCT
        cells = [(name, None), (unit, None), (tv, tf), (dv, dfm), (cv, cf), (sv, sf), (fast, FSIGN), (word, None)]
        for j, (v, f) in enumerate(cells, 1):
            put(ws, r, j, v, fmt=f, align=LEFT if j == 1 else CENTER)
        quote = '\t'.join(display(v, f or 'General') for v, f in cells)
        assert display(cv, cf).rstrip('%') == f'{comp:.1f}'
        st = STATUS_WORD[word]
        item = None if metric else name.strip()
        opt = {} if metric else {'optional': True, 'note': 'not an indicator in indicators.yaml: '
                                 'annotation.md reads table rows whose indicator is a known name; '
                                 'this row is accepted with item or absent'}
        facts.append(fact('completion', metric, item, comp, None, quote, **opt,
                          **({} if not metric else {'note': f'完成年度目标(%) {display(cv, cf)}'
                                                    + (' (0.0% format over a fraction)' if kind == 'pct' else '')})))
        lag = round(-fast, 1)
        facts.append(fact('lag', metric, item, lag, None, quote, **opt,
                          **({} if not metric else {'note': f'快慢 {display(fast, FSIGN)}: + is ahead, so lag {lag}'})))
        facts.append(fact('status', metric, item, None, st, quote, **opt,
                          **({} if not metric else {'note': f'状态 {word}'})))
        r += 1
    # a ceiling indicator: no completion, no schedule, a status only
    cells = [('城镇登记失业率', None), ('%', None), ('≤3.5', None), (3.1, F1), ('—', None), ('—', None),
             ('—', None), ('达到预期', None)]
    for j, (v, f) in enumerate(cells, 1):
        put(ws, r, j, v, fmt=f, align=LEFT if j == 1 else CENTER)
    quote = '\t'.join(display(v, f or 'General') for v, f in cells)
    facts.append(fact('status', 'registered_unemployment_rate', None, None, 'met', quote,
                      note='达到预期 after an indicator: met; no completion or lag (cells —)'))
    r += 1
    title(ws, r, '备注：1.序时进度按时间过半50%计算；2.快慢=完成年度目标(%)－序时进度(%)，正数表示快于序时进度，'
          '负数表示慢于序时进度；3.城镇登记失业率为控制性指标，不计算完成比例，实际值在控制目标以内即为达到预期；'
          '4.税收收入、限额以上批发零售业销售额为县级监测指标。', 8, size=10, bold=False, align=LEFT, height=48)
    title(ws, r + 1, '填报单位：萍汀县统计局　　联系人：卢映川　　电话：0000-4406182　　填报日期：2025年7月18日',
          8, size=10, bold=False, align=LEFT)
    widths(ws, {'A': 26, 'B': 8, 'C': 10, 'D': 11, 'E': 15, 'F': 12, 'G': 13, 'H': 16})
    ws.freeze_panes = 'B4'
    wb.save(os.path.join(HERE, '04_pingting_indicators_h1.xlsx'))
    write_jsonl('04_pingting_indicators_h1.progress.jsonl', facts)
    return facts


# ================================================================ 05 major projects Q3 (蕖阳市)
# name, content, plan (万元), done (万元), 形象进度, 状态, 责任单位, 备注, completion stated in 形象进度
T05 = [
    ('蕖阳新能源电池材料产业园一期', '新建厂房及配套设施28万平方米', 85000, 71400,
     '8栋主体厂房封顶，完成工程量的80%', '按计划推进', '蕖阳高新区管委会', None, 80),
    ('城东快速路（一期）', '全长6.8公里，双向六车道', 48000, 48000,
     '主线及匝道全部完工，9月18日通车', '已竣工', '市交通运输局', None, None),
    ('市第一人民医院新院区', '床位1200张，建筑面积21万平方米', 56000, 45360,
     '门诊医技楼主体完工，进入装饰装修阶段', '按计划推进', '市卫健委', None, None),
    ('蕖江综合治理二期', '整治河道14公里，新建堤防9公里', 38000, 15960,
     '受汛期影响，新建堤防4.1公里，完成工程量的35%', '进度滞后', '市水利局', '已约谈施工单位', 35),
    ('城北智慧物流园', '建设冷链仓储及分拨中心12万平方米', 30000, 0,
     '完成立项及环评批复，施工图审查中', '尚未开工', '市商务局', '计划10月底前开工', None),
    ('市职业教育园区', '新建3所中职学校校舍', 42000, 31500,
     '2所学校主体封顶，1所进行基础施工', '按计划推进', '市教育局', None, None),
    ('老城区燃气管网更新改造', '改造中压管网86公里、庭院管网120公里', 18000, 18900,
     '全部完工并通气', '已竣工', '市城管局', None, None),
    ('蕖阳港南作业区三期码头', '新建5000吨级泊位4个', 66000, 26400,
     '征海手续办理滞后，完成工程量的28%', '进度滞后', '市交通运输局', '需市级协调用海指标', 28),
    ('城西片区棚户区改造', '建设安置房3200套', 45000, 38700,
     '安置房主体全部封顶', '按计划推进', '市住建局', None, None),
    ('市文化艺术中心', '建设大剧院及美术馆', 25000, 0,
     '因规划选址调整，项目取消，资金调整用于市民中心改造', '已取消', '市文广旅局', None, None),
    ('高铁站综合客运枢纽', '建设站前广场及换乘中心', 32000, 24960,
     '换乘中心主体封顶，完成工程量的70%', '按计划推进', '市城投集团', None, 70),
]


def build_05():
    wb = Workbook()
    ws = wb.active
    ws.title = '三季度台账'
    cols = ['项目名称', '建设内容', '年度计划投资(万元)', '1-9月完成投资(万元)', '占年度计划(%)', '形象进度',
            '状态', '责任单位', '备注']
    title(ws, 1, '蕖阳市2025年重大项目三季度推进台账', 9, height=30)
    title(ws, 2, '（截至2025年9月30日）', 9, size=10, bold=False)
    title(ws, 3, '填表说明：1.“占年度计划(%)”由公式自动计算；2.“状态”栏，1-9月完成投资达到或超过序时进度（75%）的填'
          '“按计划推进”，低于序时进度的填“进度滞后”，未开工的填“尚未开工”，已完工的填“已竣工”。',
          9, size=10, bold=False, align=LEFT, height=40)
    header(ws, 4, cols)
    facts, optional = [], []
    r0 = 5
    for i, (name, content, plan, done, image, word, unit, remark, comp) in enumerate(T05):
        r = r0 + i
        put(ws, r, 1, name)
        put(ws, r, 2, content)
        put(ws, r, 3, plan, fmt='0', align=CENTER)
        put(ws, r, 4, done, fmt='0', align=CENTER)
        put(ws, r, 5, f'=D{r}/C{r}', fmt=FPCT, align=CENTER)          # formula, no cached value
        put(ws, r, 6, image)
        put(ws, r, 7, word, align=CENTER)
        put(ws, r, 8, unit, align=CENTER)
        put(ws, r, 9, remark)
        pct = round(done / plan * 100, 1)
        # the 状态 follows the 填表说明 rule
        if word == '按计划推进':
            assert pct >= 75, name
        if word == '进度滞后':
            assert pct < 75, name
        shown = [name, content, display(plan, '0'), display(done, '0'), f'{pct:.1f}%', image, word, unit,
                 remark or '']
        while shown and shown[-1] == '':
            shown.pop()
        quote = '\t'.join(shown)
        facts.append(fact('status', None, name, None, STATUS_WORD[word], quote, note=f'状态 {word}'))
        if comp is not None:
            facts.append(fact('completion', None, name, float(comp), None, quote,
                              note=f'形象进度: 完成工程量的{comp}%'))
        optional.append(fact('completion', None, name, pct, None, quote, optional=True,
                             note=f'占年度计划(%) is the formula =D{r}/C{r} with no cached value (openpyxl '
                                  f'writes none): Excel would show {pct:.1f}%; accepted if read, not required'))
    rt = r0 + len(T05)
    put(ws, rt, 1, '合计', align=CENTER, bold=True)
    put(ws, rt, 2, f'{len(T05)}个项目', align=CENTER)
    put(ws, rt, 3, f'=SUM(C{r0}:C{rt - 1})', fmt='0', align=CENTER)
    put(ws, rt, 4, f'=SUM(D{r0}:D{rt - 1})', fmt='0', align=CENTER)
    put(ws, rt, 5, f'=D{rt}/C{rt}', fmt=FPCT, align=CENTER)
    for c in range(6, 10):
        put(ws, rt, c, None)
    title(ws, rt + 1, '填报单位：蕖阳市重大项目建设服务中心　　联系人：林书遥　　电话：0000-3318620　　'
          '填报日期：2025年10月10日', 9, size=10, bold=False, align=LEFT)
    widths(ws, {'A': 28, 'B': 30, 'C': 12, 'D': 13, 'E': 12, 'F': 36, 'G': 12, 'H': 18, 'I': 20})
    ws.freeze_panes = 'B5'
    # chart data: a lookup of status -> number of projects, and a pie chart over it
    cs = wb.create_sheet('图表数据')
    cs['A1'], cs['B1'] = '状态', '项目数(个)'
    counts = {}
    for row in T05:
        counts[row[5]] = counts.get(row[5], 0) + 1
    order = ['已竣工', '按计划推进', '进度滞后', '尚未开工', '已取消']
    for i, k in enumerate(order):
        cs.cell(row=2 + i, column=1, value=k)
        cs.cell(row=2 + i, column=2, value=counts[k])
    pie = PieChart()
    pie.title = '重大项目推进状态分布'
    pie.add_data(Reference(cs, min_col=2, min_row=1, max_row=1 + len(order)), titles_from_data=True)
    pie.set_categories(Reference(cs, min_col=1, min_row=2, max_row=1 + len(order)))
    cs.add_chart(pie, 'D2')
    wb.save(os.path.join(HERE, '05_quyang_projects_q3.xlsx'))
    write_jsonl('05_quyang_projects_q3.progress.jsonl', facts + optional)
    return facts + optional


# ================================================================ 06 民生实事 year-end, traditional (岚埠县)
# item, goal, 完成情况 (prose), 是否完成, completion stated in the prose
T06 = [
    ('新建改扩建公办幼儿园', '新建改扩建公办幼儿园4所，新增学位720个',
     '4所幼儿园全部建成并于秋季开园，新增学位756个，完成率105%', '是', 105),
    ('农村公路提档升级', '完成农村公路提档升级150公里',
     '已完成提档升级162公里，完成率108%', '是', 108),
    ('老旧小区改造', '改造老旧小区22个、3100户',
     '22个小区改造全部完工，惠及居民3100户', '是', None),
    ('城乡居民免费体检', '为65岁以上老年人免费体检4.5万人次',
     '完成体检4.38万人次，完成率97.3%', '基本完成', 97.3),
    ('城区公共停车泊位', '新增公共停车泊位1500个',
     '新增泊位1580个，完成率105.3%', '是', 105.3),
    ('农村饮水安全巩固提升', '新建改造农村供水工程18处',
     '完成16处，2处因水源调整顺延至2026年实施，完成率88.9%', '否', 88.9),
    ('中小学食堂改造', '改造提升中小学食堂30所',
     '30所食堂改造全部完工并投入使用', '是', None),
    ('街道居家养老服务中心', '建成街道居家养老服务中心6个',
     '建成5个，第6个主体完工、正在装修，完成年度任务的92%', '基本完成', 92),
    ('残疾儿童康复救助', '为300名残疾儿童提供康复救助',
     '已救助残疾儿童326名，完成率108.7%', '是', 108.7),
    ('城区背街小巷改造', '改造城区背街小巷40条',
     '已完成41条，完成率102.5%', '是', 102.5),
]


def build_06():
    cc = opencc.OpenCC('s2tw')
    t = cc.convert
    wb = Workbook()
    ws = wb.active
    ws.title = t('年终完成情况')
    cols = [t(c) for c in ['序号', '实事项目', '目标任务', '完成情况', '是否完成']]
    title(ws, 1, t('岚埠县2025年十件民生实事年终完成情况表'), 5, height=30)
    title(ws, 2, t('（截至2025年12月31日）'), 5, size=10, bold=False)
    header(ws, 3, cols)
    facts = []
    done_words = {}
    for i, (item, goal, prose, flag, comp) in enumerate(T06):
        r = 4 + i
        cells = [i + 1, t(item), t(goal), t(prose), t(flag)]
        for j, v in enumerate(cells, 1):
            put(ws, r, j, v, align=CENTER if j in (1, 5) else LEFT)
        quote = '\t'.join(display(v) for v in cells)
        facts.append(fact('status', None, t(item), None, STATUS_WORD[flag], quote,
                          note=f'是否完成 {t(flag)}'))
        if comp is not None:
            facts.append(fact('completion', None, t(item), float(comp), None, quote,
                              note='completion stated in the 完成情况 prose'))
        done_words[flag] = done_words.get(flag, 0) + 1
    r = 4 + len(T06)
    summary = (f'说明：10件民生实事中，全面完成{done_words["是"]}件，基本完成{done_words["基本完成"]}件，'
               f'未完成{done_words["否"]}件。')
    title(ws, r, t(summary), 5, size=10, bold=False, align=LEFT)
    s = t(summary)
    tally_quote = s[len(t('说明：')):].rstrip('。')
    facts.append(fact('status', None, None, None, 'met', tally_quote, tally=True,
                         count=done_words['是'], note='全面完成N件 inside a whole (10件民生实事中): tally'))
    facts.append(fact('status', None, None, None, 'met', tally_quote, tally=True,
                         count=done_words['基本完成'], note='基本完成N件: met tally (annotation.md: 基本完成 → met)'))
    facts.append(fact('status', None, None, None, 'not_met', tally_quote, tally=True,
                         count=done_words['否'], note='未完成1件, named only in the table: a tally kept apart '
                                                      'from the row (s16 decision 10)'))
    title(ws, r + 1, t('填报单位：岚埠县人民政府督查室　　联系人：冉知秋　　电话：0000-2290475'), 5, size=10,
          bold=False, align=LEFT)
    widths(ws, {'A': 6, 'B': 22, 'C': 34, 'D': 44, 'E': 12})
    ws.freeze_panes = 'A4'
    wb.save(os.path.join(HERE, '06_lanbu_minsheng_yearend_trad.xlsx'))
    write_jsonl('06_lanbu_minsheng_yearend_trad.progress.jsonl', facts)
    return facts


def main():
    n1, n2, n3 = build_01(), build_02(), build_03()
    f4, f5, f6 = build_04(), build_05(), build_06()
    print(f'tasks: 01 {n1}, 02 {n2}, 03 {n3}; total {n1 + n2 + n3}')
    for name, fs in (('04', f4), ('05', f5), ('06', f6)):
        req = [f for f in fs if not f.get('optional')]
        print(f'progress {name}: {len(req)} required + {len(fs) - len(req)} optional')


if __name__ == '__main__':
    main()
