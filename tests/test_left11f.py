"""Fact classes left by other helpers (session 15): hand-written sentences in the shapes of real reports."""
from __future__ import annotations

import pytest
from factkeys import facts, val


# "在去年增长6.2%的基础上增长6.5%": this year's target set on last year's figure, the base last year's result
@pytest.mark.parametrize("y,text,base,target", [
    (2024, "今年全市发展的主要预期目标是：地区生产总值在去年增长6.2%的基础上增长6.5%左右。",
     ("gdp", "2023", (6.2, "eq")), ("gdp", (6.5, "about"))),
    (2025, "全区生产总值在上年增长5.8%的基础上预期增长6%以上，一般公共预算收入增长5%。",
     ("gdp", "2024", (5.8, "eq")), ("gdp", (6, "at_least"))),
    (2025, "今年全县生产总值力争在去年增长4.1%的基础上增长7%。",
     ("gdp", "2024", (4.1, "eq")), ("gdp", (7, "eq"))),
    (2025, "今年，全县一般公共预算收入在去年46.5亿元的基础上增长6%。",
     None, ("general_budget_revenue", (6, "eq"))),
    (2023, "全县规模以上工业增加值力争在去年完成120亿元的基础上增长8%以上。",
     None, ("industrial_va", (8, "at_least"))),
])
def test_a_target_set_on_last_years_base(y, text, base, target):
    fs = facts(text, report_year=y)
    if base is not None:
        assert val(fs, (base[0], "actual", base[1], "growth")) == base[2]
    assert val(fs, (target[0], "target", str(y), "growth")) == target[1]


# a sentence about a past year ("2023年，…", "去年，…", a review): both figures are results, the base the year before
@pytest.mark.parametrize("text,base,result", [
    ("2023年，全市地区生产总值在2022年增长8%的基础上增长6.5%，经济运行稳中向好。", ("2022", 8), ("2023", 6.5)),
    ("去年，全县地区生产总值在上年增长8.2%的基础上增长5.6%，总量突破300亿元。", ("2022", 8.2), ("2023", 5.6)),
    ("一、2023年工作回顾\n过去一年，全区地区生产总值在上年增长10.3%的基础上增长7.1%。", ("2022", 10.3), ("2023", 7.1)),
])
def test_a_past_years_figure_on_its_base_is_a_result(text, base, result):
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", base[0], "growth")) == (base[1], "eq")
    assert val(fs, ("gdp", "actual", result[0], "growth")) == (result[1], "eq")
    assert ("gdp", "target", "2024", "growth") not in fs


def test_a_goal_on_a_base_year_stays_a_goal():
    fs = facts("到2030年，全市单位地区生产总值能耗在2025年基础上下降13.5%。", report_year=2025)
    assert val(fs, ("energy_intensity", "goal", "2030", "growth")) == (-13.5, "eq")


# "去年和今年…分别增长6.1%和6.5%左右": two years before one 分别, last year's result and this year's target
# (a qualifier after the last figure is that year's alone)
@pytest.mark.parametrize("y,text,iid,measure,past,this", [
    (2024, "去年和今年地区生产总值分别增长6.1%和6.5%左右，保持在合理区间。", "gdp", "growth", (6.1, "eq"), (6.5, "about")),
    (2023, "2022年和2023年全市规模以上工业增加值分别增长5.2%和8%以上。", "industrial_va", "growth", (5.2, "eq"), (8, "at_least")),
    (2025, "上年和今年全省城镇调查失业率分别为5.1%和5.5%以内。", "urban_unemployment_rate", "share", (5.1, "eq"), (5.5, "at_most")),
    (2024, "2023年和2024年全县固定资产投资分别增长9.3%、10%。", "fixed_asset_investment", "growth", (9.3, "eq"), (10, "eq")),
])
def test_last_year_and_this_year_each(y, text, iid, measure, past, this):
    fs = facts(text, report_year=y)
    assert val(fs, (iid, "actual", str(y - 1), measure)) == past
    assert val(fs, (iid, "target", str(y), measure)) == this


