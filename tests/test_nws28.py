"""Session 28 nws28: news pages and digests restating city and county reports (2017–2025), blind."""
from __future__ import annotations

import pytest

from factkeys import facts, val

LEAD = ("【划重点】2024年临泉县政府工作报告，这些数据请收好\n发布日期：2024-01-12\n"
        "1月11日，临泉县第十八届人民代表大会第四次会议开幕，县长代表县人民政府作政府工作报告。\n")


# a digest mixing last year's result and this year's target item by item: the this-year clause, its name left out,
# dates only its own clause, not the items after its ；
@pytest.mark.parametrize("body, after", [
    ("去年全县地区生产总值增长5.2%，今年力争增长6%；规上工业增加值增长7.1%，今年预期增长7.5%；固定资产投资下降3%。",
     ("fixed_asset_investment", -3)),
    ("2023年，全县社会消费品零售总额增长6.4%，今年预期增长7%左右；一般公共预算收入8.2亿元，增长5%。",
     ("general_budget_revenue", 5)),
    ("报告显示，去年全县外贸进出口总额56.3亿元，增长9.8%，今年与经济增长同步；城镇居民人均可支配收入41200元，增长4.8%。",
     ("urban_disposable_income", 4.8)),
])
def test_this_year_clause_ends_at_its_item(body, after):
    fs = facts(LEAD + body)
    ind, value = after
    assert val(fs, (ind, "actual", "2023", "growth")) == (value, "eq")
    assert (ind, "target", "2024", "growth") not in fs


def test_this_year_clause_keeps_its_own_target():
    fs = facts(LEAD + "去年全县地区生产总值增长5.2%，今年力争增长6%；规上工业增加值增长7.1%，今年预期增长7.5%；固定资产投资下降3%。")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")


def test_this_year_clause_with_its_name_still_leads():
    # (the name stated after 今年: a clause of this year's targets, the items after it its own)
    fs = facts(LEAD + "2023年，全县地区生产总值增长5%；今年地区生产总值预期增长6%，固定资产投资增长8%。")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5, "eq")


# last year's target restated with the region's own word before 的 ("去年我市的预期目标是7%"): the name before's
@pytest.mark.parametrize("body, ind, value", [
    ("今年全县地区生产总值预期增长6%左右，去年我县的预期目标是7%，实际增长6.8%。", "gdp", 7),
    ("今年全县经济增长目标定为6.5%左右，去年全县的目标是7%，实际增长6.1%。", "gdp", 7),
    ("今年一般公共预算收入预期增长5%，去年我们的目标为6%，实际增长4.2%。", "general_budget_revenue", 6),
])
def test_last_years_target_own_word(body, ind, value):
    fs = facts(LEAD + body)
    assert val(fs, (ind, "target", "2023", "growth")) == (value, "eq")
    assert (ind, "actual", "2023", "growth") in fs


# this year's target in words after last year's figures, its name left out: a qualitative target of that name
@pytest.mark.parametrize("body, inds", [
    ("去年全县居民人均可支配收入达到28650元，增长5.9%，今年与经济增长同步。", ("disposable_income",)),
    ("2023年，城乡居民人均可支配收入分别为41000元、19000元，分别增长4.5%、6.3%，今年力争与经济增长同步；外贸进出口总额12.5亿元，增长9.8%。",
     ("urban_disposable_income", "rural_disposable_income")),
    ("去年全县一般公共预算收入20亿元，增长5%，今年保持稳定增长。", ("general_budget_revenue",)),
])
def test_this_year_words_after_results(body, inds):
    fs = facts(LEAD + body)
    for ind in inds:
        assert val(fs, (ind, "target", "2024", "growth")) == (None, "qualitative")
        assert (ind, "actual", "2023", "growth") in fs


def test_this_year_words_that_go_on_are_no_target():
    # (the words lead on to another aim: "同步推进…" is no target of the income)
    fs = facts(LEAD + "去年全县居民人均可支配收入达到28650元，增长5.9%，今年与经济增长同步推进乡村振兴。")
    assert ("disposable_income", "target", "2024", "growth") not in fs


