"""prn61b (decision 498): the texts the fixed printing tool printed for the first time, triaged.

Hand-written. The tool: a Word file's table prints no Markdown rule row, keeps a spaced name (“指   标”) in one cell, and
sets no blank paragraph or page mark between two of a table's rows (no converter does). planwatch: a table's unit line
(“单位：亿元、%”) a blank line above its header, as converters that part paragraphs by a blank line print a Word file.
Look-alikes: a table with its unit line right above, and a unit line two blank lines away from a table.
"""
from __future__ import annotations

import sys
from pathlib import Path

from planwatch import api

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import blind_print as bp  # noqa: E402

_MD = ("某县2026年主要预期目标\n"
       "| 指   标 | 单位 | 目标 |\n| --- | :---: | ---: |\n| 地区生产总值增速 | % | 6左右 |\n"
       "| 粮食产量 | 万吨 | 50 |\n| 森林覆盖率 | % | 62 |\n| 城镇新增就业 | 万人 | 1.2 |\n| 居民消费价格涨幅 | % | 3 |\n"
       "| 单位地区生产总值能耗降低 | % | 2.5 |\n| 一般公共预算收入增速 | % | 5 |\n正文一段，全县上下共同努力。\n")


def _docx(text: str, idx: int) -> str:
    return "".join(c for c, _ in bp.docx([(c, k) for k, c in enumerate(text)], idx, {"region": "某县"}))


def test_docx_prints_no_markdown_rule_row():
    for idx in range(4):
        out = _docx(_MD, idx)
        assert "---" not in out and "\n\n粮食" not in out


def test_docx_keeps_a_spaced_name_in_one_cell():
    assert "指   标\t单位\t目标" in _docx(_MD, 1)


def test_docx_sets_no_blank_line_nor_page_mark_between_rows():
    out = _docx(_MD, 0)  # (idx 0: a blank line between paragraphs, a page mark every few)
    rows = out[out.index("指"):out.index("正文")].rstrip("\n")
    assert "\n\n" not in rows and "—" not in rows and len(rows.split("\n")) == 8


def test_docx_parts_paragraphs_as_before():
    out = _docx("第一段。\n第二段。\n第三段。\n", 0)
    assert out.startswith("第一段。\n\n第二段。\n\n")


_TABLE = ("全区2025年主要指标完成情况和2026年预期目标\n单位：亿元、%\n\n"
          "指标名称\t2025年计划\t2025年预计完成\t2026年预期目标\n"
          "地区生产总值\t—\t1150\t1240\n增速\t7.5左右\t4.2\t8左右\n"
          "一般公共预算收入\t70\t66.2\t70\n")


def _facts(text: str) -> dict:
    d = api.read_text(text, "某区2026年国民经济和社会发展计划报告.txt",
                      {"region": "某区", "report_year": 2026, "doc_type": "plan_report"})
    for f in d.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.value): f for f in d.facts}


def test_unit_line_a_blank_line_over_the_table():
    fs = _facts(_TABLE)
    f = fs[("gdp", "target", "2026", 1240)]
    assert f.unit == "亿元"
    assert ("gdp", "actual", "2025", 1150) in fs
    g = fs[("general_budget_revenue", "actual", "2025", 66.2)]
    assert g.unit == "亿元"


def test_unit_line_right_over_the_table_as_before():
    fs = _facts(_TABLE.replace("%\n\n", "%\n"))
    assert fs[("gdp", "target", "2026", 1240)].unit == "亿元"


def test_docx_keeps_a_cells_second_line_with_its_row():
    text = ("主要指标\n  类别        指        标          2025年      2030年      年均增长      属性\n"
            "                                                                〔累计〕\n"
            "  经济发展    地区生产总值（亿元）  62000       80000       5左右        预期性\n"
            "              常住人口城镇化率（%） 66.5        70          〔3.5〕       预期性\n正文。\n")
    out = _docx(text, 0)
    assert "属性\n" in out and "〔累计〕\n经济发展\t" in out and "\n\n经济发展" not in out


def _gw(text: str) -> dict:
    d = api.read_text(text, "某省2019年政府工作报告.txt",
                      {"region": "某省", "report_year": 2019, "doc_type": "government_work_report"})
    for f in d.facts:
        assert text[f.start:f.end] == f.quote
    return {(f.indicator, f.role, f.period, f.value): f for f in d.facts}


_SENT = ("一、2018年工作回顾\n全省生产总值预计完成8104.1亿元，增长6.3%。{0}年初预期目标为增长6.5%左右。{0}"
         "城镇新增就业39.8万人。{0}年初目标为30万人。{0}一般公共预算收入增长6.2%。{0}年初计划为增长6%。\n")


def test_plan_of_the_year_start_a_paragraph_of_its_own():
    for sep in ("\n\n", "\n", "\n\u3000\u3000"):
        fs = _gw(_SENT.format(sep))
        assert fs[("gdp", "target", "2018", 6.5)].qualifier == "about"
        assert fs[("urban_new_jobs", "target", "2018", 30)].unit == "万人"
        assert ("general_budget_revenue", "target", "2018", 6) in fs
        assert ("gdp", "actual", "2018", 6.3) in fs


def test_plan_in_the_same_paragraph_as_before():
    fs = _gw(_SENT.format(""))
    assert ("gdp", "target", "2018", 6.5) in fs and ("urban_new_jobs", "target", "2018", 30) in fs


def test_plan_after_a_paragraph_of_two_names_stays_unread():
    fs = _gw("一、2018年工作回顾\n生产总值增长6.3%，一般公共预算收入增长5%。\n\n年初预期目标为增长6.5%左右。\n")
    assert not any(k[1] == "target" for k in fs)


def test_plans_each_a_paragraph_of_their_own():
    fs = _gw("一、2018年工作回顾\n规模以上工业增加值预计增长4.7%，固定资产投资预计下降3.9%。\n\n年初预期目标分别为增长7%和8%。\n\n"
             "社会消费品零售总额预计完成3425亿元，增长7.4%。\n")
    assert ("industrial_va", "target", "2018", 7) in fs and ("fixed_asset_investment", "target", "2018", 8) in fs
    assert not any(k[0] == "retail_sales" and k[1] == "target" for k in fs)
