"""Session 22 noise25: reports as they reach planwatch from PDFs: a hyphen a PDF's hyphenation put at a line's end inside
a number or a word, and a government gazette's running header between the pages."""
from __future__ import annotations

import pytest

from factkeys import facts, read, val  # tests/factkeys.py

REVIEW = "一、2018年工作回顾\n2018年，全市地区生产总值完成2303.8亿元，"


# a hyphen at a line's end after a decimal point or a Chinese character is the PDF's hyphenation, not a dash
@pytest.mark.parametrize("piece,iid,value", [
    ("一般公共预算收入完成139.1亿元，增长10.-\n2%；", "general_budget_revenue", 10.2),
    ("全社会固定资产投资增长11.-\n3%；", "fixed_asset_investment", 11.3),
    ("规模以上工业增加值增-\n长9.6%；", "industrial_va", 9.6),
    ("社会消费品零售总额增长12.‐\n4%。", "retail_sales", 12.4),
])
def test_hyphenated_line_end_inside_a_figure(piece, iid, value):
    fs = facts(REVIEW + piece + "\n", report_year=2019)
    assert val(fs, (iid, "actual", "2018", "growth")) == (value, "eq")


# look-alikes: a hyphen after a digit may be a range's, and stays one; a year span cut at its hyphen stays a span
def test_hyphen_after_a_digit_at_a_line_end_stays_a_range():
    fs = facts("二、2019年主要目标\n地区生产总值增长6-\n6.5%，固定资产投资增长10%。\n", report_year=2019)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6, 6.5, "range")
    assert val(fs, ("fixed_asset_investment", "target", "2019", "growth")) == (10, "eq")


GAZETTE = ("一、2018年工作回顾\n2018年，全市地区生产总值完成2303.8亿元，增长9.0%。\n·5·\n绵阳市人民政府公报　2019年第2期\n"
           "城镇新增就业6.2万人，城镇登记失业率3.4%。\n二、2019年主要目标\n城镇登记失业率控制在4.2%以内。\n")


# a gazette's running header (its title and issue) between two pages is no part's title: the review goes on after it
@pytest.mark.parametrize("header", ["绵阳市人民政府公报　2019年第2期", "四川省人民政府公报 2019年第3期（总第702期）"])
def test_gazette_header_between_pages_is_dropped(header):
    text = GAZETTE.replace("绵阳市人民政府公报　2019年第2期", header)
    fs = facts(text, report_year=2019)
    assert val(fs, ("urban_new_jobs", "actual", "2018", "level")) == (6.2, "eq")
    assert val(fs, ("registered_unemployment_rate", "actual", "2018", "share")) == (3.4, "eq")
    assert val(fs, ("registered_unemployment_rate", "target", "2019", "share")) == (4.2, "at_most")
    assert ("urban_new_jobs", "target", "2019", "level") not in fs


# look-alikes: a sentence that names a gazette's issue, and a communique's title, stay text
def test_gazette_issue_inside_a_sentence_stays():
    d = read("三、2019年重点工作\n据市人民政府公报2019年第2期，全年新建5G基站1500个。\n", report_year=2019)
    assert any(p.value == 1500 for p in d.pledges)


# look-alike: a minus sign a line break cut from its figure after a word is a minus sign still
def test_minus_sign_at_a_line_end_stays_negative():
    fs = facts(REVIEW + "外贸出口106.6亿元，增\n长-\n39.7%。\n", report_year=2019)
    assert val(fs, ("exports", "actual", "2018", "growth")) == (-39.7, "eq")


TARGETS = "二、2021年主要目标\n全县经济社会发展主要预期目标是：地区生产总值增长8%左右，一般公共预算收入增长6%，社会消费品零\n"


# a scan's text layer may set a full line's continuation indented: the rest of an indicator's name cut at the line's end
# goes on the sentence, no paragraph opens with it
@pytest.mark.parametrize("indent", ["    ", "　　", "  "])
def test_indented_rest_of_a_cut_name_joins_its_line(indent):
    fs = facts(TARGETS + indent + "售总额增长9%。\n仁寿县人民政府工作报告\n", report_year=2021)
    assert val(fs, ("retail_sales", "target", "2021", "growth")) == (9, "eq")


# look-alikes: a paragraph's indent after a sentence's end, or after a short title line, still opens a paragraph
def test_indented_paragraph_after_a_title_stays_apart():
    d = read("二、2021年主要目标\n    收入增长与经济增长同步。\n三、重点工作\n", report_year=2021)
    assert not any(f.indicator == "general_budget_revenue" for f in d.facts)


# a middle dot printed as a figure's decimal point (a typeset page, a scan's text layer) is the point
@pytest.mark.parametrize("piece,key,value", [
    ("全市地区生产总值增长8·4%。", ("gdp", "actual", "2018", "growth"), 8.4),
    ("全市地区生产总值完成2351·7亿元。", ("gdp", "actual", "2018", "level"), 2351.7),
    ("一般公共预算收入增长12・6%。", ("general_budget_revenue", "actual", "2018", "growth"), 12.6),
    ("常住人口城镇化率提高1·2个百分点。", ("urbanization_rate", "actual", "2018", "pp_change"), 1.2),
    ("城镇新增就业4·1万人。", ("urban_new_jobs", "actual", "2018", "level"), 4.1),
])
def test_middle_dot_as_decimal_point(piece, key, value):
    fs = facts("一、2018年工作回顾\n2018年，" + piece + "\n", report_year=2019)
    assert val(fs, key) == (value, "eq")


