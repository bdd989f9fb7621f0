"""Whole provincial reports of 2026, blind (lng41h, decision 251): a plan's name sorting the works of a task sentence
("谋划储备“十五五”重大项目1000个，…，固定资产投资增长5%以上") gave the year's restated target the plan's span, a goal; a
beneficiary count named as the object of an action ("新增农村供水受益人口8万人") pledged nothing, its 受益 read as a
scope verb; places listed and counted before an indicator ("济南、青岛两市地区生产总值分别增长…") were pledged as the
region's. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, body: str, year: int = 2026) -> str:
    return (f"政府工作报告\n——{year}年1月20日在{place}第十四届人民代表大会第五次会议上\n\n各位代表：\n\n"
            f"一、{year - 1}年工作回顾\n全省地区生产总值增长5.5%。\n\n二、{year}年主要目标任务\n"
            f"今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n实现上述目标，重点做好以下工作：\n"
            f"（一）扩大有效需求\n{body}\n")


# 1. a plan's name (bare, or with 规划) right before the works it sorts: no time frame for the figures after it
@pytest.mark.parametrize("works", ["谋划储备“十五五”重大项目1000个", "加快“十五五”规划重大工程建设",
                                   "实施“十五五”重点项目200个", "建立“十五五”项目储备库"])
@pytest.mark.parametrize("figure,key,value", [
    ("固定资产投资增长5%以上", ("fixed_asset_investment", "target", "2026", "growth"), (5, "at_least")),
    ("社会消费品零售总额增长6%左右", ("retail_sales", "target", "2026", "growth"), (6, "about")),
    ("实际使用外资增长5%", ("fdi", "target", "2026", "growth"), (5, "eq"))])
@pytest.mark.parametrize("place", ["湖北省", "山东省", "贵州省"])
def test_a_plan_naming_its_works_sets_no_goal(works, figure, key, value, place):
    d = read(_report(place, f"扩大有效投资。{works}，争取地方政府专项债券额度1600亿元以上，{figure}。"))
    fs = keys_of(d)
    assert val(fs, key) == value
    assert (key[0], "goal", "2026-2030", key[3]) not in fs


@pytest.mark.parametrize("lead,key", [
    ("“十五五”时期重大项目加快实施，", ("fixed_asset_investment", "goal", "2026-2030", "growth")),
    ("“十五五”期间，", ("fixed_asset_investment", "goal", "2026-2030", "growth")),
    ("锚定“十五五”目标，", ("fixed_asset_investment", "goal", "2026-2030", "growth"))])
def test_a_plan_as_a_time_frame_still_sets_its_goal(lead, key):
    # (look-alikes: the plan's years, or its goals aimed at, before an average over them: a goal, as before)
    fs = keys_of(read(_report("湖北省", f"扩大有效投资。{lead}全省固定资产投资年均增长5%以上。")))
    assert val(fs, key) == (5, "at_least")


# 2. a scope word (受益) glued before 人口/面积…, after an action in its clause: the count is the action's object
@pytest.mark.parametrize("item,obj,value,unit", [
    ("实施农村供水保障工程，新增农村供水受益人口8万人；", "农村供水受益人口", 8, "万人"),
    ("新增城乡供水受益人口12万人。", "城乡供水受益人口", 12, "万人"),
    ("巩固提升农村饮水受益人口30万人。", "农村饮水受益人口", 30, "万人"),
    ("新增节水灌溉受益面积5万亩。", "节水灌溉受益面积", 5, "万亩")])
@pytest.mark.parametrize("place", ["西藏自治区", "甘肃省"])
def test_a_beneficiary_count_after_an_action_is_pledged(item, obj, value, unit, place):
    got = pledged(read(_report(place, f"今年将办好以下民生实事：\n1.新建县域医疗次中心10个；\n2.{item}")))
    assert (obj, value, unit) in got
    assert ("县域医疗次中心", 10, "个") in got


@pytest.mark.parametrize("item,value", [
    ("改造老旧小区56个，受益人口1.2万人。", 1.2), ("改造老旧小区56个，惠及居民1.2万户。", 1.2),
    ("实施农村饮水安全巩固提升工程20处，受益群众3万人。", 3), ("改造老旧小区56个惠及群众1.2万人。", 1.2),
    ("新建农村供水工程30处受益人口8万人。", 8)])
def test_a_works_reach_stays_unpledged(item, value):
    # (look-alikes: the reach of the work before, in a clause of its own or after the work's own figure: no pledge)
    got = pledged(read(_report("西藏自治区", f"今年将办好以下民生实事：\n1.{item}")))
    assert not {p for p in got if p[1] == value}


# 3. places listed, then counted with their kind (两市, 三市), before an indicator: each place's figure, no region pledge
@pytest.mark.parametrize("place,sentence", [
    ("山东省", "支持济南、青岛加快发展，济南、青岛两市地区生产总值分别增长5.5%、6%左右。"),
    ("河南省", "支持郑州、洛阳两市地区生产总值分别增长6%和6.5%。"),
    ("湖南省", "推动长沙、株洲、湘潭三市地区生产总值增长6%以上。")])
def test_places_counted_after_their_list_pledge_nothing(place, sentence):
    d = read(_report(place, sentence + "新建城际公路50公里。"))
    got = pledged(d)
    assert ("城际公路", 50, "公里") in got
    assert not {p for p in got if p[2] == "%"}
    assert val(keys_of(d), ("gdp", "target", "2026", "growth")) == (5, "about")


@pytest.mark.parametrize("sentence,obj", [("全省地区生产总值增长6%以上。", "地区生产总值"),
                                          ("推动长株潭都市圈建设，新增城镇停车位8000个。", "城镇停车位")])
def test_the_regions_own_task_is_still_pledged(sentence, obj):
    # (look-alikes: no place list before the figure: the region's own task, as before)
    assert {p[0] for p in pledged(read(_report("湖南省", sentence)))} & {obj}
