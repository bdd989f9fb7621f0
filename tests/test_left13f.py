"""Session 16 left13f: a bare 增长目标 set to a figure (the economy's growth target), and a sentence opening with a
list of years ("2017年、2018年…分别增长…，两年平均增长…"): the figures after the run are of the last year listed."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

TARGETS = "二、2019年主要预期目标\n"
REVIEW = "一、2018年工作回顾\n"
COUNTY = dict(report_year=2019, region="长丰县", level="county")


# a bare 增长目标 set to a figure in the target part: the headline growth target, the GDP's
@pytest.mark.parametrize("sent,value,qual", [
    ("综合考虑各方面因素，建议今年全县的增长目标定为8.5%左右。主要考虑是：这个增长目标，考虑了去年增长9.1%的较高基数。", 8.5, "about"),
    ("二〇一九年的增长目标定为7%左右，主要考虑是：这一目标与全省、全市目标相衔接。", 7, "about"),
    ("我们把增长目标定在6.5%左右，主要考虑是：与“十三五”规划目标相衔接。", 6.5, "about"),
    ("2019年是“十三五”规划实施的关键之年。今年增长目标设定为8%以上，其他主要预期目标是：一般公共预算收入增长5%。", 8, "at_least"),
    ("全县的增长目标为7.5%，与全市目标相衔接。", 7.5, "eq"),
])
def test_bare_growth_target_is_gdps(sent, value, qual):
    fs = facts(TARGETS + sent + "\n", **COUNTY)
    assert val(fs, ("gdp", "target", "2019", "growth")) == (value, qual)
    assert fs[("gdp", "target", "2019", "growth")].quote.startswith("增长目标")


def test_bare_growth_target_as_a_range():
    fs = facts(TARGETS + "建议今年全市的增长目标定为6%-6.5%，主要考虑是：与全省预期目标相衔接。\n",
               report_year=2019, region="株洲市", level="prefecture")
    assert val(fs, ("gdp", "target", "2019", "growth")) == (6, 6.5, "range")


def test_last_years_bare_growth_target_in_the_review():
    fs = facts(REVIEW + "去年的增长目标为8%，全县地区生产总值实际增长9.1%。\n", **COUNTY)
    assert val(fs, ("gdp", "target", "2018", "growth")) == (8, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (9.1, "eq")


# look-alikes: another's growth target, the region above's, a target with no figure
@pytest.mark.parametrize("sent,other", [
    ("规模以上工业增加值的增长目标定为9%，固定资产投资增长10%。", "industrial_va"),
    ("投资增长目标为10%，社会消费品零售总额增长9%。", "fixed_asset_investment"),
    ("我们把农业增长目标定在4%左右，把服务业的增长目标定为9%。", None),
    ("全省的增长目标定为7%左右，全县地区生产总值增长8%。", None),
    ("确保完成全年增长目标，努力实现增长目标任务。", None),
    ("这个增长目标，考虑了去年增长9.1%的较高基数，通过努力是可以实现的。", None),
])
def test_growth_targets_of_others_are_not_gdps(sent, other):
    fs = facts(TARGETS + sent + "\n", **COUNTY)
    got = fs.get(("gdp", "target", "2019", "growth"))
    assert got is None or not got.quote.startswith("增长目标"), got
    if "全县地区生产总值增长8%" in sent:
        assert val(fs, ("gdp", "target", "2019", "growth")) == (8, "eq")
    if other is not None:
        assert (other, "target", "2019", "growth") in fs


# two years' results given together: each year its own, the average and what follows the run the last year's
@pytest.mark.parametrize("sent,first,second,avg", [
    ("2017年、2018年全县生产总值分别增长8.8%、9.1%，两年平均增长8.95%。", 8.8, 9.1, 8.95),
    ("2017年和2018年，全县生产总值分别增长8.8%和9.1%，两年平均增长8.95%，增速均居全市第2位。", 8.8, 9.1, 8.95),
    ("全县实现生产总值568亿元。2017年、2018年全县生产总值分别增长7.5%、8.5%，两年平均增长8%，经济总量居全省县域第6位。", 7.5, 8.5, 8),
])
def test_two_years_listed_then_their_average(sent, first, second, avg):
    fs = facts(REVIEW + sent + "\n", **COUNTY)
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (first, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (second, "eq")
    assert val(fs, ("gdp", "actual", "2017-2018", "growth")) == (avg, "eq")
    assert ("gdp", "actual", "2016-2017", "growth") not in fs
    if "位" in sent:
        assert ("gdp", "actual", "2018", "rank") in fs and ("gdp", "actual", "2017", "rank") not in fs


def test_two_years_listed_in_a_plan_report_of_a_later_year():
    text = ("一、2023年国民经济和社会发展计划执行情况\n预计全年地区生产总值增长5.6%左右；2022年、2023年全市生产总值分别增长"
            "4.5%、5.6%，两年平均增长5.0%。\n")
    fs = facts(text, report_year=2024, region="株洲市", level="prefecture")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (4.5, "eq")
    assert val(fs, ("gdp", "actual", "2022-2023", "growth")) == (5.0, "eq")
    assert ("gdp", "actual", "2021-2022", "growth") not in fs


def test_two_years_not_the_last_reviewed():
    # the years listed end before the year reviewed: their own years, not the review's
    fs = facts(REVIEW + "2016年、2017年全县生产总值分别增长8.8%、9.1%，两年平均增长8.95%。2018年全县生产总值增长9.5%。\n", **COUNTY)
    assert val(fs, ("gdp", "actual", "2016", "growth")) == (8.8, "eq")
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (9.1, "eq")
    assert val(fs, ("gdp", "actual", "2016-2017", "growth")) == (8.95, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (9.5, "eq")


# look-alikes: base years of a comparison listed, a run with nothing after it, one year named
def test_base_years_listed_are_no_years_of_the_figures():
    fs = facts(REVIEW + "全县生产总值比2016年、2017年分别增长18.8%、9.1%，经济总量居全省县域第6位。\n", **COUNTY)
    assert ("gdp", "actual", "2016", "growth") not in fs and ("gdp", "actual", "2017", "growth") not in fs
    assert ("gdp", "actual", "2018", "rank") in fs


def test_a_run_of_years_alone_is_unchanged():
    fs = facts(REVIEW + "2017年、2018年全县生产总值分别增长8.8%、9.1%。\n", **COUNTY)
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (8.8, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (9.1, "eq")


def test_one_year_named_keeps_it():
    fs = facts(REVIEW + "2017年，全县生产总值增长8.8%，一般公共预算收入增长5%。\n", **COUNTY)
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (8.8, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2017", "growth")) == (5, "eq")


# a result compared with last year's target stated as an amount ("高于1200万人次的预期目标"): that target names no
# target for the clauses after it, as "高于5%左右的预期目标" does not
CITY = dict(report_year=2022, region="永城市", level="county")


@pytest.mark.parametrize("sent,iid,value,unit", [
    ("全年接待游客1260万人次，高于1200万人次的预期目标，实现旅游总收入86.5亿元。", "tourism_revenue", 86.5, "亿元"),
    ("全年接待游客1260万人次，高于1200万人次的预期目标；社会消费品零售总额完成246.8亿元。", "retail_sales", 246.8, "亿元"),
    ("实际利用外资完成1.46亿美元，超过1.3亿美元的预期目标，进出口总值完成312.7亿元。", "foreign_trade", 312.7, "亿元"),
    ("粮食总产量达到86.2万吨，高于85万吨的预期目标，全市一般公共预算收入完成31亿元。", "general_budget_revenue", 31, "亿元"),
    ("城镇新增就业6520人，高于6000人的预期目标，社会消费品零售总额完成246.8亿元。", "retail_sales", 246.8, "亿元"),
])
def test_the_clause_after_an_amount_target_met_is_a_result(sent, iid, value, unit):
    fs = facts("一、2021年工作回顾\n" + sent + "\n", **CITY)
    assert val(fs, (iid, "actual", "2021", "level")) == (value, "eq")
    assert fs[(iid, "actual", "2021", "level")].unit == unit
    assert (iid, "target", "2022", "level") not in fs


def test_the_amount_target_met_is_last_years_target():
    fs = facts("一、2021年工作回顾\n全年接待游客1260万人次，高于1200万人次的预期目标。\n", **CITY)
    assert val(fs, ("tourist_visits", "actual", "2021", "level")) == (1260, "eq")
    assert val(fs, ("tourist_visits", "target", "2021", "level")) == (1200, "eq")


# look-alike: the year's own target list led by 预期目标 still makes its items targets
def test_a_target_list_after_an_amount_stays_targets():
    fs = facts("二、2022年主要预期目标\n去年接待游客1260万人次。今年的预期目标是：接待游客1300万人次，旅游总收入90亿元。\n", **CITY)
    assert val(fs, ("tourist_visits", "actual", "2021", "level")) == (1260, "eq")
    assert val(fs, ("tourist_visits", "target", "2022", "level")) == (1300, "eq")
    assert val(fs, ("tourism_revenue", "target", "2022", "level")) == (90, "eq")


# a plan report's item headed by a pair's name ("6.城乡居民人均可支配收入。"), its plan and its results one each
PLAN = "一、2023年国民经济和社会发展计划执行情况\n"
CHUZHOU = dict(report_year=2024, region="滁州市", level="prefecture")


@pytest.mark.parametrize("sent", [
    "6.城乡居民人均可支配收入。年度计划分别增长7%和8%，预计分别增长5.6%和7.8%，分别达到45260元和23680元。",
    "（六）城乡居民人均可支配收入。年度计划分别增长7%、8%，预计分别增长5.6%、7.8%，分别达到45260元、23680元。",
    "城乡居民人均可支配收入年度计划分别增长7%和8%，实际分别增长5.6%和7.8%，分别达到45260元和23680元。",
])
def test_a_pairs_plan_and_results_in_its_item(sent):
    fs = facts(PLAN + sent + "\n", **CHUZHOU)
    assert val(fs, ("urban_disposable_income", "target", "2023", "growth")) == (7, "eq")
    assert val(fs, ("rural_disposable_income", "target", "2023", "growth")) == (8, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (7.8, "eq")
    assert val(fs, ("urban_disposable_income", "actual", "2023", "level")) == (45260, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "level")) == (23680, "eq")


def test_a_pairs_results_in_its_item_with_no_plan():
    fs = facts(PLAN + "（六）城乡居民收入。预计分别增长5.6%和7.8%。\n", **CHUZHOU)
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5.6, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2023", "growth")) == (7.8, "eq")


# look-alikes: a title naming the field, then another's sentence; targets of several names then their results
def test_a_title_before_another_name_is_no_head():
    fs = facts(PLAN + "（三）居民收入。城镇居民人均可支配收入增长5%。\n", **CHUZHOU)
    assert val(fs, ("urban_disposable_income", "actual", "2023", "growth")) == (5, "eq")
    assert ("rural_disposable_income", "actual", "2023", "growth") not in fs


def test_set_figures_of_several_names_then_their_results():
    fs = facts(PLAN + "年初确定的目标是生产总值增长6%、一般公共预算收入增长5%，实际分别增长6.3%和5.4%。\n", **CHUZHOU)
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.3, "eq")
    assert val(fs, ("general_budget_revenue", "target", "2023", "growth")) == (5, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "growth")) == (5.4, "eq")


SIHONG = dict(report_year=2024, region="泗洪县", level="county")
T24 = "二、2024年主要预期目标\n"
R23 = "一、2023年工作回顾\n"


# the growth target set on last year's growth, the target's word after the name ("经济增长目标在去年增长4.1%的基础上
# 力争增长7%"): last year's figure a result, the one set this year's target
@pytest.mark.parametrize("sent,last,target,qual", [
    ("全县经济增长目标在去年增长5.2%的基础上力争增长6.5%，一般公共预算收入增长5%。", 5.2, 6.5, "eq"),
    ("主要预期目标是：经济增长目标在上年增长5.2%的基础上增长6%左右；规上工业增加值增长8%。", 5.2, 6, "about"),
    ("地区生产总值预期目标在去年增长5.2%的基础上增长6.5%。", 5.2, 6.5, "eq"),
])
def test_growth_target_on_last_years_base(sent, last, target, qual):
    fs = facts(T24 + sent + "\n", **SIHONG)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (last, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (target, qual)


def test_past_years_target_on_its_base_then_its_result():
    fs = facts(R23 + "2023年，全县经济增长目标在上年增长8%的基础上增长6.5%，实际增长6.2%。\n", **SIHONG)
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (8, "eq")
    assert val(fs, ("gdp", "target", "2023", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")


def test_a_result_on_its_base_stays_a_result():  # look-alike: no target's word
    fs = facts(R23 + "2023年，全县地区生产总值在上年增长8%的基础上增长6.2%。\n", **SIHONG)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")
    assert ("gdp", "target", "2023", "growth") not in fs


def test_bare_growth_target_named_as_expected():
    fs = facts(T24 + "综合考虑，建议将今年的增长预期目标设定为6%左右。\n", **SIHONG)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    fs = facts(T24 + "工业增长预期目标设定为9%。\n", **SIHONG)
    assert ("gdp", "target", "2024", "growth") not in fs


# a result compared with the year's task or budget in an amount
@pytest.mark.parametrize("sent,key,actual,target", [
    ("城镇新增就业1.26万人，超额完成1.2万人的年度任务。", "urban_new_jobs", 1.26, 1.2),
    ("粮食总产量达到63.8万吨，超额完成60万吨的全年任务，实现“二十连丰”。", "grain_output", 63.8, 60),
    ("全年一般公共预算收入完成31.2亿元，超过年初预算30亿元的目标。", "general_budget_revenue", 31.2, 30),
])
def test_amount_result_and_its_target(sent, key, actual, target):
    fs = facts(R23 + sent + "\n", **SIHONG)
    assert val(fs, (key, "actual", "2023", "level")) == (actual, "eq")
    assert val(fs, (key, "target", "2023", "level")) == (target, "eq")


# the amount by which a result passed its target is a gap, no level of either
@pytest.mark.parametrize("sent", [
    "一般公共预算收入完成31.2亿元，高于年初预算目标1.2亿元。",
    "一般公共预算收入完成31.2亿元，超过年初预算1.2亿元。",
])
def test_gap_to_the_target_is_no_fact(sent):
    fs = facts(R23 + sent + "\n", **SIHONG)
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (31.2, "eq")
    assert ("general_budget_revenue", "target", "2023", "level") not in fs


def test_a_budget_stated_before_the_result_stays_the_target():  # look-alike
    fs = facts(R23 + "一般公共预算收入年初预算目标30亿元，实际完成31.2亿元。\n", **SIHONG)
    assert val(fs, ("general_budget_revenue", "target", "2023", "level")) == (30, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2023", "level")) == (31.2, "eq")


# this year and the next, last year and the one before, listed before 分别; each value its own qualifier
def test_this_year_and_next():
    fs = facts(T24 + "力争今明两年全县地区生产总值分别增长6.5%和7%。\n", **SIHONG)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "eq")
    assert val(fs, ("gdp", "goal", "2025", "growth")) == (7, "eq")
    fs = facts(T24 + "地区生产总值今年、明年分别增长6%左右、6.5%左右。\n", **SIHONG)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
    assert val(fs, ("gdp", "goal", "2025", "growth")) == (6.5, "about")


def test_last_year_and_the_one_before():
    fs = facts(R23 + "全县生产总值去年和前年分别增长6.2%和3.9%。\n", **SIHONG)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (3.9, "eq")
    fs = facts(R23 + "地区生产总值比前年增长10%。\n", **SIHONG)  # look-alike: a base year
    assert ("gdp", "actual", "2022", "growth") not in fs


def test_years_listed_each_with_its_own_qualifier():
    fs = facts("一、2023年工作回顾\n2022年、2023年全县生产总值分别增长3%左右和5%左右。\n", report_year=2024, region="泗洪县", level="county")
    assert val(fs, ("gdp", "actual", "2022", "growth")) == (3, "about")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (5, "about")
    fs = facts(T24 + "去年和今年全县地区生产总值分别增长6.1%和6.5%左右。\n", **SIHONG)  # look-alike: the last one's alone
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.1, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6.5, "about")


ZHUNGE = dict(report_year=2019, region="准格尔旗", level="county")


# years listed opening a sentence date every name's 分别 run in it
def test_years_opening_the_sentence_date_each_names_run():
    fs = facts(REVIEW + "2017年和2018年，全旗地区生产总值分别增长5.2%和6.1%，一般公共预算收入分别增长15.3%和21.6%。\n", **ZHUNGE)
    assert val(fs, ("gdp", "actual", "2017", "growth")) == (5.2, "eq")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (6.1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2017", "growth")) == (15.3, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2018", "growth")) == (21.6, "eq")


def test_a_pairs_run_after_years_listed_is_the_pairs():  # look-alike: the pair's names take the values
    fs = facts(REVIEW + "2017年和2018年，全旗地区生产总值分别增长5.2%和6.1%，城乡居民人均可支配收入分别增长8%和9%。\n", **ZHUNGE)
    assert val(fs, ("urban_disposable_income", "actual", "2018", "growth")) == (8, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2018", "growth")) == (9, "eq")


def test_another_year_named_before_the_name_dates_it():  # look-alike
    fs = facts(REVIEW + "2016年和2017年，全旗地区生产总值分别增长5.2%和6.1%；2018年，一般公共预算收入分别增长15.3%和21.6%。\n", **ZHUNGE)
    assert val(fs, ("gdp", "actual", "2016", "growth")) == (5.2, "eq")
    assert ("general_budget_revenue", "actual", "2016", "growth") not in fs


# a place in a field written with no verb, the field's kind after the region word ("全省县域第一", "全区旗县第一")
@pytest.mark.parametrize("sent,place", [
    ("全旗经济总量继续保持全区旗县第一。", 1),
    ("地区生产总值增长8%，增速全省县域第二。", 2),
])
def test_rank_in_a_field_of_counties(sent, place):
    fs = facts(REVIEW + sent + "\n", **ZHUNGE)
    assert val(fs, ("gdp", "actual", "2018", "rank")) == (place, "eq")


def test_an_ordinal_inside_a_name_is_no_rank():  # look-alike
    fs = facts(REVIEW + "全旗第一产业增加值增长5%，全省县域第一产业增加值平均增长4%。\n", **ZHUNGE)
    assert not any(k[3] == "rank" for k in fs)


# what the level above hands down, named by its own name, is a qualitative target of the indicator after it
@pytest.mark.parametrize("sent", [
    "2016年主要预期目标是：一般公共预算收入增长6%；完成泰州市下达的节能减排任务。",
    "2016年主要预期目标是：一般公共预算收入增长6%；确保完成黔东南州下达的单位生产总值能耗下降目标。",
])
def test_quota_of_the_level_above_by_its_name(sent):
    fs = facts("二、2016年工作安排\n" + sent + "\n", report_year=2016, region="兴化市", level="county")
    f = fs[("energy_intensity", "target", "2016", "growth")]
    assert f.value is None and f.qualifier == "qualitative"


def test_a_name_after_another_verb_is_no_quota():  # look-alike
    fs = facts("二、2016年工作安排\n2016年主要预期目标是：一般公共预算收入增长6%；泰州市下达的单位生产总值能耗下降3.2%。\n",
               report_year=2016, region="兴化市", level="county")
    f = fs.get(("energy_intensity", "target", "2016", "growth"))
    assert f is None or f.value == -3.2


# the country's or province's growth target set earlier in the sentence is not the region's
@pytest.mark.parametrize("sent", [
    "国家把今年的增长目标定为6%-6.5%，各地要结合实际确定目标。",
    "全省的增长目标为7%左右，我们要积极作为。",
])
def test_growth_target_set_above_is_not_the_regions(sent):
    fs = facts(TARGETS + sent + "\n", **COUNTY)
    assert ("gdp", "target", "2019", "growth") not in fs


# the year's target named 年度目标 before its amount, in a clause of its own after the result
@pytest.mark.parametrize("sent,key,actual,target", [
    ("实现旅游总收入86.5亿元，完成年度目标86亿元的100.6%。", "tourism_revenue", 86.5, 86),
    ("城镇新增就业1.26万人，完成年度目标任务1.2万人的105%。", "urban_new_jobs", 1.26, 1.2),
    ("城镇新增就业1.26万人，超额完成全年目标1.2万人。", "urban_new_jobs", 1.26, 1.2),
])
def test_result_then_the_years_target_named(sent, key, actual, target):
    fs = facts(R23 + sent + "\n", **SIHONG)
    assert val(fs, (key, "actual", "2023", "level")) == (actual, "eq")
    assert val(fs, (key, "target", "2023", "level")) == (target, "eq")


def test_a_share_of_the_target_alone_names_no_target():  # look-alike
    fs = facts(R23 + "实现旅游总收入86.5亿元，完成年度目标的100.6%。\n", **SIHONG)
    assert val(fs, ("tourism_revenue", "actual", "2023", "level")) == (86.5, "eq")
    assert ("tourism_revenue", "target", "2023", "level") not in fs


def test_an_amount_target_ahead_still_sets_the_clauses_after_it():  # look-alike: no comparison, a target ahead
    fs = facts("本报讯 全市将确保完成城镇新增就业5万人的预期目标，全年地区生产总值增长6%左右。\n", report_year=2024)
    assert val(fs, ("gdp", "target", "2024", "growth")) == (6, "about")
