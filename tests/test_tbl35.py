"""Helper tbl35: reports whose key figures stand in tables as a corpus reads them after conversion from Word, PDF or
HTML — plan reports' 附表, 主要预期目标 tables with 属性, 十四五/十五五 goals tables, 民生实事 tables (a blind round)."""
from __future__ import annotations

from factkeys import facts, val  # tests/factkeys.py
from taskdoc import pledges, task_doc  # tests/taskdoc.py


# a 民生实事 table a Word or web page's copy prints one cell a line: 序号 and its heads each a line, then rows of as many
# lines, each opening on its number: a row is read as one, so a project's name ending in a verb (…改造, …建设) lends no
# verb to the task after it, and every task of a cell is kept (the second after a comma too)
SERIAL_LINES = ("（四）办好十件民生实事：\n序号\n项目\n主要内容\n责任单位\n"
                "1\n背街小巷改造\n改造背街小巷45条\n市住建局\n"
                "2\n公园建设\n新建口袋公园15个，新建城市绿道22公里\n市园林局\n"
                "3\n就业服务\n新增城镇就业1.2万人，开展职业技能培训8000人次\n市人社局\n"
                "4\n助残服务\n为1500名残疾人免费适配辅助器具\n市残联\n"
                "（五）持续改善生态环境。新建改造农村公路50公里。\n")


def test_serial_table_one_cell_a_line_reads_its_rows_whole():
    got = pledges(SERIAL_LINES)
    assert {("改造", "背街小巷", 45, "条"), ("新建", "口袋公园", 15, "个"), ("新建", "城市绿道", 22, "公里"),
            ("开展", "职业技能培训", 8000, "人次"), ("新建改造", "农村公路", 50, "公里")} <= got, got
    assert not any(p[0].startswith(("改造改造", "建设新建")) for p in got), got
    # the responsible body's cell after a row's task is no part of what the task counts
    assert ("适配", "辅助器具", 1500, "名") in got, got


# the same table with no column after the tasks: a row's last cell runs straight into the next row's number
SERIAL_THREE = ("（四）用心办好惠民实事：\n序号\n实事名称\n目标任务\n"
                "1\n就业帮扶\n城镇新增就业8000人，农村劳动力转移就业2.5万人\n"
                "2\n老旧小区改造\n改造城镇老旧小区36个\n"
                "3\n安全饮水\n巩固提升农村饮水安全人口12万人\n"
                "4\n健康筛查\n为适龄妇女开展免费“两癌”筛查1.5万人\n")


def test_serial_table_of_three_columns_one_cell_a_line():
    got = pledges(SERIAL_THREE)
    assert {("转移就业", "农村劳动力", 2.5, "万人"), ("改造", "城镇老旧小区", 36, "个"),
            ("巩固提升", "农村饮水安全人口", 12, "万人")} <= got, got
    assert any(p[2] == 1.5 and p[3] == "万人" and "筛查" in p[1] for p in got), got
    assert not any(p[0].startswith("改造改造") for p in got), got


def test_serial_table_one_cell_a_line_quotes_stay_inside_their_cell():
    doc = task_doc(SERIAL_LINES)
    by_object = {p.object: p for p in doc.pledges}
    assert by_object["背街小巷"].quote == "改造背街小巷45条"
    assert "\n" not in by_object["口袋公园"].quote and "|" not in by_object["口袋公园"].quote


def test_serial_lines_need_numbers_in_order():
    # look-alike: a 序号 head whose next lines are not numbered on from 1 under it (the second row numbered 3) joins
    # no line of the rows after the first; each task is still read
    body = ("序号\n项目\n目标任务\n1\n城市停车\n新增公共停车泊位3000个\n3\n农村供水\n新建农村供水管网80公里\n")
    got = pledges(body)
    assert ("新建", "农村供水管网", 80, "公里") in got, got


def plan_report(year: int, table: str, after: str = "") -> str:
    return (f"关于某市{year - 1}年国民经济和社会发展计划执行情况与{year}年计划的报告\n"
            f"一、{year - 1}年计划执行情况\n全市经济运行总体平稳，主要指标完成情况见表1。\n{table}{after}"
            f"二、{year}年主要任务\n全年实施重点项目200个。\n")


