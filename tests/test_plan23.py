"""Session plan23: whole plan reports (计划执行情况与计划草案的报告) of provinces and prefecture cities, 2018–2025,
written blind: times of the year listed before 分别, the plan's progress part closed by the next item, words in a
target's reasons, kinds of loan before 贷款余额."""
from __future__ import annotations

import pytest

from factkeys import keys_of, pledged, read

CITY = ("关于潍坊市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
        "——2024年1月9日在潍坊市第十八届人民代表大会第三次会议上\n")
PROVINCE = ("关于江西省2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告\n"
            "——2019年1月27日在江西省第十三届人民代表大会第二次会议上\n")
REVIEW = "一、2023年国民经济和社会发展计划执行情况\n"


def ks(text):
    return keys_of(read(text))


# times of the year listed before 分别 (in the lead or between the name and 分别): the whole year's value is the
# year's figure, a quarter's or half-year's none (decisions 16 and 13)
@pytest.mark.parametrize("sentence", [
    "全市经济逐季回升，一季度、上半年、前三季度和全年生产总值增速分别为5.1%、5.8%、6.1%和6.3%，高于全省。",
    "地区生产总值一季度、上半年、前三季度和全年分别增长5.1%、5.8%、6.1%和6.3%。",
    "前三季度和全年全市地区生产总值分别增长6.1%和6.3%。",
    "上半年和全年地区生产总值分别增长5.8%、6.3%，逐季回升。",
])
def test_times_of_the_year_before_each_give_the_whole_years_value(sentence):
    fs = ks(CITY + REVIEW + sentence + "\n")
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.3


# look-alike: with no whole year in the list every value is a part's, no fact of the year
def test_times_of_the_year_with_no_whole_year_give_no_fact():
    fs = ks(CITY + REVIEW + "一季度、上半年、前三季度地区生产总值分别增长5.1%、5.8%、6.1%。\n")
    assert ("gdp", "actual", "2023", "growth") not in fs


# look-alike: years listed before 分别 keep one value each (decision 13)
def test_years_listed_before_each_keep_their_own_values():
    fs = ks(CITY + REVIEW + "2022年、2023年地区生产总值分别增长4.5%、6.3%。\n")
    assert fs[("gdp", "actual", "2022", "growth")].value == 4.5
    assert fs[("gdp", "actual", "2023", "growth")].value == 6.3


# the part on the plan's progress inside a year's review ("（四）“十三五”规划纲要实施进展情况") ends at the next item of
# its kind ("（五）存在的主要问题"): the figures there are the year's again, not the span's
def test_the_plans_progress_item_ends_at_the_next_item():
    fs = ks(PROVINCE + "一、2018年国民经济和社会发展计划执行情况\n（一）主要指标完成情况\n地区生产总值增长8.7%。\n"
            "（四）“十三五”规划纲要实施进展情况\n2018年是“十三五”规划实施的第三年。2016—2018年，全省生产总值年均增长8.9%；"
            "固定资产投资年均增长12.1%。\n（五）存在的主要问题\n一是部分指标未能完成年度计划。进出口总额增长5.2%，"
            "未完成年度计划目标；二是实体经济困难较多。\n")
    assert fs[("gdp", "actual", "2016-2018", "growth")].value == 8.9
    assert fs[("fixed_asset_investment", "actual", "2016-2018", "growth")].value == 12.1
    assert fs[("foreign_trade", "actual", "2018", "growth")].value == 5.2
    assert not any(k[0] == "foreign_trade" and k[2] != "2018" for k in fs)


# look-alike: numbered lines "1．" under a five-year item's intro stay in its span (another kind of item)
def test_digit_items_under_a_span_intro_keep_the_span():
    fs = ks(PROVINCE.replace("2018年国民经济和社会发展计划执行情况与", "")
            + "一、过去五年工作回顾\n（一）五年来的主要成就\n五年来，全省生产总值年均增长7.5%。\n"
            "1．工业转型升级。规模以上工业增加值年均增长8%。\n2．开放水平提升。进出口总额年均增长5.2%。\n")
    assert fs[("foreign_trade", "actual", "2014-2018", "growth")].value == 5.2
    assert fs[("industrial_va", "actual", "2014-2018", "growth")].value == 8


