"""dst33: city districts' reports, blind: a facility named by the work it serves, a district's buildings' and areas'
tax shares, a zone named in two spellings by a county's short name elsewhere."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts
from taskdoc import pledges

REVIEW = "某某区政府工作报告\n——2023年1月10日在某某区第十八届人民代表大会第二次会议上\n\n一、2022年工作回顾\n"


# 1. a facility named by the work it serves (治理设施, 投放点) holds no action on it: the verb before it acts
@pytest.mark.parametrize("body,want", [
    ("全年新建村级污水治理设施25座。", ("新建", "村级污水治理设施", 25, "座")),
    ("建设工业废气治理设施在线监控平台2个。", ("建设", "工业废气治理设施在线监控平台", 2, "个")),
    ("新增垃圾分类投放点亭120个。", ("新增", "垃圾分类投放点亭", 120, "个")),
])
def test_facility_named_by_its_work(body, want):
    assert want in pledges(body, "区")


def test_facility_before_its_work_keeps_its_name():
    # the work written after the facility: the facility's whole name stays in the object
    got = pledges("完成镇村污水治理设施提标改造60处。", "区")
    assert any("镇村污水治理设施" in o and v == 60 for _, o, v, _ in got), got
    got = pledges("完成小区垃圾分类投放点升级改造450个。", "区")
    assert any("小区垃圾分类投放点" in o and v == 450 for _, o, v, _ in got), got


def test_the_work_itself_still_acts():
    # look-alike: 治理 as the work of a count stays the action
    assert ("治理", "水土流失面积", 12, "平方公里") in pledges("治理水土流失面积12平方公里。", "区")


# 2. the taxes of a district's buildings, business areas and streets as a share are no tax share of its revenue
@pytest.mark.parametrize("sent", [
    "税收收入完成61.3亿元，其中商务楼宇税收占比达到47%。",
    "核心商圈税收占比提高到33%，重点街道税收收入占比超过60%。",
])
def test_part_tax_share_is_no_tax_share(sent):
    fs = facts(REVIEW + sent + "\n")
    assert ("tax_revenue_share", "actual", "2022", "share") not in fs


def test_own_tax_share_stays():
    fs = facts(REVIEW + "一般公共预算收入完成38.2亿元，增长4.1%，税收占比达到82.6%。\n")
    assert fs[("tax_revenue_share", "actual", "2022", "share")].value == 82.6


# 3. a zone named in two spellings that both start with a county's short name elsewhere (东湖区 in 南昌) is not
#    that county's: the city whose committee leads it is its parent
def test_zone_in_two_spellings_is_led_by_its_city():
    t = ("东湖新技术开发区2025年工作报告\n——2025年1月8日在东湖高新区工作会议上\n\n"
         "2024年，在武汉市委、市政府的坚强领导下，东湖高新区地区生产总值增长8.1%。\n")
    d = planwatch.read_text(t, "z.txt")
    assert (d.meta.region, d.meta.parent, d.meta.province) == (None, "武汉市", "湖北省")


def test_county_named_in_full_keeps_its_zone():
    # look-alike: a county named in full in the text keeps its zone ("东湖区" itself)
    t = ("东湖高新技术产业园区2025年工作报告\n\n2024年，在东湖区委、区政府的坚强领导下，园区工业增加值增长8.1%。"
         "东湖园区新增企业12家。\n")
    d = planwatch.read_text(t, "z.txt")
    assert d.meta.region is None and d.meta.parent == "东湖区"


# 4. targets the city hands down to a district, then the district's own: the own figure is the target
PLAN = ("南京市鼓楼区政府工作报告\n——2024年1月9日在南京市鼓楼区第十八届人民代表大会第三次会议上\n\n一、2023年工作回顾\n"
        "全区地区生产总值增长5.1%。\n\n二、2024年主要预期目标\n")


@pytest.mark.parametrize("sent,key,want", [
    # the own figure past a ；, its change word after the setting word
    ("市下达我区的目标任务为：区级一般公共预算收入增长4%；我区确定为增长5.5%。", "general_budget_revenue", 5.5),
    ("市政府下达我区的主要指标是：固定资产投资增长7%；本区确定为增长9%。", "fixed_asset_investment", 9),
    # the own word in a clause of its own before the setting
    ("市下达我区地区生产总值增长目标为5%，我区主动加压，确定为增长6%。", "gdp", 6),
    # the city's list and the district's own list in two sentences
    ("市里下达的目标：区级一般公共预算收入增长3%，社会消费品零售总额增长5%。我区确定的目标：区级一般公共预算收入增长4%，"
     "社会消费品零售总额增长6%。", "retail_sales", 6),
])
def test_own_target_after_the_citys(sent, key, want):
    fs = facts(PLAN + sent + "\n")
    assert fs[(key, "target", "2024", "growth")].value == want


def test_no_own_figure_after_a_semicolon_without_a_handed_down_lead():
    # look-alike: two items of the district's own list, the second its own name: each keeps its figure
    fs = facts(PLAN + "地区生产总值增长6%；我区确定的一般公共预算收入目标为增长5%。\n")
    assert fs[("gdp", "target", "2024", "growth")].value == 6
