"""Targets restated in pairs and several indicators revised together (branch pairs7): the results of a
list of names after 分别 and, in the next clause, the targets set for them one each ("，年初预期分别为8.5%和
9.5%", "（原计划分别为7%、5%）", "，年初目标分别为10%和8%", "，分别高于年初预期的5.5%和6%"); with the
look-alikes that must not change (a gap in points names no target, a 分别 list of this year's targets, changes
on last year, two kinds of values for one pair)."""
from __future__ import annotations

import pytest

from factkeys import facts, val


def gov(year: int, lvl: str, review: str, plan: str | None = None) -> str:
    plan = plan if plan is not None else f"今年全{lvl}经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
    return (f"政府工作报告\n——{year}年1月12日在某某{lvl}第十六届人民代表大会第三次会议上\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n\n{review}\n\n二、{year}年工作安排\n\n{plan}\n")


def plan_report(year: int, review: str) -> str:
    return (f"关于{year - 1}年国民经济和社会发展计划执行情况与{year}年国民经济和社会发展计划草案的报告\n\n"
            f"一、{year - 1}年国民经济和社会发展计划执行情况\n\n{review}\n\n二、{year}年经济社会发展的主要目标\n\n"
            "地区生产总值增长6%左右。\n")


U, RU, G, GBR, FAI, IVA, RS = ("urban_disposable_income", "rural_disposable_income", "gdp", "general_budget_revenue",
                               "fixed_asset_investment", "industrial_va", "retail_sales")


# 1. results after 分别, then the targets set for them after a plan word and 分别, one each, in order
@pytest.mark.parametrize("doc,year,a,b,results,targets", [
    (gov(2019, "区", "全区城镇和农村常住居民人均可支配收入分别增长8.1%和9.2%，年初预期分别为8%和9%。"), 2019, U, RU,
     (8.1, 9.2), ((8, "eq"), (9, "eq"))),
    (gov(2017, "县", "城镇、农村居民人均可支配收入分别增长8.6%和9.1%，年初预期分别为9%和10%。"), 2017, U, RU,
     (8.6, 9.1), ((9, "eq"), (10, "eq"))),
    (gov(2024, "市", "全市地区生产总值、一般公共预算收入分别增长5.6%、6.2%（原计划分别为6%、5%）。"), 2024, G, GBR,
     (5.6, 6.2), ((6, "eq"), (5, "eq"))),
    (gov(2020, "州", "全州固定资产投资、社会消费品零售总额分别增长11.2%和9.6%，年初目标分别为12%和9%。"), 2020, FAI, RS,
     (11.2, 9.6), ((12, "eq"), (9, "eq"))),
    (plan_report(2025, "规模以上工业增加值、固定资产投资分别增长6.8%、4.1%，年初预期分别为7%左右、5%左右。"), 2025, IVA, FAI,
     (6.8, 4.1), ((7, "about"), (5, "about"))),
    (gov(2023, "县", "全县地区生产总值和一般公共预算收入分别增长4.8%、7.3%，分别高于年初预期的4.5%和6%。"), 2023, G, GBR,
     (4.8, 7.3), ((4.5, "eq"), (6, "eq"))),
])
def test_targets_restated_after_results_one_each(doc, year, a, b, results, targets):
    fs = facts(doc, report_year=year)
    p = str(year - 1)
    assert val(fs, (a, "actual", p, "growth")) == (results[0], "eq")
    assert val(fs, (b, "actual", p, "growth")) == (results[1], "eq")
    assert val(fs, (a, "target", p, "growth")) == targets[0]
    assert val(fs, (b, "target", p, "growth")) == targets[1]


def test_budget_set_at_the_years_start_after_two_amounts():
    fs = facts(gov(2022, "县", "全县一般公共预算收入和税收收入分别完成12.6亿元、9.1亿元，年初预算分别为12亿元和8.8亿元。"),
               report_year=2022)
    assert val(fs, (GBR, "actual", "2021", "level")) == (12.6, "eq")
    assert val(fs, (GBR, "target", "2021", "level")) == (12, "eq")


