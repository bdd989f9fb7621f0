"""w1734: whole county and county-level-city reports of 2017–2021, blind (decision 124): a later figure of a 分别 run
compared with a base year keeps the base's span; the level above named by its own name before a qualitative target's
task words; a plan's title with its years named in passing dates none of the figures after it."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py

REVIEW = "XX县2021年政府工作报告\n一、“十三五”及2020年工作回顾\n"
TARGETS = "XX县2018年政府工作报告\n二、2018年主要目标\n今年全县经济社会发展的主要预期目标是：\n——地区生产总值增长7%左右；\n"


@pytest.mark.parametrize("sentence, first, second", [
    ("2020年，全县固定资产投资、社会消费品零售总额分别比2015年增长46.2%、38.5%。",
     ("fixed_asset_investment", 46.2), ("retail_sales", 38.5)),
    ("过去五年，全县接待游客1860万人次，实现旅游总收入186.5亿元，分别比2015年增长62%和81%。",
     ("tourist_visits", 62), ("tourism_revenue", 81)),
    ("全县地区生产总值、一般公共预算收入分别比2015年增长42%和39%。",
     ("gdp", 42), ("general_budget_revenue", 39)),
])
def test_every_figure_of_a_run_keeps_the_base(sentence, first, second):
    fs = facts(REVIEW + sentence + "\n", report_year=2021)
    assert val(fs, (first[0], "actual", "2016-2020", "growth")) == (first[1], "eq")
    assert val(fs, (second[0], "actual", "2016-2020", "growth")) == (second[1], "eq")
    assert (second[0], "actual", "2020", "growth") not in fs


def test_a_base_of_a_doubling_before_stays_its_own():
    # no run after 分别: the figure after the doubling is the year's own
    fs = facts(REVIEW + "2020年，全县地区生产总值比2010年翻了一番，增长4.1%。\n", report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (4.1, "eq")


@pytest.mark.parametrize("item", [
    "——单位地区生产总值能耗、主要污染物排放完成鄂尔多斯市下达的控制任务。",
    "——单位生产总值能耗、主要污染物排放总量完成黔东南州下达的年度目标任务。",
    "——单位生产总值能耗完成市下达的约束性任务。",
])
def test_qualitative_target_handed_down_by_a_long_name(item):
    fs = facts(TARGETS + item + "\n", report_year=2018)
    assert val(fs, ("energy_intensity", "target", "2018", "growth")) == (None, "qualitative")


def test_no_qualitative_target_from_a_task_of_another_thing():
    fs = facts(TARGETS + "——主要污染物排放完成鄂尔多斯市下达的减排任务。\n", report_year=2018)
    assert ("energy_intensity", "target", "2018", "growth") not in fs


PLAN = "XX县2019年政府工作报告\n一、2018年工作回顾\n全年完成地区生产总值120.5亿元，增长8.2%。"


@pytest.mark.parametrize("sentence, key, value", [
    ("我们编制了《XX县乡村振兴战略规划（2018—2022年）》，全年新增农民专业合作社120家，农村居民人均可支配收入达到13260元，增长9.3%。",
     "rural_disposable_income", 9.3),
    ("在《XX县全域旅游发展规划（2018—2025年）》引领下，全年接待游客620万人次，增长21%。", "tourist_visits", 21),
    ("出台《XX县促进消费三年行动方案（2018—2020年）》，全年社会消费品零售总额增长10.6%。", "retail_sales", 10.6),
])
def test_a_title_named_in_passing_dates_nothing(sentence, key, value):
    fs = facts(PLAN + sentence + "\n", report_year=2019)
    assert val(fs, (key, "actual", "2018", "growth")) == (value, "eq")
    assert not [k for k in fs if k[1] == "goal"]


@pytest.mark.parametrize("sentence, key, span", [
    ("按照《XX县乡村振兴战略规划（2018—2022年）》，农村居民人均可支配收入年均增长9%。", "rural_disposable_income", "2018-2022"),
    ("《XX县全域旅游发展规划（2018—2025年）》提出，接待游客年均增长15%。", "tourist_visits", "2018-2025"),
    ("实施《XX县工业倍增计划（2019—2021年）》，规模工业增加值年均增长12%。", "industrial_va", "2019-2021"),
])
def test_a_title_followed_to_its_goals_still_dates_them(sentence, key, span):
    fs = facts("XX县2019年政府工作报告\n二、2019年工作安排\n" + sentence + "\n", report_year=2019)
    assert (key, "goal", span, "growth") in fs


GOALS = "XX市2021年政府工作报告\n二、“十四五”目标和2021年工作\n“十四五”时期，"


@pytest.mark.parametrize("sentence, names, goals, targets", [
    ("城乡居民人均可支配收入年均分别增长7%和8%，今年分别增长7.5%和8.5%。",
     ("urban_disposable_income", "rural_disposable_income"), (7, 8), (7.5, 8.5)),
    ("规模工业增加值、固定资产投资年均分别增长8%和9%，2021年分别增长9%和10%。",
     ("industrial_va", "fixed_asset_investment"), (8, 9), (9, 10)),
    ("地区生产总值、一般公共预算收入、固定资产投资年均分别增长7%、6%和8%，今年分别增长8%、7%和10%。",
     ("gdp", "general_budget_revenue", "fixed_asset_investment"), (7, 6, 8), (8, 7, 10)),
])
def test_the_years_run_after_the_plans_run(sentence, names, goals, targets):
    fs = facts(GOALS + sentence + "\n", report_year=2021)
    for name, g, t in zip(names, goals, targets):
        assert val(fs, (name, "goal", "2021-2025", "growth")) == (g, "eq")
        assert val(fs, (name, "target", "2021", "growth")) == (t, "eq")


def test_last_years_run_after_the_plans_averages():
    fs = facts(REVIEW + "“十三五”时期，城乡居民人均可支配收入年均分别增长8.1%和9.3%，2020年分别增长4.6%和7.1%。\n",
               report_year=2021)
    assert val(fs, ("urban_disposable_income", "actual", "2016-2020", "growth")) == (8.1, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2020", "growth")) == (7.1, "eq")


TASKS = "XX县2021年政府工作报告\n三、2021年工作安排\n"


@pytest.mark.parametrize("sentence", [
    "要为实现“十四五”规划目标打好基础，全县地区生产总值增长8%以上。",
    "今年是“十四五”开局之年，为实现“十四五”目标奠定坚实基础，全县地区生产总值增长8%以上。",
])
def test_a_plan_the_year_lays_the_ground_for_dates_nothing(sentence):
    fs = facts(TASKS + sentence + "\n", report_year=2021)
    assert val(fs, ("gdp", "target", "2021", "growth")) == (8, "at_least")
    assert ("gdp", "goal", "2021-2025", "growth") not in fs


def test_a_plan_to_be_met_still_dates_its_average():
    fs = facts(TASKS + "为完成“十四五”规划目标，全县地区生产总值年均增长7.5%。\n", report_year=2021)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7.5, "eq")


@pytest.mark.parametrize("sentence", [
    "做好今年工作，要为2020年全面建成小康社会打下决定性基础，全县地区生产总值增长8%。",
    "为2020年全面建成小康社会奠定坚实基础，全县地区生产总值增长8%，一般公共预算收入增长6%。",
])
def test_a_later_year_the_work_lays_the_ground_for_dates_nothing(sentence):
    fs = facts("XX县2019年政府工作报告\n二、2019年工作安排\n" + sentence + "\n", report_year=2019)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (8, "eq")
    assert not [k for k in fs if k[1] == "goal"]


def test_a_later_year_with_its_own_figure_is_still_a_goal():
    fs = facts("XX县2019年政府工作报告\n二、2019年工作安排\n到2020年，全县地区生产总值达到200亿元，为全面建成小康社会奠定基础。\n",
               report_year=2019)
    assert val(fs, ("gdp", "goal", "2020", "level")) == (200, "eq")


def test_the_handed_down_words_quote_their_task():
    fs = facts(TARGETS + "——单位生产总值能耗完成桂林市下达任务；\n——城镇登记失业率控制在4%以内。\n", report_year=2018)
    assert fs[("energy_intensity", "target", "2018", "growth")].quote == "单位生产总值能耗完成桂林市下达任务"
