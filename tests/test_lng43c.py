"""Whole reports of autonomous prefectures, leagues, 地区 and autonomous counties, blind (lng43c, decision 288): the
entities a tax relief reached (“减税降费政策惠及各类市场主体2.3万户”) were read as the region's market entities, the loans
to one kind of borrower (“为中小微企业新增贷款18.5亿元”) as the region's new loans, and two pastoral pledges were lost
(the camels' 峰, the water let into a river for its ecology, “生态输水8亿立方米以上”). Each with look-alikes that must
not change."""
import pytest

from factkeys import keys_of, read, val


def _report(region: str, year: int, review: str, tasks: str = "") -> str:
    """A report of REGION for YEAR: the review of the year before, the targets, then TASKS."""
    own = "全" + ("地区" if region.endswith("地区") else region[-1])
    return (f"{region}{year}年政府工作报告\n——{year}年1月12日在{region}第十五届人民代表大会第三次会议上\n\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{year - 1}年，{own}地区生产总值增长6.2%。{review}\n"
            f"二、{year}年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。重点抓好以下工作：\n{tasks}\n")


_REGIONS = [("阿拉善盟", 2022), ("阿克苏地区", 2024), ("黔东南苗族侗族自治州", 2019), ("甘孜藏族自治州", 2023),
            ("长阳土家族自治县", 2021), ("鄂伦春自治旗", 2020)]


@pytest.mark.parametrize("region,year", _REGIONS)
@pytest.mark.parametrize("sentence", [
    "减税降费政策惠及各类市场主体2.3万户。",
    "组合式税费支持政策受益市场主体达到1.5万户。",
    "落实纾困政策，惠及全旗各类市场主体8600户。",
    "新增减税降费1.2亿元，惠及各类市场经营主体5600户。",
])
def test_entities_a_relief_reached_are_no_count_of_the_regions(region, year, sentence):
    d = read(_report(region, year, sentence))
    assert d.meta.region == region
    assert ("market_entities", "actual", str(year - 1), "level") not in keys_of(d)
    assert val(keys_of(d), ("gdp", "actual", str(year - 1), "growth")) == (6.2, "eq")


@pytest.mark.parametrize("region,year", _REGIONS[:3])
@pytest.mark.parametrize("sentence,value", [
    ("全盟市场主体达到3.2万户。", 3.2),
    ("各类市场主体达到5.6万户，增长8%。", 5.6),
    ("市场主体总数达到12.6万户。", 12.6),
])
def test_the_regions_own_entities_stay(region, year, sentence, value):
    fs = keys_of(read(_report(region, year, sentence)))
    assert val(fs, ("market_entities", "actual", str(year - 1), "level")) == (value, "eq")


@pytest.mark.parametrize("region,year", _REGIONS)
@pytest.mark.parametrize("sentence", [
    "积极应对疫情冲击，为中小微企业新增贷款18.5亿元。",
    "全年向小微企业新增贷款5亿元。",
    "为民营企业新增贷款30亿元。",
    "涉农贷款新增12亿元。",
    "普惠型小微企业贷款新增8.6亿元。",
])
def test_a_kind_of_borrowers_loans_are_a_part(region, year, sentence):
    d = read(_report(region, year, sentence))
    assert ("new_loans", "actual", str(year - 1), "level") not in keys_of(d)


@pytest.mark.parametrize("region,year", _REGIONS[:3])
@pytest.mark.parametrize("sentence,value", [
    ("金融机构新增贷款30亿元。", 30),
    ("各项贷款新增52亿元。", 52),
    ("全年新增贷款46亿元，增长11%。", 46),
])
def test_the_regions_new_loans_stay(region, year, sentence, value):
    fs = keys_of(read(_report(region, year, sentence)))
    assert val(fs, ("new_loans", "actual", str(year - 1), "level")) == (value, "eq")


def _pledges(d) -> set:
    return {(p.object, p.value, p.unit, p.qualifier) for p in d.pledges}


