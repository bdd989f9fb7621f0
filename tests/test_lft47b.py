"""Decision 357 (lft47b): what the session's rounds left. A round-up of one province's cities, each told with its year
("无锡去年增长5.8%，今年目标定为5.5%左右"), the province named only in passing, is a page on several regions (its cities'),
not the province's; and on a page of several cities, a peer of theirs told without its year ("南京的增长目标为5%左右",
"镇江地区生产总值预期增长5.5%") is one of them: its figure is that city's, not the page's."""
from __future__ import annotations

import pytest

from factkeys import key_values, read


def _page(head: str, body: str) -> str:
    # a news round-up of cities' growth targets, in a reporter's voice (no 我省, no session's statement)
    return (head + "\n今日快讯　2024-02-06 09:30　记者 王芳\n\n记者梳理发现，多数城市今年目标与去年持平。\n\n" + body
            + "\n\n（编辑：李强）\n")


# --- (a) a province's cities told with their year, the province named in passing ----------------------------------------

# the cities' figures on a page the province won only by its name told twice (before: 江苏省's page, 无锡's and 常州's
# "今年目标…" read as its gdp target)
@pytest.mark.parametrize("head, body", [
    ("2024年浙江11市经济目标出炉",
     "浙江11个设区市中，温州去年地区生产总值增长7%，今年目标为6.5%左右；绍兴去年增长6.2%，今年目标定为6%左右；"
     "金华去年增长5.7%，今年的目标确定为6%左右。浙江今年目标为5.5%左右。"),
    ("2024年山东16市GDP目标一览",
     "山东各市中，烟台去年增长6.1%，今年目标为6%以上；潍坊去年增长6.2%，今年目标定为6%左右；临沂去年增长6.1%，"
     "今年的预期目标为6%。山东全省目标为5%以上。"),
])
def test_province_cities_told_with_year_not_the_pages(head, body):
    d = read(_page(head, body))
    assert d.meta.region is None and len(d.meta.several) >= 3
    fs = key_values(d)
    assert not any(k[0] == "gdp" for k in fs), fs


# the same round-up naming no province, only 全省 (before: the province inferred from 全省 and its cities named, 无锡's
# "今年目标定为5.5%左右" its gdp target)
def test_cities_told_with_year_under_quan_sheng_not_the_pages():
    body = ("苏南，无锡去年增长6.1%，今年目标定为5.5%左右；常州去年增长5.9%，今年的目标确定为5.5%左右；苏州去年增长"
            "5.8%，今年目标为5.5%左右。南京的增长目标为5%左右，镇江地区生产总值预期增长6%。苏北，徐州去年增长6%，今年"
            "目标为6.5%左右；盐城的目标为6%左右，淮安、宿迁、连云港均定在6.5%左右。苏中，南通、扬州、泰州均定在6%左右。"
            "全省今年目标为5%以上。")
    d = read(_page("2025年设区市经济增长目标出炉", body))
    assert d.meta.region is None and len(d.meta.several) >= 3
    assert not any(k[0] == "gdp" for k in key_values(d))


# look-alike: a province's report page naming itself by 省 and 全省 and its cities by name, none told with its year,
# stays the province's (the inference from its cities, as before)
def test_province_by_quan_sheng_and_cities_kept():
    t = ("政府工作报告\n——2024年1月22日在省第十四届人民代表大会第二次会议上\n\n过去一年，全省地区生产总值增长5.8%。"
         "兰州市、天水市、酒泉市加快建设区域中心城市。今年全省地区生产总值增长6%左右。\n")
    d = read(t)
    assert d.meta.region == "甘肃省"
    assert key_values(d)[("gdp", "target", "2024", "growth")] == (6, "about")


# --- (b) a peer told without its year on a page of several cities -------------------------------------------------------

# a city named without 去年/今年 after it, beside three told with them (before: its figure read as the page's gdp)
@pytest.mark.parametrize("tail", [
    "苏州地区生产总值预期增长5.5%左右。",
    "郑州的增长目标为6%左右。",
])
def test_peer_without_year_is_its_own(tail):
    body = ("武汉去年地区生产总值增长5.7%，今年目标定为6%左右；长沙去年增长4.8%，今年的目标确定为5.5%左右；"
            "合肥去年增长5.8%，今年预期增长6%左右。" + tail)
    d = read(_page("2024年城市GDP目标观察", body))
    assert d.meta.region is None
    fs = key_values(d)
    assert not any(k[0] == "gdp" for k in fs), fs


# look-alike: a digest that speaks for its province ("我省…") stays the province's page (decision 321)
def test_digest_speaking_for_province_kept():
    body = ("我省16市今年经济增长目标全部确定。烟台去年增长6.1%，今年目标为6%以上；潍坊去年增长6.2%，今年目标定为6%左右；"
            "临沂去年增长6.1%，今年的预期目标为6%。山东全省目标为5%以上。")
    d = read(_page("2024年山东16市GDP目标一览", body))
    assert d.meta.region == "山东省"


# look-alike: a province's own report page (its session and governor named) naming three of its cities told with their
# year keeps its region and its own target
def test_province_own_report_page_kept():
    t = ("山东今年经济增长目标5%以上\n大众日报　2024-01-24\n\n1月23日，山东省第十四届人民代表大会第二次会议在济南开幕，省长"
         "周乃翔作政府工作报告。报告提出，今年全省地区生产总值增长5%以上。会上，代表们热议各市发展：烟台去年增长6.1%，"
         "潍坊去年增长6.2%，临沂去年增长6.1%。\n")
    d = read(t)
    assert d.meta.region == "山东省"
    assert key_values(d)[("gdp", "target", "2024", "growth")] == (5, "at_least")


