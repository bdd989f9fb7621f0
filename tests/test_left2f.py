"""Fact classes left wrong and found by the reviewers (branch left2f): each with the sentences that must
change and look-alikes that must not."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


# 7. A budget set or revised in the year reviewed, its figure right after the name's 调整预算/年初预算
# ("民生支出调整预算为250亿元"): the target of that year, not its result
@pytest.mark.parametrize("body, key, value", [
    ("一、2024年预算执行情况\n民生支出调整预算为180亿元，占一般公共预算支出的比重为78%。",
     ("livelihood_expenditure", "target", "2024", "level"), (180, "eq")),
    ("一、2024年预算执行情况\n2024年，全市一般公共预算支出调整预算为250亿元。",
     ("general_budget_expenditure", "target", "2024", "level"), (250, "eq")),
    ("一、2023年预算执行情况\n全县一般公共预算支出调整后预算为41.2亿元。",
     ("general_budget_expenditure", "target", "2023", "level"), (41.2, "eq")),
    ("一、2024年预算执行情况\n一般公共预算收入调整预算为80亿元，执行80.5亿元，增长3.1%。",
     ("general_budget_revenue", "target", "2024", "level"), (80, "eq")),
])
def test_revised_budget_is_target(body, key, value):
    fs = facts(body + "\n", report_year=key[2] and int(key[2]) + 1)
    assert val(fs, key) == value
    assert (key[0], "actual", key[2], "level") not in fs or fs[(key[0], "actual", key[2], "level")].value != value[0]


@pytest.mark.parametrize("body, key, value", [
    # the result measured against the budget stays a result
    ("一、2024年预算执行情况\n全区一般公共预算收入完成25.3亿元，为调整预算的101%，增长6.2%。",
     ("general_budget_revenue", "actual", "2024", "level"), (25.3, "eq")),
    ("一、2024年预算执行情况\n一般公共预算收入调整预算为80亿元，执行80.5亿元，增长3.1%。",
     ("general_budget_revenue", "actual", "2024", "level"), (80.5, "eq")),
    ("一、2024年预算执行情况\n民生支出完成180亿元，完成调整预算的98.5%。",
     ("livelihood_expenditure", "actual", "2024", "level"), (180, "eq")),
])
def test_result_against_budget_stays_actual(body, key, value):
    fs = facts(body + "\n", report_year=2025)
    assert val(fs, key) == value
