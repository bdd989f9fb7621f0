"""yr64 (decision 548): reports of 2016–2018, the 十三五's first years, prefecture cities and counties, blind.

- A 2016 report's review of the 十二五 goes on from a figure's average to its level at the plan's end, the name left out
  ("全市生产总值年均增长10.2%，“十二五”末达到1200亿元", "，到“十二五”期末突破150亿元"): the level is 2015's. The base read
  the same clause for the 十三五, 十四五… ("“十三五”末达到3000亿元") but not for the 十二五, and dropped the level.
  (And "，“十二五”以来累计增长60%" after a figure is the same figure's change over 2011-2015.)
Look-alikes keep their reading: the 十三五's end in the goals, a year's end ("2015年末达到"), the plan's average after the
level, a change between two plans' ends (no fact), the 十三五's end in a 2021 review.
"""
import pytest

import planwatch

_PAGE = ("{r0}人民政府工作报告\n——{y}年2月18日在{r0}第十六届人民代表大会第五次会议上\n\n一、工作回顾\n{a}\n\n二、目标\n{g}\n\n"
         "三、{y}年主要预期目标\n地区生产总值增长7%左右。\n\n四、重点工作\n新建高标准农田5万亩。\n")


def _facts(a: str = "2015年，全市生产总值增长7%。", g: str = "", y: int = 2016, r0: str = "邢台市"):
    text = _PAGE.format(a=a, g=g, y=y, r0=r0)
    doc = planwatch.read_text(text, "t.txt")
    for x in list(doc.facts) + list(doc.pledges):
        assert text[x.start:x.end] == x.quote
    s = g or a
    i, n = text.index(s), len(s)
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for f in doc.facts if i <= f.start < i + n}


# 1. the 十二五's end after an average, its name left out: 2015's level (failed on the base: no level)
@pytest.mark.parametrize("a, want", [
    ("“十二五”时期，全市生产总值年均增长10.2%，“十二五”末达到1200亿元。",
     {("gdp", "actual", "2011-2015", "growth", 10.2, "eq"), ("gdp", "actual", "2015", "level", 1200, "eq")}),
    ("五年来，全市生产总值年均增长10.2%，“十二五”期末达到1200亿元；全部财政收入年均增长12%，“十二五”末突破150亿元。",
     {("gdp", "actual", "2011-2015", "growth", 10.2, "eq"), ("gdp", "actual", "2015", "level", 1200, "eq"),
      ("fiscal_total_revenue", "actual", "2011-2015", "growth", 12, "eq"),
      ("fiscal_total_revenue", "actual", "2015", "level", 150, "at_least")}),
    ("五年来，公共财政预算收入年均增长15%，到“十二五”末达到80亿元。",
     {("general_budget_revenue", "actual", "2011-2015", "growth", 15, "eq"),
      ("general_budget_revenue", "actual", "2015", "level", 80, "eq")}),
    ("“十二五”期间，城镇居民人均可支配收入年均增长10.5%，“十二五”末达到24300元。",
     {("urban_disposable_income", "actual", "2011-2015", "growth", 10.5, "eq"),
      ("urban_disposable_income", "actual", "2015", "level", 24300, "eq")}),
])
def test_the_twelfth_plans_end_after_its_average_is_2015s_level(a, want):
    assert _facts(a=a) == want


# 2. the same figure's change since the plan opened, after its level: over the plan's years (failed on the base: none)
def test_a_change_since_the_twelfth_plan_after_the_level_is_the_spans():
    assert _facts(a="全市生产总值达到1200亿元，“十二五”以来累计增长60%。") == {
        ("gdp", "actual", "2015", "level", 1200, "eq"), ("gdp", "actual", "2011-2015", "growth", 60, "eq")}


# look-alikes: passing on the base and after
@pytest.mark.parametrize("g, want", [
    ("今后五年，全市生产总值年均增长7.5%，“十三五”末达到3000亿元；公共财政预算收入年均增长8%，到“十三五”末达到150亿元。",
     {("gdp", "goal", "2016-2020", "growth", 7.5, "eq"), ("gdp", "goal", "2020", "level", 3000, "eq"),
      ("general_budget_revenue", "goal", "2016-2020", "growth", 8, "eq"),
      ("general_budget_revenue", "goal", "2020", "level", 150, "eq")}),
    ("今后五年，全市生产总值年均增长7.5%，到“十三五”期末突破3000亿元。",
     {("gdp", "goal", "2016-2020", "growth", 7.5, "eq"), ("gdp", "goal", "2020", "level", 3000, "at_least")}),
])
def test_the_thirteenth_plans_end_in_the_goals_is_2020(g, want):
    assert _facts(g=g) == want


@pytest.mark.parametrize("a, y, want", [
    ("五年来，全市生产总值年均增长10.2%，2015年末达到1200亿元。", 2016,
     {("gdp", "actual", "2011-2015", "growth", 10.2, "eq"), ("gdp", "actual", "2015", "level", 1200, "eq")}),
    ("全市生产总值达到1200亿元，“十二五”时期年均增长10.2%。", 2016,
     {("gdp", "actual", "2015", "level", 1200, "eq"), ("gdp", "actual", "2011-2015", "growth", 10.2, "eq")}),
    ("2020年，全市生产总值达到3000亿元，“十三五”末比“十二五”末增长40%。", 2021,
     {("gdp", "actual", "2020", "level", 3000, "eq")}),
    ("“十三五”时期，全市生产总值年均增长7%，“十三五”末达到2600亿元。", 2021,
     {("gdp", "actual", "2016-2020", "growth", 7, "eq"), ("gdp", "actual", "2020", "level", 2600, "eq")}),
])
def test_look_alike_reviews_keep_their_reading(a, y, want):
    assert _facts(a=a, y=y) == want
