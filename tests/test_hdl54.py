"""Decision 434 (hdl54): the headline targets of provincial reports in the wordings of their years. A 2020 report's
target of a return to growth with no figure ("全年经济实现正增长"), a division asked work in the province's report
("武汉市要加快复工复产，地区生产总值增长8%左右": the city's, no province's), last year's target restated by its figure and a
bare 增长目标 ("年初确定的7%左右的增长目标没有实现") and the province's own words before a bare 增长目标 ("今年全省的增长
目标定为6%左右", "自治区今年的…") were read wrong or not at all. The words are compounds.tsv rows and cues.tsv
place_task_marks and own_level_words_*; tests/data/hdl54_probes.tsv holds the headline wordings probed."""
from __future__ import annotations

from pathlib import Path

import pytest

from factkeys import keys_of, read
from headline_probes import check_probe, gdp as _gdp, probes, report as _report

HERE = Path(__file__).parent
SET = HERE.parent / "benchmarks" / "blind" / "hdl54"


# --- the probe file: one- or two-sentence headline wordings, plain and look-alike (10 of 56 failed on the base) ----

@pytest.mark.parametrize("region, year, body, ind, role, period, measure, value, value_high, qualifier", probes(
    "hdl54_probes.tsv"))
def test_headline_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier):
    check_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier)


# --- the set's five headlines: each text's GDP growth target of its report year, from its own words ---------------

