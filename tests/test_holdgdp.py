"""The headline targets of the provinces, 2016–2026 (branch holdgdp): the 主要预期目标 passage in each
province's wording, and the figures beside it that are not the report's own targets."""
from __future__ import annotations

import pytest

import planwatch

from factkeys import facts, val  # tests/factkeys.py


def report(region: str, year: int, body: str, date: str = "1月20日", who: str = "省长") -> str:
    return (f"{region}政府工作报告\n——{year}年{date}在{region}第十四届人民代表大会第二次会议上\n{who}　张三\n"
            f"各位代表：\n{body}\n")


# 1. the country's target restated in a lower report, after who set it and a verb of setting
# ("国家提出经济增长5%左右的预期目标", "中央经济工作会议提出…"): not the report's own headline target,
# which then stands at its own place
@pytest.mark.parametrize("region,year,date,who,lead,own,want", [
    ("江苏省", 2024, "1月22日", "省长", "今年，国家提出经济增长5%左右的预期目标。综合考虑各方面因素，",
     "地区生产总值增长5%以上", (5, "at_least")),
    ("广州市", 2023, "3月10日", "市长", "国务院政府工作报告提出国内生产总值增长5%左右。",
     "地区生产总值增长6%以上", (6, "at_least")),
    ("济南市", 2024, "3月8日", "市长", "全国两会确定经济增长5%左右的预期目标，省里提出全省生产总值增长5%以上。",
     "地区生产总值增长6%左右", (6, "about")),
    ("宁波市", 2016, "2月20日", "市长", "中央经济工作会议提出经济增长6.5%—7%的目标。",
     "地区生产总值增长7%左右", (7, "about")),
    ("重庆市", 2023, "1月13日", "市长", "国家明确经济增长5%左右，",
     "地区生产总值增长6%以上", (6, "at_least")),
])
def test_the_countrys_target_restated_is_not_the_reports(region, year, date, who, lead, own, want):
    fs = facts(report(region, year, f"{lead}今年全市（省）经济社会发展的主要预期目标是：{own}；城镇新增就业60万人。",
                      date, who))
    assert val(fs, ("gdp", "target", str(year), "growth")) == want
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (60, "eq")


# look-alikes: the report's own government or the State Council in its own report setting the target
@pytest.mark.parametrize("region,year,who,body,want", [
    ("河北省", 2017, "省长", "我们提出地区生产总值增长7%左右的预期目标，主要考虑是：稳增长的需要。", (7, "about")),
    ("中华人民共和国", 2024, "国务院总理", "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。",
     (5, "about")),
    ("安徽省", 2021, "省长", "全省经济社会发展的主要预期目标是：生产总值增长8%以上；确保完成国家确定的单位生产总值能耗降低目标。",
     (8, "at_least")),
    ("浙江省", 2025, "省长", "今年全省经济社会发展主要预期目标是：地区生产总值增长5.5%左右；单位地区生产总值能耗降低完成国家下达目标。",
     (5.5, "about")),
])
def test_the_reports_own_setting_stays(region, year, who, body, want):
    fs = facts(report(region, year, body, "3月5日" if who == "国务院总理" else "1月20日", who))
    assert val(fs, ("gdp", "target", str(year), "growth")) == want


# 2. the plan's yearly average after this year's target in one sentence, led by 确保/力争/努力 with no 到
# ("增长8.5%左右，确保“十三五”期间年均增长8.5%左右"): the same name's second figure, a goal over the plan's
# years, not a repeat of the year's target (and the target stays the year's)
@pytest.mark.parametrize("region,year,item,goal,span", [
    ("湖南省", 2016, "地区生产总值增长8.5%左右，确保“十三五”期间年均增长8.5%左右", (8.5, "about"), "2016-2020"),
    ("湖南省", 2016, "地区生产总值增长8.5%左右，确保“十三五”期间年均增长8%左右", (8, "about"), "2016-2020"),
    ("山东省", 2021, "地区生产总值增长6%以上，力争“十四五”时期年均增长5.5%左右", (5.5, "about"), "2021-2025"),
    ("四川省", 2026, "地区生产总值增长5%左右，努力“十五五”期间年均增长5%以上", (5, "at_least"), "2026-2030"),
])
def test_the_plans_average_led_by_ensure_is_a_goal(region, year, item, goal, span):
    fs = facts(report(region, year, f"今年全省经济社会发展的主要预期目标是：{item}；城镇新增就业70万人。"))
    assert val(fs, ("gdp", "goal", span, "growth")) == goal
    assert fs[("gdp", "target", str(year), "growth")].value in (8.5, 6, 5)
    assert val(fs, ("urban_new_jobs", "target", str(year), "level")) == (70, "eq")


# look-alike: 确保 before the plan's tasks in words, no figure: nothing but the year's target
def test_ensure_the_plans_tasks_in_words_adds_no_goal():
    fs = facts(report("湖南省", 2019, "今年全省经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，"
                                       "确保“十三五”期间主要目标任务全面完成。"))
    assert val(fs, ("gdp", "target", "2019", "growth")) == (7.5, "about")
    assert not [k for k in fs if k[0] == "gdp" and k[1] == "goal"]


