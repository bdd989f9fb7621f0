"""Look-alikes of this session's later rules (branch review9): each class narrowed or carried on, with the
sentences that must change and the ones that must not."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


# 1. A result compared with last year's target restated after it, the time the target was set written
# between ("低于年初6%的目标", "超过年度8%的计划目标"): 低于/超过 compare, they are no bound of the target
@pytest.mark.parametrize("body, ind, actual, target", [
    ("全市地区生产总值增长5.2%，低于年初6%的目标。", "gdp", (5.2, "eq"), (6, "eq")),
    ("全县规模以上工业增加值增长9.1%，超过年度8%的计划目标。", "industrial_va", (9.1, "eq"), (8, "eq")),
    ("全市居民消费价格上涨0.4%，低于年初3%的调控目标。", "cpi", (0.4, "eq"), (3, "eq")),
    ("全市一般公共预算收入增长3.2%，低于全年5%的预期目标。", "general_budget_revenue", (3.2, "eq"), (5, "eq")),
    ("全市地区生产总值增长5.2%，低于原定6%的目标。", "gdp", (5.2, "eq"), (6, "eq")),
    ("全市地区生产总值增长5.2%，低于年初6%的计划。", "gdp", (5.2, "eq"), (6, "eq")),
])
def test_compared_with_target_set_at_a_time(body, ind, actual, target):
    fs = facts(f"2024年，{body}\n", report_year=2025)
    assert val(fs, (ind, "actual", "2024", "growth")) == actual
    assert val(fs, (ind, "target", "2024", "growth")) == target


@pytest.mark.parametrize("body, key, value", [
    # the target's own words after its figure stay its own
    ("全市地区生产总值增长6.8%，高于年初6%左右的预期目标。", ("gdp", "target", "2024", "growth"), (6, "about")),
    ("全市城镇调查失业率5.1%，低于5.5%以内的年度控制目标。", ("urban_unemployment_rate", "target", "2024", "share"),
     (5.5, "at_most")),
])
def test_compared_with_target_own_qualifier_kept(body, key, value):
    fs = facts(f"2024年，{body}\n", report_year=2025)
    assert val(fs, key) == value
