"""An adversarial review of decisions 468, 472, 473 and 475, blind (adv59d, decision 477): 全区 or 自治区 as the level
above in an autonomous region's city ("规模以上工业增加值方面，全区目标为增长5%，全市实际增长12.1%", "社会消费品零售总额：
全区预期增长4%，全市实际下降1.2%" — 广西's, 宁夏's), the level above by its place name or its 市级 after a label's colon in a
district's plan report ("固定资产投资：兰州市确定的计划为增长9%，全区执行完成增长10.4%", "：市级计划增长8%，全区实际增长
8.9%"), a zone's line opening on a 新城 among the zones' lines. The look-alikes keep what they gave."""
import pytest

from factkeys import key_values, pledged, read


def _city(body: str, region: str = "钦州市", year: int = 2021) -> str:
    return (f"{region}{year}年政府工作报告\n\n一、{year - 1}年工作回顾\n{year - 1}年，全市经济平稳发展。{body}\n\n"
            f"二、{year}年工作安排\n今年全市地区生产总值预期增长8%左右。\n")


def _plan(body: str, region: str = "七里河区") -> str:
    return (f"关于{region}2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n一、2023年计划执行情况\n"
            f"2023年，主要指标完成情况如下：\n{body}\n")


# 1. 全区 or 自治区 setting a sector's target in an autonomous region's city, then the city's result (failed on the base:
# the result lost, the target read as the city's)
@pytest.mark.parametrize("region, body, key, value", [
    ("钦州市", "规模以上工业增加值方面，全区目标为增长5%，全市实际增长12.1%。", ("industrial_va", "actual", "2020", "growth"), 12.1),
    ("钦州市", "投资方面，自治区确定的目标为增长8%，全市实际增长10.3%。", ("fixed_asset_investment", "actual", "2020", "growth"), 10.3),
    ("银川市", "规模以上工业增加值方面，全区目标为增长7%，我市实际增长9.4%。", ("industrial_va", "actual", "2020", "growth"), 9.4),
    ("包头市", "社会消费品零售总额：全区预期增长4%，全市实际下降1.2%。", ("retail_sales", "actual", "2020", "growth"), -1.2),
])
def test_region_above_in_autonomous_city(region, body, key, value):
    kv = key_values(read(_city(body, region)))
    assert kv.get(key) == (value, "eq")
    assert not any(k[1] in ("target", "past_target") and k[0] == key[0] for k in kv)


def test_region_above_sets_later_results_kept():
    kv = key_values(read(_city("投资方面，自治区确定的目标为增长8%，全市实际增长10.3%。一般公共预算收入完成71.2亿元，增长3.6%。")))
    assert kv.get(("general_budget_revenue", "actual", "2020", "level")) == (71.2, "eq")
    assert ("general_budget_revenue", "target", "2021", "level") not in kv


# 2. the level above by its place name or by 市级 after a label's colon in a district's plan report (failed on the base:
# its plan read as the district's target)
@pytest.mark.parametrize("body, name, value", [
    ("固定资产投资：兰州市确定的计划为增长9%，全区执行完成增长10.4%。", "fixed_asset_investment", 10.4),
    ("社会消费品零售总额：市级计划增长8%，全区实际增长8.9%。", "retail_sales", 8.9),
    ("地区生产总值：甘肃省制定的目标为增长6%，全区执行增长6.8%。", "gdp", 6.8),
])
def test_level_above_named_after_label(body, name, value):
    kv = key_values(read(_plan(body)))
    assert kv.get((name, "actual", "2023", "growth")) == (value, "eq")
    assert (name, "target", "2023", "growth") not in kv


# look-alikes: the district's own plan, by its word or its own name, and 全区 in a district of an autonomous region's city
@pytest.mark.parametrize("text, key, value", [
    (_plan("固定资产投资：七里河区确定的计划为增长9%，执行增长10.4%。"), ("fixed_asset_investment", "target", "2023", "growth"), 9),
    (_plan("固定资产投资：全区计划增长9%，执行增长10.4%。"), ("fixed_asset_investment", "target", "2023", "growth"), 9),
    (_plan("社会消费品零售总额：区级计划增长8%，全区实际增长8.9%。"), ("retail_sales", "target", "2023", "growth"), 8),
    (_plan("规模以上工业增加值：全区计划增长8%，执行增长9%。", "青秀区"), ("industrial_va", "target", "2023", "growth"), 8),
    (_city("一般公共预算收入方面，年初目标7%，实际增长7.6%。"), ("general_budget_revenue", "target", "2020", "growth"), 7),
    (_city("规模以上工业增加值方面，全省目标为增长5%，全市实际增长12.1%。", "遂宁市"), ("industrial_va", "actual", "2020", "growth"), 12.1),
])
def test_own_plans_kept(text, key, value):
    assert key_values(read(text)).get(key) == (value, "eq")


# 3. a zone's line opening on a 新城 among the zones' lines (failed on the base: joined to the line above, its figure
# and the next line's named after the zone above)
def test_new_town_zone_line_apart():
    text = ("钦州市政府工作报告：今年地区生产总值预期增长8%左右\n2021年01月13日 来源：钦州新闻网\n\n"
            "报告显示，2020年全市地区生产总值增长5.1%。\n\n各园区和县区去年主要指标：\n"
            "钦州港片区：外贸进出口总额增长21.3%\n滨海新城：固定资产投资增长15.2%\n灵山县：地区生产总值增长6.4%\n")
    fs = read(text).facts
    assert not any(f.indicator.startswith("other:钦州港片区") and f.value in (15.2, 6.4) for f in fs)
    assert key_values(read(text)).get(("gdp", "actual", "2020", "growth")) == (5.1, "eq")


# 4. a year after a figure's 、 in the targets list, the item's name left out (failed on the base: pledged, the other
# item's figure and the year as its object)
def _targets(body: str) -> str:
    return ("关于七里河区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n\n二、2024年主要预期目标\n"
            f"建议2024年全区地区生产总值增长6.5%左右；{body}\n\n三、2024年重点工作\n实施区级重点项目120个。\n")


@pytest.mark.parametrize("body, key, value", [
    ("一般公共预算收入增长5%、2025年达到24亿元。", ("general_budget_revenue", "goal", "2025", "level"), 24),
    ("固定资产投资增长8%、2025年达到300亿元。", ("fixed_asset_investment", "goal", "2025", "level"), 300),
])
def test_item_year_after_figure_no_pledge(body, key, value):
    d = read(_targets(body))
    assert pledged(d) == {("区级重点项目", 120, "个")}
    assert key_values(d).get(key) == (value, "eq")


def test_task_after_figure_kept():
    # look-alike: a task after another task's count and a 、 keeps its pledge (no year opens it)
    d = read(_targets("一般公共预算收入增长5%。") + "新建5G基站1500个、改造城镇老旧小区120个。\n")
    assert {("5G基站", 1500, "个"), ("城镇老旧小区", 120, "个")} <= pledged(d)
