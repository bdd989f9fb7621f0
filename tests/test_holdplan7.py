"""City and county plan reports (计划执行情况与计划草案的报告), 2018–2025: the review's shapes that state
each indicator's plan and result (branch holdplan7)."""
from __future__ import annotations

import pytest

from factkeys import facts, val


def plan_review(region: str, year: int, body: str) -> str:
    return (f"{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n{year - 1}年，全市主要指标运行情况如下：\n{body}\n"
            f"二、{year}年主要预期目标\n{year}年主要预期目标建议为：地区生产总值增长6%左右。\n")


# a paragraph opened by the indicator's name alone ("地区生产总值。"), its plan and result in the sentence
# after it, with or without an item number
@pytest.mark.parametrize("region,year,body,expected", [
    ("瑞金市", 2023, "地区生产总值。年度计划目标为增长8.5%，实际完成282.6亿元，增长4.6%，未完成年度计划目标。",
     {("gdp", "target", "2022", "growth"): (8.5, "eq"), ("gdp", "actual", "2022", "growth"): (4.6, "eq"),
      ("gdp", "actual", "2022", "level"): (282.6, "eq")}),
    ("定西市", 2021, "城镇新增就业。计划1.2万人，实际完成1.31万人，完成年度计划的109.2%。",
     {("urban_new_jobs", "target", "2020", "level"): (1.2, "eq"), ("urban_new_jobs", "actual", "2020", "level"): (1.31, "eq")}),
    ("吕梁市", 2019, "规模以上工业增加值。计划增长7%，实际增长8.6%。\n固定资产投资。全年增长9.2%，高于计划0.2个百分点。",
     {("industrial_va", "target", "2018", "growth"): (7, "eq"), ("industrial_va", "actual", "2018", "growth"): (8.6, "eq"),
      ("fixed_asset_investment", "actual", "2018", "growth"): (9.2, "eq")}),
    ("钦州市", 2024, "（三）社会消费品零售总额。预计全年增长6.5%左右。",
     {("retail_sales", "actual", "2023", "growth"): (6.5, "about")}),
])
def test_a_name_alone_heads_its_paragraph(region, year, body, expected):
    fs = facts(plan_review(region, year, body), report_year=year)
    for key, v in expected.items():
        assert val(fs, key) == v


# the sentence after the name speaks of another amount, or the name is inside a sentence: not the name's figure
@pytest.mark.parametrize("body,absent", [
    ("固定资产投资。房地产开发投资下降5%。", ("fixed_asset_investment", "actual", "2022", "growth")),
    ("社会消费品零售总额。预计全年餐饮收入增长10%。", ("retail_sales", "actual", "2022", "growth")),
    ("2．社会消费品零售总额。预计全年网络零售额增长15%。", ("retail_sales", "actual", "2022", "growth")),
    ("着力扩大固定资产投资。计划新开工项目50个，增长12%。", ("fixed_asset_investment", "actual", "2022", "growth")),
    ("地区生产总值。全市农业总产值增长4%。", ("gdp", "actual", "2022", "growth")),
    ("固定资产投资。计划新开工项目50个，完成投资30亿元。", ("fixed_asset_investment", "actual", "2022", "level")),
    ("城镇新增就业。实际新增农民工返乡创业1200人。", ("urban_new_jobs", "actual", "2022", "level")),
    ("城镇新增就业。今年以来，全市新增市场主体1.2万户。", ("urban_new_jobs", "actual", "2022", "level")),
])
def test_a_name_alone_does_not_take_another_figure(body, absent):
    fs = facts(plan_review("乌兰察布市", 2023, body), report_year=2023)
    assert absent not in fs


# a fiscal revenue counted in full (全口径) is the total revenue, not the general budget's
@pytest.mark.parametrize("sentence,value", [
    ("一般公共预算全口径收入实现56.8亿元，地方级收入完成30.5亿元，增长1.2%。", 56.8),
    ("全口径财政收入完成88.6亿元，增长5.3%；一般公共预算收入完成30.5亿元，增长1.2%。", 88.6),
    ("全口径一般公共预算收入完成56.8亿元，其中地方级收入30.5亿元，增长1.2%。", 56.8),
])
def test_revenue_in_full_is_the_total(sentence, value):
    fs = facts(plan_review("白山市", 2021, sentence), report_year=2021)
    assert val(fs, ("fiscal_total_revenue", "actual", "2020", "level")) == (value, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "level")) == (30.5, "eq")


