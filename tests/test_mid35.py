"""Session mid35: mid-year, quarterly and mid-term texts, blind round — a report or a news item on part of a year
(上半年/前三季度/一季度/1—N月 in its title), the year's targets restated in it, and a plan's mid-term evaluation."""
from __future__ import annotations

import pytest

from factkeys import facts, read, val  # tests/factkeys.py

Q3 = ("关于某某市2024年前三季度国民经济和社会发展计划执行情况的报告\n——2024年10月25日在某某市人大常委会会议上\n"
      "一、前三季度计划执行情况\n"
      "（一）工业生产稳步回升。前三季度，全市规模以上工业增加值增长6.9%。固定资产投资增长4.1%，社会消费品零售总额"
      "856.2亿元，增长5.3%。\n（二）财政收支平稳。一般公共预算收入完成96.4亿元，同比增长4.7%，完成年度预算的78.1%。\n"
      "综合研判，预计全年地区生产总值增长6%左右，一般公共预算收入增长5%。\n"
      "二、四季度工作重点\n四季度，要紧盯年初确定的地区生产总值增长6.5%左右、固定资产投资增长8%的目标，全力冲刺。"
      "全年城镇新增就业4.2万人以上。\n")


def test_part_of_year_figures_are_no_facts():
    # (the sentences after the part's time, and a paragraph under the part's heading naming no time of its own)
    fs = facts(Q3, report_year=2024)
    for iid, measure in [("industrial_va", "growth"), ("retail_sales", "level"), ("retail_sales", "growth"),
                         ("general_budget_revenue", "level")]:
        assert not [k for k in fs if k[0] == iid and k[3] == measure and k[1] == "actual"], (iid, measure)


def test_estimate_of_the_whole_year_is_the_report_years_result():
    fs = facts(Q3, report_year=2024)
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (6, "about")
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (5, "eq")


