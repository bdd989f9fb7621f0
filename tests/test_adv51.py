"""An adversarial review of decisions 394-397, blind (adv51, decision 401): an English aim named as met or missed before
a result ("Retail sales met the goal and rose 6.7 percent in 2023.") is no target (394's aim words read it as one); a
party body named in a zone report's head only as a note or a subject studied (经…党工委会议审议通过, 学习贯彻中共…精神暨…
工作会议) leaves the administrative committee's report a government's (394's party head read any party word); a deadline
written with 前 ("到2025年底前力争突破800亿元；…") dates its figure and is the plan's modal as 到2025年力争 is (397); a
figure the level above hands down named by a bare 任务 ("完成市下达的42亿元任务") is last year's target (396's handed-down
reading knew 的任务 and 目标 only); last year's body of setting opening a review sentence with a comma ("去年县委经济
工作会议提出，全年地区生产总值增长7%左右。") restates that year's target (its 全年 read as the result). With look-alikes
that must not change."""
import pytest

import planwatch
from factkeys import key_values, read

_EN = "江城市2024年政府工作报告要点\n\n"
_CN = "\n\n2023年，全市一般公共预算收入增长5%。\n"


# --- an English aim named as met or missed before the result ---

@pytest.mark.parametrize("sentence,key,value", [
    # the aim is the object of "met": the figure after "and rose" is the result
    ("Retail sales of consumer goods met the goal and rose 6.7 percent in 2023.", "retail_sales", 6.7),
    # "exceeded its target and grew": the same with two words between the verb and the aim
    ("Fixed-asset investment exceeded its annual target and grew 9.4 percent in 2023.", "fixed_asset_investment", 9.4),
])
def test_english_aim_met_before_the_figure_leaves_the_result(sentence, key, value):
    kv = key_values(read(_EN + sentence + _CN))
    assert kv[(key, "actual", "2023", "growth")] == (value, "eq")
    assert (key, "target", "2023", "growth") not in kv


def test_english_aim_missed_with_its_own_value_stays_the_target():
    # look-alike: "missed its goal of 8 percent in 2023": the figure is the goal's own value, 2023's target restated
    kv = key_values(read(_EN + "Fixed-asset investment missed its goal of 8 percent in 2023." + _CN))
    assert kv[("fixed_asset_investment", "target", "2023", "growth")] == (8, "eq")
    assert ("fixed_asset_investment", "actual", "2023", "growth") not in kv


def test_english_plan_without_a_met_verb_stays_the_target():
    # look-alike: "were planned to rise" names the figure as planned, with no verb of meeting before it (decision 394)
    kv = key_values(read(_EN + "Retail sales of consumer goods were planned to rise 6.7 percent in 2023." + _CN))
    assert kv[("retail_sales", "target", "2023", "growth")] == (6.7, "eq")


# --- a party body in a zone report's head that is not the report's owner ---

_BODY = "\n\n同志们：\n过去一年，新区地区生产总值增长9.5%。今年新区地区生产总值增长9%左右，新建标准厂房30万平方米。\n"
_TITLE = "宁波杭州湾新区2021年工作报告"
_LINE = "新区党工委副书记、管委会主任　李明"


def meta(text):
    return planwatch.read_text(text, "x.txt").meta


@pytest.mark.parametrize("head", [
    # a note that the party's committee reviewed the report before the work meeting
    "——2021年2月3日在杭州湾新区2021年工作会议上\n（2021年1月28日经新区党工委会议审议通过）",
    # the party named in what the work meeting studies, 暨 the work meeting
    "——2021年2月3日在杭州湾新区学习贯彻中共十九届五中全会精神暨2021年工作会议上",
])
def test_party_word_not_owning_the_report_leaves_a_work_report(head):
    assert meta(f"{_TITLE}\n{head}\n{_LINE}{_BODY}").doc_type == "government_work_report"


@pytest.mark.parametrize("title,head", [
    # look-alikes: the party's committee owns the meeting (扩大会议) or the report (its name before the year's 工作报告)
    (_TITLE, "——2021年2月3日在中共宁波杭州湾新区工作委员会（扩大）会议上"),
    ("中共宁波杭州湾新区工作委员会2021年工作报告", "——2021年2月3日在杭州湾新区2021年工作会议上"),
    (_TITLE, "——2021年2月3日在新区党工委扩大会议暨2021年工作会议上"),
])
def test_party_committee_owning_the_report_stays_other(title, head):
    assert meta(f"{title}\n{head}\n{_LINE}{_BODY}").doc_type == "other"


