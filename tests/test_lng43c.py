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
