"""County and district reports at a five-year plan's turn, blind (cnt40, decision 215): funds a verb 统筹 allocates
in the year's tasks; a news page calling the region 该县/该区/该旗, in its figures and as its level word; and a news
page whose dateline gives month and day only, dated by a plan's average given as a result with its last year's level
right after it, or by the five years past opening a sentence of its lead."""
import pytest

import planwatch

from factkeys import read
from taskdoc import pledges


# 1. 统筹 before funds and their amount allocates them, as 落实 does (pledge_verbs.tsv, 'areas'); elsewhere it is no
# action ("统筹推进…", "统筹城乡发展")
@pytest.mark.parametrize("body,obj,n", [
    ("全年统筹衔接资金2.6亿元，发展茶叶、魔芋等特色产业。", "衔接资金", 2.6),
    ("统筹财政衔接推进乡村振兴补助资金1.5亿元，用于产业发展。", "财政衔接推进乡村振兴补助资金", 1.5),
    ("年内统筹上级专项资金和地方债券资金12亿元。", "上级专项资金和地方债券资金", 12),
    ("统筹各类资金8亿元支持乡村振兴。", "各类资金", 8),
])
@pytest.mark.parametrize("level", ["县", "区"])
def test_funds_tong_chou_allocates_are_pledged(body, obj, n, level):
    got = pledges(body, level=level)
    assert ("统筹", obj, n, "亿元") in got, got


@pytest.mark.parametrize("body,expected", [
    # (look-alikes that must not change: 统筹 with no funds after it, a verb of its own after it)
    ("统筹推进重点项目200个。", ("推进", "重点项目", 200, "个")),
    ("统筹城乡发展，新建农村公路100公里。", ("新建", "农村公路", 100, "公里")),
    ("统筹安排衔接资金3亿元。", ("安排", "衔接资金", 3, "亿元")),
    ("统筹整合财政涉农资金3亿元。", ("统筹整合", "财政涉农资金", 3, "亿元")),
    ("统筹用好衔接资金1.5亿元。", ("用好", "衔接资金", 1.5, "亿元")),
])
def test_tong_chou_elsewhere_is_no_action(body, expected):
    got = pledges(body, level="县")
    assert expected in got and not any(a == "统筹" for a, *_ in got), got


# 2. a news page calls the region 该 and its kind: its figures are the region's headline ones
@pytest.mark.parametrize("place,word,kind", [
    ("西乡县", "该县", "县"), ("临川区", "该区", "区"), ("达拉特旗", "该旗", "旗"), ("武功县", "该县", "县"),
    # (该市 in a county-level city's page was read as its own before: not a part's kind)
])
@pytest.mark.parametrize("year", [2016, 2021, 2026])
def test_gai_and_the_regions_kind_is_the_region(place, word, kind, year):
    page = (f"{place}第十八届人民代表大会第六次会议开幕\n本报讯 1月12日，{place}第十八届人民代表大会第六次会议开幕。"
            f"记者从会上获悉，{year - 1}年，{word}地区生产总值增长5.6%，{word}一般公共预算收入完成12.3亿元。"
            f"{year}年，{word}地区生产总值预期增长6.5%左右。\n")
    d = read(page, region=place, level="county", report_year=year)
    got = {(f.indicator, f.role, f.period, f.measure): f.value for f in d.facts}
    assert got.get(("gdp", "actual", str(year - 1), "growth")) == 5.6, got
    assert got.get(("general_budget_revenue", "actual", str(year - 1), "level")) == 12.3, got
    assert got.get(("gdp", "target", str(year), "growth")) == 6.5, got


def test_gai_shi_in_a_countys_page_is_not_the_county():
    # (a look-alike: 该市 in a county's page is the city above, never the county's own figure)
    page = ("平阴讯 2月3日，平阴县十八届人大六次会议开幕。济南日报记者了解到，2020年该县地区生产总值达到185亿元，"
            "增长4.2%；该市（济南市）生产总值增长4.9%。\n")
    d = read(page, region="平阴县", level="county", report_year=2021)
    got = {(f.indicator, f.role, f.period, f.measure): f.value for f in d.facts}
    assert got.get(("gdp", "actual", "2020", "growth")) == 4.2, got
    assert got.get(("gdp", "actual", "2020", "level")) == 185, got


# 3. a news page dated by month and day only: a plan's average as a result, its last year's level right after it,
# is the plan done, the report the next year's (metadata._PLAN_DONE_AVERAGE), though no next plan is named
@pytest.mark.parametrize("plan,end", [("十二五", 2015), ("十三五", 2020), ("十四五", 2025)])
@pytest.mark.parametrize("place,word,paper", [("宜兴市", "该市", "无锡日报"), ("长丰县", "该县", "合肥晚报"),
                                              ("泾阳县", "全县", "咸阳日报")])
