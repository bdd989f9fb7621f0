"""p2536: whole provincial reports of 2025 (the 十四五's last year) and 2019, blind (decision 154)."""
import pytest

from factkeys import facts, val

_HEAD = "政府工作报告\n——{y}年1月16日在某某省第十四届人民代表大会第三次会议上\n省长 王某\n一、{p}年工作回顾\n"


def _report(body: str, year: int = 2025):
    return facts(_HEAD.format(y=year, p=year - 1) + body + "\n", report_year=year, region="某某省", level="province")


# 1. the plan's first years named with 时期, 期间 or 规划实施 between the plan and 前N年: the span of those years gone
# by (the bare 时期/期间 had been read as the whole plan, its figures the plan's goals; 规划实施 a span from the year before)
@pytest.mark.parametrize("part", ["“十四五”时期前四年，", "“十四五”期间前四年，", "“十四五”规划实施前四年，",
                                  "十四五时期的前四年，"])
def test_the_plans_first_years_named_with_its_period_word_are_a_span_gone_by(part):
    fs = _report("全省地区生产总值增长5.1%。" + part + "全省一般公共预算收入累计完成1.28万亿元，年均增长8.2%，"
                 "城镇新增就业累计181万人。")
    assert val(fs, ("general_budget_revenue", "actual", "2021-2024", "level")) == (1.28, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2021-2024", "growth")) == (8.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2021-2024", "level")) == (181, "eq")
    assert not [k for k in fs if k[1] == "goal"]


