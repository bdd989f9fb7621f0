"""County and district plan reports of 2016–2019, execution against plan, blind (pln51, decision 408). The set read
right; probing its review paragraphs found three ways of writing that went wrong: last year's plan figure after a verb
of meeting, missing or beating it with the plan bare or its change word between ("达到年初计划增长8%", "未完成计划8%",
"超过计划增长8%", "控制在计划目标4%以内") or named as its task ("完成年初计划增长8%的任务"); the result after the plan
with the time of the plan's carrying out before its words ("年初计划增长8%，执行中实际增长8.3%", "执行情况为增长…"); a
total measured against the running plan's goal after it in its sentence ("累计2.2万人，完成“十三五”规划目标的73.3%"),
counted back five years instead of over the plan's years so far. Each with look-alikes that must not change."""
import pytest

from factkeys import key_values, read


def _report(review: str, targets: str = "城镇登记失业率控制在4.5%以内。", region: str = "宜良县", year: int = 2019) -> str:
    return (f"{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n"
            f"——{year}年1月10日在{region}第十七届人民代表大会第三次会议上\n\n"
            f"一、{year - 1}年计划执行情况\n{year - 1}年，全县认真执行县人大批准的年度计划，经济运行总体平稳。\n{review}\n\n"
            f"二、{year}年主要预期目标\n建议{year}年全县主要预期目标安排如下：{targets}\n")


def _kv(review: str, **kw) -> dict:
    return key_values(read(_report(review, **kw)))


# 1. last year's plan figure after a verb of meeting, missing or beating it (the plan bare, its change word between, or
# 计划目标), or named as its task after 的
@pytest.mark.parametrize("review,key,target", [
    ("一般公共预算收入增长8.1%，达到年初计划增长8%的要求。", "general_budget_revenue", 8),
    ("一般公共预算收入增长6.2%，未完成年度计划增长8%。", "general_budget_revenue", 8),
    ("社会消费品零售总额增长10.9%，超过计划增长10%。", "retail_sales", 10),
    ("社会消费品零售总额增长10.9%，高于计划10%。", "retail_sales", 10),
    ("规模以上工业增加值增长9.4%，完成年初计划增长9%的任务。", "industrial_va", 9),
    ("规模以上工业增加值增长8.2%，未完成计划9%的任务。", "industrial_va", 9),
    ("居民消费价格上涨1.9%，控制在计划目标3%以内。", "cpi", 3),
])
def test_plan_figure_after_a_verb_of_meeting_it(review, key, target):
    kv = _kv(review)
    assert kv[(key, "target", "2018", "growth")][0] == target
    if "以内" in review:
        assert kv[(key, "target", "2018", "growth")][1] == "at_most"
    assert kv[(key, "actual", "2018", "growth")][0] != target  # (the result keeps its own key)


def test_plan_level_named_as_its_task():
    # a count's plan after 超额完成 and 年初计划, named as its task
    kv = _kv("城镇新增就业6500人，超额完成年初计划5000人的任务。")
    assert kv[("urban_new_jobs", "actual", "2018", "level")] == (6500, "eq")
    assert kv[("urban_new_jobs", "target", "2018", "level")] == (5000, "eq")


def test_jobless_rate_plan_bound_as_plan_target():
    # the plan's bound named 计划目标 after 低于 (no 年度/年初 before 计划)
    kv = _kv("城镇登记失业率3.2%，低于计划目标4%。")
    assert kv[("registered_unemployment_rate", "actual", "2018", "share")] == (3.2, "eq")
    assert kv[("registered_unemployment_rate", "target", "2018", "share")] == (4, "eq")


# (look-alikes: the part of the plan done is no target; a gap to the plan in points is no fact; a bare proportion of the
# tasks with no plan before it is no figure of the indicator; a resolve word before 完成 in the year's part leaves this
# year's target; the plan's investment is no indicator's target)
@pytest.mark.parametrize("review,absent", [
    ("一般公共预算收入增长6.1%，完成年度计划的97%，未完成年度计划。", [("general_budget_revenue", "target", "2018", "growth")]),
    ("社会消费品零售总额增长10.9%，高于计划0.9个百分点。",
     [("retail_sales", "target", "2018", "growth"), ("retail_sales", "target", "2018", "pp_change"),
      ("retail_sales", "actual", "2018", "pp_change")]),
    ("规模以上工业增加值增长8.1%，重点技改项目已完成80%的任务。",
     [("industrial_va", "target", "2018", "growth"), ("industrial_va", "actual", "2018", "share")]),
])
def test_plan_verbs_look_alikes_unchanged(review, absent):
    kv = _kv(review)
    for k in absent:
        assert k not in kv, k


