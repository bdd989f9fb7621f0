"""Traditional characters read like simplified ones everywhere (trd37, decision 171): the 70 blind sets converted to
traditional characters scored as in simplified ones but for two readers that matched simplified words in the text as
read (the other reports' headings of a page, the OCR digits' units)."""
from factkeys import facts, val

from planwatch.normalize import normalize

# a page carrying a region's three reports, set in traditional characters: the budget report's part is not the work
# report's, as in simplified characters
SEVERAL_TRAD = """兩會特刊：三份報告速覽

【政府工作報告】
去年全市地區生產總值3180億元，增長4.9%。今年主要預期目標：地區生產總值增長5%左右。

【財政預算報告】
去年全市一般公共預算收入215.4億元，增長2.8%；一般公共預算支出402.6億元。
"""

# the same, with the budget report announced by its full title in traditional characters
STANDING_TRAD = """◆ 縣政府工作報告摘要
去年全縣生產總值增長5.6%，城鎮新增就業6200人。

◆ 縣人大常委會工作報告摘要
一年來共聽取專項工作報告12個。今年將督促全縣城鎮新增就業6000人以上。
"""


def test_budget_part_of_a_traditional_page_is_no_fact():
    fs = facts(SEVERAL_TRAD, region="台州市", level="prefecture", report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (3180, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")
    assert ("general_budget_revenue", "actual", "2023", "level") not in fs
    assert ("general_budget_expenditure", "actual", "2023", "level") not in fs


def test_standing_committee_part_of_a_traditional_page_is_no_fact():
    fs = facts(STANDING_TRAD, region="德清县", level="county", report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (6200, "eq")
    assert ("urban_new_jobs", "target", "2024", "level") not in fs


# a scan's text layer in traditional characters: the letters OCR set for digits are read before 億 and 萬 as before 亿
# and 万 (the script is converted first, then the figure's unit told)
def test_ocr_letters_before_traditional_units():
    t = ("2020年工作回顧\n全年實現地區生產總值5O8.3億元，增長3.9%。社會消費品零售總額l96.2億元。"
         "今年主要預期目標：新增城鎮就業l.5萬人。\n")
    fs = facts(t, region="桐鄉市", level="county", report_year=2021)
    assert val(fs, ("gdp", "actual", "2020", "level")) == (508.3, "eq")
    assert val(fs, ("retail_sales", "actual", "2020", "level")) == (196.2, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2021", "level")) == (1.5, "eq")


def test_ocr_fix_is_one_for_one_in_traditional_text():
    raw = "實現地區生產總值1O8.6億元，人均l2萬元"
    n = normalize(raw)
    assert "108.6亿元" in n.text and "12万元" in n.text
    assert len(n.plain) == len(raw) and n.plain.startswith("实现地区生产总值")


def test_a_word_of_letters_is_no_figure_in_traditional_text():
    # (an English word's o and l beside a figure are no digits: none of them touches a figure's run)
    n = normalize("引進Google、Oracle等企業12家，投資額達3億元")
    assert "Google" in n.text and "Oracle" in n.text and "3亿元" in n.text
