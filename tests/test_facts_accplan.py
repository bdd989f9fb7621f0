"""Plan reports (国民经济和社会发展计划执行情况与计划草案的报告) in shapes not seen before (branch
accplan): each class with the texts that must change and the look-alikes that must not."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

PLAN = ("关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
        "——2024年1月16日在某某市第十七届人民代表大会第三次会议上\n一、2023年计划执行情况\n城镇新增就业2.1万人。\n附表\n")


# 1. A table's growth row named 增长速度 (比上年增长速度, 同比增速) under the row of its amount, the years
# spanning two columns in a header row of their own ("2023年 | 2024年" over "计划 | 预计 | 计划")
@pytest.mark.parametrize("sub", ["增长速度", "比上年增长速度", "同比增速", "同比增长速度"])
def test_growth_row_named_speed_under_its_amount(sub):
    fs = facts(PLAN + "项目 单位 2023年 2024年\n计划 预计 计划\n地区生产总值 亿元 1500 1480 1560\n"
               f"{sub} % 6 5.2 5.5\n一般公共预算收入 亿元 120 118 125\n")
    tabbed = facts(PLAN + "项目\t单位\t2023年预计\t2024年计划\n地区生产总值\t亿元\t1480\t1560\n"
                   f"　{sub}\t%\t5.2\t5.5\n")
    assert val(tabbed, ("gdp", "target", "2024", "growth")) == (5.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (1480, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "level")) == (125, "eq")
    assert ("general_budget_revenue", "actual", "2023", "growth") not in fs


def test_speed_row_of_a_part_is_no_growth_of_the_name_above():
    # "其中：工业增长速度" names a part; a speed row after a gap belongs to no row
    fs = facts(PLAN + "项目 单位 2023年预计 2024年计划\n地区生产总值 亿元 1480 1560\n其中：工业增长速度 % 7 8\n\n"
               "增长速度 % 5.2 5.5\n")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (1480, "eq")
    assert ("gdp", "actual", "2023", "growth") not in fs
    assert ("gdp", "target", "2024", "growth") not in fs


REVIEW = ("关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
          "——2024年1月18日在某某县第十八届人民代表大会第三次会议上\n一、2023年计划执行情况\n")
TAIL = "\n二、2024年主要预期目标\n城镇新增就业3000人以上。\n"


# 2. The plan and then its result with the verb 执行 ("计划目标6%，执行5.2%", "计划增长6%，执行增长5.2%"):
# the first is last year's target, the second its result
@pytest.mark.parametrize("clause,target,actual", [
    ("地区生产总值计划目标6%，执行5.2%。", ("gdp", 6), ("gdp", 5.2)),
    ("地区生产总值计划增长6%，执行增长5.2%。", ("gdp", 6), ("gdp", 5.2)),
    ("固定资产投资年度计划增长8%，执行下降3.1%。", ("fixed_asset_investment", 8), ("fixed_asset_investment", -3.1)),
    ("城镇新增就业计划2000人，执行2350人。", ("urban_new_jobs", 2000), ("urban_new_jobs", 2350)),
])
def test_plan_then_its_execution(clause, target, actual):
    fs = facts(REVIEW + clause + TAIL)
    measure = "level" if target[0] == "urban_new_jobs" else "growth"
    assert val(fs, (target[0], "target", "2023", measure)) == (target[1], "eq")
    assert val(fs, (actual[0], "actual", "2023", measure)) == (actual[1], "eq")


def test_a_share_of_the_plan_done_is_no_result():
    # "完成90%", "执行率98%": how much of the plan was done, not the indicator's figure
    fs = facts(REVIEW + "社会消费品零售总额计划增长7%，完成90%。规模以上工业增加值增长7%，执行率98%。" + TAIL)
    assert ("retail_sales", "actual", "2023", "growth") not in fs or val(fs, ("retail_sales", "actual", "2023", "growth")) != (90, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7, "eq")


# 3. A result compared with the plan's figure after it ("低于6%的计划目标", "高于8%的年度计划"): the figure
# restated is last year's target, the result stays
@pytest.mark.parametrize("clause,ind,act,tgt", [
    ("地区生产总值增长5.2%，低于6%的计划目标。", "gdp", 5.2, 6),
    ("一般公共预算收入增长9.1%，高于8%的年度计划。", "general_budget_revenue", 9.1, 8),
    ("规模以上工业增加值增长7.5%，超过7%的计划。", "industrial_va", 7.5, 7),
])
def test_result_above_or_below_the_plans_figure(clause, ind, act, tgt):
    fs = facts(REVIEW + clause + TAIL)
    assert val(fs, (ind, "actual", "2023", "growth")) == (act, "eq")
    assert val(fs, (ind, "target", "2023", "growth")) == (tgt, "eq")


# 4. A table's sub-rows under 居民人均可支配收入 that name only the people ("其中：城镇居民 | 元 | 45100",
# "农村居民 | 元 | 21300"): the urban and the rural income, in tabbed, spaced and markdown printings
@pytest.mark.parametrize("table", [
    "指标名称\t单位\t2023年预计\t2024年计划\n居民人均可支配收入\t元\t32500\t—\n其中：城镇居民\t元\t45100\t增长5.5%\n"
    "农村居民\t元\t21300\t增长7%\n",
    "指标名称  单位  2023年预计  2024年计划\n全体居民人均可支配收入  元  32500  增长6%\n  城镇居民  元  45100  增长5.5%\n"
    "  农村居民  元  21300  增长7%\n",
    "| 指标 | 单位 | 2023年预计 | 2024年计划 |\n|---|---|---|---|\n| 居民人均可支配收入 | 元 | 32500 | 与经济增长同步 |\n"
    "| 其中：城镇 | 元 | 45100 | 增长5.5% |\n| 农村 | 元 | 21300 | 增长7% |\n",
])
def test_urban_and_rural_sub_rows_under_the_income(table):
    fs = facts(PLAN + table)
    assert val(fs, ("urban_disposable_income", "actual", "2023", "level")) == (45100, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (21300, "eq")
    assert val(fs, ("urban_disposable_income", "target", "2024", "growth")) == (5.5, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2024", "growth")) == (7, "eq")


def test_people_rows_under_another_indicator_name_no_income():
    # "其中：城镇居民" under 城镇新增就业 or 居民消费价格 is no income; nor a row after a gap
    fs = facts(PLAN + "指标\t单位\t2023年预计\t2024年计划\n城镇新增就业\t万人\t2.1\t2\n其中：城镇居民\t元\t45100\t增长5.5%\n"
               "居民消费价格涨幅\t%\t0.3\t3左右\n农村居民\t元\t21300\t增长7%\n\n居民人均可支配收入\t元\t32500\t—\n\n农村居民\t元\t21000\t8%\n")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (2.1, "eq")
    assert val(fs, ("cpi", "target", "2024", "growth")) == (3, "about")
    assert not any(k[0] in ("urban_disposable_income", "rural_disposable_income") for k in fs)


# 5. A plan table's columns of the gap to the plan or of the part of it done ("比计划增减（百分点）", "与计划比较",
# "完成计划（%）") hold no figure of the indicator; a "比上年±%" column is the growth of the figure before it
@pytest.mark.parametrize("head,cell", [("与计划比较", "-1.3"), ("比计划增减（百分点）", "-1.3"), ("较年初计划±", "-1.3"),
                                       ("完成计划（%）", "80"), ("完成年度计划%", "80")])
def test_columns_of_the_plans_gap_or_share_done(head, cell):
    fs = facts(PLAN + f"指标名称\t单位\t2023年计划\t2023年预计\t{head}\t2024年计划\n"
               f"地区生产总值增长\t%\t6.5\t5.2\t{cell}\t5.5\n")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "eq")


@pytest.mark.parametrize("head", ["比上年±%", "同比±（%）", "比上年增减（%）"])
def test_a_plus_minus_column_is_the_growth_before_it(head):
    fs = facts(PLAN + f"指标名称\t单位\t2023年预计\t{head}\t2024年计划\t{head}\n地区生产总值\t亿元\t2520\t5.2\t2660\t5.5\n")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (2520, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "level")) == (2660, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "eq")


def test_a_plan_completed_column_still_holds_results():
    # "2023年计划完成" (the plan's year, done) and "完成情况" are results, not the part of the plan done
    fs = facts(PLAN + "指标名称\t单位\t2023年计划\t2023年计划完成\t2024年预期目标\n地区生产总值增长\t%\t6.5\t5.2\t5.5\n")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "eq")