# words with no figure in the reasons given for a target ("，主要考虑居民收入稳定增长") set no target of their own
def test_words_in_a_targets_reasons_set_no_target():
    fs = ks(PROVINCE + "二、2019年经济社会发展的主要目标\n建议主要预期目标是：地区生产总值增长8%—8.5%。\n"
            "其他指标的主要考虑是：社会消费品零售总额增长10.5%左右，主要考虑居民收入稳定增长、个人所得税改革效应逐步释放。"
            "粮食总产量稳定在430亿斤以上，主要考虑落实国家粮食安全战略，稳定粮食播种面积，提高粮食单产水平。\n")
    assert fs[("retail_sales", "target", "2019", "growth")].value == 10.5
    assert fs[("grain_output", "target", "2019", "level")].value == 430
    assert ("disposable_income", "target", "2019", "growth") not in fs
    assert ("grain_area", "target", "2019", "level") not in fs


# look-alike: the same words as the list's own items (after "综合考虑各方面因素") are qualitative targets
def test_words_in_the_target_list_after_weighing_stay_targets():
    fs = ks(PROVINCE + "二、2019年经济社会发展的主要目标\n综合考虑各方面因素，建议主要预期目标是：地区生产总值增长8%；"
            "居民收入稳定增长；稳定粮食播种面积。\n")
    assert fs[("disposable_income", "target", "2019", "growth")].qualifier == "qualitative"
    assert fs[("grain_area", "target", "2019", "level")].qualifier == "qualitative"


# a kind of loan named by its use or its security before 贷款余额 is a part, not the region's loan balance
@pytest.mark.parametrize("kind", ["科技成果转化", "创业担保", "知识产权质押", "供应链"])
def test_a_kind_of_loan_before_the_balance_is_a_part(kind):
    fs = ks(CITY + "三、2024年经济社会发展的主要任务\n完善科技金融服务体系，" + kind + "贷款余额突破100亿元。\n")
    assert ("loan_balance", "target", "2024", "level") not in fs


# look-alike: the region's loan balance by its own words stays the indicator
@pytest.mark.parametrize("name", ["全市人民币贷款余额", "金融机构本外币各项贷款余额", "全市贷款余额"])
def test_the_regions_loan_balance_stays(name):
    fs = ks(CITY + "三、2024年经济社会发展的主要任务\n" + name + "达到1.1万亿元。\n")
    assert fs[("loan_balance", "target", "2024", "level")].value == 1.1


HEILONGJIANG = ("黑龙江省2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n"
                "——2025年1月20日在黑龙江省第十四届人民代表大会第三次会议上\n"
                "一、2024年国民经济和社会发展计划执行情况\n（一）主要指标预计完成情况\n")


# a plan's count labelled before its estimate "预计新增…" (as "预计完成", "实际新增"): the plan is last year's target, the
# estimate its result
@pytest.mark.parametrize("row", ["9.城镇新增就业：计划35万人，预计新增37.3万人。", "城镇新增就业计划35万人，预计新增37.3万人。",
                                 "城镇新增就业：计划新增35万人，预计新增37.3万人。"])
def test_a_plans_count_then_the_estimated_gain(row):
    fs = ks(HEILONGJIANG + row + "\n")
    assert fs[("urban_new_jobs", "target", "2024", "level")].value == 35
    assert fs[("urban_new_jobs", "actual", "2024", "level")].value == 37.3


