"""Round tbl64 (decision 554): plan reports' indicator tables whose head takes two rows with a merged cell — last
year over its 计划 and 完成, and the year's 预期目标 column's head spanning both rows (rowspan) beside it. A web page's
table reaches the text one cell a line, or in bars, or a PDF layer spaced: the head was read out of step (the year's
targets taken for last year's results, last year's results lost)."""
from __future__ import annotations

from pathlib import Path

import planwatch
from factkeys import key_values, pledged, read

HEAD = "关于某县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n一、2021年计划执行情况\n2021年，全县经济运行总体平稳，主要指标完成情况见下表。\n"
TAIL = "注：地区生产总值增长按可比价计算。\n二、2022年主要任务\n新建高标准农田5万亩，改造老旧小区20个。\n"
ROWS = [("地区生产总值增长", "%", "8左右", "7.6", "7.5左右"), ("固定资产投资增长", "%", "10", "—", "8"),
        ("一般公共预算收入", "亿元", "20.5", "21.3", "22.6")]


def _check_rows(d) -> None:
    kv = key_values(d)
    assert kv[("gdp", "target", "2021", "growth")] == (8, "about")
    assert kv[("gdp", "actual", "2021", "growth")] == (7.6, "eq")
    assert kv[("gdp", "target", "2022", "growth")] == (7.5, "about")
    assert kv[("fixed_asset_investment", "target", "2021", "growth")] == (10, "eq")
    assert ("fixed_asset_investment", "actual", "2021", "growth") not in kv  # ("—": no result)
    assert kv[("fixed_asset_investment", "target", "2022", "growth")] == (8, "eq")
    assert kv[("general_budget_revenue", "actual", "2021", "level")] == (21.3, "eq")
    assert kv[("general_budget_revenue", "target", "2022", "level")] == (22.6, "eq")
    assert {("高标准农田", 5, "万亩"), ("老旧小区", 20, "个")} <= pledged(d)


def test_merged_head_one_cell_a_line():
    # a web page's table as the reader prints it: "2021年" over "计划 | 完成", "2022年预期目标" spanning both rows
    cells = ["指标名称", "单位", "2021年", "2022年预期目标", "计划", "完成"] + [c for r in ROWS for c in r]
    _check_rows(read(HEAD + "\n".join(cells) + "\n" + TAIL))


def test_merged_head_one_cell_a_line_wrapped_names():
    # the names' cells wrapped (a <br> in the cell): "农村居民人均" over "可支配收入增长"
    cells = ["指标名称", "单位", "2021年", "2022年预期目标", "计划", "完成", "地区生产总值", "增长", "%", "8左右", "7.6",
             "7.5左右", "农村居民人均", "可支配收入增长", "%", "9", "10.5", "9左右"]
    kv = key_values(read(HEAD + "\n".join(cells) + "\n" + TAIL))
    assert kv[("gdp", "actual", "2021", "growth")] == (7.6, "eq")
    assert kv[("rural_disposable_income", "target", "2021", "growth")] == (9, "eq")
    assert kv[("rural_disposable_income", "actual", "2021", "growth")] == (10.5, "eq")
    assert kv[("rural_disposable_income", "target", "2022", "growth")] == (9, "about")


def test_merged_head_in_bars():
    rows = "\n".join("| " + " | ".join(r) + " |" for r in ROWS)
    _check_rows(read(HEAD + "| 指标名称 | 单位 | 2021年 | 2022年预期目标 |\n| 计划 | 完成 |\n" + rows + "\n" + TAIL))


def test_merged_head_in_a_pdf_layer():
    head = ("  指标名称                 单位         2021年            2022年预期目标\n"
            "                                    计划       完成\n")
    rows = "\n".join(f"  {r[0]:<16}{r[1]:<8}{r[2]:<11}{r[3]:<11}{r[4]}" for r in ROWS)
    _check_rows(read(HEAD + head + rows + "\n  " + TAIL))


def test_merged_head_with_a_kind_column_after_it():
    # "指标属性" after the year's own column, spanning both rows too
    rows = "\n".join("| " + " | ".join(r) + " | 预期性 |" for r in ROWS)
    _check_rows(read(HEAD + "| 指标名称 | 单位 | 2021年 | 2022年预期目标 | 指标属性 |\n| 计划 | 完成 |\n" + rows + "\n" + TAIL))


def test_merged_head_in_a_web_page(tmp_path: Path):
    tr = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    html = ("<html><head><meta charset='utf-8'><title>关于某县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告</title>"
            "</head><body><div class='article'><h1>关于某县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告</h1>"
            "<p>一、2021年计划执行情况</p><p>2021年，全县经济运行总体平稳，主要指标完成情况见下表。</p><table>"
            "<tr><td rowspan='2'>指标名称</td><td rowspan='2'>单位</td><td colspan='2'>2021年</td>"
            "<td rowspan='2'>2022年预期目标</td></tr><tr><td>计划</td><td>完成</td></tr>" + tr + "</table>"
            "<p>注：地区生产总值增长按可比价计算。</p><p>二、2022年主要任务</p><p>新建高标准农田5万亩，改造老旧小区20个。</p>"
            "</div></body></html>")
    p = tmp_path / "某县.html"
    p.write_text(html, encoding="utf-8")
    d = planwatch.read(p)
    for x in (*d.facts, *d.pledges):
        assert d.text[x.start:x.end] == x.quote
    _check_rows(d)


