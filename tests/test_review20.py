"""Review of branch leftp4's rules (branch review20): look-alikes where they must not fire."""
from __future__ import annotations

import pytest

import planwatch
from planwatch.normalize import normalize

from taskdoc import read as _read, report as _report, role_at as _role_at  # noqa: E402


# --- a title naming a plan period that ended before the report year is the review's, not the plan's ---

@pytest.mark.parametrize("year, period_title, review_item, plan_item", [
    (2021, "“十三五”规划主要目标任务", "2.基础设施不断完善", "（一）扩大有效投资"),
    (2021, "“十三五”时期重点任务", "2.基础设施不断完善", "（一）扩大有效投资"),
    (2016, "“十二五”规划主要目标任务", "2.基础设施不断完善", "（一）扩大有效投资"),
])
def test_an_ended_plan_periods_title_inside_the_review_is_the_reviews(year, period_title, review_item, plan_item):
    body = (f"一、过去五年工作回顾\n五年来，全县地区生产总值年均增长7.2%。\n\n{period_title}\n"
            "全县新建农村公路300公里，改造农村危房5000户。\n1.脱贫攻坚取得全面胜利。新建安置房2000套。\n"
            "2.基础设施不断完善。新建农村公路320公里。\n\n二、今后五年目标和今年工作安排\n（一）扩大有效投资。新开工重大项目100个。\n")
    doc = _read(_report("县", year, body))
    assert _role_at(doc, review_item) == "review"
    assert _role_at(doc, plan_item) == "tasks"
    got = {(p.object, p.value) for p in doc.pledges}
    assert ("重大项目", 100) in got
    assert not {("安置房", 2000), ("农村公路", 320), ("农村危房", 5000)} & got, got


def test_a_plan_period_not_ended_still_opens_the_plans_part():
    body = ("一、“十三五”时期和2020年工作回顾\n五年来，全市地区生产总值年均增长6.5%。\n\n“十四五”规划主要目标任务\n"
            "今后五年，全市地区生产总值年均增长6%左右。\n\n2021年工作安排\n1.扩大有效投资。新开工重大项目100个。\n")
    doc = _read(_report("市", 2021, body))
    assert _role_at(doc, "今后五年，全市") in ("targets", "tasks")
    assert ("gdp", "goal", "2021-2025") in {(f.indicator, f.role, f.period) for f in doc.facts}
    assert _role_at(doc, "1.扩大有效投资") == "tasks"


# --- an item's number alone on its line before a percentage: only a whole percentage of two digits or more ---

@pytest.mark.parametrize("text, joined", [
    ("一、2023年工作回顾\n主要经济指标\n12.\n5%\n地区生产总值增速", "12.5%"),  # a digest's card: value over caption
    ("主要经济指标完成情况\n8.\n5%\n地区生产总值增速", "8.5%"),
    ("主要预期目标\n6.\n5%左右的经济增速", "6.5%左右"),
    ("十件民生实事全部完成。\n12.\n5%的农村低保标准提高幅度", "12.5%的"),
])
def test_a_ones_digit_fraction_after_a_title_is_a_number_cut(text, joined):
    assert joined in normalize(text).text


@pytest.mark.parametrize("text, kept", [
    ("重点抓好以下工作：\n1.\n新建农村公路80公里。\n2.\n100%的行政村实现通光纤宽带。", "2.\n100%的"),
    ("今年将办好十件民生实事\n1.\n95%以上的行政村通5G网络。", "1.\n95%以上"),
    ("（一）稳定增长。\n3.\n60%以上的规上企业实现数字化改造。", "3.\n60%以上"),
])
def test_an_items_number_before_a_whole_percentage_stays(text, kept):
    assert kept in normalize(text).text


# --- "今年主要目标", "今年预期目标": the year's plan titled by 今年 as "2024年主要目标" is ---

