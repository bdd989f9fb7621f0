"""Decision 373 (adv48e): an adversarial review of decisions 367 and 372. A relative day (今天/昨日) of a later day's
sitting told with 举行 (分组审议, 第二次全体会议) is not the opening's day (372's `_relative_day` read it so); a line another
place heads with a colon on a region's own page ("鼓楼区：…新建改造老旧小区50个") holds that place's counts, none of the
page's pledges (367 dropped the pledges of pages on several regions only, and a district's colon line on its city's page
gave the city a pledge)."""
from __future__ import annotations

from factkeys import read

_TARGETS = "今年全市地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n"


def _objects(d) -> set:
    return {(p.object, p.value) for p in d.pledges}


# --- a relative day of a later sitting --------------------------------------------------------------------------

def test_today_of_group_deliberations_is_not_the_opening():
    # "今天上午，…会议举行分组审议" under the page's date: a later day's sitting, the opening's day is not told (the base
    # read the page's day)
    d = read("代表们分组审议政府工作报告\n2023-01-06 19:10　来源：衢州日报\n\n今天上午，衢州市第八届人民代表大会第三次会议"
             "举行分组审议，代表们围绕政府工作报告踊跃发言。\n" + _TARGETS)
    assert d.meta.meeting_date is None


def test_yesterday_of_the_second_plenary_is_not_the_opening():
    # "…会议昨日下午举行第二次全体会议" under a page dated after midnight: not the opening (the base read the day before)
    d = read("省人大会议举行第二次全体会议\n湖南日报　2019-01-30 00:15\n\n本报讯　湖南省第十三届人民代表大会第二次会议昨日下午"
             "举行第二次全体会议，听取计划报告和预算报告。\n今年全省地区生产总值增长7.5%左右。\n")
    assert d.meta.meeting_date is None


def test_today_of_the_closing_sitting_is_not_the_opening():
    # "今日上午，…会议举行闭幕会": the session's last day, no opening's
    d = read("县人代会闭幕\n2021-01-09 12:30　来源：桐庐县融媒体中心\n\n今日上午，桐庐县第十七届人民代表大会第五次会议"
             "举行闭幕会，表决通过了政府工作报告。\n今年全县地区生产总值增长6%左右。\n")
    assert d.meta.meeting_date is None


def test_today_with_the_opening_told_in_its_clause_is_kept():
    # look-alike: "今天上午，…会议开幕，下午举行第二次全体会议": the opening is today's (372's reading kept)
    d = read("县人代会开幕\n2020-01-14 18:20　来源：龙游县融媒体中心\n\n今天上午，龙游县第十七届人民代表大会第五次会议"
             "在县会议中心开幕，下午举行第二次全体会议。\n今年全县地区生产总值增长6.5%左右。\n")
    assert d.meta.meeting_date == "2020-01-14"


def test_yesterday_held_the_opening_sitting_is_kept():
    # look-alike: "…会议昨日上午举行开幕大会": 举行 of the opening itself, the day before the page's
    d = read("《澳門日報》2019年2月1日\n\n惠州市第十二屆人民代表大會第四次會議昨日上午舉行開幕大會，市長作政府工作報告。\n"
             "今年全市地區生產總值增長6.5%左右。\n")
    assert d.meta.meeting_date == "2019-01-31"


# --- a line another place heads with a colon ----------------------------------------------------------------------

_CITY_PAGE = ("杭州日报　2024-01-18 07:20\n代表们热议政府工作报告\n在昨天开幕的杭州市第十四届人民代表大会第四次会议上，"
              "市长作政府工作报告。报告提出，今年全市地区生产总值增长5.5%左右，将新建改造城市道路80公里。\n")
_REPORT = ("2024年政府工作报告\n——2024年1月16日在杭州市第十四届人民代表大会第四次会议上\n\n各位代表：\n"
           "今年全市地区生产总值增长5.5%左右。围绕上述目标，重点抓好以下工作：\n")


def test_a_district_line_on_its_city_page_gives_no_pledge():
    # "滨江区：今年全区一般公共预算收入增长4%，新增人才公寓2000套。" on 杭州市's page: 滨江区's count, not the city's (the
    # base pledged it)
    d = read(_CITY_PAGE + "滨江区：今年全区一般公共预算收入增长4%，新增人才公寓2000套。\n"
             "萧山区：今年全区地区生产总值增长6%，新建改造老旧小区40个。\n")
    assert ("人才公寓", 2000) not in _objects(d)
    assert ("老旧小区", 40) not in _objects(d) and ("城镇老旧小区", 40) not in _objects(d)
    assert ("城市道路", 80) in _objects(d)


def test_a_peer_county_line_on_a_county_page_gives_no_pledge():
    # a county's own page among its peers: "泗洪：今年目标…，新建高标准农田6万亩" is 泗洪's count, the own line's stays
    d = read("沭阳县融媒体中心\n沭阳县2020年主要预期目标出炉\n发布时间：2020-01-16\n\n"
             "本县：今年全县地区生产总值增长7%左右，新建高标准农田8万亩。\n"
             "泗洪：今年全县地区生产总值增长6.5%左右，新建高标准农田6万亩。\n")
    objs = _objects(d)
    assert ("高标准农田", 6) not in objs
    assert ("高标准农田", 8) in objs


def test_a_topic_heading_its_line_keeps_the_pledge():
    # look-alike: a line headed by a topic, not a place ("民生实事：…"), is the page's own
    d = read(_REPORT + "民生实事：新建口袋公园30个，新增公办学位1.2万个。\n")
    objs = _objects(d)
    assert ("口袋公园", 30) in objs and ("公办学位", 1.2) in objs


def test_a_district_named_inside_a_task_keeps_the_pledge():
    # look-alike: a district named inside the report's own task, no colon heading its line ("支持滨江区…"): the city's
    d = read(_REPORT + "支持滨江区建设人才社区，新建人才公寓2000套。\n")
    assert ("人才公寓", 2000) in _objects(d)
