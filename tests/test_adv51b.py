"""An adversarial review of decisions 398-400 (adv51b, decision 402): a card's label alone on its line over a target in
words or a level's verb before its figure ("居民人均可支配收入：\\n与经济增长基本同步", "粮食产量：\\n稳定在30万吨以上"; 398
joined the label only over a number or a change's word), a news page's budget allocation of the year restated with its
change against last year (400's fiscal_plan_words named only deficits and bonds), and, on a page printed one sentence a
paragraph, the region's will between a past year's paragraph and the bare tasks after it. Sentences written for these
tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledged, read

_CARD = "一图读懂｜2025年政府工作报告\n来源：某市发布\n\n◆2025年主要预期目标\n"
_NEWS = "1月18日，某县第十八届人民代表大会第四次会议开幕，县长作政府工作报告。\n\n报告提出，今年全县地区生产总值增长6%左右。\n\n"
_TOLD = "1月20日，某县第十七届人民代表大会第三次会议开幕，县长作政府工作报告。\n\n报告提出，2019年全县地区生产总值增长8%左右。\n\n"


# --- (1) a label alone over a target in words or over a level's verb before its figure ---

def test_label_over_a_target_in_words_is_its_qualitative_target():
    # the card sets the income's target in words on the line under its label, where a figure would stand
    kv = key_values(read(_CARD + "居民人均可支配收入：\n与经济增长同步\n城镇新增就业：\n1.5\n万人以上\n", report_year=2025))
    assert kv.get(("disposable_income", "target", "2025", "growth")) == (None, "qualitative")
    # look-alike: the next label over its figure keeps its own figure (the words above do not run into it)
    assert kv.get(("urban_new_jobs", "target", "2025", "level")) == (1.5, "at_least")


def test_label_over_a_level_verb_before_its_figure():
    # "稳定在" before the figure on the line under the label: the label's target, as "粮食产量：稳定在30万吨以上"
    kv = key_values(read(_CARD + "粮食产量：\n稳定在30万吨以上\n城镇调查失业率：\n控制在5.5%以内\n", report_year=2025))
    assert kv.get(("grain_output", "target", "2025", "level")) == (30, "at_least")
    assert kv.get(("urban_unemployment_rate", "target", "2025", "share")) == (5.5, "at_most")


def test_label_naming_no_indicator_over_words_is_left_alone():
    # look-alike: a label that names no indicator over a slogan's words joins nothing; the item after keeps its figure
    kv = key_values(read(_CARD + "工作总基调：\n稳中求进\n地区生产总值：\n增长6%左右\n", report_year=2025))
    assert kv == {("gdp", "target", "2025", "growth"): (6, "about")}


def test_label_over_a_date_gives_no_fact():
    # look-alike: a label of no indicator over a year broken from its 年 ("报告起草时间：\n2024\n年12月"): no fact of it
    kv = key_values(read(_CARD + "报告起草时间：\n2024\n年12月\n地区生产总值：\n增长6%左右\n", report_year=2025))
    assert kv == {("gdp", "target", "2025", "growth"): (6, "about")}


# --- (2) a news page's budget allocation of the year, its change against last year after it ---

def test_this_years_budget_allocation_with_its_change_is_pledged():
    # "今年…预算安排…，比上年增加…": the year's allocation (a pledge wherever the plan states it), restated by a news page
    got = pledged(read(_NEWS + "今年全县一般公共预算支出预算安排45.2亿元，比上年增加2.1亿元。\n", report_year=2024))
    assert ("全县一般公共预算支出", 45.2, "亿元") in got or ("一般公共预算支出", 45.2, "亿元") in got


def test_this_years_spending_arranged_with_its_change_is_pledged():
    # "支出安排" with 今年: the same allocation, said without 预算
    got = pledged(read(_NEWS + "今年民生支出安排30亿元，比上年增加1.5亿元。\n", report_year=2024))
    assert any(v == 30 and u == "亿元" for _, v, u in got)


def test_last_years_budget_allocation_stays_a_review():
    # look-alike: 去年's allocation with its change: a review, no pledge
    got = pledged(read(_NEWS + "去年一般公共预算支出预算安排40亿元，比上年增加2亿元。\n", report_year=2024))
    assert not any(v == 40 for _, v, _ in got)


def test_the_years_spending_done_stays_a_review():
    # look-alike: 全年's spending done (no allocation's word) with its change: a review, no pledge
    got = pledged(read(_NEWS + "全年一般公共预算支出完成43.1亿元，比上年增长5.2%。\n", report_year=2024))
    assert not any(v == 43.1 for _, v, _ in got)


# --- (3) the region's will between a past year's paragraph and the bare tasks after it ---

def test_tasks_after_the_regions_will_past_a_past_years_paragraph_are_pledged():
    # a page one sentence a paragraph: the told year, last year's result, then "全县将新建…" and a bare task after it
    got = pledged(read(_TOLD + "2018年，全县新建农村公路120公里。\n\n全县将新建高标准农田2万亩。\n\n改造农村危房800户。\n",
                       report_year=2019))
    assert ("高标准农田", 2, "万亩") in got
    assert ("农村危房", 800, "户") in got
    assert ("农村公路", 120, "公里") not in got


def test_jiang_as_ba_after_a_past_year_is_no_will():
    # look-alike: 将 as 把 ("全县将1.2万户纳入低保"), no action's verb after it: the past year stays the bare task's
    got = pledged(read(_TOLD + "2018年，全县将1.2万户纳入低保。\n\n改造农村危房800户。\n", report_year=2019))
    assert not any(v == 800 for _, v, _ in got)


def test_a_past_year_after_the_will_stays_a_review():
    # look-alike: the will first, then a past year's paragraph nearer the bare task: the task is the past year's
    got = pledged(read(_TOLD + "全县将新建高标准农田2万亩。\n\n2018年，全县新建农村公路120公里。\n\n改造农村危房800户。\n",
                       report_year=2019))
    assert not any(v == 800 for _, v, _ in got)


def test_a_review_sentence_with_a_will_clause_stays_a_review():
    # look-alike: the report's review, a will clause inside its sentence: the bare sentence after it stays a review
    got = pledged(read(_TOLD.replace("报告提出，2019年全县地区生产总值增长8%左右。\n\n", "")
                       + "报告回顾，2018年全县实施重点项目80个，全县将新建一批项目纳入储备。改造农村危房800户。\n",
                       report_year=2019))
    assert not any(v == 800 for _, v, _ in got)
