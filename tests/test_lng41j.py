"""Whole provincial reports of 2026, blind (lng41j, decision 254): in a plan part's sentence that a year opens
("到2030年，地区生产总值突破1.2万亿元，常住人口城镇化率达到66%；“十五五”期间地区生产总值年均增长6%左右，居民收入增长
和经济增长同步"), the plan named at the head of a later ；-clause dated only its first figure with its span; the items
after it in that clause took the year that closed before the ；. They keep the plan's span now, as after 今后五年.
Look-alikes that must not change: the plan named inside the year's own clause (decision 20), the year after the plan."""
import pytest

from factkeys import keys_of, read, val


def _report(place: str, goals: str) -> str:
    return (f"政府工作报告\n——2026年1月24日在{place}第十四届人民代表大会第五次会议上\n\n各位代表：\n\n"
            "一、2025年工作回顾\n全省地区生产总值增长5.4%。\n\n二、“十五五”时期目标任务\n"
            f"根据省委关于制定“十五五”规划的建议，我们提出：{goals}\n\n"
            "三、2026年主要目标任务\n今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n")


_YEAR_FIRST = "到2030年，全省地区生产总值突破1.2万亿元，常住人口城镇化率达到66%；"


# 1. a plan opening a later ；-clause of a sentence a year opened: every item of that clause is the span's
@pytest.mark.parametrize("plan", ["“十五五”期间", "“十五五”时期", "十五五时期"])
@pytest.mark.parametrize("first", ["地区生产总值年均增长6%左右，", "一般公共预算收入年均增长5%，"])
@pytest.mark.parametrize("item,key,value", [
    ("居民收入增长和经济增长同步", ("disposable_income", "goal", "2026-2030", "growth"), (None, "qualitative")),
    ("森林覆盖率稳定在62%以上", ("forest_coverage", "goal", "2026-2030", "share"), (62, "at_least")),
    ("城镇新增就业累计60万人", ("urban_new_jobs", "goal", "2026-2030", "level"), (60, "eq")),
    ("城镇调查失业率控制在5.5%以内", ("urban_unemployment_rate", "goal", "2026-2030", "share"), (5.5, "at_most"))])
@pytest.mark.parametrize("place", ["海南省", "云南省", "江西省"])
def test_a_plan_opening_a_later_clause_dates_its_items(plan, first, item, key, value, place):
    fs = keys_of(read(_report(place, f"{_YEAR_FIRST}{plan}{first}{item}。")))
    assert val(fs, key) == value
    assert (key[0], "goal", "2030", key[3]) not in fs
    # (the items before the ； keep the year that opened them)
    assert val(fs, ("gdp", "goal", "2030", "level")) == (1.2, "at_least")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (66, "eq")


# look-alikes: the plan named inside the year's own clause (no ； between): the later items stay the year's
@pytest.mark.parametrize("place", ["海南省", "云南省"])
@pytest.mark.parametrize("plan", ["“十五五”期间", "“十五五”时期"])
def test_a_plan_inside_the_years_clause_leaves_the_year(place, plan):
    fs = keys_of(read(_report(place, f"到2030年，{plan}累计完成固定资产投资1.5万亿元，地区生产总值突破5500亿元。")))
    assert val(fs, ("gdp", "goal", "2030", "level")) == (5500, "at_least")
    assert val(fs, ("fixed_asset_investment", "goal", "2026-2030", "level")) == (1.5, "eq")


# look-alikes: a year after the plan in its clause, and the year leading a list after the plan, still date
@pytest.mark.parametrize("goals,key,value", [
    ("“十五五”时期，主要目标是：到2030年，地区生产总值突破1.2万亿元；常住人口城镇化率达到66%。",
     ("urbanization_rate", "goal", "2030", "share"), (66, "eq")),
    (f"{_YEAR_FIRST}“十五五”期间地区生产总值年均增长6%左右，到2030年森林覆盖率稳定在62%以上。",
     ("forest_coverage", "goal", "2030", "share"), (62, "at_least")),
    (f"{_YEAR_FIRST}居民收入增长和经济增长同步。",
     ("urbanization_rate", "goal", "2030", "share"), (66, "eq"))])
def test_a_year_named_nearer_still_dates(goals, key, value):
    assert val(keys_of(read(_report("海南省", goals))), key) == value
