"""Full provincial reports of 2026 written by hand (branch hold26): the classes they showed, each
with excerpts of those reports in several wordings and the look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def review(prov: str, body: str) -> str:
    return (f"政府工作报告\n——2026年1月22日在{prov}第十四届人民代表大会第五次会议上\n"
            f"一、2025年工作回顾\n2025年，{body}\n二、2026年工作安排\n"
            "今年全省经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n")


# 1. A bare "持平" right after the name is no change (growth 0); set against another figure it is not
@pytest.mark.parametrize("body,key", [
    ("全区居民消费价格持平，城镇新增就业8.6万人。", ("cpi", "actual", "2025", "growth")),
    ("全省进出口总值5420亿元。居民消费价格持平。", ("cpi", "actual", "2025", "growth")),
    ("全省粮食产量持平，达到438.5亿斤。", ("grain_output", "actual", "2025", "growth")),
    ("全省居民消费价格指数持平。", ("cpi", "actual", "2025", "growth")),
])
def test_bare_flat_is_no_change(body, key):
    assert val(facts(review("江西省", body)), key) == (0, "eq")


@pytest.mark.parametrize("body,ind", [
    ("全省地区生产总值增速与全国持平。", "gdp"),
    ("全省居民消费价格涨幅与全省持平。", "cpi"),
    ("全省固定资产投资增速同全国持平。", "fixed_asset_investment"),
    ("全省地区生产总值增速持平。", "gdp"),
])
def test_flat_against_another_figure_is_no_value(body, ind):
    fs = facts(review("江西省", body))
    assert (ind, "actual", "2025", "growth") not in fs


def test_flat_ratio_is_no_point_moved():
    fs = facts(review("吉林省", "全省城镇登记失业率持平。"))
    assert val(fs, ("registered_unemployment_rate", "actual", "2025", "pp_change")) == (0, "eq")
    assert ("registered_unemployment_rate", "actual", "2025", "share") not in fs


# 2. "微降"/"略降"/"微增" after a level carry on the same figure's clause
@pytest.mark.parametrize("body,ind,level,growth", [
    ("全省进出口总值5420亿元，微降0.6%。", "foreign_trade", 5420, -0.6),
    ("全省社会消费品零售总额1200亿元，略降0.3%。", "retail_sales", 1200, -0.3),
    ("全省一般公共预算收入860亿元，微增0.4%。", "general_budget_revenue", 860, 0.4),
])
def test_slight_change_after_a_level(body, ind, level, growth):
    fs = facts(review("江西省", body))
    assert val(fs, (ind, "actual", "2025", "level")) == (level, "eq")
    assert val(fs, (ind, "actual", "2025", "growth")) == (growth, "eq")


# 3. A cue of last year's target ("高于预期目标", "好于预期") counts in its own clause only
@pytest.mark.parametrize("body", [
    "全区地区生产总值增长5.6%，高于预期目标0.1个百分点，总量达到2.7万亿元。",
    "全区地区生产总值增长5.6%，超出预期目标0.1个百分点，总量达到2.7万亿元。",
])
def test_level_after_a_target_comparison_is_the_result(body):
    fs = facts(review("内蒙古自治区", body))
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.6, "eq")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (2.7, "eq")
    assert ("gdp", "target", "2025", "level") not in fs


def test_better_than_expected_then_the_figure_is_the_result():
    fs = facts(review("湖南省", "全省地区生产总值好于预期，增长5.5%。"))
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.5, "eq")
    assert ("gdp", "target", "2025", "growth") not in fs


def test_rank_after_a_target_comparison_is_the_result():
    fs = facts(review("安徽省", "全市地区生产总值增长6.1%，高于预期目标0.6个百分点，增速居全省第3位。"))
    assert ("gdp", "target", "2025", "rank") not in fs


@pytest.mark.parametrize("body,key,want", [
    # the target in the clause of its own figure stays last year's target
    ("全省居民消费价格上涨1.2%，控制在预期3%以内。", ("cpi", "target", "2025", "growth"), (3, "at_most")),
    ("全省地区生产总值增长4.5%，低于6.5%左右的预期目标。", ("gdp", "target", "2025", "growth"), (6.5, "about")),
    ("全省一般公共预算收入增长5%（预期目标3%）。", ("general_budget_revenue", "target", "2025", "growth"), (3, "eq")),
])
def test_last_years_target_in_its_own_clause_stays(body, key, want):
    assert val(facts(review("湖北省", body)), key) == want
