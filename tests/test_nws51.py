"""Pages of kinds the sets hold little of (nws51, decision 407): a live blog's lines headed by a clock time and by the
governor's name ("09:52　王正谱：新增…"), a deputy's turn going on from the report's told sentence ("报告提出，…。还要新建…"),
an app post's sub-head with a label before its title ("🎯划重点：2022年主要预期目标"), and an English wire's lead, names and
year ("…, according to a government work report…", "Foreign trade dropped…", "consumer prices", "registered urban
unemployment rate", "…trillion yuan in 2016, up 7.5 percent"). Sentences written for these tests, with look-alikes that
must not change."""
from __future__ import annotations

from factkeys import key_values, pledged, read

_BLOG = ("图文直播｜某省十四届人大三次会议开幕\n2025-01-15 08:30　某网\n\n"
         "09:00　主持人：各位网友，早上好！本网全程图文直播。\n"
         "09:03　省长张建明代表省人民政府作政府工作报告。\n")
_DEPUTY = ("1月10日，某县第十八届人民代表大会第三次会议开幕，县长作政府工作报告。会议间隙，记者采访了县人大代表、某村党支部书记"
           "王秀兰。\n\n记者：今年的报告您最关注什么？\n\n")
_POST = ("划重点！2023年某区政府工作报告出炉\n某区发布　2023-01-06 20:00\n\n1月5日，某区第十七届人民代表大会第三次会议开幕，"
         "区长作政府工作报告。小编带你划重点👇\n\n")
_WIRE = "Province sets 2017 GDP growth target\nSource: Xinhua | 2017-01-20\n\n"
_LEAD = ("HEFEI, Jan. 20 (Xinhua) -- East China's Anhui Province has set its GDP growth target at around 8.5 percent for "
         "2017, according to a government work report delivered on Friday.\n\n")


# --- (1) a live blog's lines: a clock time and the governor's name before the words ---

def test_blog_line_after_a_task_line_under_the_governors_name_is_pledged():
    # the line after "今年要…" goes on with the year's tasks, headed by the time and the governor's name alone
    d = read(_BLOG + "09:40　张建明：今年要新建改造农村公路3000公里。\n"
             "09:46　张建明：新增普惠托位1万个，改造老旧小区500个。\n", report_year=2025)
    got = pledged(d)
    assert ("普惠托位", 1, "万个") in got and ("老旧小区", 500, "个") in got


def test_blog_line_after_a_task_line_under_a_clock_time_alone_is_pledged():
    # look-alike: the time mark alone before the bare task line (no name) was read so already and still is
    d = read(_BLOG + "09:40　今年要新建改造农村公路3000公里。\n09:46　新增普惠托位1万个。\n", report_year=2025)
    assert ("普惠托位", 1, "万个") in pledged(d)


def test_blog_governors_results_keep_their_year():
    # look-alike: the governor's review line under the same heads stays last year's result, no target
    kv = key_values(read(_BLOG + "09:10　张建明：过去一年，全省地区生产总值增长5.4%。\n", report_year=2025))
    assert kv.get(("gdp", "actual", "2024", "growth")) == (5.4, "eq")
    assert ("gdp", "target", "2025", "growth") not in kv


def test_blog_deputy_turn_keeps_its_label():
    # look-alike: a deputy's line on the same blog, named as a deputy before, is their own asking: no pledge
    d = read(_BLOG + "09:40　张建明：今年要新建改造农村公路3000公里。\n"
             "10:20　记者采访了省人大代表、某村党支部书记李国强。\n10:26　李国强：我建议今年新建乡村养老服务中心200个。\n",
             report_year=2025)
    assert not any(o.endswith("养老服务中心") for o, _, _ in pledged(d))


def test_name_label_of_someone_not_the_head_is_kept():
    # look-alike: a line headed by a name the page never gives a head's title (an official answering) keeps its label;
    # the host's line keeps its own and pledges nothing
    d = read(_BLOG + "09:50　主持人：新增普惠托位1万个的目标，网友很关注。\n", report_year=2025)
    assert not pledged(d)


# --- (2) a deputy's turn going on from the sentence the report told ---

def test_deputy_sentence_going_on_from_the_reports_is_the_reports():
    # "报告提出，今年…。还要新建…": the report's tasks, restated by the deputy
    d = read(_DEPUTY + "王秀兰：报告提出，今年全县地区生产总值增长6%左右。还要新建高标准农田2万亩，改造农村危房200户。\n",
             report_year=2023)
    got = pledged(d)
    assert ("高标准农田", 2, "万亩") in got and ("农村危房", 200, "户") in got


def test_deputy_own_village_going_on_is_not_the_reports():
    # look-alike: the deputy's own subject after the report's sentence ("我们村还要…") is the village's plan, no pledge
    d = read(_DEPUTY + "王秀兰：报告提出，今年全县地区生产总值增长6%左右。我们村还要新建文化广场1个。\n", report_year=2023)
    assert not pledged(d)


