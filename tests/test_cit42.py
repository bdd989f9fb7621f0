"""Whole prefecture reports of 2022–2025, blind (cit42, decision 265): a border port opening a sentence with its trade
(“河口口岸进出口总额增长12%，实际利用外资5000万美元，…”) taken as the subject of the region's investment after it (the
prefecture's FDI and 省外资金 lost to other:…口岸…); a tally of a plan's indicators met (“28项主要指标中，24项达到或超过序时
进度”) pledged as 24 项 of “达到或”. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, body: str, year: int = 2025, head: str = "州长") -> str:
    return (f"政府工作报告\n——{year}年1月14日在{place}第十四届人民代表大会第五次会议上\n{place}人民政府{head}　李明\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n全州地区生产总值增长5%。\n二、{year}年工作安排\n"
            f"全州经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n实现上述目标，重点抓好以下工作：\n{body}\n")


# 1. a border port's subject reaches its trade, not the region's investment or money after it
@pytest.mark.parametrize("port", ["河口口岸", "瑞丽口岸", "磨憨口岸", "二连浩特口岸", "东兴口岸"])
@pytest.mark.parametrize("place,year", [("红河州", 2025), ("德宏州", 2024), ("西双版纳州", 2023)])
def test_region_investment_after_a_ports_trade(port, place, year):
    body = f"提升口岸能级。{port}进出口总额增长12%，实际利用外资5000万美元，实际利用省外产业到位资金增长8%。"
    fs = keys_of(read(_report(place, body, year)))
    y = str(year)
    assert val(fs, ("fdi", "target", y, "level")) == (5000, "eq")
    assert val(fs, ("domestic_investment_inflow", "target", y, "growth")) == (8, "eq")
    assert ("foreign_trade", "target", y, "growth") not in fs  # (the port's trade stays the port's)


@pytest.mark.parametrize("after,key,value", [
    ("一般公共预算收入增长5%", ("general_budget_revenue", "target", "2025", "growth"), (5, "eq")),
    ("实际使用外资1.2亿美元", ("fdi", "target", "2025", "level"), (1.2, "eq")),
])
def test_region_money_after_a_ports_freight(after, key, value):
    body = f"满洲里口岸过货量达到1500万吨，{after}。"
    fs = keys_of(read(_report("呼伦贝尔市", body, head="市长")))
    assert val(fs, key) == value


@pytest.mark.parametrize("body,name", [
    ("二连浩特口岸过货量达到1500万吨，进出口总额增长9%。", "foreign_trade"),
    ("满洲里口岸货运量增长10%，出口增长6%。", "exports"),
    ("高新区规上工业增加值增长11%，固定资产投资增长15%。", "fixed_asset_investment"),
])
def test_a_ports_trade_and_a_parks_figures_stay_theirs(body, name):
    # (look-alikes: the trade after a port's freight is the port's; a park's investment after its output the park's)
    fs = keys_of(read(_report("锡林郭勒盟", body, head="盟长")))
    assert not [k for k in fs if k[0] == name]
    d = read(_report("锡林郭勒盟", body, head="盟长"))
    assert [f for f in d.facts if f.indicator.startswith("other:") and f.indicator.endswith(("进出口总额", "出口总额", "固定资产投资"))]


# 2. a tally of a set's members reached, after the set named with 中, is no pledge
@pytest.mark.parametrize("tally", ["“十四五”规划纲要确定的28项主要指标中，24项达到或超过序时进度",
                                   "规划确定的32项主要指标中，有28项达到序时进度要求",
                                   "“十四五”规划25项约束性指标中，22项已提前完成",
                                   "省下达的12项民生实事中，10项超额完成",
                                   "全年确定的50个重点项目中，42个已经开工"])
@pytest.mark.parametrize("place,year", [("岳阳市", 2024), ("九江市", 2023), ("天水市", 2025)])
def test_a_tally_of_a_set_is_no_pledge(tally, place, year):
    d = read(_report(place, tally + "。新建5G基站2000个。", year, head="市长"))
    assert pledged(d) == {("5G基站", 2000, "个")}


@pytest.mark.parametrize("body,want", [
    ("今年将实施重点项目50个，其中30个年内开工。", {("重点项目", 50, "个"), ("重点项目", 30, "个")}),
    ("新建学校5所，新增学位3000个。", {("学校", 5, "所"), ("学位", 3000, "个")}),
])
def test_counts_that_are_work_stay_pledges(body, want):
    # (look-alikes: a part of the year's projects to start after 其中, counts with their own objects)
    assert pledged(read(_report("岳阳市", body, 2024, head="市长"))) == want
