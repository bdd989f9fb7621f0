"""Session met38: documents whose metadata is hard, blind (twelve county, district, city and league pages of
2016–2026: a county's news reposted by its city's portal, city papers' bylines, datelines without a year, namesakes,
short names, years named only by their place in a five-year plan). What the round and its probes found: a namesake
told apart by the role of the place above it (首府, 首都, 省会, 自治区), an anonymous session in a city paper's lead
that says the report's level, a 两会 headline tag by a one-character abbreviation, and a past year named as a
plan's year without 一年是."""
from __future__ import annotations

import pytest

from factkeys import read

_BODY = "全区实现地区生产总值512.6亿元，增长6.1%；一般公共预算收入完成31.2亿元，增长5.4%。"


def _district(title: str, lead: str) -> str:
    return f"{title}\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n一、2021年工作回顾\n{lead}{_BODY}\n" \
           "二、2022年工作安排\n今年全区主要预期目标：地区生产总值增长6%左右。\n"


# namesakes no name above tells apart: the role of the city or province above them (decision 185)
@pytest.mark.parametrize("title, lead, code", [
    # 首府 is an autonomous region's capital: 拉萨's 城关区, not 兰州's
    ("城关区政府工作报告", "过去一年，在首府市委、市政府和区委的坚强领导下，全区上下团结奋进。", "540102"),
    # 首都: 北京's 朝阳区, not 长春's
    ("朝阳区政府工作报告", "过去一年，全区坚持首都城市战略定位，全力服务保障首都功能。", "110105"),
    # 省会: 西安's 新城区, not 呼和浩特's (an autonomous region's capital is its 首府)
    ("新城区政府工作报告", "过去一年，全区奋力建设省会核心区，城市品质不断提升。", "610102"),
    # 自治区 alone: the namesake in an autonomous region (呼和浩特's 新城区)
    ("新城区政府工作报告", "过去一年，全区认真贯彻自治区党委、政府各项决策部署。", "150102"),
])
def test_a_namesake_told_apart_by_the_role_of_the_place_above(title, lead, code):
    assert read(_district(title, lead)).meta.region_code == code


def test_a_name_above_outranks_a_role_word():
    # 长春 named, 首都 only in passing: 长春's 朝阳区
    lead = "过去一年，在长春市委、市政府和区委的坚强领导下，全区主动对接首都资源，招商引资取得突破。"
    assert read(_district("朝阳区政府工作报告", lead)).meta.region_code == "220104"


def test_namesakes_without_a_name_or_a_role_above_stay_unresolved():
    meta = read(_district("朝阳区政府工作报告", "过去一年，全区上下团结奋进，经济社会持续健康发展。")).meta
    assert meta.region is None


# a city paper's lead on an anonymous 县/区 session: the county named by its short name is the report's, not the
# paper's city named in full
@pytest.mark.parametrize("text, code", [
    ("金华日报讯（记者 李某）1月10日，县十八届人大三次会议开幕。报告显示，2022年，浦江在金华市各县（市、区）中增速领先，"
     "全县实现地区生产总值312.5亿元，增长4.6%。今年，浦江将加快融入金义都市区，全县主要预期目标：地区生产总值增长6.5%左右。",
     "330726"),
    ("杭州日报讯（记者 王某）1月8日，县十七届人大五次会议开幕。报告显示，2019年，淳安在杭州市生态保护考核中位列前茅，"
     "全县实现地区生产总值238.4亿元，增长6.9%。今年淳安将主动接轨杭州都市区，主要预期目标：地区生产总值增长7%左右。",
     "330127"),
])
def test_an_anonymous_county_session_says_the_level(text, code):
    meta = read(text).meta
    assert (meta.region_code, meta.level) == (code, "county")


def test_a_city_session_under_its_own_paper_stays_the_citys():
    text = ("杭州日报讯（记者 王某）1月8日，市十三届人大五次会议开幕。报告显示，2019年，全市实现地区生产总值15373亿元，"
            "增长6.8%，淳安、建德生态保护成效明显。今年全市主要预期目标：地区生产总值增长6.5%左右。")
    assert read(text).meta.region == "杭州市"


