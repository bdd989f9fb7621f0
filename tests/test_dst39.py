"""Urban districts, county-level cities and functional zones, blind (dst39, decision 193): a zone's news lead where its
party committee reports with the committee, a 新区 named by the short name of a county of another city, a 新区's report
of a year before the district of its short name was made, the region named with the zone its government runs as one,
zones named as cities, and a zone's name kept whole past a long kind."""
import pytest

import planwatch
from factkeys import facts, val

_LEAD = ("{title}\n发布日期：{y}-02-18　来源：{zone}管委会办公室\n\n2月17日，{zone}召开{y}年工作会议。{zone}党工委副书记、管委会"
         "常务副主任{name}代表{who}作工作报告。\n报告指出，{y0}年，在{led}的坚强领导下，新区全年实现地区生产总值820.5亿元，"
         "同比增长9.3%。\n报告明确，{y}年新区经济社会发展的主要预期目标是：地区生产总值增长8%左右。\n")


def _lead(zone, led, who="党工委、管委会", y=2022, name="周立新", title=None):
    text = _LEAD.format(title=title or f"{zone}{y}年工作报告", zone=zone, who=who, led=led, y=y, y0=y - 1, name=name)
    return planwatch.read_text(text, "x.txt").meta


# 1. a zone's news lead where the party working committee reports with the administrative committee ("代表党工委、
# 管委会作工作报告") gives the zone's work report and names its speaker, as "代表管委会作工作报告" did
@pytest.mark.parametrize("zone,led,parent", [
    ("贵安新区", "贵州省委、省政府", "贵州省"),
    ("兰州新区", "甘肃省委、省政府和兰州市委、市政府", "兰州市"),
    ("赣江新区", "江西省委、省政府和南昌市委、市政府", "南昌市"),
    ("宝鸡高新区", "宝鸡市委、市政府", "宝鸡市"),
])
def test_party_and_administrative_committee_reporting_is_a_work_report(zone, led, parent):
    m = _lead(zone, led)
    assert (m.doc_type, m.speaker, m.report_year) == ("government_work_report", "周立新", 2022)
    assert (m.region, m.zone) == (None, zone)


@pytest.mark.parametrize("who", ["党工委、管委会", "管委会"])
def test_a_zone_meeting_with_no_committee_report_stays_other(who):
    # look-alike: the same lead where the head speaks at the meeting but no one reports for the committee
    text = _LEAD.format(title="兰州新区2022年工作报告", zone="兰州新区", who=who, led="兰州市委、市政府", y=2022, y0=2021,
                        name="周立新").replace(f"代表{who}作工作报告", "出席会议并讲话")
    assert planwatch.read_text(text, "x.txt").meta.doc_type == "other"


_OPENING = ("{title}\n\n各位代表：\n现在，我代表管委会向大会报告工作，请予审议。\n一、{y0}年工作回顾\n过去一年，在{led}的坚强领导下，"
            "新区地区生产总值增长7.8%。\n二、{y}年工作安排\n新区地区生产总值增长8%左右。\n")


def _opening(title, led, y):
    return planwatch.read_text(_OPENING.format(title=title, led=led, y=y, y0=y - 1), "x.txt").meta


# 2. a 新区 named by the short name of counties of other cities (江北区 of 宁波 and of 重庆) that the text works under
# another city (南京市委) is that city's zone, not the namesake county under a second name (decision 130's leftover)
@pytest.mark.parametrize("title,led,y", [
    ("江北新区2022年工作报告", "南京市委、市政府", 2022),
    ("江北新区管委会2021年工作报告", "江苏省委、省政府和南京市委、市政府", 2021),
    ("江北新区2019年工作报告", "南京市委、市政府和新区党工委", 2019),
])
def test_a_new_area_named_by_another_citys_county_is_a_zone(title, led, y):
    m = _opening(title, led, y)
    assert (m.region, m.region_code, m.zone, m.parent, m.province) == (None, None, "江北新区", "南京市", "江苏省")
    assert "not an administrative division" in m.evidence["region"].note


def test_a_new_area_named_by_another_citys_county_in_a_news_lead():
    m = _lead("江北新区", "南京市委、市政府")
    assert (m.region, m.parent, m.doc_type, m.speaker) == (None, "南京市", "government_work_report", "周立新")


