"""Helper tbl40: indicator tables as PDF text layers and web pages print them — a plan's 〔〕 totals of ratios, names a
PDF wrapped over two lines, a finished plan's goals column, a 类别 column printed once per category (a blind round)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def report(year: int, body: str) -> str:
    """A prefecture's plan report of YEAR (delivered in January) holding BODY."""
    return (f"关于某市{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n"
            f"——{year}年1月12日在某市第八届人民代表大会第三次会议上\n{body}")


# a five-year plan's table: a ratio's total in 〔〕 under 年均增长 is its points over the plan's years (the note: 〔〕内为
# 五年累计数), whatever its name holds — 服务业增加值比重's 增加 is no change word that would make it a growth
@pytest.mark.parametrize("name", ["服务业增加值比重（%）", "第三产业增加值占生产总值比重（%）", "服务业增加值占比（%）",
                                  "第三产业增加值占地区生产总值比重（%）"])
@pytest.mark.parametrize("year,head,bracket", [(2016, "年均增长%", "〔6.5〕"), (2021, "年均增长〔累计〕", "〔6.5〕"),
                                               (2026, "年均增长（%）", "[6.5]")])
def test_a_ratios_bracketed_total_is_its_points(name, year, head, bracket):
    a = year
    body = (f"  指      标                        {a - 1}年      {a + 4}年      {head}      属性\n"
            f"  地区生产总值（亿元）               1700        2600        9              预期性\n"
            f"  {name}              35.5        42          {bracket}        预期性\n"
            f"  城镇新增就业（万人）               —           —           〔25〕         预期性\n"
            "  注：〔〕内为五年累计数。\n")
    fs = facts(report(year, body))
    assert val(fs, ("tertiary_share", "goal", f"{a}-{a + 4}", "pp_change")) == (6.5, "eq")
    assert fs[("tertiary_share", "goal", f"{a}-{a + 4}", "pp_change")].unit == "个百分点"
    assert val(fs, ("tertiary_share", "goal", str(a + 4), "share")) == (42, "eq")
    assert ("tertiary_share", "goal", f"{a}-{a + 4}", "share") not in fs
    # look-alikes: a count's total stays a level, an unbracketed average a growth
    assert val(fs, ("urban_new_jobs", "goal", f"{a}-{a + 4}", "level")) == (25, "eq")
    assert val(fs, ("gdp", "goal", f"{a}-{a + 4}", "growth")) == (9, "eq")


# a PDF's text layer wraps a long name cell: its rest (the name's last characters, its unit, its change word) on the line
# under the row, indented to the name column; or its first part a line of its own over the row, the rest ("增长") opening
# the row of figures. The row is the whole name's, its unit the wrapped bracket's
UNDER = ("  指    标                          2022年计划     2022年预计     2023年计划\n"
         "  地区生产总值（亿元）               5000           4950           5300\n"
         "  {first}{pad}{a}          {b}          {c}\n"
         "  {rest}\n"
         "  森林覆盖率（%）                    45.2           45.2           45.3\n")


@pytest.mark.parametrize("first,rest,key,values,unit", [
    ("研究与试验发展经费投入强", "           度（%）", ("rnd_intensity", "share"), (2.2, 2.3, 2.4), "%"),
    ("城镇居民人均可支配收入", "             （元）", ("urban_disposable_income", "level"), (45000, 44800, 47500), "元"),
    ("农村居民人均可支配收入", "             增长（%）", ("rural_disposable_income", "growth"), (8, 6.6, 7), "%"),
    ("全社会研发经费投入", "                 （亿元）", ("rnd_expenditure", "level"), (120, 118, 130), "亿元"),
])
def test_a_name_wrapped_under_its_row_with_its_unit(first, rest, key, values, unit):
    a, b, c = values
    body = UNDER.format(first=first, pad=" " * (34 - 2 * len(first)), a=a, b=b, c=c, rest=rest)
    fs = facts(report(2023, body))
    ind, measure = key
    assert val(fs, (ind, "target", "2022", measure)) == (a, "eq")
    assert val(fs, (ind, "actual", "2022", measure)) == (b, "eq")
    assert val(fs, (ind, "target", "2023", measure)) == (c, "eq")
    assert fs[(ind, "target", "2023", measure)].unit == unit
    # the rows around it keep their own
    assert val(fs, ("forest_coverage", "target", "2023", "share")) == (45.3, "eq")
    assert val(fs, ("gdp", "actual", "2022", "level")) == (4950, "eq")