# a plan in words labelled right after the name ("：计划与经济增长同步", "：计划完成国家下达任务"), then the year's result: the
# words are last year's qualitative target
@pytest.mark.parametrize("row, key", [
    ("7.居民人均可支配收入：计划与经济增长同步，预计达到31369元，增长4.9%。", ("disposable_income", "target", "2024", "growth")),
    ("11.单位地区生产总值能耗：计划完成国家下达任务，预计下降2.5%左右。", ("energy_intensity", "target", "2024", "growth")),
])
def test_a_plan_in_words_before_the_result_is_last_years_target(row, key):
    fs = ks(HEILONGJIANG + row + "\n")
    assert fs[key].qualifier == "qualitative"
    assert fs[(key[0], "actual", "2024", "growth")].value in (4.9, -2.5)


# look-alikes: the same words with no plan label stay no target; in the year's targets the figure after them is the target
def test_words_with_no_plan_label_in_a_review_set_no_target():
    fs = ks(HEILONGJIANG + "居民人均可支配收入增长与经济增长同步，达到31369元。\n")
    assert ("disposable_income", "target", "2024", "growth") not in fs


def test_a_plan_in_words_before_this_years_figure_leaves_the_figure():
    fs = ks(HEILONGJIANG.replace("一、2024年国民经济和社会发展计划执行情况\n（一）主要指标预计完成情况\n", "二、2025年主要预期目标\n")
            + "居民人均可支配收入：计划与经济增长同步，力争增长6%。\n")
    assert fs[("disposable_income", "target", "2025", "growth")].value == 6


# a plan's goal met ahead of time ("提前完成“十三五”下降16%目标进度要求") is that plan's goal, as 超额完成 is (decision 32)
@pytest.mark.parametrize("met", ["提前完成“十三五”下降16%目标进度要求", "提前完成“十三五”下降16%的目标任务", "超额完成“十三五”下降16%的目标任务"])
def test_a_plans_goal_met_ahead_of_time(met):
    fs = ks(PROVINCE + "一、2018年国民经济和社会发展计划执行情况\n2016—2018年，单位生产总值能耗累计下降14.5%，" + met + "。\n")
    assert fs[("energy_intensity", "actual", "2016-2018", "growth")].value == -14.5
    assert fs[("energy_intensity", "goal", "2016-2020", "growth")].value == -16


# look-alike: the year's own target met ahead of time is no plan's goal
def test_the_years_target_met_ahead_of_time_is_no_goal():
    fs = ks(PROVINCE + "一、2018年国民经济和社会发展计划执行情况\n单位生产总值能耗下降5%，提前完成年度目标。\n")
    assert fs[("energy_intensity", "actual", "2018", "growth")].value == -5
    assert not any(k[1] == "goal" for k in fs)


GUIZHOU_TASKS = ("关于贵州省2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n"
                 "——2023年1月14日在贵州省第十四届人民代表大会第一次会议上\n三、2023年经济社会发展的主要任务\n")


# a part named by its short name after a verb of the region's work for it ("支持遵义", "推动遵义"): the part's figure, not
# the region's target, and no pledge of the region's (decision 47)
@pytest.mark.parametrize("verb", ["支持", "推动"])
def test_a_part_by_its_short_name_after_a_verb_of_support(verb):
    d = read(GUIZHOU_TASKS + "实施强省会行动，" + verb + "遵义地区生产总值增长8%以上。\n")
    fs = keys_of(d)
    assert ("gdp", "target", "2023", "growth") not in fs
    assert not any(p.value == 8 for p in d.pledges)


# look-alike: the region's own figure after such a verb stays the region's
def test_the_regions_own_figure_after_an_aim_verb_stays():
    fs = ks(GUIZHOU_TASKS + "力争全省地区生产总值增长6%。\n")
    assert fs[("gdp", "target", "2023", "growth")].value == 6


# a division's short name glued to a zone's beside it ("贵阳贵安": 贵阳市 and 贵安新区) before an indicator is a part too
def test_a_short_name_glued_to_a_zones_is_a_part():
    d = read(GUIZHOU_TASKS + "实施强省会行动，支持贵阳贵安地区生产总值增长8%以上。\n")
    assert ("gdp", "target", "2023", "growth") not in keys_of(d)
    assert not any(p.value == 8 for p in d.pledges)
