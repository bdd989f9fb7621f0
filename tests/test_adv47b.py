"""Decision 353 (adv47b): an adversarial review of decisions 348, 349 and 351. A round-up of several cities' targets, each
city opening its clause with its year ("武汉去年…，今年目标定为…"), is a page on several regions, each figure its city's; a
deputy's turn citing the report in a later sentence of the turn ("…。报告提出，今年要新建…") restates the report's pledges;
a card's year row under a total by 累计 may open on 其中 and say 实到 ("其中2022年实到268亿元"); a bare 投资 right after a
word comparing a pace with the whole's ("工业投资增速高于全市投资增速，力争增长15%") is the figure compared, no name of
its own."""
from __future__ import annotations

import pytest

from factkeys import key_values, pledge_items, read


# --- (a) a round-up of cities, each opening its clause with its year --------------------------------------------------

def _round_up(body: str) -> str:
    # a news page on several cities' growth targets, no region of its own
    return ("2025年城市经济目标扫描：多数城市定在5%以上\n新京报　2025-02-24 08:10　记者：李然\n\n"
            "记者梳理发现，多数城市把今年经济增长目标定在5%以上。\n\n" + body + "\n\n（编辑：赵晨）\n")


# cities named once each, each with its last year's growth and this year's target (before: the page took the first
# city as its region, or none, and its figures as the page's gdp)
@pytest.mark.parametrize("body", [
    "青岛去年地区生产总值增长5.7%，今年目标为5.5%以上；济南去年增长5.5%，今年的预期目标定为5.5%以上。"
    "无锡今年目标为5%以上，去年实际增长5.2%。",
    "从中部城市看，长沙去年地区生产总值增长4.8%，今年目标定为5.5%左右；南昌去年增长5.1%，今年的目标确定为5.5%；"
    "其中，太原去年增长3.2%，今年预期增长5%左右。",
    # (the first city's province named too: on the base the page took that city, 成都市, as its region)
    "成都去年地区生产总值增长5.8%，今年目标定为6%左右；西安去年增长5.2%，今年目标为5.5%左右；昆明今年目标为5%左右，"
    "去年实际增长4.7%。省份层面，四川去年增长6%，今年的预期目标为6%左右。",
])
def test_city_round_up_figures_not_the_pages(body):
    d = read(_round_up(body))
    assert d.meta.region is None and len(d.meta.several) >= 3
    fs = key_values(d)
    assert not any(k[0] == "gdp" for k in fs), fs


# look-alike: a city's own news page naming two peers' growth the same way keeps its own region and its own figures
def test_city_own_page_with_peers_kept():
    t = ("合肥今年GDP增长目标定为6%左右\n合肥日报　2024-01-18\n\n1月17日，合肥市第十七届人民代表大会第四次会议开幕，市长"
         "罗云峰作政府工作报告。合肥去年地区生产总值增长5.8%，今年目标定为6%左右。与周边城市相比，南京去年增长4.6%，杭州去年"
         "增长5.6%。\n")
    d = read(t)
    assert d.meta.region == "合肥市"
    fs = key_values(d)
    assert fs[("gdp", "actual", "2023", "growth")] == (5.8, "eq")
    assert fs[("gdp", "target", "2024", "growth")] == (6, "about")


# look-alike: a page naming cities once each with no year told after their names (a list of places) is no round-up
def test_cities_listed_without_their_year_no_round_up():
    t = ("长三角一体化示范区建设提速\n新华日报　2023-03-02\n\n嘉善县今年地区生产总值增长6.5%左右。上海青浦、苏州吴江、"
         "嘉兴嘉善三地协同推进重大项目46个。\n")
    d = read(t)
    assert not d.meta.several


# --- (b) a deputy's turn citing the report in a later sentence of the turn --------------------------------------------

def _interview(body: str) -> str:
    # a county news page interviewing a deputy, her turns headed by her name alone
    return ("【两会访谈】代表谈报告\n平湖市融媒体中心　2022-01-10\n\n1月9日，平湖市第十届人民代表大会第一次会议开幕，市长"
            "王晓东作政府工作报告。会后，记者采访了市人大代表、当湖街道某社区党委书记徐丽萍。\n\n记者：您怎么看今年的报告？\n"
            + body + "\n")


