"""Session old20: whole city and county reports of 2016-2019 (脱贫攻坚, 三去一降一补, a new term's five-year review and goals).

Classes: 民生资金 as the livelihood spending; a 五年累计 in a paragraph that sets the years ahead; pledges of
取消/下放/新征/项目实际进资; an amount followed by where it is put (投入…) or a 以上 and then that; a length of time a
level verb reaches (去化周期缩短至15个月); days in words run into a name (九天洞景区); one of each naming a way of work.
"""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

REVIEW = "一、过去五年工作回顾\n"
TASKS = "三、2016年工作安排\n（一）坚决打赢脱贫攻坚战\n1.抓好重点工作。"


# 民生资金 spent is the livelihood spending: a five-year total, this year's target
@pytest.mark.parametrize("sent,key,value", [
    ("五年来，民生保障不断加强。累计投入民生资金936.3亿元，占一般公共预算支出的比重保持在75%以上。",
     ("livelihood_expenditure", "actual", "2011-2015", "level"), 936.3),
    ("五年来，五年累计投入民生资金98.6亿元，一大批群众关心的热点难点问题得到有效解决。",
     ("livelihood_expenditure", "actual", "2011-2015", "level"), 98.6),
])
def test_livelihood_funds_spent_over_the_review(sent, key, value):
    fs = facts(REVIEW + sent + "\n", report_year=2016)
    assert val(fs, key) == (value, "eq")


def test_livelihood_funds_this_year_is_a_target():
    fs = facts(TASKS + "全年投入民生资金30亿元以上。\n", report_year=2016)
    assert val(fs, ("livelihood_expenditure", "target", "2016", "level")) == (30, "at_least")


def test_livelihood_funds_from_above_are_no_spending_of_the_region():
    fs = facts(TASKS + "争取上级民生资金5亿元。\n", report_year=2016)
    assert not any(k[0] == "livelihood_expenditure" for k in fs)


GOALS = ("二、今后五年的奋斗目标和2017年工作安排\n今后五年，是决战脱贫攻坚、决胜全面小康的关键时期。今后五年政府工作的总体目标是："
         "与全国全省同步全面建成小康社会。具体是：全县生产总值年均增长8.5%以上，到2021年突破160亿元；固定资产投资年均增长12%；"
         "五年累计新增城镇就业2万人；城镇化率提高到52%以上。\n")


def test_a_five_year_total_in_a_paragraph_setting_the_years_ahead_is_a_goal():
    fs = facts(GOALS, report_year=2017)
    assert val(fs, ("urban_new_jobs", "goal", "2017-2021", "level")) == (2, "eq")
    assert ("urban_new_jobs", "actual", "2012-2016", "level") not in fs
    assert val(fs, ("gdp", "goal", "2017-2021", "growth")) == (8.5, "at_least")


def test_a_five_year_total_in_a_review_paragraph_stays_the_years_gone():
    fs = facts("一、过去五年工作回顾\n五年来，经济实力明显增强。全县生产总值年均增长8%。五年累计新增城镇就业2.3万人。\n"
               + GOALS, report_year=2017)
    assert val(fs, ("urban_new_jobs", "actual", "2012-2016", "level")) == (2.3, "eq")
    assert val(fs, ("urban_new_jobs", "goal", "2017-2021", "level")) == (2, "eq")


# verbs of the years' reform and attraction work
@pytest.mark.parametrize("sent,pledge", [
    ("全年再取消和下放行政审批事项30项。", ("行政审批事项", 30, "项")),
    ("取消行政许可事项20项。", ("行政许可事项", 20, "项")),
    ("取消或停征涉企行政事业性收费35项。", ("涉企行政事业性收费", 35, "项")),
    ("推进园区扩区调区，新征工业用地2000亩。", ("工业用地", 2000, "亩")),
])
def test_reform_and_land_verbs(sent, pledge):
    assert pledge in pledged(read(TASKS + sent + "\n", report_year=2016))


def test_project_funds_come_in_is_a_pledge_and_the_inflow_target():
    d = read(TASKS + "全年引进工业项目30个以上；项目实际进资46亿元以上。\n", report_year=2016)
    p = next(p for p in d.pledges if p.value == 46)
    assert (p.unit, p.qualifier) == ("亿元", "at_least") and "项目" in p.object
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("domestic_investment_inflow", "target", "2016", "level")) == (46, "at_least")


# an amount, then where it is put: the funds are the object (with or without 以上 between)
@pytest.mark.parametrize("sent,pledge", [
    ("统筹整合各类涉农资金20亿元以上投入扶贫开发，新增扶贫小额信贷5亿元。", ("各类涉农资金", 20, "亿元")),
    ("筹集资金10亿元投入棚户区改造。", ("资金", 10, "亿元")),
    ("筹措资金3亿元以上用于农村公路建设。", ("资金", 3, "亿元")),
])
def test_an_amount_then_where_it_is_put(sent, pledge):
    assert pledge in pledged(read(TASKS + sent + "\n", report_year=2016))


