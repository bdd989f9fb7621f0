"""News pages restating reports, 2021–2025 (nws59, decision 479): a reporter's counts on a 融媒体 page or a wire — of the
report's own 民生实事 list told twice (“办好10件30项民生实事”, “10件共30项”), of the list named before its count (“民生实事
从去年的8件增加到10件”), of the report's words (“‘高质量发展’一词出现了21次”, “提及‘民营经济’12次”) — are no pledges.
Sentences written for these tests, with look-alikes (the year's real work counted the same ways) that must not change."""
from __future__ import annotations

from factkeys import key_values, pledged, read

_CITY = ("两会快讯丨绵阳：今年GDP预期增长6.5%左右\n\n来源：绵阳融媒　　2025-01-09 18:32\n\n1月9日上午，绵阳市第八届人民代表"
         "大会第五次会议在市会议中心开幕。市长张建华代表市人民政府作政府工作报告。\n\n**今年这样干**\n\n2025年全市经济社会发展的"
         "主要预期目标为：固定资产投资增长6%，城镇新增就业4.5万人。\n\n**民生实事**\n\n")
_WORK = "其中，新建城市公共停车位8000个，新建公办幼儿园12所。\n"
_WIRE = ("江西：今年地区生产总值预期增长7%左右\n\n新华社南昌1月12日电（记者 刘斌 程迪）江西省第十四届人民代表大会第一次会议12日"
         "在南昌开幕。江西省省长叶建春作政府工作报告。\n\n")
_WIRE_WORK = "报告提出今年将新开工改造城镇老旧小区1800个，新建改造农村公路5000公里。\n"


def _pledges(text: str) -> set:
    return pledged(read(text))  # (read checks every quote against its span)


_OWN = {("城市公共停车位", 8000, "个"), ("公办幼儿园", 12, "所")}


# --- (1) the report's own list counted twice, or named before its count ---

def test_list_counted_in_items_and_parts_is_no_pledge():
    assert _pledges(_CITY + "记者梳理发现，今年市政府将集中办好10件30项民生实事。" + _WORK) == _OWN
    assert _pledges(_CITY + "记者梳理发现，今年市政府将集中办好10件共30项民生实事。" + _WORK) == _OWN
    assert _pledges(_CITY + "记者梳理发现，今年市政府将集中办好十件三十项民生实事。" + _WORK) == _OWN


def test_list_named_before_its_count_is_no_pledge():
    assert _pledges(_CITY + "记者梳理发现，今年的民生实事从去年的8件增加到10件。" + _WORK) == _OWN


def test_list_counted_once_and_real_work_counted_twice_unchanged():
    assert _pledges(_CITY + "记者梳理发现，今年市政府将集中办好10件民生实事，比去年多2件。" + _WORK) == _OWN
    got = _pledges(_CITY + "记者注意到，报告提出今年将新建学校10所。" + _WORK)
    assert ("学校", 10, "所") in got


# --- (2) the report's words counted ---

def test_word_count_of_the_report_is_no_pledge():
    text = _WIRE + "记者统计，今年的报告共5.2万字，“高质量发展”一词出现了21次。" + _WIRE_WORK
    assert _pledges(text) == {("城镇老旧小区", 1800, "个"), ("农村公路", 5000, "公里")}
    text = _WIRE + "记者统计，报告提及“民营经济”12次。" + _WIRE_WORK
    assert not any(u == "次" for _, _, u in _pledges(text))


def test_events_counted_in_ci_stay_pledged():
    got = _pledges(_WIRE + "报告提出，今年将开展招商活动12次。" + _WIRE_WORK)
    assert ("招商活动", 12, "次") in got


# --- the page's facts and metadata, unchanged by either ---

def test_page_facts_and_meta_unchanged():
    d = read(_CITY + "记者梳理发现，今年市政府将集中办好10件30项民生实事。" + _WORK)
    kv = key_values(d)
    assert kv[("gdp", "target", "2025", "growth")] == (6.5, "about")
    assert kv[("urban_new_jobs", "target", "2025", "level")] == (4.5, "eq")
    assert (d.meta.region, d.meta.report_year, d.meta.level) == ("绵阳市", 2025, "prefecture")
