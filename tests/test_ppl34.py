"""Session ppl34: plan reports that open a five-year plan (2016 and 2026), blind round — last year's plan named
beside its result in the shapes a 计划执行情况 review writes it: 的 before the plan's figure, the target quoted after
与/同, the plan's change word before its figure, and the old plan's goal after 总体/基本完成."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

HEAD = "关于某某市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n一、2019年计划执行情况\n"
PLAN = "\n二、2020年主要预期目标\n建议2020年全市主要预期目标为：地区生产总值增长6.5%左右；"


# a result compared with the year's plan, 的 before the plan's figure: the plan's own figure, last year's target
# (not a proportion of the plan: "完成年度计划的105%" stays none)
@pytest.mark.parametrize("sent,key,target,actual", [
    ("城镇登记失业率3.1%，低于年度计划的4.5%。", ("registered_unemployment_rate", "share"), 4.5, 3.1),
    ("规模以上工业增加值增长9.4%，高于年初计划的8%。", ("industrial_va", "growth"), 8, 9.4),
    ("全社会固定资产投资增长3.2%，低于全年计划的10%。", ("fixed_asset_investment", "growth"), 10, 3.2),
])
def test_plan_the_figure(sent, key, target, actual):
    fs = facts(HEAD + sent + PLAN, report_year=2020)
    assert val(fs, (key[0], "target", "2019", key[1])) == (target, "eq")
    assert val(fs, (key[0], "actual", "2019", key[1])) == (actual, "eq")


def test_plan_the_bound_and_the_part_done():
    fs = facts(HEAD + "居民消费价格上涨2.6%，控制在年度计划的3%以内。城镇新增就业5.2万人，完成年度计划的104%。" + PLAN,
               report_year=2020)
    assert val(fs, ("cpi", "target", "2019", "growth")) == (3, "at_most")
    assert val(fs, ("urban_new_jobs", "actual", "2019", "level")) == (5.2, "eq")
    assert ("urban_new_jobs", "target", "2019", "level") not in fs  # (104% is the part done, no target)


# the target quoted after 与/同 (as after 离 or 未完成 already): last year's target, the result before it kept
@pytest.mark.parametrize("sent,iid,target,actual", [
    ("社会消费品零售总额增长5.3%，与年初确定的“增长9%”目标相比仍有差距。", "retail_sales", (9, "eq"), 5.3),
    ("进出口总额下降4.6%，同年初预期的「增长5%左右」目标差距较大。", "foreign_trade", (5, "about"), -4.6),
])
def test_quoted_target_after_with(sent, iid, target, actual):
    fs = facts(HEAD + sent + PLAN, report_year=2020)
    assert val(fs, (iid, "target", "2019", "growth")) == target
    assert val(fs, (iid, "actual", "2019", "growth")) == (actual, "eq")


# the plan's change word between 计划 and its figure, the part done after ("完成年度计划增长12%目标的85%")
@pytest.mark.parametrize("sent,iid,target,actual", [
    ("全社会固定资产投资增长10.2%，完成年度计划增长12%目标的85%。", "fixed_asset_investment", 12, 10.2),
    ("一般公共预算收入增长5.4%，完成年初计划增长6%的90%。", "general_budget_revenue", 6, 5.4),
])
def test_plan_change_word_then_figure(sent, iid, target, actual):
    fs = facts(HEAD + sent + PLAN, report_year=2020)
    assert val(fs, (iid, "target", "2019", "growth")) == (target, "eq")
    assert val(fs, (iid, "actual", "2019", "growth")) == (actual, "eq")


FIVE = ("关于某某省2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n一、2020年计划执行情况\n全省生产总值增长3.1%。\n"
        "二、“十三五”规划实施情况\n")
PLAN21 = "\n三、2021年主要预期目标\n建议2021年全省主要预期目标为：地区生产总值增长6%以上；"


# the old plan's goal restated after 总体/基本完成 (as after 完成, 圆满完成): the plan's goal, its span
@pytest.mark.parametrize("sent,iid,goal,actual", [
    ("“十三五”时期，全省一般公共预算收入年均增长6.1%，基本完成规划确定的年均增长7%的目标。", "general_budget_revenue", (7, "eq"), 6.1),
    ("“十三五”时期，全体居民人均可支配收入年均增长8.2%，总体完成规划确定的“年均增长8%左右”的预期目标。", "disposable_income", (8, "about"), 8.2),
])
def test_old_plan_goal_after_overall_done(sent, iid, goal, actual):
    fs = facts(FIVE + sent + PLAN21, report_year=2021)
    assert val(fs, (iid, "goal", "2016-2020", "growth")) == goal
    assert val(fs, (iid, "actual", "2016-2020", "growth")) == (actual, "eq")


TARGETS = ("关于某某市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n一、2019年计划执行情况\n全市生产总值增长6.1%。\n"
           "二、2020年主要预期目标\n建议2020年全市主要预期目标为：城镇新增就业5万人。\n")


# in the plan's part, a rate named by 预期 right after its figure explains this year's target (not last year's)
@pytest.mark.parametrize("sent,iid,target", [
    ("需要说明的是，地区生产总值6.5%左右的预期增速，既考虑了与“十四五”目标的衔接，也考虑了稳就业的需要。", "gdp", (6.5, "about")),
    ("一般公共预算收入5%的预期增长率，充分考虑了减税降费政策的影响。", "general_budget_revenue", (5, "eq")),
])
def test_targets_part_rate_named_expected(sent, iid, target):
    fs = facts(TARGETS + sent, report_year=2020)
    assert val(fs, (iid, "target", "2020", "growth")) == target
    assert (iid, "target", "2019", "growth") not in fs


def test_review_rate_named_expected_stays_last_years():
    # (in the review, the same words after a comparison restate last year's target)
    fs = facts(HEAD + "全市生产总值增长6.1%，低于7%左右的预期增速。" + PLAN, report_year=2020)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7, "about")
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (6.1, "eq")


# a five-year review's table, its column of the plan's goals dated by their year: the plan's goal for that year
def test_plan_table_goal_column_with_its_year():
    text = ("关于某某市2015年国民经济和社会发展计划执行情况与2016年计划草案的报告\n一、2015年计划执行情况\n全市生产总值增长8.6%。\n"
            "二、“十二五”规划主要指标完成情况\n| 指标 | 单位 | 2010年 | 2015年规划目标 | 2015年完成 | 完成情况 |\n"
            "| 地区生产总值 | 亿元 | 860 | 1500 | 1420.5 | 未完成 |\n| 一般公共预算收入 | 亿元 | 60.1 | 120 | 131.6 | 完成 |\n"
            "| 常住人口城镇化率 | % | 45.2 | 53 | 53.4 | 完成 |\n三、2016年主要预期目标\n地区生产总值增长8%左右。\n")
    fs = facts(text, report_year=2016)
    assert val(fs, ("gdp", "goal", "2015", "level")) == (1500, "eq")
    assert val(fs, ("general_budget_revenue", "goal", "2015", "level")) == (120, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2015", "share")) == (53, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2015", "share")) == (53.4, "eq")
    assert ("gdp", "target", "2015", "level") not in fs


def test_plan_table_goal_column_in_the_plans_last_year():
    text = ("关于某某省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全省生产总值增长5.1%。\n"
            "二、“十四五”规划主要指标完成情况\n指标\t2020年\t2025年规划目标\t2025年预计\n研发经费投入强度（%）\t2.1\t2.5\t2.45\n"
            "森林覆盖率（%）\t60.5\t62\t62.3\n常住人口城镇化率（%）\t58.3\t63\t62.6\n三、2026年主要预期目标\n地区生产总值增长5%左右。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("rnd_intensity", "goal", "2025", "share")) == (2.5, "eq")
    assert val(fs, ("forest_coverage", "goal", "2025", "share")) == (62, "eq")
    assert val(fs, ("rnd_intensity", "actual", "2025", "share")) == (2.45, "eq")
