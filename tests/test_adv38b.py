"""The rules of decisions 180-188 at their edges, blind (adv38b, decision 189): a plan's goal met restated at a
review's end before the new plan's part, an item's name alone on its line over its result's verb, a PDF line of an
item's figures cut between a name and its figure, and a project named by its status verb before the year's
investment."""
import pytest

from factkeys import facts, val
from taskdoc import pledges

_R21 = "某某市政府工作报告\n一、“十三五”时期工作回顾\n"
_NEXT = "二、“十四五”时期的主要目标\n“十四五”时期，全市地区生产总值年均增长6%左右；五年新增城镇就业12万人。\n"


# 1. the plan's goal a result met, restated at the end of a review paragraph, is the ended plan's even where the next
# line titles the new plan's part (the plan named after the figure was looked for past the sentence's end)
@pytest.mark.parametrize("body,key,value", [
    ("五年来，五年累计城镇新增就业12.3万人，超额完成10万人的规划目标。\n",
     ("urban_new_jobs", "goal", "2016-2020", "level"), 10),
    ("过去五年，全市单位地区生产总值能耗累计下降18.5%，超额完成下降16%的规划目标。\n",
     ("energy_intensity", "goal", "2016-2020", "growth"), -16),
])
def test_a_goal_met_before_the_new_plans_part_is_the_ended_plans(body, key, value):
    fs = facts(_R21 + body + _NEXT, region="某某市", level="prefecture", report_year=2021)
    assert val(fs, key) == (value, "eq")
    # (and the new plan's own goal keeps its key)
    assert val(fs, ("urban_new_jobs", "goal", "2021-2025", "level")) == (12, "eq")


_PLAN = ("关于某某县2019年国民经济和社会发展计划执行情况与2020年计划草案的报告\n一、2019年计划执行情况\n{item}\n"
         "二、2020年主要预期目标\n地区生产总值增长7%左右。\n")


# 2. an item's name alone on its line heads the line under it that opens on the result's own verb and its figure
@pytest.mark.parametrize("item,key,value", [
    ("3.一般公共预算收入\n完成12.6亿元，同比增长4.8%。", ("general_budget_revenue", "actual", "2019", "level"), 12.6),
    ("（4）社会消费品零售总额\n实现158.3亿元，增长9.1%。", ("retail_sales", "actual", "2019", "level"), 158.3),
])
def test_a_name_alone_over_its_results_verb_heads_it(item, key, value):
    fs = facts(_PLAN.format(item=item), region="某某县", level="county", report_year=2020)
    assert val(fs, key) == (value, "eq")


def test_a_name_alone_over_another_works_verb_is_no_head():
    # (完成 not right before a figure: another work's sentence, "完成…投资", not the name's result)
    fs = facts(_PLAN.format(item="3.一般公共预算收入\n完成重点项目投资85亿元。"), region="某某县", level="county",
               report_year=2020)
    assert ("general_budget_revenue", "actual", "2019", "level") not in fs


# 3. a numbered item's line of figures cut between the next clause's name and its figure goes on, whatever its width
@pytest.mark.parametrize("item,key,value", [
    ("5.居民收入：城镇居民人均可支配收入35120元，增长7.9%；农村居民人均可支配收入\n16240元，增长9.2%。",
     ("rural_disposable_income", "actual", "2019", "level"), 16240),
    ("2.财政：一般公共预算收入完成8.6亿元，增长5%，税收收入占一般公共预算收入比重\n72.5%。",
     ("tax_revenue_share", "actual", "2019", "share"), 72.5),
])
def test_an_items_line_cut_before_a_names_figure_goes_on(item, key, value):
    fs = facts(_PLAN.format(item=item), region="某某县", level="county", report_year=2020)
    assert val(fs, key) == (value, "eq")


# 4. a project named by its status verb (开工建设, 续建, 新开工: a named_lead) in the clause before the year's
# investment is the investment's object, its size note or total between or not
@pytest.mark.parametrize("body,obj,value", [
    ("开工建设沅江特大桥（主跨420米、总投资18亿元），年内完成投资5亿元。", "沅江特大桥投资", 5),
    ("续建青山水库，总投资12亿元，年度完成投资4亿元。", "青山水库投资", 4),
])
def test_a_project_named_by_its_status_verb_before_the_years_investment(body, obj, value):
    assert ("完成", obj, value, "亿元") in pledges(body)


def test_a_count_of_projects_begun_reads_as_a_count_carried_out():
    # (a count of projects is no one project's name: its investment is the projects' as after 实施, decision 11)
    for verb in ("新开工建设", "实施"):
        assert ("完成", "重点项目投资", 80, "亿元") in pledges(f"{verb}重点项目50个，年内完成投资80亿元。")
