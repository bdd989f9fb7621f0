"""Review of the plan-report rules (holdplan): look-alikes where they must not fire, and wordings they missed."""
from __future__ import annotations

import pytest

from factkeys import facts, val
from taskdoc import pledge_values as pledged


def plan_report(year: int, body: str) -> str:
    return (f"关于某市{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n一、{year - 1}年计划执行情况\n"
            f"{year - 1}年，全市地区生产总值增长5.2%。\n二、{year}年国民经济和社会发展计划草案\n{body}\n")


# a part's list of goals (民生实事, 重点项目, 工程) proposed the way the year's targets are ("…主要目标安排如下：",
# "…主要指标安排如下：", "…主要目标拟定为："): its items stay pledges
@pytest.mark.parametrize("lead,items,expected", [
    ("2024年全市民生实事主要目标安排如下：", ["——新建普惠性幼儿园10所；", "——改造老旧小区20个。"], [(10, "所"), (20, "个")]),
    ("全市重点民生实事主要目标拟定为：", ["——新增城镇停车位5000个；", "——新建公办幼儿园12所。"], [(12, "所"), (5000, "个")]),
    ("全市重点项目主要指标安排如下：", ["——新开工项目120个；", "——竣工项目80个。"], [(80, "个"), (120, "个")]),
    ("城乡环境整治十大工程主要目标建议为：", ["——新建污水管网150公里；", "——改造农村户厕8000户。"],
     [(150, "公里"), (8000, "户")]),
    ("2024年全市重点项目建设主要指标如下：", ["——新开工项目120个；", "——竣工项目80个。"], [(80, "个"), (120, "个")]),
    # a sector's list (not the region's or the year's own lead)
    ("农业农村发展主要指标安排如下：", ["——新建高标准农田5万亩；", "——新建农村公路300公里。"], [(5, "万亩"), (300, "公里")]),
])
def test_a_parts_proposed_list_keeps_its_pledges(lead, items, expected):
    assert pledged(plan_report(2024, "\n".join([lead, *items])), 2024) == sorted(expected)


# the year's own list proposed "如下" (not only 为/：) is facts, no pledges
def test_a_target_list_proposed_as_follows_is_facts():
    text = plan_report(2024, "2024年全市主要预期目标建议如下：\n——地区生产总值增长6%左右；\n——城镇新增就业3万人。")
    assert pledged(text, 2024) == []
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (3, "eq")


def mid_term(year: int, said: str) -> dict:
    text = (f"关于某市{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n一、{year - 1}年计划执行情况\n"
            f"全市地区生产总值增长5.2%。\n二、“十四五”规划纲要中期评估情况\n{said}\n"
            f"三、{year}年主要目标\n{year}年主要预期目标建议为：地区生产总值增长6%左右。\n")
    return facts(text, report_year=year)


# the plan's goal restated with the plan named in its clause (“十四五”), 规划 unsaid: a goal of the plan's span,
# not the year reviewed's target
@pytest.mark.parametrize("said,key,value", [
    ("单位地区生产总值能耗累计下降8%，有望完成“十四五”下降14%的目标。", ("energy_intensity", "goal", "2021-2025", "growth"), -14),
    ("研发经费投入强度达到2.2%，距“十四五”2.5%的目标仍有差距。", ("rnd_intensity", "goal", "2021-2025", "share"), 2.5),
])
def test_a_plans_goal_restated_with_the_plan_named(said, key, value):
    fs = mid_term(2024, said)
    assert val(fs, key) == (value, "eq")
    assert not any(k[1] == "target" and k[2] == "2023" and k[0] == key[0] for k in fs)


# not: last year's own targets restated in a review where a plan or 规划 is named elsewhere in the sentence
@pytest.mark.parametrize("said,key,value", [
    ("“十四五”开局良好，全市地区生产总值增长8.1%，超过7%的预期目标。", ("gdp", "target", "2021", "growth"), 7),
    ("国土空间规划获批，全市一般公共预算收入增长7.2%，超过年初7%的目标。", ("general_budget_revenue", "target", "2021", "growth"), 7),
])
def test_last_years_target_stays_a_target(said, key, value):
    fs = facts(f"某市政府工作报告\n一、2021年工作回顾\n{said}\n二、2022年主要目标\n地区生产总值增长6%左右。\n",
               report_year=2022)
    assert val(fs, key) == (value, "eq")
    assert not any(k[1] == "goal" for k in fs)


# in the plan's first year reviewed (a 2022 report), a yearly average under a heading or a table title naming
# the plan is no average over that one year ("2021-2021"): the five years before, as a review's "年均" reads
def test_the_plans_first_year_is_no_span():
    fs = facts("某市政府工作报告\n一、“十四五”规划实施情况\n全市固定资产投资年均增长9%。\n二、2022年主要目标\n"
               "地区生产总值增长6%左右。\n", report_year=2022)
    assert val(fs, ("fixed_asset_investment", "actual", "2017-2021", "growth")) == (9, "eq")
    rows = [("指标", "单位", "规划目标", "2021年完成"), ("地区生产总值年均增长", "%", "7左右", "8.1")]
    text = ("关于某市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n一、2021年计划执行情况\n"
            "2021年，全市经济稳中向好。\n“十四五”规划主要指标进展情况\n" + "\n".join("    ".join(r) for r in rows)
            + "\n二、2022年主要目标\n2022年主要预期目标建议为：地区生产总值增长6%左右。\n")
    fs = facts(text, report_year=2022)
    assert not any(k[2] == "2021-2021" for k in fs)
    # (two years gone by: the plan's span so far)
    fs = facts("某市政府工作报告\n一、“十四五”规划实施情况\n全市固定资产投资年均增长9%。\n二、2023年主要目标\n"
               "地区生产总值增长6%左右。\n", report_year=2023)
    assert val(fs, ("fixed_asset_investment", "actual", "2021-2022", "growth")) == (9, "eq")


TABLE_HEAD = ("关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n"
              "2023年，全市经济运行稳中向好。\n二、2024年主要目标\n2024年主要预期目标见下表。\n附表\n")


# years spanning the columns under them unevenly, each year's columns opening with a figure's own head (总量,
# 目标) and a growth head after it that figure's growth: the years date them (总量 as a header word had made the
# row a header whose years were then dropped: the year's result lost)
def test_years_over_uneven_columns_opening_with_a_figure():
    table = "指标    单位    2023年    2024年\n总量    增速    目标\n地区生产总值    亿元    1580    5.5    6\n"
    fs = facts(TABLE_HEAD + table, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "level")) == (1580, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.5, "eq")
    assert not any(k[1] == "target" and k[2] == "2023" for k in fs)


# the plan's goal restated after the year's target (the same indicator, the plan named between): the plan's span,
# not five years from this one
@pytest.mark.parametrize("said", ["今年地区生产总值增长6%左右，有望实现“十四五”年均增长6.5%的目标。",
                                  "今年地区生产总值增长6%左右，实现“十四五”年均增长6.5%的目标。"])
def test_the_plans_goal_after_the_years_target(said):
    fs = facts(f"某市政府工作报告\n一、2023年工作回顾\n全市地区生产总值增长5.2%。\n二、2024年主要目标\n{said}\n", report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (6.5, "eq")
    assert ("gdp", "goal", "2024-2028", "growth") not in fs
