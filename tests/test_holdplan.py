"""Plan reports (计划执行情况与计划草案的报告) of provinces and cities: the draft plan's target list led by a
proposal ("主要预期目标建议为：", "主要指标安排如下：") and written one item a line is facts, not pledges."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val
from taskdoc import pledge_values as pledges


def plan_report(region: str, year: int, body: str) -> str:
    return (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n"
            f"一、{year - 1}年计划执行情况\n{year - 1}年，全市地区生产总值增长5.2%，完成年度计划目标。\n"
            f"二、{year}年国民经济和社会发展计划草案\n{body}\n")


# the draft plan's targets, one a line under a lead that proposes them: facts, and the tasks after them pledge
@pytest.mark.parametrize("region,year,lead,items,task,pledge", [
    ("宜昌市", 2021, "2021年全市经济社会发展的主要预期目标建议为：",
     ["——地区生产总值增长10%以上；", "——城镇新增就业6万人；", "——地方一般公共预算收入增长20%以上。"],
     "全年新开工亿元以上项目300个。", (300, "个")),
    ("浙江省", 2018, "按照省委部署，2018年全省经济社会发展主要指标安排如下：",
     ["1．生产总值增长7%以上；", "2．一般公共预算收入增长7%；", "3．城镇新增就业80万人。"],
     "新增造林面积30万亩。", (30, "万亩")),
    ("绵阳市", 2023, "全市国民经济和社会发展计划主要指标建议安排如下：",
     ["（1）生产总值增长6.5%左右；", "（2）社会消费品零售总额增长7%；", "（3）城镇调查失业率控制在5.5%以内。"],
     "新建5G基站800个。", (800, "个")),
    ("山东省", 2025, "综合考虑各方面因素，2025年全省经济社会发展主要预期目标拟定为：",
     ["——规上工业增加值增长6%；", "——新增城镇就业110万人；", "——单位生产总值能耗降低2.5%左右。"],
     "新增规上工业企业3000家。", (3000, "家")),
    ("遵义市", 2018, "2018年全市主要预期目标安排如下：",
     ["——地区生产总值增长11.5%左右；", "——固定资产投资增长18%。"],
     "全年实施500万元以上项目2200个。", (2200, "个")),
])
def test_a_proposed_target_list_is_no_pledge(region, year, lead, items, task, pledge):
    text = plan_report(region, year, "\n".join([lead, *items, "三、重点工作", task]))
    assert pledges(text, year) == [pledge]
    fs = {(f.indicator, f.role, f.period) for f in planwatch.read_text(text, "t.txt", overrides={"report_year": year}).facts}
    assert any(r == "target" and p == str(year) for _, r, p in fs)


# lists of tasks, and a 民生实事 list of goals, keep their pledges
@pytest.mark.parametrize("lead,items,expected", [
    ("为实现上述主要目标，重点抓好以下工作：", ["——新建高标准农田5万亩；", "——改造老旧小区30个。"], [(5, "万亩"), (30, "个")]),
    ("民生实事主要目标如下：", ["——新建普惠性幼儿园10所；", "——改造老旧小区20个。"], [(10, "所"), (20, "个")]),
    ("全年重点项目建设安排如下：", ["——新开工项目120个；", "——竣工项目80个。"], [(80, "个"), (120, "个")]),
    ("围绕主要指标，重点任务安排如下：", ["——新建5G基站1000个；", "——新增停车位5000个。"], [(1000, "个"), (5000, "个")]),
])
def test_a_list_of_tasks_keeps_its_pledges(lead, items, expected):
    text = plan_report("南宁市", 2024, "\n".join([lead, *items]))
    assert pledges(text, 2024) == sorted(expected)


def review_part(year: int, head: str, body: str) -> str:
    return (f"关于某市{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n一、{year - 1}年计划执行情况\n"
            f"{year - 1}年，全市地区生产总值增长5.2%。\n{head}\n{body}\n三、{year}年主要目标\n"
            f"{year}年主要预期目标建议为：地区生产总值增长6%左右。\n")


# a yearly average in the review of the plan under way: over the plan's years gone by, where the section's
# heading names the plan ("“十四五”规划纲要中期评估情况") or the sentence says "规划(纲要)实施以来";
# five years where the words say so, whatever the heading
@pytest.mark.parametrize("year,head,body,key,value", [
    (2024, "二、“十四五”规划纲要中期评估情况",
     "评估显示，规划纲要确定的28项主要指标中，24项达到预期进度。其中，地区生产总值年均增长5.6%。",
     ("gdp", "actual", "2021-2023", "growth"), 5.6),
    (2019, "二、“十三五”规划中期评估情况", "从评估情况看，全市一般公共预算收入年均增长8.2%，城乡居民收入稳步提高。",
     ("general_budget_revenue", "actual", "2016-2018", "growth"), 8.2),
    (2025, "二、“十四五”以来主要成就", "全市固定资产投资年均增长9.1%。",
     ("fixed_asset_investment", "actual", "2021-2024", "growth"), 9.1),
    (2025, "二、2024年计划执行情况", "“十四五”规划纲要实施以来，全县一般公共预算收入年均增长8.3%。",
     ("general_budget_revenue", "actual", "2021-2024", "growth"), 8.3),
    (2023, "二、主要指标执行情况", "“十四五”规划实施以来，全市地区生产总值年均增长6.2%，城镇化率达到63.5%。",
     ("gdp", "actual", "2021-2022", "growth"), 6.2),
    # not: the years the sentence names
    (2023, "二、“十四五”规划实施情况", "两年来，全省规模以上工业增加值年均增长7.1%。",
     ("industrial_va", "actual", "2021-2022", "growth"), 7.1),
    (2024, "二、“十四五”规划纲要实施中期评估", "过去五年，全市地区生产总值年均增长6.3%。",
     ("gdp", "actual", "2019-2023", "growth"), 6.3),
    (2024, "二、过去五年发展成就", "五年来，全市地区生产总值年均增长6.3%。", ("gdp", "actual", "2019-2023", "growth"), 6.3),
])
def test_a_mid_term_reviews_average_spans_the_plans_years(year, head, body, key, value):
    fs = facts(review_part(year, head, body), report_year=year)
    assert val(fs, key) == (value, "eq")


def mid_term(year: int, said: str) -> dict:
    text = (f"关于某市{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n一、{year - 1}年计划执行情况\n"
            f"{year - 1}年，全市一般公共预算收入增长3.2%。\n二、“十四五”规划纲要中期评估情况\n{said}\n"
            f"三、{year}年主要目标\n{year}年主要预期目标建议为：地区生产总值增长6%左右。\n")
    return facts(text, report_year=year)


# the goal of the plan under way restated in its review (after 距, 距离, 有望实现, 低于, 快于; named 规划目标,
# or the plan named before it): a goal, dated by the year its clause names, else the plan's span
@pytest.mark.parametrize("said,key,value", [
    ("常住人口城镇化率达到58.5%，有望实现2025年达到62%的规划目标。", ("urbanization_rate", "goal", "2025", "share"), 62),
    ("研发经费投入强度为2.1%，距“十四五”规划确定的2.5%的目标仍有差距。", ("rnd_intensity", "goal", "2021-2025", "share"), 2.5),
    ("常住人口城镇化率达到58.5%，距离62%的规划目标还差3.5个百分点。", ("urbanization_rate", "goal", "2021-2025", "share"), 62),
    ("全市地区生产总值年均增长6.5%，快于“十四五”规划确定的6%的年均增速目标。", ("gdp", "goal", "2021-2025", "growth"), 6),
    ("常住人口城镇化率达到58.5%，低于62%的规划目标。", ("urbanization_rate", "goal", "2021-2025", "share"), 62),
    ("其中，地区生产总值年均增长5.6%，低于规划目标年均增长7.5%的要求。", ("gdp", "goal", "2021-2025", "growth"), 7.5),
])
def test_a_plans_goal_restated_in_its_review(said, key, value):
    fs = mid_term(2024, said)
    assert val(fs, key) == (value, "eq")
    assert not any(k[3] == "pp_change" for k in fs)  # "还差3.5个百分点": a gap, no change


# not: a gap to another figure, or last year's own target restated the same way
def test_a_gap_is_no_goal():
    fs = mid_term(2024, "研发经费投入强度为2.1%，距全国平均水平还差0.4个百分点。城镇化率提高1.2个百分点，距全省平均水平还差3个百分点。")
    assert not any(k[1] == "goal" for k in fs)
    assert val(fs, ("urbanization_rate", "actual", "2023", "pp_change")) == (1.2, "eq")
    assert ("rnd_intensity", "actual", "2023", "pp_change") not in fs
    fs = mid_term(2024, "地区生产总值增长5.2%，距6%的预期目标还差0.8个百分点。")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5.2, "eq")
    assert not any(k[1] == "goal" or k[3] == "pp_change" for k in fs)


# a plan report's item: the plan first, then its result after 预计完成/执行结果/实际执行 (the plan is last year's
# target, the result the actual; before, the plan was taken as the result and the result lost)
@pytest.mark.parametrize("said,iid,target,actual", [
    ("固定资产投资：计划增长10%，预计完成增长8.5%。", "fixed_asset_investment", 10, 8.5),
    ("地区生产总值计划增长7%，执行结果增长6.8%。", "gdp", 7, 6.8),
    ("一般公共预算收入年初预算增长5%，执行结果增长5.8%。", "general_budget_revenue", 5, 5.8),
    ("规模以上工业增加值年度计划增长8%，实际执行增长7.6%。", "industrial_va", 8, 7.6),
    ("社会消费品零售总额计划增长9%，执行结果为7.9%。", "retail_sales", 9, 7.9),
])
def test_the_result_after_the_plan(said, iid, target, actual):
    text = ("关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n"
            f"2023年，全市经济稳中向好，城镇新增就业2万人。\n{said}\n二、2024年主要目标\n"
            "2024年主要预期目标建议为：城镇调查失业率5.5%左右。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, (iid, "target", "2023", "growth")) == (target, "eq")
    assert val(fs, (iid, "actual", "2023", "growth")) == (actual, "eq")


def test_a_target_named_after_a_result_word_is_no_result():
    text = ("关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n"
            "全市地区生产总值增长6.2%，预计完成增长目标。\n二、2024年主要目标\n2024年主要预期目标建议为：城镇调查失业率5.5%左右。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")
    assert ("gdp", "target", "2023", "growth") not in fs


TABLE_HEAD = ("关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n"
              "2023年，全市经济运行稳中向好。\n二、2024年主要目标\n2024年主要预期目标见下表。\n附表\n"
              "某市2024年国民经济和社会发展主要指标\n")


# a PDF's table whose years span the columns under them ("2023年" over "绝对值 | 增长（%）"), evenly or
# each year's columns opening with its plan; the years were lost and the table with them
@pytest.mark.parametrize("table,expected", [
    ("指标    单位    2023年        2024年\n绝对值    增长（%）    绝对值    增长（%）\n"
     "地区生产总值    亿元    1580    5.5    1680    6\n固定资产投资    亿元    900    4    950    5\n",
     {("gdp", "actual", "2023", "level"): (1580, "eq"), ("gdp", "actual", "2023", "growth"): (5.5, "eq"),
      ("gdp", "target", "2024", "level"): (1680, "eq"), ("gdp", "target", "2024", "growth"): (6, "eq"),
      ("fixed_asset_investment", "actual", "2023", "level"): (900, "eq"),
      ("fixed_asset_investment", "target", "2024", "growth"): (5, "eq")}),
    ("指标名称    单位    2023年预计完成        2024年目标\n绝对值    比上年增长（%）    绝对值    比上年增长（%）\n"
     "地区生产总值    亿元    1580    5.5    1680    6左右\n一般公共预算收入    亿元    95    4.2    99    4\n",
     {("gdp", "actual", "2023", "level"): (1580, "eq"), ("gdp", "target", "2024", "growth"): (6, "about"),
      ("general_budget_revenue", "actual", "2023", "growth"): (4.2, "eq"),
      ("general_budget_revenue", "target", "2024", "level"): (99, "eq")}),
    ("指标    单位    2022年    2023年    2024年\n计划    完成    计划    预计    计划\n地区生产总值增长    %    7    3.5    6    5.2    6左右\n",
     {("gdp", "target", "2022", "growth"): (7, "eq"), ("gdp", "actual", "2022", "growth"): (3.5, "eq"),
      ("gdp", "target", "2023", "growth"): (6, "eq"), ("gdp", "actual", "2023", "growth"): (5.2, "eq"),
      ("gdp", "target", "2024", "growth"): (6, "about")}),
    # as before: two years over 计划 | 预计完成 | 计划
    ("指标    单位    2023年    2024年\n计划    预计完成    计划\n地区生产总值增长    %    6    5.5    6左右\n",
     {("gdp", "target", "2023", "growth"): (6, "eq"), ("gdp", "actual", "2023", "growth"): (5.5, "eq"),
      ("gdp", "target", "2024", "growth"): (6, "about")}),
])
def test_years_spanning_a_tables_columns(table, expected):
    fs = facts(TABLE_HEAD + table, report_year=2024)
    for key, v in expected.items():
        assert val(fs, key) == v


# the target set for the year reviewed after 完成…下达的/确定的, its change word before its figure
@pytest.mark.parametrize("said,key,target", [
    ("单位地区生产总值能耗下降3.1%，完成省下达的下降3%的目标任务。", ("energy_intensity", "target", "2023", "growth"), -3),
    ("一般公共预算收入增长5.2%，完成年初确定的增长5%的目标。", ("general_budget_revenue", "target", "2023", "growth"), 5),
    ("社会消费品零售总额增长7.1%，完成调整后计划（7%）。", ("retail_sales", "target", "2023", "growth"), 7),
    ("社会消费品零售总额增长7.1%，完成全年计划（7%）。", ("retail_sales", "target", "2023", "growth"), 7),
])
def test_the_target_set_named_after_its_result(said, key, target):
    text = ("关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n"
            f"{said}\n二、2024年主要目标\n2024年主要预期目标建议为：城镇调查失业率5.5%左右。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, key) == (target, "eq")


# a PDF's row whose name cell wrapped, the figures on its second line ("城镇居民人均可支配收\n入增长 % 7 …"):
# the name joined (the row was lost); a line of a name that is whole stays apart
def test_a_rows_name_wrapped_before_its_figures():
    table = ("指标    单位    2023年计划    2023年预计    2024年计划\n地区生产总值增长    %    6    5.5    6左右\n"
             "城镇居民人均可支配收\n入增长    %    7    5.3    6.5\n农村居民人均可\n支配收入增长    %    8    7.1    7.5\n")
    fs = facts(TABLE_HEAD + table, report_year=2024)
    assert val(fs, ("urban_disposable_income", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.3, "eq")
    assert val(fs, ("urban_disposable_income", "target", "2024", "growth")) == (6.5, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (7.1, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")


def test_a_category_line_over_a_row_stays_apart():
    table = ("指标    单位    2023年预计    2024年计划\n经济发展\n地区生产总值增长    %    5.5    6左右\n"
             "民生福祉\n城镇调查失业率    %    5.1    5.5以内\n")
    fs = facts(TABLE_HEAD + table, report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("urban_unemployment_rate", "target", "2024", "share")) == (5.5, "at_most")
    assert val(fs, ("urban_unemployment_rate", "actual", "2023", "share")) == (5.1, "eq")


# a PDF's row whose name cell wrapped onto the line under the row ("城镇居民人均可支配 | % | 7 | …" over "收入增长")
def test_a_rows_name_wrapped_after_its_figures():
    table = ("指标    单位    2023年计划    2023年预计    2024年计划\n地区生产总值增长    %    6    5.5    6左右\n"
             "城镇居民人均可支配    %    7    5.3    6.5\n收入增长\n农村居民人均可支配    %    8    7.1    7.5\n收入增长\n"
             "粮食综合生产能力    万吨    500    510    510\n民生福祉\n城镇调查失业率    %    5.5以内    5.1    5.5以内\n")
    fs = facts(TABLE_HEAD + table, report_year=2024)
    assert val(fs, ("urban_disposable_income", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.3, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2024", "growth")) == (7.5, "eq")
    assert val(fs, ("urban_unemployment_rate", "actual", "2023", "share")) == (5.1, "eq")
    assert not [k for k in fs if k[0] == "grain_output"]  # (a category line under a row names nothing with it)


# the table of the plan under way's mid-term progress (its title names the plan): a yearly average under
# "2023年完成" spans the plan's years gone by; its 规划目标 is the plan's goal
@pytest.mark.parametrize("printing", ["lines", "spaces"])
def test_a_mid_term_tables_average(printing):
    rows = [("指标", "单位", "规划目标", "2023年完成"), ("地区生产总值年均增长", "%", "7左右", "5.8"),
            ("常住人口城镇化率", "%", "62", "60.1")]
    body = "\n".join("\n".join(r) for r in rows) if printing == "lines" else "\n".join("    ".join(r) for r in rows)
    fs = facts(TABLE_HEAD + "“十四五”规划主要指标中期进展情况\n" + body + "\n", report_year=2024)
    assert val(fs, ("gdp", "actual", "2021-2023", "growth")) == (5.8, "eq")
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "about")
    assert val(fs, ("urbanization_rate", "actual", "2023", "share")) == (60.1, "eq")


def test_an_ended_plans_table_average_spans_its_five_years():
    rows = [("指标", "单位", "规划目标", "2020年完成"), ("地区生产总值年均增长", "%", "7", "6.2")]
    body = "\n".join("    ".join(r) for r in rows)
    text = ("关于某市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n一、2020年计划执行情况\n"
            "2020年，全市经济稳定恢复。\n“十三五”规划主要指标完成情况\n" + body + "\n二、2021年主要目标\n"
            "2021年主要预期目标建议为：地区生产总值增长7%左右。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (6.2, "eq")


# in a plan's last year, its goals restated with the plan named right before "到2025年" are goals of that year
# (not the year's targets, nor the plan's span); the year's own figures stay targets
@pytest.mark.parametrize("year,plan", [(2025, "十四五"), (2020, "十三五")])
def test_the_plans_goals_in_its_last_year(year, plan):
    text = (f"关于某省{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n一、{year - 1}年计划执行情况\n"
            f"全省一般公共预算收入增长5.2%。\n二、{year}年主要目标\n{year}年主要预期目标建议为：地区生产总值增长6%左右。"
            f"上述目标与“{plan}”规划纲要确定的到{year}年全省生产总值年均增长5.5%左右、研发经费投入强度达到2.6%的目标相衔接。\n"
            f"实现“{plan}”规划圆满收官，{year}年全省城镇调查失业率5.5%左右。确保“{plan}”规划目标任务圆满完成，"
            f"到{year}年全省城镇化率达到65%。\n")
    fs = facts(text, report_year=year)
    assert val(fs, ("gdp", "goal", str(year), "growth")) == (5.5, "about")
    assert val(fs, ("rnd_intensity", "goal", str(year), "share")) == (2.6, "eq")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (6, "about")
    assert val(fs, ("urban_unemployment_rate", "target", str(year), "share")) == (5.5, "about")
    assert val(fs, ("urbanization_rate", "target", str(year), "share")) == (65, "eq")