# a note under a table that gives some rows another unit than the line over it ("单位：亿元、%" over the table,
# "注：…外贸进出口、实际使用外资单位为亿美元" under it): those rows' amounts are in the note's unit
NOTED = ("表1  主要经济指标完成情况\n单位：亿元、%\n"
         "| 指标 | 2018年完成 | 比上年增长 | 2019年预期目标 |\n|---|---|---|---|\n"
         "| 地区生产总值 | 1820.5 | 7.2 | 增长7%左右 |\n"
         "| 外贸进出口总额 | 36.4 | 5.1 | 增长4% |\n"
         "| 实际使用外资 | 9.8 | 6.3 | 增长5% |\n"
         "注：1.地区生产总值增速按可比价计算；2.外贸进出口总额和实际使用外资的单位为亿美元。\n")


def test_a_tables_note_gives_the_rows_it_names_their_unit():
    fs = facts(plan_report(2019, NOTED), report_year=2019)
    assert fs[("foreign_trade", "actual", "2018", "level")].unit == "亿美元"
    assert fs[("fdi", "actual", "2018", "level")].unit == "亿美元"
    assert val(fs, ("fdi", "actual", "2018", "level")) == (9.8, "eq")
    # the rows the note does not name keep the line's unit
    assert fs[("gdp", "actual", "2018", "level")].unit == "亿元"
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7, "about")


def test_a_note_apart_from_the_table_gives_no_unit():
    # look-alike: a note under a paragraph after the table is that paragraph's, not the table's
    table = NOTED.split("注：")[0]
    after = "外贸出口增势较好。\n注：外贸进出口总额单位为亿美元。\n"
    fs = facts(plan_report(2019, table, after), report_year=2019)
    assert fs[("foreign_trade", "actual", "2018", "level")].unit == "亿元"


# a plan table's five-year total in brackets under 年均增长 ("〔60〕", "[>200]", the note: [ ]内为五年累计数): the
# total over the plan's years in the row's own unit (a count is a level, a share's total its points), not an average
GOALS = ("表2  “十四五”时期主要指标\n"
         "类别\t指标\t2020年\t2025年\t年均增长（%）\t属性\n"
         "经济发展\t地区生产总值（亿元）\t3050\t4300\t7\t预期性\n"
         "\t常住人口城镇化率（%）\t58.6\t63\t[4.4]\t预期性\n"
         "民生福祉\t城镇新增就业（万人）\t—\t—\t〔>45〕\t预期性\n"
         "\t农村劳动力转移就业（万人）\t—\t—\t[30]\t预期性\n"
         "注：[ ]、〔 〕内为五年累计数。\n")


def test_a_bracketed_total_under_the_average_column_is_the_plans_total():
    text = "某市政府工作报告\n——2021年1月12日在某市第十届人民代表大会第五次会议上\n三、“十四五”时期主要目标\n" + GOALS
    fs = facts(text, report_year=2021)
    assert val(fs, ("urban_new_jobs", "goal", "2021-2025", "level")) == (45, "at_least")
    assert fs[("urban_new_jobs", "goal", "2021-2025", "level")].unit == "万人"
    assert val(fs, ("rural_labor_transfer", "goal", "2021-2025", "level")) == (30, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "pp_change")) == (4.4, "eq")
    assert ("urbanization_rate", "goal", "2021-2025", "share") not in fs
    # look-alike: an unbracketed figure in the same column stays the yearly average
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "goal", "2025", "level")) == (4300, "eq")


