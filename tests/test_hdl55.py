"""Decision 444 (hdl55): the headline targets of county-level reports (县, 县级市, 市辖区, 旗, 自治县) in the wordings
of their years. tests/data/hdl55_probes.tsv holds the headline wordings probed, plain and look-alike (the
prefecture's target quoted, last year's target restated, a town's or a park's target)."""
from __future__ import annotations

from pathlib import Path

import pytest

from factkeys import keys_of, read
from headline_probes import check_probe, gdp as _gdp, probes, report as _report

HERE = Path(__file__).parent
SET = HERE.parent / "benchmarks" / "blind" / "hdl55"


# --- the probe file: one- or two-sentence headline wordings, plain and look-alike --------------------------------

@pytest.mark.parametrize("region, year, body, ind, role, period, measure, value, value_high, qualifier", probes(
    "hdl55_probes.tsv"))
def test_headline_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier):
    check_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier)


# --- the set's five headlines: each text's GDP growth target of its report year, from its own words ---------------

@pytest.mark.parametrize("name, year, want, words", [
    ("hdl55_01_新泰市", "2017", (8, None, "about"), "8%左右"),
    ("hdl55_02_彭泽县", "2020", (None, None, "qualitative"), "高于全市平均水平"),
    ("hdl55_03_准格尔旗", "2023", (6, 6.5, "range"), "6%—6.5%"),
    ("hdl55_04_长沙县", "2025", (6, None, "about"), "6%左右"),
    ("hdl55_05_郫都区", "2026", (5.5, None, "about"), "5.5%左右"),
])
def test_set_headline(name, year, want, words):
    d = read((SET / "texts" / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")
    f = keys_of(d)[("gdp", "target", year, "growth")]
    assert (f.value, f.value_high, f.qualifier) == want
    assert words in f.quote


# --- the plan named as what the report's year is, before the year's list: the tasks after the list are pledged ------

def _pledges(d) -> set:
    return {(p.object, p.value, p.unit, p.period) for p in d.pledges}


_TASKS = "重点抓好以下工作：实施重点项目150个；建成口袋公园30个。"


@pytest.mark.parametrize("year, opening", [
    (2026, "2026年是“十五五”开局之年。全区"),
    (2021, "2021年是“十四五”开局之年。全区"),
    (2016, "2016年是“十三五”开局之年。全区"),
    (2021, "今年是“十四五”开局之年，全区"),
    (2026, "2026年是“十五五”规划实施的第一年。全区"),
])
def test_plan_year_place_before_the_list_keeps_the_tasks(year, opening):
    d = read(_report("郫都区", year, f"{opening}经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n\n{_TASKS}"))
    assert _pledges(d) == {("重点项目", 150, "个", str(year)), ("口袋公园", 30, "个", str(year))}
    assert _gdp(d, "target", str(year)) == (5.5, None, "about")


@pytest.mark.parametrize("opening", ["今后五年，全区", "“十五五”时期全区", "2026年是“十五五”开局之年，今后五年全区"])
def test_plan_span_lead_still_no_tasks(opening):
    # (the plan's own list: its lead names the span, so the bare lead after it is the plan's, no pledge of the year)
    d = read(_report("郫都区", 2026, f"{opening}经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n\n{_TASKS}"))
    assert not d.pledges


# --- the county's own bound in words after the prefecture's figure: its qualitative target ------------------------

@pytest.mark.parametrize("body", [
    "主要预期目标是：全市今年地区生产总值增长目标定为8%左右，全县力争高于全市平均水平。",
    "主要预期目标是：全市地区生产总值增长8%左右，全县力争高于全市平均水平；规模以上工业增加值增长6%。",
    "主要预期目标是：九江市提出地区生产总值增长8%左右，我县力争增速高于全市平均水平。",
    "主要预期目标是：全市地区生产总值增长8%左右，全县与全市同步。",
])
def test_own_bound_after_the_prefectures_figure(body):
    d = read(_report("彭泽县", 2020, body))
    f = keys_of(d)[("gdp", "target", "2020", "growth")]
    assert (f.value, f.value_high, f.qualifier) == (None, None, "qualitative")
    assert f.quote.startswith(("全县", "我县")) and "8%" not in f.quote


@pytest.mark.parametrize("body, want", [
    ("主要预期目标是：全市地区生产总值增长8%左右，全县增长8.5%。", (8.5, None, "eq")),  # (its own figure, as before)
    ("主要预期目标是：全市地区生产总值增长8%左右。", None),  # (the prefecture's alone: none of the county's)
    ("主要预期目标是：全市地区生产总值增长8%左右，各县区力争高于全市平均水平。", None),  # (the parts', not the county's)
])
def test_prefectures_figure_look_alikes(body, want):
    assert _gdp(read(_report("彭泽县", 2020, body)), "target", "2020") == want


# --- a bound by a level's average: the quote holds its average's words -------------------------------------------

@pytest.mark.parametrize("body, words", [
    ("主要预期目标是：地区生产总值增速力争高于全市平均水平。", "力争高于全市平均水平"),
    ("主要预期目标是：地区生产总值增速高于全市平均水平1个百分点以上。", "高于全市平均水平"),
    ("主要预期目标是：地区生产总值增长力争快于全州平均增速。", "快于全州平均增速"),
])
def test_bound_quote_holds_the_average(body, words):
    f = keys_of(read(_report("恭城瑶族自治县", 2021, body)))[("gdp", "target", "2021", "growth")]
    assert f.qualifier == "qualitative" and f.quote.endswith(words)


def test_bound_with_own_figure_keeps_the_figure():
    d = read(_report("涿州市", 2019, "主要预期目标是：地区生产总值增长7.5%，高于全市平均水平1个百分点。"))
    assert _gdp(d, "target", "2019") == (7.5, None, "eq")
