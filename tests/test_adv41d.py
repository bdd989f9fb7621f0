"""The newest rules under attack (adv41d, decision 252): a five-year sum after the plan ahead named in a sentence that
named the plan gone first ("在“十四五”时期五年累计完成固定资产投资1.3万亿元的基础上，“十五五”时期五年累计完成固定资产
投资1.5万亿元以上，五年累计城镇新增就业60万人以上") was read as the plan gone's; a round-up's province heading its items
with a colon after a lead clause ("经济大省方面，广东：地区生产总值增长4.5%以上，…"; "具体来看，广东：…；江苏：…") gave
the provinces' figures the taxonomy's keys, and a page of such items only was read as the first province's; a 速览
card's last row ("●新建改造农村公路：1000公里") ran on into the prose under it, so a deputy's own words there pledged.
Each with look-alikes that must not change: the plan gone's sum in the same sentences, a province's own report naming
another province after a comma, a wrapped row that goes on."""
import pytest

from factkeys import keys_of, pledged, read, val


def _report(place: str, year: int, body: str, title: str) -> str:
    return (f"政府工作报告\n——{year}年1月12日在{place}第六届人民代表大会第六次会议上\n{place}市长　李明\n\n各位代表：\n\n"
            f"一、“十四五”时期和{year - 1}年工作回顾\n\n“十四五”时期，全市地区生产总值年均增长5.6%。{year - 1}年，全市地区生产总值"
            f"增长5.8%。\n\n{title}\n\n{body}\n\n今年全市经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n\n"
            f"各位代表！让我们团结奋斗！\n")


_PLACES = [("台州市", 2026), ("绍兴市", 2026), ("宜昌市", 2026)]
_TITLES = ["二、“十五五”时期主要目标和2026年工作安排", "二、“十五五”时期主要目标任务"]


# 1. a five-year sum after the plan ahead, the plan gone named earlier in the sentence
@pytest.mark.parametrize("title", _TITLES)
@pytest.mark.parametrize("place,year", _PLACES)
def test_a_sum_after_the_plan_ahead_is_its_goal(title, place, year):
    body = ("“十五五”时期，全市地区生产总值年均增长5%左右。在“十四五”时期五年累计完成固定资产投资1.3万亿元的基础上，"
            "“十五五”时期五年累计完成固定资产投资1.5万亿元以上，五年累计城镇新增就业60万人以上。")
    fs = keys_of(read(_report(place, year, body, title)))
    assert val(fs, ("fixed_asset_investment", "goal", "2026-2030", "level")) == (1.5, "at_least")
    assert val(fs, ("urban_new_jobs", "goal", "2026-2030", "level")) == (60, "at_least")
    # (look-alike: the plan gone's sum in the same sentence stays its result)
    assert val(fs, ("fixed_asset_investment", "actual", "2021-2025", "level")) == (1.3, "eq")