@pytest.mark.parametrize("region,year", _REGIONS[:4])
@pytest.mark.parametrize("task,pledge", [
    ("骆驼存栏稳定在13万峰以上。", ("骆驼存栏", 13, "万峰", "at_least")),
    ("发展双峰驼养殖，骆驼存栏达到8600峰。", ("骆驼存栏", 8600, "峰", "eq")),
    ("马存栏稳定在5万匹。", ("马存栏", 5, "万匹", "eq")),
    ("塔里木河流域生态输水8亿立方米以上。", ("生态输水", 8, "亿立方米", "at_least")),
    ("向东居延海生态补水1.2亿立方米。", ("生态补水", 1.2, "亿立方米", "eq")),
])
def test_pastoral_and_arid_pledges(region, year, task, pledge):
    got = _pledges(read(_report(region, year, "", task)))
    assert any(pledge[0] in o and (v, u, q) == pledge[1:] for o, v, u, q in got), got


def test_a_task_verb_before_the_water_still_acts():
    # (read so before: 完成 carries out the work named with its river)
    got = _pledges(read(_report("阿拉善盟", 2022, "", "完成黑河下游生态补水3.5亿立方米。")))
    assert ("黑河下游生态补水", 3.5, "亿立方米", "eq") in got


@pytest.mark.parametrize("review", [
    "塔里木河流域生态输水8.3亿立方米，骆驼存栏达到13万峰。",  # last year's results: no pledge
    "迎峰度夏期间电力供应平稳，高峰负荷达到120万千瓦。",  # 峰 inside words, no count of camels
])
def test_no_pledge_from_the_review(review):
    d = read(_report("阿拉善盟", 2022, review))
    assert not [p for p in d.pledges if "峰" in p.unit or "输水" in p.object]


@pytest.mark.parametrize("region,year", _REGIONS[:4])
@pytest.mark.parametrize("sentence,key", [
    ("边境县市一般公共预算收入增长9%。", ("general_budget_revenue", "growth")),
    ("脱贫县市农村居民人均可支配收入增长10.5%。", ("rural_disposable_income", "growth")),
    ("牧区县市社会消费品零售总额增长9%。", ("retail_sales", "growth")),
    ("边境旗市固定资产投资增长15%。", ("fixed_asset_investment", "growth")),
])
def test_a_kind_of_county_or_city_is_a_part(region, year, sentence, key):
    fs = keys_of(read(_report(region, year, sentence)))
    assert (key[0], "actual", str(year - 1), key[1]) not in fs


@pytest.mark.parametrize("sentence,key,value", [
    ("一般公共预算收入增长9%，边境县市增长12%。", ("general_budget_revenue", "growth"), 9),
    ("全盟固定资产投资增长15%。", ("fixed_asset_investment", "growth"), 15),
])
def test_the_regions_own_figure_beside_a_kind_of_county_stays(sentence, key, value):
    fs = keys_of(read(_report("阿拉善盟", 2022, sentence)))
    assert val(fs, (key[0], "actual", "2021", key[1])) == (value, "eq")


def _targets(region: str, year: int, items: str) -> str:
    own = "全" + ("地区" if region.endswith("地区") else region[-1])
    return (f"{region}{year}年政府工作报告\n——{year}年1月12日在{region}第十五届人民代表大会第三次会议上\n\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{own}地区生产总值增长7.2%，高于全疆0.4个百分点。\n二、{year}年工作安排\n"
            f"今年主要预期目标是：地区生产总值增长7%左右；{items}\n")


@pytest.mark.parametrize("region,year,above", [("阿克苏地区", 2024, "全疆"), ("喀什地区", 2023, "全疆"),
                                               ("博尔塔拉蒙古自治州", 2022, "全疆"), ("库车市", 2024, "全地区"),
                                               ("温宿县", 2023, "全地区")])
