"""The headline targets of every province in 2024 and 2025, blind (hdl42, decision 273): a province's report or news
page that names itself only by 省 and 全省 ("在省第十四届人民代表大会第三次会议上", "全省地区生产总值…") and its cities by
name ("兰州市…，天水市…") left the region empty, as an autonomous region's once did (decision 205's 自治区 and 全区 rule).
Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _report(year: int, review: str, cities: str, target: str = "地区生产总值增长5.5%左右") -> str:
    term, session = {2024: ("十四", "二"), 2025: ("十四", "三")}[year]
    return (f"政府工作报告\n——{year}年1月16日在省第{term}届人民代表大会第{session}次会议上\n\n各位代表：\n"
            f"　　过去一年，全省地区生产总值增长{review}，{cities}\n"
            f"　　今年全省经济社会发展的主要预期目标是：{target}；城镇新增就业40万人以上。\n")


# (province, year, the cities' clause): two or more of its cities named, in full or by short name
_CASES = [
    ("甘肃省", 2025, "兰州市地区生产总值增长6.4%，天水市增长6.1%。"),
    ("河北省", 2024, "石家庄市、唐山市分别增长6.2%和6.5%。"),
    ("湖北省", 2025, "宜昌市、襄阳市地区生产总值均突破6000亿元。"),
    ("山西省", 2024, "太原市地区生产总值增长6.1%，大同市增长5.2%，长治市增长4.9%。"),
    ("江西省", 2024, "赣州市地区生产总值增长5%，九江市增长4.6%。"),
    ("云南省", 2025, "昆明市、曲靖市经济总量稳居全省前两位。"),
]


@pytest.mark.parametrize("prov,year,cities", _CASES)
def test_province_by_its_cities(prov, year, cities):
    d = read(_report(year, "5.8%", cities))
    assert (d.meta.region, d.meta.level, d.meta.report_year) == (prov, "province", year)
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", str(year), "growth")) == (5.5, "about")
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (5.8, "eq")


@pytest.mark.parametrize("target,want", [
    ("地区生产总值增长5%—5.5%", (5, 5.5, "range")),
    ("地区生产总值增长5%以上，力争达到5.5%", (5, "at_least")),
    ("地区生产总值增长6%左右，在实际工作中努力争取更好结果", (6, "about")),
])
def test_headline_target_kept_with_the_region(target, want):
    d = read(_report(2025, "5.8%", "兰州市地区生产总值增长6.4%，天水市增长6.1%。", target))
    assert d.meta.region == "甘肃省"
    assert val(keys_of(d), ("gdp", "target", "2025", "growth")) == want


def test_partner_cities_of_another_province_are_not_its_own():
    # 武汉市 and 西安市 named as partners (与…合作): the cities of 河南 decide
    d = read(_report(2025, "5.8%", "洛阳市增长6.1%，南阳市增长5.6%，与武汉市、西安市合作持续深化。"))
    assert (d.meta.region, d.meta.level) == ("河南省", "province")


@pytest.mark.parametrize("cities", [
    "洛阳市增长6.1%，南阳市增长5.6%，武汉市增长5.2%，西安市增长5.3%。",  # cities of three provinces: no guess
    "洛阳市增长6.1%。",  # one city alone: no guess
])
def test_no_guess_where_the_cities_do_not_agree(cities):
    d = read(_report(2025, "5.8%", cities))
    assert d.meta.region is None


def test_a_named_province_keeps_its_name():
    # the province named in the byline: its cities change nothing
    text = _report(2025, "5.8%", "兰州市地区生产总值增长6.4%，天水市增长6.1%。").replace("在省第", "在甘肃省第")
    assert read(text).meta.region == "甘肃省"
    # another province named where the cities are 甘肃's: the statement wins, as before
    text = _report(2025, "5.8%", "兰州市地区生产总值增长6.4%，天水市增长6.1%。").replace("在省第", "在青海省第")
    assert read(text).meta.region == "青海省"


def test_a_city_report_naming_its_neighbours_stays_a_city():
    # 全市 is the report's own level word: no province is inferred from the cities it names
    text = ("政府工作报告\n——2025年1月10日在市第十六届人民代表大会第四次会议上\n\n"
            "　　过去一年，全市地区生产总值增长5.8%，增速高于全省，与兰州市、天水市合作持续深化。全市城镇新增就业3万人。\n"
            "　　今年全市地区生产总值增长6%左右。\n")
    assert read(text).meta.level != "province"
