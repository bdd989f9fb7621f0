"""Session plan14: development-plan reports (计划报告) of every level — a table header wrapped after each bare year,
a budget's target named after a figure, a record of one indicator's dated plan and result, a clause going on to a
year's plan with the name left out."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

TARGETS = "二、2024年国民经济和社会发展的主要目标\n"
REVIEW = "一、2015年国民经济和社会发展计划执行情况\n"


# a header whose every cell a PDF's text layer wrapped after its bare year: "2023年" at a line's end, "计划" opening the next
WRAPPED = ("附件\n绍兴市2024年国民经济和社会发展主要指标表\n"
           "类别    指标名称    单位    2023年\n计划    2023年\n预计完成    2024年\n目标    指标属性\n"
           "经济发展    地区生产总值增长    %    7    7.8    6.5左右    预期性\n"
           "规模以上工业增加值增长    %    7.5    10.6    7    预期性\n"
           "民生福祉    城镇调查失业率    %    5.5以内    5以内    5.5以内    预期性\n"
           "绿色生态    PM2.5平均浓度    微克/立方米    29    28    28以内    约束性\n")


def test_a_header_wrapped_after_each_year_reads_its_columns():
    fs = facts(TARGETS + WRAPPED, report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (7.8, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")
    assert val(fs, ("industrial_va", "target", "2023", "growth")) == (7.5, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (10.6, "eq")
    assert val(fs, ("urban_unemployment_rate", "actual", "2023", "share")) == (5, "at_most")
    assert val(fs, ("pm25", "target", "2023", "level")) == (29, "eq")
    assert val(fs, ("pm25", "target", "2024", "level")) == (28, "at_most")
    assert fs[("gdp", "target", "2023", "growth")].quote.startswith("地区生产总值增长")


def test_a_header_wrapped_in_tabs_too():
    table = ("指标名称\t单位\t2023年\n计划\t2023年\n预计完成\t2024年\n目标\n"
             "地区生产总值增长\t%\t7\t7.8\t6.5左右\n")
    fs = facts(TARGETS + table, report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (7.8, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")


# look-alike: years over a second header row span the columns under them (two years on the first line): unchanged
def test_years_over_a_second_header_row_are_no_wrapped_header():
    table = ("指标    单位    2023年    2024年\n计划    预计完成    计划\n"
             "地区生产总值增长    %    6    5.5    6左右\n")
    fs = facts(TARGETS + table, report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.5, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


# look-alike: a heading that ends in a year, prose after it, is no header
def test_a_title_ending_in_a_year_is_no_header():
    text = ("一、主要指标完成情况    2023年\n计划    2023年\n全市地区生产总值增长6.5%，完成年度计划。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "eq")


# a result compared with the budget's target named by its figure: last year's target
@pytest.mark.parametrize("tail,value", [
    ("超过9%的预算目标", 9),
    ("高于8%的预算目标", 8),
    ("低于10%的年度预算目标", 10),
    ("高于9%的年初预算", 9),
])
def test_a_budget_target_named_after_its_figure(tail, value):
    fs = facts(REVIEW + f"一般公共预算收入3009.69亿元，增长9.9%，{tail}。\n", report_year=2016)
    assert val(fs, ("general_budget_revenue", "actual", "2015", "growth")) == (9.9, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2015", "growth")) == (value, "eq")


def test_an_amount_of_the_budget_spent_on_something_is_no_target():
    fs = facts(REVIEW + "一般公共预算支出5000亿元，增长8%，其中安排30亿元的预算用于教育。\n", report_year=2016)
    assert val(fs, ("general_budget_expenditure", "actual", "2015", "level")) == (5000, "eq")
    assert not any(k[1] == "target" for k in fs)


# the year's target named after 为/占 before the ratio of the result to it
@pytest.mark.parametrize("tail", ["为年度目标任务100万人的144.6%", "为年度目标100万人的144.6%",
                                  "为年度计划100万人的144.6%", "占年度计划100万人的144.6%"])
def test_a_target_named_in_the_ratio_of_the_result(tail):
    fs = facts(REVIEW + f"城镇新增就业144.6万人，{tail}。\n", report_year=2016)
    assert val(fs, ("urban_new_jobs", "actual", "2015", "level")) == (144.6, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2015", "level")) == (100, "eq")


@pytest.mark.parametrize("tail", ["为年度目标任务的144.6%", "为上年的1.2倍"])
def test_a_ratio_with_no_target_figure_gives_no_target(tail):
    fs = facts(REVIEW + f"城镇新增就业144.6万人，{tail}。\n", report_year=2016)
    assert val(fs, ("urban_new_jobs", "actual", "2015", "level")) == (144.6, "eq")
    assert ("urban_new_jobs", "target", "2015", "level") not in fs


# one indicator's record: last year's plan dated by its year, its result, this year's plan
@pytest.mark.parametrize("line", [
    "地区生产总值增速：2023年计划7%，2023年完成6.5%，2024年计划6%左右。",
    "地区生产总值增长：2023年计划7%，预计完成6.5%，2024年目标6%左右。",
    "地区生产总值增长：2023年计划7%，执行6.5%，2024年计划6%左右。",
    "地区生产总值增长（%）：2023年计划7，2023年预计完成6.5，2024年计划6左右。",
    "地区生产总值增速（%）　2023年计划：7　2023年预计：6.5　2024年目标：6左右",
    "1.地区生产总值：2023年计划增长7%，预计完成6.5%；2024年计划增长6%左右。",
    "地区生产总值增长：上年计划7%，预计完成6.5%，今年目标6%左右。",
])
def test_a_record_of_a_years_plan_its_result_and_this_years_plan(line):
    fs = facts(TARGETS + line + "\n", report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


def test_a_record_of_a_count():
    fs = facts(TARGETS + "城镇新增就业：2023年计划3万人，实际完成3.4万人，2024年计划3万人以上。\n", report_year=2024)
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (3, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3.4, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (3, "at_least")


# look-alikes: a year's figure reached (no plan word) stays its actual; a year ahead stays a goal
def test_a_year_reached_after_a_colon_is_that_years_actual():
    fs = facts("一、2023年工作回顾\n研发经费投入强度：2022年达到2.41%。\n", report_year=2024)
    assert val(fs, ("rnd_intensity", "actual", "2022", "share")) == (2.41, "eq")
    assert not any(k[1] == "target" for k in fs)


def test_a_year_ahead_after_a_colon_stays_a_goal():
    fs = facts(TARGETS + "常住人口城镇化率：2025年目标为62%。\n", report_year=2024)
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (62, "eq")


# a clause opening with a year's plan goes on with the figure named before it
@pytest.mark.parametrize("line,iid,value", [
    ("（三）社会消费品零售总额。2023年预计完成1250亿元，增长7.2%；2024年预期增长6.5%。", "retail_sales", 6.5),
    ("（四）一般公共预算收入。2023年预算增长5%，执行结果增长6.1%；2024年预算增长4%。", "general_budget_revenue", 4),
])
def test_a_clause_going_on_to_this_years_plan(line, iid, value):
    fs = facts(TARGETS + line + "\n", report_year=2024)
    assert val(fs, (iid, "target", "2024", "growth")) == (value, "eq")
    assert (iid, "actual", "2023", "growth") in fs


def test_a_clause_going_on_to_another_years_plan_in_a_review():
    fs = facts("一、2023年工作回顾\n地区生产总值增长6.5%；2022年计划增长7%，实际增长5%。\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (5, "eq")


# look-alike: the year's plan of another thing (a verb, its object) names no figure of the name before
def test_a_clause_planning_another_thing_is_not_the_names():
    fs = facts("一、2023年工作回顾\n地区生产总值增长6.5%；2024年计划新建高标准农田5万亩。\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "eq")
    assert not any(k[0] == "gdp" and k[1] == "target" for k in fs)


# a unit column left empty, the unit in the name ("地区生产总值增长（%）"): a PDF's wider gap read as one; the figures
# stand right of the unit column
EMPTY_UNIT = ("指标名称    单位    2023年计划    2023年预计    2024年目标\n"
              "地区生产总值增长（%）        7    6.5    6左右\n"
              "城镇新增就业（万人）        3    3.4    3以上\n")


def test_an_empty_unit_cell_under_a_unit_column():
    fs = facts(TARGETS + EMPTY_UNIT, report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3.4, "eq")
    assert fs[("urban_new_jobs", "actual", "2023", "level")].unit == "万人"
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (3, "at_least")


# look-alike: a row whose last cell is empty, its unit cell filled, keeps its columns
def test_a_row_short_of_its_last_cell_keeps_its_columns():
    table = ("指标名称    单位    2023年计划    2023年预计    2024年目标\n"
             "地区生产总值增长（%）    %    7    6.5\n")
    fs = facts(TARGETS + table, report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "eq")
    assert ("gdp", "target", "2024", "growth") not in fs


# a figure revised from another in the review, no target word named ("增速由7%调整为5%"): the revised target
# (docs/decisions.md 1), the result after it the actual
@pytest.mark.parametrize("line,iid,measure,target,actual", [
    ("计划执行中，将地区生产总值增速由7%调整为5%，实际增长5.3%。", "gdp", "growth", 5, 5.3),
    ("地区生产总值增速由7%调整为5%，实际增长5.3%。", "gdp", "growth", 5, 5.3),
    ("一般公共预算收入由50亿元调整为45亿元，实际完成46.2亿元。", "general_budget_revenue", "level", 45, 46.2),
])
def test_a_figure_revised_from_another_is_the_revised_target(line, iid, measure, target, actual):
    fs = facts("一、2023年计划执行情况\n" + line + "\n", report_year=2024)
    assert val(fs, (iid, "target", "2023", measure)) == (target, "eq")
    assert val(fs, (iid, "actual", "2023", measure)) == (actual, "eq")


# look-alike: a figure raised from another (提高到) is a result reached, no revision
def test_a_figure_raised_from_another_stays_a_result():
    fs = facts("一、2023年计划执行情况\n常住人口城镇化率由55%提高到58%。\n", report_year=2024)
    assert val(fs, ("urbanization_rate", "actual", "2023", "share")) == (58, "eq")
    assert not any(k[1] == "target" for k in fs)


# a table going on after a line that says so ("续表1"), its header not repeated: the same columns
def test_a_table_goes_on_after_its_continued_mark():
    table = ("指标名称    单位    2023年计划    2023年预计完成    2024年计划\n"
             "地区生产总值增长    %    7    6.5    6左右\n\n续表1\n"
             "城镇新增就业    万人    3    3.4    3以上\n"
             "居民消费价格涨幅    %    3左右    0.3    3左右\n")
    fs = facts(TARGETS + table, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (3, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3.4, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (3, "at_least")
    assert val(fs, ("cpi", "actual", "2023", "growth")) == (0.3, "eq")


# look-alike: after another line of prose, rows of figures with no header of their own are no continuation
def test_rows_after_prose_are_no_continuation():
    table = ("指标名称    单位    2023年计划    2023年预计完成    2024年计划\n"
             "地区生产总值增长    %    7    6.5    6左右\n\n各县区情况如下\n"
             "城镇新增就业    万人    3    3.4    3以上\n")
    fs = facts(TARGETS + table, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "eq")
    assert ("urban_new_jobs", "actual", "2023", "level") not in fs


# a record of one indicator printed one labelled cell a line under the line naming it: one row of cells, the unit from
# its own cell (单位：%), each figure dated by its label
RECORDS = ("一、2022年计划执行情况\n主要指标执行情况如下：\n"
           "指标名称：地区生产总值增长\n单位：%\n2022年计划：7左右\n2022年预计完成：4.2\n2023年计划：6.5左右\n"
           "指标名称：规模以上工业增加值增速\n2022年计划：9%\n2022年完成：6.8%\n2023年计划：8%\n"
           "指标名称：城镇新增就业\n单位：人\n2022年计划：12000\n2022年预计完成：13560\n2023年计划：12000\n"
           "二、2023年主要目标\n地区生产总值增长6.5%左右。\n")


def test_records_one_labelled_cell_a_line():
    fs = facts(RECORDS, report_year=2023)
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7, "about")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.2, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "about")
    assert fs[("gdp", "actual", "2022", "growth")].unit == "%"
    assert val(fs, ("industrial_va", "target", "2022", "growth")) == (9, "eq")
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (6.8, "eq")
    assert val(fs, ("industrial_va", "target", "2023", "growth")) == (8, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2022", "level")) == (12000, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (13560, "eq")
    assert fs[("urban_new_jobs", "actual", "2022", "level")].unit == "人"


def test_records_in_the_plan_part_give_no_pledges():
    text = ("三、2022年重点任务\n新建高标准农田5万亩。\n附表\n指标名称：地区生产总值\n单位：亿元、%\n"
            "2021年计划：增长6.5%\n2021年执行：3231.3亿元、增长6.1%\n2022年计划：增长6.5%左右\n")
    doc = __import__("planwatch").read_text(text, "t.txt", overrides={"report_year": 2022})
    assert [(p.object, p.value) for p in doc.pledges] == [("高标准农田", 5)]


# look-alikes: a name line over prose, or over one labelled line only, is no record
def test_a_name_line_over_prose_is_no_record():
    text = ("一、2022年计划执行情况\n指标名称：地区生产总值\n全年全市地区生产总值增长4.2%。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.2, "eq")


def test_a_single_labelled_line_is_no_record():
    text = ("一、2022年计划执行情况\n指标名称：地区生产总值增长\n说明：按可比价格计算\n全市地区生产总值增长4.2%。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.2, "eq")


# a fall in the name of a labelled row ("能耗降低（%）"), a year's digits between it and the cell: a fall
@pytest.mark.parametrize("line", [
    "单位地区生产总值能耗降低（%）　2022年计划：3　2022年预计完成：3.2　2023年计划：2.5",
    "指标名称：单位地区生产总值能耗降低\n单位：%\n2022年计划：3\n2022年预计完成：3.2\n2023年计划：2.5",
])
def test_a_fall_named_in_a_labelled_row(line):
    fs = facts("一、2022年计划执行情况\n" + line + "\n", report_year=2023)
    assert val(fs, ("energy_intensity", "target", "2022", "growth")) == (-3, "eq")
    assert val(fs, ("energy_intensity", "actual", "2022", "growth")) == (-3.2, "eq")
    assert val(fs, ("energy_intensity", "target", "2023", "growth")) == (-2.5, "eq")


# look-alike: a rise in the name keeps its sign
def test_a_rise_named_in_a_labelled_row():
    fs = facts("一、2022年计划执行情况\n地区生产总值增长（%）　2022年计划：7　2022年预计完成：4.2　2023年计划：6.5\n", report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.2, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "eq")


# the same record with labels and no years, in the review of the year: last year's plan and result
def test_a_record_with_bare_labels_in_the_review():
    text = ("一、2023年计划执行情况\n指标名称：城镇调查失业率\n计划：5.5%以内\n完成：5.1%\n"
            "指标名称：地区生产总值\n单位：亿元\n计划：130\n完成：125\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")
    assert val(fs, ("urban_unemployment_rate", "actual", "2023", "share")) == (5.1, "eq")
    assert val(fs, ("gdp", "target", "2023", "level")) == (130, "eq")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (125, "eq")
    assert fs[("gdp", "actual", "2023", "level")].unit == "亿元"
