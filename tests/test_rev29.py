"""rev29: reports of a new term, five-year reviews and five-year goals, blind (docs/decisions.md 97)."""
from __future__ import annotations

import pytest

from factkeys import facts, val

HEAD = "政府工作报告\n——{d}在某县第十八届人民代表大会第一次会议上\n"


# a plan named after the five years ahead only as its end (“十四五”末, “十四五”期末) is a year, as 到2025年 is: it dates
# its own item, and the items after it keep the five years ahead as their span (not the plan's)
@pytest.mark.parametrize("goals, own, after", [
    ("今后五年的奋斗目标是：全县生产总值年均增长6.5%以上，“十四五”末达到260亿元；规模以上工业增加值年均增长8%；"
     "森林覆盖率稳定在70%以上。",
     (("gdp", "goal", "2025", "level"), (260, "eq")),
     [(("industrial_va", "goal", "2022-2026", "growth"), (8, "eq")),
      (("forest_coverage", "goal", "2022-2026", "share"), (70, "at_least"))]),
    ("未来五年主要目标：常住人口城镇化率年均提高1.2个百分点，“十四五”期末达到60%；城乡居民人均可支配收入年均增长7%以上。",
     (("urbanization_rate", "goal", "2025", "share"), (60, "eq")),
     [(("urban_disposable_income", "goal", "2022-2026", "growth"), (7, "at_least")),
      (("rural_disposable_income", "goal", "2022-2026", "growth"), (7, "at_least"))]),
])
def test_a_plans_end_in_an_item_leaves_the_five_years_ahead(goals, own, after):
    fs = facts(HEAD.format(d="2022年1月8日") + "二、今后五年的奋斗目标\n今后五年，是开启新征程的关键五年。" + goals + "\n",
               report_year=2022)
    assert val(fs, own[0]) == own[1]
    for key, v in after:
        assert val(fs, key) == v
    assert not any(k[2] == "2021-2025" for k in fs)


def test_a_plans_period_after_the_five_years_ahead_still_names_its_span():
    # (the plan named as its time, not its end, is left as before: its figure is the plan's)
    fs = facts(HEAD.format(d="2022年1月8日") + "二、今后五年的奋斗目标\n今后五年的主要目标是：全县生产总值年均增长6.5%以上；"
               "“十四五”时期单位地区生产总值能耗累计下降14%。\n", report_year=2022)
    assert val(fs, ("energy_intensity", "goal", "2021-2025", "growth")) == (-14, "eq")


# a year that names an event ("北京2022年冬奥会", "2019年北京世园会", "杭州2022年亚运会") is the name's: it dates no
# figure after it, and a five-year review's change keeps its span
@pytest.mark.parametrize("event, y", [
    ("高质量承办2019年北京世园会，城市形象显著提升。", 2023),
    ("圆满完成杭州2022年亚运会和亚残运会赛事保障任务。", 2023),
    ("全力服务保障北京2022年冬奥会，张家口赛区建设全面完成。", 2023),
])
def test_a_year_naming_an_event_dates_no_figure(event, y):
    fs = facts(HEAD.format(d=f"{y}年1月10日") + "一、过去五年工作回顾\n过去五年，是极不平凡的五年。\n重大活动成功举办。" + event
               + "\n生态环境持续改善。PM2.5平均浓度由58微克/立方米下降到35微克/立方米，下降39.7%；森林覆盖率达到45.2%。\n",
               report_year=y)
    assert val(fs, ("pm25", "actual", f"{y - 5}-{y - 1}", "growth")) == (-39.7, "eq")
    assert val(fs, ("pm25", "actual", str(y - 1), "level")) == (35, "eq")
    assert not any(k[0] == "pm25" and k[3] == "growth" and "-" not in k[2] for k in fs)


# a plan's change over its years that the year's target is to secure, right after the target, its name left out
# ("，确保完成“十四五”下降14.5%的目标"): that indicator's goal for the plan's span, as a plan's average is
@pytest.mark.parametrize("item, key, value", [
    ("单位地区生产总值能耗下降2.5%，确保完成“十四五”累计下降14%的目标；", ("energy_intensity", "goal", "2021-2025", "growth"), -14),
    ("单位地区生产总值二氧化碳排放下降3%左右，力争实现“十四五”降低18%的目标；", ("carbon_intensity", "goal", "2021-2025", "growth"), -18),
    # (its name restated after the plan: the plan named before a figure its clause calls the target to meet)
    ("单位地区生产总值能耗下降2.5%，确保完成“十四五”单位地区生产总值能耗累计下降14%的目标；",
     ("energy_intensity", "goal", "2021-2025", "growth"), -14),
])
def test_a_plans_change_to_secure_after_a_target_is_its_goal(item, key, value):
    fs = facts(HEAD.format(d="2024年1月9日") + "二、2024年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；"
               + item + "城镇新增就业3000人。\n", report_year=2024)
    assert val(fs, key) == (value, "eq")
    assert val(fs, (key[0], "target", "2024", "growth"))[0] in (-2.5, -3)
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (3000, "eq")


# the seat named by where it is (州府所在地, 县城所在地, 州府驻地) is a part of the region, as 县城 and 中心城区 are
@pytest.mark.parametrize("sentence, key", [
    ("县城所在地空气质量优良天数比例达到92.6%", ("good_air_days", "actual", "2021", "share")),
    ("州府驻地PM2.5平均浓度下降到28微克/立方米", ("pm25", "actual", "2021", "level")),
    ("州府所在地空气质量优良天数比例保持在97%以上", ("good_air_days", "actual", "2017-2021", "share")),
])
def test_the_seat_named_by_where_it_is_is_a_part(sentence, key):
    fs = facts(HEAD.format(d="2022年1月8日") + "一、过去五年工作回顾\n五年来，森林覆盖率达到61.5%；" + sentence + "。\n",
               report_year=2022)
    assert key not in fs and not any(k[0] == key[0] for k in fs)
    assert val(fs, ("forest_coverage", "actual", "2021", "share")) == (61.5, "eq")


