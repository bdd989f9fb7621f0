"""fyp38: reports at a five-year plan's turn (2016, 2021, 2026), blind (decision 183)."""
import pytest

from factkeys import facts, val

_R21 = "政府工作报告\n一、“十三五”时期工作回顾\n"
_R26 = "政府工作报告\n一、“十四五”时期工作回顾\n"


def _fs(text: str, year: int):
    return facts(text, report_year=year, region="某某市", level="prefecture")


# 1. the tally of the plan's indicators met ("规划确定的N项主要指标中，M项完成…；") reviews the plan: the figures after it
# in its sentence are results, not the plan's goals (the tally's count opens the clause after 中, closed by its own ；)
@pytest.mark.parametrize("text,year,key,value", [
    (_R21 + "五年来，全市经济持续发展。“十三五”规划纲要确定的30项主要指标中，27项完成或超额完成；全市森林覆盖率达到62.5%，"
     "常住人口城镇化率达到58%。", 2021, ("urbanization_rate", "actual", "2020", "share"), 58),
    ("关于某县2025年计划执行情况与2026年计划草案的报告\n二、“十四五”规划实施情况\n从完成情况看，规划纲要确定的24项主要指标中，"
     "21项达到或超过预期；一般公共预算收入年均增长6.1%，研发经费投入强度达到2.1%。", 2026,
     ("rnd_intensity", "actual", "2025", "share"), 2.1),
])
def test_a_tally_of_the_plans_indicators_met_is_a_review(text, year, key, value):
    fs = _fs(text, year)
    assert val(fs, key) == (value, "eq")
    assert not [k for k in fs if k[1] == "goal"]


def test_a_tally_then_the_goals_missed_keeps_them_goals():
    # (the tally's clause goes on to the plan's figures not met, named as its indicators: they are its goals)
    fs = _fs(_R21 + "“十三五”规划确定的28项主要指标中，24项完成或超额完成，地区生产总值年均增长9%、一般公共预算收入年均增长10%等4项"
             "指标受疫情冲击未达到规划目标。", 2021)
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (9, "eq")
    assert val(fs, ("general_budget_revenue", "goal", "2016-2020", "growth")) == (10, "eq")


# 2. one-name groups each with a share of its own, then a run of changes after 分别: one change to each group, in order
@pytest.mark.parametrize("text,year,first,second", [
    (_R21 + "五年来，生态环境持续改善，森林覆盖率达到45.2%，常住人口城镇化率达到61.5%，分别比2015年提高3.1个和6.2个百分点。", 2021,
     (("forest_coverage", "actual", "2016-2020", "pp_change"), 3.1),
     (("urbanization_rate", "actual", "2016-2020", "pp_change"), 6.2)),
    ("政府工作报告\n一、2025年工作回顾\n过去一年，就业形势总体稳定，城镇调查失业率为5.1%，城镇登记失业率为3.2%，分别下降0.3个和"
     "0.2个百分点。", 2026,
     (("urban_unemployment_rate", "actual", "2025", "pp_change"), -0.3),
     (("registered_unemployment_rate", "actual", "2025", "pp_change"), -0.2)),
])
def test_shares_of_their_own_then_changes_after_respectively(text, year, first, second):
    fs = _fs(text, year)
    assert val(fs, first[0]) == (first[1], "eq")
    assert val(fs, second[0]) == (second[1], "eq")


# 3. a plan's period named before 年均分别 ("，“十二五”期间年均分别增长10.1%和12.5%") goes on with the names before it, as
# "，“十二五”期间年均增长11.2%" does for one name (the 十三五 and 十四五 were read so by other means; the 十二五 of 2016's
# reviews was not)
_R16 = "政府工作报告\n一、“十二五”时期工作回顾\n"


@pytest.mark.parametrize("text,year,first,second", [
    (_R16 + "——人民生活持续改善。城镇居民人均可支配收入24350元，农村居民人均可支配收入11620元，“十二五”期间年均分别增长9.8%和"
     "11.9%。", 2016, (("urban_disposable_income", "actual", "2011-2015", "growth"), 9.8),
     (("rural_disposable_income", "actual", "2011-2015", "growth"), 11.9)),
    (_R16 + "开放水平不断提升。全市进出口总额86亿美元，实际利用外资6.2亿美元，“十二五”时期年均分别增长12.4%和8.3%。", 2016,
     (("foreign_trade", "actual", "2011-2015", "growth"), 12.4), (("fdi", "actual", "2011-2015", "growth"), 8.3)),
])
def test_a_plans_period_before_averages_after_respectively(text, year, first, second):
    fs = _fs(text, year)
    assert val(fs, first[0]) == (first[1], "eq")
    assert val(fs, second[0]) == (second[1], "eq")


