"""Session 35 pdf35: whole reports as a PDF's or a scan's text layer (running heads and feet, fixed-width lines, page
breaks inside sentences, OCR letters, footnotes, a cover and a table of contents), blind: a hyphen a page's hyphenation
put between two digits at a line's end, and 旅游消费总额 as the tourism revenue."""
from __future__ import annotations

import pytest

from factkeys import facts, read, val  # tests/factkeys.py

REVIEW = "一、2019年工作回顾\n2019年，全市地区生产总值完成1862.3亿元，增长7.1%。"


# a page that hyphenates (a second number below the first: no range) has every line-end hyphen between digits joined
@pytest.mark.parametrize("piece,key,value", [
    ("全年接待游客318-\n0万人次，城镇新增就业5.-\n2万人。", ("tourist_visits", "actual", "2019", "level"), 3180),
    ("社会消费品零售总额71-\n3.4亿元，粮食总产量27-\n0.5万吨。", ("retail_sales", "actual", "2019", "level"), 713.4),
    ("粮食总产量27-\n0.5万吨，社会消费品零售总额71-\n3.4亿元。", ("retail_sales", "actual", "2019", "level"), 713.4),
    ("民生支出占一般公共预算支出的比重为7-\n8.5%，规上工业企业达到61-\n2家。", ("livelihood_expenditure", "actual", "2019", "share"), 78.5),
])
def test_hyphenated_page_joins_digits(piece, key, value):
    fs = facts(REVIEW + piece + "\n", report_year=2020)
    assert val(fs, key) == (value, "eq")


# the same in a task part: the pledge's count is the whole number
def test_hyphenated_page_joins_a_pledge_count():
    d = read("三、2020年重点工作\n新建改建农村公路120-\n0公里，新建停车泊位30-\n00个，改造老旧小区4-\n5个。\n",
             report_year=2020)
    got = {(p.object, p.value) for p in d.pledges}
    assert ("农村公路", 1200) in got and ("停车泊位", 3000) in got and ("老旧小区", 45) in got


# a word hyphenated elsewhere on the page (decision 79's) shows the hyphenation too
def test_hyphenated_word_shows_hyphenation():
    fs = facts(REVIEW + "一般公共预算收入完成16-\n2.3亿元，规模以上工业增-\n加值增长8.1%。\n", report_year=2020)
    assert val(fs, ("general_budget_revenue", "actual", "2019", "level")) == (162.3, "eq")


# look-alikes: with nothing on the page showing hyphenation a hyphen between digits stays a range's (decision 79); a
# span of years and a date cut at their hyphen stay whole; two numbers with a point each are a range
@pytest.mark.parametrize("text,key,expected", [
    ("二、2020年主要目标\n地区生产总值增长6-\n6.5%，固定资产投资增长8%。\n", ("gdp", "target", "2020", "growth"), (6, 6.5, "range")),
    ("二、2020年主要目标\n全年接待游客318-\n0万人次。地区生产总值增长5.5-\n6.5%，固定资产投资增长8%。\n",
     ("gdp", "target", "2020", "growth"), (5.5, 6.5, "range")),
])
def test_range_hyphen_at_a_line_end_stays(text, key, expected):
    assert val(facts(text, report_year=2020), key) == expected


def test_year_span_and_date_at_a_line_end_stay():
    text = ("一、过去五年工作回顾\n全年接待游客318-\n0万人次。2016-\n2020年，地区生产总值年均增长7.2%。"
            "2019年，全市地区生产总值完成1862.3亿元。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (7.2, "eq")
    assert [f.value for k, f in fs.items() if k[0] == "tourist_visits"] == [3180]


# 旅游消费总额 / 游客消费总额 name the tourism revenue, as 旅游总消费 does
@pytest.mark.parametrize("piece,value", [
    ("全年接待游客2130万人次，实现旅游消费总额186.2亿元。", 186.2),
    ("全年旅游消费总额达到96.5亿元，增长12.4%。", 96.5),
    ("游客消费总额42.8亿元，同比增长9.6%。", 42.8),
])
def test_tourism_consumption_total_is_tourism_revenue(piece, value):
    fs = facts(REVIEW + piece + "\n", report_year=2020)
    assert val(fs, ("tourism_revenue", "actual", "2019", "level")) == (value, "eq")
