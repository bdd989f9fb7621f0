"""Session 19 long16: whole prefecture-city and county reports of 2024-2026 from 贵州, 甘肃, 江西 and 安徽, scored
blind. Classes: 甘肃's 旅游花费 as the tourism revenue; a paragraph opening on the year's results (全年…) ends the
frame of a span paragraph before it ("“十四五”以来…年均增长"); 亩次 as written; a households' threshold naming villages
by their size (25户以上自然村) is no count; a ratio's yearly average (年均) in a five-year review is the span's, in this
year's part this year's target; a milestone aside (跨越千亿元台阶) keeps the name's sentence going; 加固 as a pledge
verb; no pledges in a paragraph the plan's end year opens in the part on the plan's goals."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py


CITY_REVIEW = "一、2025年工作回顾\n"


# 甘肃's reports name the tourism revenue 旅游花费 ("实现旅游花费320.5亿元"), as others say 旅游总花费
@pytest.mark.parametrize("sent,key,value", [
    ("全年接待游客4350万人次，实现旅游花费320.5亿元，分别增长11.8%和14.3%。",
     ("tourism_revenue", "actual", "2025", "level"), 320.5),
    ("全年接待游客4350万人次，实现旅游花费320.5亿元，分别增长11.8%和14.3%。",
     ("tourism_revenue", "actual", "2025", "growth"), 14.3),
    ("全市旅游花费完成186.2亿元，增长9.6%。", ("tourism_revenue", "actual", "2025", "level"), 186.2),
])
def test_tourist_spending_is_the_tourism_revenue(sent, key, value):
    fs = facts(CITY_REVIEW + sent + "\n", report_year=2026)
    assert val(fs, key)[0] == value
    assert val(fs, ("tourist_visits", "actual", "2025", "level")) == (4350, "eq") if "游客" in sent else True


def test_tourist_spending_target_in_the_tasks():
    fs = facts("三、2026年工作安排\n全年接待游客增长10%以上，旅游花费增长12%以上。\n", report_year=2026)
    assert val(fs, ("tourism_revenue", "target", "2026", "growth")) == (12, "at_least")


# look-alikes: a visitor's spending per head is no revenue of the region
@pytest.mark.parametrize("sent", ["游客人均旅游花费达到736元，增长5%。", "人均旅游花费736元。"])
def test_spending_per_head_is_no_tourism_revenue(sent):
    fs = facts(CITY_REVIEW + sent + "\n", report_year=2026)
    assert not [k for k in fs if k[0] == "tourism_revenue"]


SINCE_PLAN = ("一、2024年工作回顾\n"
              "“十四五”以来，全县经济综合实力实现新的跃升。地区生产总值由2020年的228.6亿元增加到302.6亿元，四年年均增长6.3%。\n")


# a paragraph opening on the year's results after a "“十四五”以来" paragraph: the paragraphs after it are the year's
@pytest.mark.parametrize("year_line", [
    "全年实现地区生产总值302.6亿元，增长5.8%；固定资产投资增长4.6%。\n",
    "全年地区生产总值302.6亿元，增长5.8%；固定资产投资增长4.6%。\n",
])
def test_year_results_paragraph_ends_the_span_frame(year_line):
    text = (SINCE_PLAN + year_line
            + "从主要指标看，工业增加值等指标增幅高于全市平均水平。受土地出让收入下降影响，一般公共预算收入增长2.6%，"
              "低于年初预期的5%；固定资产投资增长4.6%，比年初计划低3.4个百分点。\n")
    fs = facts(text, report_year=2025)
    assert val(fs, ("gdp", "actual", "2021-2024", "growth")) == (6.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (2.6, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")
    assert not [k for k in fs if k[2] in ("2020-2024", "2021-2024") and k[0] != "gdp"]


# look-alikes: with no year's paragraph between, the span's frame still carries to its next paragraph
def test_span_frame_carries_without_a_year_paragraph():
    text = ("一、过去五年工作回顾\n五年来，全县经济实力持续增强，地区生产总值年均增长6.8%。\n"
            "一般公共预算收入年均增长7.9%，城乡居民人均可支配收入年均分别增长5.6%和7.9%。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (7.9, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2021-2025", "growth")) == (7.9, "eq")


def test_year_word_inside_a_span_sentence_keeps_the_span():
    # (全年 inside the span's paragraph, not opening a paragraph: no change)
    text = ("一、过去五年工作回顾\n五年来，地区生产总值年均增长6.8%，2025年全年达到668.5亿元。\n"
            "固定资产投资年均增长8.2%。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("fixed_asset_investment", "actual", "2021-2025", "growth")) == (8.2, "eq")


TASKS = "二、2025年工作安排\n（三）推进乡村振兴\n"


# units as written: area served each time (亩次), and an alternative unit in brackets (台（辆）, 台（套）)
@pytest.mark.parametrize("sent,obj,value,unit", [
    ("农业社会化服务面积达到40万亩次。", "农业社会化服务面积", 40, "万亩次"),
    ("开展病虫害统防统治30万亩次。", "病虫害统防统治", 30, "万亩次"),
    # (an alternative in brackets after a unit is dropped, as tests/test_left14p.py has it: "2万台（辆）" is 2 万台)
    ("开展汽车、家电以旧换新2万台（辆）以上。", "汽车、家电以旧换新", 2, "万台"),
])
def test_units_as_written(sent, obj, value, unit):
    assert (obj, value, unit) in pledged(read(TASKS + sent + "\n"))


# look-alikes: plain 亩 and a bracket that is no unit stay as they were
def test_plain_units_unchanged():
    got = pledged(read(TASKS + "新建高标准农田2.8万亩。新增公交车100辆（其中新能源车80辆）。\n"))
    assert ("高标准农田", 2.8, "万亩") in got
    assert ("公交车", 100, "辆") in got


# a households' threshold names villages by their size: no count of households
@pytest.mark.parametrize("sent", [
    "新改建农村公路60公里，实现25户以上自然村通双车道。",
    "推进30户以上村民组通硬化路。",
])
def test_households_threshold_of_villages_is_no_pledge(sent):
    d = read(TASKS + sent + "\n")
    assert not [p for p in d.pledges if p.unit == "户"]


def test_households_threshold_keeps_the_count_after_it():
    got = pledged(read(TASKS + "完成20户以上的自然村通硬化路改造120个。\n"))
    assert any(v == 120 and u == "个" for _, v, u in got)
    assert not any(u == "户" for _, _, u in got)


# look-alikes: households counted stay pledges
@pytest.mark.parametrize("sent,obj,value", [
    ("改造农村危房300户以上。", "农村危房", 300),
    ("完成农村户厕改造5000户。", "农村户厕改造", 5000),
])
def test_households_counted_stay_pledges(sent, obj, value):
    assert (obj, value, "户") in pledged(read(TASKS + sent + "\n"))


HEAD_2026 = "政府工作报告\n——2026年1月20日在某某县第十八届人民代表大会第六次会议上\n"


# a ratio's yearly average in a sentence on the five years reviewed is the span's ("年均达到95%以上"), as a count's
# yearly average is ("城镇新增就业年均1270多万人", the development gold's n2023)
@pytest.mark.parametrize("sent,key,value", [
    ("五年来，空气质量优良天数比例年均达到95%以上。", ("good_air_days", "actual", "2021-2025", "share"), (95, "at_least")),
    ("五年来，研发经费投入强度年均2.1%。", ("rnd_intensity", "actual", "2021-2025", "share"), (2.1, "eq")),
    ("“十四五”时期，全县空气质量优良天数比例年均达到95%以上。", ("good_air_days", "actual", "2021-2025", "share"),
     (95, "at_least")),
])
def test_ratio_yearly_average_in_a_span_review_is_the_spans(sent, key, value):
    fs = facts(HEAD_2026 + "一、“十四五”时期工作回顾\n" + sent + "\n二、2025年工作回顾\n全年空气质量优良天数比例达到96.2%，"
               "研发经费投入强度达到2.3%。\n")
    assert val(fs, key) == value
    # (and the year's own figure keeps its key, no longer taken by the span's average)
    one = ("good_air_days", "actual", "2025", "share") if key[0] == "good_air_days" else ("rnd_intensity", "actual", "2025", "share")
    assert val(fs, one)[0] == (96.2 if key[0] == "good_air_days" else 2.3)


# look-alikes: 年均 in a review of one year is that year's average; an annual mean concentration is the year's
@pytest.mark.parametrize("text,key,value", [
    ("一、2025年工作回顾\n一年来，城镇调查失业率年均5.1%，空气质量优良天数比例年均达到96%。\n",
     ("urban_unemployment_rate", "actual", "2025", "share"), 5.1),
    ("一、2025年工作回顾\n一年来，城镇调查失业率年均5.1%，空气质量优良天数比例年均达到96%。\n",
     ("good_air_days", "actual", "2025", "share"), 96),
    ("一、“十四五”时期和2025年工作回顾\n“十四五”时期，全县地区生产总值年均增长6%。\n2025年，城镇调查失业率年均5.1%。\n",
     ("urban_unemployment_rate", "actual", "2025", "share"), 5.1),
    ("一、“十四五”时期工作回顾\n五年来，PM2.5年均浓度下降到32微克/立方米。\n", ("pm25", "actual", "2025", "level"), 32),
])
def test_yearly_average_of_one_year_stays_the_years(text, key, value):
    fs = facts(HEAD_2026 + text)
    assert val(fs, key)[0] == value


# in this year's part, a ratio's yearly mean (年均保持在, 年均控制在) is this year's target, its pledge's object the
# ratio (not "…比例年"); "年均增长" stays an average over the plan's years
def test_ratio_yearly_mean_in_the_years_tasks_is_the_years_target():
    text = (HEAD_2026 + "三、2026年工作安排\n（五）建设美丽家园\n"
            "空气质量优良天数比例年均保持在95%以上，城镇调查失业率年均控制在5.5%以内。地区生产总值年均增长6%。\n")
    d = read(text)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("good_air_days", "target", "2026", "share")) == (95, "at_least")
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "at_most")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (6, "eq")
    got = pledged(d)
    assert ("空气质量优良天数比例", 95, "%") in got and ("城镇调查失业率", 5.5, "%") in got


# look-alikes: the same words under the plan's goals, or with the plan named, stay the plan's
@pytest.mark.parametrize("text", [
    "二、“十五五”时期主要目标\n今后五年，空气质量优良天数比例年均保持在95%以上。\n",
    "三、2026年工作安排\n“十五五”期间，空气质量优良天数比例年均保持在95%以上。\n",
])
def test_ratio_yearly_mean_of_the_plan_stays_a_goal(text):
    fs = facts(HEAD_2026 + text)
    assert val(fs, ("good_air_days", "goal", "2026-2030", "share")) == (95, "at_least")
    assert ("good_air_days", "target", "2026", "share") not in fs


# a milestone passed between a name's level and its yearly average ("，跨越千亿元台阶，年均增长6.8%"): the sentence
# goes on with the same name, as after "突破千亿元大关"
@pytest.mark.parametrize("aside", ["跨越千亿元台阶", "迈上千亿元台阶", "站上千亿级台阶", "成功跨越千亿元大关", "跨越1000亿元台阶"])
def test_milestone_aside_keeps_the_names_average(aside):
    text = (HEAD_2026 + "一、“十四五”时期工作回顾\n过去五年，全县地区生产总值从2020年的810.5亿元增加到2025年的1186.3亿元，"
            + aside + "，年均增长6.8%。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2025", "level")) == (1186.3, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (6.8, "eq")


# look-alike: another name after the milestone keeps its own figure
def test_milestone_aside_then_another_name():
    fs = facts(HEAD_2026 + "一、“十四五”时期工作回顾\n过去五年，全县地区生产总值达到1186.3亿元，跨越千亿元台阶，"
               "一般公共预算收入年均增长5.2%。\n")
    assert val(fs, ("general_budget_revenue", "actual", "2021-2025", "growth")) == (5.2, "eq")
    assert ("gdp", "actual", "2021-2025", "growth") not in fs


# (found on the holdout, after its score was taken) 加固 alone is a pledge verb, as 除险加固 is
def test_reinforcing_is_a_pledge_verb():
    got = pledged(read("三、2026年工作安排\n（八）统筹发展和安全\n完善防洪体系，加固堤防30公里，新建排涝泵站5座。\n"))
    assert ("堤防", 30, "公里") in got and ("排涝泵站", 5, "座") in got


# look-alikes: 加固 inside a work named whole keeps that work as the object
def test_reinforcing_inside_a_work_named_whole():
    got = pledged(read("三、2026年工作安排\n（八）统筹发展和安全\n完成病险水库除险加固12座。实施堤防加固工程15公里。\n"))
    assert ("病险水库除险加固", 12, "座") in got and ("堤防加固工程", 15, "公里") in got


HUOQIU = "霍邱县人民政府工作报告\n——2026年1月12日在霍邱县第十八届人民代表大会第六次会议上\n"


# (found on the holdout) in the part on the plan's goals, a paragraph the plan's end year opens states goals: no pledges
def test_plan_end_year_paragraph_in_the_goals_part_pledges_nothing():
    d = read(HUOQIU + "二、“十五五”时期主要目标和重点任务\n“十五五”时期我县经济社会发展的主要目标是：地区生产总值年均增长6.5%左右。\n"
             "到2030年，铁基新材料产业产值力争突破600亿元，规模以上工业企业达到450家，高新技术企业达到200家。\n")
    assert not d.pledges
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("high_tech_enterprises", "goal", "2030", "level")) == (200, "eq")


# look-alike: a later year opening a sentence in this year's tasks still dates its pledge (decision 38)
def test_later_year_in_the_tasks_still_pledges():
    got = pledged(read(HUOQIU + "三、2026年工作安排\n（一）推进乡村振兴\n到2030年，新建高标准农田50万亩。\n"))
    assert ("高标准农田", 50, "万亩") in got
