"""Session qa34: press conferences, interviews and explainers about a report, blind: a transcript's full date,
the report laying out its tasks around its targets, and figures a question hears from others."""
from __future__ import annotations

from factkeys import facts, pledged, read, val  # tests/factkeys.py


def test_a_full_date_in_a_transcript_header_names_no_period():
    # "时间：2023年2月10日" dates the briefing: the ；-clauses after "2022年，" stay last year's results
    text = ("时间：2023年2月10日上午\n地点：县政府新闻发布厅\n\n"
            "县发改局局长：2022年，全县地区生产总值增长5.1%；固定资产投资增长8.2%；社会消费品零售总额增长4.6%。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("fixed_asset_investment", "actual", "2022", "growth")) == (8.2, "eq")
    assert val(fs, ("retail_sales", "actual", "2022", "growth")) == (4.6, "eq")
    assert ("fixed_asset_investment", "target", "2023", "growth") not in fs


def test_a_date_line_over_a_spokesman_names_no_period():
    text = ("日期：2021年1月20日下午\n\n"
            "发言人：2020年，全区地区生产总值增长3.1%；固定资产投资增长6.2%；一般公共预算收入增长2.5%。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("general_budget_revenue", "actual", "2020", "growth")) == (2.5, "eq")
    assert ("general_budget_revenue", "target", "2021", "growth") not in fs


def test_report_laying_out_tasks_around_its_targets_leads_pledges():
    # "报告围绕目标部署了…" after a speaker's label: the items after it are the year's pledges
    d = read("交通局局长：报告围绕目标部署了八个方面的重点任务。其中，新建农村公路120公里，改造老旧小区30个。\n",
             report_year=2024)
    got = pledged(d)
    assert ("农村公路", 120, "公里") in got
    assert ("老旧小区", 30, "个") in got


def test_report_arranging_work_around_the_years_target_leads_pledges():
    d = read("答：报告围绕目标任务部署了六项重点工作。其中，新增停车位2000个；新建幼儿园5所。\n", report_year=2021)
    got = pledged(d)
    assert ("停车位", 2000, "个") in got
    assert ("幼儿园", 5, "所") in got


def test_a_figure_a_question_hears_from_others_pledges_nothing():
    d = read("记者：有媒体报道今年全县将新建学校20所，准确吗？\n县长：报告提出的是新建学校12所。\n", report_year=2022)
    assert all(p.value != 20 for p in d.pledges)


def test_a_figure_a_question_hears_from_others_is_no_fact():
    fs = facts("问：听说今年全市固定资产投资要增长15%，是真的吗？\n", report_year=2024)
    assert ("fixed_asset_investment", "target", "2024", "growth") not in fs
    fs = facts("有网友说今年财政总收入要突破100亿元，社会消费品零售总额增长9%，是这样吗？\n", report_year=2019)
    assert ("fiscal_total_revenue", "target", "2019", "level") not in fs
    assert ("retail_sales", "target", "2019", "growth") not in fs

