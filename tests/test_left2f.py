"""Fact classes left wrong and found by the reviewers (branch left2f): each with the sentences that must
change and look-alikes that must not."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


# 7. A budget set or revised in the year reviewed, its figure right after the name's 调整预算/年初预算
# ("民生支出调整预算为250亿元"): the target of that year, not its result
@pytest.mark.parametrize("body, key, value", [
    ("一、2024年预算执行情况\n民生支出调整预算为180亿元，占一般公共预算支出的比重为78%。",
     ("livelihood_expenditure", "target", "2024", "level"), (180, "eq")),
    ("一、2024年预算执行情况\n2024年，全市一般公共预算支出调整预算为250亿元。",
     ("general_budget_expenditure", "target", "2024", "level"), (250, "eq")),
    ("一、2023年预算执行情况\n全县一般公共预算支出调整后预算为41.2亿元。",
     ("general_budget_expenditure", "target", "2023", "level"), (41.2, "eq")),
    ("一、2024年预算执行情况\n一般公共预算收入调整预算为80亿元，执行80.5亿元，增长3.1%。",
     ("general_budget_revenue", "target", "2024", "level"), (80, "eq")),
])
def test_revised_budget_is_target(body, key, value):
    fs = facts(body + "\n", report_year=key[2] and int(key[2]) + 1)
    assert val(fs, key) == value
    assert (key[0], "actual", key[2], "level") not in fs or fs[(key[0], "actual", key[2], "level")].value != value[0]


@pytest.mark.parametrize("body, key, value", [
    # the result measured against the budget stays a result
    ("一、2024年预算执行情况\n全区一般公共预算收入完成25.3亿元，为调整预算的101%，增长6.2%。",
     ("general_budget_revenue", "actual", "2024", "level"), (25.3, "eq")),
    ("一、2024年预算执行情况\n一般公共预算收入调整预算为80亿元，执行80.5亿元，增长3.1%。",
     ("general_budget_revenue", "actual", "2024", "level"), (80.5, "eq")),
    ("一、2024年预算执行情况\n民生支出完成180亿元，完成调整预算的98.5%。",
     ("livelihood_expenditure", "actual", "2024", "level"), (180, "eq")),
])
def test_result_against_budget_stays_actual(body, key, value):
    fs = facts(body + "\n", report_year=2025)
    assert val(fs, key) == value


# 2. A short name outside the taxonomy (进口, 农业) listed before or after a group's names and its 分别 keeps
# its place: the values go one to each in order ("全年出口、进口分别增长8%、3%" gives exports 8, not 3)
@pytest.mark.parametrize("body, key, value", [
    ("全市进出口总额完成120亿元，其中出口、进口分别增长8.2%、3.1%。", ("exports", "actual", "2024", "growth"), (8.2, "eq")),
    ("全年进口、出口分别下降2%、增长5%。", ("exports", "actual", "2024", "growth"), (5, "eq")),
    ("全县农业、工业、服务业增加值分别增长3.5%、6.1%、5.8%。", ("tertiary_industry_va", "actual", "2024", "growth"), (5.8, "eq")),
    ("全年出口、进口分别增长8%、3%。", ("exports", "actual", "2024", "growth"), (8, "eq")),
])
def test_unknown_short_name_keeps_place_in_list(body, key, value):
    fs = facts("一、2024年工作回顾\n" + body + "\n", report_year=2025)
    assert val(fs, key) == value


def test_unknown_short_name_gives_no_fact_to_list_total():
    fs = facts("一、2024年工作回顾\n全市进出口总额完成120亿元，其中出口、进口分别增长8.2%、3.1%。\n", report_year=2025)
    assert ("foreign_trade", "actual", "2024", "growth") not in fs


@pytest.mark.parametrize("body, key, value", [
    ("地区生产总值、一般公共预算收入分别增长6%、5%。", ("general_budget_revenue", "actual", "2024", "growth"), (5, "eq")),
    ("城镇、农村居民人均可支配收入分别增长4.5%、6.5%。", ("rural_disposable_income", "actual", "2024", "growth"), (6.5, "eq")),
])
def test_known_lists_unchanged(body, key, value):
    fs = facts("一、2024年工作回顾\n" + body + "\n", report_year=2025)
    assert val(fs, key) == value


# 3. Last year's target restated before the result ("涨幅低于预期3%，为1.2%"): the figure after it is the result
# (低于 compares the result with the target named after it, no bound of the target: eq, as "低于年初预期的4.5%" is in the
# kept gold, decision 276; a bound on the target itself, "控制在预期3%以内", stays at_most)
@pytest.mark.parametrize("body, ind, measure, target, actual", [
    ("居民消费价格涨幅低于预期3%，为1.2%。", "cpi", "growth", (3, "eq"), (1.2, "eq")),
    ("城镇调查失业率低于预期5.5%，为5.1%。", "urban_unemployment_rate", "share", (5.5, "eq"), (5.1, "eq")),
    ("居民消费价格涨幅控制在预期3%以内，为0.8%；城镇调查失业率5%。", "cpi", "growth", (3, "at_most"), (0.8, "eq")),
])
def test_result_after_restated_target(body, ind, measure, target, actual):
    fs = facts("一、2024年工作回顾\n" + body + "\n", report_year=2025)
    assert val(fs, (ind, "target", "2024", measure)) == target
    assert val(fs, (ind, "actual", "2024", measure)) == actual


def test_result_before_restated_target_unchanged():
    fs = facts("一、2024年工作回顾\n居民消费价格上涨0.8%，低于预期3%。\n", report_year=2025)
    assert val(fs, ("cpi", "actual", "2024", "growth")) == (0.8, "eq")
    # (低于 compares the result with the target named by 预期: no bound of the target's own figure, as in
    # "低于3%的调控目标"; changed by left14f, session 17, as the lead's brief reads "低于年初预期7.5%")
    assert val(fs, ("cpi", "target", "2024", "growth")) == (3, "eq")


# 4. A plan report's item, its name alone before a comma, then the year's target and result
# ("地区生产总值，年初预期增长6.5%，实际增长6.1%")
@pytest.mark.parametrize("body, ind, target, actual", [
    ("地区生产总值，年初预期增长6.5%，实际增长6.1%。", "gdp", (6.5, "eq"), (6.1, "eq")),
    ("一般公共预算收入，年度预期增长5%，实际完成42.3亿元，增长5.6%。", "general_budget_revenue", (5, "eq"), (5.6, "eq")),
    ("居民消费价格，预期涨幅3%左右，实际上涨0.4%。", "cpi", (3, "about"), (0.4, "eq")),
])
def test_plan_item_name_before_comma(body, ind, target, actual):
    fs = facts("一、2024年计划执行情况\n" + body + "\n", report_year=2025)
    assert val(fs, (ind, "target", "2024", "growth")) == target
    assert val(fs, (ind, "actual", "2024", "growth")) == actual


def test_plan_item_result_first_unchanged():
    fs = facts("一、2024年工作回顾\n地区生产总值增长6.1%，预期增长6.5%的目标未能实现。\n", report_year=2025)
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (6.1, "eq")


# 6. Years listed before 分别 with a 持平 among the values ("2024年、2025年分别上涨0.2%、持平"): 持平 is a
# year's value too, so 0.2 is 2024's
@pytest.mark.parametrize("body, key, value", [
    ("居民消费价格2024年、2025年分别上涨0.2%、持平。", ("cpi", "actual", "2024", "growth"), (0.2, "eq")),
    ("居民消费价格2024年、2025年分别持平、上涨0.3%。", ("cpi", "actual", "2025", "growth"), (0.3, "eq")),
    ("居民消费价格2023年、2024年、2025年分别上涨0.2%、持平、上涨0.1%。", ("cpi", "actual", "2023", "growth"), (0.2, "eq")),
    ("居民消费价格2023年、2024年、2025年分别上涨0.2%、持平、上涨0.1%。", ("cpi", "actual", "2025", "growth"), (0.1, "eq")),
    ("地区生产总值2024年、2025年分别增长5.1%、5.4%。", ("gdp", "actual", "2024", "growth"), (5.1, "eq")),
])
def test_years_each_with_flat(body, key, value):
    fs = facts("一、2025年工作回顾\n" + body + "\n", report_year=2026)
    assert val(fs, key) == value


def test_years_each_flat_value_not_dated_to_wrong_year():
    fs = facts("一、2025年工作回顾\n居民消费价格2024年、2025年分别上涨0.2%、持平。\n", report_year=2026)
    assert ("cpi", "actual", "2025", "growth") not in fs


# 5. A change said of a plan's years ("“十四五”时期提高5.2个百分点", "较“十四五”初提高…") after the year's level:
# over the plan's span, not the year reviewed (and no longer lost after the level's comma)
@pytest.mark.parametrize("body, key, value", [
    ("全市常住人口城镇化率达到62%，“十四五”时期提高5.2个百分点。", ("urbanization_rate", "actual", "2021-2025", "pp_change"), (5.2, "eq")),
    ("2025年，全市常住人口城镇化率“十四五”时期提高5.2个百分点。", ("urbanization_rate", "actual", "2021-2025", "pp_change"), (5.2, "eq")),
    ("全市常住人口城镇化率达到62%，较“十四五”初提高5.2个百分点。", ("urbanization_rate", "actual", "2021-2025", "pp_change"), (5.2, "eq")),
    ("2025年，全市地区生产总值达到3200亿元，“十四五”时期增长32%。", ("gdp", "actual", "2021-2025", "growth"), (32, "eq")),
])
def test_change_over_plan_years(body, key, value):
    fs = facts("一、2025年工作回顾\n" + body + "\n", report_year=2026)
    assert val(fs, key) == value
    assert (key[0], "actual", "2025", key[3]) not in fs


def test_change_over_last_year_beside_plan_change():
    fs = facts("一、2025年工作回顾\n全市常住人口城镇化率达到62%，比上年提高0.8个百分点，“十四五”时期累计提高5.2个百分点。\n", report_year=2026)
    assert val(fs, ("urbanization_rate", "actual", "2025", "pp_change")) == (0.8, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2021-2025", "pp_change")) == (5.2, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2025", "share")) == (62, "eq")
