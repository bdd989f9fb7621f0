"""News and explainer pages restating a report, third round (branch news15): an explainer's numbered headings
("数字4：9%", "第三组数字：8%"), a news page's sub-heads ("财政：一般公共预算收入增长2%"), last year's target of the
name before in the next sentence ("。去年这一目标是5%以上"), a figure glued to GDP/CPI once a space is dropped, and an
infographic's "name｜figure" lines with the change on a line of its own; and the look-alikes where a rule must not fire."""
from __future__ import annotations

import pytest

from factkeys import facts, keys_of, read, val  # tests/factkeys.py

_CITY = {"report_year": 2024, "region": "成都市", "level": "prefecture"}
_PROV = {"report_year": 2026, "region": "山东省", "level": "province"}


# ---- an explainer's numbered headings: the cue before one does not date the figures after it ----

_TEN = ("关键词+数字 读懂2024年成都市政府工作报告\n\n"
        "{h3}\n今年固定资产投资增长5%左右，去年的目标为增长8%。去年全市固定资产投资增长2%。\n\n"
        "{h4}\n社会消费品零售总额增长9%。去年，成都社零总额首次突破1万亿元，达到10001.6亿元，增长10%。\n\n"
        "{h5}\n今年城镇新增就业25万人以上。2023年全市城镇新增就业27.3万人。\n\n"
        "{h6}\n居民消费价格涨幅3%左右。城乡居民人均可支配收入增长与经济增长同步。\n")


@pytest.mark.parametrize("heads", [
    ("数字3：5%", "数字4：9%", "数字5：25万人", "数字6：3%"),
    ("第三组数字：5%", "第四组数字：9%", "第五组数字：25万人", "第六组数字：3%"),
    ("关键词3：投资", "关键词4：消费", "关键词5：就业", "关键词6：民生"),
    ("【看点3】投资", "【看点4】消费", "【看点5】就业", "【看点6】民生"),
])
def test_explainer_heading_stops_the_cue_before(heads):
    text = _TEN.format(h3=heads[0], h4=heads[1], h5=heads[2], h6=heads[3])
    fs = facts(text, **_CITY)
    # last year's result after the bare figure is its own, not the bare figure (which nothing dates)
    assert val(fs, ("retail_sales", "actual", "2023", "growth")) == (10, "eq")
    assert ("retail_sales", "target", "2023", "growth") not in fs
    # the bare figure set against last year's in the sentence right after it is this year's
    assert val(fs, ("retail_sales", "target", "2024", "growth")) == (9, "eq")
    # a figure that says it is a target ("左右") and a qualitative one are this year's, not last year's
    assert val(fs, ("cpi", "target", "2024", "growth")) == (3, "about")
    assert ("cpi", "actual", "2023", "growth") not in fs
    assert fs[("urban_disposable_income", "target", "2024", "growth")].qualifier == "qualitative"
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (27.3, "eq")


def test_without_a_heading_the_paragraph_before_still_dates():
    # look-alike: the same lines with no heading between them go on in last year's time, as before
    text = ("2023年，全市固定资产投资增长2%。\n居民消费价格上涨0.6%。\n")
    fs = facts(text, **_CITY)
    assert val(fs, ("cpi", "actual", "2023", "growth")) == (0.6, "eq")


def test_a_numbered_part_title_is_no_explainer_heading():
    # look-alike: a word like 数字 inside a sentence opens nothing
    text = ("一、2023年工作回顾\n去年，数字经济加快发展。全市地区生产总值增长6%。\n")
    fs = facts(text, **_CITY)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")


# ---- a news page's sub-head: a summary of the paragraph under it ----

_SUB = ("广州政府工作报告“新”数据\n\n"
        "今年固定资产投资增长3%左右，与去年的目标持平。去年，全市固定资产投资下降2.9%。\n\n"
        "{head}\n\n"
        "去年全市一般公共预算收入1990.4亿元，下降0.6%。今年的目标是增长2%。\n\n"
        "科技：研发投入强度3.6%\n\n"
        "2024年，全社会研发经费投入强度达到3.6%。\n")