# look-alikes: an event's date between quotes, and a page mark, keep their dots; the figure beside them is read as before
@pytest.mark.parametrize("text", [
    "一、2018年工作回顾\n受“7·20”特大暴雨影响，全市地区生产总值增长8.4%。\n",
    "一、2018年工作回顾\n全市地区生产总值增长8.4%。\n·5·\n一般公共预算收入增长3%。\n",
])
def test_middle_dot_look_alikes(text):
    fs = facts(text, report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (8.4, "eq")
    assert all(f.value not in (20, 5.0) or f.indicator != "gdp" for f in fs.values())


# a scan read by an OCR set to Japanese prints Japanese forms (生産総値増長): read as the simplified characters
def test_japanese_forms_of_an_ocr_read_as_simplified():
    fs = facts("一、2018年工作回顾\n2018年，全市地区生産総値増长8.4%，社会消费品零售総额増长5.2%，固定资产投资増长3%。\n",
               report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (8.4, "eq")
    assert val(fs, ("retail_sales", "actual", "2018", "growth")) == (5.2, "eq")
    assert fs[("gdp", "actual", "2018", "growth")].quote.startswith("地区生産総値")


# look-alike: one such character in a simplified text (a Japanese company's name) changes nothing else
def test_one_japanese_form_leaves_the_text_alone():
    d = read("一、2018年工作回顾\n引进日本三菱総合研究所等项目，全市地区生产总值增长8.4%。\n", report_year=2019)
    assert any(f.indicator == "gdp" and f.value == 8.4 for f in d.facts)


# an OCR's full stop for a figure's decimal point, before a percentage or an amount in 万/亿, is the point
@pytest.mark.parametrize("piece,key,value", [
    ("全市地区生产总值增长8。4%。", ("gdp", "actual", "2018", "growth"), 8.4),
    ("全市地区生产总值完成2351。7亿元。", ("gdp", "actual", "2018", "level"), 2351.7),
    ("城镇新增就业4。1万人。", ("urban_new_jobs", "actual", "2018", "level"), 4.1),
    ("常住人口城镇化率提高1。25个百分点。", ("urbanization_rate", "actual", "2018", "pp_change"), 1.25),
])
def test_full_stop_as_decimal_point(piece, key, value):
    fs = facts("一、2018年工作回顾\n2018年，" + piece + "\n", report_year=2019)
    assert val(fs, key) == (value, "eq")


# look-alikes: a sentence that ends with a figure's unit or a rank, then one that opens with a figure, stay two
@pytest.mark.parametrize("text,key,value", [
    ("一、2018年工作回顾\n全市地区生产总值增长8%。2019年，一般公共预算收入增长6%。\n", ("gdp", "actual", "2018", "growth"), 8),
    ("一、2018年工作回顾\n全市地区生产总值增长8.4%，综合实力排名第8。4个项目获省级表彰。\n", ("gdp", "actual", "2018", "growth"), 8.4),
])
def test_full_stop_look_alikes(text, key, value):
    fs = facts(text, report_year=2019)
    assert val(fs, key) == (value, "eq")
    assert all(f.value != 8.4 or f.measure != "rank" for f in fs.values())


# a newspaper's page head that names its page ("荆门日报　2025年1月15日　第3版") between two whole paragraphs of a report
# printed in the paper is no part's title: its year is the page's, the review goes on under it
@pytest.mark.parametrize("head", ["荆门日报 2025年1月15日 第3版", "荆门日报　2025年1月15日　第 3 版", "2025年1月15日 第3版"])
def test_paper_page_head_between_paragraphs_is_dropped(head):
    fs = facts("一、2024年工作回顾\n全市地区生产总值增长5.8%。\n" + head + "\n城镇新增就业5.1万人，城镇调查失业率5.2%。\n"
               "二、2025年主要目标\n城镇调查失业率控制在5.5%以内。\n", report_year=2025)
    assert val(fs, ("urban_new_jobs", "actual", "2024", "level")) == (5.1, "eq")
    assert ("urban_new_jobs", "target", "2025", "level") not in fs
    assert val(fs, ("urban_unemployment_rate", "target", "2025", "share")) == (5.5, "at_most")


# look-alike: the paper's masthead over the report (no paragraph above it) stays for the metadata
def test_paper_masthead_over_the_report_stays():
    d = read("荆门日报 2025年1月15日 第3版\n政府工作报告\n——2025年1月10日在荆门市第十届人民代表大会第三次会议上\n"
             "一、2024年工作回顾\n全市地区生产总值增长5.8%。\n")
    assert d.meta.report_year == 2025
    assert any(f.indicator == "gdp" and f.role == "actual" and f.value == 5.8 for f in d.facts)
