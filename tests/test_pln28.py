"""Session pln28: plan reports of cities, counties and districts (计划执行情况与计划草案), blind round — a run of
results short of their plans (“均未达到年初计划的6%和8.5%”), a task handed down named 任务 alone, the fall of a task
read after 完成, and a ceiling handed down in words (“控制在市下达范围内”)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

HEAD = "关于某某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n"
PLAN = "\n二、2024年主要预期目标\n建议2024年主要预期目标为：地区生产总值增长6%；"


# results, then 均未达到 (or 均低于) the plans named before their figures: one target to each, in order
@pytest.mark.parametrize("sent,ids,actuals,targets", [
    ("城镇、农村居民人均可支配收入预计分别达到41260元、18930元，分别增长4.5%、7.6%，均未达到年初计划的6%和8.5%。",
     ("urban_disposable_income", "rural_disposable_income"), (4.5, 7.6), (6, 8.5)),
    ("地区生产总值、一般公共预算收入分别增长4.1%、3.3%，均未达到年度计划的5.5%、6%。",
     ("gdp", "general_budget_revenue"), (4.1, 3.3), (5.5, 6)),
    ("规模以上工业增加值、固定资产投资分别增长4.2%和5.1%，均低于年度计划的6%、7%。",
     ("industrial_va", "fixed_asset_investment"), (4.2, 5.1), (6, 7)),
])
def test_results_short_of_their_plans(sent, ids, actuals, targets):
    fs = facts(HEAD + sent + PLAN, report_year=2024)
    for iid, a, t in zip(ids, actuals, targets):
        assert val(fs, (iid, "actual", "2023", "growth"))[0] == a
        assert val(fs, (iid, "target", "2023", "growth")) == (t, "eq")


def test_share_of_the_plan_reached_is_no_target():
    fs = facts(HEAD + "一般公共预算收入完成5.2亿元，达到年度计划的95%。" + PLAN, report_year=2024)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level"))[0] == 5.2
    assert not [k for k in fs if k[0] == "general_budget_revenue" and k[1] == "target"]


# a task the level above handed down, named 任务 alone, its fall word before the figure
@pytest.mark.parametrize("sent,iid,actual,target", [
    ("单位生产总值能耗下降5.8%，超额完成唐山市下达的下降4.5%的任务。", "energy_intensity", -5.8, -4.5),
    ("单位地区生产总值二氧化碳排放下降4.1%，完成自治区下达的下降3.9%的任务。", "carbon_intensity", -4.1, -3.9),
    ("单位生产总值能耗下降5.8%，超额完成下降4.5%的年度任务。", "energy_intensity", -5.8, -4.5),
])
def test_task_handed_down(sent, iid, actual, target):
    fs = facts(HEAD + sent + PLAN, report_year=2024)
    assert val(fs, (iid, "actual", "2023", "growth"))[0] == actual
    assert val(fs, (iid, "target", "2023", "growth")) == (target, "eq")


# look-alikes: the part of the work done, no task handed down
@pytest.mark.parametrize("sent,iid", [
    ("规模以上工业增加值增长8%，完成了60%的任务。", "industrial_va"),
    ("固定资产投资增长6.2%，重点项目完成了85%的任务。", "fixed_asset_investment"),
])
def test_part_of_the_work_done_is_no_target(sent, iid):
    fs = facts(HEAD + sent + PLAN, report_year=2024)
    assert (iid, "actual", "2023", "growth") in fs
    assert (iid, "target", "2023", "growth") not in fs


# a ceiling handed down in words in the year's target list: a qualitative target
@pytest.mark.parametrize("sent,iid", [
    ("单位地区生产总值能耗、主要污染物排放总量控制在市下达范围内。", "energy_intensity"),
    ("单位生产总值二氧化碳排放控制在市里下达的范围以内。", "carbon_intensity"),
    ("单位地区生产总值能耗控制在省下达的范围内；城镇登记失业率控制在4%以内。", "energy_intensity"),
])
def test_ceiling_handed_down_in_words(sent, iid):
    fs = facts(HEAD + "地区生产总值增长5%。" + PLAN + sent, report_year=2024)
    assert val(fs, (iid, "target", "2024", "growth")) == (None, "qualitative")
