"""Fact classes left wrong by the last session (branch leftfacts): each with the sentences that must change
and look-alikes that must not."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


# 1. A clause-initial name ('^' alias: 物价, 出口, 一产) after the year's word that opens the clause
# ("全年物价上涨0.3%", "去年物价上涨0.2%"): the name still opens the clause
@pytest.mark.parametrize("body, key, value", [
    ("2023年，全市地区生产总值增长5.5%，全年物价上涨0.3%，城镇新增就业3.2万人。", ("cpi", "actual", "2023", "growth"), (0.3, "eq")),
    ("2023年，全州生产总值增长6%，全年物价涨幅1.2%。", ("cpi", "actual", "2023", "growth"), (1.2, "eq")),
    ("去年物价上涨0.2%，城镇调查失业率5.1%。", ("cpi", "actual", "2023", "growth"), (0.2, "eq")),
    ("2023年，全市生产总值增长6%，全年出口增长8%。", ("exports", "actual", "2023", "growth"), (8, "eq")),
    ("2023年，全县生产总值增长6%，全年一产增加值增长3.9%。", ("primary_industry_va", "actual", "2023", "growth"), (3.9, "eq")),
])
def test_year_word_opens_clause_before_initial_name(body, key, value):
    fs = facts(body + "\n", report_year=2024)
    assert val(fs, key) == value


@pytest.mark.parametrize("body", [
    "2023年，全市生产总值增长6%，农产品全年物价上涨2%。",
    "2023年，全市生产总值增长6%，蔬菜物价上涨2%。",
])
def test_year_word_not_opening_clause_names_nothing(body):
    fs = facts(body + "\n", report_year=2024)
    assert not any(k[0] == "cpi" for k in fs)


# 2. A target revised after the result, with its start ("年初预期目标由6.5%下调为4%"): the end is last year's target
@pytest.mark.parametrize("body, ind, actual, target", [
    ("全省地区生产总值增长5.2%，年初预期目标由6.5%下调为4%。", "gdp", 5.2, 4),
    ("全省地区生产总值增长5.2%，预期目标由6.5%下调为4%，一般公共预算收入增长3%。", "gdp", 5.2, 4),
    ("全市地区生产总值增长5.2%，计划目标由6.5%调整为5%。", "gdp", 5.2, 5),
    ("全省规模以上工业增加值增长5.2%，年初目标由6.5%下调为4%。", "industrial_va", 5.2, 4),
])
def test_target_revised_after_result(body, ind, actual, target):
    fs = facts(f"2023年，{body}\n", report_year=2024)
    assert val(fs, (ind, "actual", "2023", "growth")) == (actual, "eq")
    assert val(fs, (ind, "target", "2023", "growth")) == (target, "eq")
    assert (ind, "target", "2024", "growth") not in fs


@pytest.mark.parametrize("aim", ["预期目标由6.5%下调为4%", "预期目标下调为4%", "预期目标4%", "计划目标为4%"])
def test_target_revised_after_result_next_figure_is_a_result(aim):
    # (in the review: the target restated or revised in a clause of its own sets nothing after it)
    fs = facts(f"一、2023年工作回顾\n2023年，全省地区生产总值增长5.2%，{aim}，一般公共预算收入增长3%。\n", report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (4, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (3, "eq")
    assert not any(k[0] == "general_budget_revenue" and k[1] == "target" for k in fs)


# 3. A budget revised in the year, named after the result ("调整预算为82亿元", "调整后预算12亿元"): the year's target
@pytest.mark.parametrize("body, ind, actual, target", [
    ("全市一般公共预算收入完成85亿元，增长6%，调整预算为82亿元。", "general_budget_revenue", 85, 82),
    ("全县一般公共预算收入完成12.6亿元，调整后预算12亿元。", "general_budget_revenue", 12.6, 12),
    ("全市一般公共预算支出完成310亿元，增长3%，调整预算为320亿元，完成调整预算的96.9%。", "general_budget_expenditure", 310, 320),
])
def test_revised_budget_after_result(body, ind, actual, target):
    fs = facts(f"2023年，{body}\n", report_year=2024)
    assert val(fs, (ind, "actual", "2023", "level")) == (actual, "eq")
    assert val(fs, (ind, "target", "2023", "level")) == (target, "eq")


def test_revised_budget_share_done_is_no_target():
    fs = facts("2023年，全市一般公共预算支出完成310亿元，为调整预算的98.5%。\n", report_year=2024)
    assert val(fs, ("general_budget_expenditure", "actual", "2023", "level")) == (310, "eq")
    assert not any(k[1] == "target" for k in fs)


# 4. 全区 in a city's report after a park or a district that opens the sentence or the clause right before
# (with no figure of its own): that part's figures, not the city's
_SUZHOU = dict(report_year=2024, region="苏州市", region_code="320500", level="prefecture")


@pytest.mark.parametrize("body, ind", [
    ("苏州工业园区加快创新发展，全区规模以上工业增加值增长9%。", "industrial_va"),
    ("全市地区生产总值增长5%，经开区综合实力显著增强，全区实现地区生产总值320亿元。", "gdp"),
    ("全市地区生产总值增长5%，经开区综合实力显著增强，全区规上工业增加值增长8%。", "industrial_va"),
    ("姑苏区发展提速，全区固定资产投资增长10.2%。", "fixed_asset_investment"),
    ("高新区聚力打造创新高地，全区规模以上工业增加值增长12.3%，实际使用外资2亿美元。", "industrial_va"),
])
def test_whole_district_after_named_part_is_the_part(body, ind):
    fs = facts(f"2023年，{body}\n", **_SUZHOU)
    assert not any(k[0] == ind and k[1] == "actual" and k[3] in ("growth", "level") and fs[k].value not in (5,) for k in fs), sorted(fs)
    assert any(k[0].startswith("other:") for k in fs)
    if "高新区" in body:
        assert ("fdi", "actual", "2023", "level") not in fs


@pytest.mark.parametrize("body, key, value", [
    # the city's own word, or a word made of the park's, keeps the city's figure
    ("高新区加快发展，全市固定资产投资增长10.2%。", ("fixed_asset_investment", "actual", "2023", "growth"), (10.2, "eq")),
    ("园区化水平不断提升，全区固定资产投资增长10.2%。", ("fixed_asset_investment", "actual", "2023", "growth"), (10.2, "eq")),
])
def test_whole_district_lookalikes_stay_the_citys(body, key, value):
    fs = facts(f"2023年，{body}\n", **_SUZHOU)
    assert val(fs, key) == value


def test_whole_district_in_a_districts_own_report_is_its_own():
    fs = facts("2023年，高新区加快发展，全区固定资产投资增长10.2%。\n", report_year=2024, region="姑苏区",
               region_code="320508", level="county")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (10.2, "eq")


# 5. A goal's sentence opening on a colon, then a clause building on the past span's momentum
# ("主要目标是：在“十四五”时期年均增长5.8%的基础上，地区生产总值年均增长5%以上"): the span is the momentum's own
_FIVE_YEAR_REVIEW = "一、“十四五”时期工作回顾\n过去五年，全市地区生产总值年均增长6.5%，一般公共预算收入年均增长7%。\n二、“十五五”时期的目标任务\n"


@pytest.mark.parametrize("body, value", [
    ("今后五年的主要目标是：在“十四五”时期年均增长5.8%的基础上，地区生产总值年均增长5%以上。", (5, "at_least")),
    ("“十五五”时期主要目标：保持“十四五”时期年均增长6%的良好势头，全市地区生产总值年均增长5.5%左右。", (5.5, "about")),
])
@pytest.mark.parametrize("review", ["", _FIVE_YEAR_REVIEW])
def test_goal_after_colon_and_momentum(body, value, review):
    fs = facts(review + body + "\n", report_year=2026)
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == value
    if review:
        assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (6.5, "eq")
    else:
        assert ("gdp", "actual", "2021-2025", "growth") not in fs


def test_review_after_colon_keeps_its_span():
    fs = facts("过去五年：全市地区生产总值年均增长6.5%，今后五年年均增长5%以上。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5, "at_least")


# 6. A qualitative target named by a ratio of an indicator that has a level too (空气质量优良天数比率, 优良率):
# its measure is the share; the days (优良天数) stay a level
@pytest.mark.parametrize("item, measure", [
    ("空气质量优良天数比率保持稳定", "share"),
    ("空气质量优良率完成省下达任务", "share"),
    ("空气质量优良天数比例达到省定目标", "share"),
    ("空气质量优良天数完成省下达任务", "level"),
])
def test_qualitative_ratio_target_is_a_share(item, measure):
    fs = facts(f"二、2024年主要预期目标\n今年主要预期目标：地区生产总值增长6%左右，{item}。\n", report_year=2024)
    assert val(fs, ("good_air_days", "target", "2024", measure)) == (None, "qualitative")
    other = "level" if measure == "share" else "share"
    assert ("good_air_days", "target", "2024", other) not in fs


# 7. A pledge whose bound is brought about by the verb before its object (推动/带动/实现…突破, 达到): the bound acts,
# and a share to reach so written is a pledge (spec: "A share to reach in the tasks section … is a pledge")
def _pledges(body):
    import planwatch
    doc = planwatch.read_text(f"三、2024年重点工作\n{body}\n", "t.txt", overrides={"report_year": 2024})
    return [(p.action, p.object, p.value, p.unit, p.qualifier) for p in doc.pledges]


@pytest.mark.parametrize("body, pledge", [
    ("推动数字经济核心产业营业收入突破100亿元。", ("突破", "数字经济核心产业营业收入", 100, "亿元", "at_least")),
    ("带动旅游综合收入突破50亿元。", ("突破", "旅游综合收入", 50, "亿元", "at_least")),
    ("实现数字经济核心产业营业收入突破100亿元。", ("突破", "数字经济核心产业营业收入", 100, "亿元", "at_least")),
    ("推动规上工业企业研发活动覆盖率达到50%以上。", ("达到", "规上工业企业研发活动覆盖率", 50, "%", "at_least")),
])
def test_bound_brought_about_acts(body, pledge):
    assert pledge in _pledges(body)


@pytest.mark.parametrize("body, pledge", [
    ("引进省外资金达到90亿元。", ("引进", "省外资金", 90, "亿元", "eq")),
    ("带动就业3000人。", ("带动", "就业", 3000, "人", "eq")),
])
def test_acting_verb_before_bound_still_acts(body, pledge):
    assert pledge in _pledges(body)


# 8. Places lifted out of poverty (实现5个县脱贫摘帽, 12个贫困村脱贫出列): no taxonomy indicator (no fact keyed to
# one); as a task, a pledge whose verb is the whole status (脱贫摘帽, 脱贫出列)
@pytest.mark.parametrize("body, pledge", [
    ("今年，力争实现5个县脱贫摘帽，3.2万贫困人口脱贫。", ("脱贫摘帽", "县", 5, "个", "eq")),
    ("确保实现12个贫困村脱贫出列，减少贫困人口5600人。", ("脱贫出列", "贫困村", 12, "个", "eq")),
    ("确保3个贫困县摘帽、120个贫困村退出。", ("摘帽", "贫困县", 3, "个", "eq")),
])
def test_places_out_of_poverty_pledge(body, pledge):
    assert pledge in _pledges(body)


def test_places_out_of_poverty_no_taxonomy_fact():
    fs = facts("一、2018年工作回顾\n2018年，全市地区生产总值增长7%，实现5个县脱贫摘帽，12个贫困村出列。\n", report_year=2019)
    assert sorted(fs) == [("gdp", "actual", "2018", "growth")]


# 9. A plan's goal revised mid-term (经“十四五”规划中期评估，…目标由3%调整为2.8%): a goal, dated by the year its
# sentence names after it, else the plan's span; a year's target revised stays last year's target
_REVIEW_2023 = "一、2023年工作回顾\n2023年，全市地区生产总值增长5%。\n"


@pytest.mark.parametrize("body, key", [
    ("经“十四五”规划中期评估，研发经费投入强度目标由3%调整为2.8%，到2025年力争达到全国平均水平。", ("rnd_intensity", "goal", "2025", "share")),
    ("对“十四五”规划部分指标进行调整，研发经费投入强度目标由3%调整为2.8%。", ("rnd_intensity", "goal", "2021-2025", "share")),
    ("根据规划中期评估结果，研发经费投入强度目标由3%调整为2.8%，到2025年实现规划目标。", ("rnd_intensity", "goal", "2025", "share")),
])
def test_plan_goal_revised(body, key):
    fs = facts(_REVIEW_2023 + body + "\n", report_year=2024)
    assert val(fs, key) == (2.8, "eq")
    assert not any(k[0] == "rnd_intensity" and k[1] == "target" for k in fs)


def test_year_target_revised_stays_target():
    fs = facts(_REVIEW_2023 + "全年规模以上工业增加值增长6.1%，预期目标由8%调整为6%。\n", report_year=2024)
    assert val(fs, ("industrial_va", "target", "2023", "growth")) == (6, "eq")


# 10. 从X到Y with the start at a plan's end (由“十三五”末的210亿元增加到298亿元): the end value is the fact
@pytest.mark.parametrize("body, key, value", [
    ("全县地区生产总值由“十三五”末的210亿元增加到2025年的298亿元。", ("gdp", "actual", "2025", "level"), 298),
    ("全县地区生产总值从“十三五”末的210亿元跃升至298亿元。", ("gdp", "actual", "2025", "level"), 298),
    ("全县地区生产总值由十三五末210亿元增加到298亿元。", ("gdp", "actual", "2025", "level"), 298),
    ("森林覆盖率由“十三五”时期末的42%提高到45.2%。", ("forest_coverage", "actual", "2025", "share"), 45.2),
])
def test_from_plan_end_to_value(body, key, value):
    fs = facts("一、“十四五”时期工作回顾\n" + body + "\n", report_year=2026)
    assert val(fs, key) == (value, "eq")


def test_change_over_plan_end_stays_a_change():
    fs = facts("一、“十四五”时期工作回顾\n常住人口城镇化率比“十三五”末提高3.5个百分点。\n", report_year=2026)
    assert val(fs, ("urbanization_rate", "actual", "2021-2025", "pp_change")) == (3.5, "eq")


# 11. 增加值 with its subject left out after the output or revenue of the same firms (规上工业总产值突破3000亿元，
# 增加值增长8.2%): the industrial value added
@pytest.mark.parametrize("body, value", [
    ("全市规上工业总产值突破3000亿元，增加值增长8.2%。", 8.2),
    ("全县规模以上工业实现总产值520亿元，增加值增长7.6%。", 7.6),
    ("全市规上工业营业收入增长6%，增加值增长7%。", 7),
])
def test_value_added_after_output_of_the_same_firms(body, value):
    fs = facts(f"一、2025年工作回顾\n2025年，{body}\n", report_year=2026)
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (value, "eq")


@pytest.mark.parametrize("body", [
    "全市规上工业总产值增长9%，利润总额增长5%。",
    "全市建筑业总产值450亿元，增加值增长3%。",
])
def test_output_alone_or_other_sector_is_no_industrial_value_added(body):
    fs = facts(f"一、2025年工作回顾\n2025年，{body}\n", report_year=2026)
    assert not any(k[0] == "industrial_va" for k in fs)


# 12. A span's average with its name left out after an aside with no figure ("增长5%以上，力争在实际工作中取得
# 更好结果；“十五五”期间年均增长5%左右"): the same figure's, over the span
@pytest.mark.parametrize("body", [
    "今年的主要预期目标为：全市生产总值增长5%以上，力争在实际工作中取得更好结果；“十五五”期间年均增长5%左右。",
    "今年全市生产总值增长5%以上，在实际工作中争取更好结果，“十五五”期间年均增长5%左右。",
])
def test_span_average_after_aside(body):
    fs = facts("二、2026年工作安排\n" + body + "\n", report_year=2026)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "at_least")
    assert val(fs, ("gdp", "goal", "2026-2030", "growth")) == (5, "about")


def test_span_average_after_aside_in_review():
    fs = facts("一、2025年工作回顾\n2025年全市生产总值增长5.2%，好于全国全省平均水平，“十四五”时期年均增长5.9%。\n", report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.9, "eq")


# 13. A subjectless clause after the park's 全区 with a figure of no indicator's between ("省级高新区提质扩容，全区实现
# 工业总产值800亿元，规上工业增加值增长12%") in a county's report: the park's
_CHANGXING = dict(report_year=2024, region="长兴县", region_code="330522", level="county")


def test_subjectless_after_park_whole_district():
    fs = facts("2023年，全县地区生产总值增长6%。省级高新区提质扩容，全区实现工业总产值800亿元，规上工业增加值增长12%。\n",
               **_CHANGXING)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")
    assert not any(k[0] == "industrial_va" for k in fs)


def test_subjectless_after_whole_county_stays_the_countys():
    fs = facts("2023年，省级高新区提质扩容，全县实现工业总产值800亿元，规上工业增加值增长12%。\n", **_CHANGXING)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (12, "eq")
