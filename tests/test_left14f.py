"""Session 17 left14f: fact classes seen on unseen reports — a target named by 年初预期 alone, a target restated past a
gap to another region, the region's own goal after the level above's, a goal dated by the year leading into its name,
long names outside the taxonomy before 分别, 预计 in a sentence turned to this year, goals in a goals-and-tasks part."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "一、2026年工作回顾\n"


# a result compared with a target named by 预期 alone: the comparison word is no bound of the target
@pytest.mark.parametrize("sent,iid,target", [
    ("一般公共预算收入完成38.6亿元，增长5.8%，低于年初预期8%；城镇新增就业6850人。", "general_budget_revenue", (8, "eq")),
    ("一般公共预算收入完成215.6亿元，同比增长4.2%，低于年初预期7.5%，其中税收收入完成150.2亿元。",
     "general_budget_revenue", (7.5, "eq")),
    ("规模以上工业增加值增长10.6%，高于年初预期9%。", "industrial_va", (9, "eq")),
    ("一般公共预算收入增长5.8%，低于预期8%。", "general_budget_revenue", (8, "eq")),
    # (a word after the figure is the target's own)
    ("居民消费价格上涨1.2%，低于预期3%左右。", "cpi", (3, "about")),
])
def test_target_named_by_yuqi_alone(sent, iid, target):
    fs = facts(REVIEW + sent + "\n", report_year=2027)
    assert val(fs, (iid, "target", "2026", "growth")) == target
    assert (iid, "actual", "2026", "growth") in fs


@pytest.mark.parametrize("sent,key,expected", [
    # a target restated with its own bound stays bounded
    ("城镇登记失业率2.8%，控制在预期4%以内。", ("registered_unemployment_rate", "target", "2026", "share"), (4, "at_most")),
    ("居民消费价格上涨1.2%，低于3%左右的预期目标。", ("cpi", "target", "2026", "growth"), (3, "about")),
])
def test_bounded_targets_in_a_review_keep_their_bound(sent, key, expected):
    assert val(facts(REVIEW + sent + "\n", report_year=2027), key) == expected


def test_a_comparison_with_no_target_named_gives_no_target():
    fs = facts(REVIEW + "城镇登记失业率3.2%，低于4%。\n", report_year=2027)
    assert val(fs, ("registered_unemployment_rate", "actual", "2026", "share")) == (3.2, "eq")
    assert not any(k[1] == "target" for k in fs)


# a target restated after a gap to another region's figure: still set against the result before the gap
@pytest.mark.parametrize("sent,key,expected", [
    ("全区地区生产总值增长6.3%，高于全省0.5个百分点，比年初确定的6%左右的预期目标高0.3个百分点。",
     ("gdp", "target", "2026", "growth"), (6, "about")),
    ("全区地区生产总值完成3260亿元，同比增长6.3%，高于全市0.5个百分点，比年初确定的6%左右的预期目标高0.3个百分点。",
     ("gdp", "target", "2026", "growth"), (6, "about")),
    ("全区地区生产总值增长6.3%，高于全市0.5个百分点，低于年初确定的7%的预期目标。",
     ("gdp", "target", "2026", "growth"), (7, "eq")),
])
def test_target_restated_past_a_gap_to_another_region(sent, key, expected):
    fs = facts(REVIEW + sent + "\n", report_year=2027)
    assert val(fs, key) == expected
    assert val(fs, ("gdp", "actual", "2026", "growth")) == (6.3, "eq")


def test_a_gap_to_another_regions_figure_gives_no_target():
    fs = facts(REVIEW + "全区地区生产总值增长6.3%，高于全市0.5个百分点，比全市平均水平的6%高。\n", report_year=2027)
    assert ("gdp", "target", "2026", "growth") not in fs


# the gap to a target, written after the target's figure, is no change of the indicator
def test_gap_after_the_targets_figure_is_no_change():
    fs = facts(REVIEW + "城镇化率达到62%，比年初确定的61%的目标高1个百分点。\n", report_year=2027)
    assert val(fs, ("urbanization_rate", "target", "2026", "share")) == (61, "eq")
    assert ("urbanization_rate", "target", "2026", "pp_change") not in fs


def test_a_change_in_points_stays_a_change():
    fs = facts(REVIEW + "常住人口城镇化率达到62%，比上年提高1个百分点。\n", report_year=2027)
    assert val(fs, ("urbanization_rate", "actual", "2026", "pp_change")) == (1, "eq")


GOALS = "二、“十五五”时期主要目标和2027年工作安排\n"
OWN = dict(report_year=2027, region="宜都市", level="county")


# the region's own goal after the level above's, its name left out
@pytest.mark.parametrize("sent,expected", [
    ("“十五五”时期，全省地区生产总值年均增长5.5%左右，我市力争年均增长6.5%以上。", (6.5, "at_least")),
    ("“十五五”时期，全省地区生产总值年均增长5.5%左右，我市年均增长6%左右。", (6, "about")),
    ("今后五年，全省生产总值年均增长5%左右，我市确保年均增长6%。", (6, "eq")),
    ("“十五五”时期，全省地区生产总值年均增长5.5%左右，宜都市年均增长6.5%以上，研发经费投入强度达到3%。", (6.5, "at_least")),
])
def test_own_goal_after_the_level_aboves(sent, expected):
    fs = facts(GOALS + sent + "\n", **OWN)
    goals = [k for k in fs if k[:2] == ("gdp", "goal") and k[3] == "growth"]
    assert len(goals) == 1 and val(fs, goals[0]) == expected


@pytest.mark.parametrize("sent", [
    "“十五五”时期，全省地区生产总值年均增长5.5%左右。",
    # (another county named after the province's: not the report's own)
    "“十五五”时期，全省地区生产总值年均增长5.5%左右，枝江市年均增长7%。",
])
def test_the_level_aboves_goal_alone_is_not_the_regions(sent):
    fs = facts(GOALS + sent + "\n", **OWN)
    assert not any(k[:2] == ("gdp", "goal") for k in fs)


# a year of the plan named in the clause leading into the name dates the figure after it; a later year the one after
@pytest.mark.parametrize("sent", [
    "“十五五”时期，力争在2028年全市生产总值突破1200亿元，到2030年达到1400亿元。",
    "“十五五”时期，全市一般公共预算收入年均增长5%，力争在2028年全市生产总值突破1200亿元，到2030年达到1400亿元。",
    "力争在2028年全市生产总值突破1200亿元，到2030年达到1400亿元。",
    "力争到2028年全市地区生产总值突破1200亿元，2030年达到1400亿元。",
])
def test_goal_dated_by_the_year_leading_into_its_name(sent):
    fs = facts(GOALS + sent + "\n", report_year=2027)
    assert val(fs, ("gdp", "goal", "2028", "level")) == (1200, "at_least")
    assert val(fs, ("gdp", "goal", "2030", "level")) == (1400, "eq")
    assert ("gdp", "goal", "2026-2030", "level") not in fs


@pytest.mark.parametrize("sent,key", [
    # (a base year named, not the goal's: the plan's span)
    ("“十五五”时期，在2024年基础上，全市生产总值年均增长6%。", ("gdp", "goal", "2026-2030", "growth")),
    # (a milestone with no year of its own before a later year's level: only the later year's)
    ("全市生产总值突破1000亿元，到2030年达到1400亿元。", ("gdp", "goal", "2030", "level")),
])
def test_goals_with_no_year_leading_into_the_name(sent, key):
    fs = facts(GOALS + sent + "\n", report_year=2027)
    assert key in fs
    assert not any(k[:2] == ("gdp", "goal") and k[2] in ("2024", "2028") for k in fs)


# names outside the taxonomy before the indicator in a list with 分别 keep their place, however long
@pytest.mark.parametrize("sent,key,value", [
    ("规上工业总产值、规上工业增加值分别增长7.5%、8.1%，分别高于全市1.8个、2.2个百分点。",
     ("industrial_va", "actual", "2026", "growth"), 8.1),
    ("数字经济核心产业增加值、规上工业增加值分别增长15.6%、9.2%。", ("industrial_va", "actual", "2026", "growth"), 9.2),
    ("规上工业总产值、社会消费品零售总额分别增长7.5%、8.1%。", ("retail_sales", "actual", "2026", "growth"), 8.1),
])
def test_long_unlisted_names_before_each(sent, key, value):
    fs = facts(REVIEW + sent + "\n", report_year=2027)
    assert val(fs, key) == (value, "eq")


def test_a_lead_clause_that_is_no_list_changes_nothing():
    fs = facts(REVIEW + "加快发展数字经济，规上工业增加值、固定资产投资分别增长8%、9%。\n", report_year=2027)
    assert val(fs, ("industrial_va", "actual", "2026", "growth")) == (8, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2026", "growth")) == (9, "eq")


def test_provincial_quota_named_shengding_is_qualitative():
    fs = facts("二、2027年主要目标任务\n全市经济社会发展的主要预期目标是：地区生产总值增长6%以上；"
               "单位地区生产总值能耗下降完成省定任务。\n", report_year=2027)
    assert val(fs, ("energy_intensity", "target", "2027", "growth")) == (None, "qualitative")


# 预计 in a sentence that has turned to this year: this year's expected figure, a target
NEWS = "江宁区2027年政府工作报告解读\n回顾2026年，全区地区生产总值完成3260亿元。\n"


def test_yuji_after_this_year_is_a_target():
    fs = facts(NEWS + "报告还明确，今年将实施重大项目320个，预计全年完成投资650亿元；新增高新技术企业400家以上。\n",
               report_year=2027)
    assert val(fs, ("high_tech_enterprises", "target", "2027", "level")) == (400, "at_least")
    assert ("high_tech_enterprises", "actual", "2026", "level") not in fs


def test_yuji_after_last_year_named_stays_a_result():
    fs = facts(NEWS + "今年将实施重大项目320个，去年固定资产投资预计增长5%。\n", report_year=2027)
    assert val(fs, ("fixed_asset_investment", "actual", "2026", "growth")) == (5, "eq")


# reports of the 十三五 years: reviews, target lists and the plan's goals
def test_shisanwu_county_review_and_goals():
    text = ("一、过去五年工作回顾\n五年来，2016年全县生产总值完成41.8亿元，年均增长9.6%；五年累计完成固定资产投资310亿元，年均增长24.6%。"
            "累计减少贫困人口7.2万人，贫困发生率由54.4%下降到12.2%。\n"
            "二、2016年工作情况\n2016年是“十三五”开局之年。全县生产总值完成41.8亿元，增长7.8%。"
            "“三去一降一补”取得积极成效。全年减少贫困人口2.3万人，贫困村退出23个。\n"
            "三、今后五年奋斗目标\n紧紧围绕“十三五”规划纲要确定的目标任务，与全国全省同步全面建成小康社会。"
            "主要奋斗目标是：到2020年，生产总值突破70亿元；“十三五”期间，固定资产投资年均增长15%。\n")
    fs = facts(text, report_year=2017, region="阜平县", level="county")
    assert val(fs, ("gdp", "actual", "2012-2016", "growth")) == (9.6, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2012-2016", "level")) == (310, "eq")
    assert val(fs, ("gdp", "actual", "2016", "growth")) == (7.8, "eq")
    assert val(fs, ("gdp", "goal", "2020", "level")) == (70, "at_least")
    assert val(fs, ("fixed_asset_investment", "goal", "2016-2020", "growth")) == (15, "eq")


def test_shisanwu_plan_report_own_goal_after_provinces():
    text = ("二、2016年经济社会发展的主要目标\n“十三五”时期，全省地区生产总值年均增长8.5%左右，全市力争年均增长9%以上，"
            "到2020年全市地区生产总值突破2000亿元。\n")
    fs = facts(text, report_year=2016, region="阜阳市", level="prefecture")
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (9, "at_least")
    assert val(fs, ("gdp", "goal", "2020", "level")) == (2000, "at_least")


def pledges(text: str, **meta):
    import planwatch
    doc = planwatch.read_text(text, "t.txt", overrides=meta or None)
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.object, p.value, p.unit) for p in doc.pledges}


# in a part titled for goals and tasks, a later year's figure of an indicator named in the clause before is a goal
@pytest.mark.parametrize("title", ["二、2027年主要目标任务\n", "二、“十五五”时期主要目标和2027年工作安排\n"])
def test_goal_in_a_goals_and_tasks_part_is_no_pledge(title):
    text = title + "力争到2028年全市地区生产总值突破6500亿元，2030年达到7500亿元左右。全年新建5G基站300个。\n"
    ps = pledges(text, report_year=2027)
    assert not any(v in (6500, 7500) for _, v, _ in ps)
    assert any(v == 300 for _, v, _ in ps)


def test_a_later_years_figure_naming_no_indicator_stays_a_pledge():
    text = "二、2027年主要目标任务\n力争到2028年新建高标准农田5万亩，到2030年达到8万亩。\n"
    ps = pledges(text, report_year=2027)
    assert any(v == 8 for _, v, _ in ps)


# the target restated after gaps in points to several regions is set against the result of its own unit
def test_target_restated_after_gaps_to_two_regions():
    fs = facts(REVIEW + "全年实现地区生产总值500亿元，同比增长6.8%，增幅高于全省0.9个百分点、全市0.4个百分点，"
               "超过年初设定的6.5%增长目标。\n", report_year=2027)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "actual", "2026", "growth")) == (6.8, "eq")


def test_a_ratios_change_before_its_target_stays():
    fs = facts(REVIEW + "城镇化率达到62%，提高1个百分点，超过年初设定的61%的目标。\n", report_year=2027)
    assert val(fs, ("urbanization_rate", "target", "2026", "share")) == (61, "eq")
    assert val(fs, ("urbanization_rate", "actual", "2026", "pp_change")) == (1, "eq")


# the region's own goal after two levels above's clauses
def test_own_goal_after_the_province_and_the_city():
    fs = facts("二、2019年主要目标\n“十三五”时期，全省地区生产总值年均增长7.5%，全市年均增长8%，我县年均增长8.5%左右，"
               "到2020年全县生产总值突破300亿元。\n", report_year=2019, region="灵璧县", level="county")
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (8.5, "about")
    assert val(fs, ("gdp", "goal", "2020", "level")) == (300, "at_least")


def test_the_citys_clause_alone_in_a_countys_report_is_not_its_own():
    fs = facts("二、2019年主要目标\n“十三五”时期，全省地区生产总值年均增长7.5%，全市年均增长8%。\n",
               report_year=2019, region="灵璧县", level="county")
    assert not any(k[:2] == ("gdp", "goal") for k in fs)


# a year in the clause leading into the name dates its figure, after a clause dated by another year
def test_year_leading_into_the_name_after_a_dated_clause():
    fs = facts("二、“十五五”时期奋斗目标\n到2030年全市地区生产总值达到6000亿元，力争在2028年一般公共预算收入突破250亿元；"
               "到2029年，常住人口城镇化率达到62%。\n", report_year=2027)
    assert val(fs, ("gdp", "goal", "2030", "level")) == (6000, "eq")
    assert val(fs, ("general_budget_revenue", "goal", "2028", "level")) == (250, "at_least")
    assert val(fs, ("urbanization_rate", "goal", "2029", "share")) == (62, "eq")


def test_a_base_year_leading_into_the_name_dates_nothing():
    fs = facts("二、“十五五”时期奋斗目标\n到2030年，全市地区生产总值达到6000亿元，一般公共预算收入突破250亿元，"
               "在2024年基础上城镇化率提高5个百分点。\n", report_year=2027)
    assert val(fs, ("general_budget_revenue", "goal", "2030", "level")) == (250, "at_least")
    assert ("urbanization_rate", "goal", "2030", "pp_change") in fs
    assert not any(k[2] == "2024" for k in fs)


# last year's target named by 年度计划 after a comparison or a bound (a plan report's review, a review)
PLAN_REVIEW = "一、2018年国民经济和社会发展计划执行情况\n"


@pytest.mark.parametrize("sent,key,target", [
    ("一般公共预算收入增长6.4%，好于年度计划6%。", ("general_budget_revenue", "target", "2018", "growth"), (6, "eq")),
    ("居民消费价格上涨2%，低于年度计划3%。", ("cpi", "target", "2018", "growth"), (3, "eq")),
    ("城镇调查失业率4.4%，控制在年度计划4.5%以内。", ("urban_unemployment_rate", "target", "2018", "share"), (4.5, "at_most")),
])
def test_target_named_by_the_years_plan(sent, key, target):
    fs = facts(PLAN_REVIEW + sent + "\n", report_year=2019)
    assert val(fs, key) == target
    assert key[:1] + ("actual",) + key[2:] in fs


@pytest.mark.parametrize("sent", [
    "一般公共预算收入完成50亿元，超过年度计划5亿元。",   # (the amount it beat the plan by: no fact)
    "固定资产投资增长12%，高于年度计划1.2个百分点。",   # (a gap in points)
    "规上工业增加值增长9%，完成年度计划的112%。",       # (the part of the plan done)
])
def test_gaps_to_the_years_plan_give_no_target(sent):
    fs = facts(REVIEW + sent + "\n", report_year=2027)
    assert not any(k[1] == "target" for k in fs)
