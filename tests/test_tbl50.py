"""Round tbl50 (decision 399): plan reports' indicator tables as a PDF's text layer prints them, cells apart by runs
of spaces, where a long name fills its column and only one space is left before the next cell."""
from __future__ import annotations

from factkeys import facts, val  # tests/factkeys.py


def plan_report(year: int, table: str) -> str:
    return (f"某市{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n"
            f"一、{year}年主要目标\n全市主要指标安排见下表。\n\n"
            f"某市{year}年国民经济和社会发展主要指标\n{table}\n"
            f"二、{year}年主要任务\n全年实施重点项目80个。\n")


HEAD = "指标                              {y0}年计划    {y0}年预计完成    {y1}年计划    属性\n"


def test_a_figure_one_space_after_a_long_name_with_its_unit_in_brackets_is_the_first_column():
    # the name with （%） fills its column: "…增长（%） 8.5" is the name's cell and the last year's plan, so the
    # row's three figures stay in their three columns (the plan was lost, the result read as the plan)
    table = (HEAD.format(y0=2020, y1=2021)
             + "地区生产总值增长（%）             8            3.6              7.5          预期性\n"
             + "城镇常住居民人均可支配收入增长（%） 8.5        6.1              8            预期性\n")
    fs = facts(plan_report(2021, table), report_year=2021)
    assert val(fs, ("urban_disposable_income", "target", "2020", "growth")) == (8.5, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2020", "growth")) == (6.1, "eq")
    assert val(fs, ("urban_disposable_income", "target", "2021", "growth")) == (8, "eq")
    # (the row above, its gap wide, as before)
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.6, "eq")


def test_a_serial_numbered_row_with_a_figure_one_space_after_its_name():
    # a 序号 column before the name: the name is the second cell, split the same way, a qualifier kept on its figure
    table = ("序号  指标                              2017年计划   2017年执行   2018年计划   属性\n"
             "1     生产总值增长（%）                 8            6.5          7            预期性\n"
             "2     农村居民人均可支配收入增长（%） 10左右       8.5          9            预期性\n")
    fs = facts(plan_report(2018, table), report_year=2018)
    assert val(fs, ("rural_disposable_income", "target", "2017", "growth")) == (10, "about")
    assert val(fs, ("rural_disposable_income", "actual", "2017", "growth")) == (8.5, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2018", "growth")) == (9, "eq")


def test_a_dash_one_space_after_a_long_name_is_an_empty_cell():
    # "—" for no figure, one space after the name: the result column stays empty, the plan is this year's
    table = (HEAD.format(y0=2022, y1=2023)
             + "一般公共预算收入增长（%）         6            5.2              5            预期性\n"
             + "城镇居民人均可支配收入增长（%）   7            —                6.5          预期性\n"
             + "农村居民人均可支配收入增长（%） —            —                7            预期性\n")
    fs = facts(plan_report(2023, table), report_year=2023)
    assert val(fs, ("rural_disposable_income", "target", "2023", "growth")) == (7, "eq")
    assert ("rural_disposable_income", "actual", "2022", "growth") not in fs
    assert ("rural_disposable_income", "target", "2022", "growth") not in fs


def test_a_unit_cell_one_space_after_the_name_is_the_unit_column():
    # a 单位 column: "城镇新增就业 万人" is the name and its unit, the row read (it was dropped, the name no indicator's)
    table = ("指标名称                        单位    2018年计划  2018年预计  2019年计划  属性\n"
             "规模以上工业增加值增长          %       7           6.1         6.5         预期性\n"
             "城镇新增就业 万人    3.5         3.8         3.5         预期性\n"
             "城乡居民人均可支配收入增长 %       9           8.6         8.5         预期性\n")
    fs = facts(plan_report(2019, table), report_year=2019)
    assert val(fs, ("urban_new_jobs", "target", "2018", "level")) == (3.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2018", "level")) == (3.8, "eq")
    assert fs[("urban_new_jobs", "actual", "2018", "level")].unit == "万人"
    assert val(fs, ("rural_disposable_income", "actual", "2018", "growth")) == (8.6, "eq")
    assert val(fs, ("urban_disposable_income", "target", "2019", "growth")) == (8.5, "eq")


def test_look_alike_a_name_with_a_space_inside_before_a_word_that_is_no_unit_stays_one_name():
    # look-alike: a space inside the name ("地区生产总值 增长（%）"): the word after it is neither a unit nor a figure,
    # so the name stays whole and the row's figures are read in their columns as before
    table = (HEAD.format(y0=2020, y1=2021)
             + "地区生产总值 增长（%）            8            3.6              7.5          预期性\n")
    fs = facts(plan_report(2021, table), report_year=2021)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (8, "eq")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.6, "eq")
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7.5, "about") or \
        val(fs, ("gdp", "target", "2021", "growth")) == (7.5, "eq")


def test_a_header_whose_name_head_is_one_space_before_the_unit_head_is_read():
    # the header "指标名称 单位" (the name head, then 单位 one space after: a header word, no unit) is two cells, so
    # the header is read and the rows under it by their columns (no row was read at all)
    table = ("指标名称 单位    2018年计划  2018年预计  2019年计划  属性\n"
             "规模以上工业增加值增长          %       7           6.1         6.5         预期性\n")
    fs = facts(plan_report(2019, table), report_year=2019)
    assert val(fs, ("industrial_va", "target", "2018", "growth")) == (7, "eq")
    assert val(fs, ("industrial_va", "actual", "2018", "growth")) == (6.1, "eq")
    assert val(fs, ("industrial_va", "target", "2019", "growth")) == (6.5, "eq")


def test_look_alike_a_two_cell_line_of_prose_keeps_its_one_space():
    # look-alike: a line of two cells only (a task with its figure one space after, a wide gap, a note) is no table
    # row to split: the task's figure is read as prose reads it, with its unit
    text = plan_report(2021, "") + "全年粮食产量 120万吨    稳定在合理水平\n"
    fs = facts(text, report_year=2021)
    assert val(fs, ("grain_output", "target", "2021", "level")) == (120, "eq")
    assert fs[("grain_output", "target", "2021", "level")].unit == "万吨"
