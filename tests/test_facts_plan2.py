"""A review's result and the plan it was set against in one sentence: the plan restated after the result
in a clause of its own, the plan stated first and the part of it done, a target revised during the year."""
from __future__ import annotations

import pytest

from factkeys import facts, val


def review(year: int, body: str) -> str:
    return f"一、{year - 1}年工作回顾\n{body}\n二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n"


# the plan restated after the result, in its own clause: last year's target (the result stays the actual)
@pytest.mark.parametrize("year,region,said,iid,actual,target", [
    (2024, "蠡县", "全县地区生产总值增长8%，年度计划为6%。", "gdp", 8, (6, "eq")),
    (2021, "诸暨市", "全市地区生产总值增长5.2%，而年度计划是增长6%。", "gdp", 5.2, (6, "eq")),
    (2019, "泗阳县", "地区生产总值增长5.2%，计划目标6%。", "gdp", 5.2, (6, "eq")),
    (2023, "德清县", "地区生产总值增长5.2%，与6%的年度计划相比低0.8个百分点。", "gdp", 5.2, (6, "eq")),
    (2017, "汝州市", "固定资产投资增长10.2%，年度计划为增长9%。", "fixed_asset_investment", 10.2, (9, "eq")),
    (2025, "德清县", "社会消费品零售总额增长6.3%，年计划目标为7%，未完成年度计划。", "retail_sales", 6.3, (7, "eq")),
    (2022, "卫东区", "全区生产总值增长6.1%，年度计划目标为6.5%左右。", "gdp", 6.1, (6.5, "about")),
    (2020, "蠡县", "一般公共预算收入完成12.5亿元，增长8.1%，年度计划增长7%。", "general_budget_revenue", 8.1, (7, "eq")),
    (2018, "卫东区", "全年实现地区生产总值320亿元，增长6.5%，年初计划为7%。", "gdp", 6.5, (7, "eq")),
    (2026, "汝州市", "地区生产总值增长6.5%，原计划增长7%。", "gdp", 6.5, (7, "eq")),
    (2016, "泗阳县", "地区生产总值增长6.5%，预期目标为7%。", "gdp", 6.5, (7, "eq")),
    (2024, "诸暨市", "居民消费价格上涨2.1%，年度计划控制在3%以内。", "cpi", 2.1, (3, "at_most")),
    (2022, "蠡县", "地区生产总值增长6.5%，计划数为7%。", "gdp", 6.5, (7, "eq")),
    (2024, "泗阳县", "地区生产总值增长7.5%，完成年度计划6%。", "gdp", 7.5, (6, "eq")),
    (2025, "蠡县", "一般公共预算收入增长3%，年度计划4%；地区生产总值增长5.2%。", "general_budget_revenue", 3, (4, "eq")),
])
def test_the_plan_after_the_result_is_last_years_target(year, region, said, iid, actual, target):
    fs = facts(review(year, said), report_year=year, region=region)
    last = str(year - 1)
    assert val(fs, (iid, "actual", last, "growth")) == (actual, "eq")
    assert val(fs, (iid, "target", last, "growth")) == target
    assert f"{target[0]}%" in fs[(iid, "target", last, "growth")].quote


