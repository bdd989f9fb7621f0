"""Session 17 leftx14f: fact classes left unfixed by the evening's helpers — a clause opening with 规模以上 (another
subject), funds from outside with their kind inside the name, completion ratios, a plan's goal met with a plain 完成,
a total of grain over years, a floor held each year, a flow's share in a sentence naming 全年, last year's target set
against this year's on a news page, and a plan's end done dating a page with no date."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val  # tests/factkeys.py

FIVE = "一、“十四五”时期工作回顾\n"


# a clause opening with 规模以上 names another subject: the profit or turnover of the firms is no value added
@pytest.mark.parametrize("sent", [
    "2025年，规模以上工业增加值增长7.2%，规模以上工业企业实现利润总额21.6亿元，增长9.3%。",
    "2025年，规模以上工业增加值增长8.3%，规模以上工业企业实现营业收入2368.4亿元、利润总额156.2亿元。",
    "2025年，全市规模以上工业增加值增长7.5%，规模以上工业企业实现利润总额198.4亿元。",
])
def test_a_clause_opening_with_above_scale_is_another_subject(sent):
    fs = facts(sent + "\n", report_year=2026)
    assert val(fs, ("industrial_va", "actual", "2025", "growth"))[0] in (7.2, 8.3, 7.5)
    assert ("industrial_va", "actual", "2025", "level") not in fs


def test_scale_of_the_same_name_still_goes_on():
    fs = facts("2025年，规模以上工业增加值增长7.2%，规模达到1200亿元。\n", report_year=2026)
    assert val(fs, ("industrial_va", "actual", "2025", "level")) == (1200, "eq")


def test_five_year_profit_is_no_value_added():
    fs = facts(FIVE + "五年来，规模以上工业增加值年均增长7.8%，规模以上工业企业实现利润总额五年累计达到96.5亿元。\n",
               report_year=2026)
    assert val(fs, ("industrial_va", "actual", "2021-2025", "growth")) == (7.8, "eq")
    assert ("industrial_va", "actual", "2021-2025", "level") not in fs


# funds from outside named with their kind inside the name
@pytest.mark.parametrize("sent,value", [
    ("2025年，实际到位省外产业资金1265.4亿元，增长8.2%。", 1265.4),
    ("2025年，全年实际进资省外产业资金938.6亿元，增长8.2%。", 938.6),
    ("2025年，引进市外项目资金86.3亿元，增长8.2%。", 86.3),
])
def test_funds_from_outside_with_their_kind(sent, value):
    fs = facts(sent + "\n", report_year=2026)
    assert val(fs, ("domestic_investment_inflow", "actual", "2025", "level")) == (value, "eq")
    assert val(fs, ("domestic_investment_inflow", "actual", "2025", "growth")) == (8.2, "eq")


def test_funds_target_and_a_count_of_projects():
    fs = facts("二、2026年主要预期目标\n实际到位省外产业资金增长8%，引进省外产业项目45个。\n", report_year=2026)
    assert val(fs, ("domestic_investment_inflow", "target", "2026", "growth")) == (8, "eq")
    assert ("domestic_investment_inflow", "target", "2026", "level") not in fs


# how much of the year's plan was done is no share (nor growth) of the names before
@pytest.mark.parametrize("sent", [
    "2025年，一般公共预算收入、税收收入分别完成312.5亿元、208.1亿元，分别完成年度计划的102.3%、98.6%。",
    "2025年，一般公共预算收入、税收收入分别完成312.5亿元、208.1亿元，分别为预算的102.3%、98.6%。",
    "2025年，税收收入完成208.1亿元，完成年度计划的98.6%。",
])
def test_completion_ratio_is_no_share(sent):
    fs = facts(sent + "\n", report_year=2026)
    assert ("tax_revenue_share", "actual", "2025", "share") not in fs
    assert ("general_budget_revenue", "actual", "2025", "growth") not in fs


def test_tax_share_stays():
    fs = facts("2025年，一般公共预算收入完成14.6亿元，其中税收收入10.3亿元，占比70.5%。税收收入占一般公共预算收入的比重为70.5%。\n",
               report_year=2026)
    assert val(fs, ("tax_revenue_share", "actual", "2025", "share")) == (70.5, "eq")


# a plan's goal met, with a plain 完成 or 实现 as with 超额完成
@pytest.mark.parametrize("verb", ["完成", "超额完成", "圆满完成"])
def test_plan_goal_met(verb):
    fs = facts(FIVE + f"过去五年，单位生产总值能耗累计下降14.2%，{verb}“十四五”下降13.5%的目标。\n", report_year=2026)
    assert val(fs, ("energy_intensity", "actual", "2021-2025", "growth")) == (-14.2, "eq")
    assert val(fs, ("energy_intensity", "goal", "2021-2025", "growth")) == (-13.5, "eq")


def test_plan_average_goal_met():
    fs = facts(FIVE + "过去五年，规模以上工业增加值年均增长7.8%，实现“十四五”年均增长7%的目标。\n", report_year=2026)
    assert val(fs, ("industrial_va", "goal", "2021-2025", "growth")) == (7, "eq")


def test_an_object_done_is_still_no_figure_of_the_name():
    fs = facts("2025年，地区生产总值增长5.5%，累计完成投资8000亿元。\n", report_year=2026)
    assert ("gdp", "actual", "2025", "level") not in fs


# grain as its verb and object; a floor held each year in a review is no total
def test_grain_produced_over_five_years_and_in_the_year():
    fs = facts(FIVE + "过去五年，五年累计生产粮食32.6亿斤，连续五年稳定在6亿斤以上。2025年，全县生产粮食6.6亿斤。\n",
               report_year=2026)
    assert val(fs, ("grain_output", "actual", "2021-2025", "level")) == (32.6, "eq")
    assert val(fs, ("grain_output", "actual", "2025", "level")) == (6.6, "eq")


def test_grain_of_a_grower_is_no_regions():
    fs = facts("2025年，种粮大户生产粮食1.2亿斤。\n", report_year=2026)
    assert ("grain_output", "actual", "2025", "level") not in fs


@pytest.mark.parametrize("sent,iid", [
    ("过去五年，城镇新增就业每年稳定在1.2万人以上。", "urban_new_jobs"),
    ("过去五年，粮食产量每年稳定在11亿斤左右。", "grain_output"),
])
def test_a_floor_held_each_year_is_no_span_total(sent, iid):
    fs = facts(FIVE + sent + "\n", report_year=2026)
    assert (iid, "actual", "2021-2025", "level") not in fs


def test_a_span_total_stays():
    fs = facts(FIVE + "过去五年，五年累计城镇新增就业2.36万人。\n", report_year=2026)
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (2.36, "eq")


# a flow's share in a sentence naming 全年 is that year's, in a five-year part too
def test_share_in_a_sentence_of_the_year():
    fs = facts(FIVE + "五年来，地区生产总值年均增长6.3%，城镇新增就业累计2.3万人。全年民生支出完成48.3亿元，"
               "占一般公共预算支出的79.8%。\n", report_year=2026)
    assert val(fs, ("livelihood_expenditure", "actual", "2025", "share")) == (79.8, "eq")
    assert ("livelihood_expenditure", "actual", "2021-2025", "share") not in fs


def test_share_over_the_years_stays():
    fs = facts(FIVE + "五年来，民生支出累计完成236.7亿元，占一般公共预算支出的比重保持在80%以上。\n", report_year=2026)
    assert val(fs, ("livelihood_expenditure", "actual", "2021-2025", "share")) == (80, "at_least")


# last year's target set against this year's on a news page
@pytest.mark.parametrize("lead", ["", "【记者观察】"])
def test_last_years_target_set_against_this_years(lead):
    fs = facts("今年全省地区生产总值增长5%左右。\n" + lead + "5%左右的目标比去年设定的5.5%的预期目标低了半个百分点。\n",
               report_year=2026)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "eq")


def test_a_result_set_against_a_target_stays_a_result():
    fs = facts("2025年，全省地区生产总值增长5.3%，低于去年设定的5.5%的预期目标。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.3, "eq")


# a news page with no date: a five-year plan's end done dates it
LIVE = "直播：省人代会开幕\n\n9:20\n省长说，过去一年全省地区生产总值增长5.1%，{}。\n\n9:36\n今年全省经济社会发展主要预期目标是：地区生产总值增长5%左右。\n"


@pytest.mark.parametrize("said", ["“十四五”圆满收官", "“十四五”规划顺利收官"])
def test_plan_end_done_dates_a_live_page(said):
    doc = planwatch.read_text(LIVE.format(said), "x.txt")
    assert doc.meta.report_year == 2026
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in doc.facts}
    assert fs[("gdp", "target", "2026", "growth")].value == 5
    assert fs[("gdp", "actual", "2025", "growth")].value == 5.1


@pytest.mark.parametrize("said", ["为推动“十四五”圆满收官打下基础", "确保“十四五”圆满收官"])
def test_plan_end_aimed_dates_nothing(said):
    doc = planwatch.read_text(LIVE.format(said), "x.txt")
    assert doc.meta.report_year is None


# the plan's target named as binding (约束性) is a target as 目标 is: a fall it names stays a fall
@pytest.mark.parametrize("tail", ["顺利完成“十四五”下降14.5%的约束性目标", "完成“十四五”下降14.5%的约束性目标任务"])
def test_binding_plan_goal_met(tail):
    fs = facts(FIVE + f"五年来，单位地区生产总值能耗五年累计下降15.3%，{tail}。\n", report_year=2026)
    assert val(fs, ("energy_intensity", "actual", "2021-2025", "growth")) == (-15.3, "eq")
    assert val(fs, ("energy_intensity", "goal", "2021-2025", "growth")) == (-14.5, "eq")


def test_a_proportion_of_what_follows_is_still_no_growth():
    fs = facts("2025年，地区生产总值增长6%，增长20%以上的区县达到3个。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (6, "eq")
    assert len([k for k in fs if k[0] == "gdp"]) == 1


def test_plan_end_named_as_this_year_is_this_year():
    doc = planwatch.read_text(LIVE.format("今年是“十四五”圆满收官之年"), "x.txt")
    assert doc.meta.report_year != 2026


def test_plan_end_with_the_next_plans_start_done_is_no_2026():
    doc = planwatch.read_text(LIVE.format("“十四五”圆满收官，“十五五”实现良好开局"), "x.txt")
    assert doc.meta.report_year != 2026


def test_grain_summed_after_its_verb_is_not_dated_to_the_last_year():
    # (a total after the name is not read: grain output is a stock by its kind, and a stock's 累计 level is the end year's)
    fs = facts(FIVE + "五年来，全县累计生产粮食28.6亿斤。\n", report_year=2026)
    assert val(fs, ("grain_output", "actual", "2021-2025", "level")) == (28.6, "eq")
    fs = facts(FIVE + "五年来生产粮食累计达到28.6亿斤。\n", report_year=2026)
    assert ("grain_output", "actual", "2025", "level") not in fs
