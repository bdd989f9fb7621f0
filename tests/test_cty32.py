"""cty32: county openings and restatements from the populous provinces, blind (decision 107)."""
import pytest

from factkeys import facts, read, val

_HEAD = "某某县政府工作报告\n——2021年1月8日在某某县第十届人民代表大会第五次会议上\n一、2020年工作回顾\n2020年，全县"


def _review(body: str):
    return facts(_HEAD + body + "\n", report_year=2021, region="某某县", level="county")


# 1. a mountain or a lake by its name that received visitors is a scenic area: the revenue (and its growth) in the
# clauses after it are the area's, as after …景区 (a year's word between the name and the verb too)
@pytest.mark.parametrize("body", [
    "地区生产总值增长4%。罗浮山旅游接待游客1580万人次，旅游总收入98.6亿元，增长11.5%。",
    "地区生产总值增长4%。丹霞山全年接待游客1580万人次，实现旅游综合收入98.6亿元，增长11.5%。",
    "地区生产总值增长4%。千岛湖接待游客1580万人次，旅游收入98.6亿元，分别增长9%、11.5%。",
])
def test_named_scenic_place_keeps_its_revenue(body):
    fs = _review(body)
    assert ("tourist_visits", "actual", "2020", "level") not in fs
    assert ("tourism_revenue", "actual", "2020", "level") not in fs
    assert ("tourism_revenue", "actual", "2020", "growth") not in fs
    assert any(k[0].startswith("other:") and k[0].endswith("旅游收入") and v.value == 98.6 for k, v in fs.items())
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (4, "eq")


# look-alikes: the region's own word before the visitors, or the place ends the sentence before the region's
# figures, or the place is a lake measured for its water (no visitors): the region's own figures
@pytest.mark.parametrize("body,key,value", [
    ("全年接待游客1580万人次，旅游总收入98.6亿元，增长11.5%。", ("tourism_revenue", "actual", "2020", "level"), 98.6),
    ("罗浮山接待游客300万人次。全县实现旅游总收入98.6亿元，增长11.5%。", ("tourism_revenue", "actual", "2020", "level"), 98.6),
    ("东湖水质稳定在III类，森林覆盖率达到61.5%。", ("forest_coverage", "actual", "2020", "share"), 61.5),
])
def test_region_figures_beside_a_named_place_stay_its_own(body, key, value):
    assert val(_review(body), key) == (value, "eq")


_TASKS = "某某县政府工作报告\n——2024年1月8日在某某县第十届人民代表大会第三次会议上\n二、2024年主要目标任务\n"


def _pledges(body: str):
    d = read(_TASKS + body + "\n", region="某某县", report_year=2024, level="county")
    return {(p.object, p.value): p.qualifier for p in d.pledges}


# 2. places (or parks) listed before the measure the last one names, then 分别 and a list of values: each place's
# measure is the object; a bound the verb after 分别 sets (突破, 超过) holds for every value
@pytest.mark.parametrize("body,want", [
    ("力争经开区、高新区技工贸总收入分别突破1000亿元、600亿元。",
     {("经开区技工贸总收入", 1000): "at_least", ("高新区技工贸总收入", 600): "at_least"}),
    ("县城、乡镇集中供水率分别提高到98%、90%。", {("县城集中供水率", 98): "eq", ("乡镇集中供水率", 90): "eq"}),
    ("城区、乡镇生活污水处理率分别超过95%、80%。",
     {("城区生活污水处理率", 95): "at_least", ("乡镇生活污水处理率", 80): "at_least"}),
])
def test_places_share_the_measure_and_the_verbs_bound(body, want):
    assert _pledges(body) == want


