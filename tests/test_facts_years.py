"""Reports of 2016–2021 (十三五 and 十四五 openings, 2020's targets): hand-written sentences in the
shapes of those years."""
from __future__ import annotations

import pytest
from test_facts_classes import facts as _facts
from test_facts_classes import val

import planwatch

HEAD = "{y}年政府工作报告\n——{y}年1月18日在上高县第十七届人民代表大会第五次会议上\n县长  王某\n\n"


def facts(body: str, y: int) -> dict[tuple, planwatch.Fact]:
    return _facts(HEAD.format(y=y) + body, report_year=y, region="上高县")


# a heading that names the plan and its goals without 时期 ("“十四五”主要目标") opens the plan's goals:
# its items are goals over the plan, not this year's targets, even where 力争 stands before one
@pytest.mark.parametrize("y,head,span", [
    (2021, "二、“十四五”主要目标", "2021-2025"),
    (2021, "二、“十四五”发展的主要目标", "2021-2025"),
    (2016, "二、“十三五”发展目标", "2016-2020"),
    (2016, "二、“十三五”规划奋斗目标", "2016-2020"),
])
def test_a_heading_of_the_plans_goals_makes_goals(y, head, span):
    fs = facts(f"{head}\n全县地区生产总值年均增长7%左右，力争城镇化率达到60%，财政总收入达到30亿元。\n"
               f"三、{y}年主要目标\n今年主要预期目标是：生产总值增长8.5%左右。\n", y)
    assert val(fs, ("urbanization_rate", "goal", span, "share")) == (60, "eq")
    assert val(fs, ("fiscal_total_revenue", "goal", span, "level")) == (30, "eq")
    assert val(fs, ("gdp", "target", str(y), "growth")) == (8.5, "about")
    assert ("urbanization_rate", "target", str(y), "share") not in fs