# 4. "五年累计" before the name, then the target the total met ("，超额完成350万人的规划目标"): a goal of the five years
# (decision 97's shape with 累计 after the name already was), not a second total
@pytest.mark.parametrize("text,key,value", [
    (_R21 + "五年来，五年累计城镇新增就业12.3万人，超额完成10万人的规划目标。", ("urban_new_jobs", "goal", "2016-2020", "level"), 10),
    (_R21 + "过去五年，五年累计完成固定资产投资3200亿元，超额完成省下达的3000亿元目标任务。",
     ("fixed_asset_investment", "goal", "2016-2020", "level"), 3000),
])
def test_the_target_a_five_year_total_met_is_a_goal(text, key, value):
    fs = _fs(text, 2021)
    assert val(fs, key) == (value, "eq")
    assert val(fs, (key[0], "actual", "2016-2020", "level"))[0] != value


# 5. 五年 right before a count's name in a goal list a year leads ("到2025年，…；五年城镇新增就业6万人以上"): the plan's
# five years summed, as "五年累计" is (decision 34), not the year's stock
@pytest.mark.parametrize("text,year,key,value,items", [
    ("政府工作报告\n二、“十四五”时期主要目标\n今后五年的主要目标是：到2025年，地区生产总值突破600亿元；五年城镇新增就业6万人以上；"
     "森林覆盖率达到50%。", 2021, ("urban_new_jobs", "goal", "2021-2025", "level"), (6, "at_least"),
     ("forest_coverage", "goal", "2025", "share")),
    ("政府工作报告\n二、“十五五”时期主要目标\n今后五年的主要目标是：到2030年，地区生产总值达到900亿元；五年内新增城镇就业3万人；"
     "常住人口城镇化率达到65%。", 2026, ("urban_new_jobs", "goal", "2026-2030", "level"), (3, "eq"),
     ("urbanization_rate", "goal", "2030", "share")),
])
def test_five_years_before_a_counts_name_in_a_dated_goal_list(text, year, key, value, items):
    fs = _fs(text, year)
    assert val(fs, key) == value
    assert items in fs  # (the items around it keep the year that leads the list)


# 6. a paragraph opened by 这一年/一年来 in the review of a plan just ended, after a paragraph on the last year: that
# year's figures, not the five years'
@pytest.mark.parametrize("last,key,value", [
    ("这一年，我们坚持民生优先，民生支出占一般公共预算支出比重达到81%。", ("livelihood_expenditure", "actual", "2020", "share"), 81),
    ("一年来，我们全力稳住工业，规模以上工业增加值增长6.2%。", ("industrial_va", "actual", "2020", "growth"), 6.2),
    ("这一年，我们全力稳增长，固定资产投资增长9.8%，一般公共预算收入完成15.3亿元。",
     ("fixed_asset_investment", "actual", "2020", "growth"), 9.8),
])
def test_a_paragraph_opened_on_the_year_by_its_word_in_a_plans_review(last, key, value):
    fs = _fs(_R21 + "五年来，全市地区生产总值年均增长7.1%。\n2020年，全市地区生产总值增长3.5%。\n" + last, 2021)
    assert val(fs, key) == (value, "eq")
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (7.1, "eq")


# 7. a past plan's yearly average set against this year's target, its plan named in its own clause ("增长5.5%左右，高于
# “十四五”时期年均增长5.2%的水平" in 2026): that plan's result over its years (decision 106's leftover), not a goal of the
# plan the part is on; the plan under way named so stays its goal
_PLAN26 = ("政府工作报告\n一、2025年和“十四五”时期工作回顾\n过去一年，全市地区生产总值增长5.1%。\n"
           "二、“十五五”时期主要目标和2026年工作安排\n今年全市经济社会发展的主要预期目标是：")
