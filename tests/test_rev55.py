"""Reviews that set last year's results against last year's targets (rev55, decision 449): a target set and its result
joined by 、 ("预期增长7.5%、实际增长4.2%"), a second name's own 预期 in a sentence of pairs ("…，一般公共预算收入预期增长6%，
实际增长6.6%"), a level above's target cited before the region's own result ("全国经济增长目标为6%，我市地区生产总值增长
7.2%"); and a probe of 48 one- or two-sentence review wordings (the gap to the target no fact, 完成年度目标的…% no growth,
revised targets, 分别完成…目标的…%, a table of 目标/完成 columns, this year's targets and a five-year review beside them).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from factkeys import keys_of, read

H = ("政府工作报告\n——2021年1月12日在浏阳市第十七届人民代表大会第六次会议上\n浏阳市人民政府市长\n\n一、2020年工作回顾\n\n")
A, T = "actual", "target"
G, L, S = "growth", "level", "share"

PROBES = [
 ("全市地区生产总值增长7.1%，高于预期目标0.6个百分点。", {("gdp",A,"2020",G):7.1}, [("gdp",T,"2020",G)]),
 ("一般公共预算收入完成38.6亿元，完成年度目标的102%。", {("general_budget_revenue",A,"2020",L):38.6}, [("general_budget_revenue",A,"2020",G),("general_budget_revenue",T,"2020",G)]),
 ("地区生产总值预期目标增长8%，实际增长6.9%。", {("gdp",T,"2020",G):8,("gdp",A,"2020",G):6.9}, []),
 ("规模以上工业增加值、固定资产投资分别增长8.2%、10.1%，分别完成年初确定目标的101.2%、98.5%。", {("industrial_va",A,"2020",G):8.2,("fixed_asset_investment",A,"2020",G):10.1}, [("industrial_va",T,"2020",G),("fixed_asset_investment",T,"2020",G)]),
 ("固定资产投资增长12%，超额完成长沙市下达的目标任务。", {("fixed_asset_investment",A,"2020",G):12}, [("fixed_asset_investment",T,"2020",G)]),
 ("除外贸进出口外，主要指标均完成年度目标。", {}, [("foreign_trade",A,"2020",G)]),
 ("规模以上工业增加值增长6.9%，与年初目标相比低1.1个百分点。", {("industrial_va",A,"2020",G):6.9}, [("industrial_va",T,"2020",G),("industrial_va",A,"2020","pp_change")]),
 ("地区生产总值预期增长8%，年中调整为6.5%，实际增长6.1%。", {("gdp",T,"2020",G):6.5,("gdp",A,"2020",G):6.1}, []),
 ("地区生产总值增长8%的预期目标调整为6.5%，全年实际增长6.8%。", {("gdp",T,"2020",G):6.5,("gdp",A,"2020",G):6.8}, []),
 ("全年地区生产总值增长7.5%，今年预期目标定为7%左右。", {("gdp",A,"2020",G):7.5,("gdp",T,"2021",G):7}, [("gdp",T,"2020",G)]),
 ("地区生产总值增长3.5%，好于年初预期的3%。", {("gdp",A,"2020",G):3.5,("gdp",T,"2020",G):3}, []),
 ("城镇调查失业率5.2%，控制在5.5%的预期目标以内。", {("urban_unemployment_rate",A,"2020",S):5.2,("urban_unemployment_rate",T,"2020",S):5.5}, []),
 ("居民消费价格上涨2.5%，低于3.5%左右的预期目标。", {("cpi",A,"2020",G):2.5,("cpi",T,"2020",G):3.5}, []),
 ("一般公共预算收入增长5.2%，比预期目标高0.2个百分点。", {("general_budget_revenue",A,"2020",G):5.2}, [("general_budget_revenue",T,"2020",G)]),
 ("城乡居民人均可支配收入分别增长6.1%、8.2%，均完成年度目标。", {("urban_disposable_income",A,"2020",G):6.1,("rural_disposable_income",A,"2020",G):8.2}, []),
 ("地区生产总值完成年度计划的98.6%。", {}, [("gdp",A,"2020",G),("gdp",T,"2020",G),("gdp",A,"2020",S)]),
 ("固定资产投资完成年度目标的105%，增长9.2%。", {("fixed_asset_investment",A,"2020",G):9.2}, [("fixed_asset_investment",A,"2020",S),("fixed_asset_investment",T,"2020",G)]),
 ("社会消费品零售总额完成年度目标任务的96%，下降2.1%。", {("retail_sales",A,"2020",G):-2.1}, [("retail_sales",T,"2020",G)]),
 ("城镇新增就业1.2万人，为年度目标的120%。", {("urban_new_jobs",A,"2020",L):1.2}, [("urban_new_jobs",T,"2020",L)]),
 ("城镇新增就业1.2万人，超额完成1万人的年度目标。", {("urban_new_jobs",A,"2020",L):1.2,("urban_new_jobs",T,"2020",L):1}, []),
 ("全年实现地区生产总值512.3亿元，增长4.1%，比年初预期目标低3.9个百分点。", {("gdp",A,"2020",L):512.3,("gdp",A,"2020",G):4.1}, [("gdp",T,"2020",G)]),
 ("全国经济增长预期目标为6%—6.5%，我市地区生产总值增长7.2%。", {("gdp",A,"2020",G):7.2}, [("gdp",T,"2020",G)]),
 ("表1　2020年主要指标完成情况\n指标\t年度目标\t完成\n地区生产总值增长（%）\t7\t4.1\n一般公共预算收入增长（%）\t6\t6.3\n", {("gdp",T,"2020",G):7,("gdp",A,"2020",G):4.1,("general_budget_revenue",T,"2020",G):6,("general_budget_revenue",A,"2020",G):6.3}, []),
 ("指标名称            年初目标    实际完成\n地区生产总值增长（%）    7.5       6.3\n", {("gdp",T,"2020",G):7.5,("gdp",A,"2020",G):6.3}, []),
 ("“十三五”时期，地区生产总值年均增长7.3%，完成规划目标。", {("gdp",A,"2016-2020",G):7.3}, [("gdp",A,"2020",G)]),
 ("五年累计完成固定资产投资1520亿元，超额完成规划目标。", {("fixed_asset_investment",A,"2016-2020",L):1520}, [("fixed_asset_investment",A,"2020",L)]),
 ("一般公共预算收入年初预算增长6%，实际增长6.5%。", {("general_budget_revenue",T,"2020",G):6,("general_budget_revenue",A,"2020",G):6.5}, []),
 ("年初计划地区生产总值增长7.5%，实际增长7.7%。", {("gdp",T,"2020",G):7.5,("gdp",A,"2020",G):7.7}, []),
 ("地区生产总值增长7.7%，超过年初确定的7.5%的目标。", {("gdp",T,"2020",G):7.5,("gdp",A,"2020",G):7.7}, []),
 ("地区生产总值增长6.2%，完成年度目标。", {("gdp",A,"2020",G):6.2}, [("gdp",T,"2020",G)]),
 ("规模以上工业增加值增长5.8%，未完成年度目标。", {("industrial_va",A,"2020",G):5.8}, [("industrial_va",T,"2020",G)]),
 ("地区生产总值增长6.1%，低于7%的预期目标0.9个百分点。", {("gdp",T,"2020",G):7,("gdp",A,"2020",G):6.1}, []),
 ("固定资产投资增长10.2%，高出年初目标2.2个百分点；社会消费品零售总额增长9.1%，与年初目标持平。", {("fixed_asset_investment",A,"2020",G):10.2,("retail_sales",A,"2020",G):9.1}, [("fixed_asset_investment",T,"2020",G),("retail_sales",T,"2020",G)]),
 ("一般公共预算收入42.3亿元，同比增长7.1%，完成调整后预算的100.3%。", {("general_budget_revenue",A,"2020",L):42.3,("general_budget_revenue",A,"2020",G):7.1}, [("general_budget_revenue",T,"2020",G)]),
 ("地区生产总值增长目标由7.5%下调至6%，全年实际增长5.7%。", {("gdp",T,"2020",G):6,("gdp",A,"2020",G):5.7}, []),
 ("今年地区生产总值增长目标确定为6%以上，与去年实际增速相当。", {("gdp",T,"2021",G):6}, [("gdp",T,"2020",G)]),
 ("去年确定的地区生产总值增长7%的目标顺利实现，实际增长7.3%。", {("gdp",T,"2020",G):7,("gdp",A,"2020",G):7.3}, []),
 ("地区生产总值、一般公共预算收入、固定资产投资分别完成年度目标的101.5%、99.2%和103.1%。", {}, [("gdp",A,"2020",G),("general_budget_revenue",A,"2020",G),("fixed_asset_investment",A,"2020",G),("gdp",T,"2020",G)]),
 ("一般公共预算收入完成年度预算的102.6%，增长8.5%。", {("general_budget_revenue",A,"2020",G):8.5}, [("general_budget_revenue",T,"2020",G)]),
 ("城镇和农村居民人均可支配收入分别完成年度目标的100.8%、101.3%。", {}, [("urban_disposable_income",A,"2020",G),("rural_disposable_income",A,"2020",G)]),
 ("城镇登记失业率3.1%，低于4.5%的控制目标。", {("registered_unemployment_rate",A,"2020",S):3.1,("registered_unemployment_rate",T,"2020",S):4.5}, []),
 ("地区生产总值增长7.1%，比省定目标高0.6个百分点，比长沙市定目标高0.1个百分点。", {("gdp",A,"2020",G):7.1}, [("gdp",T,"2020",G)]),
 ("全年地区生产总值增长6.8%（年初目标7%）。", {("gdp",A,"2020",G):6.8,("gdp",T,"2020",G):7}, []),
 ("受疫情影响，经市人大常委会批准，地区生产总值增长目标调整为3%，全年实际增长3.6%。", {("gdp",T,"2020",G):3,("gdp",A,"2020",G):3.6}, []),
 ("去年地区生产总值增长7.3%，完成年度目标；今年地区生产总值预期增长7%左右。", {("gdp",A,"2020",G):7.3,("gdp",T,"2021",G):7}, [("gdp",T,"2020",G)]),
 ("规模以上工业增加值增长4.6%，完成年度目标的76.7%。", {("industrial_va",A,"2020",G):4.6}, [("industrial_va",T,"2020",G),("industrial_va",A,"2020",S)]),
 ("地区生产总值、规模以上工业增加值分别增长4.1%、5.2%，分别低于年初目标2.9个和2.8个百分点。", {("gdp",A,"2020",G):4.1,("industrial_va",A,"2020",G):5.2}, [("gdp",T,"2020",G),("industrial_va",T,"2020",G)]),
 ("地区生产总值增长4.1%，与年初目标相比低2.9个百分点，规模以上工业增加值增长5.2%，与年初目标相比低2.8个百分点。", {("gdp",A,"2020",G):4.1,("industrial_va",A,"2020",G):5.2}, [("gdp",T,"2020",G),("industrial_va",T,"2020",G)]),
]


def _kv(sentence: str) -> dict:
    return {k: (f.value, f.qualifier) for k, f in keys_of(read(H + sentence + "\n")).items()}


@pytest.mark.parametrize("sentence,want,absent", PROBES, ids=[p[0][:24] for p in PROBES])
def test_review_wording(sentence, want, absent):
    kv = _kv(sentence)
    assert {k: kv.get(k, (None,))[0] for k in want} == want
    assert not [k for k in absent if k in kv]


# --- (1) a target and its result joined by 、 ---

def test_plan_and_result_joined_by_dunhao():
    kv = _kv("地区生产总值预期增长7.5%、实际增长4.2%。")
    assert kv.get(("gdp", T, "2020", G)) == (7.5, "eq")
    assert kv.get(("gdp", A, "2020", G)) == (4.2, "eq")


def test_another_noun_after_dunhao_keeps_its_own_figure():
    # (实际使用外资 is a name of its own: the 、 before it opens another noun's figure, not a result's words)
    kv = _kv("高新技术企业超过1000家、实际使用外资达到3亿美元。")
    assert kv[("high_tech_enterprises", A, "2020", L)] == (1000, "at_least") and kv[("fdi", A, "2020", L)] == (3, "eq")


def test_dunhao_in_a_list_of_results_stays_results():
    # (no 实际 after the 、: a list of results, each its own name's)
    kv = _kv("地区生产总值、一般公共预算收入分别增长4.1%、6.3%。")
    assert kv[("gdp", A, "2020", G)] == (4.1, "eq") and kv[("general_budget_revenue", A, "2020", G)] == (6.3, "eq")
    assert ("gdp", T, "2020", G) not in kv


# --- (2) the second name's own 预期 in a sentence of pairs ---

@pytest.mark.parametrize("second,name", [
    ("一般公共预算收入预期增长6%，实际增长6.6%", "general_budget_revenue"),
    ("规模以上工业增加值计划增长6%，实际增长6.6%", "industrial_va"),
    ("固定资产投资年初计划增长6%，全年实际增长6.6%", "fixed_asset_investment"),
])
def test_second_pair_sets_its_own_target(second, name):
    kv = _kv("地区生产总值预期增长7.5%，实际增长4.2%，" + second + "。")
    assert kv[("gdp", T, "2020", G)] == (7.5, "eq") and kv[("gdp", A, "2020", G)] == (4.2, "eq")
    assert kv[(name, T, "2020", G)] == (6, "eq")
    assert kv[(name, A, "2020", G)] == (6.6, "eq")


def test_second_name_with_no_setting_word_is_a_result():
    kv = _kv("地区生产总值预期增长7.5%，实际增长4.2%，一般公共预算收入增长6.6%。")
    assert kv[("general_budget_revenue", A, "2020", G)] == (6.6, "eq")
    assert ("general_budget_revenue", T, "2020", G) not in kv


# --- (3) a level above's target cited, then the region's own result ---

@pytest.mark.parametrize("above", ["全国经济增长目标为6%", "全国目标为6%", "全省目标为增长6%", "全省地区生产总值增长目标为6%",
                                   "全国经济增长预期目标为6%—6.5%", "市里确定的目标为增长6.5%左右", "国家确定的预期目标为6%左右"])
def test_above_target_then_own_result(above):
    kv = _kv(above + "，我市地区生产总值增长7.2%。")
    assert kv.get(("gdp", A, "2020", G)) == (7.2, "eq")
    assert ("gdp", T, "2020", G) not in kv and ("gdp", T, "2021", G) not in kv


def test_above_target_then_own_target_stays_target():
    kv = _kv("全省目标为增长6%，我市地区生产总值目标为增长7%。")
    assert kv[("gdp", T, "2020", G)] == (7, "eq")


def test_own_target_restated_then_result_stays():
    kv = _kv("地区生产总值预期目标为7%，实际增长7.2%。")
    assert kv[("gdp", T, "2020", G)] == (7, "eq") and kv[("gdp", A, "2020", G)] == (7.2, "eq")


def test_above_target_in_the_targets_part_is_no_result():
    text = ("政府工作报告\n——2021年1月12日在浏阳市第十七届人民代表大会第六次会议上\n\n二、2021年主要目标\n\n"
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长6%。\n")
    kv = {k: (f.value, f.qualifier) for k, f in keys_of(read(text)).items()}
    assert kv[("gdp", T, "2021", G)] == (7, "about")
