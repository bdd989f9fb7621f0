"""Look-alikes of the rules of branch holdcounty5 (review27): a 兵团 division followed by a unit of it, a
department's committee in full, a session news whose report's year sentence is a span's, a quarter's or a year
ahead, a head above that only attends while another delivers the report."""
from __future__ import annotations

import pytest

from taskdoc import delivered_report as _report, meta as _meta


# 1. a division's word followed by a unit of it (a regiment, a hospital, a farm, a school) is that unit's
# report, not the division's city's
@pytest.mark.parametrize("title,who,year", [
    ("第八师一四三团2023年工作报告", "团党委", 2023),
    ("第八师一三三团2022年政府工作报告", "团", 2022),
    ("第一师阿拉尔医院2023年工作报告", "医院", 2023),
    ("第六师芳草湖农场2021年工作报告", "农场", 2021),
    ("第二师华山中学2023年工作报告", "学校", 2023),
    ("第八师师范学校2020年工作报告", "学校", 2020),
])
def test_a_unit_of_a_corps_division_is_not_its_city(title, who, year):
    assert _meta(_report(title, who, year)).region is None


@pytest.mark.parametrize("title,who,year,region", [
    ("第十师2016年工作报告", "师", 2016, "北屯市"),
    ("兵团第五师2020年工作报告", "师", 2020, "双河市"),
    ("中共第八师委员会2022年工作报告", "师党委", 2022, "石河子市"),
    ("关于第八师2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "师", 2023, "石河子市"),
    ("第三师（图木舒克市）2022年工作报告", "师市", 2022, "图木舒克市"),
    ("第六师五家渠市2023年政府工作报告", "师市", 2023, "五家渠市"),
])
def test_a_corps_division_still_its_city(title, who, year, region):
    assert _meta(_report(title, who, year)).region == region


# 2. a department's committee named in full ("城市管理委员会", "国有资产监督管理委员会") is no zone; a zone's
# committee is named 管委会 when the zone has no unit word
@pytest.mark.parametrize("title", ["城市管理委员会2023年工作报告", "国有资产监督管理委员会2022年工作报告"])
def test_a_departments_committee_is_no_zone(title):
    assert _meta(_report(title, "委员会", 2023, "在东莞市委、市政府的坚强领导下，")).zone is None


def test_a_zones_short_committee_still_a_zone():
    m = _meta(_report("松山湖管委会2023年工作报告", "管委会", 2023, "在东莞市委、市政府的坚强领导下，"))
    assert (m.zone, m.region, m.parent) == ("松山湖", None, "东莞市")


# 3. a session news whose report's year sentence is about a span, a part of the year or a year ahead: no
# reviewed year
_SESSION_NEWS = "本报讯（记者 张敏）{d}，宁城县第十七届人民代表大会第五次会议开幕。县长作政府工作报告。\n　　"


@pytest.mark.parametrize("day,body,year", [
    ("1月8日", "报告显示，2016年至2020年，全县地区生产总值年均增长6.5%。", None),
    ("1月8日", "报告显示，2016年到2020年，全县累计完成固定资产投资500亿元。", None),
    ("1月8日", "报告显示，2025年，全县地区生产总值将突破200亿元。", None),
    ("4月8日", "报告显示，2023年一季度，全县地区生产总值增长4.2%。", None),
    ("4月8日", "报告显示，2023年上半年，全县地区生产总值增长4.2%。", None),
    # (still: a whole year reviewed, other wordings)
    ("1月8日", "报告回顾，2020年，全县地区生产总值增长4.2%。", 2021),
    ("1月8日", "报告显示，2020年，面对新冠肺炎疫情冲击，全县地区生产总值增长将近4%。", 2021),
    ("1月8日", "报告显示，2020年全县地区生产总值增长4.2%，将为“十四五”开好局奠定基础。", 2021),
    ("1月8日", "报告显示，2020年，全县累计减贫3.2万人，地区生产总值增长4.2%。", 2021),
])
def test_a_session_news_year_sentence_not_a_whole_years_review(day, body, year):
    assert _meta(_SESSION_NEWS.format(d=day) + body + "\n").report_year == year


# 4. the head above makes the news its region's only in a clause of its own where it delivers the report: not
# where another head delivers it, nor where a place is told to look in the report
@pytest.mark.parametrize("text,region", [
    ("长沙晚报讯 宁乡今年将力争地区生产总值增长7.5%。长沙市市长出席会议，宁乡市市长作政府工作报告。", "宁乡市"),
    ("长沙晚报讯 宁乡今年将力争地区生产总值增长7.5%。长沙市市长参加宁乡代表团审议宁乡市政府所作的工作报告。", "宁乡市"),
    ("株洲日报讯 醴陵今年将新建5G基站800个。株洲市市长在醴陵调研时说，要在政府工作报告中找准定位。", "醴陵市"),
    # (still the city's)
    ("株洲日报讯 醴陵今年将承办全市运动会。株洲市代市长在市十六届人大三次会议上所作的政府工作报告提出，今年全市地区生产总值增长6%。",
     "株洲市"),
    ("株洲日报讯 醴陵今年将承办全市运动会。株洲市市长阳卫国代表市人民政府作《政府工作报告》，今年全市地区生产总值增长6%。", "株洲市"),
    ("株洲日报讯 醴陵今年将承办全市运动会。株洲市市长在政府工作报告中指出，今年全市地区生产总值增长6%。", "株洲市"),
])
def test_the_head_above_delivers_in_its_own_clause(text, region):
    assert _meta(text + "\n").region == region


# 5. a zone named by its committee's short name after its city's ("东莞松山湖管委会", "北京中关村管委会"): the
# city is the division it lies in (the names before 管委会 are all the zone's name, none dropped)
@pytest.mark.parametrize("title,lead,parent", [
    ("东莞松山湖管委会2023年工作报告", "在市委、市政府的坚强领导下，", "东莞市"),
    ("北京中关村管委会2020年工作报告", "", "北京市"),
])
def test_a_zone_by_its_committee_after_its_city(title, lead, parent):
    m = _meta(_report(title, "管委会", 2023, lead))
    assert (m.region, m.parent) == (None, parent)


# 6. a zone or town whose leading sentence names two committees of one level ("在西安市委、咸阳市委的坚强领导
# 下"): which runs it is not said, no parent; one level above the other still gives the lower
@pytest.mark.parametrize("title,who,lead,parent", [
    ("西咸新区2019年工作报告", "管委会", "在陕西省委、省政府和西安市委、咸阳市委的坚强领导下，", None),
    ("赣江新区2021年工作报告", "管委会", "在江西省委、省政府和南昌市委、九江市委的坚强领导下，", None),
    ("松山湖管委会2023年工作报告", "管委会", "在东莞市委和深圳市委的坚强领导下，", None),
    ("黄花镇2023年政府工作报告", "镇人民政府", "在长沙县委和浏阳市委的坚强领导下，", None),
    ("黄花镇2023年政府工作报告", "镇人民政府", "在长沙市委和长沙县委的坚强领导下，", "长沙县"),
    ("西咸新区2019年工作报告", "管委会", "在陕西省委、省政府和西安市委、市政府的坚强领导下，", "西安市"),
])
def test_two_committees_of_one_level_lead_no_parent(title, who, lead, parent):
    m = _meta(_report(title, who, 2021, lead))
    assert (m.region, m.parent) == (None, parent)


# 7. the news of a standing committee's meeting named in full ("第十七届人民代表大会常务委员会第五次会议") is no
# session's: its report's year sentence dates nothing
def test_a_standing_committee_named_in_full_is_no_session():
    text = ("本报讯 6月28日，宁城县第十七届人民代表大会常务委员会第五次会议召开。会议审议了县政府工作报告。\n"
            "　　报告显示，2020年，全县地区生产总值增长4.2%。\n")
    assert _meta(text).report_year is None
