"""The other main targets of a year's target paragraph (tgt49, decision 381): CPI, unemployment, new jobs, income in
step with growth, energy intensity, grain, trade, revenue, investment, retail, R&D intensity, air. The set read right;
the probes of its indicators (about 1,800 sentences) found two classes: a level target followed by an aside giving
last year's figure ("城镇新增就业1.2万人（上年为1.15万人）"), whose aside took the figure's place and lost the target;
and a bare 外贸 (or 外资) as an item of the list held to a qualitative target alone ("外贸稳中提质"), which gave nothing.
Each with look-alikes that must not change."""
import pytest

from factkeys import key_values, read


def _targets(item: str, year: int = 2022) -> str:
    """A county's report of YEAR whose target sentence holds ITEM among its items."""
    return (f"宁乡市{year}年政府工作报告\n——{year}年1月6日在宁乡市第十八届人民代表大会第一次会议上\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n全市地区生产总值增长8.1%。\n\n二、{year}年工作安排\n"
            f"今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，{item}，生态环境质量持续改善。\n\n"
            "三、重点工作\n（一）扩大有效投资。全年实施重点项目200个。\n")


def _list(item: str) -> str:
    """A province's report of 2020 whose numbered target list holds ITEM as its second item."""
    return ("河南省2020年政府工作报告\n——2020年1月11日在河南省第十三届人民代表大会第三次会议上\n\n各位代表：\n\n"
            "一、2019年工作回顾\n全省生产总值增长7%。\n\n二、2020年主要目标\n今年经济社会发展的主要预期目标是：\n"
            f"1.生产总值增长7%左右；\n{item}；\n3.进一步提高发展质量。\n\n三、2020年重点工作\n（一）扩大有效投资。\n")


def _review(sentence: str) -> str:
    """A plan report of 2024 whose review of 2023 holds SENTENCE."""
    return ("关于株洲市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
            "——2024年1月10日在株洲市第十六届人民代表大会第四次会议上\n\n"
            "一、2023年国民经济和社会发展计划执行情况\n全市地区生产总值增长5.1%。" + sentence + "\n\n"
            "二、2024年经济社会发展主要预期目标\n1.地区生产总值增长6%左右。\n")


# 1. a level followed by an aside of last year's figure: the figure before the aside is the year's, the aside last year's
@pytest.mark.parametrize("item,key,want", [
    # the target list's new jobs, last year's count in the aside (the base kept only the aside's, as last year's)
    ("城镇新增就业1.5万人（上年为1.38万人）", ("urban_new_jobs", "target", "2022", "level"), (1.5, "eq")),
    # the year by its number in the aside, 完成 as its verb
    ("一般公共预算收入28亿元（2021年完成26.1亿元）", ("general_budget_revenue", "target", "2022", "level"), (28, "eq")),
    # a count in 人, 实际 in the aside
    ("城镇新增就业9000人（上年实际为8600人）", ("urban_new_jobs", "target", "2022", "level"), (9000, "eq")),
    # grain in 万吨
    ("粮食产量36万吨（上年为35.2万吨）", ("grain_output", "target", "2022", "level"), (36, "eq")),
])
def test_level_target_before_last_years_aside_is_kept(item, key, want):
    assert key_values(read(_targets(item))).get(key) == want


@pytest.mark.parametrize("item,key,want", [
    # the aside's own figure stays last year's result, beside the target kept above
    ("城镇新增就业1.5万人（上年为1.38万人）", ("urban_new_jobs", "actual", "2021", "level"), (1.38, "eq")),
    ("一般公共预算收入28亿元（2021年完成26.1亿元）", ("general_budget_revenue", "actual", "2021", "level"), (26.1, "eq")),
])
def test_last_years_aside_stays_last_years_result(item, key, want):
    assert key_values(read(_targets(item))).get(key) == want


def test_review_result_before_the_year_befores_aside_is_the_reviewed_years():
    # in a review: the figure is the reviewed year's result, the aside the year before's (the base lost the 2023 one)
    kv = key_values(read(_review("城镇新增就业4.2万人（上年为3.9万人）。")))
    assert kv.get(("urban_new_jobs", "actual", "2023", "level")) == (4.2, "eq")


