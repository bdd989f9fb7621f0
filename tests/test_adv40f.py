"""The newest rules under attack, blind (adv40f, decision 233): a budget revised in the sentence after its setting with its
result after a comma (“调整为24.1亿元，实际完成24.5亿元”); last year's targets closed as 目标任务/目标要求 before
their results opened by 分别完成/分别实现 (one result each, in order), and a plan report's numbered count item whose
name stands alone on its line over the year's gain (“4.城镇新增就业\\n全年新增3.6万人”)."""
import pytest

from factkeys import keys_of, read

PLACES = [("鹤壁市", "全市", 2021), ("宁乡市", "全市", 2019), ("赣县区", "全区", 2017), ("平遥县", "全县", 2024)]


def work_report(region: str, year: int, body: str) -> str:
    return (f"{region}政府工作报告\n——{year}年1月12日在{region}第七届人民代表大会第五次会议上\n\n"
            f"一、{year - 1}年工作回顾\n{body}\n")


# 1. targets closed by a set word with its tail (目标任务, 目标要求), then 分别完成/分别实现: each name its target and its result
CLOSED = [
    ("年初提出的地区生产总值增长6%、固定资产投资增长8%的目标任务，分别实现4.1%和6.2%。",
     {("gdp", "target"): 6, ("gdp", "actual"): 4.1, ("fixed_asset_investment", "target"): 8,
      ("fixed_asset_investment", "actual"): 6.2}),
    ("年初确定的地区生产总值增长6.5%、一般公共预算收入增长5%的年度目标任务，分别完成6.8%和2.3%。",
     {("gdp", "target"): 6.5, ("gdp", "actual"): 6.8, ("general_budget_revenue", "target"): 5,
      ("general_budget_revenue", "actual"): 2.3}),
    ("年初确定的地区生产总值增长7%、规模以上工业增加值增长8%、社会消费品零售总额增长9%的预期目标任务，分别完成7.2%、8.5%和9.6%。",
     {("gdp", "actual"): 7.2, ("industrial_va", "actual"): 8.5, ("retail_sales", "actual"): 9.6,
      ("retail_sales", "target"): 9}),
    ("年初确定的城乡居民人均可支配收入分别增长7%和8%的目标要求，分别完成5.9%和7.2%。",
     {("urban_disposable_income", "actual"): 5.9, ("rural_disposable_income", "actual"): 7.2,
      ("urban_disposable_income", "target"): 7, ("rural_disposable_income", "target"): 8}),
]


@pytest.mark.parametrize("region,whole,year", PLACES)
@pytest.mark.parametrize("body,want", CLOSED)
def test_targets_closed_as_tasks_then_each_result(region, whole, year, body, want):
    ks = keys_of(read(work_report(region, year, body)))
    past = str(year - 1)
    for (ind, role), v in want.items():
        assert (ind, role, past, "growth") in ks, (ind, role, sorted(ks))
        assert ks[(ind, role, past, "growth")].value == v


# near-misses: results named after the figures with no targets set, and completion ratios, stay as they were
@pytest.mark.parametrize("region,whole,year", PLACES)
def test_completion_ratios_after_a_task_are_no_results(region, whole, year):
    body = "地区生产总值增长4.1%、固定资产投资增长6.2%，完成任务，分别为全年计划的101%和103%。"
    ks = keys_of(read(work_report(region, year, body)))
    past = str(year - 1)
    assert ks[("gdp", "actual", past, "growth")].value == 4.1
    assert ks[("fixed_asset_investment", "actual", past, "growth")].value == 6.2
    assert not any(k[1] == "target" for k in ks)


@pytest.mark.parametrize("region,whole,year", PLACES)
def test_growths_then_levels_with_a_task_word_stay_levels(region, whole, year):
    body = "地区生产总值、固定资产投资分别增长4.1%和6.2%，分别达到1210.5亿元和856亿元，超额完成目标任务。"
    ks = keys_of(read(work_report(region, year, body)))
    past = str(year - 1)
    assert ks[("gdp", "actual", past, "level")].value == 1210.5
    assert ks[("fixed_asset_investment", "actual", past, "level")].value == 856
    assert not any(k[1] == "target" for k in ks)


# 2. a numbered count item's name alone on its line, the year's gain under it: the item's result
def plan_report(region: str, year: int, item: str) -> str:
    return (f"{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n\n"
            f"一、{year - 1}年计划执行情况\n1.地区生产总值\n年初计划增长6.5%，实际增长7.1%。\n{item}\n\n"
            f"二、{year}年计划草案\n{year}年主要预期目标是：地区生产总值增长7%左右。\n")


