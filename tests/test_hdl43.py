"""The headline targets of every province in 2017–2023, blind (hdl43, decision 294): the year's tasks set as a paragraph
of their own under the target list's sub-head (“（二）2021年主要预期目标” over the list, then “今年新增高标准农田380万亩，
改造城镇老旧小区2000个。”) lost their pledges; a capacity cut written with 退减, 压退 or 缩减 (“退减煤矿产能1400万吨以上”)
was no pledge. Each with look-alikes that must not change, and the headline target beside them kept."""
import pytest

from factkeys import keys_of, pledge_items, read


def _report(province: str, year: int, head: str, after: str) -> str:
    return (f"{year}年{province}政府工作报告\n{year}年1月20日在{province}人民代表大会上\n（一）{year - 1}年工作回顾\n"
            f"过去一年，全省生产总值增长6.2%，城镇新增就业50万人。\n（二）{head}\n"
            f"今年全省经济社会发展主要预期目标是：生产总值增长6.5%左右；一般公共预算收入增长5%；城镇新增就业45万人以上；"
            f"居民消费价格涨幅3%左右。\n{after}\n（三）重点工作\n着力扩大有效投资。\n")


PROVINCES = [("安徽省", 2021), ("河南省", 2018), ("云南省", 2020), ("甘肃省", 2023)]
HEADS = ["{year}年主要预期目标", "{year}年经济社会发展主要预期目标"]


# 1. the year's tasks under the target list's sub-head, no title of their own
@pytest.mark.parametrize("province,year", PROVINCES)
@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("after,want", [
    ("今年新增高标准农田380万亩，改造城镇老旧小区2000个。",
     {("新增", "高标准农田", 380, "万亩"), ("改造", "城镇老旧小区", 2000, "个")}),
    ("全年要新建5G基站1万个，实施农村危房改造1.5万户。",
     {("新建", "5G基站", 1, "万个"), ("实施", "农村危房改造", 1.5, "万户")}),
    ("全年计划完成易地扶贫搬迁15万人，新改建农村公路1万公里。",
     {("完成", "易地扶贫搬迁", 15, "万人"), ("新改建", "农村公路", 1, "万公里")}),
    ("今年全省新建改造农村公路5000公里。", {("新建改造", "农村公路", 5000, "公里")}),
])
def test_the_years_tasks_under_the_target_lists_sub_head_are_pledged(province, year, head, after, want):
    d = read(_report(province, year, head.format(year=year), after))
    assert pledge_items(d) == want
    fs = keys_of(d)
    f = fs[("gdp", "target", str(year), "growth")]
    assert (f.value, f.qualifier) == (6.5, "about")
    assert fs[("urban_new_jobs", "target", str(year), "level")].value == 45


# look-alikes: an indicator's target opening the paragraph, a level held, no year's word, the list's reasons
@pytest.mark.parametrize("province,year", PROVINCES)
@pytest.mark.parametrize("after", [
    "今年新增城镇就业5万人，新建高标准农田380万亩。",
    "全年粮食产量稳定在1200万吨以上。",
    "新建高标准农田380万亩，改造城镇老旧小区2000个。",
    "上述目标，综合考虑了发展的需要和可能，需要付出艰苦努力。",
])
def test_other_paragraphs_under_the_sub_head_stay_unpledged(province, year, after):
    d = read(_report(province, year, f"{year}年主要预期目标", after))
    assert pledge_items(d) == set()
    assert keys_of(d)[("gdp", "target", str(year), "growth")].value == 6.5


# 2. a capacity cut by an amount written with 退减, 压退 or 缩减
@pytest.mark.parametrize("province,year", [("河北省", 2019), ("山西省", 2017), ("内蒙古自治区", 2018)])
@pytest.mark.parametrize("cut,want", [
    ("退减煤矿产能1400万吨以上", ("退减", "煤矿产能", 1400, "万吨")),
    ("压退钢铁产能500万吨", ("压退", "钢铁产能", 500, "万吨")),
    ("缩减过剩产能200万吨", ("缩减", "过剩产能", 200, "万吨")),
])
def test_a_capacity_cut_is_pledged(province, year, cut, want):
    text = (f"{year}年{province}政府工作报告\n今年主要预期目标是：地区生产总值增长6.5%左右。\n"
            f"在具体工作中，要压减炼钢产能1000万吨，{cut}，新建农村公路8000公里。\n")
    d = read(text)
    assert want in pledge_items(d)
    assert ("压减", "炼钢产能", 1000, "万吨") in pledge_items(d)
    assert ("新建", "农村公路", 8000, "公里") in pledge_items(d)


# a PDF's line cut inside the object after the verb
def test_a_capacity_cut_wrapped_in_a_pdf_line():
    text = ("2019年河北省政府工作报告\n今年主要预期目标是：生产总值增长6.5%左右。\n"
            "在具体工作中，要压减炼钢产能1400万吨，退减煤矿\n产能1400万吨以上，新建农村公路8000公里。\n")
    d = read(text)
    p = next(p for p in d.pledges if p.action == "退减")
    assert (p.object, p.value, p.unit, p.qualifier) == ("煤矿产能", 1400, "万吨", "at_least")
