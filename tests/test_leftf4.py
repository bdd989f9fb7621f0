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
# result: the target is the revised figure, the result the actual (never the target read as the result)
# (decision of the lead, docs/decisions.md: a target revised in the year is the REVISED figure, as the end of 由X调整为Y is)
@pytest.mark.parametrize("doc,ind,y,target,actual", [
    (gov(2024, "市", "2023年，全市地区生产总值预期目标增长8%，年中调整为6.5%，实际增长6.8%。"), "gdp", 2024, (6.5, "eq"), (6.8, "eq")),
    (gov(2023, "县", "2022年，全县规模以上工业增加值年初目标增长10%，年中调整为7%，实际增长7.6%。"), "industrial_va", 2023,
     (7, "eq"), (7.6, "eq")),
    (gov(2021, "县", "2020年，全县一般公共预算收入年初预期增长6%，执行中调整为下降3%，实际下降2.4%。"), "general_budget_revenue",
     2021, (-3, "eq"), (-2.4, "eq")),
    (plan_report(2024, "省", "2023年，全省地区生产总值预期增长6.5%左右，年中调整为6%左右，初步核算增长5.8%。"), "gdp", 2024,
     (6, "about"), (5.8, "eq")),
    (gov(2023, "州", "2022年，全州地区生产总值年初预期增长7%，8月份调整为增长5%，全年实际增长4.6%。"), "gdp", 2023,
     (5, "eq"), (4.6, "eq")),
    (gov(2023, "市", "过去一年，全市社会消费品零售总额年初预期增长9%，后调整为增长6%，全年实际增长6.3%。"), "retail_sales", 2023,
     (6, "eq"), (6.3, "eq")),
    (gov(2024, "市", "2023年，全市外贸进出口总额年初目标增长8%，年中调减为3%，实际完成增长3.5%。"), "foreign_trade", 2024,
     (3, "eq"), (3.5, "eq")),
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
    # a budget revised with no result after it: the revised budget is the target, nothing is the result
    # (decision of the lead, docs/decisions.md: a target revised in the year is the REVISED figure, as the end of 由X调整为Y is)
    (gov(2018, "县", "2017年，全县一般公共预算支出年初预算32亿元，年中调整为35亿元。"), 2018,
     ("general_budget_expenditure", "target", "2017", "level"), (35, "eq"), ("general_budget_expenditure", "actual", "2017", "level")),
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
    (gov(2019, "县", "2018年，全县城镇登记失业率控制在3.5%以内，全年实际为2.8%。"), 2019, "registered_unemployment_rate", "share",
     (3.5, "at_most"), (2.8, "eq")),
    (gov(2022, "市", "2021年，全市城镇登记失业率控制在4.5%以内，12月末为3.1%。"), 2022, "registered_unemployment_rate", "share",
     (4.5, "at_most"), (3.1, "eq")),
    (gov(2024, "县", "2023年，全县一般公共预算收入年初预算增长5%，年中调整为下降2%，执行结果为下降1.6%。"), 2024,
     "general_budget_revenue", "growth", (-2, "eq"), (-1.6, "eq")),  # (the revised target: docs/decisions.md)
    # a plan report's item, the result's bare word before its figure (实际5.1%)
    (plan_report(2024, "市", "（一）主要预期目标\n城镇调查失业率：预期5.5%左右，实际5.1%。"), 2024, "urban_unemployment_rate", "share",
     (5.5, "about"), (5.1, "eq")),
    # a plan report of December: the year it closes is 今年, its result an estimate (预计年末为)
    ("关于某某市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n——2019年12月20日在市人大常委会第十次会议上\n"
     "一、2019年计划执行情况\n今年，全市城镇登记失业率控制在4.5%以内，预计年末为3.3%。\n二、2020年计划草案\n"
     "2020年主要预期目标：地区生产总值增长5%左右。\n", 2020, "registered_unemployment_rate", "share", (4.5, "at_most"), (3.3, "eq")),
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
    # a bound kept, then a change of another kind: both results
    (gov(2024, "市", "2023年，全市PM2.5平均浓度控制在35微克/立方米以内，全年下降8%。"),
     ("pm25", "actual", "2023", "level"), (35, "at_most"), ("pm25", "target", "2023", "level")),
    (gov(2024, "市", "2023年，全市城镇登记失业率控制在4%以内，城镇新增就业1.2万人。"),
     ("registered_unemployment_rate", "actual", "2023", "share"), (4, "at_most"), ("registered_unemployment_rate", "target", "2023", "share")),
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


# 5. A ratio's change in percentage points, for a stock stated as its ratio too (空气质量优良天数比例): pp_change
@pytest.mark.parametrize("doc,y,keys", [
    (gov(2024, "市", "2023年，全市空气质量优良天数比例提高3.2个百分点。"), 2024, {("good_air_days", "actual", "2023", "pp_change"): (3.2, "eq")}),
    (gov(2024, "市", "2023年，全市空气质量优良天数比例达到88.5%，提高3.2个百分点。"), 2024,
     {("good_air_days", "actual", "2023", "pp_change"): (3.2, "eq"), ("good_air_days", "actual", "2023", "share"): (88.5, "eq")}),
    (gov(2025, "市", "2024年，全市空气质量优良率92.3%，较上年提升1.6个百分点。"), 2025,
     {("good_air_days", "actual", "2024", "pp_change"): (1.6, "eq")}),
    (gov(2024, "区", "2023年，全区空气质量优良天数比例为85.2%，同比下降2.1个百分点。"), 2024,
     {("good_air_days", "actual", "2023", "pp_change"): (-2.1, "eq")}),
    (gov(2024, "市", "全市地区生产总值增长5%。", "2024年主要预期目标：空气质量优良天数比例提高1个百分点，PM2.5平均浓度下降3%。\n"), 2024,
     {("good_air_days", "target", "2024", "pp_change"): (1, "eq")}),
])
def test_a_ratios_points(doc, y, keys):
    fs = facts(doc, report_year=y)
    for k, v in keys.items():
        assert val(fs, k) == v


# not: a change in days, a gap to another figure, a rate's own change in points
@pytest.mark.parametrize("doc,key,v,absent", [
    (gov(2024, "市", "2023年，全市空气质量优良天数达到320天，增加7天。"),
     ("good_air_days", "actual", "2023", "level"), (320, "eq"), ("good_air_days", "actual", "2023", "pp_change")),
    (gov(2024, "市", "2023年，全市空气质量优良天数比例88.5%，高于全省平均3.2个百分点。"),
     ("good_air_days", "actual", "2023", "share"), (88.5, "eq"), ("good_air_days", "actual", "2023", "pp_change")),
    (gov(2024, "市", "2023年，全市空气质量优良天数比例88.5%，比全省高3.2个百分点。"),
     ("good_air_days", "actual", "2023", "share"), (88.5, "eq"), ("good_air_days", "actual", "2023", "pp_change")),
    (gov(2024, "县", "2023年，全县一般公共预算收入增长8%，增速较上年提高3个百分点。"),
     ("general_budget_revenue", "actual", "2023", "growth"), (8, "eq"), ("general_budget_revenue", "actual", "2023", "pp_change")),
    (gov(2024, "市", "2023年，全市居民消费价格上涨2.1%，涨幅回落0.5个百分点。"),
     ("cpi", "actual", "2023", "growth"), (2.1, "eq"), ("cpi", "actual", "2023", "pp_change")),
])
def test_points_lookalikes(doc, key, v, absent):
    fs = facts(doc, report_year=2024)
    assert val(fs, key) == v
    assert absent not in fs


NATIONAL = ("政府工作报告\n——{y}年3月5日在第十四届全国人民代表大会第一次会议上\n国务院总理 李克强\n\n一、{part}\n{body}\n\n"
            "二、对今年政府工作的建议\n今年发展主要预期目标是：国内生产总值增长5%左右。\n")


# 6. A doubling over the ten years its clause names is dated by them, near it (接近) is about; a base year in
# another clause before is not the figure's
@pytest.mark.parametrize("doc,y,key,v", [
    (NATIONAL.format(y=2023, part="过去一年和五年工作回顾",
                     body="五年来，我国经济实力明显提升。国内生产总值增加到121万亿元，全国财政收入十年接近翻一番。"), 2023,
     ("general_budget_revenue", "actual", "2013-2022", "growth"), (100, "about")),
    (gov(2023, "市", "五年来，全市经济实力跃上新台阶，经济总量十年翻一番。"), 2023, ("gdp", "actual", "2013-2022", "growth"), (100, "eq")),
    (gov(2021, "市", "“十三五”时期，全市经济总量比2010年翻一番，一般公共预算收入年均增长8.2%。"), 2021,
     ("general_budget_revenue", "actual", "2016-2020", "growth"), (8.2, "eq")),
])
def test_a_doubling_over_ten_years(doc, y, key, v):
    fs = facts(doc, report_year=y)
    assert val(fs, key) == v
    assert (key[0], "actual", f"{y - 5}-{y - 1}", "growth") not in fs or key[2] == f"{y - 5}-{y - 1}"


# not: a base year leading the sentence stays every figure's; a doubling over the base year named
@pytest.mark.parametrize("doc,y,key,v", [
    (gov(2021, "市", "与2015年相比，全市一般公共预算收入增长45%，城镇化率提高8.2个百分点。"), 2021,
     ("urbanization_rate", "actual", "2016-2020", "pp_change"), (8.2, "eq")),
    (gov(2021, "市", "“十三五”时期，全市经济总量比2010年翻一番，一般公共预算收入年均增长8.2%。"), 2021,
     ("gdp", "actual", "2011-2020", "growth"), (100, "eq")),
    (gov(2024, "市", "2023年，全市地区生产总值增长5.5%，十年间经济总量翻了一番。"), 2024, ("gdp", "actual", "2023", "growth"), (5.5, "eq")),
])
def test_base_years_kept(doc, y, key, v):
    assert val(facts(doc, report_year=y), key) == v


# a change with no cue of its own in a part on the five years reviewed ("过去一年和五年工作回顾 > （八）…") is over
# the five years; a level there is the last year's; a sentence or paragraph on the one year keeps its year
def test_a_change_in_a_part_on_five_years():
    # (as the national report of 2023: the year's paragraph, then the five years' opening before the sub-sections)
    body = ("过去一年，国内生产总值增长3%。\n\n过去五年极不寻常、极不平凡。五年来，我们主要做了以下工作。\n\n（八）坚持人与自然和谐发展，生态文明建设取得明显成效。\n"
            "重拳整治大气污染，重点城市细颗粒物（PM2.5）平均浓度下降30%以上，地级及以上城市空气质量优良天数比例达86.5%、上升4个百分点。")
    fs = facts(NATIONAL.format(y=2023, part="过去一年和五年工作回顾", body=body), report_year=2023)
    assert val(fs, ("good_air_days", "actual", "2018-2022", "pp_change")) == (4, "eq")
    assert val(fs, ("good_air_days", "actual", "2022", "share")) == (86.5, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (3, "eq")
    fs = facts(NATIONAL.format(y=2023, part="过去一年工作回顾", body=body.replace("过去五年极不寻常、极不平凡。五年来，我们主要做了以下工作。\n\n", "")),
               report_year=2023)
    assert val(fs, ("good_air_days", "actual", "2022", "pp_change")) == (4, "eq")
    # the part itself, no sub-section: the same, unless a year's result stands in the lines before
    body = ("五年来，我们主要做了以下工作。\n\n" + "坚持以人民为中心，民生保障不断加强。" * 60 + "\n\n"
            "坚持人与自然和谐发展，着力治理环境污染。重拳整治大气污染，重点地区细颗粒物（PM2.5）平均浓度下降30%以上。")
    fs = facts(NATIONAL.format(y=2018, part="过去五年工作回顾", body=body), report_year=2018)
    assert val(fs, ("other:重点地区PM2.5平均浓度", "actual", "2013-2017", "growth")) == (-30, "at_least")
    body = "过去一年，国内生产总值增长6.9%。\n\n重拳整治大气污染，重点地区细颗粒物（PM2.5）平均浓度下降30%以上。"
    fs = facts(NATIONAL.format(y=2018, part="过去五年工作回顾", body=body), report_year=2018)
    assert val(fs, ("other:重点地区PM2.5平均浓度", "actual", "2017", "growth")) == (-30, "at_least")


# 1b. A target set for the year reviewed, its words between the name and the figure (预期目标增长8%, 年初目标为12亿元,
# 目标3000人) with no result or a result after it: the target, the result the actual
@pytest.mark.parametrize("review,keys", [
    ("2023年，全市地区生产总值预期目标增长8%。", {("gdp", "target", "2023", "growth"): (8, "eq")}),
    ("2023年，全市一般公共预算收入年初目标为12亿元，完成12.5亿元。",
     {("general_budget_revenue", "target", "2023", "level"): (12, "eq"), ("general_budget_revenue", "actual", "2023", "level"): (12.5, "eq")}),
    ("2023年，全县城镇新增就业目标3000人，完成3250人。",
     {("urban_new_jobs", "target", "2023", "level"): (3000, "eq"), ("urban_new_jobs", "actual", "2023", "level"): (3250, "eq")}),
    ("2023年，全市地区生产总值目标为增长7%，完成6.5%。",
     {("gdp", "target", "2023", "growth"): (7, "eq"), ("gdp", "actual", "2023", "growth"): (6.5, "eq")}),
])
def test_a_target_set_in_a_review(review, keys):
    fs = facts(gov(2024, "市", review), report_year=2024)
    for k, v in keys.items():
        assert val(fs, k) == v


# not: a target met (完成预期目标) before the figure reached, nor this year's target part
@pytest.mark.parametrize("doc,key,v", [
    (gov(2024, "市", "2023年，全市地区生产总值完成预期目标，达到520亿元。"), ("gdp", "actual", "2023", "level"), (520, "eq")),
    (gov(2024, "市", "2023年，全市地区生产总值增长5.2%。", "2024年主要预期目标：地区生产总值预期目标增长6%左右。\n"),
     ("gdp", "target", "2024", "growth"), (6, "about")),
    (plan_report(2024, "市", "全市地区生产总值增长5.2%。", "1.地区生产总值。预期目标增长6%左右。\n2.城镇新增就业。目标1.2万人。\n"),
     ("urban_new_jobs", "target", "2024", "level"), (1.2, "eq")),
])
def test_targets_set_lookalikes(doc, key, v):
    fs = facts(doc, report_year=2024)
    assert val(fs, key) == v
    assert not any(k[1] == "target" and k[2] == "2023" for k in fs)


# self-review look-alikes: a targets title after the review's lines turn to this year (an unnumbered part of the
# plan the outline did not see) still gives this year's targets
@pytest.mark.parametrize("turn", [
    "\n2024年政府工作的总体要求和主要目标\n今年政府工作的总体要求是：坚持稳中求进。\n",
    "\n今年工作的总体要求和主要目标\n",
    "做好今年工作，要坚持稳中求进。\n",
])
def test_a_targets_title_after_a_turn_to_this_year(turn):
    doc = ("某某县政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长5.2%。" + turn
           + "（一）主要预期目标\n地区生产总值增长6%左右，城镇新增就业1200人。\n")
    fs = facts(doc, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (1200, "eq")


# a base year in the first clause is shared by a change after it (only a yearly average does not take it)
def test_a_base_year_shared_by_the_next_change():
    fs = facts(gov(2021, "市", "2020年，全市地区生产总值比2015年增长45%，一般公共预算收入增长60%。"), report_year=2021)
    assert val(fs, ("general_budget_revenue", "actual", "2016-2020", "growth")) == (60, "eq")


# a sentence of a five-year part that says 全年 is the one year's
def test_a_years_figure_in_a_part_on_five_years():
    doc = ("某某市政府工作报告\n一、过去五年工作回顾\n（三）坚持生态优先\n全年居民消费价格上涨2%，空气质量优良天数比例提高3个百分点。\n"
           "二、今后五年目标\n")
    assert val(facts(doc, report_year=2023), ("cpi", "actual", "2022", "growth")) == (2, "eq")


# 4. A stock after what it gained, in the same name's figures (新增高新技术企业15家、累计120家): the stock's level
@pytest.mark.parametrize("said,key,v", [
    ("新增高新技术企业15家、累计120家。", ("high_tech_enterprises", "actual", "2023", "level"), (120, "eq")),
    ("新增国家高新技术企业15家，累计认定120家。", ("high_tech_enterprises", "actual", "2023", "level"), (120, "eq")),
    ("高新技术企业达到120家，新增高新技术企业15家。", ("high_tech_enterprises", "actual", "2023", "level"), (120, "eq")),
    ("新增市场主体8200户，总量达到5.6万户。", ("market_entities", "actual", "2023", "level"), (5.6, "eq")),
    # not: what was added over the years (累计新增), nor a count's own total
    ("新增高新技术企业15家、累计新增60家。", ("high_tech_enterprises", "actual", "2023", "level"), (15, "eq")),
    ("新增城镇就业1.2万人，累计达到5.6万人。", ("urban_new_jobs", "actual", "2023", "level"), (1.2, "eq")),
])
def test_a_stock_after_its_gain(said, key, v):
    assert val(facts(gov(2024, "市", "2023年，全市" + said), report_year=2024), key) == v


# speed: every strength's cue patterns keep the prefilter's index (a pattern whose first characters cannot be
# known, a lookbehind or \d at its start, makes every window scan each pattern and rebuild the index)
def test_role_cues_keep_their_index():
    from planwatch.extract import facts as F
    for strength, (_, patterns) in F._role_cues().items():
        assert patterns._index() is not None, strength