@pytest.mark.parametrize("title", ["今年主要目标", "今年预期目标", "今年主要预期目标"])
def test_this_years_targets_title_after_a_numbered_review(title):
    body = (f"一、2023年工作回顾\n过去一年，全县地区生产总值增长6%。\n\n{title}\n全县地区生产总值增长6.5%左右，新建幼儿园3所。\n\n"
            "二、2024年重点工作\n（一）扩大有效投资。新开工重大项目30个。\n")
    doc = _read(_report("县", 2024, body))
    assert _role_at(doc, "新建幼儿园3所") == "targets"
    assert ("幼儿园", 3) in {(p.object, p.value) for p in doc.pledges}


@pytest.mark.parametrize("line", ["今年主要目标任务全面完成", "今年预期目标圆满实现", "今年主要目标全面完成"])
def test_a_reviews_line_on_targets_met_is_no_title(line):
    body = (f"一、2023年工作回顾\n过去一年，全县地区生产总值增长6%。\n\n{line}\n新建幼儿园3所。\n\n"
            "二、2024年重点工作\n（一）扩大有效投资。新开工重大项目30个。\n")
    doc = _read(_report("县", 2024, body))
    assert _role_at(doc, "新建幼儿园3所") == "review"
    assert ("幼儿园", 3) not in {(p.object, p.value) for p in doc.pledges}


# --- a news lead opening with a place within the region whose head gives the report: that region's ---

@pytest.mark.parametrize("text, region", [
    ("株洲日报讯 醴陵今年将承办全市运动会。株洲市市长在市十六届人大三次会议上作政府工作报告，今年全市地区生产总值增长6%，"
     "全市新开工项目300个。", "株洲市"),
    ("株洲日报讯（记者 李四）在醴陵市两会上，攸县代表团热议。株洲市市长在市人大会议上作政府工作报告，今年全市地区生产总值增长6%。",
     "株洲市"),
    ("金华日报讯 义乌今年将承办全市运动会。金华市市长在市八届人大四次会议上作政府工作报告，今年全市地区生产总值增长6%。", "金华市"),
    ("湖南日报讯 长沙今年将承办全省运动会。湖南省省长在省人大会议上作政府工作报告，提出地区生产总值增长6%左右。", "湖南省"),
])
def test_a_lead_on_a_place_within_the_speakers_region(text, region):
    assert planwatch.read_text(text + "\n", "t.txt").meta.region == region


@pytest.mark.parametrize("text, region", [
    ("浙江日报讯 义乌今年将新建5G基站1000个。义乌市市长在市人大会议上作政府工作报告，今年全市地区生产总值增长7%。", "义乌市"),
    ("湖南日报讯 醴陵今年将新建5G基站500个。醴陵市市长在政府工作报告中提出，全市地区生产总值增长7%。", "醴陵市"),
    ("四川日报讯 德阳今年地区生产总值预期增长6.5%。德阳市市长在德阳市九届人大四次会议上作政府工作报告，全市新开工项目200个。", "德阳市"),
])
def test_a_lead_on_the_speakers_own_region(text, region):
    assert planwatch.read_text(text + "\n", "t.txt").meta.region == region


# --- a title over the whole report before a review part that titles itself is no part over that review ---

@pytest.mark.parametrize("over, first", [
    ("2023年工作回顾和2024年工作安排", "一、2023年工作回顾"),
    ("过去五年工作回顾和今后五年目标任务", "一、过去五年工作回顾"),
])
def test_a_title_over_a_self_titled_review_part_stays_out(over, first):
    body = (f"{over}\n{first}\n过去一年，全区地区生产总值增长6%。\n（一）坚持项目为王。新建标准化厂房5万平方米。\n\n今年工作安排\n"
            "（一）扩大有效投资。新开工重大项目30个。\n")
    doc = _read(_report("区", 2023 if "五年" in over else 2024, body))
    tops = [(s.depth, s.number + s.title) for s in doc.sections if s.depth == 1]
    assert tops[0] == (1, first) and over not in {t for _, t in tops}, tops
    assert _role_at(doc, "（一）扩大有效投资") == "tasks"
    assert ("重大项目", 30) in {(p.object, p.value) for p in doc.pledges}
