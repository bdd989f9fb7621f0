"""An adversarial review of decisions 407-409 (adv52, decision 414): a live blog's head title inside another's office
("市总工会主席李华：", "副市长…："), an interview's answers to a question on the year gone by, a deputy's proposal put in a
question ("有代表建议把…定在15%以上"), an English lead naming the State Council's report on a province's page, and an
English change dated after the level it reached ("grew 4.3 percent to 2.9 trillion yuan in 2022"). Sentences written
for these tests, with look-alikes that must not change."""
from __future__ import annotations

import planwatch
from planwatch.normalize import normalize

from factkeys import key_values, pledged, read

_BLOG = ("图文直播｜某市人大会议开幕\n2018-01-10 08:40　某网\n\n"
         "09:00　大会开始。\n09:03　市长赵建国代表市人民政府作政府工作报告。\n"
         "09:20　赵建国：今年要新建城市公园12个。\n")


# --- (1) a head's title inside another office's on a live blog (decision 407's label drop) ---

def test_union_chairs_turn_keeps_its_label_and_pledges_nothing():
    # 主席 of a trade union (no head of a government): her union's plan is her own words, no pledge of the report
    d = read(_BLOG + "10:30　市人大代表、市总工会主席孙丽在分组审议时发言。\n"
             "10:34　孙丽：我们工会今年将在全市新建职工驿站80个。\n", report_year=2018)
    assert ("职工驿站", 80, "个") not in pledged(d)


def test_executive_chairs_label_is_kept():
    # 大会执行主席 is the presidium's: the line keeps its label (its reader's turn), not read as the report's words
    t = _BLOG + "09:00　大会执行主席钱进主持会议。\n10:50　钱进：请各代表团认真审议。\n"
    assert "钱进：请各代表团" in normalize(t).text


def test_vice_mayors_label_is_kept():
    # 副市长 ends on 市长: the vice mayor's answer keeps its label, no head's line
    t = _BLOG + "11:00　副市长周平接受采访。\n11:05　周平：我们将抓好项目建设。\n"
    assert "周平：我们将" in normalize(t).text


def test_look_alike_autonomous_region_chairs_bare_line_still_pledged():
    # look-alike: 自治区主席 is the head; the bare task line under his name after his task line is pledged as before
    d = read("图文直播｜某自治区人大会议开幕\n2024-01-20 08:40　某网\n\n09:03　自治区主席韦光代表自治区人民政府作政府工作报告。\n"
             "09:40　韦光：今年要新建改造农村公路3000公里。\n09:46　韦光：新增普惠托位1万个，改造老旧小区500个。\n", report_year=2024)
    assert ("普惠托位", 1, "万个") in pledged(d)


def test_look_alike_mayors_bare_line_still_pledged():
    # look-alike: the mayor's own bare task line after his task line (decision 407's case) is still pledged
    d = read(_BLOG + "09:26　赵建国：新增城镇就业3万人，新建停车泊位6000个。\n", report_year=2018)
    assert ("停车泊位", 6000, "个") in pledged(d)


# --- (2) an interview's answers to a question on the year gone by ---

_QA = ("某县发展和改革局　>　政策解读\n县发改局负责人解读2021年计划报告\n发布时间：2021-01-20\n\n"
       "1月18日，某县第十七届人民代表大会第五次会议审议了《某县2020年国民经济和社会发展计划执行情况与2021年计划草案的报告》。\n\n")


def test_answer_to_a_question_on_last_years_plan_pledges_nothing():
    # the question dates the answer: last year's execution, its figures results (no year in the answer itself)
    d = read(_QA + "问：2020年计划执行得怎么样？\n答：年初计划实施重点项目80个，实际实施86个。新建农村公路150公里。\n", report_year=2021)
    got = pledged(d)
    assert ("重点项目", 80, "个") not in got and ("农村公路", 150, "公里") not in got


def test_answer_to_a_question_on_last_year_by_word_pledges_nothing():
    # 去年 in the question, the plan and its result in the answer, no year of its own: last year's, no pledge
    d = read(_QA + "问：去年全县经济运行情况如何？\n答：年初计划新开工项目50个，实际新开工55个。\n", report_year=2021)
    got = pledged(d)
    assert ("项目", 50, "个") not in got and ("实际", 55, "个") not in got


def test_look_alike_question_looking_back_then_ahead_keeps_its_pledges():
    # look-alike: a question naming last year and asking for this year's work: its answer restates the tasks
    d = read(_QA + "问：去年成绩来之不易，今年重点抓哪些工作？\n答：计划新开工项目60个，新建高标准农田2万亩。\n", report_year=2021)
    assert ("高标准农田", 2, "万亩") in pledged(d)


