"""Session 17 multi17: pages and reports that hold several regions' figures. Another page quoted under a news copy
(相关阅读, 链接) is its own region's; a place named right before an indicator's figure in the plan part is that
place's figure, no pledge of the report's region."""
from __future__ import annotations

import pytest

from factkeys import keys_of, pledged, read, val  # tests/factkeys.py

_COPY = ("成都政府工作报告发布：2026年经济增长预期目标5.5%左右\n来源：成都日报  2026-01-20\n\n"
         "1月19日，成都市第十八届人民代表大会第六次会议开幕，市长作政府工作报告。\n\n"
         "报告回顾，2025年成都实现地区生产总值2.55万亿元，增长5.8%；一般公共预算收入1826.5亿元，增长4.6%。\n\n"
         "报告提出，今年成都经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长5%。\n\n"
         "围绕目标，今年成都将实施市级重点项目1000个以上，新开工城市更新项目80个。\n\n")


@pytest.mark.parametrize("tail", [
    # the related heading and its title dropped as a list of links, the other page's copy after them
    "相关阅读\n重庆：今年经济增长预期目标5.5%左右\n1月18日，重庆市第六届人民代表大会第五次会议开幕。报告提出，2026年重庆"
    "地区生产总值增长5.5%左右，城镇新增就业75万人以上，一般公共预算收入增长3%。重庆将新建改造城市道路300公里。\n",
    # a 链接 box whose copy names its region in its first words
    "链接\n重庆市政府工作报告：2026年全市城镇新增就业75万人以上，一般公共预算收入增长3%，新建改造城市道路300公里。\n",
    # a bracketed heading, the title after its colon
    "【相关阅读】：重庆市政府工作报告提出今年城镇新增就业75万人以上\n报告提出，一般公共预算收入增长3%，新建改造城市道路300公里。\n",
])
def test_another_page_quoted_under_the_copy_is_its_region_s(tail):
    d = read(_COPY + tail)
    assert d.meta.region == "成都市"
    fs = keys_of(d)
    # the page's own figures stay
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "level")) == (1826.5, "eq")
    # the other page's are its region's: kept, never the report's (no 成都 jobs or revenue target here)
    assert ("urban_new_jobs", "target", "2026", "level") not in fs
    assert ("general_budget_revenue", "target", "2026", "growth") not in fs
    assert not any(f.value == 75 and not f.indicator.startswith("other:") for f in d.facts)
    assert not any(p.value == 300 for p in d.pledges)
    assert any(p.value == 1000 for p in d.pledges)


@pytest.mark.parametrize("tail", [
    # a related page on the region itself: its figures are the region's
    "相关阅读\n成都：今年城镇新增就业目标25万人\n报告提出，今年全市城镇新增就业25万人以上，新建公园绿道500公里。\n",
    # a heading over titles that name no region, the copy going on after them
    "【相关阅读】\n两会特别报道\n\n记者了解到，今年全市城镇新增就业25万人以上，新建公园绿道500公里。\n",
    # a 链接 line that is an address
    "链接：http://www.chengdu.gov.cn/2026/0120.html\n今年全市城镇新增就业25万人以上，新建公园绿道500公里。\n",
])
def test_look_alikes_of_another_page_keep_the_region_s_figures(tail):
    d = read(_COPY + tail)
    fs = keys_of(d)
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (25, "at_least")
    assert any(p.value == 500 for p in d.pledges)


def test_another_page_in_a_county_s_news_names_its_county():
    text = ("长兴县政府工作报告解读：今年GDP目标增长6.5%\n湖州在线  2022年1月12日\n\n"
            "1月11日，长兴县第十七届人民代表大会第一次会议开幕，县长作政府工作报告。\n\n"
            "2021年，长兴全县实现地区生产总值846.3亿元，增长10.5%；一般公共预算收入80.6亿元，增长16.8%。\n\n"
            "报告提出，2022年全县地区生产总值增长6.5%以上，固定资产投资增长10%。长兴将新增规上工业企业100家。\n\n"
            "链接\n安吉县政府工作报告：2021年安吉县实现地区生产总值566.2亿元，增长9.6%；一般公共预算收入58.1亿元。"
            "2022年，安吉县地区生产总值增长7%以上，城镇新增就业1.2万人。安吉将新增规上工业企业80家。\n")
    d = read(text)
    fs = keys_of(d)
    assert d.meta.region == "长兴县"
    assert val(fs, ("general_budget_revenue", "actual", "2021", "level")) == (80.6, "eq")
    assert not any(f.value == 58.1 and not f.indicator.startswith("other:") for f in d.facts)
    assert any(f.indicator.startswith("other:") and "安吉县" in f.indicator and f.value == 566.2 for f in d.facts)  # (kept, as 安吉县's)
    assert ("urban_new_jobs", "target", "2022", "level") not in fs
    assert {(p.value, p.unit) for p in d.pledges} == {(100, "家")}


_PROVINCE = ("政府工作报告\n——2024年1月25日在河南省第十四届人民代表大会第二次会议上\n\n二、2024年目标任务\n"
             "今年全省经济社会发展的主要预期目标是：生产总值增长5.5%以上，城镇新增就业110万人以上。\n")


