"""Decision 486 (hdl61): provinces' headline targets in the shapes of their years, 2016-2026; this year's target set
against last year's ("目标从去年的7%—7.5%下调至7%左右", "由上年的7.5%左右调低为7%左右": last year's target and this
year's), and a lead to the year's works after a sentence saying the year's targets fit the plan ("…，与“十五五”规划
目标相衔接，经过努力是可以实现的。" then "重点抓好以下工作：…": the plan cited, no span of its own)."""
from __future__ import annotations

from pathlib import Path

import pytest

from factkeys import keys_of, pledged, read
from headline_probes import check_probe, probes, report as _report

HERE = Path(__file__).parent
SET = HERE.parent / "benchmarks" / "blind" / "hdl61"


@pytest.mark.parametrize("region, year, body, ind, role, period, measure, value, value_high, qualifier", probes(
    "hdl61_probes.tsv"))
def test_headline_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier):
    check_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier)


# --- the set's five headlines: each text's GDP growth target of its report year, from its own words ---------------

@pytest.mark.parametrize("name, year, want, words", [
    ("hdl61_01_湖南省", "2016", (8.5, None, "about"), "地区生产总值增长8.5%左右"),
    ("hdl61_02_福建省", "2018", (8, 8.5, "range"), "8%—8.5%"),
    ("hdl61_03_黑龙江省", "2020", (5, None, "about"), "增长5%左右"),
    # (its quote is the restatement after the table, "地区生产总值增长7%以上", not the table's row: left, decision 486)
    ("hdl61_04_云南省", "2022", (7, None, "at_least"), "地区生产总值增长"),
    ("hdl61_05_安徽省", "2026", (None, None, "qualitative"), "高于全国平均水平"),
])
def test_set_headline(name, year, want, words):
    d = read((SET / "texts" / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")
    f = keys_of(d)[("gdp", "target", year, "growth")]
    assert (f.value, f.value_high, f.qualifier) == want
    assert words in f.quote


# --- a lead to the year's works after the targets said to fit the plan ---------------------------------------------

_LIST = "2026年是“十五五”开局之年。全省经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业65万人以上。"
_TASKS = "重点抓好以下工作：新建改造城市地下管网3000公里，新增托育服务托位2万个。"
_WANT = {("城市地下管网", 3000, "公里"), ("托育服务托位", 2, "万个")}


@pytest.mark.parametrize("why", [
    "提出经济增速高于全国平均水平，体现了稳中求进的要求，与“十五五”规划目标相衔接，经过努力是可以实现的。",
    "今年提出5%左右的增长目标，同“十五五”规划确定的目标相适应，经过努力是可以实现的。",
    "提出5%左右的增长目标，同“十五五”规划确定的目标相适应，力争在实际工作中取得更好结果。",
], ids=["fit-target", "fit-set-target", "fit-strive"])
def test_lead_after_targets_fit_to_the_plan(why):
    d = read(_report("安徽省", 2026, f"{_LIST}\n{why}\n{_TASKS}"))
    assert pledged(d) == _WANT
    assert {p.period for p in d.pledges} == {"2026"}


@pytest.mark.parametrize("why", [
    # (the year's targets explained with no plan named: as on the base)
    "提出经济增速高于全国平均水平，体现了稳中求进的要求，经过努力是可以实现的。",
    "实现上述目标，必须付出艰苦努力。",
    # (or with the plan named after the targets back, read ahead by another path on the base)
    "上述目标充分考虑了发展条件，与“十五五”规划纲要相一致，经过努力是可以实现的。",
])
def test_lead_after_targets_explained(why):
    assert pledged(read(_report("安徽省", 2026, f"{_LIST}\n{why}\n{_TASKS}"))) == _WANT


@pytest.mark.parametrize("goals", [
    # (the plan's own span named beside its fit: the plan's goals, no pledge of the year, as on the base)
    "今后五年，全省地区生产总值年均增长5%左右，与“十五五”规划目标相衔接。",
    "“十五五”时期，全省经济社会发展主要目标与2035年远景目标相衔接。",
])
def test_lead_after_the_plans_goals_stays(goals):
    assert pledged(read(_report("安徽省", 2026, f"{goals}\n{_TASKS}"))) == set()


def test_set_pledges_after_the_fit():
    name = "hdl61_05_安徽省"
    d = read((SET / "texts" / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")
    assert pledged(d) == _WANT
