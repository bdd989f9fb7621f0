"""换届-year reports of cities and counties (2017, 2022, and the same shapes in 2027; branch turn17): a review
of the past five years and of last year, the next five years' goals and this year's targets, in the orders
and headings they come in. Each class with the documents that must change and the look-alikes that must not."""
from __future__ import annotations

import planwatch
import pytest

from factkeys import facts, val  # tests/factkeys.py


def _year(text: str):
    return planwatch.read_text(text, "t.txt").meta.report_year


# 1. an undated report whose review opens on "2016年是本届政府任期的最后一年。" (or "…“十三五”开局之年。"), the
# year's figures in the next sentence of the paragraph: the reviewed year, the report the next year's (not the
# year named); "规模以上工业增加值" in those figures is no target floor (以上)
@pytest.mark.parametrize("lead,year", [
    ("2016年是本届政府任期的最后一年。", 2017),
    ("2021年是本届政府任期的最后一年。", 2022),
    ("2026年是本届政府任期的最后一年。", 2027),
    ("2016年是“十三五”开局之年。", 2017),
    ("2021年是“十四五”开局之年，也是本届政府任期的最后一年。", 2022),
])
def test_year_named_then_its_results_in_the_next_sentence(lead, year):
    text = ("凤阳县政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n过去的五年，我们坚持发展第一要务。\n"
            + lead + "全县实现地区生产总值192.8亿元，增长8.9%；规模以上工业增加值增长9.5%；固定资产投资218.6亿元，增长13.8%。\n"
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长9%左右。\n")
    assert _year(text) == year


@pytest.mark.parametrize("lead,year", [
    # the year named, its targets in the next sentence: that year's report
    ("2021年是本届政府任期的最后一年。全县地区生产总值增长8%左右，规模以上工业增加值增长9%以上。", 2021),
    ("2027年是“十五五”规划承上启下的关键之年。全市生产总值增长5.5%左右；一般公共预算收入增长5%以上。", 2027),
    # a next sentence in another paragraph is not the year's
    ("2026年是“十五五”开局之年。\n今年全县地区生产总值增长6%左右，一般公共预算收入增长5%以上。", 2026),
])
def test_year_named_then_targets_is_that_years(lead, year):
    text = "凤阳县政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n" + lead + "\n"
    assert _year(text) == year
