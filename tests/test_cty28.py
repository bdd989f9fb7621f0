"""Session 27 cty28: county and district report openings from under-tested provinces (甘肃, 宁夏, 青海, 新疆, 内蒙古,
黑龙江, 海南, 江西, 重庆, 福建, 广西, 辽宁), blind. Look-alikes of each class stay as they were."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "一、2023年工作回顾\n全县实现地区生产总值86.4亿元，增长5.6%。\n"
PLAN = "二、2024年工作安排\n今年全县经济社会发展的主要预期目标是："
COUNTY = dict(report_year=2024, region="永靖县", level="county")


# --- 1. the target the level above hands down, named 指标 ("完成市政府下达的指标"): a qualitative target ---

@pytest.mark.parametrize("item,key", [
    ("节能减排完成市政府下达的指标。", ("energy_intensity", "target", "2024", "growth")),
    ("单位地区生产总值能耗下降完成上级政府下达的计划指标。", ("energy_intensity", "target", "2024", "growth")),
    ("万元生产总值能耗完成行署下达的控制指标。", ("energy_intensity", "target", "2024", "growth")),
    ("节能减排完成省市下达的约束性指标。", ("energy_intensity", "target", "2024", "growth")),
    ("城镇新增就业完成州政府下达的年度指标。", ("urban_new_jobs", "target", "2024", "level")),
])
def test_handed_down_indicator_is_a_qualitative_target(item, key):
    fs = facts(REVIEW + PLAN + "地区生产总值增长6%左右；" + item + "\n", **COUNTY)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, key) == (None, "qualitative")


# look-alikes: a quota of land or bonds handed down names no indicator; a figure stated keeps its number
@pytest.mark.parametrize("item,absent", [
    ("积极争取市政府下达的用地指标，保障重点项目落地。", ("energy_intensity", "target", "2024", "growth")),
    ("用好上级下达的专项债券指标，加快项目建设。", ("energy_intensity", "target", "2024", "growth")),
])
def test_other_quotas_handed_down_are_no_targets(item, absent):
    fs = facts(REVIEW + PLAN + "地区生产总值增长6%左右。\n（一）扩大有效投资。" + item + "\n", **COUNTY)
    assert absent not in fs


def test_a_figure_before_the_handed_down_words_keeps_its_number():
    fs = facts(REVIEW + PLAN + "地区生产总值增长6%左右；城镇登记失业率控制在4%以内，完成市政府下达的指标。\n", **COUNTY)
    assert val(fs, ("registered_unemployment_rate", "target", "2024", "share")) == (4, "at_most")


# --- 2. the growth an income keeps pace with, with its verb ("与经济增长保持同步"): a comparator, no GDP target ---

@pytest.mark.parametrize("item,keys", [
    ("城乡居民收入与经济增长保持同步；地区生产总值达到120亿元。",
     [("urban_disposable_income", "target", "2024", "growth"), ("rural_disposable_income", "target", "2024", "growth")]),
    ("一般公共预算收入增长与经济增长基本保持同步；固定资产投资增长8%。",
     [("general_budget_revenue", "target", "2024", "growth")]),
])
def test_growth_kept_pace_with_is_no_gdp_target(item, keys):
    fs = facts(REVIEW + PLAN + item + "\n", **COUNTY)
    for k in keys:
        assert val(fs, k) == (None, "qualitative")
    assert ("gdp", "target", "2024", "growth") not in fs


# look-alikes: the GDP target stated after the comparator keeps its figure; GDP as the subject keeps its words
@pytest.mark.parametrize("item,want", [
    ("城乡居民收入增长与经济增长保持同步，地区生产总值增长6%左右。", (6, "about")),
    ("地区生产总值保持平稳增长；一般公共预算收入增长5%。", (None, "qualitative")),
])
def test_gdp_named_as_itself_keeps_its_target(item, want):
    fs = facts(REVIEW + PLAN + item + "\n", **COUNTY)
    assert val(fs, ("gdp", "target", "2024", "growth")) == want