# in the plan's last year the same words head that year's work: its figures stay the year's targets
@pytest.mark.parametrize("head", ["二、全力冲刺“十三五”主要目标", "二、确保完成“十三五”规划目标任务"])
def test_the_plans_goals_in_its_last_year_are_that_years_work(head):
    fs = facts(f"一、2019年工作回顾\n2019年，全县生产总值增长8.3%。\n{head}\n"
               "全县生产总值增长8%左右，财政总收入增长6%，城镇化率达到58%。\n", 2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (8, "about")
    assert val(fs, ("urbanization_rate", "target", "2020", "share")) == (58, "eq")


# "翻一番以上", "翻一番多": a doubling at least
@pytest.mark.parametrize("words,qual", [("翻一番以上", "at_least"), ("翻一番多", "at_least"), ("翻一番", "eq")])
def test_a_doubling_with_more_is_at_least(words, qual):
    fs = facts(f"二、“十三五”时期主要目标\n今后五年，全县生产总值年均增长8%，到2020年人均生产总值比2010年{words}。\n", 2016)
    assert val(fs, ("gdp_per_capita", "goal", "2020", "growth")) == (100, qual)


# "贫困村农民人均可支配收入": the poor villages are part of the county, not its rural income
@pytest.mark.parametrize("part", ["贫困村", "深度贫困村", "脱贫村"])
def test_poor_villages_income_is_no_headline(part):
    fs = facts(f"一、2017年工作回顾\n2017年，{part}农民人均可支配收入增长13%，全县农民人均可支配收入增长9.5%。\n", 2018)
    assert val(fs, ("rural_disposable_income", "actual", "2017", "growth")) == (9.5, "eq")


# the older names of good-air days (二级以上天数, 达到或好于二级标准的天数)
@pytest.mark.parametrize("name,value,measure", [("空气质量二级以上天数达到320天", 320, "level"),
                                                ("空气质量达到二级标准天数为335天", 335, "level"),
                                                ("空气质量达到或好于二级标准的天数比例达到88.5%", 88.5, "share")])
def test_older_names_of_good_air_days(name, value, measure):
    fs = facts(f"一、2016年工作回顾\n2016年，全县生产总值增长9%，{name}。\n", 2017)
    assert val(fs, ("good_air_days", "actual", "2016", measure)) == (value, "eq")


# "财政总收入…，其中地方收入…": the local part of the total revenue is the general budget revenue;
# a 地方收入 after another total (税收收入) or with no figure is not
def test_the_local_part_of_the_total_revenue():
    fs = facts("一、2018年工作回顾\n2018年，全县完成财政总收入31亿元，同比增长8%；其中地方收入18.2亿元，增长9.1%。\n"
               "二、2019年主要目标\n今年主要预期目标是：财政总收入增长7%，其中地方收入增长6%。\n", 2019)
    assert val(fs, ("fiscal_total_revenue", "actual", "2018", "level")) == (31, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2018", "level")) == (18.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2018", "growth")) == (9.1, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2019", "growth")) == (6, "eq")
    fs = facts("一、2018年工作回顾\n2018年，全县生产总值增长8%，地方收入增长较快；税收收入12亿元，其中地方收入5亿元。\n", 2019)
    assert not [k for k in fs if k[0] == "general_budget_revenue"]


# 元月 (January) in an older byline: the year and the day are read, and the facts dated by them
@pytest.mark.parametrize("line,date", [("（二○一七年元月十日在上高县第十六届人民代表大会第六次会议上）", "2017-01-10"),
                                       ("2018年元月9日在县十六届人大七次会议上", "2018-01-09"),
                                       ("——2019年元月在上高县第十六届人民代表大会第八次会议上", None)])
def test_yuanyue_is_january(line, date):
    text = f"上高县人民政府工作报告\n{line}\n各位代表：\n一、过去一年工作回顾\n全县生产总值增长8%。\n"
    doc = planwatch.read_text(text, "t.txt")
    assert doc.meta.meeting_date == date
    y = int((date or "2019")[:4])
    assert doc.meta.report_year == y
    assert [(f.indicator, f.role, f.period) for f in doc.facts] == [("gdp", "actual", str(y - 1))]


# "城镇化率提高1.2个百分点，“十三五”末达到58%": the second figure of a target item is the plan's
# goal, for the 十三五 as for later plans, dated by the plan's end it names (2020, as "到2020年");
# "“十三五”时期年均增长" the plan's span; "“十三五”以来年均增长" the average of its years gone by
def test_the_thirteenth_plans_end_after_this_years_target():
    fs = facts("二、2016年工作安排\n今年主要预期目标是：城镇化率提高1.2个百分点，“十三五”末达到58%；"
               "财政总收入增长8%，“十三五”时期年均增长9%；生产总值增长8.5%，十三五末突破300亿元。\n", 2016)
    assert val(fs, ("urbanization_rate", "target", "2016", "pp_change")) == (1.2, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2020", "share")) == (58, "eq")
    assert val(fs, ("fiscal_total_revenue", "goal", "2016-2020", "growth")) == (9, "eq")
    assert val(fs, ("gdp", "goal", "2020", "level")) == (300, "at_least")
    fs = facts("一、2017年工作回顾\n2017年，全县生产总值增长8.8%，“十三五”以来年均增长8.5%。\n", 2018)
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (8.8, "eq")
    assert val(fs, ("gdp", "actual", "2016-2017", "growth")) == (8.5, "eq")


# the plan named in full ("第十三个五年规划期间"): its goals, not this year's targets; "实施第十三个五年规划
# 的开局之年" names this year
def test_a_plan_named_in_full():
    fs = facts("二、关于国民经济和社会发展第十三个五年规划纲要\n第十三个五年规划期间，全县经济社会发展的主要目标是："
               "生产总值年均增长8%，城镇化率达到58%，财政总收入达到30亿元。\n"
               "三、2016年工作安排\n今年是实施第十三个五年规划的开局之年。全县主要预期目标是：生产总值增长8.5%左右；城镇化率达到55%。\n", 2016)
    assert val(fs, ("urbanization_rate", "goal", "2016-2020", "share")) == (58, "eq")
    assert val(fs, ("fiscal_total_revenue", "goal", "2016-2020", "level")) == (30, "eq")
    assert val(fs, ("urbanization_rate", "target", "2016", "share")) == (55, "eq")
    assert val(fs, ("gdp", "target", "2016", "growth")) == (8.5, "about")


# "年均增长8%以上，力争到2020年突破200亿元", "增长6%，力争达到25亿元": the same indicator's level after its growth
def test_a_level_after_lizheng_goes_on_with_the_same_indicator():
    fs = facts("二、“十三五”发展目标\n今后五年，全县生产总值年均增长8%以上，力争到2020年突破200亿元；"
               "财政总收入年均增长6%，确保到2020年达到40亿元。\n三、2016年主要目标\n今年主要预期目标是："
               "财政总收入增长6%，力争达到25亿元；生产总值增长8%，力争9%。\n", 2016)
    assert val(fs, ("gdp", "goal", "2020", "level")) == (200, "at_least")
    assert val(fs, ("fiscal_total_revenue", "goal", "2020", "level")) == (40, "eq")
    assert val(fs, ("fiscal_total_revenue", "target", "2016", "level")) == (25, "eq")
    assert val(fs, ("gdp", "target", "2016", "growth")) == (8, "eq")


# "2018年，…增长8.6%。“十三五”以来，…年均增长8.9%。一般公共预算收入…增长13.5%": a span stated with its
# own yearly average, inside a paragraph that opened on one year, leaves the figures after it that year's;
# a paragraph that opens on the span keeps its changes over the span
@pytest.mark.parametrize("aside", ["，“十三五”以来年均增长8.9%。", "。“十三五”以来，全县生产总值年均增长8.9%。",
                                   "。过去五年，全县生产总值年均增长8.9%。"])
def test_a_span_aside_in_a_one_year_paragraph(aside):
    fs = facts(f"一、2018年工作回顾\n2018年，全县实现地区生产总值117.3亿元，增长8.6%{aside}"
               "一般公共预算收入6.1亿元，增长13.5%；全社会固定资产投资增长15.3%。\n", 2019)
    assert val(fs, ("general_budget_revenue", "actual", "2018", "growth")) == (13.5, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2018", "growth")) == (15.3, "eq")
    fs = facts("一、“十四五”时期工作回顾\n五年来，全县生产总值年均增长5.9%。一般公共预算收入增长35%。\n", 2026)
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (35, "eq")


# "财政总收入增长7.2%（预期目标6%）；固定资产投资增长13%": the target word in the aside is the aside's, the
# figure after it a result; a bracket on the figure's own name ("（预计数）") still dates it
@pytest.mark.parametrize("mark", ["；", "，"])
def test_a_target_in_an_aside_is_not_the_next_figures(mark):
    fs = facts(f"一、2017年工作回顾\n2017年，全县生产总值增长8.1%；财政总收入增长7.2%（预期目标6%）{mark}"
               "固定资产投资增长13%，完成年度目标的108%。\n", 2018)
    assert val(fs, ("fiscal_total_revenue", "target", "2017", "growth")) == (6, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2017", "growth")) == (13, "eq")
    assert ("fixed_asset_investment", "target", "2018", "growth") not in fs
    fs = facts("一、2017年工作回顾\n地区生产总值（预计数）增长8.6%；一般公共预算收入（初步统计）12.1亿元。\n", 2018)
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (8.6, "eq")


# 2021's targets with the two years' average ("增长10%以上（两年平均增长5.5%左右）"): a goal over 2020-2021,
# not over the plan's five years
def test_a_two_year_average_among_2021s_targets():
    fs = facts("二、2021年主要目标\n今年主要预期目标是：地区生产总值增长10%以上（两年平均增长5.5%左右）；"
               "一般公共预算收入增长8%，两年平均增长4%。\n", 2021)
    assert val(fs, ("gdp", "target", "2021", "growth")) == (10, "at_least")
    assert val(fs, ("gdp", "goal", "2020-2021", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "goal", "2020-2021", "growth")) == (4, "eq")
    assert not [k for k in fs if k[2] == "2021-2025"]


# 2020's targets after the epidemic: "逐季回升", "由负转正" are qualitative targets
@pytest.mark.parametrize("words", ["地区生产总值增速逐季回升、力争全年由负转正", "地区生产总值力争全年由负转正",
                                   "地区生产总值增速逐季好转"])
def test_2020s_qualitative_targets(words):
    fs = facts(f"二、2020年主要目标\n今年主要预期目标是：{words}；城镇新增就业3000人。\n", 2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (None, "qualitative")


# "增长8.6%；“十三五”以来年均增长8.9%": the average after a semicolon, its name left out, is the same
# indicator's; "过去五年" after a "“十三五”以来" spans five years, not the plan's years so far
def test_a_span_average_after_a_semicolon():
    fs = facts("一、2018年工作回顾\n2018年，全县实现地区生产总值117.3亿元，增长8.6%；“十三五”以来年均增长8.9%；"
               "一般公共预算收入6.1亿元，增长13.5%；过去五年年均增长10.1%。\n", 2019)
    assert val(fs, ("gdp", "actual", "2016-2018", "growth")) == (8.9, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2018", "growth")) == (13.5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2014-2018", "growth")) == (10.1, "eq")
    fs = facts("一、2018年工作回顾\n2018年，全县生产总值增长8.6%；“十三五”以来，全县城镇化率年均提高1.2个百分点；"
               "过去五年，财政总收入年均增长9%；财政总收入中地方收入年均增长7%。\n", 2019)
    assert val(fs, ("urbanization_rate", "actual", "2016-2018", "pp_change")) == (1.2, "eq")
    assert val(fs, ("fiscal_total_revenue", "actual", "2014-2018", "growth")) == (9, "eq")


# "财政总收入年均增长16.1%，其中地方收入年均增长15.3%"
def test_the_local_part_of_the_total_revenue_over_a_plan():
    fs = facts("一、“十二五”时期工作回顾\n“十二五”期间，全县财政总收入年均增长16.1%，其中地方收入年均增长15.3%。\n", 2016)
    assert val(fs, ("general_budget_revenue", "actual", "2011-2015", "growth")) == (15.3, "eq")


# "人均地区生产总值达到（或接近）全省平均水平": a qualitative target; a figure before it still decides
@pytest.mark.parametrize("words", ["达到全省平均水平", "达到或接近全国平均水平", "接近全省平均水平"])
def test_reaching_the_average_is_a_qualitative_target(words):
    fs = facts(f"二、2019年主要目标\n今年主要预期目标是：生产总值增长7.5%；人均地区生产总值{words}。\n", 2019)
    assert val(fs, ("gdp_per_capita", "target", "2019", "growth")) == (None, "qualitative")
    fs = facts(f"二、2019年主要目标\n今年主要预期目标是：人均地区生产总值达到6万元，{words}。\n", 2019)
    assert val(fs, ("gdp_per_capita", "target", "2019", "level")) == (6, "eq")
    assert ("gdp_per_capita", "target", "2019", "growth") not in fs


# a new government's five years in mid-plan ("今后五年，是实施“十三五”规划的关键时期。今后五年的主要目标是")
# run from the report's year; where the plan is named after 今后五年 ("今后五年即“十三五”时期") it is the plan's
@pytest.mark.parametrize("y,lead,span", [
    (2018, "今后五年，是实施“十三五”规划的关键时期。今后五年的主要目标是：", "2018-2022"),
    (2023, "今后五年，是实施“十四五”规划承上启下的关键时期。今后五年，", "2023-2027"),
    (2016, "今后五年即“十三五”时期，主要目标是：", "2016-2020"),
])
def test_a_new_terms_five_years_in_mid_plan(y, lead, span):
    fs = facts(f"二、今后五年的主要目标\n{lead}生产总值年均增长8%，城镇化率达到60%。\n", y)
    assert val(fs, ("gdp", "goal", span, "growth")) == (8, "eq")
    assert val(fs, ("urbanization_rate", "goal", span, "share")) == (60, "eq")


# "今明两年…年均增长8%以上": this year and the next, not five years
def test_this_and_next_year():
    fs = facts("二、2019年工作安排\n今年主要预期目标是：生产总值增长8%左右。今明两年，全县地区生产总值年均增长8%以上，"
               "到2020年突破300亿元。\n", 2019)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (8, "about")
    assert val(fs, ("gdp", "goal", "2019-2020", "growth")) == (8, "at_least")
    assert val(fs, ("gdp", "goal", "2020", "level")) == (300, "at_least")


# older names: 万元生产总值综合能耗 (no GDP figure), 接待旅游总人数, 研究与开发经费支出占生产总值的比重
@pytest.mark.parametrize("sentence,key,expected", [
    ("万元生产总值综合能耗下降3.1%", ("energy_intensity", "actual", "2016", "growth"), (-3.1, "eq")),
    ("单位GDP综合能耗下降4%", ("energy_intensity", "actual", "2016", "growth"), (-4, "eq")),
    ("接待旅游总人数850万人次", ("tourist_visits", "actual", "2016", "level"), (850, "eq")),
    ("旅游总人次增长20%", ("tourist_visits", "actual", "2016", "growth"), (20, "eq")),
    ("研究与开发经费支出占生产总值的比重达到1.6%", ("rnd_intensity", "actual", "2016", "share"), (1.6, "eq")),
])
def test_older_indicator_names(sentence, key, expected):
    fs = facts(f"一、2016年工作回顾\n2016年，全县{sentence}。\n", 2017)
    assert val(fs, key) == expected
    assert not [k for k in fs if k[0] == "gdp"]


# a name of the GDP with its energy or water use after it names no GDP figure
@pytest.mark.parametrize("name", ["地区生产总值用水量", "生产总值电耗", "GDP能源消耗强度"])
def test_gdp_followed_by_a_use_is_no_gdp(name):
    fs = facts(f"一、2016年工作回顾\n2016年，全县{name}下降5%。\n", 2017)
    assert not [k for k in fs if k[0] == "gdp"]


# "今后三年…年均增长8%以上" in 2018: the years to 2020; a heading "今后四年的主要目标" opens goals too
def test_three_and_four_years_ahead():
    fs = facts("二、2018年工作安排\n今年主要预期目标是：生产总值增长8%左右。今后三年，全县地区生产总值年均增长8%以上。\n", 2018)
    assert val(fs, ("gdp", "goal", "2018-2020", "growth")) == (8, "at_least")
    fs = facts("二、今后四年的主要目标\n今后四年，全县地区生产总值年均增长8%，城镇化率达到58%。\n"
               "三、2017年工作\n今年主要预期目标是：生产总值增长8%左右。\n", 2017)
    assert val(fs, ("gdp", "goal", "2017-2020", "growth")) == (8, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2017-2020", "share")) == (58, "eq")
    assert val(fs, ("gdp", "target", "2017", "growth")) == (8, "about")


# "单位生产总值能耗下降完成“十三五”进度目标": a qualitative target, as for the later plans
def test_completing_the_thirteenth_plans_share():
    fs = facts("二、2018年主要目标\n今年主要预期目标是：生产总值增长8%左右；单位生产总值能耗下降完成“十三五”进度目标。\n", 2018)
    assert val(fs, ("energy_intensity", "target", "2018", "growth")) == (None, "qualitative")


# a plan named after an item's figure ("城镇化率提高1.5个百分点，“十三五”末达到58%") is that item's: the
# items after it stay this year's targets, with the list's lead on a line before as a PDF breaks it,
# or in a tasks paragraph; a plan opening the sentence or paragraph still leads its items
def test_a_plan_after_a_figure_leads_no_later_item():
    fs = facts("三、2016年工作安排\n今年全县经济社会发展的主要预期目标是：生产总值增长8.5%；\n财政总收入增长8%；"
               "城镇化率提高1.5个百分点，“十三五”末达到58%；城乡居民人均可支配收入分别增长9%、10%；"
               "城镇登记失业率控制在4.5%以内。\n", 2016)
    assert val(fs, ("urbanization_rate", "goal", "2020", "share")) == (58, "eq")  # (the plan's end: its last year)
    assert val(fs, ("rural_disposable_income", "target", "2016", "growth")) == (10, "eq")
    assert val(fs, ("registered_unemployment_rate", "target", "2016", "share")) == (4.5, "at_most")
    fs = facts("二、2021年工作安排\n全县地区生产总值增长8%左右，“十四五”时期年均增长7%以上；城镇化率提高1个百分点。\n", 2021)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "at_least")
    assert val(fs, ("urbanization_rate", "target", "2021", "pp_change")) == (1, "eq")
    fs = facts("二、发展目标\n“十三五”时期，全县地区生产总值年均增长8%；城镇化率达到58%。\n", 2016)
    assert val(fs, ("urbanization_rate", "goal", "2016-2020", "share")) == (58, "eq")


# "农民人均可支配收入突破万元": one 万元 passed, no digit written (as 突破千亿元)
@pytest.mark.parametrize("words", ["突破万元", "首次突破万元大关", "迈上万元台阶"])
def test_passing_ten_thousand_yuan(words):
    fs = facts(f"一、2016年工作回顾\n2016年，全县农民人均可支配收入{words}，增长9.5%。\n", 2017)
    assert val(fs, ("rural_disposable_income", "actual", "2016", "level")) == (1, "at_least")
    assert fs[("rural_disposable_income", "actual", "2016", "level")].unit == "万元"


# "增幅高于经济增幅", "增长高于地区生产总值增速": qualitative targets; the GDP compared with states nothing
def test_growth_above_the_economys():
    fs = facts("二、2018年主要目标\n今年主要预期目标是：一般公共预算收入增长高于地区生产总值增速；"
               "城镇居民人均可支配收入增幅高于经济增幅。\n", 2018)
    assert val(fs, ("general_budget_revenue", "target", "2018", "growth")) == (None, "qualitative")
    assert val(fs, ("urban_disposable_income", "target", "2018", "growth")) == (None, "qualitative")
    assert not [k for k in fs if k[0] == "gdp"]
