"""Decision 372 (mta48): the metadata the session's rounds left, one class at a time. A session's opening told by
今天/今日 or 昨天/昨日 under the page's own date (decisions 359's and 364's Left: 武义县, 晋江 read null); a preparatory
meeting and the opening both told with their month (361's Left); an untitled plan page whose sign is its numbered part
heading on the year's plan ("三、2024年计划安排的主要目标和任务", 359's Left: 临澧 read other)."""
from __future__ import annotations

from factkeys import read

_TARGETS = "今年全县地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n"


# --- a session's opening told relative to the page's date ---------------------------------------------------------

def test_today_before_the_session_under_the_page_date():
    # "今天上午，…会议…开幕" under the page's "2020-01-14 18:20　来源：…": that day (the base read none)
    d = read("县十七届人大五次会议开幕\n2020-01-14 18:20　来源：龙游县融媒体中心\n\n"
             "今天上午，龙游县第十七届人民代表大会第五次会议在县会议中心隆重开幕。县长吴建华作政府工作报告。\n" + _TARGETS)
    assert d.meta.meeting_date == "2020-01-14"


def test_today_on_its_own_line_of_a_transcript():
    # a transcript's caption lines: "今天上午" alone, the session on the next line, 开幕 on the one after
    d = read("视频｜县人大会议开幕\n2018-01-09 19:30　来源：遂昌县融媒体中心\n\n【主持人】\n今天上午\n"
             "遂昌县第十七届人民代表大会第二次会议\n在县人民会堂开幕\n县长作政府工作报告\n" + _TARGETS)
    assert d.meta.meeting_date == "2018-01-09"


def test_yesterday_after_the_session_is_the_day_before():
    # "…會議昨日上午開幕" under the paper's date 2019年1月16日: the day before, over a month's turn too
    d = read("惠州今年GDP目標增長6.5%\n《澳門日報》2019年2月1日\n\n惠州市第十二屆人民代表大會第四次會議昨日上午在惠州開幕，"
             "市長麥教猛作政府工作報告。\n今年全市地區生產總值增長6.5%左右。\n")
    assert d.meta.meeting_date == "2019-01-31"


def test_yesterday_with_the_day_in_brackets():
    # "昨日（15日）上午在…開幕": the day before the page's 16th, the bracketed day agreeing
    d = read("《香港商報》2021-01-16\n\n福建省十三屆人大四次會議昨日（15日）上午在福州開幕，省長王寧作政府工作報告。\n"
             "今年全省地區生產總值增長6.5%左右。\n")
    assert d.meta.meeting_date == "2021-01-15"


def test_relative_day_without_a_page_date_stays_none():
    # look-alike: 昨日 with no date on the page ("【本報東莞十二日電】" names a day without its month): no date guessed
    d = read("東莞今年GDP目標增長6%\n\n【本報東莞十二日電】東莞市十六屆人大六次會議昨日開幕，市長作政府工作報告。\n"
             "今年全市地區生產總值增長6%左右。\n")
    assert d.meta.meeting_date is None


def test_yesterday_of_the_preparatory_meeting_not_the_opening():
    # look-alike: "…会议昨天下午举行预备会议" tells the preparatory meeting's day, not the opening's: none
    d = read("2022-01-11 08:00　来源：柯城区融媒体中心\n\n柯城区第十届人民代表大会第一次会议昨天下午举行预备会议，选举产生大会主席团。\n"
             + _TARGETS)
    assert d.meta.meeting_date is None


def test_today_of_another_meeting_not_the_sessions():
    # look-alike: 今日 before a group's reading of the report ("今日上午，各代表团分组审议…"), the session named apart
    # with no day: none
    d = read("2023-01-12 07:10　来源：金华日报\n\n金华市第八届人民代表大会第三次会议期间，今日上午，各代表团分组审议政府工作报告。\n"
             "今年全市地区生产总值增长6%左右。\n")
    assert d.meta.meeting_date is None


