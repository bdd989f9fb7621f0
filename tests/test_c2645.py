"""Whole prefecture-city work reports of January 2026 (c2645, decision 325): a PDF text layer whose byline is anonymous
("在市第十届人民代表大会…", "市人民政府市长") and whose region is named only in the running head over its pages (a
gazette's, "襄阳市人民政府公报　2026年第3期", or the report's, "2026年襄阳市政府工作报告"), which normalize drops as page
furniture, had no region. Each with look-alikes that must not change."""
import pytest

from factkeys import read

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

