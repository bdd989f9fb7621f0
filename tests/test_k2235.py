"""k2235: whole county and county-level-city reports of 2022–2025, blind (decision 133): a plan under way checked
against (对照“十四五”规划，) dates its averages to its years gone by; amounts after 分别 following names that each
state a change of their own go one to each; a scenic area opening the clause after a lead with no figure, or its
visitors joined to the revenue by 、, makes the revenue the area's; a bare place right after a composite ranking's clause is in that ranking; 总量和增速均 ranks the
last name only; an industry named before 规模以上工业增加值 is a sector; a capacity run into a base's name is no
pledge."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py
from taskdoc import pledges  # tests/taskdoc.py

TARGETS = "XX县2023年政府工作报告\n二、2023年工作总体要求和主要目标\n2023年是实施“十四五”规划承上启下的关键之年。"
REVIEW = "XX市2022年政府工作报告\n一、过去五年工作回顾\n"
YEAR = "XX县2025年政府工作报告\n一、2024年工作回顾\n"


@pytest.mark.parametrize("sentence, name, value", [
    ("对照“十四五”规划，全县地区生产总值年均增长5.9%，低于规划确定的7.5%的目标。", "gdp", 5.9),
    ("从“十四五”规划实施情况看，全市固定资产投资年均增长9.2%，快于规划目标。", "fixed_asset_investment", 9.2),
    ("对照“十四五”规划目标，一般公共预算收入年均增长6.8%，进度符合预期。", "general_budget_revenue", 6.8),
    ("“十四五”规划中期评估显示，全县社会消费品零售总额年均增长4.6%。", "retail_sales", 4.6),
])
def test_a_plan_checked_against_dates_its_years_gone_by(sentence, name, value):
    fs = facts(TARGETS + sentence + "\n", report_year=2023)
    assert val(fs, (name, "actual", "2021-2022", "growth")) == (value, "eq")
    assert (name, "goal", "2021-2025", "growth") not in fs or fs[(name, "goal", "2021-2025", "growth")].value != value


def test_the_plans_own_goal_after_the_check_stays_a_goal():
    fs = facts(TARGETS + "对照“十四五”规划，全县地区生产总值年均增长5.9%，低于规划确定的7.5%的目标。\n", report_year=2023)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7.5, "eq")


def test_a_plan_followed_is_no_check():
    fs = facts(TARGETS + "按照“十四五”规划，全县地区生产总值年均增长7%。\n", report_year=2023)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "eq")


def test_a_required_average_after_the_check_is_a_goal():
    fs = facts(TARGETS + "对照“十四五”规划目标，全县地区生产总值今后三年需年均增长8%以上。\n", report_year=2023)
    assert ("gdp", "actual", "2021-2022", "growth") not in fs


@pytest.mark.parametrize("sentence, pair", [
    ("五年来，城镇居民人均可支配收入年均增长6.8%，农村居民人均可支配收入年均增长8.1%，分别达到49860元和25630元。",
     (("urban_disposable_income", 49860), ("rural_disposable_income", 25630))),
    ("2021年，地区生产总值增长6.8%，一般公共预算收入增长8.1%，分别达到498.6亿元和25.6亿元。",
     (("gdp", 498.6), ("general_budget_revenue", 25.6))),
    ("2021年，社会消费品零售总额增长9.2%，固定资产投资增长7%，分别为186亿元和245亿元。",
     (("retail_sales", 186), ("fixed_asset_investment", 245))),
])
def test_amounts_after_each_go_one_to_each_name(sentence, pair):
    fs = facts(REVIEW + sentence + "\n", report_year=2022)
    for name, value in pair:
        assert val(fs, (name, "actual", "2021", "level")) == (value, "eq")


def test_amounts_after_each_need_a_name_each():
    # a name of its own before 分别 (税收收入) takes the run: neither name before it is given an amount
    fs = facts(REVIEW + "2021年，地区生产总值增长6.8%；一般公共预算收入增长8.1%，税收收入分别达到498.6亿元和25.6亿元。\n",
               report_year=2022)
    assert ("gdp", "actual", "2021", "level") not in fs


@pytest.mark.parametrize("sentence", [
    "红军长征胜利纪念馆景区全年接待游客486万人次，实现旅游综合收入23.6亿元，分别增长16.8%和18.5%。",
    "文化旅游融合发展，大峡谷景区接待游客150万人次，实现旅游总收入8.2亿元。",
    "大峡谷景区累计接待游客150万人次、实现旅游总收入8.2亿元。",
])
def test_a_spots_revenue_after_its_visitors_is_the_spots(sentence):
    fs = facts(YEAR + sentence + "\n", report_year=2025)
    assert ("tourism_revenue", "actual", "2024", "level") not in fs
    assert ("tourist_visits", "actual", "2024", "level") not in fs


def test_the_whole_regions_revenue_after_a_count_of_spots_stays():
    fs = facts(YEAR + "全县A级景区达到12家，全年接待游客1260万人次，实现旅游综合收入98.6亿元，分别增长8.2%和9.6%。\n",
               report_year=2025)
    assert val(fs, ("tourism_revenue", "actual", "2024", "level")) == (98.6, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2024", "growth")) == (9.6, "eq")


@pytest.mark.parametrize("sentence", [
    "地区生产总值年均增长9.8%，连续五年位居全国综合实力百强县（市）第一方阵，2022年排名全国第38位、西部第3位。",
    "全市地区生产总值达到1486.2亿元，增长8.1%，入选全国综合实力百强县，列第42位。",
    "地区生产总值增长6.5%，在全国县域经济竞争力榜单中再进一步，排名第56位。",
])
def test_a_bare_place_after_a_composite_ranking_is_in_it(sentence):
    fs = facts(REVIEW.replace("2022", "2023") + sentence + "\n", report_year=2023)
    assert ("gdp", "actual", "2022", "rank") not in fs


def test_a_size_rank_after_a_composite_ranking_is_the_figures():
    # (the rate's place in a clause of its own after the composite ranking's)
    fs = facts(REVIEW.replace("2022", "2023") + "地区生产总值增长8.1%，位列全国百强县第42位，增速居全省第2位。\n",
               report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "rank")) == (2, "eq")


def test_both_measures_ranked_are_the_last_names():
    fs = facts(YEAR + "规模以上工业增加值增长10.6%，固定资产投资完成356.2亿元，增长22.6%，总量和增速均居全市第一。\n",
               report_year=2025)
    assert val(fs, ("fixed_asset_investment", "actual", "2024", "rank")) == (1, "eq")
    assert ("industrial_va", "actual", "2024", "rank") not in fs
    fs = facts(YEAR + "规模以上工业增加值增长10.6%，固定资产投资增长22.6%，增速均居全市第一。\n", report_year=2025)
    assert val(fs, ("industrial_va", "actual", "2024", "rank")) == (1, "eq")


@pytest.mark.parametrize("sentence", [
    "五年来，白酒产业规模以上工业增加值年均增长11.3%。",
    "2024年，主导产业规上工业增加值增长12.6%，重点行业工业增加值增长9%。",
])
def test_an_industrys_value_added_is_a_sectors(sentence):
    fs = facts(YEAR + sentence + "\n", report_year=2025)
    assert not any(k[0] == "industrial_va" for k in fs)


def test_the_regions_value_added_after_an_industrys_stays():
    fs = facts(YEAR + "2024年，汽车产业增加值增长11.3%，全县规模以上工业增加值增长8%。\n", report_year=2025)
    assert val(fs, ("industrial_va", "actual", "2024", "growth")) == (8, "eq")


@pytest.mark.parametrize("body, kept", [
    ("加快推进200万千瓦风光电基地建设，年内新增并网装机40万千瓦。", ("新增", "并网装机", 40, "万千瓦")),
    ("开工建设100万千瓦风电基地，新增新能源装机60万千瓦。", ("新增", "新能源装机", 60, "万千瓦")),
    ("建成10万吨冷链物流基地，新增冷库库容2万吨。", ("新增", "冷库库容", 2, "万吨")),
])
def test_a_capacity_run_into_a_bases_name_is_no_pledge(body, kept):
    ps = pledges(body, level="县")
    assert kept in ps
    assert len(ps) == 1, ps