# look-alikes: a bound written after one value only, with a verb that sets none, stays that value's; one verb for
# each value keeps the object whole
@pytest.mark.parametrize("body,want", [
    ("城区、乡镇生活污水处理率分别达到95%、80%以上。",
     {("城区生活污水处理率", 95): "eq", ("乡镇生活污水处理率", 80): "at_least"}),
    ("新建、改造农村公路分别达到120公里、80公里。", {("农村公路", 120): "eq", ("农村公路", 80): "eq"}),
])
def test_bounds_and_verbs_of_one_value_stay_its_own(body, want):
    assert _pledges(body) == want


def _meta(text: str):
    return read(text).meta


# 3. a news lead that dates the county's session by the city's ("在…市第八届人民代表大会第四次会议胜利闭幕之际", "…召开
# 前夕", "…闭幕后"): the session that opens after it is the report's, not the city's named first
@pytest.mark.parametrize("text,region", [
    ("1月9日，在宜昌市第八届人民代表大会第四次会议胜利闭幕之际，夷陵区第十届人民代表大会第五次会议隆重开幕。区长作政府工作报告。\n"
     "报告指出，过去一年，全区地区生产总值增长6.8%。报告提出，2024年全区地区生产总值增长7%左右。\n", "夷陵区"),
    ("1月10日，在眉山市第五届人民代表大会第三次会议召开前夕，仁寿县第十九届人民代表大会第三次会议开幕。\n"
     "报告指出，2022年全县地区生产总值增长4.1%。今年全县地区生产总值增长6.5%以上。\n", "仁寿县"),
    ("1月9日，在宜昌市八届人大四次会议闭幕后，夷陵区十届人大五次会议隆重开幕。区长作政府工作报告。\n"
     "报告指出，2023年全区地区生产总值增长6.8%。\n", "夷陵区"),
])
def test_a_session_dating_another_is_no_region(text, region):
    m = _meta(text)
    assert (m.region, m.level) == (region, "county")


# look-alikes: the byline's own session, and a mention of an earlier session of the same congress inside the text
@pytest.mark.parametrize("text,region", [
    ("政府工作报告\n——2024年1月8日在宜昌市第八届人民代表大会第四次会议上\n各位代表：在宜昌市第七届人民代表大会第一次会议以来的"
     "五年里，全市地区生产总值年均增长6%。\n", "宜昌市"),
    ("政府工作报告\n——2024年1月9日在夷陵区第十届人民代表大会第五次会议上\n各位代表：2023年全区地区生产总值增长6.8%。\n", "夷陵区"),
])
def test_the_bylines_session_stays_the_region(text, region):
    assert _meta(text).region == region


_NEWS = "我县召开十八届人大三次会议\n2024-01-12 来源：永嘉县融媒体中心\n1月11日，县十八届人大三次会议开幕。\n"


# 4. a county's news quoting the target its city set ("温州市确定的…目标为6%左右", "宜昌市下达的…"): the city's, not the
# county's own target stated after it
@pytest.mark.parametrize("body", [
    "今年温州市确定的地区生产总值增长目标为6%左右，我县提出了更高目标：地区生产总值增长6.5%左右。",
    "报告提出，今年全县地区生产总值增长6.5%左右。而温州市提出的地区生产总值增长目标为6%左右。",
])
def test_the_citys_target_quoted_in_county_news(body):
    fs = facts(_NEWS + body + "\n", region="永嘉县", level="county", report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")
    assert any(k[0] == "other:温州市地区生产总值" for k in fs)


# look-alike: the county's own name before 确定的 is its own target
def test_own_name_setting_its_target():
    fs = facts(_NEWS + "报告提出，今年永嘉县确定的地区生产总值增长目标为6.5%左右。\n", region="永嘉县", level="county",
               report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")


# look-alike: a target the city hands down for the county to fulfil is the county's own (qualitative)
def test_fulfilling_the_citys_target_is_own():
    fs = facts(_NEWS + "报告提出，今年全县地区生产总值增长6.5%左右，完成温州市下达的节能减排目标任务。\n", region="永嘉县",
               level="county", report_year=2024)
    assert fs[("energy_intensity", "target", "2024", "growth")].qualifier == "qualitative"