def test_resolve_word_in_the_years_part_keeps_this_years_target():
    # "确保完成年度计划增长…" in the year's own targets: this year's, not last year's
    kv = _kv("地区生产总值增长8.3%。", targets="地区生产总值增长8%左右；一般公共预算收入确保完成年度计划增长7%。")
    assert kv[("gdp", "target", "2019", "growth")] == (8, "about")
    assert ("general_budget_revenue", "target", "2018", "growth") not in kv


# 2. the result after the plan with the time of the plan's carrying out before its words
@pytest.mark.parametrize("review,result", [
    ("地区生产总值年初计划增长8%，执行中实际增长8.3%。", 8.3),
    ("地区生产总值年初计划增长8%，执行过程中实际完成增长7.6%。", 7.6),
    ("地区生产总值年初计划增长8%，执行情况为增长8.4%。", 8.4),
    ("地区生产总值年初计划增长8%，执行中实际下降1.2%。", -1.2),
])
def test_result_after_plan_with_its_carrying_out(review, result):
    kv = _kv(review)
    assert kv[("gdp", "target", "2018", "growth")] == (8, "eq")
    assert kv[("gdp", "actual", "2018", "growth")] == (result, "eq")


# (look-alikes: a revision in the year is the target as revised, the result after it its own; the plan and a bare 实际)
@pytest.mark.parametrize("review,want", [
    ("规模以上工业增加值年初计划增长9%，执行中调整为增长7%，实际增长7.1%。",
     {("industrial_va", "target", "2018", "growth"): (7, "eq"), ("industrial_va", "actual", "2018", "growth"): (7.1, "eq")}),
    ("地区生产总值年初计划增长8%，实际增长8.3%。",
     {("gdp", "target", "2018", "growth"): (8, "eq"), ("gdp", "actual", "2018", "growth"): (8.3, "eq")}),
])
def test_carrying_out_look_alikes_unchanged(review, want):
    kv = _kv(review)
    for k, v in want.items():
        assert kv.get(k) == v, k


# 3. a total measured against the running plan's goal right after it in its sentence: over the plan's years so far
@pytest.mark.parametrize("review,key,value", [
    ("城镇新增就业累计2.2万人，完成“十三五”规划目标的73.3%。", ("urban_new_jobs", "actual", "2016-2018", "level"), 2.2),
    ("城镇新增就业累计2.2万人，完成“十三五”规划目标（3万人）的73.3%。", ("urban_new_jobs", "actual", "2016-2018", "level"), 2.2),
    ("全社会固定资产投资累计完成786.4亿元，完成“十三五”规划目标的56.2%。",
     ("fixed_asset_investment", "actual", "2016-2018", "level"), 786.4),
])
def test_total_measured_against_running_plan(review, key, value):
    kv = _kv(review)
    assert kv[key] == (value, "eq")


# (look-alikes: the plan named in the next sentence dates nothing of this one; a five-year total measured against the plan
# just ended keeps its five years; a plan named before the total, "“十三五”以来", as before)
def test_plan_in_the_next_sentence_leaves_the_total():
    kv = _kv("城镇新增就业累计2.2万人。“十三五”规划目标为3万人。")
    assert ("urban_new_jobs", "actual", "2016-2018", "level") not in kv


def test_total_against_ended_plan_keeps_five_years():
    kv = _kv("五年来，城镇新增就业累计5.6万人，完成“十三五”规划目标的112%。", year=2021)
    assert kv[("urban_new_jobs", "actual", "2016-2020", "level")] == (5.6, "eq")


def test_plan_named_before_total_as_before():
    kv = _kv("“十三五”以来，城镇新增就业累计2.2万人，完成规划目标的73.3%。")
    assert kv[("urban_new_jobs", "actual", "2016-2018", "level")] == (2.2, "eq")
