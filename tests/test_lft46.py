"""Decision 333 (lft46): what decisions 324-331 left, blind. A budget as revised named after a result (调整后的预算为,
预算调整后为, 变更预算为) leaves the result its figure; a five-year total's year named bare after it (去年完成/实现/接待,
其中当年完成) is that year's level; a card's line opening on the report's year by its number with a verb of reaching, holding
or a gain (达到, 保持在, 新增) is that year's target; a bare verb of reaching after a 、 in the year's target list is the same
indicator's figure, no pledge."""
from __future__ import annotations

import pytest

from factkeys import facts, key_values, pledged, read


# --- a budget as revised, named after the result ------------------------------------------------------------------

def _plan_report(body: str) -> str:
    # a county's plan report of 2019 reviewing 2018
    return ("关于某某县2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告\n"
            "——2019年1月16日在某某县第十七届人民代表大会第四次会议上\n\n一、2018年计划执行情况\n\n" + body + "\n")


# the revised budget named after the result's growth: the growth is the result, the revised figure the year's target
# (before the fix: the growth lost, or read as the figure first set; 变更/预算调整后 gave no target and cut the sentence)
@pytest.mark.parametrize("revision", ["调整后预算为增长7%", "调整后的预算为增长7%", "预算调整后为增长7%", "变更预算为增长7%",
                                      "变更后的预算为增长7%"])
def test_revised_budget_after_result_keeps_result(revision):
    fs = key_values(read(_plan_report(f"2018年，全县财政总收入完成41.6亿元，增长5.4%，{revision}。")))
    assert fs[("fiscal_total_revenue", "actual", "2018", "growth")] == (5.4, "eq")
    assert fs[("fiscal_total_revenue", "target", "2018", "growth")] == (7, "eq")


# the result's amount, the revised budget's amount after it: the amount is the result
def test_revised_budget_amount_after_result_amount():
    fs = key_values(read(_plan_report("2018年，全县一般公共预算收入18.3亿元，调整后的预算为17.9亿元。")))
    assert fs[("general_budget_revenue", "actual", "2018", "level")] == (18.3, "eq")
    assert fs[("general_budget_revenue", "target", "2018", "level")] == (17.9, "eq")


# a card whose result names the revised budget, the report year's line under it: the next year's target is still read
# (before the fix: 预算调整后为 ended the card's figures, the 2019 line lost)
def test_card_line_after_revised_budget():
    text = ("一图读懂｜2019年某某市计划报告\n来源：某某市发展和改革委员会\n\n【财政总收入】\n2018年完成96.4亿元，增长6.1%，"
            "预算调整后为增长8%。\n2019年预期增长6%。\n\n1月15日，市发展改革委主任受市人民政府委托，向某某市第十五届人民代表大会"
            "第四次会议作计划报告。\n")
    fs = key_values(read(text))
    assert fs[("fiscal_total_revenue", "actual", "2018", "growth")] == (6.1, "eq")
    assert fs[("fiscal_total_revenue", "target", "2019", "growth")] == (6, "eq")


# a figure first set then revised (the revised one the target, the result after it): 调整后的预算为 read so before, a
# look-alike that must not change; 预算调整后为 and 变更预算为 were not known as revisions (before the fix: the first
# figure the target). Look-alikes too: an amount set then revised, a completion ratio of the revised budget (no target)
@pytest.mark.parametrize("revision", ["预算调整后为增长5%", "变更预算为增长5%", "调整后的预算为增长5%"])
def test_budget_set_then_revised_stays(revision):
    fs = key_values(read(_plan_report(f"2018年，全县财政总收入年初预算增长8%，{revision}，实际增长3.9%。")))
    assert fs[("fiscal_total_revenue", "target", "2018", "growth")] == (5, "eq")
    assert fs[("fiscal_total_revenue", "actual", "2018", "growth")] == (3.9, "eq")


def test_budget_amount_set_then_revised_stays():
    fs = key_values(read(_plan_report("2018年，全县一般公共预算收入年初预算16亿元，调整后预算为17.2亿元，全年完成17.6亿元。")))
    assert fs[("general_budget_revenue", "target", "2018", "level")] == (17.2, "eq")
    assert fs[("general_budget_revenue", "actual", "2018", "level")] == (17.6, "eq")


