"""County and city excerpts of 2016–2025 and the metadata left open (branch holdcounty5): a 兵团 division named
alone, zones without a code of their own (松山湖, 湘江新区, 天府新区), one county under two codes that are
both historical (黔西县). Each class with the documents that must change and the look-alikes that must not."""
from __future__ import annotations

import planwatch
import pytest


from taskdoc import delivered_report as _report, meta as _meta  # noqa: E402


# 1. a 兵团 division named alone in its title is the city it runs as one government (师市合一) in the years
# that city has a code (第八师 → 石河子市 always; 第七师 → 胡杨河市 from 2020; 第九师 → 白杨市 from 2023);
# before that, and for a division without a city (第十一师), a zone: region empty, 新疆 its parent
@pytest.mark.parametrize("title,year,region,code", [
    ("第八师2022年工作报告", 2022, "石河子市", "659001"),
    ("新疆生产建设兵团第八师2017年工作报告", 2017, "石河子市", "659001"),
    ("第七师2021年政府工作报告", 2021, "胡杨河市", "659010"),
    ("第一师2019年工作报告", 2019, "阿拉尔市", "659002"),
    ("第七师2019年工作报告", 2019, None, None),
    ("第九师2022年工作报告", 2022, None, None),  # (白杨市 from 2023; the code lists' default, 2020, is wrong)
    ("第十一师2023年工作报告", 2023, None, None),
    ("第十三师2020年工作报告", 2020, None, None),  # (新星市 from 2021)
])
def test_a_corps_division_named_alone(title, year, region, code):
    m = _meta(_report(title, "师", year))
    assert (m.region, m.region_code, m.report_year) == (region, code, year)
    assert m.province == "新疆维吾尔自治区"
    if region is None:
        assert m.parent == "新疆维吾尔自治区"


@pytest.mark.parametrize("title,region", [
    ("第八师石河子市2022年政府工作报告", "石河子市"),  # the division and its city: the city (as before)
    ("第七师胡杨河市2021年政府工作报告", "胡杨河市"),
])
def test_a_corps_division_with_its_city(title, region):
    assert _meta(_report(title, "师市", 2021)).region == region


def test_a_normal_school_is_no_corps_division():
    m = _meta("第一师范学院2023年工作报告\n\n2022年，学院招收新生5000人，学院全面推进“双一流”建设。\n")
    assert m.region != "阿拉尔市" and m.zone != "第一师"


# 2. a zone without a code of its own: the division it lies in is the one whose committee leads it in the
# text ("在东莞市委、市政府的坚强领导下"), also where its title names its province only ("湖南湘江新区"); a
# county's short name that only starts the zone's name ("松山湖": 松山区 is 赤峰's) is none of its divisions
@pytest.mark.parametrize("title,led,parent", [
    ("松山湖管委会2023年工作报告", "在东莞市委、市政府的坚强领导下，", "东莞市"),
    ("松山湖科学城2024年工作报告", "在东莞市委、市政府的坚强领导下，", "东莞市"),
    ("湖南湘江新区管理委员会2021年工作报告", "在长沙市委、市政府的坚强领导下，", "长沙市"),
    ("天府新区成都直管区2020年工作报告", "在成都市委、市政府的坚强领导下，", "成都市"),
    ("中关村管委会2020年工作报告", "在北京市委、市政府的坚强领导下，", "北京市"),
    ("松山湖科学城2024年工作报告", "", None),
])
def test_a_zone_hangs_on_the_division_that_leads_it(title, led, parent):
    m = _meta(_report(title, "管委会", 2021, led))
    assert m.region is None and m.region_code is None
    assert m.parent == parent


@pytest.mark.parametrize("title,led,parent", [
    ("成都高新区2019年工作报告", "", "成都市"),  # named by its city: as before
    ("广州开发区管委会2019年工作报告", "", "广州市"),
    ("两江新区管委会2019年工作报告", "", "重庆市"),  # known to the code lists
    ("宁乡经开区2019年工作报告", "在长沙市委、市政府的坚强领导下，", "宁乡市"),  # a county's full short name: its own
    ("新疆生产建设兵团2020年工作报告", "在乌鲁木齐市委的支持下，", "新疆维吾尔自治区"),  # spans its province
    ("浙江舟山群岛新区2016年工作报告", "在杭州市委的关心下，", "浙江省"),  # led by no committee of its own
])
def test_a_zone_named_by_its_division_keeps_it(title, led, parent):
    m = _meta(_report(title, "管委会", 2019, led))
    assert m.region is None and m.parent == parent


