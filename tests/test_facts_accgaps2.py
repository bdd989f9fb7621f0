"""Fact gaps of unseen reports, second round: shapes found by probing wordings of 2016–2026 from
many provinces and levels. One test a class, with the look-alikes where the rule must not fire."""
from __future__ import annotations

import pytest

from factkeys import facts  # tests/factkeys.py


REVIEW = "一、2023年工作回顾\n"
PLAN = "\n二、2024年工作安排\n"


# 1. a digest paragraph headed by the word for a region above or below (全市： on a county's page,
# 全州： on a county of a prefecture, 全县： on a city's, 全疆： on a prefecture's): that region's figures
@pytest.mark.parametrize("head, region", [
    ("全市：", "攸县"), ("全市：", "雨花区"), ("全州：", "泸溪县"), ("全州：", "利川市"), ("全盟：", "东乌珠穆沁旗"),
    ("全县：", "湘潭市"), ("全区：", "包头市"), ("全疆：", "阿克苏地区"), ("全省：", "醴陵市"),
])
def test_a_paragraph_headed_by_the_word_of_another_level_is_not_the_regions(head, region):
    text = f"各地两会速览\n{head}2023年地区生产总值增长5.5%，一般公共预算收入增长7.2%。\n"
    fs = facts(text, region=region, report_year=2024)
    assert not [k for k in fs if k[0] in ("gdp", "general_budget_revenue")], sorted(fs)


def test_a_county_level_citys_whole_city_head_is_the_city_above_when_its_own_name_heads_another():
    text = ("一图读懂两会\n全市：2023年地区生产总值增长5.5%，一般公共预算收入增长7.2%。\n"
            "醴陵市：2023年地区生产总值增长6.6%，一般公共预算收入增长8.3%。\n")
    fs = facts(text, region="醴陵市", report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.6
    assert fs[("general_budget_revenue", "actual", "2023", "growth")].value == 8.3


@pytest.mark.parametrize("head, region", [
    ("全市：", "醴陵市"), ("全市：", "湘潭市"), ("全县：", "攸县"), ("全州：", "湘西土家族苗族自治州"),
    ("全旗：", "东乌珠穆沁旗"), ("全区：", "广西壮族自治区"), ("全区：", "雨花区"), ("全省：", "湖南省"),
    ("全地区：", "阿克苏地区"), ("全年：", "攸县"),
])
def test_a_paragraph_headed_by_the_regions_own_word_is_its_own(head, region):
    fs = facts(f"{REVIEW}{head}地区生产总值增长6.6%。{PLAN}今年主要预期目标：地区生产总值增长7%左右。",
               region=region, report_year=2024)
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.6