# a column of the plan's totals or averages ("“十五五”累计或年均"): a cell that says 年均 before its figure is the yearly
# average growth in %, not an amount in the row's unit ("地区生产总值（亿元）" … "年均6左右")
def test_a_cells_own_yearly_average_is_a_growth():
    text = ("某市政府工作报告\n——2026年1月8日在某市第十六届人民代表大会第五次会议上\n二、“十五五”时期目标\n"
            "指标\t2025年\t2030年\t“十五五”累计或年均\n"
            "地区生产总值（亿元）\t4100\t5600\t年均6.5左右\n"
            "城镇新增就业（万人）\t—\t—\t累计25\n"
            "三、2026年工作安排\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (6.5, "about")
    assert ("gdp", "goal", "2026-2030", "level") not in fs
    assert val(fs, ("gdp", "goal", "2030", "level")) == (5600, "eq")
    # look-alike: a total in the same column keeps the row's unit
    assert val(fs, ("urban_new_jobs", "goal", "2026-2030", "level")) == (25, "eq")


# a name with a bracket of its own before its unit ("细颗粒物（PM2.5）浓度（微克/立方米）"): the unit is the last bracket's
def test_a_names_own_bracket_is_no_unit():
    text = ("某市政府工作报告\n——2021年1月14日在某市第十五届人民代表大会第六次会议上\n三、“十四五”主要目标\n"
            "指标\t2020年\t2025年\n"
            "细颗粒物（PM2.5）年均浓度（微克/立方米）\t33\t28\n"
            "可吸入颗粒物（PM10）浓度（微克/立方米）\t58\t50\n"
            "四、2021年工作安排\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("pm25", "actual", "2020", "level")) == (33, "eq")
    assert fs[("pm25", "goal", "2025", "level")].unit == "微克/立方米"
    assert val(fs, ("pm10", "goal", "2025", "level")) == (50, "eq")


# a table of last year's results whose columns name no year (绝对值 | 增长（%） | 全省位次): the title over it
# ("2024年全市主要经济指标完成情况") dates them and says they are results; a rank column gives the row's place
RESULTS = ("某市政府工作报告\n——2025年1月9日在某市第十七届人民代表大会第四次会议上\n一、2024年工作回顾\n"
           "{title}\n"
           "指标\t绝对值\t增长（%）\t全省位次\n"
           "地区生产总值（亿元）\t2480.6\t5.7\t4\n"
           "规模以上工业增加值\t—\t8.1\t2\n"
           "社会消费品零售总额（亿元）\t905.3\t4.6\t—\n"
           "二、2025年工作安排\n")


def test_a_tables_title_dates_its_value_columns():
    fs = facts(RESULTS.format(title="表1  2024年全市主要经济指标完成情况"), report_year=2025)
    assert val(fs, ("gdp", "actual", "2024", "level")) == (2480.6, "eq")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.7, "eq")
    assert val(fs, ("retail_sales", "actual", "2024", "level")) == (905.3, "eq")
    assert val(fs, ("industrial_va", "actual", "2024", "growth")) == (8.1, "eq")
    rank = fs[("gdp", "actual", "2024", "rank")]
    assert (rank.value, rank.unit, rank.scope) == (4, "位", "全省")
    assert val(fs, ("industrial_va", "actual", "2024", "rank")) == (2, "eq")
    assert ("retail_sales", "actual", "2024", "rank") not in fs


def test_a_title_a_blank_line_above_the_table_still_dates_it():
    fs = facts(RESULTS.format(title="表1  2024年全市主要经济指标\n"), report_year=2025)
    assert val(fs, ("gdp", "actual", "2024", "level")) == (2480.6, "eq")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.7, "eq")


def test_a_title_of_the_years_targets_makes_targets():
    text = ("某县政府工作报告\n——2025年1月9日在某县第十七届人民代表大会第四次会议上\n二、2025年主要目标\n"
            "2025年全县主要预期指标\n指标\t绝对值\t增长（%）\n地区生产总值（亿元）\t520\t6左右\n三、重点工作\n")
    fs = facts(text, report_year=2025)
    assert val(fs, ("gdp", "target", "2025", "level")) == (520, "eq")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "about")


def test_an_untitled_value_column_stays_unread():
    # look-alike: no title line with a year over the table: 绝对值 names no year, nothing is guessed
    fs = facts(RESULTS.format(title="主要经济指标"), report_year=2025)
    assert not any(k[0] == "gdp" for k in fs), fs


