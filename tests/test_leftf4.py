"""Fact classes left open (branch leftf4): a target revised in the year and its result, a target then its
result in a review, a targets title inside a review, a ratio's change in percentage points, changes over
spans the format cannot date; in city, county, province and plan reports of 2016–2025, with the look-alikes
that must not change."""
from __future__ import annotations

import pytest

from factkeys import facts, val


def gov(year: int, lvl: str, review: str, plan: str | None = None) -> str:
    plan = plan if plan is not None else f"{year}年全{lvl}经济社会发展的主要预期目标是：全{lvl}地区生产总值增长5%左右。\n"
    return (f"某某{lvl}政府工作报告\n——{year}年1月12日在某某{lvl}第十六届人民代表大会第三次会议上\n\n"
            f"一、{year - 1}年工作回顾\n{review}\n\n二、{year}年工作安排\n{plan}")


def plan_report(year: int, lvl: str, review: str, plan: str | None = None) -> str:
    plan = plan if plan is not None else f"{year}年主要预期目标建议为：地区生产总值增长5%左右。\n"
    return (f"关于某某{lvl}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n{review}\n\n二、{year}年国民经济和社会发展计划草案\n{plan}")


# 1. A target revised in the year (年中调整为, 执行中调整为, 后调减为, 8月份调整为) between the target and the
# result: the target is the one first stated, the result the actual (never the target read as the result)
@pytest.mark.parametrize("doc,ind,y,target,actual", [
    (gov(2024, "市", "2023年，全市地区生产总值预期目标增长8%，年中调整为6.5%，实际增长6.8%。"), "gdp", 2024, (8, "eq"), (6.8, "eq")),
    (gov(2023, "县", "2022年，全县规模以上工业增加值年初目标增长10%，年中调整为7%，实际增长7.6%。"), "industrial_va", 2023,
     (10, "eq"), (7.6, "eq")),
    (gov(2021, "县", "2020年，全县一般公共预算收入年初预期增长6%，执行中调整为下降3%，实际下降2.4%。"), "general_budget_revenue",
     2021, (6, "eq"), (-2.4, "eq")),
    (plan_report(2024, "省", "2023年，全省地区生产总值预期增长6.5%左右，年中调整为6%左右，初步核算增长5.8%。"), "gdp", 2024,
     (6.5, "about"), (5.8, "eq")),
    (gov(2023, "州", "2022年，全州地区生产总值年初预期增长7%，8月份调整为增长5%，全年实际增长4.6%。"), "gdp", 2023,
     (7, "eq"), (4.6, "eq")),
    (gov(2023, "市", "过去一年，全市社会消费品零售总额年初预期增长9%，后调整为增长6%，全年实际增长6.3%。"), "retail_sales", 2023,
     (9, "eq"), (6.3, "eq")),
    (gov(2024, "市", "2023年，全市外贸进出口总额年初目标增长8%，年中调减为3%，实际完成增长3.5%。"), "foreign_trade", 2024,
     (8, "eq"), (3.5, "eq")),
])
def test_a_target_revised_then_its_result(doc, ind, y, target, actual):
    fs = facts(doc, report_year=y)
    assert val(fs, (ind, "target", str(y - 1), "growth")) == target
    assert val(fs, (ind, "actual", str(y - 1), "growth")) == actual


