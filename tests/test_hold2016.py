"""Reports of 2016-2017 (the 十二五 reviewed, the 十三五 set): classes found on hand-written excerpts of
provincial and city reports of those years, each with look-alikes where the rule must not fire."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW16 = "政府工作报告\n一、“十二五”时期和2015年工作回顾\n"
REVIEW17 = "政府工作报告\n一、2016年工作回顾\n"


# 1. a ratio's result set against the plan's or the year's target in points is a gap, not a change
@pytest.mark.parametrize("gap", ["比“十二五”规划目标高1个百分点", "比年初计划高1个百分点", "较预期目标提高1个百分点",
                                 "比规划目标高出1个百分点", "比省下达的目标高1个百分点"])
def test_points_over_a_target_are_no_change(gap):
    fs = facts(REVIEW16 + f"五年来，常住人口城镇化率达到52%，{gap}。\n", report_year=2016)
    assert val(fs, ("urbanization_rate", "actual", "2015", "share")) == (52, "eq")
    assert not [k for k in fs if k[3] == "pp_change"]


@pytest.mark.parametrize("text,key,value", [
    ("五年来，常住人口城镇化率达到52%，比2010年提高8个百分点。", ("urbanization_rate", "actual", "2011-2015", "pp_change"), 8),
    ("五年来，常住人口城镇化率达到52%，比“十一五”末提高8个百分点。", ("urbanization_rate", "actual", "2011-2015", "pp_change"), 8),
    ("2015年，常住人口城镇化率达到52%，比上年提高1.2个百分点，比预期目标高0.5个百分点。",
     ("urbanization_rate", "actual", "2015", "pp_change"), 1.2),
    ("2015年，常住人口城镇化率达到52%，较计划期初提高8个百分点。", ("urbanization_rate", "actual", "2015", "pp_change"), 8),
])
def test_points_over_a_year_stay_changes(text, key, value):
    fs = facts(REVIEW16 + text + "\n", report_year=2016)
    assert val(fs, key) == (value, "eq")


# 2. "控制在年度目标4.5%以内" in a review restates last year's bound (a target of the year reviewed)
@pytest.mark.parametrize("text,key,value", [
    ("2016年，城镇登记失业率3.2%，控制在年度目标4.5%以内。", ("registered_unemployment_rate", "target", "2016", "share"), 4.5),
    ("2016年，居民消费价格上涨1.8%，控制在年度调控目标3%以内。", ("cpi", "target", "2016", "growth"), 3),
    ("2016年，城镇登记失业率为3.6%，控制在全年控制目标4.2%以内。", ("registered_unemployment_rate", "target", "2016", "share"), 4.2),
])
def test_bound_kept_within_the_years_target(text, key, value):
    fs = facts(REVIEW17 + text + "\n二、2017年主要目标\n地区生产总值增长7%左右。\n", report_year=2017)
    assert val(fs, key) == (value, "at_most")
    assert key[:2] + ("2017",) + key[3:] not in fs


@pytest.mark.parametrize("text", ["城镇登记失业率控制在年度目标以内，为3.2%。", "城镇登记失业率控制在年度目标范围内，年末为3.2%。"])
def test_bound_kept_without_its_figure_leaves_the_result(text):
    fs = facts(REVIEW17 + "2016年，" + text + "\n", report_year=2017)
    assert val(fs, ("registered_unemployment_rate", "actual", "2016", "share")) == (3.2, "eq")
    assert not [k for k in fs if k[1] == "target"]


@pytest.mark.parametrize("item", ["城镇登记失业率控制在年度目标4.5%以内", "城镇登记失业率控制在年度调控目标4.5%以内",
                                  "城镇登记失业率控制在预期4.5%以内"])
def test_bound_in_the_plan_part_is_this_years(item):
    fs = facts(REVIEW17 + "2016年，地区生产总值增长7%。\n二、2017年主要目标\n今年主要预期目标是：" + item + "。\n", report_year=2017)
    assert val(fs, ("registered_unemployment_rate", "target", "2017", "share")) == (4.5, "at_most")
    assert ("registered_unemployment_rate", "target", "2016", "share") not in fs


# 3. the target a fall met or beat, its figure written with no direction word, is a fall
@pytest.mark.parametrize("met", ["超额完成3.5%的年度目标任务", "超过国家下达的3.5%的目标", "好于3.5%的预期目标"])
def test_target_a_fall_met_is_a_fall(met):
    fs = facts(REVIEW17 + f"2016年，单位生产总值能耗下降4.5%，{met}。\n", report_year=2017)
    assert val(fs, ("energy_intensity", "actual", "2016", "growth")) == (-4.5, "eq")
    assert val(fs, ("energy_intensity", "target", "2016", "growth")) == (-3.5, "eq")


@pytest.mark.parametrize("text,key,value", [
    # a rise missed: the target the fall stays under is a rise
    ("2016年，外贸进出口总额下降5%，低于3%的预期目标。", ("foreign_trade", "target", "2016", "growth"), 3),
    ("2016年，外贸进出口总额下降5%，未完成3%的预期目标。", ("foreign_trade", "target", "2016", "growth"), 3),
    # a rise's target: no sign taken from a result before
    ("2016年，规模以上工业增加值增长6%，超过5%的预期目标。", ("industrial_va", "target", "2016", "growth"), 5),
    ("2016年，居民消费价格上涨1.8%，低于3%的调控目标。", ("cpi", "target", "2016", "growth"), 3),
    # its own direction word decides
    ("2016年，单位生产总值能耗下降4.5%，超额完成下降3.5%的年度目标。", ("energy_intensity", "target", "2016", "growth"), -3.5),
])
def test_target_sign_elsewhere(text, key, value):
    fs = facts(REVIEW17 + text + "\n", report_year=2017)
    assert val(fs, key) == (value, "eq")


# 4. the target of a result over the plan just ended (累计, 年均) is the plan's goal, over its years
@pytest.mark.parametrize("lead,year,span", [
    ("五年来，单位生产总值能耗累计下降18%，超额完成国家下达的17%的目标任务。", 2016, "2011-2015"),
    ("“十二五”时期，单位生产总值能耗累计下降18%，超额完成省下达的17%的目标任务。", 2016, "2011-2015"),
    ("“十三五”时期，单位生产总值能耗累计下降18%，超额完成省下达的17%的目标任务。", 2021, "2016-2020"),
])
def test_target_of_a_plans_result_is_its_goal(lead, year, span):
    head = "一、“十二五”时期和2015年工作回顾\n" if year == 2016 else "一、“十三五”时期和2020年工作回顾\n"
    fs = facts("政府工作报告\n" + head + lead + "\n", report_year=year)
    assert val(fs, ("energy_intensity", "actual", span, "growth")) == (-18, "eq")
    assert val(fs, ("energy_intensity", "goal", span, "growth")) == (-17, "eq")
    assert not [k for k in fs if k[1] == "target"]


def test_target_of_one_years_result_stays_the_years():
    fs = facts(REVIEW16 + "2015年，单位生产总值能耗下降4.5%，超额完成3.5%的年度目标任务。\n", report_year=2016)
    assert val(fs, ("energy_intensity", "target", "2015", "growth")) == (-3.5, "eq")
    assert not [k for k in fs if k[1] == "goal"]


PLAN17 = ("关于某某市2016年国民经济和社会发展计划执行情况与2017年计划草案的报告\n一、2016年计划执行情况\n"
          "（一）主要指标完成情况\n")


# 5. a plan report's item: the estimate "预计实际增长" after the target goes on with the same name
@pytest.mark.parametrize("item", ["1.地区生产总值。年初预期增长8%左右，预计实际增长7.6%。",
                                  "1.地区生产总值年初预期增长8%左右，预计实际增长7.6%。",
                                  "1.地区生产总值。年初预期增长8%左右，预计增长7.6%。"])
def test_item_estimate_of_the_result(item):
    fs = facts(PLAN17 + item + "\n", report_year=2017)
    assert val(fs, ("gdp", "target", "2016", "growth")) == (8, "about")
    assert val(fs, ("gdp", "actual", "2016", "growth")) == (7.6, "eq")


def test_item_estimate_of_another_thing_is_not_the_names():
    fs = facts(PLAN17 + "1.地区生产总值。年初预期增长8%左右，预计实际利用外资5亿美元。\n", report_year=2017)
    assert ("gdp", "actual", "2016", "level") not in fs
    assert ("gdp", "actual", "2016", "growth") not in fs


# 6. a plan report's item opening with the year's control target ("年度控制目标", "年度调控目标")
@pytest.mark.parametrize("item,key,target,actual", [
    ("3.城镇登记失业率。年度控制目标4.5%，年末为3.6%。", "registered_unemployment_rate", (4.5, "eq"), 3.6),
    ("3.城镇登记失业率。年度控制目标为4.5%以内，年末实际为3.6%。", "registered_unemployment_rate", (4.5, "at_most"), 3.6),
])
def test_item_control_target_then_result(item, key, target, actual):
    fs = facts(PLAN17 + item + "\n", report_year=2017)
    assert val(fs, (key, "target", "2016", "share")) == target
    assert val(fs, (key, "actual", "2016", "share")) == (actual, "eq")


def test_item_price_control_target_then_result():
    fs = facts(PLAN17 + "4.居民消费价格。年度调控目标为涨幅3%左右，全年上涨1.9%。\n", report_year=2017)
    assert val(fs, ("cpi", "target", "2016", "growth")) == (3, "about")
    assert val(fs, ("cpi", "actual", "2016", "growth")) == (1.9, "eq")


# 7. after a ；, a year and a level verb with no name of their own go on with the name before
@pytest.mark.parametrize("text", ["五年来，全省生产总值年均增长9.6%，高于“十二五”规划确定的9%的目标；2015年达到6.3万亿元。",
                                  "五年来，全省生产总值年均增长9.6%；2015年达到6.3万亿元。"])
def test_level_the_span_ended_at_after_a_semicolon(text):
    fs = facts(REVIEW16 + text + "\n", report_year=2016)
    assert val(fs, ("gdp", "actual", "2011-2015", "growth")) == (9.6, "eq")
    assert val(fs, ("gdp", "actual", "2015", "level")) == (6.3, "eq")


def test_goal_level_after_a_semicolon():
    fs = facts("政府工作报告\n一、2015年工作回顾\n全市生产总值增长8%。\n二、“十三五”时期主要目标\n"
               "今后五年，全市地区生产总值年均增长7%；2020年达到3000亿元。\n", report_year=2016)
    assert val(fs, ("gdp", "goal", "2020", "level")) == (3000, "eq")


@pytest.mark.parametrize("text", ["五年来，全省生产总值年均增长9.6%；2015年达到历史最高水平，一般公共预算收入5520亿元。",
                                  "五年来，全省生产总值年均增长9.6%；2015年全省一般公共预算收入达到5520亿元。"])
def test_semicolon_with_another_name_or_no_figure(text):
    fs = facts(REVIEW16 + text + "\n", report_year=2016)
    assert ("gdp", "actual", "2015", "level") not in fs
    assert val(fs, ("general_budget_revenue", "actual", "2015", "level")) == (5520, "eq")


# 8. a report of December reviewing "今年和“十二五”": a change with no span word is this year's (the year reviewed)
LATE16 = "政府工作报告\n（2015年12月26日在恩施州第十届人民代表大会第五次会议上）\n一、今年和“十二五”工作回顾\n"
TAIL16 = "\n二、2016年工作安排\n明年生产总值增长8.5%左右。\n"


@pytest.mark.parametrize("text", ["今年，预计全州生产总值完成520亿元，增长9%。", "预计全州生产总值完成520亿元，增长9%。"])
def test_late_review_of_this_year_and_the_plan(text):
    fs = facts(LATE16 + text + "五年来，全州生产总值年均增长11%。" + TAIL16)
    assert val(fs, ("gdp", "actual", "2015", "growth")) == (9, "eq")
    assert val(fs, ("gdp", "actual", "2011-2015", "growth")) == (11, "eq")
    assert val(fs, ("gdp", "target", "2016", "growth")) == (8.5, "about")


@pytest.mark.parametrize("text,key,value", [
    ("五年来，全州生产总值增长80%。", ("gdp", "actual", "2011-2015", "growth"), 80),
    ("“十二五”时期，全州常住人口城镇化率提高8个百分点。", ("urbanization_rate", "actual", "2011-2015", "pp_change"), 8),
])
def test_late_review_span_words_keep_the_span(text, key, value):
    fs = facts(LATE16 + text + TAIL16)
    assert val(fs, key) == (value, "eq")


# self-review look-alikes: the rules above must not fire on these
def test_relatively_well_met_plan_then_points_over_last_year():
    fs = facts(REVIEW16 + "2015年，常住人口城镇化率达到52%，较好完成年度计划，比上年提高1个百分点。\n", report_year=2016)
    assert val(fs, ("urbanization_rate", "actual", "2015", "pp_change")) == (1, "eq")


def test_one_years_target_after_a_cumulative_word_stays_the_years():
    fs = facts(REVIEW16 + "2015年，单位生产总值能耗全年累计下降4.5%，超额完成3.5%的年度目标。\n", report_year=2016)
    assert val(fs, ("energy_intensity", "target", "2015", "growth")) == (-3.5, "eq")
    assert not [k for k in fs if k[1] == "goal"]


def test_bound_within_the_years_target_then_the_result():
    fs = facts(REVIEW16 + "2015年，城镇登记失业率控制在年度目标4.5%以内，年末为3.2%。\n", report_year=2016)
    assert val(fs, ("registered_unemployment_rate", "target", "2015", "share")) == (4.5, "at_most")
    assert val(fs, ("registered_unemployment_rate", "actual", "2015", "share")) == (3.2, "eq")


@pytest.mark.parametrize("text,key,value", [
    ("2016年，细颗粒物（PM2.5）平均浓度下降8%，完成省下达的5%的目标。", ("pm25", "target", "2016", "growth"), -5),
    ("2016年，外贸出口下降3%，好于年初预期的-5%。", ("exports", "target", "2016", "growth"), -5),
])
def test_fall_targets_elsewhere(text, key, value):
    fs = facts(REVIEW17 + text + "\n", report_year=2017)
    assert val(fs, key) == (value, "eq")


def test_bound_kept_after_a_fall_keeps_its_sign():
    fs = facts(REVIEW17 + "2016年，居民消费价格下降0.3%，控制在3%的调控目标以内。\n", report_year=2017)
    assert val(fs, ("cpi", "actual", "2016", "growth")) == (-0.3, "eq")
    assert val(fs, ("cpi", "target", "2016", "growth")) == (3, "at_most")


def test_semicolon_year_level_of_a_threshold_is_no_level():
    fs = facts(REVIEW16 + "五年来，全市生产总值年均增长8%；2015年达到1000亿元以上的工业企业有3家。\n", report_year=2016)
    assert ("gdp", "actual", "2015", "level") not in fs