# look-alikes: a gap in points names no target (the target is not written: no guess), nor is it a change;
# a comparison with something that is no target; targets met in words; this year's 分别 list stays targets
@pytest.mark.parametrize("review,year,ids", [
    ("全市进出口总额、实际利用外资分别增长5.1%、3.2%，分别低于预期目标1.9和0.8个百分点。", 2024, ("foreign_trade", "fdi")),
    ("全县生产总值、固定资产投资分别增长8.2%、15.6%，比预期目标分别高0.2个、0.6个百分点。", 2017, (G, FAI)),
    ("城镇和农村居民人均可支配收入分别增长6.1%和7.8%，分别高于全省平均水平的5.5%和6%。", 2024, (U, RU)),
    ("规上工业增加值和固定资产投资增速分别为6.5%、8%，均完成年度目标。", 2024, (IVA, FAI)),
    ("城乡居民人均可支配收入分别增长6.5%、8.2%，分别完成年度目标的100.8%、102.5%。", 2024, (U, RU)),
])
def test_no_target_where_none_is_written(review, year, ids):
    fs = facts(gov(year, "市", review), report_year=year)
    p = str(year - 1)
    for i in ids:
        assert (i, "actual", p, "growth") in fs
        assert (i, "target", p, "growth") not in fs
        assert (i, "actual", p, "pp_change") not in fs


def test_this_years_list_after_the_review_stays_targets():
    doc = gov(2024, "市", "全市地区生产总值增长5.2%。",
              "今年主要预期目标是：地区生产总值、一般公共预算收入分别增长6%左右、5%左右；城镇和农村居民人均可支配收入"
              "分别增长6%和7.5%，年初预期分别与经济增长同步。\n")
    fs = facts(doc, report_year=2024)
    assert val(fs, (G, "target", "2024", "growth")) == (6, "about")
    assert val(fs, (GBR, "target", "2024", "growth")) == (5, "about")
    assert val(fs, (U, "target", "2024", "growth")) == (6, "eq")
    assert val(fs, (RU, "target", "2024", "growth")) == (7.5, "eq")


def test_two_kinds_of_values_for_a_pair_are_no_plans():
    fs = facts(gov(2024, "县", "城、乡居民人均可支配收入分别为3.2万元、1.6万元，增长5.8%、7.4%。"), report_year=2024)
    assert val(fs, (U, "actual", "2023", "level")) == (3.2, "eq")
    assert val(fs, (RU, "actual", "2023", "level")) == (1.6, "eq")
    assert val(fs, (U, "actual", "2023", "growth")) == (5.8, "eq")
    assert val(fs, (RU, "actual", "2023", "growth")) == (7.4, "eq")
    assert not any(k[1] == "target" and k[2] == "2023" for k in fs)


# 2. the figures set for several names revised together in the next clause: the revised ones are the targets
# (docs/decisions.md: a revised target is the revised figure), a result after them stays the result
@pytest.mark.parametrize("review,year,a,b,targets,results", [
    ("全市地区生产总值、固定资产投资年初预期分别增长7%、10%，年中分别调整为4%、5%。", 2021, G, FAI,
     ((4, "eq"), (5, "eq")), None),
    ("全县一般公共预算收入、税收收入年初预期分别增长6%和7%，8月份分别调整为下降3%和下降4%。", 2021, GBR, "-",
     ((-3, "eq"), None), None),
    ("全州规模以上工业增加值、社会消费品零售总额年初计划分别增长8%、9%，受疫情影响，年中调整为3%和2%，"
     "实际分别增长3.4%、1.2%。", 2021, IVA, RS, ((3, "eq"), (2, "eq")), (3.4, 1.2)),
    ("全区地区生产总值、一般公共预算收入年初预期分别增长7.5%左右和7%，经区人大常委会批准分别调整为5%左右和3%。", 2020, G, GBR,
     ((5, "about"), (3, "eq")), None),
])
def test_several_targets_revised_together(review, year, a, b, targets, results):
    fs = facts(gov(year, "市", review), report_year=year)
    p = str(year - 1)
    assert val(fs, (a, "target", p, "growth")) == targets[0]
    if targets[1] is not None:
        assert val(fs, (b, "target", p, "growth")) == targets[1]
    if results is not None:
        assert val(fs, (a, "actual", p, "growth")) == (results[0], "eq")
        assert val(fs, (b, "actual", p, "growth")) == (results[1], "eq")
    else:
        assert (a, "actual", p, "growth") not in fs


