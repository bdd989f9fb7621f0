"""Look-alikes of this session's later rules (branch review9): each class narrowed or carried on, with the
sentences that must change and the ones that must not."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


# 1. A result compared with last year's target restated after it, the time the target was set written
# between ("低于年初6%的目标", "超过年度8%的计划目标"): 低于/超过 compare, they are no bound of the target
@pytest.mark.parametrize("body, ind, actual, target", [
    ("全市地区生产总值增长5.2%，低于年初6%的目标。", "gdp", (5.2, "eq"), (6, "eq")),
    ("全县规模以上工业增加值增长9.1%，超过年度8%的计划目标。", "industrial_va", (9.1, "eq"), (8, "eq")),
    ("全市居民消费价格上涨0.4%，低于年初3%的调控目标。", "cpi", (0.4, "eq"), (3, "eq")),
    ("全市一般公共预算收入增长3.2%，低于全年5%的预期目标。", "general_budget_revenue", (3.2, "eq"), (5, "eq")),
    ("全市地区生产总值增长5.2%，低于原定6%的目标。", "gdp", (5.2, "eq"), (6, "eq")),
    ("全市地区生产总值增长5.2%，低于年初6%的计划。", "gdp", (5.2, "eq"), (6, "eq")),
    ("全市地区生产总值增长5.2%，低于年初预期6%的目标。", "gdp", (5.2, "eq"), (6, "eq")),
    ("全县规模以上工业增加值增长9%，超过预期8%的目标。", "industrial_va", (9, "eq"), (8, "eq")),
])
def test_compared_with_target_set_at_a_time(body, ind, actual, target):
    fs = facts(f"2024年，{body}\n", report_year=2025)
    assert val(fs, (ind, "actual", "2024", "growth")) == actual
    assert val(fs, (ind, "target", "2024", "growth")) == target


@pytest.mark.parametrize("body, key, value", [
    # the target's own words after its figure stay its own
    ("全市地区生产总值增长6.8%，高于年初6%左右的预期目标。", ("gdp", "target", "2024", "growth"), (6, "about")),
    ("全市城镇调查失业率5.1%，低于5.5%以内的年度控制目标。", ("urban_unemployment_rate", "target", "2024", "share"),
     (5.5, "at_most")),
])
def test_compared_with_target_own_qualifier_kept(body, key, value):
    fs = facts(f"2024年，{body}\n", report_year=2025)
    assert val(fs, key) == value


# 2. A change from one growth to another, each written with its verb (由下降2.1%转为增长3.5%, 由上涨2%回落到上涨0.5%),
# the start dated by the year before or a part of the year: the end is the fact, the start no fact of the year
@pytest.mark.parametrize("body, ind, measure, value", [
    ("全市地区生产总值由下降2.1%转为增长3.5%。", "gdp", "growth", 3.5),
    ("全市居民消费价格由上涨2%回落到上涨0.5%。", "cpi", "growth", 0.5),
    ("全省规模以上工业增加值增速由一季度的下降3.2%转为增长4.1%。", "industrial_va", "growth", 4.1),
    ("全市社会消费品零售总额由下降1.5%转为增长2.8%，回升4.3个百分点。", "retail_sales", "growth", 2.8),
    ("全县固定资产投资由上年下降5%转为增长6.5%。", "fixed_asset_investment", "growth", 6.5),
    ("全市规模以上工业增加值由上年增长8%回落至增长4.5%。", "industrial_va", "growth", 4.5),
    ("全市城镇调查失业率由上年的5.5%下降到5.1%。", "urban_unemployment_rate", "share", 5.1),
])
def test_change_from_one_growth_to_another(body, ind, measure, value):
    fs = facts(f"2024年，{body}\n", report_year=2025)
    assert val(fs, (ind, "actual", "2024", measure)) == (value, "eq")


@pytest.mark.parametrize("body, ind, value", [
    # the start closed by no end figure, or compared by a difference: the year's own figure stays
    ("全市地区生产总值增长5.2%，由上年的下降1.2%转为正增长。", "gdp", 5.2),
    ("全市规模以上工业增加值增长4.5%，增速由上年增长8%回落3.5个百分点。", "industrial_va", 4.5),
    ("全市居民消费价格上涨0.3%，涨幅由上年上涨2%收窄1.7个百分点。", "cpi", 0.3),
])
def test_change_from_start_without_end_figure(body, ind, value):
    fs = facts(f"2024年，{body}\n", report_year=2025)
    assert val(fs, (ind, "actual", "2024", "growth")) == (value, "eq")
    assert [f.value for k, f in fs.items() if k[0] == ind] == [value]


def test_start_without_end_figure_is_no_fact_of_the_year():
    fs = facts("2024年，全县一般公共预算收入由上年下降3%转为增长，完成12.5亿元。\n", report_year=2025)
    assert val(fs, ("general_budget_revenue", "actual", "2024", "level")) == (12.5, "eq")
    assert ("general_budget_revenue", "actual", "2024", "growth") not in fs


# 3. Tourism revenue named by its last word after the visitors' count, the count written with 余/多/近/超
@pytest.mark.parametrize("body, visits, revenue", [
    ("全市接待游客3200余万人次、实现收入280亿元。", (3200, "at_least"), 280),
    ("全县接待游客近800万人次，实现收入65亿元。", (800, "about"), 65),
    ("全市接待游客1.2亿多人次，实现收入1100亿元。", (1.2, "at_least"), 1100),
    ("全市接待游客超3000万人次，实现收入300亿元。", (3000, "at_least"), 300),
])
def test_tourism_revenue_after_an_approximate_count(body, visits, revenue):
    fs = facts(f"2024年，{body}\n", report_year=2025)
    assert val(fs, ("tourist_visits", "actual", "2024", "level")) == visits
    assert val(fs, ("tourism_revenue", "actual", "2024", "level")) == (revenue, "eq")


@pytest.mark.parametrize("body", [
    "全市引进企业30余家，实现收入300亿元。",
    "全市接待游客3000余万人次，实现营业收入300亿元。",
    "全县新建旅游接待中心3个，新增旅游接待床位5000张。",
])
def test_no_tourism_revenue_without_the_visitors_count(body):
    fs = facts(f"2024年，{body}\n", report_year=2025)
    assert not any(k[0] == "tourism_revenue" for k in fs)
    assert not any(k[0] == "tourist_visits" and f.unit != "万人次" for k, f in fs.items())


# 4. A start not closed by 到/至 but by the clause's end ("增速由上年的8%回落3个百分点，全年增长5%"): the year's
# figure in the next clause is no start; a start whose change word the figure holds (由上年下降5%) is a start
@pytest.mark.parametrize("body, ind, value", [
    ("全市规模以上工业增加值增速由上年的8%回落3个百分点，全年增长5%。", "industrial_va", 5),
    ("全市地区生产总值增速由一季度的4.5%回升1个百分点，全年增长5.5%。", "gdp", 5.5),
    ("全县固定资产投资由上年下降5%回升15个百分点，全年增长10%。", "fixed_asset_investment", 10),
    ("全市地区生产总值由一季度的下降2%逐季回升，全年增长3.5%。", "gdp", 3.5),
])
def test_start_closed_by_the_clause_end(body, ind, value):
    fs = facts(f"2024年，{body}\n", report_year=2025)
    assert val(fs, (ind, "actual", "2024", "growth")) == (value, "eq")


def test_start_of_a_level_still_open_over_its_list():
    # "分别由…和…增加到…": the starts joined by 和/、 wait for their end
    fs = facts("2024年，城乡居民人均可支配收入分别由2020年的38000元和18000元增加到45100元和21300元。\n", report_year=2025)
    assert val(fs, ("urban_disposable_income", "actual", "2024", "level")) == (45100, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2024", "level")) == (21300, "eq")
