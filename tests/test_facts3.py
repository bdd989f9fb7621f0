"""Leftovers of the review: a budget figure after a result, … (one class a test, with look-alikes)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "一、2025年工作回顾\n过去一年，"


# a budget named in a clause of its own after a result is the target of the year the result is of,
# as a plan named there is ("完成25.3亿元，年度计划为24亿元")
@pytest.mark.parametrize("said,iid,actual,target", [
    ("一般公共预算收入完成25.3亿元，年初预算24亿元", "general_budget_revenue", 25.3, 24),
    ("地方一般公共预算收入实现12.6亿元，年初预算为12亿元", "general_budget_revenue", 12.6, 12),
    ("一般公共预算支出完成48亿元，预算数为45亿元", "general_budget_expenditure", 48, 45),
    ("一般公共预算收入完成8.2亿元，而年初预算是8.5亿元", "general_budget_revenue", 8.2, 8.5)])
def test_a_budget_after_a_result_is_its_target(said, iid, actual, target):
    fs = facts(f"{REVIEW}{said}。\n", report_year=2026, region="德清县")
    assert val(fs, (iid, "actual", "2025", "level")) == (actual, "eq")
    assert val(fs, (iid, "target", "2025", "level")) == (target, "eq")


@pytest.mark.parametrize("said", ["一般公共预算收入完成25.3亿元，为年初预算的105%",
                                  "一般公共预算收入完成25.3亿元，完成年初预算的105%",
                                  "一般公共预算收入完成25.3亿元，一般公共预算支出48亿元"])
def test_no_budget_target_where_none_is_stated(said):
    fs = facts(f"{REVIEW}{said}。\n", report_year=2026, region="德清县")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "level")) == (25.3, "eq")
    assert ("general_budget_revenue", "target", "2025", "level") not in fs


# a clause that carries on a past's momentum ("延续过去五年…年均增长6.5%的发展势头，") names the years gone for
# its own figure, not for the goal after it
@pytest.mark.parametrize("head,said,iid,past,goal,qual", [
    ("二、“十五五”时期目标任务", "锚定“十五五”目标，延续过去五年地区生产总值年均增长6.5%的发展势头，全市地区生产总值年均增长6%左右",
     "gdp", 6.5, 6, "about"),
    ("二、今后五年的目标任务", "今后五年，我们将保持“十四五”时期地区生产总值年均增长5.8%的良好势头，力争地区生产总值年均增长5.5%左右",
     "gdp", 5.8, 5.5, "about"),
    ("二、“十五五”时期主要目标", "在“十四五”时期规模以上工业增加值年均增长8.2%的基础上，全市规模以上工业增加值年均增长7%以上",
     "industrial_va", 8.2, 7, "at_least"),
    ("二、“十五五”时期主要目标", "在过去五年规模以上工业增加值年均增长8.2%的基础上，力争规模以上工业增加值年均增长7%以上",
     "industrial_va", 8.2, 7, "at_least"),
    # (the name right after the clause, no word between)
    ("二、“十五五”时期主要目标", "在“十四五”时期规模以上工业增加值年均增长8.2%的基础上，规模以上工业增加值年均增长7%以上",
     "industrial_va", 8.2, 7, "at_least"),
    ("二、“十五五”时期目标任务", "延续过去五年地区生产总值年均增长6.5%的发展势头，地区生产总值年均增长6%左右",
     "gdp", 6.5, 6, "about")])
def test_a_past_momentum_carried_on_is_no_period_of_the_goal(head, said, iid, past, goal, qual):
    fs = facts(f"某市2026年政府工作报告\n{head}\n{said}。\n", report_year=2026, region="湖州市")
    assert val(fs, (iid, "actual", "2021-2025", "growth")) == (past, "eq")
    assert val(fs, (iid, "goal", "2026-2030", "growth")) == (goal, qual)
    assert (iid, "actual", "2021-2025", "growth") in fs and fs[(iid, "actual", "2021-2025", "growth")].value == past


def test_a_plan_gone_carried_on_in_an_earlier_plan():
    fs = facts("某市2021年政府工作报告\n二、“十四五”时期目标任务\n延续“十三五”时期地区生产总值年均增长7.2%的良好势头，"
               "全市地区生产总值年均增长6.5%左右。\n", report_year=2021, region="湖州市")
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (7.2, "eq")
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (6.5, "about")


@pytest.mark.parametrize("said", ["过去五年，全市地区生产总值年均增长6.5%，一般公共预算收入年均增长5%",
                                  "五年来，我们保持了经济平稳较快发展的良好势头，地区生产总值年均增长6.5%，一般公共预算收入年均增长5%"])
def test_years_gone_framing_a_review_stay_its_period(said):
    fs = facts(f"某市2026年政府工作报告\n一、过去五年工作回顾\n{said}。\n", report_year=2026, region="湖州市")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (6.5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (5, "eq")


def test_last_years_base_is_no_period_of_this_years_target():
    fs = facts("某市2026年政府工作报告\n一、2025年工作回顾\n2025年，在上年增长5.8%的基础上，全市地区生产总值增长6%。\n"
               "二、2026年工作安排\n在去年增长5.4%的基础上，今年全市规模以上工业增加值增长6%左右。\n", report_year=2026, region="湖州市")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (6, "eq")
    assert val(fs, ("industrial_va", "target", "2026", "growth")) == (6, "about")


# in a report whose own word is not 全区 (a city's, a county's whose parents are no 区), 全区 right after a park
# as the sentence's subject is the park
@pytest.mark.parametrize("region,said,first,second", [
    ("苏州市", "苏州工业园区实现地区生产总值3500亿元，全区规模以上工业增加值增长9%",
     ("other:苏州工业园区地区生产总值", "level"), ("other:苏州工业园区规模以上工业增加值", "growth")),
    ("湖州市", "经开区地区生产总值增长8.1%，全区规模以上工业增加值增长9%",
     ("other:经开区地区生产总值", "growth"), ("other:经开区规模以上工业增加值", "growth")),
    ("苏州市", "高新区完成规上工业总产值520亿元，全区固定资产投资增长12%", None, ("other:高新区固定资产投资", "growth"))])
def test_whole_zone_after_a_zone_subject_is_the_zone(region, said, first, second):
    fs = facts(f"一、2024年工作回顾\n{said}。\n", report_year=2025, region=region)
    for key in (first, second):
        if key is not None:
            assert (key[0], "actual", "2024", key[1]) in fs, sorted(fs)
    assert ("industrial_va", "actual", "2024", "growth") not in fs
    assert ("fixed_asset_investment", "actual", "2024", "growth") not in fs


@pytest.mark.parametrize("region,said,iid", [
    # the region's own word after the park's clause
    ("湖州市", "经开区地区生产总值增长8.1%，全市规模以上工业增加值增长9%", "industrial_va"),
    # a district's own word is 全区
    ("浦东新区", "张江科学城地区生产总值增长8.1%，全区规模以上工业增加值增长9%", "industrial_va"),
    ("浦东新区", "经开区地区生产总值增长8.1%，全区规模以上工业增加值增长9%", "industrial_va"),
    # no park as the subject: a word made of the park's
    ("苏州市", "园区化率达到75%，全区规模以上工业增加值增长9%", "industrial_va")])
def test_whole_zone_not_after_a_zone_subject(region, said, iid):
    fs = facts(f"一、2024年工作回顾\n{said}。\n", report_year=2025, region=region)
    assert val(fs, (iid, "actual", "2024", "growth")) == (9, "eq")


# a result compared with a target named after its figure ("低于6.5%左右的预期目标"), nothing else to date it:
# the target is the year's the result is of (last year's), not this year's
@pytest.mark.parametrize("said", ["全市地区生产总值增长4.5%，低于6.5%左右的预期目标",
                                  "全市地区生产总值增长4.5%，低于年初确定的6.5%左右的预期目标",
                                  "全市地区生产总值增长4.5%，低于年初设定的6.5%左右的目标"])
def test_a_target_compared_with_is_last_years(said):
    fs = facts(f"{said}。\n", report_year=2026, region="湖州市")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6.5, "about")
    assert ("gdp", "target", "2026", "growth") not in fs


@pytest.mark.parametrize("said", ["全市地区生产总值增长6.5%左右，高于全省平均水平", "今年全市地区生产总值增长6.5%左右",
                                  "全市地区生产总值增长6.5%左右，为完成全年目标打下基础"])
def test_a_figure_about_not_compared_with_a_target_stays_this_years(said):
    fs = facts(f"{said}。\n", report_year=2026, region="湖州市")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6.5, "about")


@pytest.mark.parametrize("said,target", [("全市地区生产总值增长5.2%，低于年初设定的6%目标", 6),
                                         ("规模以上工业增加值增长4.5%，低于年初确定的6%的预期目标", 6),
                                         ("全市地区生产总值增长5%，比年初设定的6%目标低1个百分点", 6)])
def test_last_years_target_set_at_its_start_in_a_review(said, target):
    fs = facts(f"某市2026年政府工作报告\n{REVIEW}{said}。\n", report_year=2026, region="湖州市")
    iid = "gdp" if "生产总值" in said else "industrial_va"
    assert val(fs, (iid, "target", "2025", "growth")) == (target, "eq")
    assert (iid, "actual", "2025", "growth") in fs


# a change over the budget is no growth on last year ("比年初预算增长5%", "较调整预算增长2%")
@pytest.mark.parametrize("said,iid", [("一般公共预算收入完成25.3亿元，比年初预算增长5%", "general_budget_revenue"),
                                      ("一般公共预算支出完成48亿元，较调整预算增长2%", "general_budget_expenditure"),
                                      ("一般公共预算收入完成25.3亿元，较预算数增长5%", "general_budget_revenue")])
def test_a_change_over_the_budget_is_no_growth(said, iid):
    fs = facts(f"{REVIEW}{said}。\n", report_year=2026, region="德清县")
    assert (iid, "actual", "2025", "level") in fs
    assert (iid, "actual", "2025", "growth") not in fs


@pytest.mark.parametrize("said,iid", [("一般公共预算收入完成25.3亿元，比上年增长5%", "general_budget_revenue"),
                                      ("一般公共预算收入完成25.3亿元，增长5%，完成年初预算的105%", "general_budget_revenue"),
                                      ("一般公共预算支出完成48亿元，同比增长5%", "general_budget_expenditure")])
def test_growth_beside_a_budget_stays_growth(said, iid):
    fs = facts(f"{REVIEW}{said}。\n", report_year=2026, region="德清县")
    assert val(fs, (iid, "actual", "2025", "growth")) == (5, "eq")
