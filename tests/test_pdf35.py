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


# a footnote at a page's foot holding a figure, its mark set earlier after a word, where the page cut a sentence: the
# note goes, and the sentence's figure is read across it (decision 103 had left it)
FOOT = "一、2019年工作回顾\n2019年，全县地区生产总值完成312.6亿元，规模以上工业增加值①增"


@pytest.mark.parametrize("note", [
    "\n①规模以上工业：年主营业务收入2000万元及以上的工业企业。\n— 3 —\n",
    "\n\n①规模以上工业：年主营业务收入2000万元及以上的工\n业法人企业。\n第 3 页 共 18 页\n",
    "\n①规模以上工业：年主营业务收入2000万元及以上的工业企业。\n②2018年数据经第四次经济普查修订为285.1亿元。\n- 3 -\n",
])
def test_footnote_with_a_figure_at_a_page_foot_goes(note):
    fs = facts(FOOT + note + "长6.4%，固定资产投资增长7.9%。\n", report_year=2020)
    assert val(fs, ("industrial_va", "actual", "2019", "growth")) == (6.4, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2019", "growth")) == (7.9, "eq")


# look-alike: a list's item at a page's foot whose number no mark in the text calls for stays a pledge
def test_list_item_at_a_page_foot_stays():
    d = read("三、2020年重点工作\n今年重点办好以下实事：为民服务①。完成以下任务：改造农村公路\n②新建幼儿园12所，新增学位3600个。\n"
             "— 5 —\n新建停车泊位800个。\n", report_year=2020)
    assert ("幼儿园", 12) in {(p.object, p.value) for p in d.pledges}


# an OCR letter as a figure's last digit after its point is a digit too, with no other hint in the text
@pytest.mark.parametrize("piece,key,value", [
    ("城镇登记失业率3.O%。", ("registered_unemployment_rate", "actual", "2019", "share"), 3.0),
    ("城镇调查失业率5.I%。", ("urban_unemployment_rate", "actual", "2019", "share"), 5.1),
])
def test_ocr_letter_after_a_point(piece, key, value):
    fs = facts("一、2019年工作回顾\n2019年，" + piece + "\n", report_year=2020)
    assert val(fs, key) == (value, "eq")
