"""Session 20 left21: classes seen once by this evening's helpers and left, with their look-alikes: last year's
figure after 前年's, its name left out; a figure aimed at after words; last year's target named by a press conference,
a report's year, a revision against last year's, a missed target; a plan's average in a target's reasons; places
whose names open with a numeral; the reasons for a target pledge nothing; a press question on the year's plans."""
from __future__ import annotations

import pytest

from factkeys import facts, pledged, read, val  # tests/factkeys.py

REVIEW = "一、2023年工作回顾\n"


# 前年…, 去年…: the second clause, its name left out, is last year's
@pytest.mark.parametrize("sent,iid,y1,v1,y2,v2", [
    ("粮食生产实现“两连增”，前年全县粮食总产量为38.2万吨，去年达到39.1万吨。", "grain_output", "2022", 38.2, "2023", 39.1),
    ("外贸进出口保持增长，前年全县进出口总额为12.6亿元，去年为13.4亿元。", "foreign_trade", "2022", 12.6, "2023", 13.4),
    ("旅游业加快恢复。前年全县接待游客1650万人次，去年接待1720万人次。", "tourist_visits", "2022", 1650, "2023", 1720),
    ("文旅融合加快。前年实现旅游综合收入128亿元，去年达到134亿元。", "tourism_revenue", "2022", 128, "2023", 134),
])
def test_last_year_after_the_year_before(sent, iid, y1, v1, y2, v2):
    fs = facts(REVIEW + sent + "\n", report_year=2024)
    assert val(fs, (iid, "actual", y1, "level")) == (v1, "eq")
    assert val(fs, (iid, "actual", y2, "level")) == (v2, "eq")


def test_last_years_growth_after_the_year_befores():
    fs = facts(REVIEW + "财政收入稳步增长，前年全县一般公共预算收入增长3.2%，去年增长8.5%。\n", report_year=2024)
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (3.2, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (8.5, "eq")


def test_last_year_naming_another_indicator_is_not_the_first_names():
    fs = facts(REVIEW + "前年全县进出口总额为12.6亿元，去年全县地区生产总值达到300亿元。\n", report_year=2024)
    assert val(fs, ("foreign_trade", "actual", "2022", "level")) == (12.6, "eq")
    assert ("foreign_trade", "actual", "2023", "level") not in fs
    assert val(fs, ("gdp", "actual", "2023", "level")) == (300, "eq")


TARGETS = "二、2024年主要目标任务\n主要预期目标是："


# words first, then the figure aimed at: the figure is the target, not the words
@pytest.mark.parametrize("item,iid", [
    ("第一产业增加值保持稳定，力争增长3%", "primary_industry_va"),
    ("进出口总额保持稳定，力争增长3%", "foreign_trade"),
    ("社会消费品零售总额稳中有升，争取增长3%", "retail_sales"),
])
def test_a_figure_aimed_at_after_words(item, iid):
    fs = facts(TARGETS + "地区生产总值增长6.5%左右；" + item + "；城镇新增就业3200人。\n", report_year=2024)
    assert val(fs, (iid, "target", "2024", "growth")) == (3, "eq")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (3200, "eq")


def test_words_then_another_names_figure_stay_qualitative():
    fs = facts(TARGETS + "城乡居民收入与经济增长同步，力争固定资产投资增长8%。\n", report_year=2024)
    assert val(fs, ("urban_disposable_income", "target", "2024", "growth")) == (None, "qualitative")
    assert val(fs, ("fixed_asset_investment", "target", "2024", "growth")) == (8, "eq")


NEWS = "聚焦两会\n"


# last year's target after a comparison with the country's, and as a press conference says it
@pytest.mark.parametrize("sent,iid,this,last", [
    ("2023年全省主要预期目标是：生产总值增长6%左右，高于全国平均水平0.5个百分点。去年这一目标是6.5%左右，实际增长3.8%。",
     "gdp", (6, "about"), (6.5, "about")),
    ("报告提出，今年一般公共预算收入增长6%，比全国目标高1个百分点左右。去年这一目标是5%，实际同口径增长4.3%。",
     "general_budget_revenue", (6, "eq"), (5, "eq")),
    ("报告提出，居民消费价格涨幅3%左右，与全国目标保持一致。去年这一目标也是3.5%左右。", "cpi", (3, "about"), (3.5, "about")),
    ("固定资产投资方面，今年的目标是增长6%。去年我们定的目标是7%，实际增长7.9%。", "fixed_asset_investment", (6, "eq"), (7, "eq")),
])
def test_last_years_target_named_after_this_years(sent, iid, this, last):
    fs = facts(NEWS + sent + "\n", report_year=2023)
    assert val(fs, (iid, "target", "2023", "growth")) == this
    assert val(fs, (iid, "target", "2022", "growth")) == last


def test_last_years_result_after_its_target_on_a_like_basis():
    fs = facts(NEWS + "报告提出，今年一般公共预算收入增长6%。去年这一目标是5%，实际同口径增长4.3%。\n", report_year=2023)
    assert val(fs, ("general_budget_revenue", "actual", "2022", "growth")) == (4.3, "eq")


def test_a_comparison_alone_gives_no_last_years_target():
    fs = facts(NEWS + "2023年全省主要预期目标是：生产总值增长6%左右，高于全国平均水平0.5个百分点。\n", report_year=2023)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "about")
    assert ("gdp", "target", "2022", "growth") not in fs