# not: 调整为 of something else after a figure (a structure, a wage), nor a target part that speaks of adjusting
@pytest.mark.parametrize("doc,y,key,v,absent", [
    (gov(2024, "市", "2023年，全市地区生产总值增长6.1%，三次产业结构调整为8.1:40.2:51.7。"), 2024,
     ("gdp", "actual", "2023", "growth"), (6.1, "eq"), ("gdp", "target", "2023", "growth")),
    (gov(2024, "县", "2023年，全县城镇居民人均可支配收入增长5.5%，最低工资标准调整为每月1900元。"), 2024,
     ("urban_disposable_income", "actual", "2023", "growth"), (5.5, "eq"), ("urban_disposable_income", "actual", "2023", "level")),
    (gov(2024, "市", "2023年，全市一般公共预算收入增长8%。", "2024年主要预期目标：一般公共预算收入增长5%，年中视情况调整为4%。\n"),
     2024, ("general_budget_revenue", "target", "2024", "growth"), (5, "eq"), ("general_budget_revenue", "actual", "2023", "level")),
    # a budget revised with no result after it: the budget first set stays the target, nothing is the result
    (gov(2018, "县", "2017年，全县一般公共预算支出年初预算32亿元，年中调整为35亿元。"), 2018,
     ("general_budget_expenditure", "target", "2017", "level"), (32, "eq"), ("general_budget_expenditure", "actual", "2017", "level")),
])
def test_adjusting_lookalikes(doc, y, key, v, absent):
    fs = facts(doc, report_year=y)
    assert val(fs, key) == v
    assert absent not in fs


# 2. A target in a review (控制在…以内/左右) then its result (年末为, 实际为, 全年为, 实际上涨, 全年上涨): both
@pytest.mark.parametrize("doc,y,ind,measure,target,actual", [
    (gov(2024, "市", "2023年，全市城镇登记失业率控制在4%以内，年末为3.2%。"), 2024, "registered_unemployment_rate", "share",
     (4, "at_most"), (3.2, "eq")),
    (gov(2019, "市", "2018年，全市居民消费价格涨幅控制在3%以内，实际上涨1.8%。"), 2019, "cpi", "growth", (3, "at_most"), (1.8, "eq")),
    (gov(2022, "区", "2021年，全区城镇调查失业率控制在5.5%左右，年末为5.2%。"), 2022, "urban_unemployment_rate", "share",
     (5.5, "about"), (5.2, "eq")),
    (plan_report(2020, "市", "2019年，全市城镇登记失业率控制在4.5%以内，年末实际为3.26%。"), 2020, "registered_unemployment_rate",
     "share", (4.5, "at_most"), (3.26, "eq")),
    (gov(2021, "市", "2020年，全市居民消费价格涨幅控制在3.5%左右，全年上涨2.6%。"), 2021, "cpi", "growth", (3.5, "about"), (2.6, "eq")),
    (gov(2025, "市", "2024年，全市城镇登记失业率控制在4%以内，全年为2.95%。"), 2025, "registered_unemployment_rate", "share",
     (4, "at_most"), (2.95, "eq")),
    (plan_report(2017, "县", "2016年，全县城镇登记失业率计划控制在4.2%以内，执行结果为3.8%。"), 2017, "registered_unemployment_rate",
     "share", (4.2, "at_most"), (3.8, "eq")),
])
def test_a_target_then_its_result_in_a_review(doc, y, ind, measure, target, actual):
    fs = facts(doc, report_year=y)
    assert val(fs, (ind, "target", str(y - 1), measure)) == target
    assert val(fs, (ind, "actual", str(y - 1), measure)) == actual


# not: 控制在 alone in a review is the result; a result then 控制在 is the result; this year's 控制在 is its target
@pytest.mark.parametrize("doc,key,v,absent", [
    (gov(2024, "县", "2023年，全县城镇新增就业4500人，城镇登记失业率控制在3.5%以内。"),
     ("registered_unemployment_rate", "actual", "2023", "share"), (3.5, "at_most"), ("registered_unemployment_rate", "target", "2023", "share")),
    (gov(2024, "市", "2023年，全市城镇登记失业率为3.2%，控制在4%以内。"),
     ("registered_unemployment_rate", "actual", "2023", "share"), (3.2, "eq"), None),
    (gov(2024, "市", "2023年，全市地区生产总值增长5.6%。", "2024年主要预期目标：城镇登记失业率控制在4%以内，城镇新增就业1.5万人。\n"),
     ("registered_unemployment_rate", "target", "2024", "share"), (4, "at_most"), ("registered_unemployment_rate", "actual", "2023", "share")),
    (gov(2024, "市", "2023年，全市金融机构存款余额增长9%，年末为1520亿元。"),
     ("deposit_balance", "actual", "2023", "growth"), (9, "eq"), ("deposit_balance", "target", "2023", "growth")),
])
def test_control_lookalikes(doc, key, v, absent):
    fs = facts(doc, report_year=2024)
    assert val(fs, key) == v
    if absent:
        assert absent not in fs


