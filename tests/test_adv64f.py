"""adv64f (decision 558): an adversarial review of decisions 547, 550 and 554, blind.

Hand-written sentences of the classes the round found: a grant to each of the places counted before 每 and a place's unit
that standard_per does not list (每县, 每镇, 每乡镇, 每社区); a level above's target, then another level's, then the
region's own in one sentence (three or four levels in turn). Look-alikes that must not change pass on the base too."""
import pytest

import planwatch

_COUNTY = ("临泽县2019年政府工作报告\n——2019年1月10日在临泽县第十八届人民代表大会第四次会议上\n县长　张三\n\n"
           "三、2019年重点工作\n{t}\n")
_PROVINCE = ("陕西省2019年政府工作报告\n——2019年1月27日在陕西省第十三届人民代表大会第二次会议上\n省长　刘国中\n\n"
             "三、2019年重点工作\n{t}\n")


def _doc(page: str, t: str):
    text = page.format(t=t)
    doc = planwatch.read_text(text, "t.txt")
    for x in [*doc.facts, *doc.pledges]:
        assert text[x.start:x.end] == x.quote
    return doc, text.index(t)


def _pledges(t: str, page: str = _COUNTY):
    doc, i = _doc(page, t)
    return {(p.action, p.object, p.value, p.unit, p.period) for p in doc.pledges if p.start >= i}


def _targets(t: str, page: str = _COUNTY):
    doc, i = _doc(page, t)
    return {(f.indicator, f.role, f.period, f.value, f.qualifier) for f in doc.facts if f.start >= i}


# 1. a grant to each of the places counted before 每 and a place's unit written right after it (failed on the base: no
# pledge, or the grant's name split, "建设 资金")
@pytest.mark.parametrize("t, want", [
    ("为56个贫困县每县补助资金2000万元。", {("补助", "资金", 2000, "万元", "2019")}),
    ("对30个重点镇每镇奖补资金100万元。", {("奖补", "资金", 100, "万元", "2019")}),
    ("为12个乡镇每乡镇补助建设资金50万元。", {("补助", "建设资金", 50, "万元", "2019")}),
    ("为10个城市社区每社区补助运行经费5万元。", {("补助", "运行经费", 5, "万元", "2019")}),
    ("为56个贫困县每县补助资金2000万元，改造农村公路6000公里。",
     {("补助", "资金", 2000, "万元", "2019"), ("改造", "农村公路", 6000, "公里", "2019")}),
])
def test_grant_to_each_place_unit(t, want):
    assert _pledges(t) == want


# look-alikes (pass on both): decision 547's forms, a norm with no places counted, a count after the grant of its own
@pytest.mark.parametrize("t, want", [
    ("为40个美丽乡村示范村每个村补助建设资金20万元。", {("补助", "建设资金", 20, "万元", "2019")}),
    ("对20个重点帮扶村每村补助产业发展资金50万元。", {("补助", "产业发展资金", 50, "万元", "2019")}),
    ("每县补助10万元。", set()),
    ("每县培育1个省级现代农业产业园。", set()),
    ("为30个示范村每村补助建设资金20万元，共新建文化广场30个。",
     {("补助", "建设资金", 20, "万元", "2019"), ("新建", "文化广场", 30, "个", "2019")}),
])
def test_grant_look_alikes(t, want):
    assert _pledges(t) == want


# 2. levels above in turn, then the region's own (failed on the base: no target at all)
@pytest.mark.parametrize("t, want", [
    ("地区生产总值增长目标，全省确定为7%以上，全市确定为7.5%，全县确定为8%左右。", 8),
    ("地区生产总值：全省确定为6.5%，全市确定为7%，全县确定为7.5%左右。", 7.5),
    ("地区生产总值：全国预期增长5%左右，全省预期增长5.5%左右，全市预期增长6%左右，全县预期增长6.5%左右。", 6.5),
])
def test_three_levels_then_own(t, want):
    got = _targets(t)
    assert {(i, r, p, v) for i, r, p, v, _ in got} == {("gdp", "target", "2019", want)}


# look-alikes (pass on both): two levels, the own figure first, the levels above only, the own aim (力争, read by
# _OWN_WHOLE_GROWS at any place), a province's report
@pytest.mark.parametrize("t, page, want", [
    ("地区生产总值：全省确定为7%，全市确定为7.5%，全县力争增长8%。", _COUNTY, {("gdp", "target", "2019", 8, "eq")}),
    ("地区生产总值增长目标，全市确定为7.5%，全县确定为8%左右。", _COUNTY, {("gdp", "target", "2019", 8, "about")}),
    ("地区生产总值：全县确定为8%左右，全市确定为7.5%，全省确定为7%。", _COUNTY, {("gdp", "target", "2019", 8, "about")}),
    ("地区生产总值增长目标，全省确定为7%，全市确定为7.5%。", _COUNTY, set()),
    ("一般公共预算收入增长6%，全省确定为7%，全市确定为8%。", _COUNTY,
     {("general_budget_revenue", "target", "2019", 6, "eq")}),
    ("今年全省地区生产总值预期增长6.5%—7%，全国预期增长6%—6.5%，西安市预期增长8%以上。", _PROVINCE,
     {("gdp", "target", "2019", 6.5, "range")}),
])
def test_levels_look_alikes(t, page, want):
    assert _targets(t, page) == want


def test_set_adv64f():
    """The round's own texts read whole (the county's three levels, the province's 每县 grant)."""
    from pathlib import Path
    d = Path(__file__).resolve().parents[1] / "benchmarks/blind/adv64f/texts"
    doc = planwatch.read_text((d / "adv64f_01_淇县.txt").read_text(), "adv64f_01_淇县.txt")
    assert {(f.indicator, f.period, f.value) for f in doc.facts if f.role == "target"} == {
        ("gdp", "2021", 8), ("general_budget_revenue", "2021", 6)}
    doc = planwatch.read_text((d / "adv64f_03_陕西省.txt").read_text(), "adv64f_03_陕西省.txt")
    assert ("资金", 2000, "万元") in {(p.object, p.value, p.unit) for p in doc.pledges}