def test_ratio_of_revised_budget_is_no_target():
    fs = key_values(read(_plan_report("2018年，全县财政总收入完成41.6亿元，增长5.4%，为变更预算的98.2%。")))
    assert fs[("fiscal_total_revenue", "actual", "2018", "growth")] == (5.4, "eq")
    assert ("fiscal_total_revenue", "target", "2018", "growth") not in fs


# --- a five-year total, then the last year named bare ------------------------------------------------------------

def _review(sentence: str) -> str:
    return ("某某市人民政府工作报告\n——2021年1月19日在某某市第九届人民代表大会第五次会议上\n\n一、“十三五”时期工作回顾\n\n"
            + sentence + "\n\n二、2021年工作安排\n\n今年全市地区生产总值增长7%左右。\n")


# the year's part after the total, by 去年 and a verb of doing (完成/实现/接待) or by 其中当年: the last year's level
# (before the fix: no 2020 level)
@pytest.mark.parametrize("sentence,iid,value", [
    ("五年累计实现进出口总额1260亿元，去年实现268亿元。", "foreign_trade", 268),
    ("五年累计完成固定资产投资1850亿元，去年完成402亿元。", "fixed_asset_investment", 402),
    ("五年累计接待游客2.8亿人次，去年接待6100万人次。", "tourist_visits", 6100),
    ("五年累计完成固定资产投资1850亿元，其中当年完成402亿元。", "fixed_asset_investment", 402),
])
def test_last_year_after_five_year_total(sentence, iid, value):
    fs = key_values(read(_review(sentence)))
    assert fs[(iid, "actual", "2020", "level")][0] == value
    assert (iid, "actual", "2016-2020", "level") in fs


# look-alikes that must not change: another thing's amount after the verb (重点项目投资) is no level of the name; the
# year named by its number, and the span's average after the total, as before
def test_other_amount_after_last_year_verb():
    fs = key_values(read(_review("五年累计完成固定资产投资1850亿元，去年完成重点项目投资402亿元。")))
    assert ("fixed_asset_investment", "actual", "2020", "level") not in fs
    assert fs[("fixed_asset_investment", "actual", "2016-2020", "level")] == (1850, "eq")


def test_year_by_number_and_average_stay():
    fs = key_values(read(_review("五年累计完成固定资产投资1850亿元，其中2020年完成402亿元。五年累计实现财政总收入236亿元，"
                                 "年均增长9.6%。")))
    assert fs[("fixed_asset_investment", "actual", "2020", "level")] == (402, "eq")
    assert fs[("fiscal_total_revenue", "actual", "2016-2020", "growth")] == (9.6, "eq")


# --- a card's line by the report's year ----------------------------------------------------------------------------

def _cards(card: str, year: int = 2025) -> str:
    # a 一图读懂 page whose first card stands at the page's head, no card before it
    return (f"一图读懂｜{year}年某某县政府工作报告\n{year}-01-12 18:20　来源：某某发布\n\n{card}\n\n1月11日，某某县第十届人民代表大会"
            f"第五次会议开幕，县长代表县人民政府作政府工作报告。\n\n【{year}年主要预期目标】\n地区生产总值增长5.5%左右；\n"
            "城镇调查失业率控制在5.5%以内。\n")


# the report year's line by its number, after last year's, with a verb of reaching, holding or a gain: its target
# (before the fix: only a change's word or a set word read so; these lost)
@pytest.mark.parametrize("card,key,value", [
    ("【研发经费投入强度】\n2024年达到2.85%。\n2025年达到3%。", ("rnd_intensity", "target", "2025", "share"), (3, "eq")),
    ("【空气质量优良天数比例】\n2024年达到88.6%。\n2025年保持在88%以上。", ("good_air_days", "target", "2025", "share"),
     (88, "at_least")),
    ("【城镇新增就业】\n2024年新增5200人。\n2025年新增5000人以上。", ("urban_new_jobs", "target", "2025", "level"),
     (5000, "at_least")),
])
def test_card_line_by_report_year(card, key, value):
    fs = key_values(read(_cards(card)))
    assert fs[key] == value
    assert (key[0], "actual", "2024", key[3]) in fs


