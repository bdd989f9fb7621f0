"""Regions the sets hold little of, blind (new59, decision 463): a prefecture of 西藏 that was a 地区, a county of a 新疆
autonomous prefecture, a county-level unit of 海南 under the province, a county of 重庆. Their metadata held (region,
code, level, parent of the report's year); what broke was the years counted from the region's change of kind: in
"2015年撤地设市以来，全市地区生产总值年均增长11%" the year was read as the figure's own (a span 2011-2015) instead of the
first year counted (2015-2017, as "2015年以来"), and a division named after 其中 kept the word in its name
("other:其中巴宜区地区生产总值"). The look-alikes keep what they gave: a year that only dates the change ("2015年撤地设市，
当年…"), a record since it ("为2015年撤地设市以来最高增幅"), "2015年以来", a division after "其中，", the metadata."""
import pytest


from factkeys import fact_items, read


def _doc(text: str, name: str = "t.txt"):
    return read(text, name)  # (factkeys: every fact's and pledge's quote checked against the text)


def _facts(text: str) -> set[tuple[str, str, str, str, float]]:
    return fact_items(_doc(text))


_HEADS = {
    "林芝市": ("林芝市政府工作报告\n——2018年1月29日在林芝市第二届人民代表大会第三次会议上\n林芝市人民政府\n\n", 2018, "全市"),
    "开州区": ("开州区政府工作报告\n——2019年1月8日在开州区第二届人民代表大会第三次会议上\n\n", 2019, "全区"),
    "儋州市": ("儋州市政府工作报告\n——2019年1月20日在儋州市第十二届人民代表大会第五次会议上\n\n", 2019, "全市"),
    "库车市": ("库车市政府工作报告\n——2022年1月10日在库车市第一届人民代表大会第三次会议上\n\n", 2022, "全市"),
}


def _review(region: str, sentence: str) -> str:
    head, y, whole = _HEADS[region]
    return (head + f"各位代表：\n一、{y - 1}年工作回顾\n{sentence.format(w=whole)}\n\n二、{y}年主要预期目标\n"
            f"{y}年{whole}经济社会发展的主要预期目标是：地区生产总值增长8%左右。\n")


# 1. a year, the region's change of kind, then 以来 (failed on the base: the year read as the figure's own, five years
#    counted back from it, or the total dated the year reviewed alone)
@pytest.mark.parametrize("region, sentence, want", [
    ("林芝市", "2015年撤地设市以来，{w}地区生产总值年均增长11%。", ("gdp", "actual", "2015-2017", "growth", 11)),
    ("林芝市", "2015年林芝撤地设市以来，{w}累计完成固定资产投资820亿元。",
     ("fixed_asset_investment", "actual", "2015-2017", "level", 820)),
    ("林芝市", "自2015年撤地设市以来，{w}累计新增城镇就业1.2万人，地区生产总值年均增长11%。",
     ("urban_new_jobs", "actual", "2015-2017", "level", 1.2)),
    ("开州区", "2016年撤县设区以来，{w}累计新增市场主体3.2万户。", ("market_entities", "actual", "2016-2018", "level", 3.2)),
    ("儋州市", "2015年升格为地级市以来，{w}地区生产总值年均增长7.5%。", ("gdp", "actual", "2015-2018", "growth", 7.5)),
    ("库车市", "2019年撤县设市以来，{w}地区生产总值年均增长6.8%。", ("gdp", "actual", "2019-2021", "growth", 6.8)),
    ("林芝市", "2015年林芝市挂牌成立以来，{w}累计新增城镇就业1.2万人。", ("urban_new_jobs", "actual", "2015-2017", "level", 1.2)),
    # (a founding of the same words: the term's government, a zone's own figure)
    ("林芝市", "2016年本届政府成立以来，{w}累计新增城镇就业1.2万人。", ("urban_new_jobs", "actual", "2016-2017", "level", 1.2)),
    ("林芝市", "2016年新区成立以来，新区地区生产总值年均增长15%。", ("other:新区地区生产总值", "actual", "2016-2017", "growth", 15)),
])
def test_year_of_the_change_counted_from(region, sentence, want):
    got = _facts(_review(region, sentence))
    assert want in got
    # the change's year is no figure's year: nothing dated by it alone, nor a span ending in it
    y0 = sentence[sentence.find("20"):][:4]
    assert not [f for f in got if f[2] == y0 or f[2].endswith("-" + y0)]


