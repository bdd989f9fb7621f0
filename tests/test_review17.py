"""Adversarial review of branch holdnews's rules (branch review17): look-alikes where they must not fire.

Each test is a sentence shape of real reports or news about them, where a rule of holdnews over-fired."""
from __future__ import annotations

import pytest

import planwatch
from planwatch.normalize import normalize
from factkeys import pledge_items


def _read(text: str, name: str = "x.txt", **kw):
    d = planwatch.read_text(text, name, **kw)
    for x in (*d.facts, *d.pledges):
        assert text[x.start:x.end] == x.quote, (x.quote, text[x.start:x.end])
    return d


# ---- a full-width comma between digit groups: an ordinal's number is no thousands ----

@pytest.mark.parametrize("raw", [
    "全市经济综合实力排名全省第3，126个省市重点项目全部开工建设，地区生产总值增长6.1%。",
    "县域经济发展考核位居全市第2，108个村集体经济收入超过10万元。",
])
def test_an_ordinals_number_before_a_full_width_comma_is_no_thousands(raw):
    assert "，" in normalize(raw).text.split("第", 1)[1][:3]


@pytest.mark.parametrize("raw, want", [
    ("全市地区生产总值达到１，０２０．５亿元，增长6.5%。", "1,020.5亿元"),
    ("城镇居民人均可支配收入39，175元，增长5.2%。", "39,175元"),
    ("新建5G基站1，200个，累计达到3，560个。", "1,200个"),
])
def test_thousands_still_read(raw, want):
    assert want in normalize(raw).text


# ---- a year after who speaks (or 报告指出) opens a review; a span since that year does not ----

@pytest.mark.parametrize("body", [
    "县委书记王某表示，2018年以来，全县累计减贫1.2万人。今年全县地区生产总值预期增长7%左右。",
    "报告指出，2018年以来，全县累计减贫1.2万人。今年全县地区生产总值预期增长7%左右。",
    "王某说，2019年至今，全县累计建成高标准农田8.6万亩。今年全县地区生产总值预期增长7%左右。",
])
def test_a_span_since_a_year_after_a_speaker_dates_no_report(body):
    d = _read("××县召开十八届人大三次会议\n" + body)
    assert d.meta.report_year not in (2019, 2020)


@pytest.mark.parametrize("body", [
    "县长王某表示，2023年全县地区生产总值增长8.1%。今年全县地区生产总值预期增长7%左右。",
    "报告指出，2023年，全县地区生产总值增长8.1%。今年全县地区生产总值预期增长7%左右。",
])
def test_a_year_reviewed_after_a_speaker_still_dates_the_report(body):
    d = _read("××县召开十八届人大三次会议\n" + body)
    assert d.meta.report_year == 2024


# ---- tasks reach past the semicolon after a lead opening on this year; not the year so far ----

@pytest.mark.parametrize("body", [
    "据介绍，今年以来，全县已新建幼儿园5所；改造农村公路120公里；新增停车位800个。",
    "据介绍，今年前三季度，全县新建幼儿园5所；改造农村公路120公里。",
    "据了解，今年1至11月，全县新建幼儿园5所；改造农村公路120公里。",
    "今年以来，全县新建幼儿园5所；改造农村公路120公里；新增停车位800个。",
    "今年1—11月，全县新建幼儿园5所；改造农村公路120公里。",
])
def test_the_year_so_far_after_a_news_lead_is_no_task(body):
    d = _read("××县经济运行情况\n" + body)
    assert not d.pledges


@pytest.mark.parametrize("body", [
    "记者从县发改局获悉，今年全县将新建幼儿园5所；改造农村公路120公里。",
    "今年6月底前，全县将新建幼儿园5所；改造农村公路120公里。",
])
def test_tasks_after_a_lead_on_this_year_still_reach_past_the_semicolon(body):
    d = _read("××县召开十八届人大三次会议\n" + body)
    assert {("新建", "幼儿园", 5, "所"), ("改造", "农村公路", 120, "公里")} <= pledge_items(d)


