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
