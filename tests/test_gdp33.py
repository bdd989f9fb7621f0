"""gdp33, the year's target list of every province (blind): last year's target restated after its result as the
subject of its own clause, its name left out, is that year's target (decision 114)."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py

HEAD = "XX省2022年政府工作报告\n一、2021年工作回顾\n"


@pytest.mark.parametrize("clause, value, qual", [
    # its year named before the year's start (去年初, 上年年初)
    ("去年初确定的7%左右的预期目标顺利实现", 7, "about"),
    ("上年年初提出的6.5%以上的增长目标超额完成", 6.5, "at_least"),
    ("去年年初设定的7%的目标未能实现", 7, "eq"),
    # 的 left out before the target's words
    ("年初确定的7%左右预期目标圆满完成", 7, "about"),
    ("去年初确定的6.5%以上增长目标如期实现", 6.5, "at_least"),
    # the congress that set it named before the verb, or the figure in quotation marks
    ("年初市人代会确定的7%左右的目标顺利完成", 7, "about"),
    ("去年初省十三届人大四次会议提出的7%的增长目标较好完成", 7, "eq"),
    ("年初确定的“7%左右”预期目标基本实现", 7, "about"),
])
def test_last_years_target_after_its_result(clause, value, qual):
    fs = facts(HEAD + f"全省地区生产总值增长7.2%，{clause}；一般公共预算收入增长5.1%。\n", report_year=2022)
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (7.2, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (value, qual)
    assert val(fs, ("general_budget_revenue", "actual", "2021", "growth")) == (5.1, "eq")
    assert ("gdp", "target", "2022", "growth") not in fs


def test_other_name_keeps_its_target():
    fs = facts(HEAD + "规模以上工业增加值增长8.4%，去年初确定的8%的预期目标较好完成。\n", report_year=2022)
    assert val(fs, ("industrial_va", "target", "2021", "growth")) == (8, "eq")
    assert ("gdp", "target", "2021", "growth") not in fs


def test_country_setter_is_no_own_target():
    # the country's target after a province's result is not the province's (decision 56)
    fs = facts(HEAD + "全省地区生产总值增长7.2%，国家确定的6%以上的目标顺利完成。\n", report_year=2022)
    assert ("gdp", "target", "2021", "growth") not in fs


@pytest.mark.parametrize("clause", [
    # no figure of a rate set, or a count: the clause is no target of the name before it
    "去年初确定的120个重点项目全部开工",
    "去年初确定的十项民生实事全面完成",
])
def test_no_rate_set_is_no_target(clause):
    fs = facts(HEAD + f"全省地区生产总值增长7.2%，{clause}。\n", report_year=2022)
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (7.2, "eq")
    assert not any(k[1] == "target" for k in fs)
