"""Decision 384 (adv49d): an adversarial review of decisions 375 and 377. On a page with no titles, a lone lead to the
works under a paragraph opening on 全年 is last year's when the paragraph above dates that 全年 as a year gone by
("2021年，全市…" then "全年新建5G基站1860个…" then "我们重点抓好以下工作：" in 2022: the review's list, no pledge); a year
stated by its number and named as a party congress's year ("2022年是党的二十大召开之年") dates the page as “…开局之年”
does; and “展望未来，” opening a paragraph in a part of both the review and the plan leads the plan's goals."""
from __future__ import annotations

from factkeys import keys_of, read
from planwatch.metadata import detect
from planwatch.normalize import normalize

_REVIEW = "各位代表：\n\n2021年，全市地区生产总值增长8.6%，城镇新增就业3.2万人。\n\n"
_WORKS = "\n\n一是产业基础更加稳固。新增规模以上工业企业41家。\n\n二是民生短板加快补齐。新建改造农村公路380公里。\n\n"
_AHEAD = "2022年是党的二十大召开之年。全市地区生产总值增长7%左右。\n\n重点抓好以下工作：\n\n一是扩大有效投资。新开工项目90个。\n\n"
_END = "各位代表，让我们团结奋斗！\n"


def _values(d) -> set:
    return {p.value for p in d.pledges}


# --- (a) a lone lead under a 全年 paragraph that a past year's paragraph dates -------------------------------------

def test_lead_under_a_whole_year_paragraph_of_last_year_opens_no_works_run():
    # "2021年，…" then "全年新建…" then the lead: the 全年 is 2021's, the list under the lead is the review's (375's rule
    # read 全年 as the report's year and pledged 41家 and 380公里)
    d = read(_REVIEW + "全年新建5G基站1500个，主要指标好于预期。\n\n我们重点抓好以下工作：" + _WORKS + _AHEAD + _END,
             report_year=2022)
    assert not {41, 380} & _values(d)
    assert 90 in _values(d)  # (the year's own lead further down still opens its works)


def test_lead_under_a_whole_year_paragraph_of_last_year_told_by_qunian():
    # the same with the review's year told as 去年: the 全年 under it is last year's too
    d = read("各位代表：\n\n去年，全市地区生产总值增长8.6%。\n\n全年新建5G基站1500个。\n\n我们重点抓好以下工作：" + _WORKS + _END,
             report_year=2022)
    assert not {41, 380} & _values(d)


def test_look_alike_whole_year_paragraph_under_the_years_own_paragraph():
    # "2022年是…之年。…" then "全年完成…" then the lead: the 全年 is the report's year, the works after the lead pledged
    d = read("各位代表：\n\n2022年是党的二十大召开之年。全市地区生产总值增长7%左右。\n\n全年完成固定资产投资320亿元以上。\n\n"
             "重点抓好以下工作：" + _WORKS + _END, report_year=2022)
    assert {41, 380} <= _values(d)


def test_look_alike_whole_year_paragraph_with_no_year_above():
    # nothing above the 全年 paragraph names a year: read as 375 reads it, the works pledged
    d = read("各位代表：\n\n全年完成固定资产投资320亿元以上。\n\n重点抓好以下工作：" + _WORKS + _END, report_year=2022)
    assert {41, 380} <= _values(d)


# --- (b) a year named by its number as a party congress's year ------------------------------------------------------

def _year(text: str):
    return detect(text, normalize(text)).report_year


def test_year_stated_as_a_congress_year_dates_an_untitled_page():
    # "2022年是党的二十大召开之年。" then the year's targets: 2022 (the base found no year on the untitled page)
    assert _year("各位代表：\n\n2021年，全市地区生产总值增长8.6%。\n\n" + _AHEAD + _END) == 2022


def test_year_stated_as_a_congress_year_with_results_is_the_year_reviewed():
    # "2017年是党的十九大召开之年，全县地区生产总值增长7.8%，…完成…": the year reviewed with its results, the report the
    # year after, as year_is reads "2023年是…开局之年，全县…增长6.2%"
    assert _year("各位代表：\n\n2017年是党的十九大召开之年，全县地区生产总值增长7.8%，一般公共预算收入完成9.1亿元。\n\n"
                 "今后五年，全县地区生产总值年均增长7%。\n\n" + _END) == 2018


def test_look_alike_congress_named_with_no_year_of_its_own_is_read_as_before():
    # "今年是党的二十大召开之年" (no year by number): the congress rule's 2022, as on the base
    assert _year("各位代表：\n\n今年是党的二十大召开之年。全市地区生产总值增长7%左右。\n\n" + _END) == 2022


# --- (c) 展望未来 opening a paragraph in a part of both the review and the plan --------------------------------------

_MIXED = "樊城区2021年政府工作报告\n\n各位代表：\n\n二、“十三五”发展成就和“十四五”奋斗目标\n\n过去五年，全区地区生产总值年均增长6.8%。\n\n"
_YEAR_PART = "\n\n三、2021年工作安排\n\n全区地区生产总值增长8%左右。\n"


def test_looking_ahead_to_the_future_leads_the_plans_goals():
    # "展望未来，全区…年均增长…": the plan's goals (the base read revenue as the past five years' result, by 过去五年
    # above, and dropped the gdp goal as the same key as the result)
    ks = keys_of(read(_MIXED + "展望未来，全区一般公共预算收入年均增长5%，城镇新增就业年均1万人。" + _YEAR_PART))
    assert ("general_budget_revenue", "goal", "2021-2025", "growth") in ks
    assert ("general_budget_revenue", "actual", "2016-2020", "growth") not in ks


def test_look_alike_looking_ahead_inside_a_sentence_is_no_cue():
    # "…，展望未来信心更足" inside a review sentence (no comma after 展望未来 opening it): the review's result as before
    ks = keys_of(read(_MIXED + "全区一般公共预算收入年均增长7.2%，我们展望未来信心更足。" + _YEAR_PART))
    assert ("general_budget_revenue", "actual", "2016-2020", "growth") in ks


def test_look_alike_looking_ahead_to_a_named_year_is_that_years():
    # "展望2035年，…" names its year: a goal for 2035 as before, not the plan's span
    ks = keys_of(read(_MIXED + "展望2035年，全区常住人口城镇化率达到75%。" + _YEAR_PART))
    assert ("urbanization_rate", "goal", "2035", "share") in ks
