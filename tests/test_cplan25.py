"""Session cplan25: county plan reports (计划执行情况与计划草案) — a review's result compared with the year's
target as revised ("高于年初确定的3.5%的调整目标")."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

HEAD = "关于某某县2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n受县人民政府委托，现将计划执行情况报告如下。\n一、2020年计划执行情况\n"


# a result compared with the target as revised in the year: that target is last year's
@pytest.mark.parametrize("sent,iid,measure,actual,target", [
    ("全市实现地区生产总值855.2亿元，增长3.9%，高于年初确定的3.5%的调整目标。", "gdp", "growth", 3.9, 3.5),
    ("规模以上工业增加值增长4.2%，高于6%的调整后目标。", "industrial_va", "growth", 4.2, 6),
    ("固定资产投资增长2.1%，低于5%的调整后的目标。", "fixed_asset_investment", "growth", 2.1, 5),
])
def test_result_against_the_revised_target(sent, iid, measure, actual, target):
    fs = facts(HEAD + sent + "\n", report_year=2021)
    assert val(fs, (iid, "actual", "2020", measure))[0] == actual
    assert val(fs, (iid, "target", "2020", measure))[0] == target
    assert (iid, "target", "2021", measure) not in fs


# look-alikes: 调整 that is no revised target of the figure before it
@pytest.mark.parametrize("sent,iid,measure,actual", [
    ("固定资产投资增长3.9%，完成结构调整目标任务。", "fixed_asset_investment", "growth", 3.9),
    ("地区生产总值增长3.9%，产业结构调整取得新进展。", "gdp", "growth", 3.9),
    ("社会消费品零售总额增长5.2%，调整优化消费结构。", "retail_sales", "growth", 5.2),
])
def test_other_adjustments_set_no_target(sent, iid, measure, actual):
    fs = facts(HEAD + sent + "\n", report_year=2021)
    assert val(fs, (iid, "actual", "2020", measure))[0] == actual
    assert not [k for k in fs if k[0] == iid and k[1] == "target"]


# the older wordings still give last year's target, and a bound's comparison keeps it eq (docs/decisions.md)
@pytest.mark.parametrize("sent,iid,measure,target,qual", [
    ("全县实现地区生产总值85.2亿元，增长3.9%，高于年初确定的3.5%的预期目标。", "gdp", "growth", 3.5, "eq"),
    ("城镇登记失业率为1.8%，低于3.5%的控制目标。", "registered_unemployment_rate", "share", 3.5, "eq"),
])
def test_restated_targets_unchanged(sent, iid, measure, target, qual):
    fs = facts(HEAD + sent + "\n", report_year=2021)
    assert val(fs, (iid, "target", "2020", measure)) == (target, qual)


TABLE = "二、2024年主要计划指标\n指标\t单位\t上年计划\t上年预计\t本年计划\n{row}\n一般公共预算收入\t亿元\t12\t12.5\t13\n"
HEAD24 = "关于某某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n受县人民政府委托，现将计划执行情况报告如下。\n"


# a plan table's unit cell that names the change its figures measure ("增长%", "±%", "比上年增长%"): growth in %
@pytest.mark.parametrize("row,iid", [
    ("地区生产总值\t增长%\t7\t6.5\t6.5", "gdp"),
    ("地区生产总值\t±%\t7\t6.5\t6.5", "gdp"),
    ("社会消费品零售总额\t比上年增长%\t8\t7.2\t7", "retail_sales"),
    ("固定资产投资\t%（增长）\t10\t8\t9", "fixed_asset_investment"),
])
def test_growth_unit_cell(row, iid):
    fs = facts(HEAD24 + TABLE.format(row=row), report_year=2024)
    figs = [float(x) for x in row.split("\t")[2:]]
    assert val(fs, (iid, "target", "2023", "growth"))[0] == figs[0]
    assert val(fs, (iid, "actual", "2023", "growth"))[0] == figs[1]
    assert val(fs, (iid, "target", "2024", "growth"))[0] == figs[2]
    # the row below, in 亿元, is unchanged
    assert val(fs, ("general_budget_revenue", "target", "2024", "level"))[0] == 13


# look-alikes: a plain % cell keeps its measure (a rate stays a share), an amount's unit stays the amount's
@pytest.mark.parametrize("row,key,value", [
    ("城镇调查失业率\t%\t5.5\t5\t5.5", ("urban_unemployment_rate", "target", "2024", "share"), 5.5),
    ("地区生产总值\t%\t7\t6.5\t6.5", ("gdp", "target", "2024", "growth"), 6.5),
    ("地区生产总值\t亿元\t220\t215\t230", ("gdp", "target", "2024", "level"), 230),
])
def test_plain_unit_cells_unchanged(row, key, value):
    fs = facts(HEAD24 + TABLE.format(row=row), report_year=2024)
    assert val(fs, key)[0] == value


# a column of a year's change in %, its unit at the end of a head that names the years compared
@pytest.mark.parametrize("head,key", [
    ("2024年比2023年增长%", ("gdp", "target", "2024", "growth")),
    ("2024年比上年增长%", ("gdp", "target", "2024", "growth")),
])
def test_year_on_year_growth_column(head, key):
    t = HEAD24 + ("二、2024年主要计划指标\n指标名称\t计量单位\t2023年计划\t2023年预计完成\t2024年计划\t" + head +
                  "\n地区生产总值\t亿元\t220\t215\t230\t6.5\n")
    fs = facts(t, report_year=2024)
    assert val(fs, key) == (6.5, "eq")
    assert val(fs, ("gdp", "target", "2024", "level"))[0] == 230
    assert val(fs, ("gdp", "actual", "2023", "level"))[0] == 215


def test_actual_years_growth_column():
    t = HEAD24 + ("二、2024年主要计划指标\n指标名称\t计量单位\t2023年预计完成\t2023年比2022年增长%\t2024年计划\n"
                  "地区生产总值\t亿元\t215\t5.8\t230\n")
    fs = facts(t, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth"))[0] == 5.8
    assert val(fs, ("gdp", "target", "2024", "level"))[0] == 230


# a result compared with the plan set at the year's start (比/较年初计划), its figure after (bracketed or not):
# last year's target, as "比年度计划（7%）" already was
@pytest.mark.parametrize("sent", [
    "地区生产总值增长6.1%，比年初计划（7%）低0.9个百分点。",
    "地区生产总值增长6.1%，比年初计划7%低0.9个百分点。",
    "地区生产总值增长6.1%，较年初计划（7%）低0.9个百分点。",
])
def test_compared_with_the_years_start_plan(sent):
    fs = facts(HEAD24 + "一、2023年计划执行情况\n" + sent + "\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth"))[0] == 6.1
    assert val(fs, ("gdp", "target", "2023", "growth"))[0] == 7


# look-alikes: the gap alone (no plan's figure) sets no target
@pytest.mark.parametrize("sent", [
    "地区生产总值增长6.1%，比年初计划低0.9个百分点。",
    "地区生产总值增长6.1%，比年初计划提高了0.5个百分点。",
])
def test_gap_to_the_years_start_plan_sets_no_target(sent):
    fs = facts(HEAD24 + "一、2023年计划执行情况\n" + sent + "\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth"))[0] == 6.1
    assert not [k for k in fs if k[0] == "gdp" and k[1] == "target"]


# a plan table's column of part of the year (1-11月完成, 前三季度完成, 1—10月): no figure of the year; the
# table around it is still read (its 全年预计 the year's result)
@pytest.mark.parametrize("head,row", [
    ("指标\t单位\t2023年计划\t1-11月完成\t全年预计", "一般公共预算收入\t亿元\t12\t11.2\t12.5"),
    ("指标\t单位\t2023年计划\t前三季度完成\t全年预计", "一般公共预算收入\t亿元\t12\t9.2\t12.5"),
    ("指标\t单位\t2023年计划\t全年预计\t1-11月完成", "一般公共预算收入\t亿元\t12\t12.5\t11.2"),
])
def test_part_of_year_column(head, row):
    fs = facts(HEAD24 + head + "\n" + row + "\n", report_year=2024)
    assert val(fs, ("general_budget_revenue", "target", "2023", "level"))[0] == 12
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level"))[0] == 12.5


# look-alike: a year's own result column and next year's plan stay read
def test_whole_year_columns_unchanged():
    fs = facts(HEAD24 + "指标\t单位\t2023年计划\t2023年预计完成\t2024年计划\n一般公共预算收入\t亿元\t12\t12.5\t13\n",
               report_year=2024)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level"))[0] == 12.5
    assert val(fs, ("general_budget_revenue", "target", "2024", "level"))[0] == 13


# a bare 产量 after the grain area, an estimate's word before its verb (产量预计达到): the grain output
@pytest.mark.parametrize("sent,value,unit", [
    ("全年粮食播种面积稳定在45万亩，产量预计达到18.6万吨，均完成市下达任务。", 18.6, "万吨"),
    ("粮食播种面积稳定在45万亩、总产量预计达到18.6万吨。", 18.6, "万吨"),
    ("粮食播种面积稳定在500万亩，产量预计达到52亿斤。", 52, "亿斤"),
])
def test_bare_output_with_estimate(sent, value, unit):
    fs = facts(HEAD24 + "一、2023年计划执行情况\n" + sent + "\n", report_year=2024)
    assert val(fs, ("grain_output", "actual", "2023", "level"))[0] == value


# look-alikes: another crop's area between, or no grain named: no grain output
@pytest.mark.parametrize("sent", [
    "粮食播种面积45万亩，蔬菜播种面积20万亩，产量预计达到50万吨。",
    "茶园面积5万亩，产量预计达到1.2万吨。",
])
def test_bare_output_of_another_crop(sent):
    fs = facts(HEAD24 + "一、2023年计划执行情况\n" + sent + "\n", report_year=2024)
    assert ("grain_output", "actual", "2023", "level") not in fs


# a plan draft's table column headed by the proposal (本年建议, 建议数, 本年安排): this year's target
@pytest.mark.parametrize("head", ["本年建议", "建议数", "本年安排"])
def test_proposed_column_is_this_years_target(head):
    fs = facts(HEAD24 + f"指标\t单位\t上年计划\t上年执行\t{head}\n一般公共预算收入\t亿元\t12\t12.5\t13\n", report_year=2024)
    assert val(fs, ("general_budget_revenue", "target", "2024", "level"))[0] == 13
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level"))[0] == 12.5
    assert val(fs, ("general_budget_revenue", "target", "2023", "level"))[0] == 12