# look-alikes: a class of things by its size stays a class
@pytest.mark.parametrize("sent,pledge", [
    ("储备500个5000万元以上重大项目。", ("5000万元以上重大项目", 500, "个")),
    ("淘汰10蒸吨以下燃煤锅炉80台。", ("10蒸吨以下燃煤锅炉", 80, "台")),
])
def test_a_threshold_before_a_noun_stays_a_class(sent, pledge):
    ps = pledged(read(TASKS + sent + "\n", report_year=2016))
    assert pledge in ps and len(ps) == 1


# a length of time a level verb reaches is a level pledged
@pytest.mark.parametrize("sent,obj,value,qual", [
    ("力争商品房去化周期缩短至15个月以内。", "商品房去化周期", 15, "at_most"),
    ("商品住房去化周期保持在12个月左右。", "商品住房去化周期", 12, "about"),
    ("去化周期控制在10.5个月。", "去化周期", 10.5, "at_most"),
])
def test_a_length_of_time_reached(sent, obj, value, qual):
    d = read(TASKS + sent + "\n", report_year=2016)
    p = next(p for p in d.pledges if p.unit == "个月")
    assert (p.object, p.value, p.qualifier) == (obj, value, qual)


@pytest.mark.parametrize("sent", [
    "开展为期3个月的专项整治行动。",
    "连续36个月保持稳定。",
    "用3个月时间开展集中整治。",
])
def test_a_duration_in_months_stays_no_pledge(sent):
    assert not read(TASKS + sent + "\n", report_year=2016).pledges


# days in words before a noun, one of each naming a way of working: no count
@pytest.mark.parametrize("sent", [
    "完成九天洞景区创建国家5A级景区前期工作。",
    "实行一个项目、一名领导、一套班子、一抓到底的工作机制。",
    "开展三天集中培训。",
])
def test_numerals_in_names_and_ways_of_work_are_no_counts(sent):
    assert not read(TASKS + sent + "\n", report_year=2016).pledges


@pytest.mark.parametrize("sent,pledge", [
    ("新建一所幼儿园。", ("幼儿园", 1, "所")),
    ("新建学校十所，改造危桥两座。", ("学校", 10, "所")),
    ("全年空气优良天数达到三百天以上。", ("空气优良天数", 300, "天")),
])
def test_counts_in_words_still_count(sent, pledge):
    assert pledge in pledged(read(TASKS + sent + "\n", report_year=2016))


# 湖南's wording of the domestic inflow: 引进省外境内到位资金
def test_inflow_from_outside_the_province_in_the_country():
    fs = facts("一、2018年工作回顾\n全县引进省外境内到位资金30.6亿元，增长12.8%。\n二、2019年工作安排\n"
               "（七）扩大开放\n全年引进省外境内到位资金33亿元以上。\n", report_year=2019)
    assert val(fs, ("domestic_investment_inflow", "actual", "2018", "level")) == (30.6, "eq")
    assert val(fs, ("domestic_investment_inflow", "actual", "2018", "growth")) == (12.8, "eq")
    assert val(fs, ("domestic_investment_inflow", "target", "2019", "level")) == (33, "at_least")


# a comparison basis before a change (同口径, 按可比口径) is no object of a pledge
@pytest.mark.parametrize("sent", [
    "今年，全县一般公共预算收入预期安排7.9亿元，同口径增长6.5%。",
    "财政总收入按可比口径增长8%。",
])
def test_a_comparison_basis_is_no_object(sent):
    d = read("二、2017年工作安排\n（十一）加强财政保障\n" + sent + "\n", report_year=2017)
    assert not any("口径" in p.object for p in d.pledges)


def test_a_budget_with_its_change_keeps_its_pledges():
    ps = pledged(read("二、2017年工作安排\n（十一）加强财政保障\n一般公共预算收入安排7.9亿元，增长6.5%。\n", report_year=2017))
    assert ("一般公共预算收入", 7.9, "亿元") in ps


# the statistics' threshold opening a name ("500万元以上固定资产投资") is no figure of the name before it
def test_a_threshold_opening_the_next_name_is_no_value():
    fs = facts("一、2015年工作回顾\n对照年初确定的目标，规模以上工业增加值增长10.2%（计划12%），500万元以上固定资产投资增长20.3%"
               "（计划20%），社会消费品零售总额增长12.8%（计划13%）。\n", report_year=2016)
    assert ("industrial_va", "actual", "2015", "level") not in fs
    assert val(fs, ("industrial_va", "target", "2015", "growth")) == (12, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2015", "growth")) == (20.3, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2015", "growth")) == (20, "eq")


def test_a_level_with_its_own_unit_before_the_next_name_stays():
    fs = facts("一、2015年工作回顾\n全年规模以上工业增加值完成186.1亿元，固定资产投资增长20.3%。\n", report_year=2016)
    assert val(fs, ("industrial_va", "actual", "2015", "level")) == (186.1, "eq")