# a news interview: the answer, under its speaker's label, opens with last year's target of the name the question set
@pytest.mark.parametrize("qa, ind, target, actual", [
    ("记者：今年地区生产总值增长目标为何定在6%左右？\n县发改委负责人：去年这一目标是7%，实际增长6.8%。", "gdp", 7, 6.8),
    ("记者：为何将今年的增长目标定在6%左右？\n\n县发改委负责人：去年我县的预期目标是7.5%，实际增长6.2%，总体保持在合理区间。",
     "gdp", 7.5, 6.2),
    ("记者：今年一般公共预算收入为何只增长3%？\n县财政局负责人：去年的目标为5%，实际增长2.1%。", "general_budget_revenue", 5, 2.1),
])
def test_answer_opens_with_last_years_target(qa, ind, target, actual):
    fs = facts(LEAD + qa)
    assert val(fs, (ind, "target", "2023", "growth")) == (target, "eq")
    assert val(fs, (ind, "actual", "2023", "growth")) == (actual, "eq")


def test_answer_without_last_years_target():
    # (an answer on other things: its figure of another name keeps its own)
    fs = facts(LEAD + "记者：今年地区生产总值增长目标为何定在6%左右？\n县发改委负责人：主要考虑了三个因素。去年全县固定资产投资增长5%。")
    assert ("gdp", "target", "2023", "growth") not in fs and ("gdp", "actual", "2023", "growth") not in fs
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (5, "eq")


# this year's budget after last year's figure, its name left out ("，今年预算增长5%"): the name's target for the year,
# which ends at its item's ；
@pytest.mark.parametrize("body, ind, measure, value", [
    ("报告显示，2023年全县一般公共预算收入完成20.1亿元、增长6%，今年预算增长5%；社会消费品零售总额增长7.2%。",
     "general_budget_revenue", "growth", 5),
    ("去年全县一般公共预算支出45.3亿元，今年预算48亿元；城镇新增就业5200人。", "general_budget_expenditure", "level", 48),
])
def test_this_years_budget_after_result(body, ind, measure, value):
    fs = facts(LEAD + body)
    assert val(fs, (ind, "target", "2024", measure)) == (value, "eq")
    assert not any(k[1] == "target" and k[0] in ("retail_sales", "urban_new_jobs") for k in fs)


# a digest's bullet per indicator, "名称：去年X，增长Y%；今年…": last year's clause dates every figure in it
@pytest.mark.parametrize("body", [
    "▶地区生产总值：去年完成320亿元，增长5%；今年预期增长6%左右\n▶一般公共预算收入：去年18.2亿元，增长7%；今年增长5%\n",
    "地区生产总值去年完成320亿元，增长5%；今年预期增长6%左右。一般公共预算收入去年18.2亿元，增长7%；今年增长5%。",
    "◆一般公共预算收入：去年18.2亿元，增长7%，今年增长5%\n",
])
def test_label_then_last_year_clause(body):
    fs = facts(LEAD + body)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (18.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (7, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")


def test_last_year_clause_does_not_reach_past_this_year():
    fs = facts(LEAD + "▶地区生产总值：去年增长5.2%，今年增长6%左右，年均增长6.5%\n")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


# one list of names with last year's run after 分别, then this year's run after "，今年…分别": one value each in both
@pytest.mark.parametrize("body, pairs", [
    ("报告指出，去年全县地区生产总值、一般公共预算收入分别增长5.2%、7%，今年预期分别增长6%左右、5%。",
     {"gdp": ((5.2, "eq"), (6, "about")), "general_budget_revenue": ((7, "eq"), (5, "eq"))}),
    ("报告指出，去年全县地区生产总值、一般公共预算收入分别增长5.2%和7%；今年目标分别为增长6%左右和5%。",
     {"gdp": ((5.2, "eq"), (6, "about")), "general_budget_revenue": ((7, "eq"), (5, "eq"))}),
    ("报告指出，去年全县城乡居民人均可支配收入分别增长4.8%、7.1%，今年力争分别增长5%、7%。",
     {"urban_disposable_income": ((4.8, "eq"), (5, "eq")), "rural_disposable_income": ((7.1, "eq"), (7, "eq"))}),
])
def test_two_runs_last_year_then_this_year(body, pairs):
    fs = facts(LEAD + body)
    for ind, (actual, target) in pairs.items():
        assert val(fs, (ind, "actual", "2023", "growth")) == actual
        assert val(fs, (ind, "target", "2024", "growth")) == target
