"""p1934: whole provincial reports of 2019–2022, blind (decision 127)."""
import pytest

from factkeys import facts, val

_HEAD = "政府工作报告\n——{y}年1月16日在某某省第十三届人民代表大会第{n}次会议上\n省长 王某\n"
_REVIEW = "一、{p}年工作回顾\n过去一年，全省地区生产总值增长6.1%，规模以上工业增加值增长5.2%。\n"


def _report(body: str, y: int = 2021):
    text = _HEAD.format(y=y, n="二三四五"[y - 2019]) + _REVIEW.format(p=y - 1) + body + "\n"
    return facts(text, report_year=y, region="某某省", level="province")


# 1. all of a province's divisions counted before an air figure ("全省14个市州", "七地市"): the province's air quality
# is measured over them, its own figure (it had been a part's, other:)
@pytest.mark.parametrize("sentence,key,value", [
    ("全省13个设区市空气质量优良天数比例达到88.5%，细颗粒物平均浓度下降到35微克/立方米。",
     ("good_air_days", "actual", "2020", "share"), (88.5, "eq")),
    ("全省13个设区市空气质量优良天数比例达到88.5%，细颗粒物平均浓度下降到35微克/立方米。",
     ("pm25", "actual", "2020", "level"), (35, "eq")),
    ("五地市PM2.5平均浓度为22微克/立方米，空气质量总体优良。", ("pm25", "actual", "2020", "level"), (22, "eq")),
    ("全区12个盟市空气质量优良天数比例达到90.2%。", ("good_air_days", "actual", "2020", "share"), (90.2, "eq")),
])
def test_all_divisions_measure_the_regions_air(sentence, key, value):
    assert val(_report(sentence), key) == value


# look-alikes: some of them after a list (等), each of them (均), a count before a figure that is no air figure
@pytest.mark.parametrize("sentence,ind", [
    ("兰州、天水等8个市州空气质量优良天数比例达到92%。", "good_air_days"),
    ("全省14个市州空气质量优良天数比例均达到85%以上。", "good_air_days"),
    ("全省14个市州地区生产总值均实现正增长，其中9个市州增长5%以上。", "gdp"),
    ("全省14个市州城镇居民人均可支配收入增速超过6%。", "urban_disposable_income"),
])
def test_some_or_each_division_is_not_the_region(sentence, ind):
    fs = _report(sentence)
    assert [k for k in fs if k[0] == ind and k[1] == "actual" and (ind != "gdp" or k[3] != "growth" or fs[k].value != 6.1)] == []


# 2. a plan's end year named after the words that set a 、-list closed by 等目标 in a review ("“十四五”规划确定的2025年
# 全省地区生产总值达到4万亿元、城镇化率达到55%等目标扎实推进"): that year's goals, not last year's targets
@pytest.mark.parametrize("sentence,key,value", [
    ("“十四五”规划确定的2025年全省地区生产总值达到6万亿元、常住人口城镇化率达到62%等目标扎实推进。",
     ("gdp", "goal", "2025", "level"), (6, "eq")),
    ("“十四五”规划确定的2025年全省地区生产总值达到6万亿元、常住人口城镇化率达到62%等目标扎实推进。",
     ("urbanization_rate", "goal", "2025", "share"), (62, "eq")),
    ("省委全会提出的2025年高新技术企业达到8000家、研发经费投入强度达到2.5%等目标正在稳步推进。",
     ("rnd_intensity", "goal", "2025", "share"), (2.5, "eq")),
])
def test_a_plans_end_year_after_the_set_words(sentence, key, value):
    fs = _report(sentence, y=2022)
    assert val(fs, key) == value
    assert [k for k in fs if k[1] == "target" and k[2] == "2021"] == []


# (a list of last year's targets set with no later year named stays last year's)
def test_last_years_listed_targets_stay():
    fs = _report("年初确定的地区生产总值增长6%左右、常住人口城镇化率达到58%等目标全面完成。", y=2022)
    assert val(fs, ("urbanization_rate", "target", "2021", "share")) == (58, "eq")


# 3. the trade passing a port's customs ("口岸货物进出口总额达到8.4万亿元") is not the region's trade
@pytest.mark.parametrize("sentence", [
    "口岸货物进出口总额达到6.3万亿元，继续位居全球城市首位。",
    "全年口岸贸易进出口总额增长7%，口岸通关效率持续提升。",
])
def test_a_ports_trade_is_not_the_regions(sentence):
    assert [k for k in _report(sentence) if k[0] == "foreign_trade"] == []


def test_the_regions_goods_trade_stays():
    fs = _report("全省货物进出口总额达到2860亿元，增长9.4%。")
    assert val(fs, ("foreign_trade", "actual", "2020", "level")) == (2860, "eq")


# 4. an amount of a name that is no indicator's before the indicator's, one change each after 分别 ("接待国内游客6.5亿
# 人次，旅游业总收入7300亿元，分别增长22%和25%"): the indicator's change is the one in its amount's place
@pytest.mark.parametrize("sentence,key,value", [
    ("全省接待国内游客3.2亿人次，旅游业总收入3600亿元，分别增长12%和15.5%。",
     ("tourism_revenue", "actual", "2020", "growth"), (15.5, "eq")),
    ("生猪出栏3100万头、粮食总产量1250万吨，分别增长8.6%和1.3%。", ("grain_output", "actual", "2020", "growth"), (1.3, "eq")),
])
def test_the_change_in_its_amounts_place(sentence, key, value):
    assert val(_report(sentence), key) == value
