"""News articles, briefings and interviews that restate a report (branch newsrep).

Each test is a shape met in the wild: a city paper's article on one of its counties with the paper
named at the top and again at the foot, a lead to the year's tasks that first names the targets back
("围绕上述目标，…"), an interview's question on the year's work; and the look-alikes where a rule
must not fire."""
from __future__ import annotations

import pytest

import planwatch


def _read(text: str, name: str = "x.txt"):
    d = planwatch.read_text(text, name)
    for x in (*d.facts, *d.pledges):
        assert text[x.start:x.end] == x.quote, (x.quote, text[x.start:x.end])
    return d


def _pledged(d) -> set:
    return {(p.value, p.unit) for p in d.pledges}


# ---- a city paper named at the top and at the foot is one source, not two votes for the city ----

@pytest.mark.parametrize("text, region", [
    ("株洲日报讯（记者 谭琦）1月6日，攸县第十七届人民代表大会第一次会议开幕。今年，全县地区生产总值预期增长7.5%。\n\n"
     "2022-01-07 株洲日报\n", "攸县"),
    ("株洲日报讯（记者 谭琦 通讯员 刘芳）1月6日，炎陵县第十七届人民代表大会第一次会议开幕。报告显示，去年全县地区生产总值增长8.1%。"
     "今年，炎陵地区生产总值预期增长7.5%，固定资产投资增长10%。\n\n2022-01-07 株洲日报\n", "炎陵县"),
    ("朝阳日报讯（记者 王丹）1月10日，双塔区第十届人民代表大会第二次会议开幕。报告提出，今年全区地区生产总值增长6%。\n\n"
     "2023-01-11 朝阳日报\n", "双塔区"),
    ("南昌日报讯（记者 王丹）1月10日，进贤县第十七届人民代表大会第二次会议开幕。报告提出，今年全县地区生产总值增长6%。\n\n"
     "来源：南昌日报 2023-01-11\n", "进贤县"),
])
def test_city_paper_at_top_and_foot_reporting_a_county(text, region):
    d = _read(text)
    assert (d.meta.region, d.meta.level) == (region, "county")
    assert any(f.indicator == "gdp" for f in d.facts)


@pytest.mark.parametrize("text, region, level", [
    # the county's own media at the top and at the foot: still the county
    ("来源：长沙县融媒体中心\n\n1月10日，长沙县第十七届人民代表大会第二次会议开幕。报告提出，今年全县地区生产总值增长6%。\n\n"
     "来源：长沙县融媒体中心 2023-01-11\n", "长沙县", "county"),
    # the city's own session in its own paper, named twice: the city
    ("株洲日报讯（记者 谭琦）1月8日，株洲市第十六届人民代表大会第一次会议开幕。报告提出，今年全市地区生产总值增长6.5%左右。\n\n"
     "2022-01-09 株洲日报\n", "株洲市", "prefecture"),
    ("长沙晚报讯（记者 王丹）1月10日，宁乡市第二届人民代表大会第二次会议开幕。报告提出，今年全市地区生产总值增长6%。\n\n"
     "2023-01-11 长沙晚报\n", "宁乡市", "county"),
])
def test_outlet_named_twice_lookalikes(text, region, level):
    d = _read(text)
    assert (d.meta.region, d.meta.level) == (region, level)
