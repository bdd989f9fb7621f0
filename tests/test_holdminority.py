"""Reports of autonomous regions, their prefectures, leagues and banners, the 兵团's 师市 and the autonomous
prefectures of other provinces: how they are named in titles and bylines, and the figures their reports use."""
from __future__ import annotations

import pytest

import planwatch

_BODY = ("\n2024年1月8日\n各位代表：\n一、2023年工作回顾\n{lw}地区生产总值增长6.5%。\n二、2024年工作安排\n"
         "今年{lw}地区生产总值增长6%左右。\n")


def meta(head: str, lw: str = "全州"):
    return planwatch.read_text(head + _BODY.format(lw=lw), "t.txt").meta


# a short name or a one-character abbreviation right before 政府/人民政府 in a title, with no year between
@pytest.mark.parametrize("name, code", [
    ("锡盟", "152500"), ("阿盟", "152900"), ("博州", "652700"), ("克州", "653000"), ("巴州", "652800"),
    ("呼市", "150100"), ("乌市", "650100"), ("包头", "150200"), ("汝州", "410482"), ("伊犁州", "654000"),
    ("黔东南州", "522600"), ("莫旗", "150722"), ("内蒙古", "150000"), ("宁夏", "640000"),
])
@pytest.mark.parametrize("gov", ["政府工作报告", "人民政府工作报告"])
def test_a_short_name_before_its_government_in_a_title(name, code, gov):
    assert meta(name + gov).region_code == code


def test_a_short_name_before_its_government_after_a_year():
    assert meta("2024年博州政府工作报告").region_code == "652700"


@pytest.mark.parametrize("title", ["自治区政府工作报告", "自治州人民政府工作报告", "我州政府工作报告", "本市政府工作报告",
                                   "关于政府工作报告的决议", "学习政府工作报告", "兵团政府工作报告", "新区政府工作报告"])
def test_no_name_before_the_government_names_no_region(title):
    assert meta(title).region_code is None


# 巴州 is 巴音郭楞蒙古自治州's abbreviation and 巴中's 巴州区's short name: the text tells which, by the
# province or city it names, else by its level word (全州, 全区)
@pytest.mark.parametrize("head, lw, code", [
    ("巴州政府工作报告\n——2024年1月8日在自治州第十五届人民代表大会第四次会议上", "全州", "652800"),
    ("巴州2024年政府工作报告\n发布时间：2024-01-15", "全州", "652800"),
    ("巴州2024年政府工作报告\n天山网讯 新疆维吾尔自治区", "全区", "652800"),
    ("巴州政府工作报告\n——2024年1月在巴州第六届人民代表大会第三次会议上\n区长 张三", "全区", "511902"),
    ("巴州2024年政府工作报告\n巴中日报讯", "全区", "511902"),
    ("巴州2024年政府工作报告\n四川省巴中市", "全州", "511902"),
    ("巴州区2024年政府工作报告\n——在巴中市巴州区第六届人民代表大会第三次会议上", "全州", "511902"),
])
def test_bazhou_is_the_one_the_text_tells(head, lw, code):
    assert meta(head, lw).region_code == code


def test_the_abbreviations_capital_rule_is_unchanged():
    # (乌市 with nothing else named is 乌鲁木齐; on a page of 内蒙古 乌兰察布)
    assert meta("乌市2024年政府工作报告", "全市").region_code == "650100"
    assert meta("乌市2024年政府工作报告\n内蒙古日报讯", "全市").region_code == "150900"


@pytest.mark.parametrize("head, code, level, parent", [
    ("第八师石河子市2024年政府工作报告\n——2024年1月12日在第八师石河子市第二届人民代表大会第四次会议上", "659001", "county",
     "新疆维吾尔自治区"),
    ("鄂尔多斯市伊金霍洛旗2024年政府工作报告\n——2024年1月5日在伊金霍洛旗第十八届人民代表大会第三次会议上", "150627", "county",
     "鄂尔多斯市"),
    ("三江县2024年政府工作报告\n来源：三江侗族自治县人民政府网", "450226", "county", "柳州市"),
    ("阿里地区行政公署工作报告\n——2024年1月6日在阿里地区各族各界代表会议上", "542500", "prefecture", "西藏自治区"),
])
def test_divisions_of_the_autonomous_regions(head, code, level, parent):
    m = meta(head, "全市")
    assert (m.region_code, m.level, m.parent) == (code, level, parent)
