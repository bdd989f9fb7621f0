"""Whole provincial work reports of 2026 (the 十五五's first year) and 2021 (the 十四五's): the parts of a
report and the clauses that carry a role or a period over to the figures after them."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val  # tests/factkeys.py

REVIEW26 = "一、2025年和“十四五”工作回顾\n2025年，"
REVIEW21 = "一、2020年和“十三五”工作回顾\n2020年，"
TASKS26 = "三、2026年重点工作\n"


# -- a restated target whose figure stands right before 预期目标 (no 的) names no target for the clauses after it
@pytest.mark.parametrize("met", ["完成年初确定的5.5%左右预期目标", "完成5.5%预期目标", "实现5.5%以上预期目标",
                                 "高于年初确定的5.5%左右预期目标"])
@pytest.mark.parametrize("head,year,last", [(REVIEW26, 2026, "2025"), (REVIEW21, 2021, "2020")])
def test_a_target_met_by_its_figure_leaves_the_next_clause_a_result(met, head, year, last):
    fs = facts(f"{head}全省地区生产总值增长5.6%，{met}；人均地区生产总值14.1万元，一般公共预算收入3600亿元。\n",
               report_year=year, region="福建省")
    assert val(fs, ("gdp_per_capita", "actual", last, "level")) == (14.1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", last, "level")) == (3600, "eq")
    assert not [k for k in fs if k[1] == "target" and k[2] == str(year)]


@pytest.mark.parametrize("lead", ["今年全省经济社会发展主要预期目标是：", "2026年主要预期目标：",
                                  "综合考虑各方面因素，今年主要预期目标建议为："])
def test_this_years_target_list_still_sets_targets(lead):
    fs = facts(f"三、2026年工作安排\n{lead}地区生产总值增长5.5%左右；人均地区生产总值增长5.5%；一般公共预算收入增长3%。\n",
               report_year=2026, region="福建省")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (3, "eq")


# -- what a flow gains in the year ("新增社会消费品零售总额1000亿元") is a change in an amount, no level
@pytest.mark.parametrize("said,iid", [("全年新增社会消费品零售总额1000亿元以上", "retail_sales"),
                                      ("力争新增规模以上工业增加值150亿元", "industrial_va"),
                                      ("净增地方一般公共预算收入20亿元", "general_budget_revenue")])
def test_a_flows_gain_is_no_level(said, iid):
    fs = facts(f"{TASKS26}（一）扩大内需。{said}，开展促消费活动500场。\n", report_year=2026, region="福建省")
    assert (iid, "target", "2026", "level") not in fs


def test_a_flows_total_after_its_gain_and_the_gains_named_by_their_indicator_stay():
    fs = facts(f"{REVIEW26}全市新增地区生产总值300亿元，总量达到5200亿元，增长5.6%。城镇新增就业5万人，新增贷款800亿元；"
               f"新增高新技术企业150家，总数达到1200家。\n", report_year=2026, region="泉州市")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (5200, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (5, "eq")
    assert val(fs, ("new_loans", "actual", "2025", "level")) == (800, "eq")
    assert val(fs, ("high_tech_enterprises", "actual", "2025", "level")) == (1200, "eq")


def test_a_flows_level_in_the_tasks_is_still_a_target():
    fs = facts(f"{TASKS26}（一）扩大内需。全年社会消费品零售总额突破1万亿元，固定资产投资完成5000亿元以上。\n",
               report_year=2026, region="福建省")
    assert val(fs, ("retail_sales", "target", "2026", "level")) == (1, "at_least")
    assert val(fs, ("fixed_asset_investment", "target", "2026", "level")) == (5000, "at_least")


# -- "到2027年…" in a later sentence of a task paragraph dates its own sentence, not the paragraph's next ones
@pytest.mark.parametrize("aim", ["到2027年数字经济增加值突破4万亿元。", "力争到2027年，数字经济核心产业增加值占比达到15%。",
                                 "实施数字经济三年行动，到2028年数字经济规模突破3万亿元。"])
def test_a_later_years_aim_inside_a_task_paragraph_leaves_the_next_sentence_a_target(aim):
    fs = facts(f"{TASKS26}（二）加快建设现代化产业体系。{aim}新增规上工业企业1500家以上，国家高新技术企业总数突破1.8万家。\n",
               report_year=2026, region="福建省")
    assert val(fs, ("high_tech_enterprises", "target", "2026", "level")) == (1.8, "at_least")
    assert not [k for k in fs if k[0] == "high_tech_enterprises" and k[1] == "goal"]


@pytest.mark.parametrize("text,key,value", [
    ("今后五年，全省地区生产总值年均增长5%。城镇化率达到70%。", ("urbanization_rate", "goal", "2026-2030", "share"), 70),
    ("到2030年，全省研发投入强度达到3%，城镇化率达到70%。森林覆盖率达到45%。", ("forest_coverage", "goal", "2026-2030", "share"), 45),
    ("（一）推进新型城镇化。到2030年，全省城镇化率达到70%。", ("urbanization_rate", "goal", "2030", "share"), 70)])
def test_a_goal_opening_the_paragraph_still_sets_its_sentences(text, key, value):
    fs = facts(f"{TASKS26}{text}\n", report_year=2026, region="福建省")
    assert val(fs, key) == (value, "eq")


# -- a clause of praise with no figure ("再创历史新高") between a figure and its rank or change
@pytest.mark.parametrize("head,year,last", [(REVIEW26, 2026, "2025"), (REVIEW21, 2021, "2020")])
@pytest.mark.parametrize("praise", ["再创历史新高", "创历史新高", "实现“二十二连丰”", "创历史最好水平"])
def test_a_rank_after_praise_is_the_figures(head, year, last, praise):
    fs = facts(f"{head}全省粮食产量822亿斤，{praise}，居全国第6位。\n", report_year=year, region="内蒙古自治区")
    assert val(fs, ("grain_output", "actual", last, "level")) == (822, "eq")
    assert val(fs, ("grain_output", "actual", last, "rank")) == (6, "eq")


@pytest.mark.parametrize("after", ["地区生产总值5000亿元，人均地区生产总值居全国第9位", "达到预期目标，人均地区生产总值居全国第9位",
                                   "全区地区生产总值增长5.6%，居全国第9位"])
def test_praise_does_not_carry_a_figure_past_another_subject(after):
    fs = facts(f"{REVIEW26}全区粮食产量822亿斤，创历史新高，{after}。\n", report_year=2026, region="内蒙古自治区")
    assert ("grain_output", "actual", "2025", "rank") not in fs


# -- a stock's gain written with a plain verb (引进/培育/认定, no 新), then its total in the same sentence
@pytest.mark.parametrize("gain", ["引进高新技术企业450家，", "培育高新技术企业450家、", "认定高新技术企业450家，",
                                  "新引进高新技术企业450家，"])
def test_a_stocks_total_after_its_plain_gain_is_the_level(gain):
    fs = facts(f"{REVIEW26}{gain}高新技术企业总数超过2600家。\n", report_year=2026, region="海南省")
    assert val(fs, ("high_tech_enterprises", "actual", "2025", "level")) == (2600, "at_least")


@pytest.mark.parametrize("said,value", [("累计认定高新技术企业1200家", 1200), ("高新技术企业达到1200家", 1200),
                                        ("认定高新技术企业320家，其中国家级高新技术企业80家", 320)])
def test_a_stock_with_no_total_after_keeps_its_figure(said, value):
    fs = facts(f"{REVIEW26}{said}。\n", report_year=2026, region="海南省")
    assert val(fs, ("high_tech_enterprises", "actual", "2025", "level")) == (value, "eq")


# -- a list of last year's targets named as such after its items ("…等主要目标顺利实现") in the review
@pytest.mark.parametrize("head,year,last", [(REVIEW26, 2026, "2025"), (REVIEW21, 2021, "2020")])
@pytest.mark.parametrize("lead,met", [("年初确定的", "等主要目标顺利实现"), ("省人代会确定的", "等主要预期目标圆满完成"),
                                      ("省人代会通过的", "等年度目标全面完成"), ("全面完成", "等目标")])
def test_a_list_of_last_years_targets_is_targets(head, year, last, lead, met):
    fs = facts(f"{head}{lead}地区生产总值增长5.5%左右、一般公共预算收入增长3%{met}。全省经济增长5.6%，一般公共预算收入增长3.2%。\n",
               report_year=year, region="甘肃省")
    assert val(fs, ("gdp", "target", last, "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", last, "growth")) == (3, "eq")
    assert val(fs, ("gdp", "actual", last, "growth")) == (5.6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", last, "growth")) == (3.2, "eq")


@pytest.mark.parametrize("said", ["地区生产总值增长5.6%、一般公共预算收入增长3.2%等主要指标好于预期",
                                  "地区生产总值增长5.6%，一般公共预算收入增长3.2%，主要目标全面完成",
                                  "地区生产总值增长5.6%、一般公共预算收入增长3.2%，高于全国平均水平等",
                                  "地区生产总值增长5.6%、一般公共预算收入增长3.2%等目标全面完成"])
def test_results_listed_before_other_words_stay_results(said):
    fs = facts(f"{REVIEW26}{said}。\n", report_year=2026, region="甘肃省")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (3.2, "eq")
    assert not [k for k in fs if k[1] == "target"]


def test_this_years_list_of_targets_stays_this_years():
    fs = facts("三、2026年工作安排\n今年要确保实现地区生产总值增长5.5%左右、一般公共预算收入增长3%等主要目标。\n",
               report_year=2026, region="甘肃省")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (3, "eq")


# -- the plan this year's targets are aligned with ("今年主要预期目标与“十五五”规划目标相衔接：") sets no goals
@pytest.mark.parametrize("lead,plan,year", [
    ("今年主要预期目标与“十五五”规划目标相衔接：", "十五五", 2026),
    ("今年的主要预期目标，既与“十五五”规划相衔接，又充分考虑了发展实际。具体是：", "十五五", 2026),
    ("2026年主要预期目标同“十五五”规划有效衔接：", "十五五", 2026),
    ("今年主要预期目标与“十四五”规划目标相衔接：", "十四五", 2021)])
def test_targets_aligned_with_a_plan_stay_this_years(lead, plan, year):
    fs = facts(f"二、{year}年工作总体要求和主要目标\n{lead}地区生产总值增长5.5%左右，城镇化率提高1个百分点，一般公共预算收入增长3%。\n",
               report_year=year, region="湖南省")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", str(year), "growth")) == (3, "eq")
    assert not [k for k in fs if k[1] == "goal"]


@pytest.mark.parametrize("lead", ["“十五五”时期主要目标与2035年远景目标相衔接：", "今后五年的主要目标与“十五五”规划纲要有效衔接，具体是：",
                                  "“十五五”时期主要目标是："])
def test_a_plans_goals_aligned_with_another_stay_goals(lead):
    fs = facts(f"二、2026年工作总体要求和主要目标\n{lead}地区生产总值年均增长5.5%左右，一般公共预算收入增长3%。\n",
               report_year=2026, region="湖南省")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "goal", "2026-2030", "growth")) == (3, "eq")
    assert not [k for k in fs if k[1] == "target"]


def test_a_qualitative_target_aligned_with_the_plan_stays():
    fs = facts("三、2026年工作安排\n今年主要预期目标：地区生产总值增长5.5%左右；单位地区生产总值能耗降低与“十五五”目标统筹衔接。\n",
               report_year=2026, region="湖南省")
    assert val(fs, ("energy_intensity", "target", "2026", "growth")) == (None, "qualitative")


# -- the plan weighed in the lead of this year's list ("综合考虑“十五五”规划纲要目标要求…", "对照“十五五”时期目标")
@pytest.mark.parametrize("lead", ["综合考虑“十五五”规划纲要目标要求和外部环境变化，提出主要预期目标：",
                                  "对照“十五五”时期目标，全省主要预期目标是：", "结合“十五五”规划，今年主要预期目标是：",
                                  "对标“十五五”规划目标，主要预期目标："])
def test_a_plan_weighed_in_the_lead_sets_no_goals(lead):
    fs = facts(f"三、2026年工作安排\n{lead}地区生产总值增长5.5%左右，一般公共预算收入增长3%。\n", report_year=2026, region="湖南省")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")
    assert not [k for k in fs if k[1] == "goal"]


@pytest.mark.parametrize("text", ["二、“十五五”时期主要目标\n综合考虑“十五五”时期发展环境，全省地区生产总值年均增长5.5%左右。",
                                  "二、2026年工作总体要求和主要目标\n对照“十五五”规划纲要，全省地区生产总值年均增长5.5%左右。",
                                  "二、“十五五”时期主要目标\n对照“十五五”规划纲要，全省主要目标是：地区生产总值增长5.5%左右。"])
def test_a_plan_weighed_before_its_own_average_or_in_its_part_stays_a_goal(text):
    fs = facts(text + "\n", report_year=2026, region="湖南省")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")


def test_results_said_to_meet_the_years_targets_stay_results():
    fs = facts(f"{REVIEW26}城镇新增就业31.6万人、城镇调查失业率5.2%等民生目标顺利实现。\n", report_year=2026, region="甘肃省")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (31.6, "eq")
    assert val(fs, ("urban_unemployment_rate", "actual", "2025", "share")) == (5.2, "eq")


# -- self-review look-alikes: a plan word opening the paragraph's heading, a plan weighed before an average,
# a gain of no indicator
def test_a_plan_opening_the_heading_still_makes_its_paragraph_goals():
    fs = facts(f"{TASKS26}（一）今后五年主要目标。到2030年，全省城镇化率达到70%。研发投入强度达到3%。\n", report_year=2026, region="山东省")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (70, "eq")
    assert val(fs, ("rnd_intensity", "goal", "2026-2030", "share")) == (3, "eq")


def test_a_plan_weighed_before_its_average_in_the_tasks_stays_a_goal():
    fs = facts(f"{TASKS26}结合“十五五”规划编制，全省地区生产总值年均增长5.5%左右。\n", report_year=2026, region="山东省")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")


def test_a_gain_of_grain_capacity_is_no_grain_output():
    fs = facts(f"{TASKS26}（一）扩大内需。全年新增粮食产能5亿斤，新增地方政府债务限额500亿元。\n", report_year=2026, region="山东省")
    assert not [k for k in fs if k[0] == "grain_output"]


# -- the classes together in one report, the parts' interplay kept
WHOLE = """政府工作报告
——2026年1月22日在福建省第十四届人民代表大会第五次会议上
各位代表：
一、2025年和“十四五”工作回顾
2025年，年初确定的地区生产总值增长5.5%左右、一般公共预算收入增长2%等主要目标顺利实现。全年地区生产总值5.92万亿元，比上年增长5.6%，完成年初确定的5.5%左右预期目标；人均地区生产总值14.1万元。粮食产量520.2亿斤，再创历史新高，居全国第12位。引进高新技术企业450家，高新技术企业总数超过2600家。
五年来，全省地区生产总值年均增长5.7%，五年累计城镇新增就业280万人。
二、“十五五”时期主要目标
“十五五”时期，全省地区生产总值年均增长5.5%左右，到2030年常住人口城镇化率达到74%。
三、2026年主要目标和重点工作
今年主要预期目标与“十五五”规划目标相衔接：地区生产总值增长5.5%，一般公共预算收入增长2%左右。
（一）扩大内需。全年新增社会消费品零售总额1000亿元以上。
（二）建设现代化产业体系。到2027年数字经济增加值突破4万亿元。国家高新技术企业总数突破1.8万家。
"""


def test_the_classes_together_in_a_whole_report():
    fs = facts(WHOLE, report_year=2026, region="福建省")
    expected = {
        ("gdp", "target", "2025", "growth"): (5.5, "about"),
        ("general_budget_revenue", "target", "2025", "growth"): (2, "eq"),
        ("gdp", "actual", "2025", "level"): (5.92, "eq"),
        ("gdp", "actual", "2025", "growth"): (5.6, "eq"),
        ("gdp_per_capita", "actual", "2025", "level"): (14.1, "eq"),
        ("grain_output", "actual", "2025", "rank"): (12, "eq"),
        ("high_tech_enterprises", "actual", "2025", "level"): (2600, "at_least"),
        ("gdp", "actual", "2021-2025", "growth"): (5.7, "eq"),
        ("urban_new_jobs", "actual", "2021-2025", "level"): (280, "eq"),
        ("gdp", "goal", "2026-2030", "growth"): (5.5, "about"),
        ("urbanization_rate", "goal", "2030", "share"): (74, "eq"),
        ("gdp", "target", "2026", "growth"): (5.5, "eq"),
        ("general_budget_revenue", "target", "2026", "growth"): (2, "about"),
        ("high_tech_enterprises", "target", "2026", "level"): (1.8, "at_least"),
    }
    for key, value in expected.items():
        assert val(fs, key) == value, key
    assert ("retail_sales", "target", "2026", "level") not in fs
    assert ("gdp_per_capita", "target", "2026", "level") not in fs
    assert not [k for k in fs if k[0] == "high_tech_enterprises" and k[1] == "goal"]


# -- a task paragraph on one line with its heading: only the heading's first sentence is its title
@pytest.mark.parametrize("aim", ["到2027年数字经济增加值突破4万亿元。", "今后三年改造城中村100个。",
                                 "力争到2030年数字经济核心产业增加值占比达到15%。"])
@pytest.mark.parametrize("part", ["三、2026年主要目标和重点工作", "三、2026年重点工作"])
def test_a_later_year_inside_a_task_line_is_no_plan_title(aim, part):
    fs = facts(f"{part}\n（二）建设现代化产业体系。{aim}国家高新技术企业总数突破1.8万家。\n", report_year=2026, region="福建省")
    assert val(fs, ("high_tech_enterprises", "target", "2026", "level")) == (1.8, "at_least")


@pytest.mark.parametrize("head", ["（一）今后五年主要目标。", "（一）“十五五”时期发展目标。"])
def test_a_plan_in_the_headings_first_sentence_still_sets_goals(head):
    fs = facts(f"{TASKS26}{head}城镇化率达到70%。研发投入强度达到3%。\n", report_year=2026, region="福建省")
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (70, "eq")
    assert val(fs, ("rnd_intensity", "goal", "2026-2030", "share")) == (3, "eq")


# -- a review's heading opening its paragraph's line: later sentences naming a year or 今年 do not date the heading
@pytest.mark.parametrize("part,after", [("一、过去五年工作回顾", "，今年我们将继续努力。"),
                                        ("一、“十四五”时期工作回顾", "。2025年，全省地区生产总值增长5.3%。"),
                                        ("一、过去五年工作回顾", "。2025年，全省地区生产总值增长5.3%。")])
def test_a_five_year_headings_later_sentences_do_not_date_it(part, after):
    fs = facts(f"{part}\n（一）综合实力跃升。全省城镇化率提高4个百分点{after}\n", report_year=2026, region="湖北省")
    assert val(fs, ("urbanization_rate", "actual", "2021-2025", "pp_change")) == (4, "eq")


@pytest.mark.parametrize("part", ["一、2025年工作回顾", "一、过去一年和五年工作回顾\n过去一年，全省经济稳中有进。"])
def test_a_one_year_review_heading_line_stays_the_years(part):
    fs = facts(f"{part}\n（一）经济运行稳中有进。全省城镇化率提高1个百分点。过去五年，地区生产总值年均增长5.8%。\n",
               report_year=2026, region="湖北省")
    assert val(fs, ("urbanization_rate", "actual", "2025", "pp_change")) == (1, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.8, "eq")
