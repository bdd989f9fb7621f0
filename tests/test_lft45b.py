"""Decision 331 (lft45b): what decisions 317-329 left, blind. A vague count of places (多地, 多个地) setting a figure in a
round-up's headline is a group of the region's divisions, as 4市 is, on the province's own page too; in a part reviewing
the plan just closed by its name ("一、“十二五”发展回顾"), a paragraph with no cue of its own after one opening on the year
("一年来，…") is the year's, as under "一、过去五年工作回顾"."""
from __future__ import annotations

import pytest

from taskdoc import read


def _page(headline: str, body: str) -> str:
    # a provincial outlet's round-up of its cities' targets, never saying 我省 (the page is the province's)
    return (f"{headline}\n2025-02-06 09:20　来源：湖南日报客户端　记者 李华\n\n"
            "随着湘西州人大会议2月5日闭幕，全省14个市州2025年政府工作报告已全部亮相。\n\n" + body + "\n")


def _gdp_targets(doc):
    return [(f.role, f.period, f.value) for f in doc.facts if f.indicator == "gdp"]


# a vague count of places opening a headline's half after the name sets the group's figure, no one region's
# (before the fix: a gdp target of the province, 6.5 or 6)
@pytest.mark.parametrize("headline", [
    "全省14个市州2025年GDP增长目标全部亮相 多地定在6.5%左右",
    "全省14个市州2025年GDP增长目标全部亮相 多地设定在6%以上",
    "全省14个市州2025年GDP增长目标公布 多地定为6%",
])
def test_vague_places_in_headline_are_no_regions(headline):
    doc = read(_page(headline, "记者梳理发现，长沙提出增长5.5%左右，株洲提出增长6%左右。"))
    assert _gdp_targets(doc) == [], _gdp_targets(doc)


# look-alikes that must not change: a counted group (decision 321) stays a group; the province's own target, said of
# 全省 with no group before the figure, stays the province's
def test_counted_group_in_headline_stays_a_group():
    doc = read(_page("全省14个市州2025年GDP增长目标出炉 4市定在6.5%左右", "记者梳理发现，长沙提出增长5.5%左右。"))
    assert _gdp_targets(doc) == []


def test_province_target_said_of_whole_stays():
    # (an ordinary provincial report's page: 全省 before the name, the figure its own)
    text = ("省政府工作报告提出今年目标\n2025-01-21 09:00　来源：湖南日报\n\n1月20日，湖南省第十四届人民代表大会第四次会议开幕。"
            "省长代表省人民政府作政府工作报告。\n报告提出，今年全省地区生产总值增长目标定在5.5%左右。\n")
    assert ("target", "2025", 5.5) in _gdp_targets(read(text))


def _review(title: str, third: str) -> str:
    return ("某某县人民政府工作报告\n——2016年1月12日在某某县第十届人民代表大会第五次会议上\n\n各位代表：\n"
            "现在，我代表县人民政府向大会报告工作，请予审议。\n\n"
            f"{title}\n五年来，全县地区生产总值年均增长11.5%。\n" + third + "\n"
            "二、2016年工作安排\n2016年，全县地区生产总值增长8.5%。\n")


def _periods(doc, iid):
    return sorted((f.period, f.measure, f.value) for f in doc.facts if f.indicator == iid and f.role == "actual")


# a paragraph with no cue after "一年来，…" in a part on the plan just closed by its name: the year's
# (before the fix: the growth dated 2011-2015, the level 2015)
@pytest.mark.parametrize("title", ["一、“十二五”发展回顾", "一、“十二五”时期工作回顾", "一、“十二五”期间经济社会发展回顾"])
def test_paragraph_after_one_year_opening_in_ended_plan_part(title):
    doc = read(_review(title, "一年来，全县上下攻坚克难，地区生产总值增长9.6%。\n一般公共预算收入完成21.4亿元，增长7.3%。"))
    assert ("2015", "growth", 7.3) in _periods(doc, "general_budget_revenue"), _periods(doc, "general_budget_revenue")


# look-alikes that must not change: the paragraph after one opening on the five years stays the span's; under
# "过去五年工作回顾" the year's, as before
def test_paragraph_after_five_years_opening_stays_span():
    doc = read(_review("一、“十二五”发展回顾", "一年来，全县地区生产总值增长9.6%。\n五年来，我们坚持稳中求进。\n"
                                               "一般公共预算收入完成21.4亿元，年均增长12.3%。"))
    assert ("2011-2015", "growth", 12.3) in _periods(doc, "general_budget_revenue"), _periods(doc, "general_budget_revenue")


def test_paragraph_after_one_year_under_five_years_title_stays():
    doc = read(_review("一、过去五年工作回顾", "一年来，全县地区生产总值增长9.6%。\n一般公共预算收入完成21.4亿元，增长7.3%。"))
    assert ("2015", "growth", 7.3) in _periods(doc, "general_budget_revenue")


# (nor a paragraph after a line opening on the year's number in such a part: decision 218's five years' span, kept)
def test_paragraph_after_year_number_line_stays_span():
    doc = read(_review("一、“十二五”发展回顾", "2015年，全县地区生产总值增长9.6%。\n一般公共预算收入完成21.4亿元，增长7.3%。"))
    assert ("2011-2015", "growth", 7.3) in _periods(doc, "general_budget_revenue"), _periods(doc, "general_budget_revenue")