def test_a_plans_count_after_the_result_is_the_years_target():
    fs = facts("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n"
               "城镇新增就业1.2万人，年度计划1万人。\n二、2024年计划\n城镇新增就业1.1万人以上。\n", report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (1.2, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (1, "eq")


def test_a_level_and_a_count_after_the_result_are_the_years_targets():
    fs = facts(review(2024, "一般公共预算收入完成12.5亿元，年度计划12亿元；城镇新增就业1.2万人，年度计划新增1万人。"),
               report_year=2024, region="蠡县")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (12.5, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2023", "level")) == (12, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (1.2, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (1, "eq")


def test_a_december_plan_reports_result_and_plan_are_of_the_year_it_closes():
    fs = facts("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2023年12月26日在市十七届人大常委会第十五次会议上\n"
               "一、2023年计划执行情况\n今年以来，全市生产总值预计增长5.2%，年度计划为6%。\n二、2024年计划草案\n全市生产总值增长5.5%左右。\n")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")


def test_a_plan_after_a_figure_in_this_years_plan_is_this_years():
    fs = facts("一、2023年工作回顾\n地区生产总值增长5.2%。\n二、2024年工作安排\n（一）主要预期目标\n"
               "地区生产总值增长6%左右，一般公共预算收入增长5%，年度计划13亿元。\n（二）重点任务\n"
               "城镇新增就业1万人，年度计划1.2万人。\n", report_year=2024, region="蠡县")
    assert val(fs, ("general_budget_revenue", "target", "2024", "level")) == (13, "eq")
    assert not any(k[1] == "target" and k[2] == "2023" for k in fs), sorted(fs)


@pytest.mark.parametrize("said", [
    "地区生产总值增长5.2%，低于年度计划0.8个百分点。",
    "地区生产总值增长5.2%，比年度计划低0.8个百分点。",
    "规模以上工业增加值增长6.8%，高出年度计划1.8个百分点。",
    "固定资产投资增长10%，计划新开工项目全部开工，计划30个项目竣工。",
    "固定资产投资增长10.2%，计划投资完成率达到105%。",
    "地区生产总值增长8%，年度计划完成率95%。",
    "固定资产投资增长10%，计划投资120亿元的重大项目全部开工。",
    "地区生产总值增长8%，计划3年内翻番。",
])
def test_no_target_where_the_plan_clause_gives_none(said):
    fs = facts(review(2024, said), report_year=2024, region="蠡县")
    assert not any(k[1] == "target" and k[2] == "2023" for k in fs), sorted(fs)


def test_this_years_plan_after_a_result_stays_this_years():
    fs = facts(review(2024, "地区生产总值增长8%，今年计划增长6%。"), report_year=2024, region="蠡县")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (8, "eq")
    assert ("gdp", "target", "2023", "growth") not in fs


# the plan stated first, then the part of it done: the figure set is the target, the part done no figure
@pytest.mark.parametrize("year,said,iid,target", [
    (2024, "一般公共预算收入计划增长5%，完成年度计划的102%。", "general_budget_revenue", 5),
    (2019, "固定资产投资计划增长10%，完成计划的98%。", "fixed_asset_investment", 10),
    (2022, "全县一般公共预算收入年度计划增长8%，实际完成25.3亿元，完成年度计划的103.5%。", "general_budget_revenue", 8),
])
def test_the_plan_before_the_part_of_it_done_is_a_target(year, said, iid, target):
    fs = facts(review(year, said), report_year=year, region="泗阳县")
    last = str(year - 1)
    assert val(fs, (iid, "target", last, "growth")) == (target, "eq")
    assert (iid, "actual", last, "growth") not in fs
    assert not any(f.value in (102, 98, 103.5) for f in fs.values())
    if "实际完成" in said:
        assert val(fs, (iid, "actual", last, "level")) == (25.3, "eq")


def test_the_budget_before_the_result_and_the_part_of_it_done():
    fs = facts(review(2020, "一般公共预算收入年初预算为24亿元，实际完成25.3亿元，完成预算的105%。"), report_year=2020, region="汝州市")
    assert val(fs, ("general_budget_revenue", "target", "2019", "level")) == (24, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2019", "level")) == (25.3, "eq")
    assert not any(f.value == 105 for f in fs.values())


def test_a_level_planned_before_the_part_of_it_done_is_the_target():
    fs = facts(review(2024, "固定资产投资计划完成150亿元，完成年度计划的102%。"), report_year=2024, region="汝州市")
    assert val(fs, ("fixed_asset_investment", "target", "2023", "level")) == (150, "eq")
    assert ("fixed_asset_investment", "actual", "2023", "level") not in fs


@pytest.mark.parametrize("said", ["一般公共预算收入完成25.3亿元，为年度预算的103.5%。",
                                  "一般公共预算收入完成25.3亿元，为调整预算的103.5%。"])
def test_the_result_before_the_part_of_the_budget_done_stays_the_result(said):
    fs = facts(review(2024, said), report_year=2024, region="汝州市")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (25.3, "eq")
    assert not any(k[1] == "target" for k in fs if k[2] == "2023")
    assert not any(f.value == 103.5 for f in fs.values())


def test_the_result_and_the_part_of_the_plan_done_stay_results():
    fs = facts(review(2024, "一般公共预算收入完成30.2亿元，增长6.5%，完成年度计划的101.2%。"), report_year=2024, region="泗阳县")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (30.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (6.5, "eq")
    assert not any(k[1] == "target" for k in fs if k[2] == "2023")


@pytest.mark.parametrize("said", ["今年经济社会发展的主要预期目标是：固定资产投资年度计划增长8%，一般公共预算收入计划增长5%。",
                                  "今年，固定资产投资年度计划增长8%，一般公共预算收入计划增长5%，完成年度计划的目标任务。"])
def test_this_years_plan_stays_this_years_target(said):
    fs = facts(f"一、2023年工作回顾\n地区生产总值增长5.2%。\n二、2024年工作安排\n{said}\n", report_year=2024, region="蠡县")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")
    assert ("general_budget_revenue", "target", "2023", "growth") not in fs


# a target revised during the year: the revised figure is the year's target, the result after it its actual
@pytest.mark.parametrize("year,said,iid,target,actual", [
    (2023, "2022年，地区生产总值预期目标由6%下调为2%，全年完成增长2.5%。", "gdp", (2, "eq"), 2.5),
    (2021, "地区生产总值增长目标由6%下调为2%，全年完成增长2.5%。", "gdp", (2, "eq"), 2.5),
    (2021, "固定资产投资年度目标由10%调整为5%，实际增长5.8%。", "fixed_asset_investment", (5, "eq"), 5.8),
    (2023, "经人大常委会批准，地区生产总值增长目标从6.5%调整为4%左右，全年增长4.3%。", "gdp", (4, "about"), 4.3),
    (2023, "地区生产总值年度预期目标由7%下调至3%，实际完成增长3.1%。", "gdp", (3, "eq"), 3.1),
    (2021, "一般公共预算收入增长目标由7%调减为3%，全年完成下降1.2%。", "general_budget_revenue", (3, "eq"), -1.2),
    (2021, "地区生产总值增长目标调整为5%左右，全年实际增长5.3%。", "gdp", (5, "about"), 5.3),
    (2023, "经济增长预期目标由7%调整为5%，实际增长5.5%。", "gdp", (5, "eq"), 5.5),
    (2024, "2023年，受疫情影响，市人大常委会批准将地区生产总值增长目标由6.5%调整为3.5%，全年实际增长3.8%。", "gdp", (3.5, "eq"), 3.8),
])
def test_a_revised_target_is_the_years_target(year, said, iid, target, actual):
    fs = facts(review(year, said), report_year=year, region="德清县")
    last = str(year - 1)
    assert val(fs, (iid, "target", last, "growth")) == target
    assert val(fs, (iid, "actual", last, "growth")) == (actual, "eq")


@pytest.mark.parametrize("said,iid", [("2022年，地区生产总值预期目标由6%下调为2%。", "gdp"),
                                      ("根据形势变化，将一般公共预算收入增长目标下调至2%。", "general_budget_revenue")])
def test_a_revised_target_alone_is_the_years_target(said, iid):
    fs = facts(review(2023, said), report_year=2023, region="德清县")
    assert val(fs, (iid, "target", "2022", "growth")) == (2, "eq")
    assert (iid, "actual", "2022", "growth") not in fs


def test_this_years_target_revised_stays_this_years():
    fs = facts("一、2023年工作回顾\n地区生产总值增长5.2%。\n二、2024年工作安排\n综合考虑各方面因素，今年将地区生产总值增长目标调整为5%左右。\n",
               report_year=2024, region="德清县")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")
    assert ("gdp", "target", "2023", "growth") not in fs


def test_a_structure_changed_is_no_target():
    fs = facts(review(2023, "地区生产总值增长7.2%，三次产业结构由10:40:50调整为9:38:53。"), report_year=2023, region="德清县")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (7.2, "eq")
    assert not any(k[1] == "target" for k in fs if k[2] == "2022")


# several results, then their plans one each after 分别; and targets revised one each
def test_plans_after_results_one_each():
    fs = facts(review(2024, "地区生产总值、固定资产投资、社会消费品零售总额分别增长6%、8%、5%，年度计划分别为6.5%、10%、6%。"),
               report_year=2024, region="诸暨市")
    for iid, a, t in (("gdp", 6, 6.5), ("fixed_asset_investment", 8, 10), ("retail_sales", 5, 6)):
        assert val(fs, (iid, "actual", "2023", "growth")) == (a, "eq")
        assert val(fs, (iid, "target", "2023", "growth")) == (t, "eq")


@pytest.mark.parametrize("said", ["地区生产总值、一般公共预算收入分别增长6.2%、5.1%，分别高于年度计划0.2和0.1个百分点。",
                                  "地区生产总值、一般公共预算收入分别增长6.2%、5.1%，年度计划分别为6%。"])
def test_no_plans_one_each_where_they_do_not_pair(said):
    fs = facts(review(2024, said), report_year=2024, region="诸暨市")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (5.1, "eq")
    assert not any(k[1] == "target" for k in fs if k[2] == "2023")


def test_targets_revised_one_each():
    fs = facts(review(2023, "地区生产总值、固定资产投资增长目标分别由6%、10%调整为3%、5%。"), report_year=2023, region="诸暨市")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (3, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2022", "growth")) == (5, "eq")
    assert not any(k[1] == "actual" for k in fs if k[2] == "2022")


# a plan word after a result whose figure counts things (120个重点项目) is no plan of that figure: the
# clause after it ("完成投资150亿元") is the projects', not the indicator's carried on
@pytest.mark.parametrize("year,region,said,iid,actual", [
    (2024, "蠡县", "固定资产投资增长10%，年度计划为120个重点项目，完成投资150亿元。", "fixed_asset_investment", 10),
    (2021, "诸暨市", "固定资产投资增长8.5%，计划实施30个省市重点项目，完成投资95亿元。", "fixed_asset_investment", 8.5),
    (2019, "汝州市", "固定资产投资增长9%，年度计划为45项重大工程，完成投资80亿元。", "fixed_asset_investment", 9),
])
def test_plan_of_a_count_of_projects_is_not_carried_on(year, region, said, iid, actual):
    fs = facts(review(year, said), report_year=year, region=region)
    last = str(year - 1)
    assert [k for k in fs if k[0] == iid and k[2] == last] == [(iid, "actual", last, "growth")]
    assert val(fs, (iid, "actual", last, "growth")) == (actual, "eq")


@pytest.mark.parametrize("year,region,said,iid,plan", [
    # (the plan's figure with its unit still closes its clause and is the plan)
    (2024, "蠡县", "全县地区生产总值达到320亿元，年度计划为315亿元，增长6%。", "gdp", (315, "eq")),
    (2022, "卫东区", "城镇居民人均可支配收入增长5%，计划增长6.5%，农村居民人均可支配收入增长7.5%。", "urban_disposable_income", (6.5, "eq")),
])
def test_plan_with_its_unit_still_restated(year, region, said, iid, plan):
    fs = facts(review(year, said), report_year=year, region=region)
    key = (iid, "target", str(year - 1), "level" if "亿元" in said.split("计划")[1][:8] else "growth")
    assert val(fs, key) == plan


# a plan restated after a result with 目标为 and its own figure sets nothing after it: the next
# indicator's figure is its result, and that one's own plan after it its target
@pytest.mark.parametrize("year,region,said,iid,actual,target", [
    (2024, "蠡县", "社会消费品零售总额增长7%，计划目标为8%，进出口总额增长5%，年度计划为6%。", "foreign_trade", 5, (6, "eq")),
    (2021, "诸暨市", "规模以上工业增加值增长9.1%，年度目标为8%，固定资产投资增长6%，年度计划为10%。", "fixed_asset_investment", 6, (10, "eq")),
    (2019, "汝州市", "地区生产总值增长7.5%，预期目标为7%左右，一般公共预算收入增长9%，计划目标为8%。", "general_budget_revenue", 9, (8, "eq")),
])
def test_a_restated_target_sets_nothing_after_it(year, region, said, iid, actual, target):
    fs = facts(review(year, said), report_year=year, region=region)
    last = str(year - 1)
    assert val(fs, (iid, "actual", last, "growth")) == (actual, "eq")
    assert val(fs, (iid, "target", last, "growth")) == target


def test_a_list_of_targets_set_still_sets_each():
    # (not a restatement: the target's list, then its results)
    fs = facts(review(2024, "年初确定的地区生产总值目标为增长6%，一般公共预算收入增长5%，实际分别增长6.3%和5.4%。"),
               report_year=2024, region="蠡县")
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth")) == (5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (5.4, "eq")


# a plan's yearly average target revised at its mid-term review is the plan's goal, not the year's target
@pytest.mark.parametrize("year,region,said,iid,goal,period", [
    (2023, "蠡县", "根据“十四五”规划中期评估，将地区生产总值年均增长目标由7%调整为6%左右。", "gdp", (6, "about"), "2021-2025"),
    (2024, "诸暨市", "经市人大常委会批准，“十四五”时期一般公共预算收入年均增长目标由8%下调为6%。", "general_budget_revenue", (6, "eq"), "2021-2025"),
    (2018, "汝州市", "结合“十三五”规划中期评估，全市地区生产总值年均增长目标由8.5%调整为7.5%。", "gdp", (7.5, "eq"), "2016-2020"),
])
def test_a_plans_average_revised_is_its_goal(year, region, said, iid, goal, period):
    fs = facts(review(year, said), report_year=year, region=region)
    assert val(fs, (iid, "goal", period, "growth")) == goal
    assert (iid, "target", str(year - 1), "growth") not in fs
