"""voc35: indicators named as each economy names them, blind (decision 138)."""
import pytest

from factkeys import facts, read, val

_HEAD = "政府工作报告\n——2024年1月12日在某某市第八届人民代表大会第三次会议上\n市长 王某\n一、2023年工作回顾\n"


def _review(body: str):
    return facts(_HEAD + body + "\n", report_year=2024, region="某某市", level="prefecture")


def _targets(items: str):
    return facts(_HEAD + "全年地区生产总值增长5%。\n二、2024年工作安排\n今年经济社会发展的主要预期目标是：" + items + "\n",
                 report_year=2024, region="某某市", level="prefecture")


# 1. an industry named by its trade before 工业增加值 / 工业投资 / 固定资产投资 (煤炭, 能源, 电力, 化工…; a 行业's
# investment) is a part of the region's industry or investment, not its headline figure (mention_guards.tsv)
@pytest.mark.parametrize("sentence, ind", [
    ("煤炭工业增加值增长5.2%，电力工业增加值增长12%。", "industrial_va"),
    ("全区能源工业增加值完成1200亿元，增长6%。", "industrial_va"),
    ("医药工业增加值增长15%，冶金工业增加值下降2%。", "industrial_va"),
    ("临港工业增加值增长15%，消费品工业增加值增长6%。", "industrial_va"),
    ("能源工业投资完成386亿元，下降12.3%。", "industrial_investment"),
    ("电力工业投资增长30%，非煤工业投资增长15%。", "industrial_investment"),
    ("能源工业固定资产投资完成420亿元，增长8%。", "industrial_investment"),
    ("全年完成煤炭行业固定资产投资320亿元，电力行业固定资产投资增长15%。", "fixed_asset_investment"),
])
def test_an_industry_by_its_trade_is_no_headline_figure(sentence, ind):
    fs = _review(sentence)
    assert not [k for k in fs if k[0] == ind], sorted(fs)


def test_the_headline_figure_beside_its_industries_is_kept():
    fs = _review("规模以上工业增加值增长7.6%，其中煤炭工业增加值增长5%，非煤工业增加值增长12%。"
                 "工业投资增长10%，其中能源工业投资增长5%。全社会固定资产投资增长8%，其中煤炭行业固定资产投资下降12%。")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (7.6, "eq")
    assert val(fs, ("industrial_investment", "actual", "2023", "growth")) == (10, "eq")
    assert val(fs, ("fixed_asset_investment", "actual", "2023", "growth")) == (8, "eq")
    fs = _review("能源工业投资增长5%，工业投资增长10%；电力工业增加值增长9%，全市工业增加值增长6%。")
    assert val(fs, ("industrial_investment", "actual", "2023", "growth")) == (10, "eq")
    assert val(fs, ("industrial_va", "actual", "2023", "growth")) == (6, "eq")


# 2. trade with one partner, 对 + its name (and 贸易) or 中 + its initial before the trade's name, is a part of the
# region's trade, whichever partner a border region names (对蒙, 对越, 对哈萨克斯坦, 中俄贸易)
@pytest.mark.parametrize("sentence", [
    "全区对蒙进出口总额完成180亿元，增长12%。",
    "全州对哈萨克斯坦进出口总额达到300亿元。",
    "对俄贸易进出口总额完成120亿元，增长20%。",
    "中俄贸易进出口额达到200亿元，对越进出口增长8%。",
    "对中亚五国进出口总额增长25%。",
])
def test_trade_with_one_partner_is_no_foreign_trade(sentence):
    fs = _review(sentence)
    assert not [k for k in fs if k[0] == "foreign_trade"], sorted(fs)


