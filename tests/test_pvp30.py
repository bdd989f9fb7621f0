"""Session pvp30: provincial plan reports (计划执行情况与计划草案), blind round — a reason the result fell short for,
in a clause of its own (“受疫情影响”, “因…冲击”, “由于…”), between last year's target and its result."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

HEAD = "关于某某省2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n一、2022年计划执行情况\n"
PLAN = "\n二、2023年主要预期目标\n建议2023年全省主要预期目标为：地区生产总值增长6%左右；"


# the target set (its word before or after the name), a reason clause, then the result: the first figure stays the target
@pytest.mark.parametrize("sent,iid,target,actual", [
    ("年初预期全省地区生产总值增长7%左右，受超预期因素冲击，全年实际增长3.9%。", "gdp", (7, "about"), 3.9),
    ("规模以上工业增加值计划增长8%，因部分重点企业停产检修，实际增长5.6%。", "industrial_va", (8, "eq"), 5.6),
    ("社会消费品零售总额预期增长9%，由于接触型消费恢复偏慢，实际增长2.4%。", "retail_sales", (9, "eq"), 2.4),
    ("全社会固定资产投资预期增长10%左右，受房地产投资大幅下滑影响，全年下降1.8%。", "fixed_asset_investment", (10, "about"), -1.8),
    # (its time or a turn before the reason)
    ("进出口总额预期增长6%左右，执行中受全球需求收缩影响，全年下降2.7%。", "foreign_trade", (6, "about"), -2.7),
    ("固定资产投资计划增长9%，但受重大项目接续不足影响，实际增长2.2%。", "fixed_asset_investment", (9, "eq"), 2.2),
])
def test_reason_between_target_and_result(sent, iid, target, actual):
    fs = facts(HEAD + sent + PLAN, report_year=2023)
    assert val(fs, (iid, "target", "2022", "growth")) == target
    assert val(fs, (iid, "actual", "2022", "growth")) == (actual, "eq")


def test_reason_before_a_level_result():
    fs = facts(HEAD + "年初计划一般公共预算收入增长6%，受大规模留抵退税影响，实际完成2130亿元，同口径增长3.1%。" + PLAN,
               report_year=2023)
    assert val(fs, ("general_budget_revenue", "target", "2022", "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "level")) == (2130, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (3.1, "eq")


def test_reason_after_a_result_is_no_target():
    # (a result, then a reason and its change: no figure set, so the first stays the result)
    fs = facts(HEAD + "外贸进出口总额860亿元，受国际市场需求收缩影响，下降6.2%。" + PLAN, report_year=2023)
    assert val(fs, ("foreign_trade", "actual", "2022", "level")) == (860, "eq")
    assert val(fs, ("foreign_trade", "actual", "2022", "growth")) == (-6.2, "eq")
    assert not [k for k in fs if k[0] == "foreign_trade" and k[1] == "target"]


# a result of revenue on a like-for-like basis after its target (全年同口径增长), a reason before it or not
@pytest.mark.parametrize("sent,target,actual", [
    ("一般公共预算收入预期增长6%，全年同口径增长4.4%。", 6, 4.4),
    ("地方一般公共预算收入计划增长7%左右，执行中因实施新的组合式税费支持政策，全年同口径下降1.3%。", 7, -1.3),
])
def test_like_for_like_result_after_target(sent, target, actual):
    fs = facts(HEAD + sent + PLAN, report_year=2023)
    assert val(fs, ("general_budget_revenue", "target", "2022", "growth"))[0] == target
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (actual, "eq")