# a target a five-year total met, restated after it in a review of the five years ("…五年累计5.2万人，超额完成市下达的
# 4.5万人目标任务"): a goal of the five years (as a five-year average's target is), not last year's target; a year's
# total and its target in a one-year review stay the year's
@pytest.mark.parametrize("review, total, goal", [
    ("一、过去五年工作回顾\n五年来，全市经济持续向好。城镇新增就业五年累计5.2万人，超额完成市下达的4.5万人目标任务。\n",
     (("urban_new_jobs", "actual", "2018-2022", "level"), (5.2, "eq")),
     (("urban_new_jobs", "goal", "2018-2022", "level"), (4.5, "eq"))),
    ("一、过去五年工作回顾\n过去五年，农村劳动力转移就业五年累计12.6万人，完成省下达的12万人目标任务。\n",
     (("rural_labor_transfer", "actual", "2018-2022", "level"), (12.6, "eq")),
     (("rural_labor_transfer", "goal", "2018-2022", "level"), (12, "eq"))),
])
def test_a_target_a_five_year_total_met_is_a_goal_of_the_five_years(review, total, goal):
    fs = facts(HEAD.format(d="2023年1月6日") + review, report_year=2023)
    assert val(fs, total[0]) == total[1]
    assert val(fs, goal[0]) == goal[1]
    assert (goal[0][0], "target", "2022", "level") not in fs


def test_a_years_total_and_its_target_stay_the_years():
    fs = facts(HEAD.format(d="2023年1月6日") + "一、2022年工作回顾\n全年城镇新增就业6500人，超额完成市下达的6000人目标任务。\n",
               report_year=2023)
    assert val(fs, ("urban_new_jobs", "target", "2022", "level")) == (6000, "eq")


def test_a_plans_target_to_meet_dates_no_clause_after_it():
    # (the clause that names the plan's target to meet ends there: the year's figure after its comma stays the year's)
    fs = facts(HEAD.format(d="2024年1月9日") + "二、2024年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；"
               "确保完成“十四五”单位地区生产总值二氧化碳排放降低18%的目标任务，一般公共预算收入增长5%；"
               "单位地区生产总值能耗下降2%，确保完成“十四五”单位地区生产总值能耗下降14%的目标，规模以上工业增加值增长7%。\n",
               report_year=2024)
    assert val(fs, ("carbon_intensity", "goal", "2021-2025", "growth")) == (-18, "eq")
    assert val(fs, ("energy_intensity", "goal", "2021-2025", "growth")) == (-14, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2024", "growth")) == (5, "eq")
    assert val(fs, ("industrial_va", "target", "2024", "growth")) == (7, "eq")


# the tasks of a part titled for the five years ahead and for no year ("二、今后五年的主要任务") are pledged for the five
# years, each of its items (not only one that names 五年内); a part titled for the year too, or a sentence of this year,
# stays the year's
def test_a_five_year_tasks_part_pledges_for_the_five_years():
    from factkeys import read
    d = read(HEAD.format(d="2022年1月8日") + "二、今后五年的奋斗目标和主要任务\n今后五年，我们将重点做好以下工作：\n"
             "（一）加快工业强县。五年内新增规模以上工业企业100家。\n（二）推进城乡建设。新建改造城市道路50公里，改造老旧小区80个。\n"
             "三、2022年工作安排\n重点抓好以下工作：新建改造城市道路12公里，改造老旧小区20个。\n", report_year=2022)
    periods = {(p.object, p.value): p.period for p in d.pledges}
    assert periods[("城市道路", 50)] == "2022-2026"
    assert periods[("老旧小区", 80)] == "2022-2026"
    assert periods[("规模以上工业企业", 100)] == "2022-2026"
    assert periods[("城市道路", 12)] == "2022"
    assert periods[("老旧小区", 20)] == "2022"


def test_a_part_for_the_five_years_and_the_year_pledges_for_the_year():
    from factkeys import read
    d = read(HEAD.format(d="2022年1月8日") + "二、今后五年目标和2022年重点工作\n重点抓好以下工作：新建高标准农田4万亩，"
             "改造农村公路100公里。\n", report_year=2022)
    assert {(p.object, p.period) for p in d.pledges} >= {("高标准农田", "2022"), ("农村公路", "2022")}


# a five-year average, then 去年 opening the name's next clause ("全省生产总值年均增长6.2%，去年达到3.2万亿元"): last
# year's level of the name, its name left out (as after a year named before the name, "前年…，去年达到…")
@pytest.mark.parametrize("review, key, value", [
    ("过去五年，全省生产总值年均增长6.2%，去年达到3.2万亿元；森林覆盖率达到45%。", ("gdp", "actual", "2022", "level"), (3.2, "eq")),
    ("五年来，一般公共预算收入年均增长5%，去年突破2500亿元。", ("general_budget_revenue", "actual", "2022", "level"), (2500, "at_least")),
])
def test_last_years_level_after_a_five_year_average(review, key, value):
    fs = facts(HEAD.format(d="2023年1月13日") + "一、过去五年工作回顾\n" + review + "\n", report_year=2023)
    assert val(fs, key) == value
    assert val(fs, (key[0], "actual", "2018-2022", "growth"))[0] in (6.2, 5)
