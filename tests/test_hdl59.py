"""Decision 464 (hdl59): the headline targets of sub-provincial cities, autonomous prefectures, 盟 and 地区, and the
districts of municipalities, in the wordings of their years; and a lead to the year's works said as to be done
("全年重点做好以下工作：", "重点做好以下工作：" inside a paragraph), which looks ahead by its own verb."""
from __future__ import annotations

from pathlib import Path

import pytest

from factkeys import keys_of, read
from headline_probes import check_probe, probes, report as _report

HERE = Path(__file__).parent
SET = HERE.parent / "benchmarks" / "blind" / "hdl59"


@pytest.mark.parametrize("region, year, body, ind, role, period, measure, value, value_high, qualifier", probes(
    "hdl59_probes.tsv"))
def test_headline_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier):
    check_probe(region, year, body, ind, role, period, measure, value, value_high, qualifier)


# --- the set's five headlines: each text's GDP growth target of its report year, from its own words ---------------

@pytest.mark.parametrize("name, year, want, words", [
    ("hdl59_01_宁波市", "2019", (6.5, 7, "range"), "6.5%—7%"),
    ("hdl59_02_黔东南苗族侗族自治州", "2021", (7, None, "at_least"), "7%以上"),
    ("hdl59_03_阿拉善盟", "2024", (6.5, None, "about"), "6.5%左右"),
    ("hdl59_04_渝北区", "2020", (None, None, "qualitative"), "好于全市平均水平"),
    ("hdl59_05_海淀区", "2025", (5.5, None, "about"), "5.5%左右"),
])
def test_set_headline(name, year, want, words):
    d = read((SET / "texts" / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt")
    f = keys_of(d)[("gdp", "target", year, "growth")]
    assert (f.value, f.value_high, f.qualifier) == want
    assert words in f.quote


# --- a lead to the works said as to be done looks ahead by its verb, after the year's words --------------------------

def _pledges(d) -> set:
    return {(p.object, p.value, p.unit, p.period) for p in d.pledges}


# the year's targets in a paragraph with no 主要预期目标 lead (2020's, no GDP figure), then the tasks' lead
_NO_LIST = ("今年是“十三五”规划收官之年。综合考虑各方面因素，今年不设定地区生产总值增长的具体目标，全年经济增速力争好于"
            "全市平均水平；城镇新增就业2.5万人；居民消费价格涨幅3.5%左右。")


@pytest.mark.parametrize("tasks, want", [
    # (a lead with 全年 and no year, its items run on: every sentence after it is the lead's)
    ("全年重点做好以下工作：开工建设重点项目120个；改造老旧小区50个。新建5G基站1500个，建成城市公园10个。",
     {("重点项目", 120, "个"), ("老旧小区", 50, "个"), ("5G基站", 1500, "个"), ("城市公园", 10, "个")}),
    ("重点做好以下工作：开工建设重点项目120个；改造老旧小区50个。", {("重点项目", 120, "个"), ("老旧小区", 50, "个")}),
    ("围绕上述目标，全年重点抓好以下工作：实施重点项目200个，新增新能源装机500万千瓦。",
     {("重点项目", 200, "个"), ("新能源装机", 500, "万千瓦")}),
    ("全年着力抓好以下六个方面工作：新建高标准农田20万亩；改造农村危房1500户。",
     {("高标准农田", 20, "万亩"), ("农村危房", 1500, "户")}),
], ids=["whole-year-run-on", "bare", "purpose-whole-year", "six-fields"])
def test_ahead_lead_after_targets_with_no_list_lead(tasks, want):
    d = read(_report("渝北区", 2020, f"{_NO_LIST}\n\n{tasks}"))
    assert _pledges(d) == {(o, v, u, "2020") for o, v, u in want}


def test_ahead_lead_inside_a_paragraph_after_a_will():
    # (the lead opens the sentence after one that looks ahead, in the same paragraph)
    body = ("主要预期目标是：地区生产总值增长6.5%—7%。\n\n全省年初确定的地区生产总值增长目标为6.5%左右，我市要在全省发展中"
            "挑大梁。重点做好以下工作：实施市重点工程项目300个；新建改造农村公路300公里。")
    d = read(_report("宁波市", 2019, body))
    assert _pledges(d) == {("市重点工程项目", 300, "个", "2019"), ("农村公路", 300, "公里", "2019")}


@pytest.mark.parametrize("body", [
    # (the lead after a review's results is the review's account: adv49d's)
    "2021年，全市地区生产总值增长9.2%。\n\n全年新建5G基站1860个，主要指标好于预期。\n\n我们重点抓好以下工作：\n\n"
    "一是工业基本盘更加稳固。新增规模以上工业企业52家。",
    "2021年，全市地区生产总值增长9.2%。全年新建5G基站1860个，主要指标好于预期。重点抓好以下工作：新增规模以上工业企业52家。",
    # (what was done, 抓了/做了)
    "一年来，我们重点抓了以下工作：新建5G基站1860个；改造老旧小区126个。",
    "2021年，我们主要做了以下工作：新建5G基站1860个；改造老旧小区126个。",
], ids=["own-paragraph", "same-paragraph", "zhua-le", "zuo-le"])
def test_lead_after_a_review_stays_the_review(body):
    assert read(_report("晋城市", 2022, body)).pledges == []