# a missed target said with 未能/没能
@pytest.mark.parametrize("sent,iid,actual,target", [
    ("去年全区规模以上工业增加值增长3.2%，未能完成增长5%的年度目标。", "industrial_va", 3.2, 5),
    ("社会消费品零售总额下降2.9%，未能完成增长8%的年度目标。", "retail_sales", -2.9, 8),
    ("全市地区生产总值增长4.7%，没能实现7%的年度目标。", "gdp", 4.7, 7),
])
def test_a_missed_target(sent, iid, actual, target):
    fs = facts("一、2019年工作回顾\n" + sent + "\n", report_year=2020)
    assert val(fs, (iid, "actual", "2019", "growth")) == (actual, "eq")
    assert val(fs, (iid, "target", "2019", "growth")) == (target, "eq")


# a target set against last year's: both years' targets
@pytest.mark.parametrize("sent,iid,measure,last,this", [
    ("答：全区固定资产投资增长目标由去年的10%调低至8%左右。", "fixed_asset_investment", "growth", (10, "eq"), (8, "about")),
    ("答：社会消费品零售总额增长目标由上年的8%下调至7%左右。", "retail_sales", "growth", (8, "eq"), (7, "about")),
    ("答：城镇调查失业率目标由去年的5.5%左右调整为5%左右。", "urban_unemployment_rate", "share", (5.5, "about"), (5, "about")),
])
def test_a_target_set_against_last_years(sent, iid, measure, last, this):
    fs = facts(NEWS + sent + "\n", report_year=2020)
    assert val(fs, (iid, "target", "2019", measure)) == last
    assert val(fs, (iid, "target", "2020", measure)) == this


def test_a_target_revised_in_its_year_stays_the_revised_one():
    fs = facts("一、2019年工作回顾\n规模以上工业增加值增长目标由8%调整为6.5%，实际增长6.8%。\n", report_year=2020)
    assert val(fs, ("industrial_va", "target", "2019", "growth")) == (6.5, "eq")
    assert val(fs, ("industrial_va", "actual", "2019", "growth")) == (6.8, "eq")
    assert ("industrial_va", "target", "2020", "growth") not in fs


# the target a year's report set is that year's
@pytest.mark.parametrize("sent", [
    "答：2019年政府工作报告确定的增长目标为7%左右。",
    "答：2019年广西政府工作报告确定的增长目标为7%左右。",
])
def test_the_target_a_years_report_set(sent):
    fs = facts(NEWS + sent + "\n", report_year=2020, region="广西壮族自治区")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7, "about")
    assert ("gdp", "target", "2020", "growth") not in fs


def test_this_years_report_sets_this_years_target():
    fs = facts(NEWS + "答：2020年政府工作报告确定的增长目标为6%左右。\n", report_year=2020)
    assert val(fs, ("gdp", "target", "2020", "growth")) == (6, "about")


EXPLAIN = "二、2019年主要目标\n（二）关于主要预期目标的几点说明\n"


