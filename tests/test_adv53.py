"""An adversarial review of decisions 414 and 415 (adv53, decision 422): an autonomous region's head named 自治区人民政府
主席 on a live blog, 将…用于 on a line of the year's tasks outside any review, an interview's answer turning to the year
without a year's word after a question on the year gone by, a deputy's proposal the report took up (采纳了), a page
naming the session before its own, and an English province page whose lead names the Premier in another clause than
its governor's report. Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

import planwatch
from planwatch.normalize import normalize

from factkeys import key_values, pledged, read

_BLOG = ("图文直播｜某自治区人大会议开幕\n2020-01-12 08:40　某网\n\n"
         "09:00　大会执行主席黄明主持会议。\n09:03　自治区人民政府主席覃海代表自治区人民政府作政府工作报告。\n")


# --- (1) the head named by the government's name before 主席 (414 took bare 主席 out of head_titles) ---

def test_region_governments_chair_label_is_dropped_and_line_pledged():
    # "自治区人民政府主席覃海": his task line is the report's words, the label dropped and its task pledged
    t = _BLOG + "09:30　覃海：今年要新建改扩建公办幼儿园150所。\n"
    assert "覃海：今年" not in normalize(t).text
    assert ("公办幼儿园", 150, "所") in pledged(read(t, report_year=2020))


def test_district_governments_chair_short_form_is_the_head():
    # "区政府主席" (the short form of a news page) names the head too
    t = ("图文直播｜某自治区人大会议开幕\n2021-01-20 08:40　某网\n\n09:03　区政府主席蒙山作政府工作报告。\n"
         "09:30　蒙山：今年要改造城镇老旧小区900个。\n")
    assert "蒙山：今年" not in normalize(t).text
    assert ("城镇老旧小区", 900, "个") in pledged(read(t, report_year=2021))


def test_look_alike_cppcc_chairs_label_is_kept():
    # look-alike: 政协主席 is no head of the government: the line keeps its label, nothing pledged
    t = _BLOG + "10:30　自治区政协主席韦东在会上讲话。\n10:36　韦东：政协今年将组织委员开展专题调研20次。\n"
    assert "韦东：政协" in normalize(t).text


def test_look_alike_region_governments_vice_chairs_label_is_kept():
    # look-alike: 人民政府副主席 (副 between) is a deputy's office: the label kept
    t = _BLOG + "11:00　自治区人民政府副主席罗平接受采访。\n11:05　罗平：我们将抓好项目建设。\n"
    assert "罗平：我们将" in normalize(t).text


# --- (2) 将…用于 on a task line outside a review (415 read every such 将 as no look ahead) ---

def test_will_as_ba_with_use_on_a_heads_task_line_is_pledged():
    # on the head's line after the report's opening, no review before it: the line's tasks are the year's
    t = _BLOG + "09:40　覃海：全区将新增财力的七成以上用于民生，新建乡镇卫生院标准化门诊40个，新增养老床位6000张。\n"
    assert ("养老床位", 6000, "张") in pledged(read(t, report_year=2020))


def test_look_alike_will_as_ba_with_use_in_a_review_pledges_nothing():
    # look-alike: the same shape in a paragraph opened by the year gone by (decision 415's case): no pledges
    t = ("某市人代会闭幕\n来源：某日报　发布时间：2022-01-14\n\n会议指出，过去一年，全市地区生产总值增长6.8%。"
         "全市将持续增长的新增财力七成以上用于民生，新建乡镇卫生院标准化门诊30个，新增养老床位4000张。\n")
    assert ("养老床位", 4000, "张") not in pledged(read(t, report_year=2022))


# --- (3) an answer turning to the year with no year's word (414's _asks_back) ---

_QA = ("某县发展和改革局　>　政策解读\n县发改局负责人解读2022年计划报告\n发布时间：2022-01-25\n\n"
       "1月20日，某县第十届人民代表大会第二次会议审议了《某县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告》。\n\n")


def test_answer_turning_ahead_by_next_step_words_pledges():
    # "接下来，…计划新建…" after "去年…落实得怎么样？": the answer's second paragraph turns to the year
    t = _QA + ("问：去年代表们关心的农贸市场改造落实得怎么样？\n答：去年改造农贸市场5个。\n"
               "接下来，我们计划再改造农贸市场8个，新建社区菜市场3个。\n")
    assert ("社区菜市场", 3, "个") in pledged(read(t, report_year=2022))


def test_answer_turning_ahead_by_ni_pledges():
    # "拟…" (a proposal of the plan) in the answer to a question dated by last year's number
    t = _QA + "问：2021年重点项目进展如何？\n答：2021年实施重点项目66个。计划草案拟新开工重点项目30个。\n"
    assert ("重点项目", 30, "个") in pledged(read(t, report_year=2022))


def test_look_alike_answer_of_last_years_plan_still_pledges_nothing():
    # look-alike: 计划 alone is last year's plan in the answer (decision 414's case): no pledge
    t = _QA + "问：2021年计划执行得怎么样？\n答：年初计划改造农贸市场6个，实际改造7个。\n"
    assert not {p for p in pledged(read(t, report_year=2022)) if p[0].endswith("农贸市场")}


# --- (4) a deputy's proposal the report took up (414's hearsay, the suggestion's words) ---

def test_proposal_taken_up_then_the_reports_count_is_pledged():
    t = _QA + ("问：今年有哪些民生实事？\n答：有代表建议增加普惠托育服务供给，计划草案采纳了这一建议，新增普惠性托位500个。\n")
    assert ("普惠性托位", 500, "个") in pledged(read(t, report_year=2022))


def test_proposal_named_as_what_was_taken_up_is_pledged():
    # the proposal the object of the taking-up in the same clause
    t = _QA + "问：今年有哪些民生实事？\n答：计划草案吸纳了代表建议，新建城区公共停车场6个。\n"
    assert ("城区公共停车场", 6, "个") in pledged(read(t, report_year=2022))


def test_proposal_taken_up_then_the_reports_target_is_read():
    # a target after the report took the proposal up is the report's (facts' hearsay)
    t = _QA + ("问：投资目标是怎么定的？\n答：有代表建议提高投资增速，计划草案采纳了这一建议，固定资产投资增长12%。\n")
    assert key_values(read(t, report_year=2022)).get(("fixed_asset_investment", "target", "2022", "growth")) == (12, "eq")


def test_look_alike_proposal_not_taken_keeps_no_pledge():
    # look-alike: the proposal's own figure before the report's answer: the deputy's, no pledge
    t = _QA + "问：今年有哪些民生实事？\n答：有代表建议今年新增普惠性托位800个，计划草案没有采纳。\n"
    assert ("普惠性托位", 800, "个") not in pledged(read(t, report_year=2022))


def test_look_alike_proposal_asked_in_a_question_is_no_target():
    # look-alike (decision 414's case): the proposed 15% before 没有采纳 stays no target
    t = _QA + "问：有代表建议把今年固定资产投资增速定在15%以上，为什么没有采纳？\n答：主要考虑项目储备。\n"
    assert ("fixed_asset_investment", "target", "2022", "growth") not in key_values(read(t, report_year=2022))


# --- (5) a page naming the session before its own (415's _own_session) ---

_SESSIONS = ("某县第十届人民代表大会第三次会议闭幕\n来源：某县融媒体中心　发布时间：2023-01-16\n\n"
             "1月16日，某县第十届人民代表大会第三次会议胜利闭幕。")


def test_earlier_session_named_elsewhere_sets_last_years_target():
    # the second session named also as the time of a proposal: the page's own is the third, the figures 2022's
    t = _SESSIONS + ("县十届人大二次会议以来，县政府共办理代表建议120件。县十届人大二次会议确定，全年地区生产总值增长7%。"
                     "受疫情影响，全年实际增长4.3%。\n")
    kv = key_values(read(t, report_year=2023))
    assert kv.get(("gdp", "target", "2022", "growth")) == (7, "eq")
    assert ("gdp", "target", "2023", "growth") not in kv


def test_look_alike_own_session_still_sets_this_years_target():
    # look-alike (decision 415's case): the third session named as the page's own sets 2023's targets
    t = _SESSIONS + "县十届人大三次会议确定，全年全县地区生产总值增长6%左右。\n"
    assert key_values(read(t, report_year=2023)).get(("gdp", "target", "2023", "growth")) == (6, "about")


# --- (6) an English province page naming the Premier in another clause (414's _en_national_cited) ---

_EN = "Province sets growth target\nUpdated: 2024-01-24\n\n"


def test_premier_in_another_clause_beside_the_governors_report_is_the_report():
    t = _EN + ("XINING - Qinghai Province aims to grow its economy by around 5 percent in 2024, in line with the target of "
               "Premier Li Qiang, according to the government work report delivered by Governor Wu Xiaojun on Tuesday.\n")
    assert planwatch.read_text(t, "p_青海省.txt").meta.doc_type == "government_work_report"


def test_look_alike_premier_delivering_on_a_province_page_is_other():
    # look-alike (decision 414's case): the Premier the report's own speaker on a province's page: the country's report
    t = _EN + ("XINING - Qinghai Province saw its GDP grow 5.3 percent in 2023, a day after the government work report "
               "delivered by Premier Li Qiang set the national target.\n")
    assert planwatch.read_text(t, "p_青海省.txt").meta.doc_type == "other"