def test_targets_set_then_results_after_a_reason():
    fs = facts(gov(2021, "县", "全县地区生产总值、固定资产投资年初预期分别增长7%、10%，受疫情冲击，实际分别增长2.1%、3.5%。"),
               report_year=2021)
    assert val(fs, (G, "target", "2020", "growth")) == (7, "eq")
    assert val(fs, (FAI, "target", "2020", "growth")) == (10, "eq")
    assert val(fs, (G, "actual", "2020", "growth")) == (2.1, "eq")
    assert val(fs, (FAI, "actual", "2020", "growth")) == (3.5, "eq")


# look-alikes: targets revised to words leave no figure; results (no set word) are not revised; a structure
# "调整为" is no revision of the figures
@pytest.mark.parametrize("review,absent,present", [
    ("全市地区生产总值、固定资产投资年初预期分别增长7%、10%，年中调整为“保持经济平稳运行”，实际分别增长2.1%、3.5%。",
     [(G, "target", "2020", "growth"), (FAI, "target", "2020", "growth")],
     {(G, "actual", "2020", "growth"): (2.1, "eq"), (FAI, "actual", "2020", "growth"): (3.5, "eq")}),
    ("全市地区生产总值、固定资产投资分别增长7%、10%，三次产业结构调整为8:42:50。",
     [(G, "target", "2020", "growth"), (FAI, "target", "2020", "growth")],
     {(G, "actual", "2020", "growth"): (7, "eq"), (FAI, "actual", "2020", "growth"): (10, "eq")}),
    ("全市一般公共预算收入和税收收入分别完成120亿元和90亿元，年中分别调整为115亿元和88亿元。",
     [(GBR, "target", "2020", "level")], {(GBR, "actual", "2020", "level"): (120, "eq")}),
])
def test_revisions_look_alikes(review, absent, present):
    fs = facts(gov(2021, "市", review), report_year=2021)
    for key in absent:
        assert key not in fs
    for key, v in present.items():
        assert val(fs, key) == v


# 3. the targets compared with after a pair's results ("与年初预期的6.5%、7%相比分别低2.4和1.4个百分点"): the
# targets one each, the gaps no one's; changes in points listed with the first's 个 short for 个百分点
def test_targets_compared_with_after_a_pairs_results():
    fs = facts(plan_report(2023, "全市地区生产总值、规模以上工业增加值分别增长4.1%、5.6%，与年初预期的6.5%、7%相比"
                                 "分别低2.4和1.4个百分点。"), report_year=2023)
    assert val(fs, (G, "actual", "2022", "growth")) == (4.1, "eq")
    assert val(fs, (IVA, "actual", "2022", "growth")) == (5.6, "eq")
    assert val(fs, (G, "target", "2022", "growth")) == (6.5, "eq")
    assert val(fs, (IVA, "target", "2022", "growth")) == (7, "eq")
    assert (G, "actual", "2022", "pp_change") not in fs and (IVA, "actual", "2022", "pp_change") not in fs


