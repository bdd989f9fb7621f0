"""Whole district 政府工作报告 and city 计划报告 of 2024–2025, blind (d2434; decision 125)."""
from __future__ import annotations

import pytest
from factkeys import facts, read, val  # tests/factkeys.py

PLAN = ("XX市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n"
        "全市地区生产总值增长5.1%。\n（三）“十四五”规划实施情况\n“十四五”以来，全市地区生产总值年均增长6%。\n")
TARGETS = "二、2025年主要目标\n建议2025年主要预期目标为：地区生产总值增长5.5%左右；城镇化率提高1个百分点。\n"


@pytest.mark.parametrize("sentence", [
    # the plan named bare as the source of its last year's figures, in that year's report: its goals, no target
    "根据规划纲要，到2025年全市地区生产总值达到3600亿元、常住人口城镇化率达到62%，仍需加倍努力。",
    "规划提出，到2025年全市地区生产总值达到3600亿元，常住人口城镇化率达到62%。",
    "按照规划，到2025年全市地区生产总值达到3600亿元，常住人口城镇化率达到62%。",
])
def test_bare_plan_source_in_its_last_year_states_goals(sentence):
    fs = facts(PLAN + sentence + "\n" + TARGETS, report_year=2025)
    assert val(fs, ("gdp", "goal", "2025", "level")) == (3600, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2025", "share")) == (62, "eq")
    assert ("gdp", "target", "2025", "level") not in fs
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")


def test_year_without_a_plan_source_stays_the_years_target():
    # the year's own figure in the tasks, no plan named before it: this year's target, as before
    fs = facts(PLAN + TARGETS + "三、2025年主要任务\n力争到2025年全市地区生产总值达到3600亿元。\n", report_year=2025)
    assert val(fs, ("gdp", "target", "2025", "level")) == (3600, "eq")
    assert ("gdp", "goal", "2025", "level") not in fs


def test_bare_plan_source_outside_a_plans_last_year_keeps_the_target():
    # 2024 ends no plan: a bare 规划 before 到2024年 (a yearly plan of the city) is left as it was read
    text = ("XX市2024年计划草案的报告\n一、2023年计划执行情况\n全市地区生产总值增长5.1%。\n二、2024年主要目标\n"
            "按照规划，到2024年全市地区生产总值达到3300亿元。\n")
    fs = facts(text, report_year=2024)
    assert ("gdp", "goal", "2024", "level") not in fs


DISTRICT = "XX区2024年政府工作报告\n一、2023年工作回顾\n全区地区生产总值增长5.1%。\n二、2024年主要目标\n"


@pytest.mark.parametrize("targets, tasks, key, expected", [
    # a handed-down lead inside the first item of the district's own list hands down that item only: the later items
    # are the district's, and a restatement in the tasks does not replace them (the first place)
    ("主要预期目标是：市下达我区地区生产总值增长目标为5%，我区确定为增长5.5%左右；一般公共预算收入增长5%；城镇新增就业1.2万人。",
     "城镇新增就业1.2万人以上。", ("urban_new_jobs", "target", "2024", "level"), (1.2, "eq")),
    ("今年全区经济社会发展的主要预期目标为：市下达我区的地区生产总值增长目标为6%，我区定为6.5%左右；固定资产投资增长8%；"
     "社会消费品零售总额增长6%。",
     "全年固定资产投资增长8%以上。", ("fixed_asset_investment", "target", "2024", "growth"), (8, "eq")),
])
def test_handed_lead_in_an_item_hands_down_its_item_only(targets, tasks, key, expected):
    fs = facts(DISTRICT + targets + "\n三、2024年重点工作\n" + tasks + "\n", report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth"))[0] in (5.5, 6.5)
    assert val(fs, key) == expected


def test_handed_list_before_its_colon_still_yields_to_the_own_figure():
    # the level above's list, its lead before the colon, keeps yielding to the district's own target set after it
    text = DISTRICT + ("市下达我区的主要目标是：地区生产总值增长5%；固定资产投资增长6%。结合我区实际，今年主要预期目标确定为："
                       "地区生产总值增长5.5%左右；固定资产投资增长7%。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (7, "eq")


MID = ("XX市2026年政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长5.1%。\n二、“十五五”时期主要目标\n"
       "“十五五”规划纲要草案已提请本次大会审议。")


@pytest.mark.parametrize("sentence", [
    # the plan named as what sets the list, its year right after it with no comma: the year dates every ；-item
    "规划纲要明确，到2030年全市地区生产总值达到8000亿元；一般公共预算收入年均增长6%以上；常住人口城镇化率达到70%。",
    "根据规划纲要，到2030年全市地区生产总值达到8000亿元，年均增长5%左右；一般公共预算收入年均增长6%以上；"
    "常住人口城镇化率达到70%。",
])
def test_plan_source_then_year_dates_every_item(sentence):
    fs = facts(MID + sentence + "\n", report_year=2026)
    assert val(fs, ("gdp", "goal", "2030", "level")) == (8000, "eq")
    assert val(fs, ("general_budget_revenue", "goal", "2030", "growth")) == (6, "at_least")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (70, "eq")


def test_year_inside_an_item_without_a_plan_source_leaves_the_span():
    # decision 20: a year inside one item (no plan named before it) leaves the later items the plan's span
    fs = facts(MID + "“十五五”时期，全市地区生产总值年均增长5%左右，到2030年达到8000亿元；一般公共预算收入年均增长6%以上。\n",
               report_year=2026)
    assert val(fs, ("general_budget_revenue", "goal", "2026-2030", "growth")) == (6, "at_least")


TASKS = ("XX区2025年政府工作报告\n一、2024年工作回顾\n全区地区生产总值增长6.1%。\n二、2025年工作安排\n"
         "主要预期目标是：地区生产总值增长6%左右。\n（一）产业发展\n")


@pytest.mark.parametrize("paragraph, key, expected", [
    # a later year opening a task paragraph dates its own sentence: the next sentence's figure is this year's target
    ("力争到2027年全区规上工业企业达到300家。全区固定资产投资增长7%。",
     ("fixed_asset_investment", "target", "2025", "growth"), (7, "eq")),
    ("确保到2026年数字经济核心产业营收突破500亿元。加快技术改造，全区规模以上工业增加值增长8%以上。",
     ("industrial_va", "target", "2025", "growth"), (8, "at_least")),
])
def test_year_opening_a_task_paragraph_dates_its_sentence_only(paragraph, key, expected):
    fs = facts(TASKS + paragraph + "\n", report_year=2025)
    assert val(fs, key) == expected
    assert not any(k[0] == key[0] and k[1] == "goal" for k in fs)


def test_year_opening_a_paragraph_of_a_plan_part_still_leads_it():
    # in a part titled for the plan, the sentences after the year's stay the plan's goals (decision 116)
    text = ("XX市2026年政府工作报告\n一、2025年工作回顾\n全市地区生产总值增长5.1%。\n二、“十五五”时期主要目标和2026年重点任务\n"
            "到2030年，全市地区生产总值达到8000亿元。常住人口城镇化率达到70%。\n三、2026年主要预期目标\n地区生产总值增长5%左右。\n")
    fs = facts(text, report_year=2026)
    assert ("urbanization_rate", "target", "2026", "share") not in fs
    assert val(fs, ("gdp", "goal", "2030", "level")) == (8000, "eq")


MIDTERM = ("XX区2025年政府工作报告\n一、2024年工作回顾\n全区地区生产总值增长6.1%。\n二、“十四五”规划实施情况\n")
NEXT = "\n三、2025年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n"


@pytest.mark.parametrize("sentence, key, value", [
    # the plan's indicators named as the set the figures after it are picked from: the plan's goals, no results
    ("“十四五”规划确定的21项主要指标中，地区生产总值年均增长7%、研发经费投入强度达到3.5%等指标有望完成。"
     "2021—2024年，全区地区生产总值年均增长6.3%。", ("rnd_intensity", "goal", "2021-2025", "share"), (3.5, "eq")),
    ("在“十四五”规划确定的主要指标中，常住人口城镇化率达到70%的目标已经实现。",
     ("urbanization_rate", "goal", "2021-2025", "share"), (70, "eq")),
])
def test_plan_indicators_picked_from_are_goals(sentence, key, value):
    fs = facts(MIDTERM + sentence + NEXT, report_year=2025)
    assert val(fs, key) == value
    assert not any(k[0] == key[0] and k[1] in ("actual", "target") for k in fs)


def test_plan_set_then_its_result_after_a_bare_actual():
    fs = facts(MIDTERM + "“十四五”规划确定的21项主要指标中，地区生产总值年均增长7%、研发经费投入强度达到3.5%等指标有望完成。"
               "2021—2024年，全区地区生产总值年均增长6.3%。" + NEXT, report_year=2025)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "actual", "2021-2024", "growth")) == (6.3, "eq")
    # a bare 实际 opening the clause after the goal met states the result, not the goal
    fs = facts(MIDTERM + "“十四五”规划提出的主要指标中，一般公共预算收入年均增长7%的目标已提前完成，实际年均增长8.4%。" + NEXT,
               report_year=2025)
    assert val(fs, ("general_budget_revenue", "goal", "2021-2025", "growth")) == (7, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021-2024", "growth")) == (8.4, "eq")


PLEDGE_HEAD = "XX区2025年政府工作报告\n一、2024年工作回顾\n全区地区生产总值增长5.6%。\n二、2025年重点工作\n（一）城市建设\n"


@pytest.mark.parametrize("sentence, obj, period", [
    # a plan named in passing with its years, then the year its figure is for: that year
    ("按照《城市更新三年行动方案（2024—2026年）》，到2026年完成老旧小区改造120个。", "老旧小区改造", "2026"),
    ("落实《数字经济发展规划（2023—2027年）》，到2027年建成5G基站3000个。", "5G基站", "2027"),
    # a span with no later year named keeps the span
    ("2025—2027年，累计新建学校12所。", "学校", "2025-2027"),
])
def test_plan_named_in_passing_leaves_the_year_named_after_it(sentence, obj, period):
    d = read(PLEDGE_HEAD + sentence + "\n", report_year=2025)
    ps = [p for p in d.pledges if obj in p.object]
    assert ps and ps[0].period == period, [(p.object, p.period) for p in d.pledges]