@pytest.mark.parametrize("head", ["财政：一般公共预算收入增长2%", "财政：收入目标增长2%"])
def test_sub_head_is_not_dated_by_the_paragraph_before(head):
    fs = facts(_SUB.format(head=head), report_year=2025, region="广州市", level="prefecture")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (-0.6, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2025", "growth")) == (2, "eq")
    assert ("rnd_intensity", "target", "2025", "share") not in fs
    assert val(fs, ("rnd_intensity", "actual", "2024", "share")) == (3.6, "eq")


def test_sub_head_with_its_own_year_keeps_it():
    # look-alike: a sub-head that names its year is dated by it
    text = ("数字看报告\n\n今年居民收入增长和经济增长同步。\n\n财政：2024年一般公共预算收入增长5%\n\n去年财政运行平稳。\n")
    fs = facts(text, report_year=2025, region="广州市", level="prefecture")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (5, "eq")


def test_a_line_cut_by_a_page_still_goes_on():
    # look-alike: a long line with a colon, no blank line before it, cut mid-sentence, goes on to the next line
    text = ("2023年，全市经济运行稳中向好，主要指标完成情况如下：地区生产总值\n增长6.1%，固定资产投资增长2%。\n")
    fs = facts(text, **_CITY)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.1, "eq")


# ---- last year's target of the name before, in the next sentence ----

@pytest.mark.parametrize("between", ["", "今年的目标与去年持平。", "这一目标符合发展实际。"])
def test_last_years_target_in_the_next_sentence(between):
    text = f"报告提出，2026年全省地区生产总值增长5%左右。{between}去年这一目标是5%以上，实际完成5.4%。\n"
    fs = facts(text, **_PROV)
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "about")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5, "at_least")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.4, "eq")


def test_last_years_target_after_two_names_is_nobodys():
    # look-alike: the sentence before names two figures; "这一目标" picks neither
    text = "今年全省地区生产总值增长5%左右，一般公共预算收入增长3%。去年这一目标是5%以上。\n"
    fs = facts(text, **_PROV)
    assert ("gdp", "target", "2025", "growth") not in fs
    assert ("general_budget_revenue", "target", "2025", "growth") not in fs


def test_last_years_target_past_an_aside_with_a_figure_stops():
    # look-alike: a sentence with a figure between ends the reach
    text = "今年全省地区生产总值增长5%左右。全国的目标为5%左右。去年这一目标是5%以上。\n"
    fs = facts(text, **_PROV)
    assert ("gdp", "target", "2025", "growth") not in fs


# ---- a figure glued to GDP/CPI (a space dropped by normalising) ----

@pytest.mark.parametrize("line, key, want", [
    ("GDP 60012.97亿元\n增长 5.8%", ("gdp", "actual", "2024", "level"), (60012.97, "eq")),
    ("GDP 60012.97亿元\n增长 5.8%", ("gdp", "actual", "2024", "growth"), (5.8, "eq")),
    ("全市GDP 1200亿元，增长6%", ("gdp", "actual", "2024", "level"), (1200, "eq")),
    ("人均GDP 8.5万元", ("gdp_per_capita", "actual", "2024", "level"), (8.5, "eq")),
    ("CPI 2.1%", ("cpi", "actual", "2024", "growth"), (2.1, "eq")),
])
def test_figure_after_an_abbreviation(line, key, want):
    fs = facts("2024年工作回顾\n\n" + line + "\n", report_year=2025, region="湖北省", level="province")
    assert val(fs, key) == want


def test_letters_glued_to_a_digit_are_still_a_name():
    # look-alikes: PM2.5, 5G, G20 stay names; a longer word ending in the letters is no abbreviation
    fs = facts("2024年工作回顾\n\nPM2.5平均浓度30微克/立方米，建成5G基站1200个，G20峰会成果落实。\n",
               report_year=2025, region="湖北省", level="province")
    assert val(fs, ("pm25", "actual", "2024", "level")) == (30, "eq")
    assert not any(f.value in (2.5, 20, 5) for f in fs.values())


