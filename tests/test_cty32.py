"""cty32: county openings and restatements from the populous provinces, blind (decision 107)."""
import pytest

from factkeys import facts, val

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