# the report's words opening a sentence after her own (after 。 or ！): the report's pledges (before: none)
@pytest.mark.parametrize("body, want", [
    ("徐丽萍：很实在！报告提出，今年新增普惠托位1500个，改造老旧小区32个。",
     {("新增", "普惠托位", 1500, "个"), ("改造", "老旧小区", 32, "个")}),
    ("徐丽萍：民生投入很大。报告明确今年新建社区养老服务中心12个。我们社区也打算今年新建老年食堂1个。",
     {("新建", "社区养老服务中心", 12, "个")}),
])
def test_deputy_turn_report_in_later_sentence(body, want):
    assert pledge_items(read(_interview(body))) == want


# look-alikes: her own plans, after the report's words or alone, stay hers (no pledge)
@pytest.mark.parametrize("body", [
    "徐丽萍：很实在。我们社区今年计划新建口袋公园2个。",
    "徐丽萍：很提气。报告提出要加快城市更新，我们社区今年将改造老旧楼道40个。",
])
def test_deputy_own_plans_kept_out(body):
    assert pledge_items(read(_interview(body))) == set()


# --- (c) a card's year row under a total by 累计, led by 其中 or saying 实到 ------------------------------------------------

def _card(rows: str) -> str:
    # a district's 一图读懂 page, a 过去五年 card
    return ("一图读懂｜2023年江北区政府工作报告\n来源：江北发布　2023-01-12\n\n1月11日，江北区第十八届人民代表大会第三次会议开幕，"
            "区长张立代表区人民政府作政府工作报告。\n\n【过去五年】\n" + rows + "\n")


# the last year's row (before: lost, or joined to the total's line)
@pytest.mark.parametrize("rows, key, value", [
    ("五年累计完成固定资产投资2860亿元\n其中2022年完成610亿元", "fixed_asset_investment", 610),
    ("五年累计实到内资980亿元\n2022年实到215亿元", "domestic_investment_inflow", 215),
    ("五年累计实际使用外资12亿美元\n其中，2022年为2.8亿美元", "fdi", 2.8),
])
def test_year_row_led_or_arrived(rows, key, value):
    fs = key_values(read(_card(rows)))
    assert fs[(key, "actual", "2022", "level")] == (value, "eq")
    assert (key, "actual", "2018-2022", "level") in fs


# look-alike: a part under the total, led by 其中 with no year, is no year's figure of the total
def test_part_row_under_total_no_year_figure():
    fs = key_values(read(_card("五年累计完成固定资产投资2860亿元\n其中制造业投资920亿元")))
    assert ("fixed_asset_investment", "actual", "2022", "level") not in fs
    assert fs[("fixed_asset_investment", "actual", "2018-2022", "level")] == (2860, "eq")


# look-alike: a 其中 row naming a name of its own keeps it, for its year (before: the span's)
def test_led_row_with_own_name():
    fs = key_values(read(_card("五年累计完成固定资产投资2860亿元\n其中2022年一般公共预算收入为81.5亿元")))
    assert fs[("general_budget_revenue", "actual", "2022", "level")] == (81.5, "eq")
    assert ("fixed_asset_investment", "actual", "2022", "level") not in fs


# --- (d) a bare 投资 compared with, its pace after it ----------------------------------------------------------------------

def _plan(body: str) -> str:
    # a city report's plan part
    return ("政府工作报告\n——2019年1月15日在六安市第五届人民代表大会第四次会议上\n市长  陈志远\n\n各位代表：\n"
            "二、2019年工作安排\n" + body + "\n")


# the aim's figure is the first name's, the whole's investment only compared with (before: the whole's fixed-asset
# investment took the figure, the first name a qualitative target)
@pytest.mark.parametrize("body", [
    "（一）扩大有效投资。工业投资增速高于全市投资增速，力争增长15%。",
    "（一）扩大有效投资。工业投资增长快于全市投资增长，力争增长15%。",
])
def test_compared_whole_investment(body):
    d = read(_plan(body))
    fs = key_values(d)
    assert fs[("industrial_investment", "target", "2019", "growth")] == (15, "eq")
    assert ("fixed_asset_investment", "target", "2019", "growth") not in fs
    assert pledge_items(d) == {("增长", "工业投资", 15, "%")}


# look-alike: the whole's investment opening its own clause with its figure stays the fixed-asset investment
def test_whole_investment_own_clause_kept():
    fs = key_values(read(_plan("（一）扩大有效投资。全市投资增长10%，工业投资增长12%。")))
    assert fs[("fixed_asset_investment", "target", "2019", "growth")] == (10, "eq")
    assert fs[("industrial_investment", "target", "2019", "growth")] == (12, "eq")
