"""What the last rounds left on facts, one class at a time (lft62, decision 507). Fixed: (a) a level above by its name
setting targets in the sentences before (“绍兴市年初确定的…目标为7%。绍兴市确定的…目标为8%。”) dates none of the region's
results after them on a page with no parts; (b) a level above's expectation answered by the whole's bare result (“：州预期
增长6%，全市增长6.8%。”) dates none of the sentences after it as targets; (e) “年初目标为…” with no 预期, a paragraph of its
own after the new year's target, is the year under review's target; (f) last year's plan with its year named past a 。 on
the same line (“…预期增长5%。去年年初预期目标为增长6%，全区实际增长3.2%。”) is read, target and result. The look-alikes keep
what they gave: the region's own targets dating the next sentence, a comparison with 年初目标, the region's own 年初 plan
after its result, a target paragraph then this year's sentence, a bounded aim after the level above's."""
import pytest

from factkeys import key_values, read

_HEAD = {
    "吉首市": "吉首市政府工作报告\n——2024年1月9日在吉首市第十七届人民代表大会第四次会议上\n\n",
    "恩施州": "恩施州2024年政府工作报告\n——2024年1月16日在恩施土家族苗族自治州第九届人民代表大会第四次会议上\n\n",
    "天心区": "天心区政府工作报告\n——2024年1月9日在长沙市天心区第十八届人民代表大会第四次会议上\n\n",
    "平南县": "平南县人民政府工作报告\n——2024年1月12日在平南县第十七届人民代表大会第四次会议上\n\n",
    "醴陵市": "醴陵市政府工作报告\n——2024年1月8日在醴陵市第十八届人民代表大会第四次会议上\n\n",
}


def _kv(region: str, body: str) -> dict:
    return key_values(read(_HEAD[region] + body))


# 1. (b) a level above's expectation, then the whole's bare result, on a page with no parts (failed on the base: the
# sentences after it read as the new year's targets, their results lost)
@pytest.mark.parametrize("region, body, key, target, result", [
    ("吉首市", "2023年，全市经济运行总体平稳。规模以上工业增加值：州预期增长6%，全市增长6.8%。固定资产投资：州下达目标为增长8%，"
               "全市实际增长9.1%。", "fixed_asset_investment", 8, 9.1),
    ("恩施州", "2023年，全州经济稳中向好。规模以上工业增加值：省预期增长7%，全州增长8.4%。一般公共预算收入：年初预期增长5%，"
               "实际增长6.2%。", "general_budget_revenue", 5, 6.2),
    ("醴陵市", "2023年，全市地区生产总值增长6.1%。社会消费品零售总额：株洲市预期增长6%，全市增长6.9%。城镇新增就业：上级下达任务"
               "6000人，全市完成6800人。", "urban_new_jobs", 6000, 6800),
])
def test_above_expectation_then_bare_result_dates_nothing_after(region, body, key, target, result):
    kv = _kv(region, body)
    measure = "level" if key == "urban_new_jobs" else "growth"
    assert kv.get((key, "target", "2023", measure), (None,))[0] == target, kv
    assert kv.get((key, "actual", "2023", measure), (None,))[0] == result, kv
    assert (key, "target", "2024", measure) not in kv, kv


# 2. (a) a level above by its name setting targets in the sentences before, then the region's results (failed on the
# base: the results read as the new year's targets)
@pytest.mark.parametrize("region, body", [
    ("天心区", "去年，长沙市年初确定的规模以上工业增加值增长目标为7%。长沙市确定的固定资产投资增长目标为8%。全区规模以上工业增加值"
               "增长5.3%，固定资产投资增长9.6%。"),
    ("天心区", "2023年，长沙年初确定的规模以上工业增加值增长目标为7%。长沙确定的固定资产投资增长目标为8%。全区规模以上工业增加值"
               "增长5.3%，固定资产投资增长9.6%。"),
    ("平南县", "2023年，贵港市确定的规模以上工业增加值增长目标为7%。贵港市确定的固定资产投资增长目标为8%。全县规模以上工业增加值"
               "增长5.3%，固定资产投资增长9.6%。"),
])
def test_above_named_targets_date_no_result_after(region, body):
    kv = _kv(region, body)
    assert kv.get(("industrial_va", "actual", "2023", "growth"), (None,))[0] == 5.3, kv
    assert kv.get(("fixed_asset_investment", "actual", "2023", "growth"), (None,))[0] == 9.6, kv
    assert not any(k[1] == "target" for k in kv), kv


