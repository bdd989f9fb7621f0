"""The lead's, 2026-12-04 (from this session's blind rounds' leftovers): the urban and rural incomes named by the
household survey's older words ("城镇居民家庭人均可支配收入", "农村居民家庭人均纯收入", the statistics of 2016 and before)
are the pair's, not the whole population's income nor nothing (zon35's leftover)."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py

HEAD = "XX县2017年政府工作报告\n一、2016年工作回顾\n"


@pytest.mark.parametrize("sentence, key, value", [
    ("全县城镇居民家庭人均可支配收入达到26480元，增长8.3%。", ("urban_disposable_income", "actual", "2016", "level"), 26480),
    ("城镇常住居民家庭人均可支配收入增长8.3%。", ("urban_disposable_income", "actual", "2016", "growth"), 8.3),
    ("农村居民家庭人均纯收入10850元，增长9.1%。", ("rural_disposable_income", "actual", "2016", "level"), 10850),
    ("农民家庭人均纯收入增长9.1%。", ("rural_disposable_income", "actual", "2016", "growth"), 9.1),
    ("农村居民家庭人均可支配收入达到12010元。", ("rural_disposable_income", "actual", "2016", "level"), 12010),
])
def test_household_survey_names_are_the_pairs(sentence, key, value):
    fs = facts(HEAD + sentence + "\n", report_year=2017)
    assert val(fs, key) == (value, "eq")
    assert not any(k[0] == "disposable_income" for k in fs)


def test_the_whole_populations_income_stays_its_own():
    fs = facts(HEAD + "全体居民人均可支配收入21300元，增长8.6%；城镇居民家庭人均可支配收入26480元。\n", report_year=2017)
    assert val(fs, ("disposable_income", "actual", "2016", "level")) == (21300, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2016", "level")) == (26480, "eq")


# a park named opening a clause after a figureless lead is the subject of the clause after it only where it states a
# figure of its own (k2235's rule, decision 133); a park's task done, with no figure, leaves the region's figure after
# it the region's (found when tbl35 was merged after k2235: "工业园区完成“放管服”改革试点，外贸进出口总额增长15%")
REVIEW = "XX市2020年政府工作报告\n一、2019年工作回顾\n"


@pytest.mark.parametrize("sentence, key, value", [
    ("改革开放持续深化，工业园区完成“放管服”改革试点，外贸进出口总额增长15%。", ("foreign_trade", "actual", "2019", "growth"), 15),
    ("营商环境持续优化，高新区率先实行“一枚印章管审批”，一般公共预算收入增长6.2%。",
     ("general_budget_revenue", "actual", "2019", "growth"), 6.2),
])
def test_a_parks_task_done_leaves_the_regions_figure(sentence, key, value):
    fs = facts(REVIEW + sentence + "\n", report_year=2020)
    assert val(fs, key) == (value, "eq")


def test_a_park_with_its_own_figure_keeps_the_next_one():
    fs = facts(REVIEW + "全域旅游加快发展，红色景区全年接待游客486万人次，实现旅游综合收入23.6亿元。\n", report_year=2020)
    assert not any(k[0] in ("tourism_revenue", "tourist_visits") for k in fs)