# ---- an infographic's "name｜figure" lines, the change on a line of its own ----

_BARS = ("数说慈溪\n\n▍2025年成绩单\n\n地区生产总值｜3120.6亿元\n同比增长｜6.1%\n\n"
         "城镇居民人均可支配收入｜89560元\n农村居民人均可支配收入｜62180元\n分别增长｜4.6%、5.9%\n\n"
         "规上工业增加值｜增长 8.9%\n固定资产投资｜增长 3.2%\n")


def test_bar_lines_change_on_its_own_line():
    fs = facts(_BARS, report_year=2026, region="慈溪市", level="county")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (3120.6, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (6.1, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2025", "growth")) == (4.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2025", "growth")) == (5.9, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2025", "level")) == (89560, "eq")
    # two names' lines that each hold their change stay apart
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (8.9, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2025", "growth")) == (3.2, "eq")


def test_table_rows_stay_apart():
    # look-alike: a table of three cells a row is no infographic's pair
    text = ("2025年主要指标完成情况\n指标|单位|完成\n地区生产总值|亿元|3120.6\n增长|%|6.1\n")
    d = read(text, report_year=2026, region="慈溪市", level="county")
    ks = keys_of(d)
    assert ("gdp", "actual", "2025", "growth") not in ks or ks[("gdp", "actual", "2025", "growth")].value != 3120.6


def test_last_years_target_after_a_lead_clause():
    text = "报告提出，今年全市地区生产总值增长5%。对比去年的政府工作报告，去年的目标为增长5.5%。\n"
    fs = facts(text, report_year=2025, region="广州市", level="prefecture")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "eq")


def test_last_years_result_after_a_lead_clause_is_no_target():
    # look-alike: a lead clause then last year's result (no 目标) is no continuation of the name's figure
    text = "报告提出，今年全市地区生产总值增长5%。据统计，去年全市增长2.1%。\n"
    fs = facts(text, report_year=2025, region="广州市", level="prefecture")
    assert ("gdp", "target", "2024", "growth") not in fs
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5, "eq")


# ---- a bare figure set against last year's in the next sentence is this year's ----

@pytest.mark.parametrize("after, want", [
    ("去年粮食产量13908.2亿斤，增长1.3%。", (1.3, "at_least")),
    ("上年实际为13908.2亿斤。", (1.3, "at_least")),
])
def test_bare_figure_before_last_years(after, want):
    text = f"十个数字读懂政府工作报告\n\n【数字五】1.3万亿斤\n粮食产量1.3万亿斤以上。{after}\n"
    fs = facts(text, report_year=2024, region="中华人民共和国", level="national")
    assert val(fs, ("grain_output", "target", "2024", "level")) == want


@pytest.mark.parametrize("after", ["今年要稳定粮食播种面积。", "去年同期为1.2万亿斤。", ""])
def test_bare_figure_lookalikes(after):
    # look-alikes: nothing after it, this year after it, or 去年同期 (a part of a year compared): no reading
    text = f"十个数字读懂政府工作报告\n\n【数字五】1.3万亿斤\n粮食产量1.3万亿斤以上。{after}\n"
    fs = facts(text, report_year=2024, region="中华人民共和国", level="national")
    assert ("grain_output", "target", "2024", "level") not in fs
    assert ("grain_output", "actual", "2023", "level") not in fs


def test_review_section_figure_before_last_year_stays_actual():
    # look-alike: in a review the section decides; 去年 after does not make a target
    text = "一、2023年工作回顾\n全市粮食产量52.3万吨。去年，我们坚持稳中求进。\n"
    fs = facts(text, report_year=2024, region="成都市", level="prefecture")
    assert val(fs, ("grain_output", "actual", "2023", "level")) == (52.3, "eq")


