"""Session plan15: plan reports (计划执行情况与计划草案的报告), second round — a record of a pair's plan, levels and
results; R&D's ratio to GDP in the statistical wording; the cities short of the air standard; the plan report's own
lead to its target list; the deficit ratio proposed in a part titled for the targets and policies."""
from __future__ import annotations

import pytest

from factkeys import facts, read, val  # tests/factkeys.py

REVIEW = "一、2021年国民经济和社会发展计划执行情况\n"
REVIEW18 = "一、2018年国民经济和社会发展计划执行情况\n"


# a pair's record: the plan, then each one's level, then the results of the plan's figures
@pytest.mark.parametrize("line", [
    "8.城乡居民人均可支配收入：计划分别增长7%和8%，实际分别达到65890元和41370元，分别增长9.3%和10.6%。",
    "城乡居民人均可支配收入：年初计划分别增长7%、8%，预计分别达到65890元、41370元，分别增长9.3%、10.6%。",
])
def test_a_pairs_plan_then_levels_then_results(line):
    fs = facts(REVIEW + line + "\n", report_year=2022)
    assert val(fs, ("urban_disposable_income", "target", "2021", "growth")) == (7, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2021", "growth")) == (8, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2021", "level")) == (65890, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2021", "level")) == (41370, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2021", "growth")) == (9.3, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2021", "growth")) == (10.6, "eq")


# look-alikes: the results first, then the levels (the earlier shape); and no plan at all: unchanged
def test_a_pairs_plan_results_then_levels_unchanged():
    fs = facts(REVIEW + "城乡居民人均可支配收入计划分别增长7%和8%，实际分别增长9.3%和10.6%，分别达到65890元和41370元。\n",
               report_year=2022)
    assert val(fs, ("urban_disposable_income", "target", "2021", "growth")) == (7, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2021", "growth")) == (10.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2021", "level")) == (41370, "eq")


