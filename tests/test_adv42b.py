"""The newest rules under attack, blind (adv42b, decision 269): decision 261's idle area verb (保障, 落实, 统筹 opening a
clause and acting on nothing) also stopped the verb before from going on to an object whose name starts with that word
("新建公租房5000套，保障性租赁住房2万套" pledged the first only); decision 265's port subject missed a port whose freight
is stated with 完成/实现 ("满洲里口岸进出口货运量完成3150万吨，进出口贸易额增长12.4%" gave the city's trade); a round-up
(decision 261) gave the region's targets for figures a vague set of regions states ("多地提出社会消费品零售总额增长5%
以上", "多省份提出…，推动进出口总额实现正增长"). Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read
from taskdoc import pledges


# 1. an object named by a word that is also an area verb: the verb of the clause before goes on to it
@pytest.mark.parametrize("first,verb", [("新建公租房5000套", "新建"), ("筹集公租房1000套", "筹集"),
                                        ("改造老旧小区120个", "改造"), ("建设人才公寓800套", "建设")])
@pytest.mark.parametrize("second,obj,value,unit", [("保障性租赁住房2万套", "保障性租赁住房", 2, "万套"),
                                                   ("保障性住房600套", "保障性住房", 600, "套"),
                                                   ("保障房300套", "保障房", 300, "套")])
def test_a_noun_opening_with_an_area_verb_takes_the_verb_before(first, verb, second, obj, value, unit):
    got = pledges(f"{first}，{second}。")
    assert (verb, obj, value, unit) in got, got


@pytest.mark.parametrize("body,want,absent", [
    # (look-alikes: an idle area verb still opens its own clause; an area verb acting on an area or funds still acts)
    ("新建公租房5000套，落实重点任务30项。", ("新建", "公租房", 5000, "套"), 30),
    ("新建学校5所，保障重点民生实事20件。", ("新建", "学校", 5, "所"), 20),
    ("新建学校5所，全面落实重点改革任务40项。", ("新建", "学校", 5, "所"), 40),
    ("新建学校5所，保障粮食播种面积9500万亩。", ("保障", "粮食播种面积", 9500, "万亩"), None),
    ("新建学校5所，统筹整合涉农资金3亿元。", ("统筹整合", "涉农资金", 3, "亿元"), None),
    ("新建学校5所，保障性住房开工800套。", ("开工", "保障性住房", 800, "套"), None),
])
def test_idle_and_acting_area_verbs_unchanged(body, want, absent):
    got = pledges(body)
    assert want in got, got
    assert absent is None or all(v != absent for _, _, v, _ in got), got


# 2. a port's freight stated with 完成/实现, then its trade: the trade is the port's, the region's money after it the region's
def _city(place: str, speaker: str, body: str, year: int = 2019) -> str:
    return (f"{place}人民政府工作报告\n——{year}年1月10日在{place}第十五届人民代表大会第三次会议上\n{place}人民政府市长　{speaker}\n\n"
            f"一、{year - 1}年工作回顾\n过去一年，全市地区生产总值完成153亿元，增长4.8%。\n{body}\n\n"
            f"二、{year}年工作安排\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n")


@pytest.mark.parametrize("place,speaker,port", [("满洲里市", "吴双战", "满洲里口岸"), ("二连浩特市", "王刚", "二连浩特口岸"),
                                                ("东兴市", "陈华", "东兴口岸"), ("瑞丽市", "李明", "瑞丽口岸")])
@pytest.mark.parametrize("freight", ["进出口货运量完成3150万吨", "过货量完成1500万吨", "进出境货运量实现2000万吨"])
def test_a_ports_trade_after_its_freight_done_is_the_ports(place, speaker, port, freight):
    fs = keys_of(read(_city(place, speaker, f"{port}{freight}，进出口贸易额增长12.4%，实际利用外资2150万美元。")))
    assert ("foreign_trade", "actual", "2018", "growth") not in fs, sorted(fs)
    assert fs[("fdi", "actual", "2018", "level")].value == 2150  # (the region's money after it stays the region's)


@pytest.mark.parametrize("body,key,value", [
    # (look-alikes: the region's own trade done, and a port's trade with its region's own word before it)
    ("全市进出口总额完成85亿元，增长9%。", ("foreign_trade", "actual", "2018", "growth"), 9),
    ("全市外贸进出口实现120亿元，增长7%。", ("foreign_trade", "actual", "2018", "growth"), 7),
])
def test_the_regions_own_trade_done_unchanged(body, key, value):
    fs = keys_of(read(_city("满洲里市", "吴双战", body)))
    assert fs[key].value == value


# 3. a round-up: a vague set of regions saying the figures of its sentence
_ROUND_UP = ("{year}年各地经济增长目标一览：多数省份定在5%左右\n来源：经济观察　发布时间：{year}-02-10\n"
             "（本文数据来源于各省区市近日公开发布的政府工作报告）\n"
             "截至2月9日，31个省份已全部召开地方两会。从各地发布的政府工作报告看，经济增长目标多数设定在5%左右。\n"
             "其中，西藏提出地区生产总值增长7%左右，湖北、安徽提出增长5.5%左右。\n{body}\n（责任编辑：王敏）\n")


@pytest.mark.parametrize("year", [2024, 2025, 2026])
@pytest.mark.parametrize("body,key", [
    ("在消费方面，多地提出社会消费品零售总额增长5%以上。", ("retail_sales", "target", "{y}", "growth")),
    ("在对外开放方面，多省份提出稳外贸稳外资，推动进出口总额实现正增长。", ("foreign_trade", "target", "{y}", "growth")),
    ("就业方面，各地普遍提出城镇新增就业与上年持平，城镇调查失业率5.5%左右。", ("urban_unemployment_rate", "target", "{y}", "share")),
    ("多个省份明确，一般公共预算收入增长3%左右。", ("general_budget_revenue", "target", "{y}", "growth")),
])
def test_a_vague_set_of_regions_saying_a_figure_is_no_regions(year, body, key):
    d = read(_ROUND_UP.format(year=year, body=body))
    assert d.meta.region is None
    k = tuple(x.format(y=year) for x in key)
    assert k not in keys_of(d), sorted(keys_of(d))


def test_a_province_named_after_the_set_keeps_its_own():
    # (look-alike: a province named in the clause of its figure is that province's, not the set's)
    d = read(_ROUND_UP.format(year=2025, body="多地提出稳增长举措，广东提出规模以上工业增加值增长5%左右。"))
    assert [f.indicator for f in d.facts if "工业增加值" in f.indicator] == ["other:广东规模以上工业增加值"]


def test_a_regions_own_report_saying_many_places_keeps_its_figure():
    # (look-alike: a report of one region, "多地" its own places: the rule reads round-up pages only)
    text = ("2024年桐乡市政府工作报告\n——2024年1月10日在桐乡市第十七届人民代表大会第三次会议上\n桐乡市人民政府市长　李明\n\n"
            "一、2023年工作回顾\n全市地区生产总值增长6%。\n\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长6.5%左右。"
            "全市多地提出社会消费品零售总额增长7%以上。\n")
    assert ("retail_sales", "target", "2024", "growth") in keys_of(read(text))


# 4. a count after a set named with 中, 提前/超额 before a work of its own: a plan's part, pledged
@pytest.mark.parametrize("lead", ["今年实施的100个重点项目中，", "全年安排的100个市级重点项目中，", "今年推进的100个重点项目中，"])
@pytest.mark.parametrize("work,verb", [("20个提前开工", "开工"), ("20个提前建成投产", "建成投产"), ("20个提前竣工", "竣工")])
def test_a_count_doing_its_own_work_early_is_pledged(lead, work, verb):
    got = pledges(f"{lead}{work}，新建学校3所。")
    assert any(a == verb and v == 20 and o.endswith(("项目", "项目中")) for a, o, v, _ in got), got


@pytest.mark.parametrize("tally", ["“十四五”规划确定的28项主要指标中，24项提前完成", "12项民生实事中，10项超额完成",
                                   "50个重点项目中，42个已提前建成", "25项约束性指标中，22项提前实现"])
def test_a_tally_of_states_reached_stays_unpledged(tally):
    # (look-alikes: the state reached, 提前完成/超额完成/已…, is a tally, no work)
    got = pledges(f"{tally}，新建学校3所。")
    assert got == {("新建", "学校", 3, "所")}, got
