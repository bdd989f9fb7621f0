"""Session 16 tables13: plan reports' tables of targets and results (主要指标完成情况及计划安排表) in the shapes
a page's conversion leaves them: a Word table's tabs, runs of spaces, one cell a line, bars."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def plan_report(year: int, table: str) -> str:
    return (f"关于某县{year - 1}年国民经济和社会发展计划执行情况及{year}年计划草案的报告\n"
            f"一、{year - 1}年计划执行情况\n全年经济运行总体平稳。主要指标完成情况如下表：\n{table}\n"
            f"二、{year}年主要任务\n全年实施重点项目130个。\n")


# a Word table whose year spans two columns ("2018年" over "计划 | 完成"): the second header row opens with
# its empty corner cells and ends with the empty cell under a head spanning both rows ("2019年计划")
SPAN = ("序号\t指标名称\t单位\t2018年\t\t2019年计划\n"
        "\t\t\t计划\t完成\t\n"
        "1\t地区生产总值\t亿元\t340\t348.6\t375\n"
        "\t增长\t%\t8\t8.1\t7.5\n"
        "2\t城镇新增就业\t人\t7000\t8200\t7500\n")


def test_a_word_tables_second_header_row_keeps_its_empty_outer_cells():
    fs = facts(plan_report(2019, SPAN), report_year=2019)
    assert val(fs, ("gdp", "target", "2018", "level")) == (340, "eq")
    assert val(fs, ("gdp", "actual", "2018", "level")) == (348.6, "eq")
    assert val(fs, ("gdp", "target", "2019", "level")) == (375, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (8.1, "eq")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2018", "level")) == (8200, "eq")
    assert ("urban_new_jobs", "actual", "2019", "level") not in fs


# look-alike: a web page's table closed by bars on every row, its second header row too ("||计划|完成||"
# would be wrong there: "|a|b|" is closed by its bars), keeps reading its cells without the outer bars
WEB = ("|指标|单位|2018年计划|2018年完成|2019年计划|\n"
       "|---|---|---|---|---|\n"
       "|地区生产总值|亿元|340|348.6|375|\n"
       "|城镇新增就业|人|7000|8200|7500|\n")


def test_a_web_tables_rows_closed_by_bars_stay_read_without_them():
    fs = facts(plan_report(2019, WEB), report_year=2019)
    assert val(fs, ("gdp", "target", "2018", "level")) == (340, "eq")
    assert val(fs, ("gdp", "actual", "2018", "level")) == (348.6, "eq")
    assert val(fs, ("gdp", "target", "2019", "level")) == (375, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2019", "level")) == (7500, "eq")


# a web page's table whose converter repeats a head in each row it spans ("指标名称" over "指标名称", "2018年"
# over "2018年" and "2018年" over "计划" and "预计完成"): the repeated head is one head
DUP = ("|指标名称|单位|2018年|2018年|2019年|\n"
       "|指标名称|单位|计划|预计完成|预期目标|\n"
       "|---|---|---|---|---|\n"
       "|地区生产总值增长|%|7-7.5|6.8|6.5-7|\n"
       "|城镇登记失业率|%|4.5以内|2.34|4.5以内|\n")


def test_a_head_repeated_in_the_rows_it_spans_is_one_head():
    fs = facts(plan_report(2019, DUP), report_year=2019)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (7, 7.5, "range")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (6.8, "eq")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6.5, 7, "range")
    assert val(fs, ("registered_unemployment_rate", "target", "2018", "share")) == (4.5, "at_most")
    assert val(fs, ("registered_unemployment_rate", "actual", "2018", "share")) == (2.34, "eq")


# look-alike: two header rows that differ in each column still read top to bottom ("2018年" over "计划")
def test_two_header_rows_that_differ_still_stack():
    table = ("|指标|单位|2018年|2018年|2019年|\n|  |  |计划|完成|计划|\n"
             "|地区生产总值增长|%|7|6.8|6.5|\n")
    fs = facts(plan_report(2019, table), report_year=2019)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (7, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (6.8, "eq")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6.5, "eq")


# a table printed one cell a line: its years spanning the columns under them ("2023年", "2024年" over "计划",
# "预计完成", "计划目标"), and a category's cell alone on its line between the rows ("经济发展")
LINES = ("指标\n单位\n2023年\n2024年\n计划\n预计完成\n计划目标\n"
         "经济发展\n地区生产总值增长\n%\n6.5\n6.5左右\n6.5\n规模以上工业增加值增长\n%\n8\n7.5\n7.5\n"
         "民生福祉\n城镇新增就业\n万人\n2.8\n3.1\n2.8\n城镇调查失业率\n%\n5.5以内\n5.1\n5.5以内\n注：增速按可比价格计算。")


def test_a_table_one_cell_a_line_with_years_spanning_and_categories():
    fs = facts(plan_report(2024, LINES), report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.5, "about")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3.1, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (2.8, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")
    assert "经济发展地区生产总值" not in facts_quotes(plan_report(2024, LINES))


def facts_quotes(text: str) -> str:
    return "\n".join(f.quote for f in facts(text, report_year=2024).values())


# look-alike: a name a PDF wrapped in two lines stays one name ("全社会" over "研发经费投入强度" is no category:
# the name starts on the first line), and a row of years each over one column keeps its single header row
WRAP = ("指标\n单位\n2023年计划\n2023年预计完成\n2024年计划目标\n"
        "地区生产总值增长\n%\n6.5\n6.6\n6.5\n全社会\n研发经费投入强度\n%\n2.5\n2.6\n2.7\n")


def test_a_name_cut_over_two_lines_is_no_category():
    fs = facts(plan_report(2024, WRAP), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.6, "eq")
    assert val(fs, ("rnd_intensity", "actual", "2023", "share")) == (2.6, "eq")
    assert val(fs, ("rnd_intensity", "target", "2024", "share")) == (2.7, "eq")


# a converter's bold marks around the heads ("**单位**"): the unit column and the name column are still theirs
BOLD = ("|**指标**|**2022年预计完成**|**单位**|\n|---|---|---|\n"
        "|地区生产总值|7,203.5|亿元|\n|城镇新增就业|6.35|万人|\n")


def test_bold_heads_are_read_as_heads():
    fs = facts(plan_report(2023, BOLD), report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (7203.5, "eq")
    assert fs[("gdp", "actual", "2022", "level")].unit == "亿元"
    assert val(fs, ("urban_new_jobs", "actual", "2022", "level")) == (6.35, "eq")


# look-alike: a bold row name is a row, not a head ("**地区生产总值**" names the indicator)
def test_a_bold_row_name_stays_a_row():
    table = "|指标|单位|2022年预计完成|\n|---|---|---|\n|**地区生产总值**|亿元|7203.5|\n"
    fs = facts(plan_report(2023, table), report_year=2023)
    assert val(fs, ("gdp", "actual", "2022", "level")) == (7203.5, "eq")


# a PDF's page break inside a table: its page mark ("— 9 —") between two rows, the header not repeated; the rows
# on the next page are read by the same columns
PAGED = ("指标名称    单位    2023年计划    2023年预计完成    2024年计划\n"
         "地区生产总值增长    %    6.5    3.6    6\n"
         "固定资产投资增长    %    10    8.8    8\n"
         "— 9 —\n"
         "研发经费投入强度    %    2.9    2.95    3\n"
         "城镇新增就业    万人    8    8.9    8\n")


def test_a_tables_rows_after_a_page_break_keep_their_columns():
    fs = facts(plan_report(2024, PAGED), report_year=2024)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (8.8, "eq")
    assert val(fs, ("rnd_intensity", "target", "2023", "share")) == (2.9, "eq")
    assert val(fs, ("rnd_intensity", "actual", "2023", "share")) == (2.95, "eq")
    assert val(fs, ("rnd_intensity", "target", "2024", "share")) == (3, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (8.9, "eq")


# look-alike: after a blank line, a row of another width (another table, its header lost) is not read by the
# columns of the table above
def test_a_row_of_another_width_after_a_blank_line_is_another_table():
    table = ("指标名称    单位    2023年计划    2023年预计完成    2024年计划\n"
             "地区生产总值增长    %    6.5    3.6    6\n\n"
             "研发经费投入强度    %    2.95\n")
    fs = facts(plan_report(2024, table), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (3.6, "eq")
    assert ("rnd_intensity", "target", "2023", "share") not in fs


# the table's unit line names the amounts' unit and the rates' % with a comma, or % first ("单位：亿元，%",
# "单位：%、亿元"): a row named as a change is in %, the others in the amount's unit
@pytest.mark.parametrize("line", ["单位：亿元，%", "单位：亿元, %", "单位：%、亿元", "单位：亿元、%"])
def test_a_unit_line_with_the_rates_percent(line):
    table = (f"{line}\n指标\t2018年计划\t2018年完成\t2019年目标\n地区生产总值\t1850\t1747.8\t1900\n"
             "地区生产总值增长\t8\t7.8\t7.5\n城镇调查失业率\t4.5以内\t4.2\t5以内\n")
    fs = facts(plan_report(2019, table), report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "level")) == (1747.8, "eq")
    assert fs[("gdp", "actual", "2018", "level")].unit == "亿元"
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (7.8, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2019", "share")) == (5, "at_most")


# look-alike: a unit line of two amounts ("单位：亿元，万人") makes no row a rate
def test_a_unit_line_of_two_amounts_gives_no_percent():
    table = ("单位：亿元，万人\n指标\t2018年计划\t2018年完成\t2019年目标\n地区生产总值\t1850\t1747.8\t1900\n"
             "地区生产总值增长\t8\t7.8\t7.5\n")
    fs = facts(plan_report(2019, table), report_year=2019)
    assert val(fs, ("gdp", "actual", "2018", "level")) == (1747.8, "eq")
    assert ("gdp", "actual", "2018", "growth") not in fs


# rows of labelled cells, one a line, no header over them, set apart by ideographic or wide spaces
# ("地区生产总值增长（%）　计划：7　完成：6.1　2024年目标：6左右"): each line a row, not one sentence with the next
@pytest.mark.parametrize("gap", ["\u3000", "\u3000\u3000", "  ", " "])
def test_rows_of_labelled_cells_stay_apart(gap):
    rows = [("地区生产总值增长（%）", "计划：7", "完成：6.1", "2024年目标：6左右"),
            ("城镇新增就业（万人）", "计划：3.5", "完成：3.8", "2024年目标：3.5"),
            ("一般公共预算收入（亿元）", "计划：120", "完成：125.3", "2024年目标：130")]
    fs = facts(plan_report(2024, "\n".join(gap.join(r) for r in rows)), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.1, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (3.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3.8, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2023", "level")) == (120, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (125.3, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "level")) == (130, "eq")


# look-alikes: a sentence with labels and commas, and a line of labels naming no indicator, are no rows
def test_a_sentence_of_labels_is_no_row():
    text = plan_report(2024, "城镇新增就业：计划3.5万人，完成3.8万人。\n联系人：张明　电话：12345678　传真：12345679\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3.8, "eq")
    from planwatch.normalize import normalize
    assert "|" not in normalize(text).text


# a table printed one cell a line, a page's mark between two of its rows ("— 12 —"), the header not repeated:
# the rows on the next page are read by the same columns
CELLS_PAGED = ("指标\n单位\n2023年计划\n2023年预计完成\n2024年计划\n"
               "地区生产总值增长\n%\n6.5\n6.8\n6\n固定资产投资增长\n%\n8\n5\n6\n— 12 —\n"
               "城镇新增就业\n万人\n2.8\n3.1\n2.8\n城镇调查失业率\n%\n5.5以内\n5.1\n5.5以内\n")


def test_a_table_one_cell_a_line_goes_on_after_a_page_mark():
    fs = facts(plan_report(2024, CELLS_PAGED), report_year=2024)
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (5, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (2.8, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3.1, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")


# look-alike: a page's mark after the table's last row, prose under it: the prose is no row
def test_a_page_mark_after_a_tables_last_row_ends_it():
    table = ("指标\n单位\n2023年计划\n2023年预计完成\n2024年计划\n地区生产总值增长\n%\n6.5\n6.8\n6\n— 12 —\n"
             "全年城镇新增就业3.1万人，完成年度计划的110%。\n")
    fs = facts(plan_report(2024, table), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.8, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3.1, "eq")
    assert ("urban_new_jobs", "target", "2023", "level") not in fs


# one cell a line with a serial number first and categories between the rows ("一、经济发展" over "1" and the name)
SERIAL = ("序号\n指标\n单位\n2023年计划\n2023年预计完成\n2024年计划\n一、经济发展\n1\n地区生产总值增长\n%\n6.5\n6.8\n6\n"
          "2\n固定资产投资增长\n%\n8\n5\n6\n二、民生福祉\n3\n城镇新增就业\n万人\n2.8\n3.1\n2.8\n")


def test_categories_over_rows_with_a_serial_number():
    fs = facts(plan_report(2024, SERIAL), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.8, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (6, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (3.1, "eq")


# a row's name whose bracket says its figures are a change in % ("地区生产总值（增长%）", "能耗（下降%）"): growth
BRACKET = ("|指标|2019年计划|2019年完成|2020年计划|\n|---|---|---|---|\n"
           "|地区生产总值（增长%）|8|7.8|7.5|\n|单位生产总值能耗（下降%）|3|3.5|3|\n|一般公共预算收入（亿元）|100|102.6|108|\n"
           "|城镇调查失业率（%）|5.5以内|5.1|5.5以内|\n")


def test_a_growth_bracket_in_a_rows_name():
    fs = facts(plan_report(2020, BRACKET), report_year=2020)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (8, "eq")
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (7.8, "eq")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (7.5, "eq")
    assert val(fs, ("energy_intensity", "actual", "2019", "growth")) == (-3.5, "eq")
    # look-alikes: a unit in the bracket keeps its measure
    assert val(fs, ("general_budget_revenue", "actual", "2019", "level")) == (102.6, "eq")
    assert ("general_budget_revenue", "actual", "2019", "growth") not in fs
    assert val(fs, ("urban_unemployment_rate", "actual", "2019", "share")) == (5.1, "eq")


# a column head whose bracket says its figures are changes in % ("2023年计划（增长%）"): growths of the rows' names
def test_a_growth_bracket_in_a_column_head():
    table = ("|指标|2023年计划（增长%）|2023年完成（增长%）|2024年计划（增长%）|\n|---|---|---|---|\n"
             "|地区生产总值|6.5|6.8|6|\n|固定资产投资|8|5|6|\n")
    fs = facts(plan_report(2024, table), report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.8, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (6, "eq")
    assert ("gdp", "actual", "2023", "level") not in fs


# look-alike: a unit in a column head's bracket ("2023年完成（亿元）") keeps the rows' levels
def test_a_unit_bracket_in_a_column_head_keeps_levels():
    table = ("|指标|2023年计划（亿元）|2023年完成（亿元）|\n|---|---|---|\n|地区生产总值|5000|5100|\n")
    fs = facts(plan_report(2024, table), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (5100, "eq")
    assert fs[("gdp", "actual", "2023", "level")].unit == "亿元"


# a cell stating an amount and, after a mark, its change ("5100亿元，增长6.8%", "5000/6.5%"): both facts
@pytest.mark.parametrize("row,level,growth", [
    ("|地区生产总值|5000亿元，增长6.5%|5100亿元，增长6.8%|增长6%左右|", 5100, 6.8),
    ("|地区生产总值（亿元）|5000/6.5%|5100/6.8%|5400/6%|", 5100, 6.8),
])
def test_a_cell_with_an_amount_and_its_change(row, level, growth):
    table = "|指标|2023年计划|2023年预计完成|2024年计划|\n|---|---|---|---|\n" + row + "\n"
    fs = facts(plan_report(2024, table), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (level, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (growth, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "eq")


# look-alikes: a second figure of the same measure in a cell ("增长6%左右，力争7%", "3.5万人，其中高校毕业生2万人")
# gives no second fact, the first stays
def test_a_second_figure_of_the_same_measure_in_a_cell_is_not_read():
    table = ("|指标|2023年计划|2023年预计完成|2024年计划|\n|---|---|---|---|\n"
             "|地区生产总值|增长6%左右，力争7%|增长6.8%|增长6%左右，力争6.5%|\n"
             "|城镇新增就业|3.5万人，其中高校毕业生2万人|3.8万人|3.5万人|\n")
    fs = facts(plan_report(2024, table), report_year=2024)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (3.5, "eq")