# --- a deadline written with 前 ---

_PLAN = "永嘉县2021年政府工作报告\n\n二、“十四五”目标和2021年工作\n"
_YEAR = "\n2021年主要预期目标：地区生产总值增长7.5%左右。\n"


@pytest.mark.parametrize("deadline", ["到2025年底前力争", "到2025年前确保", "到2025年底前"])
def test_deadline_with_qian_dates_its_figure_and_leaves_the_plans_items(deadline):
    # the level at the deadline is 2025's goal; the item after ； keeps the plan's span, not 2021's target
    kv = key_values(read(_PLAN + f"今后五年，全县地区生产总值年均增长7%左右，{deadline}突破800亿元；常住人口城镇化率达到68%。" + _YEAR))
    assert kv[("gdp", "goal", "2025", "level")] == (800, "at_least")
    assert kv[("urbanization_rate", "goal", "2021-2025", "share")] == (68, "eq")
    assert ("urbanization_rate", "target", "2021", "share") not in kv
    assert kv[("gdp", "target", "2021", "growth")] == (7.5, "about")


def test_this_years_deadline_with_qian_keeps_the_years_target():
    # look-alike: a deadline in the report's own year, no plan's cue before it: the year's targets after it
    kv = key_values(read(_PLAN + "今年全县地区生产总值增长7.5%左右，到2021年底前确保完成省下达的任务；城镇新增就业1万人。\n"))
    assert kv[("gdp", "target", "2021", "growth")] == (7.5, "about")
    assert kv[("urban_new_jobs", "target", "2021", "level")] == (1, "eq")


def test_first_three_quarters_stay_a_result():
    # look-alike: 年前 of "2020年前三季度" is no deadline
    kv = key_values(read("江城县2021年政府工作报告\n\n一、2020年工作回顾\n2020年前三季度，全县地区生产总值增长2.1%。\n"))
    assert ("gdp", "goal", "2020", "growth") not in kv


# --- a figure the level above hands down, named by a bare 任务 ---

_REV = "江城县2019年政府工作报告\n\n一、2018年工作回顾\n2018年，"


@pytest.mark.parametrize("met", ["完成市下达的42亿元任务", "超额完成市下达的42亿元任务"])
def test_handed_down_figure_with_bare_task_is_last_years_target(met):
    kv = key_values(read(_REV + f"一般公共预算收入{met}，达到43.8亿元，增长9.1%。\n"))
    assert kv[("general_budget_revenue", "target", "2018", "level")] == (42, "eq")
    assert kv[("general_budget_revenue", "actual", "2018", "level")] == (43.8, "eq")


def test_task_share_done_names_no_target():
    # look-alike: "完成了60%的任务" (no level above hands it down) is the share of the work done, no target
    kv = key_values(read(_REV + "一般公共预算收入达到43.8亿元，增长9.1%，棚户区改造完成了60%的任务。\n"))
    assert not any(k[1] == "target" for k in kv)


# --- last year's body of setting opening a review sentence ---

_R21 = "江城县2021年政府工作报告\n\n一、2020年工作回顾\n"


@pytest.mark.parametrize("lead", ["去年县委经济工作会议提出，", "年初县人代会确定，"])
def test_last_years_setting_body_restates_its_target(lead):
    kv = key_values(read(_R21 + lead + "全年地区生产总值增长7%左右。全县地区生产总值实际增长3.2%。\n"))
    assert kv[("gdp", "target", "2020", "growth")] == (7, "about")
    assert kv[("gdp", "actual", "2020", "growth")] == (3.2, "eq")


def test_setting_body_with_this_year_stays_this_years_target():
    # look-alike: 今年 after the body's lead: this year's target, as before
    kv = key_values(read(_R21 + "县委经济工作会议提出，今年全县地区生产总值增长6.5%左右。\n"))
    assert kv[("gdp", "target", "2021", "growth")] == (6.5, "about")
    assert ("gdp", "target", "2020", "growth") not in kv


def test_whole_year_after_a_restated_target_stays_the_result():
    # look-alike: a 全年 clause after the target's own figure is the year's result (the rule only spares a 全年 right
    # after the lead's comma)
    kv = key_values(read(_R21 + "去年县委经济工作会议提出，地区生产总值增长7%左右，全年一般公共预算收入完成32.6亿元。\n"))
    assert kv[("gdp", "target", "2020", "growth")] == (7, "about")
    assert kv[("general_budget_revenue", "actual", "2020", "level")] == (32.6, "eq")
