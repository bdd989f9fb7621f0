"""Helper cityold26: whole prefecture-city work reports of 2016–2019 (邯郸 2016, 遵义 2018, 绵阳 2019, 泉州 2017)."""
from __future__ import annotations

import pytest

from factkeys import facts, read, pledged, val  # tests/factkeys.py

TARGETS = "遵义市2018年政府工作报告\n二、2018年目标任务\n今年的主要预期目标是：地区生产总值增长11%左右；"


# the visitors' count written with 人次 before the revenue's full name (旅游综合收入) is still the pair, one value each
@pytest.mark.parametrize("sent,first,second", [
    ("接待游客人次和旅游综合收入分别增长20%、25%。", 20, 25),
    ("接待国内外游客人次和旅游总收入分别增长12%和15%。", 12, 15),
])
def test_visitors_and_revenue_with_two_rates_stay_one_each(sent, first, second):
    fs = facts(TARGETS + sent + "\n")
    assert val(fs, ("tourist_visits", "target", "2018", "growth")) == (first, "eq")
    assert val(fs, ("tourism_revenue", "target", "2018", "growth")) == (second, "eq")


# look-alikes: one amount after 分别 for several names is no name's (the lead's rule, test_facts_classes.py), the pair
# named whole too; two runs after a pair are one each
@pytest.mark.parametrize("sent", ["城乡居民人均可支配收入分别突破4万元。"])
def test_one_value_after_each_is_no_ones(sent):
    fs = facts(TARGETS + sent + "\n")
    assert [k for k in fs if k[0] != "gdp"] == []


def test_one_rate_after_each_is_each_ones():
    # (one growth rate after 分别 is each name's, as after 均: decision 211)
    fs = facts(TARGETS + "全年接待游客人次和旅游综合收入分别增长30%以上。\n")
    assert val(fs, ("tourist_visits", "target", "2018", "growth")) == (30, "at_least")
    assert val(fs, ("tourism_revenue", "target", "2018", "growth")) == (30, "at_least")