# look-alikes: a growth before such an aside, a figure restated in another unit, a budget aside, a plan labelled after
@pytest.mark.parametrize("text,key,want", [
    # a growth's target with last year's growth in the aside: read right on the base, unchanged
    (_targets("社会消费品零售总额增长7%（上年为5.1%）"), ("retail_sales", "target", "2022", "growth"), (7, "eq")),
    (_targets("社会消费品零售总额增长7%（上年为5.1%）"), ("retail_sales", "actual", "2021", "growth"), (5.1, "eq")),
    # the same count restated in another unit in brackets: one target, its first figure
    (_targets("城镇新增就业1.2万人（12000人）"), ("urban_new_jobs", "target", "2022", "level"), (1.2, "eq")),
    # a result with the budget it is set against in an aside (no year in it): the result and last year's budget target
    (_review("一般公共预算收入完成41.2亿元（预算39.8亿元）。"), ("general_budget_revenue", "actual", "2023", "level"), (41.2, "eq")),
    # a result, then the year's plan labelled after it: the result first, as before
    (_review("城镇新增就业4.56万人，年度计划为4.2万人。"), ("urban_new_jobs", "actual", "2023", "level"), (4.56, "eq")),
])
def test_aside_look_alikes_keep_their_reading(text, key, want):
    assert key_values(read(text)).get(key) == want


# 2. a bare 外贸 / 外资 as an item of the target list held to a qualitative target alone
@pytest.mark.parametrize("item,key", [
    ("外贸稳中提质", ("foreign_trade", "target", "2022", "growth")),
    ("外贸保稳提质", ("foreign_trade", "target", "2022", "growth")),
    ("外贸稳中有进", ("foreign_trade", "target", "2022", "growth")),
    # the capital used, its own item after the trade's
    ("外贸稳中提质，外资稳中有进", ("fdi", "target", "2022", "growth")),
])
def test_bare_trade_item_held_to_a_qualitative_target(item, key):
    assert key_values(read(_targets(item))).get(key) == (None, "qualitative")


@pytest.mark.parametrize("item,key", [
    # a numbered item ("2." "2、" "（2）"), the bare trade and the two run together alike (the base read neither)
    ("2.外贸稳中提质", ("foreign_trade", "target", "2020", "growth")),
    ("2、外资稳中有进", ("fdi", "target", "2020", "growth")),
    ("（2）外贸外资促稳提质", ("foreign_trade", "target", "2020", "growth")),
])
def test_numbered_trade_item_held_to_a_qualitative_target(item, key):
    assert key_values(read(_list(item))).get(key) == (None, "qualitative")


@pytest.mark.parametrize("item,key,want", [
    # trade with its figure: as before
    ("外贸增长5%", ("foreign_trade", "target", "2022", "growth"), (5, "eq")),
    # the two run together: both, as before
    ("外贸外资稳中提质", ("fdi", "target", "2022", "growth"), (None, "qualitative")),
    # the long name: as before
    ("外贸进出口促稳提质", ("foreign_trade", "target", "2022", "growth"), (None, "qualitative")),
])
def test_trade_look_alikes_keep_their_reading(item, key, want):
    assert key_values(read(_targets(item))).get(key) == want


@pytest.mark.parametrize("item", [
    "促进外贸稳中提质",      # a task's verb before it: not an item of the list
    "外贸企业稳定发展",      # the firms, not the trade
    "外资项目稳步增长",      # the projects, not the capital used
])
def test_trade_words_that_are_no_target(item):
    kv = key_values(read(_targets(item)))
    assert ("foreign_trade", "target", "2022", "growth") not in kv and ("fdi", "target", "2022", "growth") not in kv


@pytest.mark.parametrize("item", [
    "2.促进外贸稳中提质",    # a numbered item opening with a task's verb
    "2.外贸企业稳定发展",    # the firms after the item's number
])
def test_numbered_trade_words_that_are_no_target(item):
    kv = key_values(read(_list(item)))
    assert ("foreign_trade", "target", "2020", "growth") not in kv and ("fdi", "target", "2020", "growth") not in kv


# 3. grain's area named 生产面积 with its output in one name (as 播种面积/种植面积 were): each indicator in turn
@pytest.mark.parametrize("item,key,want", [
    # qualitative, the pair held steady (the base read the area alone)
    ("粮食生产面积和产量保持稳定", ("grain_output", "target", "2022", "level"), (None, "qualitative")),
    # a 分别 run of the pair's figures (the base gave the output none)
    ("粮食生产面积、产量分别稳定在120万亩、50万吨以上", ("grain_output", "target", "2022", "level"), (50, "at_least")),
])
def test_grain_production_area_and_output_named_as_one(item, key, want):
    assert key_values(read(_targets(item))).get(key) == want


@pytest.mark.parametrize("item,key,want", [
    # the area alone: the area, as before
    ("粮食生产面积稳定在120万亩", ("grain_area", "target", "2022", "level"), (120, "eq")),
    # the sown area's pair: as before
    ("粮食播种面积和产量保持稳定", ("grain_output", "target", "2022", "level"), (None, "qualitative")),
])
def test_grain_area_look_alikes_keep_their_reading(item, key, want):
    assert key_values(read(_targets(item))).get(key) == want


def test_grain_production_area_alone_gives_no_output():
    # the area alone names no output
    assert ("grain_output", "target", "2022", "level") not in key_values(read(_targets("粮食生产面积稳定在120万亩")))