@pytest.mark.parametrize("first,tail,key", [
    ("城镇居民人均可支配收入", "增长", "urban_disposable_income"),
    ("规模以上工业增加值", "增速", "industrial_va"),
    ("社会消费品零售总额", "增长", "retail_sales"),
    ("一般公共预算收入", "增幅", "general_budget_revenue"),
])
def test_a_name_wrapped_over_its_row_of_figures(first, tail, key):
    body = ("                      某市2023年主要指标计划表\n"
            "  指    标                          单位      2022年计划     2022年预计     2023年计划\n"
            "  经济发展\n"
            "  地区生产总值增长                   %        7左右          4.5            6.5左右\n"
            f"  {first}\n"
            f"  {tail}                               %        7              5.3            6\n"
            "  城镇调查失业率                     %        5.5以内        5.2            5.5以内\n"
            "  重点项目\n"
            "  增长                               %        10             12             10\n")
    text = report(2023, body)
    fs = facts(text)
    assert val(fs, (key, "target", "2022", "growth")) == (7, "eq")
    assert val(fs, (key, "actual", "2022", "growth")) == (5.3, "eq")
    assert val(fs, (key, "target", "2023", "growth")) == (6, "eq")
    # its quote opens on the name's first line
    assert fs[(key, "target", "2022", "growth")].quote.startswith(first)
    # look-alikes: a category's line over a row that names its own indicator ("经济发展" over "地区生产总值增长") lends
    # it nothing, and a line of words naming no indicator over "增长" makes no row
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "at_most")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "about")
    assert not any(f.value == 12 for f in fs.values())


# the next plan's first report reviews the plan just ended in a table: a column that names that plan's goals ("“十四五”
# 规划目标", no year) holds the plan's goals over its span, beside the last year's results — not the plan's results
@pytest.mark.parametrize("year,head,results", [(2026, "“十四五”规划目标", "“十四五”完成情况"), (2026, "十四五规划目标", "“十四五”时期"),
                                               (2026, "“十四五”目标", "十四五实际完成"), (2026, "十四五规划目标值", "“十四五”时期"),
                                               (2021, "“十三五”规划目标", "“十三五”完成情况"), (2021, "十三五规划目标", "十三五时期")])
def test_a_finished_plans_goal_column_holds_its_goals(year, head, results):
    a = year - 5
    table = ("某市五年规划主要指标完成情况\n"
             "指标\t单位\t{head}\t{last}年预计完成\t完成情况\n"
             "地区生产总值年均增长\t%\t7左右\t5.9\t未完成\n"
             "常住人口城镇化率\t%\t60\t58.2\t未完成\n"
             "城镇新增就业\t万人\t〔25〕\t〔27.6〕\t完成\n")
    fs = facts(report(year, table.format(head=head, last=year - 1)))
    span = f"{a}-{a + 4}"
    assert val(fs, ("gdp", "goal", span, "growth")) == (7, "about")
    assert val(fs, ("gdp", "actual", span, "growth")) == (5.9, "eq")
    assert val(fs, ("urbanization_rate", "goal", span, "share")) == (60, "eq")
    assert val(fs, ("urbanization_rate", "actual", str(year - 1), "share")) == (58.2, "eq")
    assert val(fs, ("urban_new_jobs", "goal", span, "level")) == (25, "eq")
    assert val(fs, ("urban_new_jobs", "actual", span, "level")) == (27.6, "eq")
    # look-alike: a column naming the plan without its goals (its results, its years) keeps the plan's results
    fs = facts(report(year, table.format(head=results, last=year - 1)))
    assert val(fs, ("gdp", "actual", span, "growth")) == (7, "about")
    assert ("gdp", "goal", span, "growth") not in fs