@pytest.mark.parametrize("item,keys", [
    ("城乡居民人均可支配收入增速快于{}。", ("urban_disposable_income", "rural_disposable_income")),
    ("固定资产投资增速高于{}平均水平。", ("fixed_asset_investment",)),
    ("一般公共预算收入增长好于{}。", ("general_budget_revenue",)),
])
def test_a_target_weighed_against_the_province_or_the_prefecture(region, year, above, item, keys):
    d = read(_targets(region, year, item.format(above)))
    assert d.meta.region == region
    fs = keys_of(d)
    for k in keys:
        assert val(fs, (k, "target", str(year), "growth")) == (None, "qualitative")
    assert val(fs, ("gdp", "target", str(year), "growth")) == (7, "about")


@pytest.mark.parametrize("region,year", [("阿克苏地区", 2024), ("和田地区", 2022), ("塔城地区", 2023), ("大兴安岭地区", 2021)])
@pytest.mark.parametrize("review,key,value", [
    ("全疆地区生产总值增长6.8%，全地区增长7.2%。", ("gdp", "growth"), 7.2),
    ("全省固定资产投资增长5%，我地区增长12.3%。", ("fixed_asset_investment", "growth"), 12.3),
    ("全省一般公共预算收入增长8%，全地区增长10.3%。", ("general_budget_revenue", "growth"), 10.3),
])
def test_a_prefecture_named_diqu_speaks_of_itself_after_the_province(region, year, review, key, value):
    text = (f"{region}{year}年政府工作报告\n——{year}年1月12日在{region}人大工委全体（扩大）会议上\n\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{year - 1}年，{review}\n二、{year}年工作安排\n"
            f"今年主要预期目标是：地区生产总值增长7%左右。\n")
    d = read(text)
    assert d.meta.region == region
    assert val(keys_of(d), (key[0], "actual", str(year - 1), key[1])) == (value, "eq")


@pytest.mark.parametrize("region,year", [("温宿县", 2024), ("天河区", 2023)])
def test_a_county_or_district_does_not_take_quandiqu_for_itself(region, year):
    # (a county's 全地区 is its prefecture; a district never calls itself so)
    text = (f"{region}{year}年政府工作报告\n——{year}年1月12日在{region}第十八届人民代表大会第三次会议上\n\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n{year - 1}年，全省地区生产总值增长6%，全地区增长6.6%。\n二、{year}年工作安排\n"
            f"今年主要预期目标是：地区生产总值增长7%左右。\n")
    assert ("gdp", "actual", str(year - 1), "growth") not in keys_of(read(text))


@pytest.mark.parametrize("region,year,byline,speaker", [
    ("喀什地区", 2023, "地区行署副专员、代专员　艾力·吾斯曼", "艾力·吾斯曼"),
    ("阿勒泰地区", 2022, "地区行署副专员、代专员　古丽米拉", "古丽米拉"),
    ("兴安盟", 2021, "盟长（代）　张伟明", "张伟明"),
    ("长阳土家族自治县", 2021, "县长(代理)　覃明华", "覃明华"),
    ("鄂伦春自治旗", 2020, "旗长（代）　孟和", "孟和"),
])
def test_an_acting_heads_byline(region, year, byline, speaker):
    body = "人大工委全体（扩大）会议上" if region.endswith(("地区", "盟")) else "第十届人民代表大会第六次会议上"
    text = (f"政府工作报告\n——{year}年1月26日在{region}{body}\n{byline}\n\n各位代表：\n"
            f"一、{year - 1}年工作回顾\n全{region[-1] if not region.endswith('地区') else '地区'}地区生产总值增长5%。\n")
    d = read(text)
    assert (d.meta.region, d.meta.speaker) == (region, speaker)


@pytest.mark.parametrize("byline,speaker", [("县委副书记、县长　覃明华", "覃明华"), ("县长　覃明华", "覃明华")])
def test_a_heads_byline_as_before(byline, speaker):
    text = (f"政府工作报告\n——2021年1月8日在长阳土家族自治县第十届人民代表大会第六次会议上\n{byline}\n\n各位代表：\n"
            f"一、2020年工作回顾\n全县地区生产总值下降4.1%。\n")
    assert read(text).meta.speaker == speaker