# the plan's average named in a target's reasons, its name left out: that indicator's goal for the plan's span
@pytest.mark.parametrize("sent,iid,target,goal", [
    ("1.关于经济增长目标。地区生产总值增长7%左右，主要考虑：一是与“十三五”规划纲要确定的年均增长8.5%的目标相衔接，"
     "保持必要的增长速度；二是与全国预期目标相比保持一定的领先幅度。", "gdp", (7, "about"), (8.5, "eq")),
    ("2.关于投资增长目标。固定资产投资增长10%左右，主要考虑：全省重点项目年度投资1200亿元，能够对投资形成有力支撑；"
     "同时，实现规划年均增长12%的目标，需要保持投资适度增长。", "fixed_asset_investment", (10, "about"), (12, "eq")),
])
def test_the_plans_average_in_a_targets_reasons(sent, iid, target, goal):
    fs = facts(EXPLAIN + sent + "\n", report_year=2019)
    assert val(fs, (iid, "target", "2019", "growth")) == target
    assert val(fs, (iid, "goal", "2016-2020", "growth")) == goal
    assert (iid, "target", "2019", "level") not in fs


def test_a_plan_average_without_reasons_is_not_read_so():
    fs = facts(EXPLAIN + "地区生产总值增长7%左右，为实现“十三五”规划纲要确定的年均增长8.5%的目标打下基础。\n", report_year=2019)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7, "about")


TASKS = "二、2024年工作安排\n（一）加快交通建设。"


# a division whose name opens with a numeral is no count
@pytest.mark.parametrize("sent", [
    "加快建设三台县至盐亭快速通道。", "改造三台县人民医院。", "推动七台河市建设煤矿。", "支持三台县建设区域医疗中心。",
])
def test_a_place_opening_with_a_numeral_is_no_count(sent):
    d = read(TASKS + sent + "\n", report_year=2024)
    assert not [p for p in d.pledges if p.unit == "台"]


def test_a_count_in_words_still_counts():
    d = read(TASKS + "新建两座水厂。建成盐亭至三台县快速通道18公里。\n", report_year=2024)
    got = pledged(d)
    assert ("水厂", 2, "座") in got
    assert any(o.endswith("快速通道") and v == 18 for o, v, u in got)


PLAN = ("关于某市2020年国民经济和社会发展计划执行情况及2021年计划草案的报告\n二、2021年经济社会发展主要预期目标\n"
        "关于2021年计划目标的几点说明：\n")


# the reasons for a target pledge nothing; the same counts as tasks do
@pytest.mark.parametrize("sent", [
    "二是全社会固定资产投资增长9%，主要考虑：全市重点项目年度投资1200亿元，新开工项目300个以上，投资增长有较强支撑。",
    "（二）固定资产投资增长10%。主要考虑：为实现规划年均增长15%的目标，需要持续扩大有效投资，全年新开工项目300个以上。",
])
def test_a_targets_reasons_pledge_nothing(sent):
    d = read(PLAN + sent + "\n三、2021年重点工作\n（一）扎实推进项目建设。全年实施重点项目600个。\n", report_year=2021)
    got = pledged(d)
    assert not [x for x in got if x[1] == 300]
    assert ("重点项目", 600, "个") in got


PRESS = ("权威解读\n来源：广西日报  2020年01月17日\n\n1月16日，自治区人民政府新闻办公室举行新闻发布会。\n\n记者：{q}\n"
         "答：报告提出，今年要深入推进新型城镇化，新增城镇就业35万人；新改造城镇老旧小区1000个。\n")


def test_a_question_on_the_years_plans_opens_restated_tasks():
    d = read(PRESS.format(q="今年在新型城镇化和就业方面有什么安排？"), report_year=2020, region="广西壮族自治区")
    assert ("城镇老旧小区", 1000, "个") in {(o[-6:], v, u) for o, v, u in pledged(d)}


def test_a_question_on_the_past_opens_no_tasks():
    d = read(PRESS.format(q="去年在新型城镇化和就业方面取得了哪些成绩？").replace("今年要", "去年"), report_year=2020,
             region="广西壮族自治区")
    assert not pledged(d)


def test_last_year_after_the_year_before_in_a_december_report():
    # a plan report delivered in December calls the year it reviews 今年: its 去年 and 前年 are the years before
    text = ("关于某县2024年计划执行情况和2025年计划草案的报告\n（2024年12月20日）\n一、2024年计划执行情况\n"
            "前年全县粮食总产量为38.2万吨，去年达到39.1万吨。\n")
    fs = facts(text, report_year=2025)
    assert val(fs, ("grain_output", "actual", "2022", "level")) == (38.2, "eq")
    assert val(fs, ("grain_output", "actual", "2023", "level")) == (39.1, "eq")