# heads that name their year by the report's (上年计划 | 本年计划, 去年完成 | 今年目标): 上年/去年 the year before, and
# 本年/今年 this year even before a result's column ("本年计划 | 上年完成" is no last year's plan)
def test_heads_naming_the_year_by_the_reports():
    fs = facts(plan_report(2025, "指标\t单位\t上年计划\t本年计划\n地区生产总值增长\t%\t6左右\t5.5左右\n"
                                 "一般公共预算收入增长\t%\t5\t4\n"), report_year=2025)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2025", "growth")) == (4, "eq")
    fs = facts(plan_report(2025, "指标\t单位\t本年计划\t上年完成\n地区生产总值增长\t%\t5.5左右\t5.6\n"), report_year=2025)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.6, "eq")
    assert ("gdp", "target", "2024", "growth") not in fs


def test_a_bare_plan_before_a_result_is_still_that_years():
    # look-alike (the earlier reading kept): "计划 | 预计完成 | 预期目标" with no year, the plan beside the result is last year's
    fs = facts(plan_report(2025, "指标\t单位\t计划\t预计完成\t预期目标\n地区生产总值增长\t%\t6\t5.6\t5.5\n"), report_year=2025)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "eq")


# one name for a pair with two figures in one cell ("城乡居民人均可支配收入 | 增长6.1%、7.3%"): one each, in order
def test_a_pairs_two_figures_in_one_cell_go_one_each():
    text = ("某县政府工作报告\n——2024年1月11日在某县第十九届人民代表大会第三次会议上\n二、2024年主要目标\n"
            "指标 | 2023年完成 | 2024年目标\n地区生产总值 | 增长5.2% | 增长6%左右\n"
            "城乡居民人均可支配收入 | 增长5.9%、7.6% | 增长6%、7.5%\n"
            "年末存贷款余额（亿元） | 812.4、655.1 | —\n三、重点工作\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.9, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (7.6, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2024", "growth")) == (7.5, "eq")
    assert val(fs, ("deposit_balance", "actual", "2023", "level")) == (812.4, "eq")
    assert val(fs, ("loan_balance", "actual", "2023", "level")) == (655.1, "eq")
    # look-alike: one figure for the pair still goes to both
    fs = facts(text.replace("增长6%、7.5%", "增长6.5%"), report_year=2024)
    assert val(fs, ("urban_disposable_income", "target", "2024", "growth")) == (6.5, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2024", "growth")) == (6.5, "eq")


# a change column that names no growth (比上年增减, ±): a ratio's change there is in points, a flow's its growth
def test_a_ratios_change_under_a_signed_head_is_in_points():
    table = ("指标\t单位\t2024年完成\t比上年增减\n常住人口城镇化率\t%\t58.3\t1.2\n城镇登记失业率\t%\t2.9\t-0.2\n"
             "一般公共预算收入\t%\t—\t3.5\n")
    fs = facts(plan_report(2025, table), report_year=2025)
    assert val(fs, ("urbanization_rate", "actual", "2024", "pp_change")) == (1.2, "eq")
    assert fs[("urbanization_rate", "actual", "2024", "pp_change")].unit == "个百分点"
    assert val(fs, ("registered_unemployment_rate", "actual", "2024", "pp_change")) == (-0.2, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2024", "share")) == (58.3, "eq")
    # look-alike: a flow's change in the same column is its growth
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (3.5, "eq")


# a table printed side by side to save a page's width ("指标 | 目标 | 指标 | 目标", two rows in each line): each half
# is a row of its own
def test_a_table_printed_side_by_side_reads_both_halves():
    text = ("某县政府工作报告\n——2024年1月9日在某县第十八届人民代表大会第四次会议上\n二、2024年主要目标\n"
            "指标  单位  目标  指标  单位  目标\n"
            "地区生产总值增长  %  6.5左右  城镇调查失业率  %  5.5以内\n"
            "固定资产投资增长  %  8  居民消费价格涨幅  %  3左右\n"
            "三、重点工作\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("cpi", "target", "2024", "growth")) == (3, "about")


def test_a_header_not_repeated_is_one_table():
    # look-alike: "指标 | 2023年计划 | 指标…" is no two halves: a year's head after the first 指标 differs
    table = "指标\t单位\t2023年计划\t2023年完成\n地区生产总值增长\t%\t6\t5.8\n城镇调查失业率\t%\t5.5以内\t5.3\n"
    fs = facts(plan_report(2024, table), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.8, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")
