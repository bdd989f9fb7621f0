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