@pytest.mark.parametrize("name, year, want, words", [
    ("hdl54_01_江苏省", "2016", (7.5, 8, "range"), "7.5%—8%"),
    ("hdl54_02_湖北省", "2020", (None, None, "qualitative"), "经济实现正增长"),
    ("hdl54_03_四川省", "2023", (6, None, "about"), "6%左右"),
    ("hdl54_04_辽宁省", "2025", (5, None, "at_least"), "5%以上"),
    ("hdl54_05_江西省", "2017", (8.5, None, "about"), "8.5%左右"),
])
def test_set_headline(name, year, want, words):
    d = read((SET / "texts" / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")
    f = keys_of(d)[("gdp", "target", year, "growth")]
    assert (f.value, f.value_high, f.qualifier) == want
    assert words in f.quote  # (湖北's was read from 武汉市's "降幅逐季收窄" on the base: the city's words)


# --- a 2020 report's return to growth, no figure: the GDP's qualitative target ----------------------------------

@pytest.mark.parametrize("item", ["全年经济实现正增长", "全省经济保持正增长", "经济力争实现正增长", "经济恢复性增长"])
def test_return_to_growth_is_qualitative_target(item):
    d = read(_report("湖北省", 2020, f"今年全省经济社会发展的主要预期目标是：{item}；城镇新增就业60万人以上。"))
    assert _gdp(d, "target", "2020") == (None, None, "qualitative")


def test_return_to_growth_in_review_is_no_target():
    # (the review's result in words: no fact kept, and no target of either year)
    d = read(_report("湖北省", 2021, "2020年，全省经济实现正增长，地区生产总值增长3.6%。"))
    assert _gdp(d, "actual", "2020") == (3.6, None, "eq")
    assert _gdp(d, "target", "2020") is None and _gdp(d, "target", "2021") is None


def test_part_economy_return_to_growth_is_not_gdp():
    d = read(_report("湖北省", 2020, "今年的主要预期目标是：城镇新增就业60万人以上。数字经济实现正增长。"))
    assert _gdp(d, "target", "2020") is None


# --- a division asked work in the province's report: its figures are its own -----------------------------------

@pytest.mark.parametrize("lead", ["武汉市要加快复工复产", "武汉要发挥龙头作用", "武汉、襄阳、宜昌三市要发挥引领作用",
                                  "襄阳市应加快建设省域副中心城市"])
def test_division_tasked_is_not_the_province(lead):
    d = read(_report("湖北省", 2021, f"今年全省经济社会发展的主要预期目标是：城镇新增就业70万人。{lead}，地区生产总值增长8%左右。"))
    assert _gdp(d, "target", "2021") is None


def test_division_tasked_before_the_provinces_target():
    d = read(_report("辽宁省", 2025, "沈阳、大连两市要发挥“双核”作用，地区生产总值增长6%左右；全省地区生产总值增长5%以上。"))
    assert _gdp(d, "target", "2025") == (5, None, "at_least")


def test_division_tasked_qualitative_is_not_the_province():
    d = read(_report("湖北省", 2020, "今年全省经济社会发展的主要预期目标是：城镇新增就业60万人以上。武汉市要加快复工复产，力争全年地区"
                                     "生产总值降幅逐季收窄。"))
    assert _gdp(d, "target", "2020") is None


@pytest.mark.parametrize("region, lead", [("湖北省", "我们要加快复工复产"), ("湖北省", "全省上下要加快复工复产"),
                                          ("湖北省", "各地要加快复工复产"), ("武汉市", "武汉市要加快复工复产")])
def test_own_work_keeps_the_target(region, lead):
    # (the region's own voice, and a city's own report naming itself: the figure is the region's)
    d = read(_report(region, 2021, f"今年经济社会发展的主要预期目标是：城镇新增就业70万人。{lead}，地区生产总值增长8%左右。"))
    assert _gdp(d, "target", "2021") == (8, None, "about")


# --- last year's target restated by its figure and a bare 增长目标, judged met or missed ---------------------------

@pytest.mark.parametrize("body, want", [
    ("2022年，全省地区生产总值增长2.9%。受多重超预期因素冲击，年初确定的7%左右的增长目标没有实现。", (7, None, "about")),
    ("2018年，全省生产总值增长7.1%。去年6.5%以上的增长目标圆满完成。", (6.5, None, "at_least")),
    ("2020年，全省地区生产总值增长1.3%。年初提出的7%左右的增长预期目标未能实现。", (7, None, "about")),
    ("2020年，全省地区生产总值增长1.3%，年初提出的7%左右的增长预期目标未能实现。", (7, None, "about")),
])
def test_last_years_bare_growth_target(body, want):
    year = int(body[:4])
    d = read(_report("河南省", year + 1, body))
    assert _gdp(d, "target", str(year)) == want
    assert _gdp(d, "target", str(year + 1)) is None


@pytest.mark.parametrize("body", ["2018年，全省生产总值增长7.1%。全国6.5%左右的增长目标顺利实现。",
                                  "2018年，全省生产总值增长7.1%。年初确定的6.5%左右的工业增长目标顺利实现。"])
def test_others_growth_target_is_not_the_provinces(body):
    d = read(_report("浙江省", 2019, body))
    assert _gdp(d, "target", "2018") is None


# --- the province's own words before a bare 增长目标 -------------------------------------------------------------

@pytest.mark.parametrize("region, body, want", [
    ("四川省", "综合考虑各方面因素，今年全省的增长目标定为6%左右。", (6, None, "about")),
    ("浙江省", "综合考虑各方面因素，全省今年的增长目标定为5.5%左右。", (5.5, None, "about")),
    ("广西壮族自治区", "综合考虑各方面因素，自治区今年的增长目标定为5.5%左右。", (5.5, None, "about")),
])
def test_own_province_bare_growth_target(region, body, want):
    assert _gdp(read(_report(region, 2024, body)), "target", "2024") == want


@pytest.mark.parametrize("region, body", [
    ("成都市", "综合考虑各方面因素，今年全省的增长目标定为6%左右。"),
    ("柳州市", "综合考虑各方面因素，自治区今年的增长目标定为5.5%左右。"),
    ("四川省", "全国今年的增长目标定为5%左右。"),
    ("四川省", "今年全省的工业增长目标定为8%左右。"),
])
def test_above_or_other_bare_growth_target_is_not_own(region, body):
    assert _gdp(read(_report(region, 2024, body)), "target", "2024") is None
