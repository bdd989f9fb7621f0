"""Session 16 goals13: city and county reports of a plan's first year (2016, 2021, 2026) that state the five
years reviewed, the new plan's goals and the year's targets side by side. The classes they showed, each in
several wordings, with the look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def county(year: int, head: str, body: str, region: str = "沛县") -> str:
    return (f"政府工作报告\n——{year}年1月18日在{region}第十七届人民代表大会第五次会议上\n各位代表：\n"
            f"{head}\n{body}\n")


U, R = "urban_disposable_income", "rural_disposable_income"


# 1. A doubling with its count left out ("实现翻番", "比2025年翻番"): growth of 100% over the span named
@pytest.mark.parametrize("body,keys,qual", [
    ("展望2035年，全县地区生产总值、居民人均可支配收入在2025年基础上实现翻番。",
     [("gdp", "goal", "2035", "growth"), ("disposable_income", "goal", "2035", "growth")], "eq"),
    ("到2035年，全县地区生产总值比2025年实现翻番。", [("gdp", "goal", "2035", "growth")], "eq"),
    ("到2035年，人均地区生产总值比2025年翻番以上。", [("gdp_per_capita", "goal", "2035", "growth")], "at_least"),
    # the counted word keeps working as before
    ("到2035年，全县地区生产总值在2025年基础上翻一番。", [("gdp", "goal", "2035", "growth")], "eq"),
])
def test_a_doubling_without_its_count(body, keys, qual):
    fs = facts(county(2026, "二、“十五五”时期主要目标", body))
    for key in keys:
        assert val(fs, key) == (100, qual)


# look-alike: a programme named for a doubling is no figure
@pytest.mark.parametrize("body", [
    "实施农民收入翻番工程，持续推进乡村振兴。",
    "深入实施城乡居民收入翻番计划。",
])
def test_a_doubling_programme_is_no_figure(body):
    fs = facts(county(2026, "三、2026年工作安排", body))
    assert not any(k[3] == "growth" and fs[k].value == 100 for k in fs)


# 2. The same figure's change by the plan's end year over a base year, its name left out, after a rate
# ("年均增长9%，到2020年比2010年翻一番以上"): the change is that year's goal, the rate the span's
@pytest.mark.parametrize("year,body,span,end,value,qual", [
    (2016, "今后五年，全县生产总值年均增长8%，到2020年比2010年翻一番。", "2016-2020", "2020", 100, "eq"),
    (2016, "今后五年，全县生产总值年均增长8%，到2020年比2010年翻一番以上。", "2016-2020", "2020", 100, "at_least"),
    (2021, "“十四五”时期，全县地区生产总值年均增长7%，到2025年比2020年增长40%以上。", "2021-2025", "2025", 40, "at_least"),
    (2026, "今后五年，全县地区生产总值年均增长6%左右，到2030年较2025年增长35%。", "2026-2030", "2030", 35, "eq"),
])
def test_change_by_the_end_year_after_the_rate(year, body, span, end, value, qual):
    fs = facts(county(year, "二、今后五年的主要目标", body))
    assert val(fs, ("gdp", "goal", span, "growth"))[0] in (8, 7, 6)
    assert val(fs, ("gdp", "goal", end, "growth")) == (value, qual)


# look-alikes: a base year named after the rate with no year to reach (the span's own change), and the next
# clause opening with another name
def test_base_year_change_without_an_end_year_and_another_name_after():
    fs = facts(county(2016, "二、“十三五”时期主要目标", "今后五年，全县生产总值年均增长8%，"
                      "到2020年一般公共预算收入比2010年翻一番。"))
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (8, "eq")
    assert ("gdp", "goal", "2020", "growth") not in fs
    assert val(fs, ("general_budget_revenue", "goal", "2020", "growth")) == (100, "eq")


# 3. One name for the pair (城乡居民…) with two figures not written as one run and no 分别: each figure is both
# names' (as "城乡居民人均可支配收入均增长7%"), not one each
@pytest.mark.parametrize("year,head,body,expect", [
    (2016, "二、“十三五”时期主要目标", "今后五年，城乡居民人均可支配收入年均增长9%，到2020年比2010年翻一番以上。",
     {("goal", "2016-2020"): (9, "eq"), ("goal", "2020"): (100, "at_least")}),
    (2021, "一、“十三五”时期工作回顾", "五年来，城乡居民人均可支配收入年均增长8.5%，比2015年增长50.3%。",
     {("actual", "2016-2020"): (8.5, "eq")}),
    (2021, "一、2020年工作回顾", "2020年，城乡居民人均可支配收入增长4.5%，两年平均增长6.1%。",
     {("actual", "2020"): (4.5, "eq"), ("actual", "2019-2020"): (6.1, "eq")}),
    (2021, "二、“十四五”时期主要目标", "城乡居民人均可支配收入年均增长7%，到2025年比2020年增长40%以上。",
     {("goal", "2021-2025"): (7, "eq"), ("goal", "2025"): (40, "at_least")}),
])
def test_pair_figures_not_in_one_run_are_both_names(year, head, body, expect):
    fs = facts(county(year, head, body))
    for (role, period), want in expect.items():
        assert val(fs, (U, role, period, "growth")) == want
        assert val(fs, (R, role, period, "growth")) == want


# look-alikes: one run of figures, with or without 分别, stays one for each name in turn
@pytest.mark.parametrize("body,u,r", [
    ("2020年，城乡居民人均可支配收入增长5.2%、7.8%。", 5.2, 7.8),
    ("2020年，城镇和农村居民人均可支配收入增长5.2%和7.8%。", 5.2, 7.8),
    ("2020年，城镇、农村居民人均可支配收入分别增长5.2%和7.8%。", 5.2, 7.8),
    ("2020年，城乡居民人均可支配收入分别增长5.2%，7.8%。", 5.2, 7.8),
    ("2020年，城乡居民人均可支配收入增长5.2%和增长7.8%。", 5.2, 7.8),
])
def test_pair_figures_in_one_run_stay_one_each(body, u, r):
    fs = facts(county(2021, "一、2020年工作回顾", body))
    assert val(fs, (U, "actual", "2020", "growth")) == (u, "eq")
    assert val(fs, (R, "actual", "2020", "growth")) == (r, "eq")


# 4. A stock named in a list of gains one verb leads ("新增规上工业企业96家、高新技术企业65家") is what it
# gained: the total stated after it is the stock's level
@pytest.mark.parametrize("head,body,key,value", [
    ("一、2025年工作回顾", "一年来，新增规上工业企业96家、高新技术企业65家，高新技术企业总数达到312家。",
     ("high_tech_enterprises", "actual", "2025", "level"), (312, "eq")),
    ("一、过去五年工作回顾", "五年来，新增国家级专精特新企业20家、高新技术企业650家，高新技术企业总数突破1200家。",
     ("high_tech_enterprises", "actual", "2025", "level"), (1200, "at_least")),
    # the gain over the five years keeps the span, as "新增高新技术企业650家" alone does
    ("一、过去五年工作回顾", "五年来，新增国家级专精特新企业20家、高新技术企业650家，高新技术企业总数突破1200家。",
     ("high_tech_enterprises", "actual", "2021-2025", "level"), (650, "eq")),
])
def test_stock_gained_in_a_list_of_gains(head, body, key, value):
    fs = facts(county(2026, head, body))
    assert val(fs, key) == value


# look-alikes: a gain alone stays the figure; a total in the list, or a list with no verb of gain, is the stock
@pytest.mark.parametrize("body,value", [
    ("一年来，新增规上工业企业96家、高新技术企业65家。", 65),
    ("一年来，新增规上工业企业96家、高新技术企业总数达到312家。", 312),
    ("一年来，规上工业企业达到520家、高新技术企业312家。", 312),
])
def test_stock_in_a_list_look_alikes(body, value):
    fs = facts(county(2026, "一、2025年工作回顾", body))
    assert val(fs, ("high_tech_enterprises", "actual", "2025", "level"))[0] == value


# 5. The plan named with no 时期 before the average, after the year's figure ("增长5.6%，“十四五”年均增长5.9%"):
# the same figure's average over the plan's years, its name left out
@pytest.mark.parametrize("year,head,body,span,value", [
    (2026, "一、2025年工作回顾", "2025年，全县地区生产总值增长5.6%，“十四五”年均增长5.9%。", "2021-2025", 5.9),
    (2026, "一、2025年工作回顾", "2025年，全县地区生产总值增长5.6%；“十四五”年均增长5.9%。", "2021-2025", 5.9),
    (2021, "一、2020年工作回顾", "2020年，全县地区生产总值增长3.6%，“十三五”年均增长6.9%。", "2016-2020", 6.9),
])
def test_plan_average_without_shiqi_after_the_years_figure(year, head, body, span, value):
    fs = facts(county(year, head, body))
    assert val(fs, ("gdp", "actual", span, "growth")) == (value, "eq")
    assert ("gdp", "actual", str(year - 1), "growth") in fs


# the plan's average after this year's target is the plan's goal; a clause about the plan with no figure adds none
def test_plan_average_without_shiqi_look_alikes():
    fs = facts(county(2026, "二、2026年工作安排", "今年主要预期目标是：地区生产总值增长6%左右，“十五五”年均增长5.5%左右。"))
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6, "about")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")
    fs = facts(county(2026, "一、2025年工作回顾", "2025年，全县地区生产总值增长5.6%，“十四五”规划目标顺利完成。"))
    assert sorted(k for k in fs if k[0] == "gdp") == [("gdp", "actual", "2025", "growth")]


# 6. A clause aiming at the plan's goal by its figure ("锚定地区生产总值年均增长6%的“十五五”目标，"): that figure is
# the plan's goal (no proportion of it), and the plan named there is no time frame for the clauses after it
@pytest.mark.parametrize("body,targets", [
    ("锚定地区生产总值年均增长6%的“十五五”目标，推动地区生产总值增长6.5%以上。", {"gdp": (6.5, "at_least")}),
    ("锚定“十五五”地区生产总值年均增长6%的目标，推动地区生产总值增长6.5%以上。", {"gdp": (6.5, "at_least")}),
    ("今年，全县要紧扣“十五五”地区生产总值年均增长6%的目标，推动地区生产总值增长6.5%以上，一般公共预算收入增长4%。",
     {"gdp": (6.5, "at_least"), "general_budget_revenue": (4, "eq")}),
])
def test_a_clause_aiming_at_the_plans_goal(body, targets):
    fs = facts(county(2026, "二、2026年重点工作", body))
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (6, "eq")
    for iid, want in targets.items():
        assert val(fs, (iid, "target", "2026", "growth")) == want
        if iid != "gdp":
            assert (iid, "goal", "2026-2030", "growth") not in fs


# look-alikes: the plan's period opening the sentence, or a goals part, governs every clause of it
@pytest.mark.parametrize("head,body", [
    ("二、2026年重点工作", "“十五五”时期全县将实现地区生产总值年均增长6%的目标，城镇化率达到70%。"),
    ("二、2026年重点工作", "“十五五”时期，全县将实现地区生产总值年均增长6%的目标，城镇化率达到70%。"),
    ("二、“十五五”时期主要目标", "“十五五”时期，力争实现地区生产总值年均增长6%的目标，城镇化率达到70%。"),
])
def test_plan_period_governing_its_sentence_stays(head, body):
    fs = facts(county(2026, head, body))
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (6, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (70, "eq")
    assert ("urbanization_rate", "target", "2026", "share") not in fs


# 7. The plan's goal restated after a comparison word, right before its figure ("高于规划目标12%"): the word
# compares the result with the goal; it is no bound of the goal's own figure
@pytest.mark.parametrize("body,goal", [
    ("一般公共预算收入年均增长15%，高于规划目标12%。", (12, "eq")),
    ("一般公共预算收入年均增长15%，超过规划目标12%。", (12, "eq")),
    ("一般公共预算收入年均增长7.1%，低于规划目标8%。", (8, "eq")),
    # the goal's own words after its figure stay
    ("一般公共预算收入年均增长7.1%，低于规划目标8%左右。", (8, "about")),
])
def test_plan_goal_after_a_comparison_keeps_its_own_qualifier(body, goal):
    fs = facts(county(2021, "一、“十三五”规划实施情况", body))
    assert val(fs, ("general_budget_revenue", "goal", "2016-2020", "growth")) == goal
    assert fs[("general_budget_revenue", "actual", "2016-2020", "growth")].qualifier == "eq"


# look-alikes: a bound stated for the result itself, and last year's target after a comparison, as before
def test_comparison_look_alikes():
    fs = facts(county(2021, "一、2020年工作回顾", "2020年，全县地区生产总值增长4.5%，高于年初预期目标3%。"
                      "城镇登记失业率控制在4%以内。"))
    assert val(fs, ("gdp", "target", "2020", "growth")) == (3, "eq")
    assert val(fs, ("registered_unemployment_rate", "actual", "2020", "share")) == (4, "at_most")


# 8. A doubling with its count in words ("增长一倍", "提高两倍") or named so ("实现倍增"): 100% (200%) over the span
@pytest.mark.parametrize("year,head,body,key,want", [
    (2026, "二、“十五五”时期主要目标", "到2035年，全县地区生产总值比2025年增长一倍。", ("gdp", "goal", "2035", "growth"), (100, "eq")),
    (2026, "二、“十五五”时期主要目标", "到2035年，全县居民人均可支配收入实现倍增。",
     ("disposable_income", "goal", "2035", "growth"), (100, "eq")),
    (2021, "一、“十三五”时期工作回顾", "五年来，全县一般公共预算收入比2015年增长一倍。",
     ("general_budget_revenue", "actual", "2016-2020", "growth"), (100, "eq")),
    (2021, "一、“十三五”时期工作回顾", "五年来，全县一般公共预算收入比2015年提高两倍以上。",
     ("general_budget_revenue", "actual", "2016-2020", "growth"), (200, "at_least")),
])
def test_a_doubling_in_words(year, head, body, key, want):
    fs = facts(county(year, head, body))
    assert val(fs, key) == want


# look-alikes: a programme named for it, a change of what follows (增长一倍以上的区县), and a goal named after it
@pytest.mark.parametrize("body", [
    "深入实施居民收入倍增计划，推进制造业企业倍增行动。",
    "今年全县一般公共预算收入增长一倍以上的乡镇达到3个。",
    "今年全县一般公共预算收入增长1倍以上的乡镇达到3个。",
])
def test_a_doubling_in_words_look_alikes(body):
    fs = facts(county(2026, "二、2026年重点工作", body))
    assert not any(k[3] == "growth" for k in fs)


def test_a_doubling_named_a_goal_after_it_stays():
    fs = facts(county(2016, "二、“十三五”时期主要目标", "今后五年，确保实现全县生产总值比2010年翻一番的奋斗目标。"))
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (100, "eq")


# 9. This year named with the time ahead ("做好今年和今后一个时期的工作，主要预期目标是：") is no plan's period: the
# figures are the year's targets
@pytest.mark.parametrize("year,body", [
    (2026, "做好今年和今后一个时期的工作，主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%。"),
    (2026, "今年和今后一个时期，全县地区生产总值增长6%左右，一般公共预算收入增长3%。"),
    (2026, "2026年和今后一个时期的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%。"),
    (2021, "做好今年及今后一个时期的政府工作，主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%。"),
])
def test_this_year_with_the_time_ahead_sets_targets(year, body):
    fs = facts(county(year, f"二、{year}年工作安排", body))
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6, "about")
    assert val(fs, ("general_budget_revenue", "target", str(year), "growth")) == (3, "eq")
    assert not any(k[1] == "goal" for k in fs)


# look-alikes: the time ahead alone, or an average over it, stays the plan's goal
@pytest.mark.parametrize("body,key,want", [
    ("今后一个时期，全县地区生产总值增长6%左右。", ("gdp", "goal", "2026-2030", "growth"), (6, "about")),
    ("今年和今后一个时期，全县地区生产总值年均增长6%左右。", ("gdp", "goal", "2026-2030", "growth"), (6, "about")),
])
def test_time_ahead_look_alikes(body, key, want):
    fs = facts(county(2026, "二、2026年工作安排", body))
    assert val(fs, key) == want


# 10. A clause that weighs the plan or names it as the source ("根据“十五五”规划纲要，", "与“十五五”规划目标相衔接，",
# "统筹考虑“十五五”时期目标任务，") sets no time frame for the year's expected targets after it
@pytest.mark.parametrize("body", [
    "根据“十五五”规划纲要，综合考虑各方面因素，主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%。",
    "与“十五五”规划目标相衔接，主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%。",
    "统筹考虑“十五五”时期目标任务，地区生产总值增长6%左右，一般公共预算收入增长3%。",
    "兼顾“十五五”时期发展需要，主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长3%。",
    "与“十五五”时期目标任务相衔接，地区生产总值增长6%左右，一般公共预算收入增长3%。",
])
def test_a_plan_weighed_before_the_years_targets(body):
    fs = facts(county(2026, "二、2026年工作安排", body))
    assert val(fs, ("gdp", "target", "2026", "growth")) == (6, "about")
    assert val(fs, ("general_budget_revenue", "target", "2026", "growth")) == (3, "eq")
    assert not any(k[1] == "goal" for k in fs)


# look-alikes: the plan's own goals, led by its period or following it by its document, stay goals
@pytest.mark.parametrize("head,body", [
    ("二、2026年工作安排", "按照“十五五”规划纲要，全县地区生产总值年均增长5.5%左右，城镇化率达到70%。"),
    ("二、“十五五”时期主要目标", "根据县委《建议》，今后五年全县经济社会发展的主要目标是：地区生产总值年均增长5.5%左右，城镇化率达到70%。"),
    ("二、2026年工作安排", "今后五年，全县经济社会发展的主要预期目标是：地区生产总值年均增长5.5%左右，城镇化率达到70%。"),
    ("二、2026年工作安排", "“十五五”时期，结合我县实际，全县主要预期目标是：地区生产总值年均增长5.5%左右，城镇化率达到70%。"),
])
def test_plan_goals_look_alikes(head, body):
    fs = facts(county(2026, head, body))
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5.5, "about")
    assert val(fs, ("urbanization_rate", "goal", "2026-2030", "share")) == (70, "eq")


# look-alike of 10: the plan's goals as the subject aligned with another (the plan not weighed) stay goals
def test_plan_goals_aligned_with_the_vision_stay_goals():
    fs = facts(county(2026, "二、2026年工作总体要求和主要目标", "“十五五”时期主要目标与2035年远景目标相衔接："
                      "地区生产总值年均增长5.5%左右，一般公共预算收入增长3%。"))
    assert val(fs, ("general_budget_revenue", "goal", "2026-2030", "growth")) == (3, "eq")
    assert not any(k[1] == "target" for k in fs)