# ---- a news page's numbered tasks after a lead looking ahead: that list only ----

LIST_HEAD = ("1月7日，江油市第十八届人民代表大会第五次会议开幕。市长杨波作政府工作报告。\n"
             "报告回顾了2019年工作。一年来，全市实现地区生产总值580.6亿元，增长7.6%。\n")


def test_a_list_of_the_review_after_the_years_tasks_gives_no_pledge():
    d = _read(LIST_HEAD + "今年，江油将办好十件民生实事：\n1.新建幼儿园5所；\n2.改造老旧小区30个。\n"
              "报告指出，过去一年江油重点做了以下工作：\n1.新建学校6所；\n2.改造危房200户。\n绵阳日报 2020-01-08")
    assert pledge_items(d) == {("新建", "幼儿园", 5, "所"), ("改造", "老旧小区", 30, "个")}


def test_a_lead_of_the_review_saying_nian_nei_opens_no_tasks():
    d = _read(LIST_HEAD + "一年来，全市年内将原定任务全部完成，具体如下：\n1.新建幼儿园5所；\n2.改造老旧小区30个。\n"
              "绵阳日报 2020-01-08")
    assert not d.pledges


@pytest.mark.parametrize("lead", [
    "今年，江油将办好十件民生实事：",
    "据介绍，今年全市要重点抓好以下工作：",
])
def test_tasks_after_a_lead_looking_ahead_still_read(lead):
    d = _read(LIST_HEAD + lead + "\n1.新建幼儿园5所；\n2.改造老旧小区30个。\n绵阳日报 2020-01-08")
    assert {("新建", "幼儿园", 5, "所"), ("改造", "老旧小区", 30, "个")} <= pledge_items(d)


def test_tasks_after_a_lead_on_the_reviews_own_line():
    d = _read(LIST_HEAD.rstrip("\n") + "今年，江油将办好十件民生实事：\n1.新建幼儿园5所；\n2.改造老旧小区30个。\n"
              "绵阳日报 2020-01-08")
    assert {("新建", "幼儿园", 5, "所"), ("改造", "老旧小区", 30, "个")} <= pledge_items(d)


# ---- a short line ending with a year over a figure: a 数读 page's title, not a quantity's name ----

@pytest.mark.parametrize("raw, joined", [
    ("全县户籍人口2031\n56人，城镇化率60%。", "203156人"),
    ("粮食总产量2035\n00吨，增长2%。", "203500吨"),
    ("城镇新增就业2011\n0人，完成目标的101%。", "20110人"),
])
def test_a_quantitys_name_over_a_cut_figure_is_no_year_title(raw, joined):
    assert joined in normalize(raw).text


@pytest.mark.parametrize("title", ["数说2023", "回眸2023", "奋进2024", "2023"])
def test_a_year_title_over_a_figure_still_stands_apart(title):
    assert title + "\n6.5%" in normalize(title + "\n6.5%\n地区生产总值增长\n").text


# ---- a number cut twice (its point alone on a line) is joined; an item's number under a short title is not ----

@pytest.mark.parametrize("raw", [
    "十件民生实事\n1.\n100%的行政村通硬化路。",
    "主要预期目标\n1.\n6%左右的地区生产总值增长。",
])
def test_an_items_number_under_a_short_title_is_not_joined_to_the_title(raw):
    assert raw.split("\n", 1)[0] + "\n" in normalize(raw).text


@pytest.mark.parametrize("raw, joined", [
    ("分别增长7.9%和\n8.\n1%，", "7.9%和8.1%"),
    ("全市地区生产总值增长了\n6.\n5%，", "增长了6.5%"),
    ("实现地区生产总值\n6.\n5亿元", "地区生产总值6.5亿元"),
    ("规模以上工业增加值、固定资产投资分别增长7.9%和\n8.\n1%，", "7.9%和8.1%"),
])
def test_a_number_cut_twice_is_still_joined(raw, joined):
    assert joined in normalize(raw).text