def test_review_pair_with_two_runs():
    fs = facts("遵义市2018年政府工作报告\n一、二〇一七年工作回顾\n城镇、农村居民人均可支配收入分别达到30212元、12044元，"
               "分别增长8.9%、10.2%。\n", report_year=2018)
    assert val(fs, ("urban_disposable_income", "actual", "2017", "growth")) == (8.9, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2017", "growth")) == (10.2, "eq")


TASKS = "邯郸市2016年政府工作报告\n三、2016年工作安排\n（三）扩大有效投资。"


# a figure written inside a later item's name in a list of projects closed by 等 (a research institute's number) is
# the name's, no count pledged
@pytest.mark.parametrize("sent", [
    "重点推进邯郸东站综合枢纽、太行山高速公路邯郸段、中船重工718所产业园、美的集团邯郸产业园等项目。",
    "加快邯郸东站综合枢纽、中国电科54所产业基地等重大项目建设。",
])
def test_a_number_inside_a_listed_projects_name_is_no_pledge(sent):
    d = read(TASKS + sent + "\n")
    assert not [p for p in d.pledges if p.value in (718, 54)]


# look-alikes: counts that open their item, or stand before 等 with their own noun, are pledges
@pytest.mark.parametrize("sent,item", [
    ("推进东城污水处理厂、5所中小学等项目建设。", ("中小学", 5, "所")),
    ("推进滨河公园二期、120个老旧小区改造等项目。", ("老旧小区改造", 120, "个")),
    ("建设城市公园10个、口袋公园50个等项目。", ("口袋公园", 50, "个")),
    ("新建学校12所等一批民生工程。", ("学校", 12, "所")),
    ("建设污水管网、燃气管网80公里和供水管网等工程。", ("污水管网、燃气管网", 80, "公里")),
])
def test_counts_in_a_project_list_stay_pledges(sent, item):
    assert item in pledged(read(TASKS + sent + "\n"))


# a count in words with 项 right before 行动/措施/举措 names a set of actions, no count pledged (even after a verb's
# noun such as 建设)
@pytest.mark.parametrize("sent", [
    "推进“四在农家·美丽乡村”基础设施建设六项行动计划。",
    "认真落实稳增长十项措施。",
    "实施六项行动计划。",
])
def test_a_named_set_of_actions_is_no_pledge(sent):
    assert not read(TASKS + sent + "\n").pledges


# look-alikes: counts of works in words or digits stay pledges, the clause after a named set too
@pytest.mark.parametrize("sent,item", [
    ("新建三项重点水利工程。", ("重点水利工程", 3, "项")),
    ("实施重点生态工程8项。", ("重点生态工程", 8, "项")),
    ("实施六项行动计划，完成造林5万亩。", ("造林", 5, "万亩")),
])
def test_counts_of_works_stay_pledges(sent, item):
    assert item in pledged(read(TASKS + sent + "\n"))


ONE_YEAR = "邯郸市2016年政府工作报告\n一、2015年工作回顾\n"


# the industrial structure's change from a named year dates the change of the services' share said after it
@pytest.mark.parametrize("sent,period,value", [
    ("三次产业结构由2010年的12.9∶54.2∶32.9调整为2015年的13.0∶47.5∶39.5，服务业比重提高6.6个百分点。", "2011-2015", 6.6),
    ("三次产业结构由2010年的12.9∶54.2∶32.9调整为13.0∶47.5∶39.5，第三产业增加值占比提高6.6个百分点，达到39.5%。",
     "2011-2015", 6.6),
    ("三次产业结构由2014年的13.5∶48.1∶38.4调整为13.0∶47.5∶39.5，服务业比重提高1.1个百分点。", "2015", 1.1),
])
def test_structure_from_a_year_dates_the_shares_change(sent, period, value):
    fs = facts(ONE_YEAR + sent + "\n")
    assert val(fs, ("tertiary_share", "actual", period, "pp_change")) == (value, "eq")


# look-alikes: another ratio after the structure keeps the year reviewed; a share's level stays the end year's
def test_structure_does_not_date_other_ratios():
    fs = facts(ONE_YEAR + "三次产业结构由2010年的12.9∶54.2∶32.9调整为13.0∶47.5∶39.5，常住人口城镇化率提高1.5个百分点。\n")
    assert val(fs, ("urbanization_rate", "actual", "2015", "pp_change")) == (1.5, "eq")
    fs = facts(ONE_YEAR + "三次产业结构由2010年的12.9∶54.2∶32.9调整为13.0∶47.5∶39.5，第三产业增加值占比达到39.5%。\n")
    assert val(fs, ("tertiary_share", "actual", "2015", "share")) == (39.5, "eq")


PLAN = "绵阳市2019年政府工作报告\n三、2019年重点工作\n（二）扩大有效投资。"


# an investment of the year stated in the tasks with no verb before it is a pledge, as "实际使用外资15亿美元" is
@pytest.mark.parametrize("sent,item", [
    ("全年重点项目投资850亿元。", ("重点项目投资", 850, "亿元")),
    ("加快科技城新区建设，今年科技城新区基础设施投资80亿元。", ("科技城新区基础设施投资", 80, "亿元")),
    ("全年固定资产投资4350亿元。", ("固定资产投资", 4350, "亿元")),
])
def test_a_verbless_investment_in_the_tasks_is_a_pledge(sent, item):
    d = read(PLAN + sent + "\n")
    assert item in pledged(d)


# look-alikes: the size of counted projects, an investment in the review, and the target list pledge nothing
@pytest.mark.parametrize("text", [
    PLAN + "实施重点项目300个，总投资2500亿元。\n",
    PLAN + "全年重点项目计划总投资2500亿元。\n",
    PLAN + "全县有效投资2500亿元。\n",
    "绵阳市2019年政府工作报告\n一、2018年工作回顾\n全年重点项目投资826亿元，增长12%。\n",
    "绵阳市2019年政府工作报告\n二、2019年主要目标\n主要预期目标是：地区生产总值增长8%，全社会固定资产投资2800亿元。\n",
])
def test_sizes_results_and_targets_are_no_investment_pledges(text):
    assert not [p for p in read(text).pledges if p.value in (2500, 826, 2800)]
