"""An adversarial review of decisions 401, 402, 404 and 406 (adv51c, decision 410): on a page printed one sentence a
paragraph, 402's will before the bare tasks ("全县将新建…") met by a 将 that is 把 ("全区将改善民生作为头等大事", a sentence
of the review) and read the review's bare results after it as tasks; and a bare task whose sentence opens on a task's lead
clause ("深化“千万工程”，建成和美乡村15个。") was no task on such a page. Sentences written for these tests, with
look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledged, read

_TOLD = "1月20日，某县第十七届人民代表大会第三次会议开幕，县长作政府工作报告。\n\n报告提出，2019年全县地区生产总值增长8%左右。\n\n"
_NEWS = "1月12日，某区第三届人民代表大会第二次会议开幕，区长作政府工作报告。\n\n报告回顾，2022年全区地区生产总值增长3.5%。\n\n"


# --- (1) 将 as 把 is no will before the tasks ---

def test_jiang_as_ba_with_zuowei_leaves_the_review_a_review():
    # "全县将改善…作为…": 将 is 把 (the verb after it opens the object), so the past year's bare result after it stays a review
    got = pledged(read(_TOLD + "2018年，全县新建农村公路120公里。\n\n全县将改善农村人居环境作为民生头号工程。\n\n"
                       "改造农村危房800户。\n", report_year=2019))
    assert not any(v == 800 for _, v, _ in got)


def test_jiang_as_ba_with_lieru_leaves_the_review_a_review():
    # the same with 列入: "全县将新建农贸市场列入民生实事" is what the county set, no will; the result after it is last year's
    got = pledged(read(_TOLD + "2018年，全县实施民生实事10件。\n\n全县将新建农贸市场列入民生实事。\n\n新增公共停车位900个。\n",
                       report_year=2019))
    assert not any(v == 900 for _, v, _ in got)


def test_jiang_as_ba_does_not_hide_the_review_figure_as_the_years_jobs():
    # the bare review sentence after the 把-sentence keeps its figure a result of the past year, not a pledge of the new year
    d = read(_NEWS + "全区将保障和改善民生摆在突出位置。\n\n新增城镇就业4.8万人，新建幼儿园9所。\n", report_year=2023)
    got = pledged(d)
    assert not any(v in (4.8, 9) for _, v, _ in got)


def test_a_will_with_a_later_zuowei_clause_is_still_a_will():
    # look-alike: 将 before the action's own figure, 作为 only in a later clause: the will stands, the bare task after it too
    got = pledged(read(_TOLD + "2018年，全县新建农村公路120公里。\n\n全县将新建高标准农田2万亩，作为粮食安全的基础。\n\n"
                       "改造农村危房800户。\n", report_year=2019))
    assert ("高标准农田", 2, "万亩") in got
    assert ("农村危房", 800, "户") in got


# --- (2) a bare task after a task's lead clause ---

def test_bare_task_after_a_lead_clause_is_pledged():
    # "深化“…工程”，建成…": the lead clause of a task (task_title_open) before the action's clause, after the told year
    got = pledged(read(_TOLD + "全县将新建高标准农田2万亩。\n\n深化“千万工程”，建成美丽宜居村庄30个。\n", report_year=2019))
    assert ("美丽宜居村庄", 30, "个") in got


def test_bare_task_after_a_deepened_reform_is_pledged():
    # the same after "深入实施…" right after the told turn
    got = pledged(read(_TOLD + "深入实施农村综合改革，新建村级综合服务中心20个。\n", report_year=2019))
    assert any(v == 20 and "综合服务中心" in o for o, v, _ in got)


def test_lead_clause_after_a_past_year_stays_a_review():
    # look-alike: the same sentence after a past year's paragraph nearer it: last year's result, no pledge
    got = pledged(read(_TOLD + "2018年，全县新建农村公路120公里。\n\n深化“千万工程”，建成美丽宜居村庄30个。\n",
                       report_year=2019))
    assert not any(v == 30 for _, v, _ in got)


def test_lead_clause_before_a_result_gives_no_pledge():
    # look-alike: the clause after the lead states a level, no action: no pledge (the target stays a fact)
    d = read(_TOLD + "深化“放管服”改革，全县一般公共预算收入增长7%。\n", report_year=2019)
    assert not any(v == 7 for _, v, _ in pledged(d))
    assert key_values(d).get(("general_budget_revenue", "target", "2019", "growth")) == (7, "eq")
