"""Decision 418 (lng52): whole reports of the 十五五's first year (2026) of a prefecture city and a county (汉中市, 莒县):
a review of 2025 beside the 十四五's five years, the 十五五's goals, the year's targets and its tasks. A plan's total right
after the plan's own average ("年均增长6.3%，“十四五”期间累计完成410亿元") is no aside to a year's figure: the five
years' review it stands in goes on (cues.tsv span_figure_words); the region's central town named as a city (中心城市)
is a part of the region, as 中心城区 is (cues.tsv inner_town_words)."""
from __future__ import annotations

import pytest

from taskdoc import read, report

PLAN = "二、2026年工作安排\n新建高标准农田2万亩。\n"


def facts(body: str, level: str = "县") -> dict[str, tuple]:
    """indicator -> (role, period, measure, value) of the first fact of each indicator, from a whole report of 2026."""
    out: dict[str, tuple] = {}
    for f in read(report(level, 2026, body)).facts:
        out.setdefault(f.indicator, (f.role, f.period, f.measure, f.value))
    return out


def five_years(line: str, then: str) -> str:
    """A review of 2025 and of the 十四五: the year's paragraph, a paragraph opening on the five years, LINE and THEN
    as two themed paragraphs after it."""
    return ("一、2025年和“十四五”时期工作回顾\n过去一年，全县地区生产总值增长5.6%。\n"
            "五年来，全县上下团结奋斗，“十四五”规划目标任务全面完成。\n"
            f"——{line}\n——{then}\n" + PLAN)


# a plan's total after the plan's own average in a themed paragraph of the five years: the paragraphs after it are
# still the five years' (before the fix: read as an aside to a year's figure, the later figures dated 2025)
@pytest.mark.parametrize("line", [
    "财力不断增强。税收收入年均增长7.1%，“十四五”期间累计完成88亿元。",  # (average, then the plan's total)
    "投资持续扩大。工业投资年均增长9.2%，五年累计完成工业投资410亿元。",  # (average, then the five years' total)
    "财政实力提升。地方税收累计完成96亿元，“十四五”期间年均增长6.4%。",  # (total, then the plan's average)
])
@pytest.mark.parametrize("then,fact", [
    ("开放水平提升。进出口总额增长46%。", ("foreign_trade", ("actual", "2021-2025", "growth", 46))),
    ("生态持续改善。森林覆盖率始终稳定在45%以上。", ("forest_coverage", ("actual", "2021-2025", "share", 45))),
    ("民生保障有力。民生支出占一般公共预算支出的比重始终保持在78%以上。",
     ("livelihood_expenditure", ("actual", "2021-2025", "share", 78))),
])
def test_plan_total_after_its_average_keeps_the_five_years(line, then, fact):
    got = facts(five_years(line, then))
    assert got.get(fact[0]) == fact[1], got


# look-alikes that must not change: the plan's average or total right after the year's own figure is an aside, and the
# paragraphs after it are the year's (a part reviewing one year, or a themed review mixing the years)
@pytest.mark.parametrize("body,fact", [
    # (the year's growth, then the plan's average: the next sentence is the year's)
    ("一、2025年工作回顾\n经济运行稳中向好。全县地区生产总值达到320亿元，增长5.5%，“十四五”时期年均增长6.1%。"
     "进出口总额增长8%。\n" + PLAN, ("foreign_trade", ("actual", "2025", "growth", 8))),
    # (the year's count, then the five years' total: the next paragraph is the year's)
    ("一、2025年工作回顾\n民生保障有力。城镇新增就业8200人，五年累计新增4.1万人。\n开放水平提升。进出口总额增长9%。\n"
     + PLAN, ("foreign_trade", ("actual", "2025", "growth", 9))),
    # (a total after the year's own figure in a mixed review, the plan named after a year's figure and before 累计)
    ("一、2025年和“十四五”时期工作回顾\n财力稳步增强。一般公共预算收入完成21.6亿元，增长4.2%，“十四五”期间累计完成98亿元。\n"
     "开放水平提升。进出口总额增长7%。\n" + PLAN, ("foreign_trade", ("actual", "2025", "growth", 7))),
])
def test_plan_aside_after_a_years_figure_kept(body, fact):
    got = facts(body)
    assert got.get(fact[0]) == fact[1], got


# the central town named as a city is a part of the region: its air is no figure of the whole city's (before the fix:
# good_air_days and pm25 of the city)
@pytest.mark.parametrize("body,indicator", [
    ("一、2025年工作回顾\n中心城市空气质量优良天数比例达到91.3%。\n" + PLAN, "good_air_days"),
    ("一、2025年工作回顾\n全市地区生产总值增长5%。\n二、2026年工作安排\n中心城市PM2.5平均浓度控制在33微克/立方米以内。\n", "pm25"),
    ("一、2025年工作回顾\n中心城市细颗粒物平均浓度下降到29微克/立方米。\n" + PLAN, "pm25"),
])
def test_central_town_named_as_a_city_is_a_part(body, indicator):
    got = facts(body, "市")
    assert indicator not in got, got


# look-alikes that must not change: the whole city's air beside the central town's; a sentence naming the city as a
# central one before a comma; a regional central city's own GDP; 中心城区 as before
@pytest.mark.parametrize("body,fact", [
    ("一、2025年工作回顾\n全市空气质量优良天数比例达到90.2%，中心城市达到88.7%。\n" + PLAN,
     ("good_air_days", ("actual", "2025", "share", 90.2))),
    ("一、2025年工作回顾\n作为区域中心城市，全市地区生产总值达到2100亿元。\n" + PLAN, ("gdp", ("actual", "2025", "level", 2100))),
    ("一、2025年工作回顾\n加快建设省域副中心城市，全市PM2.5平均浓度为31微克/立方米。\n" + PLAN,
     ("pm25", ("actual", "2025", "level", 31))),
])
def test_central_city_look_alikes(body, fact):
    got = facts(body, "市")
    assert got.get(fact[0]) == fact[1], got


def test_central_district_still_a_part():
    # (中心城区 was a part before, and stays one)
    got = facts("一、2025年工作回顾\n中心城区空气质量优良天数比例达到92.4%。\n" + PLAN, "市")
    assert "good_air_days" not in got, got


def test_province_central_cities_are_its_own_air():
    # (look-alike: a province's 中心城市 are its cities, the air's own measure; the PM2.5 after them is the province's)
    body = ("一、2025年工作回顾\n全省森林覆盖率达到63%，中心城市空气质量优良天数比例达到98.1%，PM2.5平均浓度为24微克/立方米。\n"
            + PLAN)
    got = facts(body, "省")
    assert got.get("pm25") == ("actual", "2025", "level", 24), got