# 2. look-alikes (the same on the base): the year of the change alone, a record since it, "X年以来", the bare change
@pytest.mark.parametrize("sentence, want", [
    ("2015年撤地设市，当年{w}地区生产总值增长10%。", ("gdp", "actual", "2015", "growth", 10)),
    ("{w}地区生产总值增长10.2%，为2015年撤地设市以来最高增幅。", ("gdp", "actual", "2017", "growth", 10.2)),
    ("2015年以来，{w}地区生产总值年均增长11%。", ("gdp", "actual", "2015-2017", "growth", 11)),
    ("2016年以来，{w}累计新增市场主体1.5万户。", ("market_entities", "actual", "2016-2017", "level", 1.5)),
    ("党的十八大以来，{w}地区生产总值年均增长11%。", ("gdp", "actual", "2013-2017", "growth", 11)),
])
def test_lookalikes_keep_their_years(sentence, want):
    assert want in _facts(_review("林芝市", sentence))


# 3. a division named right after 其中 (failed on the base: "other:其中巴宜区地区生产总值")
@pytest.mark.parametrize("sentence, name", [
    ("{w}地区生产总值完成147.6亿元，增长10.2%，其中巴宜区地区生产总值完成40.2亿元。", "other:巴宜区地区生产总值"),
    ("{w}社会消费品零售总额42.1亿元，其中米林县社会消费品零售总额6.3亿元。", "other:米林县社会消费品零售总额"),
    ("{w}地区生产总值147.6亿元，包括巴宜区地区生产总值40.2亿元。", "other:巴宜区地区生产总值"),
])
def test_division_after_its_lead(sentence, name):
    got = _facts(_review("林芝市", sentence))
    assert any(f[0] == name and f[1] == "actual" and f[2] == "2017" for f in got)
    assert not any("其中" in f[0] or "包括" in f[0] for f in got)
    assert ("gdp", "actual", "2017", "level", 147.6) in got or ("retail_sales", "actual", "2017", "level", 42.1) in got


def test_division_after_lead_and_comma_unchanged():
    got = _facts(_review("林芝市", "{w}地区生产总值完成147.6亿元；其中，巴宜区地区生产总值完成40.2亿元，增长11%。"))
    assert ("other:巴宜区地区生产总值", "actual", "2017", "growth", 11) in got
    assert ("gdp", "actual", "2017", "level", 147.6) in got


# 4. the metadata of the class (the same on the base): the name and code of the report's year, the parent one level up
@pytest.mark.parametrize("head, region, code, level, parent, year", [
    ("林芝市政府工作报告\n——2018年1月29日在林芝市第二届人民代表大会第三次会议上\n", "林芝市", "540400", "prefecture", "西藏自治区", 2018),
    ("林芝地区行政公署工作报告\n——2015年1月12日在林芝地区第一届人民代表大会第一次会议上\n", "林芝地区", "542600", "prefecture",
     "西藏自治区", 2015),
    ("政府工作报告\n——2019年1月10日在县第十七届人民代表大会第三次会议上\n霍城县人民政府县长 艾尼瓦尔·吐尔逊\n", "霍城县", "654023",
     "county", "伊犁哈萨克自治州", 2019),
    ("琼海市政府工作报告\n——2021年1月18日在琼海市第七届人民代表大会第六次会议上\n", "琼海市", "469002", "county", "海南省", 2021),
    ("儋州市政府工作报告\n——2014年1月15日在儋州市第十一届人民代表大会第三次会议上\n", "儋州市", "469003", "county", "海南省", 2014),
    ("巫山县政府工作报告\n——2016年1月12日在巫山县第十六届人民代表大会第六次会议上\n", "巫山县", "500237", "county", "重庆市", 2016),
    ("开县政府工作报告\n——2016年1月10日在开县第十七届人民代表大会第六次会议上\n", "开县", "500234", "county", "重庆市", 2016),
])
def test_metadata_of_the_year(head, region, code, level, parent, year):
    m = _doc(head + f"\n各位代表：\n一、{year - 1}年工作回顾\n地区生产总值增长7%。\n").meta
    assert (m.region, m.region_code, m.level, m.parent, m.report_year) == (region, code, level, parent, year)
