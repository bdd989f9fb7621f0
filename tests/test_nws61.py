"""News pages restating reports, 2016–2020 (nws61, decision 492): a 2020 county page whose target list sets some items in
words (“一般公共预算收入保持稳定”) or opens on the teller's reasons (“报告提出，综合考虑疫情影响，今年…”) states targets, no
pledges; a count in 次 telling how often (“免费体检一次”, “每季度…2次”) is no pledge; a deputy named by the bare title after
their name (“来自襄阳的陈静代表说，我市今年将…”) speaks for their own place; a live page's “今天上午9时，…会议…开幕” under its
date gives the meeting's day. Sentences written for these tests, with look-alikes that must not change."""
from __future__ import annotations

from factkeys import key_values, pledged, read

_COUNTY = ("光山县十五届人大五次会议开幕\n信阳网　2020-04-23 10:16　来源：信阳日报\n\n信阳网讯（记者 周磊）光山县第十五届人民代表"
           "大会第五次会议4月22日开幕。县长刘正义代表县人民政府作政府工作报告。\n\n报告显示，2019年全县生产总值完成298.6亿元，"
           "增长7.6%。\n\n")
_WORK = "\n\n记者梳理发现，今年县政府将新建改扩建中小学校12所，改造农村公路150公里。\n"
_OWN = {("中小学校", 12, "所"), ("农村公路", 150, "公里")}


def _county(para: str):
    return read(_COUNTY + para + _WORK)


# --- (1) a target list with items set in words, or opened on the teller's reasons ---

def test_list_with_items_set_in_words_is_targets_not_pledges():
    d = _county("报告提出，今年不设地区生产总值具体增长目标；一般公共预算收入保持稳定，城镇新增就业6500人，粮食产量稳定在14亿斤"
                "以上，居民消费价格保持基本稳定。")
    assert pledged(d) == _OWN
    kv = key_values(d)
    assert kv[("urban_new_jobs", "target", "2020", "level")] == (6500, "eq")
    assert kv[("grain_output", "target", "2020", "level")] == (14, "at_least")
    assert kv[("general_budget_revenue", "target", "2020", "growth")] == (None, "qualitative")
    assert ("gdp", "target", "2020", "growth") not in kv  # (withdrawn, none set after it)


def test_teller_reasons_before_the_year_and_no_whole_named():
    for para in ("报告提出，综合考虑疫情影响，今年全县城镇新增就业6500人，粮食产量稳定在14亿斤以上。",
                 "报告提出，今年城镇新增就业6500人，粮食产量稳定在14亿斤以上。",
                 "报告提出，受疫情影响，今年全县一般公共预算收入保持稳定，城镇新增就业6500人。"):
        d = _county(para)
        assert pledged(d) == _OWN, para
        assert key_values(d)[("urban_new_jobs", "target", "2020", "level")] == (6500, "eq")


def test_tasks_beside_them_stay_pledged():
    assert ("高标准农田", 5, "万亩") in pledged(_county("报告提出，受疫情影响，今年全县新建高标准农田5万亩，粮食产量保持稳定。"))
    assert ("高标准农田", 5, "万亩") in pledged(_county("报告提出，今年全县粮食产量保持稳定，新建高标准农田5万亩。"))
    got = pledged(_county("报告提出，综合考虑疫情影响，今年将新建高标准农田5万亩，改造老旧小区20个。"))
    assert {("高标准农田", 5, "万亩"), ("老旧小区", 20, "个")} <= got
    # (a part's figure after the year is no item of the region's list: the task beside it stays)
    assert ("高标准农田", 5, "万亩") in pledged(_county("报告提出，今年城关镇地区生产总值增长8%，新建高标准农田5万亩。"))


# --- (2) how often, in 次 ---

def test_how_often_is_no_pledge():
    for para in ("记者梳理发现，今年县政府将为全县65岁以上老年人免费体检一次。",
                 "记者梳理发现，今年县政府将为全县65岁以上老年人免费体检1次。",
                 "记者梳理发现，今年将每季度开展安全生产督查2次。"):
        assert pledged(_county(para)) == _OWN, para


def test_events_counted_in_ci_stay_pledged():
    assert ("招商活动", 12, "次") in pledged(_county("记者梳理发现，今年将开展招商活动12次。"))
    got = pledged(_county("记者梳理发现，今年将组织开展一次全县重点项目观摩活动，新建村卫生室30个。"))
    assert ("村卫生室", 30, "个") in got


# --- (3) a deputy by the bare title after their name ---

_PROVINCE = ("我省今年经济增长预期目标为7.5%—8%\n\n本报讯（记者 张文）1月16日上午，湖北省第十二届人民代表大会第五次会议在洪山礼堂"
             "隆重开幕。省长王晓东代表省人民政府向大会作政府工作报告。\n\n报告提出，今年将新建改造农村公路1万公里。\n\n")
_ROADS = ("农村公路", 1, "万公里")


def test_deputy_by_bare_title_speaks_for_their_place():
    for para in ("襄阳代表团的陈静代表告诉记者，今年全市将新建标准化厂房100万平方米。",
                 "来自襄阳的陈静代表说，我市今年将新建标准化厂房100万平方米。",
                 "襄阳代表团的陈静代表告诉记者，今年我们将新建标准化厂房100万平方米。"):
        assert pledged(read(_PROVINCE + para)) == {_ROADS}, para


def test_report_told_or_a_body_speaking_stays_pledged():
    for para in ("陈静代表说，报告提出今年全省将新建标准化厂房100万平方米。",
                 "王晓东代表省人民政府说，今年全省将新建标准化厂房100万平方米。",
                 "省政府代表说，今年全省将新建标准化厂房100万平方米。"):
        assert ("标准化厂房", 100, "万平方米") in pledged(read(_PROVINCE + para)), para


# --- (4) a live page's meeting day told by 今天 and a clock time ---

_LIVE = ("图文直播：曲靖市六届人大四次会议开幕\n2019-01-18 09:00　来源：云南网\n\n【直播】{}曲靖市第六届人民代表大会第四次会议"
         "在曲靖会堂开幕。\n\n09:05　市长范华平作政府工作报告。\n\n09:12　市长作报告时说，2018年，全市地区生产总值完成2013.4亿元，"
         "增长8.9%。\n")


def test_today_with_a_clock_time_dates_the_meeting():
    for when in ("今天上午9时，", "今天上午9点30分，", "今天上午9:00，"):
        d = read(_LIVE.format(when))
        assert d.meta.meeting_date == "2019-01-18", when
        assert (d.meta.region, d.meta.province, d.meta.report_year) == ("曲靖市", "云南省", 2019)


def test_today_without_a_clock_and_a_dated_day_unchanged():
    assert read(_LIVE.format("今天上午，")).meta.meeting_date == "2019-01-18"
    assert read(_LIVE.format("1月17日上午9时，")).meta.meeting_date == "2019-01-17"