def test_deputy_going_on_from_own_words_is_not_the_reports():
    # look-alike: "还要…" after the deputy's own sentence (no report told before it): their own wish
    d = read(_DEPUTY + "王秀兰：我们村去年修通了产业路。还要新建冷链仓储点10个。\n", report_year=2023)
    assert not pledged(d)


# --- (3) an app post's sub-head with a label word before its title ---

def test_post_subhead_with_a_label_before_its_title():
    # "🎯划重点：2023年主要预期目标" heads the targets as "🎯2023年主要预期目标" does; the keycap lines under it are targets
    d = read(_POST + "📊2022年成绩单\n地区生产总值增长4.1%；\n\n🎯划重点：2023年主要预期目标\n1️⃣地区生产总值增长6%左右；\n"
             "2️⃣固定资产投资增长8%。\n\n🏠划重点：今年这些民生实事\n3️⃣新增公办学位5000个；\n4️⃣改造老旧小区30个。\n",
             report_year=2023)
    kv = key_values(d)
    assert kv.get(("gdp", "target", "2023", "growth")) == (6, "about")
    assert kv.get(("fixed_asset_investment", "target", "2023", "growth")) == (8, "eq")
    assert ("fixed_asset_investment", "actual", "2022", "growth") not in kv
    got = pledged(d)
    assert ("公办学位", 5000, "个") in got and ("老旧小区", 30, "个") in got


def test_post_results_card_without_label_stays_results():
    # look-alike: the results' card under its own pictograph head, no label, stays last year's
    kv = key_values(read(_POST + "📊2022年成绩单\n地区生产总值增长4.1%；\n一般公共预算收入增长3%。\n", report_year=2023))
    assert kv.get(("gdp", "actual", "2022", "growth")) == (4.1, "eq")
    assert kv.get(("general_budget_revenue", "actual", "2022", "growth")) == (3, "eq")


# --- (4) an English wire's page ---

def test_english_lead_naming_the_work_report_types_the_page():
    d = read(_WIRE + "HEFEI, Jan. 20 (Xinhua) -- East China's Anhui Province has set its GDP growth target at around 8.5 percent "
             "for 2017, according to a government work report delivered on Friday.\n")
    assert d.meta.doc_type == "government_work_report"


def test_english_page_without_the_report_stays_other():
    # look-alike: an English page on the statistics bureau's figures names no report: other
    d = read(_WIRE + "HEFEI, Jan. 20 (Xinhua) -- East China's Anhui Province's GDP grew 8.7 percent in 2016, the provincial "
             "bureau of statistics said Friday.\n")
    assert d.meta.doc_type == "other"


def test_english_names_of_trade_prices_and_registered_unemployment():
    # "foreign trade", "consumer prices", "registered urban unemployment rate": the indicators' English names
    kv = key_values(read(_WIRE + _LEAD + "The work report said foreign trade dropped 2.1 percent to 280 billion yuan last "
                         "year.\n\nFor 2017, the province aims to keep the rise in consumer prices at around 3 percent and the "
                         "registered urban unemployment rate within 4.5 percent.\n", report_year=2017))
    assert kv.get(("foreign_trade", "actual", "2016", "growth")) == (-2.1, "eq")
    assert kv.get(("foreign_trade", "actual", "2016", "level")) == (2800, "eq")
    assert kv.get(("cpi", "target", "2017", "growth")) == (3, "about")
    assert kv.get(("registered_unemployment_rate", "target", "2017", "share")) == (4.5, "at_most")


def test_english_change_after_a_level_dated_by_its_year():
    # "…trillion yuan in 2016, up 7.5 percent": the change is 2016's as the level is
    kv = key_values(read(_WIRE + _LEAD + "The province's GDP reached 2.4 trillion yuan in 2016, up 8.7 percent year on year, "
                         "the governor said.\n", report_year=2017))
    assert kv.get(("gdp", "actual", "2016", "level")) == (2.4, "eq")
    assert kv.get(("gdp", "actual", "2016", "growth")) == (8.7, "eq")
    assert kv.get(("gdp", "target", "2017", "growth")) == (8.5, "about")


def test_english_change_after_the_report_years_figure_is_left_to_its_cues():
    # look-alike: a year after the level that is the report's own (an aim) does not make the change a result
    kv = key_values(read(_WIRE + "The province aims for fixed-asset investment of 2.6 trillion yuan in 2017, up 10 percent.\n",
                         report_year=2017))
    assert ("fixed_asset_investment", "actual", "2017", "growth") not in kv


def test_english_target_compared_with_last_year_after_a_comma_stays_the_years():
    # look-alike: "last year" in a clause of its own after the target's ("…, the same as last year.") dates nothing
    kv = key_values(read(_WIRE + _LEAD + "For 2017, the province aims to keep CPI growth at around 3 percent, "
                         "the same as last year.\n", report_year=2017))
    assert kv.get(("cpi", "target", "2017", "growth")) == (3, "about")
    assert ("cpi", "target", "2016", "growth") not in kv
