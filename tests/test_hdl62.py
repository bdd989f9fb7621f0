"""Decision 514 (hdl62): prefecture cities' headline targets, blind, in six shapes (a range, 力争 after a floor, 与全省同步
with no figure, a table row, a target restated after last year's result of the same number, an 一图读懂 card); a bracket
the level above opens after the region's own words ("地区生产总值增长与全省同步（全省目标为6%以上）": the province's
figure, not the city's), a card's name over the level above's pace alone ("地区生产总值\\n与全省同步"), and this year's
target said kept after last year's result, its name left out ("去年…增长5%。今年的预期目标仍为5%")."""
from __future__ import annotations

from pathlib import Path

import pytest

from factkeys import keys_of, pledged, read
from headline_probes import check_probe, probes, report

HERE = Path(__file__).parent
SET = HERE.parent / "benchmarks" / "blind" / "hdl62"


@pytest.mark.parametrize("region, year, body, ind, role, period, measure, value, value_high, qualifier", probes(
    "hdl62_probes.tsv"))
def test_headline_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier):
    check_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier)


# --- the set's five headlines: each text's GDP growth target of its report year, from its own words ---------------

@pytest.mark.parametrize("name, year, want, words", [
    ("hdl62_01_赣州市", "2016", (8.5, 9, "range"), "增长8.5%—9%"),
    ("hdl62_02_凉山彝族自治州", "2023", (6, None, "at_least"), "地区生产总值增长6%以上"),
    ("hdl62_03_庆阳市", "2021", (None, None, "qualitative"), "与全省同步"),
    ("hdl62_04_潍坊市", "2024", (6, None, "about"), "6左右"),
    ("hdl62_05_韶关市", "2025", (5, None, "eq"), "增长5%"),
])
def test_set_headline(name, year, want, words):
    text = (SET / "texts" / f"{name}.txt").read_text(encoding="utf-8")
    f = keys_of(read(text, f"{name}.txt"))[("gdp", "target", year, "growth")]
    assert (f.value, f.value_high, f.qualifier) == want
    assert words in f.quote
    if name.endswith("韶关市"):
        assert f.start > text.index("主要预期目标")  # (the list's, not last year's result of the same words)


def test_bracket_above_keeps_the_rest():
    """The province's figure in the bracket is nobody's headline here, and the clause after it is read as before."""
    d = read(report("武威市", 2023, "主要预期目标是：地区生产总值增长与全省同步（全省目标为6%以上），固定资产投资增长8%，"
                                   "一般公共预算收入增长6%。"))
    k = keys_of(d)
    g = k[("gdp", "target", "2023", "growth")]
    assert (g.value, g.qualifier) == (None, "qualitative") and "（" not in g.quote
    assert (k[("fixed_asset_investment", "target", "2023", "growth")].value,
            k[("general_budget_revenue", "target", "2023", "growth")].value) == (8, 6)


def test_bracket_above_in_a_county():
    """In a county, the city's bracket is above it (全市 of a 县); in a county-level city 全市 is its own."""
    county = keys_of(read(report("会宁县", 2023, "主要预期目标是：地区生产总值增长与全市同步（全市目标为6.5%）。")))
    own = keys_of(read(report("玉门市", 2023, "主要预期目标是：地区生产总值增长与全省同步（全市7%左右）。")))
    assert county[("gdp", "target", "2023", "growth")].qualifier == "qualitative"
    assert own[("gdp", "target", "2023", "growth")].value == 7


def test_card_pace_alone():
    """A card's name over the pace of the level above alone: the GDP's qualitative target, the card's next items kept."""
    text = ("一图读懂2021年宜昌市政府工作报告\n\n2021年主要预期目标\n地区生产总值\n与全省同步\n固定资产投资\n增长10%\n"
            "城镇调查失业率\n5.5%左右\n\n2021年民生实事\n新建农村公路\n500公里\n")
    d = read(text)
    k = keys_of(d)
    g = k[("gdp", "target", "2021", "growth")]
    assert (g.value, g.qualifier) == (None, "qualitative") and g.quote.endswith("与全省同步")
    assert k[("fixed_asset_investment", "target", "2021", "growth")].value == 10
    assert (k[("urban_unemployment_rate", "target", "2021", "share")].value) == 5.5
    assert ("农村公路", 500, "公里") in pledged(d)


def test_set_pledges():
    """Every pledge of the set's five texts (complete gold: 14)."""
    want = {
        "hdl62_01_赣州市": {("农村危旧土坯房", 3, "万户"), ("农村公路", 1500, "公里")},
        "hdl62_02_凉山彝族自治州": {("高标准农田", 30, "万亩"), ("城镇老旧小区", 150, "个"), ("城镇就业", 3.5, "万人")},
        "hdl62_03_庆阳市": {("5G基站", 1000, "个"), ("农村公路", 800, "公里"), ("造林绿化", 40, "万亩")},
        "hdl62_04_潍坊市": {("重点项目", 600, "个"), ("城市燃气管网", 120, "公里"), ("城市停车泊位", 1, "万个")},
        "hdl62_05_韶关市": {("农村供水管网", 300, "公里"), ("托育服务托位", 2000, "个"), ("老旧小区改造", 120, "个")},
    }
    for name, items in want.items():
        d = read((SET / "texts" / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")
        got = pledged(d)
        for obj, v, u in items:
            assert any((obj in o or o in obj) and gv == v and gu == u for o, gv, gu in got), (name, obj, got)
