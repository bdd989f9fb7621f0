"""Whole county and banner reports of the north, 2021–2025 (cnt44, decision 311): money brought in from outside a
banner (旗外资金, 旗外到位资金) was no domestic_investment_inflow fact, as 县外/市外/区外 money was and 州外/盟外 money
has been since decision 309; and a paired list whose last half is the pastoral regions' countryside ("城市、农村牧区低保
标准分别提高6%和8%") gave the first half the wrong object (城市牧区低保标准), as did a 城市居民 half. With look-alikes that
must not change: 县外/市外/区外/盟外 money, 城乡 and 城市、农村 pairs, a name ending in 州 before 外贸."""
import pytest

from factkeys import key_values, pledged, read


def _report(region: str, year: int, review: str, plan: str, head: str = "县长") -> str:
    return (f"{region}政府工作报告\n——{year}年1月9日在{region}第十八届人民代表大会第三次会议上\n{region}人民政府{head}　王建军\n\n"
            f"各位代表：\n现在，我代表{region}人民政府，向大会报告工作，请予审议。\n\n一、{year - 1}年工作回顾\n{review}\n\n"
            f"二、{year}年工作安排\n{plan}\n\n各位代表，让我们团结一心、砥砺奋进！\n")


# (banner, report year): 州外 and 盟外 were made domestic_investment_inflow by decision 309 (tests/test_lng44c.py)
_OUTSIDE = [("杭锦旗", 2023), ("科尔沁右翼中旗", 2024), ("鄂温克族自治旗", 2022), ("阿拉善左旗", 2025)]

# (the review's sentence, the plan's sentence): {w} the level word
_MONEY = [
    ("实际到位{w}外资金42.6亿元。", "全年引进{w}外资金50亿元以上。"),
    ("引进{w}外到位资金38.5亿元，增长12%。", "力争{w}外到位资金突破50亿元。"),
    ("{w}外资金实际到位42.6亿元。", "实际到位{w}外资金50亿元以上。"),
]


@pytest.mark.parametrize("region,year", _OUTSIDE)
@pytest.mark.parametrize("review,plan", _MONEY)
def test_money_from_outside_the_banner(region, year, review, plan):
    d = read(_report(region, year, "全年地区生产总值增长5.6%。" + review.format(w="旗"), plan.format(w="旗"), head="旗长"),
             region=region, report_year=year)
    kv = key_values(d)
    assert kv.get(("domestic_investment_inflow", "actual", str(year - 1), "level"))[0] in (42.6, 38.5)
    assert kv.get(("domestic_investment_inflow", "target", str(year), "level")) == (50, "at_least")


@pytest.mark.parametrize("region,word", [("平山县", "县"), ("天水市", "市"), ("龙泉驿区", "区"), ("锡林郭勒盟", "盟")])
def test_money_from_outside_a_county_city_district_unchanged(region, word):
    d = read(_report(region, 2024, f"全年引进{word}外资金42.6亿元。", f"全年引进{word}外资金50亿元以上。"),
             region=region, report_year=2024)
    kv = key_values(d)
    assert kv.get(("domestic_investment_inflow", "actual", "2023", "level")) == (42.6, "eq")
    assert kv.get(("domestic_investment_inflow", "target", "2024", "level")) == (50, "at_least")


def test_a_province_named_with_zhou_before_foreign_trade_is_trade():
    # "贵州外贸进出口": 州外 inside a name, no money from outside a prefecture
    d = read(_report("贵州省", 2024, "贵州外贸进出口总额完成650亿元。", "全年外贸进出口增长5%。"),
             region="贵州省", report_year=2024)
    kv = key_values(d)
    assert ("domestic_investment_inflow", "actual", "2023", "level") not in kv
    assert kv.get(("foreign_trade", "actual", "2023", "level")) == (650, "eq")


# (the paired list, what each half's pledge is of)
_PASTORAL = [
    ("城市、农村牧区低保标准分别提高6%和8%。", [("城市低保标准", 6, "%"), ("农村牧区低保标准", 8, "%")]),
    ("城市、农牧区低保标准分别提高5%和7%。", [("城市低保标准", 5, "%"), ("农牧区低保标准", 7, "%")]),
    ("城镇和农村牧区居民医保财政补助标准分别提高30元、30元。",
     [("城镇居民医保财政补助标准", 30, "元"), ("农村牧区居民医保财政补助标准", 30, "元")]),
    ("城镇、农村牧区低保标准分别提高到每人每月820元和每人每年7600元。",
     [("城镇低保标准", 820, "元"), ("农村牧区低保标准", 7600, "元")]),
    ("新建改造城市、农牧区供水管网18公里、26公里。", [("城市供水管网", 18, "公里"), ("农牧区供水管网", 26, "公里")]),
    ("城镇居民、农村牧区居民最低生活保障标准分别提高4%和6%。",
     [("城镇居民最低生活保障标准", 4, "%"), ("农村牧区居民最低生活保障标准", 6, "%")]),
    ("城市居民、农村居民最低生活保障标准分别提高4%和6%。",
     [("城市居民最低生活保障标准", 4, "%"), ("农村居民最低生活保障标准", 6, "%")]),
]


@pytest.mark.parametrize("region,year", [("土默特右旗", 2022), ("鄂托克前旗", 2024), ("阿勒泰市", 2025)])
@pytest.mark.parametrize("sentence,want", _PASTORAL)
def test_pastoral_countryside_as_a_half(region, year, sentence, want):
    d = read(_report(region, year, "全年地区生产总值增长5.6%。", sentence, head="旗长"), region=region, report_year=year)
    got = pledged(d)
    for key in want:
        assert key in got, (key, sorted(got))


# look-alikes: pairs of the farming regions, unchanged
_PAIRS = [
    ("城乡低保标准分别提高6%、8%。", [("城市低保标准", 6, "%"), ("农村低保标准", 8, "%")]),
    ("城市、农村低保标准分别提高5%和8%。", [("城市低保标准", 5, "%"), ("农村低保标准", 8, "%")]),
    ("城镇和农村居民医保财政补助标准分别提高30元、30元。", [("城镇居民医保财政补助标准", 30, "元"), ("农村居民医保财政补助标准", 30, "元")]),
]


@pytest.mark.parametrize("sentence,want", _PAIRS)
def test_farming_pairs_unchanged(sentence, want):
    d = read(_report("平山县", 2021, "全年地区生产总值增长3.6%。", sentence), region="平山县", report_year=2021)
    got = pledged(d)
    for key in want:
        assert key in got, (key, sorted(got))