def test_a_pairs_levels_and_results_with_no_plan_unchanged():
    fs = facts(REVIEW + "城乡居民人均可支配收入分别达到65890元和41370元，分别增长9.3%和10.6%。\n", report_year=2022)
    assert val(fs, ("urban_disposable_income", "actual", "2021", "level")) == (65890, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2021", "growth")) == (9.3, "eq")
    assert not any(k[1] == "target" for k in fs)


# R&D's ratio to GDP said as the statistical communiqué and the national plan report say it
@pytest.mark.parametrize("tail,value", [
    ("，与地区生产总值之比为2.5%", 2.5),
    ("，与全市生产总值之比达到2.5%", 2.5),
    ("，相当于地区生产总值的2.5%", 2.5),
])
def test_rnd_ratio_to_gdp(tail, value):
    fs = facts(REVIEW18 + f"全市研究与试验发展经费支出190亿元，增长11.8%{tail}。\n", report_year=2019, region="湖州市")
    assert val(fs, ("rnd_expenditure", "actual", "2018", "level")) == (190, "eq")
    assert val(fs, ("rnd_intensity", "actual", "2018", "share")) == (value, "eq")
    assert ("gdp", "actual", "2018", "growth") not in fs  # (the whole named in the ratio is no GDP figure)


def test_rnd_ratio_to_the_countrys_gdp_in_the_countrys_report():
    text = ("关于2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告\n"
            "——2019年3月5日在第十三届全国人民代表大会第二次会议上\n国家发展和改革委员会\n" + REVIEW18 +
            "全社会研究与试验发展经费支出19657亿元，增长11.8%，与国内生产总值之比为2.18%。\n")
    fs = facts(text)
    assert val(fs, ("rnd_intensity", "actual", "2018", "share")) == (2.18, "eq")
    assert ("gdp", "actual", "2018", "growth") not in fs


# look-alikes: the country's GDP in a province's report is not its own whole; a ratio of something else stays out
def test_ratio_to_the_countrys_gdp_in_a_local_report_is_no_own_share():
    fs = facts(REVIEW18 + "全省研究与试验发展经费支出190亿元，增长11.8%，与国内生产总值之比为0.2%。\n",
               report_year=2019, region="江西省")
    assert ("rnd_intensity", "actual", "2018", "share") not in fs
    assert ("gdp", "actual", "2018", "growth") not in fs


def test_a_ratio_between_incomes_is_no_share():
    fs = facts(REVIEW18 + "农村居民人均可支配收入1.2万元，与城镇居民收入之比为1:1.9。\n", report_year=2019)
    assert val(fs, ("rural_disposable_income", "actual", "2018", "level")) == (1.2, "eq")
    assert len(fs) == 1


# the cities short of the air standard are a part of the country
@pytest.mark.parametrize("line", [
    "未达标地级及以上城市细颗粒物（PM2.5）平均浓度下降10.2%。",
    "PM2.5未达标城市平均浓度下降10.2%。",
    "细颗粒物（PM2.5）未达标地级及以上城市浓度下降10.2%。",
])
def test_cities_short_of_the_standard_are_a_part(line):
    fs = facts(REVIEW18 + line + "\n", report_year=2019)
    assert ("pm25", "actual", "2018", "growth") not in fs


@pytest.mark.parametrize("line", [
    "全国地级及以上城市细颗粒物（PM2.5）平均浓度下降10.2%。",
    "细颗粒物（PM2.5）平均浓度下降10.2%。",
])
def test_all_cities_pm25_is_the_regions(line):
    fs = facts(REVIEW18 + line + "\n", report_year=2019)
    assert val(fs, ("pm25", "actual", "2018", "growth")) == (-10.2, "eq")


# a plan report's lead to the year's targets: a qualitative item keeps its place before a figure in the tasks
@pytest.mark.parametrize("lead", ["建议今年主要预期目标安排如下：", "今年主要预期目标建议为：", "主要预期目标建议安排如下：",
                                  "今年主要预期目标是："])
def test_a_plan_reports_target_lead_keeps_the_qualitative_item_first(lead):
    text = (f"二、2024年主要目标\n综合考虑，{lead}\n地区生产总值增长5%左右；外贸进出口促稳提质；实际使用外资稳中有升。\n"
            "三、2024年重点任务\n（一）扩大开放。外贸进出口力争增长3%。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("foreign_trade", "target", "2024", "growth")) == (None, "qualitative")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5, "about")


# look-alike: qualitative words outside a target list yield to the figure stated after them
def test_qualitative_words_outside_a_list_yield_to_the_figure():
    text = ("二、2024年工作安排\n（一）扩大开放。推动外贸进出口促稳提质，外贸进出口力争增长3%。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("foreign_trade", "target", "2024", "growth")) == (3, "eq")


# the deficit ratio proposed in a part titled for the year's targets and policies is a pledge (the spec: fiscal
# allocations are pledges wherever they stand in the plan part); the targets' rates there stay facts
TARGETS_PART = ("二、2019年国民经济和社会发展的总体要求、主要目标和政策取向\n提出今年经济社会发展的主要预期目标：\n"
                "国内生产总值增长6%—6.5%。\n居民消费价格涨幅3%左右。\n")


def test_deficit_ratio_in_a_targets_part_is_a_pledge():
    d = read(TARGETS_PART + "赤字率拟按2.8%安排，比去年预算高0.2个百分点；拟安排地方政府专项债券2.15万亿元。\n",
             report_year=2019)
    got = {(p.object, p.value, p.unit) for p in d.pledges}
    assert ("赤字率", 2.8, "%") in got
    assert ("地方政府专项债券", 2.15, "万亿元") in got


def test_an_indicators_rate_in_a_targets_part_is_no_pledge():
    d = read(TARGETS_PART + "上述目标中，城镇化率提高1个百分点，一般公共预算收入增长5%，研发经费投入强度达到2.3%。\n",
             report_year=2019)
    assert not d.pledges


# a table whose years span a second header row, with a head after the years over no figure of theirs (指标属性)
TARGETS26 = "二、2026年主要目标\n附件\n宜春市2026年国民经济和社会发展主要指标\n"


@pytest.mark.parametrize("sep,tail", [(" ", "指标属性"), ("\t", "指标属性"), (" ", "属性"), ("\t", "备注")])
def test_years_over_a_second_header_row_with_a_tail_head(sep, tail):
    rows = [["指标名称", "单位", "2025年", "2026年", tail], ["计划", "完成", "计划"],
            ["地区生产总值增长", "%", "6", "5.3", "5以上", "预期性"],
            ["城镇新增就业", "万人", "3.5", "3.8", "3.5", "预期性"]]
    fs = facts(TARGETS26 + "".join(sep.join(r) + "\n" for r in rows), report_year=2026)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.3, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "at_least")
    assert val(fs, ("urban_new_jobs", "target", "2025", "level")) == (3.5, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (3.8, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (3.5, "eq")


def test_a_continued_table_repeats_its_two_header_rows():
    head = "指标名称 单位 2025年 2026年 指标属性\n计划 完成 计划\n"
    text = (TARGETS26 + head + "地区生产总值增长 % 6 5.3 5以上 预期性\n续表\n" + head + "粮食产量 亿斤 50以上 52.6 50以上 约束性\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.3, "eq")
    assert val(fs, ("grain_output", "target", "2025", "level")) == (50, "at_least")
    assert val(fs, ("grain_output", "actual", "2025", "level")) == (52.6, "eq")
    assert val(fs, ("grain_output", "target", "2026", "level")) == (50, "at_least")


# look-alike: no head after the years: read as before
def test_a_last_head_of_figures_is_no_tail():
    text = TARGETS26 + "指标名称 单位 2025年 2026年\n计划 完成 计划\n地区生产总值增长 % 6 5.3 5以上\n"
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "at_least")



# a record whose name's bracket holds the rate's word before its unit ("（增长%）", "（下降%）")
@pytest.mark.parametrize("line,key,plan,done", [
    ("地区生产总值（增长%）：计划6，完成5.3。", ("gdp", "target", "2025", "growth"), 6, 5.3),
    ("单位地区生产总值能耗（下降%）：计划3，完成3.2。", ("energy_intensity", "target", "2025", "growth"), -3, -3.2),
    ("单位地区生产总值能耗（降低%）：计划3，实际3.2。", ("energy_intensity", "target", "2025", "growth"), -3, -3.2),
])
def test_a_records_bracket_with_the_rates_word(line, key, plan, done):
    fs = facts("一、2025年国民经济和社会发展计划执行情况\n" + line + "\n", report_year=2026)
    assert val(fs, key) == (plan, "eq")
    assert val(fs, (key[0], "actual", "2025", key[3])) == (done, "eq")


# look-alike: a bracket with an amount's unit reads as before
def test_a_records_bracket_with_an_amounts_unit_unchanged():
    fs = facts("一、2025年国民经济和社会发展计划执行情况\n地区生产总值（亿元）：计划4000，完成3860.5。\n", report_year=2026)
    assert val(fs, ("gdp", "target", "2025", "level")) == (4000, "eq")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (3860.5, "eq")


# 预算数 | 执行数: the budget's figure and the result's
def test_budget_and_execution_figures():
    fs = facts("一、2025年国民经济和社会发展计划执行情况\n一般公共预算支出：年初预算数520亿元，执行数541.2亿元，增长4.1%。\n",
               report_year=2026)
    assert val(fs, ("general_budget_expenditure", "target", "2025", "level")) == (520, "eq")
    assert val(fs, ("general_budget_expenditure", "actual", "2025", "level")) == (541.2, "eq")
    assert val(fs, ("general_budget_expenditure", "actual", "2025", "growth")) == (4.1, "eq")


# a table whose cells a PDF's text layer split by one space, a qualifier set apart from its figure ("5 以上", "2 左右")
def test_a_qualifier_set_apart_in_a_one_space_table():
    text = TARGETS26 + ("指标名称 单位 2025年计划 2025年完成 2026年计划\n地区生产总值增长 % 6 5.3 5 以上\n"
                        "居民消费价格涨幅 % 2 左右 0.4 2 左右\n城镇调查失业率 % 5.5 以内 5.3 5.5 左右\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.3, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "at_least")
    assert val(fs, ("cpi", "target", "2025", "growth")) == (2, "about")
    assert val(fs, ("cpi", "actual", "2025", "growth")) == (0.4, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2025", "share")) == (5.5, "at_most")
    assert val(fs, ("urban_unemployment_rate", "target", "2026", "share")) == (5.5, "about")


# look-alike: a name cell with a qualifier-like word inside it is no figure's qualifier (the row reads as before)
def test_a_one_space_table_without_qualifiers_apart_unchanged():
    text = TARGETS26 + "指标名称 单位 2025年计划 2025年完成 2026年计划\n规模以上工业增加值增长 % 7 7.6 6.5\n"
    fs = facts(text, report_year=2026)
    assert val(fs, ("industrial_va", "target", "2025", "growth")) == (7, "eq")
    assert val(fs, ("industrial_va", "actual", "2025", "growth")) == (7.6, "eq")
    assert val(fs, ("industrial_va", "target", "2026", "growth")) == (6.5, "eq")


# look-alike: another flow's ratio to GDP is no share of its own (its own share is of the budget's spending)
@pytest.mark.parametrize("tail", ["，相当于地区生产总值的9%", "，与地区生产总值之比为9%"])
def test_another_flows_ratio_to_gdp_is_no_share(tail):
    fs = facts(REVIEW18 + f"民生支出350亿元{tail}。\n", report_year=2019, region="湖州市")
    assert val(fs, ("livelihood_expenditure", "actual", "2018", "level")) == (350, "eq")
    assert ("livelihood_expenditure", "actual", "2018", "share") not in fs
    assert ("gdp", "actual", "2018", "growth") not in fs


# points named as last year's target after the result's points ("高于1.5个百分点的预期目标"): the target's own figure
def test_points_of_a_target_named_after_the_result():
    fs = facts(REVIEW18 + "常住人口城镇化率达到48.5%，提高1.65个百分点，高于1.5个百分点的预期目标。\n", report_year=2019)
    assert val(fs, ("urbanization_rate", "actual", "2018", "pp_change")) == (1.65, "eq")
    assert val(fs, ("urbanization_rate", "target", "2018", "pp_change")) == (1.5, "eq")


# look-alikes: a gap in points to a target or to another region is no figure
@pytest.mark.parametrize("tail", ["，高于预期目标0.15个百分点", "，高于全省平均水平0.3个百分点", "，比预期目标高0.15个百分点"])
def test_a_gap_in_points_is_no_target(tail):
    fs = facts(REVIEW18 + f"常住人口城镇化率提高1.65个百分点{tail}。\n", report_year=2019)
    assert val(fs, ("urbanization_rate", "actual", "2018", "pp_change")) == (1.65, "eq")
    assert ("urbanization_rate", "target", "2018", "pp_change") not in fs


# the same table printed one cell a line (a PDF's text layer without layout): the head after the years closes the
# first header row
def test_a_one_cell_a_line_table_with_years_over_a_second_row_and_a_tail_head():
    cells = ["指标名称", "单位", "2025年", "2026年", "指标属性", "计划", "完成", "计划",
             "地区生产总值增长", "%", "6", "5.3", "5以上", "预期性",
             "城镇新增就业", "万人", "3.5", "3.8", "3.5", "预期性"]
    fs = facts(TARGETS26 + "\n".join(cells) + "\n", report_year=2026)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.3, "eq")
    assert val(fs, ("gdp", "target", "2026", "growth")) == (5, "at_least")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (3.8, "eq")


# look-alike: without the tail head it reads as before
def test_a_one_cell_a_line_table_with_years_over_a_second_row_unchanged():
    cells = ["指标名称", "单位", "2025年", "2026年", "计划", "完成", "计划",
             "地区生产总值增长", "%", "6", "5.3", "5以上", "城镇新增就业", "万人", "3.5", "3.8", "3.5"]
    fs = facts(TARGETS26 + "\n".join(cells) + "\n", report_year=2026)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.3, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2026", "level")) == (3.5, "eq")