# 3. (e) 年初目标为 with no 预期, a paragraph of its own after the new year's target (failed on the base: lost)
@pytest.mark.parametrize("body", [
    "2024年，全区地区生产总值预期增长6%左右。\n\n去年年初目标为增长6.5%，全区实际增长4.1%。",
    "2024年，全区地区生产总值预期增长6%左右。\n\n去年年初目标为增长6.5%。",
    "2024年，全区地区生产总值预期增长6%左右。\n\n年初目标为增长6.5%，全区实际增长4.1%。",
])
def test_start_of_year_target_paragraph(body):
    kv = _kv("天心区", body)
    assert kv[("gdp", "target", "2024", "growth")] == (6, "about")
    assert kv.get(("gdp", "target", "2023", "growth")) == (6.5, "eq"), kv


# 4. (f) last year's plan past a 。 on the same line (failed on the base: target and result lost)
@pytest.mark.parametrize("body, result", [
    ("2024年，全区一般公共预算收入预期增长5%。去年年初预期目标为增长6%，全区实际增长3.2%。", 3.2),
    ("2024年，全区一般公共预算收入预期增长5%。去年年初目标为增长6%，全区实际增长3.2%。", 3.2),
    ("2024年，全区一般公共预算收入预期增长5%。上年年初预期目标为增长6%。", None),
])
def test_last_years_plan_after_full_stop(body, result):
    kv = _kv("天心区", body)
    assert kv[("general_budget_revenue", "target", "2024", "growth")] == (5, "eq")
    assert kv.get(("general_budget_revenue", "target", "2023", "growth")) == (6, "eq"), kv
    assert kv.get(("general_budget_revenue", "actual", "2023", "growth"), (None,))[0] == result, kv


# 5. look-alikes (passed on both)
def test_own_target_paragraph_dates_next_sentence():
    # the region's own targets, no level above: the sentence after is the year's target still
    kv = _kv("天心区", "2024年，全区地区生产总值预期增长6%左右。规模以上工业增加值增长7%。")
    assert kv[("industrial_va", "target", "2024", "growth")] == (7, "eq")


def test_comparison_with_start_of_year_target_is_no_target():
    kv = _kv("天心区", "一、2023年工作回顾\n全区地区生产总值增长6.8%，比年初目标高0.3个百分点。")
    assert kv[("gdp", "actual", "2023", "growth")] == (6.8, "eq")
    assert ("gdp", "target", "2023", "growth") not in kv and ("gdp", "target", "2024", "growth") not in kv


def test_own_start_of_year_plan_after_result():
    kv = _kv("天心区", "一、2023年工作回顾\n全区地区生产总值增长4.1%。年初目标为增长6.5%。")
    assert kv[("gdp", "actual", "2023", "growth")] == (4.1, "eq")
    assert kv[("gdp", "target", "2023", "growth")] == (6.5, "eq")


def test_bounded_aim_after_above_named_target_stays_target():
    # the level above's target, then the region's own aim bounded by 左右 in the new year's part
    kv = _kv("天心区", "二、2024年主要目标\n长沙市确定的地区生产总值增长目标为6%左右，全区地区生产总值增长6.5%左右。")
    assert kv[("gdp", "target", "2024", "growth")] == (6.5, "about")
    assert not any(k[1] == "actual" for k in kv), kv