def test_years_named_as_bases_are_no_years_each():
    fs = facts("全市地区生产总值比2020年、2015年分别增长32%和85%。", report_year=2024)
    assert not any(k[1] == "target" for k in fs)
    fs = facts("去年，全市城乡居民人均可支配收入分别增长4.5%和6.6%。", report_year=2025)
    assert val(fs, ("urban_disposable_income", "actual", "2024", "growth")) == (4.5, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2024", "growth")) == (6.6, "eq")


# "低于去年7.5%的增长目标": the comparison word is no bound of the target restated after it, whatever year it names
@pytest.mark.parametrize("y,text,iid,actual,target", [
    (2023, "2022年，全县地区生产总值增长4.2%，低于去年7.5%的增长目标，主要受疫情冲击影响。", "gdp", 4.2, (7.5, "eq")),
    (2024, "去年全市居民消费价格上涨0.3%，低于上年3%左右的调控目标。", "cpi", 0.3, (3, "about")),
    (2022, "2021年全县一般公共预算收入增长9.6%，高于2021年7%的预期目标。", "general_budget_revenue", 9.6, (7, "eq")),
])
def test_a_comparison_before_a_restated_target_is_no_bound(y, text, iid, actual, target):
    fs = facts(text, report_year=y)
    assert val(fs, (iid, "actual", str(y - 1), "growth")) == (actual, "eq")
    assert val(fs, (iid, "target", str(y - 1), "growth")) == target


# "累计新增城镇就业27.8万人，其中2021年新增5.8万人" in a five-year review: the year's own count after the total
@pytest.mark.parametrize("y,text,total,year_value", [
    (2022, "过去五年，我们坚持就业优先，累计新增城镇就业27.8万人，其中2021年新增5.8万人。", ("2017-2021", 27.8), ("2021", 5.8)),
    (2021, "“十三五”期间，全市城镇新增就业累计达到45.6万人，其中2020年新增8.1万人。", ("2016-2020", 45.6), ("2020", 8.1)),
])
def test_a_years_count_inside_a_five_year_total(y, text, total, year_value):
    fs = facts(text, report_year=y)
    assert val(fs, ("urban_new_jobs", "actual", total[0], "level")) == (total[1], "eq")
    assert val(fs, ("urban_new_jobs", "actual", year_value[0], "level")) == (year_value[1], "eq")


def test_a_five_year_count_alone_stays_the_spans():
    fs = facts("过去五年，全市累计新增城镇就业27.8万人，2021年以来新增市场主体3万户。", report_year=2022)
    assert val(fs, ("urban_new_jobs", "actual", "2017-2021", "level")) == (27.8, "eq")
    assert ("urban_new_jobs", "actual", "2021", "level") not in fs


# "比2010年翻一番的目标仍有差距": a goal still ahead is no result and no target of last year
@pytest.mark.parametrize("y,text", [
    (2019, "一、2018年工作回顾\n全市地区生产总值达到520亿元，实现比2010年翻一番的目标还有较大差距。"),
    (2021, "过去五年，全区地区生产总值年均增长6.2%，比2016年翻一番的目标仍有差距。"),
    (2019, "一、2018年工作回顾\n全市地区生产总值比2010年翻一番的目标仍有差距，一般公共预算收入增长6.5%。"),
])
def test_a_doubling_still_ahead_is_no_result_nor_target(y, text):
    fs = facts(text, report_year=y)
    assert not any(k[0] == "gdp" and f.value == 100 for k, f in fs.items())


def test_a_doubling_reached_or_set_is_kept():
    fs = facts("一、2018年工作回顾\n全市地区生产总值达到520亿元，比2010年翻了一番，提前实现翻番目标。", report_year=2019)
    assert val(fs, ("gdp", "actual", "2011-2018", "growth")) == (100, "eq")
    fs = facts("到2020年全县地区生产总值比2010年翻一番的目标，必须保持较快增长。", report_year=2019)
    assert val(fs, ("gdp", "goal", "2020", "growth")) == (100, "eq")


# "全省…增长6.5%左右，我县确定为7%": the report's own target set after the level above's, its name left out
@pytest.mark.parametrize("y,text,value", [
    (2024, "今年经济社会发展的主要预期目标是：省里确定全省生产总值增长6.5%左右，我县确定为7%。", (7, "eq")),
    (2025, "今年全市地区生产总值增长目标为5.5%左右，我区确定为6%左右。", (6, "about")),
    (2024, "全省生产总值预期增长6.5%左右，结合我市实际，我市确定为7%左右。", (7, "about")),
    (2024, "今年，全省地区生产总值增长6%左右，我县确定为6.5%以上，一般公共预算收入增长5%。", (6.5, "at_least")),
])
def test_the_own_target_set_after_the_level_aboves(y, text, value):
    fs = facts(text, report_year=y)
    assert val(fs, ("gdp", "target", str(y), "growth")) == value


def test_an_own_target_after_last_years_own_result_keeps_both():
    fs = facts("去年全县地区生产总值增长5%，今年我县确定为6%左右。", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5, "eq")


# the year's part of a five-year total named by 去年 or after "其中，": that year's own figure, the total kept
@pytest.mark.parametrize("text,iid,total,year_value", [
    ("五年来，全县累计城镇新增就业3.2万人，其中去年新增7200人。", "urban_new_jobs", 3.2, 7200),
    ("过去五年，累计新增城镇就业27.8万人，其中，2021年新增5.8万人。", "urban_new_jobs", 27.8, 5.8),
    ("五年来，全县累计完成固定资产投资1200亿元，其中去年完成310亿元。", "fixed_asset_investment", 1200, 310),
])
def test_last_years_part_of_a_five_year_total(text, iid, total, year_value):
    fs = facts(text, report_year=2022)
    assert val(fs, (iid, "actual", "2017-2021", "level")) == (total, "eq")
    assert val(fs, (iid, "actual", "2021", "level")) == (year_value, "eq")


def test_last_years_same_period_is_no_part():
    fs = facts("一、2021年工作回顾\n全县固定资产投资完成310亿元，其中去年同期完成280亿元。", report_year=2022)
    assert val(fs, ("fixed_asset_investment", "actual", "2021", "level")) == (310, "eq")


def test_a_high_base_and_years_named_without_a_cue():
    fs = facts("今年，全区地区生产总值在上年增长8.5%的高基数基础上增长6%左右。", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (8.5, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    fs = facts("全县地区生产总值去年、今年分别增长5.3%、6%。", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.3, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "eq")


# the same in a county's report, the level above's name dropped: its own figure after it is the county's
@pytest.mark.parametrize("text,key,value", [
    ("今年主要预期目标是：全省地区生产总值增长6.5%左右，我县确定为7%。", ("gdp", "target", "2024", "growth"), (7, "eq")),
    ("一、2023年工作回顾\n去年，全省地区生产总值增长5.4%，我县增长6.1%，高于全省0.7个百分点。", ("gdp", "actual", "2023", "growth"), (6.1, "eq")),
])
def test_the_own_figure_after_the_level_aboves_in_a_countys_report(text, key, value):
    fs = facts(text, report_year=2024, region="上高县")
    assert val(fs, key) == value


# (no region known: the own result after the level above's replaces it; the own 全县 is no level above)
def test_the_own_result_after_the_level_aboves():
    fs = facts("一、2023年工作回顾\n全市规模以上工业增加值增长7.2%，我区增长9.5%。", report_year=2024)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (9.5, "eq")
    fs = facts("一、2023年工作回顾\n全县地区生产总值增长6.1%，我县经济总量达到300亿元。", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.1, "eq")


# (its own name, short or full, sets it too; another place's is no own figure)
@pytest.mark.parametrize("text,value", [
    ("今年主要预期目标是：全省地区生产总值增长6.5%左右，金寨确定为7%。", (7, "eq")),
    ("今年主要预期目标是：全省地区生产总值增长6.5%左右，金寨县确定为7%左右。", (7, "about")),
    ("今年主要预期目标是：全省地区生产总值增长6.5%左右，六安确定为7%。", None),
])
def test_the_own_target_named_by_the_region(text, value):
    fs = facts(text, report_year=2024, region="金寨县")
    if value is None:
        assert ("gdp", "target", "2024", "growth") not in fs
    else:
        assert val(fs, ("gdp", "target", "2024", "growth")) == value
