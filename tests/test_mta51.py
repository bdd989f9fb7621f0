"""Decision 409 (mta51): the metadata of excerpts that tell little. An anniversary named in a clause on the year
reviewed or on the next year (the report's year is not the anniversary's), and the hundredth told as 建党百年; the
level of a page naming no region told once by the word leading into its targets; an untitled page of a work report's
part two ("二、2024年工作安排") addressed to the deputies; a plan report titled by its year's 计划草案 alone."""
from __future__ import annotations

from factkeys import read

_T = "全县地区生产总值增长6%左右，一般公共预算收入增长5%。\n"


# --- an anniversary's year, by the clause it is told in ----------------------------------------------------------------

def test_anniversary_celebrated_last_year_is_the_next_years_report():
    # "去年，…隆重庆祝新中国成立70周年" in the review: 2019 reviewed, the report 2020's (the base read 2019)
    d = read("去年，全市上下隆重庆祝新中国成立70周年，地区生产总值增长6.5%。今年，全市地区生产总值增长6%左右。\n")
    assert d.meta.report_year == 2020


def test_anniversary_of_the_past_year_clause():
    # "过去一年，我们以优异成绩庆祝建党100周年" (2021 reviewed): the report 2022's (the base read 2021)
    d = read("过去一年，我们以优异成绩庆祝建党100周年，全旗经济稳中有进。今年，" + _T)
    assert d.meta.report_year == 2022


def test_anniversary_next_year_is_the_year_before():
    # "明年是建党100周年": the report 2020's (the base read 2021)
    d = read("明年是中国共产党成立100周年，做好今年工作意义重大。" + _T)
    assert d.meta.report_year == 2020


def test_hundredth_as_bainian():
    # "今年是建党百年": 百年 is the hundredth anniversary, 2021 (the base found no year)
    d = read("今年是建党百年，也是开启新征程的第一年。" + _T)
    assert d.meta.report_year == 2021


def test_hundredth_as_bainian_huadan_weak():
    # "以优异成绩庆祝建党百年华诞" with no time word: the anniversary's own year (the base found no year)
    d = read("全县上下以优异成绩庆祝建党百年华诞。" + _T)
    assert d.meta.report_year == 2021


def test_lookalike_anniversary_this_year_after_last_years_figures():
    # look-alike: 去年's figures, then "今年是新中国成立70周年" in a sentence of its own: 2019 (the nearest time word)
    d = read("去年，全县地区生产总值增长7%。今年是新中国成立70周年，" + _T)
    assert d.meta.report_year == 2019


def test_lookalike_anniversary_without_time_word():
    # look-alike: "在庆祝建党100周年之际" with no time word: 2021, as before
    d = read("在庆祝建党100周年之际，" + _T)
    assert d.meta.report_year == 2021


def test_lookalike_party_history_is_no_anniversary():
    # look-alike: "党的百年奋斗重大成就" names the party's history (a 2022 or later text), no anniversary: no year
    d = read("学习贯彻党的百年奋斗重大成就和历史经验，" + _T)
    assert d.meta.report_year is None


# --- the level of a page naming no region, told by its targets' lead ------------------------------------------------------

def test_level_from_targets_lead_county():
    # "全县经济社会发展的主要预期目标是：" once, no region named: a county's (the base left the level empty)
    d = read("2022年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%。\n")
    assert d.meta.region is None and d.meta.level == "county"


def test_level_from_targets_lead_banner():
    # the same with 全旗 and 国民经济和社会发展: a banner, county level
    d = read("今年全旗国民经济和社会发展的主要预期目标为：地区生产总值增长7%，城镇新增就业1200人。\n")
    assert d.meta.region is None and d.meta.level == "county"


def test_lookalike_city_word_lead_leaves_level_empty():
    # look-alike: 全市 may be a prefecture's or a county-level city's: no level
    d = read("2022年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n")
    assert d.meta.level is None


def test_lookalike_level_word_once_in_a_figure():
    # look-alike: 全县 once in a figure's sentence, not leading into the targets: no level (one occurrence is no
    # evidence of the page's own level)
    d = read("2022年全县地区生产总值增长6.5%左右，一般公共预算收入增长6%。\n")
    assert d.meta.level is None


# --- an untitled page of a work report's part two --------------------------------------------------------------------------

_PART2 = ("二、2025年工作安排\n\n2025年全旗经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n\n"
          "重点抓好以下工作：新建高标准农田2万亩，改造老旧小区8个。\n\n")


def test_work_part_heading_with_deputies_and_targets():
    # "二、2025年工作安排" over the banner's targets, the deputies addressed at the close: the government's work
    # report (the base read other)
    d = read(_PART2 + "各位代表，让我们团结一心、真抓实干，奋力夺取全年目标任务新胜利！\n")
    assert d.meta.doc_type == "government_work_report"


def test_key_work_heading_with_deputies_and_targets():
    # "三、2019年重点工作" with "各位代表！" before the targets: the same (the base read other)
    d = read("三、2019年重点工作\n\n各位代表！2019年全县经济社会发展主要预期目标是：地区生产总值增长7%左右。\n")
    assert d.meta.doc_type == "government_work_report"


def test_lookalike_work_heading_without_deputies():
    # look-alike: the heading over the targets with no one addressed (a bureau's or a summary's page): other
    d = read(_PART2)
    assert d.meta.doc_type == "other"


def test_lookalike_standing_committee_work_plan():
    # look-alike: a standing committee's report addresses the deputies with the year's 工作安排 but sets no region's
    # targets: other
    d = read("二、2024年工作安排\n\n各位代表，2024年是实施“十四五”规划的关键一年。常委会将围绕中心工作，"
             "制定立法计划，开展执法检查5次。\n")
    assert d.meta.doc_type == "other"


def test_lookalike_company_workers_congress():
    # look-alike: a company's workers' congress, its targets the company's: other
    d = read("二、2024年工作安排\n\n各位代表，2024年公司主要经营目标是：营业收入增长6%左右，利润总额增长5%。\n")
    assert d.meta.doc_type == "other"


def test_lookalike_plan_part_heading_stays_plan():
    # look-alike: a plan's part heading ("二、2024年计划安排") with the deputies and the targets: the plan report
    d = read("二、2024年计划安排\n\n各位代表，2024年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")
    assert d.meta.doc_type == "plan_report"


# --- a plan report titled by its year's 计划草案 alone ------------------------------------------------------------------------

def test_plan_draft_title_without_the_plans_full_name():
    # "关于2020年计划草案的报告" over a December byline: the plan report, for 2020 (the base read other)
    d = read("关于2020年计划草案的报告\n——2019年12月26日在永安市第十六届人民代表大会第五次会议上\n\n各位代表：\n\n"
             "2020年全市主要预期目标：地区生产总值增长7%左右。\n")
    assert d.meta.doc_type == "plan_report" and d.meta.report_year == 2020


def test_lookalike_plan_draft_review():
    # look-alike: the finance committee's review of the plan draft: other, as before
    d = read("关于2020年计划草案的审查结果报告\n\n各位代表：\n\n2020年全市主要预期目标：地区生产总值增长7%左右。\n")
    assert d.meta.doc_type == "other"


def test_lookalike_other_plan_draft():
    # look-alike: a plan of something else ("2020年招生计划草案"): no plan report
    d = read("关于2020年招生计划草案的说明\n\n2020年全市计划招生1200人。\n")
    assert d.meta.doc_type != "plan_report"