@pytest.mark.parametrize("title,led,region,code", [
    # look-alikes: led by the county's own city, the 新区 is the county under its second name (南沙新区 is 南沙区's,
    # 沈阳's 铁西新区 its 铁西区's, and 江北新区 under 重庆市委 重庆's 江北区)
    ("南沙新区2019年工作报告", "广州市委、市政府", "南沙区", "440115"),
    ("铁西新区2016年工作报告", "沈阳市委、市政府", "铁西区", "210106"),
    ("江北新区2019年工作报告", "重庆市委、市政府", "江北区", "500105"),
])
def test_a_new_area_led_by_its_countys_city_stays_the_county(title, led, region, code):
    m = _opening(title, led, int(title[4:8]))
    assert (m.region, m.region_code) == (region, code)


def test_a_new_area_led_by_no_city_keeps_no_parent():
    # look-alike: led by a province's committee alone, which city runs it is not said
    m = _opening("江北新区2019年工作报告", "省委、省政府", 2019)
    assert m.parent is None and m.zone is None


# 3. a 新区's work report of a year before the district of its short name was made (深圳's functional new areas: 坪山区
# and 龙华区 from 2017, 光明区 from 2019) is the zone's, its parent the city leading it
@pytest.mark.parametrize("title,y", [
    ("坪山新区2016年工作报告", 2016),
    ("龙华新区2016年工作报告", 2016),
    ("光明新区2018年工作报告", 2018),
])
def test_a_new_area_before_its_district_was_made_is_a_zone(title, y):
    m = _opening(title, "深圳市委、市政府", y)
    assert (m.region, m.region_code, m.parent, m.zone) == (None, None, "深圳市", title[:4])


@pytest.mark.parametrize("title,y,region,code", [
    # look-alikes: from the district's first year, the 新区 is its second name
    ("坪山新区2017年工作报告", 2017, "坪山区", "440310"),
    ("光明新区2019年工作报告", 2019, "光明区", "440311"),
])
def test_a_new_area_once_its_district_exists_is_the_district(title, y, region, code):
    m = _opening(title, "深圳市委、市政府", y)
    assert (m.region, m.region_code) == (region, code)


_DISTRICT = ("政府工作报告\n——2023年1月10日在{city}{d}第二届人民代表大会第三次会议上\n\n各位代表：\n现在，我代表{lv}人民政府向大会"
             "报告工作，请予审议。\n一、2022年工作回顾\n过去一年，{body}\n二、2023年工作安排\n今年全{lv}地区生产总值增长5.5%左右。\n")


def _district(city, d, body):
    lv = d[-1]
    return facts(_DISTRICT.format(city=city, d=d, lv=lv, body=body.replace("全区", "全" + lv)))