def test_a_town_is_still_led_by_its_county_only():
    text = ("城关镇人民政府工作报告\n\n各位代表：\n　　现在，我代表镇人民政府向大会报告工作。\n"
            "　　过去一年，在大理州委、州政府的坚强领导下，全镇实现农业总产值6.5亿元。\n")
    assert _meta(text).parent is None


# 3. one county under two codes that are both historical (黔西县: 毕节地区's 522423 until 2011, 毕节市's
# 520522 until it became 黔西市 in 2021): the text tells them apart by nothing, the report's year does
@pytest.mark.parametrize("year,code", [(2021, "520522"), (2016, "520522"), (2011, "522423")])
def test_one_county_under_two_historical_codes(year, code):
    m = _meta(_report(f"黔西县{year}年政府工作报告", "县人民政府", year))
    assert (m.region, m.region_code) == ("黔西县", code)


def test_namesakes_in_two_provinces_stay_apart():
    # 鼓楼区 alone: 南京, 徐州, 福州 or 开封 — still no guess
    m = _meta(_report("鼓楼区2019年政府工作报告", "区人民政府", 2019))
    assert m.region_code is None


# 4. a news lead without a year (a month-day dateline) whose review sentence is led by the report's name in
# full ("政府工作报告显示，2018年，庄河市…", "《政府工作报告》显示，", "据XX政府工作报告，"), this year's targets after
# it: the report year is the reviewed year + 1, as with "报告显示，"; not the standing committee's or the
# political consultative conference's report
def _lead_news(lead: str) -> str:
    return ("　　大连日报讯（记者 王晓东）大连市庄河市第十七届人民代表大会第三次会议1月10日开幕。\n　　" + lead
            + "2018年，庄河市地区生产总值完成352.6亿元，增长6.2%。\n　　今年，庄河市地区生产总值预期增长6.5%，一般公共预算收入增长6%。")


@pytest.mark.parametrize("lead,year", [
    ("政府工作报告显示，", 2019),
    ("《政府工作报告》显示，", 2019),
    ("据庄河市政府工作报告，", 2019),
    ("报告显示，", 2019),  # (as before)
    ("市人大常委会工作报告显示，", None),
    ("政协工作报告显示，", None),
])
def test_a_review_led_by_the_reports_full_name(lead, year):
    m = _meta(_lead_news(lead))
    assert (m.region, m.report_year) == ("庄河市", year)
    if year:
        assert m.meeting_date == "2019-01-10"


# 5. a news lead on a county-level city ("宁乡今年…") in the paper of the city above it (长沙晚报), whose mayor the
# text names on a visit ("长沙市市长到宁乡调研"): the county-level city's news; the city's only when its head
# delivers the report in that sentence ("株洲市市长在市十六届人大三次会议上作政府工作报告")
@pytest.mark.parametrize("text,region", [
    ("长沙晚报讯 宁乡今年将力争地区生产总值增长7.5%。1月9日，长沙市市长到宁乡调研。据介绍，2020年，宁乡全市地区生产总值增长4.6%。",
     "宁乡市"),
    ("长沙晚报讯 宁乡市今年将力争地区生产总值增长7.5%。长沙市市长在宁乡调研时强调，要在全市发展大局中找准定位。", "宁乡市"),
    ("经济日报讯 宁乡今年将力争地区生产总值增长8%。长沙市市长在宁乡调研时强调……宁乡市政府工作报告提出，"
     "2021年宁乡全市地区生产总值增长7.5%左右。", "宁乡市"),
    ("齐齐哈尔日报讯 讷河今年将新建高标准农田20万亩。齐齐哈尔市市长到讷河检查春耕备耕。据介绍，去年讷河全市粮食产量达到45亿斤。",
     "讷河市"),
    # look-alikes: the head above delivers the report
    ("长沙晚报讯 宁乡今年将承办全市运动会。长沙市市长在市十五届人大五次会议上作政府工作报告，今年全市地区生产总值增长7.5%。", "长沙市"),
    ("齐齐哈尔日报讯 讷河今年将承办全市运动会。齐齐哈尔市市长代表市人民政府作政府工作报告，今年全市地区生产总值增长6%。",
     "齐齐哈尔市"),
    ("株洲日报讯 醴陵今年将承办全市运动会。株洲市市长在政府工作报告中提出，今年全市地区生产总值增长6%。", "株洲市"),
    ("株洲日报讯 醴陵今年将承办全市运动会。株洲市人民政府市长代表市人民政府向大会报告工作，今年全市地区生产总值增长6%。", "株洲市"),
    ("株洲日报讯 醴陵今年将新建5G基站800个。株洲市市长在醴陵调研时听取了醴陵市政府工作汇报。", "醴陵市"),
])
def test_a_lead_on_a_county_city_with_the_mayor_above_on_a_visit(text, region):
    assert _meta(text + "\n").region == region