@pytest.mark.parametrize("place,year", _PLACES)
def test_the_plan_gones_sum_after_the_plan_ahead_stays_its_result(place, year):
    # the mirror: the plan gone named after the plan ahead, nearer the sums
    body = "“十五五”时期，全市地区生产总值年均增长5%左右；“十四五”时期五年累计完成固定资产投资1.2万亿元，五年累计城镇新增就业55万人。"
    fs = keys_of(read(_report(place, year, body, "二、“十四五”发展成就和“十五五”奋斗目标")))
    assert val(fs, ("fixed_asset_investment", "actual", "2021-2025", "level")) == (1.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (55, "eq")
    assert ("fixed_asset_investment", "goal", "2026-2030", "level") not in fs


@pytest.mark.parametrize("place,year", _PLACES[:2])
def test_a_review_naming_the_plan_ahead_keeps_its_sums(place, year):
    # (look-alike: in the review, the plan ahead named only as what the years gone prepared keeps the sum the span's)
    text = _report(place, year, "", "二、2026年工作安排").replace(
        "年均增长5.6%。", "年均增长5.6%，五年累计城镇新增就业62万人，为“十五五”发展奠定坚实基础，五年累计完成固定资产投资1.2万亿元。")
    fs = keys_of(read(text))
    assert val(fs, ("fixed_asset_investment", "actual", "2021-2025", "level")) == (1.2, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2021-2025", "level")) == (62, "eq")


# 2. a round-up's province heading its items with a colon after a lead clause
_ROUND_UP = ("{y}年各地GDP增长目标陆续出炉\n来源：经济日报　{y}-02-03\n截至2月2日，31个省份{y}年的经济增长目标已全部公布。\n"
             "{lead}广东：地区生产总值增长4.5%以上，社会消费品零售总额增长4%；江苏：地区生产总值增长5%左右，城镇新增就业120万人以上；"
             "山东：地区生产总值增长5%左右，规模以上工业增加值增长6%。\n")


@pytest.mark.parametrize("lead", ["经济大省方面，", "具体来看，", "其中，"])
@pytest.mark.parametrize("y", [2024, 2025, 2026])
def test_a_round_ups_headed_items_are_the_provinces(lead, y):
    d = read(_ROUND_UP.format(y=y, lead=lead))
    assert d.meta.region is None and d.meta.report_year == y
    fs = keys_of(d)
    assert not [k for k in fs if not k[0].startswith("other:")], sorted(fs)
    assert {"other:广东地区生产总值", "other:江苏城镇新增就业", "other:山东规模以上工业增加值"} <= {k[0] for k in fs}


@pytest.mark.parametrize("y", [2025, 2026])
def test_a_round_ups_headline_count_after_yilan(y):
    # "…目标一览 多数定在5%左右" (the headline's halves, the gap dropped): the count's, no region's
    d = read(f"{y}年各省份GDP增长目标一览 多数定在5%左右\n来源：新华网　{y}-02-10\n截至目前，31个省份{y}年的经济增长目标已全部公布。\n"
             "广东：地区生产总值增长5%左右。\n江苏：地区生产总值增长5%以上。\n四川：地区生产总值增长6%左右。\n")
    assert ("gdp", "target", str(y), "growth") not in keys_of(d)


@pytest.mark.parametrize("region,other", [("贵州省", "广东"), ("四川省", "浙江")])
def test_a_provinces_report_naming_another_after_a_comma_stays_its_own(region, other):
    # (look-alike: one province's report, another named with a colon once: the report's own figures keep their keys)
    text = (f"政府工作报告\n——2024年1月25日在{region}第十四届人民代表大会第三次会议上\n\n各位代表：\n\n一、2023年工作回顾\n\n"
            f"过去一年，全省地区生产总值增长4.9%，多数市州地区生产总值增长超过5%。东西部协作方面，{other}：帮扶资金增长10%。\n\n"
            "二、2024年主要预期目标\n\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n")
    d = read(text)
    assert d.meta.region == region
    fs = keys_of(d)
    assert val(fs, ("gdp", "actual", "2023", "growth")) == (4.9, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")


# 3. a card's last row and the prose under it
_CARD = ("代表委员热议政府工作报告\n{city}日报　2024年1月20日\n1月19日，{city}市第十八届人民代表大会第三次会议开幕，市长作政府工作"
         "报告。报告显示，2023年全市地区生产总值增长6.1%。\n{head}\n●一般公共预算收入：增长5%\n●{row}\n{prose}\n"
         "市人大代表张丽说，报告提出今年新增城镇就业8万人，让人充满信心。\n")


@pytest.mark.parametrize("head", ["【展望2024】", "展望2024"])
@pytest.mark.parametrize("row", ["新建改造农村公路：1000公里", "新建改造城乡道路：1500公里"])
@pytest.mark.parametrize("prose", ["市人大代表、昌乐县县长王海说，全县去年地区生产总值增长7.2%。",
                                   "市人大代表、昌乐县县长王海告诉记者，去年全县地区生产总值增长7.2%。"])
@pytest.mark.parametrize("city", ["潍坊", "洛阳"])
def test_a_cards_last_row_ends_before_the_prose(head, row, prose, city):
    d = read(_CARD.format(city=city, head=head, row=row, prose=prose))
    objs = {p.object for p in d.pledges}
    assert not [o for o in objs if "地区生产总值" in o], objs
    assert all("\n" not in p.quote for p in d.pledges)
    assert ("城镇就业", 8, "万人") in pledged(d)


@pytest.mark.parametrize("head", ["【展望2024】", "展望2024"])
def test_a_row_of_another_unit_stays_apart(head):
    # (look-alike: a row ending on 条 was kept apart from the prose before, and still is)
    d = read(_CARD.format(city="洛阳", head=head, row="新建城市道路：50条", prose="市人大代表、伊川县县长王海说，全县去年地区生产总值增长7.2%。"))
    assert not [p for p in d.pledges if "地区生产总值" in p.object]
    assert ("城市道路", 50, "条") in pledged(d)


def test_a_wrapped_row_still_joins():
    # (look-alike: a row cut inside its unit or before its figure is still one row)
    d = read(_CARD.format(city="潍坊", head="【展望2024】", row="新建改造农村公路：1000公\n里", prose="记者了解到，代表们反响热烈。"))
    assert ("农村公路", 1000, "公里") in pledged(d)
