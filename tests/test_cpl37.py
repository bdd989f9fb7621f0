"""cpl37: whole prefecture-city plan reports of 2022–2026, blind (decision 173): an item's result labelled 预计全年/全年新增
after its plan; a pair's plans one each (“：计划分别增长10%和12%，预计接待游客…”, “，年度计划分别为增长6%和7.5%。”), the
levels after 预计分别达到 of two units; the plan's average named in a target's explanation (“。这一目标与…保持一致”,
《…第十五个五年规划纲要（草案）》, “综合考虑了以下因素：一是衔接…”, “；与…相比有所调整”); 优良天数率 a ratio."""
from __future__ import annotations

import pytest
from factkeys import facts, read, val  # tests/factkeys.py

TITLE = "关于XX市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n"
REVIEW = TITLE + "一、2024年国民经济和社会发展计划执行情况\n（一）主要指标完成情况\n"
TARGETS = TITLE + "二、2025年经济社会发展主要目标\n"


def review(s):
    return facts(REVIEW + s + "\n", report_year=2025)


def targets(s):
    return facts(TARGETS + s + "\n", report_year=2025)


@pytest.mark.parametrize("item, key, value", [
    ("——城镇新增就业。年初计划5.5万人，全年新增6.02万人。", ("urban_new_jobs", "actual", "2024", "level"), (6.02, "eq")),
    ("4.城镇新增就业：计划新增1.1万人，全年新增1.26万人。", ("urban_new_jobs", "actual", "2024", "level"), (1.26, "eq")),
    ("——居民人均可支配收入。年初计划与经济增长同步，预计全年达到31250元，增长5.6%。",
     ("disposable_income", "actual", "2024", "level"), (31250, "eq")),
    ("——居民人均可支配收入。年初计划与经济增长基本同步，全年达到28760元，增长6.1%。",
     ("disposable_income", "actual", "2024", "growth"), (6.1, "eq")),
    ("——单位地区生产总值能耗。年初计划完成省下达任务，预计全年下降3.2%。",
     ("energy_intensity", "actual", "2024", "growth"), (-3.2, "eq")),
])
def test_an_items_result_labelled_by_the_year_after_its_plan(item, key, value):
    fs = review(item)
    assert val(fs, key) == value


def test_an_items_plan_stays_the_target_before_its_years_gain():
    fs = review("——城镇新增就业。年初计划5.5万人，全年新增6.02万人。")
    assert val(fs, ("urban_new_jobs", "target", "2024", "level")) == (5.5, "eq")


def test_a_figure_of_something_else_after_the_plan_is_still_no_result():
    fs = review("——进出口总额。年初计划实现稳中提质，预计全年餐饮收入增长10%。")
    assert all(f.value != 10 for k, f in fs.items() if k[0] == "foreign_trade")


@pytest.mark.parametrize("item, plans, results", [
    ("5.接待游客人次和旅游总收入：计划分别增长9%和11%，预计接待游客4200万人次、实现旅游总收入380亿元，分别增长12.4%和14.1%。",
     (9, 11), (12.4, 14.1)),
    ("5.接待游客人次和旅游总收入：计划分别增长9%和11%，预计分别达到4200万人次、380亿元，分别增长12.4%和14.1%。",
     (9, 11), (12.4, 14.1)),
])
def test_a_pairs_plans_after_its_heading_are_targets_one_each(item, plans, results):
    fs = review(item)
    for iid, p, r in zip(("tourist_visits", "tourism_revenue"), plans, results):
        assert val(fs, (iid, "target", "2024", "growth")) == (p, "eq")
        assert val(fs, (iid, "actual", "2024", "growth")) == (r, "eq")


def test_a_pairs_levels_of_two_units_after_each_result_word_are_their_levels():
    fs = review("5.接待游客人次和旅游总收入：计划分别增长9%和11%，预计分别达到4200万人次、380亿元，分别增长12.4%和14.1%。")
    assert val(fs, ("tourist_visits", "actual", "2024", "level")) == (4200, "eq")
    assert val(fs, ("tourism_revenue", "actual", "2024", "level")) == (380, "eq")


@pytest.mark.parametrize("s, pairs", [
    ("城镇居民人均可支配收入43120元、增长4.9%，农村居民人均可支配收入20560元、增长6.8%，年度计划分别为增长6%和7%。",
     (("urban_disposable_income", 4.9, 6), ("rural_disposable_income", 6.8, 7))),
    ("城镇居民人均可支配收入增长4.4%，农村居民人均可支配收入增长6.1%，年度计划分别为增长6%和7.5%，主要受就业不充分影响。",
     (("urban_disposable_income", 4.4, 6), ("rural_disposable_income", 6.1, 7.5))),
    ("规模以上工业增加值增长9.4%，固定资产投资增长3.2%，年初计划分别为增长8%和10%。",
     (("industrial_va", 9.4, 8), ("fixed_asset_investment", 3.2, 10))),
])
def test_plans_labelled_after_the_results_go_one_to_each_name(s, pairs):
    fs = review(s)
    for iid, a, t in pairs:
        assert val(fs, (iid, "actual", "2024", "growth")) == (a, "eq")
        assert val(fs, (iid, "target", "2024", "growth")) == (t, "eq")