# 6. a news lead on a county congress session with a month-day dateline only, whose report is said to review a
# year ("报告显示，2020年，全县…增长4.2%") and says nothing of this year: the report year is the reviewed year + 1
# (a December session's too); not a standing committee's, the political consultative conference's, a party
# meeting's, nor a long-range goal's year
_SESSION_NEWS = "本报讯（记者 张敏）{d}，宁城县第十七届人民代表大会第五次会议开幕。县长作政府工作报告。\n　　"


@pytest.mark.parametrize("day,body,year", [
    ("1月8日", "报告显示，2020年，全县地区生产总值增长4.2%，一般公共预算收入增长3%。", 2021),
    ("1月8日", "报告指出，2020年全县实现地区生产总值112.5亿元，增长4.2%。", 2021),
    ("12月28日", "报告显示，2023年，全县地区生产总值增长5.2%。", 2024),
    ("1月8日", "报告显示，2035年，全县将基本实现社会主义现代化。", None),
])
def test_a_session_news_whose_report_reviews_a_year(day, body, year):
    assert _meta(_SESSION_NEWS.format(d=day) + body + "\n").report_year == year


@pytest.mark.parametrize("text", [
    "本报讯 8月28日，宁城县第十七届人大常委会第三十次会议召开。会议听取了县政府关于上半年经济运行情况的报告。\n"
    "　　报告显示，2020年上半年，全县地区生产总值增长4.2%。\n",
    "本报讯 1月8日，宁城县政协第十届委员会第五次会议开幕。\n　　报告显示，2020年，全县政协委员提交提案312件。\n",
    "宁城县召开经济工作会议\n　　本报讯 12月20日，宁城县委经济工作会议召开。\n　　报告显示，2020年，全县地区生产总值增长4.2%。\n",
])
def test_no_session_report_no_reviewed_year(text):
    assert _meta(text).report_year is None


# 7. the committee leading a zone or a town named with its level word again before 委 ("在浦东新区区委、区政府",
# "在鲁山县县委、县政府"): still the division it lies in; a town is led by a county only
@pytest.mark.parametrize("text,parent", [
    ("张江科学城2022年工作报告\n\n同志们：\n　　过去一年，在浦东新区区委、区政府的坚强领导下，科学城实现规上工业总产值2000亿元。\n",
     "浦东新区"),
    ("张官营镇人民政府工作报告\n\n各位代表：\n　　现在，我代表镇人民政府向大会报告工作。\n　　过去一年，在鲁山县县委、县政府和镇党委的"
     "坚强领导下，全镇实现农业总产值6.5亿元。\n", "鲁山县"),
    ("张官营镇人民政府工作报告\n\n各位代表：\n　　现在，我代表镇人民政府向大会报告工作。\n　　过去一年，在平顶山市市委、市政府的坚强"
     "领导下，全镇实现农业总产值6.5亿元。\n", None),
])
def test_a_leading_committee_with_its_level_word_twice(text, parent):
    m = _meta(text)
    assert m.region is None and m.parent == parent


# self-review look-alikes: a county's short name that starts a zone's name and that the text also uses alone is
# the county's ("慈溪滨海经济开发区 … 慈溪发展大局"); a division's committee of a trade is no zone
@pytest.mark.parametrize("title,body,region,parent", [
    ("慈溪滨海经济开发区2020年工作报告", "开发区紧紧围绕慈溪发展大局，", None, "慈溪市"),
    ("宁城县城市管理委员会2020年工作报告", "全县城市管理工作，", "宁城县", "赤峰市"),
])
def test_zone_look_alikes(title, body, region, parent):
    m = _meta(f"{title}\n\n同志们：\n　　过去一年，{body}实现地区生产总值286.5亿元，增长7.2%。\n")
    assert (m.region, m.parent) == (region, parent)


def test_a_corps_division_keeps_a_region_the_user_sets():
    text = _report("第八师2022年工作报告", "师", 2022)
    assert planwatch.read_text(text, "t.txt", overrides={"region": "659004"}).meta.region == "五家渠市"