def test_target_compared_with_one_name():
    fs = facts(plan_report(2023, "全市地区生产总值增长4.1%，与年初预期的6.5%相比低2.4个百分点。"), report_year=2023)
    assert val(fs, (G, "target", "2022", "growth")) == (6.5, "eq")
    assert (G, "actual", "2022", "pp_change") not in fs


@pytest.mark.parametrize("review", [
    "全市地区生产总值、规模以上工业增加值分别增长4.1%、5.6%，与全省平均水平的3.5%、4%相比分别高0.6和1.6个百分点。",
    "全市地区生产总值、规模以上工业增加值分别增长4.1%、5.6%，与上年的6.5%、7%相比分别回落2.4和1.4个百分点。",
])
def test_other_figures_compared_with_are_no_targets(review):
    fs = facts(plan_report(2023, review), report_year=2023)
    assert val(fs, (G, "actual", "2022", "growth")) == (4.1, "eq")
    assert not any(k[1] == "target" and k[2] == "2022" for k in fs)


@pytest.mark.parametrize("review,a,b,values", [
    ("全省常住人口城镇化率、研发经费投入强度分别比上年提高1.2个和0.3个百分点。", "urbanization_rate", "rnd_intensity", (1.2, 0.3)),
    ("全市城镇化率、森林覆盖率分别提高0.8个、0.5个百分点。", "urbanization_rate", "forest_coverage", (0.8, 0.5)),
])
def test_points_listed_with_a_short_first(review, a, b, values):
    fs = facts(gov(2024, "市", review), report_year=2024)
    assert val(fs, (a, "actual", "2023", "pp_change")) == (values[0], "eq")
    assert val(fs, (b, "actual", "2023", "pp_change")) == (values[1], "eq")


def test_counts_in_a_list_stay_counts():
    fs = facts(gov(2024, "市", "全市常住人口城镇化率提高1.1个百分点，新增省级开发区2个、国家级园区1个。"), report_year=2024)
    assert val(fs, ("urbanization_rate", "actual", "2023", "pp_change")) == (1.1, "eq")
    assert len([k for k in fs if k[3] == "pp_change"]) == 1


# 4. a pair with levels and changes, then the targets of the changes; targets bounded with 控制在…以内; one
# target for both (均高于6%的年初预期目标)
def test_targets_after_a_pairs_levels_and_changes():
    fs = facts(gov(2024, "县", "全县城镇、农村居民人均可支配收入分别达到4.2万元和2.3万元，分别增长5.1%和7.0%，"
                               "年初预期分别为增长6%和8%。"), report_year=2024)
    assert val(fs, (U, "actual", "2023", "level")) == (4.2, "eq")
    assert val(fs, (RU, "actual", "2023", "level")) == (2.3, "eq")
    assert val(fs, (U, "actual", "2023", "growth")) == (5.1, "eq")
    assert val(fs, (RU, "actual", "2023", "growth")) == (7.0, "eq")
    assert val(fs, (U, "target", "2023", "growth")) == (6, "eq")
    assert val(fs, (RU, "target", "2023", "growth")) == (8, "eq")
    assert (U, "target", "2023", "level") not in fs


def test_targets_bounded_after_a_pair():
    fs = facts(gov(2019, "市", "居民消费价格涨幅和城镇登记失业率分别为2.1%和3.2%，分别控制在年初预期的3%和4.5%以内。"),
               report_year=2019)
    assert val(fs, ("cpi", "actual", "2018", "growth")) == (2.1, "eq")
    assert val(fs, ("registered_unemployment_rate", "actual", "2018", "share")) == (3.2, "eq")
    assert val(fs, ("cpi", "target", "2018", "growth")) == (3, "at_most")
    assert val(fs, ("registered_unemployment_rate", "target", "2018", "share")) == (4.5, "at_most")