def test_the_previous_plans_first_years_in_a_2019_report():
    fs = _report("全省生产总值增长7.8%。“十三五”时期前三年，全省生产总值年均增长8.1%，累计新增城镇就业276万人。", 2019)
    assert val(fs, ("gdp", "actual", "2016-2018", "growth")) == (8.1, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2016-2018", "level")) == (276, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (7.8, "eq")


def test_the_plan_period_alone_still_frames_its_goals():
    # (unchanged: "“十四五”时期" with no 前N年 in the plan's tasks is the plan's period)
    fs = _report("全省地区生产总值增长5.1%。\n二、2025年目标任务\n“十四五”时期，全省地区生产总值年均增长6%左右。")
    assert ("gdp", "goal", "2021-2025", "growth") in fs


# 2. a launch site named before its count (发射场, 发射工位, 发射基地) is what launches, no launch verb: the object had
# been cut to "场" after 发射 read as the action
@pytest.mark.parametrize("body, obj", [
    ("加快建设国际航天城，推动商业航天发射场年内实现发射20次以上。", "商业航天发射场"),
    ("推动海上发射基地全年发射8次以上。", "海上发射基地"),
])
def test_a_launch_site_is_named_whole(body, obj):
    from taskdoc import task_doc
    got = {(p.object, p.value, p.unit) for p in task_doc(body, "省").pledges}
    assert any(o.startswith(obj) and v == v0 for o, v, _u in got for v0 in (20, 8)), got
    assert not [o for o, _v, _u in got if o.startswith(("场", "基地"))], got


def test_a_launch_task_counted_is_no_launch_verb():
    from taskdoc import task_doc
    got = {(p.action, p.object, p.value) for p in task_doc("支持海上发射基地全年完成发射任务8次。", "省").pledges}
    assert not [o for _a, o, _v in got if "基地" in o and o.endswith("完成")], got


# 3. 全年 between what is counted and its verb is when, no part of the object ("…吞吐量全年突破300万标箱")
@pytest.mark.parametrize("body, obj, value", [
    ("推动洋浦港集装箱吞吐量全年突破300万标箱。", "洋浦港集装箱吞吐量", 300),
    ("中欧班列全年开行5000列以上。", "中欧班列", 5000),
    ("农村公路全年新改建5000公里，城镇老旧小区全年改造1800个。", "城镇老旧小区", 1800),
])
def test_the_year_between_an_object_and_its_verb_is_no_part_of_it(body, obj, value):
    from taskdoc import task_doc
    got = {(p.object, p.value) for p in task_doc(body, "省").pledges}
    assert (obj, value) in got, got
    assert not [o for o, _v in got if o.endswith("全年")], got


# 4. a year named with 以来 in the figure's own sentence dates a total after a range of years named earlier in its
# paragraph ("2021年至2024年，…。2020年以来，全省累计…": 2020-2024, not the range's years)
@pytest.mark.parametrize("first, since, value", [
    ("2021年至2024年，全省规模以上工业增加值年均增长6.5%。", "2020年以来，全省累计城镇新增就业460万人。", "2020-2024"),
    ("2021—2024年，全省社会消费品零售总额年均增长4.4%。", "2019年以来，全省累计城镇新增就业560万人。", "2019-2024"),
])
def test_a_year_since_in_its_own_sentence_beats_a_range_named_before(first, since, value):
    fs = _report("全省地区生产总值增长5.4%。" + first + since)
    assert ("urban_new_jobs", "actual", value, "level") in fs, sorted(fs)
    assert not [k for k in fs if k[0] == "urban_new_jobs" and k[2] == "2021-2024"]


def test_a_range_alone_still_dates_the_total():
    fs = _report("全省地区生产总值增长5.4%。2021年至2024年，全省规模以上工业增加值年均增长6.5%，城镇新增就业累计390万人。")
    assert val(fs, ("urban_new_jobs", "actual", "2021-2024", "level")) == (390, "eq")


# 5. one figure the plan set, named between “…规划确定的” and 的（约束性）目标 — after 完成/实现 too, in the year's
# tasks — is the plan's goal over its span (it had become the year's target), or the year named with it
@pytest.mark.parametrize("task, key, value", [
    ("今年要确保完成“十四五”规划确定的单位地区生产总值能耗下降15%的约束性目标。",
     ("energy_intensity", "goal", "2021-2025", "growth"), (-15, "eq")),
    ("全面实现“十四五”规划提出的森林覆盖率达到36.5%以上的目标任务。",
     ("forest_coverage", "goal", "2021-2025", "share"), (36.5, "at_least")),
    ("确保完成“十四五”规划确定的到2025年常住人口城镇化率达到65%的目标。",
     ("urbanization_rate", "goal", "2025", "share"), (65, "eq")),
])
def test_a_figure_the_plan_set_named_as_its_goal_is_the_plans(task, key, value):
    fs = _report("全省地区生产总值增长5.4%。\n二、2025年工作安排\n主要预期目标是：地区生产总值增长5.5%左右。\n（一）推进绿色发展。"
                 + task)
    assert val(fs, key) == value
    assert not [k for k in fs if k[1] == "target" and k[0] == key[0]], sorted(fs)
    assert val(fs, ("gdp", "target", "2025", "growth")) == (5.5, "about")


def test_the_years_target_met_under_the_plan_stays_the_years():
    # (unchanged: no 的目标 right after the figure — the plan named as what the year's work completes)
    fs = _report("全省地区生产总值增长5.4%。\n二、2025年工作安排\n确保完成“十四五”规划约束性指标，单位地区生产总值能耗下降3%左右。")
    assert val(fs, ("energy_intensity", "target", "2025", "growth")) == (-3, "about")


# 6. a work's task, its share of a programme, named between the work and its count with the completion after it
# ("高标准农田建设任务300万亩全部完成"): the work is what is counted, not the completion words after the count
@pytest.mark.parametrize("body, obj, value", [
    ("高标准农田建设任务300万亩全部完成。", "高标准农田", 300),
    ("农村户厕改造任务5万户年底前全部完成。", "农村户厕", 5),
])
def test_a_works_task_before_its_count_names_the_work(body, obj, value):
    from taskdoc import task_doc
    got = {(p.object, p.value) for p in task_doc(body, "省").pledges}
    assert any(o.startswith(obj) and v == value for o, v in got), got
    assert not [o for o, _v in got if "完成" in o or o == "任务"], got