# a 两会 headline tag by a one-character abbreviation names the place (nicknames.tsv)
@pytest.mark.parametrize("tag, region", [("渝两会", "重庆市"), ("穗两会", "广州市"), ("甬两会", "宁波市"), ("邕两会", "南宁市")])
def test_a_lianghui_tag_by_its_abbreviation_names_the_place(tag, region):
    text = (f"{tag}丨今年全市GDP预期增长6%以上\n记者 李某\n过去一年，全市实现地区生产总值8230.5亿元，增长3.1%。"
            "今年政府工作报告提出，全市地区生产总值增长6%以上。")
    assert read(text).meta.region == region


def test_the_character_alone_names_no_place():
    text = ("记者 李某\n金秋时节，稻穗飘香，芙蓉花开。过去一年，全市实现地区生产总值823.5亿元，增长3.1%。"
            "今年政府工作报告提出，全市地区生产总值增长6%以上。")
    assert read(text).meta.region not in ("广州市", "成都市")


def _session_page(sentence: str) -> str:
    """A city session's news page whose report says ``sentence`` before this year's target list."""
    return "1月9日，市十七届人大二次会议开幕。市长作政府工作报告。报告指出，" + sentence + "今年全市主要预期目标：地区生产总值增长6%左右。"


# a past year named by its place in a five-year plan, without 一年是: the report is the next year's
@pytest.mark.parametrize("sentence, year", [
    ("在刚刚过去的“十四五”开局之年，全市地区生产总值增长8.1%。", 2022),
    ("过去的“十三五”收官之年里，全市地区生产总值增长3.6%。", 2021),
    ("刚刚过去的十四五规划第二年，全市地区生产总值增长4.2%。", 2023),
])
def test_a_past_plan_year_dates_the_next_report(sentence, year):
    assert read(_session_page(sentence)).meta.report_year == year


def test_this_years_plan_year_is_still_this_year():
    text = "1月9日，市十七届人大二次会议开幕。报告指出，今年是“十四五”开局之年。今年全市主要预期目标：地区生产总值增长6%左右。"
    assert read(text).meta.report_year == 2021


# the party congress this year holds, said as what is to come: "今年将召开党的二十大" (decision 185)
@pytest.mark.parametrize("sentence, year", [
    ("今年将召开党的二十大，做好今年工作意义重大。", 2022),
    ("今年我们将迎来党的十九大胜利召开。", 2017),
])
def test_a_congress_this_year_holds_dates_the_report(sentence, year):
    assert read(_session_page(sentence)).meta.report_year == year


def test_a_congress_reviewed_is_not_this_years():
    # "去年…党的十九大胜利召开" is the year reviewed's (2017): the report is 2018's, as before
    text = "1月9日，市十七届人大二次会议开幕。报告指出，去年是党的十九大胜利召开之年。今年全市主要预期目标：地区生产总值增长6%左右。"
    assert read(text).meta.report_year == 2018


# a city paper on its county: the city named in full only as the frame of a ranking among its counties ("位居眉山市各区县
# 第一", "在成都市郊区新城中位列前茅") is the county's superior; the county named by its short name is the report's
@pytest.mark.parametrize("text, code", [
    ("眉山日报记者 王某\n政府工作报告显示，2022年，青神实现地区生产总值120.5亿元，增长4.1%，增速位居眉山市各区县第一。"
     "今年青神主要预期目标：地区生产总值增长7%左右。青神将全力融入成都都市圈，眉山市委、市政府对此高度重视。", "511425"),
    ("成都日报记者 王某\n2月1日，市十八届人大五次会议开幕。报告显示，2020年，彭州实现地区生产总值520.5亿元，增长4.1%，"
     "在成都市郊区新城中位列前茅。今年彭州主要预期目标：地区生产总值增长7%左右。成都市委、市政府有关领导出席。", "510182"),
])
def test_a_ranking_frame_names_the_superior(text, code):
    assert read(text).meta.region_code == code


def test_a_city_ranked_in_its_province_stays_the_city():
    text = ("眉山日报记者 王某\n1月10日，市五届人大三次会议开幕。报告显示，2022年，全市实现地区生产总值1600.5亿元，增长3.1%，"
            "增速位居四川省各市州第三，青神、仁寿增速领先。今年全市主要预期目标：地区生产总值增长6.5%左右。")
    assert read(text).meta.region == "眉山市"


