"""Session 31 noi31: reports as PDFs, web pages and conversions leave them, blind. Thirteen blind reports of 2016–2025
(page marks and running heads inside sentences, hard-wrapped lines, spaced glyphs, full-width digits, footnote marks,
web chrome, pinyin and notes, traditional characters, a table one cell a line) read right; probes of the same damage
found two classes: a table's name cell wrapped with one character on its second line, and a footnote mark set between
a figure's digits and its unit."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py
from planwatch.normalize import normalize

HEAD = "政府工作报告\n一、2023年工作回顾\n全区经济稳中向好。\n表1 2023年主要指标完成情况\n指标\n单位\n2023年\n比上年增长%\n"


# a PDF's table cell one character too narrow for its name: the last character alone on the next line is the name's
# rest, and the rows after it read in step
@pytest.mark.parametrize("rows,key,value", [
    ("社会消费品零售总\n额\n亿元\n1062.4\n2.3\n", ("retail_sales", "actual", "2023", "level"), 1062.4),
    ("常住人口城镇化\n率\n%\n78.6\n—\n", ("urbanization_rate", "actual", "2023", "share"), 78.6),
    ("城镇居民人均可支配收\n入\n元\n76536\n5.1\n", ("urban_disposable_income", "actual", "2023", "level"), 76536),
    ("地区生产总\n值\n亿元\n3286.5\n6.2\n", ("gdp", "actual", "2023", "growth"), 6.2),
])
def test_name_cell_wrapped_with_one_character(rows, key, value):
    fs = facts(HEAD + rows + "一般公共预算收入\n亿元\n168.3\n3.6\n", report_year=2024)
    assert val(fs, key) == (value, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (3.6, "eq")


# a row that names no indicator, its name so wrapped, does not stop the table: the rows under it are read
def test_wrapped_row_of_another_name_keeps_the_table():
    fs = facts(HEAD + "新能源汽车保有\n量\n辆\n5000\n12.5\n地区生产总值\n亿元\n3286.5\n6.2\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (3286.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")


# look-alike: a one-character unit cell under a whole name is the row's unit, not the name's rest
def test_one_character_unit_under_a_whole_name_stays_a_cell():
    fs = facts(HEAD + "新能源汽车保有量\n辆\n5000\n12.5\n高新技术企业\n家\n3865\n9.1\n地区生产总值\n亿元\n3286.5\n6.2\n",
               report_year=2024)
    assert val(fs, ("high_tech_enterprises", "actual", "2023", "level")) == (3865, "eq")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (3286.5, "eq")


REVIEW = "政府工作报告\n一、2023年工作回顾\n"


# a footnote mark between a figure's digits and its unit or %: the figure and its unit go on past it
@pytest.mark.parametrize("piece,key,value", [
    ("全市一般公共预算收入完成86.42³亿元，增长5.6%。", ("general_budget_revenue", "actual", "2023", "level"), 86.42),
    ("城镇常住居民人均可支配收入48215²元，增长4.9%。", ("urban_disposable_income", "actual", "2023", "level"), 48215),
    ("全年接待游客2156[4]万人次，增长31.2%。", ("tourist_visits", "actual", "2023", "level"), 2156),
    ("规模以上工业增加值增长8.7［2］%，高于全省平均水平。", ("industrial_va", "actual", "2023", "growth"), 8.7),
])
def test_footnote_mark_between_digits_and_unit(piece, key, value):
    fs = facts(REVIEW + piece + "\n", report_year=2024)
    assert val(fs, key) == (value, "eq")


# look-alikes: a power of ten and a letter's power keep their marks; a mark after a unit is dropped as before
@pytest.mark.parametrize("text,kept", [
    ("年处理能力1.2×10⁴吨。", "10⁴吨"),
    ("新建绿地3.5万m²。", "m²"),
    ("年产能5×10⁵吨。", "10⁵吨"),
])
def test_power_marks_stay(text, kept):
    assert kept in normalize(text).text


def test_mark_after_the_unit_still_dropped():
    fs = facts(REVIEW + "全市地区生产总值完成3286.5亿元¹，增长6.2%。\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (3286.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")


PAGE1 = ("政府工作报告\n一、2023年工作回顾\n2023年，全市实现地区生产总值3286.5亿元，增长6.2%；一般公共预算收入168.3亿元，增长3.6%；社会消"
         "{foot1}费品零售总额1062.4亿元，增长2.3%；城镇居民人均可支配收入76536元，增{foot2}长5.1%。规模以上工业增加值增长9.8%。\n"
         "二、2024年工作安排\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")


# a page's foot giving its date (its issuer's name before it or not; its page number beside it or not) inside a
# sentence is the page's, not a year that turns the review into the year's targets
@pytest.mark.parametrize("foot1,foot2", [
    ("\n\n2024年1月\n\n", "\n\n2024年1月\n\n"),
    ("\n\n2024年1月  — 2 —\n\n", "\n\n2024年1月  — 3 —\n\n"),
    ("\n龙华区人民政府办公室 2024年1月印发\n第 2 页\n", "\n龙华区人民政府办公室 2024年1月印发\n第 3 页\n"),
    ("\n— 2 —\n深圳市龙华区人民政府 2024年1月\n", "\n— 3 —\n深圳市龙华区人民政府 2024年1月\n"),
    ("\n\n2024年1月 - 2 -\n\n", ""),
])
def test_dated_page_foot_inside_a_sentence(foot1, foot2):
    fs = facts(PAGE1.format(foot1=foot1, foot2=foot2), report_year=2024)
    assert val(fs, ("retail_sales", "actual", "2023", "level")) == (1062.4, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.1, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (9.8, "eq")
    assert not any(k[1] == "target" and k[0] != "gdp" for k in fs)


# look-alike: a date line under a finished sentence (a part's or an annex's signature) is no page foot: it stays
def test_date_line_after_a_sentence_stays():
    text = ("政府工作报告\n附件1：全市重点项目清单（略）。\n2024年1月\n附件2：全市民生实事清单（略）。\n2024年1月\n"
            "一、2023年工作回顾\n全市地区生产总值3286.5亿元。\n")
    assert normalize(text).text.count("2024年1月") == 2


TARGETS = "二、2024年工作安排\n今年主要预期目标见下表。\n表2 2024年主要预期目标\n\n"


# a web page's table read as text, each cell a paragraph (a blank line after every cell): read as the table it is
def test_table_one_cell_a_paragraph():
    text = REVIEW + "全区经济稳中向好。\n" + TARGETS + "\n\n".join([
        "指标", "单位", "2023年完成", "2024年目标",
        "地区生产总值增速", "%", "6.2", "6左右",
        "一般公共预算收入增速", "%", "3.6", "3",
        "城镇调查失业率", "%", "—", "5以内"]) + "\n三、重点工作\n全力扩大有效投资。\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (3, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5, "at_most")


def test_table_one_cell_a_paragraph_with_units_column_and_two_years():
    text = REVIEW + "全市经济回升向好。\n" + "\n\n".join([
        "指  标", "单位", "2023年", "增长%",
        "地区生产总值", "亿元", "3286.5", "6.2",
        "城镇居民人均可支配收入", "元", "76536", "5.1"]) + "\n"
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (3286.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.1, "eq")


# look-alike: a 指标 heading over prose paragraphs is no table: the prose is read as prose
def test_head_word_over_paragraphs_is_no_table():
    text = (REVIEW + "全区经济稳中向好。\n二、2024年工作安排\n指标\n\n今年全区地区生产总值增长6%左右，一般公共预算收入增长3%。\n\n"
            "城镇调查失业率控制在5%以内。\n")
    assert "|" not in normalize(text).text
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5, "at_most")


# a web page's image link ("▲点击图片查看大图", "点击查看原图") between the halves of a sentence is chrome: the sentence goes on
@pytest.mark.parametrize("chrome", ["\n▲点击图片查看大图\n", "\n点击查看原图\n", "\n△ 点击查看大图\n"])
def test_image_link_inside_a_sentence(chrome):
    fs = facts(REVIEW + "全市一般公共预算收入" + chrome + "168.3亿元，增长3.6%；城镇新增就业4.2万人。\n", report_year=2024)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (168.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (3.6, "eq")


# look-alike: an infographic's arrow before a figure is no chrome
def test_arrow_before_a_figure_stays():
    assert "▲" in normalize("规模以上工业增加值\n▲8.6%\n").text


YEARBOOK = ("政府工作报告\n——2021年1月8日在濉溪县第十八届人民代表大会第一次会议上\n一、2020年工作回顾\n2020年，全县实现地区生产总值"
            "412.6亿元，增长3.9%；一般公共预算收入20.3亿元，增长2.1%；社会消{head1}费品零售总额135.2亿元，下降1.6%；城镇居民人均可"
            "支配收入36120元，增{head2}长4.2%。\n二、2021年主要目标\n今年全县主要预期目标是：地区生产总值增长8%左右。\n")


# a yearbook's reprint: its running head (the yearbook's name and year, its page mark beside it or not) between two
# pages is the page's, and the sentence it cuts goes on
@pytest.mark.parametrize("head1,head2", [
    ("\n淮北年鉴（2021）\n", "\n淮北年鉴（2021）\n"),
    ("\n· 58 ·　淮北年鉴（2021）\n", "\n淮北年鉴（2021）　· 59 ·\n"),
    ("\n2021濉溪年鉴\n", "\n2021濉溪年鉴\n"),
    ("\n— 58 —\n淮北年鉴 2021\n", ""),
])
def test_yearbook_running_head(head1, head2):
    fs = facts(YEARBOOK.format(head1=head1, head2=head2), report_year=2021)
    assert val(fs, ("retail_sales", "actual", "2020", "level")) == (135.2, "eq")
    assert val(fs, ("retail_sales", "actual", "2020", "growth")) == (-1.6, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2020", "growth")) == (4.2, "eq")


# look-alike: the yearbook's name opening the document is its title, kept
def test_yearbook_name_opening_the_document_stays():
    text = "淮北年鉴（2021）\n" + YEARBOOK.format(head1="\n淮北年鉴（2021）\n", head2="\n淮北年鉴（2021）\n")
    assert normalize(text).text.count("淮北年鉴") == 1


# the other page's head of a yearbook's reprint: its column's name ("特载", "重要文献"), a page mark beside it or not
@pytest.mark.parametrize("head1,head2", [
    ("\n· 58 ·　淮北年鉴（2021）\n", "\n特载　· 59 ·\n"),
    ("\n58　淮北年鉴（2021）\n", "\n重 要 文 献　59\n"),
    ("\n— 58 —\n淮北年鉴（2021）\n", "\n专文\n"),
])
def test_yearbook_column_head(head1, head2):
    fs = facts(YEARBOOK.format(head1=head1, head2=head2), report_year=2021)
    assert val(fs, ("retail_sales", "actual", "2020", "level")) == (135.2, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2020", "growth")) == (4.2, "eq")


# look-alikes: the column's name over the reprint's title (after no cut sentence) stays, and so does such a word in a
# text that is no yearbook's
def test_yearbook_column_over_the_title_stays():
    text = "淮北年鉴（2021）\n特载\n" + YEARBOOK.format(head1="", head2="")
    assert "特载" in normalize(text).text
    assert "专文" in normalize("全市经济运行平稳，城镇新增就\n专文\n业4.2万人。\n").text


PAGED = ("政府工作报告\n一、2023年工作回顾\n2023年，全市地区生产总值3286.5亿元，增长6.2%；一般公共预算收入168.3亿元，增长3.6%；社会消"
         "{bar1}费品零售总额1062.4亿元，增长2.3%；城镇居民人均可支配收入76536元，增{bar2}长5.1%。\n二、2024年工作安排\n"
         "今年全市主要预期目标是：地区生产总值增长6%左右。\n")


# an old site's bar of an article's pages, left between the pages' text where a page cut a sentence
@pytest.mark.parametrize("bar1,bar2", [
    ("\n[1] [2] [3] [下一页]\n", "\n[上一页] [1] [2] [3] [下一页]\n"),
    ("\n第1页　第2页　第3页\n", "\n第1页　第2页　第3页\n"),
    ("\n共3页: 1 2 3 下一页 尾页\n", "\n共3页: 首页 上一页 1 2 3 下一页 尾页\n"),
    ("\n上一页  【1】  【2】  下一页\n", "\n下一页\n"),
])
def test_page_bar_inside_a_sentence(bar1, bar2):
    fs = facts(PAGED.format(bar1=bar1, bar2=bar2), report_year=2024)
    assert val(fs, ("retail_sales", "actual", "2023", "level")) == (1062.4, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.1, "eq")


# look-alikes: a line of bare numbers (a table's cells) and a sentence naming a page are no bar
def test_numbers_and_page_words_stay():
    t = normalize("年份\n2021 2022 2023\n12 15 18\n详见第3页和下一页的附表。\n").text
    assert "121518" in t.replace(" ", "") and "下一页的附表" in t


PLAN = "政府工作报告\n一、2023年工作回顾\n全市经济回升向好。\n二、2024年工作安排\n今年主要预期目标见下表。\n"


# a name cell wrapped in two lines after the row's serial number: the serial, the whole name, its figures
def test_wrapped_name_after_a_serial_number():
    cells = ["序号", "指标", "单位", "2024年目标", "1", "规模以上工业增", "加值增长", "%", "8", "2", "一般公共预算收入增长", "%", "3",
             "3", "城镇调查失", "业率", "%", "5.5以内", "4", "居民消费价格涨幅", "%", "2左右"]
    fs = facts(PLAN + "\n".join(cells) + "\n", report_year=2024)
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (3, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")
    assert val(fs, ("cpi", "target", "2024", "growth")) == (2, "about")


# look-alike: serial numbers over whole names keep their rows (no name's rest is taken from the next row)
def test_serial_rows_with_whole_names():
    cells = ["序号", "指标", "单位", "2024年目标", "1", "地区生产总值增长", "%", "6左右", "2", "城镇调查失业率", "%", "5.5以内"]
    fs = facts(PLAN + "\n".join(cells) + "\n", report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")


# a Taiwan-worded page of a mainland report: 專案 is 项目 and 網路 before what it names is 网络 (one for one); a case's
# 专案组 and a pipe network's road surface (管网路面) stay
def test_taiwan_wording_of_pledges():
    from factkeys import pledged, read
    d = read("政府工作報告\n二、2024年工作安排\n今年將實施重大產業專案120個，引進億元以上專案80個，網路零售額增長15%以上。\n",
             report_year=2024)
    objs = {o for o, _, _ in pledged(d)}
    assert any("项目" in o for o in objs) and not any("专案" in o for o in objs)
    assert any(o.startswith("网络零售") for o in objs)


def test_mainland_words_like_taiwan_wording_stay():
    t = normalize("成立专案组，改造城市管网路面12公里。").text
    assert "专案组" in t and "管网路面" in t


# a run of digits alone on its line is read at once (the page bar's numbers are whole numbers, never split: split every
# way, a run of thirty digits took seconds)
def test_long_digit_line_is_quick():
    import time
    t = time.perf_counter()
    normalize("地区生产总值\n" + "1234567890" * 6 + "元\n")
    assert time.perf_counter() - t < 1.0
