"""Leftovers of the fact classes (branch leftf3): budgets set then done, abbreviations of the
headline names, 兵团 divisions' own word, in county, banner and city reports of 2016–2019, with the
look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

GBR = "general_budget_revenue"
GBE = "general_budget_expenditure"


# 1. A budget set (年初预算为 / 调整预算为 / 收入预算为) and its result after it: the budget is the target of
# the year reviewed, the result its actual (the figure right after the budget word is not taken as the result)
@pytest.mark.parametrize("sent,ind,target,actual", [
    ("2017年，全县一般公共预算收入年初预算为12亿元，完成12.6亿元，为预算的105%。", GBR, 12, 12.6),
    ("2017年，全市一般公共预算收入调整预算为25亿元，完成24.8亿元，同比增长3.1%。", GBR, 25, 24.8),
    ("2017年，全旗一般公共预算收入年初预算8.6亿元，实际完成9.1亿元，增长6.2%。", GBR, 8.6, 9.1),
    ("2017年，全市一般公共预算收入预算为52亿元，实际完成53.6亿元，完成预算的103.1%。", GBR, 52, 53.6),
    ("2017年，全县一般公共预算支出预算为42亿元，实际支出41.6亿元。", GBE, 42, 41.6),
    ("2017年，全州一般公共预算支出调整预算为95.2亿元，完成93.7亿元。", GBE, 95.2, 93.7),
    # a budget revised in the year (执行中调整为 / 年中调整为) between the budget and the result: the revised budget
    # (decision of the lead, docs/decisions.md: a target revised in the year is the REVISED figure, as the end of 由X调整为Y is)
    ("2017年，全县一般公共预算收入年初预算9.3亿元，执行中调整为9亿元，实际完成9.2亿元，增长2.1%。", GBR, 9, 9.2),
    ("2017年，全县一般公共预算支出年初预算32亿元，年中调整为35亿元，完成34.6亿元。", GBE, 35, 34.6),
])
def test_budget_then_result(sent, ind, target, actual):
    fs = facts(sent, report_year=2018)
    assert val(fs, (ind, "target", "2017", "level")) == (target, "eq")
    assert val(fs, (ind, "actual", "2017", "level")) == (actual, "eq")


# this year's budget in this year's report stays this year's target; a result with no budget stays a result
@pytest.mark.parametrize("sent,key,v", [
    ("2018年，全县一般公共预算收入预算为13亿元，增长5%。", (GBR, "target", "2018", "level"), 13),
    ("今年，全县一般公共预算收入预算13亿元。", (GBR, "target", "2018", "level"), 13),
    ("2017年，全县一般公共预算收入完成12.6亿元，完成预算的105%。", (GBR, "actual", "2017", "level"), 12.6),
    ("2017年，全县一般公共预算收入预算执行良好，完成12.6亿元。", (GBR, "actual", "2017", "level"), 12.6),
])
def test_budget_lookalikes(sent, key, v):
    fs = facts(sent, report_year=2018)
    assert val(fs, key) == (v, "eq")
    assert len([k for k in fs if k[0] == key[0] and k[3] == "level"]) == 1


# 2. Abbreviations of the headline names in county reports (规工增加值), a five-year total with 累计 inside
# the name (城镇累计新增就业), and a 兵团 division's own word for itself (师市)
@pytest.mark.parametrize("sent,key,v", [
    ("2017年，全县规工增加值增长9.2%，固投增长12%，社消零增长8.5%。", ("industrial_va", "actual", "2017", "growth"), 9.2),
    ("2017年，规工增加值完成46亿元，增长6.8%。", ("industrial_va", "actual", "2017", "level"), 46),
    ("五年来，全市城镇累计新增就业5.6万人。", ("urban_new_jobs", "actual", "2013-2017", "level"), 5.6),
    ("2017年，师市生产总值完成185.6亿元，增长8.2%。", ("gdp", "actual", "2017", "level"), 185.6),
    ("2017年，师市一般公共预算收入完成12.3亿元。", (GBR, "actual", "2017", "level"), 12.3),
])
def test_short_names_and_own_words(sent, key, v):
    assert val(facts(sent, report_year=2018), key) == (v, "eq")


@pytest.mark.parametrize("sent,ind", [
    ("2017年，全县规上工业企业达到\n12\n家，规上工业增\n加值增长8.1%。", "industrial_va"),
    ("2017年，全县新增规上企业 12 家，规上工业增加值增长8.1%。", "industrial_va"),
])
def test_counts_of_firms_are_no_value_added(sent, ind):
    fs = facts(sent, report_year=2018)
    assert (ind, "actual", "2017", "level") not in fs
    assert val(fs, (ind, "actual", "2017", "growth")) == (8.1, "eq")


# 3. A rate's rank in the field of the county economies (在全省县域排名第12位): the field is 全省; a
# ranking of the county economy as a whole (县域经济排名, 综合考核) is no rank of the figure
@pytest.mark.parametrize("sent,ind,rank", [
    ("2018年，全县生产总值完成156亿元，增长8%，增速在全省县域排名第12位。", "gdp", 12),
    ("2018年，全县一般公共预算收入完成8.6亿元，增长12%，增幅在全市县域排第2位。", GBR, 2),
    ("2018年，全县生产总值增长8%，增速居全省县域第12位。", "gdp", 12),
])
def test_rank_among_county_economies(sent, ind, rank):
    assert val(facts(sent, report_year=2019), (ind, "actual", "2018", "rank")) == (rank, "eq")


@pytest.mark.parametrize("sent", [
    "2018年，全县生产总值完成156亿元，增长8%，在全省县域经济排名第12位。",
    "2018年，全县生产总值完成156亿元，增长8%，在全省县域经济综合考核中排名第12位。",
    "2018年，全县地区生产总值完成320亿元，增长6.5%，在全国百强县中排名第40位。",
])
def test_composite_county_rankings_give_no_rank(sent):
    fs = facts(sent, report_year=2019)
    assert ("gdp", "actual", "2018", "rank") not in fs
    assert val(fs, ("gdp", "actual", "2018", "level"))[0] in (156, 320)


# 4. A change since a base year (比2012年翻了一番, 比2012年增长1.2倍, 比2012年增长80%) before the year's own
# growth: both are facts, the first over the years since the base, the second the year's (it was dropped,
# or dated by the first one's base)
@pytest.mark.parametrize("sent,ind,span,first,year_growth", [
    ("2017年，全市地区生产总值达到520亿元，比2012年翻了一番，增长7.8%。", "gdp", "2013-2017", 100, 7.8),
    ("2017年，全市一般公共预算收入比2012年增长1.2倍，达到36亿元，增长6%。", GBR, "2013-2017", 120, 6),
    ("2017年，全市一般公共预算收入比2012年增长80%，达到36亿元，增长6%。", GBR, "2013-2017", 80, 6),
    ("2017年，全县实现地区生产总值40.5亿元，总量比“十二五”初翻了一番，增速为8.2%。", "gdp", "2011-2017", 100, 8.2),
])
def test_change_since_a_base_then_the_years_growth(sent, ind, span, first, year_growth):
    fs = facts(sent, report_year=2018)
    assert val(fs, (ind, "actual", span, "growth")) == (first, "eq")
    assert val(fs, (ind, "actual", "2017", "growth")) == (year_growth, "eq")


# the base still dates every value of a 分别 list after it, and a change in points after a level
def test_base_year_still_dates_a_list_and_points():
    fs = facts("五年来，全市地区生产总值、一般公共预算收入比2012年分别增长60%、80%。", report_year=2018)
    assert val(fs, ("gdp", "actual", "2013-2017", "growth")) == (60, "eq")
    assert val(fs, (GBR, "actual", "2013-2017", "growth")) == (80, "eq")
    fs = facts("五年来，全市城镇化率达到52%，比2012年提高6个百分点。", report_year=2018)
    assert val(fs, ("urbanization_rate", "actual", "2013-2017", "pp_change")) == (6, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2017", "share")) == (52, "eq")
    # a base leading the sentence is every figure's after it, a figure between or not
    fs = facts("五年来，全市经济稳步发展。与2012年相比，一般公共预算收入增长45%，城镇化率提高8.2个百分点。", report_year=2018)
    assert val(fs, ("urbanization_rate", "actual", "2013-2017", "pp_change")) == (8.2, "eq")
    assert val(fs, (GBR, "actual", "2013-2017", "growth")) == (45, "eq")


# 5. A qualitative energy target with no level named (完成节能减排任务, 节能减排完成任务) in the target list
T17 = "政府工作报告\n一、2016年工作回顾\n全县地区生产总值增长8%。\n二、2017年主要预期目标\n"


@pytest.mark.parametrize("item", ["完成节能减排任务。", "节能减排完成任务。", "全面完成节能减排目标任务。"])
def test_energy_task_is_a_qualitative_target(item):
    fs = facts(T17 + "地区生产总值增长7%；" + item, report_year=2017)
    f = fs[("energy_intensity", "target", "2017", "growth")]
    assert (f.value, f.qualifier) == (None, "qualitative")


@pytest.mark.parametrize("text,key,v", [
    ("政府工作报告\n一、2016年工作回顾\n2016年，全县完成节能减排任务，完成固定资产投资52亿元。\n",
     ("fixed_asset_investment", "actual", "2016", "level"), 52),
    (T17 + "全年完成固定资产投资60亿元。", ("fixed_asset_investment", "target", "2017", "level"), 60),
])
def test_done_with_a_figure_stays_the_figure(text, key, v):
    fs = facts(text, report_year=2017)
    assert val(fs, key) == (v, "eq")
    assert not any(k[0] == "energy_intensity" and k[1] == "actual" for k in fs)


# 6. A count written with a bare 万 (its unit, 人次/人/元, left to the name): the name's unit of ten thousands
@pytest.mark.parametrize("sent,key,v,unit", [
    ("2018年，全县接待游客人次达到186.5万，旅游收入8.3亿元。", ("tourist_visits", "actual", "2018", "level"), 186.5, "万人次"),
    ("2018年，全市常住人口达到120.5万，城镇化率56%。", ("population", "actual", "2018", "level"), 120.5, "万人"),
    ("2018年，全县城镇新增就业人数1.2万，增长5%。", ("urban_new_jobs", "actual", "2018", "level"), 1.2, "万人"),
    ("2018年，全县农村居民人均可支配收入突破1.2万，增长9%。", ("rural_disposable_income", "actual", "2018", "level"), 1.2, "万元"),
])
def test_bare_ten_thousand_takes_the_names_unit(sent, key, v, unit):
    fs = facts(sent, report_year=2019)
    assert fs[key].value == v and fs[key].unit == unit


# a bare 万 before a noun is no figure of the name before it
def test_bare_ten_thousand_before_a_noun_is_nothing():
    fs = facts("2018年，全市地区生产总值增长7%，培育规上企业2万家。", report_year=2019)
    assert ("gdp", "actual", "2018", "level") not in fs


# 7. Qualitative targets in words the table lacked (持续提升, 不断提高, 目标范围内, 稳定在上年水平)
T18 = "政府工作报告\n一、2017年工作回顾\n全县地区生产总值增长8%。\n二、2018年主要预期目标\n地区生产总值增长7%左右，"


@pytest.mark.parametrize("item,key", [
    ("粮食总产量稳定在上年水平。", ("grain_output", "target", "2018", "level")),
    ("空气质量优良天数比例持续提升。", ("good_air_days", "target", "2018", "share")),
    ("城镇调查失业率控制在目标范围内。", ("urban_unemployment_rate", "target", "2018", "share")),
    ("城镇化率不断提高。", ("urbanization_rate", "target", "2018", "share")),
])
def test_more_qualitative_target_words(item, key):
    f = facts(T18 + item, report_year=2018)[key]
    assert (f.value, f.qualifier) == (None, "qualitative")


# 8. A rise in words, then the level reached in a clause of its own ("城镇化率稳步提高，达到45%"): the ratio's
# share (it was read as a growth of a ratio and dropped); a rate's own rise ("增速提高，达到8.2%") stays a growth
R18 = "政府工作报告\n一、2017年工作回顾\n"


@pytest.mark.parametrize("body,key,v", [
    ("全县城镇化率不断提高，达到45%。", ("urbanization_rate", "actual", "2017", "share"), 45),
    ("全县森林覆盖率稳步提升，达到62.3%。", ("forest_coverage", "actual", "2017", "share"), 62.3),
    ("全县服务业增加值占比稳步提升，达到45%。", ("tertiary_share", "actual", "2017", "share"), 45),
    ("全县地区生产总值增速提高，达到8.2%。", ("gdp", "actual", "2017", "growth"), 8.2),
    ("全县地区生产总值增速明显提高，达到8.2%。", ("gdp", "actual", "2017", "growth"), 8.2),
    ("全县经济增速提高，达到8.2%。", ("gdp", "actual", "2017", "growth"), 8.2),
    ("全县规上工业增加值增速回升，达到8.2%。", ("industrial_va", "actual", "2017", "growth"), 8.2),
    # a fall in words, then the rate: "失业率持续下降，为3.1%"; a price's rise, then its rate: "温和上涨，涨幅为1.8%"
    ("全县城镇登记失业率持续下降，为3.1%。", ("registered_unemployment_rate", "actual", "2017", "share"), 3.1),
    ("全县居民消费价格温和上涨，涨幅为1.8%。", ("cpi", "actual", "2017", "growth"), 1.8),
    ("全县单位生产总值能耗持续下降，下降4.2%。", ("energy_intensity", "actual", "2017", "growth"), -4.2),
    # the year's end named before the level ("年末达到"), the total named again ("粮食生产…，总产量达到")
    ("城镇化率稳步提升，年末达到46.8%。", ("urbanization_rate", "actual", "2017", "share"), 46.8),
    ("城镇登记失业率持续下降，年末为3.1%。", ("registered_unemployment_rate", "actual", "2017", "share"), 3.1),
    ("粮食生产再获丰收，总产量达到21.6万吨。", ("grain_output", "actual", "2017", "level"), 21.6),
])
def test_rise_then_level_reached(body, key, v):
    assert val(facts(R18 + body, report_year=2018), key) == (v, "eq")



def test_another_products_total_is_not_grain():
    fs = facts(R18 + "全县粮食总产量21万吨，肉类总产量3.2万吨。", report_year=2018)
    assert val(fs, ("grain_output", "actual", "2017", "level")) == (21, "eq")


# 9. A year ahead named as the year of a stage ("2020年是全面建成小康社会收官之年，届时…" in a report of 2019):
# the figures after it are that year's goals; the report's own year so named stays this year's target
@pytest.mark.parametrize("after", ["届时全县生产总值达到120亿元。", "全县生产总值要达到120亿元。"])
def test_a_year_ahead_named_as_a_stage_dates_a_goal(after):
    fs = facts("2019年主要预期目标：全县生产总值增长8%。2020年是全面建成小康社会收官之年，" + after, report_year=2019)
    assert val(fs, ("gdp", "goal", "2020", "level")) == (120, "eq")
    assert ("gdp", "target", "2019", "level") not in fs


@pytest.mark.parametrize("text,key", [
    ("2020年是全面建成小康社会收官之年，今年全县生产总值增长7%。", ("gdp", "target", "2019", "growth")),
    ("2019年是决胜全面建成小康社会的关键之年，全县生产总值增长7%。", ("gdp", "target", "2019", "growth")),
])
def test_this_year_named_as_a_stage_stays_the_target(text, key):
    assert val(facts(text, report_year=2019), key) == (7, "eq")


# 师市 is a division's own word for itself; "南疆师市" in the 兵团's own report is a part (tests/test_parts2.py)
def test_shishi_at_clause_start_is_own():
    fs = facts("2017年，全师市生产总值完成185.6亿元。", report_year=2018)
    assert val(fs, ("gdp", "actual", "2017", "level")) == (185.6, "eq")