# a bulleted name alone ("——地区生产总值。预计全年增长5.6%左右"), and 全年上涨 after it
def test_a_bulleted_name_alone_heads_its_paragraph():
    body = ("——地区生产总值。预计全年增长5.6%左右，比年度计划低0.4个百分点。\n"
            "——居民消费价格。全年上涨0.3%，控制在3%左右的预期目标以内。\n"
            "●城镇新增就业。计划1.5万人，实际完成1.62万人。")
    fs = facts(plan_review("忻州市", 2024, body), report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.6, "about")
    assert val(fs, ("cpi", "actual", "2023", "growth")) == (0.3, "eq")
    assert val(fs, ("cpi", "target", "2023", "growth")) == (3, "about")
    assert val(fs, ("urban_new_jobs", "target", "2023", "level")) == (1.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2023", "level")) == (1.62, "eq")


# the plan a result is compared with by 比/较, its figure right after it (or in brackets): last year's target
@pytest.mark.parametrize("gap", [
    "比计划目标（8%）低0.8个百分点", "比计划目标8%低0.8个百分点", "比年度计划（8%）低0.8个百分点",
    "较年度计划8%低0.8个百分点", "比预期目标（8%）低0.8个百分点", "比8%的计划目标低0.8个百分点",
])
def test_the_plan_compared_with_is_last_years_target(gap):
    fs = facts(plan_review("晋中市", 2024, f"规模以上工业增加值增长7.2%，{gap}。"), report_year=2024)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.2, "eq")
    assert val(fs, ("industrial_va", "target", "2023", "growth")) == (8, "eq")


# a gap with no plan figure, another region's figure, last year's: no target
@pytest.mark.parametrize("gap", [
    "比计划目标低0.8个百分点", "比8%的全省平均水平低0.8个百分点", "比全省平均水平（8%）低0.8个百分点",
    "比上年提高2个百分点", "比计划进度快5个百分点", "较8.5%的上年增速回落1.3个百分点", "比年度计划增加2.3亿元",
])
def test_a_gap_without_the_plans_figure_is_no_target(gap):
    fs = facts(plan_review("晋中市", 2024, f"规模以上工业增加值增长7.2%，{gap}。"), report_year=2024)
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.2, "eq")
    assert not any(k[0] == "industrial_va" and k[1] == "target" for k in fs)
    assert ("industrial_va", "actual", "2023", "level") not in fs


def cell_table(region: str, year: int, rows: str, after: str = "") -> str:
    return (f"{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n一、{year - 1}年计划执行情况\n"
            f"全州地区生产总值增长8.1%。\n表1 主要指标完成情况及{year}年预期目标\n"
            f"指标\n单位\n{year - 1}年计划\n{year - 1}年完成\n{year}年目标\n{rows}\n{after}")


# a table printed one cell a line whose name cells a PDF wrapped in two lines ("城镇常住居民人均" over
# "可支配收入增长"): each row still gives its plan, its result and next year's target; a unit on the
# line after a name ("城镇新增就业" over "万人") is no part of it
def test_a_wrapped_name_cell_in_a_table_one_cell_a_line():
    rows = ("城镇常住居民人均\n可支配收入增长\n%\n8\n7.6\n7\n规模以上工业增加值\n增长\n%\n9\n10.2\n9\n"
            "城镇新增就业\n万人\n1.3\n1.35\n1.3\n固定资产投资增长\n%\n10\n5.2\n8")
    fs = facts(cell_table("黔南布依族苗族自治州", 2022, rows, "二、存在的问题\n经济总量偏小\n产业结构不优\n"), report_year=2022)
    assert val(fs, ("urban_disposable_income", "target", "2021", "growth")) == (8, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2021", "growth")) == (7.6, "eq")
    assert val(fs, ("urban_disposable_income", "target", "2022", "growth")) == (7, "eq")
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (10.2, "eq")
    assert val(fs, ("industrial_va", "target", "2022", "growth")) == (9, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2021", "level")) == (1.3, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2021", "level")) == (1.35, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2021", "growth")) == (5.2, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2022", "growth")) == (8, "eq")


# last year's plan in brackets after the result, named before a colon ("增长6.2%（年度目标：7%左右）")
@pytest.mark.parametrize("sentence,key,expected", [
    ("地区生产总值增长6.2%（年度目标：7%左右）", ("gdp", "target", "2023", "growth"), (7, "about")),
    ("城镇新增就业1.35万人（年度计划：1.2万人）", ("urban_new_jobs", "target", "2023", "level"), (1.2, "eq")),
    ("一般公共预算收入完成32.3亿元（目标：30亿元），增长5.1%", ("general_budget_revenue", "target", "2023", "level"), (30, "eq")),
])
def test_last_years_plan_in_brackets_after_a_colon(sentence, key, expected):
    fs = facts(plan_review("陇南市", 2024, sentence + "。"), report_year=2024)
    assert val(fs, key) == expected
    assert (key[0], "actual", "2023", key[3]) in fs


