"""Review sentences whose role, sign or subject hangs on words around the figure: an aim before a
result, a plan's goal restated, a fall before a rise, the region's own figure after its parent's."""
from __future__ import annotations

import pytest

from test_facts_classes import facts, val

REVIEW = "一、2025年工作回顾\n过去一年，"


@pytest.mark.parametrize("aim", ["我们的目标是建设全省县域高质量发展示范区，", "全县的目标是打造区域消费中心，",
                                 "去年我们确定的目标是争创全国文明城市，", "光伏园区的目标为年产值30亿元，全县"])
def test_an_aim_is_no_target_for_the_results_after_it(aim):
    fs = facts(f"{REVIEW}{aim}地区生产总值增长6.2%，一般公共预算收入增长4.4%。\n", report_year=2026, region="德清县")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (6.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (4.4, "eq")
    assert ("gdp", "target", "2025", "growth") not in fs


@pytest.mark.parametrize("lead", ["我们的目标是：", "年初确定的目标是", "我们的目标是地区生产总值与全省同步，",
                                  "年初确定的目标是：建设现代化强县取得新进展，", "年初确定的目标是建设美丽县城迈出新步伐，"])
def test_last_years_targets_stay_targets(lead):
    fs = facts(f"{REVIEW}{lead}一般公共预算收入增长5%，固定资产投资增长8%。\n", report_year=2026, region="德清县")
    assert val(fs, ("general_budget_revenue", "target", "2025", "growth")) == (5, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2025", "growth")) == (8, "eq")


@pytest.mark.parametrize("said,iid,goal,actual", [
    ("“十四五”规划确定的地区生产总值年均增长目标是6.5%，实际年均增长6.8%", "gdp", 6.5, 6.8),
    ("“十四五”规划提出的一般公共预算收入增长目标为7%，实际年均增长7.4%", "general_budget_revenue", 7, 7.4),
    ("“十四五”规划纲要确定的单位地区生产总值能耗下降目标是14%，实际下降15.2%", "energy_intensity", -14, -15.2)])
def test_an_ended_plans_goal_restated_with_its_result(said, iid, goal, actual):
    fs = facts(f"一、“十四五”时期发展成就\n{said}。\n", report_year=2026, region="德清县")
    assert val(fs, (iid, "goal", "2021-2025", "growth")) == (goal, "eq")
    assert val(fs, (iid, "actual", "2021-2025", "growth")) == (actual, "eq")
    assert (iid, "target", "2025", "growth") not in fs


@pytest.mark.parametrize("after,period,value", [("“十四五”规划目标为60%", "2021-2025", 60),
                                                ("规划确定的目标是61%", "2021-2025", 61),
                                                ("规划目标为2025年达到62%", "2025", 62),
                                                ("规划目标为到2025年达到62.5%", "2025", 62.5)])
def test_a_plans_goal_after_the_result(after, period, value):
    fs = facts(f"{REVIEW}常住人口城镇化率达到58.5%，{after}。\n", report_year=2026, region="德清县")
    assert val(fs, ("urbanization_rate", "actual", "2025", "share")) == (58.5, "eq")
    assert val(fs, ("urbanization_rate", "goal", period, "share")) == (value, "eq")


def test_the_next_plans_goal_after_this_years_target():
    fs = facts("二、2026年工作安排\n今年，常住人口城镇化率达到63%左右，“十五五”规划目标为68%。\n", report_year=2026, region="德清县")
    assert val(fs, ("urbanization_rate", "target", "2026", "share")) == (63, "about")
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (68, "eq")


@pytest.mark.parametrize("said", ["城镇化率达到58.5%，完成规划目标", "城镇化率达到58.5%，规划目标任务全面完成"])
def test_a_plan_met_names_no_goal(said):
    fs = facts(f"{REVIEW}{said}。\n", report_year=2026, region="德清县")
    assert [k for k in fs if k[0] == "urbanization_rate"] == [("urbanization_rate", "actual", "2025", "share")]


@pytest.mark.parametrize("said,key,value", [
    ("一般公共预算收入在近两年下降后，增长3%左右", ("general_budget_revenue", "actual", "2025", "growth"), (3, "about")),
    ("社会消费品零售总额扭转上年下降态势，增长4.2%", ("retail_sales", "actual", "2025", "growth"), (4.2, "eq")),
    ("固定资产投资止住下滑势头，增长1.5%", ("fixed_asset_investment", "actual", "2025", "growth"), (1.5, "eq")),
    ("规上工业增加值在连续下降后，由负转正，增长2.1%", ("industrial_va", "actual", "2025", "growth"), (2.1, "eq")),
    ("在连续两年下降后，常住人口城镇化率提高1.2个百分点", ("urbanization_rate", "actual", "2025", "pp_change"), (1.2, "eq")),
    ("进出口总额由增长转为下降5.2%", ("foreign_trade", "actual", "2025", "growth"), (-5.2, "eq")),
    ("一般公共预算收入受减税影响下降4.1%", ("general_budget_revenue", "actual", "2025", "growth"), (-4.1, "eq")),
    ("规上工业增加值增长后又回落，下降1.3%", ("industrial_va", "actual", "2025", "growth"), (-1.3, "eq"))])
def test_the_change_word_nearest_the_figure_gives_its_sign(said, key, value):
    assert val(facts(f"{REVIEW}{said}。\n", report_year=2026, region="德清县"), key) == value


@pytest.mark.parametrize("firms", ["规上工业企业（286家）实现", "规模以上工业企业（达到312家）", "规上工业（企业数152家）"])
def test_a_count_of_firms_in_brackets_before_their_value_added(firms):
    fs = facts(f"{REVIEW}{firms}增加值增长7%。\n", report_year=2026, region="德清县")
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (7, "eq")


@pytest.mark.parametrize("region,said,key,value", [
    ("卫东区", "全市地区生产总值增长6%，全区增长6.5%", ("gdp", "actual", "2025", "growth"), 6.5),
    ("卫东区", "全市一般公共预算收入增长4.2%，我区增长5.1%", ("general_budget_revenue", "actual", "2025", "growth"), 5.1),
    ("固始县", "全省地区生产总值增长5.5%，全县增长6.1%", ("gdp", "actual", "2025", "growth"), 6.1),
    ("洛阳市", "全省城镇居民人均可支配收入增长5%，我市增长5.8%", ("urban_disposable_income", "actual", "2025", "growth"), 5.8),
    ("汝州市", "全省规上工业增加值增长6%，全市增长7.2%", ("industrial_va", "actual", "2025", "growth"), 7.2)])
def test_the_regions_own_figure_after_its_parents(region, said, key, value):
    fs = facts(f"{region}2026年政府工作报告\n{REVIEW}{said}。\n", report_year=2026)
    assert val(fs, key) == (value, "eq")
    assert len([k for k in fs if k[0] == key[0]]) == 1  # the parent's figure is not the region's


@pytest.mark.parametrize("said", ["全市地区生产总值增长6%，全区经济运行平稳", "全市地区生产总值增长6%，全区增速高于全市0.5个百分点",
                                  "全市地区生产总值增长6%，全区各项工作取得新成效"])
def test_no_own_figure_where_none_is_stated(said):
    fs = facts(f"卫东区2026年政府工作报告\n{REVIEW}{said}。\n", report_year=2026)
    assert not [k for k in fs if k[0] == "gdp"]


@pytest.mark.parametrize("said,iid,value,qual", [("地区生产总值比2020年翻了一番", "gdp", 100, "eq"),
                                                 ("一般公共预算收入较“十三五”末翻了一番", "general_budget_revenue", 100, "eq"),
                                                 ("社会消费品零售总额与2020年相比翻了一番多", "retail_sales", 100, "at_least"),
                                                 ("进出口总额比2020年翻了两番", "foreign_trade", 300, "eq")])
def test_a_doubling_over_a_named_base_year(said, iid, value, qual):
    fs = facts(f"一、“十四五”时期发展成就\n五年来，{said}。\n", report_year=2026, region="德清县")
    assert val(fs, (iid, "actual", "2021-2025", "growth")) == (value, qual)


def test_a_doubling_with_no_base_year_is_over_the_five_years_its_sentence_opens_on():
    # (decision 197: the sentence's 五年来 names the span it counts over; this test had it left out before)
    fs = facts("一、“十四五”时期发展成就\n五年来，技术合同成交额翻了一番。\n", report_year=2026, region="德清县")
    assert val(fs, ("tech_contract_value", "actual", "2021-2025", "growth")) == (100, "eq")
    # (with no span named at all, a year's review, it is still left out)
    assert not facts("一、2025年工作回顾\n一年来，技术合同成交额翻了一番。\n", report_year=2026, region="德清县")