# ---- look-alikes: heads read right before, unchanged

def test_two_bare_years_over_three_heads_one_cell_a_line():
    # "2021年, 2022年" over "计划, 完成, 预期目标": each year its own columns (decision kept)
    cells = ["指标名称", "单位", "2021年", "2022年", "计划", "完成", "预期目标"] + [c for r in ROWS for c in r]
    _check_rows(read(HEAD + "\n".join(cells) + "\n" + TAIL))


def test_a_year_wrapped_over_its_column_word_one_cell_a_line():
    # one head row, the year wrapped over what its column holds ("2021年" then "计划")
    cells = ["指标名称", "单位", "2021年", "计划", "2021年", "完成", "2022年", "预期目标"] + [c for r in ROWS for c in r]
    _check_rows(read(HEAD + "\n".join(cells) + "\n" + TAIL))


def test_one_head_row_of_dated_columns_in_bars():
    rows = "\n".join("| " + " | ".join(r) + " |" for r in ROWS)
    _check_rows(read(HEAD + "| 指标名称 | 单位 | 2021年计划 | 2021年完成 | 2022年预期目标 |\n" + rows + "\n" + TAIL))


def test_last_years_heads_by_the_reports_year():
    # 上年计划 | 上年完成（预计） | 本年计划（预期目标） | 增长%: levels, and the year's growth in the last column
    text = (HEAD + "| 指标名称 | 单位 | 上年计划 | 上年完成（预计） | 本年计划（预期目标） | 增长% |\n"
            "| 地区生产总值（亿元） | 亿元 | 260 | 255.3 | 275 | 6左右 |\n| 一般公共预算收入 | 亿元 | 12.5 | 12.8 | 13.4 | 5 |\n" + TAIL)
    kv = key_values(read(text))
    assert kv[("gdp", "target", "2021", "level")] == (260, "eq")
    assert kv[("gdp", "actual", "2021", "level")] == (255.3, "eq")
    assert kv[("gdp", "target", "2022", "level")] == (275, "eq")
    assert kv[("gdp", "target", "2022", "growth")] == (6, "about")
    assert kv[("general_budget_revenue", "target", "2022", "growth")] == (5, "eq")


# ---- a row's name wrapped into a row of its own (the converter of a PDF into a web page or a Word file)

LEVELS = ("| 指标名称 | 单位 | 上年计划 | 上年完成（预计） | 本年计划（预期目标） | 增长% |\n"
          "| 地区生产总值（亿元） | 亿元 | 260 | 255.3 | 275 | 6左右 |\n")


def test_name_wrapped_into_a_row_of_its_own_in_bars():
    text = HEAD + LEVELS + "| 农村居民人均可支配 | 元 | 16800 | 17020 | 18200 | 7-7.5 |\n| 收入 |  |  |  |  |  |\n" + TAIL
    kv = key_values(read(text))
    assert kv[("rural_disposable_income", "target", "2021", "level")] == (16800, "eq")
    assert kv[("rural_disposable_income", "actual", "2021", "level")] == (17020, "eq")
    assert kv[("rural_disposable_income", "target", "2022", "level")] == (18200, "eq")
    assert kv[("gdp", "target", "2022", "growth")] == (6, "about")


def test_name_wrapped_into_a_row_of_its_own_in_a_word_file(tmp_path: Path):
    # (a look-alike: a Word file's tab rows read the rest's row right before the fix, and still do)
    import docx

    d = docx.Document()
    for p in HEAD.strip().split("\n"):
        d.add_paragraph(p)
    rows = [("指标名称", "单位", "2021年计划", "2021年完成", "2022年计划", "增长%"),
            ("城镇常住居民人均可支配", "元", "36500", "36820", "38600", "5左右"), ("收入", "", "", "", "", ""),
            ("一般公共预算收入", "亿元", "20.5", "21.3", "22.6", "6")]
    t = d.add_table(rows=len(rows), cols=6)
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
    for p in TAIL.strip().split("\n"):
        d.add_paragraph(p)
    p = tmp_path / "某县.docx"
    d.save(p)
    doc = planwatch.read(p)
    kv = key_values(doc)
    assert kv[("urban_disposable_income", "actual", "2021", "level")] == (36820, "eq")
    assert kv[("urban_disposable_income", "target", "2022", "level")] == (38600, "eq")
    assert kv[("urban_disposable_income", "target", "2022", "growth")] == (5, "about")
    assert kv[("general_budget_revenue", "target", "2022", "growth")] == (6, "eq")


def test_a_category_row_under_a_whole_name_in_bars():
    # "| 社会民生 |  |  |  |  |  |": a category's row, no rest of the name above it; both rows read as before
    text = (HEAD + LEVELS + "| 社会民生 |  |  |  |  |  |\n| 城镇新增就业 | 万人 | 1.2 | 1.3 | 1.2 | — |\n" + TAIL)
    kv = key_values(read(text))
    assert kv[("gdp", "actual", "2021", "level")] == (255.3, "eq")
    assert kv[("urban_new_jobs", "actual", "2021", "level")] == (1.3, "eq")
    assert kv[("urban_new_jobs", "target", "2022", "level")] == (1.2, "eq")
