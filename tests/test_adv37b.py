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


def test_title_on_part_of_the_year_still_reads_the_part():
    text = ("2021年上半年十堰市经济运行情况\n上半年，全市地区生产总值1023.4亿元，增长21.5%。"
            "预计全年地区生产总值增长10%左右。\n")
    fs = facts(text)
    assert ("gdp", "actual", "2021", "level") not in fs


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
