"""Session gdp21: the headline GDP growth target of the report's year, in every way it is written."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

PLAN = "二、2024年工作安排\n"
OWN = "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。\n"
CITY = dict(report_year=2024, region="宜昌市", level="prefecture")
GDP_T = ("gdp", "target", "2024", "growth")


# the country's target, named by who sets it and a verb of setting, a time (and a comma) between the verb and the
# name: the country's figure, not the report's own (the report's own target after it is the fact)
@pytest.mark.parametrize("lead", [
    "国家确定今年经济增长预期目标为5%左右，省里确定为5.5%左右。\n",
    "中央经济工作会议明确，今年经济增长预期目标为5%左右。\n",
    "国务院政府工作报告提出，今年经济增长预期目标为5%左右。\n",
    "国家提出，2024年经济增长预期目标为5%左右。\n",
    "今年国家经济增长目标为5%左右，全省为5.5%左右。\n",
])
def test_the_countrys_target_set_before_a_time_is_not_the_regions(lead):
    fs = facts(PLAN + lead + OWN, **CITY)
    assert val(fs, GDP_T) == (6, "about")
    assert fs[GDP_T].quote == "地区生产总值增长6%左右"


@pytest.mark.parametrize("lead", [
    "国家确定今年经济增长预期目标为5%左右。\n",
    "中央经济工作会议明确，今年经济增长预期目标为5%左右。\n",
])
def test_the_countrys_target_alone_gives_the_region_none(lead):
    fs = facts(PLAN + lead, **CITY)
    assert GDP_T not in fs


# look-alikes: the region's own setting with a comma, its own 市委 in a city's report, the country's own report,
# a 国家 that names a grade of enterprise
@pytest.mark.parametrize("text,want", [
    ("我市确定，今年地区生产总值增长6%左右。\n", (6, "about")),
    ("市委经济工作会议明确，今年全市地区生产总值增长6.5%左右。\n", (6.5, "about")),
    ("经过综合测算，今年地区生产总值预期增长6%左右。\n", (6, "about")),
])
def test_the_regions_own_setting_stays_its_target(text, want):
    fs = facts(PLAN + text, **CITY)
    assert val(fs, GDP_T) == want


def test_the_state_councils_own_report_keeps_its_target():
    text = "二、2024年政府工作任务\n今年发展主要预期目标是：国内生产总值增长5%左右。\n"
    fs = facts(text, report_year=2024, region="中华人民共和国", level="national")
    assert val(fs, GDP_T) == (5, "about")


def test_a_grade_named_by_the_country_stays_the_regions():
    fs = facts(PLAN + "今年新增国家高新技术企业50家。\n", **CITY)
    assert val(fs, ("high_tech_enterprises", "target", "2024", "level")) == (50, "eq")


# a target said as faster than the level above's ("快于全国、全省平均水平") is qualitative, as 高于全省平均水平 is
Y20 = dict(report_year=2020, region="宜昌市", level="prefecture")


@pytest.mark.parametrize("sent", [
    "今年主要预期目标：经济增长快于全国、全省平均水平。\n",
    "今年主要预期目标：地区生产总值增长快于全省平均水平，一般公共预算收入增长5%。\n",
    "今年主要预期目标：全市地区生产总值增长快于全国。\n",
])
def test_a_target_faster_than_the_level_above_is_qualitative(sent):
    fs = facts("二、2020年工作安排\n" + sent, **Y20)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (None, "qualitative")


def test_a_result_faster_than_the_level_above_keeps_its_figure():
    fs = facts("一、2019年工作回顾\n全市地区生产总值增长8.1%，快于全省1.2个百分点。\n二、2020年工作安排\n"
               "今年地区生产总值增长7%左右，快于全省平均水平。\n", **Y20)
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (8.1, "eq")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (7, "about")
    assert ("gdp", "target", "2019", "growth") not in fs


def test_a_review_faster_than_the_province_with_no_figure_is_no_target():
    fs = facts("一、2019年工作回顾\n全市经济增长快于全省平均水平，发展质量稳步提升。\n", **Y20)
    assert not [k for k in fs if k[0] == "gdp"]


# "经济" with a word of the figure's kind between it and 增长 (同比, 预期, 预计, 实现, 力争) names the economy's growth, as
# 经济增长 does: "全省经济同比增长5.2%", "今年全省经济预期增长5%左右"
PROV = dict(report_year=2024, region="江西省", level="province")


@pytest.mark.parametrize("text,key,want", [
    ("一、2023年工作回顾\n全省经济同比增长5.2%。\n", ("gdp", "actual", "2023", "growth"), (5.2, "eq")),
    ("一、2023年工作回顾\n全省经济实现增长5.2%，规模以上工业增加值增长6%。\n", ("gdp", "actual", "2023", "growth"), (5.2, "eq")),
    ("二、2024年工作安排\n今年全省经济预期增长5%左右，在实际工作中努力争取更好结果。\n", GDP_T, (5, "about")),
    ("二、2024年工作安排\n今年全省经济力争增长5.5%以上。\n", GDP_T, (5.5, "at_least")),
    ("二、2024年工作安排\n今年全省经济预计增长5%左右。\n", GDP_T, (5, "about")),
])
def test_the_economy_with_a_word_before_its_growth_is_gdp(text, key, want):
    fs = facts(text, **PROV)
    assert val(fs, key) == want


# look-alikes: a sector's economy, a policy on expectations, the level above's economy in a city's report
@pytest.mark.parametrize("text,kw", [
    ("一、2023年工作回顾\n全省数字经济同比增长12%，民营经济实现增长6%。\n", PROV),
    ("二、2024年工作安排\n稳定经济预期，增长动能持续增强。\n", PROV),
    ("二、2024年工作安排\n今年全省经济预期增长5.5%左右。\n", CITY),
])
def test_a_sectors_economy_or_the_level_aboves_is_not_the_regions_gdp(text, kw):
    fs = facts(text, **kw)
    assert not [k for k in fs if k[0] == "gdp"]


# 及以上/及以下 after a figure qualify it as 以上/以下 do ("增长6%及以上"); 及 joining a second figure does not
def test_ji_yishang_is_at_least():
    fs = facts(PLAN + "今年主要预期目标：地区生产总值增长6%及以上，城镇登记失业率控制在3.5%及以下。\n", **CITY)
    assert val(fs, GDP_T) == (6, "at_least")
    assert fs[GDP_T].quote == "地区生产总值增长6%及以上"
    assert val(fs, ("registered_unemployment_rate", "target", "2024", "share")) == (3.5, "at_most")


def test_ji_joining_two_figures_leaves_them_plain():
    fs = facts(PLAN + "今年主要预期目标：地区生产总值、一般公共预算收入分别增长6%及5%。\n", **CITY)
    assert val(fs, GDP_T) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")


# the region's own target set after the country's and the province's, the province's clause opened by its setter
@pytest.mark.parametrize("sent,want", [
    ("国家提出经济增长5%左右的目标，省里确定全省增长5.5%左右，我市确定为6%左右。", (6, "about")),
    ("国家提出经济增长5%左右的目标，省委提出全省增长5.5%左右，我市增长6.5%左右。", (6.5, "about")),
])
def test_own_target_after_the_country_and_the_provinces_setters(sent, want):
    fs = facts(PLAN + sent + "\n", **CITY)
    assert val(fs, GDP_T) == want


def test_no_own_target_after_the_setters_leaves_none():
    fs = facts(PLAN + "国家提出经济增长5%左右的目标，省里确定全省增长5.5%左右，各地要结合实际确定目标。\n", **CITY)
    assert GDP_T not in fs


# a growth target named, then set in the next clause by a setting verb with no name of its own ("经济增长的预期目标，
# 我们考虑定在5.5%左右", "经济增长预期目标，建议定为5.5%左右"): the named target's figure
@pytest.mark.parametrize("sent,quote", [
    ("经济增长的预期目标，我们考虑定在5.5%左右。", "经济增长的预期目标，我们考虑定在5.5%左右"),
    ("今年经济增长预期目标，建议定为5.5%左右。", "经济增长预期目标，建议定为5.5%左右"),
    ("今年经济增长预期目标，拟定为5.5%左右，主要考虑是稳就业。", "经济增长预期目标，拟定为5.5%左右"),
])
def test_a_named_target_set_in_the_next_clause(sent, quote):
    fs = facts("二、2024年工作安排\n" + sent + "\n", **PROV)
    assert val(fs, GDP_T) == (5.5, "about")
    assert fs[GDP_T].quote == quote


# look-alikes: a figure stated in the name's own clause keeps it; a set word before no figure sets nothing
@pytest.mark.parametrize("sent,want", [
    ("全省地区生产总值增长5%左右，确定为全省重点任务。", (5, "about")),
    ("全省地区生产总值增长5%左右，定在年底前完成考核。", (5, "about")),
])
def test_a_set_word_after_a_stated_figure_changes_nothing(sent, want):
    fs = facts("二、2024年工作安排\n" + sent + "\n", **PROV)
    assert val(fs, GDP_T) == want


def test_a_set_word_with_no_figure_sets_nothing():
    fs = facts("二、2024年工作安排\n关于经济增长，我们考虑定在合理区间。\n", **PROV)
    assert GDP_T not in fs or fs[GDP_T].value is None


# a village's collective economy is a part, not the region's economy (as 数字经济, 民营经济 are)
@pytest.mark.parametrize("sent", [
    "全县村集体经济增长15%。",
    "村集体经济实现增长12%，集体经济同比增长10%。",
])
def test_the_collective_economy_is_no_gdp(sent):
    fs = facts("一、2023年工作回顾\n" + sent + "\n", report_year=2024, region="巨野县", level="county")
    assert not [k for k in fs if k[0] == "gdp"]


def test_the_countys_economy_beside_its_collective_economy_stays_gdp():
    fs = facts("一、2023年工作回顾\n全县经济增长8%，村集体经济增长15%。\n", report_year=2024, region="巨野县", level="county")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (8, "eq")


# a rate written before a growth name joined by 的, the name followed by 增长目标/增长预期目标: the name's target
@pytest.mark.parametrize("sent,key,want", [
    ("今年确定5.5%左右的地区生产总值增长目标。", GDP_T, (5.5, "about")),
    ("今年确定5.5%左右的地区生产总值增长目标和3%的一般公共预算收入增长目标。",
     ("general_budget_revenue", "target", "2024", "growth"), (3, "eq")),
    ("今年提出6%的规模以上工业增加值增长预期目标。", ("industrial_va", "target", "2024", "growth"), (6, "eq")),
])
def test_a_rate_before_a_named_growth_target(sent, key, want):
    fs = facts("二、2024年工作安排\n" + sent + "\n", **PROV)
    assert val(fs, key) == want


# look-alike: a share of the level above before the name is no growth of the region's
@pytest.mark.parametrize("sent", ["占全省8%的地区生产总值增长目标。", "今年全省要完成占全国8%的地区生产总值增长目标。"])
def test_a_share_before_a_named_growth_target_is_no_target(sent):
    fs = facts("二、2024年工作安排\n" + sent + "\n", **PROV)
    assert GDP_T not in fs


# last year's target restated in the review with its name after its figure ("完成了年初确定的5%左右的地区生产总值增长
# 目标"): last year's target (the spec's rule on targets restated in the review), never the result
REVIEW = "一、2023年工作回顾\n"
LAST_T = ("gdp", "target", "2023", "growth")


@pytest.mark.parametrize("sent", [
    "全省地区生产总值增长5.2%，完成了年初确定的5%左右的地区生产总值增长目标。",
    "全省地区生产总值增长5.2%，实现了年初确定的5%左右的经济增长目标。",
])
def test_last_years_target_named_after_its_figure(sent):
    fs = facts(REVIEW + sent + "\n", **PROV)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, LAST_T) == (5, "about")


def test_a_named_target_alone_in_the_review_is_no_result():
    fs = facts(REVIEW + "年初确定的5%左右的地区生产总值增长目标圆满完成。\n", **PROV)
    assert val(fs, LAST_T) == (5, "about")
    assert ("gdp", "actual", "2023", "growth") not in fs


def test_a_rate_before_the_growth_with_no_target_word_stays_the_result():
    fs = facts(REVIEW + "全年实现了5.2%的经济增长。\n", **PROV)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert LAST_T not in fs


# 国内生产总值 in a lower report, the country named before it in its sentence, is the country's GDP; the region's own
# word or name before it, or no country named, keeps it the region's (old county reports write 国内生产总值 for their own)
JUYE = dict(report_year=2025, region="巨野县", level="county", parent="菏泽市")


def test_the_countrys_gdp_named_by_its_congress_is_not_the_countys():
    fs = facts("二、2025年工作安排\n全国人大审议通过，2025年国内生产总值增长5%左右。全县主要预期目标：地区生产总值增长7%。\n", **JUYE)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (7, "eq")


@pytest.mark.parametrize("sent", ["全县国内生产总值完成120亿元，增长6%。", "全年完成国内生产总值120亿元，增长6%。",
                                  "巨野县国内生产总值完成120亿元，增长6%。"])
def test_a_countys_own_guonei_shengchan_zongzhi_stays_its_gdp(sent):
    fs = facts("一、2024年工作回顾\n" + sent + "\n", **JUYE)
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (6, "eq")
