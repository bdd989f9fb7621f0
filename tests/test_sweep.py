"""Classes found by a sweep over the ERRORS.md classes on fresh wordings (2026-12-02)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


# 1. the tourism revenue named by its last word after the visitors' count
@pytest.mark.parametrize("body, visits, revenue", [
    ("全省旅游业接待游客3.2亿人次、实现收入5600亿元。", 3.2, 5600),
    ("全州接待海内外游客5000万人次，实现旅游综合收入500.6亿元。", 5000, 500.6),
    ("全年旅游接待8900万人次、旅游收入900亿元。", 8900, 900),
    ("全县接待国内外旅游者321.5万人次，实现旅游总收入28.7亿元。", 321.5, 28.7),
])
def test_tourism_revenue_after_visits(body, visits, revenue):
    fs = facts(f"一、2025年工作回顾\n文旅融合加快推进，{body}\n", report_year=2026)
    assert val(fs, ("tourist_visits", "actual", "2025", "level")) == (visits, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2025", "level")) == (revenue, "eq")


def test_tourism_pair_with_growths_after():
    fs = facts("一、2025年工作回顾\n全市接待游客1.3亿人次，实现收入1600亿元，分别增长8%、10%。\n", report_year=2026)
    assert val(fs, ("tourism_revenue", "actual", "2025", "level")) == (1600, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2025", "growth")) == (10, "eq")


@pytest.mark.parametrize("body", [
    "全市铁路发送旅客1200万人次，实现收入30亿元。",  # passengers, not tourists
    "全年培训农民工5万人次，实现收入增长8%。",
    "全市接待游客9000万人次，实现社会消费品零售总额1000亿元。",
    "全市旅游接待能力显著提升，景区实现收入增长。",
])
def test_no_tourism_revenue_elsewhere(body):
    fs = facts(f"一、2025年工作回顾\n{body}\n", report_year=2026)
    assert not any(k[0] == "tourism_revenue" for k in fs)


# 2. a plan's goals aligned with ("锚定“十五五”目标，") before an average over its years: the plan's goal
@pytest.mark.parametrize("body, key, value", [
    ("锚定“十五五”目标，全市一般公共预算收入年均增长5%以上，规模以上工业增加值年均增长9%。",
     ("general_budget_revenue", "goal", "2026-2030", "growth"), (5, "at_least")),
    ("锚定“十五五”发展目标，全省规模以上工业增加值年均增长6%以上。",
     ("industrial_va", "goal", "2026-2030", "growth"), (6, "at_least")),
    ("对标“十五五”规划，全市居民人均可支配收入年均增长6%。",
     ("disposable_income", "goal", "2026-2030", "growth"), (6, "eq")),
])
def test_aligned_plan_then_average_is_goal(body, key, value):
    fs = facts(f"{body}\n", report_year=2026)
    assert val(fs, key) == value
    assert not any(k[1] == "target" for k in fs)


def test_aligned_plan_2021_report():
    fs = facts("锚定“十四五”目标，全省研发经费投入年均增长12%以上。\n", report_year=2021)
    assert val(fs, ("rnd_expenditure", "goal", "2021-2025", "growth")) == (12, "at_least")


@pytest.mark.parametrize("body, key", [
    # this year's targets aligned with the plan: still this year's
    ("对标“十五五”规划目标，今年主要预期目标为：全省规模以上工业增加值增长6%以上。", ("industrial_va", "target", "2026", "growth")),
    ("锚定“十五五”目标，今年全省地区生产总值增长5%左右，规上工业增加值年均增长6%。", ("gdp", "target", "2026", "growth")),
])
def test_aligned_plan_this_years_figures_stay_targets(body, key):
    fs = facts(f"{body}\n", report_year=2026)
    assert key in fs
    assert not any(k[0] == key[0] and k[1] == "goal" for k in fs)


def test_aligned_plan_figure_before_average_not_goal():
    # "…增长6%以上，年均增长7%": the figure before the average is not made a goal by it
    fs = facts("围绕“十五五”目标，全省规上工业增加值增长6%以上，年均增长7%。\n", report_year=2026)
    assert not any(k[1] == "goal" and fs[k].value == 6 for k in fs)


# 3. a part of the region as the subject of a sentence, then the region's own name (全省生产总值) in a later clause
@pytest.mark.parametrize("part, own, value", [
    ("武汉都市圈地区生产总值增长6%", "全省生产总值增长5.7%", 5.7),
    ("闽东北协同发展区地区生产总值增长5.4%", "全省生产总值增长5.5%", 5.5),
    ("经开区实现地区生产总值412亿元、增长9.6%", "全县生产总值增长6.1%", 6.1),
    ("长株潭都市圈地区生产总值增长6.2%", "全省生产总值增长5.3%", 5.3),
])
def test_region_own_name_after_part(part, own, value):
    fs = facts(f"一、2025年工作回顾\n{part}，{own}。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (value, "eq")


def test_part_subject_still_carries_without_own_word():
    # "高新区实现地区生产总值300亿元，生产总值增长7%": no word of the region's own, the park's still
    fs = facts("一、2025年工作回顾\n高新区实现地区生产总值300亿元，生产总值增长7%。\n", report_year=2026)
    assert not any(k[0] == "gdp" for k in fs)


# 4. a province's parts named together (粤东粤西粤北) or by the coast or a border (沿海地区): not the province's
@pytest.mark.parametrize("part", ["粤东粤西粤北地区", "苏中苏北", "沿海地区", "沿边县市"])
def test_several_parts_named_together_not_headline(part):
    fs = facts(f"一、2025年工作回顾\n{part}地区生产总值增长6.3%，全省生产总值增长5.1%。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.1, "eq")


def test_coast_word_in_another_name_is_no_part():
    fs = facts("一、2025年工作回顾\n全省生产总值增长5.1%，沿海港口货物吞吐量增长3%，规上工业增加值增长6%。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.1, "eq")
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (6, "eq")
