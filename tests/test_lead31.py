"""The lead's, 2026-12-04: last year's target written in quotation marks before the word that names it a target
(“经济增长8%左右”的预期目标, 「…」的目标) is that year's target, as it is without the marks (decision 111)."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py

HEAD = "XX省2019年政府工作报告\n一、2018年工作回顾\n"


@pytest.mark.parametrize("clause, value", [
    ("去年初确定的“经济增长8%左右”的预期目标较好完成", 8),
    ("圆满完成年初确定的“生产总值增长7.5%左右”目标", 7.5),
    ("完成了年初提出的「地区生产总值增长8%左右」的目标", 8),
    ("实现了『经济增长6.5%以上』的年度目标", 6.5),
])
def test_quoted_target_of_last_year(clause, value):
    fs = facts(HEAD + f"全省生产总值增长8.3%，{clause}。\n", report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (8.3, "eq")
    assert fs[("gdp", "target", "2018", "growth")].value == value
    assert ("gdp", "target", "2019", "growth") not in fs


def test_quoted_slogan_is_no_target():
    # a quoted figure that names no target after it stays what it was (a result of last year)
    fs = facts(HEAD + "全省生产总值增长8.3%，“十三五”规划实施取得重要进展。\n", report_year=2019)
    assert not any(k[1] == "target" for k in fs)


@pytest.mark.parametrize("text, carbon", [
    ("单位GDP能耗、碳排放分别下降3%、3.5%。", -3.5),
    ("单位地区生产总值能耗和碳排放量分别下降2.5%和3%。", -3),
    ("单位GDP用水量、能耗、碳排放分别下降5%、3%、4%。", -4),
])
def test_unit_gdp_shared_by_carbon_written_short(text, carbon):
    # 单位GDP shared by 能耗 and a carbon emission written short (碳排放): each its own intensity
    fs = facts("XX省2025年政府工作报告\n二、2025年主要目标\n" + text + "\n", report_year=2025)
    assert fs[("energy_intensity", "target", "2025", "growth")].value < 0
    assert val(fs, ("carbon_intensity", "target", "2025", "growth")) == (carbon, "eq")


def test_carbon_total_is_no_intensity():
    # a total of emissions with no 单位 before it is no intensity (mention_guards: 总量)
    fs = facts("XX省2025年政府工作报告\n二、2025年主要目标\n单位GDP能耗下降3%，碳排放总量得到有效控制。\n", report_year=2025)
    assert ("carbon_intensity", "target", "2025", "growth") not in fs


@pytest.mark.parametrize("clause, value", [
    ("略低于“十三五”时期年均增长6.5%的水平", 6.5),
    ("低于“十三五”时期年均7.1%的增速", 7.1),
    ("低于“十三五”期间年均增长6.8%的速度", 6.8),
])
def test_pace_of_a_plan_gone_by_is_its_result(clause, value):
    # a plan ended before the report's year: the pace it reached is the span's result, no goal
    fs = facts("XX省2021年政府工作报告\n二、2021年主要目标\n今年经济社会发展的主要预期目标是：地区生产总值增长6%以上，"
               + clause + "。\n", report_year=2021)
    assert val(fs, ("gdp", "target", "2021", "growth")) == (6, "at_least")
    assert fs[("gdp", "actual", "2016-2020", "growth")].value == value
    assert ("gdp", "goal", "2016-2020", "growth") not in fs


def test_plan_goal_named_as_target_stays_goal():
    # the plan's own target (的目标), and the pace of a plan still running, stay goals
    fs = facts("XX省2021年政府工作报告\n二、2021年主要目标\n地区生产总值增长6%以上，与“十三五”时期年均增长6.5%的目标相衔接。"
               "“十四五”时期地区生产总值年均增长6%左右的水平。\n", report_year=2021)
    assert ("gdp", "actual", "2016-2020", "growth") not in fs
    assert ("gdp", "goal", "2021-2025", "growth") in fs


CITY24 = dict(report_year=2024, region="襄阳市", level="prefecture", parent="湖北省", province="湖北省")


@pytest.mark.parametrize("sentence, value, qual", [
    ("国务院政府工作报告提出经济增长5%左右，省政府工作报告确定全省增长5.5%左右，我市预期增长6%。", 6, "eq"),
    ("国家提出经济增长5%左右，省委明确全省增长5.5%左右，我市增长6%左右。", 6, "about"),
])
def test_own_target_after_two_levels_set_by_their_reports(sentence, value, qual):
    # the country's and the province's targets, each set by its report or body, then the city's own, its name left out
    fs = facts("襄阳市2024年政府工作报告\n二、2024年主要目标\n" + sentence + "\n", **CITY24)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (value, qual)
    assert len([k for k in fs if k[0] == "gdp"]) == 1


def test_levels_reached_over_the_term_reviewed_are_its_last_years():
    # under a review's heading, 本届政府任期内 is the term reviewed: a level reached is its last year's, what was
    # added or averaged is the term's
    head = "朝阳市2022年政府工作报告\n一、过去五年工作回顾\n"
    fs = facts(head + "本届政府任期内，地区生产总值年均增长6.5%，一般公共预算收入达到85亿元，地区生产总值突破1000亿元，"
               "新增城镇就业12万人。\n", report_year=2022, region="朝阳市", level="prefecture", parent="辽宁省",
               province="辽宁省")
    assert val(fs, ("gdp", "actual", "2017-2021", "growth")) == (6.5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021", "level")) == (85, "eq")
    assert val(fs, ("gdp", "actual", "2021", "level")) == (1000, "at_least")
    assert val(fs, ("urban_new_jobs", "actual", "2017-2021", "level")) == (12, "eq")