# a list of this year's targets, each with its plan in brackets after a colon and no result: this year's
def test_this_years_list_with_bracketed_plans_stays_this_years():
    text = (plan_review("陇南市", 2024, "地区生产总值增长6.2%。") +
            "1．地区生产总值（年度目标：增长6%左右）。\n2．城镇新增就业（年度计划：1.2万人）。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (1.2, "eq")
    assert ("gdp", "target", "2023", "growth") not in fs
    assert ("urban_new_jobs", "target", "2023", "level") not in fs


# a table whose cells a PDF split by single spaces, each row's figures on the line after its name (and
# unit): the row reads as one; a category line between rows is passed over; a row of words stops nothing before it
@pytest.mark.parametrize("table", [
    "指标名称 单位 2021年计划 2021年完成 2022年计划\n规模以上工业增加值增长 %\n8 9.1 8\n固定资产投资增长 %\n10 12.3 8\n"
    "城镇新增就业 万人\n1.2 1.32 1.2\n城镇登记失业率 % 4.5以内 3.1 4.5以内",
    "主要指标 2021年计划 2021年完成 2022年计划\n规模以上工业增加值增长（%）\n8 9.1 8\n经济发展\n固定资产投资增长（%）\n10 12.3 8\n"
    "城镇新增就业（万人） 1.2 1.32 1.2",
])
def test_a_rows_figures_on_the_line_after_its_name(table):
    text = (f"来宾市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n一、2021年计划执行情况\n"
            f"全市地区生产总值增长7.6%。\n{table}\n二、存在的问题\n经济总量小 结构不优\n")
    fs = facts(text, report_year=2022)
    assert val(fs, ("industrial_va", "target", "2021", "growth")) == (8, "eq")
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (9.1, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2021", "growth")) == (12.3, "eq")
    assert val(fs, ("fixed_asset_investment", "target", "2022", "growth")) == (8, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2021", "level")) == (1.32, "eq")


# figures after the name line that are not all figures, or prose after a name: no join
def test_a_name_line_over_words_is_not_joined():
    text = ("来宾市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n一、2021年计划执行情况\n"
            "指标名称 单位 2021年计划 2021年完成 2022年计划\n规模以上工业增加值增长 %\n8 9.1 8\n"
            "单位地区生产总值能耗降低 %\n完成自治区下达任务\n二、存在的问题\n固定资产投资增长乏力\n12 个重点项目未开工\n")
    fs = facts(text, report_year=2022)
    assert val(fs, ("industrial_va", "actual", "2021", "growth")) == (9.1, "eq")
    assert not [k for k in fs if k[0] == "fixed_asset_investment"]


def december_draft(lead: str) -> str:
    return ("关于鄂尔多斯市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n"
            "——2019年12月27日在市四届人大常委会第二十次会议上\n一、今年计划执行情况\n"
            f"{lead}地区生产总值增长6.5%左右，一般公共预算收入增长5%。从执行情况看，预计全年地区生产总值增长6%左右，"
            "低于年初预期目标；一般公共预算收入完成460亿元，增长6.3%。\n二、明年经济社会发展的主要目标\n"
            "明年全市主要预期目标建议为：地区生产总值增长6%左右。\n")


# a December draft calls the year it reviews 今年: "今年年初…确定的主要预期目标是：" lists that year's targets
@pytest.mark.parametrize("lead", [
    "今年年初，市四届人大四次会议确定的主要预期目标是：", "今年确定的主要预期目标是：", "今年，市人代会通过的计划确定的主要目标为：",
])
def test_a_december_drafts_targets_of_the_year_reviewed(lead):
    fs = facts(december_draft(lead))
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2019", "growth")) == (5, "eq")
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (6, "about")
    assert val(fs, ("general_budget_revenue", "actual", "2019", "growth")) == (6.3, "eq")
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6, "about")


# targets met, or results in words, before the colon: the figures after it are the results
@pytest.mark.parametrize("lead", [
    "今年，全市圆满完成市人代会确定的目标任务：", "今年，我们全面实现了年初确定的主要目标：", "今年全市经济运行总体平稳，主要指标好于预期：",
])
def test_a_december_drafts_targets_met_before_results(lead):
    text = ("关于鄂尔多斯市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n"
            "——2019年12月27日在市四届人大常委会第二十次会议上\n一、今年计划执行情况\n"
            f"{lead}地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2019", "growth")) == (6.5, "about")
    assert not [k for k in fs if k[1] == "target"]