# a web page's or Word file's table printed one cell a line, its first column 类别 a cell spanning its category's rows
# that the copy prints once, as a line of its own over them ("经济发展"): the header is one row of all its cells, each
# row one cell short (not "2025年" and "年均增长" read as one head wrapped)
CATEGORIES = ("{cat_head}\n指标\n单位\n{a0}年\n{a4}年\n年均增长\n属性\n"
              "{c1}\n地区生产总值\n亿元\n807.5\n1200\n8左右\n预期性\n"
              "全员劳动生产率\n万元/人\n10.3\n15\n7.5\n预期性\n"
              "常住人口城镇化率\n%\n42\n50\n〔8〕\n预期性\n"
              "{c2}\n城镇调查失业率\n%\n—\n＜5.5\n—\n预期性\n")


@pytest.mark.parametrize("year", [2016, 2021, 2026])
@pytest.mark.parametrize("c1,c2", [("经济发展", "民生福祉"), ("一、经济发展", "二、民生福祉"), ("创新驱动", "绿色生态")])
def test_a_category_column_printed_once_a_category(year, c1, c2):
    a, span = year, f"{year}-{year + 4}"
    body = "附件\n某市五年规划经济社会发展主要指标\n" + CATEGORIES.format(cat_head="类别", c1=c1, c2=c2, a0=a - 1, a4=a + 4)
    fs = facts(report(year, body))
    assert val(fs, ("gdp", "actual", str(a - 1), "level")) == (807.5, "eq")
    assert val(fs, ("gdp", "goal", str(a + 4), "level")) == (1200, "eq")
    assert val(fs, ("gdp", "goal", span, "growth")) == (8, "about")
    assert val(fs, ("labor_productivity", "goal", span, "growth")) == (7.5, "eq")
    assert val(fs, ("urbanization_rate", "goal", span, "pp_change")) == (8, "eq")
    assert val(fs, ("urban_unemployment_rate", "goal", str(a + 4), "share")) == (5.5, "at_most")
    # look-alike: the same table with no 类别 head and no category lines reads the same
    body = "附件\n某市五年规划经济社会发展主要指标\n" + "\n".join(
        ln for ln in CATEGORIES.format(cat_head="", c1="", c2="", a0=a - 1, a4=a + 4).split("\n") if ln) + "\n"
    fs = facts(report(year, body))
    assert val(fs, ("gdp", "goal", span, "growth")) == (8, "about")
    assert val(fs, ("urbanization_rate", "goal", span, "pp_change")) == (8, "eq")


# a table a PDF cuts over two pages repeats its header row over the second part, a page mark between: the header row is
# the table's head, no running header of the pages (which names the document) — with both its copies dropped, no row of
# the table was read. One cell a line, tab-separated, spaced and |-tables alike
def _paged(layout: str, name_head: str) -> str:
    heads = [name_head, "单位", "2021年预计完成", "2022年计划"]
    rows = [["地区生产总值增长", "%", "7.8", "7.5"], ["固定资产投资增长", "%", "10.5", "10"],
            ["一般公共预算收入", "亿元", "140.2", "148"], ["城镇调查失业率", "%", "5.2", "5.5以内"]]
    if layout == "lines":
        line = lambda cells: "\n".join(cells) + "\n"  # noqa: E731
    elif layout == "tabs":
        line = lambda cells: "\t".join(cells) + "\n"  # noqa: E731
    elif layout == "spaces":
        line = lambda cells: "  " + "      ".join(cells) + "\n"  # noqa: E731
    else:
        line = lambda cells: "| " + " | ".join(cells) + " |\n"  # noqa: E731
    rule = "|---|---|---|---|\n" if layout == "bars" else ""
    return ("附表\n某市2022年主要指标计划\n" + line(heads) + rule + line(rows[0]) + line(rows[1])
            + "                        — 15 —\n" + line(heads) + rule + line(rows[2]) + line(rows[3]))


@pytest.mark.parametrize("layout", ["lines", "tabs", "spaces", "bars"])
@pytest.mark.parametrize("name_head", ["指标", "指标名称", "项目"])
def test_a_tables_head_repeated_after_a_page_break(layout, name_head):
    fs = facts(report(2022, _paged(layout, name_head)))
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (7.8, "eq")
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7.5, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2022", "level")) == (148, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2022", "share")) == (5.5, "at_most")
    # look-alike: the report's own title a page repeats over the next page (a running header) still goes
    text = report(2022, "全市经济运行稳中向好，\n— 3 —\n某市人民政府公报\n主要指标完成情况见附表。\n"
                  "— 4 —\n某市人民政府公报\n" + _paged(layout, name_head))
    fs = facts(text)
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7.5, "eq")
    assert not any("公报" in f.quote for f in fs.values())


