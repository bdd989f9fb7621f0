"""Session pdf14: text as PDF and Word converters print it (pdftotext, pdfminer, PyMuPDF, Word's plain text, a scan's
OCR layer): the characters they end lines with, a scan's letters for digits, footnote marks a line break moved, lines
cut at a page's width."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py
from planwatch.normalize import normalize

REVIEW = "一、2023年工作回顾\n"
PLAN = "二、2024年工作安排\n今年主要预期目标是："


# the characters converters end a line or a page with: pdftotext's form feed before each page's first line, Word's
# manual line break (a vertical tab), Unicode's line and paragraph separators; read as line breaks, one for one, so a
# page's foot under them is dropped and a sentence cut by them is joined
@pytest.mark.parametrize("brk", ["\f", "\v", "\u2028", "\u2029", "\x85"])
def test_a_converters_line_break_character_is_a_line_break(brk):
    text = REVIEW + "全年实现地区生产总值712.6亿元，增长7.1%；固定资产投资增长10." + brk + "6%；城乡居民" + brk \
        + "人均可支配收入分别达到76512元和46830元。\n" + PLAN + "地区生产总值增长7%左右，规模以上工业增加值增长8%；\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (10.6, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "level")) == (76512, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (46830, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "about")


def test_a_form_feed_page_foot_inside_a_sentence():
    text = REVIEW + "全年实现地区生产总值712.6亿元，增长7.1%。\n" + PLAN + "地区生产\r\n\r\n\f—2—\r\n德清县政府工作报告\r\n" \
        "总值增长7%左右；一般公共预算收入增长6%。\r\n" + "三、重点工作\n新建高标准农田2.5万亩。\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (7, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (6, "eq")
    assert "—2—" not in normalize(text).text


def test_line_break_characters_keep_offsets():
    text = "地区生产总值增长\f7%左右\v一般公共预算收入增长6%"
    n = normalize(text)
    assert len(n.simple) == len(text)
    s = n.text.index("7%")
    assert n.quote(s, s + 2)[0] == "7%"


# a scan's text layer: 0 read as O (o, 〇), 1 as l (I), 亿 as 乙 after a figure; read as what they stand for inside a
# figure, one for one (quotes stay exact)
@pytest.mark.parametrize("sent,key,value", [
    ("全县地区生产总值完成3l2.6亿元，增长7.8%。", ("gdp", "actual", "2023", "level"), 312.6),
    ("一般公共预算收入16.8亿元，增长1O.5％。", ("general_budget_revenue", "actual", "2023", "growth"), 10.5),
    ("社会消费品零售总额完成l32.5乙元，增长9.1%。", ("retail_sales", "actual", "2023", "level"), 132.5),
    ("城镇新增就业6O0 O人。", ("urban_new_jobs", "actual", "2023", "level"), 6000),
    ("农村居民人均可支配收入l5880元，增长9.4%。", ("rural_disposable_income", "actual", "2023", "level"), 15880),
    ("全年实际利用外资1.O5乙美元。", ("fdi", "actual", "2023", "level"), 1.05),
])
def test_ocr_letters_for_digits_in_a_figure(sent, key, value):
    fs = facts(REVIEW + sent + "\n", report_year=2024)
    assert fs[key].value == value


def test_an_ocr_year_dates_its_paragraph():
    text = "一、过去五年工作回顾\n五年来，地区生产总值由2016年的201.5亿元增加到2O2l年的312.6亿元，年均增长7.3%。\n" \
        "2O2l年，全县规模以上工业增加值增长8.6%；固定资产投资增长11.2%。\n二、2022年工作安排\n地区生产总值增长7.5%。\n"
    fs = facts(text, report_year=2022)
    assert val(fs, ("gdp", "actual", "2021", "level")) == (312.6, "eq")
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (8.6, "eq")
    assert ("industrial_va", "actual", "2017-2021", "growth") not in fs


def test_an_ocr_goal_year_and_figure():
    fs = facts("二、今后五年目标任务\n今后五年，地区生产总值年均增长7.5%以上，到2 O26年突破45O亿元。\n", report_year=2022)
    assert val(fs, ("gdp", "goal", "2026", "level")) == (450, "at_least")


# look-alikes: letters beside digits that are words or codes, 乙 as a word, stay as written
@pytest.mark.parametrize("text", [
    "推广O2O模式，防控H1N1流感，CO2排放下降，PM2.5浓度下降，建成5G基站，I类水体比例，Win10系统。",
    "乙类传染病发病3例，甲乙丙三方签约，型号S1O0设备，ISO9001认证，lO个百分点。",
    "http://www.example.gov.cn/art/2O21/1/11/art_lO29.html",
])
def test_letters_beside_digits_that_are_no_ocr_figures_stay(text):
    assert normalize(text).simple == text