_PLAN21 = ("政府工作报告\n一、2020年和“十三五”时期工作回顾\n过去一年，全市地区生产总值增长3.1%。\n"
           "二、“十四五”时期主要目标和2021年工作安排\n今年全市经济社会发展的主要预期目标是：")


@pytest.mark.parametrize("text,year,target,past", [
    (_PLAN26 + "地区生产总值增长5.5%左右，高于“十四五”时期年均增长5.2%的水平；一般公共预算收入增长4%。", 2026,
     (("gdp", "target", "2026", "growth"), (5.5, "about")), (("gdp", "actual", "2021-2025", "growth"), (5.2, "eq"))),
    (_PLAN21 + "地区生产总值增长7%以上，略低于“十三五”时期年均增长7.5%的水平；城镇新增就业5万人。", 2021,
     (("gdp", "target", "2021", "growth"), (7, "at_least")), (("gdp", "actual", "2016-2020", "growth"), (7.5, "eq"))),
])
def test_a_past_plans_average_set_against_the_years_target(text, year, target, past):
    fs = _fs(text, year)
    assert val(fs, target[0]) == target[1]
    assert val(fs, past[0]) == past[1]
    assert not [k for k in fs if k[1] == "goal"]


def test_the_plan_under_way_named_beside_the_target_stays_its_goal():
    fs = _fs(_PLAN26 + "地区生产总值增长5.5%左右，与“十五五”规划年均增长5.5%左右的目标相衔接。", 2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")


# 8. the plan's end written right after a name, before its verb ("常住人口城镇化率“十五五”末达到68%"): that year, as
# "到“十五五”末" and a 到2030年 are (decision 97); in the review of a plan just ended, its last year's result
@pytest.mark.parametrize("text,year,key,value", [
    ("政府工作报告\n二、“十五五”时期主要目标\n今后五年的主要目标是：常住人口城镇化率“十五五”末达到68%；森林覆盖率达到60%。", 2026,
     ("urbanization_rate", "goal", "2030", "share"), (68, "eq")),
    ("政府工作报告\n二、“十五五”时期主要目标\n今后五年的主要目标是：地区生产总值年均增长5%；人均地区生产总值“十五五”末突破12万元；"
     "一般公共预算收入年均增长4%。", 2026, ("gdp_per_capita", "goal", "2030", "level"), (12, "at_least")),
    (_R21 + "五年来，常住人口城镇化率“十三五”末达到58.6%，森林覆盖率达到45%。", 2021,
     ("urbanization_rate", "actual", "2020", "share"), (58.6, "eq")),
])
def test_the_plans_end_between_a_name_and_its_verb(text, year, key, value):
    fs = _fs(text, year)
    assert val(fs, key) == value
    if year == 2026:
        assert not [k for k in fs if k[0] == key[0] and k[2] == "2026-2030"]


# 9. this year's part of a plan's figure, its name left out ("年均增长6%左右，其中今年增长6.5%左右"): the year's target,
# not a second goal of the plan (the sentence's cue before the name is the plan's)
_GOALS26 = ("政府工作报告\n一、2025年和“十四五”时期工作回顾\n过去一年，全市地区生产总值增长5.1%。\n"
            "二、“十五五”时期主要目标和2026年工作安排\n")


@pytest.mark.parametrize("text,year,goal,target", [
    (_GOALS26 + "今后五年，地区生产总值年均增长6%左右，其中今年增长6.5%左右。", 2026,
     (("gdp", "goal", "2026-2030", "growth"), (6, "about")), (("gdp", "target", "2026", "growth"), (6.5, "about"))),
    (_GOALS26 + "今后五年，一般公共预算收入年均增长5%以上，其中2026年增长4.5%。", 2026,
     (("general_budget_revenue", "goal", "2026-2030", "growth"), (5, "at_least")),
     (("general_budget_revenue", "target", "2026", "growth"), (4.5, "eq"))),
    ("政府工作报告\n二、“十四五”时期主要目标和2021年工作安排\n“十四五”时期，城镇新增就业累计25万人以上，其中今年新增5.2万人。", 2021,
     (("urban_new_jobs", "goal", "2021-2025", "level"), (25, "at_least")),
     (("urban_new_jobs", "target", "2021", "level"), (5.2, "eq"))),
])
def test_this_years_part_of_a_plans_figure(text, year, goal, target):
    fs = _fs(text, year)
    assert val(fs, goal[0]) == goal[1]
    assert val(fs, target[0]) == target[1]


# 10. a pair's run of the year's changes, then the plan's averages as a second run ("，分别增长8.1%和9.2%，“十二五”期间年均分别
# 增长9.8%和11.9%"), in a review of the plan with no year named: the first run is the last year's, as a plain change
# right before one name's average is; 分别 may also stand before 年均 ("“十四五”期间分别年均增长6.5%和8%")
@pytest.mark.parametrize("tail,averages", [
    ("，分别增长8.1%和9.2%，“十二五”期间年均分别增长9.8%和11.9%。", (9.8, 11.9)),
    ("，分别增长8.1%和9.2%，五年年均分别增长9.8%和11.9%。", (9.8, 11.9)),
])
def test_the_years_run_then_the_plans_averages(tail, averages):
    fs = _fs(_R16 + "城镇居民人均可支配收入24350元，农村居民人均可支配收入11620元" + tail, 2016)
    assert val(fs, ("urban_disposable_income", "actual", "2015", "growth")) == (8.1, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2015", "growth")) == (9.2, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2011-2015", "growth")) == (averages[0], "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2011-2015", "growth")) == (averages[1], "eq")