# look-alikes that must not change: two earlier years' lines stay results of their years; the set word before the
# figure (预期) as before
def test_card_lines_of_earlier_years_stay_results():
    fs = key_values(read(_cards("【森林覆盖率】\n2023年达到63.1%。\n2024年达到63.4%。")))
    assert fs[("forest_coverage", "actual", "2023", "share")] == (63.1, "eq")
    assert fs[("forest_coverage", "actual", "2024", "share")] == (63.4, "eq")
    assert not any(k[0] == "forest_coverage" and k[1] == "target" for k in fs)


def test_card_line_with_set_word_stays():
    fs = key_values(read(_cards("【一般公共预算收入】\n2024年完成12.3亿元，增长4.2%。\n2025年预期增长4%。")))
    assert fs[("general_budget_revenue", "target", "2025", "growth")] == (4, "eq")


# --- a bare verb of reaching after a 、 in the target list ------------------------------------------------------

# the same indicator's amount in the year's target list, no aim's word before the verb: no pledge (before the fix: a
# pledge whose object was the item before, "地区生产总值增长5.5%左右")
@pytest.mark.parametrize("item", ["地区生产总值增长5.5%左右、突破520亿元", "地区生产总值增长5.5%左右、超过520亿元",
                                  "地区生产总值增长5.5%左右、达到520亿元"])
def test_bare_reach_after_list_item_no_pledge(item):
    text = _cards("【常住人口城镇化率】\n2024年达到60.2%。").replace("地区生产总值增长5.5%左右", item)
    d = read(text)
    assert not any(p.value == 520 for p in d.pledges), pledged(d)
    assert key_values(d)[("gdp", "target", "2025", "level")][0] == 520


# look-alikes that must not change: in the tasks part the same shape is a task and pledges (decision 330); another
# thing's verb of making after a 、 pledges
def test_bare_reach_in_tasks_still_pledges():
    text = ("某某县政府工作报告\n——2025年1月11日在某某县第十届人民代表大会第五次会议上\n\n一、2024年工作回顾\n\n"
            "2024年，全县地区生产总值增长5.6%。\n\n二、2025年工作安排\n\n今年主要预期目标是：地区生产总值增长5.5%左右。\n\n"
            "重点抓好以下工作：外贸进出口总额增长6%以上、突破85亿元，新增市场主体2000户、新建5G基站300个。\n")
    values = {(p.value, p.unit) for p in read(text).pledges}
    assert {(85, "亿元"), (2000, "户"), (300, "个")} <= values


# --- a district page naming a zone of its city, never the city ---------------------------------------------------

def _district_page(body: str) -> str:
    # a district's own media page: 江北区 is both 重庆's and 宁波's, and neither city is named in the head
    return ("江北区政府工作报告解读：今年经济增长目标定为7%\n2019-01-15 09:10　来源：江北区融媒体中心\n\n"
            "1月14日，江北区第十七届人民代表大会第三次会议开幕，区长代表区人民政府作政府工作报告。\n\n" + body + "\n")


# a zone the code lists file under one namesake's parent (两江新区, 重庆's) tells the namesakes apart as a division
# beside it does (before the fix: no region, a zone being passed over)
def test_zone_of_parent_tells_namesakes_apart():
    m = read(_district_page("报告显示，2018年全区地区生产总值增长6.8%，两江新区江北片区建设加快推进。今年全区地区生产总值"
                            "增长7%左右。")).meta
    assert (m.region, m.region_code, m.parent) == ("江北区", "500105", "重庆市")


# look-alikes that must not change: with nothing to tell them apart the region stays empty (no guess); a parent the page
# names in full outweighs a zone it mentions (宁波's 江北区 visiting 两江新区)
def test_no_zone_no_region():
    m = read(_district_page("报告显示，2018年全区地区生产总值增长6.8%。今年全区地区生产总值增长7%左右。")).meta
    assert m.region is None and m.level == "county"


def test_named_parent_outweighs_zone():
    m = read(_district_page("报告显示，2018年全区地区生产总值增长6.8%，与宁波市各区县一道推进，区领导赴两江新区考察学习。"
                            "今年全区地区生产总值增长7%左右。")).meta
    assert (m.region_code, m.parent) == ("330205", "宁波市")