# 3. a province's news filed from its capital, its session anonymous ("省十四届人大") and its head named
# ("新华社成都1月23日电 四川省省长…"): the province's news, its short name's figure the province's headline
@pytest.mark.parametrize("text,region", [
    ("新华社成都1月23日电 四川省省长在23日召开的省十四届人大二次会议上作政府工作报告时说，今年四川地区生产总值"
     "预期增长6%左右。2023年，四川地区生产总值增长6%。", "四川省"),
    ("新华社长沙1月15日电 湖南省省长在省十四届人大三次会议上作政府工作报告时说，今年湖南地区生产总值预期增长5.5%左右。"
     "2024年，湖南地区生产总值增长4.8%。", "湖南省"),
])
def test_a_provinces_news_from_its_capital_is_the_provinces(text, region):
    doc = planwatch.read_text(text + "\n", "t.txt")
    assert doc.meta.region == region
    assert [f.value for f in doc.facts if f.indicator == "gdp" and f.role == "target"] in ([6], [5.5])


# look-alike: the city's own news from there, the province's head only attending
def test_a_citys_news_with_the_provinces_head_attending_stays_the_citys():
    doc = planwatch.read_text("本报长沙1月10日电 长沙市市长在市十六届人大三次会议上作政府工作报告，今年长沙地区生产总值"
                              "预期增长6%左右，湖南省省长出席会议。\n", "t.txt")
    assert doc.meta.region == "长沙市"


# 4. a lower report quoting the target its superior's committee, government or meeting set ("省委经济工作会议
# 提出…" in a city's, "市委提出…" in a district's, "株洲市委提出…" in a county-level city's): the region above's
def lower(region: str, congress: str, who: str, body: str) -> str:
    return f"{region}政府工作报告\n——2024年1月10日在{congress}人民代表大会第三次会议上\n{who}　张三\n各位代表：\n{body}\n"


@pytest.mark.parametrize("text,want", [
    (lower("株洲市", "株洲市第十六届", "市长", "省委经济工作会议提出经济增长6%左右的目标。今年全市经济社会发展的主要预期目标是："
                                            "地区生产总值增长6.5%左右；城镇新增就业5万人。"), (6.5, "about")),
    (lower("株洲市", "株洲市第十六届", "市长", "省里确定经济增长6%左右。今年全市经济社会发展的主要预期目标是："
                                            "地区生产总值增长6.5%左右；城镇新增就业5万人。"), (6.5, "about")),
    (lower("醴陵市", "醴陵市第十八届", "市长", "株洲市委提出地区生产总值增长6.5%左右。今年全市经济社会发展的主要预期目标是："
                                            "地区生产总值增长7%左右。"), (7, "about")),
    (lower("攸县", "攸县第十八届", "县长", "市委经济工作会议提出地区生产总值增长6.5%左右。今年全县经济社会发展的主要预期目标是："
                                        "地区生产总值增长7%左右。"), (7, "about")),
    (lower("天元区", "株洲市天元区第五届", "区长", "市委提出地区生产总值增长6.5%左右。今年全区经济社会发展的主要预期目标是："
                                               "地区生产总值增长7.5%左右。"), (7.5, "about")),
])
def test_the_superiors_target_quoted_below_is_not_the_reports(text, want):
    assert val(facts(text), ("gdp", "target", "2024", "growth")) == want


# look-alikes: the report's own committee or meeting (a province's 省委, a city's 市委, a county-level city's 市委)
@pytest.mark.parametrize("text,want", [
    (report("湖南省", 2024, "省委经济工作会议提出地区生产总值增长6%左右的目标。今年全省经济社会发展的主要预期目标是："
                           "城镇新增就业70万人。"), (6, "about")),
    (lower("株洲市", "株洲市第十六届", "市长", "市委经济工作会议提出地区生产总值增长6.5%左右。今年全市经济社会发展的主要预期目标是："
                                            "城镇新增就业5万人。"), (6.5, "about")),
    (lower("醴陵市", "醴陵市第十八届", "市长", "市委提出地区生产总值增长7%左右的目标。今年全市经济社会发展的主要预期目标是："
                                            "城镇新增就业5000人。"), (7, "about")),
    (lower("攸县", "攸县第十八届", "县长", "县委经济工作会议提出地区生产总值增长7%左右的目标。今年全县经济社会发展的主要预期目标是："
                                        "城镇新增就业3000人。"), (7, "about")),
])
def test_the_reports_own_committee_setting_stays(text, want):
    assert val(facts(text), ("gdp", "target", "2024", "growth")) == want


# 5. the same with 的 after the verb ("综合考虑国家提出的经济增长5%左右的目标", "衔接国家确定的国内生产总值增长5%左右
# 的目标"); but the quota the country sets the region ("国家确定的单位地区生产总值能耗降低3%的目标") is its own
@pytest.mark.parametrize("lead", ["综合考虑国家提出的经济增长5%左右的目标，", "衔接国家确定的国内生产总值增长5%左右的目标，",
                                  "按照中央经济工作会议提出的经济增长5%左右的要求，"])
def test_the_countrys_target_restated_with_of_is_not_the_reports(lead):
    fs = facts(report("湖南省", 2024, f"{lead}今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。", "3月20日"))
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")


@pytest.mark.parametrize("item", ["国家确定的单位地区生产总值能耗降低3%的目标", "国家要求单位地区生产总值能耗降低3%"])
def test_the_quota_the_country_sets_stays_the_reports(item):
    fs = facts(report("湖南省", 2024, f"今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；{item}。"))
    assert val(fs, ("energy_intensity", "target", "2024", "growth")) == (-3, "eq")
    assert val(fs, ("gdp", "target", "2024", "growth")) == (5.5, "about")
