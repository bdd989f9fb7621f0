"""Whole reports of 2016–2019, blind (old41, decision 239): the roads of the 脱贫攻坚 years reach settlements named by
their size ("实现25户以上自然湾通水泥路", "50户以上自然屯通屯道路硬化", "100人以上自然村通客车"); the size is a class of
places, not a count the report pledges. Only 自然村 and 村民组 were known, and only sized by households: 自然湾 (湖北),
自然屯 and 屯 (广西), 自然寨 (贵州), 建制村, or a size in people, gave a pledge of 25户/50户/100人. Look-alikes keep
their pledges: a count of households done (搬迁, 改造, 帮扶), and the length of road after a sized settlement."""
import pytest

from factkeys import keys_of, pledged, read, val


def _county(place: str, year: int, body: str) -> str:
    return (f"政府工作报告\n——{year}年2月16日在{place}第十八届人民代表大会第二次会议上\n\n各位代表：\n\n一、{year - 1}年工作回顾\n\n"
            f"全县地区生产总值增长8.1%。\n\n二、{year}年工作安排\n\n今年全县经济社会发展的主要预期目标是：地区生产总值增长8.5%。\n\n"
            f"围绕上述目标，重点抓好以下工作：\n\n{body}\n")


_PLACES = [("红安县", 2017), ("凌云县", 2019), ("望谟县", 2018)]


@pytest.mark.parametrize("place,year", _PLACES)
@pytest.mark.parametrize("sized,size", [
    ("实现25户以上自然湾通水泥路", 25), ("实现全县50户以上自然屯通屯道路硬化", 50), ("实现20户以上屯级道路硬化", 20),
    ("推进30户以上自然寨通硬化路", 30), ("实现100人以上自然村通客车", 100), ("实现200人以上的自然村通硬化路", 200),
    ("推动1000人以上建制村通客车", 1000), ("实现20户以上的自然湾道路硬化全覆盖", 20)])
def test_a_settlement_sized_by_households_or_people_is_no_count(place, year, sized, size):
    d = read(_county(place, year, f"补齐贫困村基础设施短板。{sized}；新建改造农村安全饮水工程35处。"))
    got = pledged(d)
    assert ("农村安全饮水工程", 35, "处") in got  # (the pledge after it stands)
    assert not [p for p in got if p[1] == size], got
    assert val(keys_of(d), ("gdp", "target", str(year), "growth")) == (8.5, "eq")


@pytest.mark.parametrize("place,year", _PLACES)
@pytest.mark.parametrize("body,want", [
    # (look-alikes, as before: households or people done, and a length of road after the sized settlements)
    ("完成易地扶贫搬迁1200户以上。", ("易地扶贫搬迁", 1200, "户")),
    ("改造农村危房500户以上。", ("农村危房", 500, "户")),
    ("帮扶贫困户300户以上。", ("贫困户", 300, "户")),
    ("组织贫困劳动力转移就业3000人以上。", ("转移就业", 3000, "人")),
    ("完成20户以上自然村通硬化路1200公里。", ("20户以上自然村通硬化路", 1200, "公里")),
    ("新建30户以上自然屯道路硬化150公里。", None),
])
def test_counts_of_households_done_stay_pledges(place, year, body, want):
    got = pledged(read(_county(place, year, body)))
    if want is None:  # (the length is pledged, the size is not)
        assert [p for p in got if p[1] == 150 and p[2] == "公里"] and not [p for p in got if p[1] == 30], got
    else:  # (an object matches as the scorer matches it: one name holds the other)
        assert [p for p in got if p[1:] == want[1:] and (p[0] in want[0] or want[0] in p[0])], got


# 2. a 十二五 review's level dated by its year after the name, then a change from a base year in its own clause
# ("全省生产总值2015年达到16724亿元，比2010年增长70%"): the change was dated by the name's year (2015) and took the key of
# that year's growth, stated later in the review of 2015; it is over the years since the base, as without the year
def _province(place: str, year: int, review: str) -> str:
    return (f"政府工作报告\n——{year}年1月25日在{place}第十二届人民代表大会第五次会议上\n\n各位代表：\n\n一、“十二五”时期工作回顾\n\n"
            f"{review}\n\n二、{year - 1}年工作回顾\n\n{year - 1}年，全省生产总值增长9.1%，一般公共预算收入增长11.8%，"
            f"城镇化率提高1.3个百分点。\n\n三、{year}年工作安排\n\n今年全省经济社会发展的主要预期目标是：地区生产总值增长8.5%左右。\n")


