"""adv37b, the session's rules (decisions 163–171, 174) under attack, blind: a review paragraph naming a part of the
year near a short report's head is no title on part of the year, and 当地 after aid the region receives
(“在…帮扶下”) is the region itself (decision 175)."""
from __future__ import annotations

import pytest
from factkeys import facts, val  # tests/factkeys.py

HEAD21 = "十堰市政府工作报告（摘要）\n——2021年1月12日在十堰市第五届人民代表大会第六次会议上\n一、2020年工作回顾\n"


@pytest.mark.parametrize("sentence", [
    "上半年经济运行受到疫情严重冲击，下半年以来持续回升，全年地区生产总值1915.1亿元，下降3.2%；"
    "一般公共预算收入90.5亿元，下降21.6%；城镇新增就业4.2万人。\n",
    "三季度以来，全市经济加快恢复，主要指标降幅逐月收窄，全年地区生产总值1915.1亿元，下降3.2%；"
    "一般公共预算收入90.5亿元，下降21.6%；城镇新增就业4.2万人。\n",
])
def test_review_paragraph_near_the_head_is_no_title_on_part_of_the_year(sentence):
    fs = facts(HEAD21 + sentence)
    assert val(fs, ("gdp", "actual", "2020", "level")) == (1915.1, "eq")
    assert val(fs, ("general_budget_revenue", "actual", "2020", "growth")) == (-21.6, "eq")
    assert val(fs, ("urban_new_jobs", "actual", "2020", "level")) == (4.2, "eq")
    assert not any(k[2] == "2021" and k[1] == "actual" for k in fs)


@pytest.mark.parametrize("text", [
    "2021年上半年十堰市经济运行情况\n上半年，全市地区生产总值1023.4亿元，增长21.5%。规模以上工业增加值增长30.2%，"
    "固定资产投资增长25.3%。\n",
    # a news item's lead paragraph on the half year, no title above it
    "据市统计局消息，今年上半年，全市经济运行稳中向好，主要指标好于预期，地区生产总值完成1023.4亿元，增长21.5%。"
    "规模以上工业增加值增长30.2%，固定资产投资增长25.3%。\n（来源：十堰日报 2021年7月20日）\n",
])
def test_text_on_part_of_the_year_still_reads_the_part(text):
    fs = facts(text)
    assert not any(k[0] in ("gdp", "industrial_va", "fixed_asset_investment") for k in fs)


REV20 = "从江县人民政府工作报告\n——2021年2月25日在从江县第十七届人民代表大会第六次会议上\n一、2020年工作回顾\n"


@pytest.mark.parametrize("sentence", [
    "在东莞市对口帮扶下，当地农村居民人均可支配收入达到10850元，增长9.2%。",
    "在广州市白云区的结对帮扶下，当地农民人均可支配收入达到10850元，增长9.2%，增速居全州第2位。",
])
def test_local_after_aid_received_is_the_region(sentence):
    fs = facts(REV20 + sentence + "\n")
    assert val(fs, ("rural_disposable_income", "actual", "2020", "level")) == (10850, "eq")
    assert val(fs, ("rural_disposable_income", "actual", "2020", "growth")) == (9.2, "eq")


@pytest.mark.parametrize("sentence", [
    "我县结对帮扶的加勉乡，当地农民人均可支配收入达到10850元，增长13%。",
    "对口支援的西藏类乌齐县，当地农牧民人均可支配收入达到10850元，增长13%。",
])
def test_local_after_aid_given_stays_the_place_aided(sentence):
    fs = facts(REV20 + sentence + "\n")
    assert ("rural_disposable_income", "actual", "2020", "growth") not in fs


REV18 = "旬阳县政府工作报告\n——2019年1月10日在旬阳县第十八届人民代表大会第四次会议上\n一、2018年工作回顾\n"


@pytest.mark.parametrize("sentence", [
    "全年实现地区生产总值156.2亿元，增长9.3%。全市生产总值增长8.7%，增速居全省第2位；我县增速居全市第3位。",
    "全年实现地区生产总值156.2亿元，增长9.3%。全市地区生产总值增长8.7%，总量居陕南第1位，我县增速列全市第3位。",
])
def test_own_place_after_the_level_above_figure_and_its_own_place(sentence):
    fs = facts(REV18 + sentence + "\n")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (9.3, "eq")
    assert val(fs, ("gdp", "actual", "2018", "rank")) == (3, "eq")
    assert fs[("gdp", "actual", "2018", "rank")].scope == "全市"


def test_level_above_place_alone_is_not_the_region():
    fs = facts(REV18 + "全年实现地区生产总值156.2亿元，增长9.3%。全市生产总值增长8.7%，增速居全省第2位。\n")
    assert ("gdp", "actual", "2018", "rank") not in fs


@pytest.mark.parametrize("sentence, iid", [
    ("全县地区生产总值完成212.6亿元。全国增长8.1%，全省增长7.7%，全市增长8.2%，我县增长8.6%，增速居全市第4位。", "gdp"),
    ("全县一般公共预算收入完成8.12亿元。全省增长7.7%，全市增长8.2%，我县增长8.6%。", "general_budget_revenue"),
])
def test_own_change_after_the_levels_figures_in_a_sentence_of_their_own(sentence, iid):
    fs = facts(REV18 + sentence + "\n")
    assert val(fs, (iid, "actual", "2018", "growth")) == (8.6, "eq")


def test_levels_figures_in_a_sentence_of_their_own_without_the_region_give_nothing():
    fs = facts(REV18 + "全县地区生产总值完成212.6亿元。全市增长8.2%，居全省第3位。\n")
    assert ("gdp", "actual", "2018", "growth") not in fs
    assert ("gdp", "actual", "2018", "rank") not in fs


@pytest.mark.parametrize("sentence", [
    # aid given by the region itself, then 下: 当地 is still the place aided
    "在我县结对帮扶下，当地农民人均可支配收入达到10850元，增长13%。",
    "在本市对口支援下，当地农牧民人均可支配收入达到10850元，增长13%。",
])
def test_local_after_the_regions_own_aid_stays_the_place_aided(sentence):
    fs = facts(REV20 + sentence + "\n")
    assert ("rural_disposable_income", "actual", "2020", "growth") not in fs


def test_local_after_aid_received_through_a_run_of_aid_words_is_the_region():
    fs = facts(REV20 + "在广州市东西部协作帮扶下，当地农村居民人均可支配收入达到10850元，增长9.2%。\n")
    assert val(fs, ("rural_disposable_income", "actual", "2020", "growth")) == (9.2, "eq")


@pytest.mark.parametrize("sentence", [
    "全县地区生产总值212.6亿元，增长8.6%，全市增长8.2%，增速居全省第3位，我县增速居全市第4位。",
    "全县地区生产总值212.6亿元，增长8.6%；全市增长8.2%，居全省第3位；我县增速居全市第4位。",
])
def test_own_place_after_the_level_above_place_in_one_sentence(sentence):
    fs = facts(REV18 + sentence + "\n")
    assert val(fs, ("gdp", "actual", "2018", "growth")) == (8.6, "eq")
    assert val(fs, ("gdp", "actual", "2018", "rank")) == (4, "eq")


def test_two_own_places_keep_the_first():
    fs = facts(REV18 + "全县地区生产总值212.6亿元，增长8.6%，增速居全省第9位，我县增速居全市第2位。\n")
    assert val(fs, ("gdp", "actual", "2018", "rank")) == (9, "eq")