def test_the_regions_trade_around_a_partners_is_kept():
    fs = _review("全市外贸进出口总额完成520亿元，增长8%，其中对俄进出口380亿元，增长15%。")
    assert val(fs, ("foreign_trade", "actual", "2023", "level")) == (520, "eq")
    assert val(fs, ("foreign_trade", "actual", "2023", "growth")) == (8, "eq")
    # (面对/针对 before a trade's name are verbs, no partner; 对外 is the whole)
    fs = _review("面对进出口下滑的不利局面，全市对外贸易进出口总额仍增长5%。")
    assert val(fs, ("foreign_trade", "actual", "2023", "growth")) == (5, "eq")
    fs = _targets("外贸进出口总额增长8%，对东盟进出口增长10%，对蒙进出口增长12%。")
    assert val(fs, ("foreign_trade", "target", "2024", "growth")) == (8, "eq")


# 3. tourism revenue and carbon intensity under the names places give them (indicators.tsv)
@pytest.mark.parametrize("sentence, value", [
    ("全年接待游客2100万人次，文旅综合收入达到300亿元。", 300),
    ("旅游产业总收入完成120亿元，增长18%。", 120),
    ("旅游业实现总收入85亿元，增长12%。", 85),
    ("文化旅游综合收入96.5亿元，增长21%。", 96.5),
])
def test_tourism_revenue_by_other_names(sentence, value):
    fs = _review(sentence)
    assert val(fs, ("tourism_revenue", "actual", "2023", "level")) == (value, "eq")


@pytest.mark.parametrize("sentence, value", [
    ("单位GDP碳排放下降4%。", -4),
    ("万元GDP二氧化碳排放下降5.2%，单位GDP能耗下降3%。", -5.2),
    ("单位地区生产总值碳排放下降3.5%。", -3.5),
])
def test_carbon_intensity_by_other_names(sentence, value):
    fs = _review(sentence)
    assert val(fs, ("carbon_intensity", "actual", "2023", "growth")) == (value, "eq")


def test_a_part_of_tourism_under_the_new_names_is_none():
    # (乡村/入境 before the revenue's name: a kind of tourism, as before 旅游总收入)
    fs = _review("乡村文旅综合收入达到30亿元。入境旅游产业总收入增长20%。")
    assert not [k for k in fs if k[0] == "tourism_revenue"], sorted(fs)


# 4. day-trip visitors (一日游) are a part of the visitors, as 过夜 and 入境 are (mention_guards.tsv)
@pytest.mark.parametrize("sentence", ["一日游游客人次增长15%。", "全年一日游游客接待量达到800万人次。"])
def test_day_trip_visitors_are_no_visitors_total(sentence):
    fs = _review(sentence)
    assert not [k for k in fs if k[0] == "tourist_visits"], sorted(fs)


# 5. a port's ship calls pledged: 艘次 is their unit, 靠泊 their verb before or after the ships
# (“邮轮靠泊50艘次” had taken the verb of the clause before and counted ships in 艘)
@pytest.mark.parametrize("task, obj, value", [
    ("新开通国际航线8条，国际邮轮靠泊60艘次。", "国际邮轮", 60),
    ("全年靠泊国际邮轮40艘次，邮轮旅客吞吐量突破10万人次。", "国际邮轮", 40),
])
def test_ship_calls_are_pledged_in_their_unit(task, obj, value):
    d = read("二、2024年工作安排\n（一）建设国际邮轮母港。" + task + "\n", report_year=2024)
    got = [(p.action, p.object, p.value, p.unit) for p in d.pledges if p.unit == "艘次"]
    assert got == [("靠泊", obj, value, "艘次")], [(p.action, p.object, p.value, p.unit) for p in d.pledges]


# 6. containers counted in TEU, as ports write them beside 标箱 (pledge_units.tsv)
@pytest.mark.parametrize("task, obj, value, q", [
    ("集装箱吞吐量突破300万TEU，新开集装箱航线5条。", "集装箱吞吐量", 300, "at_least"),
    ("港口集装箱吞吐量突破800万标箱，海铁联运量达到50万TEU。", "海铁联运量", 50, "eq"),
])
def test_containers_in_teu_are_pledged(task, obj, value, q):
    d = read("二、2024年工作安排\n（一）建设港口强市。" + task + "\n", report_year=2024)
    got = [(p.object, p.value, p.unit, p.qualifier) for p in d.pledges if p.unit.endswith("TEU")]
    assert got == [(obj, value, "万TEU", q)], [(p.object, p.value, p.unit) for p in d.pledges]