@pytest.mark.parametrize("place,year", [("江西省", 2016), ("吉林省", 2016), ("山东省", 2018)])
@pytest.mark.parametrize("review,key,want", [
    ("全省生产总值{y}年达到16724亿元，比{b}年增长70%。", "gdp", (70, "eq")),
    ("全省生产总值去年达到16724亿元，比{b}年增长70%。", "gdp", (70, "eq")),
    ("一般公共预算收入{y}年达到2165亿元，比{b}年增长1.8倍。", "general_budget_revenue", (180, "eq")),
    ("常住人口城镇化率{y}年达到51.6%，比{b}年提高7.5个百分点。", "urbanization_rate", (7.5, "eq")),
])
def test_a_change_from_a_base_year_spans_the_years_since(place, year, review, key, want):
    last, base = year - 1, year - 6
    d = read(_province(place, year, review.format(y=last, b=base)))
    fs = keys_of(d)
    measure = "pp_change" if key == "urbanization_rate" else "growth"
    assert val(fs, (key, "actual", f"{base + 1}-{last}", measure)) == want
    own = {"gdp": 9.1, "general_budget_revenue": 11.8, "urbanization_rate": 1.3}[key]
    assert val(fs, (key, "actual", str(last), measure)) == (own, "eq")  # (the year's own, stated later, keeps its key)


@pytest.mark.parametrize("review", [
    # (look-alikes, as before: a base the year before, 比上年, and a clause a year opens with no base)
    "全省生产总值{y}年达到16724亿元，比{p}年增长9.1%。",
    "全省生产总值{y}年达到16724亿元，比上年增长9.1%。",
    "全省生产总值：去年16724亿元，增长9.1%。",
])
@pytest.mark.parametrize("place,year", [("江西省", 2016), ("山东省", 2018)])
def test_a_change_on_the_year_before_stays_the_years(place, year, review):
    last = year - 1
    text = (f"政府工作报告\n——{year}年1月25日在{place}第十二届人民代表大会第五次会议上\n\n各位代表：\n\n一、{last}年工作回顾\n\n"
            + review.format(y=last, p=last - 1) + f"\n\n二、{year}年工作安排\n\n今年全省经济社会发展的主要预期目标是：地区生产总值增长8.5%左右。\n")
    assert val(keys_of(read(text)), ("gdp", "actual", str(last), "growth")) == (9.1, "eq")


# 3. a bare village (村, 社区) right after a verb of its own clause, in a run of works ("建设美丽乡村示范村100个、整治村1000个",
# "改造农村公路200公里，整治村500个"): 村 was read as a place saying where, and the count took the object before it (even
# one counted in 公里); the villages the verb works on are counted
@pytest.mark.parametrize("place,year", _PLACES)
@pytest.mark.parametrize("body,first,second", [
    ("建设美丽乡村示范村100个、整治村1000个。", ("美丽乡村示范村", 100, "个"), ("整治村", 1000, "个")),
    ("改造农村公路200公里，整治村500个。", ("农村公路", 200, "公里"), ("整治村", 500, "个")),
    ("新建示范村10个、改造提升社区20个。", ("示范村", 10, "个"), ("改造提升社区", 20, "个")),
])
def test_a_bare_village_after_its_own_verb_is_counted(place, year, body, first, second):
    got = pledged(read(_county(place, year, body)))
    assert first in got and second in got, got


@pytest.mark.parametrize("place,year", _PLACES)
@pytest.mark.parametrize("body,want", [
    # (look-alikes, as before: a place with no verb of its own says where part of the things before are)
    ("新建公厕100座，其中村30座。", ("公厕", 30, "座")),
    ("新建城市公园5个，其中中心城区3个。", ("城市公园", 3, "个")),
    ("新建幼儿园10所、村5所。", ("幼儿园", 5, "所")),
    ("新建农村公路100公里，覆盖行政村80个。", ("行政村", 80, "个")),
])
def test_a_place_with_no_verb_of_its_own_says_where(place, year, body, want):
    assert want in pledged(read(_county(place, year, body)))
