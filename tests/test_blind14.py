"""Session 17 blind14: classes found on whole reports of places and kinds the development set lacks (西藏 and 新疆
districts and counties, 盟 and 旗, 重庆 and 北京 districts, a 林区 prefecture, a 东北 county-level city, an economic
zone, a city's and a district's plan report, reports by an acting head, 2016-2026): a reason glued to a figure's
change, a plan period or a span named after an aside before its average, 恢复到 as a pledge's level verb, a task
verb before a work named whole."""
from __future__ import annotations

import pytest

import planwatch
from factkeys import facts, val  # tests/factkeys.py


def review(y: int, body: str, **meta) -> dict:
    return facts(f"政府工作报告\n——{y}年1月10日\n\n一、{y - 1}年工作回顾\n{body}\n", report_year=y, **meta)


def pledges(y: int, body: str) -> set:
    text = f"政府工作报告\n——{y}年1月10日\n\n三、{y}年工作安排\n{body}\n"
    doc = planwatch.read_text(text, "t.txt", overrides={"report_year": y})
    for p in doc.pledges:
        assert text[p.start:p.end] == p.quote
    return {(p.action, p.object, p.value, p.unit) for p in doc.pledges}


# --- a reason glued to the figure's own change ("，受疫情影响下降3.2%"): the change is the figure's ---

@pytest.mark.parametrize("sent, iid, value", [
    ("社会消费品零售总额完成18.6亿元，受疫情影响下降3.2%。", "retail_sales", -3.2),
    ("社会消费品零售总额完成18.6亿元，受新冠肺炎疫情冲击同比下降3.2%；一般公共预算收入2.86亿元。", "retail_sales", -3.2),
    ("全年接待游客285万人次，因疫情影响下降38.2%。", "tourist_visits", -38.2),
    ("规模以上工业增加值28.5亿元，受市场需求不足拖累增长1.2%。", "industrial_va", 1.2),
])
def test_reason_glued_to_the_change(sent, iid, value):
    fs = review(2021, sent)
    assert val(fs, (iid, "actual", "2020", "growth")) == (value, "eq")


@pytest.mark.parametrize("sent, other", [
    # the reason qualifies another thing, whose own change follows: not the figure's
    ("社会消费品零售总额完成18.6亿元，受疫情影响较大的住宿餐饮业增加值下降12.1%。", None),
    # a comma after the reason: the next clause names its own figure
    ("社会消费品零售总额完成18.6亿元，受疫情影响，旅游收入下降20%。", "tourism_revenue"),
])
def test_reason_not_glued_leaves_the_figure(sent, other):
    fs = review(2021, sent)
    assert ("retail_sales", "actual", "2020", "growth") not in fs
    if other:
        assert val(fs, (other, "actual", "2020", "growth")) == (-20, "eq")


# --- a plan period named before the average ("，“十二五”期间年均增长11.2%"), or an aside before "五年年均增长" ---

@pytest.mark.parametrize("sent", [
    "2015年全市生产总值达到32.6亿元，“十二五”期间年均增长11.2%。",
    "2015年全市生产总值达到32.6亿元，十二五期间年均增长11.2%。",
    "2015年全市生产总值达到32.6亿元，“十二五”时期年均增长11.2%；地方公共财政预算收入达到1.52亿元。",
    "2015年全市生产总值达到32.6亿元，成为全州首个百亿级县市，五年年均增长11.2%。",
])
def test_plan_period_average_after_the_level(sent):
    fs = facts("政府工作报告\n——2016年1月10日\n\n一、“十二五”时期工作回顾\n" + sent + "\n", report_year=2016)
    assert val(fs, ("gdp", "actual", "2015", "level")) == (32.6, "eq")
    assert val(fs, ("gdp", "actual", "2011-2015", "growth")) == (11.2, "eq")


def test_plan_period_before_another_name_stays_that_names():
    fs = facts("政府工作报告\n——2016年1月10日\n\n一、“十二五”时期工作回顾\n"
               "2015年全市生产总值达到32.6亿元，“十二五”期间工业增加值年均增长15%。\n", report_year=2016)
    assert ("gdp", "actual", "2011-2015", "growth") not in fs
    assert val(fs, ("industrial_va", "actual", "2011-2015", "growth")) == (15, "eq")