def test_one_target_for_both_of_a_pair():
    fs = facts(gov(2024, "区", "城镇和农村居民人均可支配收入分别增长6.2%、7.5%，均高于6%的年初预期目标。"), report_year=2024)
    assert val(fs, (U, "target", "2023", "growth")) == (6, "eq")
    assert val(fs, (RU, "target", "2023", "growth")) == (6, "eq")
    assert val(fs, (RU, "actual", "2023", "growth")) == (7.5, "eq")


@pytest.mark.parametrize("review", [
    "城镇和农村居民人均可支配收入分别增长6.2%、7.5%，均高于6%的规划目标。",
    "城镇和农村居民人均可支配收入分别增长6.2%、7.5%，均高于全省平均水平。",
    "城镇和农村居民人均可支配收入分别增长6.2%、7.5%，均完成年度目标。",
])
def test_no_target_for_both_where_none_of_the_years_is_written(review):
    fs = facts(gov(2024, "区", review), report_year=2024)
    assert val(fs, (RU, "actual", "2023", "growth")) == (7.5, "eq")
    assert not any(k[1] == "target" and k[2] == "2023" for k in fs)


# 5. budgets revised in the year reviewed (预算调整为, 预算分别调整为): the revised figures are the year's targets
# (docs/decisions.md); a result after them stays the result
@pytest.mark.parametrize("review,targets,actual", [
    ("经市人大常委会批准，一般公共预算收入和支出预算分别调整为120亿元和260亿元。",
     {(GBR, "target", "2020", "level"): (120, "eq"), ("general_budget_expenditure", "target", "2020", "level"): (260, "eq")}, None),
    ("经县人大常委会批准，全县一般公共预算收入预算调整为12.6亿元，实际完成12.8亿元。",
     {(GBR, "target", "2020", "level"): (12.6, "eq")}, ((GBR, "actual", "2020", "level"), (12.8, "eq"))),
])
def test_budgets_revised_in_the_year_reviewed(review, targets, actual):
    fs = facts(gov(2021, "市", review), report_year=2021)
    for key, v in targets.items():
        assert val(fs, key) == v
    if actual is not None:
        assert val(fs, actual[0]) == actual[1]
    else:
        assert (GBR, "actual", "2020", "level") not in fs


def test_a_budget_reform_is_no_revised_figure():
    fs = facts(gov(2021, "市", "全市一般公共预算收入完成120亿元，下降2.1%，部门预算调整为零基预算。"), report_year=2021)
    assert val(fs, (GBR, "actual", "2020", "level")) == (120, "eq")
    assert not any(k[1] == "target" and k[2] == "2020" for k in fs)


# 6. the targets named after their figures: "分别低于5.5%左右、3%左右的预期目标"
def test_targets_named_after_their_figures_one_each():
    fs = facts(gov(2024, "市", "城镇调查失业率、居民消费价格涨幅分别为5.2%、0.2%，分别低于5.5%左右、3%左右的预期目标。"),
               report_year=2024)
    assert val(fs, ("urban_unemployment_rate", "actual", "2023", "share")) == (5.2, "eq")
    assert val(fs, ("cpi", "actual", "2023", "growth")) == (0.2, "eq")
    assert val(fs, ("urban_unemployment_rate", "target", "2023", "share")) == (5.5, "about")
    assert val(fs, ("cpi", "target", "2023", "growth")) == (3, "about")


@pytest.mark.parametrize("review", [
    "城镇调查失业率、居民消费价格涨幅分别为5.2%、0.2%，分别低于5.5%、3%的全国平均水平。",
    "城镇和农村居民人均可支配收入分别增长6.2%、7.5%，分别高于5.1%、6.3%的规划目标。",
])
def test_figures_compared_with_no_years_target(review):
    fs = facts(gov(2024, "市", review), report_year=2024)
    assert not any(k[1] == "target" and k[2] == "2023" for k in fs)