ITEMS = [
    ("4.城镇新增就业\n全年新增3.6万人，完成年度计划的120%。", "urban_new_jobs", 3.6),
    ("3.城镇新增就业\n\n全年新增5.2万人，超额完成年度目标。", "urban_new_jobs", 5.2),
    ("（四）农村劳动力转移就业\n全年新增1.8万人。", "rural_labor_transfer", 1.8),
    ("5．城镇新增就业\n全年累计新增2.9万人，完成年度目标任务。", "urban_new_jobs", 2.9),
]


@pytest.mark.parametrize("region,whole,year", PLACES)
@pytest.mark.parametrize("item,ind,v", ITEMS)
def test_a_count_item_over_the_years_gain(region, whole, year, item, ind, v):
    ks = keys_of(read(plan_report(region, year, item)))
    key = (ind, "actual", str(year - 1), "level")
    assert key in ks, sorted(ks)
    assert ks[key].value == v


# near-miss: the gain of something else under the count's name is not the count's
@pytest.mark.parametrize("region,whole,year", PLACES)
def test_another_gain_under_the_count_item_is_not_its_own(region, whole, year):
    ks = keys_of(read(plan_report(region, year, "4.城镇新增就业\n全年新增农民工返乡创业1200人。")))
    assert ("urban_new_jobs", "actual", str(year - 1), "level") not in ks


# 3. a budget set, revised in the next sentence with its result in the clause after the revised figure: the revised
# figure is the target, the result the result
def budget_report(region: str, year: int, body: str) -> str:
    return (f"关于{region}{year - 1}年国民经济和社会发展计划执行情况与{year}年计划草案的报告\n\n"
            f"一、{year - 1}年计划执行情况\n{body}\n")


REVISED = [
    ("（二）一般公共预算收入\n年初预算为26.2亿元。受减税降费影响，调整为24.1亿元，实际完成24.5亿元。",
     "general_budget_revenue", 24.1, 24.5),
    ("（二）一般公共预算收入\n年初预算为26.2亿元。受减税降费影响，调减为24.1亿元，全年实际完成24.5亿元，增长2.1%。",
     "general_budget_revenue", 24.1, 24.5),
    ("3.一般公共预算支出\n年初预算为56.2亿元。执行中因上级转移支付增加，调增为63.5亿元，实际完成62.8亿元。",
     "general_budget_expenditure", 63.5, 62.8),
    ("全县一般公共预算收入年初预算为26.2亿元，增长6%。受减税降费影响，预算调整为24.1亿元，实际完成24.5亿元，增长1.2%。",
     "general_budget_revenue", 24.1, 24.5),
]


@pytest.mark.parametrize("region,whole,year", PLACES)
@pytest.mark.parametrize("body,ind,target,actual", REVISED)
def test_a_revised_budget_with_its_result_after_a_comma(region, whole, year, body, ind, target, actual):
    ks = keys_of(read(budget_report(region, year, body)))
    past = str(year - 1)
    assert ks[(ind, "target", past, "level")].value == target
    assert ks[(ind, "actual", past, "level")].value == actual


# near-misses: the revision in a sentence of its own before the result's keeps its reading; a result revised is no budget
@pytest.mark.parametrize("region,whole,year", PLACES)
def test_a_revision_alone_and_a_result_revised_are_unchanged(region, whole, year):
    past = str(year - 1)
    ks = keys_of(read(budget_report(region, year, "（二）一般公共预算收入\n年初预算为26.2亿元。受减税降费影响，调整为24.1亿元。"
                                                  "实际完成24.5亿元。")))
    assert (ks[("general_budget_revenue", "target", past, "level")].value,
            ks[("general_budget_revenue", "actual", past, "level")].value) == (24.1, 24.5)
    ks = keys_of(read(budget_report(region, year, "2.一般公共预算收入\n完成26.2亿元。后经核实，调整为25.9亿元，实际完成比例为98%。")))
    assert ("general_budget_revenue", "target", past, "level") not in ks


# near-miss: a 数读 page's caption over its figure, no item's mark and blank lines between, stays no count's figure
@pytest.mark.parametrize("city,day", [("长沙", "2021-01-28"), ("宜宾", "2024-02-02"), ("嘉兴", "2019-01-30")])
def test_a_caption_over_the_years_gain_is_no_item(city, day):
    text = f"数读政府工作报告\n来源：{city}晚报　{day}\n\n城镇新增就业\n\n全年新增13.5万人\n\n城镇调查失业率\n\n5.2%\n"
    ks = keys_of(read(text))
    assert not any(k[0] == "urban_new_jobs" for k in ks)
