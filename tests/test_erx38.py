"""The measured error classes written afresh, blind (erx38; docs/decisions.md 181)."""
import pytest

from factkeys import facts, val

_REVIEW = "政府工作报告\n——2024年1月10日在某某县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n"
_TARGETS = "政府工作报告\n——2023年1月9日在某某县第十八届人民代表大会第三次会议上\n\n二、2023年主要目标\n今年主要预期目标是：地区生产总值增长6%左右；"
_GOALS = "政府工作报告\n——2026年1月15日在某某市第十届人民代表大会第五次会议上\n\n二、“十五五”目标\n"


# 1. a pair's second run after 依次 or 各, the words some reports write for 分别
@pytest.mark.parametrize("body, urban, rural", [
    ("城镇和农村居民人均可支配收入分别为38650元、19870元，依次增长5.1%、7.3%。", 5.1, 7.3),
    ("城镇常住居民和农村常住居民人均可支配收入分别达41020元和17350元，各增长6.2%和8.4%。", 6.2, 8.4),
    ("城镇、农村居民人均可支配收入依次达到45210元、22030元，增幅依次为4.6%、6.9%。", 4.6, 6.9),
])
def test_a_pair_s_second_run_after_yici_or_ge(body, urban, rural):
    fs = facts(_REVIEW + body + "\n", region="某某县", level="county", report_year=2024)
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (urban, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (rural, "eq")
    assert fs[("urban_disposable_income", "actual", "2023", "level")].value != fs[("rural_disposable_income", "actual", "2023", "level")].value


def test_yici_elsewhere_is_no_pair_word():
    fs = facts(_REVIEW + "地区生产总值增长5.1%，重点项目依次推进，城镇新增就业3200人。\n",
               region="某某县", level="county", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.1, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3200, "eq")


# 2. a year inside a goal's item whose level is written in words dates that item only
@pytest.mark.parametrize("body, iid", [
    ("“十五五”时期，全市地区生产总值年均增长6%以上，到2030年力争迈上四千亿元台阶，居民人均可支配收入年均增长6%左右。",
     "disposable_income"),
    ("今后五年的主要目标是：全市地区生产总值年均增长5.5%左右，到2030年突破两千亿元，一般公共预算收入年均增长5%。",
     "general_budget_revenue"),
])
def test_a_year_of_an_item_written_in_words(body, iid):
    fs = facts(_GOALS + body + "\n", region="某某市", level="prefecture", report_year=2026)
    assert ("gdp", "goal", "2030", "level") in fs
    assert (iid, "goal", "2026-2030", "growth") in fs
    assert (iid, "goal", "2030", "growth") not in fs


def test_a_bare_year_leading_the_sentence_still_dates_every_item():
    fs = facts(_GOALS + "到2030年，全市地区生产总值迈上四千亿元台阶，居民人均可支配收入达到6万元。\n",
               region="某某市", level="prefecture", report_year=2026)
    assert ("gdp", "goal", "2030", "level") in fs
    assert val(fs, ("disposable_income", "goal", "2030", "level")) == (6, "eq")


# 3. a qualitative target bounded in words: the level above's line, or what it asks
@pytest.mark.parametrize("item, key", [
    ("城镇调查失业率控制在全区平均水平以内", ("urban_unemployment_rate", "target", "2023", "share")),
    ("城镇登记失业率控制在省控范围内", ("registered_unemployment_rate", "target", "2023", "share")),
    ("居民消费价格涨幅控制在全国水平以内", ("cpi", "target", "2023", "growth")),
    ("单位地区生产总值能耗下降达到自治区要求", ("energy_intensity", "target", "2023", "growth")),
    ("单位生产总值能耗降低符合国家要求", ("energy_intensity", "target", "2023", "growth")),
])
def test_a_qualitative_bound_in_words(item, key):
    fs = facts(_TARGETS + item + "。\n", region="某某县", level="county", report_year=2023)
    assert val(fs, key) == (None, "qualitative")


def test_a_bound_with_its_figure_stays_a_figure():
    fs = facts(_TARGETS + "城镇调查失业率控制在5.5%以内。\n", region="某某县", level="county", report_year=2023)
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")


# 4. the firms' value added after their count and another of their figures, the subject left out
@pytest.mark.parametrize("body", [
    "规上工业企业达到208家，实现产值增长9.1%、增加值增长8.3%。",
    "全县规模以上工业企业净增15家、总数达到176家，利润总额增长12%，增加值增长8.3%。",
    "规上工业企业实现营业收入增长10.6%、增加值增长8.3%。",
])
def test_the_firms_value_added_after_another_of_their_figures(body):
    fs = facts(_REVIEW + "全县地区生产总值增长5.8%。" + body + "\n", region="某某县", level="county", report_year=2024)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (8.3, "eq")


def test_another_s_value_added_stays_another_s():
    fs = facts(_REVIEW + "全县地区生产总值增长5.8%。规上工业企业利润增长12%，高技术制造业增加值增长15%。\n",
               region="某某县", level="county", report_year=2024)
    assert ("industrial_va", "actual", "2023", "growth") not in fs


# 5. a level passed written in words after 跨越, as after 突破 or 跨过 (and as 跨越 with digits)
@pytest.mark.parametrize("body, key, value, unit", [
    ("一、2023年工作回顾\n全省地区生产总值增长5.2%，一般公共预算收入跨越千亿元大关。",
     ("general_budget_revenue", "actual", "2023", "level"), 1000, "亿元"),  # (the spec's unit: decision 572)
    ("二、2024年工作安排\n今年主要预期目标：地区生产总值增长5%左右，进出口总额力争跨越万亿元台阶。",
     ("foreign_trade", "target", "2024", "level"), 1, "万亿元"),
])
def test_a_level_passed_after_kuayue(body, key, value, unit):
    fs = facts("某某省人民政府工作报告\n——2024年1月20日在某某省第十四届人民代表大会第二次会议上\n" + body + "\n",
               region="某某省", level="province", report_year=2024)
    assert val(fs, key) == (value, "at_least")
    assert fs[key].unit == unit
