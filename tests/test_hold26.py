"""Full provincial reports of 2026 written by hand (branch hold26): the classes they showed, each
with excerpts of those reports in several wordings and the look-alikes that must not change."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py


def review(prov: str, body: str) -> str:
    return (f"政府工作报告\n——2026年1月22日在{prov}第十四届人民代表大会第五次会议上\n"
            f"一、2025年工作回顾\n2025年，{body}\n二、2026年工作安排\n"
            "今年全省经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n")


# 1. A bare "持平" right after the name is no change (growth 0); set against another figure it is not
@pytest.mark.parametrize("body,key", [
    ("全区居民消费价格持平，城镇新增就业8.6万人。", ("cpi", "actual", "2025", "growth")),
    ("全省进出口总值5420亿元。居民消费价格持平。", ("cpi", "actual", "2025", "growth")),
    ("全省粮食产量持平，达到438.5亿斤。", ("grain_output", "actual", "2025", "growth")),
    ("全省居民消费价格指数持平。", ("cpi", "actual", "2025", "growth")),
])
def test_bare_flat_is_no_change(body, key):
    assert val(facts(review("江西省", body)), key) == (0, "eq")


@pytest.mark.parametrize("body,ind", [
    ("全省地区生产总值增速与全国持平。", "gdp"),
    ("全省居民消费价格涨幅与全省持平。", "cpi"),
    ("全省固定资产投资增速同全国持平。", "fixed_asset_investment"),
    ("全省地区生产总值增速持平。", "gdp"),
])
def test_flat_against_another_figure_is_no_value(body, ind):
    fs = facts(review("江西省", body))
    assert (ind, "actual", "2025", "growth") not in fs


def test_flat_ratio_is_no_point_moved():
    fs = facts(review("吉林省", "全省城镇登记失业率持平。"))
    assert val(fs, ("registered_unemployment_rate", "actual", "2025", "pp_change")) == (0, "eq")
    assert ("registered_unemployment_rate", "actual", "2025", "share") not in fs


# 2. "微降"/"略降"/"微增" after a level carry on the same figure's clause
@pytest.mark.parametrize("body,ind,level,growth", [
    ("全省进出口总值5420亿元，微降0.6%。", "foreign_trade", 5420, -0.6),
    ("全省社会消费品零售总额1200亿元，略降0.3%。", "retail_sales", 1200, -0.3),
    ("全省一般公共预算收入860亿元，微增0.4%。", "general_budget_revenue", 860, 0.4),
])
def test_slight_change_after_a_level(body, ind, level, growth):
    fs = facts(review("江西省", body))
    assert val(fs, (ind, "actual", "2025", "level")) == (level, "eq")
    assert val(fs, (ind, "actual", "2025", "growth")) == (growth, "eq")


# 3. A cue of last year's target ("高于预期目标", "好于预期") counts in its own clause only
@pytest.mark.parametrize("body", [
    "全区地区生产总值增长5.6%，高于预期目标0.1个百分点，总量达到2.7万亿元。",
    "全区地区生产总值增长5.6%，超出预期目标0.1个百分点，总量达到2.7万亿元。",
])
def test_level_after_a_target_comparison_is_the_result(body):
    fs = facts(review("内蒙古自治区", body))
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.6, "eq")
    assert val(fs, ("gdp", "actual", "2025", "level")) == (2.7, "eq")
    assert ("gdp", "target", "2025", "level") not in fs


def test_better_than_expected_then_the_figure_is_the_result():
    fs = facts(review("湖南省", "全省地区生产总值好于预期，增长5.5%。"))
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.5, "eq")
    assert ("gdp", "target", "2025", "growth") not in fs


def test_rank_after_a_target_comparison_is_the_result():
    fs = facts(review("安徽省", "全市地区生产总值增长6.1%，高于预期目标0.6个百分点，增速居全省第3位。"))
    assert ("gdp", "target", "2025", "rank") not in fs


@pytest.mark.parametrize("body,key,want", [
    # the target in the clause of its own figure stays last year's target
    ("全省居民消费价格上涨1.2%，控制在预期3%以内。", ("cpi", "target", "2025", "growth"), (3, "at_most")),
    ("全省地区生产总值增长4.5%，低于6.5%左右的预期目标。", ("gdp", "target", "2025", "growth"), (6.5, "about")),
    ("全省一般公共预算收入增长5%（预期目标3%）。", ("general_budget_revenue", "target", "2025", "growth"), (3, "eq")),
])
def test_last_years_target_in_its_own_clause_stays(body, key, want):
    assert val(facts(review("湖北省", body)), key) == want


# 4. A count per year (kind count) with 新增 between its name and figure: what was added is the count
@pytest.mark.parametrize("body,key,want", [
    ("农村劳动力转移就业新增26万人，城镇新增就业60.5万人。", ("rural_labor_transfer", "actual", "2025", "level"), (26, "eq")),
    ("全区城镇就业新增5.2万人。", ("urban_new_jobs", "actual", "2025", "level"), (5.2, "eq")),
])
def test_added_count_is_the_years_count(body, key, want):
    assert val(facts(review("贵州省", body)), key) == want


@pytest.mark.parametrize("body,ind", [
    ("全省高新技术企业新增500家。", "high_tech_enterprises"),  # a stock: what was added is no level
    ("全省经营主体新增12万户。", "market_entities"),
])
def test_added_to_a_stock_is_no_level(body, ind):
    assert (ind, "actual", "2025", "level") not in facts(review("贵州省", body))


# 5. 农村牧区居民收入 / 农牧民收入 (西藏, 青海, 内蒙古, 新疆) is the rural income, not a part of the region's income
@pytest.mark.parametrize("body,period,want", [
    ("全体居民人均可支配收入年均增长6.5%，其中农村牧区居民收入年均增长7.8%。", "2021-2025", 7.8),
    ("城镇居民人均可支配收入增长4.3%，农村牧区居民收入增长7.8%。", "2025", 7.8),
    ("农牧民收入增长8.1%。", "2025", 8.1),
])
def test_herding_areas_income_is_rural_income(body, period, want):
    fs = facts(review("青海省", body))
    assert val(fs, ("rural_disposable_income", "actual", period, "growth")) == (want, "eq")
    assert not any(k[0].startswith("other:") and "收入" in k[0] for k in fs)


# 6. The government's own investment is a part of the fixed-asset investment, not the region's
@pytest.mark.parametrize("task", [
    "全年安排市政府固定资产投资1200亿元以上。",
    "全年安排区级政府固定资产投资180亿元。",
])
def test_government_investment_is_no_headline_investment(task):
    fs = facts(review("北京市", "全市固定资产投资增长3%。") + "重点工作：推进重大项目建设，" + task)
    assert ("fixed_asset_investment", "target", "2026", "level") not in fs
    assert val(fs, ("fixed_asset_investment", "actual", "2025", "growth")) == (3, "eq")


def test_whole_investment_restated_in_tasks_stays_a_target():
    fs = facts(review("西藏自治区", "全区固定资产投资增长5.6%。") + "重点工作：全年完成固定资产投资2600亿元以上。")
    assert val(fs, ("fixed_asset_investment", "target", "2026", "level")) == (2600, "at_least")


# 7. The value added named after its firms counted in 万家/万户
@pytest.mark.parametrize("body,want", [
    ("全省规上工业企业达1.85万家、增加值增长7.2%。", 7.2),
    ("全省规模以上工业企业达到1.2万户，实现增加值增长6.1%。", 6.1),
    ("全省规上工业企业达1150家、增加值增长6.5%。", 6.5),
])
def test_value_added_after_the_firms_count(body, want):
    assert val(facts(review("江西省", body)), ("industrial_va", "actual", "2025", "growth")) == (want, "eq")


def test_firms_revenue_is_no_value_added():
    assert ("industrial_va", "actual", "2025", "growth") not in facts(review("江西省", "全省规上工业企业新增1200家、营业收入增长5%。"))


# 8. The five-year plan's own target in a bracket after the result ("年均增长6.1%（规划目标6.5%）"):
# the plan's goal, dated with its span, not the result of the year reviewed
def test_plan_target_in_a_bracket_is_the_plans_goal():
    fs = facts(review("湖北省", "五年来，全省地区生产总值年均增长6.1%（规划目标6.5%），研发经费投入强度达到2.3%（规划目标2.5%）。"))
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (6.1, "eq")
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (6.5, "eq")
    assert ("gdp", "actual", "2025", "growth") not in fs
    assert val(fs, ("rnd_intensity", "actual", "2025", "share")) == (2.3, "eq")
    assert val(fs, ("rnd_intensity", "goal", "2021-2025", "share")) == (2.5, "eq")


def test_plan_target_written_with_its_verb_stays():
    fs = facts(review("湖北省", "全省常住人口城镇化率达到64%（“十四五”规划目标为65%）。"))
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "share")) == (65, "eq")


def test_plan_target_met_names_no_figure():
    fs = facts(review("湖北省", "全省地区生产总值增长5.2%，完成规划目标任务，城镇化率达到62%。"))
    assert val(fs, ("urbanization_rate", "actual", "2025", "share")) == (62, "eq")
    assert not any(k[1] == "goal" for k in fs)


# 9. Years listed before 分别 ("2024年、2025年分别增长5.1%、5.4%"): each value is its year's
@pytest.mark.parametrize("body", [
    "全省地区生产总值2024年、2025年分别增长5.1%、5.4%。",
    "2024年、2025年全省地区生产总值分别增长5.1%、5.4%。",
    "2024年、2025年，地区生产总值分别增长5.1%、5.4%。",
])
def test_years_listed_before_each_value(body):
    fs = facts(review("辽宁省", body))
    assert val(fs, ("gdp", "actual", "2024", "growth")) == (5.1, "eq")
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.4, "eq")


def test_goal_years_listed_before_each_value():
    fs = facts(review("辽宁省", "全省地区生产总值增长5.4%。") + "“十五五”时期，全省常住人口城镇化率到2027年、2030年分别达到66%、70%。")
    assert val(fs, ("urbanization_rate", "goal", "2027", "share")) == (66, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2030", "share")) == (70, "eq")


def test_one_year_before_a_list_of_names_is_no_list_of_years():
    fs = facts(review("辽宁省", "全省地区生产总值、一般公共预算收入2025年分别增长5.4%、3%。"))
    assert val(fs, ("gdp", "actual", "2025", "growth")) == (5.4, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2025", "growth")) == (3, "eq")


# 10. A qualitative target for a share named by its 比例/比率 is a share, not a count of days
@pytest.mark.parametrize("item,measure", [
    ("空气质量优良天数比例达到国家考核要求", "share"),
    ("空气质量优良天数比率完成省下达目标", "share"),
    ("空气质量优良天数保持稳定", "level"),  # the days themselves
])
def test_qualitative_share_named_by_its_ratio(item, measure):
    fs = facts(review("四川省", "全省地区生产总值增长5.4%。") + f"今年还要做到：地区生产总值增长5.5%左右，{item}。")
    keys = [k for k in fs if k[0] == "good_air_days" and k[1] == "target"]
    assert keys == [("good_air_days", "target", "2026", measure)]
    assert fs[keys[0]].qualifier == "qualitative"


def test_plan_target_in_a_clause_of_its_own_after_the_result():
    fs = facts(review("湖南省", "“十四五”规划确定的主要指标完成良好：森林覆盖率达到40%，规划目标39%；常住人口城镇化率达到62%，规划目标为63%。"))
    assert val(fs, ("forest_coverage", "actual", "2025", "share")) == (40, "eq")
    assert val(fs, ("forest_coverage", "goal", "2021-2025", "share")) == (39, "eq")
    assert val(fs, ("urbanization_rate", "goal", "2021-2025", "share")) == (63, "eq")


def test_gap_to_the_plan_target_is_no_figure():
    fs = facts(review("湖南省", "五年来，全省森林覆盖率达到40%，高于规划目标1个百分点，地区生产总值年均增长5.6%。"))
    assert not any(k[1] == "goal" for k in fs)
    assert val(fs, ("gdp", "actual", "2021-2025", "growth")) == (5.6, "eq")
