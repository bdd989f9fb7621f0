"""The newest rules (decisions 270, 271, 273, 275) under attack, blind (adv42e, decision 278): a region's partners named
by short name ("加强与武汉、长沙、南昌的合作", "与长沙、株洲、湘潭协同发展") were counted as cities of the report's own,
so a province's report that names itself only by 省 and 全省 was left without its region, and a city's report that
states no name took a partner for itself. Each with look-alikes that must not change."""
import pytest

from factkeys import keys_of, read, val


def _report(kind: str, year: int, body: str) -> str:
    own = {"省": "全省", "市": "全市"}[kind]
    return (f"政府工作报告\n——{year}年1月16日在{kind}第十四届人民代表大会第三次会议上\n\n各位代表：\n"
            f"　　过去一年，{own}地区生产总值增长5.8%。{body}\n"
            f"　　今年{own}经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业40万人以上。\n")


# (province, year, its cities and another province's cities named as partners by short name)
_PROVINCES = [
    ("河南省", 2023, "郑州、洛阳、南阳三市地区生产总值合计超过2.3万亿元，加强与武汉、长沙、南昌的合作。"),
    ("青海省", 2022, "推动西宁、海东一体化发展，与兰州、西宁共建兰西城市群。"),
    ("黑龙江省", 2025, "哈尔滨、大庆、齐齐哈尔经济运行稳中向好，与深圳、广州开展对口合作。"),
    ("四川省", 2024, "成都、绵阳、德阳协同发展，与西安、昆明共建西部陆海新通道。"),
    ("湖南省", 2021, "长沙、株洲、湘潭三市经济总量占全省四成以上，深化与广州、深圳的合作。"),
]


@pytest.mark.parametrize("prov,year,body", _PROVINCES)
def test_partners_by_short_name_are_not_the_provinces_cities(prov, year, body):
    d = read(_report("省", year, body))
    assert (d.meta.region, d.meta.level, d.meta.report_year) == (prov, "province", year)
    fs = keys_of(d)
    assert val(fs, ("gdp", "target", str(year), "growth")) == (5.5, "about")
    assert val(fs, ("gdp", "actual", str(year - 1), "growth")) == (5.8, "eq")


@pytest.mark.parametrize("body", [
    "洛阳地区生产总值增长6.1%，加强与武汉、长沙、南昌的合作。",  # one city of its own beside the partners: no guess
    "郑州、洛阳增长较快，武汉、长沙增长5.2%。",  # cities of three provinces, none a partner: no guess
])
def test_no_guess_where_its_own_cities_do_not_decide(body):
    assert read(_report("省", 2023, body)).meta.region is None


@pytest.mark.parametrize("body,partner", [
    ("主动融入长株潭都市圈，与长沙、株洲、湘潭协同发展。", "长沙市"),
    ("主动融入成德眉资同城化，与成都、德阳协同共建产业生态圈。", "成都市"),
    ("深度融入广佛全域同城化，与广州、佛山共建产业园区。", "广州市"),
])
def test_a_city_report_does_not_take_its_partner_for_itself(body, partner):
    d = read(_report("市", 2023, body))
    assert d.meta.region != partner
    assert val(keys_of(d), ("gdp", "target", "2023", "growth")) == (5.5, "about")


def test_a_city_named_as_itself_beside_partners_is_kept():
    # 岳阳 named three times as itself, its partners once each: the report is 岳阳市's, as before
    body = ("主动融入长株潭都市圈，与长沙、株洲、湘潭协同发展。岳阳综合保税区进出口增长30%，岳阳港吞吐量突破1.8亿吨，"
            "岳阳经济社会发展迈上新台阶。")
    assert read(_report("市", 2023, body)).meta.region == "岳阳市"
