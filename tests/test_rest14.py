"""Session 17 rest14: a plan report's review restating last year's plan in its own shapes (上年计划为…, 即年度计划为…,
（预算…）, 控制在…以内 after the result, 上年预计完成 in a record's labels), the year's plan in a sentence of its own after
the result (2024年安排增长…), the average of a plan's first years (前三年年均增长…) and a 年均 figure set as a target in a
review (the plan's goal)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

PLAN = "关于某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n一、2023年国民经济和社会发展计划执行情况\n"


def plan_facts(body: str):
    return facts(PLAN + body + "\n", report_year=2024)


# a record of labels, each naming last year again: the result and this year's target go on after last year's plan
@pytest.mark.parametrize("body,iid", [
    ("1.地区生产总值增长：上年计划7%，上年预计完成6.5%，今年目标6%左右。", "gdp"),
    ("2.规模以上工业增加值增长：上年计划7%，上年预计完成6.5%，今年目标6%左右。", "industrial_va"),
    ("社会消费品零售总额增长：去年计划7%，去年预计完成6.5%，今年目标6%左右。", "retail_sales"),
])
def test_record_labels_naming_last_year(body, iid):
    fs = plan_facts(body)
    assert val(fs, (iid, "target", "2023", "growth")) == (7, "eq")
    assert val(fs, (iid, "actual", "2023", "growth")) == (6.5, "eq")
    assert val(fs, (iid, "target", "2024", "growth")) == (6, "about")


# last year's plan restated in a clause of its own after the result
@pytest.mark.parametrize("body,iid,actual,target,qual", [
    ("（一）固定资产投资。全市固定资产投资增长5.2%，上年计划为8%，低于计划2.8个百分点。", "fixed_asset_investment", 5.2, 8, "eq"),
    ("（一）地区生产总值。全市实现地区生产总值1614.5亿元，增长3.6%，上年计划为7%左右。", "gdp", 3.6, 7, "about"),
    ("（二）进出口总额。全市进出口总额完成285.6亿元，增长10.2%，超过年度计划2.2个百分点，即年度计划为8%。", "foreign_trade", 10.2, 8, "eq"),
    ("（二）规模以上工业增加值。增长8.7%，超过年度计划0.7个百分点，即年度计划为8%。", "industrial_va", 8.7, 8, "eq"),
])
def test_last_years_plan_after_the_result(body, iid, actual, target, qual):
    fs = plan_facts(body)
    assert val(fs, (iid, "actual", "2023", "growth")) == (actual, "eq")
    assert val(fs, (iid, "target", "2023", "growth")) == (target, qual)


# the report year's plan of the same figure in a sentence (or ；-clause) of its own after the result
@pytest.mark.parametrize("body,iid,value,qual", [
    ("（一）固定资产投资。全市固定资产投资增长5.2%。2024年安排增长7%左右。", "fixed_asset_investment", 7, "about"),
    ("（一）固定资产投资。2023年计划增长10%，预计增长8.2%。2024年安排增长8%。", "fixed_asset_investment", 8, "eq"),
    ("（二）进出口总额。全市进出口总额完成285.6亿元，增长10.2%；2024年计划增长6%左右。", "foreign_trade", 6, "about"),
])
def test_this_years_plan_after_a_full_stop(body, iid, value, qual):
    fs = plan_facts(body)
    assert val(fs, (iid, "target", "2024", "growth")) == (value, qual)
    assert (iid, "actual", "2023", "growth") in fs


def test_other_years_plan_or_other_count_after_a_full_stop_is_not_this_years_target():
    # (a count of projects planned, no growth of the figure; last year's plan stays last year's)
    fs = plan_facts("（一）固定资产投资。全市固定资产投资增长5.2%。2024年计划新开工项目120个。")
    assert ("fixed_asset_investment", "target", "2024", "growth") not in fs
    assert ("fixed_asset_investment", "target", "2024", "level") not in fs
    fs = plan_facts("（一）固定资产投资。全市固定资产投资增长5.2%。2023年计划增长8%。")
    assert ("fixed_asset_investment", "target", "2024", "growth") not in fs


# a bracketed budget after the result, and the bound it was kept within: last year's target
@pytest.mark.parametrize("body,key,value,qual", [
    ("（五）一般公共预算支出。全市一般公共预算支出完成412.3亿元（预算398亿元），增长3.1%。",
     ("general_budget_expenditure", "target", "2023", "level"), 398, "eq"),
    ("全市一般公共预算收入完成92.6亿元（年初预算90亿元），增长3.2%。",
     ("general_budget_revenue", "target", "2023", "level"), 90, "eq"),
    ("（四）城镇登记失业率。3.36%，控制在4.5%以内。", ("registered_unemployment_rate", "target", "2023", "share"), 4.5, "at_most"),
    ("年末城镇登记失业率3.2%，控制在4%以内。", ("registered_unemployment_rate", "target", "2023", "share"), 4, "at_most"),
])
def test_bracketed_budget_and_bound_after_the_result(body, key, value, qual):
    fs = plan_facts(body)
    assert val(fs, key) == (value, qual)
    assert (key[0], "actual", "2023", key[3]) in fs


def test_brackets_and_bounds_that_set_no_target():
    # a share of the whole in brackets, and a bound set in this year's target list, stay what they were
    fs = plan_facts("全市一般公共预算支出完成412.3亿元（占全年的52%），增长3.1%。")
    assert ("general_budget_expenditure", "target", "2023", "level") not in fs
    fs = facts("二、2024年主要预期目标\n主要预期目标是：城镇新增就业4万人以上，城镇登记失业率控制在4.5%以内。\n", report_year=2024)
    assert val(fs, ("registered_unemployment_rate", "target", "2024", "share")) == (4.5, "at_most")
    assert ("registered_unemployment_rate", "target", "2023", "share") not in fs


GWR = "政府工作报告\n一、2018年工作回顾\n"


# the average of the plan's first years so far, after the plan's goal restated
@pytest.mark.parametrize("body,iid,goal_key,actual", [
    ("县十八届人大一次会议确定了“十三五”时期到2020年地区生产总值年均增长9%左右的目标，前三年年均增长8.9%，基本实现序时进度。",
     "gdp", ("gdp", "goal", "2020", "growth"), 8.9),
    ("“十三五”规划确定规模以上工业增加值年均增长10%以上的目标，前三年年均增长10.4%。",
     "industrial_va", ("industrial_va", "goal", "2016-2020", "growth"), 10.4),
    ("“十三五”规划提出一般公共预算收入年均增长8%的目标，前三年平均增长8.6%。",
     "general_budget_revenue", ("general_budget_revenue", "goal", "2016-2020", "growth"), 8.6),
])
def test_first_years_average_after_the_goal(body, iid, goal_key, actual):
    fs = facts(GWR + body + "\n", report_year=2019)
    assert val(fs, (iid, "actual", "2016-2018", "growth")) == (actual, "eq")
    assert goal_key in fs
    assert (iid, "target", "2018", "growth") not in fs


def test_plan_named_first_years_and_part_years_unchanged():
    fs = facts(GWR + "“十三五”前三年，全县地区生产总值年均增长8.9%。前三季度，一般公共预算收入增长9%。\n", report_year=2019)
    assert val(fs, ("gdp", "actual", "2016-2018", "growth")) == (8.9, "eq")
    assert not any(k[0] == "general_budget_revenue" for k in fs)
    # a plain average of the years gone by names no goal
    fs = facts(GWR + "过去三年，全县一般公共预算收入年均增长8.2%。\n", report_year=2019)
    assert not any(k[1] == "goal" for k in fs)


# each name's plan after 分别完成年度计划, then the part of each done: the plans are last year's targets
@pytest.mark.parametrize("body,ids,actuals,targets", [
    ("（三）居民收入。城镇、农村居民人均可支配收入分别增长4.8%、7.1%，分别完成年度计划6%、8%的80%、88.8%。",
     ("urban_disposable_income", "rural_disposable_income"), (4.8, 7.1), (6, 8)),
    ("规模以上工业增加值、固定资产投资分别增长7.5%、9%，分别完成年度计划7%、8%的107.1%、112.5%。",
     ("industrial_va", "fixed_asset_investment"), (7.5, 9), (7, 8)),
])
def test_each_plan_then_the_part_done(body, ids, actuals, targets):
    fs = plan_facts(body)
    for iid, a, t in zip(ids, actuals, targets):
        assert val(fs, (iid, "actual", "2023", "growth")) == (a, "eq")
        assert val(fs, (iid, "target", "2023", "growth")) == (t, "eq")
    assert not any(f.value in (80, 88.8, 107.1, 112.5) for f in fs.values())


def test_part_of_the_plan_done_alone_gives_no_target():
    fs = plan_facts("规模以上工业增加值、固定资产投资分别增长7.5%、9%，分别完成年度计划的107.1%、112.5%。")
    assert ("industrial_va", "target", "2023", "growth") not in fs
    assert ("fixed_asset_investment", "target", "2023", "growth") not in fs


# the year's plan after a reason given for the result (a sentence with no figure) in the same item
@pytest.mark.parametrize("body,iid,value,qual", [
    ("（一）固定资产投资。全市固定资产投资增长5.2%，上年计划为8%。主要是房地产开发投资下降较多，部分重大项目前期工作滞后。2024年安排增长7%左右。",
     "fixed_asset_investment", 7, "about"),
    ("（二）进出口总额。全市进出口总额完成285.6亿元，增长10.2%。发制品、电力装备等传统优势产品出口保持增长。2024年安排增长6%。",
     "foreign_trade", 6, "eq"),
])
def test_this_years_plan_after_a_reason(body, iid, value, qual):
    fs = plan_facts(body)
    assert val(fs, (iid, "target", "2024", "growth")) == (value, qual)


def test_no_plan_past_a_sentence_with_figures_or_a_new_line():
    fs = plan_facts("（一）固定资产投资。全市固定资产投资增长5.2%。其中工业投资增长12%。2024年安排增长7%左右。")
    assert ("fixed_asset_investment", "target", "2024", "growth") not in fs
    fs = plan_facts("（三）社会消费品零售总额。增长5.5%。消费市场逐步回暖。\n2024年计划实施重点项目120个。")
    assert not any(k[1] == "target" for k in fs)


def test_a_breakdowns_sentence_does_not_take_the_years_plan():
    fs = plan_facts("（一）固定资产投资。全市固定资产投资增长5.2%。其中工业投资增长12%。2024年安排增长7%左右。")
    assert ("industrial_investment", "target", "2024", "growth") not in fs
    assert val(fs, ("industrial_investment", "actual", "2023", "growth")) == (12, "eq")


def pledges_of(text: str, **meta):
    import planwatch
    return planwatch.read_text(text, "t.txt", overrides=meta or None).pledges


GOALS = ("政府工作报告\n——2016年1月在某某市第八届人民代表大会第五次会议上\n一、“十二五”工作回顾\n五年来，全市地区生产总值年均增长9.5%。\n"
         "二、“十三五”时期主要目标\n{goal}\n三、2016年工作安排\n（一）稳增长。{task}\n")


# a bare 财政收入 in a goals part is the goal's figure (a fact), as a named indicator's is: no pledge
# (nor, since long16 and decision 43, anything else of a paragraph opened by the plan's end year in the part on the
# plan's goals, as the development gold's 2021 report pledges nothing of its 十四五 goals: the year's task is pledged)
@pytest.mark.parametrize("goal", [
    "到2018年，全市财政收入突破200亿元。到2020年，地区生产总值突破3000亿元，新建高标准农田50万亩。",
    "到2020年，全市财政收入达到300亿元，新建高标准农田50万亩。",
])
def test_bare_fiscal_revenue_goal_is_no_pledge(goal):
    text = GOALS.format(goal=goal, task="新建高标准农田10万亩。")
    ps = pledges_of(text, report_year=2016)
    assert not any("财政收入" in (p.object or "") for p in ps)
    assert not any(p.object == "高标准农田" and p.value == 50 for p in ps)
    assert any(p.object == "高标准农田" and p.value == 10 for p in ps)
    fs = facts(text, report_year=2016)
    assert any(k[0] == "fiscal_total_revenue" and k[1] == "goal" for k in fs)


def test_bare_fiscal_revenue_as_a_task_stays_a_pledge_like_a_named_indicator():
    for name in ("财政收入", "一般公共预算收入"):
        text = GOALS.format(goal="到2020年，地区生产总值突破3000亿元。", task=f"全年{name}增长8%，新建高标准农田10万亩。")
        ps = pledges_of(text, report_year=2016)
        assert any(name in (p.object or "") and p.value == 8 for p in ps)


def test_last_years_result_beside_this_years_target_is_no_record_label():
    text = ("政府工作报告\n一、2023年工作回顾\n全市地区生产总值增长5.5%。\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6%左右；"
            "城镇新增就业4万人，上年完成4.2万人；城镇调查失业率5.5%，控制在6%以内。\n")
    fs = facts(text, report_year=2024)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (4, "eq")
    assert ("urban_unemployment_rate", "target", "2023", "share") not in fs


# a plan report's numbered item with the plan's average in it is no five-year review over the next item
@pytest.mark.parametrize("aside", [
    "“十三五”时期年均增长8.2%。",
    "“十三五”规划提出地区生产总值年均增长8%左右的目标，前四年年均增长8.2%。",
])
def test_next_item_after_a_plan_average_aside_is_the_years(aside):
    text = ("关于某市2020年国民经济和社会发展计划执行情况及2021年计划草案的报告\n一、2020年国民经济和社会发展计划执行情况\n"
            f"（一）地区生产总值。全市实现地区生产总值3010.1亿元，增长4.1%。{aside}\n（二）社会消费品零售总额。完成1420.5亿元，下降2.9%。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("retail_sales", "actual", "2020", "growth")) == (-2.9, "eq")
    assert ("retail_sales", "actual", "2016-2020", "growth") not in fs


def test_five_year_review_items_stay_the_span():
    text = ("政府工作报告\n——2023年1月10日在某某县第十八届人民代表大会第一次会议上\n一、过去五年工作回顾\n"
            "（一）综合实力显著增强。五年来，全县地区生产总值年均增长7%，一般公共预算收入年均增长9%。\n"
            "（二）民生持续改善。城乡居民人均可支配收入分别增长8%、9.5%。\n")
    fs = facts(text, report_year=2023)
    assert val(fs, ("urban_disposable_income", "actual", "2018-2022", "growth")) == (8, "eq")
    assert val(fs, ("gdp", "actual", "2018-2022", "growth")) == (7, "eq")
