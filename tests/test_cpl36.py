"""cpl36: prefecture-city and provincial plan reports of 2016–2021, whole, blind (decision 152): a plan's figure named
by 的规划目标/的计划目标 after it is no proportion; a part of the year one enumerated reason names does not date another's
figure; reasons opened by “这一目标的安排主要考虑：” name the plan's average; a target restated to be explained (“关于…的
目标。这一目标…”) is the year's; a pair's plans after results split by ； (均未达到/分别完成 年初计划…A和B) go one to each; a
plan after a part opened by 其中 is the whole's."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py

REVIEW = "XX市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n一、2019年计划执行情况\n"
TARGETS = "XX市2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n二、2020年主要预期目标\n"
BOTH = ("XX市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n"
        "二、“十四五”时期主要目标和2021年经济社会发展主要预期目标\n"
        "“十四五”时期全市经济社会发展的主要目标是：地区生产总值年均增长7%左右。\n"
        "建议2021年全市经济社会发展的主要预期目标为：\n1.地区生产总值增长10%左右；\n"
        "2.城镇新增就业5万人，城镇调查失业率控制在5.5%以内；\n3.居民消费价格涨幅3%左右。\n"
        "关于地区生产总值增长10%左右的目标。这一目标的安排主要考虑：一是基数较低；二是按两年平均计算，与“十四五”规划"
        "年均增长7%左右的目标基本衔接。\n")


@pytest.mark.parametrize("sentence, key, value", [
    ("地区生产总值增长7%左右。按照这一增速，能够实现“十三五”时期地区生产总值年均增长9.5%左右的规划目标。",
     ("gdp", "goal", "2016-2020", "growth"), (9.5, "about")),
    ("一般公共预算收入增长6%。确保实现“十三五”时期一般公共预算收入年均增长8%的计划目标。",
     ("general_budget_revenue", "goal", "2016-2020", "growth"), (8, "eq")),
])
def test_a_plans_figure_named_by_its_plan_target_after_it_is_no_proportion(sentence, key, value):
    fs = facts(TARGETS + sentence + "\n", report_year=2020)
    assert val(fs, key) == value


@pytest.mark.parametrize("sentence, key, value", [
    ("（一）地区生产总值增长6.5%左右。这一目标的安排主要考虑：一是一季度经济增长受到较大冲击，后三个季度需要加快恢复；"
     "二是与全省目标保持一致；三是按照这一增速，能够实现“十三五”时期地区生产总值年均增长8%左右的规划目标。",
     ("gdp", "goal", "2016-2020", "growth"), (8, "about")),
    ("（三）一般公共预算收入增长3%。主要考虑：一是上半年减收较多；二是“十三五”时期一般公共预算收入年均增长7%的目标需要努力实现。",
     ("general_budget_revenue", "goal", "2016-2020", "growth"), (7, "eq")),
])
def test_a_part_of_the_year_in_one_enumerated_reason_does_not_date_anothers_figure(sentence, key, value):
    fs = facts(TARGETS + sentence + "\n", report_year=2020)
    assert val(fs, key) == value


def test_a_part_of_the_year_still_dates_the_figures_of_its_run():
    fs = facts(REVIEW + "前三季度，全市地区生产总值增长5.6%；规模以上工业增加值增长7.2%。\n", report_year=2020)
    assert not any(k[0] in ("gdp", "industrial_va") for k in fs)


@pytest.mark.parametrize("sentence, value", [
    ("建议2020年主要预期目标是：地区生产总值增长7%左右；固定资产投资增长8%。\n\n关于地区生产总值增长7%左右。这一目标的安排主要"
     "考虑：一是与全省预期目标相衔接；二是与我市“十三五”规划确定的年均增长7.5%的目标相比有所调整。", 7.5),
    ("（一）地区生产总值增长6%左右。安排这一目标主要考虑：一是外部环境复杂；二是与“十三五”规划确定的年均增长8%的目标相比有所调整。", 8),
    ("1.地区生产总值增长6.5%。这一目标的确定，主要考虑：一是基数较高；二是与规划确定的年均增长7%左右的目标基本衔接。", 7),
])
def test_reasons_opened_by_the_targets_arrangement_name_the_plans_average(sentence, value):
    fs = facts(TARGETS + sentence + "\n", report_year=2020)
    assert val(fs, ("gdp", "goal", "2016-2020", "growth"))[0] == value


@pytest.mark.parametrize("explained, key, value", [
    ("关于城镇调查失业率控制在5.5%以内的目标。这一目标的安排主要考虑：重点群体就业压力依然较大。",
     ("urban_unemployment_rate", "target", "2021", "share"), (5.5, "at_most")),
    ("关于居民消费价格涨幅3%左右的目标。主要考虑：输入性通胀压力有所加大。",
     ("cpi", "target", "2021", "growth"), (3, "about")),
])
def test_a_target_restated_to_be_explained_is_the_years(explained, key, value):
    fs = facts(BOTH + explained + "\n三、2021年主要任务\n", report_year=2021)
    assert val(fs, key) == value
    assert not any(k[0] == key[0] and k[1] == "goal" for k in fs)


@pytest.mark.parametrize("sentence, urban, rural", [
    ("城镇常住居民人均可支配收入35210元，增长5.3%；农村常住居民人均可支配收入14320元，增长7.1%，均未达到年初计划增长7.5%和9%的目标。",
     7.5, 9),
    ("城镇居民人均可支配收入28600元，增长7.4%；农村居民人均可支配收入11200元，增长8.6%，分别完成年度计划增长8%和10%的92%和86%。",
     8, 10),
    ("城镇居民人均可支配收入增长6.1%；农村居民人均可支配收入增长7.9%，均未达到年初确定的增长7%和8.5%的目标。", 7, 8.5),
])
def test_a_pairs_plans_after_results_split_by_a_semicolon_go_one_to_each(sentence, urban, rural):
    fs = facts(REVIEW + sentence + "\n", report_year=2020)
    assert val(fs, ("urban_disposable_income", "target", "2019", "growth")) == (urban, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2019", "growth")) == (rural, "eq")
    assert not any(f.value in (92, 86) for f in fs.values())


@pytest.mark.parametrize("sentence, whole, part, plan", [
    ("固定资产投资下降12.4%，其中工业投资下降18.3%，未完成年度计划增长9%的目标。",
     "fixed_asset_investment", "industrial_investment", 9),
    ("全市固定资产投资增长5.2%，其中工业投资增长13.6%，低于年度计划7%的目标。",
     "fixed_asset_investment", "industrial_investment", 7),
    ("一般公共预算收入完成86亿元，增长2.4%，其中税收收入61亿元，增长1.2%，未完成年初预算增长5%的目标。",
     "general_budget_revenue", None, 5),
])
def test_a_plan_after_a_part_opened_by_qizhong_is_the_wholes(sentence, whole, part, plan):
    fs = facts(REVIEW + sentence + "\n", report_year=2020)
    assert val(fs, (whole, "target", "2019", "growth")) == (plan, "eq")
    if part is not None:
        assert (part, "target", "2019", "growth") not in fs
        assert (part, "actual", "2019", "growth") in fs


def test_a_share_of_the_budget_revenue_after_a_part_stays_the_parts():
    fs = facts(REVIEW + "一般公共预算收入完成20.5亿元，增长6.1%，其中税收收入14.2亿元，占一般公共预算收入的69.3%。\n", report_year=2020)
    assert val(fs, ("tax_revenue_share", "actual", "2019", "share")) == (69.3, "eq")
    assert ("general_budget_revenue", "target", "2019", "growth") not in fs


def test_a_gap_in_points_after_a_part_sets_no_target():
    fs = facts(REVIEW + "进出口总额增长6%，其中出口增长9%，高于年度计划3个百分点。\n", report_year=2020)
    assert not any(k[1] == "target" for k in fs)
