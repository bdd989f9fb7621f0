"""Residual fact classes (left10f): a part's level named after the whole's growth, a share's change in
the year after its level, a statement about each sub-region, a five years' change in a review."""
from __future__ import annotations

import pytest

from factkeys import facts, val

REVIEW = "一、{py}年工作回顾\n"


# 1. a part named after a result verb that follows the whole's growth is no level of the whole
@pytest.mark.parametrize("text", [
    "全县社会消费品零售总额增长8%，实现网络零售额30亿元。",
    "全县社会消费品零售总额增长6.5%，完成农村消费品零售额12.3亿元。",
    "社会消费品零售总额增长9.1%，实现限额以上零售额80亿元。",
    "消费品零售总额增长7%，实现线上零售额20亿元。",
])
def test_a_parts_level_after_the_wholes_growth(text):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert ("retail_sales", "actual", "2023", "growth") in fs
    assert ("retail_sales", "actual", "2023", "level") not in fs


@pytest.mark.parametrize("text,value", [
    ("全县社会消费品零售总额增长8%，总额达到500亿元。", 500),
    ("社会消费品零售总额增长8%，实现零售额98亿元。", 98),
])
def test_the_wholes_own_level_after_its_growth(text, value):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert val(fs, ("retail_sales", "actual", "2023", "level"))[0] == value