@pytest.mark.parametrize("verb", ["达到", "突破"])
def test_a_plans_average_then_its_last_years_level_dates_a_news_page(plan, end, place, word, paper, verb):
    page = (f"{place[:2]}讯（记者 陈明）1月10日，{place}十七届人大五次会议开幕。{paper}记者获悉，“{plan}”期间，{word}地区生产总值"
            f"年均增长7.2%，{end}年{verb}832亿元。今年，{word}地区生产总值预期增长7%左右。\n")
    d = planwatch.read_text(page, "t.txt")
    assert d.meta.region == place and d.meta.report_year == end + 1
    got = {(f.indicator, f.role, f.period, f.measure): f.value for f in d.facts}
    assert got.get(("gdp", "actual", f"{end - 4}-{end}", "growth")) == 7.2, got
    assert got.get(("gdp", "target", str(end + 1), "growth")) == 7, got


@pytest.mark.parametrize("tail", [
    # (look-alikes that must not change: an aim, not a result; a level of a year other than the plan's last)
    "年均增长6%以上，2025年达到300亿元。",
    "年均增长6%左右，2025年达到300亿元。",
    "年均增长6.2%，2023年达到300亿元。",
])
def test_an_aim_or_another_years_level_does_not_date_a_page(tail):
    page = f"泾阳讯 1月12日，泾阳县十七届人大七次会议开幕。“十四五”期间，全县生产总值{tail}\n"
    assert planwatch.read_text(page, "t.txt").meta.report_year is None


# 4. a news lead's sentence after its dateline opening on the five years past, their average and then the level of
# their last year ("…会议开幕。过去五年，全区…年均增长7.9%，2021年达到1236亿元"): the next year's report, as a
# paragraph so opened is (metadata._five_years_open; it had to open a paragraph, and 年的 had to stand in the text)
@pytest.mark.parametrize("opener", ["过去五年，", "报告回顾，过去五年，", "五年来，"])
@pytest.mark.parametrize("place,word,end", [("江津区", "全区", 2021), ("平度市", "全市", 2016), ("城固县", "全县", 2025)])
def test_five_years_opening_a_news_sentence_date_the_page(opener, place, word, end):
    page = (f"本报讯 1月6日，{place}第十八届人民代表大会第一次会议开幕。{opener}{word}地区生产总值年均增长7.9%，"
            f"{end}年达到1236亿元。\n")
    d = planwatch.read_text(page, "t.txt")
    assert d.meta.region == place and d.meta.report_year == end + 1
    got = {(f.indicator, f.role, f.period, f.measure): f.value for f in d.facts}
    assert got.get(("gdp", "actual", str(end), "level")) == 1236, got


@pytest.mark.parametrize("sentence", [
    # (look-alikes that must not change: the years ahead, a plan's goal for its last year, no average before it)
    "今后五年，全区地区生产总值年均增长7%，2026年达到1800亿元。",
    "未来五年，全区地区生产总值年均增长7%，2026年达到1800亿元。",
    "过去五年，全区五年累计完成投资3150亿元，2021年达到1236亿元。",
])
def test_years_ahead_or_no_average_do_not_date_a_page(sentence):
    page = f"本报讯 1月6日，江津区第十八届人民代表大会第一次会议开幕。{sentence}\n"
    assert planwatch.read_text(page, "t.txt").meta.report_year is None


# 5. a county's news page naming its session informally, the city's paper in it, and speaking of the county as
# 该县/该区/该旗 only: the county's, as a page speaking of it as 全县 is (metadata._GAI_WORD counted as its level word)
@pytest.mark.parametrize("place,word,paper", [("长丰县", "该县", "合肥晚报"), ("临川区", "该区", "抚州日报"),
                                              ("达拉特旗", "该旗", "鄂尔多斯日报"), ("西乡县", "该县", "汉中日报")])
@pytest.mark.parametrize("session", ["两会开幕", "人大会议开幕", "人代会召开"])
def test_gai_as_the_level_word_keeps_a_county_page_the_countys(place, word, paper, session):
    page = (f"1月10日，{place}{session}。{paper}记者获悉，“十三五”期间，{word}地区生产总值年均增长7.2%，"
            f"2020年达到832亿元。今年，{word}地区生产总值预期增长7%左右。\n")
    assert planwatch.read_text(page, "t.txt").meta.region == place


@pytest.mark.parametrize("page,region", [
    # (look-alikes that must not change: 该区域 is an area; a city's page naming a county once keeps the city's)
    ("无锡日报讯 1月10日，无锡市十七届人大五次会议开幕。报告显示，全市地区生产总值增长3.7%，全市一般公共预算收入"
     "增长3.8%；其中宜兴市增速居全市第一，该区域新兴产业增长12%。\n", "无锡市"),
    ("合肥晚报讯 1月10日，合肥市十六届人大五次会议开幕。报告显示，全市地区生产总值增长4.3%，全市规上工业增加值"
     "增长8%，长丰县紧随其后，该县增长9%。\n", "合肥市"),
])
def test_a_citys_page_stays_the_citys(page, region):
    assert planwatch.read_text(page, "t.txt").meta.region == region
