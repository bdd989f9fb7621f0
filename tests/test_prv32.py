"""Helper prv32: provincial work reports of 2021 and 2022 (a blind round): the review of the year and of the 十三五,
the 十四五 goals and 2035 visions, the year's targets (2021's "6%以上", 2022's 稳字当头 lists)."""
from __future__ import annotations

import pytest

from factkeys import facts, val  # tests/factkeys.py

HEAD = ("某某省政府工作报告\n——2021年1月25日在某某省第十三届人民代表大会第四次会议上\n各位代表：\n"
        "一、“十三五”时期和2020年工作回顾\n")


def review(body: str) -> dict:
    return facts(HEAD + body + "\n", region="湖北省", report_year=2021)


# 1. a rank moved, its subject left out after the level and its ranking's word right after the field
# ("，在全国的位次从第25位上升到第20位", "，在全国的排位由第22位上升至第19位"): the figure's rank at the end, in that
# field (the ranking's word had been read only after a peer group's 中, so the clause stood alone and was dropped)
@pytest.mark.parametrize("body,rank", [
    ("五年来，全省地区生产总值年均增长6.1%，2020年达到2.9万亿元，在全国的位次由第17位上升到第15位。", 15),
    ("五年来，全区生产总值从1.1万亿元增加到1.5万亿元，在全国的排位从第22位上升至第19位。", 19),
    ("五年来，地区生产总值年均增长7.1%，增速连续8年位居全国前列，2020年达到1.3万亿元，在全国位次由第24位前移至第21位。", 21),
])
def test_rank_moved_after_the_field_alone(body, rank):
    fs = review(body)
    assert val(fs, ("gdp", "actual", "2020", "rank")) == (rank, "eq")
    assert fs[("gdp", "actual", "2020", "rank")].scope == "全国"
    assert ("gdp", "actual", "2015", "rank") not in fs or fs[("gdp", "actual", "2015", "rank")].value != rank


# look-alikes: a place kept or moved by a count, with no place reached, is no rank
@pytest.mark.parametrize("body", [
    "五年来，全省地区生产总值年均增长6.1%，2020年达到2.9万亿元，在全国的位次保持稳定。",
    "五年来，全省地区生产总值年均增长6.1%，2020年达到2.9万亿元，在全国的位次前移3位。",
])
def test_no_rank_without_a_place(body):
    fs = review(body)
    assert not [k for k in fs if k[3] == "rank"], fs
    assert val(fs, ("gdp", "actual", "2020", "level")) == (2.9, "eq")


TARGETS = ("某某省政府工作报告\n——2021年1月25日在某某省第十三届人民代表大会第四次会议上\n各位代表：\n"
           "三、2021年主要目标任务\n今年主要预期目标是：")


# 2. the plan named by its number alone, no 规划 (“十四五”时期, “十四五”期间, “十四五”), in the average a target is
# aligned with right after it or in the reasons given for it: the indicator's goal for the plan's span, as with
# “十四五”规划 (decisions 53, 58)
@pytest.mark.parametrize("body,value,qual", [
    ("全省生产总值增长7%左右，与“十四五”时期年均增长6.5%左右的目标相衔接；城镇新增就业50万人。", 6.5, "about"),
    ("地区生产总值增长6%以上，同“十四五”期间年均增长5.5%左右的目标有效衔接；城镇新增就业50万人。", 5.5, "about"),
    ("全省生产总值增长7%左右，主要考虑：一是保持较快增长，有利于实现“十四五”年均增长6%以上的目标；二是留有余地。", 6, "at_least"),
])
def test_plan_average_named_by_its_number_alone(body, value, qual):
    fs = facts(TARGETS + body + "\n", region="湖北省", report_year=2021)
    assert val(fs, ("gdp", "goal", "2021-2025", "growth")) == (value, qual)
    assert fs[("gdp", "target", "2021", "growth")].value in (6, 7)


# look-alikes: the plan's tasks with no figure, and a figure of the plan weighed with no average, set no goal
@pytest.mark.parametrize("body", [
    "全省生产总值增长7%左右，与“十四五”时期目标任务相衔接；城镇新增就业50万人。",
    "全省生产总值增长7%左右，与“十四五”时期发展目标有效衔接；城镇新增就业50万人。",
])
def test_no_goal_without_the_plan_average(body):
    fs = facts(TARGETS + body + "\n", region="湖北省", report_year=2021)
    assert not [k for k in fs if k[1] == "goal"], fs