# 3. A targets title inside a review part ("（一）主要预期目标", or unnumbered) that names no year ahead: its items
# are the year reviewed's results, not this year's targets
@pytest.mark.parametrize("doc,y,keys", [
    (plan_report(2024, "市", "（一）主要预期目标\n地区生产总值增长5.8%，规模以上工业增加值增长7.2%，城镇登记失业率3.1%。\n（二）重点工作"), 2024,
     {("gdp", "actual", "2023", "growth"): (5.8, "eq"), ("industrial_va", "actual", "2023", "growth"): (7.2, "eq"),
      ("registered_unemployment_rate", "actual", "2023", "share"): (3.1, "eq"), ("gdp", "target", "2024", "growth"): (5, "about")}),
    (gov(2024, "县", "（一）主要预期目标\n全县地区生产总值完成185.6亿元，增长5.9%；一般公共预算收入完成12.1亿元，增长6.3%。\n（二）重点工作"),
     2024, {("gdp", "actual", "2023", "level"): (185.6, "eq"), ("general_budget_revenue", "actual", "2023", "growth"): (6.3, "eq")}),
    (plan_report(2019, "县", "主要预期目标\n全县生产总值增长7.8%，固定资产投资增长10.2%，社会消费品零售总额增长9.1%。\n重点工作推进情况"), 2019,
     {("gdp", "actual", "2018", "growth"): (7.8, "eq"), ("retail_sales", "actual", "2018", "growth"): (9.1, "eq")}),
    # the items' own words still decide: the target restated and its result
    (plan_report(2024, "市", "（一）主要预期目标完成情况\n年初确定的主要预期目标：地区生产总值增长6%左右，实际增长5.8%。"), 2024,
     {("gdp", "actual", "2023", "growth"): (5.8, "eq"), ("gdp", "target", "2023", "growth"): (6, "about")}),
])
def test_a_targets_title_in_a_review(doc, y, keys):
    fs = facts(doc, report_year=y)
    for k, v in keys.items():
        assert val(fs, k) == v
    assert not any(k[1] == "target" and k[2] == str(y) and k[0] != "gdp" for k in fs)


# not: the same title in the plan part, or naming this year, or a news page's title after its review
@pytest.mark.parametrize("doc,y,key,v", [
    (plan_report(2024, "市", "全市地区生产总值增长5.6%。", "（一）主要预期目标\n地区生产总值增长6%左右，城镇登记失业率控制在4%以内。\n"),
     2024, ("registered_unemployment_rate", "target", "2024", "share"), (4, "at_most")),
    (gov(2024, "市", "全市地区生产总值增长5.6%。\n（一）2024年主要预期目标\n城镇登记失业率控制在4%以内，居民人均可支配收入增长6%。"),
     2024, ("disposable_income", "target", "2024", "growth"), (6, "eq")),
    (gov(2024, "市", "全市地区生产总值增长5.6%。\n（三）今年主要预期目标\n城镇登记失业率控制在4%以内，居民人均可支配收入增长6%。"),
     2024, ("disposable_income", "target", "2024", "growth"), (6, "eq")),
    ("政府工作报告解读\n过去一年，全市地区生产总值增长5.6%。\n主要预期目标\n地区生产总值增长6%左右，居民人均可支配收入增长6%。\n",
     2024, ("disposable_income", "target", "2024", "growth"), (6, "eq")),
])
def test_targets_titles_that_look_ahead(doc, y, key, v):
    assert val(facts(doc, report_year=y), key) == v