# the points a flow's share of the whole moved, stated after the flow's growth with no level of the share
def test_points_a_share_moved_after_the_flow():
    fs = facts("一、2016年工作回顾\n服务业增加值增长10.6%，占生产总值的比重提高1.2个百分点；其中乡村旅游实现收入5.6亿元。\n",
               report_year=2017)
    assert val(fs, ("tertiary_share", "actual", "2016", "pp_change")) == (1.2, "eq")
    assert val(fs, ("tertiary_industry_va", "actual", "2016", "growth")) == (10.6, "eq")


@pytest.mark.parametrize("sent", ["服务业增加值增长10.6%，增速提高1.2个百分点。", "服务业增加值增长10.6%，占全省的比重提高0.2个百分点。"])
def test_points_of_the_growth_or_of_a_whole_above_are_no_share(sent):
    fs = facts("一、2016年工作回顾\n" + sent + "\n", report_year=2017, region="永新县")
    assert ("tertiary_share", "actual", "2016", "pp_change") not in fs


# a pair's levels at the plan's end after their averages: "…年均分别增长9%和11%，到2020年分别达到33000元和13500元"
def test_a_pairs_levels_by_a_year_after_their_averages():
    fs = facts("二、“十三五”时期的主要目标\n今后五年，主要目标是：城乡居民人均可支配收入年均分别增长9%和11%，"
               "到2020年分别达到33000元和13500元。\n", report_year=2016)
    assert val(fs, ("urban_disposable_income", "goal", "2016-2020", "growth")) == (9, "eq")
    assert val(fs, ("rural_disposable_income", "goal", "2016-2020", "growth")) == (11, "eq")
    assert val(fs, ("urban_disposable_income", "goal", "2020", "level")) == (33000, "eq")
    assert val(fs, ("rural_disposable_income", "goal", "2020", "level")) == (13500, "eq")


def test_another_name_after_the_year_keeps_its_own_figure():
    fs = facts("二、“十三五”时期的主要目标\n今后五年，主要目标是：城乡居民人均可支配收入年均分别增长9%和11%，"
               "到2020年常住人口城镇化率达到48%。\n", report_year=2016)
    assert val(fs, ("urbanization_rate", "goal", "2020", "share")) == (48, "eq")
    assert ("urban_disposable_income", "goal", "2020", "share") not in fs


def test_points_a_share_moved_after_a_five_year_average_take_the_years():
    # (found on the holdout after the rule above: the points after a 年均 are the span's, as the average is)
    fs = facts("一、过去五年工作回顾\n五年来，转型升级步伐加快。服务业增加值年均增长10.2%，占地区生产总值比重提高6.5个百分点。\n",
               report_year=2018)
    assert val(fs, ("tertiary_share", "actual", "2013-2017", "pp_change")) == (6.5, "eq")
    assert ("tertiary_share", "actual", "2017", "pp_change") not in fs


# mushrooms counted in sticks (贵州's 农村产业革命: "食用菌2亿棒")
def test_mushroom_sticks_are_a_count():
    ps = pledged(read(TASKS + "调减低效玉米种植面积20万亩，发展精品水果10万亩、食用菌2亿棒。\n", report_year=2016))
    assert ("食用菌", 2, "亿棒") in ps and ("精品水果", 10, "万亩") in ps


# a part titled for the plan's goals and the year's work named in words ("今后五年目标和明年工作安排" in a December
# report, "…和今年工作安排"): its sub-sections are the year's tasks, as with the year in digits
@pytest.mark.parametrize("title,date", [("二、今后五年目标和明年工作安排", "2016年12月26日"),
                                        ("二、今后五年目标和今年工作安排", "2017年1月12日")])
def test_the_years_work_named_in_words_in_a_plan_title(title, date):
    text = (f"政府工作报告\n——{date}在沂水县第十八届人民代表大会第一次会议上\n一、过去五年工作回顾\n五年来，全县地区生产总值年均增长9.2%。\n"
            f"{title}\n今后五年，全县经济社会发展的主要目标是：地区生产总值年均增长8%左右。\n重点抓好以下工作：\n"
            "（二）加快转型升级。实施过亿元工业项目60个，完成工业投资180亿元；新增规模以上工业企业40家。\n")
    d = read(text, report_year=2017, region="沂水县", level="county")
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("industrial_investment", "target", "2017", "level")) == (180, "eq")
    assert ("industrial_investment", "goal", "2017-2021", "level") not in fs
    assert val(fs, ("gdp", "goal", "2017-2021", "growth")) == (8, "about")
    assert {("工业投资", 180, "亿元"), ("规模以上工业企业", 40, "家")} <= pledged(d)


def test_a_plan_title_with_no_years_work_keeps_its_goals():
    text = ("政府工作报告\n——2016年12月26日在沂水县第十八届人民代表大会第一次会议上\n二、今后五年的奋斗目标\n"
            "今后五年，主要目标是：地区生产总值年均增长8%左右；五年累计完成工业投资900亿元。\n")
    fs = {(f.indicator, f.role, f.period, f.measure): f
          for f in read(text, report_year=2017, region="沂水县", level="county").facts}
    assert val(fs, ("industrial_investment", "goal", "2017-2021", "level")) == (900, "eq")
