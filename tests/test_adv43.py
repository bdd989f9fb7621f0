"""The newest rules (decisions 276a, 281, 282) under attack, blind (adv43, decision 283): an explainer's card whose last
year held a level ("粮食产量：去年稳定在780亿斤以上") gave it as this year's target; a card's this year set by 明确, by a verb of
reaching after 确定 ("今年确定实现新增4.5万人以上"), as a 涨幅, or after a clause of praise ("，创历史新高。今年提出…") was
lost; a page quoting a city's target to reach in a year-led sentence ("2022年青岛市确定实现…") dated the report a year
late; 确定 of sites chosen ("确定省级乡村振兴示范村12个") pledged nothing; a threshold of a size beside one of money
("带动农户500户以上的") left the first a count; the region's own word setting a task ("全市确定实现新增…") made its
sentence a target list. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read
from taskdoc import pledges as task_pledges


def _card_page(province: str, year: int, cards: str) -> str:
    return (f"数读{year}年{province}政府工作报告\n新闻网　{year}-01-16 10:05　编辑：赵敏\n\n1月14日，{province}人民代表大会"
            f"会议开幕，{province[:-1]}长代表{province[:-1]}人民政府作政府工作报告。这些数字值得关注——\n\n"
            f"地区生产总值：去年实际增长5.4%。今年预期增长5.5%左右。\n{cards}\n")


_PLACES = [("河北省", 2025), ("四川省", 2024), ("湖南省", 2023), ("甘肃省", 2026)]


# 1. a card's last year holding a level: last year's result, and this year's level the card's target
@pytest.mark.parametrize("province,year", _PLACES)
@pytest.mark.parametrize("held", ["稳定在", "保持在"])
@pytest.mark.parametrize("card,key,last,this", [
    ("粮食产量：去年{h}780亿斤以上。今年提出保持在770亿斤以上。", ("grain_output", "level"), 780, 770),
    ("城镇调查失业率：去年{h}5.5%以内。今年提出控制在5.5%左右。", ("urban_unemployment_rate", "share"), 5.5, 5.5),
    ("森林覆盖率：去年{h}35.8%。今年确定提高到36%。", ("forest_coverage", "share"), 35.8, 36),
])
def test_a_cards_level_held_last_year_is_last_years(province, year, held, card, key, last, this):
    fs = keys_of(read(_card_page(province, year, card.format(h=held))))
    ind, measure = key
    assert fs[(ind, "actual", str(year - 1), measure)].value == last
    assert fs[(ind, "target", str(year), measure)].value == this


def test_a_cards_level_held_this_year_unchanged():
    # (look-alike: the card's this year holding the level, last year's a 达到)
    fs = keys_of(read(_card_page("河北省", 2025, "粮食产量：去年达到780亿斤。今年提出稳定在770亿斤以上。")))
    assert fs[("grain_output", "actual", "2024", "level")].value == 780
    assert fs[("grain_output", "target", "2025", "level")].value == 770


# 2. a card's this year by 明确, by a verb of reaching after the verb of setting, as a 涨幅, after a praise's clause
@pytest.mark.parametrize("province,year", _PLACES)
@pytest.mark.parametrize("card,key,value", [
    ("一般公共预算收入：去年实际完成4365.5亿元，增长2.8%。今年明确增长3%。", ("general_budget_revenue", "growth"), 3),
    ("研发投入强度：去年达到2.1%。今年明确保持在2.1%以上。", ("rnd_intensity", "share"), 2.1),
    ("城镇新增就业：去年新增49万人。今年确定实现新增45万人以上。", ("urban_new_jobs", "level"), 45),
    ("城镇新增就业：去年新增49万人。今年提出完成新增45万人。", ("urban_new_jobs", "level"), 45),
    ("固定资产投资：去年实际增长3.5%。今年提出实现增长5%左右。", ("fixed_asset_investment", "growth"), 5),
    ("居民消费价格：去年上涨0.3%。今年预期涨幅2%左右。", ("cpi", "growth"), 2),
    ("粮食产量：去年达到780亿斤，再创历史新高。今年提出稳定在770亿斤以上。", ("grain_output", "level"), 770),
])
def test_a_cards_this_year_is_read(province, year, card, key, value):
    fs = keys_of(read(_card_page(province, year, card)))
    assert fs[(key[0], "target", str(year), key[1])].value == value


@pytest.mark.parametrize("card", [
    # (look-alikes: this year so far is no target, nor a figure of a part of the whole)
    "粮食产量：去年达到780亿斤，再创历史新高。今年以来夏粮增长3%。",
    "一般公共预算收入：去年实际完成4365.5亿元。今年以来增长3%。",
])
def test_a_cards_year_so_far_no_target(card):
    fs = keys_of(read(_card_page("河北省", 2025, card)))
    assert not [k for k in fs if k[1] == "target" and k[0] in ("grain_output", "general_budget_revenue")], fs


# 3. a page on a district quoting its city's targets in a sentence opened by the year: the report's year is the page's
def _district_page(city: str, district: str, year: int, quoted: str) -> str:
    return (f"{district}：今年地区生产总值预期增长8%\n来源：{city[:-1]}日报　{year}-01-12\n\n"
            f"1月10日，{city}{district}人民代表大会会议开幕。区长代表区政府作政府工作报告。\n"
            f"去年，全区生产总值实现4400亿元，增长9.6%；一般公共预算收入完成281亿元，增长7.2%。\n"
            f"报告提出，{year}年全区地区生产总值增长8%，一般公共预算收入增长6%。\n"
            f"同日，记者从{city}发展改革委获悉，{quoted}\n"
            f"报告还提出，今年新开工亿元以上项目200个，新建5G基站3000个。\n")


@pytest.mark.parametrize("city,district", [("青岛市", "黄岛区"), ("苏州市", "吴中区"), ("成都市", "武侯区"), ("长沙市", "岳麓区")])
@pytest.mark.parametrize("year", [2019, 2022, 2025])
@pytest.mark.parametrize("verbs", ["确定实现", "提出完成", "明确达到"])
def test_a_quoted_citys_year_led_target_dates_nothing(city, district, year, verbs):
    d = read(_district_page(city, district, year, f"{year}年{city}{verbs}地区生产总值增长7%以上，实际使用外资60亿美元。"))
    assert d.meta.report_year == year
    fs = keys_of(d)
    assert fs[("gdp", "actual", str(year - 1), "level")].value == 4400
    assert fs[("gdp", "target", str(year), "growth")].value == 8


def test_a_quoted_citys_result_unchanged():
    # (look-alike: the city's result of last year, a reached verb alone)
    d = read(_district_page("青岛市", "黄岛区", 2022, "2021年青岛市实现地区生产总值增长8.3%，实际使用外资58亿美元。"))
    assert d.meta.report_year == 2022


# 4. 确定 of sites or units chosen for a programme: a pledge; a card's 确定 before its figure still none
@pytest.mark.parametrize("sent,obj,value", [
    ("确定省级乡村振兴示范村12个，建成高标准农田45万亩。", "省级乡村振兴示范村", 12),
    ("确定12个市级美丽乡村示范村。", "市级美丽乡村示范村", 12),
    ("年内确定20个乡镇开展农村集体经营性建设用地入市试点。", "乡镇开展农村集体经营性建设用地入市试点", 20),
    ("确定首批省级数字乡村试点县8个。", "首批省级数字乡村试点县", 8),
])
@pytest.mark.parametrize("level", ["市", "县"])
def test_sites_chosen_by_queding_are_pledged(sent, obj, value, level):
    ps = task_pledges(sent, level)
    assert ("确定", obj, value, "个") in ps, ps


@pytest.mark.parametrize("sent", [
    "完成市委确定的12项重点任务，建成高标准农田45万亩。",
    "报告确定，新建高标准农田45万亩。",
    "确定为全省试点县，建成高标准农田45万亩。",
    "“十四五”规划纲要确定的28项主要指标中，24项达到序时进度，建成高标准农田45万亩。",
])
def test_queding_of_no_count_pledges_nothing_more(sent):
    ps = task_pledges(sent)
    assert {p[1] for p in ps} == {"高标准农田"}, ps


# 5. a threshold of money beside one of a size (households, people, an area): neither is a count
@pytest.mark.parametrize("sent,obj,value,unit", [
    ("培育年营业收入2000万元以上、带动农户500户以上的农业龙头企业10家。", "农业龙头企业", 10, "家"),
    ("新增用工100人以上、年产值5000万元以上的企业15家。", "企业", 15, "家"),
    ("新增年经营性收入50万元以上、带动农户200户以上的村集体20个。", "村集体", 20, "个"),
    ("帮扶农户500户以上、脱贫人口1200人以上的村20个。", "村", 20, "个"),
])
@pytest.mark.parametrize("level", ["市", "县"])
def test_thresholds_of_a_size_and_money_count_nothing(sent, obj, value, unit, level):
    ps = task_pledges(sent, level)
    assert any(o.endswith(obj) and v == value and u == unit for _, o, v, u in ps), ps
    assert not [p for p in ps if p[3] in ("户", "人", "万元") and p[2] in (2000, 500, 100, 5000, 50, 200, 1200)], ps


@pytest.mark.parametrize("sent,expected", [
    # (look-alikes: lists of counts and amounts, and the 的 of a target the two make, stay two pledges)
    ("帮扶农户500户以上、脱贫人口1200人以上。", {500, 1200}),
    ("完成培训农民工5000人以上、带动就业2000人以上的目标任务。", {5000, 2000}),
    ("新建高标准农田5万亩以上、改造提升2万亩。", {5, 2}),
])
def test_lists_of_counts_unchanged(sent, expected):
    assert {p[2] for p in task_pledges(sent)} == expected


# 6. the region's own word setting a task before it: no target list's item
@pytest.mark.parametrize("own", ["全市", "本市", "我市"])
@pytest.mark.parametrize("verb", ["确定实现", "提出", "明确"])
def test_the_regions_own_setting_word_before_a_new_count(own, verb):
    ps = task_pledges(f"完成工业投资600亿元以上，{own}{verb}新增高新技术企业500家，全社会研发投入占地区生产总值比重达到4.1%。")
    assert {(o, v) for _, o, v, _ in ps} >= {("工业投资", 600), ("高新技术企业", 500)}, ps


def test_a_target_list_with_the_regions_word_unchanged():
    # (look-alike: three indicators' targets after the region's word stay a list, no pledge)
    assert task_pledges("全市确定实现地区生产总值增长6%，固定资产投资增长5%，一般公共预算收入增长4%。") == set()
