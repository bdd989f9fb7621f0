"""Regions named by the one-character abbreviation of a long name (锡盟, 呼市, 巴州) in a byline or a
title: derived from the GB/T 2260 names (regions.abbreviation), a capital first among namesakes."""
from __future__ import annotations

import pytest

import planwatch
from planwatch.regions import gazetteer


def meta(head: str):
    return planwatch.read_text(head + "\n一、2023年工作回顾\n全年地区生产总值增长6.1%。\n", "t.txt").meta


@pytest.mark.parametrize("abbr,code", [("锡盟", "152500"), ("阿盟", "152900"), ("呼市", "150100"), ("乌市", "650100"),
                                       ("哈市", "230100"), ("齐市", "230200"), ("克市", "650200")])
def test_an_abbreviation_in_a_byline(abbr, code):
    m = meta(f"政府工作报告\n——2024年1月10日在{abbr}第十五届人民代表大会第三次会议上\n张三")
    assert m.region_code == code
    assert m.report_year == 2024


@pytest.mark.parametrize("abbr,code", [("锡盟", "152500"), ("阿盟", "152900")])
def test_an_abbreviation_opening_a_title(abbr, code):
    assert meta(f"{abbr}2024年政府工作报告").region_code == code


def test_abbreviations_do_not_shadow_names():
    g = gazetteer()
    # a full or short name wins: 兴安盟 is 兴安 already, 包头 is 包头市's short name
    assert [r.code for r in g.lookup("包头")] == ["150200"]
    assert "巴州" not in g.by_abbrev  # 巴中's 巴州区 holds the short name
    # namesakes of the same abbreviation: the capital is the one so called
    assert [r.name for r in g.lookup("乌市")] == ["乌鲁木齐市"]
    assert [r.name for r in g.lookup("呼市")] == ["呼和浩特市"]
    assert {r.name for r in g.lookup("张市")} == {"张家口市", "张家港市", "张家界市"}


# an abbreviation several cities hold is the one of the province or city the text names (乌市 on a page of
# 内蒙古 is 乌兰察布, of 兴安盟 乌兰浩特; 石市 in 宁夏 is 石嘴山); the capital where nothing tells otherwise
@pytest.mark.parametrize("abbr, context, code", [
    ("乌市", "内蒙古日报讯 乌市第五届人民代表大会第三次会议开幕，自治区有关负责同志出席。", "150900"),
    ("乌市", "兴安日报讯 乌市第十届人民代表大会第三次会议开幕，兴安盟有关负责同志出席。", "152201"),
    ("石市", "宁夏日报讯 石市第十一届人民代表大会第三次会议开幕，宁夏回族自治区有关负责同志出席。", "640200"),
    ("乌市", "天山网讯 乌市第十七届人民代表大会第三次会议开幕，新疆维吾尔自治区有关负责同志出席。", "650100"),
    ("呼市", "内蒙古日报讯 呼市第十六届人民代表大会第三次会议开幕，自治区有关负责同志出席。", "150100"),
])
def test_an_abbreviation_is_the_one_of_the_province_the_text_names(abbr, context, code):
    assert meta(f"{abbr}政府工作报告（摘要）\n发布时间：2024-01-12\n{context}").region_code == code


@pytest.mark.parametrize("title, code", [("张市永定区2024年政府工作报告", "430802"), ("乌市集宁区2024年政府工作报告", "150902"),
                                         ("石市大武口区2024年政府工作报告", "640202")])
def test_a_namesake_under_a_city_named_by_its_abbreviation_is_that_citys(title, code):
    # (永定区 is 张家界's and 龙岩's: 张市 tells which)
    assert meta(title).region_code == code
