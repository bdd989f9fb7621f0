"""Session dates17: relative year words where the report's own date decides them — 明年 in a report delivered in
its own year (a later year's goal), 去年/上年 in a plan report of December (the year before the one it reviews)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

JANUARY = "政府工作报告\n——2024年1月16日在昆山市第十七届人民代表大会第四次会议上\n二、2024年工作安排\n"
DECEMBER = ("关于今年国民经济和社会发展计划执行情况与明年计划草案的报告\n"
            "——2023年12月26日在江阴市第十八届人民代表大会常务委员会第十五次会议上\n一、今年计划执行情况\n")


# 明年 in a report delivered in its own year: the year after the report's, a goal of that year
@pytest.mark.parametrize("sent,key,value", [
    ("今年主要预期目标是：地区生产总值增长5%左右。力争明年全市地区生产总值突破5600亿元。",
     ("gdp", "goal", "2025", "level"), (5600, "at_least")),
    ("今年主要预期目标是：地区生产总值增长5%左右。确保明年一般公共预算收入达到450亿元。",
     ("general_budget_revenue", "goal", "2025", "level"), (450, "eq")),
])
def test_next_year_in_a_report_of_its_own_year_is_a_goal(sent, key, value):
    fs = facts(JANUARY + sent + "\n")
    assert val(fs, key) == value
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")
    assert (key[0], "target", "2024", key[3]) not in fs


def test_next_year_after_the_years_targets_leaves_them_this_years():
    # look-alike: 明年 after the year's target list, no figure of its own
    fs = facts(JANUARY + "今年主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4%，"
               "为明年“十四五”规划圆满收官奠定坚实基础。\n")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (4, "eq")
    assert not any(k[2] == "2025" for k in fs)


def test_next_year_in_a_report_of_december_is_its_report_year():
    # look-alike: in a plan report of December 明年 is the year the report is for, its targets
    fs = facts(DECEMBER + "预计全年地区生产总值增长6%。\n二、明年主要目标\n"
               "明年全市经济社会发展主要预期目标建议为：地区生产总值增长5.5%左右，一般公共预算收入增长3%。\n")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (3, "eq")


def test_this_and_next_year_listed_stay_each_its_year():
    # look-alike: "今明两年…分别" (decision 13) is untouched
    fs = facts(JANUARY + "今明两年，全市地区生产总值分别增长5%和5.5%。\n")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "eq")
    assert val(fs, ("gdp", "goal", "2025", "growth")) == (5.5, "eq")


# 去年/上年 opening a figure in a plan report of December: the year before the one it reviews
@pytest.mark.parametrize("sent,key,value", [
    ("去年全市地区生产总值为4754亿元，今年预计增长6%。", ("gdp", "actual", "2022", "level"), (4754, "eq")),
    ("上年全市一般公共预算收入完成270.1亿元。", ("general_budget_revenue", "actual", "2022", "level"), (270.1, "eq")),
])
def test_last_year_in_a_report_of_december_is_the_year_before_the_reviewed(sent, key, value):
    fs = facts(DECEMBER + sent + "\n")
    assert val(fs, key) == value
    assert (key[0], "actual", "2023", key[3]) not in fs


def test_last_year_in_a_report_of_january_is_the_reviewed_year():
    # look-alike: the same sentence delivered in January is the year reviewed
    fs = facts(JANUARY.replace("二、2024年工作安排", "一、2023年工作回顾") + "去年全市地区生产总值为5140.6亿元，增长5.2%。\n")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (5140.6, "eq")
    assert ("gdp", "actual", "2022", "level") not in fs


def test_compared_with_last_year_in_december_stays_the_reviewed_year():
    # look-alike: 比去年/与去年相比 compares, it dates nothing; 预计全年 is the year reviewed
    fs = facts(DECEMBER + "预计全年地区生产总值比去年增长6%，一般公共预算收入完成285.6亿元。"
               "与去年相比，规模以上工业增加值增长7.2%。\n")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (285.6, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.2, "eq")
    assert not any(k[2] == "2022" for k in fs)


# a plan report dated by its month alone: November or December is as late as a dated day
MONTH_ONLY = ("关于今年国民经济和社会发展计划执行情况与明年计划草案的报告\n（2023年12月）\n江阴市发展和改革委员会\n"
              "一、今年计划执行情况\n预计全年地区生产总值增长6%，一般公共预算收入完成285.6亿元。"
              "去年全市规模以上工业增加值为1320亿元。\n二、明年主要目标\n"
              "明年全市经济社会发展主要预期目标建议为：地区生产总值增长5.5%左右，一般公共预算收入增长3%。\n")


def test_a_plan_report_dated_by_december_alone_is_late():
    fs = facts(MONTH_ONLY)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6, "eq")
    assert val(fs, ("industrial_va", "actual", "2022", "level")) == (1320, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (3, "eq")
    assert not any(k[2] == "2025" for k in fs)


def test_a_december_month_in_a_sentence_of_the_head_does_not_make_it_late():
    # look-alike: "2023年12月，…" opens a sentence, it dates no report; a report of 2024 with no day stays as it was
    text = ("昆山市2024年政府工作报告\n2023年12月，市委经济工作会议召开。\n一、2023年工作回顾\n"
            "去年全市地区生产总值为5140.6亿元，增长5.2%。\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (5140.6, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")
    assert ("gdp", "actual", "2022", "level") not in fs


def test_a_page_published_in_its_year_reads_next_year_as_the_year_after():
    text = ("滁州市2024年政府工作报告\n发布时间：2024-02-01 09:30　来源：滁州市人民政府\n一、过去一年工作回顾\n"
            "去年，全市地区生产总值增长8.1%。\n二、今年目标\n今年主要预期目标是：地区生产总值增长8%左右。"
            "力争明年全市地区生产总值迈上6000亿元台阶。\n")
    fs = facts(text)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (8.1, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (8, "about")
    assert ("gdp", "target", "2024", "level") not in fs
    assert val(fs, ("gdp", "goal", "2025", "level")) == (6000, "at_least")


# 明年 turning a name's clause to the year after, or opening the sentence (a report delivered in its year)
@pytest.mark.parametrize("sent,key,value", [
    ("全市规模以上工业增加值增长6%，明年力争增长7%。", ("industrial_va", "goal", "2025", "growth"), (7, "eq")),
    ("到明年底，全市高新技术企业达到3000家。", ("high_tech_enterprises", "goal", "2025", "level"), (3000, "eq")),
    ("明年，全市地区生产总值力争突破5600亿元。", ("gdp", "goal", "2025", "level"), (5600, "at_least")),
])
def test_next_year_turning_a_clause_or_opening_a_sentence(sent, key, value):
    fs = facts(JANUARY + sent + "\n")
    assert val(fs, key) == value
    this_year = fs.get((key[0], "target", "2024", key[3]))
    assert this_year is None or this_year.value != value[0]


def test_the_years_value_before_next_years_stays_the_target():
    fs = facts(JANUARY + "全市规模以上工业增加值增长6%，明年力争增长7%。\n")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (6, "eq")


def test_a_next_year_clause_with_no_figure_sets_nothing_for_the_figures_after():
    # look-alike: "力争明年实现…目标" closing the target list has no figure: the figures after stay the year's
    fs = facts(JANUARY + "今年主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4%，力争明年实现“十四五”规划主要目标。\n"
               "全市固定资产投资增长6%。\n")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (6, "eq")
    assert not any(k[2] == "2025" for k in fs)