def test_dateline_month_day_kept_over_today():
    # look-alike: a dateline with its month and day ("本报1月8日讯 今天上午，…") is read by the dateline, as before
    d = read("青岛日报 2023-01-09\n\n本报莱西1月8日讯　今天上午，莱西市第十九届人民代表大会第三次会议开幕，市长作政府工作报告。\n"
             "今年全市地区生产总值增长6%左右。\n")
    assert d.meta.meeting_date == "2023-01-08"


# --- a preparatory meeting and the opening both told with their month ---------------------------------------------

_PAGE = "区人大会议举行预备会议\n2017-01-10 08:15　来源：区人民政府网\n\n"


def test_preparatory_meeting_by_month_then_the_opening_by_month():
    # "1月9日下午，…会议举行预备会议…会议将于1月10日上午…开幕": the opening's day (the base read none)
    d = read(_PAGE + "1月9日下午，雨湖区第十届人民代表大会第二次会议举行预备会议，选举产生了大会主席团。会议将于1月10日上午"
             "在区行政中心开幕。\n今年全区地区生产总值增长8%左右。\n")
    assert d.meta.meeting_date == "2017-01-10"


def test_session_then_preparatory_by_month_then_the_opening():
    # the session first: "…会议1月9日下午举行预备会议。…大会定于1月10日开幕"
    d = read(_PAGE + "雨湖区第十届人民代表大会第二次会议1月9日下午举行预备会议，通过了大会议程。大会定于1月10日开幕。\n"
             "今年全区地区生产总值增长8%左右。\n")
    assert d.meta.meeting_date == "2017-01-10"


def test_preparatory_meeting_by_month_alone_still_none():
    # look-alike: the preparatory meeting by its month, the opening not told (a later paragraph's 1月11日 is another
    # day's agenda): none, as decision 361 reads it
    d = read(_PAGE + "1月9日下午，雨湖区第十届人民代表大会第二次会议举行预备会议，选举产生了大会主席团。\n"
             "1月11日上午，大会将听取法院、检察院工作报告。\n今年全区地区生产总值增长8%左右。\n")
    assert d.meta.meeting_date is None


# --- an untitled plan page whose sign is its part heading ---------------------------------------------------------

_REVIEW = "一、2022年经济运行情况\n全县地区生产总值增长4.1%，一般公共预算收入增长3.2%。\n\n"


def test_plan_part_heading_makes_an_untitled_plan_page():
    # "二、2023年计划安排的主要目标和任务" heading its part, no title, no work report's opening: the plan's page
    d = read(_REVIEW + "二、2023年计划安排的主要目标和任务\n2023年全县地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
             "围绕上述目标，重点抓好以下工作：新建高标准农田2万亩。\n")
    assert d.meta.doc_type == "plan_report"


def test_plan_part_heading_bare():
    # the heading bare: "三、2023年计划安排"
    d = read(_REVIEW + "三、2023年计划安排\n2023年全县地区生产总值增长6%左右，一般公共预算收入增长5%。\n")
    assert d.meta.doc_type == "plan_report"


def test_plan_words_in_a_sentence_leave_the_page_other():
    # look-alike: 计划安排 inside a sentence ("按照2023年计划安排，…") heads no part: the page stays other
    d = read(_REVIEW + "按照2023年计划安排，全县地区生产总值增长6%左右，一般公共预算收入增长5%。\n")
    assert d.meta.doc_type == "other"


def test_work_part_heading_leaves_the_page_other():
    # look-alike: a part headed by the year's work ("二、2023年工作安排") is no plan's heading
    d = read(_REVIEW + "二、2023年工作安排\n2023年全县地区生产总值增长6%左右，一般公共预算收入增长5%。\n")
    assert d.meta.doc_type == "other"


def test_work_report_opening_wins_over_a_plan_heading():
    # look-alike: a work report's opening ("各位代表：") over a part headed 计划安排: still the government's work report
    d = read("各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n" + _REVIEW
             + "二、2023年计划安排\n2023年全县地区生产总值增长6%左右。\n")
    assert d.meta.doc_type == "government_work_report"