@pytest.mark.parametrize("sent", [
    "支持郑州国家中心城市建设，力争郑州生产总值增长6%以上；支持洛阳副中心城市建设，力争洛阳生产总值增长6%左右。",
    "确保郑州市地区生产总值增长6%以上，洛阳地区生产总值增长6%左右。",
    "今年南阳市固定资产投资增长10%以上，开封城镇新增就业6万人。",
])
def test_a_place_s_indicator_figure_in_the_plan_part_pledges_nothing(sent):
    d = read(_PROVINCE + sent + "\n（一）着力扩大有效需求。新建和提升高标准农田750万亩。\n")
    assert not any(p.unit == "%" or p.value in (6, 10) for p in d.pledges), pledged(d)
    assert ("高标准农田", 750, "万亩") in pledged(d) or any(p.value == 750 for p in d.pledges)
    # the province's own targets stay its own
    assert val(keys_of(d), ("gdp", "target", "2024", "growth")) == (5.5, "at_least")


@pytest.mark.parametrize("sent,value", [
    # a place before work that names no indicator: the province's pledge, as before
    ("支持郑州国家中心城市建设，新建和提升高标准农田750万亩。", 750),
    # the province's own indicator word before the figure
    ("全省新增城镇公办幼儿园学位5万个，力争全省新增高新技术企业1000家。", 5),
])
def test_look_alikes_of_a_place_s_figure_still_pledge(sent, value):
    d = read(_PROVINCE + "（一）重点工作。" + sent + "\n")
    assert any(p.value == value for p in d.pledges), pledged(d)


_HEADS = {"county": "政府工作报告\n——2024年1月10日在城固县第十九届人民代表大会第四次会议上\n\n一、2023年工作回顾\n",
          "city": "政府工作报告\n——2024年1月10日在洛阳市第十五届人民代表大会第四次会议上\n\n一、2023年工作回顾\n",
          "province": "政府工作报告\n——2024年1月25日在河南省第十四届人民代表大会第二次会议上\n\n一、2023年工作回顾\n"}


@pytest.mark.parametrize("level,sent,key,want", [
    ("county", "我县与相邻的洋县、勉县地区生产总值分别增长6.1%、5.9%和6.3%。", ("gdp", "actual", "2023", "growth"), (6.1, "eq")),
    ("county", "我县与洋县地区生产总值分别达到312.5亿元和180.2亿元。", ("gdp", "actual", "2023", "level"), (312.5, "eq")),
    ("city", "郑州、开封、洛阳、平顶山四市地区生产总值分别增长7.4%、4.9%、4.5%和3.8%。", ("gdp", "actual", "2023", "growth"), (4.5, "eq")),
    ("city", "全省和我市地区生产总值分别增长4.1%和4.5%。", ("gdp", "actual", "2023", "growth"), (4.5, "eq")),
    ("county", "全市、全县规模以上工业增加值分别增长7%和9.1%。", ("industrial_va", "actual", "2023", "growth"), (9.1, "eq")),
])
def test_the_region_among_places_listed_before_each_takes_its_own_value(level, sent, key, want):
    assert val(keys_of(read(_HEADS[level] + sent + "\n")), key) == want


@pytest.mark.parametrize("level,sent,key", [
    # the region not in the list: none of the values is its
    ("city", "郑州、开封、平顶山三市地区生产总值分别增长7.4%、4.9%和3.8%。", ("gdp", "actual", "2023", "growth")),
    ("province", "郑州、洛阳地区生产总值分别增长7.4%和4.5%。", ("gdp", "actual", "2023", "growth")),
])
def test_places_listed_without_the_region_give_it_nothing(level, sent, key):
    assert key not in keys_of(read(_HEADS[level] + sent + "\n"))


@pytest.mark.parametrize("sent,want", [
    # a list of names, not of places: one value each name, as before
    ("全市地区生产总值、一般公共预算收入分别增长4.5%和6.3%。", {("gdp", 4.5), ("general_budget_revenue", 6.3)}),
    # the region's word before a list of sectors: no place list
    ("我市农业、工业增加值分别增长4%和9%。", {("industrial_va", 9)}),
])
def test_lists_of_names_look_alikes_keep_their_values(sent, want):
    fs = keys_of(read(_HEADS["city"] + sent + "\n"))
    assert {(k[0], f.value) for k, f in fs.items() if k[3] == "growth"} == want


_COUNTY_AIMS = "政府工作报告\n——2024年1月10日在城固县第十九届人民代表大会第四次会议上\n\n二、2024年主要目标\n"


@pytest.mark.parametrize("sent,want", [
    ("汉中市提出今年全市地区生产总值增长6%左右，我县提出增长6.5%左右。", (6.5, "about")),
    ("全市地区生产总值预期增长6%左右，我县预期增长7%左右。", (7, "about")),
    ("全省生产总值增长5.5%左右，全市增长6%，我县计划增长6.8%。", (6.8, "eq")),
])
def test_the_region_s_own_target_said_after_the_one_above(sent, want):
    assert val(keys_of(read(_COUNTY_AIMS + sent + "\n")), ("gdp", "target", "2024", "growth")) == want


@pytest.mark.parametrize("sent", [
    # the level above's alone, or the region's clause naming no figure of it
    "汉中市提出今年全市地区生产总值增长6%左右。",
    "汉中市提出今年全市地区生产总值增长6%左右，我县提出实施重点项目100个。",
])
def test_the_one_above_s_target_alone_is_not_the_region_s(sent):
    assert ("gdp", "target", "2024", "growth") not in keys_of(read(_COUNTY_AIMS + sent + "\n"))