# self-review look-alikes: one figure revised for two names is no pair of revisions (the ones first set stay);
# a part of the year before a reason; lengths of road planned are no indicator's; a plan report's items
def test_one_revised_figure_for_two_names_revises_neither():
    fs = facts(gov(2021, "市", "全市地区生产总值、固定资产投资年初预期分别增长7%、10%，年中调整为3%，实际分别增长2.1%、3.5%。"),
               report_year=2021)
    assert val(fs, (G, "target", "2020", "growth")) == (7, "eq")
    assert val(fs, (FAI, "target", "2020", "growth")) == (10, "eq")


@pytest.mark.parametrize("review", [
    "全市地区生产总值、固定资产投资一季度分别下降6%、10%，受疫情影响，上半年分别下降2.1%、3.5%。",
    "全市新建、改造农村公路分别为120公里、80公里（原计划分别为100公里、60公里）。",
    "全市城镇和农村居民人均可支配收入分别增长8%和9%，年初分别为3.2万元和1.5万元的居民占比有所提高。",
])
def test_no_target_of_the_year_reviewed_from_look_alikes(review):
    fs = facts(gov(2021, "市", review), report_year=2021)
    assert not any(k[1] == "target" and k[2] == "2020" for k in fs)


def test_a_decembers_plan_report_restates_the_years_targets_after_its_estimates():
    doc = ("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2023年12月26日在市第十六届人民代表大会"
           "常务委员会第十次会议上\n\n一、2023年计划执行情况\n\n预计全年地区生产总值、一般公共预算收入分别增长6.2%、5.1%，"
           "年初预期分别为6.5%、5%。\n\n二、2024年经济社会发展的主要目标\n\n地区生产总值增长6%左右。\n")
    fs = facts(doc, report_year=2024)
    assert val(fs, (G, "target", "2023", "growth")) == (6.5, "eq")
    assert val(fs, (GBR, "target", "2023", "growth")) == (5, "eq")
    assert val(fs, (G, "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, (G, "target", "2024", "growth")) == (6, "about")


# 7. a pair of ratios, then each one's change in points: one change each; a growth rate's change in points, and
# gaps with a target or an average, stay no facts
@pytest.mark.parametrize("review,ids,changes", [
    ("全市森林覆盖率、城镇化率分别为45.2%、58.3%，分别提高0.5个、1.2个百分点。", ("forest_coverage", "urbanization_rate"), (0.5, 1.2)),
    ("城镇调查失业率、城镇登记失业率分别为5.1%、3.2%，分别比上年下降0.3、0.2个百分点。",
     ("urban_unemployment_rate", "registered_unemployment_rate"), (-0.3, -0.2)),
])
def test_changes_of_a_pair_of_ratios(review, ids, changes):
    fs = facts(gov(2024, "市", review), report_year=2024)
    for i, c in zip(ids, changes):
        assert val(fs, (i, "actual", "2023", "pp_change")) == (c, "eq")


@pytest.mark.parametrize("review", [
    "规模以上工业增加值、固定资产投资分别增长8%、10%，增速分别比上年提高1.2、0.8个百分点。",
    "城镇调查失业率、城镇登记失业率分别为5.1%、3.2%，分别低于控制目标0.4、1.3个百分点。",
    "城镇化率、森林覆盖率分别达到58.3%、45.2%，分别高于全省平均水平2.1和5.6个百分点。",
])
def test_points_that_are_no_pairs_changes(review):
    fs = facts(gov(2024, "市", review), report_year=2024)
    assert not any(k[3] == "pp_change" for k in fs)


def test_targets_first_set_restated_with_a_direction_and_a_qualifier():
    fs = facts(gov(2024, "市", "全市地区生产总值、一般公共预算收入分别增长5.2%、6%，原定目标分别为增长6%左右和5%，均超额完成。"),
               report_year=2024)
    assert val(fs, (G, "actual", "2023", "growth")) == (5.2, "eq")
    assert val(fs, (G, "target", "2023", "growth")) == (6, "about")
    assert val(fs, (GBR, "target", "2023", "growth")) == (5, "eq")
