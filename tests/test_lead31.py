"""The lead's, 2026-12-04: last year's target written in quotation marks before the word that names it a target
(“经济增长8%左右”的预期目标, 「…」的目标) is that year's target, as it is without the marks (decision 111)."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py

HEAD = "XX省2019年政府工作报告\n一、2018年工作回顾\n"


@pytest.mark.parametrize("clause, value", [
    ("去年初确定的“经济增长8%左右”的预期目标较好完成", 8),
    ("圆满完成年初确定的“生产总值增长7.5%左右”目标", 7.5),
    ("完成了年初提出的「地区生产总值增长8%左右」的目标", 8),
    ("实现了『经济增长6.5%以上』的年度目标", 6.5),
])
def test_quoted_target_of_last_year(clause, value):
    fs = facts(HEAD + f"全省生产总值增长8.3%，{clause}。\n", report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (8.3, "eq")
    assert fs[("gdp", "target", "2018", "growth")].value == value
    assert ("gdp", "target", "2019", "growth") not in fs


def test_quoted_slogan_is_no_target():
    # a quoted figure that names no target after it stays what it was (a result of last year)
    fs = facts(HEAD + "全省生产总值增长8.3%，“十三五”规划实施取得重要进展。\n", report_year=2019)
    assert not any(k[1] == "target" for k in fs)