# the same review under a title naming the plan, its goals' column dated by the plan's last year ("2025年目标" under
# "“十四五”规划主要指标完成情况"): the plan's goal for that year, as 到2025年 is, not that year's own target
@pytest.mark.parametrize("year,plan,goal_head", [(2026, "“十四五”", "2025年目标"), (2026, "十四五", "2025年目标值"),
                                                 (2021, "“十三五”", "2020年目标"), (2021, "十三五", "2020年目标值"),
                                                 (2016, "“十二五”", "2015年目标")])
def test_a_plan_reviews_column_of_its_last_years_goals(year, plan, goal_head):
    end = year - 1
    table = ("附表\n{title}\n"
             f"指标\t单位\t{end - 5}年\t{goal_head}\t{end}年预计\t年均增长\n"
             "地区生产总值\t亿元\t1764\t2500\t2450\t6.2\n"
             "常住人口城镇化率\t%\t51.5\t58\t57.2\t—\n")
    fs = facts(report(year, table.format(title=f"某市{plan}规划主要指标完成情况")))
    assert val(fs, ("gdp", "goal", str(end), "level")) == (2500, "eq")
    assert val(fs, ("urbanization_rate", "goal", str(end), "share")) == (58, "eq")
    assert val(fs, ("gdp", "actual", str(end), "level")) == (2450, "eq")
    assert ("gdp", "target", str(end), "level") not in fs
    # look-alike: a title naming no plan (the year's own table) keeps the year's target
    if "规划" not in goal_head:
        fs = facts(report(year, table.format(title=f"某市{end}年主要指标完成情况")))
        assert val(fs, ("gdp", "target", str(end), "level")) == (2500, "eq")


# a name cell of two lines whose figures a PDF prints on the second, its first line holding the whole name and the
# figures' line no name at all (its leading gap lost): the line over the figures is the row's name
@pytest.mark.parametrize("unit_col", [False, True])
@pytest.mark.parametrize("name,unit,key,values", [
    ("城镇居民人均可支配收入", "元", ("urban_disposable_income", "level"), (45000, 44800, 47500)),
    ("规模以上工业增加值增长", "%", ("industrial_va", "growth"), (7, 7.6, 7.5)),
    ("一般公共预算收入", "亿元", ("general_budget_revenue", "level"), (160, 158, 166)),
])
def test_a_name_over_its_row_of_figures(unit_col, name, unit, key, values):
    a, b, c = values
    gap = " " * 36
    if unit_col:
        head = "  指    标                          单位      2022年计划     2022年预计     2023年计划\n"
        row = f"  {name}\n{gap}{unit}        {a}          {b}          {c}\n"
        tail = ("  经济发展\n" + gap + "%         1              2              3\n"
                "  森林覆盖率                        %         45.2           45.2           45.3\n")
    else:
        head = "  指    标                          2022年计划     2022年预计     2023年计划\n"
        row = f"  {name}（{unit}）\n{gap}{a}          {b}          {c}\n"
        tail = ("  经济发展\n" + gap + "1              2              3\n"
                "  森林覆盖率（%）                    45.2           45.2           45.3\n")
    fs = facts(report(2023, "                      某市2023年主要指标计划表\n" + head
                      + "  地区生产总值（亿元）               5000           4950           5300\n".replace(
                          "（亿元）    ", "      亿元" if unit_col else "（亿元）    ") + row + tail))
    ind, measure = key
    assert val(fs, (ind, "target", "2022", measure)) == (a, "eq")
    assert val(fs, (ind, "actual", "2022", measure)) == (b, "eq")
    assert val(fs, (ind, "target", "2023", measure)) == (c, "eq")
    assert fs[(ind, "target", "2023", measure)].unit == unit
    # look-alike: a category's line over a line of figures names nothing; the rows after it keep their own
    assert not any(f.value in (1, 2, 3) for f in fs.values())
    assert val(fs, ("forest_coverage", "target", "2023", "share")) == (45.3, "eq")