def test_look_alike_question_comparing_with_last_year_keeps_its_pledges():
    # look-alike: a question on this year's work set against last year's (2020 named, 2021 asked of)
    d = read(_QA + "问：2020年成绩来之不易，2021年重点抓哪些工作？\n答：计划新开工项目60个，新建高标准农田2万亩。\n",
             report_year=2021)
    assert ("项目", 60, "个") in pledged(d)


def test_look_alike_answer_turning_to_this_year_keeps_its_pledges():
    # look-alike: an answer to the backward question that turns to the year ("今年将…") keeps that turn's pledges
    d = read(_QA + "问：2020年计划执行得怎么样？\n答：总体好于预期。今年将新建改扩建中小学6所。\n", report_year=2021)
    assert ("中小学", 6, "所") in pledged(d)


# --- (3) a deputy's or a member's proposal put in a question ---

def test_deputys_proposed_figure_in_a_question_is_no_target():
    # the 7% is what some members proposed; the report's own target is the answer's
    d = read(_QA + "问：有委员建议把今年地区生产总值增速定在7%以上，计划草案为什么没有采纳？\n"
             "答：综合考虑各方面因素，计划草案安排地区生产总值增长6%左右。\n", report_year=2021)
    kv = key_values(d)
    assert kv.get(("gdp", "target", "2021", "growth")) == (6, "about")


def test_look_alike_plan_reports_own_proposal_is_the_target():
    # look-alike: the plan report proposing its own target ("建议定为…") is the year's target, as before
    d = read("关于2021年国民经济和社会发展计划草案的报告\n\n二、2021年主要预期目标\n"
             "经济增长预期目标，建议定为6.5%左右。\n", report_year=2021)
    assert key_values(d).get(("gdp", "target", "2021", "growth")) == (6.5, "about")


# --- (4) an English lead naming the State Council's report on a province's page ---

_EN = "Province's GDP grows in 2023\nSource: Xinhua | 2024-03-06\n\n"


def test_english_province_page_citing_the_premiers_report_is_other():
    t = _EN + ("WUHAN, March 6 (Xinhua) -- Hubei Province saw its GDP grow 6 percent in 2023, the provincial statistics "
               "bureau said Wednesday, a day after the government work report delivered by Premier Li Qiang set the "
               "country's growth target at around 5 percent for 2024.\n")
    assert planwatch.read_text(t, "p_湖北省.txt").meta.doc_type == "other"


def test_english_province_page_after_the_premier_delivered_is_other():
    # the delivering verb before the report's name (decision 403's shape), the speaker the Premier
    t = _EN + ("WUHAN, March 6 (Xinhua) -- Hubei Province saw its GDP grow 6 percent in 2023, statistics showed, after "
               "Premier Li Qiang delivered the government work report on Tuesday.\n")
    assert planwatch.read_text(t, "p_湖北省.txt").meta.doc_type == "other"


def test_look_alike_english_page_on_the_countrys_report_is_the_report():
    # look-alike: the country's own page on the Premier's report names no province: the work report as before
    t = _EN + ("BEIJING, March 5 (Xinhua) -- China has set its GDP growth target at around 5 percent for 2024, according "
               "to the government work report delivered by Premier Li Qiang on Tuesday.\n")
    assert planwatch.read_text(t, "p_全国.txt").meta.doc_type == "government_work_report"


def test_look_alike_english_province_page_on_the_governors_report_is_the_report():
    # look-alike: the province's own report delivered by its governor: the work report as before
    t = _EN + ("WUHAN, Jan. 23 (Xinhua) -- Hubei Province has set its GDP growth target at around 6 percent for 2024, "
               "according to a government work report delivered by Governor Wang Zhonglin on Tuesday.\n")
    assert planwatch.read_text(t, "p_湖北省.txt").meta.doc_type == "government_work_report"


# --- (5) an English change dated by the year after the level it reached ---

def test_english_change_to_a_level_then_year_is_that_years_result():
    d = read(_EN + "Retail sales of consumer goods rose 6.1 percent to 2.4 trillion yuan in 2023.\n", report_year=2024)
    kv = key_values(d)
    assert kv.get(("retail_sales", "actual", "2023", "growth")) == (6.1, "eq")
    assert kv.get(("retail_sales", "actual", "2023", "level")) == (2.4, "eq")


def test_look_alike_english_change_to_a_level_in_the_reports_year_is_no_result():
    # look-alike: the year after the level is the report's own: no result of the year before
    d = read(_EN + "Retail sales of consumer goods are expected to grow 6 percent to 2.6 trillion yuan in 2024.\n",
             report_year=2024)
    assert ("retail_sales", "actual", "2023", "growth") not in key_values(d)