@pytest.mark.parametrize("s, period, value", [
    ("——地区生产总值增长6%左右。这一目标与“十四五”规划确定的年均增长7%的目标保持一致。", "2021-2025", (7, "eq")),
    ("——地区生产总值增长6%左右。这一目标与全省目标相衔接，是在综合研判基础上提出的，并与“十四五”规划确定的年均增长6.5%左右的目标基本衔接。",
     "2021-2025", (6.5, "about")),
    ("地区生产总值增长5.5%左右的目标，与《某某市国民经济和社会发展第十五个五年规划纲要（草案）》提出的年均增长6%左右的目标相衔接。",
     "2026-2030", (6, "about")),
    ("地区生产总值增长6%左右。经济增长6%左右的目标，综合考虑了以下因素：一是衔接“十四五”规划确定的年均增长7%的目标；二是留有余地。",
     "2021-2025", (7, "eq")),
    ("地区生产总值增长6%左右。上述目标安排主要考虑：地区生产总值增长6%左右，与全省目标相衔接；与“十四五”规划确定的年均增长7.5%左右的目标相比有所调整。",
     "2021-2025", (7.5, "about")),
])
def test_the_plans_average_in_a_targets_explanation_is_its_goal(s, period, value):
    fs = targets(s)
    assert val(fs, ("gdp", "target", "2025", "growth"))[0] in (5.5, 6)
    assert val(fs, ("gdp", "goal", period, "growth")) == value


@pytest.mark.parametrize("s", [
    "——地区生产总值增长6%左右。这一目标与全省目标相衔接。城镇新增就业4万人。",
    "地区生产总值增长6%左右。经济增长6%左右的目标，综合考虑了以下因素：一是与全省增长5.5%左右的目标相衔接；二是留有余地。",
    "——地区生产总值增长6%左右。今后五年，全市地区生产总值年均增长6.5%左右。",
])
def test_no_plan_named_gives_no_plans_goal_from_the_explanation(s):
    fs = targets(s)
    assert not any(k[0] == "gdp" and k[1] == "goal" and k[2] == "2021-2025" for k in fs)


@pytest.mark.parametrize("s", ["空气质量优良天数率完成省下达目标。", "优良天数率保持稳定，PM2.5平均浓度持续下降。"])
def test_the_good_days_rate_in_words_is_a_share(s):
    fs = targets(s)
    assert val(fs, ("good_air_days", "target", "2025", "share")) == (None, "qualitative")


def test_a_category_of_a_project_list_is_no_action():
    # (“产业发展类项目82个”: 发展 names the category, not an act on 类项目; its siblings have no verb either)
    d = read(TITLE + "三、2025年重点任务\n产业发展类项目82个，年度计划投资128亿元；基础设施类项目56个，年度计划投资102亿元。\n"
             "发展特色产业基地5个。\n", report_year=2025)
    assert not any(p.object.startswith("类") for p in d.pledges)
    assert any(p.object == "特色产业基地" and p.value == 5 for p in d.pledges)


@pytest.mark.parametrize("s, iid, plan", [
    ("全年地区生产总值2860.4亿元，增长8.1%，比年度计划（增长6.5%）高1.6个百分点。", "gdp", 6.5),
    ("固定资产投资增长2.7%，比年度计划（增长9%）低6.3个百分点，主要是房地产投资下降较多。", "fixed_asset_investment", 9),
    ("固定资产投资下降4.2%，比年度计划（下降2%）低2.2个百分点。", "fixed_asset_investment", -2),
])
def test_a_plan_bracketed_in_the_gap_to_it_is_last_years_target(s, iid, plan):
    fs = review(s)
    assert val(fs, (iid, "target", "2024", "growth")) == (plan, "eq")
    assert all(f.value not in (1.6, 6.3, 2.2, -1.6, -6.3, -2.2) for f in fs.values())


def test_a_count_bracketed_after_a_title_is_no_pledge_and_in_a_clause_no_part_of_the_object():
    d = read(TITLE + "三、2025年重点任务\n全年安排市级重点建设项目150个。\n附件：2025年市级重点建设项目（150个）\n"
             "新建改扩建学校（8所），新增学位6000个。\n", report_year=2025)
    objs = [(p.object, p.value) for p in d.pledges]
    assert not any(o.endswith(("（", "(")) for o, _ in objs)
    assert [v for o, v in objs if "建设项目" in o] == [150]
    assert ("学校", 8) in objs
