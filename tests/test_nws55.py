"""News pages restating a report's figures, older years (nws55, decision 446): another region's target in the reporter's
words before the report's own, with 今年的 between the place and the indicator ("云南今年的地区生产总值增长目标为8.5%左右",
"全省今年的…" on a city's page), or a neighbour's word before the place ("邻省云南提出…", "邻近的三门峡…", "邻县茶陵…").
Sentences written for these tests, with look-alikes (the region's own, by its word, its name or none) that must not change."""
from __future__ import annotations

from factkeys import key_values, read

_PROV = ("贵州省政府工作报告发布\n2018年01月25日16:32　来源：人民网－贵州频道\n\n人民网贵阳1月25日电（记者 王秀娟）25日上午，"
         "贵州省第十三届人民代表大会第一次会议在贵阳开幕，省长孙志刚代表省人民政府作政府工作报告。\n\n")
_PROV_TARGETS = "报告提出，2018年全省经济社会发展的主要预期目标是：地区生产总值增长10%左右，一般公共预算收入增长8%。\n"
_CITY = ("【解读政府工作报告】稳中求进 民生为本\n2017年02月14日　来源：洛阳日报　　记者 李晓波\n\n2月13日，洛阳市第十四届人民代表大会"
         "第七次会议开幕，市长刘宛康作政府工作报告。\n\n")
_CITY_TARGETS = "报告提出，今年全市生产总值增长8.5%左右，一般公共预算收入增长7%。\n"
_COUNTY = ("攸县召开第十七届人大四次会议\n来源：攸县融媒体中心　　2019-01-10 18:20\n\n攸县融媒体讯（记者 刘芳）1月9日上午，攸县第十七届"
           "人民代表大会第四次会议在县人民会堂开幕。县长谭小平作政府工作报告。\n\n")
_COUNTY_TARGETS = "2019年全县经济社会发展的主要预期目标是：地区生产总值增长8.5%，规模工业增加值增长8.5%。\n"


def _gdp_target(text: str, year: str):
    kv = key_values(read(text))
    return kv.get(("gdp", "target", year, "growth")), kv


# --- (1) 今年的 between another region and the indicator ---

def test_peer_province_with_its_years_de_is_not_the_reports():
    d, kv = _gdp_target(_PROV + "记者注意到，云南今年的地区生产总值增长目标为8.5%左右，一般公共预算收入增长6%。\n\n" + _PROV_TARGETS, "2018")
    assert d == (10, "about")
    assert kv[("general_budget_revenue", "target", "2018", "growth")] == (8, "eq")


def test_province_above_with_its_years_de_on_a_citys_page():
    assert _gdp_target(_CITY + "全省今年的生产总值增长目标为8%左右。" + _CITY_TARGETS, "2017")[0] == (8.5, "about")
    assert _gdp_target(_CITY + "河南省今年的生产总值增长目标为8%左右。" + _CITY_TARGETS, "2017")[0] == (8.5, "about")


def test_city_above_with_its_years_de_on_a_countys_page():
    assert _gdp_target(_COUNTY + "据了解，株洲市今年的地区生产总值增长目标为8%左右。\n\n" + _COUNTY_TARGETS, "2019")[0] == (8.5, "eq")


def test_country_with_its_years_de_on_a_provinces_page():
    # the country above, 今年的 between: its target, not the province's (the region-above check passes 今年的 as 今年)
    assert _gdp_target(_PROV + "记者注意到，全国今年的经济增长目标为6.5%左右。\n\n" + _PROV_TARGETS, "2018")[0] == (10, "about")


def test_peer_province_result_with_last_years_de():
    # 去年的 as 今年的: a peer's result before the report's own
    text = (_PROV + "记者注意到，云南去年的地区生产总值增长9.5%。报告显示，2017年全省地区生产总值达到13540.8亿元，增长10.2%。\n\n"
            + _PROV_TARGETS)
    assert key_values(read(text))[("gdp", "actual", "2017", "growth")] == (10.2, "eq")


# --- (2) a neighbour's word before the place ---

def test_neighbour_province_by_its_short_name():
    assert _gdp_target(_PROV + "记者注意到，邻省云南提出今年地区生产总值增长8.5%左右。\n\n" + _PROV_TARGETS, "2018")[0] == (10, "about")
    assert _gdp_target(_PROV + "记者注意到，邻近的云南省今年地区生产总值预期增长8.5%左右。\n\n" + _PROV_TARGETS, "2018")[0] == (10, "about")


def test_neighbour_city_by_its_short_name():
    assert _gdp_target(_CITY + "邻市郑州提出今年生产总值增长9%左右。" + _CITY_TARGETS, "2017")[0] == (8.5, "about")
    assert _gdp_target(_CITY + "邻近的三门峡今年的生产总值预期增长7.5%左右。" + _CITY_TARGETS, "2017")[0] == (8.5, "about")


def test_neighbour_county_by_its_short_name():
    assert _gdp_target(_COUNTY + "据了解，邻县茶陵今年的地区生产总值增长目标为9%左右。\n\n" + _COUNTY_TARGETS, "2019")[0] == (8.5, "eq")


# --- look-alikes: the region's own, by its word, its name or none, 今年的 or a neighbour's word around it ---

def test_own_word_and_name_with_years_de_stay_the_reports():
    for lead in ("我市今年的生产总值增长目标为8.5%左右。报告提出，今年全市", "报告提出，全市今年的生产总值增长目标为8.5%左右，",
                 "报告提出，洛阳今年的生产总值增长目标为8.5%左右，", "报告提出，今年的生产总值增长目标为8.5%左右，"):
        kv = key_values(read(_CITY + lead + "一般公共预算收入增长7%。\n"))
        assert kv[("gdp", "target", "2017", "growth")] == (8.5, "about"), lead
        assert kv[("general_budget_revenue", "target", "2017", "growth")] == (7, "eq"), lead


def test_own_county_beside_its_neighbours_stays_the_reports():
    text = (_COUNTY + "与周边县市相比，攸县今年的地区生产总值增长目标为8.5%，处于较高水平。\n\n"
            "报告提出，今年全县规模工业增加值增长8.5%。\n")
    kv = key_values(read(text))
    assert kv[("gdp", "target", "2019", "growth")] == (8.5, "eq")
    assert kv[("industrial_va", "target", "2019", "growth")] == (8.5, "eq")


def test_report_year_and_region_of_the_pages():
    for text, region, code, year in ((_PROV + _PROV_TARGETS, "贵州省", "520000", 2018), (_CITY + _CITY_TARGETS, "洛阳市", "410300", 2017),
                                     (_COUNTY + _COUNTY_TARGETS, "攸县", "430223", 2019)):
        m = read(text).meta
        assert (m.region, m.region_code, m.report_year, m.doc_type) == (region, code, year, "government_work_report")