def test_plan_period_average_in_the_goals_takes_the_plans_span():
    fs = facts("政府工作报告\n——2021年1月10日\n\n二、“十四五”时期主要目标\n"
               "今后五年的主要目标是：地区生产总值到2025年达到500亿元，“十四五”期间年均增长7%左右。\n", report_year=2021)
    assert val(fs, ("gdp", "goal", "2025", "level")) == (500, "eq")
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (7, "about")


# --- pledges: 恢复到 is a level to reach; a task verb before a work named whole acts on it ---

@pytest.mark.parametrize("body, want", [
    ("全年接待游客恢复到1500万人次。", ("接待", "游客", 1500, "万人次")),
    ("粮食产量恢复到35万吨。", ("恢复到", "粮食产量", 35, "万吨")),
    ("旅游综合收入恢复至75亿元。", ("恢复至", "旅游综合收入", 75, "亿元")),
])
def test_restore_to_is_a_level(body, want):
    assert want in pledges(2021, body)


def test_restore_to_a_share_of_the_past_is_no_pledge():
    assert pledges(2021, "接待游客恢复至疫情前水平的80%。") == set()


@pytest.mark.parametrize("body, want", [
    ("完成新一轮百万亩造林1.2万亩。", ("完成", "新一轮百万亩造林", 1.2, "万亩")),
    ("推进平原造林2万亩。", ("推进", "平原造林", 2, "万亩")),
    # look-alikes, unchanged: the work right after the verb, or a work alone
    ("完成人工造林3万亩。", ("完成", "人工造林", 3, "万亩")),
    ("全县减税降费5亿元。", ("减税降费", "减税降费", 5, "亿元")),
    ("完成易地扶贫搬迁340人。", ("完成", "易地扶贫搬迁", 340, "人")),
    # a work acting on the thing counted keeps that thing as the object
    ("实施城中村搬迁改造2000户。", ("搬迁改造", "城中村", 2000, "户")),
])
def test_task_verb_before_a_work_named_whole(body, want):
    assert want in pledges(2021, body)


# --- a plan labelled right before its own figure, after a completion ratio and the result ---

PLAN_REPORT = "关于某某市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n——2023年1月10日\n\n" \
              "一、2022年计划执行情况\n{}\n二、2023年计划草案\n主要预期目标：地区生产总值增长6%左右。\n"


@pytest.mark.parametrize("sent, iid, actual, target", [
    ("2.一般公共预算收入完成120.5亿元，为年度预算的103.2%，增长8.1%（计划6%）。", "general_budget_revenue", 8.1, 6),
    ("2.一般公共预算收入完成120.5亿元，完成年度预算的103.2%，增长8.1%，年度计划为增长6%。", "general_budget_revenue", 8.1, 6),
    ("社会消费品零售总额完成320亿元，为年度计划的98.5%，增长5.2%（预期目标8%）。", "retail_sales", 5.2, 8),
])
def test_plan_labelled_after_a_completion_ratio_is_the_target(sent, iid, actual, target):
    fs = facts(PLAN_REPORT.format(sent), report_year=2023)
    assert val(fs, (iid, "actual", "2022", "growth")) == (actual, "eq")
    assert val(fs, (iid, "target", "2022", "growth")) == (target, "eq")


@pytest.mark.parametrize("sent, iid, target, actual", [
    # the result after last year's target, its own result word before it: still the result
    ("2.地区生产总值年度目标为增长6%，实际增长6.4%。", "gdp", 6, 6.4),
    ("2.一般公共预算收入年度预算增长5%，实际增长6.2%。", "general_budget_revenue", 5, 6.2),
])
def test_result_after_the_target_stays_the_result(sent, iid, target, actual):
    fs = facts(PLAN_REPORT.format(sent), report_year=2023)
    assert val(fs, (iid, "target", "2022", "growth")) == (target, "eq")
    assert val(fs, (iid, "actual", "2022", "growth")) == (actual, "eq")