# ---- another region's or the country's targets on a page about the region ----

_COUNTY = {"report_year": 2025, "region": "晋江市", "level": "county"}


@pytest.mark.parametrize("line", [
    "泉州市今年提出地区生产总值增长5.5%左右，规模以上工业增加值增长5%左右。",
    "湖州市今年提出地区生产总值增长5.5%以上。",
    "泉州市2025年提出地区生产总值增长5.5%左右。",
])
def test_another_region_speaking_with_a_time_between(line):
    # (the other region's line first: read as the region's own, it would be the first place stated)
    text = line + "报告提出，2025年晋江主要预期目标为：地区生产总值增长6%，规模以上工业增加值增长6.5%。\n"
    fs = facts(text, **_COUNTY)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "eq")
    assert val(fs, ("industrial_va", "target", "2025", "growth")) == (6.5, "eq")


def test_own_region_speaking_with_a_time_between_stays_own():
    # look-alike: the region itself, or 我市, saying it
    for line in ("晋江市今年提出地区生产总值增长6%。", "我市今年提出地区生产总值增长6%。"):
        fs = facts(line + "\n", **_COUNTY)
        assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "eq")


@pytest.mark.parametrize("lead", ["全国层面，", "从全国看，", "国家层面，", "全国范围内，"])
def test_country_as_topic(lead):
    text = ("报告提出，今年全市地区生产总值增长5.5%左右，城镇新增就业6万人。"
            f"{lead}国内生产总值增长5%左右，城镇新增就业1200万人以上，居民消费价格涨幅2%左右。\n")
    fs = facts(text, report_year=2025, region="佛山市", level="prefecture")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")
    assert val(fs, ("urban_new_jobs", "target", "2025", "level")) == (6, "eq")
    assert ("cpi", "target", "2025", "growth") not in fs


def test_province_as_topic_in_a_city():
    text = "全省范围内，城镇新增就业70万人以上。今年全市城镇新增就业6万人。\n"
    fs = facts(text, report_year=2025, region="佛山市", level="prefecture")
    assert val(fs, ("urban_new_jobs", "target", "2025", "level")) == (6, "eq")


def test_own_figure_after_the_country_as_topic():
    # look-alike: the region's own figure named after the country's in the same sentence
    text = "全国层面，国内生产总值增长5%左右，我市地区生产总值增长5.5%左右。\n"
    fs = facts(text, report_year=2025, region="佛山市", level="prefecture")
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")


# ---- an infographic's marked name over its figure ----

_MARKED = ("图解：2026年计划报告\n\n一、2025年计划执行情况\n\n◎ 全省地区生产总值\n   6.8万亿元  增长5.6%\n"
           "◎ 规模以上工业增加值\n   增长6.2%\n◎ 居民消费价格\n   上涨0.3%\n◎ 粮食产量\n   725亿斤\n\n"
           "二、2026年主要预期目标\n\n◎ 地区生产总值增长5.5%左右\n")


def test_marked_name_over_its_figure():
    fs = facts(_MARKED, report_year=2026, region="四川省", level="province")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (6.8, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.6, "eq")
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (6.2, "eq")
    assert val(fs, ("cpi", "actual", "2025", "growth")) == (0.3, "eq")
    assert val(fs, ("grain_output", "actual", "2025", "level")) == (725, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5.5, "about")


def test_marked_sub_head_over_prose_stays_apart():
    # look-alike: a marked sub-head that names no indicator, or prose under it, is not joined
    text = ("◎ 回眸2025\n2025年全省地区生产总值增长5.6%。\n\n◎ 地区生产总值\n今年要稳中求进。\n")
    d = read(text, report_year=2026, region="四川省", level="province")
    ks = keys_of(d)
    assert val(ks, ("gdp", "actual", "2025", "growth")) == (5.6, "eq")
    assert all("回眸" not in f.quote for f in d.facts)