# 4. the region named with the zone its government runs as one (区政合一: 黄埔区 and 广州开发区, 虎丘区 and 苏州高新区,
# 北仑区 and 宁波经济技术开发区), joined by 、/和 or in brackets after the zone, is the region's own figure, not the zone's
# (the region first, the zone in brackets, "虎丘区（苏州高新区）", was read so already)
@pytest.mark.parametrize("city,d,body", [
    ("广州市", "黄埔区", "黄埔区、广州开发区实现地区生产总值4315.3亿元，增长2.1%。"),
    ("广州市", "黄埔区", "黄埔区和广州开发区实现地区生产总值4315.3亿元，增长2.1%。"),
    ("苏州市", "虎丘区", "苏州高新区（虎丘区）实现地区生产总值4315.3亿元，增长2.1%。"),
    ("宁波市", "北仑区", "北仑区、宁波经济技术开发区实现地区生产总值4315.3亿元，增长2.1%。"),
])
def test_the_region_with_the_zone_it_runs_as_one_is_the_region(city, d, body):
    fs = _district(city, d, body)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (4315.3, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (2.1, "eq")


@pytest.mark.parametrize("city,d,body", [
    # look-alikes: another district with the region, or the zone named alone, stays a part
    ("广州市", "增城区", "增城区、黄埔区实现地区生产总值4315.3亿元，增长2.1%。"),
    ("广州市", "黄埔区", "广州开发区实现地区生产总值4315.3亿元，增长2.1%。"),
    ("青岛市", "城阳区", "西海岸新区实现地区生产总值4315.3亿元，增长2.1%。"),
])
def test_another_place_or_the_zone_alone_stays_a_part(city, d, body):
    fs = _district(city, d, body)
    assert ("gdp", "actual", "2022", "level") not in fs
    assert any(k[0].startswith("other:") and k[0].endswith("地区生产总值") for k in fs)


# 5. a zone named as a city of its kind (中新广州知识城, 天府国际生物城, 中国医药城, 安亭汽车城) is a part, as 科学城 was:
# its figure is no district's headline
@pytest.mark.parametrize("city,d,zone", [
    ("广州市", "黄埔区", "中新广州知识城"),
    ("成都市", "双流区", "天府国际生物城"),
    ("泰州市", "高港区", "中国医药城"),
    ("上海市", "嘉定区", "安亭汽车城"),
])
def test_a_zone_named_as_a_city_is_a_part(city, d, zone):
    fs = _district(city, d, f"{zone}实现地区生产总值612.8亿元，增长8.6%；全区实现地区生产总值1530.2亿元，增长3.1%。")
    assert val(fs, ("gdp", "actual", "2022", "level")) == (1530.2, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (3.1, "eq")
    assert val(fs, (f"other:{zone}地区生产总值", "actual", "2022", "level")) == (612.8, "eq")


# 6. a zone's name keeps its place past a long kind in an other: name ("库尔勒经济技术开发区", not "勒经济技术开发区")
@pytest.mark.parametrize("city,d,zone", [
    ("巴音郭楞蒙古自治州", "库尔勒市", "库尔勒经济技术开发区"),
    ("广州市", "增城区", "增城经济技术开发区"),
    ("金华市", "义乌市", "义乌经济技术开发区"),
])
def test_a_zones_long_name_is_kept_whole(city, d, zone):
    fs = _district(city, d, f"{zone}实现地区生产总值200.6亿元，增长12%；全区实现地区生产总值900.1亿元，增长6%。")
    assert val(fs, (f"other:{zone}地区生产总值", "actual", "2022", "level")) == (200.6, "eq")
    assert val(fs, ("gdp", "actual", "2022", "level")) == (900.1, "eq")


_ZONE_REPORT = ("{title}\n各位代表：\n现在，我代表{who}向大会报告工作，请予审议。\n一、2022年工作回顾\n过去一年，在{led}的坚强领导下，"
                "{body}\n二、2023年工作安排\n规模以上工业增加值增长8%。\n")


# 7. in a zone's or a town's report, 全/我 with the level word of any division is a division above it, not the zone:
# 全市 in a county's zone (the city above the county), 全区 in a street's (the district), as 全县 was (decision 164)
@pytest.mark.parametrize("title,who,led,body", [
    ("长沙经开区2023年工作报告", "管委会", "长沙市委、市政府和长沙县委、县政府",
     "经开区规模以上工业增加值增长9.2%；全市地区生产总值增长4.5%。"),
    ("攸县经济开发区2023年工作报告", "管委会", "县委、县政府", "开发区规模以上工业增加值增长9.2%；我市地区生产总值增长4.5%。"),
    ("南湖街道办事处2023年工作报告", "街道办事处", "区委、区政府和街道党工委",
     "全街道规模以上工业增加值增长9.2%；全区地区生产总值增长4.5%。"),
    ("城关镇2023年工作报告", "镇人民政府", "县委、县政府和镇党委", "全镇规模以上工业增加值增长9.2%；全区地区生产总值增长4.5%。"),
])
def test_a_division_above_a_zone_or_town_is_not_it(title, who, led, body):
    fs = facts(_ZONE_REPORT.format(title=title, who=who, led=led, body=body))
    assert ("gdp", "actual", "2022", "growth") not in fs
    assert val(fs, ("industrial_va", "actual", "2022", "growth")) == (9.2, "eq")


@pytest.mark.parametrize("title,led", [
    # look-alikes: a zone calls itself 全区 where a city (no district) runs it
    ("宝鸡高新区2023年工作报告", "宝鸡市委、市政府"),
    ("西安高新区2023年工作报告", "西安市委、市政府"),
])
def test_a_zone_calling_itself_quanqu_keeps_its_figure(title, led):
    fs = facts(_ZONE_REPORT.format(title=title, who="管委会", led=led,
                                   body="全区规模以上工业增加值增长9.2%；全区实现地区生产总值395.2亿元，增长4.5%。"))
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.5, "eq")


# 8. a 保税港区 names a zone as a 保税区 does (meta_cues.tsv not_division): its committee's report is no city's
@pytest.mark.parametrize("title,led,parent,y", [
    ("重庆两路寸滩保税港区2019年工作报告", "重庆市委、市政府", "重庆市", 2019),
    ("宁波梅山保税港区2018年工作报告", "宁波市委、市政府", "宁波市", 2018),
])
def test_a_bonded_port_area_is_a_zone(title, led, parent, y):
    m = _opening(title, led, y)
    assert (m.region, m.region_code, m.level, m.parent) == (None, None, None, parent)
    assert m.zone == title[:title.index("保税港区") + 4]


_PLAN_RUN = ("关于某某区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n{body}\n"
             "二、2024年计划草案\n建议2024年地区生产总值增长5.5%左右。\n")


# 9. a plan report's numbered items run into one paragraph (a page copied as one run of text: "…完成情况如下：1.地区生产
# 总值。年初计划增长6%，…。2.…"): the item's name after its marker, right after a colon or a stop, heads the sentence after
# its own stop, as at a line's start (decision 187)
@pytest.mark.parametrize("body", [
    "主要指标完成情况如下：1.地区生产总值。年初计划增长6%，预计增长5.6%。2.一般公共预算收入。年初计划增长5%，预计增长6.3%。",
    "主要指标完成情况如下：（1）地区生产总值。年初计划增长6%，预计增长5.6%。（2）一般公共预算收入。年初计划增长5%，预计增长6.3%。",
    "主要指标完成情况如下：1.地区生产总值。年度目标为增长6%，执行结果为增长5.6%；2.一般公共预算收入。年度目标为增长5%，执行结果为增长6.3%。",
])
def test_numbered_items_run_into_a_paragraph_head_their_sentences(body):
    fs = facts(_PLAN_RUN.format(body=body))
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (6.3, "eq")


def test_a_name_inside_an_inline_items_words_heads_nothing():
    # look-alike: the marker is not right before the name ("1.稳定地区生产总值。"): no item headed by it
    fs = facts(_PLAN_RUN.format(body="主要做了以下工作：1.稳定地区生产总值。计划新开工项目50个，完成投资30亿元。"))
    assert ("gdp", "target", "2023", "growth") not in fs


_TITLED = ("{title}\n——2023年1月10日在{cong}第二届人民代表大会第三次会议上\n各位代表：\n现在，我代表区人民政府向大会报告工作，"
           "请予审议。\n一、2022年工作回顾\n过去一年，{body}\n二、2023年工作安排\n今年全区地区生产总值增长6%左右。\n")


# 10. a division's title naming it beside the zone it runs as one ("苏州高新区（虎丘区）2023年政府工作报告", "广州市黄埔区
# 人民政府 广州开发区管委会2023年工作报告") makes the zone's name, or its kind, the region's in the body, as a title by the
# zone's name alone did (decision 130)
@pytest.mark.parametrize("title,cong,body", [
    ("苏州高新区（虎丘区）2023年政府工作报告", "苏州市虎丘区", "苏州高新区实现地区生产总值1750.2亿元，增长5.2%。"),
    ("苏州高新区（虎丘区）2023年政府工作报告", "苏州市虎丘区", "高新区实现地区生产总值1750.2亿元，增长5.2%。"),
    ("虎丘区（苏州高新区）2023年政府工作报告", "苏州市虎丘区", "苏州高新区实现地区生产总值1750.2亿元，增长5.2%。"),
    ("广州市黄埔区人民政府 广州开发区管委会2023年工作报告", "广州市黄埔区", "广州开发区实现地区生产总值1750.2亿元，增长5.2%。"),
])
def test_a_title_naming_the_division_with_its_zone_makes_the_zone_the_region(title, cong, body):
    fs = facts(_TITLED.format(title=title, cong=cong, body=body))
    assert val(fs, ("gdp", "actual", "2022", "level")) == (1750.2, "eq")


@pytest.mark.parametrize("title,cong,body", [
    # look-alikes: a title naming the division alone keeps another zone a part
    ("2023年虎丘区政府工作报告", "苏州市虎丘区", "浒墅关经开区实现地区生产总值1750.2亿元，增长5.2%。"),
    ("2023年黄埔区政府工作报告", "广州市黄埔区", "中新广州知识城实现地区生产总值1750.2亿元，增长5.2%。"),
])
def test_a_title_naming_the_division_alone_keeps_zones_parts(title, cong, body):
    fs = facts(_TITLED.format(title=title, cong=cong, body=body))
    assert ("gdp", "actual", "2022", "level") not in fs


_DIV_OPENING = ("{title}\n\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n过去一年，在市委、"
                "市政府的坚强领导下，全区地区生产总值增长5%。\n二、2023年工作安排\n地区生产总值增长6%左右。\n")


# 11. a title naming the zone with the division it is one government with in brackets, or the division's government
# before the zone's committee, is the division's report (a byline at its congress was needed before)
@pytest.mark.parametrize("title,region,code", [
    ("苏州高新区（虎丘区）2023年政府工作报告", "虎丘区", "320505"),
    ("株洲高新区（天元区）2023年政府工作报告", "天元区", "430211"),
    ("广州市黄埔区人民政府 广州开发区管委会2023年工作报告", "黄埔区", "440112"),
])
def test_a_zone_titled_with_its_division_is_the_divisions_report(title, region, code):
    m = planwatch.read_text(_DIV_OPENING.format(title=title), "x.txt").meta
    assert (m.region, m.region_code, m.level, m.zone) == (region, code, "county", None)


@pytest.mark.parametrize("title,zone", [
    # look-alikes: a bracket that names no division, or none, keeps the zone
    ("中国（上海）自由贸易试验区临港新片区管委会2022年工作报告", "自由贸易试验区临港新片区"),
    ("苏州工业园区2023年工作报告", "苏州工业园区"),
])
def test_a_zone_titled_alone_stays_a_zone(title, zone):
    m = planwatch.read_text(_DIV_OPENING.format(title=title).replace("区人民政府", "管委会"), "x.txt").meta
    assert (m.region, m.zone) == (None, zone)


_CITY_TARGETS = ("政府工作报告\n——2023年1月5日在{d}第十八届人民代表大会第二次会议上\n\n各位代表：\n现在，我代表{lv}人民政府向大会"
                 "报告工作，请予审议。\n一、2022年工作回顾\n过去一年，全{lv}地区生产总值增长2%。\n二、2023年工作安排\n{body}\n")


# 12. the city above's whole named by its short name after a verb referring to it ("对照苏州全市地区生产总值增长5%左右的
# 目标" in 昆山市's report, where 全市 alone would be its own) is that city's target, not the county-level city's
@pytest.mark.parametrize("d,body", [
    ("昆山市", "对照苏州全市地区生产总值增长5%左右的目标，今年全市主要预期目标是：地区生产总值增长5.5%左右。"),
    ("晋江市", "对标泉州全市地区生产总值增长5%左右的目标，今年全市主要预期目标是：地区生产总值增长5.5%左右。"),
])
def test_the_city_aboves_whole_after_a_reference_verb_is_not_the_regions(d, body):
    fs = facts(_CITY_TARGETS.format(d=d, lv="市", body=body))
    assert val(fs, ("gdp", "target", "2023", "growth")) == (5.5, "about")


@pytest.mark.parametrize("d,body", [
    # look-alike: 全市 after the verb with no name is the county-level city's own
    ("昆山市", "对照全市地区生产总值增长5.5%左右的目标，一般公共预算收入增长5%。"),
])
def test_its_own_whole_after_a_reference_verb_stays_its_own(d, body):
    fs = facts(_CITY_TARGETS.format(d=d, lv="市", body=body))
    assert val(fs, ("gdp", "target", "2023", "growth")) == (5.5, "about")


# 13. a zone whose area and government are a division's (zone_divisions.tsv: 青岛西海岸新区 of 黄岛区, 苏州高新区 of 虎丘区,
# 南沙新区 of 南沙区, 宁波开发区 of 北仑区) named alone in that division's report is the division itself, as is its kind word
@pytest.mark.parametrize("city,d,body", [
    ("青岛市", "黄岛区", "西海岸新区实现地区生产总值4315.3亿元，增长2.1%。"),
    ("青岛市", "黄岛区", "新区实现地区生产总值4315.3亿元，增长2.1%。"),
    ("苏州市", "虎丘区", "苏州高新区实现地区生产总值4315.3亿元，增长2.1%。"),
    ("广州市", "南沙区", "南沙新区实现地区生产总值4315.3亿元，增长2.1%。"),
    ("宁波市", "北仑区", "宁波开发区实现地区生产总值4315.3亿元，增长2.1%。"),
])
def test_a_zone_that_is_the_division_named_alone_is_the_region(city, d, body):
    fs = _district(city, d, body)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (4315.3, "eq")