# 7. a sector's output named 生产总值 (a word ending in 业 before it: 农业, 渔业, 林业, 旅游业, 农林牧渔业) is no GDP
@pytest.mark.parametrize("sentence", [
    "全市农业生产总值达到120亿元，增长4%。",
    "渔业生产总值达到80亿元，旅游业生产总值增长15%。",
    "农林牧渔业生产总值完成300亿元。",
])
def test_a_sectors_output_named_gdp_is_none(sentence):
    fs = _review(sentence)
    assert not [k for k in fs if k[0] == "gdp"], sorted(fs)


def test_the_gdp_beside_a_sectors_output_is_kept():
    fs = _review("全市地区生产总值完成560亿元，增长6.2%；农业生产总值120亿元，增长4%；旅游业增加值占地区生产总值的比重达到12%。")
    assert val(fs, ("gdp", "actual", "2023", "level")) == (560, "eq")
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (6.2, "eq")


# 8. grain first in a list of farm products sharing one 产量 before 分别: the first value is the grain's (compounds.tsv)
@pytest.mark.parametrize("sentence, key, value", [
    ("粮食、肉类总产量分别达到80万吨、12万吨。", "level", 80),
    ("粮食、油料、肉类产量分别增长2%、5%、3%。", "growth", 2),
    ("粮食和油料产量分别达到95.3万吨和8.2万吨。", "level", 95.3),
    ("粮食、蔬菜、水果、肉类产量分别达到60万吨、120万吨、45万吨、9万吨。", "level", 60),
])
def test_grain_first_in_a_list_of_farm_products(sentence, key, value):
    fs = _review(sentence)
    assert val(fs, ("grain_output", "actual", "2023", key)) == (value, "eq")
    assert len([k for k in fs if k[0] == "grain_output"]) == 1, sorted(fs)


def test_farm_products_with_no_each_give_no_grain_figure():
    fs = _review("粮食、油料产量稳定增长，肉类总产量达到12万吨。")
    assert not [k for k in fs if k[0] == "grain_output" and fs[k].value is not None], sorted(fs)


# 9. a gross output and its value added under one name before 分别: the value added is the indicator's, the output none;
# and visits and revenue as 旅游人次和收入 (compounds.tsv)
@pytest.mark.parametrize("sentence, key, value", [
    ("农林牧渔业总产值和增加值分别增长4.5%和4.1%。", ("primary_industry_va", "actual", "2023", "growth"), 4.1),
    ("规上工业总产值、增加值分别增长10%、8%。", ("industrial_va", "actual", "2023", "growth"), 8),
    ("旅游人次和收入分别增长8%、10%。", ("tourism_revenue", "actual", "2023", "growth"), 10),
    ("全年旅游总人次和收入分别增长12%、15%。", ("tourist_visits", "actual", "2023", "growth"), 12),
])
def test_output_and_value_added_under_one_name(sentence, key, value):
    fs = _review(sentence)
    assert val(fs, key) == (value, "eq")


# 10. a resource place's coal or non-coal taxes as a share are no tax share of the budget revenue (mention_guards.tsv)
@pytest.mark.parametrize("sentence", [
    "全市一般公共预算收入完成120亿元，其中煤炭税收收入占比达到45%。",
    "非煤税收占比提高到55%。",
    "煤炭行业税收占一般公共预算收入的比重下降到40%。",
])
def test_coal_taxes_share_is_no_tax_share(sentence):
    fs = _review(sentence)
    assert not [k for k in fs if k[0] == "tax_revenue_share"], sorted(fs)


def test_the_tax_share_beside_the_coal_taxes_is_kept():
    fs = _review("全市税收收入占比达到78%，其中非煤税收占比提高到52%。")
    assert val(fs, ("tax_revenue_share", "actual", "2023", "share")) == (78, "eq")
    fs = _review("一般公共预算收入完成120亿元，其中税收收入90亿元，税占比75%。")
    assert val(fs, ("tax_revenue_share", "actual", "2023", "share")) == (75, "eq")
