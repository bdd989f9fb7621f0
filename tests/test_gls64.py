"""gls64 (decision 561): multi-year goals against the year's targets in 2026 provincial reports, blind.

- A plan's goal list whose items name the report's year right after the name ("“十五五”时期的主要目标是：粮食产量2026年
  稳定在250亿斤以上，到2030年达到260亿斤"): the 2026 figure is the year's target, not the plan's goal over 2026-2030.
  The base read only a year before the name ("2026年增长5.5%以上") as the year's; after the name it let the list's goal
  cue take the figure.
- The plan's end opening a later clause of the same name ("今年研发经费投入强度达到2%，“十五五”末达到2.5%"): the later
  figure is the plan's goal for 2030. The base dropped it (kept only with 提高到, not with 达到).
Look-alikes keep their reading: the list's year-free items and its "到2030年" stay goals, a past year after the name
stays a result, an aim beyond a bound (力争达到) stays one figure, the year's target before the plan's average.
"""
import pytest

import planwatch

_HEAD = "政府工作报告\n——2026年1月21日在甘肃省第十四届人民代表大会第五次会议上\n甘肃省省长　任振鹤\n\n各位代表：\n"


def _facts(p: str):
    text = _HEAD + p + "\n"
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for f in doc.facts}


# 1. the report's year right after the name in a goal list: the year's target (failed on the base: goal 2026-2030)
@pytest.mark.parametrize("p, want", [
    ("“十五五”时期的主要目标是：粮食产量2026年稳定在250亿斤以上，到2030年达到260亿斤。",
     {("grain_output", "target", "2026", "level", 250, "at_least"), ("grain_output", "goal", "2030", "level", 260, "eq")}),
    ("今后五年的主要目标是：常住人口城镇化率2026年达到57%，到2030年达到60%。",
     {("urbanization_rate", "target", "2026", "share", 57, "eq"), ("urbanization_rate", "goal", "2030", "share", 60, "eq")}),
    ("今后五年的主要目标是：森林覆盖率2026年达到11.5%，2030年达到12.5%。",
     {("forest_coverage", "target", "2026", "share", 11.5, "eq"), ("forest_coverage", "goal", "2030", "share", 12.5, "eq")}),
    ("“十五五”时期的主要目标是：城镇新增就业2026年30万人以上，五年累计150万人以上。",
     {("urban_new_jobs", "target", "2026", "level", 30, "at_least"),
      ("urban_new_jobs", "goal", "2026-2030", "level", 150, "at_least")}),
    ("今后五年的主要目标是：一般公共预算收入2026年增长4%，“十五五”期间年均增长5%。",
     {("general_budget_revenue", "target", "2026", "growth", 4, "eq"),
      ("general_budget_revenue", "goal", "2026-2030", "growth", 5, "eq")}),
    ("今后五年的主要目标是：居民人均可支配收入2026年增长6%，年均增长6%左右。",
     {("disposable_income", "target", "2026", "growth", 6, "eq"),
      ("disposable_income", "goal", "2026-2030", "growth", 6, "about")}),
    ("“十五五”时期的主要目标是：空气质量优良天数比率2026年力争达到90%，到2030年稳定在92%以上。",
     {("good_air_days", "target", "2026", "share", 90, "eq"), ("good_air_days", "goal", "2030", "share", 92, "at_least")}),
])
def test_report_year_after_name_in_goal_list(p, want):
    assert want <= _facts(p)


# 2. the plan's end opening a later clause of the same name: the plan's goal (failed on the base: dropped)
@pytest.mark.parametrize("p, want", [
    ("今年全社会研发经费投入强度达到2%，“十五五”末达到2.5%。",
     {("rnd_intensity", "target", "2026", "share", 2, "eq"), ("rnd_intensity", "goal", "2030", "share", 2.5, "eq")}),
    ("锚定“十五五”目标，今年常住人口城镇化率达到57%，“十五五”末达到60%左右。",
     {("urbanization_rate", "target", "2026", "share", 57, "eq"),
      ("urbanization_rate", "goal", "2030", "share", 60, "about")}),
    ("今年森林覆盖率达到11.5%，“十五五”末突破12.5%。",
     {("forest_coverage", "target", "2026", "share", 11.5, "eq"),
      ("forest_coverage", "goal", "2030", "share", 12.5, "at_least")}),
])
def test_plan_end_later_clause(p, want):
    assert want <= _facts(p)


# 3. look-alikes that keep their reading (pass on the base too)
@pytest.mark.parametrize("p, want", [
    # the year before the name, as the base read it
    ("“十五五”时期的主要目标是：地区生产总值年均增长5.5%左右，2026年增长5.5%以上。",
     {("gdp", "goal", "2026-2030", "growth", 5.5, "about"), ("gdp", "target", "2026", "growth", 5.5, "at_least")}),
    # a goal list's items with no year, or the plan's last year after the name
    ("今后五年，粮食产量稳定在250亿斤以上，森林覆盖率达到12.5%。",
     {("grain_output", "goal", "2026-2030", "level", 250, "at_least"),
      ("forest_coverage", "goal", "2026-2030", "share", 12.5, "eq")}),
    ("今后五年的主要目标是：常住人口城镇化率2030年达到60%。", {("urbanization_rate", "goal", "2030", "share", 60, "eq")}),
    # a past year after the name: that year's result
    ("过去五年，常住人口城镇化率2025年达到56.2%。", {("urbanization_rate", "actual", "2025", "share", 56.2, "eq")}),
    # the year's target first, then the plan's average
    ("今年全省地区生产总值增长5%左右，“十五五”期间年均增长5%以上。",
     {("gdp", "target", "2026", "growth", 5, "about"), ("gdp", "goal", "2026-2030", "growth", 5, "at_least")}),
    ("今年常住人口城镇化率达到57%，到“十五五”末提高到60%左右。",
     {("urbanization_rate", "target", "2026", "share", 57, "eq"),
      ("urbanization_rate", "goal", "2030", "share", 60, "about")}),
])
def test_look_alikes_keep(p, want):
    assert want <= _facts(p)


# an aim beyond a bound with no plan's cue stays one figure, the bound (no goal made of the aim)
def test_aim_beyond_bound_no_goal():
    got = _facts("今年粮食产量稳定在250亿斤以上，力争达到260亿斤。")
    assert ("grain_output", "target", "2026", "level", 250, "at_least") in got
    assert not any(f[0] == "grain_output" and f[1] == "goal" for f in got)
