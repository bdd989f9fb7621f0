"""Decision 330 (adv45c): an adversarial review of decisions 325–329. In the year's target list, a second amount of the
same indicator aimed at after a 、 or a comma (“地区生产总值增长7.5%左右、力争突破760亿元”, “粮食产量稳定在20万吨以上、
力争达到21万吨”) is the list's item going on, no pledge; a result measured against the year's plan by a short form
with no amount (“，比年度计划短收，下降25.9%”) keeps its growth."""
from __future__ import annotations

import pytest

from factkeys import fact_tuples as _facts, pledge_tuples as _pledges

_REPORT = ("政府工作报告\n——2020年1月9日在{r}第十七届人民代表大会第四次会议上\n\n一、2019年工作回顾\n全县地区生产总值增长7%。\n\n"
           "二、2020年主要预期目标\n{b}\n\n三、2020年重点工作\n{c}\n")
_PLAN = ("关于2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n——2020年1月14日在{r}第十四届人民代表大会第三次会议上\n\n"
         "一、2019年计划执行情况\n{a}\n\n二、2020年主要预期目标\n全市地区生产总值增长6%左右。\n")




# in the target list, an aim's word and a verb alone after a 、 or a comma: the same indicator's amount, no pledge
@pytest.mark.parametrize("targets,value,unit", [
    ("全县生产总值增长6.5%左右、力争突破420亿元；一般公共预算收入增长5%。", 420, "亿元"),
    ("粮食总产量稳定在35万吨以上、确保达到36万吨；城镇调查失业率控制在5.5%以内。", 36, "万吨"),
    ("城镇新增就业6000人以上，力争达到6500人；居民消费价格涨幅3%左右。", 6500, "人"),
    ("进出口总额增长4%、今年力争达到88亿元；固定资产投资增长8%。", 88, "亿元"),
])
def test_aimed_amount_in_the_target_list_is_no_pledge(targets, value, unit):
    got = _pledges(_REPORT.format(r="德清县", b=targets, c="改造老旧小区15个。"))
    assert not any(p[1] == value and p[2] == unit for p in got), got
    assert ("老旧小区", 15, "个") in got, got


# look-alike: the same shape in the tasks part is a task restated, both a fact and a pledge (the spec)
def test_aimed_amount_in_the_tasks_stays_a_pledge():
    got = _pledges(_REPORT.format(r="德清县", b="全县生产总值增长6.5%左右。",
                                  c="外贸进出口总额增长8%以上、力争突破130亿元，改造老旧小区15个。"))
    assert any(p[1] == 130 and p[2] == "亿元" for p in got), got


# look-alike: an aim's word then a verb of new things after the 、 in the list is a task of its own, still pledged
def test_aim_then_a_new_thing_in_the_list_stays_a_pledge():
    got = _pledges(_REPORT.format(r="德清县", b="全县生产总值增长6.5%左右；新增市场主体3000户、力争新建5G基站400个。",
                                  c="改造老旧小区15个。"))
    assert ("5G基站", 400, "个") in got, got


# look-alike: the aimed amount still gives the level target (decision 325's fact unchanged)
def test_aimed_amount_stays_the_level_target():
    got = _facts(_REPORT.format(r="德清县", b="全县生产总值增长6.5%左右、力争突破420亿元。", c="改造老旧小区15个。"))
    assert ("gdp", "target", "2020", "level", 420) in got, got
    assert ("gdp", "target", "2020", "growth", 6.5) in got, got


# a result measured against the year's plan by a short form with no amount, its clause closed: the growth after it is
# the same name's
@pytest.mark.parametrize("review,ind,value", [
    ("一般公共预算收入86.4亿元，比年度计划短收，下降12.3%。", "general_budget_revenue", -12.3),
    ("一般公共预算收入86.4亿元，比年初预算增收，增长9.1%。", "general_budget_revenue", 9.1),
    ("财政总收入152亿元，比年度计划少收，下降3.8%。", "fiscal_total_revenue", -3.8),
])
def test_short_comparison_with_the_plan_keeps_the_growth(review, ind, value):
    got = _facts(_PLAN.format(r="衢州市", a=review))
    assert (ind, "actual", "2019", "growth", value) in got, got


# look-alike: another name after the comparison keeps its figure off the revenue
def test_another_name_after_the_short_comparison_stays_off():
    got = _facts(_PLAN.format(r="衢州市", a="一般公共预算收入86.4亿元，比年度计划短收，税收收入下降7.5%。"))
    assert not any(f[0] == "general_budget_revenue" and f[3] == "growth" for f in got), got