def test_targets_restated_after_the_time_ahead():
    # (四季度 opens the sentence, 年初确定的 names the year's targets; 工作重点 titles the tasks)
    fs = facts(Q3, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (4.2, "at_least")


NEWS = ("前4个月全省经济运行稳中有升\n2021-05-19 来源：某某日报\n"
        "本报讯 记者从省统计局获悉，1—4月，全省规模以上工业增加值同比增长18.2%，两年平均增长7.1%。\n"
        "消费市场持续回暖。全省社会消费品零售总额3120.6亿元，增长27.4%。其中，4月份增长11.9%。\n"
        "4月末，全省金融机构本外币各项贷款余额5.62万亿元，同比增长12.3%。\n"
        "省统计局有关负责人表示，下一步将努力实现全年地区生产总值增长7%以上的预期目标。\n"
        "链接：2020年，全省地区生产总值42.1万亿元，增长3.6%。\n")


def test_news_of_months_keeps_only_the_years_figures():
    fs = facts(NEWS, report_year=2021)
    assert not [k for k in fs if k[0] in ("industrial_va", "retail_sales", "loan_balance")]
    assert val(fs, ("gdp", "target", "2021", "growth")) == (7, "at_least")
    assert val(fs, ("gdp", "actual", "2020", "growth")) == (3.6, "eq")


def test_a_december_plan_report_on_eleven_months_is_not_part_of_the_year():
    # (its title names the next year's plan: 预计全年 stays the year it reviews)
    text = ("关于某某县2023年1-11月国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2023年12月26日\n"
            "一、2023年计划执行情况\n预计全年地区生产总值增长5.8%。\n二、2024年主要预期目标\n地区生产总值增长6%左右。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.8, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


@pytest.mark.parametrize("head", ["三、下半年工作重点", "三、2022年下半年工作重点"])
def test_work_focus_heading_is_the_tasks_part(head):
    text = ("某某县2022年上半年国民经济和社会发展计划执行情况的报告\n一、上半年执行情况\n上半年，全县地区生产总值增长4.1%。\n"
            + head + "\n下半年，要紧紧围绕全年地区生产总值增长7%、财政总收入增长6%的目标，抓好以下工作：\n"
            "（一）扩大投资。新开工亿元以上项目20个，新建改造城市道路12公里。\n")
    d = read(text, report_year=2022)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("gdp", "target", "2022", "growth")) == (7, "eq")
    assert val(fs, ("fiscal_total_revenue", "target", "2022", "growth")) == (6, "eq")
    assert not [k for k in fs if k[1] == "actual"]
    assert {(p.object, p.value) for p in d.pledges} >= {("亿元以上项目", 20), ("城市道路", 12)}


def test_targets_revised_mid_year_under_their_heading():
    text = ("某某区2020年上半年计划执行情况的报告\n——2020年8月12日\n一、上半年计划执行情况\n上半年，全区地区生产总值下降2.3%。\n"
            "二、全年主要目标的调整\n根据疫情影响，经区人大常委会批准，全年地区生产总值增长目标调整为3%左右，"
            "社会消费品零售总额增长目标由10%调整为2%。\n")
    fs = facts(text, report_year=2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (3, "about")
    assert val(fs, ("retail_sales", "target", "2020", "growth")) == (2, "eq")
    assert ("gdp", "actual", "2020", "growth") not in fs and ("gdp", "actual", "2019", "growth") not in fs


EVAL = ("关于某某市“十四五”规划纲要实施中期评估的报告\n——2023年8月29日\n"
        "《某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（以下简称《纲要》）实施以来，总体进展顺利。\n")


@pytest.mark.parametrize("sent,key,expected", [
    ("2022年全市研发经费投入强度达到2.1%，低于《纲要》2.6%的目标。", ("rnd_intensity", "goal", "2021-2025", "share"), (2.6, "eq")),
    ("2022年常住人口城镇化率为63.5%，提前实现《纲要》确定的63%的目标。", ("urbanization_rate", "goal", "2021-2025", "share"), (63, "eq")),
    ("2022年全市地区生产总值达到2860亿元，两年年均增长5.2%，未达到《纲要》提出的“年均增长6%左右”的预期。",
     ("gdp", "goal", "2021-2025", "growth"), (6, "about")),
])
def test_outline_named_as_a_document_sets_the_plans_goal(sent, key, expected):
    fs = facts(EVAL + sent, report_year=2023)
    assert val(fs, key) == expected
    assert not [k for k in fs if k[0] == key[0] and k[1] == "target"]


# a half-year report's headings: the year's part gone by is a review though it names the report year; the work ahead
# is planned (打算) or proposed (建议)
H1 = ("某某市2024年上半年经济运行情况的报告\n——2024年7月26日\n一、2024年上半年经济运行的主要特点\n"
      "（一）投资较快增长。固定资产投资增长7.7%，其中工业投资增长21.2%。\n（二）消费稳步恢复。社会消费品零售总额增长4.9%。\n"
      "二、{head}\n下半年，要对标全年固定资产投资增长8%、社会消费品零售总额增长6%的目标，重点做好以下工作：新开工亿元以上项目45个。\n")


@pytest.mark.parametrize("head", ["下半年工作打算", "对下半年工作的建议", "四季度工作打算"])
def test_half_year_report_headings(head):
    d = read(H1.format(head=head), report_year=2024)
    fs = {(f.indicator, f.role, f.period, f.measure): f for f in d.facts}
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")
    assert val(fs, ("retail_sales", "target", "2024", "growth")) == (6, "eq")
    assert not [k for k in fs if k[1] == "actual"]
    assert ("亿元以上项目", 45) in {(p.object, p.value) for p in d.pledges}


def test_completion_ratio_names_no_time_of_the_figure():
    text = ("某某县2023年上半年国民经济和社会发展计划执行情况的报告\n一、上半年计划执行情况\n"
            "固定资产投资完成年度计划的49.6%，增长3.1%。一般公共预算收入占全年预算的56%，同比增长9.2%。\n")
    fs = facts(text, report_year=2023)
    assert not [k for k in fs if k[0] in ("fixed_asset_investment", "general_budget_revenue")]


# the report year of a page on the first part of a year is that year (not the year after, as for a December plan
# report on eleven months)
@pytest.mark.parametrize("text,year", [
    ("2025年一季度全县经济运行情况\n一季度，全县规模以上工业增加值同比增长9.4%。\n", 2025),
    ("某某市2024年1-9月主要经济指标简析\n1-9月，全市固定资产投资增长5.1%。\n", 2024),
    ("关于2022年上半年计划执行情况的报告\n上半年，全区一般公共预算收入增长3.3%。\n", 2022),
    ("关于2023年1-11月国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n预计全年地区生产总值增长5%。\n", 2024),
])
def test_report_year_of_a_part_of_the_year(text, year):
    assert read(text).meta.report_year == year


# a mid-term evaluation's indicator items: the name heading its item, the plan's goal and the years gone by after it
# (and its part on the indicators' progress is a review, though its title names the indicators)
EVAL_ITEMS = ("关于某某市“十四五”规划纲要实施中期评估的报告\n——2023年10月20日\n一、主要指标进展情况\n{item}\n"
              "二、推进《纲要》实施的主要举措\n加快产业转型升级。\n")


@pytest.mark.parametrize("item,expected", [
    ("1.一般公共预算收入。规划目标为年均增长5%，2021—2022年年均增长3.8%，进度滞后。",
     {("general_budget_revenue", "goal", "2021-2025", "growth"): (5, "eq"),
      ("general_budget_revenue", "actual", "2021-2022", "growth"): (3.8, "eq")}),
    ("2.森林覆盖率。规划目标为2025年达到45%，2022年达到44.3%，进度符合预期。",
     {("forest_coverage", "goal", "2025", "share"): (45, "eq"), ("forest_coverage", "actual", "2022", "share"): (44.3, "eq")}),
    ("（三）研发经费投入强度。由2020年的1.8%提高到2022年的2.05%，规划目标2.3%。",
     {("rnd_intensity", "actual", "2022", "share"): (2.05, "eq"), ("rnd_intensity", "goal", "2021-2025", "share"): (2.3, "eq")}),
    ("城镇居民人均可支配收入规划目标为年均增长6.5%左右，2021—2022年年均增长5.9%。",
     {("urban_disposable_income", "goal", "2021-2025", "growth"): (6.5, "about"),
      ("urban_disposable_income", "actual", "2021-2022", "growth"): (5.9, "eq")}),
])
def test_evaluation_items(item, expected):
    fs = facts(EVAL_ITEMS.format(item=item), report_year=2023)
    for key, v in expected.items():
        assert val(fs, key) == v
    assert not [k for k in fs if k[1] == "target"]


def test_comparison_with_the_years_target_names_no_time():
    text = ("某某市2022年上半年国民经济和社会发展计划执行情况的报告\n一、上半年计划执行情况\n"
            "上半年，全市地区生产总值增长4.6%，快于全年目标0.1个百分点，规模以上工业增加值增长6.2%，固定资产投资增长8.8%。\n"
            "从全年看，确保实现地区生产总值增长5.5%的目标。\n")
    fs = facts(text, report_year=2022)
    assert not [k for k in fs if k[0] in ("industrial_va", "fixed_asset_investment")]
    assert val(fs, ("gdp", "target", "2022", "growth")) == (5.5, "eq")


def test_growth_column_after_a_part_of_the_year_is_the_parts():
    text = ("某某市2023年前三季度主要经济指标完成情况\n"
            "| 指标名称 | 单位 | 年度计划 | 前三季度完成 | 同比增长（%） |\n"
            "| 社会消费品零售总额 | 亿元 | 560 | 398.2 | 6.3 |\n"
            "| 一般公共预算收入 | 亿元 | 45 | 33.1 | 5.2 |\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("retail_sales", "target", "2023", "level")) == (560, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2023", "level")) == (45, "eq")
    assert not [k for k in fs if k[3] == "growth" or k[1] == "actual"]


@pytest.mark.parametrize("head", ["二、全年主要指标预测", "二、全年经济运行预判"])
def test_the_years_results_foreseen_are_the_report_years(head):
    text = ("关于某某区2021年上半年国民经济和社会发展计划执行情况的报告\n——2021年8月26日\n一、上半年计划执行情况\n"
            "上半年，全区地区生产总值增长12.3%。\n" + head + "\n综合判断，全年地区生产总值有望增长8.5%左右，"
            "预计全年完成固定资产投资310亿元，城镇新增就业1.5万人。\n三、下半年重点工作\n新开工项目12个。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "actual", "2021", "growth")) == (8.5, "about")
    assert val(fs, ("fixed_asset_investment", "actual", "2021", "level")) == (310, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2021", "level")) == (1.5, "eq")
    assert not [k for k in fs if k[2] == "2020"]


def test_related_link_label_before_prose_is_not_cut_mid_line():
    # (a 相关链接 label before a sentence longer than a link's title: no line of links, kept whole, not its first 80
    # characters cut away and the rest left)
    from planwatch.normalize import normalize
    line = ("相关链接：今年1月召开的市十五届人大三次会议确定，2021年全市经济社会发展主要预期目标为：地区生产总值增长7%，"
            "规模以上工业增加值增长7.5%，固定资产投资增长9%，社会消费品零售总额增长8%，一般公共预算收入增长5%。")
    text = "1—4月我市经济运行持续向好\n1—4月，全市规模以上工业增加值同比增长15.2%。\n" + line + "\n"
    assert line in normalize(text).text
    fs = facts(text, report_year=2021)
    assert val(fs, ("industrial_va", "target", "2021", "growth")) == (7.5, "eq")
    assert not [k for k in fs if k[1] == "actual"]
    # (a line of links after the label is still no text of the page)
    links = "相关链接：2021年某某县政府工作报告全文 | 一图读懂2021年政府工作报告\n"
    assert "政府工作报告全文" not in normalize(text + links).text
