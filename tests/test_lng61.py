"""Whole reports, long, blind (lng61, decision 495): a review's table of last year's targets and results that closes on a
column of this year's targets ("指标　单位　2023年目标　2023年完成　2024年目标", "…2024年计划") is no lead of the review's
paragraphs after its rows: their figures are last year's results, not this year's targets (the header, its cells joined by
bars, read as a title line naming the year's targets). The look-alikes keep what they gave: the table's own cells (the
2024 column this year's targets), a table with no such column, a title line over a list of the year's targets."""
import pytest

from factkeys import read

_HEAD = "政府工作报告\n——2024年1月10日在重庆市江津区第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n2023年，全区地区生产总值增长6.2%。\n"
_PROSE = "我们统筹城乡发展，常住人口城镇化率达到73.5%，提高0.8个百分点；粮食产量达到56.3万吨。\n"
_PLAN = "二、2024年工作安排\n2024年主要预期目标是：地区生产总值增长6%以上。\n"
_ROWS = "地区生产总值增长　%　6.5　6.2　6以上\n固定资产投资增长　%　6　4.5　5左右\n城镇调查失业率　%　5.5以内　5.1　5.5以内\n"


def _facts(text: str) -> set[tuple]:
    return {(f.indicator, f.role, f.period, f.measure, f.value, f.qualifier) for f in read(text, "t.txt").facts}


_RESULTS = {("urbanization_rate", "actual", "2023", "share", 73.5, "eq"),
            ("urbanization_rate", "actual", "2023", "pp_change", 0.8, "eq"),
            ("grain_output", "actual", "2023", "level", 56.3, "eq")}


# 1. the review's paragraph after a table closing on this year's column (failed on the base: read as 2024's targets)
@pytest.mark.parametrize("table", [
    "表1　2023年主要指标完成情况\n指标　单位　2023年目标　2023年完成　2024年目标\n" + _ROWS,
    "指标　单位　2023年目标　2023年完成　2024年目标\n" + _ROWS,
    "表1　2023年主要指标完成情况及2024年预期目标\n指标　单位　2023年目标　2023年完成　2024年目标\n" + _ROWS,
    "表1　主要指标\n指标\t单位\t2023年目标\t2023年完成\t2024年目标\n" + _ROWS.replace("　", "\t"),
    "指标　单位　2023年完成　2024年计划\n地区生产总值增长　%　6.2　6以上\n固定资产投资增长　%　4.5　5\n",
    "指标名称　单位　2023年完成　2024年目标\n地区生产总值增长　%　6.2　6以上\n注：能耗指标完成市下达任务。\n",
    # (a PDF's page mark and running head between the rows and the paragraph)
    "指标　单位　2023年目标　2023年完成　2024年目标\n" + _ROWS + "— 1 —\n江津区人民政府工作报告\n",
])
def test_paragraph_after_a_table_of_this_years_column(table):
    got = _facts(_HEAD + table + _PROSE + _PLAN)
    assert _RESULTS <= got
    assert not {f for f in got if f[0] in ("urbanization_rate", "grain_output") and f[1] == "target"}


# 2. look-alikes, passing on the base too: the table's own cells keep their columns' years and roles
def test_table_cells_keep_their_columns():
    got = _facts(_HEAD + "指标　单位　2023年目标　2023年完成　2024年目标\n" + _ROWS + _PROSE + "二、2024年工作安排\n全面推进各项工作。\n")
    assert {("gdp", "target", "2023", "growth", 6.5, "eq"),
            ("gdp", "target", "2024", "growth", 6, "at_least"),
            ("fixed_asset_investment", "actual", "2023", "growth", 4.5, "eq"),
            ("fixed_asset_investment", "target", "2024", "growth", 5, "about"),
            ("urban_unemployment_rate", "target", "2024", "share", 5.5, "at_most")} <= got


def test_table_of_last_year_alone():
    got = _facts(_HEAD + "表1　2023年主要指标完成情况\n指标　单位　年度目标　完成情况\n地区生产总值增长　%　6.5　6.2\n"
                 + _PROSE + _PLAN)
    assert _RESULTS <= got and ("gdp", "target", "2023", "growth", 6.5, "eq") in got


def test_title_line_over_this_years_list():
    # (a title line naming the year's targets, no cells, still leads the short lines under it)
    got = _facts(_HEAD + "二、2024年工作安排\n2024年主要预期目标\n地区生产总值增长6%以上\n城镇新增就业2.5万人\n")
    assert {("gdp", "target", "2024", "growth", 6, "at_least"),
            ("urban_new_jobs", "target", "2024", "level", 2.5, "eq")} <= got


def test_table_rows_under_a_header_ending_on_this_years_column():
    # (rows with no cell marks of their own under a header: still the header's items, as before)
    got = _facts(_HEAD + "二、2024年工作安排\n指标　单位　2024年目标\n地区生产总值增长　%　6以上\n城镇新增就业　万人　2.5\n")
    assert ("gdp", "target", "2024", "growth", 6, "at_least") in got
