"""Residual fact classes (left10f): a part's level named after the whole's growth, a share's change in
the year after its level, a statement about each sub-region, a five years' change in a review."""
from __future__ import annotations

import pytest

from factkeys import facts, val

REVIEW = "一、{py}年工作回顾\n"


# 1. a part named after a result verb that follows the whole's growth is no level of the whole
@pytest.mark.parametrize("text", [
    "全县社会消费品零售总额增长8%，实现网络零售额30亿元。",
    "全县社会消费品零售总额增长6.5%，完成农村消费品零售额12.3亿元。",
    "社会消费品零售总额增长9.1%，实现限额以上零售额80亿元。",
    "消费品零售总额增长7%，实现线上零售额20亿元。",
])
def test_a_parts_level_after_the_wholes_growth(text):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert ("retail_sales", "actual", "2023", "growth") in fs
    assert ("retail_sales", "actual", "2023", "level") not in fs


@pytest.mark.parametrize("text,value", [
    ("全县社会消费品零售总额增长8%，总额达到500亿元。", 500),
    ("社会消费品零售总额增长8%，实现零售额98亿元。", 98),
])
def test_the_wholes_own_level_after_its_growth(text, value):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert val(fs, ("retail_sales", "actual", "2023", "level"))[0] == value


# 2. "，年内提高1.2个百分点" after a share: the share's change in the year
@pytest.mark.parametrize("text,ind,value", [
    ("森林覆盖率达到45.2%，年内提高0.8个百分点。", "forest_coverage", 0.8),
    ("全县常住人口城镇化率达到62.1%，年内提升1.1个百分点。", "urbanization_rate", 1.1),
    ("城镇调查失业率为5.1%，年内下降0.3个百分点。", "urban_unemployment_rate", -0.3),
    ("常住人口城镇化率达到58.3%，比上年提高1.2个百分点。", "urbanization_rate", 1.2),
    ("森林覆盖率达到45.2%，全年提高0.8个百分点。", "forest_coverage", 0.8),
    ("城镇化率达到62.1%，当年提高1.1个百分点。", "urbanization_rate", 1.1),
    ("城镇化率达到62.1%，年内上升1.1个百分点。", "urbanization_rate", 1.1),
])
def test_a_shares_change_in_the_year(text, ind, value):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="德清县")
    assert val(fs, (ind, "actual", "2023", "pp_change"))[0] == value


def test_another_thing_added_in_the_year_is_no_change_of_the_share():
    fs = facts(REVIEW.format(py=2023) + "森林覆盖率达到45.2%，年内新增造林面积10万亩。\n", report_year=2024, region="德清县")
    assert ("forest_coverage", "actual", "2023", "share") in fs
    assert [k for k in fs if k[0] == "forest_coverage" and k[3] != "share"] == []


# 3. a count of the region's divisions before the name: a statement about each of them, not the region's figure
@pytest.mark.parametrize("text,ind", [
    ("全州16个县市农村居民人均可支配收入增速均超过9%。", "rural_disposable_income"),
    ("全州8个县市地区生产总值均增长7%以上。", "gdp"),
    ("全盟12个旗县市区城镇居民人均可支配收入增速均超过6%。", "urban_disposable_income"),
    ("全省18个市县一般公共预算收入均增长5%以上。", "general_budget_revenue"),
    ("全州所有县市农村居民人均可支配收入增速均超过9%。", "rural_disposable_income"),
    ("全部县区一般公共预算收入均增长5%以上。", "general_budget_revenue"),
])
def test_each_division_is_not_the_region(text, ind):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="恩施土家族苗族自治州")
    assert [k for k in fs if k[0] == ind] == []


@pytest.mark.parametrize("text,ind,value", [
    ("全州农村居民人均可支配收入增长9.2%。", "rural_disposable_income", 9.2),
    ("全州城乡居民人均可支配收入均增长9%以上。", "rural_disposable_income", 9),
])
def test_the_regions_own_figure_stays(text, ind, value):
    fs = facts(REVIEW.format(py=2023) + text + "\n", report_year=2024, region="恩施土家族苗族自治州")
    assert val(fs, (ind, "actual", "2023", "growth"))[0] == value


# 4. "用五年时间，使…" after the years gone, or in a review of them: the five years' result, not a goal
@pytest.mark.parametrize("text,key,value", [
    ("过去五年，我们用五年时间，使森林覆盖率由30%提高到44%。", ("forest_coverage", "actual", "2022", "share"), 44),
    ("五年来，我们用五年时间使全县森林覆盖率由30%提高到44%。", ("forest_coverage", "actual", "2022", "share"), 44),
    ("过去五年，我们用五年时间实现地区生产总值年均增长8%。", ("gdp", "actual", "2018-2022", "growth"), 8),
])
def test_five_years_used_in_a_review(text, key, value):
    fs = facts("一、过去五年工作回顾\n" + text + "\n", report_year=2023, region="德清县")
    assert val(fs, key)[0] == value
    assert [k for k in fs if k[1] == "goal"] == []


def test_five_years_used_in_a_review_with_no_span_word():
    fs = facts("一、过去五年工作回顾\n我们用五年时间，使城镇化率由50.2%提高到58.6%。\n", report_year=2023, region="德清县")
    assert val(fs, ("urbanization_rate", "actual", "2022", "share"))[0] == 58.6


@pytest.mark.parametrize("text", [
    "二、今后五年的主要任务\n我们要用五年时间，使森林覆盖率由30%提高到44%。\n",
    "二、今后五年的主要任务\n用五年时间，使森林覆盖率提高到44%。\n",
    "今后五年，力争用五年时间，使森林覆盖率提高到44%。\n",
    "未来五年，我们用五年时间，使森林覆盖率提高到44%。\n",
])
def test_five_years_ahead_stay_a_goal(text):
    fs = facts(text, report_year=2023, region="德清县")
    assert val(fs, ("forest_coverage", "goal", "2023-2027", "share"))[0] == 44


def test_another_thing_counted_in_the_year_is_no_change_of_the_share():
    fs = facts(REVIEW.format(py=2023) + "城镇化率达到62.1%，全年新增城镇人口2万人。\n", report_year=2024, region="德清县")
    assert [k for k in fs if k[0] == "urbanization_rate" and k[3] != "share"] == []
