"""cpl35: whole county and district plan reports of 2017–2025, blind (decision 141): a part of the year's figure
between the year's plan and its estimate is an aside; a reason glued before 分别 keeps the run of changes with the
names before it; the plan's average an explanation of the year's targets compares with or builds on is the plan's
goal; the items a plan set, listed before 等目标/等指标 in a review, are the plan's goals."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py

REVIEW = "XX县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n一、2022年计划执行情况\n"
TARGETS = "XX县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n二、2023年主要预期目标\n"


@pytest.mark.parametrize("sentence, key, plan, result", [
    ("固定资产投资年初计划增长10%，前三季度增长6.9%，全年预计增长7.5%。", ("fixed_asset_investment", "growth"), 10, 7.5),
    ("全县规模以上工业增加值年初计划增长9%，1-10月增长10.4%，全年预计增长10%。", ("industrial_va", "growth"), 9, 10),
    ("城镇新增就业计划5000人，1—11月完成4620人，预计全年完成5100人。", ("urban_new_jobs", "level"), 5000, 5100),
    ("地区生产总值年初计划增长8%，上半年增长6.1%，全年预计增长6.5%。", ("gdp", "growth"), 8, 6.5),
    ("固定资产投资：年度计划增长12%，1—11月同比增长8.7%，预计全年增长9%。", ("fixed_asset_investment", "growth"), 12, 9),
    ("一般公共预算收入：年度计划增长6%，截至11月底完成24.3亿元，预计全年完成26.8亿元、增长5.2%。",
     ("general_budget_revenue", "growth"), 6, 5.2),
])
def test_a_part_of_the_year_between_the_plan_and_the_years_estimate_is_an_aside(sentence, key, plan, result):
    fs = facts(REVIEW + sentence + "\n", report_year=2023)
    assert val(fs, (key[0], "target", "2022", key[1])) == (plan, "eq")
    assert val(fs, (key[0], "actual", "2022", key[1])) == (result, "eq")


def test_the_years_estimate_after_its_plan_alone():
    fs = facts(REVIEW + "社会消费品零售总额年初计划增长9%，全年预计增长7.2%。\n", report_year=2023)
    assert val(fs, ("retail_sales", "target", "2022", "growth")) == (9, "eq")
    assert val(fs, ("retail_sales", "actual", "2022", "growth")) == (7.2, "eq")


@pytest.mark.parametrize("sentence, pairs", [
    ("全区接待游客1560万人次，实现旅游收入132亿元，受疫情冲击分别下降21.6%和24.3%。",
     (("tourist_visits", -21.6), ("tourism_revenue", -24.3))),
    ("社会消费品零售总额186.7亿元，外贸进出口总额68.3亿元，受疫情影响分别下降18.9%和5.2%。",
     (("retail_sales", -18.9), ("foreign_trade", -5.2))),
])
def test_a_reason_glued_before_each_keeps_the_changes_with_the_names(sentence, pairs):
    fs = facts(REVIEW + sentence + "\n", report_year=2023)
    for name, value in pairs:
        assert val(fs, (name, "actual", "2022", "growth")) == (value, "eq")


@pytest.mark.parametrize("sentence, name, goal, period", [
    ("一是与“十四五”规划相衔接，全市生产总值增长5.5%左右，与规划确定的年均增长6%左右的目标总体衔接。", "gdp", (6, "about"),
     "2021-2025"),
    ("一般公共预算收入增长5%，与本县“十四五”规划确定的年均增长6%的目标相比略低。", "general_budget_revenue", (6, "eq"), "2021-2025"),
    ("全县生产总值增长6.5%左右，是在“十四五”规划年均增长7%的基础上，考虑基数因素确定的。", "gdp", (7, "eq"), "2021-2025"),
    ("固定资产投资增长9%的目标，与我县“十三五”规划确定的年均增长12%的目标相比有所调整。", "fixed_asset_investment", (12, "eq"), "2016-2020"),
])
def test_the_plans_average_an_explanation_compares_with_is_its_goal(sentence, name, goal, period):
    fs = facts(TARGETS + sentence + "\n", report_year=2023)
    assert val(fs, (name, "goal", period, "growth")) == goal
    assert fs[(name, "target", "2023", "growth")].value != goal[0]


def test_a_bare_plans_average_with_no_plan_named_is_no_goal():
    fs = facts(TARGETS + "全市生产总值增长5.5%左右，与规划确定的年均增长6%左右的目标总体衔接。\n", report_year=2023)
    assert ("gdp", "goal", "2021-2025", "growth") not in fs


@pytest.mark.parametrize("sentence, first, second", [
    ("2022年作为“十四五”开局之年，主要指标实现良好开局，为完成“十四五”规划确定的地区生产总值年均增长6.5%左右、"
     "全社会研发经费投入强度达到1.5%等目标打下了坚实基础。", (("gdp", "growth"), 6.5), (("rnd_intensity", "share"), 1.5)),
    ("去年的工作为实现“十四五”规划确定的一般公共预算收入年均增长7%、常住人口城镇化率达到60%等目标奠定了基础。",
     (("general_budget_revenue", "growth"), 7), (("urbanization_rate", "share"), 60)),
    ("对照规划，规划确定的主要目标中，地区生产总值年均增长7%、研发经费投入强度达到2.2%等目标实现难度较大。",
     (("gdp", "growth"), 7), (("rnd_intensity", "share"), 2.2)),
    ("从规划中期评估以来的情况看，规划确定的主要指标中，多数指标进展符合预期，但固定资产投资年均增长8%、"
     "研发经费投入强度达到3%等指标完成难度较大。", (("fixed_asset_investment", "growth"), 8), (("rnd_intensity", "share"), 3)),
])
def test_the_items_a_plan_set_listed_in_a_review_are_its_goals(sentence, first, second):
    fs = facts(REVIEW + sentence + "\n", report_year=2023)
    for (name, measure), value in (first, second):
        assert fs[(name, "goal", "2021-2025", measure)].value == value
        assert (name, "target", "2022", measure) not in fs and (name, "actual", "2022", measure) not in fs


def test_the_years_own_targets_listed_stay_last_years_targets():
    fs = facts(REVIEW + "年初确定的地区生产总值增长5.5%左右、一般公共预算收入增长3%等主要目标顺利实现。\n", report_year=2023)
    assert val(fs, ("gdp", "target", "2022", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2022", "growth")) == (3, "eq")


@pytest.mark.parametrize("sentence, key, plan", [
    ("社会消费品零售总额：年度计划增长8%，1—11月增长6.2%。", ("retail_sales", "growth"), 8),
    ("固定资产投资：年度计划增长10%，1—11月增长6.9%，全年有望完成计划。", ("fixed_asset_investment", "growth"), 10),
    ("城镇新增就业年初计划5000人。", ("urban_new_jobs", "level"), 5000),
])
def test_a_plan_labelled_right_before_its_figure_is_no_result(sentence, key, plan):
    fs = facts(REVIEW + sentence + "\n", report_year=2023)
    assert val(fs, (key[0], "target", "2022", key[1])) == (plan, "eq")
    assert (key[0], "actual", "2022", key[1]) not in fs


@pytest.mark.parametrize("sentence, key, plan, result", [
    ("1.地区生产总值。区十届人大一次会议确定的目标为增长6.5%，执行结果为增长4.1%。", ("gdp", "growth"), 6.5, 4.1),
    ("（二）一般公共预算收入。县人代会确定的预期目标为增长5%，实际完成12.3亿元，增长3.1%。", ("general_budget_revenue", "growth"), 5, 3.1),
    ("2.城镇新增就业。市下达的目标为5000人，实际完成5600人。", ("urban_new_jobs", "level"), 5000, 5600),
])
def test_a_name_heading_its_item_before_the_body_that_set_its_target(sentence, key, plan, result):
    fs = facts(REVIEW + sentence + "\n", report_year=2023)
    assert val(fs, (key[0], "target", "2022", key[1])) == (plan, "eq")
    assert val(fs, (key[0], "actual", "2022", key[1])) == (result, "eq")