# a year opening a sentence on the region named by its short name ("2022年，仁寿实现地区生产总值…", "2022年，仁寿在眉山市委…
# 领导下，实现…"): the year reviewed, the report the next year's
@pytest.mark.parametrize("lead", [
    "2022年，青神实现地区生产总值120.5亿元，增长4.1%。",
    "2022年，青神在眉山市委、市政府的坚强领导下，实现地区生产总值120.5亿元，增长4.1%。",
])
def test_a_year_led_by_a_short_name_is_the_year_reviewed(lead):
    text = "青神：今年GDP预期增长7%\n记者 王某\n政府工作报告显示，" + lead + "今年青神主要预期目标：地区生产总值增长7%左右。"
    assert read(text).meta.report_year == 2023


# after an anonymous session, a city's short name that regions of several kinds hold is the one the report's own level
# word fits
@pytest.mark.parametrize("name, word, region", [
    ("朝阳", "市", "朝阳市"),  # 辽宁's city, not its 朝阳县 nor 北京's or 长春's 朝阳区
    ("朝阳", "县", "朝阳县"),
    ("吉林", "市", "吉林市"),  # the city, not the province
])
def test_a_short_name_of_several_kinds_after_an_anonymous_session(name, word, region):
    text = (f"{name}：今年GDP预期增长6%\n记者 王某\n1月9日，{word}十七届人大二次会议开幕。报告显示，2022年，全{word}实现地区生产总值"
            f"500.5亿元，增长3.1%。今年全{word}主要预期目标：地区生产总值增长6%左右。全{word}上下要凝心聚力。")
    assert read(text).meta.region == region


def test_a_short_name_without_a_session_stays_a_word():
    # "朝阳产业" in an excerpt that names no session: no region is read from it
    text = ("一、2022年工作回顾\n全市大力培育朝阳产业，实现地区生产总值500.5亿元，增长3.1%。全市上下凝心聚力。\n"
            "二、2023年工作安排\n今年全市主要预期目标：地区生产总值增长6%左右。")
    assert read(text).meta.region != "朝阳市"


def test_a_named_autonomous_region_is_no_role():
    # 西安's 新城区 aiding 西藏自治区: the named region is a partner, not the role of the place above
    lead = "过去一年，全区认真落实对口支援西藏自治区各项任务，援建项目12个。"
    assert read(_district("新城区政府工作报告", lead)).meta.region is None


# a city's daily over a county's anonymous session: the paper is the city's, not its namesake county's
@pytest.mark.parametrize("paper, short, code", [
    ("岳阳日报", "华容", "430623"),  # not 岳阳县
    ("吉安日报", "永丰", "360825"),  # not 吉安县
])
def test_a_city_daily_is_not_its_namesake_countys(paper, short, code):
    text = (f"{paper}记者 王某\n1月5日，县十八届人大三次会议开幕。报告显示，2022年，{short}实现地区生产总值300.5亿元，增长4.8%。"
            f"今年，{short}将全力融入{paper[:2]}市发展大局，全县主要预期目标：地区生产总值增长6.5%左右。")
    assert read(text).meta.region_code == code


def test_the_namesake_county_named_itself_is_still_its_own():
    text = ("岳阳日报记者 王某\n1月5日，县十八届人大三次会议开幕。报告显示，2022年，岳阳县实现地区生产总值300.5亿元，增长4.8%。"
            "今年全县主要预期目标：地区生产总值增长6.5%左右。")
    assert read(text).meta.region == "岳阳县"


def test_a_frame_with_its_growth_rank_names_the_superior():
    text = ("株洲日报记者 王某\n1月8日，市十七届人大五次会议开幕。报告显示，2020年，醴陵实现地区生产总值780.5亿元，增长4.5%，"
            "在株洲市各县市区中增速第一。今年醴陵主要预期目标：地区生产总值增长7.5%左右。株洲市领导出席。")
    assert read(text).meta.region == "醴陵市"


def test_a_first_time_in_the_citys_own_report_is_no_frame():
    text = ("株洲日报记者 王某\n1月8日，市十五届人大五次会议开幕。报告显示，2020年，全市实现地区生产总值3105.8亿元，增长4.0%，"
            "醴陵、攸县增速领先。“两型”社会建设在株洲市政府工作报告中第一次写入。今年全市主要预期目标：地区生产总值增长7%左右。")
    assert read(text).meta.region == "株洲市"


def test_nanjing_lianghui_is_not_beijing():
    text = ("聚焦南京两会丨今年全市GDP预期增长5.5%\n记者 李某\n过去一年，全市实现地区生产总值16907.9亿元，增长2.1%。"
            "今年政府工作报告提出，全市地区生产总值增长5.5%左右。")
    assert read(text).meta.region != "北京市"
