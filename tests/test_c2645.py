"""Whole prefecture-city work reports of January 2026 (c2645, decision 325): a PDF text layer whose byline is anonymous
("在市第十届人民代表大会…", "市人民政府市长") and whose region is named only in the running head over its pages (a
gazette's, "襄阳市人民政府公报　2026年第3期", or the report's, "2026年襄阳市政府工作报告"), which normalize drops as page
furniture, had no region; a name's growth then its amount aimed at after a 、 ("地区生产总值增长6%左右、力争突破5700亿元")
lost the amount, 力争 read as another noun with its own figure. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val

_BYLINE = ("政 府 工 作 报 告\n——2026年1月15日在市第十届人民代表大会第五次会议上\n市人民政府市长　陈立平\n各位代表：\n"
           "现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n全市地区生产总值增长5.9%，"
           "一般公共预算收入增长4.2%。\n")
_PLAN = "三、2026年工作安排\n今年主要预期目标是：全市地区生产总值增长6%左右，城镇新增就业6万人以上。\n"


@pytest.mark.parametrize("head", [
    "襄阳市人民政府公报　2026年第3期",  # a gazette's running head with its issue, once beside a page mark
    "襄阳市人民政府公报",  # the gazette's name alone
    "2026年襄阳市政府工作报告",  # the report's own running head
])
def test_a_running_head_names_the_region_an_anonymous_byline_does_not(head):
    d = read(_BYLINE + "— 2 —\n" + head + "\n" + _PLAN + "— 3 —\n" + head + "\n各位代表，让我们团结奋斗！\n")
    assert (d.meta.region, d.meta.level, d.meta.parent) == ("襄阳市", "prefecture", "湖北省")


def test_a_gazette_head_once_between_two_pages_names_the_region():
    # the head seen once (an excerpt of two pages), its issue's year beside it
    d = read(_BYLINE + "— 2 —\n襄阳市人民政府公报　2026年第3期\n" + _PLAN)
    assert d.meta.region == "襄阳市"


def test_a_countys_report_in_its_citys_gazette_stays_the_countys():
    # look-alike: an anonymous county byline and 全县: the county the text names, not the city whose gazette prints it
    text = ("政 府 工 作 报 告\n——2026年1月10日在县第十八届人民代表大会第六次会议上\n县人民政府县长　王明\n各位代表：\n"
            "一、2025年工作回顾\n全县地区生产总值增长6.1%，保康县磷化工产业产值突破200亿元。全县一般公共预算收入增长3%。\n"
            "— 1 —\n襄阳市人民政府公报　2026年第3期\n三、2026年工作安排\n今年全县地区生产总值增长6%左右。\n")
    assert read(text).meta.region == "保康县"


def test_a_named_byline_outweighs_another_governments_running_head():
    # look-alike: the byline names the county; the city's gazette over its pages changes nothing
    text = _BYLINE.replace("在市第十届", "在南漳县第十八届").replace("市人民政府市长", "县人民政府县长") \
        + "— 2 —\n襄阳市人民政府公报　2026年第3期\n" + _PLAN.replace("全市", "全县")
    assert read(text).meta.region == "南漳县"


@pytest.mark.parametrize("head", [
    "2026年政府工作报告",  # look-alike: a running head naming no government
    "人民政府工作报告",  # look-alike: no name before the paper's word
])
def test_a_running_head_without_a_name_gives_no_region(head):
    d = read(_BYLINE + "— 2 —\n" + head + "\n" + _PLAN)
    assert d.meta.region is None



# ---- 2. a name's growth, then after a 、 its amount aimed at: the same name's level ----

_TARGETS = ("政府工作报告\n——2026年1月15日在襄阳市第十届人民代表大会第五次会议上\n襄阳市人民政府市长　陈立平\n各位代表：\n"
            "三、2026年工作安排\n今年主要预期目标是：")


@pytest.mark.parametrize("item,key,value", [
    ("地区生产总值增长6%左右、力争突破6300亿元", ("gdp", "target", "2026", "level"), (6300, "at_least")),  # 力争突破
    ("实际使用外资增长5%、确保达到4亿美元", ("fdi", "target", "2026", "level"), (4, "eq")),  # 确保达到
    ("一般公共预算收入增长3%、争取达到300亿元", ("general_budget_revenue", "target", "2026", "level"), (300, "eq")),  # 争取
])
def test_an_amount_aimed_at_after_the_growth_and_a_pause_is_the_names_level(item, key, value):
    d = read(_TARGETS + item + "；城镇新增就业6万人以上。\n")
    assert val(keys_of(d), key) == value
    assert ("urban_new_jobs", "target", "2026", "level") in keys_of(d)


def test_in_the_tasks_the_amount_aimed_at_is_a_target_too():
    d = read(_TARGETS + "地区生产总值增长6%左右。\n重点抓好以下工作：\n（五）扩大开放。外贸进出口总额增长8%以上、"
             "力争突破900亿元，新开通国际货运航线2条。\n")
    assert val(keys_of(d), ("foreign_trade", "target", "2026", "level")) == (900, "at_least")


@pytest.mark.parametrize("item,key,value", [
    # look-alike: a second amount of the same name aimed at after the first: the first stated stays
    ("粮食产量稳定在120万吨以上、力争达到125万吨", ("grain_output", "target", "2026", "level"), (120, "at_least")),
    ("城镇新增就业6万人以上、确保达到6.5万人", ("urban_new_jobs", "target", "2026", "level"), (6, "at_least")),
    # look-alike: a second growth aimed at after the first: the first stated stays
    ("地区生产总值增长6%左右、力争增长7%", ("gdp", "target", "2026", "growth"), (6, "about")),
])
def test_a_second_figure_of_the_same_measure_aimed_at_leaves_the_first(item, key, value):
    d = read(_TARGETS + item + "；一般公共预算收入增长3%。\n")
    assert val(keys_of(d), key) == value


def test_another_noun_after_the_aim_keeps_its_own_figure():
    # look-alike: 力争 then another noun: the count is the enterprises', no level of the output's value added
    d = read(_TARGETS + "规模以上工业增加值增长8%、力争规上工业企业达到1800家；一般公共预算收入增长3%。\n")
    assert ("industrial_va", "target", "2026", "level") not in keys_of(d)
