"""adv36b: an adversarial review of decisions 151–153 and 156, blind (decision 158): a plan after a 其中 part whose verb
holds for the part and not for the whole is the part's; the city above named with its committee and government
(“宜春市委、市政府确定今年全市…”) sets the city's sentence; reasons opened by “确定这一目标，主要基于以下考虑：”; a place
held among a city's members written as an official list (“各县（市、区）”); one plan after 均 for a ；-split pair; a plan's
average named 的规划目标 in the review; 预计 before a part's first figure estimates the part."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py

REVIEW = "XX市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n一、2020年计划执行情况\n"
TARGETS = "关于XX省2016年国民经济和社会发展计划执行情况与2017年计划草案的报告\n二、2017年主要目标\n"


@pytest.mark.parametrize("sentence, part, whole, plan", [
    # the part meets the plan, the whole does not: the part's own
    ("固定资产投资增长5.1%，其中工业投资增长6.7%，完成年度计划增长6%的目标。", "industrial_investment", "fixed_asset_investment", 6),
    ("固定资产投资增长3.2%，其中工业投资增长12.4%，超过年初计划增长10%的目标。", "industrial_investment", "fixed_asset_investment", 10),
    # (a part outside the taxonomy: its own figures in clauses of their own before the plan's)
    ("一般公共预算收入完成215.2亿元，增长1.3%，其中税收收入完成141.7亿元，增长9.6%，超过年初预算增长8%的目标。",
     None, "general_budget_revenue", 8),
    # the part misses the plan, the whole does not
    ("固定资产投资增长9.5%，其中工业投资增长4.1%，低于年度计划增长8%的目标。", "industrial_investment", "fixed_asset_investment", 8),
])
def test_a_plan_that_holds_for_the_part_only_is_the_parts(sentence, part, whole, plan):
    fs = facts(REVIEW + sentence + "\n", report_year=2021)
    if part:
        assert val(fs, (part, "target", "2020", "growth")) == (plan, "eq")
    assert (whole, "target", "2020", "growth") not in fs


def test_a_plan_that_holds_for_both_stays_the_wholes():
    # decision 152: both short of it, the whole's
    fs = facts(REVIEW + "固定资产投资下降20.1%，其中工业投资下降25.3%，未完成年度计划增长10%的目标。\n", report_year=2021)
    assert val(fs, ("fixed_asset_investment", "target", "2020", "growth")) == (10, "eq")


@pytest.mark.parametrize("above", ["宜春市委、市政府确定", "宜春市委市政府提出", "宜春市委和市政府确定"])
def test_the_city_above_with_its_committee_and_government_sets_its_own_sentence(above):
    text = ("政府工作报告\n——2021年2月26日在XX市第十七届人民代表大会第六次会议上\n三、2021年工作安排\n"
            f"{above}今年全市地区生产总值增长8%以上。今年全市经济社会发展的主要预期目标是：地区生产总值增长8.5%左右。\n")
    fs = facts(text, region="丰城市", level="county", parent="宜春市", province="江西省", report_year=2021)
    assert val(fs, ("gdp", "target", "2021", "growth")) == (8.5, "about")


@pytest.mark.parametrize("opening", ["确定这一目标，主要基于以下考虑：其一，", "设定这一目标，主要考虑：一是"])
def test_reasons_opened_by_the_target_set_name_the_plans_average(opening):
    text = (TARGETS + "2017年全省经济社会发展的主要预期目标是：地区生产总值增长8%左右。\n"
            f"关于地区生产总值增长8%左右的目标。{opening}与“十三五”规划纲要确定的年均增长8.5%的目标相衔接。\n")
    fs = facts(text, report_year=2017)
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (8.5, "eq")


@pytest.mark.parametrize("reason", ["其二，一季度受春节因素影响，工业增加值增长预计7%左右；",
                                    "二是上半年受基数影响，规模以上工业增加值增长预计6.5%；"])
def test_an_estimate_before_a_parts_first_figure_is_the_parts(reason):
    text = (TARGETS + "2017年全省经济社会发展的主要预期目标是：地区生产总值增长8%左右。\n"
            f"关于地区生产总值增长8%左右的目标。这一目标的安排主要考虑：一是基数较低；{reason}三是项目支撑有力。\n")
    fs = facts(text, report_year=2017)
    assert ("industrial_va", "target", "2017", "growth") not in fs


def test_an_estimate_after_a_parts_figure_is_the_years():
    fs = facts(REVIEW + "前三季度，规模以上工业增加值增长7.3%，预计增长7%左右。\n", report_year=2021)
    assert val(fs, ("industrial_va", "actual", "2020", "growth")) == (7, "about")


@pytest.mark.parametrize("members, scope", [("宜春市各县（市、区）", "宜春市各县（市、区）"), ("赣州各县(区)", "赣州各县(区)")])
def test_a_place_held_among_a_citys_members_as_listed(members, scope):
    text = ("政府工作报告\n一、2020年工作回顾\n2020年，全市地区生产总值530.6亿元，增长3.9%，"
            f"总量继续保持{members}第一位。\n")
    fs = facts(text, region="丰城市", level="county", parent="宜春市", province="江西省", report_year=2021)
    f = fs[("gdp", "actual", "2020", "rank")]
    assert (f.value, f.scope) == (1, scope)


@pytest.mark.parametrize("sep, verb", [("；", "均高于年初计划增长8.5%的目标"), ("，", "均低于年度计划增长9%的目标")])
def test_one_plan_after_both_of_a_pair_is_each_ones(sep, verb):
    plan = 8.5 if "8.5" in verb else 9
    text = (REVIEW + f"城镇居民人均可支配收入32150元，增长8.7%{sep}农村居民人均可支配收入15420元，增长8.9%，{verb}。\n")
    fs = facts(text, report_year=2021)
    assert val(fs, ("urban_disposable_income", "target", "2020", "growth")) == (plan, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2020", "growth")) == (plan, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2020", "growth")) == (8.7, "eq")


@pytest.mark.parametrize("sentence", [
    "“十三五”时期，全市地区生产总值年均增长6.9%，与“十三五”规划确定的年均增长8%的规划目标相比有一定差距。",
    "“十三五”时期，全市地区生产总值年均增长6.9%，与“十三五”规划纲要提出的年均增长8%的规划目标相比仍有差距。",
])
def test_a_plans_average_named_as_its_plans_target_in_the_review(sentence):
    fs = facts(REVIEW + sentence + "\n", report_year=2021)
    assert val(fs, ("gdp", "goal", "2016-2020", "growth")) == (8, "eq")
    assert val(fs, ("gdp", "actual", "2016-2020", "growth")) == (6.9, "eq")


@pytest.mark.parametrize("sentence, key, value", [
    ("过去五年，全县一般公共预算收入达到30.5亿元，相当于全省县级平均水平的1.6倍，年均增长9.3%。",
     ("general_budget_revenue", "actual", "2016-2020", "growth"), (9.3, "eq")),
    ("2020年，全县农村居民人均可支配收入16500元，相当于全省平均水平的92.3%，增长7.9%。",
     ("rural_disposable_income", "actual", "2020", "growth"), (7.9, "eq")),
])
def test_a_multiple_or_proportion_of_a_level_above_after_相当于_goes_on_to_the_figures_change(sentence, key, value):
    text = "政府工作报告\n——2021年1月10日在XX县第十七届人民代表大会第五次会议上\n一、“十三五”时期工作回顾\n" + sentence + "\n"
    fs = facts(text)
    assert val(fs, key) == value
    assert not any(f.value in (1.6, 92.3) for f in fs.values())


ZONE = "政府工作报告\n——2023年1月8日在XX市第十七届人民代表大会第二次会议上\n一、2022年工作回顾\n"


@pytest.mark.parametrize("sentence, key, value", [
    # (the year's clause before the zone's lead)
    ("2022年，高新区加快发展，全年完成固定资产投资86亿元。", ("fixed_asset_investment", "actual", "2022", "level"), None),
    ("去年，经开区提质扩容，全年实现规上工业增加值增长15.2%。", ("industrial_va", "actual", "2022", "growth"), None),
    # (the work done with no 全年, the region's own figure after it by its 全市)
    ("高新区加快发展，实现规上工业增加值增长12%，全市规上工业增加值增长8.1%。", ("industrial_va", "actual", "2022", "growth"), (8.1, "eq")),
    ("2022年，园区建设加快推进，全市实现规上工业增加值增长8.1%。", ("industrial_va", "actual", "2022", "growth"), (8.1, "eq")),
])
def test_a_zone_lead_after_the_years_clause_or_before_a_bare_verb(sentence, key, value):
    fs = facts(ZONE + sentence + "\n", region="XX市", level="county", report_year=2023)
    if value is None:
        assert key not in fs
    else:
        assert val(fs, key) == value


@pytest.mark.parametrize("sentence, key, value", [
    ("年初确定的地区生产总值增长7.5%的目标，经过努力基本实现，全年增长7.3%。", ("gdp", "actual", "2020", "growth"), (7.3, "eq")),
    ("年初确定的地区生产总值增长7.5%的目标，这一目标经过全市上下共同努力顺利完成，全年实际增长7.8%。",
     ("gdp", "actual", "2020", "growth"), (7.8, "eq")),
    ("年初确定的一般公共预算收入增长6%的目标，超额完成，全年完成215.2亿元，增长8.1%。",
     ("general_budget_revenue", "actual", "2020", "level"), (215.2, "eq")),
])
def test_a_restated_targets_fate_in_words_goes_on_to_the_result(sentence, key, value):
    fs = facts(REVIEW + sentence + "\n", report_year=2021)
    assert val(fs, key) == value
    assert fs[(key[0], "target", "2020", "growth")].value in (7.5, 6)
