"""Decision 539 (hdl63): provinces' headline targets, blind (a range set after its reasons, 左右 with 努力争取更好结果,
a figure beside 高于全国平均水平, 与全国同步 with no figure, 左右 then 力争 a second figure). The targets paragraph that opens
on the year's growth target set after its reasons ("综合考虑…，建议全省地区生产总值增长目标定为7.5%到8%。") goes on with
the other items of the list: they are facts, not pledges (cues.tsv growth_target_set, pledges._TARGET_LIST_WORDS)."""
from __future__ import annotations

from pathlib import Path

import pytest

from factkeys import keys_of, pledged, read

HERE = Path(__file__).parent
SET = HERE.parent / "benchmarks" / "blind" / "hdl63"
HEAD = "2017年政府工作报告\n\n今年政府工作的总体要求是，坚持稳中求进工作总基调。"


# --- the targets paragraph led by the growth target set after its reasons: no pledges (fail on the base) -------------

@pytest.mark.parametrize("lead, want", [
    ("综合考虑经济发展的基础条件和潜在增长率，建议全省地区生产总值增长目标定为7.5%到8%。", (7.5, 8, "range")),
    ("综合考虑各方面因素，今年全省经济增长的预期目标定为7%左右。", (7, None, "about")),
    ("统筹考虑需要与可能，我们把全省地区生产总值增长目标确定在6.5%以上。", (6.5, None, "at_least")),
    ("综合考虑各方面因素，建议今年全省GDP增长目标定为8%左右。", (8, None, "about")),
])
def test_set_target_leads_list(lead, want):
    body = ("地方一般公共预算收入增长6%；城镇新增就业70万人以上，城镇登记失业率控制在4.5%以内；"
            "居民消费价格涨幅控制在3%左右；单位生产总值能耗下降3.2%。")
    d = read(HEAD + lead + body, report_year=2017)
    k = keys_of(d)
    assert not pledged(d)  # (the list's items: facts only)
    g = k[("gdp", "target", "2017", "growth")]
    assert (g.value, g.value_high, g.qualifier) == want
    j = k[("urban_new_jobs", "target", "2017", "level")]
    assert (j.value, j.unit, j.qualifier) == (70, "万人", "at_least")
    assert k[("registered_unemployment_rate", "target", "2017", "share")].value == 4.5


# --- look-alikes that keep their pledges (pass on both) ---------------------------------------------------------------

def test_sector_growth_target_keeps_tasks():
    # a sector's growth target set (工业), not the region's GDP: its paragraph's 新增/新建 are tasks
    d = read(HEAD + "今年要突出抓好工业。全市工业增长目标定为10%。新增规模以上工业企业50户；新建标准化厂房20万平方米，"
             "规模以上工业增加值增长10%，工业投资增长12%。", report_year=2017)
    assert ("规模以上工业企业", 50, "户") in pledged(d)
    assert ("标准化厂房", 20, "万平方米") in pledged(d)


def test_set_target_without_requirements_lead():
    # the paragraph not opened by the year's 总体要求: read as the list on the base already
    d = read("2017年政府工作报告\n\n综合考虑各方面因素，建议今年全省地区生产总值增长目标定为8%左右。地方一般公共预算收入"
             "增长6%；城镇新增就业70万人以上，城镇登记失业率控制在4.5%以内。", report_year=2017)
    assert not pledged(d)
    assert keys_of(d)[("urban_new_jobs", "target", "2017", "level")].qualifier == "at_least"


def test_task_paragraph_after_set_target_keeps_pledges():
    # the next paragraph, a task item, is no part of the list
    d = read(HEAD + "综合考虑各方面因素，建议全省地区生产总值增长目标定为7%左右。城镇新增就业70万人以上，居民消费价格"
             "涨幅3%左右，一般公共预算收入增长6%。\n（一）着力扩大有效投资。全年新建农村公路1500公里，改造老旧小区1200个。",
             report_year=2017)
    assert {("农村公路", 1500, "公里"), ("老旧小区", 1200, "个")} <= pledged(d)
    assert keys_of(d)[("gdp", "target", "2017", "growth")].value == 7


# --- the set's five headlines -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, year, want, words", [
    ("hdl63_01_湖北省", "2017", (7.5, 8, "range"), "7.5%到8%"),
    ("hdl63_02_江苏省", "2019", (6.5, None, "about"), "增长6.5%左右"),
    ("hdl63_03_贵州省", "2022", (7, None, "eq"), "增长7%"),
    ("hdl63_04_吉林省", "2020", (None, None, "qualitative"), "与全国同步"),
    ("hdl63_05_安徽省", "2025", (5.5, None, "about"), "增长5.5%左右"),  # (not 力争's 6%)
])
def test_set_headline(name, year, want, words):
    text = (SET / "texts" / f"{name}.txt").read_text(encoding="utf-8")
    d = read(text, f"{name}.txt")
    f = keys_of(d)[("gdp", "target", year, "growth")]
    assert (f.value, f.value_high, f.qualifier) == want
    assert words in f.quote
    assert not d.pledges  # (no text of the set holds a pledge: its paragraphs are the target lists)
