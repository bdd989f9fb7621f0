"""The newest rules under attack, blind (adv42d, decision 277): decision 268 read a result set against the plan's yearly
average as the plan's goal, and kept every other yearly average or expectation after 高于/快于 as last year's target, even
one that is the nation's or the level above's ("规模以上工业增加值增长7.2%，快于全国年均增长4.5%的预期", "…，高于全市年均
增长8%的预期" in a district's report); decision 269's round-up sayers missed a set said with 不少/一些/许多, one setting
its figure with 把…定在, and one opening its sentence ("。不少城市提出…"). Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read


def _report(place: str, year: int, body: str) -> str:
    return (f"{place}人民政府工作报告\n——{year}年1月10日在{place}人民代表大会上\n\n"
            f"一、{year - 1}年工作回顾\n过去一年，{body}\n\n二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n")


# 1. a result set against the level above's expectation: that figure is the level above's, no target of the region's
@pytest.mark.parametrize("place,year,above", [("江苏省", 2024, "全国"), ("浙江省", 2023, "全国"), ("宁波市", 2019, "全省"),
                                              ("洛阳市", 2021, "全国"), ("九龙坡区", 2022, "全市"), ("武侯区", 2024, "全省")])
@pytest.mark.parametrize("clause", ["规模以上工业增加值增长7.2%，快于{a}年均增长4.5%的预期",
                                    "规模以上工业增加值增长7.2%，高于{a}预期的4.5%",
                                    "规模以上工业增加值增长7.2%，超过{a}年均增长4.5%左右的预期"])
def test_the_level_aboves_expectation_is_no_target(place, year, above, clause):
    fs = keys_of(read(_report(place, year, clause.format(a=above) + "。")))
    assert ("industrial_va", "target", str(year - 1), "growth") not in fs, sorted(fs)
    assert fs[("industrial_va", "actual", str(year - 1), "growth")].value == 7.2


@pytest.mark.parametrize("place,year,clause,value", [
    # (look-alikes: the region's own expectation, by its own 全 word or by none, stays last year's target)
    ("江苏省", 2024, "一般公共预算收入增长7.3%，高于年初预期的5%", 5),
    ("浙江省", 2023, "一般公共预算收入增长7.3%，高于全省预期的5%", 5),
    ("宁波市", 2019, "一般公共预算收入增长7.3%，好于全市预期的5%", 5),
    ("义乌市", 2019, "一般公共预算收入增长7.3%，高于全市预期的5%", 5),
    ("武侯区", 2024, "一般公共预算收入增长7.3%，高于全区预期的5%", 5),
])
def test_the_regions_own_expectation_unchanged(place, year, clause, value):
    fs = keys_of(read(_report(place, year, clause + "。")))
    assert fs[("general_budget_revenue", "target", str(year - 1), "growth")].value == value, sorted(fs)


def test_the_plans_yearly_average_still_the_plans_goal():
    # (decision 268 unchanged: the plan named, no level above)
    fs = keys_of(read(_report("江苏省", 2024, "全省地区生产总值增长5.8%，高于“十四五”规划年均增长5.5%左右的预期。")))
    assert fs[("gdp", "goal", "2021-2025", "growth")].value == 5.5


# 2. a round-up: a vague set of regions said with 不少/一些/许多, setting with 把…定在, or opening its sentence
_ROUND_UP = ("{year}年各地政府工作报告增长目标一览\n来源：经济参考网　发布时间：{year}-02-08\n"
             "（本文数据来源于各省区市近日公开发布的政府工作报告）\n"
             "从各地政府工作报告看，广东提出地区生产总值增长5%左右，江苏提出增长5%以上，湖北提出增长6%左右。{body}\n"
             "（责任编辑：李婷）\n")


@pytest.mark.parametrize("year", [2023, 2024, 2025])
@pytest.mark.parametrize("body,key", [
    ("不少城市提出固定资产投资增长6%左右。", ("fixed_asset_investment", "target", "{y}", "growth")),
    ("许多省份明确社会消费品零售总额增长7%左右。", ("retail_sales", "target", "{y}", "growth")),
    ("在民生方面，不少省份要求城镇调查失业率控制在5.5%左右。", ("urban_unemployment_rate", "target", "{y}", "share")),
    ("一些省份提出一般公共预算收入增长3%左右。", ("general_budget_revenue", "target", "{y}", "growth")),
    ("从已公布的目标看，多数省份把今年固定资产投资增速定在5%至8%之间。", ("fixed_asset_investment", "target", "{y}", "growth")),
    ("部分省份把全年社会消费品零售总额增速定在6%左右。", ("retail_sales", "target", "{y}", "growth")),
])
def test_a_vague_set_of_regions_saying_a_figure_is_no_regions(year, body, key):
    d = read(_ROUND_UP.format(year=year, body=body))
    assert d.meta.region is None
    assert tuple(k.format(y=year) for k in key) not in keys_of(d), sorted(keys_of(d))


def test_a_regions_own_places_unchanged():
    # (look-alike: a report of one region, "不少乡镇" its own places: the rule reads round-up pages only)
    text = ("2024年桐乡市政府工作报告\n——2024年1月10日在桐乡市第十七届人民代表大会第三次会议上\n桐乡市人民政府市长　李明\n\n"
            "一、2023年工作回顾\n全市地区生产总值增长6%。\n\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6.5%左右。"
            "不少地方提出社会消费品零售总额增长7%以上。\n")
    assert ("retail_sales", "target", "2024", "growth") in keys_of(read(text))


# 3. a capacity to hold stated after the year's list, in its own sentence: it goes on with the list, the tasks after it
# are the year's (decision 272's turn to the tasks had stopped at it)
def _targets(place: str, year: int, capacity: str, tasks: str) -> str:
    return (f"{place}人民政府工作报告\n——{year}年1月15日在{place}人民代表大会上\n\n一、{year - 1}年工作回顾\n"
            f"过去一年，地区生产总值增长6%。\n\n二、{year}年主要目标\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
            f"一般公共预算收入增长5%。{capacity}{tasks}\n")


@pytest.mark.parametrize("place,year", [("周口市", 2020), ("晋城市", 2019), ("日照市", 2022), ("鄂尔多斯市", 2016)])
@pytest.mark.parametrize("capacity", ["粮食综合生产能力稳定在180亿斤以上。", "煤炭产能稳定在1.2亿吨左右，电力装机容量达到900万千瓦。",
                                      "港口吞吐能力达到6亿吨。"])
@pytest.mark.parametrize("tasks,want", [
    ("新建高标准农田50万亩，改造农村危房2000户。", ("新建", "高标准农田", 50, "万亩")),
    ("全年退出煤炭过剩产能300万吨，淘汰焦化落后产能150万吨。", ("退出", "煤炭过剩产能", 300, "万吨")),
    ("确保完成农村危房改造3000户。", ("完成", "农村危房改造", 3000, "户")),
])
def test_tasks_after_a_capacity_held_after_the_list(place, year, capacity, tasks, want):
    got = {(p.action, p.object, p.value, p.unit) for p in read(_targets(place, year, capacity, tasks)).pledges}
    assert want in got, got


@pytest.mark.parametrize("capacity", ["粮食综合生产能力稳定在180亿斤以上。", "煤炭产能稳定在5亿吨左右。"])
def test_indicators_after_a_capacity_held_still_the_list(capacity):
    # (look-alike: 力争 before indicators goes on with the list, no pledge, the capacity no pledge either)
    d = read(_targets("榆林市", 2021, capacity, "力争城镇新增就业3万人，城镇登记失业率控制在4%以内。"))
    assert not d.pledges, [(p.action, p.object, p.value) for p in d.pledges]
    assert ("urban_new_jobs", "target", "2021", "level") in keys_of(d)
