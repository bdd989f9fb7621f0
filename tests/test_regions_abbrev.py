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
