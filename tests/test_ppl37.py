"""ppl37: whole provincial plan reports of 2022–2026, blind (decision 169): an item headed by its name whose plan is
in words (“年初计划与经济增长基本同步，执行结果为…”) keeps its labelled result; a review's sub-part on a plan's
indicator progress (“（二）“十四五”规划主要指标进展”) is the review's, not the year's targets; a plan's average the
target is kept level with (保持一致) or named in the draft plan (“规划纲要（草案）提出的”) is its goal; a plan's goal a
result comes near to (接近) or falls short of (“与规划确定的1.5%的目标差距较大”) is read; 保量稳质 is a qualitative target."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py

from planwatch import structure
from planwatch.normalize import normalize

TITLE = "关于XX省2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n"
REVIEW = TITLE + "一、2024年国民经济和社会发展计划执行情况\n（一）主要指标完成情况\n"
TARGETS = TITLE + "二、2025年经济社会发展的主要目标\n"


@pytest.mark.parametrize("item, key, value", [
    ("3.居民人均可支配收入。年初计划与经济增长同步，执行结果为28650元，增长5.8%。",
     ("disposable_income", "actual", "2024", "growth"), (5.8, "eq")),
    ("7.单位地区生产总值二氧化碳排放。计划完成国家下达的控制目标，预计下降4.2%。",
     ("carbon_intensity", "actual", "2024", "growth"), (-4.2, "eq")),
    ("——进出口总额。年初计划实现稳中提质，实际完成812亿元，增长3.6%。",
     ("foreign_trade", "actual", "2024", "level"), (812, "eq")),
])
def test_an_items_plan_in_words_leaves_its_labelled_result_to_the_name(item, key, value):
    fs = facts(REVIEW + item + "\n", report_year=2025)
    assert val(fs, key) == value


def test_an_items_figure_after_a_reason_is_still_no_other_names():
    # (a clause after the plan that names another thing's figure gives the item no result: "全年餐饮收入增长10%")
    fs = facts(REVIEW + "2.社会消费品零售总额。年初计划与经济增长同步，全年餐饮收入增长10%。\n", report_year=2025)
    assert all(f.value != 10 for k, f in fs.items() if k[0] == "retail_sales")


@pytest.mark.parametrize("title", ["（二）“十四五”规划主要指标进展", "（三）规划主要目标的实现进展"])
def test_a_plans_indicator_progress_part_in_the_review_is_no_target_list(title):
    text = (REVIEW + "地区生产总值增长5.2%。\n" + title + "\n截至2024年，常住人口城镇化率达到61.3%，研究与试验发展经费投入"
            "强度为1.92%。\n二、2025年经济社会发展的主要目标\n地区生产总值增长5%左右。\n")
    fs = facts(text, report_year=2025)
    assert val(fs, ("urbanization_rate", "actual", "2024", "share")) == (61.3, "eq")
    assert val(fs, ("rnd_intensity", "actual", "2024", "share")) == (1.92, "eq")
    assert not any(k[1] == "target" and k[0] in ("urbanization_rate", "rnd_intensity") for k in fs)


@pytest.mark.parametrize("title", ["（二）“十四五”规划主要指标进展", "（三）“十四五”规划主要指标和重大任务进展",
                                   "（二）“十四五”规划纲要主要指标推进进展"])
def test_a_progress_title_is_the_reviews(title):
    norm = normalize(REVIEW + "地区生产总值增长5.2%。\n" + title + "\n常住人口城镇化率达到61.3%。\n"
                     "二、2025年经济社会发展的主要目标\n地区生产总值增长5%左右。\n")
    roles = {s.title: s.role for s in structure.outline(norm, 2025).sections}
    assert next(r for k, r in roles.items() if title.endswith(k)) == "review"
    assert roles["2025年经济社会发展的主要目标"] == "targets"


@pytest.mark.parametrize("sentence, key, value", [
    ("地区生产总值增长6%左右，与“十四五”规划确定的年均增长6%左右目标保持一致。",
     ("gdp", "goal", "2021-2025", "growth"), (6, "about")),
    ("一般公共预算收入增长4%，与“十四五”规划确定的年均增长5%的目标基本一致。",
     ("general_budget_revenue", "goal", "2021-2025", "growth"), (5, "eq")),
])
def test_a_plans_average_kept_level_with_is_its_goal(sentence, key, value):
    fs = facts(TARGETS + sentence + "\n", report_year=2025)
    assert val(fs, key) == value


@pytest.mark.parametrize("sentence, key, value", [
    ("地区生产总值增长6%左右。主要考虑：一是与“十五五”规划纲要（草案）提出的年均增长5.5%左右的目标相衔接；二是留有余地。",
     ("gdp", "goal", "2026-2030", "growth"), (5.5, "about")),
    ("规模以上工业增加值增长7%，与“十五五”规划纲要(草案)确定的年均增长7.5%的目标相衔接。",
     ("industrial_va", "goal", "2026-2030", "growth"), (7.5, "eq")),
])
def test_the_draft_plans_average_is_its_goal(sentence, key, value):
    text = TITLE.replace("2024", "2025").replace("2025年国民经济和社会发展计划草案", "2026年国民经济和社会发展计划草案") \
        + "二、2026年经济社会发展的主要目标\n" + sentence + "\n"
    fs = facts(text, report_year=2026)
    assert val(fs, key) == value
    assert (key[0], "target", "2026", key[3]) in fs  # (the year's own figure stays its target)


@pytest.mark.parametrize("sentence, key, value", [
    ("常住人口城镇化率达到64.1%，接近规划确定的65%的目标。", ("urbanization_rate", "goal", "2021-2025", "share"), (65, "eq")),
    ("森林覆盖率为41.2%，接近“十四五”规划42%的目标。", ("forest_coverage", "goal", "2021-2025", "share"), (42, "eq")),
    ("研发经费投入强度为1.21%，与规划确定的2%的目标差距较大。", ("rnd_intensity", "goal", "2021-2025", "share"), (2, "eq")),
    ("一般公共预算收入增长4.6%，与“十四五”规划确定的年均增长6.5%的目标仍有差距。",
     ("general_budget_revenue", "goal", "2021-2025", "growth"), (6.5, "eq")),
])
def test_a_plans_goal_a_result_comes_near_to_or_falls_short_of(sentence, key, value):
    fs = facts(REVIEW + sentence + "\n", report_year=2025)
    assert val(fs, key) == value


def test_a_plan_named_after_a_result_with_no_figure_gives_no_goal():
    fs = facts(REVIEW + "研发经费投入强度为1.21%，与规划确定的目标相比仍有差距，一般公共预算收入增长5%。\n", report_year=2025)
    assert not any(k[1] == "goal" for k in fs)
    assert val(fs, ("general_budget_revenue", "actual", "2024", "growth")) == (5, "eq")


def test_a_level_the_figure_comes_near_to_is_no_goal_nor_level():
    fs = facts(REVIEW + "地区生产总值达到2950亿元，增长5%，接近3000亿元。\n", report_year=2025)
    assert val(fs, ("gdp", "actual", "2024", "level")) == (2950, "eq")
    assert not any(k[1] == "goal" for k in fs)


@pytest.mark.parametrize("item", ["外贸进出口保量稳质；", "进出口总额实现保量稳质；"])
def test_trade_kept_in_volume_and_quality_is_a_qualitative_target(item):
    fs = facts(TARGETS + "地区生产总值增长5%左右；" + item + "居民消费价格涨幅2%左右。\n", report_year=2025)
    assert val(fs, ("foreign_trade", "target", "2025", "growth")) == (None, "qualitative")


@pytest.mark.parametrize("sentence, key, value", [
    ("“十四五”前四年，全省地区生产总值年均增长5.8%，规划目标为年均增长6%左右；一般公共预算收入年均增长6.9%。",
     ("general_budget_revenue", "actual", "2021-2024", "growth"), (6.9, "eq")),
    ("“十四五”以来，规模以上工业增加值年均增长7.2%，规划目标为年均增长8%，社会消费品零售总额年均增长4.5%，规划目标为年均增长7%。",
     ("retail_sales", "actual", "2021-2024", "growth"), (4.5, "eq")),
])
def test_a_plans_goal_restated_after_a_result_sets_no_target_for_the_clauses_after_it(sentence, key, value):
    fs = facts(REVIEW + sentence + "\n", report_year=2025)
    assert val(fs, key) == value
    assert not any(k[1] == "target" for k in fs)


@pytest.mark.parametrize("item, key, value", [
    ("——单位地区生产总值能耗。计划下降2.8%左右，执行结果预计完成国家下达的目标。",
     ("energy_intensity", "target", "2024", "growth"), (-2.8, "about")),
    ("6.城镇调查失业率。年初计划控制在5.5%以内，执行结果符合预期。",
     ("urban_unemployment_rate", "target", "2024", "share"), (5.5, "at_most")),
    ("——粮食产量。计划稳定在1300万吨以上，预计全面完成。",
     ("grain_output", "target", "2024", "level"), (1300, "at_least")),
])
def test_an_items_plan_with_its_result_in_words_is_the_plan_not_the_result(item, key, value):
    fs = facts(REVIEW + item + "\n", report_year=2025)
    assert val(fs, key) == value
    assert (key[0], "actual", "2024", key[3]) not in fs


@pytest.mark.parametrize("title", ["一、2025年计划执行情况和“十四五”规划实施情况",
                                   "一、2025年国民经济和社会发展计划执行情况暨“十四五”规划纲要实施情况"])
def test_a_part_titled_for_the_year_and_the_plans_implementation_dates_its_figures_by_the_year(title):
    text = ("关于XX省2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n" + title + "\n"
            "全省地区生产总值增长5.3%，城镇新增就业45万人。\n二、2026年主要预期目标\n地区生产总值增长5%左右。\n")
    fs = facts(text, report_year=2026)
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.3, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2025", "level")) == (45, "eq")
    assert not any(k[2] == "2021-2025" for k in fs)


@pytest.mark.parametrize("sentence, key, value", [
    ("“十四五”规划目标为：地区生产总值年均增长6%，一般公共预算收入年均增长7%。",
     ("general_budget_revenue", "goal", "2021-2025", "growth"), (7, "eq")),
    ("“十四五”规划主要目标：常住人口城镇化率达到63%，研发经费投入强度达到2.5%。",
     ("rnd_intensity", "goal", "2021-2025", "share"), (2.5, "eq")),
])
def test_a_plans_goals_listed_after_its_label_in_the_review_are_its_goals(sentence, key, value):
    fs = facts(REVIEW + sentence + "\n", report_year=2025)
    assert val(fs, key) == value
    assert not any(k[1] == "target" for k in fs)