# look-alike: a city's own news page naming peers with their year keeps its region and its figures (353's, after the change)
def test_city_own_page_with_peers_still_kept():
    t = ("温州今年GDP增长目标定为6.5%左右\n温州日报　2024-01-20\n\n1月19日，温州市第十四届人民代表大会第四次会议开幕，市长"
         "张振丰作政府工作报告。温州去年地区生产总值增长7%，今年目标定为6.5%左右。与周边城市相比，台州去年增长5.6%，"
         "丽水去年增长6.5%。\n")
    d = read(t)
    assert d.meta.region == "温州市"
    assert key_values(d)[("gdp", "target", "2024", "growth")] == (6.5, "about")


# --- (c) the plan's works under its goal list, the lead on a line of its own, on a page with no titles --------------------

def _untitled(lead: str, works: str, after: str = "") -> str:
    # a district's report as a page restates it: no part titles, the plan's goal list, then the lead alone on its line
    return ("东湖区2021年政府工作报告（摘要）\n——2021年1月14日在南昌市东湖区第十六届人民代表大会第六次会议上\n\n"
            "今后五年，全区经济社会发展的主要目标是：地区生产总值年均增长6.5%左右，一般公共预算收入年均增长5%。\n\n"
            + lead + "\n" + works + "\n" + (("\n" + after + "\n") if after else ""))


# the works' counts are the plan's, dated by its span (before: the report year's, 新增高新技术企业 a 2021 target)
@pytest.mark.parametrize("lead", ["围绕上述目标，重点抓好以下工作：", "为实现上述目标，我们将重点做好以下几个方面："])
def test_plan_works_dated_by_span(lead):
    d = read(_untitled(lead, "坚持创新驱动，新增高新技术企业200家。坚持城市更新，改造老旧小区80个，新建停车位1.5万个。"))
    fs = key_values(d)
    assert ("high_tech_enterprises", "target", "2021", "level") not in fs
    assert fs[("high_tech_enterprises", "goal", "2021-2025", "level")] == (200, "eq")
    assert {p.object: p.period for p in d.pledges} == {"高新技术企业": "2021-2025", "老旧小区": "2021-2025", "停车位": "2021-2025"}


# look-alike: the paragraph after the works that turns to the year ("2021年，…。今年重点做好…") keeps the year
def test_year_told_again_keeps_year():
    d = read(_untitled("围绕上述目标，重点抓好以下工作：", "坚持城市更新，改造老旧小区80个。",
                       "2021年，全区地区生产总值增长6.5%左右。今年重点做好以下工作：新建社区食堂20个，新增高新技术企业50家。"))
    fs = key_values(d)
    assert fs[("gdp", "target", "2021", "growth")] == (6.5, "about")
    assert {p.object: p.period for p in d.pledges}["社区食堂"] == "2021"
    assert ("high_tech_enterprises", "target", "2021", "level") in fs


# look-alike: the same lead under the year's target list is the year's work (its counts the year's)
def test_lead_under_year_list_keeps_year():
    t = ("东湖区2021年政府工作报告（摘要）\n——2021年1月14日在南昌市东湖区第十六届人民代表大会第六次会议上\n\n"
         "2021年全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长5%。\n\n"
         "围绕上述目标，重点抓好以下工作：\n坚持创新驱动，新增高新技术企业60家。坚持城市更新，改造老旧小区30个。\n")
    d = read(t)
    assert {p.object: p.period for p in d.pledges} == {"高新技术企业": "2021", "老旧小区": "2021"}


# --- (e) a session's opening day told alone, in Chinese numerals or figures, on a dated news page -------------------------

def _news(date_line: str, lead: str) -> str:
    return ("宁乡市十八届人大四次会议开幕\n" + date_line + "\n\n" + lead + "市长作政府工作报告。报告提出，今年全市地区生产总值增长"
            "6.5%左右。\n")


# the day alone after the session: the page's month (before: no meeting date)
@pytest.mark.parametrize("date_line, lead, want", [
    ("长沙晚报　2024-01-17", "宁乡市第十八届人民代表大会第四次会议十六日上午在市民之家开幕。", "2024-01-16"),
    ("长沙晚报　2024-01-17", "宁乡市第十八届人民代表大会第四次会议16日在市民之家开幕。", "2024-01-16"),
    # (a day past the page's: the month before)
    ("长沙晚报　2024-02-01", "宁乡市第十八届人民代表大会第四次会议三十日隆重开幕。", "2024-01-30"),
])
def test_day_alone_meeting_date(date_line, lead, want):
    assert read(_news(date_line, lead)).meta.meeting_date == want


# look-alikes: the session's closing day told alone is no delivery day; a page with no date of its own gives none
@pytest.mark.parametrize("date_line, lead", [
    ("长沙晚报　2024-01-20", "宁乡市第十八届人民代表大会第四次会议十九日下午闭幕。"),
    ("长沙晚报", "宁乡市第十八届人民代表大会第四次会议十六日上午在市民之家开幕。"),
])
def test_day_alone_kept_out(date_line, lead):
    assert read(_news(date_line, lead)).meta.meeting_date is None
