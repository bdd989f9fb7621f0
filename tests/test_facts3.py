"""Leftovers of the review: a budget figure after a result, … (one class a test, with look-alikes)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

REVIEW = "一、2025年工作回顾\n过去一年，"


# a budget named in a clause of its own after a result is the target of the year the result is of,
# as a plan named there is ("完成25.3亿元，年度计划为24亿元")
@pytest.mark.parametrize("said,iid,actual,target", [
    ("一般公共预算收入完成25.3亿元，年初预算24亿元", "general_budget_revenue", 25.3, 24),
    ("地方一般公共预算收入实现12.6亿元，年初预算为12亿元", "general_budget_revenue", 12.6, 12),
    ("一般公共预算支出完成48亿元，预算数为45亿元", "general_budget_expenditure", 48, 45),
    ("一般公共预算收入完成8.2亿元，而年初预算是8.5亿元", "general_budget_revenue", 8.2, 8.5)])
def test_a_budget_after_a_result_is_its_target(said, iid, actual, target):
    fs = facts(f"{REVIEW}{said}。\n", report_year=2026, region="德清县")
    assert val(fs, (iid, "actual", "2025", "level")) == (actual, "eq")
    assert val(fs, (iid, "target", "2025", "level")) == (target, "eq")


@pytest.mark.parametrize("said", ["一般公共预算收入完成25.3亿元，为年初预算的105%",
                                  "一般公共预算收入完成25.3亿元，完成年初预算的105%",
                                  "一般公共预算收入完成25.3亿元，一般公共预算支出48亿元"])
def test_no_budget_target_where_none_is_stated(said):
    fs = facts(f"{REVIEW}{said}。\n", report_year=2026, region="德清县")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "level")) == (25.3, "eq")
    assert ("general_budget_revenue", "target", "2025", "level") not in fs