@pytest.mark.parametrize("text,year,keys", [
    ("政府工作报告\n二、“十四五”时期主要目标和2021年工作安排\n今年是“十四五”开局之年，全市地区生产总值增长8%以上，规模以上工业增加值"
     "增长10%，“十四五”期间分别年均增长6.5%和8%。", 2021,
     ((("gdp", "goal", "2021-2025", "growth"), 6.5), (("industrial_va", "goal", "2021-2025", "growth"), 8))),
    (_R16 + "城镇居民人均可支配收入24350元，农村居民人均可支配收入11620元，“十二五”期间分别年均增长9.8%和11.9%。", 2016,
     ((("urban_disposable_income", "actual", "2011-2015", "growth"), 9.8),
      (("rural_disposable_income", "actual", "2011-2015", "growth"), 11.9))),
])
def test_respectively_before_the_yearly_average(text, year, keys):
    fs = _fs(text, year)
    for key, value in keys:
        assert val(fs, key) == (value, "eq")


# 11. a plan report's review of the plan's indicators, each a label with the plan's figure and the result
# ("地区生产总值年均增长：规划目标6%左右，实际完成5.8%"): the result of a yearly average is over the plan's years, as its goal is
@pytest.mark.parametrize("item,goal,result", [
    ("地区生产总值年均增长：规划目标6%左右，实际完成5.8%。", (("gdp", "goal", "2021-2025", "growth"), (6, "about")),
     (("gdp", "actual", "2021-2025", "growth"), (5.8, "eq"))),
    ("一般公共预算收入年均增长：规划目标7%，实际完成6.4%。",
     (("general_budget_revenue", "goal", "2021-2025", "growth"), (7, "eq")),
     (("general_budget_revenue", "actual", "2021-2025", "growth"), (6.4, "eq"))),
])
def test_a_plan_indicators_label_with_its_average(item, goal, result):
    fs = _fs("关于2025年计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n（一）“十四五”规划主要指标完成情况\n" + item
             + "\n常住人口城镇化率：规划目标65%，实际达到64.2%。", 2026)
    assert val(fs, goal[0]) == goal[1]
    assert val(fs, result[0]) == result[1]
    assert val(fs, ("urbanization_rate", "actual", "2025", "share")) == (64.2, "eq")


# 12. the plan's goal of the same figure opening a clause of its own, met after it ("，“十三五”规划确定的年均增长7.5%的目标
# 基本实现"): the goal of the plan's years, its name left out, as after 基本实现 before it
@pytest.mark.parametrize("tail,value", [
    ("，“十三五”规划确定的年均增长7.5%的目标基本实现。", 7.5),
    ("，高于全省平均1.1个百分点，“十三五”规划确定的年均增长7%以上的目标圆满完成。", 7),
])
def test_the_plans_goal_restated_in_a_clause_of_its_own(tail, value):
    fs = _fs(_R21 + "“十三五”时期，全市地区生产总值年均增长7.2%" + tail, 2021)
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (7.2, "eq")
    assert val(fs, ("gdp", "goal", "2016-2020", "growth"))[0] == value
